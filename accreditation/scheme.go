package accreditation

import "github.com/sswkit/ssw/workforce"

// RuleSource cites where a rule comes from: a citation key ("S4": for
// shipped rules, an entry of [Sources]), the title and address of the
// page or instrument,
// the section, and a note on interpretation. Every member is optional in
// the document; [Scheme.Validate] requires a title on scheme, version,
// term, exam and recognition sources. The zero value means "inherit the
// enclosing rule's source".
type RuleSource struct {
	// Ref is a short citation key ("S4", "S59"); the keys of the shipped
	// rules are listed with their titles and addresses in the rules
	// reference.
	Ref string `json:"ref,omitempty" validate:"max=32"`
	// Title names the instrument or page ("RA 10847 (2016), Sec. 12").
	Title string `json:"title,omitempty" validate:"max=300"`
	// URL is where it was read.
	URL string `json:"url,omitempty" validate:"max=500"`
	// Section points inside it.
	Section string `json:"section,omitempty" validate:"max=200"`
	// Note records an interpretation or policy choice.
	Note string `json:"note,omitempty" validate:"max=1000"`
	// Kind says whether the source is primary (the instrument, the
	// regulator's page, a law library's copy) or secondary; a secondary
	// source never backs the confidence confirmed.
	Kind SourceKind `json:"kind,omitempty" validate:"omitempty,valid"`
}

// IsZero reports whether no member is set.
func (s RuleSource) IsZero() bool { return s == RuleSource{} }

// Scheme is one credential of one jurisdiction, as data: who issues it,
// what kind it is, whether it rests on law, which credentials it needs
// first, how long it is valid, its examinations and its effective-dated
// rule versions. A scheme is a JSON document: regulators can publish their
// own, read them with [workforce.Decode] and check them with
// [Scheme.Validate]. A scheme whose Basis is [BasisNoRegime] records that
// the jurisdiction has no such credential: evaluating it gives
// [OutcomeNotApplicable].
//
// Schemes are plain values; the shipped ones come from functions that
// return fresh copies ([Schemes], [SchemeByID]), so callers may change
// them freely.
type Scheme struct {
	// ID identifies the scheme ("PH-RSW-PIC").
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Title names the credential.
	Title string `json:"title" validate:"required,max=200"`
	// Jurisdiction is the ISO 3166-1 country.
	Jurisdiction workforce.CountryCode `json:"jurisdiction" validate:"required,valid"`
	// Subdivision is the ISO 3166-2 subdivision for sub-national schemes
	// ("US-TX", "GB-ENG").
	Subdivision workforce.AreaCode `json:"subdivision,omitempty" validate:"omitempty,valid"`
	// Basis is statutory, voluntary or no regime.
	Basis SchemeBasis `json:"basis" validate:"required,valid"`
	// Kind is the kind of credential; required unless Basis is no_regime.
	Kind SchemeKind `json:"kind,omitempty" validate:"omitempty,valid"`
	// IssuingBody names the authority that issues it (kept as data because
	// authorities move); required unless Basis is no_regime.
	IssuingBody string `json:"issuing_body,omitempty" validate:"max=300"`
	// ProtectedTitles lists titles only holders may use.
	ProtectedTitles []string `json:"protected_titles,omitempty" validate:"omitempty,dive,min=1,max=100"`
	// PracticeRestricted says whether practising without the credential is
	// unlawful (yes), lawful (no) or not established (unset).
	PracticeRestricted YesNo `json:"practice_restricted,omitempty" validate:"omitempty,valid"`
	// Prerequisites lists schemes whose credential must be held and current
	// on the evaluation date (PH licence → certificate of registration;
	// ID SIPPS → STR).
	Prerequisites []workforce.ID `json:"prerequisites,omitempty" validate:"omitempty,dive,valid"`
	// Source is the scheme's main source.
	Source RuleSource `json:"source"`
	// Confidence grades the scheme as a whole.
	Confidence RuleConfidence `json:"confidence" validate:"required,valid"`
	// Notes record what is known and what is deliberately not encoded.
	Notes []string `json:"notes,omitempty" validate:"omitempty,dive,min=1,max=1000"`
	// Terms are the effective-dated validity rules, selected by the date a
	// term starts.
	Terms []ValidityRule `json:"terms,omitempty"`
	// Exams are the effective-dated examination rules, selected by each
	// sitting's date.
	Exams []ExamRule `json:"exams,omitempty"`
	// Versions are the effective-dated rule versions, one series per
	// purpose, selected by the evaluation date.
	Versions []RuleVersion `json:"versions,omitempty"`
}

