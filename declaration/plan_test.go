package declaration_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// wantProblem fails unless err is a problem list holding code at path.
func wantProblem(t *testing.T, err error, code, path string) {
	t.Helper()
	var ps workforce.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("want problem %s at %q, got %v", code, path, err)
	}
	if !errors.Is(err, workforce.ErrInvalid) {
		t.Errorf("errors.Is(err, workforce.ErrInvalid) is false for %v", err)
	}
	for _, p := range ps {
		if p.Code == code && p.Path == path {
			if p.Message == "" || strings.Contains(p.Message, "declaration:") {
				t.Errorf("problem %s at %s has message %q", code, path, p.Message)
			}
			return
		}
	}
	t.Errorf("want problem %s at %q, got:\n%v", code, path, ps)
}

func TestShippedPlansValidate(t *testing.T) {
	plans := declaration.Plans()
	if len(plans) != 3 {
		t.Fatalf("%d plans", len(plans))
	}
	for _, p := range plans {
		if err := p.Validate(); err != nil {
			t.Errorf("%s: %v", p.ID, err)
		}
		got, ok := declaration.PlanByID(p.ID)
		if !ok || got.ID != p.ID {
			t.Errorf("PlanByID(%s)", p.ID)
		}
		if !declaration.IsMemberOn(p.Country, p.Issued) {
			t.Errorf("%s: %s was not a member when the plan was issued", p.ID, p.Country)
		}
		for _, tg := range p.Targets {
			if len(tg.Sources) == 0 && tg.Confidence != declaration.ConfidenceUnconfirmed {
				t.Errorf("%s/%s: a sourced confidence without sources", p.ID, tg.ID)
			}
		}
	}
}

// TestDecision112Targets pins the reference material's section C.1.
func TestDecision112Targets(t *testing.T) {
	p := declaration.VietNamDecision112()
	if p.Issued != workforce.MustParseDate("2021-01-22") || p.StartYear != 2021 || p.EndYear != 2030 {
		t.Errorf("plan header %+v", p)
	}
	tests := []struct {
		id         workforce.ID
		comparator declaration.Comparator
		threshold  string
		baseline   int
		year       int
		confidence declaration.Confidence
	}{
		{"VN-112-01a", declaration.AtLeast, "60", 0, 2025, declaration.ConfidenceConfirmed},
		{"VN-112-01b", declaration.AtLeast, "90", 0, 2030, declaration.ConfidenceConfirmed},
		{"VN-112-02a", declaration.AtLeast, "30", 0, 2025, declaration.ConfidenceConfirmed},
		{"VN-112-02b", declaration.AtLeast, "50", 0, 2030, declaration.ConfidenceUnconfirmed},
		{"VN-112-03a", declaration.AtLeast, "50", 0, 2025, declaration.ConfidenceConfirmed},
		{"VN-112-03b", declaration.AtLeast, "60", 0, 2030, declaration.ConfidenceConfirmed},
		{"VN-112-04a", declaration.RelativeIncrease, "20", 2020, 2025, declaration.ConfidenceConfirmed},
		{"VN-112-04b", declaration.RelativeIncrease, "", 2025, 2030, declaration.ConfidenceUnconfirmed},
		{"VN-112-05a", declaration.AtLeast, "85", 0, 2025, declaration.ConfidenceConfirmed},
		{"VN-112-05b", declaration.AtLeast, "90", 0, 2030, declaration.ConfidenceUnconfirmed},
	}
	if len(p.Targets) != len(tests) {
		t.Fatalf("%d targets, want %d", len(p.Targets), len(tests))
	}
	for _, tt := range tests {
		tg, ok := p.Target(tt.id)
		if !ok {
			t.Errorf("no target %s", tt.id)
			continue
		}
		if tg.Comparator != tt.comparator || tg.Threshold.String() != tt.threshold || tg.BaselineYear != tt.baseline || tg.TargetYear != tt.year || tg.Confidence != tt.confidence {
			t.Errorf("%s = %s %s base %d year %d %s", tt.id, tg.Comparator, tg.Threshold, tg.BaselineYear, tg.TargetYear, tg.Confidence)
		}
	}
	tg, _ := p.Target("VN-112-01a")
	overrides := map[workforce.AreaCode]string{}
	for _, o := range tg.Overrides {
		overrides[o.Area] = o.Threshold.String()
	}
	if overrides["VN-59"] != "70" || overrides["VN-HN"] != "60" || overrides["VN-56"] != "60" || len(overrides) != 3 {
		t.Errorf("overrides %v", overrides)
	}
}

