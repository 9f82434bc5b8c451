package indicators_test

import (
	"fmt"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// Indonesia needs 155,000 social workers (1 per 100 of 15.5 million PMKS
// families) and has 15,522: a gap of 139,478, headlined "Indonesia butuh
// 139 ribu pekerja sosial" — 139 thousand, truncated to thousands
// (https://news.republika.co.id/berita/n2mm91/indonesia-butuh-139-ribu-pekerja-sosial).
func ExampleRound_thousands() {
	gap := workforce.DecimalFromInt(155000 - 15522)
	thousands, _ := indicators.Round(gap, true, indicators.PresentationRounding{Mode: indicators.RoundDown, Places: -3})
	nearest, _ := indicators.Round(gap, true, indicators.PresentationRounding{Mode: indicators.RoundHalfUp, Places: -3})
	fmt.Println(gap, "→", thousands, "(truncated, as headlined) or", nearest, "(nearest)")
	// Output: 139478 → 139000 (truncated, as headlined) or 139000 (nearest)
}

// Laguna's "one social worker per 28,907" people
// (https://opinyon.net/laguna/wanted-more-social-workers: 117 workers,
// 3,382,193 people) to three significant figures.
func ExampleRound_significantFigures() {
	v, exact, _ := indicators.RatioParts{Numerator: 3382193, Denominator: 117, Precision: 6}.Value()
	three, _ := indicators.Round(v, exact, indicators.PresentationRounding{Mode: indicators.RoundHalfUp, Significant: 3})
	fmt.Println(v, "→", three)
	// Output: 28907.632478 → 28900
}

// The named parts of a ratio: Cambodia's 3,764 positions for 1,652
// communes (see ExampleEvaluateAggregates for the sources).
func ExampleRatioParts() {
	v, exact, err := indicators.RatioParts{Numerator: 3764, Denominator: 1652, Multiplier: 1, Precision: 6}.Value()
	fmt.Println(v, exact, err)
	_, _, err = indicators.RatioParts{Numerator: 3764}.Value()
	fmt.Println(err)
	// Output:
	// 2.278450 false <nil>
	// indicators: undefined: division by zero
}

// "1 : 28,907" as a rate per 100,000 and per 10,000 people, and
// Cambodia's 64.4 positions per 100,000 children as "1 : N". Each is
// exact for the figure given, which was itself cut or rounded when it
// was published.
func ExamplePerFromOneIn() {
	per100k, exact, _ := indicators.PerFromOneIn(workforce.MustParseDecimal("28907"), 100000, 6)
	per10k, _, _ := indicators.PerFromOneIn(workforce.MustParseDecimal("28907"), 10000, 6)
	fmt.Println("1 : 28907 =", per100k, "per 100,000 (exact:", exact, ") =", per10k, "per 10,000")
	n, exact, _ := indicators.OneInFromPer(workforce.MustParseDecimal("64.4"), 100000, 2)
	shown, _ := indicators.Round(n, exact, indicators.PresentationRounding{Mode: indicators.RoundDown})
	fmt.Println("64.4 per 100,000 = 1 :", n, "(exact:", exact, "), published as 1 :", shown)
	// Output:
	// 1 : 28907 = 3.459369 per 100,000 (exact: false ) = 0.345936 per 10,000
	// 64.4 per 100,000 = 1 : 1552.79 (exact: false ), published as 1 : 1552
}

// The change between two counts: Cambodia's communes went from 1,646
// (2017) to 1,652 (2022) (National Election Committee, via
// https://www.phnompenhpost.com/national/six-new-communes-and-50-new-seats-2022-elections).
func ExamplePercentChange() {
	v, exact, _ := indicators.PercentChange(workforce.DecimalFromInt(1646), workforce.DecimalFromInt(1652), 6)
	shown, _ := indicators.Round(v, exact, indicators.PresentationRounding{Mode: indicators.RoundHalfUp, Places: 2})
	fall, _, _ := indicators.PercentChange(workforce.DecimalFromInt(3), workforce.DecimalFromInt(2), 2)
	fmt.Println(v, exact, shown, "%;", "3 → 2:", fall, "%")
	// Output: 0.364520 false 0.36 %; 3 → 2: -33.34 %
}

// A result looked up by its area alone: area codes are unique, so the
// level may be left out.
func ExampleReport_Result() {
	f := indicators.AggregateFigures{
		Country: "KH", AsOf: workforce.MustParseDate("2021-06-30"),
		Areas: []workforce.AdminArea{{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational}},
		Counts: []indicators.AggregateCount{
			{Area: "KH", Measure: indicators.MeasureWorkers, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(120)},
			{Area: "KH", Measure: indicators.MeasureFemale, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(78)},
		},
	}
	rep, _ := indicators.EvaluateAggregates(f, indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWShareFemale}})
	r, ok := rep.Result(indicators.SSWShareFemale, indicators.ResultCell{Area: "KH"})
	shown, _ := r.Present()
	fmt.Println(ok, r.Cell.Level, shown, r.Unit)
	r, _ = rep.ResultIn(indicators.SSWShareFemale, "KH")
	fmt.Println(r.Value)
	// Output:
	// true national 65.0 %
	// 65
}

