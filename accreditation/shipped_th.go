package accreditation

import "github.com/sswkit/ssw/workforce"

// Shipped scheme and exam IDs of Thailand.
const (
	// SchemeTHMembership is ordinary membership of the Social Work
	// Professions Council.
	SchemeTHMembership workforce.ID = "TH-SWPC-MEMBER"
	// SchemeTHProvisional is the level-1 one-year licence after the
	// written examination.
	SchemeTHProvisional workforce.ID = "TH-SW-LICENCE-L1"
	// SchemeTHLicence is the five-year licence as a licensed social work
	// practitioner.
	SchemeTHLicence workforce.ID = "TH-SW-LICENCE"
	// ExamTHWritten is the two-subject written examination.
	ExamTHWritten workforce.ID = "TH-WRITTEN"
	// ExamTHInterview is the interview, with the Council's result.
	ExamTHInterview workforce.ID = "TH-INTERVIEW"
	// CourseTHCouncil is the Council's training course for graduates of
	// other fields.
	CourseTHCouncil workforce.ID = "TH-SWPC-COURSE"
)

// Thailand returns the Thai schemes: Council membership, the provisional
// level-1 licence, and the five-year licence with its written examination
// (pass marks of 2024, banking for three years), interview and CE
// renewal.
func Thailand() []Scheme { return []Scheme{thMembership(), thProvisional(), thLicence()} }

func thIssuer() string { return "Social Work Professions Council (SWPC)" }

func thExams() []ExamRule {
	subjects := func(marks bool) []ExamSubject {
		ethics := ExamSubject{ID: "ethics", Title: "Social work principles, philosophy and ethics"}
		practice := ExamSubject{ID: "practice", Title: "Social work practice"}
		if marks {
			ethics.PassMark = dec("60")
			practice.SittingMean, practice.SittingFloor = dec("65"), dec("50")
		}
		return []ExamSubject{ethics, practice}
	}
	banking := cite("S56", "banking of a passed subject", "window anchored at the sitting where the kept subject was passed and inclusive of its last day (policy choice)")
	return []ExamRule{
		{
			ID: ExamTHWritten, Title: "SWPC written examination", From: date("2013-01-25"), To: date("2024-01-11"),
			Scoring: ScoringSubjectMarks, Subjects: subjects(false), BankingMonths: 36,
			Source: banking, Confidence: ConfidencePartial,
			Notes: []string{"Pass marks before the announcement of 12 Jan 2024 are not confirmed: subjects pass only on the Council's reported subject result."},
		},
		{
			ID: ExamTHWritten, Title: "SWPC written examination", From: date("2024-01-12"),
			Scoring: ScoringSubjectMarks, Subjects: subjects(true), BankingMonths: 36,
			Source:     cite("S55", "pass-mark announcement of 12 Jan 2024", "read as: ethics passes at 60%; practice passes when the mean of both subjects is at least 65% and each subject at least 50% at that sitting"),
			Confidence: ConfidencePartial,
			Notes:      []string{"Held twice a year, on the last Saturday of February and of September [S53]; the calendar is not a rule here."},
		},
		{
			ID: ExamTHInterview, Title: "SWPC interview", From: date("2013-01-25"), Scoring: ScoringOwnerResult,
			Source: cite("S52", "written exam and interview route", ""), Confidence: ConfidenceConfirmed,
		},
	}
}

// thWrittenAdmission: admission to the written examination through
// Council membership — an unexpired ordinary membership, or an
// application for membership or its renewal in progress when applying
// for the exam [S52][S53].
func thWrittenAdmission() RuleVersion {
	src := cite("S53", "written exam eligibility", "membership card unexpired, or an application for membership or its renewal in progress")
	return RuleVersion{
		ID: "th.written.admission", Purpose: PurposeExamAdmission, EventDate: EventFilingDate, From: date("2013-01-25"),
		Source: src, Confidence: ConfidenceConfirmed,
		Requirements: []Requirement{anyOfReq("th.written.membership", "Ordinary member of the Council, or membership applied for or being renewed",
			Requirement{ID: "th.written.member", Kind: ReqCredential, Title: "Unexpired ordinary membership", Schemes: []workforce.ID{SchemeTHMembership}},
			doc("th.written.member_applied", "Application for membership or its renewal in progress", DocMembershipApplication),
		)},
	}
}

