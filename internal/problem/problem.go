// Package problem holds the neutral shape of one finding about an input
// document, shared by the internal decoders and validators. Public packages
// convert it to their exported types (workforce.Problem has the same fields,
// so a plain conversion works).
package problem

import "unicode/utf8"

// Item is one problem found in an input: a stable machine code, a JSON
// Pointer (RFC 6901) into the input using JSON field names, the offending
// value rendered as text, a parameter of the violated rule and a short
// human message.
type Item struct {
	Code    string `json:"code"`
	Path    string `json:"path"`
	Value   string `json:"value,omitempty"`
	Param   string `json:"param,omitempty"`
	Message string `json:"message"`
}

// Codes shared by decoders and validators. Packages add their own.
const (
	CodeSyntax       = "syntax"        // the input is not well-formed JSON (or CSV)
	CodeType         = "type"          // a JSON value of the wrong type, including null
	CodeUnknownField = "unknown_field" // an object member the document type does not define
	CodeInvalidValue = "invalid_value" // a value whose text the field's type rejects
	CodeOutOfRange   = "out_of_range"  // a number that does not fit the field
	CodeTooDeep      = "too_deep"      // nesting deeper than the decoder allows
	CodeTrailingData = "trailing_data" // data after the end of the document
	CodeRequired     = "required"      // a required value is missing or empty
	CodeNotSupported = "not_supported" // a value outside the allowed set
	CodePattern      = "pattern"       // text that does not match the required pattern
)

// ClipValue is the longest quoted value a problem carries, in bytes,
// before [Clip] shortens it.
const ClipValue = 64

// Clip shortens s to at most limit bytes, cutting on a rune boundary and
// marking the cut with "...", so a quoted value stays valid UTF-8 (a
// 400-character Thai name is cut between characters, never inside one).
// It is the one clip of the module: decoders, validators and evaluators
// quote values through it. A limit below 4 is treated as 4.
func Clip(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	cut := max(limit, 4) - 3
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}
