package declaration_test

import (
	"errors"
	"fmt"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// The compound annual growth Decision 966 asks for: from 45,000 people
// cared for in 2020 to 65,000 in 2030. The rate is exact to the digits
// asked for, and applied back over the period it reproduces the end
// value to within the effect of its last digit.
func ExampleCompoundGrowth() {
	from, to := workforce.MustParseDate("2020-12-31"), workforce.MustParseDate("2030-12-31")
	g, err := declaration.CompoundGrowth(from, workforce.MustParseDecimal("45000"), to, workforce.MustParseDecimal("65000"), 4, indicators.RoundHalfUp)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s%% a year over %s (exact: %v)\n", g.Rate, g.Span, g.Exact)
	back, _ := declaration.ApplyGrowth(g.Start, g.Rate, from, to, 2, indicators.RoundHalfUp)
	fmt.Println("45000 grown at that rate:", back)
	// Output:
	// 3.7457% a year over 10 years (exact: false)
	// 45000 grown at that rate: 65000.03
}

// A target stated as growth is judged on the compound path. Half-way to
// 2030 the straight line from 45,000 to 65,000 is at 55,000, but the
// compound path is at 54,083.27: 54,500 people cared for is behind the
// line and ahead of the path.
func ExampleTarget_path() {
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), Observations: []declaration.Observation{
		{Country: "VN", Indicator: "VN966-PEOPLE-CARED", Date: workforce.MustParseDate("2025-12-31"),
			Value: workforce.MustParseDecimal("54500"), Source: declaration.Citation{Title: "Ministry report"}},
	}}
	for _, path := range []declaration.TrajectoryPath{declaration.PathLinear, declaration.PathCompound} {
		plan := declaration.VietNamDecision966()
		for i := range plan.Targets {
			if plan.Targets[i].ID == "VN-966-03" {
				plan.Targets[i].Path = path
			}
		}
		r, _ := declaration.EvaluateTarget(plan, "VN-966-03", "", data)
		fmt.Printf("%s: %s against %s (growth needed %s%%, achieved %s%% a year)\n", r.Path, r.Trajectory, r.Expected, r.RequiredGrowth, r.ObservedGrowth)
	}
	// Output:
	// linear: off_track against 55000.0000 (growth needed 3.7457%, achieved 3.9051% a year)
	// compound: on_track against 54083.2691 (growth needed 3.7457%, achieved 3.9051% a year)
}

// Areas that cease to exist: Bạc Liêu (VN-55) merged into Cà Mau (VN-59)
// on 2025-07-01. From that day a target for Bạc Liêu is not applicable,
// naming its successor; a Cà Mau figure dated before the merger is still
// compared but flagged. The shipped changes apply without being passed.
func ExampleShippedAreaChanges() {
	plan := declaration.VietNamDecision112()
	src := declaration.Citation{Title: "Provincial report"}
	figures := []declaration.Observation{
		{Country: "VN", Area: "VN-55", Indicator: "VN112-SW-STAFFED", Date: workforce.MustParseDate("2025-06-30"), Value: workforce.MustParseDecimal("61"), Source: src},
		{Country: "VN", Area: "VN-59", Indicator: "VN112-SW-STAFFED", Date: workforce.MustParseDate("2025-06-30"), Value: workforce.MustParseDecimal("72"), Source: src},
	}
	for _, asOf := range []string{"2025-06-30", "2025-07-01"} {
		data := declaration.ProgressData{AsOf: workforce.MustParseDate(asOf), Observations: figures}
		for _, area := range []workforce.AreaCode{"VN-55", "VN-59"} {
			r, _ := declaration.EvaluateTarget(plan, "VN-112-01a", area, data)
			fmt.Printf("%s %s: %s %s %v %v\n", asOf, area, r.Outcome, r.Reason, r.Successors, r.Flags)
		}
	}
	for _, c := range declaration.ShippedAreaChanges("VN") {
		fmt.Println(c)
	}
	// Output:
	// 2025-06-30 VN-55: met  [] []
	// 2025-06-30 VN-59: met  [] []
	// 2025-07-01 VN-55: not_applicable area_ceased [VN-59] []
	// 2025-07-01 VN-59: met  [] [pre_change_figure]
	// VN-54 merged into VN-56 on 2025-07-01
	// VN-55 merged into VN-59 on 2025-07-01
}

// A caller's list replaces the shipped changes only when it says so: here
// an empty replacement list means that no area changed.
func ExampleProgressData_replaceAreaChanges() {
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), ReplaceAreaChanges: true}
	p, _ := declaration.EvaluatePlan(declaration.VietNamDecision112(), data)
	fmt.Println(len(p.AreaChanges), p.AreaChangesReplaced)
	data.ReplaceAreaChanges = false
	p, _ = declaration.EvaluatePlan(declaration.VietNamDecision112(), data)
	fmt.Println(len(p.AreaChanges), p.AreaChangesReplaced)
	// Output:
	// 0 true
	// 2 false
}

// Two views of one province without editing the plan: Cà Mau's own plan
// asks for 70 %, the nation for 60 %.
func ExampleCompareViews() {
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2024-12-31"), Observations: []declaration.Observation{
		{Country: "VN", Area: "VN-59", Indicator: "VN112-SW-STAFFED", Date: workforce.MustParseDate("2024-12-31"),
			Value: workforce.MustParseDecimal("65"), Source: declaration.Citation{Title: "Provincial report"}},
	}}
	v, err := declaration.CompareViews(declaration.VietNamDecision112(), "VN-112-01a", "VN-59", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range []declaration.TargetEvaluation{v.Plan, v.National} {
		fmt.Printf("%-8s %s against %s (override %q)\n", r.View, r.Outcome, r.Required, r.OverrideArea)
	}
	// Output:
	// plan     not_met against 70 (override "VN-59")
	// national met against 60 (override "")
}

