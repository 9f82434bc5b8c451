package accreditation

import "github.com/sswkit/ssw/workforce"

// Shipped IDs of the nursing schemes and of the engineering arrangement
// the ASEAN recognition models apply to.
const (
	// SchemePHNurse is the Philippine registered nurse (certificate of
	// registration and professional licence under RA 9173).
	SchemePHNurse workforce.ID = "PH-RN-REGISTRATION"
	// SchemeSGNurse is registration as a nurse with the Singapore Nursing
	// Board, foreign-trained route.
	SchemeSGNurse workforce.ID = "SG-SNB-RN-REGISTRATION"
	// ExamPHNurse is the Philippine nurse licensure examination.
	ExamPHNurse workforce.ID = "PH-NLE"
	// RuleASEANEngineeringMRA is the ASEAN engineering MRA (ACPE to
	// RFPE), shipped as a recognition rule.
	RuleASEANEngineeringMRA workforce.ID = "ASEAN-MRA-ENGINEERING"
)

// NursingSchemes returns the nursing schemes shipped so that the ASEAN
// nursing MRA ([ASEANNursingMRA]) can be applied between real schemes: the
// Philippine registered nurse (origin) and Singapore Nursing Board
// registration of a foreign-trained nurse (host). They are nursing
// schemes, not social work: the MRAs do not apply to social work.
func NursingSchemes() []Scheme { return []Scheme{phNurse(), sgNurse()} }

// phNurse: the Philippine registered nurse under RA 9173 (Philippine
// Nursing Act of 2002): admission to the licensure examination (s.13:
// citizenship or reciprocity, good moral character, a bachelor's degree
// in nursing from a recognised school) and registration after passing
// it [S149][S150].
func phNurse() Scheme {
	src := cite("S149", "RA 9173 Arts. IV (examination and registration)", "the Act itself (Official Gazette, 21 Oct 2002) was not read; read in a summary and a quotation of s.13")
	s13 := cite("S150", "RA 9173 s.13, qualifications for admission to the licensure examination", "quoted in a secondary source; check against the Act")
	return Scheme{
		ID: SchemePHNurse, Title: "Philippine registered nurse (certificate of registration and professional licence)", Jurisdiction: "PH",
		Basis: BasisStatutory, Kind: KindRegistration, PracticeRestricted: Yes, ProtectedTitles: []string{"registered nurse"},
		IssuingBody: "Professional Regulation Commission, Professional Regulatory Board of Nursing",
		Source:      src, Confidence: ConfidencePartial,
		Notes: []string{
			"A nursing scheme, shipped for the ASEAN nursing MRA; it is not a social work scheme.",
			"The rule is dated from the Act's approval (21 Oct 2002); its effectivity date is not encoded.",
			"Not encoded: the licensure examination's ratings (a general average and a per-subject floor) — the owner's pass or fail is stored; the term and renewal of the professional licence and CPD.",
		},
		Exams: []ExamRule{{ID: ExamPHNurse, Title: "Philippine Nurse Licensure Examination", From: date("2002-10-21"), Scoring: ScoringOwnerResult,
			Source: src, Confidence: ConfidencePartial,
			Notes: []string{"The Board's pass or fail is stored, never recomputed."}}},
		Versions: []RuleVersion{
			{ID: "ph.rn.admission", Purpose: PurposeExamAdmission, EventDate: EventFilingDate, From: date("2002-10-21"),
				Source: s13, Confidence: ConfidencePartial, Requirements: phNurseAdmission()},
			{ID: "ph.rn.grant", Purpose: PurposeGrant, EventDate: EventDecisionDate, From: date("2002-10-21"),
				Source: src, Confidence: ConfidencePartial,
				Requirements: append(phNurseAdmission(), Requirement{ID: "ph.rn.exam", Kind: ReqExam, Title: "Passed the nurse licensure examination", Exam: ExamPHNurse})},
		},
	}
}