// RuleVersion is the rule for one purpose (admission to the exam, grant,
// renewal, restoration) in force between two dates. The version applied is
// the one whose [From, To] interval contains the evaluation date, which is
// the date the rule is about (EventDate: the filing date, the renewal
// date). Versions of the same purpose overlap only as conflicting
// readings of one period, each with its own Reading.
type RuleVersion struct {
	// ID identifies the version within the scheme.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Purpose is what the version decides.
	Purpose RulePurpose `json:"purpose" validate:"required,valid"`
	// EventDate names the date the caller passes as the evaluation date.
	EventDate EventDate `json:"event_date" validate:"required,valid"`
	// From is the first day the version is in force.
	From workforce.CivilDate `json:"from" validate:"required"`
	// To is the last day it is in force; unset while in force.
	To workforce.CivilDate `json:"to,omitzero"`
	// Reading names this version's reading of the rule when another
	// version of the same purpose, with another reading, is in force on
	// the same dates: two sources that disagree about one period. The
	// caller chooses a reading ([Evaluator.WithReading]); the version
	// listed first is the default, and every decision lists the other
	// readings in force with their outcomes.
	Reading workforce.ID `json:"reading,omitempty" validate:"omitempty,valid"`
	// Source is the instrument that made the version.
	Source RuleSource `json:"source"`
	// Confidence grades the version.
	Confidence RuleConfidence `json:"confidence" validate:"required,valid"`
	// Requirements must all be met.
	Requirements []Requirement `json:"requirements,omitempty"`
	// CPD is the continuing-development rule the "cpd" requirements of
	// this version use.
	CPD *CPDRule `json:"cpd,omitempty"`
	// Notes record interpretations and what is deliberately left out.
	Notes []string `json:"notes,omitempty" validate:"omitempty,dive,min=1,max=1000"`
}

