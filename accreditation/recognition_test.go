package accreditation_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// adaptationRule is a test rule modelled on Social Work England's
// individual assessment: the origin credential and a language certificate
// are needed, the host's local practice can be supplied by adaptation.
func adaptationRule() accreditation.RecognitionRule {
	return accreditation.RecognitionRule{ID: "TEST-ADAPT", Title: "Test rule", From: d("2000-01-01"), Outcome: accreditation.RecognitionRecognised,
		Waives: []workforce.ID{"host.local_exam"}, Adaptable: []workforce.ID{"host.local_practice"},
		Source: accreditation.RuleSource{Title: "Test fixture"}, Confidence: accreditation.ConfidenceUnconfirmed}
}

func adaptationHost() accreditation.Scheme {
	_, host := mraSchemes()
	host.Versions[0].Requirements = []accreditation.Requirement{
		{ID: "host.local_exam", Kind: accreditation.ReqDocument, Title: "Local examination certificate", Document: accreditation.DocStandardsCertificate},
		{ID: "host.local_practice", Kind: accreditation.ReqExperience, Title: "Six months of local practice", MinMonths: 6, Countries: []workforce.CountryCode{"SG"}},
	}
	return host
}

func TestRecognise(t *testing.T) {
	origin, _ := mraSchemes()
	base := accreditation.Facts{
		Credentials: []workforce.Credential{held("TEST-PH-RN", "2015-01-01", "")},
		Work:        []accreditation.WorkPeriod{{Start: d("2015-01-01"), End: d("2024-12-31"), Country: "PH"}},
		KnownEmpty:  []accreditation.FactList{accreditation.ListDocuments},
	}
	cases := []struct {
		name    string
		rule    accreditation.RecognitionRule
		origin  accreditation.Scheme
		host    accreditation.Scheme
		facts   func() accreditation.Facts
		outcome accreditation.RecognitionOutcome
		met     []string
		missing []string
	}{
		{"waived exam, adaptation for local practice", adaptationRule(), origin, adaptationHost(), func() accreditation.Facts { return base },
			accreditation.RecognitionAdaptation, []string{"host.local_exam"}, []string{"host.local_practice"}},
		{"recognised after local practice", adaptationRule(), origin, adaptationHost(), func() accreditation.Facts {
			f := base
			f.Work = append(slices.Clone(base.Work), accreditation.WorkPeriod{Start: d("2025-01-01"), End: d("2025-07-31"), Country: "SG"})
			return f
		}, accreditation.RecognitionRecognised, []string{"host.local_exam", "host.local_practice"}, nil},
		{"no waiver without a current origin credential", adaptationRule(), origin, adaptationHost(), func() accreditation.Facts {
			f := base
			f.Credentials = []workforce.Credential{{SchemeID: "TEST-PH-RN", Issued: d("2015-01-01"), Status: workforce.CredentialRevoked}}
			return f
		}, accreditation.RecognitionRefused, nil, []string{"host.local_exam", "host.local_practice"}},
		{"host without a regime", adaptationRule(), origin, scheme(t, "MY-NO-REGIME"), func() accreditation.Facts { return base },
			accreditation.RecognitionNotApplicable, nil, nil},
		{"origin without a regime: qualification recognition only", adaptationRule(), scheme(t, "KH-NO-REGIME"), adaptationHost(), func() accreditation.Facts { return base },
			accreditation.RecognitionRefused, nil, []string{"host.local_exam", "host.local_practice"}},
		{"rule not covering the host", accreditation.ASEANNursingMRA(), origin, scheme(t, accreditation.SchemeSWE), func() accreditation.Facts { return base },
			accreditation.RecognitionNotApplicable, nil, nil},
		{"missing facts", adaptationRule(), origin, adaptationHost(), func() accreditation.Facts {
			f := base
			f.Work = nil
			return f
		}, accreditation.RecognitionUndetermined, []string{"host.local_exam"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rd, err := accreditation.Recognise(c.rule, c.origin, c.host, c.facts(), d("2025-08-01"))
			if err != nil {
				t.Fatal(err)
			}
			if err := rd.Validate(); err != nil {
				t.Fatal(err)
			}
			if rd.Outcome != c.outcome || !slices.Equal(idStrings(rd.Met), c.met) || !slices.Equal(idStrings(rd.Missing), c.missing) {
				t.Errorf("%s met %v missing %v (%s); want %s met %v missing %v", rd.Outcome, rd.Met, rd.Missing, rd.Message, c.outcome, c.met, c.missing)
			}
		})
	}
}