// A requirement stated as a number: Indonesia needs 155,000 social
// workers and has 15,522
// (https://news.republika.co.id/berita/n2mm91/indonesia-butuh-139-ribu-pekerja-sosial).
// The requirement is the nation's driver under a stated-requirement norm:
// no per-unit norm is invented.
func ExampleStaffingNorm_stated() {
	f := indicators.AggregateFigures{
		Country: "ID", AsOf: workforce.MustParseDate("2015-12-31"),
		Areas: []workforce.AdminArea{{Code: "ID", Name: "Indonesia", Level: workforce.LevelNational}},
		Counts: []indicators.AggregateCount{{Area: "ID", Measure: indicators.MeasureWorkers, Scope: indicators.ScopeHeadCount,
			Value: workforce.DecimalFromInt(15522)}},
		Drivers: []indicators.NormDriverFigure{{Area: "ID", Value: 155000, Source: "Ministry of Social Affairs, via Republika"}},
	}
	rep, err := indicators.EvaluateAggregates(f, indicators.Options{
		Norm:       &indicators.StaffingNorm{Basis: indicators.NormStated, Level: workforce.LevelNational},
		Indicators: []indicators.IndicatorID{indicators.SSWNormReq, indicators.SSWNormGap, indicators.SSWNormAttain},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rep.Results {
		shown, _ := r.Present()
		fmt.Println(r.Indicator, shown, r.Unit)
	}
	// Output:
	// SSW-NORM-REQ 155000 workers
	// SSW-NORM-GAP 139478 workers
	// SSW-NORM-ATTAIN 10.0 %
}

// Coverage from a published "N of D units" figure, without listing the
// units. The figures are illustrative: 1,200 of Cambodia's 1,652 communes
// (National Election Committee count, 2022) meeting the 2-per-commune
// norm of the MoSVY plan.
func ExampleUnitCoverageFigure() {
	f := indicators.AggregateFigures{
		Country: "KH", AsOf: workforce.MustParseDate("2024-06-30"),
		Areas:        []workforce.AdminArea{{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational}},
		UnitCoverage: []indicators.UnitCoverageFigure{{Area: "KH", Met: 1200, Units: 1652, Source: "illustrative"}},
	}
	rep, err := indicators.EvaluateAggregates(f, indicators.Options{
		Norm:       &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2},
		Indicators: []indicators.IndicatorID{indicators.SSWUnitCoverage},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := rep.ResultIn(indicators.SSWUnitCoverage, "KH")
	shown, _ := r.Present()
	fmt.Println(shown, r.Unit, "-", r.Notes[0])
	// Output: 72.6 % - as published: 1200 of 1652 units meet the norm (illustrative)
}
