package accreditation_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// filipinoNurse is a Philippine registered nurse [S149][S150]: a BSN,
// registered after passing the licensure examination, working
// continuously in the Philippines from 1 Jan 2022 until end, with a CPD
// compliance statement, no proceedings, and an accepted offer from a
// Singapore hospital from 1 Sep 2025.
func filipinoNurse(end string) accreditation.Facts {
	return accreditation.Facts{
		Citizenship: []workforce.CountryCode{"PH"},
		Qualifications: []workforce.Qualification{{Title: "Bachelor of Science in Nursing", Level: workforce.EducationBachelor, Field: workforce.FieldNursing,
			Country: "PH", Completed: d("2021-06-30")}},
		Credentials: []workforce.Credential{held(accreditation.SchemePHNurse, "2021-12-01", "2027-11-30")},
		Work: []accreditation.WorkPeriod{
			{Start: d("2022-01-01"), End: d(end), FTE: workforce.FullTime(), Setting: accreditation.SettingHealth, Country: "PH"},
			{Start: d("2025-09-01"), Setting: accreditation.SettingHealth, Country: "SG", Offer: true},
		},
		Documents:  []accreditation.SupportingDocument{{Kind: accreditation.DocCPDCompliance, Date: d("2024-07-01")}},
		KnownEmpty: []accreditation.FactList{accreditation.ListProceedings},
	}
}

// TestNursingMRABetweenShippedSchemes applies the ASEAN nursing MRA
// [S139][S140] between the shipped Philippine registered nurse (origin,
// RA 9173 [S149]) and Singapore Nursing Board registration (host, foreign
// route [S151]): 2 years 6 months of continuous practice fall short of
// the 3 continuous years; 3 years give recognition with restrictions
// once the host's own requirements are met (here an accepted offer from
// a Singapore healthcare institution); without the offer the host
// requirement is missing and the MRA cannot supply it.
func TestNursingMRABetweenShippedSchemes(t *testing.T) {
	origin, host := scheme(t, accreditation.SchemePHNurse), scheme(t, accreditation.SchemeSGNurse)
	cases := []struct {
		name     string
		facts    func() accreditation.Facts
		asOf     string
		outcome  accreditation.RecognitionOutcome
		practice accreditation.Outcome
		missing  []string
	}{
		{"2 years 6 months: not eligible", func() accreditation.Facts { return filipinoNurse("2024-06-30") }, "2024-07-15",
			accreditation.RecognitionRefused, accreditation.OutcomeNotMet, nil},
		{"3 continuous years: recognised with restrictions", func() accreditation.Facts { return filipinoNurse("2024-12-31") }, "2025-02-01",
			accreditation.RecognitionRestricted, accreditation.OutcomeMet, nil},
		{"3 years with a gap: not continuous", func() accreditation.Facts {
			f := filipinoNurse("2023-06-30")
			f.Work = append(f.Work, accreditation.WorkPeriod{Start: d("2023-09-01"), End: d("2024-12-31"), FTE: workforce.FullTime(), Country: "PH"})
			return f
		}, "2025-02-01", accreditation.RecognitionRefused, accreditation.OutcomeNotMet, nil},
		{"no offer from a Singapore institution: host requirement missing", func() accreditation.Facts {
			f := filipinoNurse("2024-12-31")
			f.Work = f.Work[:1]
			return f
		}, "2025-02-01", accreditation.RecognitionRefused, accreditation.OutcomeMet, []string{"sg.rn.offer"}},
		{"a closed investigation: the MRA's condition holds, SNB's does not [S152]", func() accreditation.Facts {
			f := filipinoNurse("2024-12-31")
			f.KnownEmpty = nil
			f.Proceedings = []accreditation.Proceeding{{Kind: accreditation.ProceedingInvestigation, Start: d("2023-02-01"), End: d("2023-05-31")}}
			return f
		}, "2025-02-01", accreditation.RecognitionRefused, accreditation.OutcomeMet, []string{"sg.rn.no_proceedings"}},
		{"origin registration lapsed", func() accreditation.Facts {
			f := filipinoNurse("2024-12-31")
			f.Credentials = []workforce.Credential{held(accreditation.SchemePHNurse, "2018-12-01", "2024-11-30")}
			return f
		}, "2025-02-01", accreditation.RecognitionRefused, accreditation.OutcomeMet, []string{"sg.rn.home_registration"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rd, err := accreditation.Recognise(accreditation.ASEANNursingMRA(), origin, host, c.facts(), d(c.asOf))
			if err != nil {
				t.Fatal(err)
			}
			if err := rd.Validate(); err != nil {
				t.Fatal(err)
			}
			var practice accreditation.Outcome
			for _, f := range rd.Conditions {
				if f.Code == "mra.practice" {
					practice = f.Outcome
				}
			}
			if rd.Outcome != c.outcome || practice != c.practice || !slices.Equal(idStrings(rd.Missing), c.missing) {
				t.Errorf("%s (%s), practice %s, missing %v; want %s, practice %s, missing %v", rd.Outcome, rd.Message, practice, rd.Missing, c.outcome, c.practice, c.missing)
			}
			if c.outcome == accreditation.RecognitionRestricted && (len(rd.Restrictions) == 0 || !strings.Contains(rd.Restrictions[0], "host's domestic regulation")) {
				t.Errorf("restrictions %v", rd.Restrictions)
			}
		})
	}
	// Social work is not nursing: a Philippine registered social worker
	// with the same practice meets the MRA's own conditions (the model is
	// generic by kind), but not the host's nursing requirements.
	sw := filipinoNurse("2024-12-31")
	sw.Qualifications[0].Field = workforce.FieldSocialWork
	sw.Credentials = []workforce.Credential{held(accreditation.SchemePHRegistration, "2021-12-01", "")}
	rd, err := accreditation.Recognise(accreditation.ASEANNursingMRA(), scheme(t, accreditation.SchemePHRegistration), host, sw, d("2025-02-01"))
	if err != nil {
		t.Fatal(err)
	}
	if rd.Outcome != accreditation.RecognitionRefused || !slices.Equal(idStrings(rd.Missing), []string{"sg.rn.programme", "sg.rn.home_registration"}) {
		t.Errorf("a social worker under the nursing MRA: %s (%s), missing %v", rd.Outcome, rd.Message, rd.Missing)
	}
}

