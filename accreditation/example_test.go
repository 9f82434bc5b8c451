package accreditation_test

import (
	"fmt"
	"strings"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

func printFindings(f accreditation.Finding, indent string) {
	line := indent + string(f.Code) + ": " + string(f.Outcome)
	if f.Found != "" {
		line += " (found " + f.Found + ")"
	}
	fmt.Println(line)
	for _, k := range f.Children {
		printFindings(k, indent+"  ")
	}
}

// An eligibility decision: admission to the Philippine licensure
// examination under RA 10847, for an applicant with 960 case hours.
func ExampleEvaluatePurpose() {
	s, _ := accreditation.SchemeByID(accreditation.SchemePHRegistration)
	f := accreditation.Facts{
		BirthDate:   workforce.MustParseDate("2005-01-15"),
		Citizenship: []workforce.CountryCode{"PH"},
		Qualifications: []workforce.Qualification{{Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork,
			Accredited: true, Completed: workforce.MustParseDate("2024-04-30")}},
		Practice: []accreditation.PracticeBlock{{Hours: workforce.MustParseHours("960"), Setting: accreditation.SettingSocialWorkAgency,
			Supervisor: accreditation.SupervisorFacts{Qualified: accreditation.Yes}}},
		Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocHealthCertificate}, {Kind: accreditation.DocGoodMoralCharacter}},
	}
	dec, err := accreditation.EvaluatePurpose(s, accreditation.PurposeExamAdmission, f, workforce.MustParseDate("2024-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(dec.Outcome, "under", dec.VersionID)
	printFindings(dec.Finding, "")
	for _, u := range dec.Unmet() {
		fmt.Printf("unmet %s at %s: found %s, required %s\n", u.Code, u.Path, u.Found, u.Required)
	}
	// Output:
	// not_met under ph.exam_admission.2016
	// ph.exam_admission.2016: not_met
	//   ph.exam.citizenship: met (found PH)
	//   ph.exam.age: met (found 19 years on 2024-06-01)
	//   ph.exam.health: met (found health_certificate)
	//   ph.exam.moral_character: met (found good_moral_character)
	//   ph.exam.degree: met (found bachelor in social_work_counselling, 2024-04-30)
	//   ph.exam.case_hours: not_met (found 960 hours)
	// unmet ph.exam.case_hours at /practice: found 960 hours, required at least 1000 hours; in social_work_agency; qualified supervisor
}

// A renewal with a CPD shortfall: a Thai licence holder with 38 category-1
// and 12 category-2 credits. Category 2 counts at most 10, so 48 of 50
// count and category 1 is short of 40.
func ExampleAssessCPD() {
	s, _ := accreditation.SchemeByID(accreditation.SchemeTHLicence)
	rec := func(date, credits string, cat workforce.CPDCategory, act workforce.CPDActivity) workforce.CPDRecord {
		return workforce.CPDRecord{Date: workforce.MustParseDate(date), Credits: workforce.MustParseCredits(credits), Category: cat, Activity: act}
	}
	f := accreditation.Facts{
		BirthDate: workforce.MustParseDate("1980-07-01"),
		Credentials: []workforce.Credential{
			{SchemeID: accreditation.SchemeTHMembership, Issued: workforce.MustParseDate("2020-01-10"), Expires: workforce.MustParseDate("2030-01-09"), Status: workforce.CredentialActive},
			{SchemeID: accreditation.SchemeTHLicence, Issued: workforce.MustParseDate("2020-06-01"), Expires: workforce.MustParseDate("2025-05-31"), Status: workforce.CredentialActive},
		},
		CPD: []workforce.CPDRecord{
			rec("2021-05-01", "20", workforce.CPDStructured, workforce.ActivityCourse),
			rec("2022-05-01", "18", workforce.CPDStructured, workforce.ActivityConference),
			rec("2023-05-01", "12", workforce.CPDUnstructured, workforce.ActivitySelfStudy),
		},
		KnownEmpty: []accreditation.FactList{accreditation.ListExamSittings},
	}
	asOf := workforce.MustParseDate("2025-04-15")
	a, _ := accreditation.AssessCPD(s, f, asOf)
	fmt.Printf("%s: %s of %s counted (%s before caps), short by %s\n", a.Outcome, a.Counted, a.Required, a.Raw, a.Shortfall)
	for _, l := range a.Limits {
		fmt.Printf("  %s: %s, %s counted of %s\n", l.ID, l.Outcome, l.Counted, l.Raw)
	}
	dec, _ := accreditation.EvaluatePurpose(s, accreditation.PurposeRenewal, f, asOf)
	fmt.Println("renewal:", dec.Outcome)
	for _, u := range dec.Unmet() {
		fmt.Printf("  unmet %s: found %s\n", u.Code, u.Found)
	}
	// Output:
	// not_met: 48 of 50 counted (50 before caps), short by 2
	//   category_1: not_met, 38 counted of 38
	//   category_2: met, 10 counted of 12
	// renewal: not_met
	//   unmet th.renewal.age60: found 44 years on 2025-04-15
	//   unmet th.renewal.ce:category_1: found 38
	//   unmet th.renewal.ce:total: found 48
	//   unmet th.renewal.rewritten: found no sitting of TH-WRITTEN
}

// A recognition under the ASEAN nursing MRA model: 2 years and 6 months
// of continuous practice fall short of the 3 years required.
func ExampleRecognise() {
	origin, host := mraSchemes()
	f := accreditation.Facts{
		Credentials: []workforce.Credential{{SchemeID: "TEST-PH-RN", Issued: workforce.MustParseDate("2021-12-01"), Status: workforce.CredentialActive}},
		Work:        []accreditation.WorkPeriod{{Start: workforce.MustParseDate("2022-01-01"), End: workforce.MustParseDate("2024-06-30")}},
		Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocCPDCompliance, Date: workforce.MustParseDate("2024-07-01")},
			{Kind: accreditation.DocLanguage, Date: workforce.MustParseDate("2024-05-01")}},
		KnownEmpty: []accreditation.FactList{accreditation.ListProceedings},
	}
	rd, err := accreditation.Recognise(accreditation.ASEANNursingMRA(), origin, host, f, workforce.MustParseDate("2024-07-15"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rd.Outcome+":", rd.Message)
	for _, c := range rd.Conditions {
		fmt.Println(strings.TrimSpace("  " + string(c.Code) + ": " + string(c.Outcome) + " " + c.Found))
	}
	fmt.Println("host requirements met:", rd.Met, "missing:", rd.Missing)

	// Three full years later the conditions hold.
	f.Work[0].End = workforce.MustParseDate("2025-03-31")
	rd, _ = accreditation.Recognise(accreditation.ASEANNursingMRA(), origin, host, f, workforce.MustParseDate("2025-04-15"))
	fmt.Println(rd.Outcome+":", rd.Message)
	// Output:
	// refused: the holder does not meet the conditions of ASEAN-MRA-NURSING
	// origin.credential: met TEST-PH-RN active
	// mra.practice: not_met 912 days continuous
	// mra.cpd: met cpd_compliance_statement dated 2024-07-01
	// mra.no_investigation: met
	// mra.no_violation: met
	// host requirements met: [test.language] missing: []
	// recognised_with_restrictions: recognised under ASEAN-MRA-NURSING, with restrictions: Subject to the host's domestic regulation: host registration, language and temporary licensing requirements
}

