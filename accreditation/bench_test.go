package accreditation_test

import (
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// sgRSWApplicant is a complete RSW applicant: every requirement of the
// largest shipped grant rule is evaluated.
func sgRSWApplicant() accreditation.Facts {
	f := sgApplicant("90")
	f.Qualifications[0].Completed = d("2021-06-30")
	f.Work = []accreditation.WorkPeriod{{Start: d("2021-08-01"), FTE: workforce.FullTime(), Setting: accreditation.SettingHealth, Country: "SG", SocialWorkPost: accreditation.Yes}}
	f.Training = []accreditation.TrainingRecord{{Hours: hrs("40"), Date: d("2022-03-01"), InEmployment: accreditation.Yes}, {Hours: hrs("45"), Date: d("2023-03-01"), InEmployment: accreditation.Yes}}
	f.Practice = []accreditation.PracticeBlock{
		{Hours: hrs("600"), Start: d("2020-01-01"), End: d("2021-05-31"), Timing: accreditation.TimingDuringStudy, Setting: accreditation.SettingSocialWorkAgency},
		{Hours: hrs("500"), Start: d("2021-08-01"), End: d("2022-08-01"), Timing: accreditation.TimingAfterStudy, Setting: accreditation.SettingHealth,
			Supervisor: accreditation.SupervisorFacts{Supervised: accreditation.Yes, RecognisedQualification: accreditation.Yes, YearsExperience: dec("6"), YearsLocal: dec("6")}},
	}
	return f
}

func thRenewalFacts() accreditation.Facts {
	f := accreditation.Facts{
		BirthDate:   d("1980-07-01"),
		Credentials: []workforce.Credential{thMember(), held(accreditation.SchemeTHLicence, "2020-06-01", "2025-05-31")},
		KnownEmpty:  []accreditation.FactList{accreditation.ListExamSittings},
	}
	acts := workforce.CPDActivityValues()
	for i := range 20 {
		cat := workforce.CPDStructured
		if i%4 == 0 {
			cat = workforce.CPDUnstructured
		}
		f.CPD = append(f.CPD, workforce.CPDRecord{Date: d("2020-07-01").AddDays(80 * i), Credits: cr("3"), Category: cat, Activity: acts[i%len(acts)]})
	}
	return f
}

// BenchmarkEvaluate measures one applicant against a full shipped scheme
// with a compiled Evaluator, findings included (target: ≤ 20 µs).
func BenchmarkEvaluate(b *testing.B) {
	cases := []struct {
		name    string
		id      workforce.ID
		purpose accreditation.RulePurpose
		facts   accreditation.Facts
		asOf    string
	}{
		{"SG-RSW-grant", accreditation.SchemeSGRSW, accreditation.PurposeGrant, sgRSWApplicant(), "2025-02-01"},
		{"TH-licence-renewal", accreditation.SchemeTHLicence, accreditation.PurposeRenewal, thRenewalFacts(), "2025-04-15"},
		{"PH-exam-admission", accreditation.SchemePHRegistration, accreditation.PurposeExamAdmission, phApplicant("1000"), "2024-06-01"},
		{"VN-practice-grant", accreditation.SchemeVNPractice, accreditation.PurposeGrant, vnApplicant(workforce.EducationBachelor, "2024-11-01", "2025-10-31"), "2025-11-10"},
		// Two readings in force: the decision evaluates the other one too.
		{"SG-RSW-renewal-readings", accreditation.SchemeSGRSW, accreditation.PurposeRenewal, sgRenewalFacts("35"), "2025-02-15"},
		{"PH-practice-act", accreditation.SchemePHRegistration, accreditation.PurposePractice, accreditation.Facts{Citizenship: []workforce.CountryCode{"US"},
			Documents:  []accreditation.SupportingDocument{{Kind: accreditation.DocConsultationInvitation, Date: d("2025-03-01")}},
			KnownEmpty: []accreditation.FactList{accreditation.ListCredentials}}, "2025-03-10"},
		{"SG-nurse-grant", accreditation.SchemeSGNurse, accreditation.PurposeGrant, filipinoNurse("2024-12-31"), "2025-02-01"},
	}
	for _, c := range cases {
		s, _ := accreditation.SchemeByID(c.id)
		ev, err := accreditation.NewEvaluator(s, c.purpose)
		if err != nil {
			b.Fatal(err)
		}
		asOf := d(c.asOf)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			var sink accreditation.Decision
			for b.Loop() {
				sink, err = ev.Evaluate(c.facts, asOf)
				if err != nil {
					b.Fatal(err)
				}
			}
			_ = sink
		})
	}
}

