package indicators_test

import (
	"errors"
	"math"
	"testing"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

func TestRatio(t *testing.T) {
	tests := []struct {
		name                   string
		num, den, mult         int64
		precision              int
		want                   string
		exact                  bool
		reason                 string
		wantErr                error
		presented, presentMode string
		places                 int
	}{
		{
			// https://phnompenhpost.com/national/kingdom-looking-expand-social-services-over-next-decade
			name: "Cambodia positions per 100,000 children", num: 3764, den: 5844720, mult: 100000, precision: 6,
			want: "64.400005", presented: "64.4", presentMode: "half_up", places: 1,
			reason: "5,844,720 is the child population 64.4 implies; the exact value is 64.40000547…",
		},
		{
			// https://opinyon.net/laguna/wanted-more-social-workers (117 workers, 1 : 28,907)
			name: "Laguna population per worker", num: 3382193, den: 117, mult: 1, precision: 6,
			want: "28907.632478", presented: "28907", presentMode: "down",
			reason: "published truncated: 28,907.63 → 28,907",
		},
		{
			// 3,764 government social work positions (MoSVY, via
			// https://phnompenhpost.com/national/kingdom-looking-expand-social-services-over-next-decade)
			// for the 1,652 communes and sangkats of the 2022 elections (National
			// Election Committee, via
			// https://www.phnompenhpost.com/national/six-new-communes-and-50-new-seats-2022-elections):
			// 2.28 per commune on average
			name: "Cambodia positions per commune", num: 3764, den: 1652, mult: 1, precision: 6,
			want: "2.278450", presented: "2.28", presentMode: "half_up", places: 2,
		},
		{
			// https://news.republika.co.id/berita/n2mm91/indonesia-butuh-139-ribu-pekerja-sosial: "10 persen"
			name: "Indonesia attainment", num: 15522, den: 155000, mult: 100, precision: 6,
			want: "10.014193", presented: "10", presentMode: "half_up",
		},
		{name: "exact value drops trailing zeros", num: 1, den: 4, mult: 100, precision: 6, want: "25", exact: true, presented: "25.0", presentMode: "half_even", places: 1},
		{name: "zero numerator", num: 0, den: 7, mult: 100000, precision: 6, want: "0", exact: true, presented: "0", presentMode: "ceiling"},
		{name: "negative growth is cut toward negative infinity", num: -1, den: 3, mult: 100, precision: 2, want: "-33.34", presented: "-33", presentMode: "ceiling",
			reason: "-33.34 ≤ -33.333… < -33.33"},
		{name: "a small negative keeps its sign", num: -1, den: 11, mult: 1, precision: 1, want: "-0.1", presented: "0", presentMode: "ceiling",
			reason: "found by TestPropertyRoundMatchesRationalOracle: truncation gave 0 and ceiling then rounded up to 1"},
		{name: "zero denominator is undefined", num: 5, den: 0, mult: 100, precision: 6, wantErr: indicators.ErrUndefined},
		{
			name: "beyond 128 bits falls back to big integers", num: math.MaxInt64, den: 3, mult: 100000, precision: 18,
			want: "307445734561825860233333.333333333333333333", presented: "307445734561825860233333", presentMode: "half_up",
		},
		{name: "largest denominator", num: 1, den: math.MaxInt64, mult: 1, precision: 0, want: "0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, exact, err := indicators.RatioParts{Numerator: tc.num, Denominator: tc.den, Multiplier: tc.mult, Precision: tc.precision}.Value()
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if v.String() != tc.want || exact != tc.exact {
				t.Fatalf("Ratio = %s (exact %v), want %s (exact %v); %s", v, exact, tc.want, tc.exact, tc.reason)
			}
			if tc.presented == "" {
				return
			}
			got, err := indicators.Round(v, exact, indicators.PresentationRounding{Mode: indicators.RoundingMode(tc.presentMode), Places: tc.places})
			if err != nil || got.String() != tc.presented {
				t.Fatalf("presented %s, %v; want %s", got, err, tc.presented)
			}
		})
	}
}

