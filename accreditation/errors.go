package accreditation

import (
	"errors"

	"github.com/sswkit/ssw/workforce"
)

// Sentinel errors, matched with errors.Is. Every error this package
// returns for bad input is an [*InputError] that matches one of them and
// also [workforce.ErrInvalid]; errors.As recovers its [workforce.Problems].
var (
	// ErrInvalidScheme reports a scheme, exam rule or recognition rule that
	// breaks the rules of [Scheme.Validate].
	ErrInvalidScheme = errors.New("accreditation: invalid scheme")
	// ErrInvalidFacts reports facts with impossible values.
	ErrInvalidFacts = errors.New("accreditation: invalid facts")
	// ErrInvalidHolding reports a credential history with an illegal
	// transition or an inconsistent event.
	ErrInvalidHolding = errors.New("accreditation: invalid holding")
	// ErrInvalidDecision reports decisions that cannot be summarised
	// together ([Summarise]).
	ErrInvalidDecision = errors.New("accreditation: invalid decision")
)

// Problem codes of this package, in addition to the workforce codes it
// reuses (required, not_supported, date_order, duplicate, cycle, …).
// Codes are stable; messages may be reworded.
const (
	CodeCycle              = workforce.CodeCycle             // a scheme that is its own prerequisite, directly or through others
	CodeDuplicate          = workforce.CodeDuplicate         // an ID used twice where it must be unique
	CodeDateOrder          = workforce.CodeDateOrder         // an end before its start
	CodeDanglingReference  = workforce.CodeDanglingReference // a reference to an exam or scheme that does not exist
	CodeInconsistent       = workforce.CodeInconsistent      // members that contradict each other
	CodeTooDeep            = workforce.CodeTooDeep           // a requirement or finding tree nested too deeply
	CodeOverlap            = "overlap"                       // effective-dated versions whose intervals overlap
	CodeWeightsSum         = "weights_sum"                   // exam weights that do not sum to 100%
	CodeMissingParameter   = "missing_parameter"             // a parameter the requirement kind needs is absent
	CodeUnusedParameter    = "unused_parameter"              // a parameter the requirement kind does not read
	CodeArity              = "arity"                         // a combinator with the wrong number of children
	CodePercentRange       = "percent_range"                 // a percentage outside 0–100
	CodeIllegalTransition  = "illegal_transition"            // a lifecycle event not allowed in the credential's state
	CodeEventOrder         = "event_order"                   // lifecycle events out of date order
	CodeUnbackedConfidence = "unbacked_confidence"           // confirmed on a secondary source
)

// CodeDangling is the former name of [CodeDanglingReference], the same
// code, now named like its value. New code uses the new name.
const CodeDangling = CodeDanglingReference

// InputError reports bad input: which document was rejected and every
// problem found in it, with JSON Pointers into that document.
type InputError struct {
	// Document is "scheme", "facts", "holding", "recognition_rule" or
	// "decisions".
	Document string
	// Problems lists what is wrong.
	Problems workforce.Problems
}

// Error names the document and lists its problems.
func (e *InputError) Error() string {
	return "accreditation: invalid " + e.Document + ": " + e.Problems.Error()
}

// Unwrap returns the document's sentinel and the problem list, so that
// errors.Is matches both the sentinel and [workforce.ErrInvalid].
func (e *InputError) Unwrap() []error {
	var s error
	switch e.Document {
	case "facts":
		s = ErrInvalidFacts
	case "holding":
		s = ErrInvalidHolding
	case "decisions":
		s = ErrInvalidDecision
	default:
		s = ErrInvalidScheme
	}
	return []error{s, e.Problems}
}

func inputError(doc string, err error) error {
	if err == nil {
		return nil
	}
	return &InputError{Document: doc, Problems: workforce.AsProblems(err)}
}
