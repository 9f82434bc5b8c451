package declaration

import (
	"errors"

	"github.com/sswkit/ssw/workforce"
)

// Sentinel errors, matched with errors.Is. Every error this package
// returns for a bad document is a [*DocumentError] that matches one of the
// ErrInvalid… sentinels and also [workforce.ErrInvalid]; errors.As
// recovers its [workforce.Problems].
var (
	// ErrInvalidPlan reports a plan that breaks the rules of [Plan.Validate].
	ErrInvalidPlan = errors.New("declaration: invalid plan")
	// ErrInvalidProgress reports progress data that breaks the rules of
	// [ProgressData.Validate], or observations the plan cannot read.
	ErrInvalidProgress = errors.New("declaration: invalid progress data")
	// ErrInvalidAssessment reports an assessment that breaks the rules of
	// [Assessment.Validate].
	ErrInvalidAssessment = errors.New("declaration: invalid assessment")
	// ErrInvalidScorecard reports scorecards that break the rules of
	// [Scorecard.Validate], [RegionalScorecard.Validate] or of a roll-up.
	ErrInvalidScorecard = errors.New("declaration: invalid scorecard")
	// ErrUnknownTarget reports a target ID the plan does not define.
	ErrUnknownTarget = errors.New("declaration: unknown target")
	// ErrUndefinedGrowth reports a compound growth rate that is undefined:
	// a start value that is not above 0, an end value below 0, an empty
	// period.
	ErrUndefinedGrowth = errors.New("declaration: growth rate undefined")
	// ErrGrowthTooLarge reports a growth computation beyond the package's
	// size bound: a very long period not counted in whole years, asked
	// to many digits, or values of very many digits.
	ErrGrowthTooLarge = errors.New("declaration: growth computation too large")
)

// Problem codes of this package, in addition to the workforce codes it
// reuses. Codes are stable: programs may branch on them. Messages are for
// people and may be reworded.
const (
	CodeRequired         = workforce.CodeRequired     // a required value is missing
	CodeNotSupported     = workforce.CodeNotSupported // an enumeration value (a commitment ID, a status) outside its table
	CodeDuplicate        = workforce.CodeDuplicate    // an ID, commitment or country given twice
	CodeDateOrder        = workforce.CodeDateOrder    // an end before its start, a target year not after its baseline year
	CodeInconsistent     = workforce.CodeInconsistent // members that contradict each other
	CodeMin              = workforce.CodeMin          // a number below its minimum
	CodeMax              = workforce.CodeMax          // a number above its maximum
	CodeUnknownIndicator = "unknown_indicator"        // an indicator ID neither the catalogue nor the plan defines
	CodeNotMember        = "not_member"               // a country that was not an ASEAN member state on the date
	CodeNotApplicable    = "not_applicable"           // a period the Ha Noi Declaration did not apply to
	CodeOutOfPeriod      = "out_of_period"            // a year or phase outside the plan's period, an observation after the reporting period
	CodeOverlap          = "overlap"                  // area overrides or phases whose validity overlaps
	CodeConflict         = "conflict"                 // two observations of the same thing on the same date with different values
	CodeKindMismatch     = "kind_mismatch"            // a number for a policy-status indicator, or a policy value for a number
	CodeUnitMismatch     = "unit_mismatch"            // a value given in another unit than its indicator's (a share as a fraction where the indicator is in percent)
	CodeScoreMismatch    = "score_mismatch"           // a stated score or total that differs from the one recomputed
	CodeUnknownMethod    = "unknown_method"           // a scorecard made with a method this package does not know
)

// Former names of problem codes, the same codes: each is now named like
// its value. New code uses the new names; these stay so that programs
// written against them compile.
const (
	CodeMismatch = CodeScoreMismatch // former name of CodeScoreMismatch
	CodeMethod   = CodeUnknownMethod // former name of CodeUnknownMethod
)

// DocumentError reports a bad input document: which document was
// rejected and every problem found in it, with JSON Pointers into that
// document.
type DocumentError struct {
	// Document is "plan", "progress_data", "assessment", "scorecard",
	// "scorecards" (the list given to [RollUp]) or "regional_scorecard".
	Document string
	// Problems lists what is wrong.
	Problems workforce.Problems
}

// Error returns "declaration: invalid <document>: " and the problems.
func (e *DocumentError) Error() string {
	return "declaration: invalid " + e.Document + ": " + e.Problems.Error()
}

// Unwrap returns the document's sentinel and the problem list, so that
// errors.Is matches both the sentinel and [workforce.ErrInvalid].
func (e *DocumentError) Unwrap() []error {
	var s error
	switch e.Document {
	case "plan":
		s = ErrInvalidPlan
	case "progress_data":
		s = ErrInvalidProgress
	case "assessment":
		s = ErrInvalidAssessment
	default:
		s = ErrInvalidScorecard
	}
	return []error{s, e.Problems}
}

// documentError wraps the problems of a Validate call, or returns nil.
func documentError(doc string, err error) error {
	if err == nil {
		return nil
	}
	return &DocumentError{Document: doc, Problems: workforce.AsProblems(err)}
}

// finish sorts the list and returns it as an error, or nil when empty.
func finish(ps workforce.Problems) error { return ps.Err() }
