package accreditation_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

func minimalScheme() accreditation.Scheme {
	src := accreditation.RuleSource{Title: "Test"}
	return accreditation.Scheme{
		ID: "XX-TEST", Title: "Test scheme", Jurisdiction: "PH", Basis: accreditation.BasisStatutory, Kind: accreditation.KindLicence,
		IssuingBody: "Test board", Source: src, Confidence: accreditation.ConfidencePartial,
		Versions: []accreditation.RuleVersion{{ID: "v1", Purpose: accreditation.PurposeGrant, EventDate: accreditation.EventFilingDate, From: d("2020-01-01"),
			Source: src, Confidence: accreditation.ConfidencePartial,
			Requirements: []accreditation.Requirement{{ID: "age", Kind: accreditation.ReqAge, MinAge: 18}}}},
	}
}

func TestShippedSchemesValidate(t *testing.T) {
	if err := accreditation.Catalogue().Validate(); err != nil {
		t.Fatal(err)
	}
	seen := map[workforce.ID]bool{}
	for _, s := range accreditation.Schemes() {
		if seen[s.ID] {
			t.Errorf("duplicate scheme %s", s.ID)
		}
		seen[s.ID] = true
		if s.Source.Title == "" || !s.Confidence.IsValid() {
			t.Errorf("%s: source or confidence missing", s.ID)
		}
		// Every shipped scheme is a valid JSON document for the strict decoder.
		data, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back accreditation.Scheme
		if err := workforce.Decode(data, &back); err != nil {
			t.Errorf("%s does not decode strictly: %v", s.ID, err)
		}
		again, _ := json.Marshal(back)
		if string(again) != string(data) {
			t.Errorf("%s: JSON round trip differs", s.ID)
		}
	}
	for _, cc := range []string{"MY", "KH", "LA", "MM", "BN", "TL"} {
		s, ok := accreditation.SchemeByID(workforce.ID(cc + "-NO-REGIME"))
		if !ok || s.Basis != accreditation.BasisNoRegime {
			t.Errorf("no-regime entry for %s missing", cc)
		}
	}
}

func TestShippedSchemesAreFresh(t *testing.T) {
	a, _ := accreditation.SchemeByID(accreditation.SchemePHLicence)
	a.Versions[1].CPD.Total = cr("15")
	a.Notes[0] = "changed"
	b, _ := accreditation.SchemeByID(accreditation.SchemePHLicence)
	if !b.Versions[1].CPD.Total.IsZero() || b.Notes[0] == "changed" {
		t.Fatal("a shipped scheme shares state between calls")
	}
}

