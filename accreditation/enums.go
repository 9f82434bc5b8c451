package accreditation

import "github.com/sswkit/ssw/internal/enum"

// Every enumeration below is a named string whose wire value is its
// snake_case constant text; the empty string means unset. Each has one
// ordered, read-only table from which its Values function, IsValid, Title,
// the "valid" validation rule and the JSON Schema enum are derived:
// internal/cmd/genenum writes them into enums_gen.go, for the tables of
// this file and the kind tables (kinds.go, families.go) alike.

//go:generate go run ../internal/cmd/genenum -out enums_gen.go

// Outcome is the four-valued result of evaluating a requirement or a whole scheme. See the package documentation for how combinators join outcomes.
type Outcome string

// Outcome values.
const (
	OutcomeMet           Outcome = "met"
	OutcomeNotMet        Outcome = "not_met"
	OutcomeUnknown       Outcome = "unknown"
	OutcomeNotApplicable Outcome = "not_applicable"
)

var outcomeTable = [...]enum.Entry[Outcome]{
	{Value: OutcomeMet, Title: "Met"},
	{Value: OutcomeNotMet, Title: "Not met"},
	{Value: OutcomeUnknown, Title: "Unknown: a fact needed to decide is missing"},
	{Value: OutcomeNotApplicable, Title: "Not applicable: no regime, no rule in force, or a condition that does not hold"},
}

// SchemeKind is the kind of credential a [Scheme] describes. Registration, licence, membership and accreditation are different things (a permanent register entry, a periodic practice authority, a council membership, a voluntary listing) and the model keeps them apart.
type SchemeKind string

// SchemeKind values.
const (
	KindProgrammeAccreditation  SchemeKind = "programme_accreditation"
	KindCompetencyCertification SchemeKind = "competency_certification"
	KindRegistration            SchemeKind = "registration"
	KindLicence                 SchemeKind = "licence"
	KindPracticePermit          SchemeKind = "practice_permit"
	KindVoluntaryAccreditation  SchemeKind = "voluntary_accreditation"
	KindMembership              SchemeKind = "membership"
	KindExamination             SchemeKind = "examination"
)

var schemeKindTable = [...]enum.Entry[SchemeKind]{
	{Value: KindProgrammeAccreditation, Title: "Accreditation of an education programme or its components"},
	{Value: KindCompetencyCertification, Title: "Competency certificate after a test"},
	{Value: KindRegistration, Title: "Entry on a statutory register"},
	{Value: KindLicence, Title: "Licence or periodic practice authority"},
	{Value: KindPracticePermit, Title: "Location-bound permit to practise"},
	{Value: KindVoluntaryAccreditation, Title: "Voluntary professional accreditation"},
	{Value: KindMembership, Title: "Membership of a professional council or body"},
	{Value: KindExamination, Title: "Examination owned by a body other than the licensing authority"},
}

// SchemeBasis says whether a scheme rests on law, is voluntary, or records that a jurisdiction has no regime at all. A no-regime scheme evaluates to [OutcomeNotApplicable], never to [OutcomeNotMet].
type SchemeBasis string

// SchemeBasis values.
const (
	BasisStatutory SchemeBasis = "statutory"
	BasisVoluntary SchemeBasis = "voluntary"
	BasisNoRegime  SchemeBasis = "no_regime"
)

var schemeBasisTable = [...]enum.Entry[SchemeBasis]{
	{Value: BasisStatutory, Title: "Statutory (created or required by law)"},
	{Value: BasisVoluntary, Title: "Voluntary (no legal force)"},
	{Value: BasisNoRegime, Title: "No regime: the jurisdiction has no such credential"},
}

// RuleConfidence grades how well a rule is sourced: confirmed (read in a primary source: the instrument, the regulator's own text, or a law library's copy of the instrument), partial (a secondary source, partly visible, or needing interpretation) or unconfirmed (a weak single source or an inference; a placeholder). A source whose Kind is stated and not primary never backs confirmed ([Scheme.Validate] reports it).
type RuleConfidence string

