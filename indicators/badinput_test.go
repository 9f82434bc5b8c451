package indicators_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// wantProblem fails unless err is a workforce.Problems list holding code
// at path.
func wantProblem(t *testing.T, err error, code, path string) {
	t.Helper()
	if !errors.Is(err, workforce.ErrInvalid) {
		t.Fatalf("err = %v, want problems", err)
	}
	for _, p := range workforce.AsProblems(err) {
		if p.Code == code && p.Path == path {
			return
		}
	}
	t.Fatalf("no %s at %s in %v", code, path, err)
}

func TestRecordPathBadInput(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*workforce.Registry)
		rules  indicators.RecordRules
		code   string
		path   string
		reason string
	}{
		{"negative population", func(r *workforce.Registry) { r.Areas[1].Population[0].Total = -5 }, indicators.RecordRules{},
			"min", "/areas/1/population/0/total", ""},
		{"children above total", func(r *workforce.Registry) { r.Areas[0].Population[0].Children = 30000 }, indicators.RecordRules{},
			workforce.CodeChildrenTotal, "/areas/0/population/0/children", ""},
		{"unknown parent area", func(r *workforce.Registry) { r.Areas[2].Parent = "XX" }, indicators.RecordRules{},
			indicators.CodeUnknownArea, "/areas/2/parent", ""},
		{"cycle", func(r *workforce.Registry) { r.Areas[1].Parent = "C2" }, indicators.RecordRules{},
			workforce.CodeCycle, "/areas/1/parent", "N → C2 → P1 → N"},
		{"duplicate area", func(r *workforce.Registry) { r.Areas[3].Code = "C2" }, indicators.RecordRules{},
			workforce.CodeDuplicate, "/areas/3/code", ""},
		{"post in an unknown area", func(r *workforce.Registry) { r.Posts[0].Area = "C9" }, indicators.RecordRules{},
			indicators.CodeUnknownArea, "/posts/0/area", ""},
		{"post of an unknown employer", func(r *workforce.Registry) { r.Posts[1].EmployerID = "X" }, indicators.RecordRules{},
			indicators.CodeUnknownEmployer, "/posts/1/employer_id", ""},
		{"employment of an unknown post", func(r *workforce.Registry) { r.Workers[2].Employments[0].PostID = "p99" }, indicators.RecordRules{},
			indicators.CodeUnknownPost, "/workers/2/employments/0/post_id", ""},
		{"period starting after the as-of date", func(*workforce.Registry) {}, indicators.RecordRules{PeriodStart: d("2025-01-01")},
			workforce.CodeDateOrder, "/rules/period_start", ""},
		{"CPD rule without a minimum", func(*workforce.Registry) {}, indicators.RecordRules{CPD: &indicators.CPDComplianceRule{WindowMonths: 12}},
			workforce.CodeRequired, "/rules/cpd_rule", ""},
		{"CPD rule without a window", func(*workforce.Registry) {}, indicators.RecordRules{CPD: &indicators.CPDComplianceRule{MinHours: workforce.MustParseHours("1")}},
			"min", "/rules/cpd_rule/window_months", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reg := handRegistry()
			tc.edit(&reg)
			_, err := indicators.TallyRegistry(&reg, asOf, tc.rules)
			wantProblem(t, err, tc.code, tc.path)
		})
	}
}