// Requirement is one node of a requirement tree. Kind says what it tests;
// the parameters each kind reads are in the kind table
// ([RequirementKinds]), and [Scheme.Validate] rejects parameters a kind
// does not use. Children are in Of (all_of, any_of, at_least_n, not,
// when) and the conditions of a when node in If.
//
// Every node carries a stable ID that becomes the code of its [Finding],
// an optional source and confidence (inherited from the version when
// unset), an optional transitional window on the evaluation date
// (AvailableFrom, AvailableUntil: a route open only between two dates) and
// optional exemption overlays.
type Requirement struct {
	// ID is the stable code of the requirement ("ph.exam.age").
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Kind is what the node tests.
	Kind RequirementKind `json:"kind" validate:"required,valid"`
	// Title describes the requirement for people.
	Title string `json:"title,omitempty" validate:"max=300"`
	// Source cites the rule; unset inherits the version's source.
	Source RuleSource `json:"source,omitzero"`
	// Confidence grades the rule; unset inherits the version's confidence.
	Confidence RuleConfidence `json:"confidence,omitempty" validate:"omitempty,valid"`
	// AvailableFrom opens a transitional route: before it the node is not met.
	AvailableFrom workforce.CivilDate `json:"available_from,omitzero"`
	// AvailableUntil closes a transitional route: after it the node is not met.
	AvailableUntil workforce.CivilDate `json:"available_until,omitzero"`
	// Exemptions switch the requirement off (it counts as met) for people
	// meeting an exemption's conditions within its dates.
	Exemptions []Exemption `json:"exemptions,omitempty"`

	// Of holds the child requirements of a combinator.
	Of []Requirement `json:"of,omitempty"`
	// If holds the conditions of a when node; all must hold.
	If []Requirement `json:"if,omitempty"`
	// N is the number of children an at_least_n node needs.
	N int `json:"n,omitempty" validate:"omitempty,gte=1"`

	// Levels accepts qualifications at exactly these ISCED levels.
	Levels []workforce.EducationLevel `json:"levels,omitempty" validate:"omitempty,dive,valid"`
	// MinLevel accepts qualifications at this ISCED level or above.
	MinLevel workforce.EducationLevel `json:"min_level,omitempty" validate:"omitempty,valid"`
	// Fields accepts qualifications in these fields (qualification;
	// experience with AfterQualification).
	Fields []workforce.FieldOfStudy `json:"fields,omitempty" validate:"omitempty,dive,valid"`
	// Accredited requires the programme to have been accredited.
	Accredited bool `json:"accredited,omitempty"`
	// Institutions lists recognised institutions (exact names).
	Institutions []string `json:"institutions,omitempty" validate:"omitempty,dive,min=1,max=200"`
	// Countries restricts the country of a qualification, practice block,
	// work period or employment, or lists the accepted citizenships.
	Countries []workforce.CountryCode `json:"countries,omitempty" validate:"omitempty,dive,valid"`
	// Abroad matches a citizenship, or employment, of a country other
	// than the scheme's jurisdiction (PH: a citizen of another country
	// called in for consultation; working overseas).
	Abroad bool `json:"abroad,omitempty"`
	// CompletedFrom accepts qualifications completed on or after the date.
	CompletedFrom workforce.CivilDate `json:"completed_from,omitzero"`
	// CompletedUntil accepts qualifications completed on or before the date.
	CompletedUntil workforce.CivilDate `json:"completed_until,omitzero"`

	// MinHours is the minimum of supervised practice or training hours.
	MinHours workforce.Hours `json:"min_hours,omitzero"`
	// MinMonths is the minimum duration of practice or experience.
	MinMonths int `json:"min_months,omitempty" validate:"omitempty,gte=1,lte=1200"`
	// MaxMonths is an exclusive maximum of experience ("less than 1 year").
	MaxMonths int `json:"max_months,omitempty" validate:"omitempty,gte=1,lte=1200"`
	// Settings restricts where practice, experience or employment happened.
	Settings []ServiceSetting `json:"settings,omitempty" validate:"omitempty,dive,valid"`
	// Timing restricts supervised practice to during or after study.
	Timing PracticeTiming `json:"timing,omitempty" validate:"omitempty,valid"`
	// EndedBy counts only practice blocks that ended on or before the date.
	EndedBy workforce.CivilDate `json:"ended_by,omitzero"`
	// Supervisor constrains the supervisor of each block of hours.
	Supervisor *SupervisorRule `json:"supervisor,omitempty"`
	// FullTime counts only full-time work periods (1.00 FTE).
	FullTime bool `json:"full_time,omitempty"`
	// MinShare counts only work periods with at least this percentage of
	// time on social work duties.
	MinShare workforce.Decimal `json:"min_share,omitzero"`
	// AfterQualification counts only experience after the completion of a
	// qualification in Fields.
	AfterQualification bool `json:"after_qualification,omitempty"`
	// Continuous counts only the longest unbroken run of experience.
	Continuous bool `json:"continuous,omitempty"`
	// InEmployment counts only training received in employment.
	InEmployment bool `json:"in_employment,omitempty"`
	// Courses lists course identifiers any of which satisfies a training
	// requirement.
	Courses []workforce.ID `json:"courses,omitempty" validate:"omitempty,dive,valid"`
	// SocialWorkPost requires employment in a social work post.
	SocialWorkPost bool `json:"social_work_post,omitempty"`
	// AcceptOffer lets an accepted offer of employment count as employment.
	AcceptOffer bool `json:"accept_offer,omitempty"`

	// Exam names an [ExamRule] of the scheme (exam, exam_admission).
	Exam workforce.ID `json:"exam,omitempty" validate:"omitempty,valid"`
	// MaxAttempts caps the sittings a candidate may take (exam_admission).
	MaxAttempts int `json:"max_attempts,omitempty" validate:"omitempty,gte=1,lte=100"`
	// Quiz names the quiz whose score counts.
	Quiz workforce.ID `json:"quiz,omitempty" validate:"omitempty,valid"`
	// MinScore is the minimum quiz score in percent.
	MinScore workforce.Decimal `json:"min_score,omitzero"`
	// MaxAgeMonths is the oldest a quiz result, document or health
	// certificate may be on the evaluation date, in months.
	MaxAgeMonths int `json:"max_age_months,omitempty" validate:"omitempty,gte=1,lte=1200"`

	// MinAge and MaxAge bound the age in whole years on the evaluation
	// date; MaxAge is inclusive.
	MinAge int `json:"min_age,omitempty" validate:"omitempty,gte=1,lte=150"`
	MaxAge int `json:"max_age,omitempty" validate:"omitempty,gte=1,lte=150"`

	// MinCount is the number of references needed.
	MinCount int `json:"min_count,omitempty" validate:"omitempty,gte=1,lte=100"`
	// MinYearsKnown is how long each referee must have known the person.
	MinYearsKnown int `json:"min_years_known,omitempty" validate:"omitempty,gte=1,lte=100"`

	// Document is the kind of document needed.
	Document DocumentKind `json:"document,omitempty" validate:"omitempty,valid"`

	// Schemes lists credential schemes any of which must be held current.
	Schemes []workforce.ID `json:"schemes,omitempty" validate:"omitempty,dive,valid"`
	// EverHeld accepts a credential of Schemes held at any time before the
	// evaluation date, whatever its status now (a lapsed accreditation).
	EverHeld bool `json:"ever_held,omitempty"`
	// IssuedWithinMonths accepts only a credential issued within this many
	// months before the evaluation date (PH: registered within the
	// current 3-year licence term, so a first renewal).
	IssuedWithinMonths int `json:"issued_within_months,omitempty" validate:"omitempty,gte=1,lte=1200"`
	// IssuedSinceMonth and IssuedSinceDay accept only a credential issued
	// on or after the latest such day on or before the evaluation date
	// (SWE: joined or restored after 1 September of the renewal year).
	IssuedSinceMonth int `json:"issued_since_month,omitempty" validate:"omitempty,gte=1,lte=12"`
	IssuedSinceDay   int `json:"issued_since_day,omitempty" validate:"omitempty,gte=1,lte=31"`

	// FeeYearOffset selects the fee of a later year: the evaluation
	// date's year plus the offset (unset: the fee for the evaluation year).
	FeeYearOffset int `json:"fee_year_offset,omitempty" validate:"omitempty,gte=1,lte=5"`

	// Proceedings lists the kinds of proceeding that match.
	Proceedings []ProceedingKind `json:"proceedings,omitempty" validate:"omitempty,dive,valid"`
	// OpenOnly matches only proceedings without an end date.
	OpenOnly bool `json:"open_only,omitempty"`
	// WithinMonths matches only proceedings that started, or exam sittings
	// held, within this many months before the evaluation date.
	WithinMonths int `json:"within_months,omitempty" validate:"omitempty,gte=1,lte=1200"`

	// Circumstances lists circumstances any of which matches.
	Circumstances []Circumstance `json:"circumstances,omitempty" validate:"omitempty,dive,valid"`
}

