package accreditation

import "github.com/sswkit/ssw/workforce"

// Shipped scheme IDs of Singapore.
const (
	// SchemeSGProvisional is the provisional accreditation RSW-P.
	SchemeSGProvisional workforce.ID = "SG-RSW-P"
	// SchemeSGRSW is accreditation as a Registered Social Worker.
	SchemeSGRSW workforce.ID = "SG-RSW"
	// SchemeSGRSSP is accreditation as a Registered Social Service
	// Practitioner, closed to new applicants since June 2012.
	SchemeSGRSSP workforce.ID = "SG-RSSP"
	// QuizSGEthics is the online ethics quiz.
	QuizSGEthics workforce.ID = "SG-ETHICS-QUIZ"
)

// Singapore returns the Singapore schemes: RSW-P, RSW and the closed RSSP, voluntary
// accreditation (not a licence), with CPE renewal and the extension
// ladder.
func Singapore() []Scheme { return []Scheme{sgProvisional(), sgRSW(), sgRSSP()} }

// sgRSSP is the closed RSSP designation: new accreditation ceased in June
// 2012 [S75]; its criteria before then are not encoded.
func sgRSSP() Scheme {
	src := cite("S75", "updates", "new RSSP accreditation ceased in June 2012; 91 RSSPs remained")
	return Scheme{
		ID: SchemeSGRSSP, Title: "Registered Social Service Practitioner, RSSP (Singapore; closed to new applicants)",
		Jurisdiction: "SG", Basis: BasisVoluntary, Kind: KindVoluntaryAccreditation, IssuingBody: sgIssuer(),
		ProtectedTitles: []string{"RSSP"}, PracticeRestricted: No,
		Source: src, Confidence: ConfidenceConfirmed,
		Notes: append(sgNotes(), "The criteria for RSSP accreditation before June 2012, and the renewal rule for the remaining holders, are not confirmed and are not encoded."),
		Terms: sgTerm(),
		Versions: []RuleVersion{{
			ID: "sg.rssp.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2009-04-01"),
			Source: src, Confidence: ConfidenceConfirmed,
			Notes: []string{"The last day applications were accepted is not given: the route is open until 30 June 2012. The criteria before then are not encoded; only the application is."},
			Requirements: []Requirement{{ID: "sg.rssp.new_accreditation", Kind: ReqDocument, Title: "Application for new RSSP accreditation (accepted until June 2012)",
				Document: DocApplicationForm, AvailableUntil: date("2012-06-30")}},
		}},
	}
}

func sgIssuer() string {
	return "Social Work Accreditation and Advisory Board (SWAAB), with the SASW accreditation secretariat"
}

func sgInstitutions() []string {
	return []string{"National University of Singapore", "Singapore University of Social Sciences"}
}

func sgSettings() []ServiceSetting {
	return []ServiceSetting{SettingSocialWorkAgency, SettingHealth, SettingGovernmentWelfare, SettingFamilyService, SettingChildProtection,
		SettingCommunity, SettingDisability, SettingElderCare, SettingSocialAssistance, SettingEducation, SettingJustice}
}

func sgNotes() []string {
	return []string{
		"Accreditation is voluntary: unaccredited social workers may practise; complaints about them go to the employer [S71][S77].",
		"Overseas qualifications need accreditation in the awarding country and a SWAAB assessment [S76]; that route is not encoded (only NUS and SUSS qualifications are recognised here).",
	}
}

func sgQualification(prefix string) Requirement {
	return Requirement{ID: workforce.ID(prefix + ".qualification"), Kind: ReqQualification, Title: "Recognised social work bachelor's degree or graduate diploma (NUS or SUSS)",
		MinLevel: workforce.EducationBachelor, Fields: socialWork(), Institutions: sgInstitutions(), Source: cite("S76", "recognised qualifications", "")}
}

func sgCommon(prefix string) []Requirement {
	return []Requirement{
		{ID: workforce.ID(prefix + ".ethics_quiz"), Kind: ReqQuiz, Title: "Online Ethics Quiz at least 75%", Quiz: QuizSGEthics, MinScore: dec("75")},
		{ID: workforce.ID(prefix + ".references"), Kind: ReqReferences, Title: "Two character references, each known for at least 3 years", MinCount: 2, MinYearsKnown: 3},
	}
}

