package examples

import (
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/workforce"
)

// The canonical Ha Noi Declaration samples: a shipped national plan,
// synthetic progress data and the plan's evaluation against it, a
// synthetic country assessment, its scorecard and a regional roll-up.
// Each call returns a fresh value; evaluations and scores are computed by
// the declaration package on fixed inputs.

// SamplePlan returns Viet Nam's Social Work Development Programme
// 2021-2030 (Decision 112/QD-TTg), a shipped plan with measures of its
// own, targets for 2025 and 2030 and provincial overrides.
func SamplePlan() declaration.Plan { return declaration.VietNamDecision112() }

// SampleProgressDate is the as-of date of [SampleProgressData].
const SampleProgressDate = "2025-12-31"

// SampleProgressData returns synthetic observations of [SamplePlan]'s
// measures to the end of 2025 — national figures, one of them also
// printed differently by a less reliable source, and two provinces, one
// of which absorbed another in the 2025 reorganisation. The shipped area
// changes apply without being listed.
func SampleProgressData() declaration.ProgressData {
	d := workforce.MustParseDate
	n := workforce.MustParseDecimal
	src := declaration.Citation{Title: "Provincial social work report (" + SyntheticLabel + ")", Date: d("2026-02-15")}
	national := declaration.Citation{Title: "Ministry programme review (" + SyntheticLabel + ")", Date: d("2026-03-01")}
	press := declaration.Citation{Title: "Press summary of the programme review (" + SyntheticLabel + ")", Date: d("2026-03-02")}
	return declaration.ProgressData{
		AsOf: d(SampleProgressDate),
		Observations: []declaration.Observation{
			{Country: "VN", Indicator: "VN112-SW-STAFFED", Date: d("2025-12-31"), Value: n("62.4"), Unit: "%", Source: national, Confidence: declaration.ConfidenceConfirmed},
			{Country: "VN", Indicator: "VN112-SW-STAFFED", Date: d("2025-12-31"), Value: n("64"), Unit: "%", Source: press, Confidence: declaration.ConfidenceUnconfirmed},
			{Country: "VN", Area: "VN-59", Indicator: "VN112-SW-STAFFED", Date: d("2024-12-31"), Value: n("65.0"), Source: src},
			{Country: "VN", Area: "VN-56", Indicator: "VN112-SW-STAFFED", Date: d("2025-12-31"), Value: n("61.2"), Source: src},
			{Country: "VN", Indicator: "VN112-STAFF-TRAINED", Date: d("2025-12-31"), Value: n("34.5"), Source: national},
			{Country: "VN", Indicator: "VN112-PEOPLE-SUPPORTED", Date: d("2020-12-31"), Value: n("1000000"), Source: national},
			{Country: "VN", Indicator: "VN112-PEOPLE-SUPPORTED", Date: d("2025-12-31"), Value: n("1260000"), Source: national},
		},
	}
}

// SamplePlanProgress returns the evaluation of [SamplePlan] against
// [SampleProgressData]: one result per target for the nation and the
// areas concerned, with the count of each outcome.
func SamplePlanProgress() declaration.PlanProgress {
	p, err := declaration.EvaluatePlan(SamplePlan(), SampleProgressData())
	if err != nil {
		panic("examples: sample plan progress: " + err.Error()) // impossible: fixed, valid inputs
	}
	return p
}

// SampleAssessment returns a synthetic assessment of Cambodia against the
// Ha Noi Declaration for 2024: five commitments with a status, evidence
// and indicator observations; the other six are not assessed.
func SampleAssessment() declaration.Assessment {
	d := workforce.MustParseDate
	return declaration.Assessment{
		Country: "KH", PeriodStart: d("2024-01-01"), PeriodEnd: d("2024-12-31"),
		Assessor: "National review team (" + SyntheticLabel + ")",
		Commitments: []declaration.CommitmentAssessment{
			{Commitment: declaration.C02StrategicPlan, Status: declaration.StatusAchieved,
				Evidence: []declaration.Citation{{Title: "Strategic Plan on the Social Service Workforce 2022-2031", Date: d("2022-04-04")}},
				Observations: []declaration.Observation{{Country: "KH", Indicator: "GOV-COSTED-PLAN", Date: d("2024-12-31"),
					Policy: declaration.PolicyYes, Source: declaration.Citation{Title: "Ministry annual report 2024 (" + SyntheticLabel + ")"}}}},
			{Commitment: declaration.C03Regulation, Status: declaration.StatusPlanned,
				Notes: "A regulation of the profession is drafted; no licensing body exists yet."},
			{Commitment: declaration.C06Retention, Status: declaration.StatusInProgress,
				Observations: []declaration.Observation{{Country: "KH", Indicator: "SSW-DEN-CHILD", Date: d("2024-12-31"),
					Value: workforce.MustParseDecimal("64.4"), Source: declaration.Citation{Title: "Ministry workforce report 2024 (" + SyntheticLabel + ")"}}}},
			{Commitment: declaration.C07Resources, Status: declaration.StatusInProgress},
			{Commitment: declaration.C10PublicPerception, Status: declaration.StatusNotStarted},
		},
		Notes: SyntheticLabel + " assessment for examples and tests; not an official review.",
	}
}

// SampleScorecard returns the scorecard of [SampleAssessment].
func SampleScorecard() declaration.Scorecard {
	sc, err := declaration.ScoreAssessment(SampleAssessment())
	if err != nil {
		panic("examples: sample scorecard: " + err.Error()) // impossible: fixed, valid inputs
	}
	return sc
}

// SampleRegionalScorecard returns the regional roll-up for 2024 of
// [SampleScorecard] and of a synthetic Viet Nam scorecard for the same
// period; the other member states are listed as missing.
func SampleRegionalScorecard() declaration.RegionalScorecard {
	d := workforce.MustParseDate
	vn, err := declaration.ScoreAssessment(declaration.Assessment{
		Country: "VN", PeriodStart: d("2024-01-01"), PeriodEnd: d("2024-12-31"),
		Commitments: []declaration.CommitmentAssessment{
			{Commitment: declaration.C01LegalFramework, Status: declaration.StatusInProgress},
			{Commitment: declaration.C02StrategicPlan, Status: declaration.StatusAchieved},
			{Commitment: declaration.C07Resources, Status: declaration.StatusInProgress},
		},
	})
	if err != nil {
		panic("examples: sample regional scorecard: " + err.Error()) // impossible: fixed, valid inputs
	}
	r, err := declaration.RollUp([]declaration.Scorecard{SampleScorecard(), vn})
	if err != nil {
		panic("examples: sample regional scorecard: " + err.Error()) // impossible: fixed, valid inputs
	}
	return r
}