func phNurseAdmission() []Requirement {
	return []Requirement{
		anyOfReq("ph.rn.citizenship", "Citizen of the Philippines, or of a country that admits Filipino nurses on the same basis (reciprocity)",
			Requirement{ID: "ph.rn.citizen", Kind: ReqCitizenship, Title: "Citizen of the Philippines", Countries: []workforce.CountryCode{"PH"}},
			doc("ph.rn.reciprocity", "Proof of reciprocity", DocReciprocity)),
		doc("ph.rn.moral_character", "Good moral character", DocGoodMoralCharacter),
		{ID: "ph.rn.degree", Kind: ReqQualification, Title: "Bachelor's degree in nursing from a school complying with the recognised standards of nursing education",
			MinLevel: workforce.EducationBachelor, Fields: []workforce.FieldOfStudy{workforce.FieldNursing}},
	}
}

// sgNurse: Singapore Nursing Board registration of a foreign-trained
// nurse [S151]: an offer of employment from an eligible healthcare
// institution, a pre-registration nursing programme equivalent to an
// accredited Singapore one (as assessed by SNB), registration in the
// country of training with a current practising licence; the
// registration body's statement that no proceedings are taken or pending
// [S152].
func sgNurse() Scheme {
	src := cite("S151", "eligibility of foreign-trained nurses", "")
	return Scheme{
		ID: SchemeSGNurse, Title: "Singapore Nursing Board registration (foreign-trained nurse)", Jurisdiction: "SG",
		Basis: BasisStatutory, Kind: KindRegistration, PracticeRestricted: Yes,
		IssuingBody: "Singapore Nursing Board (SNB)",
		Source:      src, Confidence: ConfidenceConfirmed,
		Notes: []string{
			"A nursing scheme, shipped for the ASEAN nursing MRA; it is not a social work scheme.",
			"Not encoded: relevant clinical nursing practice in the home country within the past 5 years [S151] (no experience-recency parameter); the SNB licensure examination, which SNB sets when an application is eligible [S153]; the route for nurses trained in Singapore; the term and renewal.",
			"The start of the encoded rule (1 Jan 2012, the year of the regulations cited) is not given by the sources.",
			"Registration in the country of training is checked against the shipped origin scheme (the Philippine registered nurse); list further origin schemes in sg.rn.home_registration.",
		},
		Versions: []RuleVersion{{ID: "sg.rn.grant.foreign", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2012-01-01"),
			Source: src, Confidence: ConfidenceConfirmed,
			Requirements: []Requirement{
				{ID: "sg.rn.offer", Kind: ReqEmployment, Title: "Offer of employment from an eligible healthcare institution in Singapore",
					Settings: []ServiceSetting{SettingHealth}, Countries: []workforce.CountryCode{"SG"}, AcceptOffer: true},
				{ID: "sg.rn.programme", Kind: ReqQualification, Title: "Pre-registration nursing programme equivalent to an accredited Singapore programme (as assessed by SNB)",
					Fields: []workforce.FieldOfStudy{workforce.FieldNursing}, Abroad: true},
				{ID: "sg.rn.home_registration", Kind: ReqCredential, Title: "Nursing registration in the country of training with a current practising licence",
					Schemes: []workforce.ID{SchemePHNurse}},
				notReq("sg.rn.no_proceedings", "No proceedings taken or pending with the registration body of the country of training",
					Requirement{ID: "sg.rn.proceedings", Kind: ReqProceeding, Proceedings: []ProceedingKind{ProceedingInvestigation, ProceedingFinding, ProceedingRemovalOrder, ProceedingConditions},
						Source: cite("S152", "reg. 8(1)(e)(ii)", ""), Confidence: ConfidenceConfirmed}),
			},
		}},
	}
}