func sgTerm() []ValidityRule {
	return []ValidityRule{{
		ID: "sg.term", From: date("2009-04-01"), Kind: ValidityFixedTerm, TermMonths: 24, RenewalOpensMonths: 3,
		ExtensionMonths: 12, RollingExtensionMonths: 24,
		Source:     cite("S73", "validity, renewal and extension", "during any extension the person is not accredited and not on the register; the length of the rolling counting window is not confirmed, and what follows the extension (presumably a fresh application) is not confirmed either"),
		Confidence: ConfidencePartial,
		Notes:      []string{"An older page states a single 3-year extension [S78]; the current 1 + 2 years is encoded."},
	}}
}

func sgProvisional() Scheme {
	return Scheme{
		ID: SchemeSGProvisional, Title: "Registered Social Worker (Provisional), RSW-P (Singapore)",
		Jurisdiction: "SG", Basis: BasisVoluntary, Kind: KindVoluntaryAccreditation, IssuingBody: sgIssuer(),
		ProtectedTitles: []string{"RSW-P"}, PracticeRestricted: No,
		Source:     cite("S70", "accreditation system launched 1 Apr 2009", ""),
		Confidence: ConfidenceConfirmed,
		Notes:      sgNotes(),
		Terms:      sgTerm(),
		Versions: []RuleVersion{{
			ID: "sg.rswp.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2009-04-01"),
			Source: cite("S72", "categories and criteria", "criteria as on the current page; earlier criteria are not confirmed"), Confidence: ConfidenceConfirmed,
			Requirements: append([]Requirement{
				sgQualification("sg.rswp"),
				{ID: "sg.rswp.employment", Kind: ReqEmployment, Title: "Employed, or offered employment, in a social work post in Singapore",
					Settings: sgSettings(), Countries: []workforce.CountryCode{"SG"}, SocialWorkPost: true, AcceptOffer: true},
				{ID: "sg.rswp.experience", Kind: ReqExperience, Title: "Less than 1 year of local post-qualification full-time experience",
					MaxMonths: 12, Countries: []workforce.CountryCode{"SG"}, FullTime: true, AfterQualification: true, Fields: socialWork()},
			}, sgCommon("sg.rswp")...),
		}},
	}
}

func sgRSW() Scheme {
	supervisor := &SupervisorRule{AppliesTo: TimingAfterStudy, RecognisedQualification: true, Credentials: []workforce.ID{SchemeSGRSW},
		MinYearsExperience: 4, MinYearsLocal: 1}
	completed2010 := Requirement{ID: "sg.rsw.first_qualification_2010", Kind: ReqQualification, Title: "Social work qualification completed in 2010 or later",
		Fields: socialWork(), CompletedFrom: date("2010-01-01")}
	return Scheme{
		ID: SchemeSGRSW, Title: "Registered Social Worker, RSW (Singapore)",
		Jurisdiction: "SG", Basis: BasisVoluntary, Kind: KindVoluntaryAccreditation, IssuingBody: sgIssuer(),
		ProtectedTitles: []string{"RSW"}, PracticeRestricted: No,
		Source:     cite("S70", "accreditation system launched 1 Apr 2009", ""),
		Confidence: ConfidenceConfirmed,
		Notes: append(sgNotes(),
			"Board and committee membership earns 8 CPE credits each (12 for SASW executive or core committees) [S74]; there is no CPD activity type for it, so it is not encoded.",
			"The structured minimum is 40 on one page and 30 on another of the same site [S73][S75]: both are encoded as conflicting readings of the same period (40, listed first, is the default), and every renewal decision shows the outcome under the other."),
		Terms: sgTerm(),
		Versions: []RuleVersion{
			{
				ID: "sg.rsw.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2009-04-01"),
				Source: cite("S72", "categories and criteria", "criteria as on the current page; earlier criteria are not confirmed"), Confidence: ConfidenceConfirmed,
				Requirements: append([]Requirement{
					sgQualification("sg.rsw"),
					{ID: "sg.rsw.experience", Kind: ReqExperience, Title: "At least 1 year of post-qualification full-time practice in Singapore",
						MinMonths: 12, Countries: []workforce.CountryCode{"SG"}, FullTime: true, AfterQualification: true, Fields: socialWork()},
					{ID: "sg.rsw.training", Kind: ReqTraining, Title: "80 hours of in-employment training", MinHours: hours("80"), InEmployment: true},
					whenReq("sg.rsw.practice_2010", "First qualification completed in 2010 or later: employment supervision by a recognised, experienced supervisor",
						[]Requirement{completed2010},
						Requirement{ID: "sg.rsw.practice_supervised", Kind: ReqSupervisedPractice,
							Title:    "1,000 hours of supervised practice during and/or after study; after study, supervised by a holder of a recognised social work qualification (an RSW counts) with at least 4 years post-qualification experience, 1 in Singapore",
							MinHours: hours("1000"), Supervisor: supervisor}),
					whenReq("sg.rsw.practice_before_2010", "First qualification completed before 2010",
						[]Requirement{notReq("sg.rsw.not_2010", "Not completed in 2010 or later", Requirement{ID: "sg.rsw.completed_2010", Kind: ReqQualification, Fields: socialWork(), CompletedFrom: date("2010-01-01")})},
						Requirement{ID: "sg.rsw.practice", Kind: ReqSupervisedPractice, Title: "1,000 hours of supervised practice during and/or after study", MinHours: hours("1000")}),
				}, sgCommon("sg.rsw")...),
				Notes: []string{"'First qualification' is read as any social work qualification: a holder of one completed in 2010 or later meets the stricter rule."},
			},
			sgRenewal("sg.rsw.renewal", "sg.cpe.structured_40", "40", cite("S73", "renewal", "the renewal page states 40 structured credits; the updates page of the same site states 30 [S75]")),
			sgRenewal("sg.rsw.renewal.structured_30", "sg.cpe.structured_30", "30", cite("S75", "updates", "the updates page states 30 structured credits; the renewal page states 40 [S73]")),
			{
				ID: "sg.rsw.green_lane", Purpose: PurposeRestoration, EventDate: EventFilingDate, From: date("2022-10-01"),
				Source: cite("S75", "Green Lane (Oct 2022)", "start on 1 Oct 2022; the exact day is not given"), Confidence: ConfidenceConfirmed,
				Requirements: []Requirement{
					{ID: "sg.green_lane.previous", Kind: ReqCredential, Title: "Previously accredited", Schemes: []workforce.ID{SchemeSGRSW, SchemeSGProvisional}, EverHeld: true},
					{ID: "sg.green_lane.practice", Kind: ReqExperience, Title: "20 years of practice covering direct and indirect practice", MinMonths: 240},
					{ID: "sg.green_lane.employment", Kind: ReqEmployment, Title: "Employed in a listed agency type", Settings: sgSettings(), Countries: []workforce.CountryCode{"SG"}},
				},
			},
		},
	}
}

