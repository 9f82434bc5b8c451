package accreditation_test

import (
	"fmt"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// Two readings of one period: Singapore's renewal page asks for 40
// structured CPE credits, its updates page for 30. A holder with 35 is
// refused under the default reading, and the decision shows that the
// other reading would renew.
func ExampleEvaluator_WithReading() {
	s, _ := accreditation.SchemeByID(accreditation.SchemeSGRSW)
	ev, _ := accreditation.NewEvaluator(s, accreditation.PurposeRenewal)
	f := accreditation.Facts{
		Credentials: []workforce.Credential{{SchemeID: accreditation.SchemeSGRSW, Issued: workforce.MustParseDate("2023-04-01"),
			Expires: workforce.MustParseDate("2025-03-31"), Status: workforce.CredentialActive}},
		CPD: []workforce.CPDRecord{
			{Date: workforce.MustParseDate("2023-09-01"), Credits: workforce.MustParseCredits("35"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse},
			{Date: workforce.MustParseDate("2024-09-01"), Credits: workforce.MustParseCredits("25"), Category: workforce.CPDUnstructured, Activity: workforce.ActivitySelfStudy},
		},
	}
	for _, reading := range []workforce.ID{"", "sg.cpe.structured_30"} {
		e, _ := ev.WithReading(reading)
		d, _ := e.Evaluate(f, workforce.MustParseDate("2025-02-15"))
		fmt.Println(d.Reading, d.Outcome, "- other reading:", d.Conflicts[0].Reading, d.Conflicts[0].Outcome)
	}
	// Output:
	// sg.cpe.structured_40 not_met - other reading: sg.cpe.structured_30 met
	// sg.cpe.structured_30 met - other reading: sg.cpe.structured_40 not_met
}

// May a social worker of another country, called in for consultation by
// a UN agency, practise in the Philippines without a certificate of
// registration? RA 4373 s.10, as amended in 1967, says yes.
func ExampleRulePurpose_Act() {
	s, _ := accreditation.SchemeByID(accreditation.SchemePHRegistration)
	f := accreditation.Facts{
		Citizenship: []workforce.CountryCode{"US"},
		Documents:   []accreditation.SupportingDocument{{Kind: accreditation.DocConsultationInvitation, Date: workforce.MustParseDate("2025-03-01")}},
		KnownEmpty:  []accreditation.FactList{accreditation.ListCredentials},
	}
	for _, p := range []accreditation.RulePurpose{accreditation.PurposePractice, accreditation.PurposeTitleUse} {
		d, _ := accreditation.EvaluatePurpose(s, p, f, workforce.MustParseDate("2025-03-10"))
		fmt.Println(p, p.Act(), d.Outcome)
	}
	// Output:
	// practice true met
	// title_use true not_met
}

// The 1967 admission rule (age 21) replayed for a 19-year-old applicant
// of 2024, whom the rule in force (age 18) admits.
func ExampleEvaluator_Replay() {
	s, _ := accreditation.SchemeByID(accreditation.SchemePHRegistration)
	ev, _ := accreditation.NewEvaluator(s, accreditation.PurposeExamAdmission)
	f := accreditation.Facts{BirthDate: workforce.MustParseDate("2005-01-15"), KnownEmpty: []accreditation.FactList{accreditation.ListCitizenship}}
	d, _ := ev.Replay("ph.exam_admission.1967", f, workforce.MustParseDate("2024-06-01"))
	age, _ := d.Find("ph.exam.age")
	fmt.Println(d.VersionID, d.Replayed, age.Outcome, age.Found)
	// Output:
	// ph.exam_admission.1967 true not_met 19 years on 2024-06-01
}

// Thai written examination: a practice pass is banked for three years;
// on 2024-06-01 ethics must be sat again by 2025-02-26.
func ExampleExamStanding() {
	s, _ := accreditation.SchemeByID(accreditation.SchemeTHProvisional)
	f := accreditation.Facts{ExamSittings: []accreditation.ExamSitting{{Exam: accreditation.ExamTHWritten, Date: workforce.MustParseDate("2022-02-26"),
		Subjects: []accreditation.SubjectScore{{Subject: "ethics", Result: accreditation.ResultFailed}, {Subject: "practice", Result: accreditation.ResultPassed}}}}}
	p, _ := accreditation.ExamStanding(s, accreditation.ExamTHWritten, f, workforce.MustParseDate("2024-06-01"))
	for _, sp := range p.Subjects {
		fmt.Println(sp.Subject, sp.State)
	}
	fmt.Println("resit by", p.ResitBy)
	// Output:
	// ethics to_sit
	// practice banked
	// resit by 2025-02-26
}
