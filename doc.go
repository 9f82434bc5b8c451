// Package ssw is an embeddable Go library for the social service
// workforce: the social workers, para-professionals and allied workers who
// protect children, families and vulnerable adults. Ministries,
// regulators, NGOs and regional bodies build registries, licensing systems
// and monitoring dashboards on it, so that every country's system computes
// the same indicator the same way and every licensing decision can be
// explained.
//
// # Start here
//
//   - [github.com/sswkit/ssw/workforce.Registry]: a country's workforce
//     registry; its Validate method explains every problem.
//   - [github.com/sswkit/ssw/workforce.Decode]: read any document as
//     strict JSON.
//   - [github.com/sswkit/ssw/indicators.TallyRegistry]: count a registry,
//     then evaluate the indicator catalogue on the tally.
//   - [github.com/sswkit/ssw/accreditation.EvaluatePurpose]: decide a
//     person's eligibility under a licensing scheme, with the reasons.
//   - [github.com/sswkit/ssw/declaration.EvaluatePlan]: judge a national
//     plan's targets against observations.
//   - [github.com/sswkit/ssw/declaration.ScoreAssessment]: score a
//     country on the Ha Noi Declaration.
//   - [github.com/sswkit/ssw/jsonschema.Schema]: the published JSON
//     Schema of a document, for other languages.
//   - go run ./examples/quickstart: the whole journey on a synthetic
//     registry.
//
// This package holds no code; it is the map of the module.
//
// # Packages
//
//   - [github.com/sswkit/ssw/workforce]: the entities of a workforce
//     registry (workers, posts, employers, administrative areas with dated
//     population, qualifications, credentials, CPD records), value types
//     that own their text form (civil dates, exact decimal quantities,
//     ISO codes), enumerations, validation that explains itself with JSON
//     Pointers, and JSON, JSON Lines and CSV readers.
//   - github.com/sswkit/ssw/accreditation: accreditation, certification,
//     registration and licensing rules as data, evaluated with an
//     explanation of every requirement met or missed, for real
//     jurisdictions; CPD accounting, credential lifecycle and recognition.
//   - github.com/sswkit/ssw/indicators: the indicator catalogue (density
//     per 100,000 children, communes meeting a staffing norm, vacancy,
//     qualified share, …) computed exactly from records or aggregates,
//     with mergeable tallies and disclosure control.
//   - github.com/sswkit/ssw/declaration: the Ha Noi Declaration on
//     Strengthening Social Work (ASEAN, 2020), its 11 commitments, ASEAN
//     membership, national plans and targets, assessments and scorecards.
//   - github.com/sswkit/ssw/jsonschema: the published JSON Schemas of every
//     exchange document, embedded (jsonschema.FS) and committed under
//     jsonschema/schemas/ so that teams in TypeScript, Python or Java
//     exchange the same documents.
//   - github.com/sswkit/ssw/examples: canonical sample documents and a
//     deterministic synthetic national registry; runnable programs live in
//     its sub-directories (go run ./examples/quickstart).
//
// # One source of truth
//
// Each rule and table is written once and read by everything that needs
// it, so that Go, the JSON Schemas and the documentation cannot drift:
//
//   - enumerations: one table per enumeration (type, constants, entries
//     with titles); its Values function, IsValid, Title, validation rule
//     and schema enum are generated from it (internal/cmd/genenum, run by
//     go generate) over the generic helpers of internal/enum;
//   - struct rules: the validate tags of a struct, read by one parser
//     (internal/vcheck.ParseTag) for validation, the generated decoders
//     and validators (internal/cmd/gencodec) and the schema generator;
//   - rule families of the accreditation package (requirement kinds,
//     validity kinds, exam scorings, CPD windows and carry-over): one
//     table each, read by validation, evaluation, the rules reference and
//     the schema generator; adding a requirement kind touches its table
//     row, its evaluator and a test;
//   - problems: one type, internal/problem.Problem, which the decoders and
//     validators produce and [github.com/sswkit/ssw/workforce.Problem]
//     names; exact quantities: one fixed-point type (internal/exact).
//
// The internal packages that the library packages import (enum, exact,
// idtable, jsonptr, problem, report, strictjson, vcheck) import none of
// them; internal/gen and internal/sdcaudit are helpers of tests, and
// internal/cmd holds the code generators.
//
// # Guarantees
//
// Every package is pure: no I/O except through io.Reader and io.Writer
// values handed in, no clock (evaluations take an explicit as-of date), no
// randomness except a caller's seed, no package-level mutable state, no
// init registries. Everything is safe for concurrent use unless a type's
// documentation says it belongs to one goroutine (stream readers).
//
// Results are exact: no binary floating point in exchange types or
// results; decimals are exchanged as strings with their scale; a zero
// denominator gives an explicit undefined result; bad input gives
// [github.com/sswkit/ssw/workforce.Problems] with JSON Pointers, never a
// panic, and nothing a caller passes in is changed.
//
// Shipped rule data (licensing schemes, plan targets) is illustrative
// reference data with sources and confidence marks; check it against the
// regulator before relying on it.
package ssw
