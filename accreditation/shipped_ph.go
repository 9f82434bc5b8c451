package accreditation

import "github.com/sswkit/ssw/workforce"

// Shipped scheme IDs of the Philippines.
const (
	// SchemePHRegistration is the certificate of registration as a
	// Registered Social Worker (permanent register entry).
	SchemePHRegistration workforce.ID = "PH-RSW-COR"
	// SchemePHLicence is the Professional Identification Card, the
	// renewable practice authority of a registered social worker.
	SchemePHLicence workforce.ID = "PH-RSW-PIC"
	// ExamPHBoard is the licensure examination for social workers.
	ExamPHBoard workforce.ID = "PH-SW-BOARD"
)

// Philippines returns the Philippine schemes: the certificate of
// registration (exam eligibility before and after RA 10847, the board
// examination, registration) and the Professional Identification Card
// (renewal with the CPD transitions, exemptions and undertakings).
func Philippines() []Scheme { return []Scheme{phRegistration(), phLicence()} }

func phExamAdmission(id string, from, to string, minAge int, src RuleSource, conf RuleConfidence, note string) RuleVersion {
	return RuleVersion{
		ID: workforce.ID(id), Purpose: PurposeExamAdmission, EventDate: EventFilingDate,
		From: date(from), To: toDate(to), Source: src, Confidence: conf, Notes: []string{note},
		Requirements: []Requirement{
			{ID: "ph.exam.citizenship", Kind: ReqCitizenship, Title: "Filipino citizen", Countries: []workforce.CountryCode{"PH"},
				Source: cite("S4", "Sec. 12", "foreign applicants are a recognition matter (reciprocity), not part of the domestic route"), Confidence: ConfidencePartial},
			{ID: "ph.exam.age", Kind: ReqAge, Title: "Age at filing", MinAge: minAge, Source: src, Confidence: conf},
			doc("ph.exam.health", "Good health", DocHealthCertificate),
			doc("ph.exam.moral_character", "Good moral character", DocGoodMoralCharacter),
			{ID: "ph.exam.degree", Kind: ReqQualification, Title: "Bachelor's or master's degree in social work from a recognised or accredited institution",
				MinLevel: workforce.EducationBachelor, Fields: socialWork(), Accredited: true,
				Source: cite("S4", "Sec. 12", "exact degree wording cut in the source; read as a social work degree of an accredited programme"), Confidence: ConfidencePartial},
			{ID: "ph.exam.case_hours", Kind: ReqSupervisedPractice, Title: "At least 1,000 case hours of practical training in an established social work agency under a fully trained, qualified supervisor",
				MinHours: hours("1000"), Settings: []ServiceSetting{SettingSocialWorkAgency}, Supervisor: &SupervisorRule{Qualified: true},
				Source: cite("S6", "Sec. 12", "read in a news report of the section's text"), Confidence: ConfidencePartial},
		},
	}
}

// RulePHReciprocity admits foreign applicants to the Philippine
// licensure examination under reciprocity.
const RulePHReciprocity workforce.ID = "PH-FOREIGN-RECIPROCITY"

// PhilippineReciprocity returns the rule that admits a foreign social
// worker to the Philippine licensure examination where reciprocity or an
// international agreement is proven (PRC advisory under RA 8981
// s.7(j),(l) and PRC MO 3 s.2016): the citizenship requirement of the
// domestic route is waived, everything else still applies. Citizenship
// and reciprocity gates are kept out of the domestic route on purpose.
func PhilippineReciprocity() RecognitionRule {
	return RecognitionRule{
		ID: RulePHReciprocity, Title: "Foreign applicants to the Philippine social work licensure examination (reciprocity)",
		HostSchemes: []workforce.ID{SchemePHRegistration}, HostPurpose: PurposeExamAdmission, From: date("2016-01-01"), CountryBased: true,
		Conditions: []Requirement{doc("ph.reciprocity.proof", "Reciprocity or an international agreement proven", DocReciprocity)},
		Waives:     []workforce.ID{"ph.exam.citizenship"},
		Outcome:    RecognitionRecognised,
		Source:     cite("S10", "PRC advisory on foreign applicants", "start date set to 1 Jan 2016 (PRC MO 3 s.2016); the exact date is not given"),
		Confidence: ConfidencePartial,
		Notes:      []string{"Only where the profession's law allows it: the social work law's own reciprocity clause is not confirmed."},
	}
}

func toDate(s string) workforce.CivilDate {
	if s == "" {
		return workforce.CivilDate{}
	}
	return date(s)
}

