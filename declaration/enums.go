package declaration

import "github.com/sswkit/ssw/internal/enum"

//go:generate go run ../internal/cmd/genenum -out enums_gen.go

// Every enumeration below is a named string whose wire value is its
// snake_case constant text; the empty string means unset. Each has one
// ordered, read-only table from which its Values function, IsValid, Title,
// the "valid" validation rule and the JSON Schema enum are derived.

// Confidence says how firmly the cited sources establish a shipped fact
// (a commitment's order and scope, a join date, a target value). The
// reference material's tags map to it: [C] confirmed, [P] partial, [U]
// unconfirmed; results carry it so that an unconfirmed fact is never
// read as settled.
type Confidence string

// Confidence values.
const (
	ConfidenceConfirmed   Confidence = "confirmed"   // Confirmed by a cited source
	ConfidencePartial     Confidence = "partial"     // Partly confirmed: the fact is sourced, a detail is not
	ConfidenceUnconfirmed Confidence = "unconfirmed" // Not confirmed: inferred or recollected; verify before relying on it
)

var confidenceTable = [...]enum.Entry[Confidence]{
	{Value: ConfidenceConfirmed, Title: "Confirmed by a cited source"},
	{Value: ConfidencePartial, Title: "Partly confirmed: the fact is sourced, a detail is not"},
	{Value: ConfidenceUnconfirmed, Title: "Not confirmed: inferred or recollected; verify before relying on it"},
}

// Pillar is the part of workforce strengthening a commitment serves, after
// the Global Social Service Workforce Alliance framework: planning the
// workforce (law, strategy, data, financing, deployment), developing it
// (education, training, curricula, standards) and supporting it
// (supervision, career paths, retention, associations, recognition).
type Pillar string

// Pillar values.
const (
	PillarPlanning   Pillar = "planning"   // Planning the workforce
	PillarDeveloping Pillar = "developing" // Developing the workforce
	PillarSupporting Pillar = "supporting" // Supporting the workforce
)

var pillarTable = [...]enum.Entry[Pillar]{
	{Value: PillarPlanning, Title: "Planning the workforce"},
	{Value: PillarDeveloping, Title: "Developing the workforce"},
	{Value: PillarSupporting, Title: "Supporting the workforce"},
}

// CommitmentLevel says where progress on a commitment is mainly made and
// measured: in each member state, at ASEAN level, or both (regional
// action with national participation or adoption).
type CommitmentLevel string

// CommitmentLevel values.
const (
	LevelNational CommitmentLevel = "national" // National: measured per member state
	LevelRegional CommitmentLevel = "regional" // Regional: measured at ASEAN level
	LevelBoth     CommitmentLevel = "both"     // National and regional
)

var commitmentLevelTable = [...]enum.Entry[CommitmentLevel]{
	{Value: LevelNational, Title: "National: measured per member state"},
	{Value: LevelRegional, Title: "Regional: measured at ASEAN level"},
	{Value: LevelBoth, Title: "National and regional"},
}

// CommunityPillar is the pillar of the ASEAN Community a body belongs to.
type CommunityPillar string

// CommunityPillar values.
const (
	PillarPoliticalSecurity CommunityPillar = "political_security" // ASEAN Political-Security Community (APSC)
	PillarEconomic          CommunityPillar = "economic"           // ASEAN Economic Community (AEC)
	PillarSocioCultural     CommunityPillar = "socio_cultural"     // ASEAN Socio-Cultural Community (ASCC)
)

var communityPillarTable = [...]enum.Entry[CommunityPillar]{
	{Value: PillarPoliticalSecurity, Title: "ASEAN Political-Security Community (APSC)"},
	{Value: PillarEconomic, Title: "ASEAN Economic Community (AEC)"},
	{Value: PillarSocioCultural, Title: "ASEAN Socio-Cultural Community (ASCC)"},
}

// BodyKind is the kind of an ASEAN body.
type BodyKind string

// BodyKind values.
const (
	BodySummit           BodyKind = "summit"            // Summit of Heads of State or Government
	BodyCommunityCouncil BodyKind = "community_council" // Community pillar council
	BodyMinisterial      BodyKind = "ministerial"       // Ministerial sectoral body
	BodySeniorOfficials  BodyKind = "senior_officials"  // Senior officials' body
	BodyCommission       BodyKind = "commission"        // Commission
	BodyCommittee        BodyKind = "committee"         // Committee
	BodyNetwork          BodyKind = "network"           // Regional network of practitioners, educators and schools
	BodySecretariat      BodyKind = "secretariat"       // Secretariat
)