// RuleConfidence values.
const (
	ConfidenceConfirmed   RuleConfidence = "confirmed"
	ConfidencePartial     RuleConfidence = "partial"
	ConfidenceUnconfirmed RuleConfidence = "unconfirmed"
)

var ruleConfidenceTable = [...]enum.Entry[RuleConfidence]{
	{Value: ConfidenceConfirmed, Title: "Confirmed by the regulator's own text"},
	{Value: ConfidencePartial, Title: "Partly confirmed or interpreted"},
	{Value: ConfidenceUnconfirmed, Title: "Unconfirmed placeholder"},
}

// SourceKind says what kind of text a [RuleSource] is: the instrument itself, the regulator's own page or a faithful copy of the instrument in a law library (primary), or a government page, news report, commentary, document-sharing upload or blog (secondary). Only a primary source can back the confidence confirmed; see [SourceKind.Primary].
type SourceKind string

// SourceKind values.
const (
	SourceInstrument SourceKind = "instrument"
	SourceRegulator  SourceKind = "regulator"
	SourceLawLibrary SourceKind = "law_library"
	SourceGovernment SourceKind = "government"
	SourceNews       SourceKind = "news"
	SourceCommentary SourceKind = "commentary"
	SourceCopy       SourceKind = "copy"
	SourceBlog       SourceKind = "blog"
)

var sourceKindTable = [...]enum.Entry[SourceKind]{
	{Value: SourceInstrument, Title: "The statute, regulation, resolution or standard itself, from its publisher"},
	{Value: SourceRegulator, Title: "The regulator's, accreditor's or exam owner's own page"},
	{Value: SourceLawLibrary, Title: "A law library that reproduces the instrument's text"},
	{Value: SourceGovernment, Title: "A page of another government body"},
	{Value: SourceNews, Title: "A news report"},
	{Value: SourceCommentary, Title: "A law summary, commentary, association page or training vendor"},
	{Value: SourceCopy, Title: "A copy on a document-sharing site (an upload, slides, flashcards)"},
	{Value: SourceBlog, Title: "A blog or personal site"},
}

// Primary reports whether a source of this kind may back the confidence
// confirmed: the instrument itself, the regulator's own page, or a law
// library's copy of the instrument. A secondary source — a government
// page restating the rule, news, commentary, a document-sharing upload,
// a blog — backs partial at most, however faithful it looks.
func (k SourceKind) Primary() bool {
	return k == SourceInstrument || k == SourceRegulator || k == SourceLawLibrary
}

// RulePurpose is what a [RuleVersion] decides: admission to an examination,
// the first grant of the credential, its renewal, its restoration after
// removal, or whether a person may do an act the credential restricts
// (practise, use a protected title, hold a reserved post; see
// [RulePurpose.Act]).
type RulePurpose string

// RulePurpose values.
const (
	PurposeExamAdmission RulePurpose = "exam_admission"
	PurposeGrant         RulePurpose = "grant"
	PurposeRenewal       RulePurpose = "renewal"
	PurposeRestoration   RulePurpose = "restoration"
	PurposePractice      RulePurpose = "practice"
	PurposeTitleUse      RulePurpose = "title_use"
	PurposeRole          RulePurpose = "role"
)

var rulePurposeTable = [...]enum.Entry[RulePurpose]{
	{Value: PurposeExamAdmission, Title: "Admission to an examination"},
	{Value: PurposeGrant, Title: "First grant (issue, registration, accreditation)"},
	{Value: PurposeRenewal, Title: "Renewal of a held credential"},
	{Value: PurposeRestoration, Title: "Restoration after removal"},
	{Value: PurposePractice, Title: "Practising the profession"},
	{Value: PurposeTitleUse, Title: "Using a protected title"},
	{Value: PurposeRole, Title: "Holding a post reserved for holders"},
}

