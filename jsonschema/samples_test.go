package jsonschema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/jsonschema"
)

// sampleFile is the name of the valid testdata document that holds the
// examples package's canonical sample of a schema's document type.
const sampleFile = "examples-sample.json"

// canonicalSamples maps each schema to the examples package's sample of
// its document type.
func canonicalSamples() map[string]any {
	return map[string]any{
		"registry":             examples.SampleRegistry(),
		"worker":               examples.SampleWorker(),
		"post":                 examples.SamplePost(),
		"employer":             examples.SampleEmployer(),
		"admin-area":           examples.SampleAdminArea(),
		"scheme":               examples.SampleScheme(),
		"scheme-catalogue":     examples.SampleSchemeCatalogue(),
		"recognition-rule":     examples.SampleRecognitionRule(),
		"facts":                examples.SampleFacts(),
		"decision":             examples.SampleDecision(),
		"recognition-decision": examples.SampleRecognitionDecision(),
		"decision-summary":     examples.SampleDecisionSummary(),
		"holding":              examples.SampleHolding(),
		"indicator-report":     examples.SampleReport(),
		"aggregate-figures":    examples.SampleAggregateFigures(),
		"indicator-definition": examples.SampleDefinition(),
		"count-table":          examples.SampleCountTable(),
		"protected-table":      examples.SampleProtectedTable(),
		"projection-input":     examples.SampleProjectionInput(),
		"projection":           examples.SampleProjection(),
		"plan":                 examples.SamplePlan(),
		"progress-data":        examples.SampleProgressData(),
		"plan-progress":        examples.SamplePlanProgress(),
		"assessment":           examples.SampleAssessment(),
		"scorecard":            examples.SampleScorecard(),
		"regional-scorecard":   examples.SampleRegionalScorecard(),
		"country-report":       examples.SampleCountryReport(),
	}
}

// sampleJSON renders a sample as the committed file holds it: indented
// JSON with a trailing newline.
func sampleJSON(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSampleDocuments: every schema's valid testdata holds the examples
// package's sample of its document type, byte for byte, so the committed
// documents cannot drift from the samples. SSW_UPDATE_SCHEMAS=1 rewrites
// them (with the schemas).
func TestSampleDocuments(t *testing.T) {
	samples := canonicalSamples()
	update := os.Getenv("SSW_UPDATE_SCHEMAS") == "1"
	for _, name := range jsonschema.Names() {
		v, ok := samples[name]
		if !ok {
			t.Errorf("%s: no examples sample", name)
			continue
		}
		want := sampleJSON(t, v)
		path := filepath.Join("testdata", "documents", name, "valid", sampleFile)
		if update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%v (run SSW_UPDATE_SCHEMAS=1 go test ./jsonschema -run SampleDocuments)", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the examples sample: %s (run SSW_UPDATE_SCHEMAS=1 go test ./jsonschema -run SampleDocuments)", path, firstDiff(got, want))
		}
	}
	if len(samples) != len(jsonschema.Names()) {
		t.Errorf("%d samples for %d schemas", len(samples), len(jsonschema.Names()))
	}
}
