package declaration_test

import (
	"fmt"
	"slices"
	"strconv"
	"testing"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// cambodiaCommunes: the nation, one province and four communes with their
// professional and para-professional workers (illustrative counts).
func cambodiaCommunes(prof, para [4]int) indicators.AggregateFigures {
	f := indicators.AggregateFigures{
		Country: "KH", AsOf: workforce.MustParseDate("2025-06-30"),
		Areas: []workforce.AdminArea{
			{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational},
			{Code: "KH-12", Name: "Phnom Penh", Level: workforce.LevelProvince, Parent: "KH"},
			{Code: "KH-12-D1", Name: "District 1", Level: workforce.LevelDistrict, Parent: "KH-12"},
		},
	}
	count := func(area workforce.AreaCode, c workforce.Cadre, n int) indicators.AggregateCount {
		return indicators.AggregateCount{Area: area, Measure: indicators.MeasureInCadre, Cadre: c, Scope: indicators.ScopeHeadCount,
			Value: workforce.MustParseDecimal(strconv.Itoa(n))}
	}
	var sumProf, sumPara int
	for i := range 4 {
		code := workforce.AreaCode(fmt.Sprintf("KH-12-C%d", i+1))
		f.Areas = append(f.Areas, workforce.AdminArea{Code: code, Name: string(code), Level: workforce.LevelCommune, Parent: "KH-12-D1"})
		f.Counts = append(f.Counts, count(code, workforce.CadreProfessional, prof[i]), count(code, workforce.CadreParaProfessional, para[i]))
		sumProf += prof[i]
		sumPara += para[i]
	}
	for _, a := range []workforce.AreaCode{"KH", "KH-12", "KH-12-D1"} {
		f.Counts = append(f.Counts, count(a, workforce.CadreProfessional, sumProf), count(a, workforce.CadreParaProfessional, sumPara))
	}
	return f
}

func TestObservationsFromReport(t *testing.T) {
	plan := declaration.CambodiaSSWPlan()
	norm := plan.Targets[0].StaffingNorm()
	if norm == nil {
		t.Fatal("the Cambodian plan's coverage target states its norm as a value")
	}
	rep, err := indicators.EvaluateAggregates(cambodiaCommunes([4]int{2, 1, 0, 3}, [4]int{0, 1, 1, 0}), indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SSWUnitCoverage, indicators.SSWNormReq, indicators.SSWShareCadre},
		Norm:       norm, CrossLevels: []workforce.AdminLevel{workforce.LevelNational},
	})
	if err != nil {
		t.Fatal(err)
	}
	src := declaration.Citation{Title: "Registry indicators", Date: rep.AsOf}
	type obs struct {
		id    indicators.IndicatorID
		area  workforce.AreaCode
		value string
		num   int64
	}
	tests := []struct {
		name string
		sel  declaration.ReportObservations
		want []obs
	}{
		{"coverage, every level", declaration.ReportObservations{Indicators: []indicators.IndicatorID{indicators.SSWUnitCoverage}}, []obs{
			{indicators.SSWUnitCoverage, "", "75", 3}, // 3 of 4 communes have 2 professionals or para-professionals
			{indicators.SSWUnitCoverage, "KH-12", "75", 3},
			{indicators.SSWUnitCoverage, "KH-12-D1", "75", 3},
			{indicators.SSWUnitCoverage, "KH-12-C1", "100", 1},
			{indicators.SSWUnitCoverage, "KH-12-C2", "100", 1},
			{indicators.SSWUnitCoverage, "KH-12-C3", "0", 0},
			{indicators.SSWUnitCoverage, "KH-12-C4", "100", 1},
		}},
		{"national and province", declaration.ReportObservations{Levels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince}}, []obs{
			{indicators.SSWUnitCoverage, "", "75", 3},
			{indicators.SSWUnitCoverage, "KH-12", "75", 3},
			{indicators.SSWNormReq, "", "8", 0},
			{indicators.SSWNormReq, "KH-12", "8", 0},
			// SSW-SHARE-CADRE's results name a cadre: a breakdown, left out.
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.sel.Source = src
			got := declaration.ObservationsFromReport(rep, tc.sel)
			var have []obs
			for _, o := range got {
				have = append(have, obs{o.Indicator, o.Area, o.Value.String(), o.Numerator})
				if o.Country != "KH" || o.Date != rep.AsOf || o.Source != src {
					t.Errorf("%+v: country, date or source not the report's", o)
				}
				if err := o.Validate(); err != nil {
					t.Errorf("%+v: %v", o, err)
				}
			}
			if !slices.Equal(have, tc.want) {
				t.Errorf("got %v\nwant %v", have, tc.want)
			}
		})
	}
	// The plan evaluates them: the nation and each area against 100 %.
	progress, err := declaration.EvaluatePlan(plan, declaration.ProgressData{AsOf: rep.AsOf,
		Observations: declaration.ObservationsFromReport(rep, declaration.ReportObservations{Source: src})})
	if err != nil {
		t.Fatal(err)
	}
	judged := 0
	for _, e := range progress.Evaluations {
		if e.Target == "KH-SSW-01" && !e.Observed.IsZero() {
			judged++
		}
	}
	if judged != 7 {
		t.Errorf("%d coverage figures judged, want 7: %+v", judged, progress.Evaluations)
	}
}

