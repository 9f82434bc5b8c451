#!/usr/bin/env bash
# FHIR check, run by .ci/run: every resource the library writes is valid
# FHIR R4 by implementations independent of ssw, and meets the IHE mCSD
# profiles' required elements.
#   1. installs the pinned npm packages from package-lock.json (npm ci);
#   2. writes the corpus: 100 random registries and one with every
#      enumeration value (TestWriteValidatorCorpus, as NDJSON directories
#      and collection and transaction Bundles), the ssw CodeSystems, and
#      the output of examples/interop;
#   3. validates all of it with validate.mjs (HL7's R4 JSON Schema in Ajv,
#      Medplum's validator driven by the R4 StructureDefinitions, mCSD
#      required elements, references, ssw terminology);
#   4. proves the validator is not vacuous: every resource of
#      testdata/invalid.ndjson must be rejected.
# Needs Go, Node 20.19 or later and npm; reaches only the Go module proxy
# and the npm registry.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$here"
npm ci --no-audit --no-fund --loglevel=error
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
(cd "$root" && SSW_FHIR_CORPUS="$corpus/library" go test -count=1 -run '^TestWriteValidatorCorpus$' ./workforce/fhir)
(cd "$root" && go run ./examples/interop -out "$corpus/interop" -workers 500 -q)
node validate.mjs "$corpus/library" "$corpus/interop/fhir"
node validate.mjs --expect-invalid "$corpus/library/CodeSystem.ndjson" testdata/invalid.ndjson
