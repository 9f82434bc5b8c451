// Consumer check of the published ssw JSON Schemas (see check.sh).
// Exits non-zero on the first kind of failure, after reporting them all.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { compile } from "json-schema-to-typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaDir = path.join(here, "..", "schemas");
const docDir = path.join(here, "..", "testdata", "documents");
const outDir = path.join(here, ".generated");

let failures = 0;
let passes = 0;
const fail = (msg) => { failures++; console.error("FAIL " + msg); };
const pass = () => { passes++; };

// The labels of testdata folders and whether the schema must accept them.
// beyond-schema: documents that break a rule JSON Schema cannot express
// (see the jsonschema package documentation), so the schema accepts them
// and only the Go validator rejects them.
const labels = { valid: true, invalid: false, "beyond-schema": true };

// Every $ref must be local: a code generator would try to download any other.
function checkRefs(node, where, name) {
  if (Array.isArray(node)) { node.forEach((n, i) => checkRefs(n, `${where}/${i}`, name)); return; }
  if (node === null || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && (typeof v !== "string" || !v.startsWith("#/$defs/"))) {
      fail(`${name}: ${where}/$ref is ${JSON.stringify(v)}, not a local #/$defs/ reference`);
    }
    checkRefs(v, `${where}/${k}`, name);
  }
}

function pascal(name) {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

const schemaFiles = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort();
if (schemaFiles.length === 0) fail(`no schemas in ${schemaDir}`);

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const tsFiles = [];

for (const file of schemaFiles) {
  const name = file.replace(/\.schema\.json$/, "");
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8"));
  checkRefs(schema, "", file);
  if (schema.$schema !== "https://json-schema.org/draft/2020-12/schema") fail(`${file}: $schema is ${schema.$schema}`);
  if (typeof schema.title !== "string" || schema.title === "") fail(`${file}: no root title`);

  // 1. Ajv, draft 2020-12, strict mode, formats in full mode; one instance
  //    per schema, so each file is proven self-contained.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv, { mode: "full" });
  let validate;
  try {
    validate = ajv.compile(schema);
    pass();
  } catch (e) {
    fail(`${file}: does not compile in Ajv strict mode: ${e.message}`);
    continue;
  }

  // 2. The labelled documents.
  const dir = path.join(docDir, name);
  const seen = { valid: 0, invalid: 0 };
  for (const [label, accept] of Object.entries(labels)) {
    const sub = path.join(dir, label);
    if (!fs.existsSync(sub)) continue;
    for (const doc of fs.readdirSync(sub).filter((f) => f.endsWith(".json")).sort()) {
      const data = JSON.parse(fs.readFileSync(path.join(sub, doc), "utf8"));
      const ok = validate(data);
      if (ok !== accept) {
        fail(`${name}/${label}/${doc}: Ajv ${ok ? "accepts" : "rejects"} it` + (ok ? "" : `: ${ajv.errorsText(validate.errors)}`));
      } else {
        pass();
      }
      if (label in seen) seen[label]++;
      if (label === "valid") {
        // Each valid document must also type-check against the generated type.
        const tsName = `doc_${name}_${doc.replace(/\.json$/, "")}`.replace(/[^A-Za-z0-9_]/g, "_");
        const src = `import type { ${pascal(schema.title)} } from "./${name}.js";\n` +
          `export const ${tsName}: ${pascal(schema.title)} = ${JSON.stringify(data, null, 2)};\n`;
        const f = path.join(outDir, `${tsName}.ts`);
        fs.writeFileSync(f, src);
        tsFiles.push(f);
      }
    }
  }
  if (seen.valid === 0 || seen.invalid === 0) fail(`${name}: testdata needs valid and invalid documents (found ${seen.valid} and ${seen.invalid})`);

  // 3. TypeScript types, with no network access (all $refs are local).
  try {
    const ts = await compile(schema, schema.title, {
      bannerComment: `/* Generated from ${file} by json-schema-to-typescript in the ssw consumer check. */`,
      cwd: schemaDir,
      declareExternallyReferenced: true,
      format: false,
      additionalProperties: false,
    });
    if (/\b(type|interface|class|enum)\s+Date\b/.test(ts)) fail(`${file}: the generated TypeScript declares a type named Date`);
    // Each named part of a schema is emitted once: a type that
    // json-schema-to-typescript had to number (CPDRecord1 beside
    // CPDRecord) means a definition was emitted twice.
    const declared = new Set([...ts.matchAll(/\bexport\s+(?:type|interface|enum)\s+([A-Za-z0-9_]+)/g)].map((m) => m[1]));
    for (const name of declared) {
      const m = /^(.*[^0-9])([0-9]+)$/.exec(name);
      if (m && declared.has(m[1])) fail(`${file}: the generated TypeScript names one type twice: ${m[1]} and ${name}`);
    }
    const f = path.join(outDir, `${name}.ts`);
    fs.writeFileSync(f, ts);
    tsFiles.push(f);
    pass();
  } catch (e) {
    fail(`${file}: json-schema-to-typescript failed: ${e.message}`);
  }
}

// 4. tsc --strict over the generated types, the valid documents as typed
//    literals and the hand-written consumer.
fs.copyFileSync(path.join(here, "sample-consumer.ts"), path.join(outDir, "sample-consumer.ts"));
tsFiles.push(path.join(outDir, "sample-consumer.ts"));
try {
  execFileSync(process.execPath, [path.join(here, "node_modules", "typescript", "bin", "tsc"),
    "--strict", "--noEmit", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler",
    "--esModuleInterop", ...tsFiles], { stdio: "inherit", cwd: here });
  pass();
} catch {
  fail("tsc --strict reported errors in the generated TypeScript or the sample consumer");
}

if (failures === 0 && !process.env.KEEP) fs.rmSync(outDir, { recursive: true, force: true });
console.log(`consumers: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
