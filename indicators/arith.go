package indicators

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/exact"
	"github.com/sswkit/ssw/workforce"
)

// quantity is an exact non-negative or negative count with a decimal
// scale: n × 10^-scale. Head-counts and positions have scale 0; FTE sums
// are in hundredths (scale 2).
type quantity struct {
	n     int64
	scale uint8
}

func count(n int64) quantity { return quantity{n: n} }

// decimal returns q as a workforce.Decimal with its scale.
func (q quantity) decimal() workforce.Decimal {
	return workforce.DecimalOf(decimal.New(q.n, -int32(q.scale)))
}

// quotient is an exact quotient rounded toward negative infinity (floor)
// at a number of fraction digits, with a flag saying whether nothing was
// cut off. For non-negative values floor is truncation.
type quotient struct {
	value decimal.Decimal
	exact bool
}

// divide returns num × mult ÷ den rounded toward negative infinity at
// precision fraction digits (truncated, for non-negative values); when
// nothing is cut off, trailing fraction zeros are dropped. ok is false when den is zero (the caller reports the
// result as undefined). num and den carry their own scales; mult is a
// positive integer. Common sizes run in 128-bit integer arithmetic
// without allocating big integers; larger ones fall back to math/big.
// The result is the same either way.
func divide(num quantity, mult int64, den quantity, precision int) (q quotient, ok bool) {
	if den.n == 0 {
		return quotient{}, false
	}
	neg := (num.n < 0) != (den.n < 0)
	// value = |num|/10^sn × mult ÷ (|den|/10^sd)
	//       = |num| × mult × 10^(sd+p) ÷ (|den| × 10^sn)   at scale p
	nm := abs64(num.n)
	dm := abs64(den.n)
	shiftUp := int(den.scale) + precision
	if mult > 0 && shiftUp <= 18 && num.scale <= 18 {
		hiD, loD := bits.Mul64(dm, exact.Pow10(int(num.scale)))
		f := uint64(mult)
		fhi, flo := bits.Mul64(f, exact.Pow10(shiftUp))
		if hiD == 0 && fhi == 0 {
			hi, lo := bits.Mul64(nm, flo)
			if hi < loD { // the quotient fits in 64 bits
				qv, r := bits.Div64(hi, lo, loD)
				if qv <= math.MaxInt64 {
					p := precision
					if r == 0 {
						for p > 0 && qv%10 == 0 {
							qv /= 10
							p--
						}
					}
					iv := int64(qv)
					if neg {
						iv = -iv
						if r != 0 {
							iv-- // floor: toward negative infinity
						}
					}
					return quotient{value: decimal.New(iv, -int32(p)), exact: r == 0}, true
				}
			}
		}
	}
	return divideBig(num, mult, den, precision), true
}

func divideBig(num quantity, mult int64, den quantity, precision int) quotient {
	n := new(big.Int).SetInt64(num.n)
	n.Mul(n, big.NewInt(mult))
	n.Mul(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(den.scale)+int64(precision)), nil))
	d := new(big.Int).SetInt64(den.n)
	d.Mul(d, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(num.scale)), nil))
	q, r := new(big.Int).QuoRem(n, d, new(big.Int)) // truncates toward zero
	if r.Sign() != 0 && q.Sign() <= 0 && (n.Sign() < 0) != (d.Sign() < 0) {
		q.Sub(q, big.NewInt(1)) // floor: toward negative infinity
	}
	p := precision
	if r.Sign() == 0 {
		ten, m := big.NewInt(10), new(big.Int)
		for p > 0 {
			t, _ := new(big.Int).QuoRem(q, ten, m)
			if m.Sign() != 0 {
				break
			}
			q = t
			p--
		}
	}
	return quotient{value: decimal.NewFromBigInt(q, -int32(p)), exact: r.Sign() == 0}
}

func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}

// ErrRounding is returned by [Round] when the requested rounding cannot be
// decided from the value given: an inexact value asked for as many or
// more fraction digits than it carries.
var ErrRounding = errors.New("indicators: cannot round an inexact value at or beyond its precision")

