package declaration_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

func withPath(p declaration.Plan, target workforce.ID, path declaration.TrajectoryPath) declaration.Plan {
	for i := range p.Targets {
		if p.Targets[i].ID == target {
			p.Targets[i].Path = path
		}
	}
	return p
}

func TestCompoundPath(t *testing.T) {
	cared := indicators.IndicatorID("VN966-PEOPLE-CARED")
	compound := withPath(declaration.VietNamDecision966(), "VN-966-03", declaration.PathCompound)
	pol := withPath(policyPlan(), "VAC", declaration.PathCompound)
	// From the published 45,000 (2020) to 65,000 (2030), half-way in days
	// on 2025-12-31: the straight line is at 55,000, the compound path at
	// 45,000 × √(65/45) = 54,083.269…
	cases := []evalCase{
		{name: "above the compound path, below the line", plan: compound, target: "VN-966-03", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", cared, "2025-12-31", "54500")},
			outcome: declaration.OutcomeNotMet, required: "65000", trajectory: declaration.OnTrack, expected: "54083.2691"},
		{name: "the same figure on the linear path", plan: declaration.VietNamDecision966(), target: "VN-966-03", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", cared, "2025-12-31", "54500")},
			outcome: declaration.OutcomeNotMet, required: "65000", trajectory: declaration.OffTrack, expected: "55000.0000"},
		{name: "just below the compound path", plan: compound, target: "VN-966-03", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", cared, "2025-12-31", "54083.2691")},
			outcome: declaration.OutcomeNotMet, required: "65000", trajectory: declaration.OffTrack, expected: "54083.2691"},
		{name: "just above the compound path", plan: compound, target: "VN-966-03", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", cared, "2025-12-31", "54083.2692")},
			outcome: declaration.OutcomeNotMet, required: "65000", trajectory: declaration.OnTrack, expected: "54083.2691"},
		{name: "a decline on the compound path", plan: pol, target: "VAC", asOf: "2026-06-30",
			obs:     []declaration.Observation{obs("PH", "", indicators.SSWPostVac, "2022-12-31", "21.07"), obs("PH", "", indicators.SSWPostVac, "2026-06-30", "15.2")},
			outcome: declaration.OutcomeNotMet, required: "10", trajectory: declaration.OnTrack, expected: "15.2130", confidence: declaration.ConfidencePartial},
		{name: "a decline above the compound path", plan: pol, target: "VAC", asOf: "2026-06-30",
			obs:     []declaration.Observation{obs("PH", "", indicators.SSWPostVac, "2022-12-31", "21.07"), obs("PH", "", indicators.SSWPostVac, "2026-06-30", "15.22")},
			outcome: declaration.OutcomeNotMet, required: "10", trajectory: declaration.OffTrack, expected: "15.2130", confidence: declaration.ConfidencePartial},
		{name: "no compound path from a zero baseline", plan: pol, target: "VAC", asOf: "2026-06-30",
			obs:     []declaration.Observation{obs("PH", "", indicators.SSWPostVac, "2022-12-31", "0"), obs("PH", "", indicators.SSWPostVac, "2026-06-30", "15")},
			outcome: declaration.OutcomeNotMet, required: "10", trajectory: declaration.NotAssessed, confidence: declaration.ConfidencePartial},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.run(t) })
	}
	r := cases[0].run(t)
	if r.Path != declaration.PathCompound || r.RequiredGrowth.String() != "3.7457" || r.ObservedGrowth.String() != "3.9051" {
		t.Errorf("path %s required growth %s observed growth %s", r.Path, r.RequiredGrowth, r.ObservedGrowth)
	}
	if !strings.Contains(r.Message, "on the compound path") {
		t.Errorf("message %q", r.Message)
	}
	bad := withPath(policyPlan(), "T3", declaration.PathCompound)
	wantProblem(t, bad.Validate(), declaration.CodeKindMismatch, "/targets/2/path")
}

