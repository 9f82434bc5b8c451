package examples

import (
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// The canonical indicator samples: published-style national figures, the
// indicator report computed from [SampleRegistry], a catalogue
// definition, a two-way table before and after disclosure control, and a
// projection. Each call returns a fresh value; computed samples come from
// the indicators package on fixed inputs.

// SampleAggregateFigures returns synthetic Cambodia-shaped national
// figures as a ministry would publish them: the 2019 census population,
// positions and head-counts of the social service workforce at the end of
// 2024, and the costed-plan policy status with its evidence.
func SampleAggregateFigures() indicators.AggregateFigures {
	d := workforce.MustParseDate
	n := workforce.MustParseDecimal
	src := "Ministry workforce report 2024 (" + SyntheticLabel + ")"
	return indicators.AggregateFigures{
		Country: "KH", AsOf: d("2024-12-31"), Source: SyntheticLabel + " national figures shaped on published Cambodian totals",
		Areas: []workforce.AdminArea{{
			Code: "KH", Name: "Cambodia (" + SyntheticLabel + " figures)", Level: workforce.LevelNational,
			Population: []workforce.PopulationFigure{{Date: d("2019-03-03"), Total: 15552211, Children: 5844720,
				Source: SyntheticLabel + " (shaped on the 2019 census)", Vintage: "synthetic census 2019"}},
		}},
		Counts: []indicators.AggregateCount{
			{Area: "KH", Measure: indicators.MeasureWorkers, Scope: indicators.ScopePositions, Value: n("3764"), Source: src},
			{Area: "KH", Measure: indicators.MeasureVacantPosts, Scope: indicators.ScopePositions, Value: n("612"), Source: src},
			{Area: "KH", Measure: indicators.MeasureWorkers, Scope: indicators.ScopeHeadCount, Value: n("3152"), Source: src},
			{Area: "KH", Measure: indicators.MeasureFemale, Scope: indicators.ScopeHeadCount, Value: n("1840"), Source: src},
			{Area: "KH", Measure: indicators.MeasureQualified, Scope: indicators.ScopeHeadCount, Value: n("1210"), Source: src},
		},
		Policies: []indicators.PolicyFact{{
			Indicator: indicators.GovCostedPlan, Status: indicators.PolicyYes,
			Evidence: []indicators.PolicyEvidence{{Source: "Strategic Plan on the Social Service Workforce 2022-2031, launched with an investment case", Date: d("2022-04-04")}},
		}},
	}
}

// SampleReportDate is the as-of date of [SampleReport], the date of
// [SampleRegistry].
const SampleReportDate = "2025-06-30"

// SampleReport returns the indicator report computed from the records of
// [SampleRegistry] on [SampleReportDate]: the child density, the vacancy
// rate, the qualified share and the share of women, for every area, with
// no disclosure control (a report for internal use).
func SampleReport() indicators.Report {
	reg := SampleRegistry()
	t, err := indicators.TallyRegistry(&reg, workforce.MustParseDate(SampleReportDate), indicators.RecordRules{})
	if err != nil {
		panic("examples: sample report: " + err.Error()) // impossible: fixed, valid inputs
	}
	rep, err := t.Evaluate(indicators.Options{
		Indicators:      []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWPostVac, indicators.SSWQualSW, indicators.SSWShareFemale},
		Disaggregations: []indicators.Disaggregation{indicators.ByArea},
	})
	if err != nil {
		panic("examples: sample report: " + err.Error()) // impossible: fixed, valid inputs
	}
	return rep
}

// SampleDefinition returns the catalogue definition of SSW-DEN-CHILD, the
// workforce per 100,000 children aged 0-17.
func SampleDefinition() indicators.Definition {
	def, ok := indicators.Lookup(indicators.SSWDenChild)
	if !ok {
		panic("examples: catalogue indicator " + string(indicators.SSWDenChild) + " missing") // impossible: catalogue data
	}
	return def
}

// SampleCountTable returns a synthetic table of social service workers by
// province and sex, to be published with its margins.
func SampleCountTable() indicators.CountTable {
	return indicators.CountTable{
		Title:   "Social service workers by province and sex (" + SyntheticLabel + ")",
		Rows:    []string{"Province A", "Province B", "Province C"},
		Columns: []string{"female", "male"},
		Cells:   [][]int64{{41, 36}, {7, 22}, {18, 3}},
	}
}

// SampleProtectedTable returns [SampleCountTable] after disclosure control
// with the default policy (threshold 10): the counts 7 and 3 are
// suppressed, and enough others with them that neither can be recovered
// from the margins.
func SampleProtectedTable() indicators.ProtectedTable {
	t, err := indicators.DefaultDisclosure().Protect(SampleCountTable())
	if err != nil {
		panic("examples: sample protected table: " + err.Error()) // impossible: fixed, valid inputs
	}
	return t
}

// SampleProjectionInput returns a synthetic projection problem: 3,764
// workers in 2025, a target of 100 per 100,000 children by 2030 for a
// projected 6,000,000 children, and 5 % yearly attrition.
func SampleProjectionInput() indicators.ProjectionInput {
	return indicators.ProjectionInput{
		Current: 3764, BaseYear: 2025, TargetYear: 2030, Population: 6000000, Universe: indicators.UniverseChildren,
		TargetDensity: workforce.MustParseDecimal("100"), Multiplier: 100000, AttritionRate: workforce.MustParseDecimal("5"),
	}
}

// SampleProjection returns the projection of [SampleProjectionInput]: the
// workers needed, the gap, the yearly hiring and the expected stock year
// by year.
func SampleProjection() indicators.Projection {
	p, err := indicators.Project(SampleProjectionInput())
	if err != nil {
		panic("examples: sample projection: " + err.Error()) // impossible: fixed, valid inputs
	}
	return p
}
