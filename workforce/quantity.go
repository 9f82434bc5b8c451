package workforce

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/exact"
)

// Patterns of the decimal quantities. Each is the whole rule of its type:
// the Go parser accepts exactly the strings that match (a property test
// checks it), and the JSON Schemas publish the same constant.
const (
	// HoursPattern: non-negative, at most 7 integer digits and 2 fraction
	// digits, no leading zeros, no exponent.
	HoursPattern = `^(0|[1-9][0-9]{0,6})(\.[0-9]{1,2})?$`
	// CreditsPattern: as HoursPattern.
	CreditsPattern = HoursPattern
	// FTEPattern: greater than 0 and at most 1, with at most 2 fraction
	// digits ("1", "1.00", "0.5", "0.25").
	FTEPattern = `^(1(\.0{1,2})?|0\.(0[1-9]|[1-9][0-9]?))$`
	// AmountPattern: non-negative, at most 14 integer digits and 4
	// fraction digits (ISO 4217 minor units go up to 4): 18 digits in
	// all, so that every amount it admits is exact in 64 bits, as written
	// (15 integer digits admitted 923000000000000.0000, which is not).
	AmountPattern = `^(0|[1-9][0-9]{0,13})(\.[0-9]{1,4})?$`
)

// quantitySpec is the domain of one decimal quantity type.
type quantitySpec struct {
	typ       string
	maxInt    int  // integer digits
	maxScale  int  // fraction digits
	positive  bool // zero excluded
	atMostOne bool // value ≤ 1
}

var (
	hoursSpec   = quantitySpec{typ: "Hours", maxInt: 7, maxScale: 2}
	creditsSpec = quantitySpec{typ: "Credits", maxInt: 7, maxScale: 2}
	fteSpec     = quantitySpec{typ: "FTE", maxInt: 1, maxScale: 2, positive: true, atMostOne: true}
	amountSpec  = quantitySpec{typ: "Amount", maxInt: 14, maxScale: 4}
)

var one = exact.New(1, 0)

// checkQuantity checks f against the domain of q; text is the input, quoted
// in the error (generic, so that a valid []byte input is never copied).
func checkQuantity[S ~string | ~[]byte](q quantitySpec, f exact.Fixed, text S) error {
	fail := func(code, reason string) error {
		return &ValueError{Type: q.typ, Value: string(text), Code: code, Reason: reason}
	}
	// The common case, in integers: a positive value with at most maxInt
	// integer digits (coefficient below 10^(maxInt+scale)) and, for a
	// share, at most 1 (at most 10^scale).
	if f.Coef > 0 && int(f.Scale) <= q.maxScale && q.maxInt+int(f.Scale) <= 18 && uint64(f.Coef) < exact.Pow10(q.maxInt+int(f.Scale)) &&
		(!q.atMostOne || uint64(f.Coef) <= exact.Pow10(int(f.Scale))) {
		return nil
	}
	switch {
	case f.Sign() < 0:
		return fail(CodeNegative, "must not be negative")
	case q.positive && f.Sign() == 0:
		return fail(CodeMin, "must be greater than 0")
	case q.atMostOne && f.Cmp(one) > 0:
		return fail(CodeMax, "must be at most 1")
	case int(f.Scale) > q.maxScale:
		return fail(CodeScale, fmt.Sprintf("must have at most %d digits after the decimal point", q.maxScale))
	}
	if f.Coef/int64(exact.Pow10(int(f.Scale))) >= int64(exact.Pow10(q.maxInt)) {
		return fail(CodeMax, fmt.Sprintf("must have at most %d digits before the decimal point", q.maxInt))
	}
	return nil
}

func (q quantitySpec) parse(s string) (exact.Fixed, error) { return parseQuantity(q, s) }

func parseQuantity[S ~string | ~[]byte](q quantitySpec, s S) (exact.Fixed, error) {
	f, err := exact.Parse(s)
	if err != nil {
		code, reason := CodeInvalidValue, "must be a decimal number written with digits and an optional decimal point, as a JSON string (\"12.50\")"
		switch err {
		case exact.ErrScale:
			code, reason = CodeScale, fmt.Sprintf("must have at most %d digits after the decimal point", q.maxScale)
		case exact.ErrRange:
			code, reason = CodeMax, "is too large"
		case exact.ErrNegativeZero:
			reason = "negative zero is not allowed; write 0"
		}
		if len(s) > 0 && s[0] == '-' && err == exact.ErrRange {
			code, reason = CodeNegative, "must not be negative"
		}
		return exact.Fixed{}, &ValueError{Type: q.typ, Value: string(s), Code: code, Reason: reason}
	}
	if err := checkQuantity(q, f, s); err != nil {
		return exact.Fixed{}, err
	}
	return f, nil
}

func (q quantitySpec) fromDecimal(d decimal.Decimal) (exact.Fixed, error) {
	f, err := exact.FromDecimal(d)
	if err != nil {
		return q.parse(exact.FormatDecimal(d)) // reports the precise reason
	}
	return f, checkQuantity(q, f, f.String())
}