// Act reports whether the purpose asks whether a person may do something
// the credential restricts — practise, use a protected title, hold a
// reserved post — rather than whether the credential is granted or kept.
// A version of an act purpose lists what makes the act lawful: typically
// any_of the credential held and current, or a statutory exemption
// stated as data. Met means the person may do it; not_met that neither
// the credential nor an exemption is shown. The scheme's prerequisites do
// not apply to acts.
func (p RulePurpose) Act() bool {
	return p == PurposePractice || p == PurposeTitleUse || p == PurposeRole
}

// EventDate names the date a rule version is selected by and that callers pass as the evaluation date: the rule in force on the filing date decides eligibility, the one in force on the renewal date decides renewal. Examination rules are selected by each sitting's own date.
type EventDate string

// EventDate values.
const (
	EventFilingDate   EventDate = "filing_date"
	EventRenewalDate  EventDate = "renewal_date"
	EventSittingDate  EventDate = "sitting_date"
	EventDecisionDate EventDate = "decision_date"
)

var eventDateTable = [...]enum.Entry[EventDate]{
	{Value: EventFilingDate, Title: "Date the application is filed"},
	{Value: EventRenewalDate, Title: "Date the renewal is filed or decided"},
	{Value: EventSittingDate, Title: "Date of the examination sitting"},
	{Value: EventDecisionDate, Title: "Date of the decision"},
}

// LeapDayPolicy says where an anniversary of 29 February falls in a common year.
type LeapDayPolicy string

// LeapDayPolicy values.
const (
	LeapFeb28 LeapDayPolicy = "feb_28"
	LeapMar1  LeapDayPolicy = "mar_1"
)

var leapDayPolicyTable = [...]enum.Entry[LeapDayPolicy]{
	{Value: LeapFeb28, Title: "28 February (month-end clamping)"},
	{Value: LeapMar1, Title: "1 March"},
}

// CredentialState is the state of a held credential on a date, derived by [Standing] from the scheme's validity rule and the holding's events.
type CredentialState string

// CredentialState values.
const (
	StateNotIssued   CredentialState = "not_issued"
	StateActive      CredentialState = "active"
	StateRenewalOpen CredentialState = "renewal_open"
	StateGrace       CredentialState = "grace"
	StateExtension   CredentialState = "extension"
	StateLapsed      CredentialState = "lapsed"
	StateSuspended   CredentialState = "suspended"
	StateRevoked     CredentialState = "revoked"
	StateRestorable  CredentialState = "restorable"
	StateSurrendered CredentialState = "surrendered"
	StateLateRenewal CredentialState = "late_renewal"
	StateFollowUp    CredentialState = "follow_up"
	StateOverdue     CredentialState = "overdue"
)

var credentialStateTable = [...]enum.Entry[CredentialState]{
	{Value: StateNotIssued, Title: "Not issued (no term has started)"},
	{Value: StateActive, Title: "Active"},
	{Value: StateRenewalOpen, Title: "Active, renewal window open"},
	{Value: StateGrace, Title: "Expired, within a grace period"},
	{Value: StateExtension, Title: "Expired, in an extension without status (may still complete requirements)"},
	{Value: StateLapsed, Title: "Lapsed"},
	{Value: StateSuspended, Title: "Suspended"},
	{Value: StateRevoked, Title: "Revoked or removed"},
	{Value: StateRestorable, Title: "Removed, restoration application allowed"},
	{Value: StateSurrendered, Title: "Surrendered"},
	{Value: StateLateRenewal, Title: "Expired after grace; renewable late with a surcharge"},
	{Value: StateFollowUp, Title: "Renewal filed with a requirement outstanding; on the register while the regulator follows up"},
	{Value: StateOverdue, Title: "Follow-up ended with a requirement outstanding; conditions or removal may follow"},
}

