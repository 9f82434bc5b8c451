// Package exact holds the exact decimal machinery shared by the ssw packages:
// a small fixed-point decimal with an int64 coefficient for quantities that
// are exchanged (hours, FTE, money), and a formatter for shopspring decimals
// that does not depend on that package's process-wide settings.
//
// Nothing here reads or writes package-level mutable state.
package exact

import (
	"errors"
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"
)

// MaxScale is the largest number of digits after the decimal point a
// [Fixed] can hold.
const MaxScale = 18

// LexicalPattern is the canonical lexical form accepted by [Parse]: an
// optional minus sign, an integer part without leading zeros, and an
// optional fraction; negative zero ("-0", "-0.00") is excluded. It is
// written in the RE2 ∩ ECMA-262 subset so that the same text works in Go
// and in a JSON Schema.
const LexicalPattern = `^(0(\.[0-9]+)?|-?[1-9][0-9]*(\.[0-9]+)?|-0\.[0-9]*[1-9][0-9]*)$`

// Errors returned by [Parse] and [FromDecimal].
var (
	ErrSyntax       = errors.New("not a decimal number in canonical form")
	ErrNegativeZero = errors.New("negative zero is not allowed")
	ErrScale        = errors.New("too many digits after the decimal point")
	ErrRange        = errors.New("value out of range")
)

// Fixed is an exact decimal Coef × 10^-Scale. The zero value is "unset"
// (Set is false); a parsed or constructed value has Set true. Two Fixed
// values compare equal with == only when their coefficient and scale are
// equal, so "1.50" and "1.5" differ under == but are equal under [Fixed.Cmp].
type Fixed struct {
	Coef  int64
	Scale uint8
	Set   bool
}

var pow10 = [...]uint64{
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
	10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000,
	1000000000000000, 10000000000000000, 100000000000000000, 1000000000000000000,
}

// Pow10 returns 10^n for 0 ≤ n ≤ 18.
func Pow10(n int) uint64 { return pow10[n] }

// New returns coef × 10^-scale. It panics if scale exceeds MaxScale, which
// is a programming error.
func New(coef int64, scale int) Fixed {
	if scale < 0 || scale > MaxScale {
		panic("exact: scale out of range")
	}
	return Fixed{Coef: coef, Scale: uint8(scale), Set: true}
}

// Parse parses s in the canonical lexical form described by
// [LexicalPattern]. The scale of the text is kept: "12.50" has scale 2.
// It accepts a string or a byte slice and does not allocate.
func Parse[S ~string | ~[]byte](s S) (Fixed, error) {
	i := 0
	neg := false
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	intDigits := i - start
	if intDigits == 0 || (intDigits > 1 && s[start] == '0') {
		return Fixed{}, ErrSyntax
	}
	fracStart, fracDigits := i, 0
	if i < len(s) && s[i] == '.' {
		i++
		fracStart = i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		fracDigits = i - fracStart
		if fracDigits == 0 {
			return Fixed{}, ErrSyntax
		}
	}
	if i != len(s) {
		return Fixed{}, ErrSyntax
	}
	if fracDigits > MaxScale {
		return Fixed{}, ErrScale
	}
	var u uint64
	if intDigits+fracDigits <= 18 { // cannot overflow: no checks
		for j := start; j < start+intDigits; j++ {
			u = u*10 + uint64(s[j]-'0')
		}
		for j := fracStart; j < fracStart+fracDigits; j++ {
			u = u*10 + uint64(s[j]-'0')
		}
		if neg {
			if u == 0 {
				return Fixed{}, ErrNegativeZero
			}
			return Fixed{Coef: -int64(u), Scale: uint8(fracDigits), Set: true}, nil
		}
		return Fixed{Coef: int64(u), Scale: uint8(fracDigits), Set: true}, nil
	}
	add := func(c byte) bool {
		hi, lo := bits.Mul64(u, 10)
		if hi != 0 {
			return false
		}
		lo, carry := bits.Add64(lo, uint64(c-'0'), 0)
		if carry != 0 {
			return false
		}
		u = lo
		return true
	}
	for j := start; j < start+intDigits; j++ {
		if !add(s[j]) {
			return Fixed{}, ErrRange
		}
	}
	for j := fracStart; j < fracStart+fracDigits; j++ {
		if !add(s[j]) {
			return Fixed{}, ErrRange
		}
	}
	if neg {
		if u == 0 {
			return Fixed{}, ErrNegativeZero
		}
		if u > 1<<63 {
			return Fixed{}, ErrRange
		}
		return Fixed{Coef: int64(-u), Scale: uint8(fracDigits), Set: true}, nil
	}
	if u > math.MaxInt64 {
		return Fixed{}, ErrRange
	}
	return Fixed{Coef: int64(u), Scale: uint8(fracDigits), Set: true}, nil
}

