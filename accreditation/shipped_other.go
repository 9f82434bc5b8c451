package accreditation

import (
	"strings"

	"github.com/sswkit/ssw/workforce"
)

// Shipped scheme IDs of the reference systems.
const (
	// SchemeTexas is the Texas social work licence.
	SchemeTexas workforce.ID = "US-TX-SW-LICENCE"
	// SchemeNewYork is the New York LMSW triennial registration.
	SchemeNewYork workforce.ID = "US-NY-LMSW-REGISTRATION"
	// SchemeSWE is registration with Social Work England.
	SchemeSWE workforce.ID = "GB-SWE-REGISTRATION"
	// SchemePennsylvania is the Pennsylvania social work licence.
	SchemePennsylvania workforce.ID = "US-PA-SW-LICENCE"
	// SchemeNewMexico is the New Mexico social work licence.
	SchemeNewMexico workforce.ID = "US-NM-SW-LICENCE"
	// SchemeSSSC is registration with the Scottish Social Services
	// Council.
	SchemeSSSC workforce.ID = "GB-SSSC-REGISTRATION"
	// SchemeCSWEBachelor and SchemeCSWEMaster are CSWE field education
	// standards for BSW and MSW programmes.
	SchemeCSWEBachelor workforce.ID = "US-CSWE-FIELD-BSW"
	SchemeCSWEMaster   workforce.ID = "US-CSWE-FIELD-MSW"
	// RuleASEANNursingMRA is the ASEAN nursing MRA, shipped as a
	// recognition model.
	RuleASEANNursingMRA workforce.ID = "ASEAN-MRA-NURSING"
)

// ASWBCategories returns the ASWB examination categories, each shipped as
// a scheme "ASWB-<CATEGORY>" with an exam of the same ID.
func ASWBCategories() []string {
	return []string{"ASSOCIATE", "BACHELORS", "MASTERS", "ADVANCED-GENERALIST", "CLINICAL"}
}

// NoRegimes returns the "no regime" entries: Malaysia (bill not enacted
// as of July 2025), Cambodia (no statutory licensing; a voluntary
// association plan), and Lao PDR, Myanmar, Brunei Darussalam and
// Timor-Leste (no registration or licensing law found). Evaluating them
// gives not_applicable, never not_met.
func NoRegimes() []Scheme {
	mk := func(cc workforce.CountryCode, name string, src RuleSource, conf RuleConfidence, notes ...string) Scheme {
		return Scheme{ID: workforce.ID(string(cc) + "-NO-REGIME"), Title: "Social work registration or licensing in " + name + " (no regime)",
			Jurisdiction: cc, Basis: BasisNoRegime, Source: src, Confidence: conf, Notes: notes}
	}
	none := RuleSource{Title: "Search of public sources (2025): no social work registration or licensing law found", Note: "searched; not confirmed either way"}
	return []Scheme{
		mk("MY", "Malaysia", cite("S81", "Social Work Profession Bill, July 2025", "tabling targeted for end-2025 or early 2026; status after July 2025 not confirmed"), ConfidencePartial,
			"Social work is not a regulated profession; the bill would create a Social Work Profession Council to register and certify practitioners [S84]."),
		mk("KH", "Cambodia", sourceRef("S100"), ConfidencePartial,
			"No statutory licensing; a professional association (APSWC, 2015) planned a voluntary certificate or licensing committee [S101]."),
		mk("LA", "Lao PDR", none, ConfidenceUnconfirmed),
		mk("MM", "Myanmar", none, ConfidenceUnconfirmed),
		mk("BN", "Brunei Darussalam", none, ConfidenceUnconfirmed),
		mk("TL", "Timor-Leste", none, ConfidenceUnconfirmed),
	}
}

// ReferenceSystems returns the reference systems outside ASEAN: the ASWB
// examinations (retest wait and waivers), the Texas, Pennsylvania and New
// Mexico licence renewals, the New York registration (with conditional
// registration), Social Work England registration (renewal, follow-up,
// restoration), the Scottish Social Services Council (restoration,
// non-UK practice learning) and the CSWE field education standards.
func ReferenceSystems() []Scheme {
	var out []Scheme
	for _, c := range ASWBCategories() {
		out = append(out, aswb(c))
	}
	return append(out, texas(), newYork(), pennsylvania(), newMexico(), swe(), sssc(), cswe(SchemeCSWEBachelor, "BSW", "400", "340"), cswe(SchemeCSWEMaster, "MSW", "900", "765"))
}