// sgRenewal is the RSW renewal rule under one reading of the structured
// CPE minimum: the accreditation secretariat's renewal page and its
// updates page disagree (40 or 30 structured credits).
func sgRenewal(id, reading, structured string, src RuleSource) RuleVersion {
	cpeSource := cite("S74", "CPE matrix", "")
	return RuleVersion{
		ID: workforce.ID(id), Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2009-04-01"), Reading: workforce.ID(reading),
		Source: src, Confidence: ConfidencePartial,
		Requirements: []Requirement{{ID: "sg.rsw.cpe", Kind: ReqCPD, Title: "60 CPE credits in the 2-year period, at least " + structured + " structured", Source: cpeSource}},
		CPD: &CPDRule{
			Unit: UnitCredits, Total: credits("60"), Window: WindowLicenceTerm, CarryOver: CarryNone,
			Conversions: []CPDConversion{
				{Activity: workforce.ActivitySupervisionReceived, PerHour: dec("0.5"), AccreditedOnly: true},
				{Activity: workforce.ActivitySupervisionProvided, PerHour: dec("0.5"), AccreditedOnly: true},
			},
			Limits: []CPDLimit{
				{ID: "supervision_received", Title: "Supervision received (1 credit per 2 hours, supervisor an RSW with 4+ years post-qualification, 1+ in Singapore)",
					Activities: []workforce.CPDActivity{workforce.ActivitySupervisionReceived}, Max: credits("10"), Source: cpeSource},
				{ID: "supervision_provided", Title: "Supervision given (same rate and cap)",
					Activities: []workforce.CPDActivity{workforce.ActivitySupervisionProvided}, Max: credits("10"), Source: cpeSource},
				{ID: "structured", Title: "Structured CPE", Categories: []workforce.CPDCategory{workforce.CPDStructured}, Min: credits(structured),
					Source: src},
			},
		},
		Notes: []string{
			"Credits beyond the requirement are deleted once renewal is approved: no carry-over.",
			"Supervision counts only when the supervisor meets the rule; the register marks such records accredited.",
			"COVID-era flexibility allowed fewer structured credits [S78]; its terms are not encoded.",
		},
	}
}
