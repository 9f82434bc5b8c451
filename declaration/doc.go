// Package declaration tracks member states' progress on the Ha Noi
// Declaration on Strengthening Social Work Towards Cohesive and Responsive
// ASEAN Community, adopted at the 37th ASEAN Summit in November 2020: its
// eleven commitments, ASEAN membership, national plans and their targets,
// target evaluation over time, boundaries and disagreeing sources,
// assessments and scorecards with a regional roll-up.
//
// Every shipped fact carries its sources and a [Confidence] (confirmed,
// partial, unconfirmed), and results carry the confidence of the facts
// they rest on. The official text of the Declaration could not be
// retrieved: the count of eleven commitments is confirmed, their order and
// scope mostly are not, and the package says so rather than hiding it.
//
// # Start here
//
//   - [Commitments], [CommitmentByID] and [InstrumentByID]: the
//     Declaration, its eleven commitments and the accounts of its adoption.
//   - [MembersOn] and [DeclarationApplies]: ASEAN membership on a date.
//   - [Plans], [PlanByID] and [CambodiaSSWPlan]: shipped national plans
//     and their targets.
//   - [EvaluatePlan] judges a plan's targets against dated figures
//     ([ProgressData]); its documentation lists every step.
//   - [ObservationsFromReport] turns an indicators report into those
//     figures; [Target.StaffingNorm] gives a target's norm to compute the
//     report with.
//   - [CompareViews] judges a province against its own target and the
//     national one side by side.
//   - [CompoundGrowth] and [ApplyGrowth] give exact compound annual growth.
//   - [Reconcile] lays the figures of disagreeing sources side by side;
//     [ReferenceFigures] ships the sourced historical figures.
//   - [ScoreAssessment] and [RollUp]: the [Scorecard] of a country's
//     [Assessment] and the [RegionalScorecard] of many countries.
//   - [CountryReport]: the monitoring report that combines them.
//
// # Commitments
//
// [Commitments] returns the eleven commitments in the Declaration's order
// with stable [CommitmentID] values ([C01LegalFramework] …
// [C11CrossPillar]), this package's short titles and summaries beside the
// Declaration's own wording (empty until the official text is retrieved),
// the [CommitmentLevel] at which progress is measured, the workforce
// [Pillar] each serves (planning, developing, supporting) and the
// catalogue indicators of package indicators that evidence it. Each
// commitment lists its [Corroboration] sources, and its confidence follows
// from them by one rule: the Declaration's text confirms, a report of the
// Declaration or its adoption partly confirms, context does not raise it.
// Every commitment links at least one policy-status indicator (a law in
// force, a regulator, a code of ethics, a costed plan …), so qualitative
// progress is evidenced, not only counted. [CommitmentByID] and
// [CommitmentsFor] navigate the links.
//
// # Membership and instruments
//
// [Members] lists the ASEAN member states with ISO 3166-1 alpha-2,
// alpha-3 and numeric codes and join dates (Timor-Leste: 2025-10-26).
// Membership has one rule, [Member.IsMemberOn]; [IsMemberOn] and
// [MembersOn] apply it to a country code and to a date, and
// [MemberByCode] finds a member by any of its codes. [DeclarationApplies]
// says whether the Declaration applies to a country on a date, on what
// [ApplicabilityBasis] and how surely — for a member that joined after the
// adoption the answer is yes from its join date, marked unconfirmed.
// [Instruments] lists the Declaration, its Roadmap (endorsement level
// noted, not adopted), the regional guidance and related instruments,
// each with the sources' [Account] of its endorsement where they differ
// (the Declaration's adoption at the 37th Summit, and the reports that
// place it at the 38th and 39th); [Bodies] lists the regional bodies.
// Three instruments are called "Ha Noi Declaration": key them by ID
// ([HaNoiDeclarationID]).
//
// # Plans and targets
//
// A [Plan] is a national plan as an exchange document: country, legal
// instrument, period, phases, the commitments it serves, its own
// [PlanMeasure] definitions where the catalogue has no equivalent, and
// [Target] values — an indicator, a [Comparator] (at least, at most,
// equal, relative increase or decrease against a baseline year), a
// threshold, a target year, a [TargetReach], a [TrajectoryPath] (linear,
// or compound for a target stated as growth), area overrides valid
// between dates ([TargetOverride]), confidence and sources. [Plans] ships
// Viet Nam's Decision 112/QD-TTg ([VietNamDecision112]) and Decision
// 966/QD-TTg ([VietNamDecision966]) and Cambodia's Strategic Plan
// 2022–2031 ([CambodiaSSWPlan]), each target with its confidence.
//
// A target may record how its indicator must be computed
// ([TargetParameter]): a staffing norm is kept in the plan's words and,
// where it can be stated, as a value ([indicators.StaffingNorm]: two
// workers of the listed cadres per commune), which [Target.StaffingNorm]
// returns for [indicators.Options].Norm. A report computed with it
// becomes the plan's observations through [ObservationsFromReport]: one
// observation per whole-area result that has a value (breakdowns,
// undefined, suppressed and missing results have none), national at the
// national level.
//
// # Target evaluation
//
// [EvaluatePlan] and [EvaluateTarget] judge targets against
// [ProgressData] and return [TargetEvaluation] values: a [TargetOutcome]
// (met, not met, unknown, not applicable, needs remapping), the view, the
// applied threshold, the observed figure with its source, the required
// value, whether the deadline has passed, whether the observation is on
// the target's [Trajectory], and the compound annual growth needed and
// achieved. A missing baseline is unknown, never not met; comparisons are
// exact decimals. The algorithm is documented step by step on
// [EvaluatePlan].
//
// # Time and growth
//
// [CompoundGrowth] returns the compound annual growth rate between two
// dated values — a baseline and a target, or two observations
// ([ObservedGrowth]) — computed by exact integer roots and rounded once to
// the places and mode asked for; [ApplyGrowth] grows a value over a
// period. Periods count whole years as ages are counted, then the days
// left as a fraction of the next year ([YearSpan]). A target whose path is
// compound is judged on track against start × (required ÷ start)^(e/T),
// decided exactly.
//
// # Areas that change
//
// Provinces merge while a plan runs. The administrative changes this
// package ships ([ShippedAreaChanges]: Viet Nam's 2025 mergers that touch
// the shipped plans) apply whenever a plan of the country is evaluated,
// together with the data's own [AreaChange] records, unless the data
// replaces them ([ProgressData.ReplaceAreaChanges]). From the day an area
// ceases to exist (merged, split, renamed, abolished) a target for it is
// not applicable, naming its successors; a figure of an area that grew
// after the plan was issued needs remapping; a figure dated before a
// change and judged after it is compared but flagged, never silently.
//
// # Units and sources
//
// An observation may state its unit; one that is not its indicator's — a
// share given as a fraction (0.60) where the indicator is in percent (60)
// — is a located problem (unit_mismatch), never a shortfall; a share of
// at most 1 given without a unit against a percentage target above 1 is
// read in percent and flagged unit_unstated, since 0.98 % is as real a
// figure as a fraction 0.98.
//
// Observations of one thing and date from different sources coexist,
// each with its confidence: an evaluation uses a source the data names
// ([ProgressData.PreferredSources]), else agreeing sources, else the
// stronger confidence (flagged, the other figures listed), else it is
// unknown; [Reconcile] lists the disagreements with the denominators the
// figures imply.
//
// # Assessments and scorecards
//
// An [Assessment] records, for a country and a reporting period, an
// [ImplementationStatus] per commitment with evidence references and
// indicator observations. [ScoreAssessment] turns it into a [Scorecard]
// with the method documented on [ScoreMethod]: status points 0–3, scores
// as percentages in [0, 100], an overall score from exact sums over the
// assessed commitments, unassessed commitments reported as missing.
// [RollUp] makes the [RegionalScorecard] from country scorecards and
// [RegionalScorecard.Merge] combines roll-ups of disjoint parts; both
// keep exact sums, so the result does not depend on order or grouping.
//
// # Documents, rules and errors
//
// [Plan], [ProgressData], [PlanProgress], [Assessment], [Scorecard],
// [RegionalScorecard] and [CountryReport] are exchange documents: plain
// structs with snake_case JSON, decoded strictly with [workforce.Decode]
// and checked by their Validate methods, which return every problem at
// once as [workforce.Problems] with JSON Pointers and stable codes
// ([CodeUnknownIndicator], [CodeNotMember], [CodeDuplicate],
// [CodeDateOrder], [CodeUnitMismatch], …). The evaluation and scoring
// functions validate their inputs and return a [*DocumentError] naming
// the rejected document; errors.Is matches [ErrInvalidPlan],
// [ErrInvalidProgress], [ErrInvalidAssessment], [ErrInvalidScorecard] and
// [workforce.ErrInvalid]. An unmet target is a result, not an error.
//
// The cross-field rules JSON Schema can express are tables, read by the
// Validate methods and by the schema generator of package jsonschema
// alike: what each comparator asks ([Comparator.IsRelative],
// [Comparator.ThresholdMax]), how many successors each kind of area change
// names and whether the area ceases ([AreaChangeKind.Successors],
// [AreaChangeKind.Ceases]), a target's dependent members
// ([TargetDependentRequired]) and an observation's value members
// ([ObservationValueMembers]). The comparator table also holds how each
// comparator computes its required value and judges, so adding a
// comparator or a kind of area change touches three places: its
// enumeration entry (enums.go), its rule entry (rules.go) and a test.
//
// # Purity
//
// The package does no I/O, never reads the clock (every evaluation takes
// an explicit date), keeps no mutable package state — shipped data comes
// from functions that build fresh values — and is safe for concurrent
// use. No floating point is used: values are exact decimals, and growth
// rates come from exact integer roots.
package declaration
