package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

func TestEligibility(t *testing.T) {
	f, err := os.Open("testdata/applicant.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	if err := run(&out, f, "PH-RSW-COR", accreditation.PurposeExamAdmission, "2024-06-01", false); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Outcome: not_met", "✗ ph.exam.case_hours", "found 960 hours; required at least 1000 hours", "✓ ph.exam.degree"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEligibilityJSONAndNoRegime(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, strings.NewReader(`{}`), "KH-NO-REGIME", accreditation.PurposeGrant, "2025-06-30", true); err != nil {
		t.Fatal(err)
	}
	var d accreditation.Decision
	if err := json.Unmarshal(out.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	if d.Outcome != accreditation.OutcomeNotApplicable || d.Validate() != nil {
		t.Fatalf("decision %+v", d)
	}
}

func TestEligibilityBadInput(t *testing.T) {
	err := run(&bytes.Buffer{}, strings.NewReader(`{"birth_date":"2023-02-29","nickname":"x"}`), "PH-RSW-COR", accreditation.PurposeExamAdmission, "2024-06-01", false)
	var ps workforce.Problems
	if !errors.As(err, &ps) || len(ps) != 2 {
		t.Fatalf("want two problems with paths, got %v", err)
	}
	if err := run(&bytes.Buffer{}, strings.NewReader(`{}`), "XX", accreditation.PurposeGrant, "2024-06-01", false); err == nil {
		t.Fatal("an unknown scheme must fail")
	}
	if err := run(&bytes.Buffer{}, strings.NewReader(`{}`), "PH-RSW-COR", "vote", "2024-06-01", false); err == nil {
		t.Fatal("an unknown purpose must fail")
	}
}