// SupervisorRule constrains the supervisor of each block of supervised
// practice. A block counts only when its supervisor meets every set
// constraint at the time of the block; a block whose supervisor facts are
// missing may count (its hours are "possible", giving unknown when they
// decide the outcome).
type SupervisorRule struct {
	// AppliesTo limits the constraints to blocks with this timing (SG: only
	// supervision in employment, after study); other blocks count without
	// them. Unset applies them to every block.
	AppliesTo PracticeTiming `json:"applies_to,omitempty" validate:"omitempty,valid"`
	// Supervised requires the block to have had a supervisor.
	Supervised bool `json:"supervised,omitempty"`
	// Qualified requires a fully trained, qualified supervisor.
	Qualified bool `json:"qualified,omitempty"`
	// RecognisedQualification requires a recognised social work
	// qualification; holding any credential in Credentials also counts.
	RecognisedQualification bool `json:"recognised_qualification,omitempty"`
	// Credentials lists schemes whose holders count as recognised.
	Credentials []workforce.ID `json:"credentials,omitempty" validate:"omitempty,dive,valid"`
	// MinYearsExperience is the supervisor's minimum post-qualification
	// experience in years.
	MinYearsExperience int `json:"min_years_experience,omitempty" validate:"omitempty,gte=1,lte=60"`
	// MinYearsLocal is the part of it that must be local.
	MinYearsLocal int `json:"min_years_local,omitempty" validate:"omitempty,gte=1,lte=60"`
}

// Exemption is an overlay that switches a requirement off: when all its
// conditions (If) are met and the evaluation date lies within [From, To],
// the requirement counts as met with the reason "exempted" (PH: overseas
// professionals and first-cycle licensees need no CPD; VN: holders of a
// foreign practice licence need no internship).
type Exemption struct {
	// ID is the stable code of the exemption.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Title describes it.
	Title string `json:"title,omitempty" validate:"max=300"`
	// If holds the conditions; all must be met.
	If []Requirement `json:"if,omitempty"`
	// From is the first day the exemption applies; unset for always.
	From workforce.CivilDate `json:"from,omitzero"`
	// To is the last day it applies; unset while in force.
	To workforce.CivilDate `json:"to,omitzero"`
	// Source cites it.
	Source RuleSource `json:"source,omitzero"`
	// Confidence grades it.
	Confidence RuleConfidence `json:"confidence,omitempty" validate:"omitempty,valid"`
}