var bodyKindTable = [...]enum.Entry[BodyKind]{
	{Value: BodySummit, Title: "Summit of Heads of State or Government"},
	{Value: BodyCommunityCouncil, Title: "Community pillar council"},
	{Value: BodyMinisterial, Title: "Ministerial sectoral body"},
	{Value: BodySeniorOfficials, Title: "Senior officials' body"},
	{Value: BodyCommission, Title: "Commission"},
	{Value: BodyCommittee, Title: "Committee"},
	{Value: BodyNetwork, Title: "Regional network of practitioners, educators and schools"},
	{Value: BodySecretariat, Title: "Secretariat"},
}

// InstrumentKind is the kind of a regional instrument.
type InstrumentKind string

// InstrumentKind values.
const (
	InstrumentDeclaration InstrumentKind = "declaration" // Declaration of leaders
	InstrumentRoadmap     InstrumentKind = "roadmap"     // Roadmap or strategic plan implementing a declaration
	InstrumentGuidance    InstrumentKind = "guidance"    // Regional guidance
	InstrumentStatement   InstrumentKind = "statement"   // Statement of a meeting or conference
	InstrumentWorkPlan    InstrumentKind = "work_plan"   // Work plan of a body
)

var instrumentKindTable = [...]enum.Entry[InstrumentKind]{
	{Value: InstrumentDeclaration, Title: "Declaration of leaders"},
	{Value: InstrumentRoadmap, Title: "Roadmap or strategic plan implementing a declaration"},
	{Value: InstrumentGuidance, Title: "Regional guidance"},
	{Value: InstrumentStatement, Title: "Statement of a meeting or conference"},
	{Value: InstrumentWorkPlan, Title: "Work plan of a body"},
}

// EndorsementLevel is how far an instrument was taken up by the body that
// received it. "Noted" is weaker than "adopted": ASEAN leaders noted the
// Roadmap of the Ha Noi Declaration; they did not adopt it.
type EndorsementLevel string

// EndorsementLevel values.
const (
	EndorsementAdopted   EndorsementLevel = "adopted"   // Adopted
	EndorsementEndorsed  EndorsementLevel = "endorsed"  // Endorsed
	EndorsementNoted     EndorsementLevel = "noted"     // Noted or recognised, not adopted
	EndorsementPublished EndorsementLevel = "published" // Published, without a recorded endorsement
	EndorsementDraft     EndorsementLevel = "draft"     // Draft, consulted on; no adoption found
)

var endorsementTable = [...]enum.Entry[EndorsementLevel]{
	{Value: EndorsementAdopted, Title: "Adopted"},
	{Value: EndorsementEndorsed, Title: "Endorsed"},
	{Value: EndorsementNoted, Title: "Noted or recognised, not adopted"},
	{Value: EndorsementPublished, Title: "Published, without a recorded endorsement"},
	{Value: EndorsementDraft, Title: "Draft, consulted on; no adoption found"},
}

// ApplicabilityBasis says why the Ha Noi Declaration does or does not
// apply to a country on a date; see [DeclarationApplies].
type ApplicabilityBasis string

// ApplicabilityBasis values.
const (
	BasisAdoptingMember ApplicabilityBasis = "adopting_member" // Member state when the Declaration was adopted
	BasisAccedingMember ApplicabilityBasis = "acceding_member" // Joined ASEAN after the Declaration was adopted; applied from its join date
	BasisBeforeAdoption ApplicabilityBasis = "before_adoption" // The date is before the Declaration was adopted
	BasisNotMember      ApplicabilityBasis = "not_member"      // Not an ASEAN member state on the date
)

var applicabilityBasisTable = [...]enum.Entry[ApplicabilityBasis]{
	{Value: BasisAdoptingMember, Title: "Member state when the Declaration was adopted"},
	{Value: BasisAccedingMember, Title: "Joined ASEAN after the Declaration was adopted; applied from its join date"},
	{Value: BasisBeforeAdoption, Title: "The date is before the Declaration was adopted"},
	{Value: BasisNotMember, Title: "Not an ASEAN member state on the date"},
}

// Comparator says how a target's observed value is compared with its
// threshold. The relative comparators read the threshold as a percentage
// change against the value in the target's baseline year.
type Comparator string

