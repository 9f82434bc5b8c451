package dhis2_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/indicators/dhis2"
	"github.com/sswkit/ssw/workforce"
)

var (
	reportOnce sync.Once
	theReport  indicators.Report
	reportErr  error
)

// protectedReport is the synthetic registry's report with the default
// disclosure control: national and provincial results, breakdowns
// nationally.
func protectedReport(t testing.TB) indicators.Report {
	t.Helper()
	reportOnce.Do(func() {
		reg := examples.NewSynthetic(examples.SyntheticConfig{Workers: 600}).Registry()
		tally, err := indicators.TallyRegistry(&reg, reg.AsOf, indicators.RecordRules{})
		if err != nil {
			reportErr = err
			return
		}
		d := indicators.DefaultDisclosure()
		theReport, reportErr = tally.Evaluate(indicators.Options{
			Indicators: []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWPostVac, indicators.SSWShareFemale, indicators.SSWQualSW,
				indicators.SSWShareContract},
			AreaLevels:  []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
			CrossLevels: []workforce.AdminLevel{workforce.LevelNational},
			// Every breakdown, the urban/rural one (given on request) too.
			Disaggregations: indicators.DisaggregationValues(),
			Disclosure:      &d,
		})
	})
	if reportErr != nil {
		t.Fatal(reportErr)
	}
	rep := theReport
	rep.Results = slices.Clone(rep.Results) // tests may change results
	return rep
}

// uid makes a DHIS2-shaped UID from a label and a number.
func uid(prefix string, n int) string { return fmt.Sprintf("%s%0*d", prefix, 11-len(prefix), n) }

// fullMapping maps every area of the report to an organisation unit and
// every indicator and breakdown in it to a data element.
func fullMapping(rep indicators.Report) dhis2.Mapping {
	m := dhis2.Mapping{PeriodType: dhis2.Yearly, DataSet: uid("DS", 1)}
	for i, a := range rep.Areas {
		m.OrgUnits = append(m.OrgUnits, dhis2.OrgUnit{Area: a.Code, OrgUnit: uid("OU", i)})
	}
	seen := map[string]bool{}
	for _, r := range rep.Results {
		b := dhis2.BreakdownOf(r.Cell)
		k := fmt.Sprint(r.Indicator, b)
		if seen[k] {
			continue
		}
		seen[k] = true
		m.DataElements = append(m.DataElements, dhis2.DataElement{Indicator: r.Indicator, Breakdown: b, DataElement: uid("DE", len(m.DataElements)), CategoryOptionCombo: uid("CC", len(m.DataElements))})
	}
	return m
}
