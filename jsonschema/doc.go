// Package jsonschema publishes a JSON Schema (draft 2020-12) for every ssw
// exchange document, generated from the Go types and proven to agree with
// the Go rules, so that teams working in TypeScript, Python or Java can
// produce and check the same documents.
//
// Regenerate the committed schemas after changing a document type, its
// validate tags or its doc comments, from the module root:
//
//	SSW_UPDATE_SCHEMAS=1 go test ./jsonschema -run Golden
//
// Without the variable the same test fails when any committed file
// differs, byte for byte, from what [Generate] produces.
//
// # Schemas
//
// One self-contained file per root document lives in jsonschema/schemas
// and is embedded in the package: [FS] serves them, [Schema] returns one
// by name, [Names] and [Documents] list them. Each file has its $id,
// [BaseID]/<name>.schema.json (for example
// https://sswkit.github.io/ssw/schemas/v1/worker.schema.json), a root
// title equal to the Go type's name, and every type it uses in $defs,
// referenced only as "#/$defs/<Name>", so no tool needs to fetch anything.
//
//   - registry: [workforce.Registry]
//   - worker: [workforce.Worker]
//   - post: [workforce.Post]
//   - employer: [workforce.Employer]
//   - admin-area: [workforce.AdminArea]
//
// Adding a root document (the accreditation scheme and decision, the
// indicator report, the declaration plan, assessment and scorecard are
// next) is one line in the documents list plus its testdata under
// testdata/documents/<name>/{valid,invalid,beyond-schema}; the tests then
// mutate its valid documents, and a rapid generator of valid values, once
// added to the test's generators, widens that to generated documents. The
// problem codes of its package's rules that JSON Schema cannot express
// join the test's list of excluded codes.
//
// # Reading documents like the Go library
//
// A document the Go library accepts ([workforce.Decode], then the
// document's Validate method) is accepted by its schema and, apart from
// the rules listed under "Rules the schemas cannot express", the reverse
// holds too. The schemas mirror the strict decoder:
//
//   - every object is closed (additionalProperties: false) and member
//     names match exactly, case included;
//   - null is never allowed;
//   - members whose json tag has no omitempty or omitzero are required;
//   - an optional string is at least one character long and an optional
//     integer's range excludes 0, because the decoder rejects an explicit
//     "" or 0 for them (the zero value means absent);
//   - integers are JSON numbers without a fractional part (1900, 1900.0
//     and 19e2 alike), bounded by the Go type's range.
//
// # How the schemas are derived
//
// One [invopop/jsonschema] Reflector is configured per schema (never the
// package-level Reflect): the root object is expanded, $defs keys are the
// bare Go type names, and a Namer refuses two types with the same name
// anywhere in the published schemas, generic instantiations, and names
// that would shadow JavaScript globals (Date, Record, Map, Object, Error,
// Symbol, …). Descriptions are the Go doc comments, read from the source
// at generation time: the first sentence of a type's comment and the
// whole comment of a field. Struct tags named jsonschema are refused, so
// constraints have one source:
//
//   - Value types own their schema through methods with value receivers,
//     found by interface, so domain packages do not import this package:
//     EnumValues() []string gives {"type": "string", "enum": […]} (every
//     enumeration, [workforce.CountryCode], [workforce.CurrencyCode]);
//     SchemaPattern() string gives {"type": "string", "pattern": …}
//     ([workforce.ID], [workforce.AreaCode], [workforce.ISCO08], the
//     quantities [workforce.Hours], [workforce.Credits], [workforce.FTE],
//     [workforce.Amount] and [workforce.Decimal]); [workforce.CivilDate]
//     is {"type": "string", "format": "date", "pattern":
//     [workforce.DatePattern]}. Each becomes one titled $defs entry, so
//     generated clients get one named type per value type. Patterns must
//     be anchored, must not match "", and must stay in the subset RE2 and
//     ECMA-262 read alike.
//   - Validate tags are translated item by item; only the tags of
//     vcheck.Tags are known, and any other fails generation. required on
//     a string gives minLength 1 (on an integer, a range or "not": 0; on
//     a boolean, const true; on an optional member, a required entry);
//     valid gives the value type's own schema and is demanded for every
//     string value type the decoder does not check itself; min and max
//     (and gte, lte) give minLength and maxLength on strings (both count
//     code points), minItems and maxItems on lists, minProperties and
//     maxProperties on maps, and minimum and maximum on integers; dive
//     applies the items that follow it to the elements. A rule on a value
//     type with its own schema fails generation (put it in the pattern),
//     because keywords beside a $ref are not reliably honoured.
//   - Binary floating point, interfaces, non-string map keys, byte slices
//     and types with their own JSON form but no schema method fail
//     generation.
//   - Cross-field rules that JSON Schema can express are restated next to
//     the generator and proven by the differential test: a CPD record
//     gives hours or credits (anyOf of required members), and an exit
//     reason needs an end date (dependentRequired).
//
// A property that is a $ref with a description is written as
// {"description": …, "allOf": [{"$ref": …}]}, which keeps one named type
// per $defs entry in json-schema-to-typescript. Years before 0001 are
// excluded from CivilDate's schema with a "not" clause while
// [workforce.DatePattern] admits 0000.
//
// # Rules the schemas cannot express
//
// These Go rules relate values that JSON Schema cannot compare, so a
// document that breaks only them is accepted by the schema and rejected
// by Go (the tests exclude exactly these problem codes, and the testdata
// folders named beyond-schema hold examples):
//
//   - dates in order: an employment ends on or after its start, a
//     credential expires after its issue, an area's valid_to is not before
//     its valid_from ([workforce.CodeDateOrder]);
//   - a worker's concurrent employments add up to at most 1.00 FTE
//     ([workforce.CodeFTEOverCapacity]);
//   - a population figure's children do not exceed its total
//     ([workforce.CodeChildrenTotal]);
//   - birth_year agrees with birth_date ([workforce.CodeBirthMismatch]);
//   - uniqueness of area codes, employer, post and worker IDs, and of an
//     area's population dates ([workforce.CodeDuplicate]);
//   - references resolve: parent areas, a post's area and employer, an
//     employment's post ([workforce.CodeDangling]);
//   - the area tree is acyclic and no area is its own parent
//     ([workforce.CodeCycle]); levels descend from parent to child
//     ([workforce.CodeLevelOrder]); a post's level equals its area's
//     ([workforce.CodeLevelMismatch]) and its area exists on the
//     registry's as_of date ([workforce.CodeNotCurrent]);
//   - nothing is dated after the registry's as_of date
//     ([workforce.CodeAfterAsOf]).
//
// Some limits of JSON text lie below any schema, where the Go decoder is
// stricter than validators, which see an already parsed value: it rejects
// text that is not UTF-8 and strings with an unpaired UTF-16 surrogate
// escape ("\ud800"), both of which parsers repair; it judges every
// occurrence of a member named twice in one object, where parsers keep
// the last; and it rejects an integer written with a fraction or exponent
// in more than 64 characters even when its value is small ("1.000…0").
// Validators in JavaScript also read numbers as binary floating point, so
// beyond 2^53 they cannot tell neighbouring integers apart (near the
// int64 bounds Go rejects a number they accept).
//
// # Compatibility
//
// The schemas are closed (additionalProperties: false) because the Go
// decoders reject unknown members, and a published $id never changes
// meaning: consumers cache schemas by $id, so a document valid under one
// copy of a version must be valid under every copy. Hence:
//
//   - within a major version (the same $id) only changes that accept
//     exactly the same documents are made: descriptions, titles, $comment,
//     whitespace and key order;
//   - every change to the set of accepted documents needs a new major
//     version, published beside the old one under …/v2/…: tightening (a
//     member made required, a narrower pattern, length or range, a removed
//     enumeration value, a new cross-field rule) and loosening alike (a
//     new member, even an optional one, which closed objects and older Go
//     decoders reject; a new enumeration value; a wider pattern or range;
//     a member made optional), as well as removing, renaming or retyping
//     a member.
//
// The golden test makes every such change visible as a diff of the
// committed files, where review decides whether [BaseID] moves to the
// next major version. Consumers that must read several versions validate
// each document against the version its producer declares.
//
// # Proofs
//
// The tests regenerate the schemas and compare them with the committed
// files; compile them with a real 2020-12 validator
// (santhosh-tekuri/jsonschema, format assertions on); check every value
// drawn from the shared rapid generators of valid documents against its
// schema; judge generated single-rule mutations of those documents with
// both the schema and Go (they must agree, except for the rules above);
// and prove the labels of every document under testdata/documents both
// ways. jsonschema/consumer/check.sh, run by CI, compiles every schema
// in Ajv (2020-12, strict, ajv-formats), validates the labelled documents
// there, converts each schema with json-schema-to-typescript and compiles
// the result, the valid documents as typed literals and a sample consumer
// under tsc --strict.
//
// [invopop/jsonschema]: https://github.com/invopop/jsonschema
package jsonschema