func TestRound(t *testing.T) {
	type c struct {
		value  string
		exact  bool
		mode   indicators.RoundingMode
		places int
		want   string
		reason string
	}
	tests := []c{
		{"2.45", true, indicators.RoundHalfUp, 1, "2.5", "tie away from zero"},
		{"2.45", true, indicators.RoundHalfEven, 1, "2.4", "tie to even"},
		{"2.35", true, indicators.RoundHalfEven, 1, "2.4", "tie to even (up)"},
		{"2.450000", false, indicators.RoundHalfEven, 1, "2.5", "truncated from 2.4500001: above the tie"},
		{"2.449999", false, indicators.RoundHalfUp, 1, "2.4", "truncated from 2.4499999: below the tie"},
		{"28907.999999", false, indicators.RoundDown, 0, "28907", "never rounds up through the truncated digits"},
		{"28907.999999", false, indicators.RoundCeiling, 0, "28908", ""},
		{"2", true, indicators.RoundCeiling, 0, "2", "an exact whole number stays"},
		{"2.000000", false, indicators.RoundCeiling, 0, "3", "inexact: something was cut off beyond the digits"},
		{"-2.45", true, indicators.RoundHalfUp, 1, "-2.5", "symmetric"},
		{"-2.7", true, indicators.RoundCeiling, 0, "-2", "toward positive infinity"},
		{"-2.7", true, indicators.RoundDown, 0, "-2", "toward zero"},
		{"-0.4", true, indicators.RoundHalfUp, 0, "0", "no negative zero"},
		{"64.4", true, indicators.RoundHalfUp, 3, "64.400", "exact values pad"},
		{"9.95", true, indicators.RoundHalfUp, 1, "10.0", "carry"},
	}
	for _, tc := range tests {
		t.Run(tc.value+"/"+string(tc.mode), func(t *testing.T) {
			got, err := indicators.Round(workforce.MustParseDecimal(tc.value), tc.exact, indicators.PresentationRounding{Mode: tc.mode, Places: tc.places})
			if err != nil || got.String() != tc.want {
				t.Fatalf("Round = %s, %v; want %s (%s)", got, err, tc.want, tc.reason)
			}
		})
	}
	errs := []struct {
		name  string
		value string
		exact bool
		spec  indicators.PresentationRounding
	}{
		{"inexact at its own precision", "2.45", false, indicators.PresentationRounding{Mode: indicators.RoundHalfUp, Places: 2}},
		{"unknown mode", "2.45", true, indicators.PresentationRounding{Mode: "bankers"}},
		{"places beyond -18", "2.45", true, indicators.PresentationRounding{Mode: indicators.RoundDown, Places: -19}},
		{"significant figures and places", "2.45", true, indicators.PresentationRounding{Mode: indicators.RoundDown, Places: 1, Significant: 2}},
		{"significant figures beyond 18", "2.45", true, indicators.PresentationRounding{Mode: indicators.RoundDown, Significant: 19}},
		{"significant figures of an inexact zero", "0.000000", false, indicators.PresentationRounding{Mode: indicators.RoundDown, Significant: 2}},
		{"significant figures beyond the value's precision", "2.45", false, indicators.PresentationRounding{Mode: indicators.RoundDown, Significant: 3}},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := indicators.Round(workforce.MustParseDecimal(tc.value), tc.exact, tc.spec); err == nil {
				t.Fatal("no error")
			}
		})
	}
	if _, err := indicators.Round(workforce.Decimal{}, true, indicators.PresentationRounding{Mode: indicators.RoundDown}); err == nil {
		t.Fatal("rounding an unset value succeeded")
	}
}

func TestRequirement(t *testing.T) {
	tests := []struct {
		name                 string
		driver, workers, per int64
		want                 int64
	}{
		// https://news.republika.co.id/berita/n2mm91/indonesia-butuh-139-ribu-pekerja-sosial
		{"Indonesia, 1 per 100 PMKS families", 15500000, 1, 100, 155000},
		{"rounded up to whole workers", 101, 1, 100, 2},
		{"exact", 200, 1, 100, 2},
		{"zero driver", 0, 1, 100, 0},
		{"two per 5,000", 12001, 2, 5000, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := indicators.Requirement(tc.driver, tc.workers, tc.per)
			if err != nil || got != tc.want {
				t.Fatalf("Requirement = %d, %v; want %d", got, err, tc.want)
			}
		})
	}
	if _, err := indicators.Requirement(-1, 1, 100); err == nil {
		t.Fatal("negative driver accepted")
	}
	if _, err := indicators.Requirement(1, 1, 0); err == nil {
		t.Fatal("zero per accepted")
	}
}

func TestImpliedDenominator(t *testing.T) {
	// https://phnompenhpost.com/national/kingdom-looking-expand-social-services-over-next-decade:
	// 3,764 positions, 64.4 per 100,000 children → about 5,844,720 children.
	v, exact, err := indicators.ImpliedDenominator(3764, workforce.MustParseDecimal("64.4"), 100000, 0)
	if err != nil || v.String() != "5844720" || exact {
		t.Fatalf("got %s %v %v", v, exact, err)
	}
	if _, _, err := indicators.ImpliedDenominator(1, workforce.MustParseDecimal("0"), 100000, 0); !errors.Is(err, indicators.ErrUndefined) {
		t.Fatalf("zero rate: %v", err)
	}
}