func TestDecision966Targets(t *testing.T) {
	p := declaration.VietNamDecision966()
	total, _ := p.Target("VN-966-01")
	sum := 0
	for _, id := range []workforce.ID{"VN-966-02a", "VN-966-02b", "VN-966-02c", "VN-966-02d", "VN-966-02e", "VN-966-02f"} {
		tg, ok := p.Target(id)
		if !ok {
			t.Fatalf("no target %s", id)
		}
		sum += int(tg.Threshold.Decimal().IntPart())
	}
	if total.Threshold.String() != "725" || sum != 725 {
		t.Errorf("facility targets add up to %d, total %s", sum, total.Threshold)
	}
	cared, _ := p.Target("VN-966-03")
	if cared.PublishedBaseline.String() != "45000" || cared.BaselineYear != 2020 || cared.Threshold.String() != "65000" {
		t.Errorf("VN-966-03 = %+v", cared)
	}
	for _, tg := range p.Targets {
		if tg.Reach != declaration.ReachNational || tg.TargetYear != 2030 || tg.Confidence != declaration.ConfidenceConfirmed {
			t.Errorf("%s: reach %s year %d %s", tg.ID, tg.Reach, tg.TargetYear, tg.Confidence)
		}
	}
}

func TestCambodiaPlan(t *testing.T) {
	p := declaration.CambodiaSSWPlan()
	tg, ok := p.Target("KH-SSW-01")
	if !ok || tg.Indicator != indicators.SSWUnitCoverage || tg.Confidence != declaration.ConfidencePartial || tg.Threshold.String() != "100" {
		t.Fatalf("KH-SSW-01 = %+v", tg)
	}
	if len(tg.Parameters) != 1 || tg.Parameters[0].Name != indicators.ParamStaffingNorm {
		t.Errorf("parameters %+v", tg.Parameters)
	}
	if p.Issued != workforce.MustParseDate("2022-04-04") || len(p.Phases) != 2 || p.Phases[0].EndYear != 2026 {
		t.Errorf("plan %+v", p)
	}
}

func TestPlansAreFresh(t *testing.T) {
	a := declaration.VietNamDecision112()
	a.Targets[0].Overrides[0].Threshold = workforce.MustParseDecimal("1")
	a.Targets[0].Sources[0].Title = "changed"
	b := declaration.VietNamDecision112()
	if b.Targets[0].Overrides[0].Threshold.String() != "70" || b.Targets[0].Sources[0].Title == "changed" {
		t.Error("VietNamDecision112 shares state between calls")
	}
}

// basePlan is a small valid plan the bad-plan cases break one rule at a
// time.
func basePlan() declaration.Plan {
	return declaration.Plan{
		ID: "TEST.plan", Country: "PH", Title: "Test plan", Instrument: "Order 1",
		Issued: workforce.MustParseDate("2022-01-15"), StartYear: 2022, EndYear: 2030,
		Phases: []declaration.PlanPhase{
			{Name: "One", StartYear: 2022, EndYear: 2025, Confidence: declaration.ConfidenceConfirmed},
			{Name: "Two", StartYear: 2026, EndYear: 2030, Confidence: declaration.ConfidenceConfirmed},
		},
		Commitments: []declaration.CommitmentID{declaration.C02StrategicPlan},
		Measures:    []declaration.PlanMeasure{{ID: "PH-FAC", Name: "Facilities", Description: "Facilities", Kind: indicators.KindCount, Unit: "facilities"}},
		Targets: []declaration.Target{
			{ID: "T1", Indicator: indicators.SSWDenChild, Comparator: declaration.AtLeast, Threshold: workforce.MustParseDecimal("50"),
				TargetYear: 2028, Reach: declaration.ReachEachArea, Confidence: declaration.ConfidenceConfirmed,
				Overrides: []declaration.TargetOverride{{Area: "PH-00", ValidFrom: workforce.MustParseDate("2022-06-01"), Threshold: workforce.MustParseDecimal("60"), Confidence: declaration.ConfidenceConfirmed}}},
			{ID: "T2", Indicator: "PH-FAC", Comparator: declaration.RelativeIncrease, Threshold: workforce.MustParseDecimal("10"),
				BaselineYear: 2022, TargetYear: 2030, Reach: declaration.ReachNational, Confidence: declaration.ConfidenceConfirmed},
			{ID: "T3", Indicator: indicators.GovSWLaw, Comparator: declaration.AtLeast, Policy: declaration.PolicyYes,
				TargetYear: 2025, Reach: declaration.ReachNational, Confidence: declaration.ConfidenceConfirmed},
		},
		Confidence: declaration.ConfidenceConfirmed,
	}
}

