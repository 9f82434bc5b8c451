// Package problem holds the one model of a finding about an input
// document: [Problem], which the decoders and validators of this module
// produce and which package workforce exports as workforce.Problem (an
// alias: the same type, so no conversion stands between them).
package problem

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Problem is one rule an input breaks. Path is a JSON Pointer (RFC 6901)
// into the document, built from JSON field names (for a stream record it
// points into that record). Value is the offending value as text, Param
// the rule's parameter (a bound, a pattern, the allowed values) and
// Message a short explanation. Line is the 1-based line of a JSON Lines or
// CSV record, 0 otherwise; File names the file of a record read as part of
// an import of several files (readers leave it empty: the caller knows
// the file and sets it).
type Problem struct {
	// Code is the stable code of the rule broken (see the Code constants).
	Code string `json:"code"`
	// Path is the JSON Pointer of the offending value.
	Path string `json:"path"`
	// Value is the offending value as text, when there is one.
	Value string `json:"value,omitempty"`
	// Param is the rule's parameter: a bound, a pattern, the allowed values.
	Param string `json:"param,omitempty"`
	// Message explains the problem in a short English sentence.
	Message string `json:"message"`
	// File names the file of a stream record, when the caller set it.
	File string `json:"file,omitempty"`
	// Line is the 1-based line of a stream record, 0 outside streams.
	Line int `json:"line,omitempty"`
}

// String renders the problem as "line 3: /path: message (value "x")", or
// "workers.csv:3: /path: …" when it names its file.
func (p Problem) String() string {
	var b strings.Builder
	switch {
	case p.File != "" && p.Line > 0:
		fmt.Fprintf(&b, "%s:%d: ", p.File, p.Line)
	case p.File != "":
		fmt.Fprintf(&b, "%s: ", p.File)
	case p.Line > 0:
		fmt.Fprintf(&b, "line %d: ", p.Line)
	}
	if p.Path == "" {
		b.WriteString("(document)")
	} else {
		b.WriteString(p.Path)
	}
	b.WriteString(": ")
	b.WriteString(p.Message)
	if p.Value != "" {
		fmt.Fprintf(&b, " (value %q)", p.Value)
	}
	return b.String()
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

// ValueLimit is the longest quoted value a problem carries, in bytes,
// before [ClipValue] shortens it.
const ValueLimit = 64

// ClipValue shortens an offending value to [ValueLimit] bytes for a
// problem's Value, as [Clip] does.
func ClipValue(s string) string { return Clip(s, ValueLimit) }

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