// TestValidateBadSchemes checks that each malformed scheme is rejected
// with the code and JSON Pointer of the problem.
func TestValidateBadSchemes(t *testing.T) {
	cases := []struct {
		name       string
		edit       func(s *accreditation.Scheme)
		code, path string
	}{
		{"own prerequisite", func(s *accreditation.Scheme) { s.Prerequisites = []workforce.ID{"XX-TEST"} }, accreditation.CodeCycle, "/prerequisites/0"},
		{"unknown kind", func(s *accreditation.Scheme) { s.Versions[0].Requirements[0].Kind = "interview_score" }, workforce.CodeNotSupported, "/versions/0/requirements/0/kind"},
		{"missing kind", func(s *accreditation.Scheme) { s.Versions[0].Requirements[0].Kind = "" }, workforce.CodeRequired, "/versions/0/requirements/0/kind"},
		{"weights", func(s *accreditation.Scheme) {
			s.Exams = []accreditation.ExamRule{{ID: "E", Title: "E", From: d("2020-01-01"), Scoring: accreditation.ScoringWeightedAverage, PassAverage: dec("70"),
				Source: s.Source, Confidence: accreditation.ConfidencePartial,
				Subjects: []accreditation.ExamSubject{{ID: "a", Weight: dec("50")}, {ID: "b", Weight: dec("49.5")}}}}
		}, accreditation.CodeWeightsSum, "/exams/0/subjects"},
		{"overlapping versions", func(s *accreditation.Scheme) {
			v := s.Versions[0]
			v.ID, v.From = "v2", d("2024-01-01")
			s.Versions = append(s.Versions, v)
		}, accreditation.CodeOverlap, "/versions/1"},
		{"overlapping terms", func(s *accreditation.Scheme) {
			s.Terms = []accreditation.ValidityRule{
				{ID: "t1", From: d("2020-01-01"), To: d("2022-12-31"), Kind: accreditation.ValidityFixedTerm, TermMonths: 12, Source: s.Source, Confidence: accreditation.ConfidencePartial},
				{ID: "t2", From: d("2022-06-01"), Kind: accreditation.ValidityFixedTerm, TermMonths: 24, Source: s.Source, Confidence: accreditation.ConfidencePartial}}
		}, accreditation.CodeOverlap, "/terms/1"},
		{"end before start", func(s *accreditation.Scheme) { s.Versions[0].To = d("2019-01-01") }, accreditation.CodeDateOrder, "/versions/0/to"},
		{"duplicate requirement id", func(s *accreditation.Scheme) {
			s.Versions[0].Requirements = append(s.Versions[0].Requirements, accreditation.Requirement{ID: "age", Kind: accreditation.ReqAge, MaxAge: 70})
		}, accreditation.CodeDuplicate, "/versions/0/requirements/1/id"},
		{"parameter of another kind", func(s *accreditation.Scheme) { s.Versions[0].Requirements[0].MinHours = hrs("10") }, accreditation.CodeUnusedParameter, "/versions/0/requirements/0/min_hours"},
		{"missing parameter", func(s *accreditation.Scheme) { s.Versions[0].Requirements[0].MinAge = 0 }, accreditation.CodeMissingParameter, "/versions/0/requirements/0"},
		{"not with two children", func(s *accreditation.Scheme) {
			r := s.Versions[0].Requirements[0]
			s.Versions[0].Requirements[0] = accreditation.Requirement{ID: "n", Kind: accreditation.ReqNot, Of: []accreditation.Requirement{r, {ID: "x", Kind: accreditation.ReqAge, MinAge: 1}}}
		}, accreditation.CodeArity, "/versions/0/requirements/0/of"},
		{"at_least_n too large", func(s *accreditation.Scheme) {
			r := s.Versions[0].Requirements[0]
			s.Versions[0].Requirements[0] = accreditation.Requirement{ID: "n", Kind: accreditation.ReqAtLeastN, N: 2, Of: []accreditation.Requirement{r}}
		}, accreditation.CodeArity, "/versions/0/requirements/0/n"},
		{"dangling exam", func(s *accreditation.Scheme) {
			s.Versions[0].Requirements[0] = accreditation.Requirement{ID: "e", Kind: accreditation.ReqExam, Exam: "NOPE"}
		}, accreditation.CodeDangling, "/versions/0/requirements/0/exam"},
		{"cpd without rule", func(s *accreditation.Scheme) {
			s.Versions[0].Requirements[0] = accreditation.Requirement{ID: "c", Kind: accreditation.ReqCPD}
		}, accreditation.CodeMissingParameter, "/versions/0/requirements/0"},
		{"percentage out of range", func(s *accreditation.Scheme) {
			s.Versions[0].Requirements[0] = accreditation.Requirement{ID: "q", Kind: accreditation.ReqQuiz, Quiz: "Q", MinScore: dec("120")}
		}, accreditation.CodePercentRange, "/versions/0/requirements/0/min_score"},
		{"no-regime with versions", func(s *accreditation.Scheme) { s.Basis = accreditation.BasisNoRegime }, accreditation.CodeInconsistent, ""},
		{"source without title", func(s *accreditation.Scheme) { s.Versions[0].Source = accreditation.RuleSource{} }, workforce.CodeRequired, "/versions/0/source/title"},
		{"cap below minimum", func(s *accreditation.Scheme) {
			s.Versions[0].CPD = &accreditation.CPDRule{Unit: accreditation.UnitHours, Window: accreditation.WindowRolling, WindowMonths: 12,
				Limits: []accreditation.CPDLimit{{ID: "l", Min: cr("10"), Max: cr("5")}}}
		}, workforce.CodeMin, "/versions/0/cpd/limits/0/max"},
		{"rate with too many decimals", func(s *accreditation.Scheme) {
			s.Versions[0].CPD = &accreditation.CPDRule{Unit: accreditation.UnitHours, Window: accreditation.WindowRolling, WindowMonths: 12,
				Conversions: []accreditation.CPDConversion{{Activity: workforce.ActivityCourse, PerHour: dec("0.333")}}}
		}, workforce.CodeScale, "/versions/0/cpd/conversions/0/per_hour"},
		{"deep nesting", func(s *accreditation.Scheme) {
			r := s.Versions[0].Requirements[0]
			for i := range 40 {
				r = accreditation.Requirement{ID: workforce.ID("n" + string(rune('a'+i%26)) + string(rune('a'+i/26))), Kind: accreditation.ReqAllOf, Of: []accreditation.Requirement{r}}
			}
			s.Versions[0].Requirements[0] = r
		}, accreditation.CodeTooDeep, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := minimalScheme()
			c.edit(&s)
			err := s.Validate()
			if !errors.Is(err, workforce.ErrInvalid) {
				t.Fatalf("Validate = %v, want problems", err)
			}
			ps := workforce.AsProblems(err)
			ok := slices.ContainsFunc(ps, func(p workforce.Problem) bool {
				return p.Code == c.code && (c.path == "" || p.Path == c.path)
			})
			if !ok {
				t.Errorf("want %s at %q; got %v", c.code, c.path, ps)
			}
			// Evaluation refuses the scheme with a typed error.
			_, err = accreditation.Evaluate(s, accreditation.Facts{}, d("2024-01-01"))
			var ie *accreditation.InputError
			if !errors.As(err, &ie) || !errors.Is(err, accreditation.ErrInvalidScheme) || ie.Document != "scheme" {
				t.Errorf("Evaluate error = %v", err)
			}
		})
	}
}