// TestObservationsFromReportSkips: results without a value (undefined,
// suppressed, missing) and breakdowns give no observation; an unreliable
// one is noted; a policy status maps to its policy value, unknown to none.
func TestObservationsFromReportSkips(t *testing.T) {
	asOf := workforce.MustParseDate("2025-06-30")
	val := workforce.MustParseDecimal
	res := func(id indicators.IndicatorID, area workforce.AreaCode, level workforce.AdminLevel, st indicators.ResultStatus, v string) indicators.IndicatorResult {
		r := indicators.IndicatorResult{Indicator: id, Cell: indicators.ResultCell{Area: area, Level: level}, Status: st, Unit: "%"}
		if v != "" {
			r.Value = val(v)
			r.Numerator = val("3")
		}
		return r
	}
	female := res(indicators.SSWShareFemale, "KH", workforce.LevelNational, indicators.StatusOK, "60")
	female.Cell.Sector = workforce.SectorGovernment
	policy := func(p indicators.PolicyStatus) indicators.IndicatorResult {
		return indicators.IndicatorResult{Indicator: indicators.GovSWLaw, Cell: indicators.ResultCell{Area: "KH", Level: workforce.LevelNational}, Status: indicators.StatusOK, Policy: p}
	}
	rep := indicators.Report{Country: "KH", AsOf: asOf,
		Areas: []indicators.ReportArea{{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational}, {Code: "KH-12", Name: "Phnom Penh", Level: workforce.LevelProvince, Parent: "KH"}},
		Results: []indicators.IndicatorResult{
			res(indicators.SSWQualSW, "KH", workforce.LevelNational, indicators.StatusOK, "40"),
			res(indicators.SSWQualSW, "KH-12", "", indicators.StatusUnreliable, "50"), // level from the report's areas
			res(indicators.SSWShareGov, "KH", workforce.LevelNational, indicators.StatusUndefined, ""),
			res(indicators.SSWShareGov, "KH-12", workforce.LevelProvince, indicators.StatusSuppressed, ""),
			res(indicators.SSWShareGov, "KH-12", workforce.LevelProvince, indicators.StatusMissing, ""),
			female,
			policy(indicators.PolicyPartial),
			policy(indicators.PolicyUnknown),
		}}
	got := declaration.ObservationsFromReport(rep, declaration.ReportObservations{Source: declaration.Citation{Title: "report"}, Confidence: declaration.ConfidenceConfirmed})
	if len(got) != 3 {
		t.Fatalf("%d observations, want 3: %+v", len(got), got)
	}
	if got[0].Area != "" || got[0].Value.String() != "40" || got[0].Numerator != 3 || got[0].Unit != "%" || got[0].Notes != "" || got[0].Confidence != declaration.ConfidenceConfirmed {
		t.Errorf("national: %+v", got[0])
	}
	if got[1].Area != "KH-12" || got[1].Notes == "" {
		t.Errorf("unreliable province: %+v", got[1])
	}
	if got[2].Indicator != indicators.GovSWLaw || got[2].Policy != declaration.PolicyPartial || !got[2].Value.IsZero() {
		t.Errorf("policy: %+v", got[2])
	}
	if got := declaration.ObservationsFromReport(rep, declaration.ReportObservations{Levels: []workforce.AdminLevel{workforce.LevelProvince}}); len(got) != 1 || got[0].Area != "KH-12" {
		t.Errorf("province level only: %+v", got)
	}
}