// TestPhilippineNurseGrant: RA 9173 s.13 [S150] — citizenship or
// reciprocity, good moral character, a BSN — and the licensure
// examination passed (the Board's result) for registration [S149].
func TestPhilippineNurseGrant(t *testing.T) {
	s := scheme(t, accreditation.SchemePHNurse)
	base := func() accreditation.Facts {
		return accreditation.Facts{
			Citizenship: []workforce.CountryCode{"PH"},
			Qualifications: []workforce.Qualification{{Level: workforce.EducationBachelor, Field: workforce.FieldNursing,
				Country: "PH", Completed: d("2021-06-30")}},
			Documents:    []accreditation.SupportingDocument{{Kind: accreditation.DocGoodMoralCharacter, Date: d("2021-07-01")}},
			ExamSittings: []accreditation.ExamSitting{{Exam: accreditation.ExamPHNurse, Date: d("2021-11-20"), Result: accreditation.ResultPassed}},
		}
	}
	cases := []struct {
		name    string
		purpose accreditation.RulePurpose
		edit    func(*accreditation.Facts)
		outcome accreditation.Outcome
		unmet   []string
	}{
		{"admitted to the examination", accreditation.PurposeExamAdmission, func(f *accreditation.Facts) { f.ExamSittings = nil }, accreditation.OutcomeMet, nil},
		{"registered after passing", accreditation.PurposeGrant, func(*accreditation.Facts) {}, accreditation.OutcomeMet, nil},
		{"failed the examination", accreditation.PurposeGrant, func(f *accreditation.Facts) { f.ExamSittings[0].Result = accreditation.ResultFailed },
			accreditation.OutcomeNotMet, []string{"ph.rn.exam"}},
		{"a social work degree is not a BSN", accreditation.PurposeExamAdmission, func(f *accreditation.Facts) { f.Qualifications[0].Field = workforce.FieldSocialWork },
			accreditation.OutcomeNotMet, []string{"ph.rn.degree"}},
		{"foreigner without reciprocity", accreditation.PurposeExamAdmission, func(f *accreditation.Facts) { f.Citizenship = []workforce.CountryCode{"MY"} },
			accreditation.OutcomeNotMet, []string{"ph.rn.citizen", "ph.rn.reciprocity"}},
		{"foreigner with reciprocity", accreditation.PurposeExamAdmission, func(f *accreditation.Facts) {
			f.Citizenship = []workforce.CountryCode{"MY"}
			f.Documents = append(f.Documents, accreditation.SupportingDocument{Kind: accreditation.DocReciprocity, Date: d("2021-07-01")})
		}, accreditation.OutcomeMet, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := base()
			c.edit(&f)
			dec := evaluate(t, s, c.purpose, f, "2022-01-10")
			if dec.Outcome != c.outcome || !slices.Equal(codes(dec.Unmet()), c.unmet) {
				t.Errorf("%s unmet %v; want %s unmet %v", dec.Outcome, codes(dec.Unmet()), c.outcome, c.unmet)
			}
		})
	}
}