func TestCatalogueCycle(t *testing.T) {
	a, b, c := minimalScheme(), minimalScheme(), minimalScheme()
	a.ID, b.ID, c.ID = "A", "B", "C"
	a.Prerequisites, b.Prerequisites, c.Prerequisites = []workforce.ID{"B"}, []workforce.ID{"C"}, []workforce.ID{"A"}
	d := minimalScheme()
	d.ID, d.Prerequisites = "D", []workforce.ID{"A", "MISSING"}
	ps := workforce.AsProblems(accreditation.SchemeCatalogue{Schemes: []accreditation.Scheme{a, b, c, d}}.Validate())
	var cycles []string
	for _, p := range ps {
		if p.Code == accreditation.CodeCycle {
			cycles = append(cycles, p.Path)
		}
	}
	if !slices.Equal(cycles, []string{"/schemes/0/prerequisites", "/schemes/1/prerequisites", "/schemes/2/prerequisites"}) {
		t.Errorf("cycles at %v", cycles)
	}
	if !ps.HasCode(accreditation.CodeDangling) || len(ps.At("/schemes/3/prerequisites/1")) != 1 {
		t.Errorf("dangling prerequisite not reported: %v", ps)
	}
}

func TestDecodeRejectsNegativeHours(t *testing.T) {
	doc := `{"id":"XX","title":"T","jurisdiction":"PH","basis":"statutory","kind":"licence","issuing_body":"B","source":{"title":"T"},"confidence":"partial",
	 "versions":[{"id":"v","purpose":"grant","event_date":"filing_date","from":"2020-01-01","source":{"title":"T"},"confidence":"partial",
	   "requirements":[{"id":"p","kind":"supervised_practice","min_hours":"-10"}]}]}`
	var s accreditation.Scheme
	ps := workforce.AsProblems(workforce.Decode([]byte(doc), &s))
	if len(ps.At("/versions/0/requirements/0/min_hours")) != 1 || ps[0].Code != workforce.CodeNegative {
		t.Errorf("problems = %v", ps)
	}
}

// TestValidateFacts checks that impossible facts are rejected with paths.
func TestValidateFacts(t *testing.T) {
	cases := []struct {
		name       string
		f          accreditation.Facts
		code, path string
	}{
		{"mark above 100", accreditation.Facts{ExamSittings: []accreditation.ExamSitting{{Exam: "E", Date: d("2024-01-01"),
			Subjects: []accreditation.SubjectScore{{Subject: "a", Score: dec("101")}}}}}, accreditation.CodePercentRange, "/exam_sittings/0/subjects/0/score"},
		{"negative mark", accreditation.Facts{Quizzes: []accreditation.QuizAttempt{{Quiz: "Q", Date: d("2024-01-01"), Score: dec("-1")}}}, accreditation.CodePercentRange, "/quizzes/0/score"},
		{"work ends before it starts", accreditation.Facts{Work: []accreditation.WorkPeriod{{Start: d("2024-01-01"), End: d("2023-01-01")}}}, accreditation.CodeDateOrder, "/work/0/end"},
		{"qualified before birth", accreditation.Facts{BirthDate: d("2000-01-01"), Qualifications: []workforce.Qualification{{Level: workforce.EducationBachelor,
			Field: workforce.FieldSocialWork, Completed: d("1999-01-01")}}}, accreditation.CodeDateOrder, "/qualifications/0/completed"},
		{"empty list declared with items", accreditation.Facts{Citizenship: []workforce.CountryCode{"PH"}, KnownEmpty: []accreditation.FactList{accreditation.ListCitizenship}},
			accreditation.CodeInconsistent, "/known_empty/0"},
		{"practice block without quantity", accreditation.Facts{Practice: []accreditation.PracticeBlock{{Start: d("2024-01-01")}}}, workforce.CodeMissingQuantity, "/practice/0"},
		{"share above 100", accreditation.Facts{Work: []accreditation.WorkPeriod{{Start: d("2024-01-01"), SocialWorkShare: dec("150")}}}, accreditation.CodePercentRange, "/work/0/social_work_share"},
		{"duplicate fee year", accreditation.Facts{Fees: []accreditation.FeeRecord{{Year: 2024}, {Year: 2024}}}, accreditation.CodeDuplicate, "/fees/1/year"},
		{"unknown circumstance", accreditation.Facts{Circumstances: []accreditation.Circumstance{"retired_early"}}, workforce.CodeNotSupported, "/circumstances/0"},
		{"credential expiring before issue", accreditation.Facts{Credentials: []workforce.Credential{{SchemeID: "X", Issued: d("2024-01-01"), Expires: d("2023-01-01"),
			Status: workforce.CredentialActive}}}, accreditation.CodeDateOrder, "/credentials/0/expires"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps := workforce.AsProblems(c.f.Validate())
			if len(ps.At(c.path)) == 0 || !ps.HasCode(c.code) {
				t.Fatalf("want %s at %s, got %v", c.code, c.path, ps)
			}
			_, err := accreditation.Evaluate(scheme(t, accreditation.SchemeSGProvisional), c.f, d("2025-01-01"))
			if !errors.Is(err, accreditation.ErrInvalidFacts) || !errors.Is(err, workforce.ErrInvalid) {
				t.Errorf("Evaluate error = %v", err)
			}
		})
	}
}

