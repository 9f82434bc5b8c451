package indicators_test

import (
	"regexp"
	"testing"

	"github.com/sswkit/ssw/indicators"
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
