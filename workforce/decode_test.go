package workforce_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/workforce"
)

// cmpValues compares entities by their exact content; value types with
// unexported fields compare with ==, which keeps the decimal scale.
var cmpValues = cmp.Exporter(func(reflect.Type) bool { return true })

func reflectDeref(p any) any { return reflect.ValueOf(p).Elem().Interface() }

func TestDecodeBadInput(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []found
	}{
		{"malformed JSON", `{"id": "W-1", "sex": }`, []found{{"syntax", "/sex"}}},
		{"truncated", `{"id": "W-1"`, []found{{"syntax", ""}}},
		{"not an object", `["W-1"]`, []found{{"type", ""}}},
		{"empty input", ``, []found{{"syntax", ""}}},
		{"trailing data", `{"id":"W-1","sex":"female","cadre":"para_professional"} {}`, []found{{"trailing_data", ""}}},
		{"wrong type", `{"id":"W-1","sex":"female","cadre":"para_professional","birth_year":"1990"}`, []found{{"type", "/birth_year"}}},
		{"fractional year", `{"id":"W-1","sex":"female","cadre":"para_professional","birth_year":1990.5}`, []found{{"type", "/birth_year"}}},
		{"integral float year is an integer", `{"id":"W-1","sex":"female","cadre":"para_professional","birth_year":1.99e3}`, nil},
		{"huge year", `{"id":"W-1","sex":"female","cadre":"para_professional","birth_year":1e40}`, []found{{"out_of_range", "/birth_year"}}},
		{"null member", `{"id":"W-1","sex":null,"cadre":"para_professional"}`, []found{{"type", "/sex"}}},
		{"null slice", `{"id":"W-1","sex":"female","cadre":"para_professional","cpd":null}`, []found{{"type", "/cpd"}}},
		{"unknown member", `{"id":"W-1","sex":"female","cadre":"para_professional","name":"Ana"}`, []found{{"unknown_field", "/name"}}},
		{"member in the wrong case", `{"id":"W-1","Sex":"female","cadre":"para_professional"}`, []found{{"unknown_field", "/Sex"}, {"required", "/sex"}}},
		{"missing required members", `{"id":"W-1"}`, []found{{"required", "/cadre"}, {"required", "/sex"}}},
		{"explicit empty optional", `{"id":"W-1","sex":"female","cadre":"para_professional","isco":""}`, []found{{"invalid_value", "/isco"}}},
		{"impossible date", `{"id":"W-1","sex":"female","cadre":"para_professional","birth_date":"2023-02-29"}`, []found{{"invalid_value", "/birth_date"}}},
		{"negative hours deep inside", `{"id":"W-1","sex":"female","cadre":"para_professional","cpd":[{"date":"2024-01-01","category":"structured","activity":"course"},{"date":"2024-01-02","hours":"-3","category":"structured","activity":"course"}]}`, []found{{"negative", "/cpd/1/hours"}}},
		{"hours as a number", `{"id":"W-1","sex":"female","cadre":"para_professional","cpd":[{"date":"2024-01-01","hours":12.5,"category":"structured","activity":"course"}]}`, []found{{"type", "/cpd/0/hours"}}},
		{"every problem at once", `{"id":"W-1","sex":"female","cadre":"para_professional","birth_date":"1990-13-01","extra":1,"employments":[{"post_id":"P","start":"2020-01-01","fte":"1.5","type":"permanent"}]}`,
			[]found{{"invalid_value", "/birth_date"}, {"max", "/employments/0/fte"}, {"unknown_field", "/extra"}}},
		{"escaped member name", `{"id":"W-1","s\u0065x":"female","cadre":"para_professional"}`, nil},
		{"invalid UTF-8", "{\"id\":\"W-1\",\"sex\":\"female\",\"cadre\":\"para_professional\",\"isco\":\"\xff\"}", []found{{"syntax", "/isco"}}},
		{"member given twice", `{"id":"W-1","sex":"female","cadre":"para_professional","sex":"male"}`, []found{{"duplicate_member", "/sex"}}},
		{"list given twice, the second empty", `{"id":"W-1","sex":"female","cadre":"para_professional","employments":[{"post_id":"P","start":"2020-01-01","fte":"1","type":"permanent"}],"employments":[]}`, []found{{"duplicate_member", "/employments"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var w workforce.Worker
			got := problemsOf(t, workforce.Decode([]byte(tc.doc), &w))
			if !slices.Equal(got, tc.want) {
				t.Fatalf("problems = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDecodeDuplicateMembers: the documents a user saw decode silently
// with the last value winning are rejected with a located problem.
func TestDecodeDuplicateMembers(t *testing.T) {
	var reg workforce.Registry
	err := workforce.Decode([]byte(`{"country":"KH","as_of":"2025-06-30","workers":[{"id":"W-1","sex":"female","cadre":"para_professional"}],"workers":[]}`), &reg)
	if got := problemsOf(t, err); !slices.Equal(got, []found{{"duplicate_member", "/workers"}}) {
		t.Fatalf("problems = %v", got)
	}
	if len(reg.Workers) != 1 {
		t.Fatalf("the first value must be kept, never the second: %d workers", len(reg.Workers))
	}
}

func TestDecodeSyntaxErrorPosition(t *testing.T) {
	var r workforce.Registry
	err := workforce.Decode([]byte("{\n  \"country\": \"KH\",\n  \"as_of\": 2025\n  \"areas\": []\n}"), &r)
	ps := workforce.AsProblems(err)
	if len(ps) < 1 || ps[0].Code != "syntax" || !strings.Contains(ps[0].Message, "line 4, column 3") {
		t.Fatalf("got %v", ps)
	}
}

func TestDecodeResetsTarget(t *testing.T) {
	w := sampleWorker()
	if err := workforce.Decode([]byte(`{"id":"W-2","sex":"male","cadre":"para_professional"}`), &w); err != nil {
		t.Fatal(err)
	}
	if w.Qualifications != nil || w.BirthDate != (workforce.CivilDate{}) {
		t.Fatal("Decode must not merge into the previous value")
	}
}

func TestReadDocumentLimit(t *testing.T) {
	var r workforce.Registry
	err := workforce.ReadDocument(strings.NewReader(`{"country":"KH","as_of":"2025-01-01"}`), &r, 10)
	if ps := workforce.AsProblems(err); len(ps) != 1 || ps[0].Code != workforce.CodeOutOfRange {
		t.Fatalf("got %v", err)
	}
	if err := workforce.ReadDocument(strings.NewReader(`{"country":"KH","as_of":"2025-01-01"}`), &r, 0); err != nil {
		t.Fatal(err)
	}
}

// TestJSONRoundTrip: encoding then strictly decoding any valid entity
// gives back the same value, decimal scale included, and encoding again
// gives the same bytes.
func TestJSONRoundTrip(t *testing.T) {
	roundTrip := func(t *rapid.T, v, back any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte("null")) {
			t.Fatalf("encoding wrote null: %s", b)
		}
		if err := workforce.Decode(b, back); err != nil {
			t.Fatalf("decoding %s: %v", b, err)
		}
		if diff := cmp.Diff(v, reflectDeref(back), cmpValues); diff != "" {
			t.Fatalf("round trip changed the value (-want +got):\n%s", diff)
		}
		b2, _ := json.Marshal(back)
		if !bytes.Equal(b, b2) {
			t.Fatalf("re-encoding differs:\n%s\n%s", b, b2)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		r := gen.Registry().Draw(t, "registry")
		roundTrip(t, r, &workforce.Registry{})
		w := gen.AnyWorker().Draw(t, "worker")
		roundTrip(t, w, &workforce.Worker{})
		for _, a := range r.Areas {
			roundTrip(t, a, &workforce.AdminArea{})
		}
		for _, p := range r.Posts {
			roundTrip(t, p, &workforce.Post{})
		}
		for _, e := range r.Employers {
			roundTrip(t, e, &workforce.Employer{})
		}
	})
}

func FuzzDecodeWorker(f *testing.F) {
	seed, _ := json.Marshal(sampleWorker())
	f.Add(seed)
	f.Add([]byte(`{"id":"W-1","sex":"female","cadre":"para_professional","birth_date":"2023-02-29"}`))
	f.Add([]byte(`{"id":"W-1","cpd":[{"hours":"-1"}],"x":null}`))
	f.Add([]byte(`[[[[[[[[[[[[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var w workforce.Worker
		err := workforce.Decode(data, &w)
		if err != nil {
			var ps workforce.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("decode error %v is not a problem list", err)
			}
			return
		}
		// Whatever decodes must validate without panicking and re-encode
		// to a document that decodes to the same worker.
		_ = w.Validate()
		b, err := json.Marshal(w)
		if err != nil {
			t.Fatal(err)
		}
		var back workforce.Worker
		if err := workforce.Decode(b, &back); err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		if diff := cmp.Diff(w, back, cmpValues); diff != "" {
			t.Fatal(diff)
		}
	})
}