// engineer is a Philippine professional engineer meeting the ACPE
// criteria of the ASEAN engineering MRA [S147]: an accredited degree
// (2012), 9 years of practice after it, a certified record of
// responsible charge, a CPD compliance statement, no finding on record.
func engineer() accreditation.Facts {
	return accreditation.Facts{
		Citizenship: []workforce.CountryCode{"PH"},
		Qualifications: []workforce.Qualification{{Title: "BS Civil Engineering", Level: workforce.EducationBachelor, Field: workforce.FieldOther,
			Accredited: true, Country: "PH", Completed: d("2012-04-30")}},
		Credentials: []workforce.Credential{held("TEST-PH-PE", "2013-01-15", "2026-01-14")},
		Work:        []accreditation.WorkPeriod{{Start: d("2012-06-01"), End: d("2021-06-30"), FTE: workforce.FullTime(), Country: "PH"}},
		Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocResponsibleCharge, Date: d("2019-03-01")},
			{Kind: accreditation.DocCPDCompliance, Date: d("2019-03-15")}, {Kind: accreditation.DocApplicationForm, Date: d("2019-04-01")}},
		KnownEmpty: []accreditation.FactList{accreditation.ListProceedings},
	}
}

// engineeringSchemes are caller-stated schemes (not shipped): the origin
// professional engineer registration and the host's rule for registering
// an RFPE, here an application only.
func engineeringSchemes(hostCountry workforce.CountryCode) (origin, host accreditation.Scheme) {
	src := accreditation.RuleSource{Title: "Test fixture (not a real rule)"}
	origin = accreditation.Scheme{ID: "TEST-PH-PE", Title: "Test fixture: Philippine professional engineer", Jurisdiction: "PH",
		Basis: accreditation.BasisStatutory, Kind: accreditation.KindRegistration, IssuingBody: "Test fixture", Source: src, Confidence: accreditation.ConfidenceUnconfirmed}
	host = accreditation.Scheme{ID: "TEST-RFPE", Title: "Test fixture: registration as a Registered Foreign Professional Engineer", Jurisdiction: hostCountry,
		Basis: accreditation.BasisStatutory, Kind: accreditation.KindRegistration, IssuingBody: "Test fixture", Source: src, Confidence: accreditation.ConfidenceUnconfirmed,
		Versions: []accreditation.RuleVersion{{ID: "rfpe.grant", Purpose: accreditation.PurposeGrant, EventDate: accreditation.EventFilingDate, From: d("2005-12-09"),
			Source: src, Confidence: accreditation.ConfidenceUnconfirmed,
			Requirements: []accreditation.Requirement{{ID: "rfpe.application", Kind: accreditation.ReqDocument, Title: "Application to the host's regulatory authority", Document: accreditation.DocApplicationForm}}}}}
	return origin, host
}