func TestProject(t *testing.T) {
	tests := []struct {
		name                string
		in                  indicators.ProjectionInput
		needed, gap, hiring int64
	}{
		{
			name: "no attrition: gap spread evenly, rounded up",
			in: indicators.ProjectionInput{Current: 3764, BaseYear: 2024, TargetYear: 2031, Population: 6000000,
				Universe: indicators.UniverseChildren, TargetDensity: workforce.MustParseDecimal("100")},
			needed: 6000, gap: 2236, hiring: 320, // ⌈2236 ÷ 7⌉
		},
		{
			name: "1 : N target",
			in: indicators.ProjectionInput{Current: 117, BaseYear: 2023, TargetYear: 2028, Population: 3382193,
				Universe: indicators.UniverseTotal, PopulationPerWorker: 10000},
			needed: 339, gap: 222, hiring: 45, // ⌈3,382,193 ÷ 10,000⌉ = 339; ⌈222 ÷ 5⌉ = 45
		},
		{
			name: "already above target still replaces attrition",
			in: indicators.ProjectionInput{Current: 100, BaseYear: 2024, TargetYear: 2025, Population: 100000,
				Universe: indicators.UniverseTotal, TargetDensity: workforce.MustParseDecimal("100"), AttritionRate: workforce.MustParseDecimal("10")},
			needed: 100, gap: 0, hiring: 10, // 100 × 0.9 + h ≥ 100
		},
		{
			name: "a counted requirement: Cambodia's 2 per commune, 3,304 in all",
			in: indicators.ProjectionInput{Current: 1204, BaseYear: 2025, TargetYear: 2031, Required: 3304,
				AttritionRate: workforce.MustParseDecimal("5")},
			// S(6) = 1204 × 0.95^6 + h × (1 + 0.95 + … + 0.95^5) ≥ 3304 ⇒ h = ⌈(3304 − 885.05…) ÷ 5.2982…⌉ = 457
			needed: 3304, gap: 2100, hiring: 457,
		},
		{
			name: "above target without attrition hires nobody",
			in: indicators.ProjectionInput{Current: 150, BaseYear: 2024, TargetYear: 2026, Population: 100000,
				Universe: indicators.UniverseTotal, TargetDensity: workforce.MustParseDecimal("100")},
			needed: 100, gap: 0, hiring: 0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := indicators.Project(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if p.Needed != tc.needed || p.Gap != tc.gap || p.YearlyHiring != tc.hiring {
				t.Fatalf("got needed %d gap %d hiring %d", p.Needed, p.Gap, p.YearlyHiring)
			}
			last := p.Path[len(p.Path)-1].Stock
			if last.Decimal().IntPart() < tc.needed && p.YearlyHiring > 0 {
				t.Fatalf("stock %s below the need", last)
			}
		})
	}
	bad := []indicators.ProjectionInput{
		{BaseYear: 2024, TargetYear: 2024, Universe: indicators.UniverseTotal, PopulationPerWorker: 10},
		{BaseYear: 2024, TargetYear: 2030, Universe: indicators.UniverseTotal},
		{BaseYear: 2024, TargetYear: 2030, Universe: indicators.UniverseTotal, PopulationPerWorker: 10, AttritionRate: workforce.MustParseDecimal("100")},
		{BaseYear: 2024, TargetYear: 2030, Universe: indicators.UniverseTotal, PopulationPerWorker: 10, TargetDensity: workforce.MustParseDecimal("5")},
		{BaseYear: 2024, TargetYear: 2030, Current: -1, Universe: indicators.UniverseTotal, PopulationPerWorker: 10},
		{BaseYear: 2024, TargetYear: 2030, Required: 10, PopulationPerWorker: 10, Population: 100, Universe: indicators.UniverseTotal},
		{BaseYear: 2024, TargetYear: 2030, Required: 10, Universe: indicators.UniverseTotal},
		{BaseYear: 2024, TargetYear: 2030, PopulationPerWorker: 10, Universe: indicators.UniverseTotal},
		{BaseYear: 2024, TargetYear: 2030, PopulationPerWorker: 10, Population: 100},
	}
	for i, in := range bad {
		if _, err := indicators.Project(in); !errors.Is(err, workforce.ErrInvalid) {
			t.Errorf("bad input %d: %v", i, err)
		}
	}
}
