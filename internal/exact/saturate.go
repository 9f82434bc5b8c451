package exact

import "math"

// Saturating arithmetic on fixed-point coefficients. Accumulators that
// hold many coefficients at one scale (hours in hundredths, CPD units in
// ten-thousandths) add and multiply with these helpers, so that an
// overflow gives the nearest representable bound, never a wrapped value.
// Callers bound their inputs so that the bounds are never reached in
// practice; saturation is the guarantee that no sum changes sign.

// SatAdd returns a + b, or math.MaxInt64 / math.MinInt64 when the sum
// does not fit.
func SatAdd(a, b int64) int64 {
	s := a + b
	if a > 0 && b > 0 && s < 0 {
		return math.MaxInt64
	}
	if a < 0 && b < 0 && s >= 0 {
		return math.MinInt64
	}
	return s
}

// SatMul returns a × b, or math.MaxInt64 / math.MinInt64 when the product
// does not fit.
func SatMul(a, b int64) int64 {
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

// TrimZeros returns f at the smallest scale that holds its value: the
// trailing zeros of the fraction are removed ("12.50" becomes "12.5",
// "48.0000" becomes "48", "0.00" becomes "0"). An unset value stays
// unset.
func (f Fixed) TrimZeros() Fixed {
	for f.Scale > 0 && f.Coef%10 == 0 {
		f.Coef /= 10
		f.Scale--
	}
	return f
}
