// Package declaration tracks member states' progress on the Ha Noi
// Declaration on Strengthening Social Work Towards Cohesive and Responsive
// ASEAN Community, adopted at the 37th ASEAN Summit in November 2020: its
// eleven commitments, ASEAN membership, national plans and their targets,
// target evaluation, assessments and scorecards with a regional roll-up.
//
// # Start here
//
//   - [Commitments]: the Declaration's eleven commitments.
//   - [MembersOn] and [DeclarationApplies]: ASEAN membership on a date.
//   - [Plans] and [CambodiaSSWPlan]: shipped national plans and their
//     targets.
//   - [EvaluatePlan]: judge a plan's targets against [ProgressData].
//   - [ScoreAssessment]: the [Scorecard] of a country's [Assessment].
//   - [RollUp]: the [RegionalScorecard] of many countries.
//   - [CountryReport]: the monitoring report that combines them.
//
// Every shipped fact carries its sources and a [Confidence] (confirmed,
// partial, unconfirmed) taken from the reference material, and results
// carry the confidence of the facts they rest on. The official text of
// the Declaration could not be retrieved: the count of eleven commitments
// is confirmed, their order and scope mostly are not, and the package says
// so rather than hiding it.
//
// # Commitments
//
// [Commitments] returns the eleven commitments in the Declaration's order
// with stable [CommitmentID] values ([C01LegalFramework] …
// [C11CrossPillar]), this package's short titles and summaries, the
// [CommitmentLevel] at which progress is measured, the workforce
// [Pillar] each serves (planning, developing, supporting) and the
// catalogue indicators of package indicators that evidence it. Every
// commitment links at least one policy-status indicator (a law in force,
// a regulator, a code of ethics, a costed plan …), so qualitative
// progress is evidenced, not only counted. [LookupCommitment] and
// [CommitmentsFor] navigate the links.
//
// # Membership and instruments
//
// [Members] lists the ASEAN member states with ISO 3166-1 alpha-2,
// alpha-3 and numeric codes and join dates (Timor-Leste: 2025-10-26).
// [MembersOn] and [IsMemberOn] answer for a date; [DeclarationApplies]
// says whether the Declaration applies to a country on a date, on what
// [ApplicabilityBasis] and how surely — for a member that joined after
// the adoption the answer is yes from its join date, marked unconfirmed.
// [Instruments] lists the Declaration, its Roadmap (endorsement level
// noted, not adopted), the regional guidance and related instruments;
// [Bodies] lists the regional bodies. Three instruments are called "Ha
// Noi Declaration": key them by ID ([HaNoiDeclarationID]).
//
// # Plans and targets
//
// A [Plan] is a national plan as an exchange document: country, legal
// instrument, period, phases, the commitments it serves, its own
// [PlanMeasure] definitions where the catalogue has no equivalent, and
// [Target] values — an indicator, a [Comparator] (at least, at most,
// equal, relative increase or decrease against a baseline year), a
// threshold, a target year, a [TargetReach], area overrides valid between
// dates ([TargetOverride]), confidence and sources. [Plans] ships Viet
// Nam's Decision 112/QD-TTg ([VietNamDecision112]) and Decision
// 966/QD-TTg ([VietNamDecision966]) and Cambodia's Strategic Plan
// 2022–2031 ([CambodiaSSWPlan]), each target with its confidence.
//
// # Target evaluation
//
// [EvaluatePlan] and [EvaluateTarget] judge targets against
// [ProgressData] (an as-of date, [Observation] values and [AreaChange]
// records) and return [TargetEvaluation] values: a [TargetOutcome] (met,
// not met, unknown, not applicable, needs remapping), the applied
// threshold, the observed and required values, whether the deadline has
// passed and whether the observation is on the straight-line
// [Trajectory] from the baseline. A missing baseline is unknown, never
// not met; an area that merged after the plan was issued needs remapping
// and is not compared silently; comparisons are exact decimals. The
// algorithm is documented step by step on [EvaluatePlan].
// [KnownAreaChanges] lists the confirmed 2025 Viet Nam mergers that touch
// the shipped overrides.
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
// # Documents and errors
//
// [Plan], [ProgressData], [Assessment], [Scorecard] and
// [RegionalScorecard] are exchange documents: plain structs with
// snake_case JSON, decoded strictly with [workforce.Decode] and checked by
// their Validate methods, which return every problem at once as
// [workforce.Problems] with JSON Pointers and stable codes
// ([CodeUnknownIndicator], [CodeNotMember], [CodeDuplicate],
// [CodeDateOrder], …). The evaluation and scoring functions validate
// their inputs and return a [*DocumentError] naming the rejected document;
// errors.Is matches [ErrInvalidPlan], [ErrInvalidProgress],
// [ErrInvalidAssessment], [ErrInvalidScorecard] and
// [workforce.ErrInvalid]. An unmet target is a result, not an error.
//
// # Purity
//
// The package does no I/O, never reads the clock (every evaluation takes
// an explicit date), keeps no mutable package state — shipped data comes
// from functions that build fresh values — and is safe for concurrent
// use. No floating point is used: values are exact decimals.
package declaration