func TestBasePlanValid(t *testing.T) {
	if err := basePlan().Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestPlanBadInput(t *testing.T) {
	tests := []struct {
		name   string
		change func(*declaration.Plan)
		code   string
		path   string
	}{
		{"unknown indicator", func(p *declaration.Plan) { p.Targets[0].Indicator = "SSW-NOPE" }, declaration.CodeUnknownIndicator, "/targets/0/indicator"},
		{"malformed indicator", func(p *declaration.Plan) { p.Targets[0].Indicator = "ssw-den" }, workforce.CodePattern, "/targets/0/indicator"},
		{"unknown commitment", func(p *declaration.Plan) { p.Commitments = []declaration.CommitmentID{"c12_more"} }, declaration.CodeNotSupported, "/commitments/0"},
		{"duplicate commitment", func(p *declaration.Plan) { p.Commitments = append(p.Commitments, declaration.C02StrategicPlan) }, declaration.CodeDuplicate, "/commitments/1"},
		{"target year before baseline", func(p *declaration.Plan) { p.Targets[1].BaselineYear, p.Targets[1].TargetYear = 2027, 2025 }, declaration.CodeDateOrder, "/targets/1/target_year"},
		{"target year equal to baseline", func(p *declaration.Plan) { p.Targets[1].BaselineYear = 2030 }, declaration.CodeDateOrder, "/targets/1/target_year"},
		{"target year outside period", func(p *declaration.Plan) { p.Targets[0].TargetYear = 2035 }, declaration.CodeOutOfPeriod, "/targets/0/target_year"},
		{"relative without baseline", func(p *declaration.Plan) { p.Targets[1].BaselineYear = 0 }, declaration.CodeRequired, "/targets/1/baseline_year"},
		{"relative change of zero", func(p *declaration.Plan) { p.Targets[1].Threshold = workforce.MustParseDecimal("0") }, declaration.CodeMin, "/targets/1/threshold"},
		{"decrease above 100", func(p *declaration.Plan) {
			p.Targets[1].Comparator, p.Targets[1].Threshold = declaration.RelativeDecrease, workforce.MustParseDecimal("120")
		}, declaration.CodeMax, "/targets/1/threshold"},
		{"duplicate target", func(p *declaration.Plan) { p.Targets[1].ID = "T1" }, declaration.CodeDuplicate, "/targets/1/id"},
		{"confirmed target without threshold", func(p *declaration.Plan) { p.Targets[0].Threshold = workforce.Decimal{} }, declaration.CodeRequired, "/targets/0/threshold"},
		{"policy value on a number", func(p *declaration.Plan) { p.Targets[0].Policy = declaration.PolicyYes }, declaration.CodeKindMismatch, "/targets/0/policy"},
		{"threshold on a policy target", func(p *declaration.Plan) { p.Targets[2].Threshold = workforce.MustParseDecimal("1") }, declaration.CodeKindMismatch, "/targets/2/threshold"},
		{"policy target at most", func(p *declaration.Plan) { p.Targets[2].Comparator = declaration.AtMost }, declaration.CodeNotSupported, "/targets/2/comparator"},
		{"policy target without value", func(p *declaration.Plan) { p.Targets[2].Policy = "" }, declaration.CodeRequired, "/targets/2/policy"},
		{"override in another country", func(p *declaration.Plan) { p.Targets[0].Overrides[0].Area = "VN-59" }, declaration.CodeInconsistent, "/targets/0/overrides/0/area"},
		{"override ends before it starts", func(p *declaration.Plan) {
			p.Targets[0].Overrides[0].ValidTo = workforce.MustParseDate("2022-01-01")
		}, declaration.CodeDateOrder, "/targets/0/overrides/0/valid_to"},
		{"overlapping overrides", func(p *declaration.Plan) {
			o := p.Targets[0].Overrides[0]
			o.ValidFrom = workforce.MustParseDate("2024-01-01")
			p.Targets[0].Overrides = append(p.Targets[0].Overrides, o)
		}, declaration.CodeOverlap, "/targets/0/overrides/1/valid_from"},
		{"phase outside period", func(p *declaration.Plan) { p.Phases[1].EndYear = 2031 }, declaration.CodeOutOfPeriod, "/phases/1"},
		{"overlapping phases", func(p *declaration.Plan) { p.Phases[1].StartYear = 2025 }, declaration.CodeOverlap, "/phases/1"},
		{"period end before start", func(p *declaration.Plan) { p.EndYear = 2021 }, declaration.CodeDateOrder, "/end_year"},
		{"not a member state", func(p *declaration.Plan) { p.Country = "JP" }, declaration.CodeNotMember, "/country"},
		{"measure reuses a catalogue ID", func(p *declaration.Plan) { p.Measures[0].ID = indicators.SSWDenPop }, declaration.CodeDuplicate, "/measures/0/id"},
		{"measure relates to unknown", func(p *declaration.Plan) { p.Measures[0].Related = []indicators.IndicatorID{"NO-SUCH"} }, declaration.CodeUnknownIndicator, "/measures/0/related/0"},
		{"unset comparator", func(p *declaration.Plan) { p.Targets[0].Comparator = "" }, declaration.CodeRequired, "/targets/0/comparator"},
		{"bad comparator", func(p *declaration.Plan) { p.Targets[0].Comparator = "greater" }, declaration.CodeNotSupported, "/targets/0/comparator"},
		{"bad override area", func(p *declaration.Plan) { p.Targets[0].Overrides[0].Area = "ph 00" }, workforce.CodePattern, "/targets/0/overrides/0/area"},
		{"citation without title", func(p *declaration.Plan) { p.Sources = []declaration.Citation{{URL: "https://example.org"}} }, declaration.CodeRequired, "/sources/0/title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := basePlan()
			tt.change(&p)
			err := p.Validate()
			wantProblem(t, err, tt.code, tt.path)
		})
	}
}