// TestMissingFactsAreUnknown checks that a missing fact gives unknown with
// its pointer, never a false "not met".
func TestMissingFactsAreUnknown(t *testing.T) {
	full := sgApplicant("80")
	cases := []struct {
		name, path string
		drop       func(f *accreditation.Facts)
	}{
		{"qualifications", "/qualifications", func(f *accreditation.Facts) { f.Qualifications = nil }},
		{"work", "/work", func(f *accreditation.Facts) { f.Work = nil }},
		{"quizzes", "/quizzes", func(f *accreditation.Facts) { f.Quizzes = nil }},
		{"references", "/references", func(f *accreditation.Facts) { f.References = nil }},
		{"setting", "/work/0", func(f *accreditation.Facts) { f.Work[0].Setting = "" }},
		{"institution", "/qualifications/0/institution", func(f *accreditation.Facts) { f.Qualifications[0].Institution = "" }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := full
			f.Work = slices.Clone(full.Work)
			f.Qualifications = slices.Clone(full.Qualifications)
			c.drop(&f)
			dec := evaluate(t, scheme(t, accreditation.SchemeSGProvisional), accreditation.PurposeGrant, f, "2025-02-01")
			wantOutcome(t, dec, accreditation.OutcomeUnknown)
			paths := codesPaths(dec.Missing())
			if !slices.ContainsFunc(dec.Missing(), func(m accreditation.Finding) bool { return m.Path == c.path }) {
				t.Errorf("missing %v, want a finding at %s", paths, c.path)
			}
		})
	}
	// Declaring a list empty turns unknown into a decision.
	f := full
	f.References, f.KnownEmpty = nil, []accreditation.FactList{accreditation.ListReferences}
	wantOutcome(t, evaluate(t, scheme(t, accreditation.SchemeSGProvisional), accreditation.PurposeGrant, f, "2025-02-01"), accreditation.OutcomeNotMet)
}

func TestNoRuleVersionIsNotApplicable(t *testing.T) {
	dec := evaluate(t, scheme(t, accreditation.SchemeVNPractice), accreditation.PurposeGrant, accreditation.Facts{}, "2020-01-01")
	wantOutcome(t, dec, accreditation.OutcomeNotApplicable)
	if dec.Finding.Reason != accreditation.ReasonNoRuleVersion {
		t.Errorf("reason %s", dec.Finding.Reason)
	}
}

func TestDecisionValidate(t *testing.T) {
	good := evaluate(t, scheme(t, accreditation.SchemeSGProvisional), accreditation.PurposeGrant, sgApplicant("80"), "2025-02-01")
	data, _ := json.Marshal(good)
	var back accreditation.Decision
	if err := workforce.Decode(data, &back); err != nil {
		t.Fatalf("a decision does not decode strictly: %v", err)
	}
	if err := back.Validate(); err != nil {
		t.Fatal(err)
	}
	bad := good
	bad.Outcome = "maybe"
	bad.Finding.Children = slices.Clone(good.Finding.Children)
	bad.Finding.Children[0].Path = "qualifications"
	bad.Obligations = []accreditation.Obligation{{Kind: accreditation.ObligationCPDShortfall, SchemeID: "X", Amount: cr("1"), Unit: accreditation.UnitCredits,
		Created: d("2025-01-01"), DueBy: d("2024-01-01")}}
	ps := workforce.AsProblems(bad.Validate())
	for _, want := range []string{"/outcome", "/finding/children/0/path", "/obligations/0/due_by"} {
		if len(ps.At(want)) == 0 {
			t.Errorf("no problem at %s: %v", want, ps)
		}
	}
}

