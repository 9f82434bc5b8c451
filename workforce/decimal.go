package workforce

import (
	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/exact"
)

// DecimalPattern is the text form of a [Decimal]: an optional minus sign,
// an integer part without leading zeros and an optional fraction; no
// exponent, no plus sign, no negative zero.
const DecimalPattern = exact.LexicalPattern

// Decimal is an exact decimal number of any size, exchanged as a JSON
// string with its scale kept ("64.40" stays "64.40"). Results and rule
// parameters of the other ssw packages (indicator values, exam scores,
// rates) use it so that no consumer ever parses them into a binary float.
// Its text form ignores shopspring's package-level settings. The zero
// value is unset. Compare with [Decimal.Cmp] or [Decimal.Equal].
type Decimal struct {
	d   decimal.Decimal
	set bool
}

// DecimalOf wraps d, keeping its exponent as the scale.
func DecimalOf(d decimal.Decimal) Decimal { return Decimal{d: d, set: true} }

// DecimalFromInt returns the integer n with scale 0.
func DecimalFromInt(n int64) Decimal { return Decimal{d: decimal.NewFromInt(n), set: true} }

// ParseDecimal parses a string matching [DecimalPattern].
func ParseDecimal(s string) (Decimal, error) {
	d, err := exact.ParseDecimal(s)
	if err != nil {
		reason := "must be a decimal number written with digits and an optional decimal point (\"12.50\"), without exponent"
		if err == exact.ErrNegativeZero {
			reason = "negative zero is not allowed; write 0"
		} else if err == exact.ErrRange {
			reason = "is too large"
		}
		return Decimal{}, &ValueError{Type: "Decimal", Value: s, Code: CodeInvalidValue, Reason: reason}
	}
	return Decimal{d: d, set: true}, nil
}

// MustParseDecimal is [ParseDecimal] for literals; it panics on bad input.
func MustParseDecimal(s string) Decimal { return must(ParseDecimal(s)) }

// IsZero reports whether x is unset (a given "0" is not zero in this sense).
func (x Decimal) IsZero() bool { return !x.set }

// Decimal returns the value (0 when unset).
func (x Decimal) Decimal() decimal.Decimal { return x.d }

// Cmp compares numerically; unset counts as 0.
func (x Decimal) Cmp(o Decimal) int { return x.d.Cmp(o.d) }

// Equal reports numeric equality of two set values, or both unset.
func (x Decimal) Equal(o Decimal) bool { return x.set == o.set && x.d.Cmp(o.d) == 0 }

// String returns the text with its scale, or "" when unset.
func (x Decimal) String() string {
	if !x.set {
		return ""
	}
	return exact.FormatDecimal(x.d)
}

// MarshalText returns the text of [Decimal.String].
func (x Decimal) MarshalText() ([]byte, error) {
	if !x.set {
		return []byte{}, nil
	}
	return exact.AppendDecimal(nil, x.d), nil
}

// UnmarshalText accepts exactly what [ParseDecimal] accepts.
func (x *Decimal) UnmarshalText(b []byte) error {
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*x = v
	return nil
}

// SchemaPattern returns [DecimalPattern], for schema generation.
func (Decimal) SchemaPattern() string { return DecimalPattern }