func phRegistration() Scheme {
	return Scheme{
		ID: SchemePHRegistration, Title: "Certificate of Registration, Registered Social Worker (Philippines)",
		Jurisdiction: "PH", Basis: BasisStatutory, Kind: KindRegistration,
		IssuingBody:        "Professional Regulatory Board for Social Workers, Professional Regulation Commission (PRC)",
		ProtectedTitles:    []string{"Registered Social Worker", "RSW"},
		PracticeRestricted: Yes,
		Source:             cite("S3", "RA 4373 as amended by RA 5175 and RA 10847", ""),
		Confidence:         ConfidenceConfirmed,
		Notes: []string{
			"Exempt from registration: recognised foreign social work authorities called in for consultation by agencies working with the UN or similar bodies [S3]; encoded as the exemption route of the practice and role versions (purposes practice, role).",
			"Not encoded (not confirmed): a 50% subject floor in the board examination, the rounding of the general rating.",
		},
		Terms: []ValidityRule{{
			ID: "ph.cor.term", From: date("1965-06-19"), Kind: ValidityLifetime, SuspendAfterUnpaidYears: 5,
			Source:     cite("S12", "RA 6511 as applied by PRC Res. 2005-282", "suspension after 5 continuous years of unpaid annual registration fees; effective date of the rule not confirmed, applied to every registration"),
			Confidence: ConfidencePartial,
		}},
		Exams: []ExamRule{{
			ID: ExamPHBoard, Title: "Social Worker Licensure Examination", From: date("2017-01-01"), Scoring: ScoringWeightedAverage,
			Subjects: []ExamSubject{
				{ID: "hbse", Title: "Human Behavior and Social Environment", Weight: dec("20")},
				{ID: "policies", Title: "Social Welfare Policies, Programs and Services", Weight: dec("20")},
				{ID: "practice", Title: "Social Work Practice (Parts I-III)", Weight: dec("30")},
				{ID: "field", Title: "Field Instruction", Weight: dec("30")},
			},
			PassAverage: dec("70"), Rounding: RoundExact,
			Source:     cite("S7", "weights observed for the 2017 sitting", "the 70% general rating is confirmed [S1][S2]; weights are a secondary source"),
			Confidence: ConfidencePartial,
			Notes: []string{
				"Rounding of the general rating is not confirmed: the average is compared exactly (69.7 fails a 70% mark). A board that rounds must say so in the rule.",
				"The 50% per-subject floor is not confirmed and is not encoded.",
				"Weights before 2017 are not confirmed; earlier sittings count only by the owner's reported result.",
			},
		}},
		Versions: []RuleVersion{
			phExamAdmission("ph.exam_admission.1967", "1967-08-04", "2016-05-22", 21, cite("S3", "RA 5175 (1967), Sec. 12", ""), ConfidencePartial,
				"Age 21 before RA 10847 [S5]; the 1,000 case hours are confirmed for 2015 [S6], their date of introduction is not."),
			phExamAdmission("ph.exam_admission.2016", "2016-05-23", "", 18, cite("S4", "RA 10847 (23 May 2016), Sec. 12", "read in a copy uploaded to a document-sharing site; partial until checked in the Official Gazette text"), ConfidencePartial,
				"RA 10847 lowered the age at filing from 21 to 18 [S4][S5]; the version starts on the Act's date (its effectivity after publication is not confirmed). The Act's text was read in a Scribd copy [S4], which cannot back confirmed: check it in the Official Gazette (https://www.officialgazette.gov.ph/2016/05/23/republic-act-no-10847/)."),
			{
				ID: "ph.cor.grant", Purpose: PurposeGrant, EventDate: EventDecisionDate, From: date("1965-06-19"),
				Source: cite("S1", "registration after passing the licensure examination", "a law-summary site's reading of RA 4373"), Confidence: ConfidencePartial,
				Requirements: []Requirement{{ID: "ph.cor.board_exam", Kind: ReqExam, Title: "Passed the social worker licensure examination", Exam: ExamPHBoard}},
			},
			phAct(PurposePractice, "ph.practice.1967", "practise social work"),
			phAct(PurposeRole, "ph.role.1967", "be appointed as a social worker or to a post calling for one"),
			{
				ID: "ph.title_use", Purpose: PurposeTitleUse, EventDate: EventDecisionDate, From: date("1965-06-19"),
				Source: cite("S8", "penalties and titles", "using a title suggesting one is a social worker without a valid certificate is an offence; no exemption is stated"), Confidence: ConfidenceConfirmed,
				Requirements: []Requirement{{ID: "ph.title_use.registered", Kind: ReqCredential, Title: "Valid certificate of registration", Schemes: []workforce.ID{SchemePHRegistration}}},
			},
		},
	}
}

