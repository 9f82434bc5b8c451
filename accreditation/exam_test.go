package accreditation_test

import (
	"slices"
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

// TestExamStanding: Thai written examination, banking for 3 years [S56]:
// a practice pass of 2022-02-26 is banked until 2025-02-26, then lapses;
// ethics must be sat again.
func TestExamStanding(t *testing.T) {
	s := scheme(t, accreditation.SchemeTHProvisional)
	first := accreditation.ExamSitting{Exam: accreditation.ExamTHWritten, Date: d("2022-02-26"), Subjects: []accreditation.SubjectScore{
		{Subject: "ethics", Result: accreditation.ResultFailed}, {Subject: "practice", Result: accreditation.ResultPassed}}}
	f := accreditation.Facts{ExamSittings: []accreditation.ExamSitting{first}}
	cases := []struct {
		on       string
		sittings []accreditation.ExamSitting
		outcome  accreditation.Outcome
		states   []accreditation.SubjectState
		resitBy  string
	}{
		{"2024-06-01", nil, accreditation.OutcomeNotMet, []accreditation.SubjectState{accreditation.SubjectToSit, accreditation.SubjectBanked}, "2025-02-26"},
		{"2025-03-01", nil, accreditation.OutcomeNotMet, []accreditation.SubjectState{accreditation.SubjectToSit, accreditation.SubjectLapsed}, ""},
		{"2025-03-01", []accreditation.ExamSitting{thWritten("2025-02-22", "62", "55")}, accreditation.OutcomeMet,
			[]accreditation.SubjectState{accreditation.SubjectPassed, accreditation.SubjectPassed}, ""},
		{"2025-03-01", []accreditation.ExamSitting{{Exam: accreditation.ExamTHWritten, Date: d("2025-02-22"), Subjects: []accreditation.SubjectScore{
			{Subject: "practice", Result: accreditation.ResultNotTaken}}}}, accreditation.OutcomeUnknown,
			[]accreditation.SubjectState{accreditation.SubjectUnknown, accreditation.SubjectLapsed}, ""},
	}
	for _, c := range cases {
		g := f
		g.ExamSittings = append(slices.Clone(f.ExamSittings), c.sittings...)
		p, err := accreditation.ExamStanding(s, accreditation.ExamTHWritten, g, d(c.on))
		if err != nil {
			t.Fatal(err)
		}
		var states []accreditation.SubjectState
		for _, sp := range p.Subjects {
			states = append(states, sp.State)
		}
		resitBy := ""
		if !p.ResitBy.IsZero() {
			resitBy = p.ResitBy.String()
		}
		if p.Outcome != c.outcome || !slices.Equal(states, c.states) || resitBy != c.resitBy {
			t.Errorf("%s with %d more sittings: %s %v resit by %q; want %s %v %q", c.on, len(c.sittings), p.Outcome, states, resitBy, c.outcome, c.states, c.resitBy)
		}
	}
}

// TestSubjectNotTaken: a subject not taken is not a missing mark. Under
// the Philippine weighted average every subject is sat together, so a
// subject not taken fails the sitting; a missing mark leaves it unknown,
// with the path of the missing mark.
func TestSubjectNotTaken(t *testing.T) {
	s := scheme(t, accreditation.SchemePHRegistration)
	sit := phBoard("75", "72", "70")
	notTaken := sit
	notTaken.Subjects = append(slices.Clone(sit.Subjects), accreditation.SubjectScore{Subject: "field", Result: accreditation.ResultNotTaken})
	got := evaluate(t, s, accreditation.PurposeGrant, accreditation.Facts{ExamSittings: []accreditation.ExamSitting{notTaken}}, "2024-09-30")
	wantOutcome(t, got, accreditation.OutcomeNotMet)
	if f := find(t, got, "ph.cor.board_exam:field"); f.Found != "not taken on 2024-08-25" || f.Path != "/exam_sittings/0/subjects/3/score" {
		t.Errorf("field: %+v", f)
	}
	missingMark := evaluate(t, s, accreditation.PurposeGrant, accreditation.Facts{ExamSittings: []accreditation.ExamSitting{sit}}, "2024-09-30")
	wantOutcome(t, missingMark, accreditation.OutcomeUnknown)
	if m := missingMark.Missing(); len(m) != 1 || m[0].Code != "ph.cor.board_exam:field" || m[0].Path != "/exam_sittings/0/subjects" {
		t.Errorf("missing %+v", m)
	}
	if err := (accreditation.Facts{ExamSittings: []accreditation.ExamSitting{{Exam: "X", Date: d("2024-01-01"),
		Subjects: []accreditation.SubjectScore{{Subject: "a", Score: dec("50"), Result: accreditation.ResultNotTaken}}}}}).Validate(); err == nil {
		t.Error("a subject not taken with a mark was accepted")
	}
}

func TestExamRuleOn(t *testing.T) {
	s := scheme(t, accreditation.SchemeTHProvisional)
	for _, c := range []struct {
		on       string
		passMark string
		ok       bool
	}{{"2023-09-30", "", true}, {"2024-09-28", "60", true}, {"2012-01-01", "", false}} {
		r, ok := s.ExamRuleOn(accreditation.ExamTHWritten, d(c.on))
		if ok != c.ok || (ok && r.Subjects[0].PassMark.String() != c.passMark) {
			t.Errorf("%s: %v, pass mark %q", c.on, ok, r.Subjects)
		}
	}
}