// ASEANEngineeringMRA returns the ASEAN Mutual Recognition Arrangement
// on Engineering Services (Kuala Lumpur, 9 Dec 2005) as a recognition
// rule: a professional engineer registered or licensed in an ASEAN member
// state who meets the ASEAN Chartered Professional Engineer (ACPE)
// criteria — an accredited or recognised engineering degree, at least 7
// years of practical experience after graduation of which at least 2 in
// responsible charge of significant engineering work, CPD at a
// satisfactory level, no record of serious violation of technical,
// professional or ethical standards — may be registered in another member
// state as a Registered Foreign Professional Engineer (RFPE), working in
// collaboration with designated professional engineers of the host, not
// in independent practice. The host scheme is the host's own rule for
// registering an RFPE, stated by the caller.
func ASEANEngineeringMRA() RecognitionRule {
	src := cite("S147", "Arts. 3.1 (ACPE), 3.3 (RFPE)", "text read in a document-sharing copy; the primary text is published by the ASEAN Secretariat (asean.org) and was not read")
	return RecognitionRule{
		ID: RuleASEANEngineeringMRA, Title: "ASEAN Mutual Recognition Arrangement on Engineering Services (ACPE registered as RFPE)",
		OriginCountries: aseanMembers(), OriginKinds: []SchemeKind{KindRegistration, KindLicence},
		HostCountries: aseanMembers(), From: date("2005-12-09"),
		Conditions: mraEngineeringConditions(),
		Outcome:    RecognitionRestricted,
		Restrictions: []string{
			"Registered Foreign Professional Engineer: works in collaboration with designated professional engineers of the host country, not in independent practice unless the host's regulatory authority specifically permits it",
			"Subject to the host's domestic laws and regulations; where applicable, makes no submissions to the host's statutory authorities",
			"Only in the areas of competence and the disciplines the host's regulatory authority registers",
		},
		Source: src, Confidence: ConfidencePartial,
		Notes: []string{
			"An engineering arrangement, shipped as a second ASEAN recognition model beside the nursing MRA; no ASEAN social work MRA exists, and neither applies to social work.",
			"The criteria are those of the ACPE (Art. 3.1), which the home country's Monitoring Committee assesses and the ACPE Coordinating Committee (ACPECC) confers and registers [S143][S148]; the host registers an ACPE as RFPE (Art. 3.3) [S142]. The ACPE itself is not a scheme here: its register is regional, and a scheme belongs to one jurisdiction.",
			"ACPE registration is renewed from time to time on evidence of CPD under the origin's policy at a satisfactory level (Art. 4.2.6.3) [S144]; the renewal is not encoded.",
			"The workforce fields of study have no engineering field: the degree and the experience after it read the field other; the degree's accreditation is the qualification's accredited flag.",
			"The 2 years in responsible charge are attested by a certified record (as the Monitoring Committee's assessment does), not counted from work periods; the Philippine statement of the criteria places them within the 7 years [S155].",
			"The RFPE's terms (the restrictions) are read on a host regulator's page (Board of Engineers Malaysia) [S154]; a Monitoring Committee states that the scheme is intended for ASEAN citizens [S156] — not encoded, as the MRA text read does not say so.",
			"Renewal periods and fees are set by each Monitoring Committee (the Philippines: every 3 years [S155]); not encoded.",
		},
	}
}

// mraEngineeringConditions are the ACPE criteria of Art. 3.1 [S147],
// corroborated by a Monitoring Committee's statement of them [S155]; both
// were read in copies, so they are partial.
func mraEngineeringConditions() []Requirement {
	src := cite("S147", "Art. 3.1", "read in a copy; corroborated by the Philippine Monitoring Committee's statement of the criteria [S155], also a copy")
	c := []Requirement{
		{ID: "mra.eng.degree", Kind: ReqQualification, Title: "Accredited engineering degree, or one recognised as equivalent", MinLevel: workforce.EducationBachelor,
			Fields: []workforce.FieldOfStudy{workforce.FieldOther}, Accredited: true},
		{ID: "mra.eng.experience", Kind: ReqExperience, Title: "At least 7 years of practical experience after graduation", MinMonths: 84, AfterQualification: true,
			Fields: []workforce.FieldOfStudy{workforce.FieldOther}},
		doc("mra.eng.responsible_charge", "At least 2 years in responsible charge of significant engineering work (certified record)", DocResponsibleCharge),
		doc("mra.eng.cpd", "CPD at a satisfactory level under the origin's policy", DocCPDCompliance),
		notReq("mra.eng.no_violation", "No record of serious violation of technical, professional or ethical standards", Requirement{ID: "mra.eng.violation", Kind: ReqProceeding,
			Proceedings: []ProceedingKind{ProceedingFinding, ProceedingRemovalOrder}}),
	}
	for i := range c {
		c[i].Source, c[i].Confidence = src, ConfidencePartial
	}
	return c
}