func TestPhilippineReciprocity(t *testing.T) {
	origin, host := scheme(t, accreditation.SchemeTHLicence), scheme(t, accreditation.SchemePHRegistration)
	f := phApplicant("1000")
	f.Citizenship = []workforce.CountryCode{"TH"}
	f.Credentials = []workforce.Credential{held(accreditation.SchemeTHLicence, "2024-05-01", "2029-04-30")}
	// Domestic route: refused on citizenship only.
	dom := evaluate(t, host, accreditation.PurposeExamAdmission, f, "2024-06-01")
	if got := codes(dom.Unmet()); !slices.Equal(got, []string{"ph.exam.citizenship"}) {
		t.Fatalf("domestic unmet = %v", got)
	}
	rd, err := accreditation.Recognise(accreditation.PhilippineReciprocity(), origin, host, f, d("2024-06-01"))
	if err != nil || rd.Outcome != accreditation.RecognitionRefused {
		t.Fatalf("without proof: %s %v", rd.Outcome, err)
	}
	f.Documents = append(slices.Clone(f.Documents), accreditation.SupportingDocument{Kind: accreditation.DocReciprocity, Date: d("2024-05-20")})
	rd, err = accreditation.Recognise(accreditation.PhilippineReciprocity(), origin, host, f, d("2024-06-01"))
	if err != nil || rd.Outcome != accreditation.RecognitionRecognised {
		t.Fatalf("with proof: %s %v (%s)", rd.Outcome, err, rd.Message)
	}
	if got, _ := rd.Host.Find("ph.exam.citizenship"); got.Reason != accreditation.ReasonWaived {
		t.Errorf("citizenship reason %s, want waived", got.Reason)
	}
}

func idStrings(ids []workforce.ID) []string {
	var out []string
	for _, id := range ids {
		out = append(out, string(id))
	}
	return out
}

func TestFactsFromWorker(t *testing.T) {
	w := workforce.Worker{ID: "W-1", Sex: workforce.SexFemale, BirthDate: d("1990-05-01"), Cadre: workforce.CadreProfessional, Nationality: "PH",
		Qualifications: []workforce.Qualification{{Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork, Completed: d("2012-04-30")}},
		Credentials:    []workforce.Credential{held(accreditation.SchemePHRegistration, "2012-09-01", ""), held(accreditation.SchemePHLicence, "2022-06-01", "2025-05-31")},
		Employments:    []workforce.Employment{{PostID: "P-1", Start: d("2013-01-02"), FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent}},
		CPD:            []workforce.CPDRecord{{Date: d("2024-02-14"), Hours: hrs("12.5"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse, Topics: []workforce.CPDTopic{workforce.TopicEthics}}},
	}
	f := accreditation.FactsFromWorker(w)
	if err := f.Validate(); err != nil {
		t.Fatal(err)
	}
	if f.SubjectID != "W-1" || f.Citizenship[0] != "PH" || len(f.Work) != 1 || !f.Work[0].FTE.Equal(workforce.FullTime()) {
		t.Errorf("facts %+v", f)
	}
	f.CPD[0].Topics[0] = workforce.TopicLawPolicy
	if w.CPD[0].Topics[0] != workforce.TopicEthics {
		t.Error("FactsFromWorker shares memory with the worker")
	}
	// A registry holds no circumstances or documents: the PH renewal is
	// unknown, never a false "not met".
	dec := evaluate(t, scheme(t, accreditation.SchemePHLicence), accreditation.PurposeRenewal, accreditation.FactsFromWorker(w), "2025-05-01")
	wantOutcome(t, dec, accreditation.OutcomeUnknown)
}

// TestReciprocityWithoutHomeRegime: the Philippine reciprocity rule is
// between countries [S10]: a Malaysian applicant (no social work regime
// at home) or a graduate holding no credential at all is admitted to the
// examination once reciprocity is proven, the citizenship requirement
// waived; without the proof the rule refuses.
func TestReciprocityWithoutHomeRegime(t *testing.T) {
	host := scheme(t, accreditation.SchemePHRegistration)
	facts := phApplicant("1000")
	facts.Citizenship = []workforce.CountryCode{"MY"}
	facts.Documents = append(slices.Clone(facts.Documents), accreditation.SupportingDocument{Kind: accreditation.DocReciprocity, Date: d("2024-05-01")})
	for _, origin := range []accreditation.Scheme{scheme(t, "MY-NO-REGIME"), {}} {
		rd, err := accreditation.Recognise(accreditation.PhilippineReciprocity(), origin, host, facts, d("2024-06-01"))
		if err != nil {
			t.Fatal(err)
		}
		if rd.Outcome != accreditation.RecognitionRecognised || !slices.Contains(rd.Met, "ph.exam.citizenship") {
			t.Errorf("origin %q: %s (%s), met %v missing %v", origin.ID, rd.Outcome, rd.Message, rd.Met, rd.Missing)
		}
		if err := rd.Validate(); err != nil {
			t.Error(err)
		}
		without := facts
		without.Documents = facts.Documents[:len(facts.Documents)-1]
		rd, _ = accreditation.Recognise(accreditation.PhilippineReciprocity(), origin, host, without, d("2024-06-01"))
		if rd.Outcome != accreditation.RecognitionRefused {
			t.Errorf("origin %q without proof: %s", origin.ID, rd.Outcome)
		}
	}
	// A credential-based arrangement gives a graduate qualification
	// recognition only: nothing is waived.
	_, host2 := mraSchemes()
	rd, err := accreditation.Recognise(accreditation.ASEANNursingMRA(), accreditation.Scheme{}, host2,
		accreditation.Facts{Citizenship: []workforce.CountryCode{"PH"}, KnownEmpty: []accreditation.FactList{accreditation.ListWork, accreditation.ListDocuments, accreditation.ListProceedings}},
		d("2024-07-15"))
	if err != nil || rd.Outcome != accreditation.RecognitionRefused || !strings.Contains(rd.Message, "qualification recognition only") {
		t.Errorf("graduate under the MRA: %s (%s) %v", rd.Outcome, rd.Message, err)
	}
}