func TestEvaluateBadOptions(t *testing.T) {
	reg := handRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts indicators.Options
		code string
		path string
	}{
		{"indicator outside the catalogue", indicators.Options{Indicators: []indicators.IndicatorID{"SSW-NO-SUCH"}},
			indicators.CodeUnknownIndicator, "/options/indicators/0"},
		{"malformed indicator ID", indicators.Options{Indicators: []indicators.IndicatorID{"ssw den"}},
			"pattern", "/options/indicators/0"},
		{"flow without a period start", indicators.Options{Indicators: []indicators.IndicatorID{indicators.RetAttrition}},
			indicators.CodeMissingParameter, "/options/indicators/0"},
		{"norm indicator without a norm", indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWPerUnit}},
			indicators.CodeMissingParameter, "/options/indicators/0"},
		{"CPD without a rule", indicators.Options{Indicators: []indicators.IndicatorID{indicators.CPDCompl}},
			indicators.CodeMissingParameter, "/options/indicators/0"},
		{"policy status from records", indicators.Options{Indicators: []indicators.IndicatorID{indicators.GovSWLaw}},
			indicators.CodeMissingParameter, "/options/indicators/0"},
		{"population norm without per", indicators.Options{Norm: &indicators.StaffingNorm{Basis: indicators.NormPerPopulation, Level: workforce.LevelCommune, Workers: 1}},
			workforce.CodeRequired, "/options/staffing_norm/per"},
		{"supplied driver with records", indicators.Options{Norm: &indicators.StaffingNorm{Basis: indicators.NormPerDriver, Level: workforce.LevelCommune, Workers: 1, Per: 100}},
			indicators.CodeMissingParameter, "/options/staffing_norm/basis"},
		{"threshold of 1", indicators.Options{Disclosure: &indicators.DisclosurePolicy{Threshold: 1}},
			"min", "/options/disclosure/threshold"},
		{"unknown scope", indicators.Options{Scope: "people"}, workforce.CodeNotSupported, "/options/scope"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tl.Evaluate(tc.opts)
			wantProblem(t, err, tc.code, tc.path)
		})
	}
}

func TestMissingPopulationIsMissing(t *testing.T) {
	reg := handRegistry()
	reg.Areas[1].Population = nil // the nation: derived from P1 and P2 instead
	reg.Areas[4].Population = nil // P2: no figure, no children
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenPop, indicators.SSWPopPerWorker}})
	if err != nil {
		t.Fatal(err)
	}
	for _, area := range []workforce.AreaCode{"N", "P2"} {
		for _, r := range rep.Results {
			if r.Cell.Area == area && r.Cell.Sex == "" && r.Status != indicators.StatusMissing {
				t.Errorf("%s %s: status %s, want missing (no figure; P2 has no children to sum)", r.Indicator, area, r.Status)
			}
		}
	}
	r, _ := rep.Result(indicators.SSWDenPop, indicators.ResultCell{Area: "P1", Level: workforce.LevelProvince})
	if r.Status == indicators.StatusMissing {
		t.Error("P1 should sum its communes' figures")
	}
	// A figure dated after the as-of date (a projection) never applies earlier.
	reg = handRegistry()
	reg.Areas[1].Population[0].Date = d("2030-01-01")
	tl, _ = indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	rep, _ = tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenPop}})
	r, _ = rep.Result(indicators.SSWDenPop, indicators.ResultCell{Area: "N", Level: workforce.LevelNational})
	if r.Population == nil || !r.Population.Derived {
		t.Errorf("the nation should fall back to its provinces' figures: %+v", r.Population)
	}
}

func cambodiaFigures() indicators.AggregateFigures {
	return indicators.AggregateFigures{
		Country: "KH", AsOf: d("2021-06-30"),
		Areas: []workforce.AdminArea{
			{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational, Population: fig(15552211, 5844720, "2019 census, final")},
			{Code: "KH-1", Name: "P1", Level: workforce.LevelProvince, Parent: "KH", Population: fig(1000000, 400000, "2019 census, final")},
			{Code: "KH-2", Name: "P2", Level: workforce.LevelProvince, Parent: "KH", Population: fig(2000000, 800000, "2019 census, final")},
		},
		Counts: []indicators.AggregateCount{
			{Area: "KH", Measure: indicators.MeasureWorkers, Scope: indicators.ScopePositions, Value: workforce.MustParseDecimal("3764")},
			{Area: "KH-1", Measure: indicators.MeasureWorkers, Scope: indicators.ScopePositions, Value: workforce.MustParseDecimal("100")},
			{Area: "KH-2", Measure: indicators.MeasureWorkers, Scope: indicators.ScopePositions, Value: workforce.MustParseDecimal("200")},
		},
	}
}

