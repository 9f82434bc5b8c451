// Package accreditation holds the rules of accreditation, certification,
// registration and licensing of social workers as data, and evaluates
// people against them with an explanation of every requirement met or
// missed (Ha Noi Declaration commitment 3), including the recognition of
// a credential of one jurisdiction in another (commitment 9).
//
// # Start here
//
//   - [SchemeByID] or [Schemes]: the shipped schemes; RULES.md lists them
//     with every rule, requirement ID, source and confidence.
//   - [EvaluatePurpose] (or [NewEvaluator] for many people): may this
//     person be admitted, granted, renewed — or practise without the
//     credential ([RulePurpose.Act]) — on a date; the [Decision] explains
//     why, and [Decision.MissingFacts] says what would decide an unknown.
//   - [Standing]: the state of a held credential on a date.
//   - [AssessCPD] and [ExamStanding]: CPD accounting and exam progress.
//   - [Recognise]: a credential of one jurisdiction in another; [NewRecogniser]
//     prepares a rule once for many applicants.
//   - [Scheme.Validate] and [WriteReference]: publish your own schemes.
//
// # Schemes
//
// A [Scheme] is one credential of one jurisdiction: its issuing body, its
// [SchemeKind] (programme accreditation, competency certification,
// registration, licence, practice permit, voluntary accreditation,
// membership, examination), its [SchemeBasis] (statutory, voluntary, or
// no regime), the credentials it needs first (Prerequisites), its
// effective-dated validity rules ([ValidityRule]), examinations
// ([ExamRule]) and rule versions ([RuleVersion]). A version decides one
// [RulePurpose] (admission to an exam, grant, renewal, restoration) and
// is chosen by the date the rule is about, which the caller passes as the
// evaluation date: the filing date for eligibility, the renewal date for
// renewal. Examination rules are chosen by each sitting's own date, and
// validity rules by the first day of each term.
//
// Schemes are JSON documents: read them with [workforce.Decode] (strict)
// and check them with [Scheme.Validate], which reports every problem with
// a JSON Pointer — a cycle in prerequisites, an unknown requirement kind,
// negative hours, exam weights that do not sum to 100%, overlapping
// versions. [SchemeCatalogue] checks a published set of schemes together.
//
// The shipped schemes come from functions returning fresh values:
// [Schemes], [SchemeByID], and per jurisdiction [Philippines],
// [Thailand], [Singapore], [Indonesia], [VietNam], [NoRegimes] (Malaysia,
// Cambodia, Lao PDR, Myanmar, Brunei, Timor-Leste) and [ReferenceSystems]
// (ASWB examinations, Texas, New York, Pennsylvania, New Mexico, Social
// Work England, the Scottish Social Services Council, CSWE), and
// [NursingSchemes] (the Philippine registered nurse and Singapore Nursing
// Board registration, between which the nursing MRA applies), with
// [RecognitionRules] ([ASEANNursingMRA], [ASEANEngineeringMRA],
// [PhilippineReciprocity]). The two ASEAN MRAs are nursing and
// engineering arrangements, shipped as models for commitment 9: no ASEAN
// social work MRA exists, and they do not apply to social work. Every
// rule carries a [RuleSource] and a [RuleConfidence]; what the research
// marks as not confirmed is not encoded and is listed in the scheme's
// notes. Where a figure is not confirmed (the Philippine social-work CPD
// units), the parameter is left unset and evaluates to unknown, never to
// not met. RULES.md, beside this package, is the rules reference of the
// shipped catalogue ([WriteReference]): every scheme, version,
// requirement and subject ID, parameter, source and confidence.
//
// # Requirement trees
//
// A version's requirements form a tree of [Requirement] nodes, all to be
// met. Combinators: all_of, any_of (alternative routes), at_least_n,
// when (children that apply only when the conditions in If hold), not (a
// disqualifier). Any node may carry exemption overlays ([Exemption]:
// conditions and dates that switch it off) and a transitional window
// (AvailableFrom, AvailableUntil: a route open only between two dates).
// Leaves test facts: qualification, supervised_practice (hours or months,
// with supervisor constraints per block), experience (minimum or
// exclusive maximum, full time, local, share of time, after qualifying,
// continuous), training, exam, exam_admission, quiz, age, references,
// health_certificate, document, credential (current membership or
// credential), employment, fee, citizenship, proceeding, circumstance and
// cpd.
//
// # Rule families as values
//
// Requirement kinds, validity kinds, exam scorings, CPD windows and
// carry-over kinds are each one table of this package: per kind its
// title, the parameters it reads and needs (by JSON member name), its
// evaluator and, for requirements, the text of what it needs.
// [Scheme.Validate], evaluation, the rules reference and the JSON Schema
// generator all read these tables; [RequirementKinds], [ValidityKinds],
// [ExamScorings], [CPDWindows] and [CarryOverKinds] export them, and
// [RequirementParameters] lists the parameters of a requirement node. A
// kind reads only its own parameters and [Scheme.Validate] rejects the
// others; the rules reference (RULES.md, written by [WriteReference])
// lists each kind with its parameters.
//
// Adding a requirement kind touches three places: its row in the kind
// table (kinds.go, beside its constant), its evaluator (a method of the
// evaluation context, beside the other leaves) and a test (its cases, and
// the kind in the property-test generator, which a test checks covers
// every kind). A kind that needs a parameter no other kind reads also
// adds that member to [Requirement] and to the parameter list.
//
// Citizenship and reciprocity gates belong to recognition rather than to
// the domestic route: [PhilippineReciprocity] waives the Philippine
// citizenship requirement for foreign applicants who prove reciprocity
// (a scheme may also write any_of(citizenship, document
// reciprocity_proof)).
//
// # Sources and confidence
//
// Every rule carries a [RuleSource] (title, address, section, note, and
// its [SourceKind]) and a [RuleConfidence], inherited from the enclosing
// rule when unset. The confidence policy: a rule is confirmed only when
// it was read in a primary source — the instrument itself (statute,
// regulation, resolution, standard), the regulator's own page, or a law
// library's copy of the instrument. A secondary source — a government
// page restating the rule, news, commentary, and above all a copy on a
// document-sharing site (an upload, slides, flashcards) or a blog — backs
// partial at most, however faithful it looks. [Scheme.Validate] reports a
// rule marked or left confirmed on a source of a secondary kind
// ([CodeUnbackedConfidence]), and a test holds every shipped source to
// the policy: the shipped sources ([Sources]) state their kind, and a
// rule first read in a copy names the primary instrument to check in its
// note.
//
// # Outcomes and combinators
//
// Evaluation is four-valued ([Outcome]): met, not_met, unknown (a fact is
// missing) and not_applicable (no regime, no rule version in force, or a
// when node whose condition does not hold). Combinators join their
// children's outcomes with three-valued (Kleene) logic, not_applicable
// being neutral; every child is evaluated, so the findings list every
// unmet requirement, not the first:
//
//	node          met when                  not_met when                    unknown otherwise, except
//	all_of        no child not_met or       any child not_met               all children n/a → n/a
//	              unknown, one met
//	any_of        any child met             no child met or unknown,        all children n/a → n/a
//	                                        one not_met
//	at_least_n    met children ≥ n          met + unknown < n and some      all children n/a → n/a
//	                                        child met or not_met, or no
//	                                        child unknown
//	not           child not_met             child met                       n/a stays n/a
//	when          conditions met and        conditions met and children     conditions not_met → n/a;
//	              children met              not_met                         conditions unknown → unknown
//	                                                                        (n/a if the children are n/a)
//	exemption     any exemption met         no exemption applies and the    an exemption unknown and the
//	              (reason exempted)         node is not_met                 node not met → unknown
//	window        –                         evaluation date outside          –
//	                                        [AvailableFrom, AvailableUntil]
//
// At the root, not_applicable becomes met (nothing is required of this
// person); a decision is not_applicable only for a no-regime scheme or a
// date no version covers, and that must never be read as "not eligible".
// The combinators are monotone: supplying a missing fact can turn unknown
// into another outcome, but never changes a met, not_met or
// not_applicable outcome.
//
// # Facts and decisions
//
// [Facts] is a JSON document of what is known about a person: birth date,
// citizenship, qualifications ([workforce.Qualification]), supervised
// practice blocks with supervisor attributes, work periods, training,
// exam sittings with subject marks ([workforce.Decimal] percentages),
// quiz attempts, references, documents, credentials held
// ([workforce.Credential]), fees, CPD records ([workforce.CPDRecord]),
// proceedings, circumstances and obligations carried from earlier
// cycles. An absent member means unknown; Facts.KnownEmpty says a list is
// known to be empty. Obligations are the one exception: absent means none
// owed. [FactsFromWorker] builds facts from a registry
// worker. [Facts.Validate] rejects impossible values (marks above 100,
// ends before starts).
//
// [Evaluate] and [EvaluatePurpose] return a [Decision]: the outcome, the
// version applied, a findings tree ([Finding]) that mirrors the
// requirement tree — each node with its stable code, a JSON Pointer into
// the facts, the value found and required, a message and its source —
// and the [Obligation] values created (CPD owed after a deferral).
// [Decision.Unmet] and [Decision.Missing] list where a failure or an
// unknown originates, and [Decision.MissingFacts] the facts that would
// decide an unknown one (an absent list is unknown unless known_empty
// names it). An [Evaluator] compiles a scheme once for many people;
// [Evaluator.Outcomes] skips the findings for registry-wide counts.
//
// # Rule versions on purpose
//
// A version is chosen by the date the rule is about. Two sources that
// disagree about one period are two versions with their own
// [RuleVersion].Reading (Singapore's structured CPE minimum: 40 or 30):
// the caller picks one with [Evaluator.WithReading] (the version listed
// first is the default), and every decision lists the other readings in
// force with the outcome each would give ([Decision].Conflicts).
// [Evaluator.Replay] applies a named version whatever its dates, to see
// what an earlier or later rule says of a person today; replaying the
// version in force gives the decision evaluating gives.
//
// # Acting without the credential
//
// "May this person practise (use the title, hold the post) without the
// credential?" is a decision too: versions of the act purposes
// ([PurposePractice], [PurposeTitleUse], [PurposeRole]; [RulePurpose.Act])
// list what makes the act lawful — the credential held, or a statutory
// exemption stated as data (the Philippine exemption for social workers
// of other countries called in by agencies working with the United
// Nations; supervised students and emergency deployment where a scheme
// states them). Met means the person may; a scheme without a regime
// restricts nothing (not_applicable). Prerequisites do not apply to acts.
//
// Where an exemption depends on a join date, a country of work or a first
// cycle, the shipped data derives it from dated facts with its cut-off
// (a credential issued within n months or since a day of the year; work
// or citizenship abroad) rather than from a stated circumstance.
//
// # Examinations
//
// [ExamRule] supports a weighted general average with a subject floor and
// an explicit rounding policy (exact by default), per-subject pass marks
// with a sitting mean and floor, banking of passed subjects within a
// window, the exam owner's opaque pass or fail, retest waits, attempt
// caps and waivers; [ScoreSitting] scores one sitting and [EarliestRetest]
// gives the first retest day. A sitting records a subject not taken
// (distinct from a missing mark, whose finding carries the mark's path).
// [ExamStanding] tells from banked passes and their lapse which subjects
// must be sat again and by when; [Scheme.ExamRuleOn] gives the rule in
// force on a date.
//
// # CPD accounting
//
// A [CPDRule] counts CPD in hours or credits over the licence term, a
// fixed cycle or a rolling window, with conversion rates, per-category,
// per-activity and per-topic caps and minimums (counted inside the total),
// minimum numbers of activities and activity types, a share from
// accredited providers, phase-in percentages, carry-over (none, capped,
// by activity type), exemptions, deferral with an obligation, and
// transitions that cap or cancel debts created under earlier rules. The
// evaluation order is documented on [AssessCPD]: convert, cap, check
// minimums, check the total, compute carry-over from the capped excess,
// then apply exemptions and deferrals.
//
// # Lifecycle
//
// [Standing] gives the state of a held credential on a date
// ([CredentialState]: active, renewal_open, follow_up, overdue, grace,
// extension, late_renewal, lapsed, suspended, revoked, restorable, …)
// from the scheme's validity rule — fixed term, birthday-anchored (also
// in the n-th year of the term), fixed cycle, lifetime — and the
// [Holding]'s events; illegal transitions are rejected. Validity rules
// state grace in days or until a day of the next month, late-renewal
// surcharges ([Surcharge], never due within grace), a follow-up after a
// renewal filed with a requirement outstanding, and a working-day
// deadline that holds whether or not renewal has an opening date.
// [CredentialStanding.Credential] gives the credential record facts use,
// so a credential is described once, by its holding.
//
// # Recognition
//
// [Recognise] evaluates the holder of a credential of one scheme against
// another scheme under a [RecognitionRule] and returns a
// [RecognitionDecision]: recognised, recognised with restrictions,
// adaptation required, refused, undetermined or not applicable, with the
// host requirements already met and those missing. A country-based rule
// (reciprocity) applies where the home country has no regime, or to an
// applicant holding no credential (the zero origin Scheme).
//
// # Dates and counting conventions
//
// Dates are [workforce.CivilDate]. Adding months clamps to the month end
// (2025-01-31 + 1 month = 2025-02-28); a validity rule may say that a 29
// February anniversary falls on 1 March instead ([LeapDayPolicy]). A term
// of n months starting on S ends on S + n months − 1 day. Day counts
// exclude the first day and include the last ([workforce.DaysBetween]):
// "day 1 is the day after the event", so a 90-day retest wait after a
// sitting on 2025-01-10 allows the retest on 2025-04-11. A duration of n
// months is the number of days from the earliest counted start to that
// start plus n months; a banking window of n months after a sitting on S
// ends on S + n months, inclusive. Working days are counted the same way
// with a caller-supplied [Calendar] of holidays (none are shipped); a
// deadline "15 working days before expiry" is the day 15 working days
// before the expiry day.
//
// # Errors
//
// An unmet requirement is a decision, never an error. Errors report bad
// input as an [*InputError] that matches [ErrInvalidScheme],
// [ErrInvalidFacts] or [ErrInvalidHolding] and [workforce.ErrInvalid], and
// carries [workforce.Problems] with JSON Pointers and stable codes
// ([CodeOverlap], [CodeWeightsSum], [CodeUnusedParameter], …).
//
// # Purity
//
// The package does no I/O, never reads the clock (every evaluation takes
// an explicit date), keeps no mutable package state and is safe for
// concurrent use.
package accreditation