// phAct is RA 4373 s.10 as amended by RA 5175 (1967): nobody may
// practise social work, or be appointed to a social work post, without a
// valid certificate of registration, unless exempt: registration is not
// required of recognised social workers or authorities on social work,
// residents or citizens of other countries, called in for consultation
// by an agency working with the United Nations or similar international
// social agencies.
func phAct(p RulePurpose, id, act string) RuleVersion {
	src := cite("S3", "RA 5175 (1967), s.3, amending RA 4373 s.10", "")
	return RuleVersion{
		ID: workforce.ID(id), Purpose: p, EventDate: EventDecisionDate, From: date("1967-08-04"), Source: src, Confidence: ConfidenceConfirmed,
		Notes: []string{"The proviso after the consultation exemption is cut in the source read and is not encoded.",
			"Whether the consultant is 'recognised' is not tested beyond the invitation."},
		Requirements: []Requirement{anyOfReq(id+".routes", "A valid certificate of registration, or the statutory exemption, to "+act,
			Requirement{ID: workforce.ID(id + ".registered"), Kind: ReqCredential, Title: "Valid certificate of registration", Schemes: []workforce.ID{SchemePHRegistration}},
			allOfReq(id+".foreign_consultant", "Exempt: a social worker or authority on social work of another country, called in for consultation by an agency working with the United Nations or a similar international social agency",
				doc(id+".invitation", "Called in for consultation by an agency working with the United Nations or a similar international social agency", DocConsultationInvitation),
				anyOfReq(id+".foreign", "Resident or citizen of another country",
					Requirement{ID: workforce.ID(id + ".foreign_citizen"), Kind: ReqCitizenship, Title: "Citizen of another country", Abroad: true},
					circumstance(id+".resident_abroad", "Resident in another country", CircumstanceResidentAbroad),
				),
			),
		)},
	}
}

func phCPD(phase bool, until string, src RuleSource) *CPDRule {
	r := &CPDRule{
		Unit: UnitCredits, Window: WindowLicenceTerm,
		Deferral: &CPDDeferral{ID: "ph.cpd.undertaking", Document: DocCPDUndertaking, From: date("2017-07-01"), Until: date(until), Source: src},
	}
	if phase {
		r.PhaseIn = []CPDPhase{
			{From: date("2017-07-01"), To: date("2017-12-31"), Percent: dec("30")},
			{From: date("2018-01-01"), To: date("2018-12-31"), Percent: dec("60")},
			{From: date("2019-01-01"), Percent: dec("100")},
		}
	}
	return r
}