// ValidityRule says how long a credential's terms last, when renewal
// opens and closes, and what follows expiry: grace, extension, lapse,
// suspension for unpaid fees and restoration after removal. The rule
// applied to a term is the one in force on the term's first day.
//
// Terms: a fixed term of TermMonths starting on day S ends on
// S + TermMonths − 1 day (month-end clamping, LeapDay for 29 February);
// a birthday-anchored term ends on the holder's birthday in the year in
// which S + TermMonths falls, or with BirthdayYear n on the birthday in
// the n-th year of the term; a fixed cycle ends on the day before the
// next cycle start (CycleStartMonth/CycleStartDay) that is at least
// CycleMonths after the cycle containing S began; a lifetime credential
// never expires.
type ValidityRule struct {
	// ID identifies the rule within the scheme.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// From and To bound the term start dates the rule applies to.
	From workforce.CivilDate `json:"from" validate:"required"`
	To   workforce.CivilDate `json:"to,omitzero"`
	// Kind is how the term is computed.
	Kind ValidityKind `json:"kind" validate:"required,valid"`
	// TermMonths is the length of a fixed or birthday-anchored term. Unset
	// for a fixed term means "not confirmed": expiry then comes only from
	// the register (the event's stated expiry).
	TermMonths int `json:"term_months,omitempty" validate:"omitempty,gte=1,lte=1200"`
	// BirthdayYear ends a birthday-anchored term on the holder's birthday
	// in the n-th year of the term, year 1 being the twelve months from
	// the term's first day (PH 1991: the third); give it or TermMonths.
	BirthdayYear int `json:"birthday_year,omitempty" validate:"omitempty,gte=1,lte=100"`
	// CycleStartMonth and CycleStartDay give the first day of each fixed
	// cycle (SWE: 12, 1).
	CycleStartMonth int `json:"cycle_start_month,omitempty" validate:"omitempty,gte=1,lte=12"`
	CycleStartDay   int `json:"cycle_start_day,omitempty" validate:"omitempty,gte=1,lte=31"`
	// CycleMonths is the cycle length (12 when unset).
	CycleMonths int `json:"cycle_months,omitempty" validate:"omitempty,gte=1,lte=120"`
	// LeapDay says where 29 February anniversaries fall (feb_28 when unset).
	LeapDay LeapDayPolicy `json:"leap_day,omitempty" validate:"omitempty,valid"`
	// RenewalOpensMonths opens renewal this many months before expiry.
	RenewalOpensMonths int `json:"renewal_opens_months,omitempty" validate:"omitempty,gte=1,lte=60"`
	// RenewalOpensMonth and RenewalOpensDay open renewal on a calendar day
	// of the term's last year (SWE: 9, 1).
	RenewalOpensMonth int `json:"renewal_opens_month,omitempty" validate:"omitempty,gte=1,lte=12"`
	RenewalOpensDay   int `json:"renewal_opens_day,omitempty" validate:"omitempty,gte=1,lte=31"`
	// RenewalClosesWorkingDays closes renewal this many working days
	// before expiry (VN: 15), counted with the caller's [Calendar].
	RenewalClosesWorkingDays int `json:"renewal_closes_working_days,omitempty" validate:"omitempty,gte=1,lte=365"`
	// GraceDays is a grace period after expiry during which the credential
	// is expired but may still be renewed.
	GraceDays int `json:"grace_days,omitempty" validate:"omitempty,gte=1,lte=3650"`
	// GraceUntilDay ends the grace period on this day of the month after
	// the month of expiry, clamped to that month's last day (PH 1991:
	// renew by the 20th of the following month); give it or GraceDays.
	GraceUntilDay int `json:"grace_until_day,omitempty" validate:"omitempty,gte=1,lte=31"`
	// Surcharges are charges for renewing late: due on a renewal filed
	// after the grace period (after expiry when there is none), never
	// within it. While a surcharge is in force the credential can still be
	// renewed late (state late_renewal); the new term starts on the
	// renewal date.
	Surcharges []Surcharge `json:"surcharges,omitempty"`
	// FollowUpDays is a period after expiry in which a holder who filed the
	// renewal with a requirement still outstanding (a renewal_filed event)
	// stays on the register while the regulator follows up, before any
	// conditions or removal (SWE: 21 days to record CPD).
	FollowUpDays int `json:"follow_up_days,omitempty" validate:"omitempty,gte=1,lte=3650"`
	// ExtensionMonths is an extension after expiry (after any grace) in
	// which the holder has no status but may complete requirements and
	// renew (SG: 12).
	ExtensionMonths int `json:"extension_months,omitempty" validate:"omitempty,gte=1,lte=120"`
	// RollingExtensionMonths is a further extension whose CPD counting
	// window rolls forward day by day (SG: 24).
	RollingExtensionMonths int `json:"rolling_extension_months,omitempty" validate:"omitempty,gte=1,lte=120"`
	// SuspendAfterUnpaidYears suspends the credential after this many
	// consecutive fee years unpaid (PH RA 6511: 5).
	SuspendAfterUnpaidYears int `json:"suspend_after_unpaid_years,omitempty" validate:"omitempty,gte=1,lte=50"`
	// RestorationAfterMonths is the wait after revocation or removal before
	// restoration may be applied for (SWE: 60).
	RestorationAfterMonths int `json:"restoration_after_months,omitempty" validate:"omitempty,gte=1,lte=1200"`
	// ReapplyAfterRefusalMonths is the wait after a refused restoration
	// application (SWE: 12).
	ReapplyAfterRefusalMonths int `json:"reapply_after_refusal_months,omitempty" validate:"omitempty,gte=1,lte=1200"`
	// Source cites the rule.
	Source RuleSource `json:"source"`
	// Confidence grades it.
	Confidence RuleConfidence `json:"confidence" validate:"required,valid"`
	// Notes record interpretations.
	Notes []string `json:"notes,omitempty" validate:"omitempty,dive,min=1,max=1000"`
}

// Surcharge is a charge for renewing late, in force for renewals filed
// between From and To: a percentage of the renewal fee or a fixed amount.
// It is due from the day after the grace period ends (the day after
// expiry when there is no grace), never within the grace period.
type Surcharge struct {
	// ID is the stable code of the surcharge.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// From is the first renewal date it applies to.
	From workforce.CivilDate `json:"from" validate:"required"`
	// To is the last; unset while in force.
	To workforce.CivilDate `json:"to,omitzero"`
	// Percent is the surcharge as a percentage of the renewal fee.
	Percent workforce.Decimal `json:"percent,omitzero"`
	// Amount is the surcharge as a fixed amount.
	Amount *workforce.Money `json:"amount,omitempty"`
	// Source cites it.
	Source RuleSource `json:"source,omitzero"`
	// Confidence grades it; unset inherits the validity rule's.
	Confidence RuleConfidence `json:"confidence,omitempty" validate:"omitempty,valid"`
}

