package declaration_test

import (
	"fmt"
	"testing"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// benchProgress builds Viet Nam-shaped progress data: the national figure
// and 34 provinces, yearly from 2020 to 2030, for the five measures of
// Decision 112 (about 1,900 observations).
func benchProgress() declaration.ProgressData {
	measures := []indicators.IndicatorID{"VN112-SW-STAFFED", "VN112-STAFF-TRAINED", "VN112-FACILITY-SERVICES", "VN112-PEOPLE-SUPPORTED", "VN112-CHILDREN-SUPPORTED"}
	areas := []workforce.AreaCode{""}
	for i := 1; i <= 34; i++ {
		areas = append(areas, workforce.AreaCode(fmt.Sprintf("VN-%02d", i)))
	}
	d := declaration.ProgressData{AsOf: workforce.MustParseDate("2030-12-31"), AreaChanges: declaration.ShippedAreaChanges("VN")}
	for _, m := range measures {
		for ai, a := range areas {
			for y := 2020; y <= 2030; y++ {
				v := fmt.Sprintf("%d.%d", 30+(y-2020)*5+ai%7, ai%10)
				d.Observations = append(d.Observations, obs("VN", a, m, fmt.Sprintf("%d-12-31", y), v))
			}
		}
	}
	return d
}

func BenchmarkEvaluatePlan(b *testing.B) {
	plan := declaration.VietNamDecision112()
	data := benchProgress()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := declaration.EvaluatePlan(plan, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlanValidate(b *testing.B) {
	plan := declaration.VietNamDecision112()
	b.ReportAllocs()
	for b.Loop() {
		if err := plan.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func fullAssessment(c workforce.CountryCode) declaration.Assessment {
	a := declaration.Assessment{Country: c, PeriodStart: workforce.MustParseDate("2025-01-01"), PeriodEnd: workforce.MustParseDate("2025-12-31")}
	statuses := []declaration.ImplementationStatus{declaration.StatusNotStarted, declaration.StatusPlanned, declaration.StatusInProgress, declaration.StatusAchieved}
	for i, cm := range declaration.Commitments() {
		ca := declaration.CommitmentAssessment{Commitment: cm.ID, Status: statuses[(i+len(c))%4],
			Evidence: []declaration.Citation{{Title: "Annual report", Date: workforce.MustParseDate("2025-06-30")}}}
		ca.Observations = append(ca.Observations, policyObs(c, cm.Indicators[0], "2025-11-30", declaration.PolicyPartial))
		a.Commitments = append(a.Commitments, ca)
	}
	return a
}

func BenchmarkScoreAssessment(b *testing.B) {
	a := fullAssessment("PH")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := declaration.ScoreAssessment(a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRollUp(b *testing.B) {
	var cards []declaration.Scorecard
	for _, m := range declaration.MembersOn(workforce.MustParseDate("2025-12-31")) {
		sc, err := declaration.ScoreAssessment(fullAssessment(m.Alpha2))
		if err != nil {
			b.Fatal(err)
		}
		cards = append(cards, sc)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := declaration.RollUp(cards); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluatePlanSources is BenchmarkEvaluatePlan with every figure
// also given by a second, less confident source that disagrees, so that
// every judged figure goes through the source rules.
func BenchmarkEvaluatePlanSources(b *testing.B) {
	plan := declaration.VietNamDecision112()
	data := benchProgress()
	n := len(data.Observations)
	for i := range n {
		o := data.Observations[i]
		o.Source, o.Confidence = declaration.Citation{Title: "Second source"}, declaration.ConfidenceUnconfirmed
		o.Value = workforce.DecimalOf(o.Value.Decimal().Add(workforce.MustParseDecimal("0.5").Decimal()))
		data.Observations = append(data.Observations, o)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := declaration.EvaluatePlan(plan, data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReconcile(b *testing.B) {
	data := benchProgress()
	for i := range len(data.Observations) {
		o := data.Observations[i]
		o.Source = declaration.Citation{Title: "Second source"}
		data.Observations = append(data.Observations, o)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := declaration.Reconcile(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompoundGrowth: a plan period in whole years, and one of ten
// years counted by the day.
func BenchmarkCompoundGrowth(b *testing.B) {
	for _, c := range []struct{ name, from, to string }{
		{"whole years", "2020-12-31", "2030-12-31"},
		{"by the day", "2020-12-31", "2030-07-02"},
	} {
		b.Run(c.name, func(b *testing.B) {
			from, to := workforce.MustParseDate(c.from), workforce.MustParseDate(c.to)
			start, end := workforce.MustParseDecimal("45000"), workforce.MustParseDecimal("65000")
			b.ReportAllocs()
			for b.Loop() {
				if _, err := declaration.CompoundGrowth(from, start, to, end, declaration.GrowthPlaces, indicators.RoundHalfUp); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
