package declaration

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// GrowthPlaces is the number of fraction digits, in percent per year, of
// the growth rates an evaluation reports ([TargetEvaluation.RequiredGrowth]
// and [TargetEvaluation.ObservedGrowth]), rounded half away from zero.
// [CompoundGrowth] takes any number of places from 0 to [MaxGrowthPlaces].
const GrowthPlaces = 4

// MaxGrowthPlaces is the largest number of fraction digits [CompoundGrowth]
// and [ApplyGrowth] compute.
const MaxGrowthPlaces = 18

// maxRootBits bounds the size of the integers an exact root works on,
// and maxResultBits the size of the root itself (about 77 decimal
// digits), so that an absurd request — a period of a century counted by
// the day, asked to eighteen digits; a rate of a googol percent — is
// refused with [ErrGrowthTooLarge] instead of running for minutes. A plan
// period of thirty years counted by the day at [GrowthPlaces] digits uses
// under half of it; whole years use next to nothing.
const (
	maxRootBits   = 1 << 19
	maxResultBits = 256
)

// YearSpan is the length of a period under this package's year count:
// Years whole years counted as ages are (from an anniversary to the next;
// an anniversary of 29 February falls on 28 February in a common year,
// as [workforce.CivilDate.AddYears] has it), then Days, the days left
// after the last anniversary, as a fraction of YearDays, the length of the
// year that follows it (365 or 366). From 2020-12-31 to 2025-12-31 is 5
// years exactly; from 2020-12-31 to 2023-07-02 is 2 years and 183/365.
type YearSpan struct {
	// Years is the number of whole years.
	Years int `json:"years"`
	// Days is the number of days after the last anniversary, 0 to
	// YearDays − 1.
	Days int `json:"days"`
	// YearDays is the length of the year after the last anniversary.
	YearDays int `json:"year_days"`
}

// SpanBetween returns the length of the period from one date to a later
// one. Both dates must be set and to must be after from.
func SpanBetween(from, to workforce.CivilDate) (YearSpan, error) {
	if from.IsZero() || to.IsZero() || !to.After(from) {
		return YearSpan{}, fmt.Errorf("%w: the period from %s to %s is empty", ErrUndefinedGrowth, from, to)
	}
	n := workforce.YearsBetween(from, to)
	anniversary := from.AddYears(n)
	return YearSpan{
		Years:    n,
		Days:     workforce.DaysBetween(anniversary, to),
		YearDays: workforce.DaysBetween(anniversary, from.AddYears(n+1)),
	}, nil
}

// String renders the span as "5 years" or "2 years and 183/365".
func (s YearSpan) String() string {
	unit := "years"
	if s.Years == 1 {
		unit = "year"
	}
	if s.Days == 0 {
		return fmt.Sprintf("%d %s", s.Years, unit)
	}
	return fmt.Sprintf("%d %s and %d/%d", s.Years, unit, s.Days, s.YearDays)
}

