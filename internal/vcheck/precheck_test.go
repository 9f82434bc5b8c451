package vcheck_test

import (
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/internal/vcheck"
	"github.com/sswkit/ssw/workforce"
)

// mutate breaks a field of w now and then, so both validators see
// invalid values too.
func mutate(t *rapid.T, w *workforce.Worker) {
	bad := func(label string) bool { return rapid.IntRange(0, 3).Draw(t, label) == 0 }
	if bad("id") {
		w.ID = rapid.SampledFrom([]workforce.ID{"", "W 1", "-x", workforce.ID(strings.Repeat("a", 65))}).Draw(t, "bad id")
	}
	if bad("sex") {
		w.Sex = rapid.SampledFrom([]workforce.Sex{"", "f", "FEMALE"}).Draw(t, "bad sex")
	}
	if bad("year") {
		w.BirthYear = rapid.SampledFrom([]int{1899, 2101, 1900, 2100, -5}).Draw(t, "bad year")
	}
	if bad("isco") {
		w.ISCO = rapid.SampledFrom([]workforce.ISCO08{"12", "abcd", "26355"}).Draw(t, "bad isco")
	}
	for i := range w.Qualifications {
		if bad("qual") {
			w.Qualifications[i].Title = strings.Repeat("é", rapid.IntRange(199, 202).Draw(t, "len"))
			w.Qualifications[i].Country = rapid.SampledFrom([]workforce.CountryCode{"", "XK", "kh"}).Draw(t, "bad country")
		}
	}
	for i := range w.Credentials {
		if bad("cred") {
			w.Credentials[i].Issued = workforce.CivilDate{}
			w.Credentials[i].Status = rapid.SampledFrom([]workforce.CredentialStatus{"", "valid"}).Draw(t, "bad status")
		}
	}
	for i := range w.Employments {
		if bad("emp") {
			w.Employments[i].FTE = workforce.FTE{}
			w.Employments[i].ExitReason = "fired"
		}
	}
	for i := range w.CPD {
		if bad("cpd") {
			w.CPD[i].Topics = append(w.CPD[i].Topics, "gardening")
			w.CPD[i].Category = ""
		}
	}
}

// TestPrecheckAgrees: the allocation-free precheck accepts exactly the
// structs the validator accepts.
func TestPrecheckAgrees(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := gen.AnyWorker().Draw(t, "worker")
		mutate(t, &w)
		check := func(what string, ptr any) {
			if p, v := vcheck.Precheck(ptr), vcheck.ValidatorOnly(ptr); p != v {
				t.Fatalf("%s: precheck says %v, validator says %v: %+v", what, p, v, ptr)
			}
		}
		check("worker", &w)
		for i := range w.Qualifications {
			check("qualification", &w.Qualifications[i])
		}
		for i := range w.Credentials {
			check("credential", &w.Credentials[i])
		}
		for i := range w.Employments {
			check("employment", &w.Employments[i])
		}
		for i := range w.CPD {
			check("cpd", &w.CPD[i])
		}
		m := workforce.Money{Amount: gen.Optional(gen.Amount()).Draw(t, "amount"),
			Currency: rapid.SampledFrom([]workforce.CurrencyCode{"", "KHR", "HRK", "usd"}).Draw(t, "currency")}
		check("money", &m)
	})
}

type nested struct {
	Inner workforce.Money  `json:"inner"`
	Ptr   *workforce.Money `json:"ptr,omitempty"`
	Count int              `json:"count" validate:"gte=0,lte=10"`
	Tags  []string         `json:"tags,omitempty" validate:"max=2,dive,min=1"`
}

func TestPrecheckNested(t *testing.T) {
	ok := workforce.Money{Amount: workforce.MustParseAmount("1"), Currency: "KHR"}
	tests := []nested{
		{Inner: ok},
		{Inner: workforce.Money{}},
		{Inner: ok, Ptr: &workforce.Money{Currency: "XXQ"}},
		{Inner: ok, Ptr: &ok},
		{Inner: ok, Count: 11},
		{Inner: ok, Tags: []string{"a", "b", "c"}},
		{Inner: ok, Tags: []string{"a", ""}},
	}
	for i, tc := range tests {
		if p, v := vcheck.Precheck(&tc), vcheck.ValidatorOnly(&tc); p != v {
			t.Errorf("case %d: precheck %v, validator %v", i, p, v)
		}
	}
}

func TestPrecheckRejectsUnknownTags(t *testing.T) {
	type bad struct {
		X string `validate:"email"`
	}
	defer func() {
		if recover() == nil {
			t.Fatal("an unknown tag must be refused when the plan is built")
		}
	}()
	vcheck.Precheck(&bad{})
}

func TestParseTag(t *testing.T) {
	tests := []struct {
		tag     string
		want    []vcheck.Op
		wantErr bool
	}{
		{"", nil, false},
		{"-", nil, false},
		{"required,valid", []vcheck.Op{{Kind: vcheck.OpRequired}, {Kind: vcheck.OpValid}}, false},
		{"omitempty,dive,valid", []vcheck.Op{{Kind: vcheck.OpOmitEmpty}, {Kind: vcheck.OpDive}, {Kind: vcheck.OpValid}}, false},
		{"gte=0,lte=9007199254740991", []vcheck.Op{{Kind: vcheck.OpGTE}, {Kind: vcheck.OpLTE, N: 9007199254740991}}, false},
		{"max=200", []vcheck.Op{{Kind: vcheck.OpMax, N: 200}}, false},
		{"email", nil, true},
		{"max", nil, true},
		{"max=x", nil, true},
		{"required=1", nil, true},
	}
	for _, tt := range tests {
		got, err := vcheck.ParseTag(tt.tag)
		if (err != nil) != tt.wantErr || !slices.Equal(got, tt.want) {
			t.Errorf("ParseTag(%q) = %v, %v; want %v, error %v", tt.tag, got, err, tt.want, tt.wantErr)
		}
	}
	for i, name := range vcheck.Tags() {
		if vcheck.OpKind(i).String() != name {
			t.Errorf("OpKind(%d) is %q, Tags lists %q", i, vcheck.OpKind(i), name)
		}
	}
}