func TestAggregateBadInput(t *testing.T) {
	tests := []struct {
		name string
		edit func(*indicators.AggregateFigures)
		opts indicators.Options
		code string
		path string
	}{
		{"positions divided into a head-count density", func(*indicators.AggregateFigures) {},
			indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenChild}}, indicators.CodeScopeMismatch, "/counts/0"},
		{"a person attribute counted in positions", func(f *indicators.AggregateFigures) {
			f.Counts = append(f.Counts, indicators.AggregateCount{Area: "KH", Measure: indicators.MeasureFemale, Scope: indicators.ScopePositions, Value: workforce.MustParseDecimal("5")})
		}, indicators.Options{}, indicators.CodeScopeMismatch, "/counts/3/scope"},
		{"unknown area", func(f *indicators.AggregateFigures) { f.Counts[1].Area = "KH-9" }, indicators.Options{},
			indicators.CodeUnknownArea, "/counts/1/area"},
		{"fractional head-count", func(f *indicators.AggregateFigures) { f.Counts[0].Value = workforce.MustParseDecimal("37.5") }, indicators.Options{},
			workforce.CodeScale, "/counts/0/value"},
		{"negative count", func(f *indicators.AggregateFigures) { f.Counts[0].Value = workforce.MustParseDecimal("-1") }, indicators.Options{},
			workforce.CodeNegative, "/counts/0/value"},
		{"children add up to more than the parent", func(f *indicators.AggregateFigures) { f.Counts[0].Value = workforce.MustParseDecimal("250") }, indicators.Options{},
			indicators.CodeInconsistent, "/counts/0/value"},
		{"duplicate count", func(f *indicators.AggregateFigures) { f.Counts = append(f.Counts, f.Counts[1]) }, indicators.Options{},
			workforce.CodeDuplicate, "/counts/3"},
		{"cadre without workers_in_cadre", func(f *indicators.AggregateFigures) { f.Counts[0].Cadre = workforce.CadreProfessional }, indicators.Options{},
			indicators.CodeInconsistent, "/counts/0/cadre"},
		{"leavers without a period", func(f *indicators.AggregateFigures) {
			f.Counts = append(f.Counts, indicators.AggregateCount{Area: "KH", Measure: indicators.MeasureLeavers, Scope: indicators.ScopeHeadCount, Value: workforce.MustParseDecimal("5")})
		}, indicators.Options{}, workforce.CodeRequired, "/period_start"},
		{"child population above total", func(f *indicators.AggregateFigures) { f.Areas[1].Population[0].Children = 2000000 }, indicators.Options{},
			workforce.CodeChildrenTotal, "/areas/1/population/0/children"},
		{"no areas", func(f *indicators.AggregateFigures) { f.Areas = nil }, indicators.Options{},
			indicators.CodeNoAreas, "/areas"},
		{"policy fact on a quantitative indicator", func(f *indicators.AggregateFigures) {
			f.Policies = []indicators.PolicyFact{{Indicator: indicators.SSWDenPop, Status: indicators.PolicyUnknown}}
		}, indicators.Options{}, indicators.CodeStatusValue, "/policies/0/indicator"},
		{"policy yes without evidence", func(f *indicators.AggregateFigures) {
			f.Policies = []indicators.PolicyFact{{Indicator: indicators.GovHRIS, Status: indicators.PolicyYes}}
		}, indicators.Options{}, workforce.CodeRequired, "/policies/0/evidence"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := cambodiaFigures()
			tc.edit(&f)
			_, err := indicators.EvaluateAggregates(f, tc.opts)
			wantProblem(t, err, tc.code, tc.path)
		})
	}
}

func TestAggregateZeroDenominatorIsUndefined(t *testing.T) {
	f := cambodiaFigures()
	f.Areas[1].Population[0].Total, f.Areas[1].Population[0].Children = 0, 0
	rep, err := indicators.EvaluateAggregates(f, indicators.Options{Scope: indicators.ScopePositions,
		Indicators: []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWChildPerWorker}})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := rep.Result(indicators.SSWDenChild, indicators.ResultCell{Area: "KH-1", Level: workforce.LevelProvince})
	if r.Status != indicators.StatusUndefined || !r.Value.IsZero() {
		t.Fatalf("zero population: %+v", r)
	}
	if _, err := r.Present(); !errors.Is(err, indicators.ErrNoValue) {
		t.Fatalf("Present on an undefined result: %v", err)
	}
	b, _ := json.Marshal(rep)
	for _, bad := range []string{"NaN", "Inf", "null"} {
		if strings.Contains(string(b), bad) {
			t.Fatalf("report contains %s", bad)
		}
	}
}