// BenchmarkOutcomes measures the batch path: outcomes only, per applicant.
func BenchmarkOutcomes(b *testing.B) {
	s, _ := accreditation.SchemeByID(accreditation.SchemeSGRSW)
	ev, err := accreditation.NewEvaluator(s, accreditation.PurposeGrant)
	if err != nil {
		b.Fatal(err)
	}
	batch := make([]accreditation.Facts, 100)
	for i := range batch {
		batch[i] = sgRSWApplicant()
	}
	asOf := d("2025-02-01")
	b.ReportAllocs()
	var outs []accreditation.Outcome
	for b.Loop() {
		outs, err = ev.Outcomes(outs[:0], batch, asOf)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(batch)), "ns/applicant")
}

// BenchmarkEvaluateUncompiled includes validating and compiling the scheme
// on every call, as the one-shot Evaluate does.
func BenchmarkEvaluateUncompiled(b *testing.B) {
	s, _ := accreditation.SchemeByID(accreditation.SchemeSGRSW)
	f, asOf := sgRSWApplicant(), d("2025-02-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := accreditation.Evaluate(s, f, asOf); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEvaluatorConcurrent shares one Evaluator between goroutines (run
// under -race).
func TestEvaluatorConcurrent(t *testing.T) {
	s, _ := accreditation.SchemeByID(accreditation.SchemeSGRSW)
	ev, err := accreditation.NewEvaluator(s, accreditation.PurposeGrant)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ev.Evaluate(sgRSWApplicant(), d("2025-02-01"))
	done := make(chan accreditation.Outcome)
	for range 8 {
		go func() {
			dec, _ := ev.Evaluate(sgRSWApplicant(), d("2025-02-01"))
			done <- dec.Outcome
		}()
	}
	for range 8 {
		if got := <-done; got != want.Outcome {
			t.Errorf("concurrent outcome %s, want %s", got, want.Outcome)
		}
	}
	if want.Outcome != accreditation.OutcomeMet {
		t.Errorf("the benchmark applicant is %s: %v %v", want.Outcome, codes(want.Unmet()), codesPaths(want.Missing()))
	}
}

// BenchmarkRecognise measures one recognition under a shipped ASEAN MRA,
// each call validating the rule, both schemes and the facts and compiling
// the host rule: the nursing MRA between the shipped Philippine and
// Singapore nursing schemes, and the engineering MRA with caller-stated
// schemes.
func BenchmarkRecognise(b *testing.B) {
	nOrigin, _ := accreditation.SchemeByID(accreditation.SchemePHNurse)
	nHost, _ := accreditation.SchemeByID(accreditation.SchemeSGNurse)
	eOrigin, eHost := engineeringSchemes("SG")
	cases := []struct {
		name         string
		rule         accreditation.RecognitionRule
		origin, host accreditation.Scheme
		facts        accreditation.Facts
		asOf         string
	}{
		{"nursing-PH-SG", accreditation.ASEANNursingMRA(), nOrigin, nHost, filipinoNurse("2024-12-31"), "2025-02-01"},
		{"engineering-PH-SG", accreditation.ASEANEngineeringMRA(), eOrigin, eHost, engineer(), "2021-07-15"},
	}
	for _, c := range cases {
		asOf := d(c.asOf)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			var sink accreditation.RecognitionDecision
			var err error
			for b.Loop() {
				sink, err = accreditation.Recognise(c.rule, c.origin, c.host, c.facts, asOf)
				if err != nil {
					b.Fatal(err)
				}
			}
			_ = sink
		})
		// The rule and schemes prepared once, as for many applicants.
		b.Run(c.name+"/prepared", func(b *testing.B) {
			r, err := accreditation.NewRecogniser(c.rule, c.origin, c.host)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			var sink accreditation.RecognitionDecision
			for b.Loop() {
				sink, err = r.Recognise(c.facts, asOf)
				if err != nil {
					b.Fatal(err)
				}
			}
			_ = sink
		})
	}
}
