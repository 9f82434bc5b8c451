package jsonschema_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sswkit/ssw/jsonschema"
)

// labels are the testdata folders: valid documents both Go and the schema
// accept; invalid documents each break one rule, so Go reports exactly one
// problem and the schema rejects them; beyond-schema documents break one
// rule JSON Schema cannot express, so the schema accepts them and Go
// rejects them with that rule's code only.
var labels = []string{"valid", "invalid", "beyond-schema"}

// TestDocumentsAsLabelled proves the labels of every document under
// testdata/documents both ways: against Go (Decode, then Validate) and
// against the committed schema.
func TestDocumentsAsLabelled(t *testing.T) {
	for _, d := range jsonschema.Documents() {
		count := map[string]int{}
		for _, label := range labels {
			files, err := filepath.Glob(filepath.Join("testdata", "documents", d.Name, label, "*.json"))
			if err != nil {
				t.Fatal(err)
			}
			for _, file := range files {
				count[label]++
				t.Run(d.Name+"/"+label+"/"+strings.TrimSuffix(filepath.Base(file), ".json"), func(t *testing.T) {
					data, err := os.ReadFile(file)
					if err != nil {
						t.Fatal(err)
					}
					ps := goProblems(t, d, data)
					serr := schemaErr(t, d.Name, data)
					switch label {
					case "valid":
						if ps != nil {
							t.Errorf("Go rejects it: %v", ps)
						}
						if serr != nil {
							t.Errorf("the schema rejects it: %v", serr)
						}
					case "invalid":
						if len(ps) != 1 {
							t.Errorf("Go reports %d problems, want exactly 1 (one broken rule): %v", len(ps), ps)
						} else if isBeyond(d.Name, ps[0]) {
							t.Errorf("it breaks %s at %s, which the schema cannot express; move it to beyond-schema", ps[0].Code, ps[0].Path)
						}
						if serr == nil {
							t.Errorf("the schema accepts it")
						}
					case "beyond-schema":
						if ps == nil {
							t.Errorf("Go accepts it")
						}
						for _, p := range ps {
							if p.Code != ps[0].Code || !isBeyond(d.Name, p) {
								t.Errorf("want problems of one rule JSON Schema cannot express, got %v", ps)
								break
							}
						}
						if serr != nil {
							t.Errorf("the schema rejects it: %v", serr)
						}
					}
				})
			}
		}
		if count["valid"] == 0 || count["invalid"] == 0 {
			t.Errorf("%s: testdata needs valid and invalid documents, found %d and %d", d.Name, count["valid"], count["invalid"])
		}
	}
	// Every folder belongs to a document and every subfolder is a label.
	entries, err := os.ReadDir(filepath.Join("testdata", "documents"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !slices.Contains(jsonschema.Names(), e.Name()) {
			t.Errorf("testdata/documents/%s matches no schema", e.Name())
			continue
		}
		subs, err := os.ReadDir(filepath.Join("testdata", "documents", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range subs {
			if !slices.Contains(labels, s.Name()) {
				t.Errorf("testdata/documents/%s/%s is not one of %v", e.Name(), s.Name(), labels)
			}
		}
	}
}

// TestNestedDocumentsChecked: a malformed document nested where the Go
// rules once skipped it (an area change inside a plan's evaluation, also
// inside a country report) is rejected by Go and by the schema alike.
func TestNestedDocumentsChecked(t *testing.T) {
	tests := []struct {
		schema string
		path   []any
		value  any
	}{
		{"plan-progress", []any{"evaluations", 1, "area_changes", 0, "kind"}, "annexed"},
		{"plan-progress", []any{"evaluations", 1, "area_changes", 0, "successors", 0}, "vn-59"},
		{"country-report", []any{"plans", 0, "evaluations", 0, "outcome"}, "done"},
	}
	for _, tc := range tests {
		data, err := os.ReadFile(filepath.Join("testdata", "documents", tc.schema, "valid", sampleFile))
		if err != nil {
			t.Fatal(err)
		}
		doc := set(decodeGeneric(t, data), tc.path, tc.value)
		out, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		if ps := goProblems(t, document(t, tc.schema), out); ps == nil {
			t.Errorf("%s: Go accepts %v = %v", tc.schema, tc.path, tc.value)
		}
		if schemaErr(t, tc.schema, out) == nil {
			t.Errorf("%s: the schema accepts %v = %v", tc.schema, tc.path, tc.value)
		}
	}
}