func TestUnits(t *testing.T) {
	plan := declaration.VietNamDecision112()
	staffed := indicators.IndicatorID("VN112-SW-STAFFED")
	asOf := workforce.MustParseDate("2025-12-31")
	withUnit := func(value, unit string) declaration.Observation {
		o := obs("VN", "", staffed, "2025-12-31", value)
		o.Unit = unit
		return o
	}
	bad := []struct {
		name string
		o    declaration.Observation
		code string
	}{
		{"a share given as a fraction", withUnit("0.60", "fraction"), declaration.CodeUnitMismatch},
		{"a share given as a proportion", withUnit("0.60", "Proportion"), declaration.CodeUnitMismatch},
		{"a unit that is not the indicator's", withUnit("60", "per 100,000 population"), declaration.CodeUnitMismatch},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := declaration.EvaluatePlan(plan, declaration.ProgressData{AsOf: asOf, Observations: []declaration.Observation{tt.o}})
			if !errors.Is(err, declaration.ErrInvalidProgress) {
				t.Fatalf("err = %v: a unit problem must be a located problem, never not met", err)
			}
			wantProblem(t, err, tt.code, "/observations/0/unit")
		})
	}
	for _, unit := range []string{"%", "percent", " Per  Cent "} {
		r, err := declaration.EvaluateTarget(plan, "VN-112-01a", "", declaration.ProgressData{AsOf: asOf, Observations: []declaration.Observation{withUnit("0.60", unit)}})
		if err != nil || r.Outcome != declaration.OutcomeNotMet || r.Observed.String() != "0.60" || len(r.Flags) != 0 {
			t.Errorf("unit %q: %s %v %v: a stated 0.60 %% is judged as 0.60 %%", unit, r.Outcome, r.Flags, err)
		}
	}
	// Without a unit, a share of at most 1 against a target above 1 is
	// read in percent and flagged; one above 1, or a relative target, is
	// not.
	for _, tt := range []struct {
		target, value string
		flagged       bool
	}{{"VN-112-01a", "0.60", true}, {"VN-112-01a", "1", true}, {"VN-112-01a", "1.5", false}, {"VN-112-01a", "0", false}} {
		r, err := declaration.EvaluateTarget(plan, workforce.ID(tt.target), "", declaration.ProgressData{AsOf: asOf, Observations: []declaration.Observation{withUnit(tt.value, "")}})
		if err != nil || r.Outcome != declaration.OutcomeNotMet || slices.Contains(r.Flags, declaration.FlagUnitUnstated) != tt.flagged {
			t.Errorf("%s %s: %s %v %v", tt.target, tt.value, r.Outcome, r.Flags, err)
		}
		if tt.flagged && !strings.Contains(r.Message, "state the unit") {
			t.Errorf("message %q", r.Message)
		}
	}
	// The count of teams is in teams; a share of 1 or less where no
	// threshold is a percentage is not suspect.
	kh := declaration.CambodiaSSWPlan()
	teams := obs("KH", "", declaration.KHSocialServiceTeams, "2012-12-31", "1551")
	teams.Unit = "Teams"
	if _, err := declaration.EvaluatePlan(kh, declaration.ProgressData{AsOf: asOf, Observations: []declaration.Observation{teams}}); err != nil {
		t.Errorf("teams in teams: %v", err)
	}
	teams.Unit = "%"
	_, err := declaration.EvaluatePlan(kh, declaration.ProgressData{AsOf: asOf, Observations: []declaration.Observation{teams}})
	wantProblem(t, err, declaration.CodeUnitMismatch, "/observations/0/unit")
	// An assessment checks the unit against the catalogue too.
	a := examplesAssessment()
	a.Commitments[0].Observations[0].Unit = "fraction"
	wantProblem(t, a.Validate(), declaration.CodeUnitMismatch, "/commitments/0/observations/0/unit")
}

// examplesAssessment is a small valid assessment with a density
// observation.
func examplesAssessment() declaration.Assessment {
	return declaration.Assessment{Country: "KH", PeriodStart: workforce.MustParseDate("2024-01-01"), PeriodEnd: workforce.MustParseDate("2024-12-31"),
		Commitments: []declaration.CommitmentAssessment{{Commitment: declaration.C07Resources, Status: declaration.StatusInProgress,
			Observations: []declaration.Observation{obs("KH", "", indicators.SSWDenChild, "2024-12-31", "64.4")}}}}
}