func TestMergeIncompatible(t *testing.T) {
	reg := handRegistry()
	a, _ := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	b, _ := indicators.TallyRegistry(&reg, d("2024-07-01"), indicators.RecordRules{})
	c, _ := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{QualificationMinLevel: workforce.EducationMaster})
	reg.Areas = reg.Areas[:4] // without P2
	reg.Posts, reg.Workers = reg.Posts[:4], reg.Workers[:1]
	e, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		name string
		o    *indicators.Tally
	}{{"date", b}, {"rules", c}, {"areas", e}, {"nil", nil}} {
		name, o := x.name, x.o
		before := a.Clone()
		if err := a.Merge(o); !errors.Is(err, indicators.ErrIncompatible) {
			t.Errorf("%s: err = %v", name, err)
		}
		if !a.Equal(before) {
			t.Errorf("%s: a failed merge changed the tally", name)
		}
	}
}

func TestReportValidate(t *testing.T) {
	good := func() indicators.Report {
		rep, err := indicators.EvaluateAggregates(cambodiaFigures(), indicators.Options{Scope: indicators.ScopePositions})
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	if err := good().Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(*indicators.Report)
		code string
		path string
	}{
		{"value on an undefined result", func(r *indicators.Report) {
			r.Results[0].Status = indicators.StatusUndefined
		}, indicators.CodeStatusValue, "/results/0/value"},
		{"no value on an ok result", func(r *indicators.Report) { r.Results[0].Value = workforce.Decimal{} }, indicators.CodeStatusValue, "/results/0/value"},
		{"more digits than the precision", func(r *indicators.Report) { r.Results[0].Precision = 1 }, workforce.CodeScale, "/results/0/value"},
		{"counts on a suppressed result", func(r *indicators.Report) {
			r.Results[0].Status, r.Results[0].Value = indicators.StatusSuppressed, workforce.Decimal{}
		}, indicators.CodeStatusValue, "/results/0/numerator"},
		{"unknown indicator", func(r *indicators.Report) { r.Results[0].Indicator = "SSW-NOPE" }, indicators.CodeUnknownIndicator, "/results/0/indicator"},
		{"unlisted area", func(r *indicators.Report) { r.Results[0].Cell.Area = "KH-77" }, indicators.CodeUnknownArea, "/results/0/cell/area"},
		{"policy status on a ratio", func(r *indicators.Report) { r.Results[0].Policy = indicators.PolicyYes }, indicators.CodeStatusValue, "/results/0/policy"},
		{"missing as-of date", func(r *indicators.Report) { r.AsOf = workforce.CivilDate{} }, workforce.CodeRequired, "/as_of"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := good()
			tc.edit(&rep)
			wantProblem(t, rep.Validate(), tc.code, tc.path)
		})
	}
}

// TestReportJSONRoundTrip: a report is a JSON document other systems read
// with the strict decoder; values are strings with their scale.
func TestReportJSONRoundTrip(t *testing.T) {
	reg := fixtureRegistry(fixtureShape{provinces: 3, districts: 6, communes: 30, posts: 120, seed: 7})
	tl, err := indicators.TallyRegistry(&reg, fixtureAsOf, fixtureRules())
	if err != nil {
		t.Fatal(err)
	}
	p := indicators.DefaultDisclosure()
	rep, err := tl.Evaluate(indicators.Options{Norm: fixtureNorm(), Disclosure: &p})
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back indicators.Report
	if err := workforce.Decode(data, &back); err != nil {
		t.Fatal(err)
	}
	if err := back.Validate(); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(back)
	if string(again) != string(data) {
		t.Fatal("the report changed through a JSON round trip")
	}
	if !strings.Contains(string(data), `"value":"`) {
		t.Fatal("values must be JSON strings")
	}
}