func TestCalendar(t *testing.T) {
	cal := accreditation.Calendar{Holidays: []workforce.CivilDate{d("2025-09-02")}}
	// 2025-09-30 is a Tuesday; 15 working days before it, skipping the
	// weekends and the 2 September holiday, is 2025-09-09.
	if got := cal.AddWorkingDays(d("2025-09-30"), -15); got != d("2025-09-09") {
		t.Errorf("AddWorkingDays = %s", got)
	}
	if got := cal.WorkingDaysBetween(d("2025-09-09"), d("2025-09-30")); got != 15 {
		t.Errorf("WorkingDaysBetween = %d", got)
	}
	if got := cal.AddWorkingDays(d("2025-09-05"), 1); got != d("2025-09-08") {
		t.Errorf("Friday + 1 working day = %s", got)
	}
	allOff := accreditation.Calendar{Weekend: []time.Weekday{0, 1, 2, 3, 4, 5, 6}}
	if got := allOff.AddWorkingDays(d("2025-01-01"), 3); got != d("2025-01-01") {
		t.Errorf("no working days: %s", got)
	}
}

// TestMissingFacts: an unknown decision names the facts that would decide
// it, and says that an absent list is unknown unless known_empty says it
// is empty.
func TestMissingFacts(t *testing.T) {
	f := sgApplicant("80")
	f.References = nil
	dec := evaluate(t, scheme(t, accreditation.SchemeSGProvisional), accreditation.PurposeGrant, f, "2025-02-01")
	wantOutcome(t, dec, accreditation.OutcomeUnknown)
	if got := dec.MissingFacts(); !slices.Equal(got, []string{"/references"}) {
		t.Errorf("missing facts %v", got)
	}
	if !strings.Contains(dec.Finding.Message, "name references in known_empty") {
		t.Errorf("message %q", dec.Finding.Message)
	}
}

// The rules on every validity rule whatever its kind (ValidityKinds'
// Common clauses): each breach is one problem at its member.
func TestValidityCommonRules(t *testing.T) {
	term := func(f func(r *accreditation.ValidityRule)) accreditation.Scheme {
		s := minimalScheme()
		r := accreditation.ValidityRule{ID: "t", From: d("2020-01-01"), Kind: accreditation.ValidityFixedTerm, TermMonths: 36,
			Source: accreditation.RuleSource{Title: "Test"}, Confidence: accreditation.ConfidencePartial}
		f(&r)
		s.Terms = []accreditation.ValidityRule{r}
		return s
	}
	if err := term(func(*accreditation.ValidityRule) {}).Validate(); err != nil {
		t.Fatalf("base scheme: %v", err)
	}
	for _, c := range []struct {
		name       string
		edit       func(r *accreditation.ValidityRule)
		code, path string
	}{
		{"renewal month without day", func(r *accreditation.ValidityRule) { r.RenewalOpensMonth = 3 },
			accreditation.CodeMissingParameter, "/terms/0/renewal_opens_month"},
		{"renewal day without month", func(r *accreditation.ValidityRule) { r.RenewalOpensDay = 3 },
			accreditation.CodeMissingParameter, "/terms/0/renewal_opens_month"},
		{"renewal both ways", func(r *accreditation.ValidityRule) {
			r.RenewalOpensMonth, r.RenewalOpensDay, r.RenewalOpensMonths = 3, 1, 2
		},
			accreditation.CodeInconsistent, "/terms/0/renewal_opens_months"},
		{"rolling extension alone", func(r *accreditation.ValidityRule) { r.RollingExtensionMonths = 6 },
			accreditation.CodeMissingParameter, "/terms/0/extension_months"},
		{"grace both ways", func(r *accreditation.ValidityRule) { r.GraceDays, r.GraceUntilDay = 30, 15 },
			accreditation.CodeInconsistent, "/terms/0/grace_until_day"},
	} {
		ps := workforce.AsProblems(term(c.edit).Validate())
		if len(ps) != 1 || ps[0].Code != c.code || ps[0].Path != c.path {
			t.Errorf("%s: got %v, want one %s at %s", c.name, ps, c.code, c.path)
		}
	}
}
