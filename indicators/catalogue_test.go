package indicators_test

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// requiredIDs are the IDs the declaration package links commitments to;
// their spelling is a contract.
var requiredIDs = []indicators.IndicatorID{
	"SSW-DEN-POP", "SSW-DEN-CHILD", "SW-DEN-POP", "SW-DEN-CHILD", "SSW-POP-PER-WORKER",
	"SSW-CHILD-PER-WORKER", "SSW-PER-UNIT", "SSW-UNIT-COVERAGE", "SSW-NORM-REQ", "SSW-NORM-GAP",
	"SSW-NORM-ATTAIN", "SSW-POST-VAC", "SSW-POST-FILL", "SSW-SHARE-GOV", "SSW-SHARE-CADRE",
	"SSW-SHARE-FEMALE", "SSW-AGE-MEDIAN", "SSW-QUAL-SW", "SW-LIC-SHARE", "CPD-COMPL", "SUP-RATIO",
	"RET-ATTRITION", "SSW-GROWTH",
	"GOV-SW-LAW", "GOV-REGULATOR", "GOV-ETHICS-CODE", "GOV-COSTED-PLAN", "GOV-HRIS",
	"GOV-ASSOCIATION", "GOV-CAREER-PATH", "GOV-BUDGET-LINE", "GOV-COMPETENCY-FRAMEWORK",
	"GOV-CURRICULUM-STANDARDS", "GOV-SUPERVISION-GUIDELINES", "GOV-INTERAGENCY",
	"GOV-REGIONAL-NETWORK", "GOV-RECOGNITION", "GOV-AWARENESS",
}

func TestCatalogueIDsUniqueAndWellFormed(t *testing.T) {
	re := regexp.MustCompile(indicators.IndicatorIDPattern)
	seen := map[indicators.IndicatorID]bool{}
	for _, d := range indicators.Catalogue() {
		if !re.MatchString(string(d.ID)) || !d.ID.IsValid() {
			t.Errorf("%q does not match %s", d.ID, indicators.IndicatorIDPattern)
		}
		if seen[d.ID] {
			t.Errorf("%q is defined twice", d.ID)
		}
		seen[d.ID] = true
	}
	for _, id := range requiredIDs {
		if !seen[id] {
			t.Errorf("catalogue lacks %q", id)
		}
		if _, ok := indicators.Lookup(id); !ok {
			t.Errorf("Lookup(%q) failed", id)
		}
	}
	if _, ok := indicators.Lookup("NO-SUCH-ID"); ok {
		t.Error("Lookup found an ID outside the catalogue")
	}
}

func TestCatalogueIsFresh(t *testing.T) {
	a := indicators.Catalogue()
	a[0].Name = "changed"
	a[0].Disaggregations[0] = indicators.BySex
	b := indicators.Catalogue()
	if b[0].Name == "changed" || b[0].Disaggregations[0] == indicators.BySex {
		t.Fatal("Catalogue returned shared data")
	}
}

func TestIndicatorIDIsValid(t *testing.T) {
	re := regexp.MustCompile(indicators.IndicatorIDPattern)
	for _, s := range []string{"SSW-DEN-POP", "A-1", "A1-B2-C3", "", "A", "a-B", "A--B", "A-", "-A", "A-b", "1A-B", "A_B-C", "A-B-"} {
		if got, want := indicators.IndicatorID(s).IsValid(), re.MatchString(s); got != want {
			t.Errorf("IsValid(%q) = %v, pattern says %v", s, got, want)
		}
	}
}