// LifecycleEventKind is one event in the history of a held credential (see [Holding]).
type LifecycleEventKind string

// LifecycleEventKind values.
const (
	EventIssued             LifecycleEventKind = "issued"
	EventRenewed            LifecycleEventKind = "renewed"
	EventExtended           LifecycleEventKind = "extended"
	EventSuspended          LifecycleEventKind = "suspended"
	EventReinstated         LifecycleEventKind = "reinstated"
	EventRevoked            LifecycleEventKind = "revoked"
	EventRestorationRefused LifecycleEventKind = "restoration_refused"
	EventRestored           LifecycleEventKind = "restored"
	EventSurrendered        LifecycleEventKind = "surrendered"
	EventRenewalFiled       LifecycleEventKind = "renewal_filed"
)

var lifecycleEventKindTable = [...]enum.Entry[LifecycleEventKind]{
	{Value: EventIssued, Title: "Issued (first grant or a fresh application)"},
	{Value: EventRenewed, Title: "Renewed for a new term"},
	{Value: EventExtended, Title: "Term extended (a provisional credential upgraded)"},
	{Value: EventSuspended, Title: "Suspended"},
	{Value: EventReinstated, Title: "Suspension lifted"},
	{Value: EventRevoked, Title: "Revoked, or removed by a removal order"},
	{Value: EventRestorationRefused, Title: "Application for restoration refused"},
	{Value: EventRestored, Title: "Restored to the register"},
	{Value: EventSurrendered, Title: "Surrendered by the holder"},
	{Value: EventRenewalFiled, Title: "Renewal filed with a requirement still outstanding"},
}

// RecognitionOutcome is the result of evaluating a credential of one scheme against another (see [Recognise]).
type RecognitionOutcome string

// RecognitionOutcome values.
const (
	RecognitionRecognised    RecognitionOutcome = "recognised"
	RecognitionRestricted    RecognitionOutcome = "recognised_with_restrictions"
	RecognitionAdaptation    RecognitionOutcome = "adaptation_required"
	RecognitionRefused       RecognitionOutcome = "refused"
	RecognitionNotApplicable RecognitionOutcome = "not_applicable"
	RecognitionUndetermined  RecognitionOutcome = "undetermined"
)

var recognitionOutcomeTable = [...]enum.Entry[RecognitionOutcome]{
	{Value: RecognitionRecognised, Title: "Recognised"},
	{Value: RecognitionRestricted, Title: "Recognised with restrictions"},
	{Value: RecognitionAdaptation, Title: "Adaptation required (supervised practice or study)"},
	{Value: RecognitionRefused, Title: "Refused"},
	{Value: RecognitionNotApplicable, Title: "Not applicable (no regime, or the arrangement does not cover the case)"},
	{Value: RecognitionUndetermined, Title: "Undetermined: facts are missing"},
}

// CPDUnit is the unit a [CPDRule] counts in.
type CPDUnit string

// CPDUnit values.
const (
	UnitHours   CPDUnit = "hours"
	UnitCredits CPDUnit = "credits"
)

var cPDUnitTable = [...]enum.Entry[CPDUnit]{
	{Value: UnitHours, Title: "Hours"},
	{Value: UnitCredits, Title: "Credits, units or points"},
}

// ScoreRounding is how a general average is rounded before it is compared with the pass mark. Exact (no rounding) is the default; a scheme that rounds must say so.
type ScoreRounding string

// ScoreRounding values.
const (
	RoundExact    ScoreRounding = "exact"
	RoundHalfUp   ScoreRounding = "half_up"
	RoundHalfEven ScoreRounding = "half_even"
	RoundDown     ScoreRounding = "down"
)

var scoreRoundingTable = [...]enum.Entry[ScoreRounding]{
	{Value: RoundExact, Title: "No rounding"},
	{Value: RoundHalfUp, Title: "Round half away from zero"},
	{Value: RoundHalfEven, Title: "Round half to even"},
	{Value: RoundDown, Title: "Truncate"},
}