func TestPlanAllowsUnknownValueWhenUnconfirmed(t *testing.T) {
	p := basePlan()
	p.Targets[0].Threshold = workforce.Decimal{}
	p.Targets[0].Confidence = declaration.ConfidenceUnconfirmed
	p.Targets[0].Overrides = nil
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestPlanJSONRoundTrip(t *testing.T) {
	for _, p := range declaration.Plans() {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var q declaration.Plan
		if err := workforce.Decode(b, &q); err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		if err := q.Validate(); err != nil {
			t.Fatalf("%s: %v", p.ID, err)
		}
		b2, _ := json.Marshal(q)
		if string(b) != string(b2) {
			t.Errorf("%s: round trip changed the document", p.ID)
		}
	}
}

func TestPlanDecodeStrict(t *testing.T) {
	b, _ := json.Marshal(basePlan())
	doc := strings.Replace(string(b), `"title":"Test plan"`, `"title":"Test plan","budget":"1"`, 1)
	var p declaration.Plan
	wantProblem(t, workforce.Decode([]byte(doc), &p), workforce.CodeUnknownField, "/budget")
	doc = strings.Replace(string(b), `"start_year":2022,`, ``, 1)
	wantProblem(t, workforce.Decode([]byte(doc), &p), workforce.CodeRequired, "/start_year")
	doc = strings.Replace(string(b), `"threshold":"50"`, `"threshold":50`, 1)
	wantProblem(t, workforce.Decode([]byte(doc), &p), workforce.CodeType, "/targets/0/threshold")
}
