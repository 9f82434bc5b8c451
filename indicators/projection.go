package indicators

import (
	"errors"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// ErrUndefined is returned by [Ratio] and [ImpliedDenominator] when the
// divisor is zero: the value is undefined, never infinite.
var ErrUndefined = errors.New("indicators: undefined: division by zero")

// Ratio returns numerator × multiplier ÷ denominator at precision fraction
// digits; see [RatioParts.Value].
//
// Deprecated: four integers in a row are easy to swap; use
// [RatioParts.Value], which names them.
func Ratio(numerator, denominator, multiplier int64, precision int) (workforce.Decimal, bool, error) {
	return RatioParts{Numerator: numerator, Denominator: denominator, Multiplier: multiplier, Precision: precision}.Value()
}

// ImpliedDenominator returns the denominator a published rate implies,
// numerator × multiplier ÷ rate, truncated toward zero at precision
// digits: it checks published figures whose denominators were never
// printed. Cambodia's 3,764 positions at 64.4 per 100,000 children imply
// 5,844,720.49… children. A zero rate returns [ErrUndefined].
func ImpliedDenominator(numerator int64, rate workforce.Decimal, multiplier int64, precision int) (workforce.Decimal, bool, error) {
	if multiplier < 1 || precision < 0 || precision > 18 || rate.IsZero() {
		return workforce.Decimal{}, false, errors.New("indicators: implied denominator needs a rate, multiplier ≥ 1 and precision 0-18")
	}
	r := rate.Decimal()
	if r.Sign() == 0 {
		return workforce.Decimal{}, false, ErrUndefined
	}
	num := new(big.Rat).SetInt64(numerator)
	num.Mul(num, new(big.Rat).SetInt64(multiplier))
	num.Quo(num, r.Rat())
	v, exact := truncRat(num, precision)
	return workforce.DecimalOf(v), exact, nil
}

// truncRat truncates x toward zero at precision digits and reports
// whether nothing was cut off (then trailing fraction zeros are dropped).
func truncRat(x *big.Rat, precision int) (decimal.Decimal, bool) {
	n := new(big.Int).Mul(x.Num(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(precision)), nil))
	q, r := new(big.Int).QuoRem(n, x.Denom(), new(big.Int))
	v := decimal.NewFromBigInt(q, -int32(precision))
	if r.Sign() == 0 {
		return trimZeros(v), true
	}
	return v, false
}

// trimZeros drops trailing fraction zeros.
func trimZeros(d decimal.Decimal) decimal.Decimal {
	coef, exp := d.Coefficient(), d.Exponent()
	ten, m := big.NewInt(10), new(big.Int)
	for exp < 0 {
		q, _ := new(big.Int).QuoRem(coef, ten, m)
		if m.Sign() != 0 {
			break
		}
		coef = q
		exp++
	}
	return decimal.NewFromBigInt(coef, exp)
}