// pennsylvania: 30 hours per biennium, at least 3 in ethics, no
// carry-over [S122].
func pennsylvania() Scheme {
	src := cite("S122", "49 Pa. Code 47.32", "")
	return Scheme{
		ID: SchemePennsylvania, Title: "Pennsylvania social work licence (renewal)", Jurisdiction: "US", Subdivision: "US-PA",
		Basis: BasisStatutory, Kind: KindLicence, PracticeRestricted: Yes,
		IssuingBody: "Pennsylvania State Board of Social Workers, Marriage and Family Therapists and Professional Counselors",
		Source:      src, Confidence: ConfidenceConfirmed,
		Notes: []string{"The biennial term's dates are not encoded: expiry comes from the register; the start of the encoded rule (1 Jan 2015) is not given by the source."},
		Terms: []ValidityRule{{ID: "pa.term", From: date("2015-01-01"), Kind: ValidityFixedTerm,
			Source: src, Confidence: ConfidencePartial, Notes: []string{"Biennial; the term length is not encoded."}}},
		Versions: []RuleVersion{{ID: "pa.renewal", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2015-01-01"),
			Source: src, Confidence: ConfidenceConfirmed,
			Requirements: []Requirement{{ID: "pa.ce", Kind: ReqCPD, Title: "30 hours per biennium, at least 3 in ethics"}},
			CPD: &CPDRule{Unit: UnitHours, Total: credits("30"), Window: WindowLicenceTerm, CarryOver: CarryNone,
				Limits: []CPDLimit{{ID: "ethics", Title: "Ethics", Topics: []workforce.CPDTopic{workforce.TopicEthics}, Min: credits("3")}}},
		}},
	}
}

// newMexico: 30 hours in each two-year period from 1 July to 30 June,
// including 6 in cultural awareness [S123].
func newMexico() Scheme {
	src := cite("S123", "CE and cultural awareness", "")
	return Scheme{
		ID: SchemeNewMexico, Title: "New Mexico social work licence (renewal)", Jurisdiction: "US", Subdivision: "US-NM",
		Basis: BasisStatutory, Kind: KindLicence, PracticeRestricted: Yes,
		IssuingBody: "New Mexico Board of Social Work Examiners",
		Source:      src, Confidence: ConfidenceConfirmed,
		Notes: []string{"The two-year periods are taken to start on 1 July of even years (cycles counted from 1 July 2000); which years start them is not stated in the source read.",
			"The start of the encoded rule (1 Jan 2015) is not given by the source."},
		Versions: []RuleVersion{{ID: "nm.renewal", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2015-01-01"),
			Source: src, Confidence: ConfidencePartial,
			Requirements: []Requirement{{ID: "nm.ce", Kind: ReqCPD, Title: "30 hours in the two-year period 1 July to 30 June, 6 in cultural awareness"}},
			CPD: &CPDRule{Unit: UnitHours, Total: credits("30"), Window: WindowFixedCycle, WindowMonths: 24, CycleStartMonth: 7, CycleStartDay: 1,
				Limits: []CPDLimit{{ID: "cultural", Title: "Cultural awareness", Topics: []workforce.CPDTopic{workforce.TopicCulturalCompetence}, Min: credits("6")}}},
		}},
	}
}

// sssc: registration with the Scottish Social Services Council —
// restoration after removal from 3 years, 2 years after a refused
// application [S133]; a non-UK social work qualification needs at least
// 780 hours (130 days) of practice learning [S132].
func sssc() Scheme {
	return Scheme{
		ID: SchemeSSSC, Title: "Scottish Social Services Council registration (social workers)", Jurisdiction: "GB", Subdivision: "GB-SCT",
		Basis: BasisStatutory, Kind: KindRegistration, PracticeRestricted: Yes, ProtectedTitles: []string{"social worker"},
		IssuingBody: "Scottish Social Services Council (SSSC)",
		Source:      cite("S133", "restoration", ""), Confidence: ConfidenceConfirmed,
		Notes: []string{"Health-only removals may be restored at any time [S133]; not encoded.",
			"The term and renewal of SSSC registration are not encoded; the rules' start date (1 Jan 2015) is not given by the sources."},
		Terms: []ValidityRule{{ID: "sssc.term", From: date("2015-01-01"), Kind: ValidityFixedTerm, RestorationAfterMonths: 36, ReapplyAfterRefusalMonths: 24,
			Source: cite("S133", "restoration after removal from 3 years; after a refusal 2 years", ""), Confidence: ConfidenceConfirmed}},
		Versions: []RuleVersion{{ID: "sssc.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2015-01-01"),
			Source: cite("S132", "non-UK qualifications", ""), Confidence: ConfidenceConfirmed,
			Notes: []string{"Only the practice-learning minimum for non-UK qualifications is encoded."},
			Requirements: []Requirement{whenReq("sssc.non_uk", "Non-UK social work qualification: at least 780 hours (130 days) of practice learning",
				[]Requirement{{ID: "sssc.non_uk_qualification", Kind: ReqQualification, Title: "Social work qualification from outside the UK", Fields: socialWork(), Abroad: true}},
				Requirement{ID: "sssc.practice_learning", Kind: ReqSupervisedPractice, Title: "At least 780 hours of practice learning", MinHours: hours("780")})},
		}},
	}
}

