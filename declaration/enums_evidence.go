package declaration

import "github.com/sswkit/ssw/internal/enum"

// The enumerations of growth paths, evaluation views, sources and
// corroboration, in the form of those in enums.go: one ordered table
// each, from which Values, IsValid, Title, the "valid" rule and the
// schema enum are derived.

// TrajectoryPath is the path from a target's baseline to its required
// value against which an interim observation is judged on or off track.
// Unset means linear.
type TrajectoryPath string

// TrajectoryPath values.
const (
	// PathLinear: the same amount each day (a straight line).
	PathLinear TrajectoryPath = "linear"
	// PathCompound: the same percentage growth each year (compound
	// annual growth), for a plan that states its target as growth.
	PathCompound TrajectoryPath = "compound"
)

var trajectoryPathTable = [...]enum.Entry[TrajectoryPath]{
	{Value: PathLinear, Title: "Straight line: the same amount each day"},
	{Value: PathCompound, Title: "Compound growth: the same percentage each year"},
}

// EvaluationView says which target an area's figure was judged against.
type EvaluationView string

// EvaluationView values.
const (
	// ViewPlan: the plan's own rule — the area's override where one is
	// in force, else the national target where it reaches areas.
	ViewPlan EvaluationView = "plan"
	// ViewNational: the national target applied to the area's figure,
	// whatever the area's override and the target's reach.
	ViewNational EvaluationView = "national"
)

var evaluationViewTable = [...]enum.Entry[EvaluationView]{
	{Value: ViewPlan, Title: "The plan's rule: the area's override where in force, else the national target"},
	{Value: ViewNational, Title: "The national target applied to the area's figure"},
}

// SourceBasis says why a computation used the figure it used when
// several sources give one for the same indicator, area and date.
type SourceBasis string

// SourceBasis values.
const (
	// SourceOnly: one source gives a figure for that date.
	SourceOnly SourceBasis = "only_source"
	// SourcesAgree: several sources give the same figure.
	SourcesAgree SourceBasis = "sources_agree"
	// SourcePreferred: the caller named the source
	// ([ProgressData.PreferredSources]).
	SourcePreferred SourceBasis = "preferred_source"
	// SourceStronger: the sources disagree and this figure's
	// confidence is stronger than every other's.
	SourceStronger SourceBasis = "stronger_confidence"
)

var sourceBasisTable = [...]enum.Entry[SourceBasis]{
	{Value: SourceOnly, Title: "The only source for the date"},
	{Value: SourcesAgree, Title: "Several sources give the same figure"},
	{Value: SourcePreferred, Title: "The caller named this source"},
	{Value: SourceStronger, Title: "Sources disagree; this figure has the strongest confidence"},
}

// EvaluationFlag marks a comparison that was made but needs a reader's
// attention.
type EvaluationFlag string

// EvaluationFlag values.
const (
	// FlagPreChangeFigure: the figure is dated before an administrative
	// change of the area that took effect by the as-of date, so it
	// describes the area's former boundaries.
	FlagPreChangeFigure EvaluationFlag = "pre_change_figure"
	// FlagSourcesDisagree: other sources give different figures for the
	// same date; the one used had the stronger confidence.
	FlagSourcesDisagree EvaluationFlag = "sources_disagree"
	// FlagUnitUnstated: a share of at most 1 given without a unit was
	// judged as a percentage against a required value above 1; if it is
	// a fraction, the source must say so.
	FlagUnitUnstated EvaluationFlag = "unit_unstated"
)

var evaluationFlagTable = [...]enum.Entry[EvaluationFlag]{
	{Value: FlagPreChangeFigure, Title: "The figure predates a change of the area's boundaries"},
	{Value: FlagSourcesDisagree, Title: "Other sources give different figures for the same date"},
	{Value: FlagUnitUnstated, Title: "A share of at most 1 without a unit, judged as a percentage"},
}

// CorroborationKind says what kind of source corroborates a commitment,
// which decides how far it raises the commitment's confidence (see
// [Commitment.Confidence]).
type CorroborationKind string

// CorroborationKind values.
const (
	// CorroborationText: the Declaration's own published text.
	CorroborationText CorroborationKind = "declaration_text"
	// CorroborationReport: a report of the Declaration, its adoption or
	// its follow-up that says the Declaration covers the theme.
	CorroborationReport CorroborationKind = "declaration_report"
	// CorroborationContext: a source about the theme's context (a body
	// exists, a national law) that does not say the Declaration covers
	// it.
	CorroborationContext CorroborationKind = "context"
)

var corroborationKindTable = [...]enum.Entry[CorroborationKind]{
	{Value: CorroborationText, Title: "The Declaration's own text"},
	{Value: CorroborationReport, Title: "A report of the Declaration, its adoption or follow-up"},
	{Value: CorroborationContext, Title: "Context: the theme exists, without saying the Declaration covers it"},
}

// confidence is the confidence a corroboration of kind k gives a
// commitment on its own: the Declaration's text confirms it, a report of
// the Declaration partly confirms it, context does not raise it.
func (k CorroborationKind) confidence() Confidence {
	switch k {
	case CorroborationText:
		return ConfidenceConfirmed
	case CorroborationReport:
		return ConfidencePartial
	}
	return ConfidenceUnconfirmed
}
