package jsonschema

import (
	"errors"
	"strings"
)

// ErrGenerate is wrapped by every error of [Generate], for errors.Is.
var ErrGenerate = errors.New("jsonschema: cannot generate the schemas")

// GenerateError says why a schema could not be generated: a Go type or
// field whose rules the schema could not mirror exactly (an unknown
// validate tag, a value type without a schema, two types with the same
// name, …), or a problem reading the Go source for descriptions.
type GenerateError struct {
	// Schema is the schema being generated, or "" when the error is not
	// about one schema.
	Schema string
	// Type is the Go type concerned ("workforce.Worker"), or "".
	Type string
	// Field is the Go field name concerned, or "".
	Field string
	// Reason says what is wrong.
	Reason string
}

// Error names the type, the field and what is wrong.
func (e *GenerateError) Error() string {
	var b strings.Builder
	b.WriteString("jsonschema: ")
	if e.Schema != "" {
		b.WriteString("schema " + e.Schema + ": ")
	}
	if e.Type != "" {
		b.WriteString(e.Type)
		if e.Field != "" {
			b.WriteString("." + e.Field)
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns [ErrGenerate].
func (e *GenerateError) Unwrap() error { return ErrGenerate }
