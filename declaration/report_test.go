package declaration_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// countryReport builds a small, consistent Cambodian report from
// aggregates: an indicator report, the plan's progress, the no-regime
// credentialing summary and a scorecard.
func countryReport(t testing.TB) declaration.CountryReport {
	t.Helper()
	asOf := workforce.MustParseDate("2025-06-30")
	rep, err := indicators.EvaluateAggregates(indicators.AggregateFigures{
		Country: "KH", AsOf: asOf,
		Areas: []workforce.AdminArea{{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational,
			Population: []workforce.PopulationFigure{{Date: workforce.MustParseDate("2019-03-03"), Total: 15552211, Children: 5844720, Source: "NIS", Vintage: "2019 census, final (NIS, Table 2.1.1)"}}}},
		Counts: []indicators.AggregateCount{{Area: "KH", Measure: indicators.MeasureWorkers, Scope: indicators.ScopePositions, Value: workforce.MustParseDecimal("3764"), Source: "MoSVY"}},
	}, indicators.Options{Scope: indicators.ScopePositions, Indicators: []indicators.IndicatorID{indicators.SSWDenChild}})
	if err != nil {
		t.Fatal(err)
	}
	progress, err := declaration.EvaluatePlan(declaration.CambodiaSSWPlan(), declaration.ProgressData{AsOf: asOf, Observations: []declaration.Observation{{
		Country: "KH", Indicator: indicators.SSWUnitCoverage, Date: asOf, Value: workforce.MustParseDecimal("31.5"),
		Source: declaration.Citation{Title: "Registry extract (test)"},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	var kh accreditation.Scheme
	for _, s := range accreditation.NoRegimes() {
		if s.Jurisdiction == "KH" {
			kh = s
		}
	}
	d, err := accreditation.Evaluate(kh, accreditation.Facts{}, asOf)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := accreditation.Summarise(kh, d.Purpose, asOf, []accreditation.Decision{d})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := declaration.ScoreAssessment(declaration.Assessment{Country: "KH",
		PeriodStart: workforce.MustParseDate("2024-07-01"), PeriodEnd: workforce.MustParseDate("2025-06-30"),
		Commitments: []declaration.CommitmentAssessment{{Commitment: declaration.C02StrategicPlan, Status: declaration.StatusInProgress}}})
	if err != nil {
		t.Fatal(err)
	}
	return declaration.CountryReport{Country: "KH", AsOf: asOf, Title: "Cambodia monitoring report (test)", Source: "test figures",
		Indicators: rep, Plans: []declaration.PlanProgress{progress}, Credentialing: []accreditation.DecisionSummary{sum}, Scorecard: &sc}
}

func TestCountryReportValidate(t *testing.T) {
	r := countryReport(t)
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back declaration.CountryReport
	if err := workforce.Decode(b, &back); err != nil {
		t.Fatalf("strict decode: %v", err)
	}
	if b2, _ := json.Marshal(back); string(b2) != string(b) {
		t.Fatal("round trip changed the report")
	}
	tests := []struct {
		name   string
		mutate func(r *declaration.CountryReport)
		want   []string
	}{
		{"indicators of another country", func(r *declaration.CountryReport) { r.Indicators.Country = "VN" }, []string{"inconsistent /indicators/country"}},
		{"plan evaluated on another date", func(r *declaration.CountryReport) {
			r.Plans[0].AsOf = r.AsOf.AddDays(-1)
		}, []string{"inconsistent /plans/0/as_of", "inconsistent /plans/0/evaluations/0/as_of"}},
		{"plan counts that do not add up", func(r *declaration.CountryReport) { r.Plans[0].Met++ }, []string{"score_mismatch /plans/0/met"}},
		{"credentialing on another date", func(r *declaration.CountryReport) { r.Credentialing[0].AsOf = r.AsOf.AddDays(1) }, []string{"inconsistent /credentialing/0/as_of"}},
		{"credentialing counts", func(r *declaration.CountryReport) { r.Credentialing[0].Met = 5 }, []string{"inconsistent /credentialing/0/evaluated"}},
		{"scorecard period after the report", func(r *declaration.CountryReport) {
			r.AsOf = workforce.MustParseDate("2025-06-29")
			r.Indicators.AsOf, r.Plans, r.Credentialing = r.AsOf, nil, nil
		}, []string{"out_of_period /scorecard/period_end"}},
		{"missing title", func(r *declaration.CountryReport) { r.Title = "" }, []string{"required /title"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := countryReport(t)
			tc.mutate(&r)
			var got []string
			for _, p := range workforce.AsProblems(r.Validate()) {
				got = append(got, p.Code+" "+p.Path)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPlanProgressChecksAreaChanges: the area changes an evaluation cites
// are checked like those of progress data, with paths under the
// evaluation.
func TestPlanProgressChecksAreaChanges(t *testing.T) {
	asOf := workforce.MustParseDate("2025-12-31")
	p, err := declaration.EvaluatePlan(declaration.VietNamDecision112(), declaration.ProgressData{
		AsOf: asOf,
		Observations: []declaration.Observation{{Country: "VN", Area: "VN-59", Indicator: "VN112-SW-STAFFED",
			Date: asOf, Value: workforce.MustParseDecimal("60"), Source: declaration.Citation{Title: "Provincial report (test)"}}},
		AreaChanges: declaration.ShippedAreaChanges("VN"),
	})
	if err != nil {
		t.Fatal(err)
	}
	at := -1
	for i, e := range p.Evaluations {
		if len(e.AreaChanges) > 0 {
			at = i
			break
		}
	}
	if at < 0 {
		t.Fatal("no evaluation needs remapping")
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("valid progress rejected: %v", err)
	}
	p.Evaluations[at].AreaChanges[0].Kind = "annexed"
	p.Evaluations[at].AreaChanges[0].Successors = append(p.Evaluations[at].AreaChanges[0].Successors, p.Evaluations[at].AreaChanges[0].Area)
	var got []string
	for _, pr := range workforce.AsProblems(p.Validate()) {
		got = append(got, pr.Code+" "+pr.Path)
	}
	base := "/evaluations/" + strconv.Itoa(at) + "/area_changes/0"
	want := []string{"inconsistent " + base + "/successors/1", "not_supported " + base + "/kind"}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}