func TestAggregateFiguresJSONRoundTrip(t *testing.T) {
	f := cambodiaFigures()
	f.Policies = []indicators.PolicyFact{{Indicator: indicators.GovCostedPlan, Status: indicators.PolicyPartial,
		Evidence: []indicators.PolicyEvidence{{Source: "Strategic Plan on the Social Services Workforce 2022-2031", Date: d("2022-04-04")}}}}
	data, _ := json.Marshal(f)
	var back indicators.AggregateFigures
	if err := workforce.Decode(data, &back); err != nil {
		t.Fatal(err)
	}
	if err := back.Validate(); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(back)
	if string(again) != string(data) {
		t.Fatal("the figures changed through a JSON round trip")
	}
}

func TestErrorType(t *testing.T) {
	r := indicators.IndicatorResult{Indicator: "SSW-NOPE", Status: indicators.StatusOK, Value: workforce.MustParseDecimal("1")}
	_, err := r.Present()
	var ie *indicators.Error
	if !errors.As(err, &ie) || !errors.Is(err, indicators.ErrUnknownIndicator) || ie.Code != indicators.CodeUnknownIndicator {
		t.Fatalf("err = %v", err)
	}
	if got, want := err.Error(), "indicators: SSW-NOPE: not in the catalogue"; got != want {
		t.Fatalf("message %q, want %q", got, want)
	}
	_, err = indicators.IndicatorResult{Indicator: indicators.SSWDenPop, Status: indicators.StatusSuppressed}.Present()
	if !errors.Is(err, indicators.ErrNoValue) || err.Error() != "indicators: SSW-DEN-POP: result has no value (status suppressed)" {
		t.Fatalf("err = %v", err)
	}
}

func TestTallyGroupsBadInput(t *testing.T) {
	reg := handRegistry()
	c, err := indicators.NewCounter(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	tl := c.Tally()
	if tl.AsOf() != asOf || tl.Rules().QualificationMinLevel != "" {
		t.Fatal("accessors")
	}
	bad := []struct {
		g    indicators.TallyGroup
		code string
		path string
	}{
		{indicators.TallyGroup{Observation: indicators.ObservedActive, Area: "X", Sex: workforce.SexMale, Cadre: workforce.CadreAllied}, indicators.CodeUnknownArea, "/area"},
		{indicators.TallyGroup{Observation: "later", Area: "N", Sex: workforce.SexMale, Cadre: workforce.CadreAllied}, workforce.CodeNotSupported, "/observation"},
		{indicators.TallyGroup{Observation: indicators.ObservedActive, Area: "N", Cadre: workforce.CadreAllied}, workforce.CodeNotSupported, "/sex"},
		{indicators.TallyGroup{Observation: indicators.ObservedActive, Area: "N", Sex: workforce.SexMale, Cadre: workforce.CadreAllied, AgeKnown: true, Age: 200}, workforce.CodeOutOfRange, "/age"},
		{indicators.TallyGroup{Observation: indicators.ObservedActive, Area: "N", Sex: workforce.SexMale, Cadre: workforce.CadreAllied, Workers: -1}, workforce.CodeNegative, "/workers"},
	}
	for _, tc := range bad {
		wantProblem(t, tl.AddGroup(tc.g), tc.code, tc.path)
	}
	wantProblem(t, tl.AddPostGroup(indicators.TallyPostGroup{Area: "N", Cadre: "chief", Status: workforce.PostFilled}), workforce.CodeNotSupported, "/cadre")
	wantProblem(t, c.AddPost("nope"), indicators.CodeUnknownPost, "/id")
	if w, p := tl.Len(); w != 0 || p != 0 {
		t.Fatalf("bad groups were counted: %d, %d", w, p)
	}
	if got := len(indicators.IDs()); got != len(indicators.Catalogue()) {
		t.Fatalf("IDs has %d entries", got)
	}
}