// Round applies presentation rounding to an exact value. value is the
// indicator's value as every [IndicatorResult] carries it: the exact value
// x rounded toward negative infinity at its scale (for the non-negative
// values of every indicator but SSW-GROWTH, simply truncated), so that
// value ≤ x < value + one unit in its last place; exact says whether
// value = x. The result has exactly spec.Places fraction digits, or, for
// negative places, is a multiple of 10^−Places (28907.63 at −2 under
// half_up is 28900). With spec.Significant the places are those that keep
// that many significant figures of x: Significant − 1 − e, where 10^e ≤
// |x| < 10^(e+1).
//
// To present an indicator's result, call [IndicatorResult.Present] (the
// definition's rounding) or [IndicatorResult.Rounded] (another); Round is
// the step both take, for values of one's own.
//
// From value and the exactness flag every mode rounds as if it had x
// itself, provided the places are below value's own scale (or value is
// exact): a value 28907.999999 from 28907.9999996 still presents as 28907
// under [RoundDown], never 28908. Rounding is never chained: always round
// from the exact value, not from a presented one.
//
// Modes act on the signed value: half_up rounds ties away from zero,
// half_even to the even digit, down toward zero, ceiling toward positive
// infinity. It returns [ErrRounding] when the value is inexact and the
// places are not below its scale (or an inexact zero asks for
// significant figures), and an error for an unknown mode, places outside
// −18 to 18, significant figures outside 1 to 18, or both set.
func Round(value workforce.Decimal, exact bool, spec PresentationRounding) (workforce.Decimal, error) {
	if value.IsZero() {
		return workforce.Decimal{}, errors.New("indicators: no value to round")
	}
	if !spec.Mode.IsValid() {
		return workforce.Decimal{}, fmt.Errorf("indicators: unknown rounding mode %q", spec.Mode)
	}
	if spec.Places < -18 || spec.Places > 18 {
		return workforce.Decimal{}, fmt.Errorf("indicators: rounding places %d out of range -18 to 18", spec.Places)
	}
	d := value.Decimal()
	if spec.Significant != 0 {
		if spec.Significant < 1 || spec.Significant > 18 || spec.Places != 0 {
			return workforce.Decimal{}, fmt.Errorf("indicators: significant figures %d: 1 to 18, with places 0", spec.Significant)
		}
		e, ok := magnitude(d, exact)
		if !ok {
			return workforce.Decimal{}, ErrRounding
		}
		if e == math.MinInt {
			return workforce.DecimalOf(decimal.Zero), nil // an exact zero
		}
		spec.Places = spec.Significant - 1 - e
		if spec.Places < -18 || spec.Places > 18 {
			return workforce.Decimal{}, fmt.Errorf("indicators: %d significant figures of %s need %d places, beyond -18 to 18", spec.Significant, d, spec.Places)
		}
	}
	scale := -int(d.Exponent())
	if scale < 0 {
		scale = 0
	}
	if !exact && spec.Places >= scale {
		return workforce.Decimal{}, ErrRounding
	}
	return workforce.DecimalOf(roundDecimal(d, exact, spec)), nil
}

// magnitude returns e with 10^e ≤ |x| < 10^(e+1), where x is known as
// v ≤ x < v + ulp (v = x when exact); math.MinInt for an exact zero, and
// false when x may be zero or on either side of it (v = 0 inexact). x
// has v's magnitude except when v is negative and inexact and |v| is a
// power of ten: then |x| is just below it.
func magnitude(v decimal.Decimal, exact bool) (int, bool) {
	if v.Sign() == 0 {
		return math.MinInt, exact
	}
	coef := new(big.Int).Abs(v.Coefficient())
	digits := len(coef.String())
	e := digits - 1 + int(v.Exponent())
	if !exact && v.Sign() < 0 {
		pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits-1)), nil)
		if coef.Cmp(pow) == 0 {
			e--
		}
	}
	return e, true
}

// roundDecimal rounds x, known as v ≤ x < v + ulp (v = x when exact), to
// spec.Places digits, returning a decimal whose exponent is -Places.
// Working on y = x × 10^places: t = ⌊v × 10^places⌋, rest = v × 10^places
// − t in [0, 1); the fraction f of y is rest plus a positive amount
// exactly when v is inexact. With places below v's scale, 1/2 lies on
// v's grid, so f < 1/2 iff rest < 1/2, and f = 1/2 iff rest = 1/2 and v is
// exact.
func roundDecimal(v decimal.Decimal, exact bool, spec PresentationRounding) decimal.Decimal {
	places := int32(spec.Places)
	y := v.Shift(places)
	t := y.Floor()
	rest := y.Sub(t)
	beyond := rest.Sign() > 0 || !exact // f > 0
	negative := v.Sign() < 0            // x < 0 exactly when v < 0
	half := decimal.New(5, -1)
	c := rest.Cmp(half)
	above := c > 0 || (c == 0 && !exact) // f > 1/2
	tie := c == 0 && exact               // f = 1/2
	up := false                          // take t + 1 instead of t
	switch spec.Mode {
	case RoundCeiling:
		up = beyond
	case RoundDown:
		up = negative && beyond // toward zero is up for negatives
	case RoundHalfUp:
		up = above || (tie && !negative)
	case RoundHalfEven:
		up = above || (tie && t.BigInt().Bit(0) == 1)
	}
	coef := t.BigInt()
	if up {
		coef.Add(coef, big.NewInt(1))
	}
	return decimal.NewFromBigInt(coef, -places)
}