// SittingResult is a pass or fail reported by an exam owner, or, for one subject of a sitting, that the subject was not taken there (distinct from a missing mark: a subject not taken is not passed at that sitting).
type SittingResult string

// SittingResult values.
const (
	ResultPassed   SittingResult = "passed"
	ResultFailed   SittingResult = "failed"
	ResultNotTaken SittingResult = "not_taken"
)

var sittingResultTable = [...]enum.Entry[SittingResult]{
	{Value: ResultPassed, Title: "Passed"},
	{Value: ResultFailed, Title: "Failed"},
	{Value: ResultNotTaken, Title: "Not taken at this sitting (subjects only)"},
}

// SubjectState is where a candidate stands in one subject of an examination (see [ExamStanding]).
type SubjectState string

// SubjectState values.
const (
	SubjectPassed  SubjectState = "passed"
	SubjectBanked  SubjectState = "banked"
	SubjectLapsed  SubjectState = "lapsed"
	SubjectToSit   SubjectState = "to_sit"
	SubjectUnknown SubjectState = "unknown"
)

var subjectStateTable = [...]enum.Entry[SubjectState]{
	{Value: SubjectPassed, Title: "Passed with the examination"},
	{Value: SubjectBanked, Title: "Passed at a sitting and kept for the banking window"},
	{Value: SubjectLapsed, Title: "Passed, but the banking window has ended: sit it again"},
	{Value: SubjectToSit, Title: "Not passed: failed, not taken or never sat"},
	{Value: SubjectUnknown, Title: "Unknown: the latest mark is missing"},
}

// YesNo is a fact that may be unknown: yes, no, or unset (the empty string).
type YesNo string

// YesNo values.
const (
	Yes YesNo = "yes"
	No  YesNo = "no"
)

var yesNoTable = [...]enum.Entry[YesNo]{
	{Value: Yes, Title: "Yes"},
	{Value: No, Title: "No"},
}

// DocumentKind is the kind of a supporting document or declaration.
type DocumentKind string

// DocumentKind values.
const (
	DocHealthCertificate       DocumentKind = "health_certificate"
	DocOathStatement           DocumentKind = "oath_statement"
	DocEthicsUndertaking       DocumentKind = "ethics_undertaking"
	DocGoodMoralCharacter      DocumentKind = "good_moral_character"
	DocInternshipCertificate   DocumentKind = "internship_certificate"
	DocCPDUndertaking          DocumentKind = "cpd_undertaking"
	DocCriminalRecord          DocumentKind = "criminal_record_clearance"
	DocLanguage                DocumentKind = "language_certificate"
	DocWorkPermit              DocumentKind = "work_permit"
	DocReciprocity             DocumentKind = "reciprocity_proof"
	DocRenewalForm             DocumentKind = "renewal_form"
	DocApplicationForm         DocumentKind = "application_form"
	DocDiplomaCopy             DocumentKind = "diploma_copy"
	DocPhotograph              DocumentKind = "photograph"
	DocForeignPracticeLicence  DocumentKind = "foreign_practice_licence"
	DocCPDCompliance           DocumentKind = "cpd_compliance_statement"
	DocStandardsCertificate    DocumentKind = "practice_standards_certificate"
	DocConsultationInvitation  DocumentKind = "consultation_invitation"
	DocMembershipApplication   DocumentKind = "membership_application"
	DocConditionalRegistration DocumentKind = "conditional_registration"
	DocResponsibleCharge       DocumentKind = "responsible_charge_record"
)