// ExamRule is one version of an examination's rules, selected by each
// sitting's date. Scoring says how a pass is decided:
//
//   - weighted_average: the general average Σ score × weight / 100 over
//     all subjects (weights in percent, summing to 100), rounded as
//     Rounding says, must be at least PassAverage, and every subject at
//     least SubjectFloor when set; subjects are not banked;
//   - subject_marks: each subject is passed on its own (see
//     [ExamSubject]); passed subjects are banked for BankingMonths;
//   - owner_result: the exam owner's pass or fail is taken as given.
//
// Retest: a candidate may sit again only when more than RetestWaitDays
// days have passed since the last sitting, counting the day after the
// sitting as day 1 ([workforce.DaysBetween] > RetestWaitDays): with a
// 90-day wait, a candidate who sat on 2025-01-10 may sit again from
// 2025-04-11, the 91st day. MaxAttempts caps the number of sittings.
type ExamRule struct {
	// ID names the examination; versions of one exam share it.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Title names the examination.
	Title string `json:"title" validate:"required,max=200"`
	// From and To bound the sitting dates the version applies to.
	From workforce.CivilDate `json:"from" validate:"required"`
	To   workforce.CivilDate `json:"to,omitzero"`
	// Scoring is how a pass is decided.
	Scoring ExamScoring `json:"scoring" validate:"required,valid"`
	// Subjects are the exam's subjects.
	Subjects []ExamSubject `json:"subjects,omitempty"`
	// PassAverage is the minimum general average, in percent.
	PassAverage workforce.Decimal `json:"pass_average,omitzero"`
	// SubjectFloor is the minimum mark of every subject, in percent.
	SubjectFloor workforce.Decimal `json:"subject_floor,omitzero"`
	// Rounding rounds the general average before comparison (exact when
	// unset).
	Rounding ScoreRounding `json:"rounding,omitempty" validate:"omitempty,valid"`
	// RoundingDigits is the number of decimal places kept by Rounding
	// (0 when unset: whole percentages).
	RoundingDigits int `json:"rounding_digits,omitempty" validate:"omitempty,gte=1,lte=6"`
	// BankingMonths keeps a passed subject for this many months after the
	// sitting it was passed at (window inclusive of its last day).
	BankingMonths int `json:"banking_months,omitempty" validate:"omitempty,gte=1,lte=240"`
	// RetestWaitDays is the waiting period before a retest.
	RetestWaitDays int `json:"retest_wait_days,omitempty" validate:"omitempty,gte=1,lte=3650"`
	// MaxAttempts caps the sittings (board-specific rules may lower it on
	// the exam_admission requirement).
	MaxAttempts int `json:"max_attempts,omitempty" validate:"omitempty,gte=1,lte=100"`
	// Waiver lets a candidate who narrowly failed retest before the wait.
	Waiver *RetestWaiver `json:"waiver,omitempty"`
	// Source cites the rule.
	Source RuleSource `json:"source"`
	// Confidence grades it.
	Confidence RuleConfidence `json:"confidence" validate:"required,valid"`
	// Notes record interpretations.
	Notes []string `json:"notes,omitempty" validate:"omitempty,dive,min=1,max=1000"`
}

// ExamSubject is one subject of an examination. Under weighted_average
// scoring it carries a Weight. Under subject_marks scoring a subject is
// passed at a sitting when its own mark is at least PassMark, the mean of
// all subjects' marks at that sitting is at least SittingMean, and every
// subject's mark at that sitting is at least SittingFloor (each when set),
// or when the exam owner reports the subject passed.
type ExamSubject struct {
	// ID names the subject.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Title describes it.
	Title string `json:"title,omitempty" validate:"max=200"`
	// Weight is the subject's weight in percent (weighted_average).
	Weight workforce.Decimal `json:"weight,omitzero"`
	// PassMark is the subject's own pass mark in percent.
	PassMark workforce.Decimal `json:"pass_mark,omitzero"`
	// SittingMean is the minimum mean of all subjects at the sitting.
	SittingMean workforce.Decimal `json:"sitting_mean,omitzero"`
	// SittingFloor is the minimum mark of every subject at the sitting.
	SittingFloor workforce.Decimal `json:"sitting_floor,omitzero"`
}