func aswb(category string) Scheme {
	id := workforce.ID("ASWB-" + category)
	title := "ASWB " + strings.ReplaceAll(strings.ToLower(category), "-", " ") + " examination"
	scoring := cite("S110", "exam scoring", "pass points are equated per exam form: the exam owner's pass or fail is stored, never recomputed")
	retest := cite("S111", "retest rules", "90-day wait; day 1 is the day after the test, so the earliest retest is the 91st day")
	waiver := &RetestWaiver{MaxShort: 10, MaxWaivers: 2, PerMonths: 12}
	exam := func(from, to, blueprint string) ExamRule {
		return ExamRule{ID: id, Title: title + " (" + blueprint + " blueprint)", From: date(from), To: toDate(to), Scoring: ScoringOwnerResult,
			RetestWaitDays: 90, Waiver: waiver, Source: scoring, Confidence: ConfidenceConfirmed,
			Notes: []string{"Waivers of the wait only where the board allows them and the candidate missed by 10 correct answers or fewer, at most 2 in 12 months per category [S112][S113]."}}
	}
	w2 := *waiver
	e2018 := exam("2018-01-01", "2026-08-02", "2018")
	e2026 := exam("2026-08-03", "", "2026")
	e2026.Waiver = &w2
	e2018.Notes = append(e2018.Notes, "150 scored items; the start date of the 2018 blueprint is not given and is set to 1 Jan 2018.")
	e2026.Notes = append(e2026.Notes, "110 scored items from 3 Aug 2026.")
	return Scheme{
		ID: id, Title: title, Jurisdiction: "US", Basis: BasisStatutory, Kind: KindExamination,
		IssuingBody: "Association of Social Work Boards (ASWB)",
		Source:      scoring, Confidence: ConfidenceConfirmed,
		Notes: []string{
			"Used by US and Canadian licensing boards as their statutory examination; attempt caps are board-specific (one to four) and belong on the board's exam_admission requirement.",
			"Early sitting with board approval (final semester; within 6 months of finishing supervised experience) is not encoded.",
		},
		Exams: []ExamRule{e2018, e2026},
		Versions: []RuleVersion{
			{ID: "aswb.admission", Purpose: PurposeExamAdmission, EventDate: EventSittingDate, From: date("2018-01-01"), Source: retest, Confidence: ConfidenceConfirmed,
				Requirements: []Requirement{{ID: "aswb.retest", Kind: ReqExamAdmission, Title: "Retest waiting period and one registration at a time", Exam: id}}},
			{ID: "aswb.pass", Purpose: PurposeGrant, EventDate: EventDecisionDate, From: date("2018-01-01"), Source: scoring, Confidence: ConfidenceConfirmed,
				Requirements: []Requirement{{ID: "aswb.passed", Kind: ReqExam, Title: "Passed the examination (owner's result)", Exam: id}}},
		},
	}
}