var documentKindTable = [...]enum.Entry[DocumentKind]{
	{Value: DocHealthCertificate, Title: "Certificate of physical and mental health"},
	{Value: DocOathStatement, Title: "Statement of having taken the professional oath"},
	{Value: DocEthicsUndertaking, Title: "Statement committing to the code of ethics"},
	{Value: DocGoodMoralCharacter, Title: "Certificate of good moral character"},
	{Value: DocInternshipCertificate, Title: "Certificate of satisfactory internship"},
	{Value: DocCPDUndertaking, Title: "Undertaking to complete CPD in the next cycle"},
	{Value: DocCriminalRecord, Title: "Criminal record clearance"},
	{Value: DocLanguage, Title: "Language proficiency certificate"},
	{Value: DocWorkPermit, Title: "Work permit"},
	{Value: DocReciprocity, Title: "Proof of reciprocity or an international agreement"},
	{Value: DocRenewalForm, Title: "Renewal form submitted"},
	{Value: DocApplicationForm, Title: "Application form submitted"},
	{Value: DocDiplomaCopy, Title: "Copy of the diploma"},
	{Value: DocPhotograph, Title: "Photographs"},
	{Value: DocForeignPracticeLicence, Title: "Foreign social work practice licence"},
	{Value: DocCPDCompliance, Title: "Statement of CPD compliance from the origin regulator"},
	{Value: DocStandardsCertificate, Title: "Social welfare practice standards certificate"},
	{Value: DocConsultationInvitation, Title: "Invitation to consult from an agency working with the United Nations or a similar international social agency"},
	{Value: DocMembershipApplication, Title: "Application for membership, or its renewal, filed and in progress"},
	{Value: DocConditionalRegistration, Title: "Conditional registration certificate"},
	{Value: DocResponsibleCharge, Title: "Certified record of the period in responsible charge of significant engineering work"},
}

// ServiceSetting is the kind of place where practice, an internship or employment happens.
type ServiceSetting string

// ServiceSetting values.
const (
	SettingSocialWorkAgency  ServiceSetting = "social_work_agency"
	SettingSocialAssistance  ServiceSetting = "social_assistance_facility"
	SettingRehabilitation    ServiceSetting = "rehabilitation"
	SettingHealth            ServiceSetting = "health_care"
	SettingEducation         ServiceSetting = "education"
	SettingChildProtection   ServiceSetting = "child_protection"
	SettingFamilyService     ServiceSetting = "family_service"
	SettingCommunity         ServiceSetting = "community_development"
	SettingJustice           ServiceSetting = "justice"
	SettingGovernmentWelfare ServiceSetting = "government_welfare"
	SettingDisability        ServiceSetting = "disability_service"
	SettingElderCare         ServiceSetting = "elder_care"
	SettingOther             ServiceSetting = "other"
)

var serviceSettingTable = [...]enum.Entry[ServiceSetting]{
	{Value: SettingSocialWorkAgency, Title: "Social work agency"},
	{Value: SettingSocialAssistance, Title: "Social assistance facility"},
	{Value: SettingRehabilitation, Title: "Rehabilitation"},
	{Value: SettingHealth, Title: "Hospital or health care"},
	{Value: SettingEducation, Title: "School or education"},
	{Value: SettingChildProtection, Title: "Child protection"},
	{Value: SettingFamilyService, Title: "Family service"},
	{Value: SettingCommunity, Title: "Community development"},
	{Value: SettingJustice, Title: "Justice, courts or corrections"},
	{Value: SettingGovernmentWelfare, Title: "Government welfare office"},
	{Value: SettingDisability, Title: "Disability service"},
	{Value: SettingElderCare, Title: "Elder care"},
	{Value: SettingOther, Title: "Other"},
}

// PracticeTiming says when supervised practice took place relative to the qualifying study.
type PracticeTiming string

// PracticeTiming values.
const (
	TimingDuringStudy PracticeTiming = "during_study"
	TimingAfterStudy  PracticeTiming = "after_study"
)

var practiceTimingTable = [...]enum.Entry[PracticeTiming]{
	{Value: TimingDuringStudy, Title: "During study"},
	{Value: TimingAfterStudy, Title: "After study"},
}

