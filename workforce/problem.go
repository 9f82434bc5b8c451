package workforce

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/problem"
	"github.com/sswkit/ssw/internal/strictjson"
)

// ErrInvalid is matched by every [Problems] value with errors.Is, so callers
// can tell "the input broke a rule" from other failures without looking at
// the details.
var ErrInvalid = errors.New("workforce: invalid input")

// Problem codes produced by this package. Codes are stable: programs may
// branch on them. Messages are for people and may be reworded.
const (
	CodeSyntax              = problem.CodeSyntax             // malformed JSON or CSV
	CodeType                = problem.CodeType               // a JSON value of the wrong type, including null
	CodeUnknownField        = problem.CodeUnknownField       // a member or column the document type does not define
	CodeInvalidValue        = problem.CodeInvalidValue       // text a value type rejects, e.g. the date 2023-02-29
	CodeOutOfRange          = problem.CodeOutOfRange         // a number too large for its field
	CodeTooDeep             = problem.CodeTooDeep            // nesting deeper than the decoder allows
	CodeTrailingData        = problem.CodeTrailingData       // data after the end of a document
	CodeDuplicateMember     = strictjson.CodeDuplicateMember // a JSON member given twice in one object
	CodeRequired            = problem.CodeRequired           // a required value is missing or empty
	CodeNotSupported        = problem.CodeNotSupported       // an enumeration or code outside its table
	CodePattern             = problem.CodePattern            // text that does not match the documented pattern
	CodeTooLong             = "too_long"                     // text longer than allowed
	CodeTooShort            = "too_short"                    // text shorter than allowed
	CodeMin                 = "min"                          // a number below its minimum
	CodeMax                 = "max"                          // a number above its maximum
	CodeNegative            = "negative"                     // a quantity that must not be negative
	CodeScale               = "scale"                        // a decimal with too many fraction digits
	CodeDateOrder           = "date_order"                   // an end, expiry or completion before its start
	CodeFTEOverCapacity     = "fte_over_capacity"            // concurrent employments adding up to more than 1 FTE
	CodeChildrenExceedTotal = "children_exceed_total"        // a child population larger than the total
	CodeBirthMismatch       = "birth_mismatch"               // a birth year that contradicts the birth date
	CodeDuplicate           = "duplicate"                    // an identifier or key used twice
	CodeDanglingReference   = "dangling_reference"           // a reference to an identifier that does not exist
	CodeCycle               = "cycle"                        // an area that is its own ancestor
	CodeLevelOrder          = "level_order"                  // an area not below its parent's level
	CodeLevelMismatch       = "level_mismatch"               // a post whose level differs from its area's level
	CodeAfterAsOf           = "after_as_of"                  // a dated fact later than the registry's as-of date
	CodeMissingQuantity     = "missing_quantity"             // a CPD record with neither hours nor credits
	CodeLineTooLong         = "line_too_long"                // a JSON Lines or CSV line above the size limit
	CodeHeader              = "header"                       // a CSV header that is missing, repeated or unknown
)

// Former names of problem codes, the same codes: each is now named like
// its value (CodeTrailingData = "trailing_data"). New code uses the new
// names; these stay so that programs written against them compile.
const (
	CodeTrailing      = CodeTrailingData        // former name of CodeTrailingData
	CodeChildrenTotal = CodeChildrenExceedTotal // former name of CodeChildrenExceedTotal
	CodeDangling      = CodeDanglingReference   // former name of CodeDanglingReference
)

