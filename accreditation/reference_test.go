package accreditation_test

import (
	"errors"
	"slices"
	"strconv"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// Helpers shared by the tests of this package.

var (
	d   = workforce.MustParseDate
	dec = workforce.MustParseDecimal
)

func hrs(s string) workforce.Hours  { return workforce.MustParseHours(s) }
func cr(s string) workforce.Credits { return workforce.MustParseCredits(s) }

func scheme(t testing.TB, id workforce.ID) accreditation.Scheme {
	t.Helper()
	s, ok := accreditation.SchemeByID(id)
	if !ok {
		t.Fatalf("no shipped scheme %s", id)
	}
	return s
}

func evaluate(t testing.TB, s accreditation.Scheme, p accreditation.RulePurpose, f accreditation.Facts, asOf string) accreditation.Decision {
	t.Helper()
	dec, err := accreditation.EvaluatePurpose(s, p, f, d(asOf))
	if err != nil {
		t.Fatalf("EvaluatePurpose: %v", err)
	}
	if err := dec.Validate(); err != nil {
		t.Fatalf("the decision does not validate: %v", err)
	}
	return dec
}

func wantOutcome(t testing.TB, got accreditation.Decision, want accreditation.Outcome) {
	t.Helper()
	if got.Outcome != want {
		t.Fatalf("outcome = %s, want %s\nunmet: %v\nmissing: %v", got.Outcome, want, codes(got.Unmet()), codesPaths(got.Missing()))
	}
}

func codes(fs []accreditation.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code))
	}
	return out
}

func codesPaths(fs []accreditation.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code)+" at "+f.Path)
	}
	return out
}

func find(t testing.TB, dec accreditation.Decision, code string) accreditation.Finding {
	t.Helper()
	f, ok := dec.Find(workforce.ID(code))
	if !ok {
		t.Fatalf("no finding %s", code)
	}
	return f
}

func held(id workforce.ID, issued, expires string) workforce.Credential {
	c := workforce.Credential{SchemeID: id, Issued: d(issued), Status: workforce.CredentialActive}
	if expires != "" {
		c.Expires = d(expires)
	}
	return c
}

func cpd(date, amount string, cat workforce.CPDCategory, act workforce.CPDActivity, topics ...workforce.CPDTopic) workforce.CPDRecord {
	return workforce.CPDRecord{Date: d(date), Credits: cr(amount), Hours: hrs(amount), Category: cat, Activity: act, Topics: topics}
}

// phApplicant is the applicant of PH-01: Filipino, 19 at filing, BSSW of
// an accredited programme, 1,000 supervised case hours in an agency,
// health and good moral character certificates.
func phApplicant(caseHours string) accreditation.Facts {
	return accreditation.Facts{
		BirthDate:   d("2005-01-15"),
		Citizenship: []workforce.CountryCode{"PH"},
		Qualifications: []workforce.Qualification{{Title: "BS Social Work", Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork,
			Institution: "A recognised school", Country: "PH", Accredited: true, Completed: d("2024-04-30")}},
		Practice: []accreditation.PracticeBlock{{Hours: hrs(caseHours), Start: d("2023-06-01"), End: d("2024-03-31"),
			Setting: accreditation.SettingSocialWorkAgency, Supervisor: accreditation.SupervisorFacts{Supervised: accreditation.Yes, Qualified: accreditation.Yes}}},
		Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocHealthCertificate, Date: d("2024-05-02")}, {Kind: accreditation.DocGoodMoralCharacter, Date: d("2024-05-02")}},
	}
}

func phBoard(scores ...string) accreditation.ExamSitting {
	subjects := []string{"hbse", "policies", "practice", "field"}
	s := accreditation.ExamSitting{Exam: accreditation.ExamPHBoard, Date: d("2024-08-25")}
	for i, sc := range scores {
		s.Subjects = append(s.Subjects, accreditation.SubjectScore{Subject: workforce.ID(subjects[i]), Score: dec(sc)})
	}
	return s
}

func examRule(t testing.TB, s accreditation.Scheme, id workforce.ID, on string) accreditation.ExamRule {
	t.Helper()
	for _, e := range s.Exams {
		if e.ID == id && d(on).Within(e.From, e.To) {
			return e
		}
	}
	t.Fatalf("no exam rule %s on %s", id, on)
	return accreditation.ExamRule{}
}

func thWritten(date string, ethics, practice string) accreditation.ExamSitting {
	return accreditation.ExamSitting{Exam: accreditation.ExamTHWritten, Date: d(date), Subjects: []accreditation.SubjectScore{
		{Subject: "ethics", Score: dec(ethics)}, {Subject: "practice", Score: dec(practice)}}}
}

func thMember() workforce.Credential {
	return held(accreditation.SchemeTHMembership, "2020-01-10", "2030-01-09")
}