func texas() Scheme {
	rule := func(share bool) *CPDRule {
		r := &CPDRule{
			Unit: UnitHours, Total: credits("30"), Window: WindowLicenceTerm, CarryOver: CarryCapped, CarryOverMax: credits("10"),
			Limits: []CPDLimit{
				{ID: "ethics", Title: "Ethics", Topics: []workforce.CPDTopic{workforce.TopicEthics}, Min: credits("6")},
				{ID: "cultural", Title: "Cultural diversity or competency", Topics: []workforce.CPDTopic{workforce.TopicCulturalCompetence}, Min: credits("3")},
				{ID: "supervision", Title: "Supervision (supervisors), counted inside the 30 hours", Topics: []workforce.CPDTopic{workforce.TopicSupervision}, Min: credits("6"),
					Circumstance: CircumstanceSupervisor},
			},
			Exemptions: []Exemption{{ID: "tx.ce.emeritus", Title: "Emeritus status", If: []Requirement{circumstance("tx.ce.is_emeritus", "Emeritus status", CircumstanceEmeritus)}}},
		}
		if share {
			r.MinAccreditedShare = dec("50")
		}
		return r
	}
	return Scheme{
		ID: SchemeTexas, Title: "Texas social work licence (renewal)", Jurisdiction: "US", Subdivision: "US-TX",
		Basis: BasisStatutory, Kind: KindLicence, PracticeRestricted: Yes,
		IssuingBody: "Texas Behavioral Health Executive Council (Texas State Board of Social Worker Examiners)",
		Source:      cite("S116", "22 TAC 781.501", ""), Confidence: ConfidenceConfirmed,
		Notes: []string{
			"The earlier rule under which a first licence ran 13 to 24 months by birth month, yet needed the full 30 hours [S117], is historical and not encoded.",
			"'At least half from listed providers' is read as half of the required hours; listed providers are marked accredited on CPD records.",
		},
		Terms: []ValidityRule{{ID: "tx.term", From: date("2017-01-01"), Kind: ValidityFixedTerm, TermMonths: 24,
			Source: cite("S115", "biennial renewal", "start date of the encoded rules not confirmed"), Confidence: ConfidencePartial}},
		Versions: []RuleVersion{
			{ID: "tx.renewal.2017", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2017-01-01"), To: date("2023-12-31"),
				Source: cite("S116", "22 TAC 781.501 before the provider rule", "start date of the encoded rules not confirmed"), Confidence: ConfidencePartial,
				Requirements: []Requirement{{ID: "tx.ce", Kind: ReqCPD, Title: "30 hours per renewal period with 6 ethics and 3 cultural competency"}}, CPD: rule(false)},
			{ID: "tx.renewal.2024", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2024-01-01"),
				Source: cite("S115", "renewal, at least half from listed providers from 1 Jan 2024", ""), Confidence: ConfidenceConfirmed,
				Requirements: []Requirement{{ID: "tx.ce", Kind: ReqCPD, Title: "30 hours per renewal period with 6 ethics, 3 cultural competency, half from listed providers"}}, CPD: rule(true)},
		},
	}
}

func newYork() Scheme {
	return Scheme{
		ID: SchemeNewYork, Title: "New York LMSW registration (triennial)", Jurisdiction: "US", Subdivision: "US-NY",
		Basis: BasisStatutory, Kind: KindLicence, PracticeRestricted: Yes,
		IssuingBody: "New York State Education Department, Office of the Professions",
		Source:      cite("S118", "Education Law s.7710", "the licence is for life; registration every 3 years"), Confidence: ConfidenceConfirmed,
		Notes: []string{
			"Not encoded: the one-third self-study limit for periods other than 36 months, health and military adjustments, conditional registration, the 2015 phase-in of 1 hour per month, and the 3 hours on professional boundaries for periods from 1 Apr 2023 (no CPD topic for it).",
		},
		Terms: []ValidityRule{{ID: "ny.term", From: date("2015-01-01"), Kind: ValidityFixedTerm, TermMonths: 36,
			Source: cite("S120", "registration every 3 years", ""), Confidence: ConfidenceConfirmed}},
		Versions: []RuleVersion{{
			ID: "ny.renewal", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2015-01-01"),
			Source: cite("S118", "mandatory continuing education", ""), Confidence: ConfidenceConfirmed,
			Requirements: []Requirement{anyOfReq("ny.ce.or_conditional", "Continuing education met, or a conditional registration issued",
				Requirement{ID: "ny.ce", Kind: ReqCPD, Title: "36 hours per registration period, at most 12 by self-study"},
				Requirement{ID: "ny.conditional", Kind: ReqDocument, Title: "Conditional registration certificate (practice allowed before the requirement is met)",
					Document: DocConditionalRegistration, Source: cite("S146", "s.7710(1)(a) and (3): conditional registration", "")})},
			CPD: &CPDRule{
				Unit: UnitHours, Total: credits("36"), Window: WindowLicenceTerm,
				Limits: []CPDLimit{{ID: "self_study", Title: "Self-study", Activities: []workforce.CPDActivity{workforce.ActivitySelfStudy}, Max: credits("12"),
					Source: cite("S119", "self-study limit", "read in a union's summary; the regulation's own text (8 NYCRR 74.10) is not cited for it"), Confidence: ConfidencePartial}},
				Exemptions: []Exemption{
					{ID: "ny.ce.first_period", Title: "Registration period of first licensure", If: []Requirement{circumstance("ny.ce.first", "First registration period", CircumstanceFirstCycle)},
						Source: cite("S146", "s.7710(1)(b): exempt for the triennial registration period during which first licensed", "")},
					{ID: "ny.ce.non_practising", Title: "Not practising", If: []Requirement{circumstance("ny.ce.inactive", "Not practising", CircumstanceNonPractising)},
						Source: cite("S146", "s.7710(1)(c): not engaged in practice, on filing a statement", "")},
				},
			},
		}},
	}
}