// The lifecycle of a Singapore accreditation that was not renewed: a
// one-year extension, then a two-year rolling extension, then lapse.
func ExampleStanding() {
	s, _ := accreditation.SchemeByID(accreditation.SchemeSGRSW)
	h := accreditation.Holding{SchemeID: accreditation.SchemeSGRSW, Events: []accreditation.LifecycleEvent{
		{Kind: accreditation.EventIssued, Date: workforce.MustParseDate("2023-04-01")}}}
	for _, on := range []string{"2024-06-01", "2025-02-01", "2025-04-01", "2027-01-01", "2028-04-01"} {
		st, _ := accreditation.Standing(s, h, workforce.MustParseDate(on), accreditation.Calendar{})
		fmt.Printf("%s %-13s %s\n", on, st.State, st.Message)
	}
	// Output:
	// 2024-06-01 active        active until 2025-03-31
	// 2025-02-01 renewal_open  active until 2025-03-31; renewal open from 2024-12-31
	// 2025-04-01 extension     expired on 2025-03-31; in extension until 2026-03-31, not accredited or authorised meanwhile
	// 2027-01-01 extension     expired on 2025-03-31; in extension until 2028-03-31, not accredited or authorised meanwhile
	// 2028-04-01 lapsed        lapsed: expired on 2025-03-31
}