// Comparator values.
const (
	AtLeast          Comparator = "at_least"          // Observed value at least the threshold (≥)
	AtMost           Comparator = "at_most"           // Observed value at most the threshold (≤)
	Equal            Comparator = "equal"             // Observed value equal to the threshold (=)
	RelativeIncrease Comparator = "relative_increase" // Increase of at least the threshold percent over the baseline
	RelativeDecrease Comparator = "relative_decrease" // Decrease of at least the threshold percent below the baseline
)

var comparatorTable = [...]enum.Entry[Comparator]{
	{Value: AtLeast, Title: "Observed value at least the threshold (≥)"},
	{Value: AtMost, Title: "Observed value at most the threshold (≤)"},
	{Value: Equal, Title: "Observed value equal to the threshold (=)"},
	{Value: RelativeIncrease, Title: "Increase of at least the threshold percent over the baseline"},
	{Value: RelativeDecrease, Title: "Decrease of at least the threshold percent below the baseline"},
}

// TargetReach says which observations a national target judges: only the
// national figure (a national total such as a count of facilities), or
// the national figure and each area's figure (a share every province is
// expected to reach).
type TargetReach string

// TargetReach values.
const (
	ReachNational TargetReach = "national_total" // The national figure only
	ReachEachArea TargetReach = "each_area"      // The national figure and every area's figure
)

var targetReachTable = [...]enum.Entry[TargetReach]{
	{Value: ReachNational, Title: "The national figure only"},
	{Value: ReachEachArea, Title: "The national figure and every area's figure"},
}

// PolicyValue is the value of a policy-status indicator (a law in force, a
// regulator, a code of ethics): no, partial or yes, in that order. An
// unknown status is written by leaving the observation out; it is never
// read as no.
type PolicyValue string

// PolicyValue values.
const (
	PolicyNo      PolicyValue = "no"      // Not in place
	PolicyPartial PolicyValue = "partial" // Partly in place: drafted, pending adoption, or covering part of the country or workforce
	PolicyYes     PolicyValue = "yes"     // In place
)

var policyValueTable = [...]enum.Entry[PolicyValue]{
	{Value: PolicyNo, Title: "Not in place"},
	{Value: PolicyPartial, Title: "Partly in place: drafted, pending adoption, or covering part of the country or workforce"},
	{Value: PolicyYes, Title: "In place"},
}

// AreaChangeKind is the kind of an administrative change to an area.
type AreaChangeKind string

// AreaChangeKind values.
const (
	ChangeMerged    AreaChangeKind = "merged"           // Merged into another area
	ChangeSplit     AreaChangeKind = "split"            // Split into several areas
	ChangeRenamed   AreaChangeKind = "renamed"          // Renamed or recoded
	ChangeAbolished AreaChangeKind = "abolished"        // Abolished without a successor
	ChangeBoundary  AreaChangeKind = "boundary_changed" // Boundary changed, code kept
)

var areaChangeKindTable = [...]enum.Entry[AreaChangeKind]{
	{Value: ChangeMerged, Title: "Merged into another area"},
	{Value: ChangeSplit, Title: "Split into several areas"},
	{Value: ChangeRenamed, Title: "Renamed or recoded"},
	{Value: ChangeAbolished, Title: "Abolished without a successor"},
	{Value: ChangeBoundary, Title: "Boundary changed, code kept"},
}

// TargetOutcome is the result of judging an observation against a target.
// A missing fact gives unknown, never not_met; an area whose boundaries
// changed after the plan was issued gives needs_remapping, and an area
// that ceased to exist gives not_applicable, never a silent comparison.
type TargetOutcome string

// TargetOutcome values.
const (
	OutcomeMet            TargetOutcome = "met"             // Met
	OutcomeNotMet         TargetOutcome = "not_met"         // Not met
	OutcomeUnknown        TargetOutcome = "unknown"         // Unknown: an observation, baseline or threshold is missing
	OutcomeNotApplicable  TargetOutcome = "not_applicable"  // Not applicable: the plan was not in force, the target does not reach the area, or the area ceased to exist
	OutcomeNeedsRemapping TargetOutcome = "needs_remapping" // Needs remapping: the area changed after the plan was issued
)

var targetOutcomeTable = [...]enum.Entry[TargetOutcome]{
	{Value: OutcomeMet, Title: "Met"},
	{Value: OutcomeNotMet, Title: "Not met"},
	{Value: OutcomeUnknown, Title: "Unknown: an observation, baseline or threshold is missing"},
	{Value: OutcomeNotApplicable, Title: "Not applicable: the plan was not in force, the target does not reach the area, or the area ceased to exist"},
	{Value: OutcomeNeedsRemapping, Title: "Needs remapping: the area changed after the plan was issued"},
}