// String returns the canonical text of f with its scale, or "" when f is
// unset.
func (f Fixed) String() string {
	if !f.Set {
		return ""
	}
	var buf [48]byte
	return string(f.AppendText(buf[:0]))
}

// AppendText appends the canonical text of f to b. An unset value appends
// nothing.
func (f Fixed) AppendText(b []byte) []byte {
	if !f.Set {
		return b
	}
	var digits [24]byte
	var u uint64
	if f.Coef < 0 {
		b = append(b, '-')
		u = uint64(-f.Coef) // also right for math.MinInt64
	} else {
		u = uint64(f.Coef)
	}
	d := strconv.AppendUint(digits[:0], u, 10)
	scale := int(f.Scale)
	if scale == 0 {
		return append(b, d...)
	}
	if len(d) <= scale {
		b = append(b, '0', '.')
		for k := len(d); k < scale; k++ {
			b = append(b, '0')
		}
		return append(b, d...)
	}
	b = append(b, d[:len(d)-scale]...)
	b = append(b, '.')
	return append(b, d[len(d)-scale:]...)
}

// Sign returns -1, 0 or +1.
func (f Fixed) Sign() int {
	switch {
	case f.Coef < 0:
		return -1
	case f.Coef > 0:
		return 1
	}
	return 0
}

// Cmp compares the numeric values of f and g: -1 if f < g, 0 if equal,
// +1 if f > g. Unset values compare as zero.
func (f Fixed) Cmp(g Fixed) int {
	sf, sg := f.Sign(), g.Sign()
	if sf != sg {
		if sf < sg {
			return -1
		}
		return 1
	}
	if sf == 0 {
		return 0
	}
	// Same non-zero sign: compare magnitudes scaled to the same exponent
	// in 128-bit arithmetic, then flip for negatives.
	c := cmpMag(abs64(f.Coef), int(f.Scale), abs64(g.Coef), int(g.Scale))
	if sf < 0 {
		return -c
	}
	return c
}

func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v)
	}
	return uint64(v)
}

func cmpMag(a uint64, sa int, b uint64, sb int) int {
	var ahi, alo, bhi, blo uint64
	if sa < sb {
		ahi, alo = bits.Mul64(a, pow10[sb-sa])
		blo = b
	} else {
		alo = a
		bhi, blo = bits.Mul64(b, pow10[sa-sb])
	}
	switch {
	case ahi < bhi:
		return -1
	case ahi > bhi:
		return 1
	case alo < blo:
		return -1
	case alo > blo:
		return 1
	}
	return 0
}

// Rescale returns f with the given larger-or-equal scale and the same
// value, or ok=false if the coefficient would overflow or scale is smaller
// than f's.
func (f Fixed) Rescale(scale int) (Fixed, bool) {
	if scale < int(f.Scale) || scale > MaxScale {
		return Fixed{}, false
	}
	m := pow10[scale-int(f.Scale)]
	hi, lo := bits.Mul64(abs64(f.Coef), m)
	if hi != 0 || lo > math.MaxInt64 {
		return Fixed{}, false
	}
	c := int64(lo)
	if f.Coef < 0 {
		c = -c
	}
	return Fixed{Coef: c, Scale: uint8(scale), Set: true}, true
}