// TestReferenceCases runs cases whose expected outcomes come from the
// published rules rather than from the team, one named subtest per case
// ID (PH-01, TH-04, …). Each case cites its sources by key ([S4] is
// accreditation.Sources' entry S4: title and address, listed in
// RULES.md); cases marked M (secondary source or interpretation) or L
// (weak source) pin the policy choice the library made.
func TestReferenceCases(t *testing.T) {
	cases := []struct {
		id, source string
		run        func(t *testing.T)
	}{
		{"PH-01", "RA 10847 age floor 18 [S4][S5]", func(t *testing.T) {
			dec := evaluate(t, scheme(t, accreditation.SchemePHRegistration), accreditation.PurposeExamAdmission, phApplicant("1000"), "2024-06-01")
			wantOutcome(t, dec, accreditation.OutcomeMet)
			if dec.VersionID != "ph.exam_admission.2016" {
				t.Errorf("version = %s", dec.VersionID)
			}
			// The same applicant filing under the pre-2016 rule (age 21) is refused on age only.
			old := phApplicant("1000")
			old.BirthDate = d("1996-01-15")
			old.Qualifications[0].Completed = d("2015-04-30")
			old.Documents[0].Date, old.Documents[1].Date = d("2015-05-02"), d("2015-05-02")
			old.Practice[0].Start, old.Practice[0].End = d("2014-06-01"), d("2015-03-31")
			pre := evaluate(t, scheme(t, accreditation.SchemePHRegistration), accreditation.PurposeExamAdmission, old, "2015-06-01")
			wantOutcome(t, pre, accreditation.OutcomeNotMet)
			if got := codes(pre.Unmet()); !slices.Equal(got, []string{"ph.exam.age"}) {
				t.Errorf("unmet under the 1967 rule = %v, want [ph.exam.age]", got)
			}
		}},
		{"PH-03", "minimum 1,000 case hours [S1][S6]", func(t *testing.T) {
			dec := evaluate(t, scheme(t, accreditation.SchemePHRegistration), accreditation.PurposeExamAdmission, phApplicant("960"), "2024-06-01")
			wantOutcome(t, dec, accreditation.OutcomeNotMet)
			unmet := dec.Unmet()
			if len(unmet) != 1 || unmet[0].Code != "ph.exam.case_hours" || unmet[0].Found != "960 hours" || unmet[0].Path != "/practice" {
				t.Errorf("unmet = %+v", unmet)
			}
		}},
		{"PH-05", "2017 weights, weighted average 71.4 [S7] (M)", func(t *testing.T) {
			s := scheme(t, accreditation.SchemePHRegistration)
			sc := accreditation.ScoreSitting(examRule(t, s, accreditation.ExamPHBoard, "2024-08-25"), phBoard("75", "72", "70", "70"))
			if sc.Outcome != accreditation.OutcomeMet || sc.Average.String() != "71.40" {
				t.Errorf("score = %s, average %s; want met, 71.40", sc.Outcome, sc.Average)
			}
			f := accreditation.Facts{ExamSittings: []accreditation.ExamSitting{phBoard("75", "72", "70", "70")}}
			wantOutcome(t, evaluate(t, s, accreditation.PurposeGrant, f, "2024-09-30"), accreditation.OutcomeMet)
		}},
		{"PH-07", "rounding of the general rating not found (L): the library compares exactly", func(t *testing.T) {
			s := scheme(t, accreditation.SchemePHRegistration)
			rule := examRule(t, s, accreditation.ExamPHBoard, "2024-08-25")
			sc := accreditation.ScoreSitting(rule, phBoard("70", "70", "70", "69"))
			if sc.Outcome != accreditation.OutcomeNotMet || sc.Average.String() != "69.70" {
				t.Errorf("exact policy: %s with average %s, want not_met with 69.70", sc.Outcome, sc.Average)
			}
			// Policy pinned: a board that rounds half up to whole percent
			// must say so in its rule, and then 69.7 passes as 70.
			rule.Rounding = accreditation.RoundHalfUp
			sc = accreditation.ScoreSitting(rule, phBoard("70", "70", "70", "69"))
			if sc.Outcome != accreditation.OutcomeMet || sc.Average.String() != "70" {
				t.Errorf("half-up policy: %s with average %s, want met with 70", sc.Outcome, sc.Average)
			}
		}},
		{"PH-08", "Res. 2024-1908 extends undertakings to 31 Dec 2025 [S19]", func(t *testing.T) {
			s := scheme(t, accreditation.SchemePHLicence)
			f := accreditation.Facts{
				Credentials: []workforce.Credential{held(accreditation.SchemePHRegistration, "2010-09-01", ""), held(accreditation.SchemePHLicence, "2022-06-01", "2025-05-31")},
				CPD: []workforce.CPDRecord{
					cpd("2023-03-10", "5", workforce.CPDStructured, workforce.ActivityCourse),
					cpd("2024-11-20", "4", workforce.CPDStructured, workforce.ActivityWorkshop),
				},
				Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocCPDUndertaking, Date: d("2025-05-20")}},
				// Since the overseas exemption is derived from work periods,
				// the case states where the holder works.
				Work:       []accreditation.WorkPeriod{{Start: d("2012-01-09"), Country: "PH"}},
				KnownEmpty: []accreditation.FactList{accreditation.ListCircumstances},
			}
			// Shipped: the social-work unit figure is not confirmed, so the
			// renewal is unknown, never refused.
			shipped := evaluate(t, s, accreditation.PurposeRenewal, f, "2025-05-25")
			wantOutcome(t, shipped, accreditation.OutcomeUnknown)
			if got := find(t, shipped, "ph.pic.cpd:total"); got.Reason != accreditation.ReasonParameterUnconfirmed {
				t.Errorf("total reason = %s", got.Reason)
			}
			// The case's premise: 15 units (the general ceiling from 2019).
			for i := range s.Versions {
				if s.Versions[i].CPD != nil {
					s.Versions[i].CPD.Total = cr("15")
				}
			}
			dec := evaluate(t, s, accreditation.PurposeRenewal, f, "2025-05-25")
			wantOutcome(t, dec, accreditation.OutcomeMet)
			if got := find(t, dec, "ph.pic.cpd"); got.Reason != accreditation.ReasonDeferred {
				t.Errorf("cpd reason = %s, want deferred", got.Reason)
			}
			want := []accreditation.Obligation{{Kind: accreditation.ObligationCPDShortfall, SchemeID: accreditation.SchemePHLicence, Requirement: "ph.pic.cpd",
				Amount: cr("6.00"), Unit: accreditation.UnitCredits, Created: d("2025-05-25"), DueBy: d("2028-05-31")}}
			if len(dec.Obligations) != 1 || !dec.Obligations[0].Amount.Equal(want[0].Amount) || dec.Obligations[0].DueBy != want[0].DueBy {
				t.Errorf("obligations = %+v, want 6 units due 2028-05-31", dec.Obligations)
			}
			// After 31 Dec 2025 no undertaking is accepted.
			late := f
			late.Credentials = []workforce.Credential{held(accreditation.SchemePHRegistration, "2010-09-01", ""), held(accreditation.SchemePHLicence, "2023-01-10", "2026-01-09")}
			late.CPD = []workforce.CPDRecord{cpd("2024-03-10", "9", workforce.CPDStructured, workforce.ActivityCourse)}
			late.Documents = []accreditation.SupportingDocument{{Kind: accreditation.DocCPDUndertaking, Date: d("2026-01-05")}}
			wantOutcome(t, evaluate(t, s, accreditation.PurposeRenewal, late, "2026-01-06"), accreditation.OutcomeNotMet)
		}},
		{"PH-10", "Res. 2019-1146: first renewal after licensure needs no CPD [S15][S16]", func(t *testing.T) {
			f := accreditation.Facts{
				Credentials:   []workforce.Credential{held(accreditation.SchemePHRegistration, "2021-09-01", ""), held(accreditation.SchemePHLicence, "2021-09-01", "2024-08-31")},
				Circumstances: []accreditation.Circumstance{accreditation.CircumstanceFirstCycle},
				KnownEmpty:    []accreditation.FactList{accreditation.ListCPD},
			}
			dec := evaluate(t, scheme(t, accreditation.SchemePHLicence), accreditation.PurposeRenewal, f, "2024-08-15")
			wantOutcome(t, dec, accreditation.OutcomeMet)
			if got := find(t, dec, "ph.pic.cpd"); got.Reason != accreditation.ReasonExempted {
				t.Errorf("cpd reason = %s, want exempted", got.Reason)
			}
		}},
		{"PH-14", "RA 6511 via Res. 2005-282: 5 continuous unpaid years suspend (M: suspended from 1 January after the fifth year)", func(t *testing.T) {
			s := scheme(t, accreditation.SchemePHRegistration)
			h := accreditation.Holding{SchemeID: accreditation.SchemePHRegistration,
				Events: []accreditation.LifecycleEvent{{Kind: accreditation.EventIssued, Date: d("2015-03-01")}}}
			for y := 2019; y <= 2023; y++ {
				h.Fees = append(h.Fees, accreditation.FeeRecord{Year: y})
			}
			st, err := accreditation.Standing(s, h, d("2024-06-01"), accreditation.Calendar{})
			if err != nil || st.State != accreditation.StateSuspended || st.SuspendedFrom != d("2024-01-01") {
				t.Errorf("5 years: %+v, %v; want suspended from 2024-01-01", st, err)
			}
			h.Fees = h.Fees[1:] // 2020-2023: four years
			st, err = accreditation.Standing(s, h, d("2024-06-01"), accreditation.Calendar{})
			if err != nil || st.State != accreditation.StateActive {
				t.Errorf("4 years: %s, %v; want active", st.State, err)
			}
		}},
		{"ID-01", "Law 14/2019 Art. 29 [S31]", func(t *testing.T) {
			f := accreditation.Facts{
				Credentials: []workforce.Credential{held(accreditation.SchemeIDCompetency, "2023-05-10", "")},
				// An Indonesian citizen: the language requirement for
				// foreign social workers [S37] does not apply.
				Citizenship: []workforce.CountryCode{"ID"},
				Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocHealthCertificate, Date: d("2025-01-05")},
					{Kind: accreditation.DocOathStatement, Date: d("2025-01-06")}, {Kind: accreditation.DocEthicsUndertaking, Date: d("2025-01-06")}},
			}
			wantOutcome(t, evaluate(t, scheme(t, accreditation.SchemeIDRegistration), accreditation.PurposeGrant, f, "2025-01-10"), accreditation.OutcomeMet)
		}},
		{"TH-01", "2024 pass marks: ethics ≥60, mean 66 ≥65, both ≥50 [S55]", func(t *testing.T) {
			s := scheme(t, accreditation.SchemeTHProvisional)
			sc := accreditation.ScoreSitting(examRule(t, s, accreditation.ExamTHWritten, "2024-09-28"), thWritten("2024-09-28", "62", "70"))
			if sc.Outcome != accreditation.OutcomeMet || sc.Mean.String() != "66.00" {
				t.Errorf("score %s, mean %s", sc.Outcome, sc.Mean)
			}
			f := accreditation.Facts{Credentials: []workforce.Credential{thMember()}, ExamSittings: []accreditation.ExamSitting{thWritten("2024-09-28", "62", "70")}}
			wantOutcome(t, evaluate(t, s, accreditation.PurposeGrant, f, "2024-10-15"), accreditation.OutcomeMet)
		}},
		{"TH-02", "ethics below 60 fails although the mean is 69 [S55]", func(t *testing.T) {
			s := scheme(t, accreditation.SchemeTHProvisional)
			sc := accreditation.ScoreSitting(examRule(t, s, accreditation.ExamTHWritten, "2024-09-28"), thWritten("2024-09-28", "58", "80"))
			if sc.Outcome != accreditation.OutcomeNotMet || sc.Mean.String() != "69.00" {
				t.Errorf("score %s, mean %s", sc.Outcome, sc.Mean)
			}
			if sc.Subjects[0].Outcome != accreditation.OutcomeNotMet || sc.Subjects[1].Outcome != accreditation.OutcomeMet {
				t.Errorf("subjects %+v: ethics should fail, practice pass (and be banked)", sc.Subjects)
			}
		}},
		{"TH-04", "banking within 3 years of 2022-02-26 [S56] (M: anchored at the kept pass, inclusive)", func(t *testing.T) {
			s := scheme(t, accreditation.SchemeTHProvisional)
			first := accreditation.ExamSitting{Exam: accreditation.ExamTHWritten, Date: d("2022-02-26"), Subjects: []accreditation.SubjectScore{
				{Subject: "ethics", Result: accreditation.ResultFailed}, {Subject: "practice", Result: accreditation.ResultPassed}}}
			f := accreditation.Facts{Credentials: []workforce.Credential{thMember()},
				ExamSittings: []accreditation.ExamSitting{first, thWritten("2025-02-22", "62", "55")}}
			dec := evaluate(t, s, accreditation.PurposeGrant, f, "2025-03-01")
			wantOutcome(t, dec, accreditation.OutcomeMet)
			if got := find(t, dec, "th.l1.written").Found; got != "passed on 2025-02-22 (subjects banked from 2022-02-26)" {
				t.Errorf("found = %q", got)
			}
			// A sitting after 2025-02-26 is outside the window.
			f.ExamSittings[1].Date = d("2025-03-29")
			wantOutcome(t, evaluate(t, s, accreditation.PurposeGrant, f, "2025-04-15"), accreditation.OutcomeNotMet)
		}},
		{"TH-06", "level-1 licence 1 year, level 2 adds 4 years [S57]", func(t *testing.T) {
			f := accreditation.Facts{Credentials: []workforce.Credential{thMember()}, ExamSittings: []accreditation.ExamSitting{thWritten("2025-02-22", "62", "70")}}
			wantOutcome(t, evaluate(t, scheme(t, accreditation.SchemeTHProvisional), accreditation.PurposeGrant, f, "2025-03-10"), accreditation.OutcomeMet)
			full := evaluate(t, scheme(t, accreditation.SchemeTHLicence), accreditation.PurposeGrant, f, "2025-03-10")
			wantOutcome(t, full, accreditation.OutcomeNotMet)
			if !slices.Contains(codes(full.Unmet()), "th.licence.interview") {
				t.Errorf("unmet = %v, want the interview listed", codes(full.Unmet()))
			}
			s := scheme(t, accreditation.SchemeTHProvisional)
			h := accreditation.Holding{SchemeID: accreditation.SchemeTHProvisional, Events: []accreditation.LifecycleEvent{{Kind: accreditation.EventIssued, Date: d("2025-04-01")}}}
			st, err := accreditation.Standing(s, h, d("2025-05-01"), accreditation.Calendar{})
			if err != nil || st.Expires != d("2026-03-31") {
				t.Fatalf("level 1: %+v %v, want expiry 2026-03-31", st, err)
			}
			h.Events = append(h.Events, accreditation.LifecycleEvent{Kind: accreditation.EventExtended, Date: d("2025-09-15"), Months: 48})
			st, err = accreditation.Standing(s, h, d("2027-01-01"), accreditation.Calendar{})
			if err != nil || st.Expires != d("2030-03-31") || st.State != accreditation.StateActive {
				t.Errorf("level 2: %+v %v, want active until 2030-03-31", st, err)
			}
		}},
		{"TH-07", "category 2 counts at most 10 and category 1 needs 40 [S59]", func(t *testing.T) {
			f := accreditation.Facts{
				BirthDate:   d("1980-07-01"),
				Credentials: []workforce.Credential{thMember(), held(accreditation.SchemeTHLicence, "2020-06-01", "2025-05-31")},
				CPD: []workforce.CPDRecord{
					cpd("2021-05-01", "20", workforce.CPDStructured, workforce.ActivityCourse),
					cpd("2022-05-01", "18", workforce.CPDStructured, workforce.ActivityConference),
					cpd("2023-05-01", "12", workforce.CPDUnstructured, workforce.ActivitySelfStudy),
				},
				KnownEmpty: []accreditation.FactList{accreditation.ListExamSittings},
			}
			s := scheme(t, accreditation.SchemeTHLicence)
			dec := evaluate(t, s, accreditation.PurposeRenewal, f, "2025-04-15")
			wantOutcome(t, dec, accreditation.OutcomeNotMet)
			unmet := codes(dec.Unmet())
			for _, want := range []string{"th.renewal.age60", "th.renewal.ce:category_1", "th.renewal.ce:total", "th.renewal.rewritten"} {
				if !slices.Contains(unmet, want) {
					t.Errorf("unmet %v lacks %s", unmet, want)
				}
			}
			a, err := accreditation.AssessCPD(s, f, d("2025-04-15"))
			if err != nil || a.Counted.String() != "48" || a.Raw.String() != "50" || a.Shortfall.String() != "2" {
				t.Errorf("assessment %+v %v: want 48 counted of 50 raw, shortfall 2", a, err)
			}
		}},
		{"SG-01", "RSW-P criteria [S72]", func(t *testing.T) {
			wantOutcome(t, evaluate(t, scheme(t, accreditation.SchemeSGProvisional), accreditation.PurposeGrant, sgApplicant("80"), "2025-02-01"), accreditation.OutcomeMet)
		}},
		{"SG-02", "ethics quiz pass mark 75% [S72]", func(t *testing.T) {
			dec := evaluate(t, scheme(t, accreditation.SchemeSGProvisional), accreditation.PurposeGrant, sgApplicant("74"), "2025-02-01")
			wantOutcome(t, dec, accreditation.OutcomeNotMet)
			if got := codes(dec.Unmet()); !slices.Equal(got, []string{"sg.rswp.ethics_quiz"}) {
				t.Errorf("unmet = %v", got)
			}
		}},
		{"SG-05", "60 credits, at least 40 structured (the 40 version) [S73][S74]", func(t *testing.T) {
			f := accreditation.Facts{
				Credentials: []workforce.Credential{held(accreditation.SchemeSGRSW, "2023-04-01", "2025-03-31")},
				CPD: []workforce.CPDRecord{cpd("2023-09-01", "42", workforce.CPDStructured, workforce.ActivityCourse),
					cpd("2024-09-01", "18", workforce.CPDUnstructured, workforce.ActivitySelfStudy)},
			}
			wantOutcome(t, evaluate(t, scheme(t, accreditation.SchemeSGRSW), accreditation.PurposeRenewal, f, "2025-02-15"), accreditation.OutcomeMet)
		}},
		{"SG-07", "supervision 1 credit per 2 hours, cap 10 credits [S74]", func(t *testing.T) {
			f := accreditation.Facts{
				Credentials: []workforce.Credential{held(accreditation.SchemeSGRSW, "2023-04-01", "2025-03-31")},
				CPD: []workforce.CPDRecord{{Date: d("2024-06-30"), Hours: hrs("30"), Category: workforce.CPDStructured,
					Activity: workforce.ActivitySupervisionReceived, Accredited: true, Provider: "RSW, 5 years post-qualification (2 in SG)"}},
			}
			a, err := accreditation.AssessCPD(scheme(t, accreditation.SchemeSGRSW), f, d("2025-02-15"))
			if err != nil {
				t.Fatal(err)
			}
			if a.Limits[0].ID != "supervision_received" || a.Limits[0].Raw.String() != "15" || a.Limits[0].Counted.String() != "10" || a.Counted.String() != "10" {
				t.Errorf("limits %+v counted %s: want 15 converted, 10 counted", a.Limits, a.Counted)
			}
		}},
		{"SG-08", "1-year extension, then 2-year rolling extension, not accredited [S73] (M: rolling window length)", func(t *testing.T) {
			s := scheme(t, accreditation.SchemeSGRSW)
			h := accreditation.Holding{SchemeID: accreditation.SchemeSGRSW, Events: []accreditation.LifecycleEvent{{Kind: accreditation.EventIssued, Date: d("2023-04-01")}}}
			for _, c := range []struct {
				on    string
				state accreditation.CredentialState
			}{{"2025-03-31", accreditation.StateRenewalOpen}, {"2025-04-01", accreditation.StateExtension}, {"2026-03-31", accreditation.StateExtension},
				{"2027-06-01", accreditation.StateExtension}, {"2028-03-31", accreditation.StateExtension}, {"2028-04-01", accreditation.StateLapsed}} {
				st, err := accreditation.Standing(s, h, d(c.on), accreditation.Calendar{})
				if err != nil || st.State != c.state {
					t.Errorf("%s: %s %v, want %s", c.on, st.State, err, c.state)
				}
				if st.ExtensionEnds != d("2026-03-31") || st.RollingExtensionEnds != d("2028-03-31") {
					t.Errorf("%s: extension ends %s, rolling %s", c.on, st.ExtensionEnds, st.RollingExtensionEnds)
				}
				if st.State == accreditation.StateExtension && st.Authorised {
					t.Errorf("%s: authorised during the extension", c.on)
				}
			}
			f := accreditation.Facts{Credentials: []workforce.Credential{held(accreditation.SchemeSGRSW, "2023-04-01", "2025-03-31")},
				CPD: []workforce.CPDRecord{cpd("2024-01-10", "45", workforce.CPDStructured, workforce.ActivityCourse), cpd("2024-06-10", "5", workforce.CPDUnstructured, workforce.ActivitySelfStudy)}}
			a, err := accreditation.AssessCPD(s, f, d("2025-03-31"))
			if err != nil || a.Outcome != accreditation.OutcomeNotMet || a.Shortfall.String() != "10" {
				t.Errorf("assessment %+v %v, want 10 short", a, err)
			}
		}},
		{"MY-01", "bill not enacted as of Jul 2025 [S81][S83]", func(t *testing.T) {
			dec := evaluate(t, scheme(t, "MY-NO-REGIME"), accreditation.PurposeGrant, accreditation.Facts{}, "2025-08-01")
			wantOutcome(t, dec, accreditation.OutcomeNotApplicable)
			if dec.Finding.Reason != accreditation.ReasonNoRegime || len(dec.Unmet()) != 0 {
				t.Errorf("finding %+v", dec.Finding)
			}
		}},
		{"VN-01", "12-month internship for university graduates [S92]", func(t *testing.T) {
			dec := evaluate(t, scheme(t, accreditation.SchemeVNPractice), accreditation.PurposeGrant, vnApplicant(workforce.EducationBachelor, "2024-11-01", "2025-10-31"), "2025-11-10")
			if f := find(t, dec, "vn.internship"); f.Outcome != accreditation.OutcomeMet {
				t.Errorf("internship %s: %s", f.Outcome, f.Message)
			}
			wantOutcome(t, dec, accreditation.OutcomeMet)
		}},
		{"VN-02", "9 months for college graduates [S92]", func(t *testing.T) {
			dec := evaluate(t, scheme(t, accreditation.SchemeVNPractice), accreditation.PurposeGrant, vnApplicant(workforce.EducationShortCycle, "2024-11-01", "2025-06-30"), "2025-11-10")
			if f := find(t, dec, "vn.internship"); f.Outcome != accreditation.OutcomeNotMet {
				t.Errorf("internship %s", f.Outcome)
			}
			if f := find(t, dec, "vn.internship.college.months"); f.Reason != accreditation.ReasonBelowMinimum {
				t.Errorf("college route: %+v", f)
			}
		}},
		{"US-01", "ASWB: day 1 is the day after the test, retest on day 91 [S111]", func(t *testing.T) {
			s := scheme(t, "ASWB-MASTERS")
			if got := accreditation.EarliestRetest(examRule(t, s, "ASWB-MASTERS", "2025-01-10"), d("2025-01-10")); got != d("2025-04-11") {
				t.Errorf("earliest retest = %s", got)
			}
			f := accreditation.Facts{ExamSittings: []accreditation.ExamSitting{{Exam: "ASWB-MASTERS", Date: d("2025-01-10"), Result: accreditation.ResultFailed, ShortBy: 15}}}
			early := evaluate(t, s, accreditation.PurposeExamAdmission, f, "2025-04-10")
			wantOutcome(t, early, accreditation.OutcomeNotMet)
			if got := find(t, early, "aswb.retest"); got.Reason != accreditation.ReasonWaitingPeriod {
				t.Errorf("reason %s", got.Reason)
			}
			wantOutcome(t, evaluate(t, s, accreditation.PurposeExamAdmission, f, "2025-04-11"), accreditation.OutcomeMet)
			// Missed by 10 or fewer: a waiver may apply where the board allows.
			f.ExamSittings[0].ShortBy = 8
			wantOutcome(t, evaluate(t, s, accreditation.PurposeExamAdmission, f, "2025-02-01"), accreditation.OutcomeMet)
		}},
		{"US-03", "Texas: cultural competency at least 3 hours [S116]", func(t *testing.T) {
			f := texasFacts("2", false)
			dec := evaluate(t, scheme(t, accreditation.SchemeTexas), accreditation.PurposeRenewal, f, "2025-05-15")
			wantOutcome(t, dec, accreditation.OutcomeNotMet)
			if got := codes(dec.Unmet()); !slices.Equal(got, []string{"tx.ce:cultural"}) {
				t.Errorf("unmet = %v", got)
			}
		}},
		{"US-05", "Texas supervisors: special hours count inside the 30 [S115]", func(t *testing.T) {
			wantOutcome(t, evaluate(t, scheme(t, accreditation.SchemeTexas), accreditation.PurposeRenewal, texasFacts("3", true), "2025-05-15"), accreditation.OutcomeMet)
		}},
		{"US-07", "New York: no CE in the registration period of first licensure [S118]", func(t *testing.T) {
			f := accreditation.Facts{Credentials: []workforce.Credential{held(accreditation.SchemeNewYork, "2023-03-01", "2026-02-28")},
				Circumstances: []accreditation.Circumstance{accreditation.CircumstanceFirstCycle}, KnownEmpty: []accreditation.FactList{accreditation.ListCPD}}
			dec := evaluate(t, scheme(t, accreditation.SchemeNewYork), accreditation.PurposeRenewal, f, "2026-02-01")
			wantOutcome(t, dec, accreditation.OutcomeMet)
			if got := find(t, dec, "ny.ce"); got.Reason != accreditation.ReasonExempted {
				t.Errorf("reason %s", got.Reason)
			}
		}},
		{"CS-01", "CSWE COVID exception: 85% of 400 for placements ending by 2020-12-31 [S125]", func(t *testing.T) {
			f := accreditation.Facts{Practice: []accreditation.PracticeBlock{{Hours: hrs("350"), Start: d("2020-01-20"), End: d("2020-11-15"), Timing: accreditation.TimingDuringStudy}}}
			dec := evaluate(t, scheme(t, accreditation.SchemeCSWEBachelor), accreditation.PurposeGrant, f, "2020-12-15")
			wantOutcome(t, dec, accreditation.OutcomeMet)
			if got := find(t, dec, "cswe.field.covid"); got.Outcome != accreditation.OutcomeMet {
				t.Errorf("covid route %s", got.Outcome)
			}
			f.Practice[0].End = d("2021-01-15")
			wantOutcome(t, evaluate(t, scheme(t, accreditation.SchemeCSWEBachelor), accreditation.PurposeGrant, f, "2021-02-15"), accreditation.OutcomeNotMet)
		}},
		{"UK-01", "Social Work England renewal [S126][S127]", func(t *testing.T) {
			f := accreditation.Facts{
				Fees:      []accreditation.FeeRecord{{Year: 2024, Paid: d("2024-11-20")}},
				Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocRenewalForm, Date: d("2024-11-20")}},
				CPD: []workforce.CPDRecord{{Date: d("2024-03-01"), Hours: hrs("3"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse},
					{Date: d("2024-10-01"), Hours: hrs("2"), Category: workforce.CPDUnstructured, Activity: workforce.ActivityPeerReflection}},
				// Registered before 1 September (the new-joiner exemption is
				// derived from the registration date).
				Credentials: []workforce.Credential{held(accreditation.SchemeSWE, "2019-12-02", "")},
				KnownEmpty:  []accreditation.FactList{accreditation.ListCircumstances},
			}
			wantOutcome(t, evaluate(t, scheme(t, accreditation.SchemeSWE), accreditation.PurposeRenewal, f, "2024-11-30"), accreditation.OutcomeMet)
			f.CPD[1].Activity = workforce.ActivitySelfStudy
			dec := evaluate(t, scheme(t, accreditation.SchemeSWE), accreditation.PurposeRenewal, f, "2024-11-30")
			if got := codes(dec.Unmet()); !slices.Equal(got, []string{"swe.cpd:peer_reflection"}) {
				t.Errorf("without peer reflection, unmet = %v", got)
			}
		}},
		{"UK-04", "restoration 5 years after a removal order, 12 months after a refusal [S130]", func(t *testing.T) {
			s := scheme(t, accreditation.SchemeSWE)
			h := accreditation.Holding{SchemeID: accreditation.SchemeSWE, Events: []accreditation.LifecycleEvent{
				{Kind: accreditation.EventIssued, Date: d("2019-12-02")},
				{Kind: accreditation.EventRevoked, Date: d("2021-03-01"), Note: "removal order took effect"},
			}}
			st, err := accreditation.Standing(s, h, d("2026-02-28"), accreditation.Calendar{})
			if err != nil || st.State != accreditation.StateRevoked || st.RestorableFrom != d("2026-03-01") {
				t.Errorf("before: %+v %v", st, err)
			}
			h.Events = append(h.Events, accreditation.LifecycleEvent{Kind: accreditation.EventRestorationRefused, Date: d("2026-06-10")})
			st, err = accreditation.Standing(s, h, d("2026-07-01"), accreditation.Calendar{})
			if err != nil || st.State != accreditation.StateRevoked || st.RestorableFrom != d("2027-06-10") {
				t.Errorf("after refusal: %+v %v", st, err)
			}
			// Restoring before the new date is an illegal transition.
			h.Events = append(h.Events, accreditation.LifecycleEvent{Kind: accreditation.EventRestored, Date: d("2027-01-10")})
			_, err = accreditation.Standing(s, h, d("2027-02-01"), accreditation.Calendar{})
			var ie *accreditation.InputError
			if !errors.As(err, &ie) || !errors.Is(err, accreditation.ErrInvalidHolding) || !ie.Problems.HasCode(accreditation.CodeIllegalTransition) {
				t.Errorf("restored early: %v", err)
			}
		}},
		{"MRA-01", "ASEAN nursing MRA: at least 3 continuous years [S140][S141]", func(t *testing.T) {
			origin, host := mraSchemes()
			f := accreditation.Facts{
				Credentials: []workforce.Credential{held("TEST-PH-RN", "2021-12-01", "2027-11-30")},
				Work:        []accreditation.WorkPeriod{{Start: d("2022-01-01"), End: d("2024-06-30"), FTE: workforce.FullTime(), Country: "PH"}},
				Documents:   []accreditation.SupportingDocument{{Kind: accreditation.DocCPDCompliance, Date: d("2024-07-01")}},
				KnownEmpty:  []accreditation.FactList{accreditation.ListProceedings},
			}
			rd, err := accreditation.Recognise(accreditation.ASEANNursingMRA(), origin, host, f, d("2024-07-15"))
			if err != nil {
				t.Fatal(err)
			}
			if rd.Outcome != accreditation.RecognitionRefused {
				t.Errorf("outcome %s: %s", rd.Outcome, rd.Message)
			}
			if err := rd.Validate(); err != nil {
				t.Error(err)
			}
			var practice accreditation.Finding
			for _, c := range rd.Conditions {
				if c.Code == "mra.practice" {
					practice = c
				}
			}
			if practice.Outcome != accreditation.OutcomeNotMet || practice.Found != "912 days continuous" {
				t.Errorf("practice finding %+v", practice)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			t.Logf("%s: %s", c.id, c.source)
			c.run(t)
		})
	}
}