// Trajectory says whether an observation is on the straight-line path from
// the baseline to the target; see [EvaluatePlan].
type Trajectory string

// Trajectory values.
const (
	OnTrack     Trajectory = "on_track"     // On track
	OffTrack    Trajectory = "off_track"    // Off track
	NotAssessed Trajectory = "not_assessed" // Not assessed: no baseline to draw the path from, or nothing to compare
)

var trajectoryTable = [...]enum.Entry[Trajectory]{
	{Value: OnTrack, Title: "On track"},
	{Value: OffTrack, Title: "Off track"},
	{Value: NotAssessed, Title: "Not assessed: no baseline to draw the path from, or nothing to compare"},
}

// EvaluationReason explains an outcome other than met or not met.
type EvaluationReason string

// EvaluationReason values.
const (
	ReasonNoObservation    EvaluationReason = "no_observation"    // No observation on or before the as-of date
	ReasonBeforeIssue      EvaluationReason = "before_issue"      // The as-of date is before the plan was issued
	ReasonNationalOnly     EvaluationReason = "national_only"     // A national-total target does not judge an area's figure
	ReasonAreaChanged      EvaluationReason = "area_changed"      // The area changed after the plan was issued
	ReasonThresholdUnknown EvaluationReason = "threshold_unknown" // The target's threshold is not known
	ReasonBaselineMissing  EvaluationReason = "baseline_missing"  // No observation in the baseline year
	ReasonBaselineZero     EvaluationReason = "baseline_zero"     // The baseline is zero, so a relative change is undefined
	ReasonAreaCeased       EvaluationReason = "area_ceased"       // The area ceased to exist (merged, split, renamed or abolished) on or before the as-of date
	ReasonSourcesDisagree  EvaluationReason = "sources_disagree"  // Sources of equal standing give different figures for the same date
)

var evaluationReasonTable = [...]enum.Entry[EvaluationReason]{
	{Value: ReasonNoObservation, Title: "No observation on or before the as-of date"},
	{Value: ReasonBeforeIssue, Title: "The as-of date is before the plan was issued"},
	{Value: ReasonNationalOnly, Title: "A national-total target does not judge an area's figure"},
	{Value: ReasonAreaChanged, Title: "The area changed after the plan was issued"},
	{Value: ReasonThresholdUnknown, Title: "The target's threshold is not known"},
	{Value: ReasonBaselineMissing, Title: "No observation in the baseline year"},
	{Value: ReasonBaselineZero, Title: "The baseline is zero, so a relative change is undefined"},
	{Value: ReasonAreaCeased, Title: "The area ceased to exist (merged, split, renamed or abolished) on or before the as-of date"},
	{Value: ReasonSourcesDisagree, Title: "Sources of equal standing give different figures for the same date"},
}

// ImplementationStatus is how far a member state has implemented a
// commitment, as an assessment records it.
type ImplementationStatus string

// ImplementationStatus values.
const (
	StatusNotStarted ImplementationStatus = "not_started" // Not started
	StatusPlanned    ImplementationStatus = "planned"     // Planned
	StatusInProgress ImplementationStatus = "in_progress" // In progress
	StatusAchieved   ImplementationStatus = "achieved"    // Achieved
)

var implementationStatusTable = [...]enum.Entry[ImplementationStatus]{
	{Value: StatusNotStarted, Title: "Not started"},
	{Value: StatusPlanned, Title: "Planned"},
	{Value: StatusInProgress, Title: "In progress"},
	{Value: StatusAchieved, Title: "Achieved"},
}

// ImplementationStatusValues returns the values of [ImplementationStatus] in table order.
func ImplementationStatusValues() []ImplementationStatus {
	return enum.Values(implementationStatusTable[:])
}

// ScoreStatus says whether a score has a value: a score over no assessed
// commitment is undefined, never zero.
type ScoreStatus string

// ScoreStatus values.
const (
	ScoreDefined   ScoreStatus = "scored"    // Scored
	ScoreUndefined ScoreStatus = "undefined" // Undefined: nothing was assessed
)

var scoreStatusTable = [...]enum.Entry[ScoreStatus]{
	{Value: ScoreDefined, Title: "Scored"},
	{Value: ScoreUndefined, Title: "Undefined: nothing was assessed"},
}
