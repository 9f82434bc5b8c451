package declaration_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

func TestSpanBetween(t *testing.T) {
	tests := []struct {
		from, to string
		want     string
	}{
		{"2020-12-31", "2030-12-31", "10 years"},
		{"2020-12-31", "2021-12-30", "0 years and 364/365"},
		{"2020-12-31", "2021-12-31", "1 year"},
		{"2020-12-31", "2023-07-02", "2 years and 183/365"},
		{"2023-12-31", "2024-12-30", "0 years and 365/366"}, // 2024 is a leap year
		{"2024-02-29", "2025-02-27", "0 years and 364/365"},
		{"2024-02-29", "2025-02-28", "1 year"}, // the anniversary of 29 February is 28 February
		{"2024-02-29", "2028-02-29", "4 years"},
	}
	for _, tt := range tests {
		s, err := declaration.SpanBetween(workforce.MustParseDate(tt.from), workforce.MustParseDate(tt.to))
		if err != nil || s.String() != tt.want {
			t.Errorf("SpanBetween(%s, %s) = %s, %v; want %s", tt.from, tt.to, s, err, tt.want)
		}
	}
	for _, bad := range [][2]string{{"2020-12-31", "2020-12-31"}, {"2021-01-01", "2020-12-31"}} {
		if _, err := declaration.SpanBetween(workforce.MustParseDate(bad[0]), workforce.MustParseDate(bad[1])); !errors.Is(err, declaration.ErrUndefinedGrowth) {
			t.Errorf("SpanBetween(%s, %s): err %v", bad[0], bad[1], err)
		}
	}
}

// The expected rates were computed independently with 60-digit decimal
// logarithms and exponentials, then rounded.
func TestCompoundGrowth(t *testing.T) {
	tests := []struct {
		name       string
		start, end string
		from, to   string
		places     int
		mode       indicators.RoundingMode
		want       string
		exact      bool
	}{
		{"Decision 966 people cared for, 2020 to 2030", "45000", "65000", "2020-12-31", "2030-12-31", 4, indicators.RoundHalfUp, "3.7457", false},
		{"+20 % over five years", "1000", "1200", "2020-12-31", "2025-12-31", 4, indicators.RoundHalfUp, "3.7137", false},
		{"exactly 10 % a year", "100", "121", "2020-12-31", "2022-12-31", 4, indicators.RoundHalfUp, "10.0000", true},
		{"no growth", "100", "100.00", "2020-12-31", "2022-12-31", 2, indicators.RoundHalfUp, "0.00", true},
		{"down to zero", "100", "0", "2020-12-31", "2022-12-31", 2, indicators.RoundHalfUp, "-100.00", true},
		{"halved in a year", "200", "100", "2020-12-31", "2021-12-31", 1, indicators.RoundHalfUp, "-50.0", true},
		{"part of a year", "1000", "1100", "2020-12-31", "2023-07-02", 4, indicators.RoundHalfUp, "3.8838", false},
		{"a decline rounded half up", "100", "90", "2020-12-31", "2023-12-31", 4, indicators.RoundHalfUp, "-3.4511", false},
		{"a decline truncated toward zero", "100", "90", "2020-12-31", "2023-12-31", 4, indicators.RoundDown, "-3.4510", false},
		{"a decline rounded up", "100", "90", "2020-12-31", "2023-12-31", 4, indicators.RoundCeiling, "-3.4510", false},
		{"a third more in a leap year", "3", "4", "2024-02-29", "2025-02-28", 6, indicators.RoundHalfEven, "33.333333", false},
		{"whole percent", "1551", "3764", "2012-12-31", "2021-12-31", 0, indicators.RoundHalfUp, "10", false},
		{"a tie rounds half up away from zero", "100", "102.5", "2020-12-31", "2021-12-31", 0, indicators.RoundHalfUp, "3", false},
		{"a tie rounds half even", "100", "102.5", "2020-12-31", "2021-12-31", 0, indicators.RoundHalfEven, "2", false},
		{"a negative tie rounds away from zero", "100", "97.5", "2020-12-31", "2021-12-31", 0, indicators.RoundHalfUp, "-3", false},
		{"a negative tie rounds half even", "100", "97.5", "2020-12-31", "2021-12-31", 0, indicators.RoundHalfEven, "-2", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := declaration.CompoundGrowth(workforce.MustParseDate(tt.from), workforce.MustParseDecimal(tt.start),
				workforce.MustParseDate(tt.to), workforce.MustParseDecimal(tt.end), tt.places, tt.mode)
			if err != nil {
				t.Fatal(err)
			}
			if g.Rate.String() != tt.want || g.Exact != tt.exact {
				t.Errorf("rate %s exact %v, want %s %v", g.Rate, g.Exact, tt.want, tt.exact)
			}
		})
	}
}