func swe() Scheme {
	cpd := func(pieces int, peer bool) *CPDRule {
		r := &CPDRule{Unit: UnitHours, Total: credits("0"), Window: WindowFixedCycle, WindowMonths: 12, CycleStartMonth: 12, CycleStartDay: 1, MinRecords: pieces}
		if peer {
			r.Limits = []CPDLimit{{ID: "peer_reflection", Title: "At least one piece with peer reflection", Activities: []workforce.CPDActivity{workforce.ActivityPeerReflection}, MinCount: 1}}
		}
		return r
	}
	newJoiner := func(id string) []Exemption {
		return []Exemption{{ID: workforce.ID(id), Title: "Joined or restored after 1 September: only the fee is due in this renewal",
			If: []Requirement{{ID: workforce.ID(id + ".is_new"), Kind: ReqCredential, Title: "Registered (joined or restored) after 1 September of the renewal year",
				Schemes: []workforce.ID{SchemeSWE}, IssuedSinceMonth: 9, IssuedSinceDay: 2}},
			Source: cite("S129", "renewal report 2024 (new joiners)", "'after 1 September' read as from 2 September; the credential's issue date is read as the day the person joined or was restored")}}
	}
	reqs := func(cpdTitle string) []Requirement {
		return []Requirement{
			{ID: "swe.fee", Kind: ReqFee, Title: "Registration fee paid for the coming registration year"},
			{ID: "swe.form", Kind: ReqDocument, Title: "Renewal form submitted", Document: DocRenewalForm, MaxAgeMonths: 3, Exemptions: newJoiner("swe.form.new_joiner")},
			{ID: "swe.cpd", Kind: ReqCPD, Title: cpdTitle, Exemptions: newJoiner("swe.cpd.new_joiner")},
		}
	}
	return Scheme{
		ID: SchemeSWE, Title: "Social Work England registration", Jurisdiction: "GB", Subdivision: "GB-ENG",
		Basis: BasisStatutory, Kind: KindRegistration, PracticeRestricted: Yes, ProtectedTitles: []string{"social worker"},
		IssuingBody: "Social Work England",
		Source:      cite("S126", "registration renewal and CPD", ""), Confidence: ConfidenceConfirmed,
		Notes: []string{
			"The window closes at 23:59 UK time on 30 November; civil dates cannot express the time and treat all of 30 November as open.",
			"After the deadline: the regulator's current page gives 21 days to record CPD, then contact, possibly conditions, removal as a last resort [S126]; a 2022 report says the grace was dropped [S128]. The 21 days are encoded as the follow-up after a renewal filed without CPD (a renewal_filed event), with partial confidence.",
			"Overseas qualifications are assessed individually and may need a period of adaptation [S131]; see the recognition rules.",
		},
		Terms: []ValidityRule{{
			ID: "swe.term", From: date("2019-12-01"), Kind: ValidityFixedCycle, CycleStartMonth: 12, CycleStartDay: 1, CycleMonths: 12,
			RenewalOpensMonth: 9, RenewalOpensDay: 1, RestorationAfterMonths: 60, ReapplyAfterRefusalMonths: 12, FollowUpDays: 21,
			Source:     cite("S127", "registration year 1 Dec to 30 Nov; renewal window 1 Sep to 30 Nov", "the registration year is on the regulator's page [S126], the window opening on 1 September in a secondary source; restoration after a removal order no earlier than 5 years after it took effect; after a refusal wait 12 months [S130]"),
			Confidence: ConfidencePartial,
		}},
		Versions: []RuleVersion{
			{ID: "swe.renewal.2020", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2020-09-01"), To: date("2022-08-31"),
				Source: cite("S128", "2020-21: one piece of CPD sufficed", ""), Confidence: ConfidencePartial,
				Requirements: reqs("At least one piece of CPD in the registration year"), CPD: cpd(1, false)},
			{ID: "swe.renewal.2022", Purpose: PurposeRenewal, EventDate: EventRenewalDate, From: date("2022-09-01"),
				Source: cite("S127", "from 2022: at least two pieces, one with peer reflection", "read in a secondary source that quotes the regulator"), Confidence: ConfidencePartial,
				Requirements: reqs("At least two pieces of CPD in the registration year, one with peer reflection"), CPD: cpd(2, true)},
		},
	}
}

