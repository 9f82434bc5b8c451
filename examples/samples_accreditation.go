package examples

import (
	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// The canonical accreditation samples: a shipped scheme, the facts of a
// synthetic applicant, the decisions the accreditation package makes
// from them on fixed dates, a recognition rule and a credential history.
// Each call returns a fresh value; the decisions are computed, never
// written by hand, so they change only when the rules do.

// SampleDecisionDate is the filing date of [SampleDecision] and
// [SampleRecognitionDecision]: the date the exam-admission rule is about.
const SampleDecisionDate = "2025-03-03"

// SampleScheme returns the shipped Philippine certificate of registration
// as a Registered Social Worker ([accreditation.SchemePHRegistration]):
// its board examination, its lifetime term and its effective-dated rule
// versions for exam admission and grant.
func SampleScheme() accreditation.Scheme {
	s, ok := accreditation.SchemeByID(accreditation.SchemePHRegistration)
	if !ok {
		panic("examples: shipped scheme " + string(accreditation.SchemePHRegistration) + " missing") // impossible: shipped data
	}
	return s
}

// SampleSchemeCatalogue returns the shipped Philippine schemes (the
// certificate of registration and the Professional Identification Card,
// which needs it first) with the reciprocity rule, published together.
func SampleSchemeCatalogue() accreditation.SchemeCatalogue {
	return accreditation.SchemeCatalogue{
		Schemes:     accreditation.Philippines(),
		Recognition: []accreditation.RecognitionRule{accreditation.PhilippineReciprocity()},
	}
}

// SampleFacts returns what is known about a synthetic Filipino applicant
// to the social worker licensure examination: a bachelor's degree in
// social work from an accredited programme, 1,000 case hours in a social
// work agency under a qualified supervisor, a health certificate and a
// certificate of good moral character, no exam sitting and no
// proceeding yet.
func SampleFacts() accreditation.Facts {
	d := workforce.MustParseDate
	return accreditation.Facts{
		SubjectID:   "A-2025-0042",
		BirthDate:   d("2002-09-14"),
		Citizenship: []workforce.CountryCode{"PH"},
		Qualifications: []workforce.Qualification{{
			Title: "Bachelor of Science in Social Work", Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork,
			Institution: "State university (" + SyntheticLabel + ")", Country: "PH", Accredited: true, Completed: d("2024-06-15"),
		}},
		Practice: []accreditation.PracticeBlock{{
			Hours: workforce.MustParseHours("1000"), Start: d("2023-06-05"), End: d("2024-03-29"),
			Setting: accreditation.SettingSocialWorkAgency, Timing: accreditation.TimingDuringStudy, Country: "PH",
			Supervisor: accreditation.SupervisorFacts{Supervised: accreditation.Yes, Qualified: accreditation.Yes,
				RecognisedQualification: accreditation.Yes, YearsExperience: workforce.MustParseDecimal("12")},
		}},
		Documents: []accreditation.SupportingDocument{
			{Kind: accreditation.DocHealthCertificate, Date: d("2025-02-10"), Country: "PH"},
			{Kind: accreditation.DocGoodMoralCharacter, Date: d("2025-02-03"), Country: "PH"},
		},
		KnownEmpty: []accreditation.FactList{accreditation.ListExamSittings, accreditation.ListProceedings},
	}
}

// SampleDecision returns the decision on [SampleFacts] under
// [SampleScheme]'s exam-admission rule, filed on [SampleDecisionDate]:
// met under the RA 10847 version, with a finding per requirement.
func SampleDecision() accreditation.Decision {
	d, err := accreditation.EvaluatePurpose(SampleScheme(), accreditation.PurposeExamAdmission, SampleFacts(),
		workforce.MustParseDate(SampleDecisionDate))
	if err != nil {
		panic("examples: sample decision: " + err.Error()) // impossible: fixed, valid inputs
	}
	return d
}

// SampleRecognitionRule returns the shipped rule that admits foreign
// applicants to the Philippine licensure examination under reciprocity
// ([accreditation.PhilippineReciprocity]).
func SampleRecognitionRule() accreditation.RecognitionRule {
	return accreditation.PhilippineReciprocity()
}

// SampleForeignApplicant returns the facts of a synthetic Thai licensed
// social worker applying to the Philippine licensure examination under
// reciprocity: a current Thai licence, a Thai degree, supervised case
// hours, the Philippine documents and a proof of reciprocity.
func SampleForeignApplicant() accreditation.Facts {
	d := workforce.MustParseDate
	return accreditation.Facts{
		SubjectID:   "A-2025-0107",
		BirthDate:   d("1994-11-02"),
		Citizenship: []workforce.CountryCode{"TH"},
		Qualifications: []workforce.Qualification{{
			Title: "Bachelor of Social Work", Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork,
			Institution: "Public university (" + SyntheticLabel + ")", Country: "TH", Accredited: true, Completed: d("2017-05-31"),
		}},
		Practice: []accreditation.PracticeBlock{{
			Hours: workforce.MustParseHours("1050"), Start: d("2016-06-01"), End: d("2017-03-31"),
			Setting: accreditation.SettingSocialWorkAgency, Timing: accreditation.TimingDuringStudy, Country: "TH",
			Supervisor: accreditation.SupervisorFacts{Supervised: accreditation.Yes, Qualified: accreditation.Yes},
		}},
		Credentials: []workforce.Credential{
			{SchemeID: accreditation.SchemeTHMembership, Number: "M-58213", Issued: d("2017-08-01"), Expires: d("2027-07-31"), Status: workforce.CredentialActive},
			{SchemeID: accreditation.SchemeTHLicence, Number: "L-20931", Issued: d("2022-09-01"), Expires: d("2027-08-31"), Status: workforce.CredentialActive},
		},
		Documents: []accreditation.SupportingDocument{
			{Kind: accreditation.DocReciprocity, Date: d("2025-01-20"), Country: "TH"},
			{Kind: accreditation.DocHealthCertificate, Date: d("2025-02-14"), Country: "PH"},
			{Kind: accreditation.DocGoodMoralCharacter, Date: d("2025-02-05"), Country: "TH"},
		},
		KnownEmpty: []accreditation.FactList{accreditation.ListExamSittings, accreditation.ListProceedings},
	}
}

// SampleRecognitionDecision returns the recognition of
// [SampleForeignApplicant]'s Thai licence for admission to the Philippine
// licensure examination under [SampleRecognitionRule], filed on
// [SampleDecisionDate]: the citizenship requirement is waived and every
// other host requirement is met.
func SampleRecognitionDecision() accreditation.RecognitionDecision {
	origin, ok := accreditation.SchemeByID(accreditation.SchemeTHLicence)
	if !ok {
		panic("examples: shipped scheme " + string(accreditation.SchemeTHLicence) + " missing") // impossible: shipped data
	}
	rd, err := accreditation.Recognise(SampleRecognitionRule(), origin, SampleScheme(), SampleForeignApplicant(),
		workforce.MustParseDate(SampleDecisionDate))
	if err != nil {
		panic("examples: sample recognition decision: " + err.Error()) // impossible: fixed, valid inputs
	}
	return rd
}

// SampleHolding returns the history of [SampleWorker]'s Philippine
// Professional Identification Card ([accreditation.SchemePHLicence]):
// issued after registration in 2017 and renewed every three years.
func SampleHolding() accreditation.Holding {
	d := workforce.MustParseDate
	return accreditation.Holding{
		SchemeID:  accreditation.SchemePHLicence,
		BirthDate: d("1988-05-17"),
		Events: []accreditation.LifecycleEvent{
			{Kind: accreditation.EventIssued, Date: d("2017-07-20"), Note: "first card after the transition to RA 10912 (" + SyntheticLabel + ")"},
			{Kind: accreditation.EventRenewed, Date: d("2020-07-17")},
			{Kind: accreditation.EventRenewed, Date: d("2023-07-14")},
		},
	}
}
