package accreditation_test

import (
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

func TestScoreSittingRounding(t *testing.T) {
	rule := accreditation.ExamRule{ID: "E", Scoring: accreditation.ScoringWeightedAverage, PassAverage: dec("70"), SubjectFloor: dec("50"),
		Subjects: []accreditation.ExamSubject{{ID: "a", Weight: dec("50")}, {ID: "b", Weight: dec("50")}}}
	sit := func(a, b string) accreditation.ExamSitting {
		return accreditation.ExamSitting{Exam: "E", Date: d("2024-01-01"), Subjects: []accreditation.SubjectScore{{Subject: "a", Score: dec(a)}, {Subject: "b", Score: dec(b)}}}
	}
	cases := []struct {
		name     string
		rounding accreditation.ScoreRounding
		digits   int
		a, b     string
		average  string
		outcome  accreditation.Outcome
	}{
		{"exact", accreditation.RoundExact, 0, "70", "69.5", "69.750", accreditation.OutcomeNotMet},
		{"half up to integer", accreditation.RoundHalfUp, 0, "70", "69", "70", accreditation.OutcomeMet},
		{"half even to integer", accreditation.RoundHalfEven, 0, "70", "69", "70", accreditation.OutcomeMet},
		{"half even, exact half down", accreditation.RoundHalfEven, 0, "70", "68", "69", accreditation.OutcomeNotMet},
		{"half up, one decimal", accreditation.RoundHalfUp, 1, "70", "69.9", "70.0", accreditation.OutcomeMet},
		{"truncated", accreditation.RoundDown, 0, "70", "69.9", "69", accreditation.OutcomeNotMet},
		{"average met but a subject under the floor", accreditation.RoundExact, 0, "95", "49", "72.00", accreditation.OutcomeNotMet},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := rule
			r.Rounding, r.RoundingDigits = c.rounding, c.digits
			sc := accreditation.ScoreSitting(r, sit(c.a, c.b))
			if sc.Average.String() != c.average || sc.Outcome != c.outcome {
				t.Errorf("average %s %s, want %s %s", sc.Average, sc.Outcome, c.average, c.outcome)
			}
		})
	}
	// Without every mark the owner's result decides.
	partial := accreditation.ExamSitting{Exam: "E", Date: d("2024-01-01"), Result: accreditation.ResultPassed, Subjects: []accreditation.SubjectScore{{Subject: "a", Score: dec("80")}}}
	if sc := accreditation.ScoreSitting(rule, partial); sc.Outcome != accreditation.OutcomeMet || !sc.Average.IsZero() {
		t.Errorf("owner result: %+v", sc)
	}
	partial.Result = ""
	if sc := accreditation.ScoreSitting(rule, partial); sc.Outcome != accreditation.OutcomeUnknown {
		t.Errorf("missing mark: %s", sc.Outcome)
	}
}

func TestExamAdmission(t *testing.T) {
	s := scheme(t, "ASWB-BACHELORS")
	failed := func(date string, short int, waiver bool) accreditation.ExamSitting {
		return accreditation.ExamSitting{Exam: "ASWB-BACHELORS", Date: d(date), Result: accreditation.ResultFailed, ShortBy: short, Waiver: waiver}
	}
	cases := []struct {
		name     string
		sittings []accreditation.ExamSitting
		asOf     string
		outcome  accreditation.Outcome
		reason   accreditation.FindingReason
	}{
		{"first attempt", nil, "2025-01-10", accreditation.OutcomeMet, accreditation.ReasonSatisfied},
		{"day 90 is too early", []accreditation.ExamSitting{failed("2025-01-10", 20, false)}, "2025-04-10", accreditation.OutcomeNotMet, accreditation.ReasonWaitingPeriod},
		{"day 91", []accreditation.ExamSitting{failed("2025-01-10", 20, false)}, "2025-04-11", accreditation.OutcomeMet, accreditation.ReasonSatisfied},
		{"waiver within 10 answers", []accreditation.ExamSitting{failed("2025-01-10", 10, false)}, "2025-02-01", accreditation.OutcomeMet, accreditation.ReasonExempted},
		{"no third waiver in 12 months", []accreditation.ExamSitting{failed("2024-06-01", 5, false), failed("2024-07-01", 5, true), failed("2024-08-01", 5, true)},
			"2024-08-20", accreditation.OutcomeNotMet, accreditation.ReasonWaitingPeriod},
		{"waiver needs the margin", []accreditation.ExamSitting{{Exam: "ASWB-BACHELORS", Date: d("2025-01-10"), Result: accreditation.ResultFailed}},
			"2025-02-01", accreditation.OutcomeUnknown, accreditation.ReasonMissingFact},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := accreditation.Facts{ExamSittings: c.sittings}
			if len(c.sittings) == 0 {
				f.KnownEmpty = []accreditation.FactList{accreditation.ListExamSittings}
			}
			dec := evaluate(t, s, accreditation.PurposeExamAdmission, f, c.asOf)
			if got := find(t, dec, "aswb.retest"); got.Outcome != c.outcome || got.Reason != c.reason {
				t.Errorf("%s %s (%s), want %s %s", got.Outcome, got.Reason, got.Found, c.outcome, c.reason)
			}
		})
	}
	// A board cap on attempts.
	s.Versions[0].Requirements[0].MaxAttempts = 2
	f := accreditation.Facts{ExamSittings: []accreditation.ExamSitting{failed("2023-01-10", 20, false), failed("2024-01-10", 20, false)}}
	if got := find(t, evaluate(t, s, accreditation.PurposeExamAdmission, f, "2025-01-10"), "aswb.retest"); got.Reason != accreditation.ReasonAttemptsExhausted {
		t.Errorf("attempt cap: %s", got.Reason)
	}
}

func TestExamVersionBySittingDate(t *testing.T) {
	// TH sittings before the 2024 announcement pass only on reported
	// subject results; later ones on marks.
	s := scheme(t, accreditation.SchemeTHProvisional)
	old := thWritten("2023-09-30", "70", "70")
	f := accreditation.Facts{Credentials: []workforce.Credential{thMember()}, ExamSittings: []accreditation.ExamSitting{old}}
	wantOutcome(t, evaluate(t, s, accreditation.PurposeGrant, f, "2023-10-15"), accreditation.OutcomeUnknown)
	f.ExamSittings[0].Subjects[0].Result, f.ExamSittings[0].Subjects[1].Result = accreditation.ResultPassed, accreditation.ResultPassed
	wantOutcome(t, evaluate(t, s, accreditation.PurposeGrant, f, "2023-10-15"), accreditation.OutcomeMet)
}