// ProceedingKind is the kind of a disciplinary or legal proceeding on record.
type ProceedingKind string

// ProceedingKind values.
const (
	ProceedingInvestigation ProceedingKind = "investigation"
	ProceedingFinding       ProceedingKind = "finding_of_misconduct"
	ProceedingRemovalOrder  ProceedingKind = "removal_order"
	ProceedingConditions    ProceedingKind = "conditions_of_practice"
	ProceedingConviction    ProceedingKind = "criminal_conviction"
)

var proceedingKindTable = [...]enum.Entry[ProceedingKind]{
	{Value: ProceedingInvestigation, Title: "Investigation"},
	{Value: ProceedingFinding, Title: "Finding of a professional or ethical violation"},
	{Value: ProceedingRemovalOrder, Title: "Removal order"},
	{Value: ProceedingConditions, Title: "Conditions of practice imposed"},
	{Value: ProceedingConviction, Title: "Criminal conviction"},
}

// Circumstance is a circumstance of an applicant or holder that rules and exemptions refer to.
type Circumstance string

// Circumstance values.
const (
	CircumstanceOverseas          Circumstance = "overseas"
	CircumstanceNonPractising     Circumstance = "non_practising"
	CircumstanceFirstCycle        Circumstance = "first_cycle"
	CircumstanceNewJoiner         Circumstance = "new_joiner"
	CircumstanceSupervisor        Circumstance = "supervisor"
	CircumstanceEmeritus          Circumstance = "emeritus"
	CircumstanceResidentAbroad    Circumstance = "resident_abroad"
	CircumstanceSupervisedStudent Circumstance = "supervised_student"
	CircumstanceEmergency         Circumstance = "emergency_deployment"
)

var circumstanceTable = [...]enum.Entry[Circumstance]{
	{Value: CircumstanceOverseas, Title: "Working overseas"},
	{Value: CircumstanceNonPractising, Title: "Not practising"},
	{Value: CircumstanceFirstCycle, Title: "In the first cycle after first licensure"},
	{Value: CircumstanceNewJoiner, Title: "Joined or was restored after the renewal window opened"},
	{Value: CircumstanceSupervisor, Title: "Acts as a clinical or practice supervisor"},
	{Value: CircumstanceEmeritus, Title: "Emeritus or retired status"},
	{Value: CircumstanceResidentAbroad, Title: "Resident in a country other than the scheme's"},
	{Value: CircumstanceSupervisedStudent, Title: "A student practising under supervision in a recognised programme"},
	{Value: CircumstanceEmergency, Title: "Deployed in a declared emergency or disaster response"},
}

// ObligationKind is the kind of an [Obligation].
type ObligationKind string

// ObligationKind values.
const (
	ObligationCPDShortfall ObligationKind = "cpd_shortfall"
)

var obligationKindTable = [...]enum.Entry[ObligationKind]{
	{Value: ObligationCPDShortfall, Title: "CPD owed after a deferral"},
}

// FactList names a list member of [Facts]. Listing it in Facts.KnownEmpty states that the list is known to be empty, which JSON cannot otherwise say (an absent member means unknown).
type FactList string

// FactList values.
const (
	ListCitizenship    FactList = "citizenship"
	ListQualifications FactList = "qualifications"
	ListPractice       FactList = "practice"
	ListWork           FactList = "work"
	ListTraining       FactList = "training"
	ListExamSittings   FactList = "exam_sittings"
	ListQuizzes        FactList = "quizzes"
	ListReferences     FactList = "references"
	ListDocuments      FactList = "documents"
	ListCredentials    FactList = "credentials"
	ListFees           FactList = "fees"
	ListCPD            FactList = "cpd"
	ListProceedings    FactList = "proceedings"
	ListCircumstances  FactList = "circumstances"
	ListObligations    FactList = "obligations"
)