// Problem is one rule an input breaks. Path is a JSON Pointer (RFC 6901)
// into the document, built from JSON field names (for a stream record it
// points into that record). Value is the offending value as text, Param
// the rule's parameter (a bound, a pattern, the allowed values) and
// Message a short explanation. Line is the 1-based line of a JSON Lines or
// CSV record, 0 otherwise; File names the file of a record read as part of
// an import of several files (readers leave it empty: the caller knows
// the file and sets it, see [Problems.InFile]).
//
// Its fields, in order, are the strings Code, Path, Value, Param, Message
// and File and the int Line, with the JSON names code, path, value
// (omitted when empty), param (likewise), message, file (likewise) and
// line (omitted when 0); its String method renders it as "line 3: /path: message
// (value "x")", or "workers.csv:3: /path: …" when it names its file. It is
// the one problem model of the module: the internal decoders and
// validators produce this very type (declared in internal/problem, where
// they can reach it), so no conversion stands between them and this
// package.
type Problem = problem.Problem

// Problems is the list of everything wrong with an input. It implements
// error, is matched by errors.Is(err, [ErrInvalid]) and can be recovered
// with errors.As. Lists returned by this module are sorted by file, line,
// then path (array indexes numerically), then code, so the same input
// always gives the same list.
//
// Problems is the one error list type of the ssw module: the accreditation,
// indicators and declaration packages return it too.
type Problems []Problem

// Error summarises the list: the first few problems and a count.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return "1 problem: " + ps[0].String()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d problems: ", len(ps))
	for i, p := range ps {
		if i == 3 {
			fmt.Fprintf(&b, "; and %d more", len(ps)-3)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Is reports whether target is [ErrInvalid].
func (ps Problems) Is(target error) bool { return target == ErrInvalid }

// HasCode reports whether any problem has the code.
func (ps Problems) HasCode(code string) bool {
	return slices.ContainsFunc(ps, func(p Problem) bool { return p.Code == code })
}

// At returns the problems whose path is exactly path.
func (ps Problems) At(path string) Problems {
	var out Problems
	for _, p := range ps {
		if p.Path == path {
			out = append(out, p)
		}
	}
	return out
}

// ComparePaths orders JSON Pointers token by token with array indexes
// compared as numbers ("/workers/2" before "/workers/10"). It is the order
// [Problems] lists are sorted in.
func ComparePaths(a, b string) int { return jsonptr.Compare(a, b) }

// Sort orders the list by file, line, path, code, value and message. It
// is exported for packages that build lists of their own.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		if c := jsonptr.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		if c := strings.Compare(a.Value, b.Value); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}

// Clone returns a copy of the list whose texts share no memory with the
// input: problems about a borrowed record ([JSONLReader.Borrow]) quote its
// memory, which the reader reuses for the next record.
func (ps Problems) Clone() Problems {
	if ps == nil {
		return nil
	}
	return slices.Clone(ps).detach()
}

// detach copies the texts of the problems in place (see Clone), so that
// the problems a reader keeps stay as found.
func (ps Problems) detach() Problems {
	for i := range ps {
		p := &ps[i]
		p.Path, p.Value, p.Param, p.Message = strings.Clone(p.Path), strings.Clone(p.Value), strings.Clone(p.Param), strings.Clone(p.Message)
	}
	return ps
}

// InFile sets the file of every problem that does not name one yet and
// returns the list, for callers that read several files.
func (ps Problems) InFile(file string) Problems {
	for i := range ps {
		if ps[i].File == "" {
			ps[i].File = file
		}
	}
	return ps
}

// Err returns nil for an empty list and the sorted list otherwise. Use it
// as the last step of a validation function so that "no problems" is a nil
// error, never an empty non-nil one.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	ps.Sort()
	return ps
}

// AsProblems extracts the problem list from err. It returns nil when err
// is nil or carries no [Problems]; any other error becomes a one-item list
// with code "invalid" so that callers can always report a list.
func AsProblems(err error) Problems {
	if err == nil {
		return nil
	}
	var ps Problems
	if errors.As(err, &ps) {
		return ps
	}
	return Problems{{Code: "invalid", Message: err.Error()}}
}

// fromItems appends the problems the internal decoders and validators
// found.
func fromItems(dst Problems, items []problem.Problem) Problems { return append(dst, items...) }