func sgApplicant(quiz string) accreditation.Facts {
	return accreditation.Facts{
		Qualifications: []workforce.Qualification{{Title: "Bachelor of Social Sciences (Social Work)", Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork,
			Institution: "National University of Singapore", Country: "SG", Completed: d("2024-06-30")}},
		Work:       []accreditation.WorkPeriod{{Start: d("2024-08-01"), FTE: workforce.FullTime(), Setting: accreditation.SettingHealth, Country: "SG", SocialWorkPost: accreditation.Yes}},
		Quizzes:    []accreditation.QuizAttempt{{Quiz: accreditation.QuizSGEthics, Date: d("2024-12-01"), Score: dec(quiz)}},
		References: []accreditation.CharacterReference{{KnownSince: d("2018-01-01")}, {KnownSince: d("2020-09-01")}},
	}
}

func vnApplicant(level workforce.EducationLevel, start, end string) accreditation.Facts {
	return accreditation.Facts{
		Qualifications: []workforce.Qualification{{Level: level, Field: workforce.FieldSocialWork, Country: "VN", Completed: d("2024-06-30")}},
		Practice: []accreditation.PracticeBlock{{Start: d(start), End: d(end), Setting: accreditation.SettingSocialAssistance,
			Supervisor: accreditation.SupervisorFacts{Supervised: accreditation.Yes}}},
		Documents: []accreditation.SupportingDocument{
			{Kind: accreditation.DocInternshipCertificate, Date: d("2025-11-01")}, {Kind: accreditation.DocApplicationForm, Date: d("2025-11-05")},
			{Kind: accreditation.DocDiplomaCopy, Date: d("2025-11-05")}, {Kind: accreditation.DocHealthCertificate, Date: d("2025-06-01")},
			{Kind: accreditation.DocPhotograph, Date: d("2025-11-05")},
		},
	}
}