func thMembership() Scheme {
	settings := []ServiceSetting{SettingChildProtection, SettingFamilyService, SettingDisability, SettingElderCare,
		SettingSocialAssistance, SettingGovernmentWelfare, SettingSocialWorkAgency, SettingCommunity}
	return Scheme{
		ID: SchemeTHMembership, Title: "Ordinary membership of the Social Work Professions Council (Thailand)",
		Jurisdiction: "TH", Basis: BasisStatutory, Kind: KindMembership, IssuingBody: thIssuer(),
		Source:     cite("S51", "membership regulation", ""),
		Confidence: ConfidencePartial,
		Notes: []string{
			"Practitioners before the regulation were grandfathered; the terms are not given and are not encoded.",
			"Membership has its own expiry, but its length is not confirmed: expiry comes from the register.",
		},
		Terms: []ValidityRule{{ID: "th.member.term", From: date("2013-01-25"), Kind: ValidityFixedTerm,
			Source: cite("S52", "membership card with an expiry", "term length not confirmed"), Confidence: ConfidencePartial}},
		Versions: []RuleVersion{{
			ID: "th.member.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2013-01-25"),
			Source: cite("S51", "membership criteria", "reading of which clauses apply to which degree is partial"), Confidence: ConfidencePartial,
			Requirements: []Requirement{anyOfReq("th.member.routes", "Social work degree, or another accepted degree with the Council course and experience",
				Requirement{ID: "th.member.sw_degree", Kind: ReqQualification, Title: "Bachelor's degree in social work", MinLevel: workforce.EducationBachelor, Fields: socialWork()},
				allOfReq("th.member.other_degree", "Another bachelor's degree accepted by the Council, with the Council course and two years of social work",
					Requirement{ID: "th.member.degree", Kind: ReqQualification, Title: "Bachelor's degree", MinLevel: workforce.EducationBachelor},
					Requirement{ID: "th.member.course", Kind: ReqTraining, Title: "Council training course", Courses: []workforce.ID{CourseTHCouncil}},
					Requirement{ID: "th.member.experience", Kind: ReqExperience, Title: "At least 2 years protecting or supporting children, youth, women, elders, disabled or disadvantaged people, with social work duties at least 80% of working time",
						MinMonths: 24, Settings: settings, MinShare: dec("80")},
				),
			)},
		}},
	}
}

func thProvisional() Scheme {
	return Scheme{
		ID: SchemeTHProvisional, Title: "Level-1 social work licence, one year (Thailand)",
		Jurisdiction: "TH", Basis: BasisStatutory, Kind: KindLicence, IssuingBody: thIssuer(),
		Prerequisites: []workforce.ID{SchemeTHMembership},
		Source:        cite("S57", "level 1 and level 2 registration", ""),
		Confidence:    ConfidenceConfirmed,
		Notes:         []string{"After the interview is passed, level 2 extends the licence by 4 years: record an 'extended' event of 48 months on the holding."},
		Terms: []ValidityRule{{ID: "th.l1.term", From: date("2013-01-25"), Kind: ValidityFixedTerm, TermMonths: 12,
			Source: cite("S57", "level-1 licence valid 1 year", ""), Confidence: ConfidenceConfirmed}},
		Exams: thExams(),
		Versions: []RuleVersion{thWrittenAdmission(), {
			ID: "th.l1.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2013-01-25"),
			Source: cite("S57", "level-1 registration after the written exam", ""), Confidence: ConfidenceConfirmed,
			Requirements: []Requirement{{ID: "th.l1.written", Kind: ReqExam, Title: "Passed the written examination", Exam: ExamTHWritten}},
		}},
	}
}

