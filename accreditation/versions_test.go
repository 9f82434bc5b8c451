package accreditation_test

import (
	"encoding/json"
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// sgRenewalFacts: an RSW renewing with 60 credits, of which structured
// are the given number.
func sgRenewalFacts(structured string) accreditation.Facts {
	rest := map[string]string{"35": "25", "42": "18"}[structured]
	return accreditation.Facts{
		Credentials: []workforce.Credential{held(accreditation.SchemeSGRSW, "2023-04-01", "2025-03-31")},
		CPD: []workforce.CPDRecord{cpd("2023-09-01", structured, workforce.CPDStructured, workforce.ActivityCourse),
			cpd("2024-09-01", rest, workforce.CPDUnstructured, workforce.ActivitySelfStudy)},
	}
}

// TestConflictingReadings: the SASW renewal page states 40 structured
// credits and the updates page 30 [S73][S75]; both readings are in force,
// the caller selects one, and every decision shows the other's outcome.
func TestConflictingReadings(t *testing.T) {
	ev, err := accreditation.NewEvaluator(scheme(t, accreditation.SchemeSGRSW), accreditation.PurposeRenewal)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		reading, structured string
		want, other         accreditation.Outcome
		version             workforce.ID
	}{
		{"", "35", accreditation.OutcomeNotMet, accreditation.OutcomeMet, "sg.rsw.renewal"},
		{"sg.cpe.structured_40", "35", accreditation.OutcomeNotMet, accreditation.OutcomeMet, "sg.rsw.renewal"},
		{"sg.cpe.structured_30", "35", accreditation.OutcomeMet, accreditation.OutcomeNotMet, "sg.rsw.renewal.structured_30"},
		{"sg.cpe.structured_30", "42", accreditation.OutcomeMet, accreditation.OutcomeMet, "sg.rsw.renewal.structured_30"},
	}
	for _, c := range cases {
		e, err := ev.WithReading(workforce.ID(c.reading))
		if err != nil {
			t.Fatal(err)
		}
		dec, err := e.Evaluate(sgRenewalFacts(c.structured), d("2025-02-15"))
		if err != nil {
			t.Fatal(err)
		}
		if dec.Outcome != c.want || dec.VersionID != c.version || len(dec.Conflicts) != 1 || dec.Conflicts[0].Outcome != c.other {
			t.Errorf("reading %q, %s structured: %s under %s, conflicts %+v; want %s, the other reading %s", c.reading, c.structured, dec.Outcome, dec.VersionID, dec.Conflicts, c.want, c.other)
		}
		if err := dec.Validate(); err != nil {
			t.Error(err)
		}
	}
	if _, err := ev.WithReading("sg.cpe.structured_35"); !errors.Is(err, accreditation.ErrInvalidScheme) {
		t.Errorf("unknown reading: %v", err)
	}
	// Two versions of one period without readings still overlap.
	s := scheme(t, accreditation.SchemeSGRSW)
	for i := range s.Versions {
		s.Versions[i].Reading = ""
	}
	if ps := workforce.AsProblems(s.Validate()); !ps.HasCode(accreditation.CodeOverlap) {
		t.Errorf("overlapping versions without readings: %v", ps)
	}
}

// TestReplay: the 1967 admission rule (age 21) replayed for an applicant
// of 19 in 2024 refuses on age, where the rule in force (age 18) admits.
func TestReplay(t *testing.T) {
	ev, err := accreditation.NewEvaluator(scheme(t, accreditation.SchemePHRegistration), accreditation.PurposeExamAdmission)
	if err != nil {
		t.Fatal(err)
	}
	now, _ := ev.Evaluate(phApplicant("1000"), d("2024-06-01"))
	old, err := ev.Replay("ph.exam_admission.1967", phApplicant("1000"), d("2024-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	if now.Outcome != accreditation.OutcomeMet || old.Outcome != accreditation.OutcomeNotMet || !old.Replayed || old.VersionID != "ph.exam_admission.1967" {
		t.Fatalf("in force %s, replayed %s (%s, replayed %v)", now.Outcome, old.Outcome, old.VersionID, old.Replayed)
	}
	if got := codes(old.Unmet()); len(got) != 1 || got[0] != "ph.exam.age" {
		t.Errorf("replayed unmet %v", got)
	}
	if _, err := ev.Replay("ph.cor.grant", phApplicant("1000"), d("2024-06-01")); !errors.Is(err, accreditation.ErrInvalidScheme) {
		t.Errorf("a version of another purpose: %v", err)
	}
}

// TestReplayInForceIsEvaluate: replaying the version in force on a date
// gives the decision of evaluating on that date.
func TestReplayInForceIsEvaluate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genScheme.Draw(t, "scheme")
		f := genFacts.Draw(t, "facts")
		asOf := genDate(t, "as_of")
		if s.Basis == accreditation.BasisNoRegime || len(s.Versions) == 0 {
			return
		}
		v := s.Versions[0]
		ev, err := accreditation.NewEvaluator(s, v.Purpose)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ev.Evaluate(f, asOf)
		if err != nil {
			t.Fatal(err)
		}
		if !asOf.Within(v.From, v.To) {
			return
		}
		b, err := ev.Replay(v.ID, f, asOf)
		if err != nil {
			t.Fatal(err)
		}
		if !b.Replayed {
			t.Fatal("not marked replayed")
		}
		b.Replayed = false
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Fatalf("evaluate %s\nreplay   %s", ja, jb)
		}
	})
}
