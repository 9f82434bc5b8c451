// Package jsonschema publishes a JSON Schema (draft 2020-12) for every ssw
// exchange document, generated from the Go types and proven to agree with
// the Go rules, so that teams working in TypeScript, Python or Java can
// produce and check the same documents.
//
// # Start here
//
//   - [Schema]: one published schema by name ("worker").
//   - [Names] and [Documents]: every published document and its Go type.
//   - [FS]: the schema files, to serve over HTTP.
//   - [ID] and [FileName]: a schema's $id and file name.
//   - [Generate]: regenerate the schemas from the Go source.
//   - go run ./examples/schemas: write them to a folder.
//
// Regenerate the committed schemas after changing a document type, its
// validate tags or its doc comments, from the module root:
//
//	SSW_UPDATE_SCHEMAS=1 go test ./jsonschema -run Golden
//
// Without the variable the same test fails when any committed file
// differs, byte for byte, from what [Generate] produces. The same run
// rewrites the testdata documents that hold the examples package's
// samples (testdata/documents/<name>/valid/examples-sample.json), which
// a test otherwise compares with the samples.
//
// # Schemas
//
// One self-contained file per root document lives in jsonschema/schemas
// and is embedded in the package: [FS] serves them, [Schema] returns one
// by name, [Names] and [Documents] list them. Each file has its $id,
// [BaseID]/<name>.schema.json (for example
// https://sswkit.github.io/ssw/schemas/v1/worker.schema.json), a root
// title in words ("Indicator report" for [indicators.Report]), and every
// type it uses in $defs, keyed by the Go type's name and referenced only
// as "#/$defs/<Name>", so no tool needs to fetch anything.
//
// Workforce records:
//
//   - registry: [workforce.Registry]
//   - worker: [workforce.Worker]
//   - post: [workforce.Post]
//   - employer: [workforce.Employer]
//   - admin-area: [workforce.AdminArea]
//
// Accreditation rules, facts and decisions:
//
//   - scheme: [accreditation.Scheme], with its recursive requirement trees
//     ($defs/Requirement refers to itself)
//   - scheme-catalogue: [accreditation.SchemeCatalogue]
//   - recognition-rule: [accreditation.RecognitionRule]
//   - facts: [accreditation.Facts]
//   - decision: [accreditation.Decision], with its recursive findings tree
//   - recognition-decision: [accreditation.RecognitionDecision]
//   - decision-summary: [accreditation.DecisionSummary]
//   - holding: [accreditation.Holding]
//
// Indicators:
//
//   - indicator-report: [indicators.Report]
//   - aggregate-figures: [indicators.AggregateFigures]
//   - indicator-definition: [indicators.Definition]
//   - count-table: [indicators.CountTable]
//   - protected-table: [indicators.ProtectedTable]
//   - projection-input: [indicators.ProjectionInput]
//   - projection: [indicators.Projection]
//
// Ha Noi Declaration monitoring:
//
//   - plan: [declaration.Plan]
//   - progress-data: [declaration.ProgressData]
//   - plan-progress: [declaration.PlanProgress]
//   - assessment: [declaration.Assessment]
//   - scorecard: [declaration.Scorecard]
//   - regional-scorecard: [declaration.RegionalScorecard]
//   - country-report: [declaration.CountryReport], a member state's
//     monitoring report holding an indicator report, plan progresses,
//     decision summaries and a scorecard
//
// Adding a root document is one line in the documents list plus its
// testdata under testdata/documents/<name>/{valid,invalid,beyond-schema}
// (the valid ones including the examples package's sample of the type);
// the tests then mutate its valid documents, and a rapid generator of
// valid values, once added to the test's generators, widens that to
// generated documents. Its cross-field rules that JSON Schema can
// express are restated in the rules files, and the problem codes of the
// others join the test's list of non-expressible rules.
//
// What "the Go rules" of a document are: workforce.Decode, then its
// Validate method. Five indicator documents have no Validate method;
// for them the Go rules are those of the function that reads the
// document ([indicators.Project] for projection-input,
// [indicators.DisclosurePolicy.Protect] with [indicators.DefaultDisclosure]
// for count-table) or, for the outputs indicator-definition,
// protected-table and projection, the validate tags of every struct in
// the document, applied as the Validate methods apply them.
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
// Symbol, …). Titles are the type names in words ("AdminArea" →
// "Administrative area", "CPDRecord" → "CPD record"; a few names that do
// not read well alone are spelled out, such as "Indicator report");
// code generators name their types after them (json-schema-to-typescript:
// AdministrativeArea, CPDRecord, IndicatorReport), so generation fails
// when two titles would give one type name or a JavaScript global's.
// Descriptions are the Go doc comments, read from the source at
// generation time and put in plain words (see "Descriptions" below): the
// first sentence of a type's comment and the whole comment of a field.
// Struct tags named jsonschema are refused, so constraints have one
// source:
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
//     the generator (rules.go and one rules file per package) and proven
//     by the differential test. A workforce CPD record gives hours or
//     credits (anyOf of required members) and an exit reason needs an end
//     date (dependentRequired). The other documents' rules are written
//     with a few building blocks: a member that must be set (added to
//     required, with minItems 1 for a list); a constraint added to one
//     member (a pattern, uniqueItems, a constant, an enumeration subset,
//     or the constraint of a shared type at one place of use, such as a
//     source that needs a title); and clauses, each one entry of the
//     object's allOf, usually "if a member has one of these values, then
//     these members are set, absent or constrained, else …". A member is
//     "set" as Go sees it: present, a list with an element, a boolean
//     true; "absent" allows an empty list and false. Examples: each
//     requirement kind takes only its own parameters and needs its
//     groups; a no-regime scheme has no kind, issuing body or rules; an
//     exam's parameters follow its scoring method; a CPD rule's window,
//     carry-over and cycle days follow their kinds (30 February is
//     refused); Facts.known_empty names only lists that are empty; a
//     not_applicable decision says why; a lifecycle event carries months
//     only when extended; an aggregate count's scope, cadre, age and
//     value follow its measure and scope; a relative plan target has a
//     baseline year and a positive change; a commitment's points, maximum
//     and score follow from its status. Comparisons with a constant bound
//     of a decimal text (a percentage 0 to 100, a rate above 0 and at most
//     1000 with two decimals, a whole count up to 10^15) are patterns;
//     tests check each against the Go comparison on random decimals.
//     Clauses sit in if/then/else, not and anyOf, which code generators
//     ignore or type as unions.
//
// Every $defs entry is emitted once by code generators. An object with
// clauses is written {"type": "object", "allOf": [{the object's
// members}, clause, …]}: the same documents are accepted as with the
// clauses beside the members, but json-schema-to-typescript would read
// that form as an intersection and name the object twice (CPDRecord and
// CPDRecord1). A property that is a $ref with a description is written
// as {"description": …, "allOf": [{"$ref": …}]}, for the same reason; a
// member constraint on it is one more allOf entry. The consumer check
// fails when the generated TypeScript numbers a type name.
//
// # Descriptions
//
// Every published property has a description, from the field's doc
// comment; where a comment names several fields at its start ("From and
// To bound …") it describes each of them. A field without one fails the
// tests: the fix is a doc comment in the domain package.
//
// A schema reader knows JSON member names and titles, not Go names, so
// each comment is put in plain words as it is copied: the name it opens
// with goes ("Code identifies the area." → "Identifies the area.",
// "AdminLevel is a level …" → "A level …"), a Go member name becomes the
// JSON name in backticks ("Points × 100 ÷ MaxPoints" → "`points` × 100
// ÷ `max_points`"), a type name becomes its title, and a parenthesis
// holding a link to a Go function or constant ("([ScorePlaces])") is left
// out. A test fails when a description keeps a Go name or Go jargon
// (slice, nil, struct, pointer, …): the fix is to reword the doc comment.
//
// # Rules the schemas cannot express
//
// These Go rules compare values of one document with each other (dates
// in order, sums and counts, uniqueness by a member), follow references
// inside the document, or check it against the library's reference data
// (the indicator catalogue, ASEAN membership and its dates, the
// Declaration's adoption), which the schemas deliberately do not copy: a
// data update would otherwise change a published $id's meaning. A
// document that breaks only them is accepted by the schema and rejected
// by Go. The tests exclude exactly these rules, by problem code and,
// where the package uses the same code for a rule the schema expresses,
// by the problem's path or parameter; the testdata folders named
// beyond-schema hold examples.
//
// Workforce documents (registry, worker, post, employer, admin-area):
//
//   - dates in order: an employment ends on or after its start, a
//     credential expires after its issue, an area's valid_to is not before
//     its valid_from ([workforce.CodeDateOrder]);
//   - a worker's concurrent employments add up to at most 1.00 FTE
//     ([workforce.CodeFTEOverCapacity]);
//   - a population figure's children do not exceed its total
//     ([workforce.CodeChildrenExceedTotal]); a universe it marks unknown has no
//     value, an entry for the total or the children only marks it
//     unknown, and an age group does not exceed a universe it lies within
//     ([workforce.CodeInconsistent] under /population/…);
//   - birth_year agrees with birth_date ([workforce.CodeBirthMismatch]);
//   - uniqueness of area codes, employer, post and worker IDs, of an
//     area's population figures by date and vintage, and of a figure's
//     universes ([workforce.CodeDuplicate]);
//   - references resolve: parent areas, a post's area and employer, an
//     employment's post ([workforce.CodeDanglingReference]);
//   - the area tree is acyclic and no area is its own parent
//     ([workforce.CodeCycle]); levels descend from parent to child
//     ([workforce.CodeLevelOrder]); a post's level equals its area's
//     ([workforce.CodeLevelMismatch]) and its area exists on the
//     registry's as_of date ([workforce.CodeNotCurrent]);
//   - nothing is dated after the registry's as_of date
//     ([workforce.CodeAfterAsOf]).
//
// Schemes, scheme catalogues and recognition rules:
//
//   - every to, until and available_until on or after its from
//     (date_order); versions of one purpose, terms, versions of one exam
//     and phases do not overlap (overlap);
//   - IDs unique in their lists and in a version's requirement tree,
//     conversions unique per activity, schemes and rules unique in a
//     catalogue (duplicate at …/id and …/activity; prerequisites and
//     waived or adaptable IDs listed twice are expressed, as uniqueItems);
//   - no scheme is its own prerequisite, directly or in a catalogue
//     (cycle); exams and catalogue prerequisites named exist
//     (dangling_reference); in a recognition rule's conditions, which
//     belong to no scheme, an exam requirement never resolves;
//   - exam weights sum to 100 (weights_sum); at_least_n's n is at most
//     its number of children (arity at …/n); a maximum age, duration or
//     CPD limit is not below its minimum (min at …/max_age, …/max_months,
//     …/max);
//   - a cpd requirement sits in a version with a CPD rule
//     (missing_parameter with parameter cpd) — expressing it would need a
//     second copy of the recursive requirement tree;
//   - trees nest at most 32 levels (too_deep).
//
// Facts: dates in order, nothing before the birth date, a credential
// expiring after its issue (date_order); a subject at most once per
// sitting and a fee year once (duplicate at …/subject, …/year); a
// supervisor's local years within total years (inconsistent at
// …/years_local).
//
// Decisions and recognition decisions: an obligation is due on or after
// its creation (date_order); findings nest at most 64 levels (too_deep,
// which the decoder's depth limit reaches first).
//
// Decision summaries: the four outcome counts add up to evaluated
// (inconsistent at /evaluated); a requirement appears in no more
// decisions than have its outcome (max at …/decisions) and is listed
// once (duplicate at …/code).
//
// Holdings: events in date order (event_order); an expiry after, a
// suspension's end on or after its event (date_order); fee years unique
// (duplicate).
//
// Indicator reports: the disclosure policy applied equals the options'
// (inconsistent at /disclosure); the rules' period starts before as_of
// (date_order); area codes unique (duplicate); parents and result cells
// name listed areas (unknown_area); result indicators are in the
// catalogue (unknown_indicator), and whether a result carries a value or
// a policy status, and a policy-status result its status, depends on the
// indicator's kind there (status_value at …/value and …/policy, required
// at …/policy); a value has no more fraction digits than its precision
// (scale).
//
// Aggregate figures: the period starts before as_of and the areas' own
// date rules (date_order); the areas' population figures
// (children_exceed_total; inconsistent under /areas/…/population/… for
// their universes); areas, counts, drivers and policies unique
// (duplicate); the area tree is acyclic (cycle); counts, drivers and
// parents name areas (unknown_area); policy facts name policy-status
// indicators of the catalogue (unknown_indicator; status_value at
// …/indicator); children's counts add up to no more than their parent's,
// and workers equal funded posts in the positions scope (inconsistent at
// …/value); at most 2^24 − 1 areas (max at /areas).
//
// Count tables (read by Protect): the cells form a rectangle of at least
// one row and one column, with one label per row and column (shape).
//
// Projection inputs: the target year 1 to 100 years after the base year
// (date_order); the requirement or the yearly hiring fits in 64 bits
// (out_of_range at /population, with no value).
//
// Plans: the country is an ASEAN member state (not_member); years in
// order (date_order); phases and target years within the period
// (out_of_period); phases, and overrides of one area, do not overlap
// (overlap); measure and target IDs unique (duplicate at …/id); targets
// and related measures name indicators of the catalogue or the plan
// (unknown_indicator), and what a target states depends on its
// indicator's kind: a threshold or a policy value (kind_mismatch), its
// value when confirmed (required at …/threshold, …/policy), at_least or
// equal for a policy status (not_supported at …/comparator with
// parameter at_least|equal); an override's area lies in the plan's
// country (inconsistent).
//
// Progress data: an observation's area lies in its country and no area
// succeeds itself (inconsistent at …/area, …/successors/N); the country
// was a member state on the observation's date (not_member); no source
// gives two different values of one thing on one date, and an area
// ceases at most once, among the data's changes and the shipped ones
// they add to (conflict).
//
// Plan progress: each evaluation is of the plan, country and date
// (inconsistent at …/plan, …/country, …/as_of); no area succeeds itself
// in the area changes the progress lists or an evaluation cites
// (inconsistent at …/successors/N); the outcome counts are those of the
// evaluations (score_mismatch).
//
// Assessments: the period in order (date_order); the Declaration applies
// to the country on period_end (not_member, not_applicable); a
// commitment assessed once (duplicate); observations of the assessment's
// country, in an area of their country (inconsistent at …/country,
// …/area), of catalogue indicators (unknown_indicator) with a value of
// the indicator's kind (kind_mismatch) in its unit when one is stated
// (unit_mismatch), dated within the period
// (out_of_period), by member states on their date (not_member).
//
// Scorecards: the period in order (date_order); the Declaration applies
// (not_member, not_applicable) on the basis and with the confidence
// [declaration.DeclarationApplies] gives (inconsistent at /basis); a
// commitment scored once (duplicate at …/commitment); missing lists
// exactly the unscored commitments (inconsistent at /missing…); assessed,
// points, max_points, status and overall follow from sums over the
// commitments (score_mismatch at the root; required at /overall).
//
// Regional scorecards: the period in order (date_order); countries were
// members on period_end (not_member) with the confidence
// DeclarationApplies gives (inconsistent at …/basis_confidence); missing
// lists exactly the members without a scorecard (inconsistent at
// /missing…); countries and commitments listed once (duplicate at
// …/country, …/commitment); a country's max_points is 3 × assessed, a
// commitment's countries, points and max_points follow from its status
// counts, a stated overall or score equals the one recomputed, and the
// totals are the sums (score_mismatch; required at /overall).
//
// Country reports: the rules of each document inside (indicator report,
// plan progress, decision summary, scorecard) at its place; the nested
// documents describe the report's country and date (inconsistent at
// /indicators/country, /indicators/as_of, /plans/N/country,
// /plans/N/as_of, /credentialing/N/as_of, /scorecard/country), and the
// scorecard's period ends on or before as_of (out_of_period at
// /scorecard/period_end).
//
// Some Go checks run only after others pass (a target's value is not
// checked against an unknown indicator; aggregate counts add up only
// when the document has no other problem): a document that breaks a
// non-expressible rule and, behind it, a rule the schema expresses is
// rejected by the schema although Go reports only the former.
//
// Some limits of JSON text lie below any schema, where the Go decoder is
// stricter than validators, which see an already parsed value: it rejects
// text that is not UTF-8 and strings with an unpaired UTF-16 surrogate
// escape ("\ud800"), both of which parsers repair; it judges every
// occurrence of a member named twice in one object, where parsers keep
// the last; it rejects an integer written with a fraction or exponent
// in more than 64 characters even when its value is small ("1.000…0");
// and it reads at most 128 levels of nested arrays and objects.
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
// drawn from the shared rapid generators of valid workforce documents
// against its schema; judge generated single-rule mutations of those and
// of every valid testdata document with both the schema and Go (they
// must agree, except for the rules above); and prove the labels of every
// document under testdata/documents both ways: valid documents pass
// both, each invalid one breaks one expressible rule (Go reports exactly
// one problem, the schema rejects it), each beyond-schema one breaks one
// rule listed above (the schema accepts it). jsonschema/consumer/check.sh, run by CI, compiles every schema
// in Ajv (2020-12, strict, ajv-formats), validates the labelled documents
// there, converts each schema with json-schema-to-typescript and compiles
// the result, the valid documents as typed literals and a sample consumer
// under tsc --strict.
//
// [invopop/jsonschema]: https://github.com/invopop/jsonschema
package jsonschema