// fraction returns the span as p/q years in lowest terms.
func (s YearSpan) fraction() (p, q int64) {
	if s.Days == 0 || s.YearDays == 0 {
		return int64(s.Years), 1
	}
	p, q = int64(s.Years)*int64(s.YearDays)+int64(s.Days), int64(s.YearDays)
	g := gcd(p, q)
	return p / g, q / g
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Growth is the compound annual growth rate between two dated values: the
// constant yearly percentage that takes Start on From to End on To.
type Growth struct {
	// From is the date of the start value.
	From workforce.CivilDate `json:"from"`
	// Start is the start value.
	Start workforce.Decimal `json:"start"`
	// To is the date of the end value.
	To workforce.CivilDate `json:"to"`
	// End is the end value.
	End workforce.Decimal `json:"end"`
	// Span is the length of the period in years.
	Span YearSpan `json:"span"`
	// Rate is the growth in percent per year, rounded to Places digits
	// with Rounding: −100 when End is 0, negative for a decline.
	Rate workforce.Decimal `json:"rate"`
	// Exact is true when Rate is the exact rate, nothing rounded away.
	Exact bool `json:"exact"`
	// Places is the number of fraction digits of Rate.
	Places int `json:"places"`
	// Rounding is the rounding mode applied.
	Rounding indicators.RoundingMode `json:"rounding"`
}

// CompoundGrowth returns the compound annual growth rate g, in percent per
// year, that takes start on from to end on to:
//
//	start × (1 + g/100)^t = end,  g = 100 × ((end ÷ start)^(1/t) − 1)
//
// where t is the period in years under the year count of [YearSpan]. The
// rate is computed exactly and rounded once, to places fraction digits
// (0 to [MaxGrowthPlaces]) with the given mode: with t = p/q in lowest
// terms, the digits are those of the integer p-th root of
// (end/start)^q × 10^((places+2)·p), found by exact integer arithmetic,
// never by floating point. The rounded rate r̂ is therefore within one
// unit of the last place of the true rate (half a unit for the half
// modes), and applying it over the period ([ApplyGrowth]) reproduces end
// to within the effect of that unit: end lies between start grown at
// r̂ − 10^−places and at r̂ + 10^−places.
//
// The rate is undefined ([ErrUndefinedGrowth]) when start is not positive,
// end is negative or to is not after from; a computation beyond the
// package's size bound gives [ErrGrowthTooLarge].
func CompoundGrowth(from workforce.CivilDate, start workforce.Decimal, to workforce.CivilDate, end workforce.Decimal, places int, mode indicators.RoundingMode) (Growth, error) {
	g := Growth{From: from, Start: start, To: to, End: end, Places: places, Rounding: mode}
	if err := checkRounding(places, mode); err != nil {
		return g, err
	}
	span, err := SpanBetween(from, to)
	if err != nil {
		return g, err
	}
	g.Span = span
	if start.IsZero() || end.IsZero() || start.Decimal().Sign() <= 0 || end.Decimal().Sign() < 0 {
		return g, fmt.Errorf("%w: compound growth needs a start value above 0 and an end value of at least 0 (start %s, end %s)", ErrUndefinedGrowth, start, end)
	}
	p, q := span.fraction()
	ratio := new(big.Rat).Quo(end.Decimal().Rat(), start.Decimal().Rat())
	// x = (end/start)^(q/p); the rate's digits are those of x·10^(places+2).
	a, b, err := powers(ratio, q)
	if err != nil {
		return g, err
	}
	y, frac, err := rootScaled(a, b, p, places+2)
	if err != nil {
		return g, err
	}
	y.Sub(y, pow10(places+2)) // floor of the rate × 10^places
	r := roundValue(y, frac, mode)
	g.Rate, g.Exact = workforce.DecimalOf(decimal.NewFromBigInt(r, -int32(places))), frac == fracZero
	return g, nil
}

// ObservedGrowth returns the compound annual growth rate between two
// observations of the same indicator, country and area, the earlier
// first, with [CompoundGrowth]. Observations of different things, or of
// policy values, give an error.
func ObservedGrowth(first, second Observation, places int, mode indicators.RoundingMode) (Growth, error) {
	if first.Country != second.Country || first.Area != second.Area || first.Indicator != second.Indicator {
		return Growth{}, fmt.Errorf("%w: observations of different indicators or areas (%s %s %s, %s %s %s)", ErrUndefinedGrowth,
			first.Country, first.Area, first.Indicator, second.Country, second.Area, second.Indicator)
	}
	return CompoundGrowth(first.Date, first.Value, second.Date, second.Value, places, mode)
}

// ApplyGrowth returns start grown at rate percent a year from one date to
// a later one, start × (1 + rate/100)^t with t under the year count of
// [YearSpan], rounded once to places fraction digits with the given mode.
// It is the inverse of [CompoundGrowth]: see there for the precision
// guarantee. A rate below −100 is undefined ([ErrUndefinedGrowth]).
func ApplyGrowth(start, rate workforce.Decimal, from, to workforce.CivilDate, places int, mode indicators.RoundingMode) (workforce.Decimal, error) {
	if err := checkRounding(places, mode); err != nil {
		return workforce.Decimal{}, err
	}
	span, err := SpanBetween(from, to)
	if err != nil {
		return workforce.Decimal{}, err
	}
	if start.IsZero() || rate.IsZero() {
		return workforce.Decimal{}, fmt.Errorf("%w: a start value and a rate are needed", ErrUndefinedGrowth)
	}
	factor := rate.Decimal().Add(decimal.NewFromInt(100))
	if factor.Sign() < 0 {
		return workforce.Decimal{}, fmt.Errorf("%w: a rate below -100 %% a year", ErrUndefinedGrowth)
	}
	p, q := span.fraction()
	// |start| × factor^(p/q) = (|start|^q × factor^p)^(1/q), factor in hundredths.
	s := new(big.Rat).Abs(start.Decimal().Rat())
	f := new(big.Rat).Quo(factor.Rat(), big.NewRat(100, 1))
	sa, sb, err := powers(s, q)
	if err != nil {
		return workforce.Decimal{}, err
	}
	fa, fb, err := powers(f, p)
	if err != nil {
		return workforce.Decimal{}, err
	}
	y, frac, err := rootScaled(sa.Mul(sa, fa), sb.Mul(sb, fb), q, places)
	if err != nil {
		return workforce.Decimal{}, err
	}
	if start.Decimal().Sign() < 0 {
		y, frac = negate(y, frac)
	}
	return workforce.DecimalOf(decimal.NewFromBigInt(roundValue(y, frac, mode), -int32(places))), nil
}

func checkRounding(places int, mode indicators.RoundingMode) error {
	if places < 0 || places > MaxGrowthPlaces {
		return fmt.Errorf("declaration: growth places %d outside 0-%d", places, MaxGrowthPlaces)
	}
	if !mode.IsValid() {
		return fmt.Errorf("declaration: rounding mode %q is not one of %v", mode, indicators.RoundingModeValues())
	}
	return nil
}

// fracClass classifies the fraction a floor dropped: zero, below a half,
// a half, above a half.
type fracClass int

const (
	fracZero fracClass = iota
	fracBelowHalf
	fracHalf
	fracAboveHalf
)

// powers returns the numerator and denominator of r^n, refusing results
// beyond the size bound.
func powers(r *big.Rat, n int64) (*big.Int, *big.Int, error) {
	if int64(r.Num().BitLen()+r.Denom().BitLen())*n > maxRootBits {
		return nil, nil, ErrGrowthTooLarge
	}
	e := big.NewInt(n)
	return new(big.Int).Exp(r.Num(), e, nil), new(big.Int).Exp(r.Denom(), e, nil), nil
}

// rootScaled returns y = ⌊(a/b)^(1/n) × 10^places⌋ and the class of the
// fraction dropped, for a ≥ 0, b > 0, n ≥ 1: y is the integer n-th root of
// ⌊a × 10^(places·n) / b⌋ (the floor of a root of a quotient is the root
// of its floor), the fraction is zero when y^n × b = a × 10^(places·n), and
// it is compared with a half through (2y + 1)^n × b against
// a × 10^(places·n) × 2^n. All exact.
func rootScaled(a, b *big.Int, n int64, places int) (*big.Int, fracClass, error) {
	bits := int64(a.BitLen()) + int64(places)*n*10/3 + n
	if n < 1 || bits > maxRootBits || (bits-int64(b.BitLen()))/n+2 > maxResultBits {
		return nil, fracZero, ErrGrowthTooLarge
	}
	N := new(big.Int).Mul(a, pow10(int(int64(places)*n)))
	y := iroot(new(big.Int).Quo(N, b), n)
	e := big.NewInt(n)
	lhs := new(big.Int).Exp(y, e, nil)
	lhs.Mul(lhs, b)
	if lhs.Cmp(N) == 0 {
		return y, fracZero, nil
	}
	h := new(big.Int).Lsh(y, 1)
	h.Add(h, big.NewInt(1)).Exp(h, e, nil).Mul(h, b)
	switch h.Cmp(new(big.Int).Lsh(N, uint(n))) {
	case -1:
		return y, fracAboveHalf, nil
	case 0:
		return y, fracHalf, nil
	}
	return y, fracBelowHalf, nil
}

// iroot returns ⌊m^(1/n)⌋ for m ≥ 0, n ≥ 1, bit by bit from the top: the
// root has at most ⌈bits(m)/n⌉ bits, and each is kept when the candidate's
// n-th power does not exceed m.
func iroot(m *big.Int, n int64) *big.Int {
	if m.Sign() == 0 || n == 1 {
		return new(big.Int).Set(m)
	}
	bits := (int64(m.BitLen()) + n - 1) / n
	r, c, p, e := new(big.Int), new(big.Int), new(big.Int), big.NewInt(n)
	for i := int(bits) - 1; i >= 0; i-- {
		c.SetBit(r, i, 1)
		if p.Exp(c, e, nil).Cmp(m) <= 0 {
			r.Set(c)
		}
	}
	return r
}

// negate turns the floor and fraction of x into those of −x.
func negate(y *big.Int, f fracClass) (*big.Int, fracClass) {
	y = new(big.Int).Neg(y)
	switch f {
	case fracZero:
		return y, fracZero
	case fracBelowHalf:
		f = fracAboveHalf
	case fracAboveHalf:
		f = fracBelowHalf
	}
	return y.Sub(y, big.NewInt(1)), f
}

// roundValue rounds the value w + f (w its floor, f the class of what the
// floor dropped) to an integer with the mode.
func roundValue(w *big.Int, f fracClass, mode indicators.RoundingMode) *big.Int {
	neg := w.Sign() < 0
	up := false
	switch mode {
	case indicators.RoundDown: // toward zero
		up = neg && f != fracZero
	case indicators.RoundCeiling:
		up = f != fracZero
	case indicators.RoundHalfUp: // ties away from zero
		up = f == fracAboveHalf || (f == fracHalf && !neg)
	case indicators.RoundHalfEven:
		up = f == fracAboveHalf || (f == fracHalf && w.Bit(0) == 1)
	}
	if up {
		return new(big.Int).Add(w, big.NewInt(1))
	}
	return w
}

func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}
