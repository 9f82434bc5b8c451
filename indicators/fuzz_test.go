package indicators_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// FuzzAggregateFigures decodes arbitrary documents as AggregateFigures and
// evaluates those that decode: evaluation never panics, and what it
// returns is either problems or a report that validates and carries no
// NaN or infinity.
func FuzzAggregateFigures(f *testing.F) {
	seed, _ := json.Marshal(cambodiaFigures())
	f.Add(seed, "positions")
	f.Add([]byte(`{"country":"KH","as_of":"2024-06-30","areas":[{"code":"KH","name":"K","level":"national","population":[{"date":"2019-03-03","total":0,"children":0,"source":"s","vintage":"v"}]}],"counts":[{"area":"KH","measure":"workers","scope":"head_count","value":"0"}]}`), "head_count")
	f.Add([]byte(`{"country":"KH","as_of":"2024-06-30","period_start":"2023-06-30","areas":[{"code":"A","name":"A","level":"province"},{"code":"B","name":"B","level":"province"}],"counts":[{"area":"A","measure":"leavers","scope":"fte","value":"1.25"},{"area":"B","measure":"workers_of_age","scope":"head_count","age":40,"value":"3"}],"drivers":[{"area":"A","value":7}],"policies":[{"indicator":"GOV-HRIS","status":"unknown"}]}`), "fte")
	f.Add([]byte(`{}`), "")
	f.Fuzz(func(t *testing.T, data []byte, scope string) {
		var fig indicators.AggregateFigures
		if err := workforce.Decode(data, &fig); err != nil {
			return
		}
		opts := indicators.Options{Scope: indicators.CountScope(scope),
			Norm: &indicators.StaffingNorm{Basis: indicators.NormPerDriver, Level: workforce.LevelProvince, Workers: 1, Per: 3}}
		rep, err := indicators.EvaluateAggregates(fig, opts)
		if err != nil {
			if !errors.Is(err, workforce.ErrInvalid) {
				t.Fatalf("error without problems: %v", err)
			}
			return
		}
		if err := rep.Validate(); err != nil {
			t.Fatalf("report does not validate: %v", err)
		}
		out, _ := json.Marshal(rep)
		for _, bad := range []string{"NaN", "Inf", ":null"} {
			if strings.Contains(string(out), bad) {
				t.Fatalf("report contains %s", bad)
			}
		}
		for _, r := range rep.Results {
			if !r.Value.IsZero() {
				def, _ := indicators.Lookup(r.Indicator)
				if _, err := r.Rounded(def.Rounding); err != nil {
					t.Fatalf("%s: %v", r.Indicator, err)
				}
			}
		}
	})
}

// FuzzReport decodes arbitrary documents as reports: decoding and
// validation never panic, and presenting any result either works or
// returns an error.
func FuzzReport(f *testing.F) {
	rep, _ := indicators.EvaluateAggregates(cambodiaFigures(), indicators.Options{Scope: indicators.ScopePositions})
	seed, _ := json.Marshal(rep)
	f.Add(seed)
	f.Add([]byte(`{"country":"KH","as_of":"2024-06-30","input":"records","parameters":{"options":{}},"results":[{"indicator":"SSW-DEN-POP","cell":{"area":"KH"},"status":"ok","value":"1.5","precision":0,"unit":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r indicators.Report
		if err := workforce.Decode(data, &r); err != nil {
			return
		}
		_ = r.Validate()
		for _, res := range r.Results {
			_, _ = res.Present()
		}
	})
}

// FuzzRound rounds arbitrary decimals in every mode: no panic, and a
// success has exactly the requested number of fraction digits.
func FuzzRound(f *testing.F) {
	f.Add("28907.632478", false, 0)
	f.Add("-0.1", false, 0)
	f.Add("2.45", true, 1)
	f.Add("99999999999999999999999.999", true, 2)
	f.Fuzz(func(t *testing.T, s string, exact bool, places int) {
		v, err := workforce.ParseDecimal(s)
		if err != nil {
			return
		}
		for _, m := range indicators.RoundingModeValues() {
			got, err := indicators.Round(v, exact, indicators.PresentationRounding{Mode: m, Places: places})
			if err != nil {
				continue
			}
			frac := ""
			if i := strings.IndexByte(got.String(), '.'); i >= 0 {
				frac = got.String()[i+1:]
			}
			if len(frac) != places {
				t.Fatalf("Round(%s, %s, %d) = %s", s, m, places, got)
			}
		}
	})
}
