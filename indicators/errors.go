package indicators

import "errors"

// Sentinel errors, matched with errors.Is. Input problems (bad documents,
// unknown codes) come back as [workforce.Problems], which match
// workforce.ErrInvalid; the sentinels below cover the rest.
var (
	// ErrUnknownIndicator: an indicator ID outside the catalogue.
	ErrUnknownIndicator = errors.New("indicators: unknown indicator")
	// ErrNoValue: a result without a value (undefined, suppressed,
	// missing or policy status) was asked for a presented value.
	ErrNoValue = errors.New("indicators: result has no value")
)

// Error reports a failure about one indicator: its stable Code, the
// Indicator and a Reason. It wraps [ErrUnknownIndicator] or [ErrNoValue]
// according to the code.
type Error struct {
	// Code is a stable problem code.
	Code string
	// Indicator is the indicator concerned.
	Indicator IndicatorID
	// Reason says what is wrong.
	Reason string
}

// Error renders "indicators: <id>: <reason>".
func (e *Error) Error() string {
	return "indicators: " + string(e.Indicator) + ": " + e.Reason
}

// Unwrap returns the sentinel matching the code, or nil.
func (e *Error) Unwrap() error {
	switch e.Code {
	case CodeUnknownIndicator:
		return ErrUnknownIndicator
	case CodeNoValue:
		return ErrNoValue
	}
	return nil
}

// CodeNoValue is the [Error] code of a result that has no value.
const CodeNoValue = "no_value"
