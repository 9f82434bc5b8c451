package jsonschema_test

import (
	"testing"

	"github.com/sswkit/ssw/jsonschema"
)

// BenchmarkGenerate measures a full regeneration (reading the Go comments
// included), the cost of the golden test.
func BenchmarkGenerate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jsonschema.Generate(".."); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSchema measures a lookup of an embedded schema, as a server
// would do per request.
func BenchmarkSchema(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := jsonschema.Schema("registry"); !ok {
			b.Fatal("missing")
		}
	}
}