func sourced(o declaration.Observation, title string, c declaration.Confidence) declaration.Observation {
	o.Source, o.Confidence = declaration.Citation{Title: title}, c
	return o
}

func TestSourcesThatDisagree(t *testing.T) {
	plan := declaration.VietNamDecision112()
	staffed := indicators.IndicatorID("VN112-SW-STAFFED")
	people := indicators.IndicatorID("VN112-PEOPLE-SUPPORTED")
	ministry := func(v string) declaration.Observation {
		return sourced(obs("VN", "", staffed, "2025-12-31", v), "Ministry review", declaration.ConfidenceConfirmed)
	}
	press := func(v string) declaration.Observation {
		return sourced(obs("VN", "", staffed, "2025-12-31", v), "Press summary", declaration.ConfidenceUnconfirmed)
	}
	tests := []struct {
		name    string
		obs     []declaration.Observation
		prefs   []string
		outcome declaration.TargetOutcome
		reason  declaration.EvaluationReason
		basis   declaration.SourceBasis
		source  string
		flags   []declaration.EvaluationFlag
		others  int
	}{
		{"one source", []declaration.Observation{ministry("61")}, nil,
			declaration.OutcomeMet, "", declaration.SourceOnly, "Ministry review", nil, 0},
		{"sources agree", []declaration.Observation{press("61.0"), ministry("61")}, nil,
			declaration.OutcomeMet, "", declaration.SourcesAgree, "Ministry review", nil, 0},
		{"the stronger confidence decides, flagged", []declaration.Observation{press("59"), ministry("61")}, nil,
			declaration.OutcomeMet, "", declaration.SourceStronger, "Ministry review", []declaration.EvaluationFlag{declaration.FlagSourcesDisagree}, 1},
		{"a named source decides, whatever its confidence", []declaration.Observation{press("59"), ministry("61")}, []string{"Press summary"},
			declaration.OutcomeNotMet, "", declaration.SourcePreferred, "Press summary", nil, 0},
		{"a named source's older figure beats a newer one of another", []declaration.Observation{
			sourced(obs("VN", "", staffed, "2024-12-31", "58"), "Press summary", declaration.ConfidenceUnconfirmed), ministry("61")},
			[]string{"Press summary"}, declaration.OutcomeNotMet, "", declaration.SourcePreferred, "Press summary", nil, 0},
		{"a name that matches nothing falls back to the rules", []declaration.Observation{press("59"), ministry("61")}, []string{"Census"},
			declaration.OutcomeMet, "", declaration.SourceStronger, "Ministry review", []declaration.EvaluationFlag{declaration.FlagSourcesDisagree}, 1},
		{"equal confidence, nothing decides", []declaration.Observation{
			sourced(obs("VN", "", staffed, "2025-12-31", "59"), "Report A", declaration.ConfidencePartial),
			sourced(obs("VN", "", staffed, "2025-12-31", "61"), "Report B", declaration.ConfidencePartial)}, nil,
			declaration.OutcomeUnknown, declaration.ReasonSourcesDisagree, "", "", nil, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), Observations: tt.obs, PreferredSources: tt.prefs}
			r, err := declaration.EvaluateTarget(plan, "VN-112-01a", "", data)
			if err != nil {
				t.Fatal(err)
			}
			if r.Outcome != tt.outcome || r.Reason != tt.reason || r.SourceBasis != tt.basis || !slices.Equal(r.Flags, tt.flags) || len(r.OtherSources) != tt.others {
				t.Errorf("%s (%s) basis %s flags %v others %d: %s", r.Outcome, r.Reason, r.SourceBasis, r.Flags, len(r.OtherSources), r.Message)
			}
			if got := ""; r.Source != nil {
				got = r.Source.Title
				if got != tt.source {
					t.Errorf("source %q, want %q", got, tt.source)
				}
			} else if tt.source != "" {
				t.Errorf("no source, want %q", tt.source)
			}
		})
	}
	// The baseline comes from the judged figure's source first.
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), Observations: []declaration.Observation{
		sourced(obs("VN", "", people, "2020-12-31", "1000"), "Ministry review", declaration.ConfidenceConfirmed),
		sourced(obs("VN", "", people, "2020-12-31", "900"), "Press summary", declaration.ConfidenceUnconfirmed),
		sourced(obs("VN", "", people, "2025-12-31", "1150"), "Press summary", declaration.ConfidenceUnconfirmed),
	}}
	r, err := declaration.EvaluateTarget(plan, "VN-112-04a", "", data)
	if err != nil {
		t.Fatal(err)
	}
	if r.Baseline.String() != "900" || r.BaselineSource == nil || r.BaselineSource.Title != "Press summary" || r.Outcome != declaration.OutcomeMet {
		t.Errorf("baseline %s from %v: %s", r.Baseline, r.BaselineSource, r.Message)
	}
	// One source giving two values for one date is still a conflict.
	data.Observations = append(data.Observations, sourced(obs("VN", "", people, "2025-12-31", "1160"), "Press summary", declaration.ConfidenceUnconfirmed))
	_, err = declaration.EvaluatePlan(plan, data)
	wantProblem(t, err, declaration.CodeConflict, "/observations/3")
	data.Observations = data.Observations[:3]
	data.PreferredSources = []string{"Press summary", "Press summary"}
	wantProblem(t, data.Validate(), declaration.CodeDuplicate, "/preferred_sources/1")
}