// The ASWB retest rule: the day after the test is day 1, and the retest
// is allowed on day 91.
func ExampleEarliestRetest() {
	s, _ := accreditation.SchemeByID("ASWB-CLINICAL")
	fmt.Println(accreditation.EarliestRetest(s.Exams[0], workforce.MustParseDate("2025-01-10")))
	// Output:
	// 2025-04-11
}

// A malformed scheme is rejected with every problem and its JSON Pointer.
func ExampleScheme_Validate() {
	doc := []byte(`{
	  "id": "XX-DEMO", "title": "Demo", "jurisdiction": "PH", "basis": "statutory", "kind": "licence",
	  "issuing_body": "Demo board", "prerequisites": ["XX-DEMO"],
	  "source": {"title": "Demo"}, "confidence": "partial",
	  "exams": [{"id": "DEMO-EXAM", "title": "Demo exam", "from": "2020-01-01", "scoring": "weighted_average",
	             "pass_average": "70", "source": {"title": "Demo"}, "confidence": "partial",
	             "subjects": [{"id": "a", "weight": "60"}, {"id": "b", "weight": "30"}]}],
	  "versions": [
	    {"id": "v1", "purpose": "grant", "event_date": "filing_date", "from": "2020-01-01", "source": {"title": "Demo"}, "confidence": "partial",
	     "requirements": [{"id": "r1", "kind": "interview_score"}]},
	    {"id": "v2", "purpose": "grant", "event_date": "filing_date", "from": "2021-01-01", "source": {"title": "Demo"}, "confidence": "partial"}
	  ]
	}`)
	var s accreditation.Scheme
	if err := workforce.Decode(doc, &s); err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range workforce.AsProblems(s.Validate()) {
		fmt.Printf("%s %s\n", p.Code, p.Path)
	}
	// Output:
	// weights_sum /exams/0/subjects
	// cycle /prerequisites/0
	// not_supported /versions/0/requirements/0/kind
	// overlap /versions/1
}

// Many applicants against one scheme: compile once, count outcomes.
func ExampleEvaluator_Outcomes() {
	s, _ := accreditation.SchemeByID(accreditation.SchemeSGProvisional)
	ev, err := accreditation.NewEvaluator(s, accreditation.PurposeGrant)
	if err != nil {
		fmt.Println(err)
		return
	}
	applicants := []accreditation.Facts{sgApplicant("80"), sgApplicant("74"), {}}
	outs, err := ev.Outcomes(nil, applicants, workforce.MustParseDate("2025-02-01"))
	fmt.Println(outs, err)
	my, _ := accreditation.SchemeByID("MY-NO-REGIME")
	dec, _ := accreditation.Evaluate(my, accreditation.Facts{}, workforce.MustParseDate("2025-02-01"))
	fmt.Println(dec.Outcome, dec.Finding.Reason)
	// Output:
	// [met not_met unknown] <nil>
	// not_applicable no_regime
}