// Hours is a non-negative number of hours with at most two decimal places
// (supervised practice, CPD, training). It is exact: "12.50" keeps its two
// decimals through JSON and text round trips. The zero value is "not
// given"; [ParseHours]("0") is a given zero. Compare with
// [Hours.Cmp] or [Hours.Equal], not ==, when "1.5" and "1.50" should be
// equal.
type Hours struct{ f exact.Fixed }

// ParseHours parses a string matching [HoursPattern].
func ParseHours(s string) (Hours, error) {
	f, err := hoursSpec.parse(s)
	return Hours{f}, err
}

// MustParseHours is [ParseHours] for literals; it panics on bad input.
func MustParseHours(s string) Hours { return must(ParseHours(s)) }

// HoursFromDecimal converts a decimal, keeping its scale.
func HoursFromDecimal(d decimal.Decimal) (Hours, error) {
	f, err := hoursSpec.fromDecimal(d)
	if err != nil {
		return Hours{}, err
	}
	return Hours{f}, nil
}

// IsZero reports whether h is unset (not whether it is 0 hours).
func (h Hours) IsZero() bool { return !h.f.Set }

// Decimal returns the value as a shopspring decimal (0 when unset).
func (h Hours) Decimal() decimal.Decimal { return h.f.Decimal() }

// Hundredths returns the value in hundredths of an hour (1250 for
// "12.50"), or 0 when unset: exact, allocation-free integer sums.
func (h Hours) Hundredths() int64 { return hundredths(h.f) }

// Cmp compares numerically; unset counts as 0.
func (h Hours) Cmp(o Hours) int { return h.f.Cmp(o.f) }

// Equal reports numeric equality of two set values, or both unset.
func (h Hours) Equal(o Hours) bool { return h.f.Set == o.f.Set && h.f.Cmp(o.f) == 0 }

// String returns the canonical text with its scale ("12.50"), or "".
func (h Hours) String() string { return h.f.String() }

// MarshalText returns the text of [Hours.String].
func (h Hours) MarshalText() ([]byte, error) { return h.f.AppendText(nil), nil }

// UnmarshalText accepts exactly what [ParseHours] accepts.
func (h *Hours) UnmarshalText(b []byte) error { return unmarshalQuantity(&h.f, hoursSpec, b) }

// Credits is a non-negative number of CPD credits, units or points with at
// most two decimal places; it behaves like [Hours].
type Credits struct{ f exact.Fixed }

// ParseCredits parses a string matching [CreditsPattern].
func ParseCredits(s string) (Credits, error) {
	f, err := creditsSpec.parse(s)
	return Credits{f}, err
}

// MustParseCredits is [ParseCredits] for literals; it panics on bad input.
func MustParseCredits(s string) Credits { return must(ParseCredits(s)) }

// CreditsFromDecimal converts a decimal, keeping its scale.
func CreditsFromDecimal(d decimal.Decimal) (Credits, error) {
	f, err := creditsSpec.fromDecimal(d)
	if err != nil {
		return Credits{}, err
	}
	return Credits{f}, nil
}

// IsZero reports whether c is unset.
func (c Credits) IsZero() bool { return !c.f.Set }

// Decimal returns the value as a shopspring decimal (0 when unset).
func (c Credits) Decimal() decimal.Decimal { return c.f.Decimal() }

// Hundredths returns the value in hundredths of a credit, or 0 when
// unset.
func (c Credits) Hundredths() int64 { return hundredths(c.f) }

// Cmp compares numerically; unset counts as 0.
func (c Credits) Cmp(o Credits) int { return c.f.Cmp(o.f) }

// Equal reports numeric equality of two set values, or both unset.
func (c Credits) Equal(o Credits) bool { return c.f.Set == o.f.Set && c.f.Cmp(o.f) == 0 }

// String returns the canonical text with its scale, or "".
func (c Credits) String() string { return c.f.String() }

// MarshalText returns the text of [Credits.String].
func (c Credits) MarshalText() ([]byte, error) { return c.f.AppendText(nil), nil }

// UnmarshalText accepts exactly what [ParseCredits] accepts.
func (c *Credits) UnmarshalText(b []byte) error { return unmarshalQuantity(&c.f, creditsSpec, b) }

// FTE is a full-time equivalent: greater than 0 and at most 1, with at
// most two decimal places ("1.00", "0.5").
type FTE struct{ f exact.Fixed }

// FullTime is 1.00 FTE.
func FullTime() FTE { return FTE{exact.New(100, 2)} }

// ParseFTE parses a string matching [FTEPattern].
func ParseFTE(s string) (FTE, error) {
	f, err := fteSpec.parse(s)
	return FTE{f}, err
}

// MustParseFTE is [ParseFTE] for literals; it panics on bad input.
func MustParseFTE(s string) FTE { return must(ParseFTE(s)) }