func thLicence() Scheme {
	settingsNote := "CE category 1 (core social work) is recorded as structured and category 2 (related disciplines) as unstructured CPD; the four activity types of the diversity rule are counted as distinct CPD activity types."
	return Scheme{
		ID: SchemeTHLicence, Title: "Licence as a licensed social work practitioner, five years (Thailand)",
		Jurisdiction: "TH", Basis: BasisStatutory, Kind: KindLicence, IssuingBody: thIssuer(),
		Prerequisites: []workforce.ID{SchemeTHMembership},
		Source:        cite("S50", "Social Work Professions Act B.E. 2556 (2013), in force 25 Jan 2013", ""),
		Confidence:    ConfidenceConfirmed,
		Notes: []string{
			"Not encoded (not confirmed): a 2024 amendment of the Act, which posts require the licence (s.28), renewal of already-expired licences, licence types other than the 5-year licence.",
			"The CE assessment should be requested about 180 days before expiry [S61]; that is advice, not a condition.",
			settingsNote,
		},
		Terms: []ValidityRule{{ID: "th.licence.term", From: date("2013-01-25"), Kind: ValidityFixedTerm, TermMonths: 60, RenewalOpensMonths: 2,
			Source: cite("S56", "5-year licence; renewal filed from 2 months before expiry [S58]", ""), Confidence: ConfidenceConfirmed}},
		Exams: thExams(),
		Versions: []RuleVersion{
			{
				ID: "th.licence.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2013-01-25"),
				Source: cite("S52", "routes to the licence", ""), Confidence: ConfidenceConfirmed,
				Requirements: []Requirement{anyOfReq("th.licence.routes", "Standards-certificate route or written examination and interview",
					Requirement{ID: "th.licence.standards_route", Kind: ReqDocument, Title: "Knowledge assessment through the social welfare practice standards certificate (transitional route for practitioners)",
						Document: DocStandardsCertificate, AvailableFrom: date("2013-01-25"), AvailableUntil: date("2017-01-24"),
						Source:     cite("S62", "transitional route to be used within 4 years", "the 4 years are counted from the Act's entry into force on 25 Jan 2013; that anchor is an inference"),
						Confidence: ConfidenceUnconfirmed},
					allOfReq("th.licence.exam_route", "Written examination and interview",
						Requirement{ID: "th.licence.written", Kind: ReqExam, Title: "Passed the written examination", Exam: ExamTHWritten},
						Requirement{ID: "th.licence.interview", Kind: ReqExam, Title: "Passed the interview", Exam: ExamTHInterview},
					),
				)},
			},
			{
				ID: "th.licence.renewal", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2017-01-01"),
				Source:     cite("S60", "CE announcements of 2017 (B.E. 2560)", "version starts on 1 Jan 2017; the exact date of the announcements is not given"),
				Confidence: ConfidencePartial,
				Requirements: []Requirement{
					{ID: "th.renewal.current", Kind: ReqCredential, Title: "Current licence holder, renewing before expiry", Schemes: []workforce.ID{SchemeTHLicence},
						Source: cite("S58", "renewal conditions", ""), Confidence: ConfidenceConfirmed},
					anyOfReq("th.renewal.routes", "Aged 60 or more, passed the CE credit assessment, or passed the written exam again during the licence",
						Requirement{ID: "th.renewal.age60", Kind: ReqAge, Title: "Aged 60 or more", MinAge: 60, Source: cite("S58", "renewal conditions", ""), Confidence: ConfidenceConfirmed},
						Requirement{ID: "th.renewal.ce", Kind: ReqCPD, Title: "CE credit assessment", Source: cite("S59", "CE requirements", ""), Confidence: ConfidenceConfirmed},
						Requirement{ID: "th.renewal.rewritten", Kind: ReqExam, Title: "Passed the written examination again within the licence's 5 years", Exam: ExamTHWritten, WithinMonths: 60,
							Source: cite("S56", "re-sitting the written exam", "the licence term is approximated by the 60 months before the renewal date"), Confidence: ConfidencePartial},
					),
				},
				CPD: &CPDRule{
					Unit: UnitCredits, Total: credits("50"), Window: WindowLicenceTerm, CarryOver: CarryNone,
					Limits: []CPDLimit{
						{ID: "category_1", Title: "Category 1 (core social work)", Categories: []workforce.CPDCategory{workforce.CPDStructured}, Min: credits("40")},
						{ID: "category_2", Title: "Category 2 (related disciplines)", Categories: []workforce.CPDCategory{workforce.CPDUnstructured}, Max: credits("10")},
					},
					MinActivityTypes: 2,
				},
				Notes: []string{"Credits count for one renewal only: the window is the licence term, and nothing carries over."},
			},
		},
	}
}