// RetestWaiver lets a board waive the retest wait for a candidate who
// missed the pass point by at most MaxShort correct answers, at most
// MaxWaivers times in PerMonths months (ASWB: 10, 2, 12).
type RetestWaiver struct {
	// MaxShort is the largest number of correct answers a candidate may have
	// been short of the pass point.
	MaxShort int `json:"max_short" validate:"gte=1,lte=1000"`
	// MaxWaivers is the number of waivers allowed in PerMonths months.
	MaxWaivers int `json:"max_waivers" validate:"gte=1,lte=100"`
	// PerMonths is the period, in months, that MaxWaivers counts over.
	PerMonths int `json:"per_months" validate:"gte=1,lte=120"`
}

// CPDRule is a continuing professional development rule: what counts, in
// which unit, over which window, with which caps, minimums, diversity
// rules, carry-over, phase-in, exemptions and deferral. [AssessCPD]
// documents the evaluation order.
type CPDRule struct {
	// Unit is what totals are counted in.
	Unit CPDUnit `json:"unit" validate:"required,valid"`
	// Total is the minimum per window. Unset means the figure is not
	// confirmed: the total check is then unknown, never met or not met. A
	// given "0" means the rule sets no total (SWE counts pieces, not hours).
	Total workforce.Credits `json:"total,omitzero"`
	// Window is how the counting period is found.
	Window CPDWindowKind `json:"window" validate:"required,valid"`
	// WindowMonths is the length of a rolling or fixed-cycle window.
	WindowMonths int `json:"window_months,omitempty" validate:"omitempty,gte=1,lte=240"`
	// CycleStartMonth and CycleStartDay give the first day of a fixed cycle.
	CycleStartMonth int `json:"cycle_start_month,omitempty" validate:"omitempty,gte=1,lte=12"`
	CycleStartDay   int `json:"cycle_start_day,omitempty" validate:"omitempty,gte=1,lte=31"`
	// DefaultRate is the number of units per hour for records without a
	// conversion and without certified credits (1 when unset).
	DefaultRate workforce.Decimal `json:"default_rate,omitzero"`
	// Conversions convert hours of an activity type into units.
	Conversions []CPDConversion `json:"conversions,omitempty"`
	// Limits are per-category, per-activity or per-topic caps and minimums.
	Limits []CPDLimit `json:"limits,omitempty"`
	// MinRecords is the minimum number of counted activities.
	MinRecords int `json:"min_records,omitempty" validate:"omitempty,gte=1,lte=1000"`
	// MinActivityTypes is the minimum number of distinct activity types.
	MinActivityTypes int `json:"min_activity_types,omitempty" validate:"omitempty,gte=1,lte=20"`
	// MinAccreditedShare is the percentage of the required total that must
	// come from accredited or listed providers.
	MinAccreditedShare workforce.Decimal `json:"min_accredited_share,omitzero"`
	// CarryOver is what happens to the excess (none when unset).
	CarryOver CarryOverKind `json:"carry_over,omitempty" validate:"omitempty,valid"`
	// CarryOverMax caps the carried excess.
	CarryOverMax workforce.Credits `json:"carry_over_max,omitzero"`
	// CarryOverActivities lists the activity types whose excess carries.
	CarryOverActivities []workforce.CPDActivity `json:"carry_over_activities,omitempty" validate:"omitempty,dive,valid"`
	// PhaseIn scales the total by a percentage between two renewal dates.
	PhaseIn []CPDPhase `json:"phase_in,omitempty"`
	// Exemptions remove the CPD requirement for some holders.
	Exemptions []Exemption `json:"exemptions,omitempty"`
	// Deferral lets a holder renew with a shortfall owed to the next cycle.
	Deferral *CPDDeferral `json:"deferral,omitempty"`
	// Transitions cap or cancel what obligations created under earlier
	// rules still owe under this one.
	Transitions []CPDTransition `json:"transitions,omitempty"`
}

// CPDTransition rewrites debts created under an earlier rule: each
// obligation (a CPD shortfall owed to this scheme) created between
// CreatedFrom and CreatedUntil owes at most Max, or at most this rule's
// own total (AtMostTotal) — PH Res. 2019-1146 s.15.3: those who signed an
// undertaking before it owe only the reduced units. A Max of "0" cancels
// the debt. The first transition that matches an obligation applies.
type CPDTransition struct {
	// ID is the stable code of the transition, unique among the version's
	// requirement codes.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Title describes it.
	Title string `json:"title,omitempty" validate:"max=300"`
	// CreatedFrom and CreatedUntil bound the creation dates of the
	// obligations it rewrites (unset: open).
	CreatedFrom  workforce.CivilDate `json:"created_from,omitzero"`
	CreatedUntil workforce.CivilDate `json:"created_until,omitzero"`
	// Max is the most each obligation still owes, in the rule's unit.
	Max workforce.Credits `json:"max,omitzero"`
	// AtMostTotal caps each obligation at this rule's total instead.
	AtMostTotal bool `json:"at_most_total,omitempty"`
	// Source cites it.
	Source RuleSource `json:"source,omitzero"`
	// Confidence grades it; unset inherits the version's.
	Confidence RuleConfidence `json:"confidence,omitempty" validate:"omitempty,valid"`
}

