package indicators_test

import (
	"testing"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// BenchmarkTallyAddWorker counts one worker record per operation into a
// tally of the Cambodia-shaped fixture (1,652 communes), cycling through
// its workers. Target: at least 5,000,000 records/s and 0 allocs/op.
func BenchmarkTallyAddWorker(b *testing.B) {
	reg := fixtureRegistry(cambodiaShape)
	c, err := indicators.NewCounter(&reg, fixtureAsOf, fixtureRules())
	if err != nil {
		b.Fatal(err)
	}
	ws := reg.Workers
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := c.AddWorker(&ws[i]); err != nil {
			b.Fatal(err)
		}
		i++
		if i == len(ws) {
			// A counter counts a worker once: start a new one on the same
			// index (it shares the posts) for the next round.
			i, c = 0, c.Index().NewCounter()
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkEvaluateCatalogue evaluates the whole catalogue with all
// default disaggregations (every area at every level, breakdowns at the
// national level), the commune norm, flows and CPD, for the
// Cambodia-shaped fixture. Target: at most 50 ms per operation.
func BenchmarkEvaluateCatalogue(b *testing.B) {
	benchEvaluate(b, indicators.Options{Norm: fixtureNorm()})
}

// BenchmarkEvaluateCatalogueDisclosure is the same with disclosure
// control (threshold 10).
func BenchmarkEvaluateCatalogueDisclosure(b *testing.B) {
	p := indicators.DefaultDisclosure()
	benchEvaluate(b, indicators.Options{Norm: fixtureNorm(), Disclosure: &p})
}

// BenchmarkEvaluateCatalogueProvinceBreakdowns gives breakdowns for the
// nation and each of the 25 provinces.
func BenchmarkEvaluateCatalogueProvinceBreakdowns(b *testing.B) {
	benchEvaluate(b, indicators.Options{Norm: fixtureNorm(), CrossLevels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince}})
}

func benchEvaluate(b *testing.B, opts indicators.Options) {
	reg := fixtureRegistry(cambodiaShape)
	t, err := indicators.TallyRegistry(&reg, fixtureAsOf, fixtureRules())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var n int
	cpu := cpuTime()
	for b.Loop() {
		rep, err := t.Evaluate(opts)
		if err != nil {
			b.Fatal(err)
		}
		n = len(rep.Results)
	}
	b.ReportMetric(float64(n), "results")
	b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
}

// BenchmarkEvaluateCatalogueEveryBreakdownDisclosure evaluates every
// quantitative indicator, the NHWA-aligned ones included, with every
// breakdown, the urban/rural one included, under disclosure control
// (threshold 10).
func BenchmarkEvaluateCatalogueEveryBreakdownDisclosure(b *testing.B) {
	p := indicators.DefaultDisclosure()
	var ids []indicators.IndicatorID
	for _, d := range indicators.Catalogue() {
		if d.Kind != indicators.KindPolicy {
			ids = append(ids, d.ID)
		}
	}
	benchEvaluate(b, indicators.Options{Norm: fixtureNorm(), Disclosure: &p, Indicators: ids,
		Disaggregations: indicators.DisaggregationValues()})
}

// BenchmarkEvaluateCatalogueSettingDisclosure is the default catalogue
// with every default breakdown and the urban/rural one, under disclosure
// control.
func BenchmarkEvaluateCatalogueSettingDisclosure(b *testing.B) {
	p := indicators.DefaultDisclosure()
	benchEvaluate(b, indicators.Options{Norm: fixtureNorm(), Disclosure: &p, Disaggregations: indicators.DisaggregationValues()})
}