// ProjectionInput describes a target to reach by a target year: a ratio
// to a projected population (a density or "1 : N"), or a requirement
// already counted, such as the SSW-NORM-REQ of a per-unit staffing norm
// (2 workers in each of 1,652 communes is 3,304 whatever the population).
type ProjectionInput struct {
	// Current is the number of workers now (in BaseYear) that count
	// toward the target. For a per-unit norm that is the requirement
	// minus the gap (SSW-NORM-REQ − SSW-NORM-GAP): a surplus in one unit
	// does not staff another.
	Current int64 `json:"current" validate:"gte=0"`
	// BaseYear is the year of Current.
	BaseYear int `json:"base_year" validate:"gte=1900,lte=2200"`
	// TargetYear is the year the target is to be met, 1 to 100 years
	// after BaseYear.
	TargetYear int `json:"target_year" validate:"gte=1900,lte=2200"`
	// Population is the projected population of the target year in the
	// universe the ratio is defined on; required with a ratio target.
	Population int64 `json:"population,omitempty" validate:"omitempty,gte=1"`
	// Universe is the population the ratio is defined on; required with
	// a ratio target.
	Universe PopulationUniverse `json:"universe,omitempty" validate:"omitempty,valid"`
	// Required is the number of workers the target requires, when it is
	// counted directly rather than derived from a ratio; give it or a
	// ratio (TargetDensity or PopulationPerWorker), not both.
	Required int64 `json:"required,omitempty" validate:"omitempty,gte=1"`
	// TargetDensity is the target in workers per Multiplier people (64.4
	// per 100,000 children); give it or PopulationPerWorker.
	TargetDensity workforce.Decimal `json:"target_density,omitzero"`
	// Multiplier of TargetDensity; 100,000 when omitted.
	Multiplier int64 `json:"multiplier,omitempty" validate:"omitempty,gte=1"`
	// PopulationPerWorker is the target as "1 : N".
	PopulationPerWorker int64 `json:"population_per_worker,omitempty" validate:"omitempty,gte=1"`
	// AttritionRate is the yearly percentage of the stock that leaves
	// (0 ≤ rate < 100); 0 when omitted.
	AttritionRate workforce.Decimal `json:"attrition_rate,omitzero"`
}

// Projection is the workforce a target ratio needs and the hiring that
// reaches it.
type Projection struct {
	// Needed is the number of workers the target requires in the target
	// year, rounded up to whole workers.
	Needed int64 `json:"needed"`
	// Gap is the workers still to add: max(0, Needed −
	// [ProjectionInput.Current]).
	Gap int64 `json:"gap"`
	// Years is the number of years to the target:
	// [ProjectionInput.TargetYear] − [ProjectionInput.BaseYear].
	Years int `json:"years"`
	// YearlyHiring is the smallest whole number of workers to hire every
	// year so that the stock reaches Needed by the target year.
	YearlyHiring int64 `json:"yearly_hiring"`
	// Path is the expected stock at the end of each year with that hiring.
	Path []ProjectionYear `json:"path,omitempty"`
}

// ProjectionYear is the expected stock at the end of one year.
type ProjectionYear struct {
	// Year is the calendar year.
	Year int `json:"year"`
	// Stock is the expected number of workers, truncated toward zero at
	// two decimals (attrition makes it fractional).
	Stock workforce.Decimal `json:"stock"`
}