// A share given as a fraction against a percentage target is a located
// problem, never "not met". Without a unit, 0.60 may be a fraction or
// 0.60 %: it is read in percent and flagged.
func ExampleObservation_unit() {
	fraction := declaration.Observation{Country: "VN", Indicator: "VN112-SW-STAFFED", Date: workforce.MustParseDate("2025-12-31"),
		Value: workforce.MustParseDecimal("0.60"), Unit: "fraction", Source: declaration.Citation{Title: "Survey"}}
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), Observations: []declaration.Observation{fraction}}
	_, err := declaration.EvaluatePlan(declaration.VietNamDecision112(), data)
	var de *declaration.DocumentError
	if errors.As(err, &de) {
		for _, p := range de.Problems {
			fmt.Println(p.Code, p.Path, "-", p.Message)
		}
	}
	data.Observations[0].Unit = ""
	r, _ := declaration.EvaluateTarget(declaration.VietNamDecision112(), "VN-112-01a", "", data)
	fmt.Println(r.Outcome, r.Flags)
	fmt.Println(r.Message)
	// Output:
	// unit_mismatch /observations/0/unit - a share given as a fraction; VN112-SW-STAFFED is in percent, so write 100 times the fraction (0.60 is 60)
	// not_met [unit_unstated]
	// observed 0.60 on 2025-12-31 does not meet the required ≥ 60 by 2025; 0.60, given without a unit, is read as 0.60 % (a fraction would be 60 %): state the unit
}

// Sources that disagree: the shipped figures for Cambodia's 3,764
// government social work positions are 64.4 per 100,000 children (the
// ministry, via the Phnom Penh Post) and 65 (a news summary). Both are
// kept; the reconciliation shows the denominators they imply and which
// one a computation uses. The 2012 baseline of 1,551 social service teams
// is a figure of its own, in teams.
func ExampleReconcile() {
	figures := declaration.ReferenceFigures()
	rec, err := declaration.Reconcile(declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), Observations: figures})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range rec.Groups {
		fmt.Println(g.Country, g.Indicator, g.Date, "-", g.Message)
		for _, f := range g.Figures {
			fmt.Printf("  %s %s: %d positions imply %s children (%s)\n", f.Observation, f.Value, f.Numerator, f.ImpliedDenominator, f.Confidence)
		}
		fmt.Println("  used:", g.Used, g.Basis)
	}
	teams := figures[2]
	fmt.Println(teams.Indicator, teams.Date, teams.Value, teams.Unit, teams.Confidence)
	// Output:
	// KH SSW-DEN-CHILD 2021-12-31 - 2 sources disagree; "Phnom Penh Post: Kingdom looking to expand social services over next decade (the Ministry of Social Affairs on its social service workforce strategic plan 2022-2031)" is used for its stronger confidence (partial)
	//   /observations/0 64.4: 3764 positions imply 5844720.49 children (partial)
	//   /observations/1 65: 3764 positions imply 5790769.23 children (unconfirmed)
	//   used: /observations/0 stronger_confidence
	// KH-SSW-TEAMS 2012-12-31 1551 teams unconfirmed
}

// An evaluation names the source of the figure it judged and why it was
// chosen; a source the caller names wins, and adding other sources never
// changes such a result.
func ExampleProgressData_preferredSources() {
	plan := declaration.VietNamDecision112()
	figure := func(value, source string, c declaration.Confidence) declaration.Observation {
		return declaration.Observation{Country: "VN", Indicator: "VN112-SW-STAFFED", Date: workforce.MustParseDate("2025-12-31"),
			Value: workforce.MustParseDecimal(value), Source: declaration.Citation{Title: source}, Confidence: c}
	}
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), Observations: []declaration.Observation{
		figure("61", "Ministry review", declaration.ConfidenceConfirmed), figure("58", "Provincial survey", declaration.ConfidencePartial),
	}}
	r, _ := declaration.EvaluateTarget(plan, "VN-112-01a", "", data)
	fmt.Println(r.Outcome, r.Observed, r.Source.Title, r.SourceBasis, r.Flags, len(r.OtherSources))
	data.PreferredSources = []string{"Provincial survey"}
	r, _ = declaration.EvaluateTarget(plan, "VN-112-01a", "", data)
	fmt.Println(r.Outcome, r.Observed, r.Source.Title, r.SourceBasis, r.Flags, len(r.OtherSources))
	// Output:
	// met 61 Ministry review stronger_confidence [sources_disagree] 1
	// not_met 58 Provincial survey preferred_source [] 0
}

// The Declaration's adoption is reported two ways: the accepted account
// and the one that conflicts with it are both kept, with their sources.
func ExampleInstrumentByID() {
	d, _ := declaration.InstrumentByID(declaration.HaNoiDeclarationID)
	for _, a := range d.Accounts {
		fmt.Printf("accepted=%v %s [%s] %d source(s)\n", a.Accepted, a.Event, a.Date, len(a.Sources))
	}
	// Output:
	// accepted=true 37th ASEAN Summit (virtual, Viet Nam chair) [2020-11-12] 4 source(s)
	// accepted=false 38th and 39th ASEAN Summits (Brunei chair, videoconference, 26-28 October 2021) [2021-10-26] 1 source(s)
	// accepted=false ASEAN Summits of 2021 [] 1 source(s)
}
