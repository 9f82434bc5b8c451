package jsonschema

import (
	"reflect"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

func TestTitleOf(t *testing.T) {
	tests := []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[workforce.AdminArea](), "Administrative area"},
		{reflect.TypeFor[workforce.AdminLevel](), "Administrative level"},
		{reflect.TypeFor[workforce.CPDRecord](), "CPD record"},
		{reflect.TypeFor[workforce.CivilDate](), "Civil date"},
		{reflect.TypeFor[workforce.ISCO08](), "ISCO-08 occupation code"},
		{reflect.TypeFor[indicators.Report](), "Indicator report"},
		{reflect.TypeFor[indicators.Definition](), "Indicator definition"},
		{reflect.TypeFor[indicators.StaffingNorm](), "Staffing norm"},
		{reflect.TypeFor[accreditation.RecognitionDecision](), "Recognition decision"},
		{reflect.TypeFor[declaration.RegionalCommitmentScore](), "Regional commitment score"},
	}
	for _, tc := range tests {
		if got := titleOf(tc.typ); got != tc.want {
			t.Errorf("titleOf(%s) = %q, want %q", tc.typ, got, tc.want)
		}
	}
	for in, want := range map[string]string{"Administrative area": "AdministrativeArea", "CPD record": "CPDRecord",
		"Yes or no": "YesOrNo", "ISCO-08 occupation code": "ISCO08OccupationCode", "Full-time equivalent": "FullTimeEquivalent"} {
		if got := typeName(in); got != want {
			t.Errorf("typeName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string][]string{"CPDRecord": {"CPD", "Record"}, "AdminArea": {"Admin", "Area"},
		"SchemeID": {"Scheme", "ID"}, "FTE": {"FTE"}, "Worker": {"Worker"}, "ISCEDLevel": {"ISCED", "Level"}} {
		if got := splitName(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitName(%q) = %q, want %q", in, got, want)
		}
	}
}

// describeSample is documented in terms of its Go names, like a domain
// type; describe must turn them into the schema reader's words.
type describeSample struct {
	// Code identifies the area.
	Code string `json:"code"`
	// Name is the area's name.
	Name string `json:"name"`
	// Status is ok, unreliable, undefined, suppressed or missing.
	Status string `json:"status"`
	// Disclosure, when set, applies disclosure control.
	Disclosure bool `json:"disclosure"`
	// From and To bound the period; see [workforce.CivilDate].
	From string `json:"from"`
	// To is inclusive.
	To string `json:"to"`
	// Restrictions apply to a restricted recognition.
	Restrictions []string `json:"restrictions"`
	// Multiplier of TargetDensity; 100,000 when omitted.
	Multiplier int `json:"multiplier"`
	// TargetDensity is the target in workers per Multiplier people, one
	// [workforce.PopulationFigure] within [From, To].
	TargetDensity string `json:"target_density"`
	// Score is Points × 100, see [Sample.Name] and AdminArea.
	Score int `json:"score"`
	// Points counts.
	Points int `json:"points"`
}

func TestDescribe(t *testing.T) {
	typ := reflect.TypeFor[describeSample]()
	d := newDescriber([]reflect.Type{typ, reflect.TypeFor[workforce.AdminArea](), reflect.TypeFor[Sample]()})
	members := memberNames(typ)
	tests := []struct{ self, in, want string }{
		{"Code", "Code identifies the area.", "Identifies the area."},
		{"Name", "Name is the area's name.", "The area's name."},
		{"Status", "Status is ok, unreliable, undefined, suppressed or missing.", "One of ok, unreliable, undefined, suppressed or missing."},
		{"Disclosure", "Disclosure, when set, applies disclosure control.", "When set, applies disclosure control."},
		{"From", "From and To bound the period; see [workforce.CivilDate].", "`from` and `to` bound the period; see civil date."},
		{"Restrictions", "Restrictions apply to a restricted recognition.", "The restrictions apply to a restricted recognition."},
		{"Multiplier", "Multiplier of TargetDensity; 100,000 when omitted.", "The multiplier of `target_density`; 100,000 when omitted."},
		{"TargetDensity", "TargetDensity is the target in workers per Multiplier people, one [workforce.PopulationFigure] within [From, To].",
			"The target in workers per `multiplier` people, one population figure within [`from`, `to`]."},
		{"Score", "Score is Points × 100, see [Sample.Name] and AdminArea.", "`points` × 100, see `name` and administrative area."},
	}
	for _, tc := range tests {
		if got := d.describe(tc.in, tc.self, members); got != tc.want {
			t.Errorf("describe(%q)\n got  %q\n want %q", tc.in, got, tc.want)
		}
	}
	// A type's own comment.
	if got := d.describe("AdminArea is an administrative area.", "AdminArea", memberNames(reflect.TypeFor[workforce.AdminArea]())); got != "An administrative area." {
		t.Errorf("type comment: %q", got)
	}
}