// CPDConversion converts the hours of one activity type into units: either
// PerHour units per hour or PerActivity units per record. AccreditedOnly
// counts only records marked accredited (SG: supervision counts only when
// the supervisor meets the rule, which the register records as
// accredited).
type CPDConversion struct {
	// Activity is the CPD activity type converted.
	Activity workforce.CPDActivity `json:"activity" validate:"required,valid"`
	// PerHour is the number of units per hour of the activity; give it or
	// per_activity.
	PerHour workforce.Decimal `json:"per_hour,omitzero"`
	// PerActivity is the number of units per record of the activity; give it
	// or per_hour.
	PerActivity workforce.Credits `json:"per_activity,omitzero"`
	// AccreditedOnly counts only records marked accredited.
	AccreditedOnly bool `json:"accredited_only,omitempty"`
}

// CPDLimit is a cap, a minimum or both over the records it selects. A
// record is selected when it matches every non-empty selector: its
// category is in Categories, its activity in Activities, one of its
// topics in Topics. Min and Max are in the rule's unit; MinCount counts
// selected records. A limit with a Circumstance applies only to holders
// with it.
type CPDLimit struct {
	// ID is the stable code of the limit.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Title describes the limit.
	Title string `json:"title,omitempty" validate:"max=300"`
	// Categories selects records of these CPD categories.
	Categories []workforce.CPDCategory `json:"categories,omitempty" validate:"omitempty,dive,valid"`
	// Activities selects records of these activity types.
	Activities []workforce.CPDActivity `json:"activities,omitempty" validate:"omitempty,dive,valid"`
	// Topics selects records with one of these topics.
	Topics []workforce.CPDTopic `json:"topics,omitempty" validate:"omitempty,dive,valid"`
	// Min is the minimum the selected records must reach, in the rule's unit.
	Min workforce.Credits `json:"min,omitzero"`
	// Max caps what the selected records count, in the rule's unit.
	Max workforce.Credits `json:"max,omitzero"`
	// MinCount is the minimum number of selected records.
	MinCount int `json:"min_count,omitempty" validate:"omitempty,gte=1,lte=1000"`
	// Circumstance restricts the limit to holders in this circumstance.
	Circumstance Circumstance `json:"circumstance,omitempty" validate:"omitempty,valid"`
	// Source cites the limit.
	Source RuleSource `json:"source,omitzero"`
	// Confidence grades the limit; unset inherits the version's.
	Confidence RuleConfidence `json:"confidence,omitempty" validate:"omitempty,valid"`
}

// CPDPhase scales the total to Percent for renewal dates in [From, To]
// (PH: 30% in 2017, 60% in 2018, 100% from 2019).
type CPDPhase struct {
	// From is the first renewal date of the phase.
	From workforce.CivilDate `json:"from" validate:"required"`
	// To is the last renewal date of the phase; unset while in force.
	To workforce.CivilDate `json:"to,omitzero"`
	// Percent is the share of the total required in the phase, 0 to 100.
	Percent workforce.Decimal `json:"percent"`
}

// CPDDeferral lets a holder with a shortfall renew now and owe the
// shortfall in the next cycle (PH CPD undertaking): when the renewal date
// is within [From, Until] and the facts hold a document of kind Document
// dated within the counting window or up to the renewal date, the CPD
// requirement counts as met with the reason "deferred", and the shortfall
// becomes an [Obligation] due at the end of the next window.
type CPDDeferral struct {
	// ID is the stable code of the deferral, unique among the version's
	// requirement codes.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Document is the kind of document (an undertaking) the holder signs to
	// defer the shortfall.
	Document DocumentKind `json:"document" validate:"required,valid"`
	// From is the first renewal date the deferral is accepted on.
	From workforce.CivilDate `json:"from,omitzero"`
	// Until is the last renewal date the deferral is accepted on.
	Until workforce.CivilDate `json:"until,omitzero"`
	// Source cites the deferral.
	Source RuleSource `json:"source,omitzero"`
	// Confidence grades the deferral.
	Confidence RuleConfidence `json:"confidence,omitempty" validate:"omitempty,valid"`
}

// SchemeCatalogue is a set of schemes and recognition rules published
// together; [SchemeCatalogue.Validate] checks each and the references
// between them (unique IDs, prerequisites that exist, no prerequisite
// cycles).
type SchemeCatalogue struct {
	// Schemes are the credential schemes of the catalogue; their IDs are
	// unique and their prerequisites name schemes of the catalogue.
	Schemes []Scheme `json:"schemes,omitempty"`
	// Recognition lists the recognition rules published with the schemes;
	// their IDs are unique.
	Recognition []RecognitionRule `json:"recognition,omitempty"`
}
