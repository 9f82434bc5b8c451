package examples

import (
	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// The canonical country monitoring samples: what a registry-wide
// evaluation against a credential scheme sums up to, and one member
// state's monitoring report combining indicators, plan progress,
// credentialing and the Declaration scorecard. Both are computed by the
// library on fixed synthetic inputs; each call returns a fresh value.

// SampleCountryReportDate is the as-of date of [SampleCountryReport] and
// [SampleDecisionSummary]: the end of the period of [SampleScorecard] and
// the date of [SampleAggregateFigures].
const SampleCountryReportDate = "2024-12-31"

// sampleSummaryWorkers is the number of synthetic workers the sample
// summaries evaluate: enough for several outcomes, few enough to read.
const sampleSummaryWorkers = 40

// sampleFacts returns the registry facts of the synthetic Cambodia-shaped
// workers in post on [SampleCountryReportDate] (all of them, and the
// professional social workers alone).
func sampleFacts() (all, professionals []accreditation.Facts) {
	s := NewSynthetic(SyntheticConfig{Workers: sampleSummaryWorkers, AsOf: workforce.MustParseDate(SampleCountryReportDate)})
	for i := range s.Config().Workers { // the workers in post come first; former workers follow
		w := s.Worker(i)
		f := accreditation.FactsFromWorker(w)
		all = append(all, f)
		if w.Cadre == workforce.CadreProfessional {
			professionals = append(professionals, f)
		}
	}
	return all, professionals
}

// summarize evaluates facts against the shipped scheme id for purpose p
// on the sample date and sums the decisions up.
func summarize(id workforce.ID, p accreditation.RulePurpose, facts []accreditation.Facts) accreditation.DecisionSummary {
	s, ok := accreditation.SchemeByID(id)
	if !ok {
		panic("examples: shipped scheme " + string(id) + " missing") // impossible: shipped data
	}
	asOf := workforce.MustParseDate(SampleCountryReportDate)
	ds := make([]accreditation.Decision, 0, len(facts))
	for _, f := range facts {
		d, err := accreditation.EvaluatePurpose(s, p, f, asOf)
		if err != nil {
			panic("examples: sample summary: " + err.Error()) // impossible: fixed, valid inputs
		}
		ds = append(ds, d)
	}
	sum, err := accreditation.Summarise(s, p, asOf, ds)
	if err != nil {
		panic("examples: sample summary: " + err.Error()) // impossible: fixed, valid inputs
	}
	return sum
}

// SampleDecisionSummary returns what the Philippine licensure examination
// admission rules ([accreditation.SchemePHRegistration]) make of the
// professional social workers of a small synthetic Cambodia-shaped
// registry, for comparison: how many would be admitted, and which
// requirements stop or cannot yet decide the others (a registry holds no
// exam records, references or documents, so most are unknown).
func SampleDecisionSummary() accreditation.DecisionSummary {
	_, professionals := sampleFacts()
	return summarize(accreditation.SchemePHRegistration, accreditation.PurposeExamAdmission, professionals)
}

// SampleCountryReport returns a synthetic monitoring report of Cambodia
// on [SampleCountryReportDate]: the indicators of [SampleAggregateFigures],
// the progress of the Strategic Plan 2022-2031 against a synthetic
// coverage figure, the credentialing summaries (Cambodia's own, which is
// not applicable for lack of a regime, and [SampleDecisionSummary] for
// comparison) and [SampleScorecard].
func SampleCountryReport() declaration.CountryReport {
	asOf := workforce.MustParseDate(SampleCountryReportDate)
	figures := SampleAggregateFigures()
	rep, err := indicators.EvaluateAggregates(figures, indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWDenPop, indicators.SSWPostVac,
			indicators.SSWShareFemale, indicators.GovCostedPlan},
	})
	if err != nil {
		panic("examples: sample country report: " + err.Error()) // impossible: fixed, valid inputs
	}
	progress, err := declaration.EvaluatePlan(declaration.CambodiaSSWPlan(), declaration.ProgressData{
		AsOf: asOf,
		Observations: []declaration.Observation{{
			Country: "KH", Indicator: indicators.SSWUnitCoverage, Date: asOf, Value: workforce.MustParseDecimal("38.6"),
			Source: declaration.Citation{Title: "Ministry workforce report 2024 (" + SyntheticLabel + ")"},
		}},
	})
	if err != nil {
		panic("examples: sample country report: " + err.Error()) // impossible: fixed, valid inputs
	}
	all, _ := sampleFacts()
	return declaration.CountryReport{
		Country: "KH", AsOf: asOf,
		Title:         "Social service workforce monitoring report, Cambodia, 2024 (" + SyntheticLabel + ")",
		Source:        SyntheticLabel + " figures and records for examples and tests; not official statistics",
		Indicators:    rep,
		Plans:         []declaration.PlanProgress{progress},
		Credentialing: []accreditation.DecisionSummary{summarize("KH-NO-REGIME", accreditation.PurposeGrant, all), SampleDecisionSummary()},
		Scorecard:     new(SampleScorecard()),
		Notes: []string{
			"Cambodia has no statutory licensing of social workers: its credentialing summary is not applicable, never 'not eligible'.",
			"The Philippine examination admission rules are evaluated for comparison only.",
		},
	}
}