func texasFacts(cultural string, supervisor bool) accreditation.Facts {
	rec := func(date, h string, topics ...workforce.CPDTopic) workforce.CPDRecord {
		return workforce.CPDRecord{Date: d(date), Hours: hrs(h), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse, Topics: topics, Accredited: true}
	}
	f := accreditation.Facts{
		Credentials: []workforce.Credential{held(accreditation.SchemeTexas, "2023-06-01", "2025-05-31")},
		CPD: []workforce.CPDRecord{rec("2023-09-01", "6", workforce.TopicEthics), rec("2024-02-01", cultural, workforce.TopicCulturalCompetence),
			rec("2024-06-01", "6", workforce.TopicSupervision)},
		KnownEmpty: []accreditation.FactList{accreditation.ListCircumstances},
	}
	rest := 30 - 6 - 6
	if cultural == "2" {
		rest -= 2
	} else {
		rest -= 3
	}
	f.CPD = append(f.CPD, rec("2024-10-01", strconv.Itoa(rest)))
	if supervisor {
		f.KnownEmpty = nil
		f.Circumstances = []accreditation.Circumstance{accreditation.CircumstanceSupervisor}
	}
	return f
}

// mraSchemes are test fixtures, not shipped data: a Philippine and a
// Singapore nursing registration for the MRA model.
func mraSchemes() (origin, host accreditation.Scheme) {
	src := accreditation.RuleSource{Title: "Test fixture (not a real rule)"}
	origin = accreditation.Scheme{ID: "TEST-PH-RN", Title: "Test fixture: Philippine nursing registration", Jurisdiction: "PH",
		Basis: accreditation.BasisStatutory, Kind: accreditation.KindRegistration, IssuingBody: "Test fixture", Source: src, Confidence: accreditation.ConfidenceUnconfirmed}
	host = accreditation.Scheme{ID: "TEST-SG-RN", Title: "Test fixture: Singapore nursing registration", Jurisdiction: "SG",
		Basis: accreditation.BasisStatutory, Kind: accreditation.KindRegistration, IssuingBody: "Test fixture", Source: src, Confidence: accreditation.ConfidenceUnconfirmed,
		Versions: []accreditation.RuleVersion{{ID: "test.grant", Purpose: accreditation.PurposeGrant, EventDate: accreditation.EventFilingDate, From: d("2000-01-01"),
			Source: src, Confidence: accreditation.ConfidenceUnconfirmed,
			Requirements: []accreditation.Requirement{{ID: "test.language", Kind: accreditation.ReqDocument, Title: "Language certificate", Document: accreditation.DocLanguage}}}}}
	return origin, host
}