// TestCatalogueConsistency checks each definition against the rules its
// fields document, and that presentation rounding can always be decided
// from the value a result carries.
func TestCatalogueConsistency(t *testing.T) {
	for _, d := range indicators.Catalogue() {
		t.Run(string(d.ID), func(t *testing.T) {
			if !d.Kind.IsValid() || !d.Confidence.IsValid() || d.Name == "" || d.Description == "" || d.Unit == "" {
				t.Fatalf("incomplete definition %+v", d)
			}
			if !d.Rounding.Mode.IsValid() || !d.Sensitive.IsValid() {
				t.Fatal("bad rounding mode or sensitive side")
			}
			if len(d.Sources) == 0 {
				t.Fatal("no source")
			}
			if d.Kind == indicators.KindPolicy {
				if d.Numerator != "" || d.Multiplier != 0 || d.Scope != "" || len(d.Disaggregations) != 0 {
					t.Fatal("a policy-status indicator has no formula")
				}
				return
			}
			if d.Multiplier < 1 || !d.Scope.IsValid() || !d.AllowsScope(d.Scope) || !d.Subset.IsValid() {
				t.Fatalf("multiplier %d, scope %q in %v, subset %q", d.Multiplier, d.Scope, d.Scopes, d.Subset)
			}
			if !d.HasDisaggregation(indicators.ByArea) {
				t.Fatal("every quantitative indicator breaks down by area")
			}
			if d.Universe == indicators.UniverseChildren && (d.AgeMin != 0 || d.AgeMax != 17) {
				t.Fatal("children are 0 to 17")
			}
			// Ratios are cut at Precision digits, so they can only be
			// presented with fewer; counts and medians are exact.
			if d.Kind == indicators.KindRatio && d.Rounding.Places >= d.Precision {
				t.Fatalf("presents %d places of a value cut at %d", d.Rounding.Places, d.Precision)
			}
		})
	}
}

// TestDefinitionJSON: definitions are data other systems read.
func TestDefinitionJSON(t *testing.T) {
	cat := indicators.Catalogue()
	data, err := json.Marshal(cat)
	if err != nil {
		t.Fatal(err)
	}
	var back []indicators.Definition
	if err := workforce.Decode(data, &back); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(back)
	if string(again) != string(data) {
		t.Fatal("definitions changed through a JSON round trip")
	}
}

type enumeration interface {
	IsValid() bool
	Title() string
	CheckValue() (string, string, string)
	EnumValues() []string
}

func checkEnum[T interface {
	~string
	enumeration
}](t *testing.T, values []T) {
	t.Helper()
	var zero T
	wire := zero.EnumValues()
	if len(wire) != len(values) || len(values) == 0 {
		t.Fatalf("%T: %d values, %d wire values", zero, len(values), len(wire))
	}
	for i, v := range values {
		code, _, _ := v.CheckValue()
		if !v.IsValid() || v.Title() == "" || code != "" || string(v) != wire[i] {
			t.Errorf("%T %q: valid %v title %q code %q", v, v, v.IsValid(), v.Title(), code)
		}
	}
	for _, bad := range []T{"", "no_such_value"} {
		if bad.IsValid() || bad.Title() != "" {
			t.Errorf("%T %q is valid", bad, bad)
		}
		if code, _, _ := bad.CheckValue(); code != "not_supported" {
			t.Errorf("%T %q: code %q", bad, bad, code)
		}
	}
}

func TestEnumerations(t *testing.T) {
	checkEnum(t, indicators.IndicatorKindValues())
	checkEnum(t, indicators.CountScopeValues())
	checkEnum(t, indicators.WorkforceSubsetValues())
	checkEnum(t, indicators.PopulationUniverseValues())
	checkEnum(t, indicators.DisaggregationValues())
	checkEnum(t, indicators.RoundingModeValues())
	checkEnum(t, indicators.IndicatorParameterValues())
	checkEnum(t, indicators.SensitiveSideValues())
	checkEnum(t, indicators.DefinitionConfidenceValues())
	checkEnum(t, indicators.ResultStatusValues())
	checkEnum(t, indicators.PolicyStatusValues())
	checkEnum(t, indicators.AgeBandValues())
	checkEnum(t, indicators.QualificationGroupValues())
	checkEnum(t, indicators.InputPathValues())
	checkEnum(t, indicators.NormBasisValues())
	checkEnum(t, indicators.CellStatusValues())
	checkEnum(t, indicators.TallyObservationValues())
	checkEnum(t, indicators.AggregateMeasureValues())
}

func TestAgeBandOf(t *testing.T) {
	for age, want := range map[int]indicators.AgeBand{
		-1: indicators.AgeUnknown, 0: indicators.AgeUnder25, 24: indicators.AgeUnder25, 25: indicators.Age25To34,
		44: indicators.Age35To44, 45: indicators.Age45To54, 64: indicators.Age55To64, 65: indicators.Age65Plus, 300: indicators.Age65Plus,
	} {
		if got := indicators.AgeBandOf(age); got != want {
			t.Errorf("AgeBandOf(%d) = %s, want %s", age, got, want)
		}
	}
}