// FTEFromDecimal converts a decimal, keeping its scale.
func FTEFromDecimal(d decimal.Decimal) (FTE, error) {
	f, err := fteSpec.fromDecimal(d)
	if err != nil {
		return FTE{}, err
	}
	return FTE{f}, nil
}

// IsZero reports whether f is unset.
func (f FTE) IsZero() bool { return !f.f.Set }

// Decimal returns the value as a shopspring decimal (0 when unset).
func (f FTE) Decimal() decimal.Decimal { return f.f.Decimal() }

// Hundredths returns the value in hundredths of a full-time post (100 for
// 1.00, 50 for 0.5), or 0 when unset; useful for exact integer sums.
func (f FTE) Hundredths() int64 { return hundredths(f.f) }

// hundredths rescales a quantity of scale ≤ 2 (guaranteed by every
// quantity's parser) to hundredths; the 7 integer digits allowed keep it
// far from overflow.
func hundredths(f exact.Fixed) int64 {
	if !f.Set {
		return 0
	}
	r, _ := f.Rescale(2)
	return r.Coef
}

// Cmp compares numerically; unset counts as 0.
func (f FTE) Cmp(o FTE) int { return f.f.Cmp(o.f) }

// Equal reports numeric equality of two set values, or both unset.
func (f FTE) Equal(o FTE) bool { return f.f.Set == o.f.Set && f.f.Cmp(o.f) == 0 }

// String returns the canonical text with its scale, or "".
func (f FTE) String() string { return f.f.String() }

// MarshalText returns the text of [FTE.String].
func (f FTE) MarshalText() ([]byte, error) { return f.f.AppendText(nil), nil }

// UnmarshalText accepts exactly what [ParseFTE] accepts.
func (f *FTE) UnmarshalText(b []byte) error { return unmarshalQuantity(&f.f, fteSpec, b) }

// Amount is a non-negative sum of money with at most four decimal places;
// the currency is carried by [Money].
type Amount struct{ f exact.Fixed }

// ParseAmount parses a string matching [AmountPattern].
func ParseAmount(s string) (Amount, error) {
	f, err := amountSpec.parse(s)
	return Amount{f}, err
}

// MustParseAmount is [ParseAmount] for literals; it panics on bad input.
func MustParseAmount(s string) Amount { return must(ParseAmount(s)) }

// AmountFromDecimal converts a decimal, keeping its scale.
func AmountFromDecimal(d decimal.Decimal) (Amount, error) {
	f, err := amountSpec.fromDecimal(d)
	if err != nil {
		return Amount{}, err
	}
	return Amount{f}, nil
}

// IsZero reports whether a is unset (a given "0.00" is not zero in this
// sense, so it is never dropped from JSON).
func (a Amount) IsZero() bool { return !a.f.Set }

// Decimal returns the value as a shopspring decimal (0 when unset).
func (a Amount) Decimal() decimal.Decimal { return a.f.Decimal() }

// Cmp compares numerically; unset counts as 0.
func (a Amount) Cmp(o Amount) int { return a.f.Cmp(o.f) }

// Equal reports numeric equality of two set values, or both unset.
func (a Amount) Equal(o Amount) bool { return a.f.Set == o.f.Set && a.f.Cmp(o.f) == 0 }

// String returns the canonical text with its scale, or "".
func (a Amount) String() string { return a.f.String() }

// MarshalText returns the text of [Amount.String].
func (a Amount) MarshalText() ([]byte, error) { return a.f.AppendText(nil), nil }

// UnmarshalText accepts exactly what [ParseAmount] accepts.
func (a *Amount) UnmarshalText(b []byte) error { return unmarshalQuantity(&a.f, amountSpec, b) }

// Money is an amount in a currency: {"amount": "1500000.00", "currency":
// "KHR"}. The amount is a string so that no consumer parses it into a
// binary float.
type Money struct {
	// Amount is the non-negative sum, with its scale kept.
	Amount Amount `json:"amount" validate:"required"`
	// Currency is the ISO 4217 code.
	Currency CurrencyCode `json:"currency" validate:"required,valid"`
}

// IsZero reports whether m is entirely unset.
func (m Money) IsZero() bool { return m.Amount.IsZero() && m.Currency == "" }

// String renders "1500000.00 KHR".
func (m Money) String() string { return m.Amount.String() + " " + string(m.Currency) }

func unmarshalQuantity(dst *exact.Fixed, q quantitySpec, b []byte) error {
	f, err := parseQuantity(q, b)
	if err != nil {
		return err
	}
	*dst = f
	return nil
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// SchemaPattern returns [HoursPattern], for schema generation.
func (Hours) SchemaPattern() string { return HoursPattern }

// SchemaPattern returns [CreditsPattern], for schema generation.
func (Credits) SchemaPattern() string { return CreditsPattern }

// SchemaPattern returns [FTEPattern], for schema generation.
func (FTE) SchemaPattern() string { return FTEPattern }

// SchemaPattern returns [AmountPattern], for schema generation.
func (Amount) SchemaPattern() string { return AmountPattern }
