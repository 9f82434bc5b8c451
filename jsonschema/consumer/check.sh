#!/usr/bin/env bash
# Consumer check for the published JSON Schemas, run by .ci/run:
#   1. installs the pinned npm packages from package-lock.json (npm ci);
#   2. runs check.mjs: every schema compiles in Ajv (draft 2020-12, strict,
#      ajv-formats full mode), every document under ../testdata/documents
#      validates as labelled, every schema converts to TypeScript with
#      json-schema-to-typescript, and the generated types plus
#      sample-consumer.ts compile under tsc --strict.
# Needs Node 20 or later and npm; reaches only the npm registry.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node check.mjs