// Add returns f + g at the larger of the two scales, or ok=false on
// overflow.
func (f Fixed) Add(g Fixed) (Fixed, bool) {
	s := max(int(f.Scale), int(g.Scale))
	a, ok1 := f.Rescale(s)
	b, ok2 := g.Rescale(s)
	if !ok1 || !ok2 {
		return Fixed{}, false
	}
	sum := a.Coef + b.Coef
	if (a.Coef > 0 && b.Coef > 0 && sum < 0) || (a.Coef < 0 && b.Coef < 0 && sum >= 0) {
		return Fixed{}, false
	}
	return Fixed{Coef: sum, Scale: uint8(s), Set: true}, true
}

// Decimal returns f as a shopspring decimal with the same coefficient and
// exponent.
func (f Fixed) Decimal() decimal.Decimal {
	return decimal.New(f.Coef, -int32(f.Scale))
}

// FromDecimal converts d to a Fixed, keeping its exponent when it is
// between -MaxScale and 0. A positive exponent is folded into the
// coefficient. It fails with [ErrScale] or [ErrRange] when d does not fit.
func FromDecimal(d decimal.Decimal) (Fixed, error) {
	exp := d.Exponent()
	if exp < -MaxScale {
		return Fixed{}, ErrScale
	}
	c := d.Coefficient()
	if exp > 0 {
		if exp > MaxScale {
			if c.Sign() == 0 {
				return Fixed{Set: true}, nil
			}
			return Fixed{}, ErrRange
		}
		c.Mul(c, new(big.Int).SetUint64(pow10[exp]))
		exp = 0
	}
	if !c.IsInt64() {
		return Fixed{}, ErrRange
	}
	return Fixed{Coef: c.Int64(), Scale: uint8(-exp), Set: true}, nil
}

// FormatDecimal writes d in plain positional notation keeping its exponent
// as the number of fraction digits ("12.50" stays "12.50"). It never uses
// scientific notation and ignores shopspring's package-level settings.
func FormatDecimal(d decimal.Decimal) string {
	return string(AppendDecimal(nil, d))
}

// AppendDecimal appends the text of [FormatDecimal] to b.
func AppendDecimal(b []byte, d decimal.Decimal) []byte {
	exp := int(d.Exponent())
	c := d.Coefficient()
	if c.Sign() < 0 {
		b = append(b, '-')
		c.Neg(c)
	}
	digits := c.Append(nil, 10)
	if exp >= 0 {
		b = append(b, digits...)
		if c.Sign() != 0 {
			for range exp {
				b = append(b, '0')
			}
		}
		return b
	}
	scale := -exp
	if len(digits) <= scale {
		b = append(b, '0', '.')
		for k := len(digits); k < scale; k++ {
			b = append(b, '0')
		}
		return append(b, digits...)
	}
	b = append(b, digits[:len(digits)-scale]...)
	b = append(b, '.')
	return append(b, digits[len(digits)-scale:]...)
}

// ParseDecimal parses s in the canonical lexical form of [LexicalPattern]
// into a shopspring decimal of any size, keeping its scale.
func ParseDecimal(s string) (decimal.Decimal, error) {
	if f, err := Parse(s); err == nil {
		return f.Decimal(), nil
	} else if err != ErrRange && err != ErrScale {
		return decimal.Decimal{}, err
	}
	// Large values: the lexical check above already passed, so only size
	// stopped the fast path.
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	intPart, frac := s, ""
	for i := range len(s) {
		if s[i] == '.' {
			intPart, frac = s[:i], s[i+1:]
			break
		}
	}
	if len(frac) > math.MaxInt32 {
		return decimal.Decimal{}, ErrScale
	}
	c, ok := new(big.Int).SetString(intPart+frac, 10)
	if !ok {
		return decimal.Decimal{}, ErrSyntax
	}
	if neg {
		if c.Sign() == 0 {
			return decimal.Decimal{}, ErrNegativeZero
		}
		c.Neg(c)
	}
	return decimal.NewFromBigInt(c, -int32(len(frac))), nil
}