func TestCompoundGrowthUndefined(t *testing.T) {
	d := workforce.MustParseDate
	n := workforce.MustParseDecimal
	tests := []struct {
		name       string
		start, end workforce.Decimal
		from, to   workforce.CivilDate
		places     int
		mode       indicators.RoundingMode
		want       error
	}{
		{"start zero", n("0"), n("10"), d("2020-12-31"), d("2025-12-31"), 2, indicators.RoundHalfUp, declaration.ErrUndefinedGrowth},
		{"start negative", n("-5"), n("10"), d("2020-12-31"), d("2025-12-31"), 2, indicators.RoundHalfUp, declaration.ErrUndefinedGrowth},
		{"end negative", n("5"), n("-1"), d("2020-12-31"), d("2025-12-31"), 2, indicators.RoundHalfUp, declaration.ErrUndefinedGrowth},
		{"start unset", workforce.Decimal{}, n("10"), d("2020-12-31"), d("2025-12-31"), 2, indicators.RoundHalfUp, declaration.ErrUndefinedGrowth},
		{"same day", n("5"), n("10"), d("2020-12-31"), d("2020-12-31"), 2, indicators.RoundHalfUp, declaration.ErrUndefinedGrowth},
		{"backwards", n("5"), n("10"), d("2025-12-31"), d("2020-12-31"), 2, indicators.RoundHalfUp, declaration.ErrUndefinedGrowth},
		{"centuries by the day to 18 digits", n("1.5"), n("7.25"), d("1900-01-01"), d("2199-07-02"), 18, indicators.RoundHalfUp, declaration.ErrGrowthTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := declaration.CompoundGrowth(tt.from, tt.start, tt.to, tt.end, tt.places, tt.mode)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := declaration.CompoundGrowth(d("2020-12-31"), n("1"), d("2021-12-31"), n("2"), 19, indicators.RoundHalfUp); err == nil {
		t.Error("19 places accepted")
	}
	if _, err := declaration.CompoundGrowth(d("2020-12-31"), n("1"), d("2021-12-31"), n("2"), 2, "nearest"); err == nil {
		t.Error("unknown rounding mode accepted")
	}
}

func TestApplyGrowth(t *testing.T) {
	d := workforce.MustParseDate
	n := workforce.MustParseDecimal
	tests := []struct {
		start, rate, from, to string
		places                int
		mode                  indicators.RoundingMode
		want                  string
	}{
		{"100", "10", "2020-12-31", "2022-12-31", 4, indicators.RoundHalfUp, "121.0000"},
		{"45000", "3.7457", "2020-12-31", "2030-12-31", 2, indicators.RoundHalfUp, "65000.03"},
		{"100", "-100", "2020-12-31", "2022-12-31", 2, indicators.RoundHalfUp, "0.00"},
		{"-100", "10", "2020-12-31", "2022-12-31", 0, indicators.RoundHalfUp, "-121"},
		{"100", "21", "2020-12-31", "2021-07-02", 3, indicators.RoundDown, "110.028"}, // 1.21^(183/365) = 1.1002872…
		{"-100", "21", "2020-12-31", "2021-07-02", 3, indicators.RoundDown, "-110.028"},
		{"-100", "21", "2020-12-31", "2021-07-02", 3, indicators.RoundHalfUp, "-110.029"},
		{"-100", "21", "2020-12-31", "2021-07-02", 3, indicators.RoundCeiling, "-110.028"},
	}
	for _, tt := range tests {
		got, err := declaration.ApplyGrowth(n(tt.start), n(tt.rate), d(tt.from), d(tt.to), tt.places, tt.mode)
		if err != nil || got.String() != tt.want {
			t.Errorf("ApplyGrowth(%s, %s, %s-%s) = %s, %v; want %s", tt.start, tt.rate, tt.from, tt.to, got, err, tt.want)
		}
	}
	if _, err := declaration.ApplyGrowth(n("100"), n("-100.01"), d("2020-12-31"), d("2021-12-31"), 2, indicators.RoundHalfUp); !errors.Is(err, declaration.ErrUndefinedGrowth) {
		t.Errorf("a rate below -100: err %v", err)
	}
}

func TestObservedGrowth(t *testing.T) {
	a := obs("KH", "", declaration.KHSocialServiceTeams, "2012-12-31", "1551")
	b := obs("KH", "", declaration.KHSocialServiceTeams, "2021-12-31", "3764")
	g, err := declaration.ObservedGrowth(a, b, 2, indicators.RoundHalfUp)
	if err != nil || g.Rate.String() != "10.35" || g.Span.Years != 9 {
		t.Errorf("ObservedGrowth = %+v, %v", g, err)
	}
	c := obs("KH", "KH-12", declaration.KHSocialServiceTeams, "2021-12-31", "3764")
	if _, err := declaration.ObservedGrowth(a, c, 2, indicators.RoundHalfUp); !errors.Is(err, declaration.ErrUndefinedGrowth) {
		t.Errorf("growth across areas: err %v", err)
	}
}

// TestPropertyGrowthReproducesEnd: the rounded rate, applied over the
// period, reproduces the end value within the stated precision: the end
// lies between the start grown at r̂ − 10^−places and at r̂ + 10^−places,
// for whole and part years, every rounding mode and declines.
func TestPropertyGrowthReproducesEnd(t *testing.T) {
	modes := indicators.RoundingModeValues()
	rapid.Check(t, func(t *rapid.T) {
		from := workforce.MustParseDate("2015-12-31").AddDays(rapid.IntRange(0, 400).Draw(t, "offset"))
		to := from.AddDays(rapid.IntRange(30, 3000).Draw(t, "days"))
		if rapid.Bool().Draw(t, "whole years") {
			to = from.AddYears(rapid.IntRange(1, 12).Draw(t, "years"))
		}
		// From nothing left to fifty times the start: growth a plan or a
		// workforce can show.
		s := rapid.Int64Range(1, 10_000_000).Draw(t, "start")
		start := workforce.DecimalOf(decimalOf(s, rapid.IntRange(0, 2).Draw(t, "start scale")))
		end := workforce.DecimalOf(decimalOf(rapid.Int64Range(0, 50*s).Draw(t, "end"), rapid.IntRange(0, 2).Draw(t, "end scale")))
		places := rapid.IntRange(0, 6).Draw(t, "places")
		mode := rapid.SampledFrom(modes).Draw(t, "mode")
		g, err := declaration.CompoundGrowth(from, start, to, end, places, mode)
		if err != nil {
			t.Fatal(err)
		}
		unit := decimalOf(1, places)
		hundred := decimalOf(100, 0)
		low := g.Rate.Decimal().Sub(unit)
		if low.Cmp(hundred.Neg()) < 0 {
			low = hundred.Neg()
		}
		lo, err := declaration.ApplyGrowth(start, workforce.DecimalOf(low), from, to, 8, indicators.RoundDown)
		if err != nil {
			t.Fatal(err)
		}
		hi, err := declaration.ApplyGrowth(start, workforce.DecimalOf(g.Rate.Decimal().Add(unit)), from, to, 8, indicators.RoundCeiling)
		if err != nil {
			t.Fatal(err)
		}
		if lo.Cmp(end) > 0 || end.Cmp(hi) > 0 {
			t.Fatalf("%s grown at %s%%±%s over %s gives [%s, %s], which misses %s", start, g.Rate, unit, g.Span, lo, hi, end)
		}
		if g.Exact {
			back, err := declaration.ApplyGrowth(start, g.Rate, from, to, 8, indicators.RoundHalfUp)
			if err != nil || back.Cmp(end) != 0 {
				t.Fatalf("exact rate %s gives %s, not %s (%v)", g.Rate, back, end, err)
			}
		}
	})
}

func decimalOf(v int64, scale int) decimal.Decimal { return decimal.New(v, -int32(scale)) }