func phLicence() Scheme {
	undertaking2025 := cite("S19", "PRC Res. 2024-1908", "CPD undertakings accepted until 31 Dec 2025; whether they are accepted later is not confirmed")
	cpd2019 := phCPD(false, "2025-12-31", undertaking2025)
	cpd2019.Transitions = []CPDTransition{{ID: "ph.cpd.s15_3", Title: "Undertakings signed before Res. 2019-1146 owe only the reduced units",
		CreatedUntil: date("2019-02-28"), AtMostTotal: true,
		Source: cite("S17", "PRC Res. 2019-1146, s.15.3", "read in a blog post quoting the resolution"), Confidence: ConfidencePartial}}
	cpd2019.CarryOver = CarryByActivity
	cpd2019.CarryOverActivities = []workforce.CPDActivity{workforce.ActivityPostgraduate}
	cpd2019.Exemptions = []Exemption{
		{ID: "ph.cpd.exempt_overseas", Title: "Professionals working overseas",
			If:   []Requirement{{ID: "ph.cpd.overseas", Kind: ReqEmployment, Title: "Working outside the Philippines on the renewal date", Abroad: true}},
			From: date("2019-03-01"), Source: cite("S15", "PRC Res. 2019-1146", "read in a news report of the resolution"), Confidence: ConfidencePartial},
		{ID: "ph.cpd.exempt_first_cycle", Title: "Newly licensed, first renewal cycle",
			If: []Requirement{{ID: "ph.cpd.first_cycle", Kind: ReqCredential, Title: "First renewal after licensure: registered within the last 3 years (one licence term)",
				Schemes: []workforce.ID{SchemePHRegistration}, IssuedWithinMonths: 36}},
			From: date("2019-03-01"), Source: cite("S18", "PRC Res. 2019-1146, secs. 3.27 and 10", "read in study flashcards quoting the resolution"), Confidence: ConfidencePartial},
	}
	return Scheme{
		ID: SchemePHLicence, Title: "Professional Identification Card, Registered Social Worker (Philippines)",
		Jurisdiction: "PH", Basis: BasisStatutory, Kind: KindLicence,
		IssuingBody:        "Professional Regulation Commission (PRC)",
		PracticeRestricted: Yes,
		Prerequisites:      []workforce.ID{SchemePHRegistration},
		Source:             cite("S25", "PIC renewable every 3 years", ""),
		Confidence:         ConfidencePartial,
		Notes: []string{
			"The social-work-specific CPD unit requirement is not confirmed (45 units per 3 years for most professions before 2019; at most 15 from 1 Mar 2019 [S15][S16][S22]); the total is left unset, so the CPD total evaluates to unknown until a confirmed figure is set in versions[*].cpd.total.",
			"The 1991 birthday-anchored expiry, the grace to the 20th of the next month and the 20% surcharge (PRC Res. 187) are encoded as a historical validity rule for terms started before 1 Jul 2017, unconfirmed in date and reach; undertakings after 31 Dec 2025 are not encoded.",
			"Reform proposals of Sept 2025 (non-mandatory CPD, exemptions for OFWs and non-practising seniors) were not law when this data was compiled [S21][S22].",
		},
		Terms: []ValidityRule{{
			ID: "ph.pic.term.1991", From: date("1991-01-01"), To: date("2017-06-30"), Kind: ValidityBirthday, BirthdayYear: 3, GraceUntilDay: 20,
			Surcharges: []Surcharge{{ID: "ph.pic.surcharge.1991", From: date("1991-01-01"), To: date("2017-06-30"), Percent: dec("20")}},
			Source:     cite("S11", "PRC Res. 187 (1991)", "valid three years from registration, expiring on the birthday in the third year; renew by the 20th day of the following month, otherwise a 20% surcharge"),
			Confidence: ConfidenceUnconfirmed,
			Notes:      []string{"Read in a law-summary site [S11]. The resolution's date is not given (the rule is set to start on 1 Jan 1991) and how long it applied is not confirmed (it is set to end the day before the 2017 rule): kept for replaying historical terms, not as the current rule."},
		}, {
			ID: "ph.pic.term", From: date("2017-07-01"), Kind: ValidityFixedTerm, TermMonths: 36,
			Source:     cite("S18", "PIC renewable every 3 years", "fixed 3-year term from issue; the rule is older than 2017, but earlier terms are not encoded"),
			Confidence: ConfidencePartial,
		}},
		Versions: []RuleVersion{
			{
				ID: "ph.pic.grant", Purpose: PurposeGrant, EventDate: EventDecisionDate, From: date("2017-07-01"),
				Source: cite("S18", "PIC issued to registered professionals", ""), Confidence: ConfidencePartial,
				Notes: []string{"Only the prerequisite (a current certificate of registration) is encoded."},
			},
			{
				ID: "ph.pic.renewal.2017", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2017-07-01"), To: date("2019-02-28"),
				Source: cite("S14", "RA 10912 and its IRR (PRC Res. 1032, effective 15 Mar 2017)", "unit requirements enforced from July 2017, phased in at 30%, 60% and 100% over 2017, 2018 and 2019"), Confidence: ConfidencePartial,
				Requirements: []Requirement{{ID: "ph.pic.cpd", Kind: ReqCPD, Title: "CPD units for the 3-year term (RA 10912 s.10)"}},
				CPD:          phCPD(true, "2018-12-31", cite("S24", "CPD undertaking until 31 Dec 2018", "")),
			},
			{
				ID: "ph.pic.renewal.2019", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2019-03-01"),
				Source: cite("S15", "PRC Res. 2019-1146 (transition, effective 1 Mar 2019)", ""), Confidence: ConfidencePartial,
				Requirements: []Requirement{{ID: "ph.pic.cpd", Kind: ReqCPD, Title: "CPD units for the 3-year term (RA 10912 s.10, Res. 2019-1146)"}},
				CPD:          cpd2019,
				Notes: []string{
					"Excess units carry over only from master's or doctoral study or specialty training [S20] (partial confidence); specialty training has no activity type of its own and is not carried.",
					"Those who signed an undertaking before Res. 2019-1146 owe only the reduced units (s.15.3): an obligation created before 1 Mar 2019 counts at most this version's total (partial confidence; the total itself is not confirmed).",
				},
			},
		},
	}
}