func TestReconcileReferenceFigures(t *testing.T) {
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), Observations: declaration.ReferenceFigures()}
	rec, err := declaration.Reconcile(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Groups) != 1 || rec.Conflicts != 1 {
		t.Fatalf("groups %+v conflicts %d", rec.Groups, rec.Conflicts)
	}
	g := rec.Groups[0]
	if g.Indicator != indicators.SSWDenChild || g.Agree || g.Used != "/observations/0" || g.Basis != declaration.SourceStronger || len(g.Figures) != 2 {
		t.Fatalf("group %+v", g)
	}
	want := []struct{ value, implied string }{{"64.4", "5844720.49"}, {"65", "5790769.23"}}
	for i, w := range want {
		f := g.Figures[i]
		if f.Value.String() != w.value || f.ImpliedDenominator.String() != w.implied || f.Numerator != 3764 {
			t.Errorf("figure %d: %s implies %s (numerator %d), want %s implying %s", i, f.Value, f.ImpliedDenominator, f.Numerator, w.value, w.implied)
		}
	}
	// Naming the news summary makes it the figure used.
	data.PreferredSources = []string{declaration.ReferenceFigures()[1].Source.Title}
	rec, _ = declaration.Reconcile(data)
	if rec.Groups[0].Used != "/observations/1" || rec.Groups[0].Basis != declaration.SourcePreferred {
		t.Errorf("preferred: %+v", rec.Groups[0])
	}
	// The 1,551 teams are an observation of the Cambodian plan's measure,
	// in teams, for 2012.
	teams := declaration.ReferenceFigures()[2]
	if teams.Indicator != declaration.KHSocialServiceTeams || teams.Unit != "teams" || teams.Value.String() != "1551" || teams.Date.Year() != 2012 {
		t.Errorf("teams %+v", teams)
	}
	if _, err := declaration.EvaluatePlan(declaration.CambodiaSSWPlan(), data); err != nil {
		t.Errorf("the reference figures do not evaluate against the Cambodian plan: %v", err)
	}
	for i, o := range declaration.ReferenceFigures() {
		if err := o.Validate(); err != nil || o.Confidence == "" || o.Notes == "" {
			t.Errorf("reference figure %d: %v, confidence %q", i, err, o.Confidence)
		}
	}
	if _, err := declaration.Reconcile(declaration.ProgressData{}); !errors.Is(err, declaration.ErrInvalidProgress) {
		t.Errorf("Reconcile of bad data: %v", err)
	}
}

