// Package examples provides canonical sample documents of every ssw
// document type and a deterministic synthetic national registry, for
// examples, tests, benchmarks and the JSON Schema test data.
//
// # Start here
//
//   - [NewSynthetic]: a deterministic synthetic registry from a seed.
//   - [SampleRegistry] and [SampleWorker]: small canonical documents.
//   - [SampleScheme], [SampleFacts] and [SampleDecision]: a licensing
//     decision.
//   - [SampleReport]: an indicator report.
//   - [SampleCountryReport]: a country monitoring report.
//   - go run ./examples/quickstart: the README's first command.
//
// Everything here is synthetic and labelled so ([SyntheticLabel]): the
// Cambodia-shaped geography follows the real number of provinces,
// districts and communes, but names, populations and workers are made up.
//
// # Synthetic registry
//
// [NewSynthetic] builds a registry from a seed: the same seed always gives
// the same registry. Workers are generated on demand, so
// [Synthetic.Workers] can stream a million of them for benchmarks in
// constant memory.
//
// # Runnable programs
//
// The sub-directories hold main packages: quickstart (the README's first
// command), eligibility, schemas and import.
package examples