func cswe(id workforce.ID, level, full, covid string) Scheme {
	src := cite("S125", "CSWE field hours", "")
	return Scheme{
		ID: id, Title: "CSWE field education minimum, " + level + " programmes", Jurisdiction: "US",
		Basis: BasisVoluntary, Kind: KindProgrammeAccreditation, IssuingBody: "Council on Social Work Education (CSWE)",
		Source: src, Confidence: ConfidenceConfirmed,
		Notes: []string{"Evaluated for a student: the grant rule is the field education minimum the accredited programme applies."},
		Versions: []RuleVersion{{
			ID: workforce.ID("cswe." + strings.ToLower(level) + ".field"), Purpose: PurposeGrant, EventDate: EventDecisionDate, From: date("2008-01-01"),
			Source: src, Confidence: ConfidencePartial,
			Notes: []string{"The start of the encoded rule is set to 1 Jan 2008; the minimums are older and their date is not given."},
			Requirements: []Requirement{anyOfReq("cswe.field", "Field education minimum, or the COVID-19 exception",
				Requirement{ID: "cswe.field.full", Kind: ReqSupervisedPractice, Title: "At least " + full + " hours of field education", MinHours: hours(full)},
				Requirement{ID: "cswe.field.covid", Kind: ReqSupervisedPractice,
					Title:    "COVID-19 exception: at least " + covid + " hours (85%) for placements ending by 31 Dec 2020, deemed sufficient at the programme's discretion",
					MinHours: hours(covid), EndedBy: date("2020-12-31")},
			)},
		}},
	}
}

// ASEANNursingMRA returns the ASEAN Mutual Recognition Arrangement on
// Nursing Services (signed 9 Dec 2006) as a recognition model: an origin
// registration or licence current, at least 3 continuous years of
// practice, CPD compliance under the origin regulator's policy, and no
// ongoing investigation or finding of a professional or ethical
// violation; recognition remains subject to the host's domestic rules.
// No ASEAN social work MRA exists.
func ASEANNursingMRA() RecognitionRule {
	src := cite("S139", "ASEAN MRA on Nursing Services", "")
	return RecognitionRule{
		ID: RuleASEANNursingMRA, Title: "ASEAN Mutual Recognition Arrangement on Nursing Services (model)",
		OriginCountries: aseanMembers(), OriginKinds: []SchemeKind{KindRegistration, KindLicence},
		HostCountries: aseanMembers(), From: date("2006-12-09"),
		Conditions: []Requirement{
			{ID: "mra.practice", Kind: ReqExperience, Title: "At least 3 continuous years of practice before applying", MinMonths: 36, Continuous: true,
				Source: cite("S140", "three consecutive years", "")},
			doc("mra.cpd", "CPD compliant under the origin regulator's policy", DocCPDCompliance),
			notReq("mra.no_investigation", "No ongoing investigation", Requirement{ID: "mra.investigation", Kind: ReqProceeding,
				Proceedings: []ProceedingKind{ProceedingInvestigation}, OpenOnly: true}),
			notReq("mra.no_violation", "No finding of a professional or ethical violation", Requirement{ID: "mra.violation", Kind: ReqProceeding,
				Proceedings: []ProceedingKind{ProceedingFinding}}),
		},
		Outcome:      RecognitionRestricted,
		Restrictions: []string{"Subject to the host's domestic regulation: host registration, language and temporary licensing requirements"},
		Source:       src, Confidence: ConfidencePartial,
		Notes: []string{
			"A nursing arrangement, shipped as the model for Ha Noi Declaration commitment 9; it must not be applied to social work as if it covered it.",
			"The joint committee (AJCCN) exchanges data on licensing periods, CPD and language rules; not modelled.",
		},
	}
}
