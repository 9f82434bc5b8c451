package exact_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/exact"
)

func fixedGen() *rapid.Generator[exact.Fixed] {
	return rapid.Custom(func(t *rapid.T) exact.Fixed {
		return exact.New(rapid.Int64().Draw(t, "coef"), rapid.IntRange(0, exact.MaxScale).Draw(t, "scale"))
	})
}

// TestAgainstDecimal checks Cmp, Add, String and Rescale against
// shopspring's arbitrary-precision arithmetic.
func TestAgainstDecimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := fixedGen().Draw(t, "a"), fixedGen().Draw(t, "b")
		if got, want := a.Cmp(b), a.Decimal().Cmp(b.Decimal()); got != want {
			t.Fatalf("Cmp(%v, %v) = %d, want %d", a, b, got, want)
		}
		if sum, ok := a.Add(b); ok {
			if !sum.Decimal().Equal(a.Decimal().Add(b.Decimal())) {
				t.Fatalf("%v + %v = %v", a, b, sum)
			}
		}
		if a.String() != exact.FormatDecimal(a.Decimal()) {
			t.Fatalf("String %q, FormatDecimal %q", a.String(), exact.FormatDecimal(a.Decimal()))
		}
		if p, err := exact.Parse(a.String()); err != nil || p != a {
			t.Fatalf("Parse(%q) = %v, %v", a.String(), p, err)
		}
		if f, err := exact.FromDecimal(a.Decimal()); err != nil || f != a {
			t.Fatalf("FromDecimal = %v, %v; want %v", f, err, a)
		}
	})
}

func TestEdges(t *testing.T) {
	if _, ok := exact.New(1<<62, 0).Add(exact.New(1<<62, 0)); ok {
		t.Error("overflow must be reported")
	}
	if _, err := exact.Parse("9223372036854775808"); err != exact.ErrRange {
		t.Errorf("2^63: %v", err)
	}
	if f, err := exact.Parse("-9223372036854775808"); err != nil || f.Coef != -1<<63 {
		t.Errorf("-2^63: %v %v", f, err)
	}
	if s := exact.New(-1<<63, 18).String(); s != "-9.223372036854775808" {
		t.Errorf("min int64 formats as %s", s)
	}
	if s := exact.FormatDecimal(decimal.New(5, 3)); s != "5000" {
		t.Errorf("positive exponent: %s", s)
	}
	if s := exact.FormatDecimal(decimal.New(-5, -3)); s != "-0.005" {
		t.Errorf("small negative: %s", s)
	}
	if d, err := exact.ParseDecimal("123456789012345678901234567890.50"); err != nil || exact.FormatDecimal(d) != "123456789012345678901234567890.50" {
		t.Errorf("big decimal: %v %v", d, err)
	}
	for _, bad := range []string{"-0", "-0.0", "01", "1.", ".1", "1e5", "+1", "", "-", "1..2"} {
		if _, err := exact.ParseDecimal(bad); err == nil {
			t.Errorf("ParseDecimal(%q) must fail", bad)
		}
	}
}