// TestASEANEngineeringMRA: the ACPE criteria of the ASEAN MRA on
// Engineering Services, Art. 3.1 [S147] — accredited degree, 7 years
// after graduation, 2 years in responsible charge, CPD, no serious
// violation — and registration as RFPE in another member state (Art.
// 3.3), in collaboration with host engineers, not independently [S142].
func TestASEANEngineeringMRA(t *testing.T) {
	cases := []struct {
		name    string
		host    workforce.CountryCode
		edit    func(*accreditation.Facts)
		asOf    string
		outcome accreditation.RecognitionOutcome
		unmet   string
	}{
		{"ACPE criteria met: RFPE with restrictions", "SG", func(*accreditation.Facts) {}, "2021-07-15", accreditation.RecognitionRestricted, ""},
		{"6 years 11 months after graduation", "SG", func(f *accreditation.Facts) { f.Work[0].End = d("2019-03-31") }, "2019-04-15",
			accreditation.RecognitionRefused, "mra.eng.experience"},
		{"experience before graduation does not count", "SG", func(f *accreditation.Facts) {
			f.Qualifications[0].Completed = d("2015-04-30")
		}, "2021-07-15", accreditation.RecognitionRefused, "mra.eng.experience"},
		{"degree not accredited", "SG", func(f *accreditation.Facts) { f.Qualifications[0].Accredited = false }, "2021-07-15",
			accreditation.RecognitionRefused, "mra.eng.degree"},
		{"no record of responsible charge", "SG", func(f *accreditation.Facts) { f.Documents = slices.Delete(f.Documents, 0, 1) }, "2021-07-15",
			accreditation.RecognitionRefused, "mra.eng.responsible_charge"},
		{"serious violation on record", "SG", func(f *accreditation.Facts) {
			f.KnownEmpty = nil
			f.Proceedings = []accreditation.Proceeding{{Kind: accreditation.ProceedingFinding, Start: d("2018-02-01"), End: d("2018-09-30")}}
		}, "2021-07-15", accreditation.RecognitionRefused, "mra.eng.no_violation"},
		{"removed from the register", "SG", func(f *accreditation.Facts) {
			f.KnownEmpty = nil
			f.Proceedings = []accreditation.Proceeding{{Kind: accreditation.ProceedingRemovalOrder, Start: d("2019-02-01")}}
		}, "2021-07-15", accreditation.RecognitionRefused, "mra.eng.no_violation"},
		{"origin registration lapsed", "SG", func(f *accreditation.Facts) { f.Credentials[0].Expires = d("2021-01-14") }, "2021-07-15",
			accreditation.RecognitionRefused, "origin.credential"},
		{"proceedings not stated", "SG", func(f *accreditation.Facts) { f.KnownEmpty = nil }, "2021-07-15", accreditation.RecognitionUndetermined, ""},
		{"host is the home country", "PH", func(*accreditation.Facts) {}, "2021-07-15", accreditation.RecognitionNotApplicable, ""},
		{"host outside ASEAN", "AU", func(*accreditation.Facts) {}, "2021-07-15", accreditation.RecognitionNotApplicable, ""},
		{"before the MRA was signed", "SG", func(*accreditation.Facts) {}, "2005-12-08", accreditation.RecognitionNotApplicable, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			origin, host := engineeringSchemes(c.host)
			f := engineer()
			c.edit(&f)
			rd, err := accreditation.Recognise(accreditation.ASEANEngineeringMRA(), origin, host, f, d(c.asOf))
			if err != nil {
				t.Fatal(err)
			}
			if err := rd.Validate(); err != nil {
				t.Fatal(err)
			}
			var unmet []string
			for _, k := range rd.Conditions {
				if k.Outcome == accreditation.OutcomeNotMet {
					unmet = append(unmet, string(k.Code))
				}
			}
			want := []string(nil)
			if c.unmet != "" {
				want = []string{c.unmet}
			}
			if rd.Outcome != c.outcome || !slices.Equal(unmet, want) {
				t.Errorf("%s (%s), unmet conditions %v; want %s, %v", rd.Outcome, rd.Message, unmet, c.outcome, want)
			}
			if rd.Outcome == accreditation.RecognitionRestricted && !strings.Contains(strings.Join(rd.Restrictions, "; "), "not in independent practice") {
				t.Errorf("restrictions %v", rd.Restrictions)
			}
		})
	}
}