func TestAreaChangesInForce(t *testing.T) {
	plan := declaration.VietNamDecision112()
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"),
		Observations: []declaration.Observation{obs("VN", "VN-54", "VN112-SW-STAFFED", "2024-12-31", "64")}}
	pr, err := declaration.EvaluatePlan(plan, data)
	if err != nil {
		t.Fatal(err)
	}
	if len(pr.AreaChanges) != 2 || pr.AreaChangesReplaced || pr.AreaChanges[0].Area != "VN-54" {
		t.Errorf("shipped changes not applied by default: %+v", pr.AreaChanges)
	}
	// Bắc Giang's figure of 2024 is not judged against the target: the
	// area ceased in 2025.
	found := false
	for _, r := range pr.Evaluations {
		if r.Target == "VN-112-01a" && r.Area == "VN-54" {
			found = r.Outcome == declaration.OutcomeNotApplicable && r.Reason == declaration.ReasonAreaCeased
		}
	}
	if !found {
		t.Error("no not_applicable evaluation of VN-54")
	}
	data.ReplaceAreaChanges = true
	if pr, _ = declaration.EvaluatePlan(plan, data); len(pr.AreaChanges) != 0 || !pr.AreaChangesReplaced {
		t.Errorf("replaced: %+v %v", pr.AreaChanges, pr.AreaChangesReplaced)
	}
	// A change that ends a shipped area otherwise contradicts it, unless
	// the list replaces the shipped one; an area ceases once.
	other := declaration.AreaChange{Area: "VN-55", Kind: declaration.ChangeMerged, Effective: workforce.MustParseDate("2025-07-01"),
		Successors: []workforce.AreaCode{"VN-HN"}}
	data = declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), AreaChanges: []declaration.AreaChange{other}}
	wantProblem(t, data.Validate(), declaration.CodeConflict, "/area_changes/0")
	data.ReplaceAreaChanges = true
	if err := data.Validate(); err != nil {
		t.Errorf("a replacement list may say otherwise: %v", err)
	}
	data.AreaChanges = append(data.AreaChanges, declaration.AreaChange{Area: "VN-55", Kind: declaration.ChangeAbolished, Effective: workforce.MustParseDate("2026-01-01")})
	wantProblem(t, data.Validate(), declaration.CodeConflict, "/area_changes/1")
	// Changes of another country's areas are left out.
	data = declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), AreaChanges: []declaration.AreaChange{
		{Area: "KH-12", Kind: declaration.ChangeBoundary, Effective: workforce.MustParseDate("2022-01-01")}}}
	if pr, _ = declaration.EvaluatePlan(plan, data); len(pr.AreaChanges) != 2 {
		t.Errorf("another country's change applied: %+v", pr.AreaChanges)
	}
	if got := declaration.ShippedAreaChanges("KH"); len(got) != 0 {
		t.Errorf("shipped KH changes %+v", got)
	}
}

func TestCompareViewsLeavesPlan(t *testing.T) {
	plan := declaration.VietNamDecision112()
	before := mustJSON(plan)
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-06-30"),
		Observations: []declaration.Observation{obs("VN", "VN-59", "VN112-SW-STAFFED", "2025-06-30", "65")}}
	v, err := declaration.CompareViews(plan, "VN-112-01a", "VN-59", data)
	if err != nil {
		t.Fatal(err)
	}
	if v.Plan.Outcome != declaration.OutcomeNotMet || v.Plan.OverrideArea != "VN-59" || v.Plan.Required.String() != "70" ||
		v.National.Outcome != declaration.OutcomeMet || v.National.OverrideArea != "" || v.National.Required.String() != "60" {
		t.Errorf("plan view %s %s, national view %s %s", v.Plan.Outcome, v.Plan.Required, v.National.Outcome, v.National.Required)
	}
	if string(mustJSON(plan)) != string(before) {
		t.Error("CompareViews changed the plan")
	}
	if _, err := declaration.CompareViews(plan, "none", "VN-59", data); !errors.Is(err, declaration.ErrUnknownTarget) {
		t.Errorf("unknown target: %v", err)
	}
}
