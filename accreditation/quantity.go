package accreditation

import (
	"math"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/workforce"
)

// Quantities of hours and credits are summed as int64 fixed-point numbers
// so that evaluation allocates little: hours and credits have at most two
// decimals (hundredths), and a conversion rate with at most two decimals
// times hundredths of an hour gives ten-thousandths exactly. Validation
// bounds rates at 1000 and quantities at 9,999,999.99, so sums of many
// records stay far from overflow; additions saturate all the same.

// scaledHundredths returns d in units of 10^-scale, or ok=false when d
// has more decimals or does not fit.
func scaled(d decimal.Decimal, scale int32) (int64, bool) {
	exp := d.Exponent()
	if exp < -scale {
		return 0, false
	}
	coef := d.Coefficient()
	if !coef.IsInt64() {
		return 0, false
	}
	v := coef.Int64()
	for k := exp + scale; k > 0; k-- {
		if v > math.MaxInt64/10 || v < math.MinInt64/10 {
			return 0, false
		}
		v *= 10
	}
	return v, true
}

func hoursHundredths(h workforce.Hours) int64 { return h.Hundredths() }

func creditsHundredths(c workforce.Credits) int64 { return c.Hundredths() }

// satAdd adds without overflowing.
func satAdd(a, b int64) int64 {
	s := a + b
	if a > 0 && b > 0 && s < 0 {
		return math.MaxInt64
	}
	if a < 0 && b < 0 && s >= 0 {
		return math.MinInt64
	}
	return s
}

// satMul multiplies without overflowing.
func satMul(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	p := a * b
	if p/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		if (a > 0) == (b > 0) {
			return math.MaxInt64
		}
		return math.MinInt64
	}
	return p
}

// formatFixed renders v·10^-scale with trailing fraction zeros removed
// ("48", "12.5", "0.495").
func formatFixed(v int64, scale int) string {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	var pow uint64 = 1
	for range scale {
		pow *= 10
	}
	ip, fp := u/pow, u%pow
	s := strconv.FormatUint(ip, 10)
	if fp != 0 {
		f := strconv.FormatUint(fp+pow, 10)[1:]
		for len(f) > 0 && f[len(f)-1] == '0' {
			f = f[:len(f)-1]
		}
		s += "." + f
	}
	if neg {
		s = "-" + s
	}
	return s
}