// TestRecogniserMatchesRecognise: a Recogniser prepared once decides as
// Recognise does, on every date around the cases' thresholds, from many
// goroutines at once, and is not changed by the caller changing what it
// passed.
func TestRecogniserMatchesRecognise(t *testing.T) {
	nOrigin, _ := accreditation.SchemeByID(accreditation.SchemePHNurse)
	nHost, _ := accreditation.SchemeByID(accreditation.SchemeSGNurse)
	eOrigin, eHost := engineeringSchemes("SG")
	cases := []struct {
		name         string
		rule         accreditation.RecognitionRule
		origin, host accreditation.Scheme
		facts        []accreditation.Facts
		dates        []string
	}{
		{"nursing", accreditation.ASEANNursingMRA(), nOrigin, nHost,
			[]accreditation.Facts{filipinoNurse("2024-06-30"), filipinoNurse("2024-12-31")},
			[]string{"2005-01-01", "2024-07-01", "2025-02-01", "2026-01-01"}},
		{"engineering", accreditation.ASEANEngineeringMRA(), eOrigin, eHost,
			[]accreditation.Facts{engineer()}, []string{"2004-01-01", "2018-01-01", "2021-07-15", "2030-01-01"}},
		{"no origin credential", accreditation.ASEANNursingMRA(), accreditation.Scheme{}, nHost,
			[]accreditation.Facts{filipinoNurse("2024-12-31")}, []string{"2025-02-01"}},
	}
	for _, c := range cases {
		r, err := accreditation.NewRecogniser(c.rule, c.origin, c.host)
		if err != nil {
			t.Fatal(err)
		}
		c.rule.Conditions = nil // the recogniser keeps its own copy
		c.rule.ID = "CHANGED"
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for _, f := range c.facts {
					for _, day := range c.dates {
						want, werr := accreditation.Recognise(accreditation.ASEANNursingMRA(), c.origin, c.host, f, d(day))
						if c.name == "engineering" {
							want, werr = accreditation.Recognise(accreditation.ASEANEngineeringMRA(), c.origin, c.host, f, d(day))
						}
						got, gerr := r.Recognise(f, d(day))
						if (werr == nil) != (gerr == nil) || !reflect.DeepEqual(got, want) {
							t.Errorf("%s on %s: Recogniser gives %+v (%v), Recognise %+v (%v)", c.name, day, got, gerr, want, werr)
						}
					}
				}
			})
		}
		wg.Wait()
	}
}

// One recognition rule, prepared once, deciding several applicants: a
// Philippine nurse with two and a half years of continuous practice, and
// one with three.
func ExampleNewRecogniser() {
	origin, _ := accreditation.SchemeByID(accreditation.SchemePHNurse)
	host, _ := accreditation.SchemeByID(accreditation.SchemeSGNurse)
	r, err := accreditation.NewRecogniser(accreditation.ASEANNursingMRA(), origin, host)
	if err != nil {
		panic(err)
	}
	for _, until := range []string{"2024-06-30", "2024-12-31"} {
		dec, err := r.Recognise(filipinoNurse(until), workforce.MustParseDate("2025-02-01"))
		if err != nil {
			panic(err)
		}
		fmt.Printf("practising until %s: %s\n", until, dec.Outcome)
	}
	// Output:
	// practising until 2024-06-30: refused
	// practising until 2024-12-31: recognised_with_restrictions
}
