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