var factListTable = [...]enum.Entry[FactList]{
	{Value: ListCitizenship, Title: "citizenship"},
	{Value: ListQualifications, Title: "qualifications"},
	{Value: ListPractice, Title: "practice"},
	{Value: ListWork, Title: "work"},
	{Value: ListTraining, Title: "training"},
	{Value: ListExamSittings, Title: "exam_sittings"},
	{Value: ListQuizzes, Title: "quizzes"},
	{Value: ListReferences, Title: "references"},
	{Value: ListDocuments, Title: "documents"},
	{Value: ListCredentials, Title: "credentials"},
	{Value: ListFees, Title: "fees"},
	{Value: ListCPD, Title: "cpd"},
	{Value: ListProceedings, Title: "proceedings"},
	{Value: ListCircumstances, Title: "circumstances"},
	{Value: ListObligations, Title: "obligations"},
}

// FindingReason is the stable reason code of a [Finding].
type FindingReason string

// FindingReason values.
const (
	ReasonSatisfied            FindingReason = "satisfied"
	ReasonCombined             FindingReason = "combined"
	ReasonBelowMinimum         FindingReason = "below_minimum"
	ReasonAboveMaximum         FindingReason = "above_maximum"
	ReasonNoMatch              FindingReason = "no_match"
	ReasonMissingFact          FindingReason = "missing_fact"
	ReasonNotCurrent           FindingReason = "not_current"
	ReasonTooOld               FindingReason = "too_old"
	ReasonWindowClosed         FindingReason = "window_closed"
	ReasonExempted             FindingReason = "exempted"
	ReasonWaived               FindingReason = "waived"
	ReasonConditionFalse       FindingReason = "condition_false"
	ReasonDeferred             FindingReason = "deferred"
	ReasonWaitingPeriod        FindingReason = "waiting_period"
	ReasonAttemptsExhausted    FindingReason = "attempts_exhausted"
	ReasonPresent              FindingReason = "present"
	ReasonNegated              FindingReason = "negated"
	ReasonNoRegime             FindingReason = "no_regime"
	ReasonNoRuleVersion        FindingReason = "no_rule_version"
	ReasonParameterUnconfirmed FindingReason = "parameter_unconfirmed"
	ReasonNothingRequired      FindingReason = "nothing_required"
)

var findingReasonTable = [...]enum.Entry[FindingReason]{
	{Value: ReasonSatisfied, Title: "Satisfied"},
	{Value: ReasonCombined, Title: "Outcome combined from the child requirements"},
	{Value: ReasonBelowMinimum, Title: "Below the minimum"},
	{Value: ReasonAboveMaximum, Title: "At or above the maximum"},
	{Value: ReasonNoMatch, Title: "No fact matches"},
	{Value: ReasonMissingFact, Title: "A needed fact is missing"},
	{Value: ReasonNotCurrent, Title: "Not current on the date"},
	{Value: ReasonTooOld, Title: "Older than allowed"},
	{Value: ReasonWindowClosed, Title: "Route not open on the date"},
	{Value: ReasonExempted, Title: "Exempted"},
	{Value: ReasonWaived, Title: "Waived by a recognition arrangement"},
	{Value: ReasonConditionFalse, Title: "Condition does not hold"},
	{Value: ReasonDeferred, Title: "Deferred with an obligation"},
	{Value: ReasonWaitingPeriod, Title: "Retest waiting period not over"},
	{Value: ReasonAttemptsExhausted, Title: "Attempt limit reached"},
	{Value: ReasonPresent, Title: "Present on record"},
	{Value: ReasonNegated, Title: "Negation of the child requirement"},
	{Value: ReasonNoRegime, Title: "No regime in the jurisdiction"},
	{Value: ReasonNoRuleVersion, Title: "No rule version in force on the date"},
	{Value: ReasonParameterUnconfirmed, Title: "The rule's parameter is not confirmed"},
	{Value: ReasonNothingRequired, Title: "Nothing is required"},
}
