package jsonschema

import (
	"reflect"

	ijs "github.com/invopop/jsonschema"

	"github.com/sswkit/ssw/indicators"
)

// indicatorRules are the expressible cross-field rules of the indicator
// documents.
func indicatorRules() []objectRule {
	count := reflect.TypeFor[indicators.AggregateCount]()
	// The scopes each measure may be counted in (the table on
	// indicators.AggregateMeasure's constants); the others take any scope.
	personsOnly := []indicators.AggregateMeasure{indicators.MeasureQualified, indicators.MeasureLicensed,
		indicators.MeasureLicensedQualified, indicators.MeasureCPDCompliant, indicators.MeasureFemale,
		indicators.MeasureAtPeriodStart, indicators.MeasureLeavers}
	postsOnly := []indicators.AggregateMeasure{indicators.MeasureFundedPosts, indicators.MeasureVacantPosts, indicators.MeasureFilledPosts}
	return []objectRule{
		{
			typ: reflect.TypeFor[indicators.Report](),
			clauses: []effect{ifThen([]effect{someItem("results", reflect.TypeFor[indicators.IndicatorResult](), is("status", indicators.StatusSuppressed))},
				require("disclosure"))},
			mirrors: "indicators.Report.Validate 5: a report with suppressed results names the disclosure policy",
		},
		{
			typ:     reflect.TypeFor[indicators.IndicatorResult](),
			clauses: []effect{ifThen([]effect{is("status", indicators.StatusSuppressed)}, forbid("numerator", "denominator"))},
			mirrors: "indicators.Report.Validate 4: suppressed results carry no counts",
		},
		{
			typ: reflect.TypeFor[indicators.StaffingNorm](),
			clauses: []effect{
				ifThen([]effect{is("basis", indicators.NormPerUnit, indicators.NormStated)}, forbid("per")),
				ifThen([]effect{isNot("basis", indicators.NormPerUnit, indicators.NormStated)}, require("per")),
				when([]effect{is("basis", indicators.NormStated)}, []effect{forbid("workers")}, []effect{require("workers")}),
			},
			mirrors: "indicators.StaffingNorm.Validate: a per-unit norm has no per, a population or driver norm needs one; a stated requirement has neither workers nor per, every other basis needs workers",
		},
		{
			typ:     reflect.TypeFor[indicators.CPDComplianceRule](),
			clauses: []effect{requireAny("min_hours", "min_credits")},
			mirrors: "indicators.Report.Validate 1 (rules): a CPD rule needs minimum hours, credits or both",
		},
		{
			typ:      reflect.TypeFor[indicators.AggregateFigures](),
			required: []string{"areas"},
			clauses: []effect{
				ifThen([]effect{someItem("counts", count, is("measure", indicators.MeasureAtPeriodStart, indicators.MeasureLeavers))}, require("period_start")),
			},
			mirrors: "indicators.AggregateFigures.Validate 2, 4: at least one area; period measures come with a period start",
		},
		{
			typ: count,
			clauses: []effect{
				ifThen([]effect{is("measure", personsOnly...)}, member("scope", oneOfValues([]indicators.CountScope{indicators.ScopeHeadCount, indicators.ScopeFTE}))),
				ifThen([]effect{is("measure", postsOnly...)}, member("scope", oneOfValues([]indicators.CountScope{indicators.ScopePositions}))),
				ifThen([]effect{is("measure", indicators.MeasureOfAge)}, member("scope", oneOfValues([]indicators.CountScope{indicators.ScopeHeadCount}))),
				when([]effect{is("measure", indicators.MeasureInCadre)}, []effect{require("cadre")}, []effect{forbid("cadre")}),
				when([]effect{is("measure", indicators.MeasureOfAge)}, []effect{require("age")}, []effect{forbid("age")}),
				ifThen([]effect{is("scope", indicators.ScopeHeadCount, indicators.ScopePositions)}, member("value", wholeCountSchema)),
				ifThen([]effect{is("scope", indicators.ScopeFTE)}, member("value", fteCountSchema)),
			},
			mirrors: "indicators.AggregateFigures.Validate 3: a measure in a scope it allows, a cadre and an age exactly where the measure needs them, a non-negative value, whole except for FTE",
		},
		{
			typ:     reflect.TypeFor[indicators.PolicyFact](),
			clauses: []effect{ifThen([]effect{isNot("status", indicators.PolicyUnknown)}, require("evidence"))},
			mirrors: "indicators.AggregateFigures.Validate 6: a status other than unknown needs evidence",
		},
		{
			typ:     reflect.TypeFor[indicators.ProjectionInput](),
			members: []memberRule{{"target_density", nonNegativeSchema}, {"attrition_rate", belowHundredSchema}},
			clauses: []effect{
				requireAny("target_density", "population_per_worker", "required"),
				notBoth("target_density", "population_per_worker"), notBoth("target_density", "required"), notBoth("population_per_worker", "required"),
				when([]effect{isSet("required")}, []effect{forbid("population", "universe")}, []effect{require("population", "universe")}),
			},
			mirrors: "indicators.Project: exactly one target (a density, 1 : N or a counted requirement); a ratio needs its population and universe, a count neither; density not negative; attrition below 100 %",
		},
		{
			typ:     reflect.TypeFor[indicators.CountTable](),
			members: []memberRule{{"cells", &ijs.Schema{Items: &ijs.Schema{Type: "array", Items: &ijs.Schema{Type: "integer", Minimum: "0"}}}}},
			mirrors: "indicators.DisclosurePolicy.Protect: counts are not negative",
		},
	}
}
