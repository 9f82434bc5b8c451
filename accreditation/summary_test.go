package accreditation_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// admissionFacts returns exam-admission facts with the given case hours;
// hours "" leaves supervised practice unknown.
func admissionFacts(hours string) accreditation.Facts {
	f := accreditation.Facts{
		BirthDate:   workforce.MustParseDate("2001-03-02"),
		Citizenship: []workforce.CountryCode{"PH"},
		Qualifications: []workforce.Qualification{{Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork,
			Accredited: true, Completed: workforce.MustParseDate("2024-04-30")}},
		Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocHealthCertificate}, {Kind: accreditation.DocGoodMoralCharacter}},
	}
	if hours != "" {
		f.Practice = []accreditation.PracticeBlock{{Hours: workforce.MustParseHours(hours), Setting: accreditation.SettingSocialWorkAgency,
			Supervisor: accreditation.SupervisorFacts{Qualified: accreditation.Yes}}}
	}
	return f
}

func phDecisions(t testing.TB, hours ...string) (accreditation.Scheme, []accreditation.Decision) {
	s, _ := accreditation.SchemeByID(accreditation.SchemePHRegistration)
	e, err := accreditation.NewEvaluator(s, accreditation.PurposeExamAdmission)
	if err != nil {
		t.Fatal(err)
	}
	var fs []accreditation.Facts
	for _, h := range hours {
		fs = append(fs, admissionFacts(h))
	}
	ds, err := e.EvaluateAll(fs, workforce.MustParseDate("2024-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	return s, ds
}

func TestSummarise(t *testing.T) {
	s, ds := phDecisions(t, "1000", "960", "", "1200", "500")
	sum, err := accreditation.Summarise(s, accreditation.PurposeExamAdmission, workforce.MustParseDate("2024-06-01"), ds)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Evaluated != 5 || sum.Met != 2 || sum.NotMet != 2 || sum.Unknown != 1 || sum.NotApplicable != 0 {
		t.Fatalf("counts %+v", sum)
	}
	if len(sum.Unmet) != 1 || sum.Unmet[0].Code != "ph.exam.case_hours" || sum.Unmet[0].Decisions != 2 || sum.Unmet[0].Path != "/practice" {
		t.Fatalf("unmet %+v", sum.Unmet)
	}
	if len(sum.Missing) != 1 || sum.Missing[0].Decisions != 1 {
		t.Fatalf("missing %+v", sum.Missing)
	}
	if err := sum.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := sum
	bad.Met++
	if err := bad.Validate(); !errors.Is(err, workforce.ErrInvalid) {
		t.Fatalf("counts that do not add up must be rejected, got %v", err)
	}
	_, err = accreditation.Summarise(s, accreditation.PurposeGrant, workforce.MustParseDate("2024-06-01"), ds)
	if !errors.Is(err, accreditation.ErrInvalidDecision) {
		t.Fatalf("decisions of another purpose must be rejected, got %v", err)
	}
}

// A no-regime jurisdiction gives not_applicable decisions: the summary
// counts them apart, never as not met.
func TestSummariseNoRegime(t *testing.T) {
	var kh accreditation.Scheme
	for _, s := range accreditation.NoRegimes() {
		if s.Jurisdiction == "KH" {
			kh = s
		}
	}
	asOf := workforce.MustParseDate("2025-06-30")
	var ds []accreditation.Decision
	for range 3 {
		d, err := accreditation.Evaluate(kh, accreditation.Facts{}, asOf)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	sum, err := accreditation.Summarise(kh, ds[0].Purpose, asOf, ds)
	if err != nil {
		t.Fatal(err)
	}
	if sum.NotApplicable != 3 || sum.NotMet != 0 || sum.Basis != accreditation.BasisNoRegime {
		t.Fatalf("%+v", sum)
	}
}

func TestSummariseOrderInvariant(t *testing.T) {
	hours := []string{"1000", "960", "", "1200", "500", "999.99", "0"}
	s, all := phDecisions(t, hours...)
	asOf := workforce.MustParseDate("2024-06-01")
	want, err := accreditation.Summarise(s, accreditation.PurposeExamAdmission, asOf, all)
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(t *rapid.T) {
		perm := rapid.Permutation(all).Draw(t, "order")
		got, err := accreditation.Summarise(s, accreditation.PurposeExamAdmission, asOf, perm)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("order changed the summary:\n%+v\n%+v", got, want)
		}
	})
	if !slices.IsSortedFunc(want.Missing, func(a, b accreditation.RequirementCount) int { return b.Decisions - a.Decisions }) {
		t.Fatal("most frequent first")
	}
}