// Project computes the workers needed to reach a target ratio for a
// projected population (or a requirement counted directly), and the yearly
// hiring needed to get there by the target year:
//
//  1. Needed = ⌈TargetDensity × Population ÷ Multiplier⌉, or
//     ⌈Population ÷ PopulationPerWorker⌉, or Required;
//  2. Gap = max(0, Needed − Current);
//  3. the stock evolves as S(t+1) = S(t) × (1 − a) + h, with a the
//     attrition rate and h the yearly hiring, from S(0) = Current;
//  4. YearlyHiring is the smallest whole h ≥ 0 with S(Years) ≥ Needed:
//     ⌈(Needed − Current × q^n) ÷ (1 + q + … + q^(n−1))⌉ with q = 1 − a,
//     which is ⌈Gap ÷ n⌉ without attrition.
//
// All arithmetic is exact (rational). Bad input returns
// [workforce.Problems].
func Project(in ProjectionInput) (Projection, error) {
	var ps workforce.Problems
	ps = report.Fields(ps, "", &in)
	years := in.TargetYear - in.BaseYear
	if years < 1 || years > 100 {
		ps = report.Add(ps, workforce.CodeDateOrder, "/target_year", strconv.Itoa(in.TargetYear), strconv.Itoa(in.BaseYear),
			"the target year must be 1 to 100 years after the base year")
	}
	targets := 0
	for _, given := range []bool{!in.TargetDensity.IsZero(), in.PopulationPerWorker > 0, in.Required > 0} {
		if given {
			targets++
		}
	}
	if targets != 1 {
		ps = report.Add(ps, workforce.CodeRequired, "/target_density", "", "target_density|population_per_worker|required",
			"give exactly one of target_density, population_per_worker and required")
	}
	if in.Required == 0 {
		if in.Population == 0 {
			ps = report.Add(ps, workforce.CodeRequired, "/population", "", "", "a ratio target needs the projected population")
		}
		if in.Universe == "" {
			ps = report.Add(ps, workforce.CodeRequired, "/universe", "", "", "a ratio target needs its population universe")
		}
	} else {
		if in.Population != 0 {
			ps = report.Add(ps, workforce.CodeInconsistent, "/population", strconv.FormatInt(in.Population, 10), "", "a counted requirement takes no population")
		}
		if in.Universe != "" {
			ps = report.Add(ps, workforce.CodeInconsistent, "/universe", string(in.Universe), "", "a counted requirement takes no universe")
		}
	}
	if !in.TargetDensity.IsZero() && in.TargetDensity.Decimal().Sign() < 0 {
		ps = report.Add(ps, workforce.CodeNegative, "/target_density", in.TargetDensity.String(), "0", "must not be negative")
	}
	a := new(big.Rat)
	if !in.AttritionRate.IsZero() {
		r := in.AttritionRate.Decimal()
		if r.Sign() < 0 || r.Cmp(decimal.NewFromInt(100)) >= 0 {
			ps = report.Add(ps, workforce.CodeOutOfRange, "/attrition_rate", in.AttritionRate.String(), "0-100", "must be at least 0 and below 100")
		} else {
			a.Quo(r.Rat(), big.NewRat(100, 1))
		}
	}
	if err := ps.Err(); err != nil {
		return Projection{}, err
	}
	// 1. Needed.
	need := new(big.Rat)
	switch {
	case in.Required > 0:
		need.SetInt64(in.Required)
	case in.PopulationPerWorker > 0:
		need.SetFrac64(in.Population, in.PopulationPerWorker)
	default:
		mult := in.Multiplier
		if mult == 0 {
			mult = 100000
		}
		need.Mul(in.TargetDensity.Decimal().Rat(), new(big.Rat).SetInt64(in.Population))
		need.Quo(need, new(big.Rat).SetInt64(mult))
	}
	needed := ceilRat(need)
	if !needed.IsInt64() {
		return Projection{}, workforce.Problems{{Code: workforce.CodeOutOfRange, Path: "/population", Message: "the requirement is too large"}}
	}
	p := Projection{Needed: needed.Int64(), Years: years}
	p.Gap = max(0, p.Needed-in.Current)
	// 3-4. q = 1 − a; S(n) = C q^n + h Σ q^i.
	q := new(big.Rat).Sub(big.NewRat(1, 1), a)
	qn := big.NewRat(1, 1)
	sum := new(big.Rat)
	for range years {
		sum.Add(sum, qn)
		qn.Mul(qn, q)
	}
	rest := new(big.Rat).Mul(new(big.Rat).SetInt64(in.Current), qn)
	rest.Sub(new(big.Rat).SetInt64(p.Needed), rest)
	h := int64(0)
	if rest.Sign() > 0 {
		hr := ceilRat(rest.Quo(rest, sum))
		if !hr.IsInt64() {
			return Projection{}, workforce.Problems{{Code: workforce.CodeOutOfRange, Path: "/population", Message: "the hiring is too large"}}
		}
		h = hr.Int64()
	}
	p.YearlyHiring = h
	stock := new(big.Rat).SetInt64(in.Current)
	hire := new(big.Rat).SetInt64(h)
	for y := 1; y <= years; y++ {
		stock.Mul(stock, q)
		stock.Add(stock, hire)
		v, _ := truncRat(stock, 2)
		p.Path = append(p.Path, ProjectionYear{Year: in.BaseYear + y, Stock: workforce.DecimalOf(v)})
	}
	return p, nil
}

// ceilRat returns ⌈x⌉ for x ≥ 0 (and truncation toward +∞ generally).
func ceilRat(x *big.Rat) *big.Int {
	q, r := new(big.Int).QuoRem(x.Num(), x.Denom(), new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}
