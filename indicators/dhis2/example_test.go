package dhis2_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/indicators/dhis2"
	"github.com/sswkit/ssw/workforce"
)

// Export a report's density per 100,000 children, nationally and by sex,
// to DHIS2. The suppressed cell is skipped, never sent.
func Example() {
	rep := indicators.Report{
		Country: "KH", AsOf: workforce.MustParseDate("2025-06-30"), Input: indicators.PathAggregates,
		Disclosure: &indicators.DisclosurePolicy{Threshold: 10},
		Areas:      []indicators.ReportArea{{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational}},
		Results: []indicators.IndicatorResult{
			{Indicator: indicators.SSWDenChild, Cell: indicators.ResultCell{Area: "KH", Level: workforce.LevelNational}, Status: indicators.StatusOK,
				Numerator: workforce.MustParseDecimal("412"), Denominator: workforce.MustParseDecimal("5600000"), Multiplier: 100000,
				Value: workforce.MustParseDecimal("7.35"), Precision: 2, Unit: "per 100,000 children"},
			{Indicator: indicators.SSWDenChild, Cell: indicators.ResultCell{Area: "KH", Level: workforce.LevelNational, Sex: workforce.SexOther},
				Status: indicators.StatusSuppressed, Multiplier: 100000, Precision: 2, Unit: "per 100,000 children"},
		},
	}
	rep.Parameters.Options.Disclosure = rep.Disclosure
	m, err := dhis2.ReadMapping([]byte(`{
		"period_type": "Yearly",
		"org_units": [{"area": "KH", "org_unit": "OUkh0000001"}],
		"data_elements": [
			{"indicator": "SSW-DEN-CHILD", "data_element": "DEdenChild1"},
			{"indicator": "SSW-DEN-CHILD", "breakdown": {"sex": "other"}, "data_element": "DEdenChild1", "category_option_combo": "COCsexOther"}
		]}`))
	if err != nil {
		panic(err)
	}
	set, sum, err := dhis2.Export(rep, m, dhis2.Options{})
	if err != nil {
		panic(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(set); err != nil {
		panic(err)
	}
	fmt.Printf("sent %d, skipped %d (%s)\n", sum.Sent, len(sum.Skipped), sum.Skipped[0].Reason)
	// Output:
	// {
	//   "period": "2025",
	//   "dataValues": [
	//     {
	//       "dataElement": "DEdenChild1",
	//       "period": "2025",
	//       "orgUnit": "OUkh0000001",
	//       "value": "7.35"
	//     }
	//   ]
	// }
	// sent 1, skipped 1 (suppressed)
}

func ExamplePeriodType_Period() {
	d := workforce.MustParseDate("2025-06-30")
	for _, t := range []dhis2.PeriodType{dhis2.Monthly, dhis2.Quarterly, dhis2.Weekly, dhis2.FinancialJuly} {
		p, _ := t.Period(d)
		fmt.Println(t, p)
	}
	// Output:
	// Monthly 202506
	// Quarterly 2025Q2
	// Weekly 2025W27
	// FinancialJuly 2024July
}
