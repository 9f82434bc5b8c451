package exact_test

import (
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/exact"
)

func clamp(v *big.Int) int64 {
	switch {
	case v.Cmp(big.NewInt(math.MaxInt64)) > 0:
		return math.MaxInt64
	case v.Cmp(big.NewInt(math.MinInt64)) < 0:
		return math.MinInt64
	}
	return v.Int64()
}

// TestSaturating checks SatAdd and SatMul against arbitrary precision:
// the exact result when it fits, the nearest bound otherwise.
func TestSaturating(t *testing.T) {
	edge := rapid.OneOf(rapid.Int64(), rapid.SampledFrom([]int64{0, 1, -1, 2, -2, math.MaxInt64, math.MinInt64, math.MaxInt64 / 2, math.MinInt64 / 2, 3037000500, -3037000500}))
	rapid.Check(t, func(t *rapid.T) {
		a, b := edge.Draw(t, "a"), edge.Draw(t, "b")
		if got, want := exact.SatAdd(a, b), clamp(new(big.Int).Add(big.NewInt(a), big.NewInt(b))); got != want {
			t.Fatalf("SatAdd(%d, %d) = %d, want %d", a, b, got, want)
		}
		if got, want := exact.SatMul(a, b), clamp(new(big.Int).Mul(big.NewInt(a), big.NewInt(b))); got != want {
			t.Fatalf("SatMul(%d, %d) = %d, want %d", a, b, got, want)
		}
	})
}

func TestTrimZeros(t *testing.T) {
	cases := []struct{ in, want string }{
		{"12.50", "12.5"}, {"48.0000", "48"}, {"0.00", "0"}, {"0.4950", "0.495"}, {"-3.10", "-3.1"}, {"100", "100"}, {"7.25", "7.25"},
	}
	for _, c := range cases {
		f, err := exact.Parse(c.in)
		if err != nil {
			t.Fatal(err)
		}
		got := f.TrimZeros()
		if got.String() != c.want || got.Cmp(f) != 0 {
			t.Errorf("TrimZeros(%s) = %s, want %s", c.in, got, c.want)
		}
	}
	if (exact.Fixed{}).TrimZeros().Set {
		t.Error("an unset value became set")
	}
	rapid.Check(t, func(t *rapid.T) {
		f := exact.New(rapid.Int64().Draw(t, "coef"), rapid.IntRange(0, exact.MaxScale).Draw(t, "scale"))
		g := f.TrimZeros()
		if g.Cmp(f) != 0 || !g.Decimal().Equal(f.Decimal()) || (g.Scale > 0 && g.Coef%10 == 0) {
			t.Fatalf("TrimZeros(%v) = %v", f, g)
		}
	})
}