// TestTargetNorm: a norm is a value of a staffing_norm parameter only, and
// its own rules are located problems of the plan.
func TestTargetNorm(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(p *declaration.TargetParameter)
		paths []string
	}{
		{"the shipped norm", func(*declaration.TargetParameter) {}, nil},
		{"text only", func(p *declaration.TargetParameter) { p.Norm = nil }, nil},
		{"a norm on another parameter", func(p *declaration.TargetParameter) { p.Name = indicators.ParamPeriodStart }, []string{"/targets/0/parameters/0/norm"}},
		{"a per-unit norm without workers", func(p *declaration.TargetParameter) { p.Norm.Workers = 0 }, []string{"/targets/0/parameters/0/norm/workers"}},
		{"a basis not in the table", func(p *declaration.TargetParameter) { p.Norm.Basis = "per_household" }, []string{"/targets/0/parameters/0/norm/basis"}},
		{"cadres and sectors", func(p *declaration.TargetParameter) { p.Norm.Sectors = []workforce.Sector{workforce.SectorGovernment} },
			[]string{"/targets/0/parameters/0/norm/sectors"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plan := declaration.CambodiaSSWPlan()
			tc.edit(&plan.Targets[0].Parameters[0])
			var paths []string
			for _, p := range workforce.AsProblems(plan.Validate()) {
				paths = append(paths, p.Path)
			}
			if !slices.Equal(paths, tc.paths) {
				t.Errorf("problems at %q, want %q", paths, tc.paths)
			}
		})
	}
	// StaffingNorm gives a fresh value each time.
	plan := declaration.CambodiaSSWPlan()
	n := plan.Targets[0].StaffingNorm()
	n.Cadres[0] = workforce.CadreAllied
	if plan.Targets[0].StaffingNorm().Cadres[0] != workforce.CadreProfessional {
		t.Error("StaffingNorm shares the plan's slices")
	}
}

// Cambodia's plan states its norm — two social workers or deputy social
// workers in each commune/sangkat — as a value: the indicators are
// computed with it, and the report's coverage becomes the observations the
// plan evaluates. The counts of four communes are illustrative.
func ExampleObservationsFromReport() {
	plan := declaration.CambodiaSSWPlan()
	figures := cambodiaCommunes([4]int{2, 1, 0, 3}, [4]int{0, 1, 1, 0})
	rep, err := indicators.EvaluateAggregates(figures, indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SSWUnitCoverage},
		Norm:       plan.Targets[0].StaffingNorm(),
		AreaLevels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	obs := declaration.ObservationsFromReport(rep, declaration.ReportObservations{
		Source: declaration.Citation{Title: "Registry indicators (illustrative)", Date: rep.AsOf},
	})
	for _, o := range obs {
		fmt.Printf("%s %q %s %s (%d communes)\n", o.Indicator, o.Area, o.Value, o.Unit, o.Numerator)
	}
	progress, err := declaration.EvaluatePlan(plan, declaration.ProgressData{AsOf: rep.AsOf, Observations: obs})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range progress.Evaluations {
		fmt.Printf("%s %q %s: %s against %s\n", e.Target, e.Area, e.Outcome, e.Observed, e.Required)
	}
	// Output:
	// SSW-UNIT-COVERAGE "" 75 % (3 communes)
	// SSW-UNIT-COVERAGE "KH-12" 75 % (3 communes)
	// KH-SSW-01 "" not_met: 75 against 100
	// KH-SSW-01 "KH-12" not_met: 75 against 100
}
