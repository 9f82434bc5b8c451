package declaration_test

import (
	"cmp"
	"errors"
	"slices"
	"testing"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

var testSource = declaration.Citation{Title: "Test report"}

func obs(country workforce.CountryCode, area workforce.AreaCode, ind indicators.IndicatorID, date, value string) declaration.Observation {
	return declaration.Observation{Country: country, Area: area, Indicator: ind, Date: workforce.MustParseDate(date),
		Value: workforce.MustParseDecimal(value), Source: testSource}
}

func policyObs(country workforce.CountryCode, ind indicators.IndicatorID, date string, v declaration.PolicyValue) declaration.Observation {
	return declaration.Observation{Country: country, Indicator: ind, Date: workforce.MustParseDate(date), Policy: v, Source: testSource}
}

type evalCase struct {
	name       string
	plan       declaration.Plan
	target     workforce.ID
	area       workforce.AreaCode
	asOf       string
	obs        []declaration.Observation
	changes    []declaration.AreaChange
	outcome    declaration.TargetOutcome
	reason     declaration.EvaluationReason
	required   string
	trajectory declaration.Trajectory
	expected   string
	confidence declaration.Confidence
	final      bool
	replace    bool     // the changes replace the shipped ones
	prefs      []string // preferred sources
	flags      []declaration.EvaluationFlag
	successors []workforce.AreaCode
	view       declaration.EvaluationView // ViewPlan when unset
}

func (c evalCase) run(t *testing.T) declaration.TargetEvaluation {
	t.Helper()
	data := declaration.ProgressData{AsOf: workforce.MustParseDate(c.asOf), Observations: c.obs, AreaChanges: c.changes,
		ReplaceAreaChanges: c.replace, PreferredSources: c.prefs}
	var r declaration.TargetEvaluation
	switch c.view {
	case "", declaration.ViewPlan:
		var err error
		if r, err = declaration.EvaluateTarget(c.plan, c.target, c.area, data); err != nil {
			t.Fatal(err)
		}
	default:
		v, err := declaration.CompareViews(c.plan, c.target, c.area, data)
		if err != nil {
			t.Fatal(err)
		}
		r = v.National
	}
	if want := cmp.Or(c.view, declaration.ViewPlan); r.View != want {
		t.Errorf("view %s, want %s", r.View, want)
	}
	if !slices.Equal(r.Flags, c.flags) {
		t.Errorf("flags %v, want %v: %s", r.Flags, c.flags, r.Message)
	}
	if !slices.Equal(r.Successors, c.successors) {
		t.Errorf("successors %v, want %v", r.Successors, c.successors)
	}
	if r.Outcome != c.outcome || r.Reason != c.reason {
		t.Errorf("outcome %s (%s), want %s (%s): %s", r.Outcome, r.Reason, c.outcome, c.reason, r.Message)
	}
	if r.Required.String() != c.required {
		t.Errorf("required %q, want %q", r.Required, c.required)
	}
	if c.trajectory != "" && r.Trajectory != c.trajectory {
		t.Errorf("trajectory %s, want %s: %s", r.Trajectory, c.trajectory, r.Message)
	}
	if r.Expected.String() != c.expected {
		t.Errorf("expected %q, want %q", r.Expected, c.expected)
	}
	if c.confidence != "" && r.Confidence != c.confidence {
		t.Errorf("confidence %s, want %s", r.Confidence, c.confidence)
	}
	if r.Final != c.final {
		t.Errorf("final %v, want %v", r.Final, c.final)
	}
	if r.Message == "" {
		t.Error("empty message")
	}
	return r
}

// policyPlan has a policy-status target and targets with each
// comparator, on a plain catalogue indicator.
func policyPlan() declaration.Plan {
	p := basePlan()
	p.Targets = append(p.Targets,
		declaration.Target{ID: "VAC", Indicator: indicators.SSWPostVac, Comparator: declaration.AtMost, Threshold: workforce.MustParseDecimal("10"),
			BaselineYear: 2022, TargetYear: 2030, Reach: declaration.ReachEachArea, Confidence: declaration.ConfidencePartial},
		declaration.Target{ID: "ATTR", Indicator: indicators.RetAttrition, Comparator: declaration.RelativeDecrease, Threshold: workforce.MustParseDecimal("25"),
			BaselineYear: 2022, TargetYear: 2030, Reach: declaration.ReachNational, Confidence: declaration.ConfidenceConfirmed},
		declaration.Target{ID: "EQ", Indicator: indicators.SSWPerUnit, Comparator: declaration.Equal, Threshold: workforce.MustParseDecimal("2"),
			BaselineYear: 2022, TargetYear: 2030, Reach: declaration.ReachEachArea, Confidence: declaration.ConfidenceConfirmed},
		declaration.Target{ID: "ETH", Indicator: indicators.GovEthicsCode, Comparator: declaration.Equal, Policy: declaration.PolicyPartial,
			TargetYear: 2025, Reach: declaration.ReachNational, Confidence: declaration.ConfidenceConfirmed},
	)
	return p
}

func TestEvaluateTargetTable(t *testing.T) {
	vn112 := declaration.VietNamDecision112()
	vn966 := declaration.VietNamDecision966()
	kh := declaration.CambodiaSSWPlan()
	pol := policyPlan()
	staffed := indicators.IndicatorID("VN112-SW-STAFFED")
	people := indicators.IndicatorID("VN112-PEOPLE-SUPPORTED")
	cared := indicators.IndicatorID("VN966-PEOPLE-CARED")
	cases := []evalCase{
		// Decision 112, national threshold.
		{name: "112 national met on deadline", plan: vn112, target: "VN-112-01a", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", staffed, "2025-12-31", "60.0")},
			outcome: declaration.OutcomeMet, required: "60", trajectory: declaration.OnTrack, confidence: declaration.ConfidenceConfirmed, final: true},
		{name: "112 national missed at deadline", plan: vn112, target: "VN-112-01a", asOf: "2026-06-30",
			obs:     []declaration.Observation{obs("VN", "", staffed, "2025-12-31", "59.99")},
			outcome: declaration.OutcomeNotMet, required: "60", trajectory: declaration.OffTrack, final: true},
		{name: "112 interim shortfall without baseline", plan: vn112, target: "VN-112-01a", asOf: "2024-12-31",
			obs:     []declaration.Observation{obs("VN", "", staffed, "2023-12-31", "41")},
			outcome: declaration.OutcomeNotMet, required: "60", trajectory: declaration.NotAssessed},
		{name: "latest observation on or before as-of is used", plan: vn112, target: "VN-112-01a", asOf: "2024-12-31",
			obs: []declaration.Observation{
				obs("VN", "", staffed, "2025-12-31", "20"), obs("VN", "", staffed, "2024-06-30", "61"), obs("VN", "", staffed, "2023-12-31", "41"),
			},
			outcome: declaration.OutcomeMet, required: "60", trajectory: declaration.OnTrack},
		{name: "no observation", plan: vn112, target: "VN-112-01a", asOf: "2025-12-31",
			outcome: declaration.OutcomeUnknown, reason: declaration.ReasonNoObservation},
		{name: "before the plan was issued", plan: vn112, target: "VN-112-01a", asOf: "2021-01-21",
			obs:     []declaration.Observation{obs("VN", "", staffed, "2020-12-31", "70")},
			outcome: declaration.OutcomeNotApplicable, reason: declaration.ReasonBeforeIssue},
		// Overrides: Cà Mau's plan asks for 70 % where the nation asks 60 %.
		{name: "Cà Mau override applies", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2024-12-31", "65")},
			outcome: declaration.OutcomeNotMet, required: "70", trajectory: declaration.NotAssessed, flags: []declaration.EvaluationFlag{declaration.FlagPreChangeFigure}},
		{name: "Cà Mau before its own plan uses the national target", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2021-03-31",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2021-03-31", "65")},
			outcome: declaration.OutcomeMet, required: "60", trajectory: declaration.OnTrack},
		// The 2025 mergers, with dates on both sides: the shipped changes
		// apply without being passed.
		{name: "Cà Mau figure after the merger needs remapping", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2025-12-31", "75")},
			outcome: declaration.OutcomeNeedsRemapping, reason: declaration.ReasonAreaChanged},
		{name: "Cà Mau figure on the merger day needs remapping", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2025-07-01",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2025-07-01", "75")},
			outcome: declaration.OutcomeNeedsRemapping, reason: declaration.ReasonAreaChanged},
		{name: "Cà Mau figure of the day before, judged on the merger day, is flagged", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2025-07-01",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2025-06-30", "75")},
			outcome: declaration.OutcomeMet, required: "70", trajectory: declaration.OnTrack, flags: []declaration.EvaluationFlag{declaration.FlagPreChangeFigure}},
		{name: "Cà Mau figure judged the day before the merger is not flagged", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2025-06-30",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2025-06-30", "75")},
			outcome: declaration.OutcomeMet, required: "70", trajectory: declaration.OnTrack},
		{name: "passing the shipped change again counts it once", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2025-06-30", "75")},
			changes: declaration.ShippedAreaChanges("VN"),
			outcome: declaration.OutcomeMet, required: "70", trajectory: declaration.OnTrack, flags: []declaration.EvaluationFlag{declaration.FlagPreChangeFigure}},
		{name: "an empty replacement list drops the shipped changes", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2025-12-31", "75")},
			replace: true,
			outcome: declaration.OutcomeMet, required: "70", trajectory: declaration.OnTrack, final: true},
		{name: "Bạc Liêu the day before it ceased uses the national target", plan: vn112, target: "VN-112-01a", area: "VN-55", asOf: "2025-06-30",
			obs:     []declaration.Observation{obs("VN", "VN-55", staffed, "2025-06-30", "61")},
			outcome: declaration.OutcomeMet, required: "60", trajectory: declaration.OnTrack},
		{name: "Bạc Liêu ceased on the merger day, naming Cà Mau", plan: vn112, target: "VN-112-01a", area: "VN-55", asOf: "2025-07-01",
			obs:     []declaration.Observation{obs("VN", "VN-55", staffed, "2025-06-30", "61")},
			outcome: declaration.OutcomeNotApplicable, reason: declaration.ReasonAreaCeased, successors: []workforce.AreaCode{"VN-59"}},
		{name: "Bạc Liêu ceased, whatever its figures' dates", plan: vn112, target: "VN-112-01a", area: "VN-55", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "VN-55", staffed, "2025-12-31", "75")},
			outcome: declaration.OutcomeNotApplicable, reason: declaration.ReasonAreaCeased, successors: []workforce.AreaCode{"VN-59"}},
		{name: "Bạc Liêu ceased even without a figure", plan: vn112, target: "VN-112-01a", area: "VN-55", asOf: "2025-12-31",
			outcome: declaration.OutcomeNotApplicable, reason: declaration.ReasonAreaCeased, successors: []workforce.AreaCode{"VN-59"}},
		{name: "Bắc Giang ceased, naming Bắc Ninh", plan: vn112, target: "VN-112-01a", area: "VN-54", asOf: "2026-01-01",
			outcome: declaration.OutcomeNotApplicable, reason: declaration.ReasonAreaCeased, successors: []workforce.AreaCode{"VN-56"}},
		{name: "a caller's split ends an area too", plan: vn112, target: "VN-112-01a", area: "VN-HP", asOf: "2025-12-31",
			obs: []declaration.Observation{obs("VN", "VN-HP", staffed, "2025-12-31", "61")},
			changes: []declaration.AreaChange{{Area: "VN-HP", Kind: declaration.ChangeSplit, Effective: workforce.MustParseDate("2025-12-31"),
				Successors: []workforce.AreaCode{"VN-HP1", "VN-HP2"}}},
			outcome: declaration.OutcomeNotApplicable, reason: declaration.ReasonAreaCeased, successors: []workforce.AreaCode{"VN-HP1", "VN-HP2"}},
		{name: "province without override uses national share", plan: vn112, target: "VN-112-01a", area: "VN-HP", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "VN-HP", staffed, "2025-12-31", "61")},
			outcome: declaration.OutcomeMet, required: "60", final: true, trajectory: declaration.OnTrack},
		// The override's first day, and the deadline, on both sides.
		{name: "Cà Mau the day before its plan uses the national target", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2021-04-18",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2021-04-18", "65")},
			outcome: declaration.OutcomeMet, required: "60", trajectory: declaration.OnTrack},
		{name: "Cà Mau on its plan's first day uses its own target", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2021-04-19",
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2021-04-19", "65")},
			outcome: declaration.OutcomeNotMet, required: "70", trajectory: declaration.NotAssessed},
		{name: "Cà Mau against the national target, side view", plan: vn112, target: "VN-112-01a", area: "VN-59", asOf: "2021-04-19", view: declaration.ViewNational,
			obs:     []declaration.Observation{obs("VN", "VN-59", staffed, "2021-04-19", "65")},
			outcome: declaration.OutcomeMet, required: "60", trajectory: declaration.OnTrack},
		{name: "national total judged for an area in the side view", plan: vn966, target: "VN-966-01", area: "VN-HN", asOf: "2030-12-31", view: declaration.ViewNational,
			obs:     []declaration.Observation{obs("VN", "VN-HN", "VN966-FAC-TOTAL", "2030-12-31", "30")},
			outcome: declaration.OutcomeNotMet, required: "725", trajectory: declaration.OffTrack, final: true},
		{name: "the day before the deadline is not final", plan: vn112, target: "VN-112-01a", asOf: "2025-12-30",
			obs:     []declaration.Observation{obs("VN", "", staffed, "2025-12-30", "59")},
			outcome: declaration.OutcomeNotMet, required: "60", trajectory: declaration.NotAssessed},
		{name: "the deadline is final", plan: vn112, target: "VN-112-01a", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", staffed, "2025-12-31", "59")},
			outcome: declaration.OutcomeNotMet, required: "60", trajectory: declaration.OffTrack, final: true},
		// Relative targets: a missing baseline is unknown, never not met.
		{name: "relative without baseline", plan: vn112, target: "VN-112-04a", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", people, "2025-12-31", "999999")},
			outcome: declaration.OutcomeUnknown, reason: declaration.ReasonBaselineMissing},
		{name: "relative exactly +20 %", plan: vn112, target: "VN-112-04a", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", people, "2020-12-31", "1000"), obs("VN", "", people, "2025-12-31", "1200")},
			outcome: declaration.OutcomeMet, required: "1200.00", trajectory: declaration.OnTrack, final: true},
		{name: "relative just short", plan: vn112, target: "VN-112-04a", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", people, "2020-12-31", "1000"), obs("VN", "", people, "2025-12-31", "1199.99")},
			outcome: declaration.OutcomeNotMet, required: "1200.00", trajectory: declaration.OffTrack, final: true},
		{name: "relative on track mid-way", plan: vn112, target: "VN-112-04a", asOf: "2023-07-02",
			obs:     []declaration.Observation{obs("VN", "", people, "2020-12-31", "1000"), obs("VN", "", people, "2023-07-02", "1100")},
			outcome: declaration.OutcomeNotMet, required: "1200.00", trajectory: declaration.OnTrack, expected: "1100.0000"},
		{name: "relative off track mid-way", plan: vn112, target: "VN-112-04a", asOf: "2023-07-02",
			obs:     []declaration.Observation{obs("VN", "", people, "2020-12-31", "1000"), obs("VN", "", people, "2023-07-02", "1099.99")},
			outcome: declaration.OutcomeNotMet, required: "1200.00", trajectory: declaration.OffTrack, expected: "1100.0000"},
		{name: "a baseline dated the last day of its year counts", plan: vn112, target: "VN-112-04a", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", people, "2020-12-31", "1000"), obs("VN", "", people, "2025-12-31", "1200")},
			outcome: declaration.OutcomeMet, required: "1200.00", trajectory: declaration.OnTrack, final: true},
		{name: "a figure of the next day is not a baseline", plan: vn112, target: "VN-112-04a", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", people, "2021-01-01", "1000"), obs("VN", "", people, "2025-12-31", "1200")},
			outcome: declaration.OutcomeUnknown, reason: declaration.ReasonBaselineMissing},
		{name: "relative with zero baseline", plan: vn112, target: "VN-112-04a", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", people, "2020-12-31", "0"), obs("VN", "", people, "2025-12-31", "50")},
			outcome: declaration.OutcomeUnknown, reason: declaration.ReasonBaselineZero},
		{name: "latest baseline in the baseline year", plan: pol, target: "ATTR", asOf: "2030-12-31",
			obs: []declaration.Observation{
				obs("PH", "", indicators.RetAttrition, "2022-03-31", "12"), obs("PH", "", indicators.RetAttrition, "2022-12-31", "10"),
				obs("PH", "", indicators.RetAttrition, "2030-12-31", "7.5"),
			},
			outcome: declaration.OutcomeMet, required: "7.50", trajectory: declaration.OnTrack, final: true},
		{name: "unknown size of increase", plan: vn112, target: "VN-112-04b", asOf: "2030-12-31",
			obs:     []declaration.Observation{obs("VN", "", people, "2025-12-31", "1000"), obs("VN", "", people, "2030-12-31", "2000")},
			outcome: declaration.OutcomeUnknown, reason: declaration.ReasonThresholdUnknown, confidence: declaration.ConfidenceUnconfirmed},
		{name: "unconfirmed target surfaces its confidence", plan: vn112, target: "VN-112-05b", asOf: "2030-12-31",
			obs:     []declaration.Observation{obs("VN", "", "VN112-CHILDREN-SUPPORTED", "2030-12-31", "91")},
			outcome: declaration.OutcomeMet, required: "90", trajectory: declaration.OnTrack, confidence: declaration.ConfidenceUnconfirmed, final: true},
		// Decision 966: a published baseline and national totals.
		{name: "published baseline on the line", plan: vn966, target: "VN-966-03", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", cared, "2025-12-31", "55000")},
			outcome: declaration.OutcomeNotMet, required: "65000", trajectory: declaration.OnTrack, expected: "55000.0000"},
		{name: "published baseline below the line", plan: vn966, target: "VN-966-03", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", cared, "2025-12-31", "54999")},
			outcome: declaration.OutcomeNotMet, required: "65000", trajectory: declaration.OffTrack, expected: "55000.0000"},
		{name: "observed baseline beats published", plan: vn966, target: "VN-966-03", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("VN", "", cared, "2020-12-31", "50000"), obs("VN", "", cared, "2025-12-31", "55000")},
			outcome: declaration.OutcomeNotMet, required: "65000", trajectory: declaration.OffTrack, expected: "57500.0000"},
		{name: "national total does not judge a province", plan: vn966, target: "VN-966-01", area: "VN-HN", asOf: "2030-12-31",
			obs:     []declaration.Observation{obs("VN", "VN-HN", "VN966-FAC-TOTAL", "2030-12-31", "30")},
			outcome: declaration.OutcomeNotApplicable, reason: declaration.ReasonNationalOnly},
		// Cambodia: partial confidence travels with the result.
		{name: "Cambodia coverage short", plan: kh, target: "KH-SSW-01", asOf: "2025-12-31",
			obs:     []declaration.Observation{obs("KH", "", indicators.SSWUnitCoverage, "2025-12-31", "80.5")},
			outcome: declaration.OutcomeNotMet, required: "100", trajectory: declaration.NotAssessed, confidence: declaration.ConfidencePartial},
		{name: "Cambodia province fully covered", plan: kh, target: "KH-SSW-01", area: "KH-12", asOf: "2031-12-31",
			obs:     []declaration.Observation{obs("KH", "KH-12", indicators.SSWUnitCoverage, "2031-12-31", "100.0")},
			outcome: declaration.OutcomeMet, required: "100", trajectory: declaration.OnTrack, confidence: declaration.ConfidencePartial, final: true},
		// Other comparators and policy targets.
		{name: "at most met", plan: pol, target: "VAC", asOf: "2030-12-31",
			obs:     []declaration.Observation{obs("PH", "", indicators.SSWPostVac, "2030-12-31", "9.5")},
			outcome: declaration.OutcomeMet, required: "10", trajectory: declaration.OnTrack, confidence: declaration.ConfidencePartial, final: true},
		{name: "at most on the way down", plan: pol, target: "VAC", asOf: "2026-06-30",
			obs:     []declaration.Observation{obs("PH", "", indicators.SSWPostVac, "2022-12-31", "21.07"), obs("PH", "", indicators.SSWPostVac, "2026-06-30", "15")},
			outcome: declaration.OutcomeNotMet, required: "10", trajectory: declaration.OnTrack, expected: "16.2321", confidence: declaration.ConfidencePartial},
		{name: "relative decrease met", plan: pol, target: "ATTR", asOf: "2030-12-31",
			obs:     []declaration.Observation{obs("PH", "", indicators.RetAttrition, "2022-12-31", "12"), obs("PH", "", indicators.RetAttrition, "2030-12-31", "9")},
			outcome: declaration.OutcomeMet, required: "9.00", trajectory: declaration.OnTrack, final: true},
		{name: "equal met with other scale", plan: pol, target: "EQ", area: "PH-01", asOf: "2030-12-31",
			obs:     []declaration.Observation{obs("PH", "PH-01", indicators.SSWPerUnit, "2030-12-31", "2.00")},
			outcome: declaration.OutcomeMet, required: "2", trajectory: declaration.OnTrack, final: true},
		{name: "equal overshoot is not met", plan: pol, target: "EQ", asOf: "2030-12-31",
			obs:     []declaration.Observation{obs("PH", "", indicators.SSWPerUnit, "2030-12-31", "2.5")},
			outcome: declaration.OutcomeNotMet, required: "2", trajectory: declaration.OffTrack, final: true},
		{name: "policy at least yes, partial observed", plan: pol, target: "T3", asOf: "2024-12-31",
			obs:     []declaration.Observation{policyObs("PH", indicators.GovSWLaw, "2024-06-30", declaration.PolicyPartial)},
			outcome: declaration.OutcomeNotMet, trajectory: declaration.NotAssessed},
		{name: "policy at least yes, yes observed", plan: pol, target: "T3", asOf: "2024-12-31",
			obs:     []declaration.Observation{policyObs("PH", indicators.GovSWLaw, "2024-06-30", declaration.PolicyYes)},
			outcome: declaration.OutcomeMet, trajectory: declaration.OnTrack},
		{name: "policy equal partial, yes observed", plan: pol, target: "ETH", asOf: "2025-12-31",
			obs:     []declaration.Observation{policyObs("PH", indicators.GovEthicsCode, "2025-12-31", declaration.PolicyYes)},
			outcome: declaration.OutcomeNotMet, trajectory: declaration.OffTrack, final: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.run(t) })
	}
}

func TestEvaluateRemappingListsChanges(t *testing.T) {
	c := evalCase{plan: declaration.VietNamDecision112(), target: "VN-112-01a", area: "VN-56", asOf: "2025-12-31",
		obs:     []declaration.Observation{obs("VN", "VN-56", "VN112-SW-STAFFED", "2025-12-31", "75")},
		changes: append(declaration.ShippedAreaChanges("VN"), declaration.AreaChange{Area: "VN-56", Kind: declaration.ChangeBoundary, Effective: workforce.MustParseDate("2019-01-01")}),
		outcome: declaration.OutcomeNeedsRemapping, reason: declaration.ReasonAreaChanged}
	r := c.run(t)
	if len(r.AreaChanges) != 1 || r.AreaChanges[0].Area != "VN-54" {
		t.Errorf("area changes %+v: only changes after the plan was issued count", r.AreaChanges)
	}
	if !r.Observed.Equal(workforce.MustParseDecimal("75")) || !r.Threshold.IsZero() {
		t.Errorf("observed %s threshold %q", r.Observed, r.Threshold)
	}
}

func TestEvaluatePlanCoversAreas(t *testing.T) {
	data := declaration.ProgressData{
		AsOf: workforce.MustParseDate("2025-12-31"),
		Observations: []declaration.Observation{
			obs("VN", "", "VN112-SW-STAFFED", "2025-12-31", "62"),
			obs("VN", "VN-HP", "VN112-SW-STAFFED", "2025-12-31", "50"),
			obs("VN", "VN-59", "VN112-SW-STAFFED", "2025-12-31", "72"),
			obs("VN", "VN-HN", "VN966-FAC-TOTAL", "2025-12-31", "30"),
			obs("KH", "", indicators.SSWUnitCoverage, "2025-12-31", "50"),
		},
		AreaChanges: declaration.ShippedAreaChanges("VN"),
	}
	pr, err := declaration.EvaluatePlan(declaration.VietNamDecision112(), data)
	if err != nil {
		t.Fatal(err)
	}
	var areas []string
	for _, r := range pr.Evaluations {
		if r.Target == "VN-112-01a" {
			areas = append(areas, string(r.Area)+":"+string(r.Outcome))
		}
	}
	if len(pr.UnknownIndicators) != 1 || pr.UnknownIndicators[0] != "VN966-FAC-TOTAL" {
		t.Errorf("unknown indicators %v", pr.UnknownIndicators)
	}
	want := []string{":met", "VN-56:unknown", "VN-59:needs_remapping", "VN-HN:unknown", "VN-HP:not_met"}
	if len(areas) != len(want) {
		t.Fatalf("areas %v, want %v", areas, want)
	}
	for i := range want {
		if areas[i] != want[i] {
			t.Errorf("areas %v, want %v", areas, want)
			break
		}
	}
	total := pr.Met + pr.NotMet + pr.Unknown + pr.NotApplicable + pr.NeedsRemapping
	if total != len(pr.Evaluations) || pr.NeedsRemapping != 2 || pr.Met != 1 || pr.NotMet != 3 {
		t.Errorf("counts met %d not met %d unknown %d n/a %d remap %d of %d", pr.Met, pr.NotMet, pr.Unknown, pr.NotApplicable, pr.NeedsRemapping, len(pr.Evaluations))
	}
	pr966, err := declaration.EvaluatePlan(declaration.VietNamDecision966(), data)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range pr966.Evaluations {
		if r.Area != "" {
			t.Errorf("national-total targets judged area %s", r.Area)
		}
	}
}

func TestEvaluateBadInput(t *testing.T) {
	plan := declaration.VietNamDecision112()
	asOf := workforce.MustParseDate("2025-12-31")
	tests := []struct {
		name     string
		obs      []declaration.Observation
		changes  []declaration.AreaChange
		sentinel error
		code     string
		path     string
	}{
		{"observation before joining ASEAN", []declaration.Observation{obs("TL", "", indicators.SSWDenPop, "2024-12-31", "10")}, nil,
			declaration.ErrInvalidProgress, declaration.CodeNotMember, "/observations/0/country"},
		{"conflicting observations", []declaration.Observation{obs("VN", "", "VN112-SW-STAFFED", "2024-12-31", "10"), obs("VN", "", "VN112-SW-STAFFED", "2024-12-31", "11")}, nil,
			declaration.ErrInvalidProgress, declaration.CodeConflict, "/observations/1"},
		{"policy value for a number", []declaration.Observation{policyObs("VN", "VN112-SW-STAFFED", "2024-12-31", declaration.PolicyYes)}, nil,
			declaration.ErrInvalidProgress, declaration.CodeKindMismatch, "/observations/0/policy"},
		{"number for a policy indicator", []declaration.Observation{obs("VN", "", indicators.GovSWLaw, "2024-12-31", "1")}, nil,
			declaration.ErrInvalidProgress, declaration.CodeKindMismatch, "/observations/0/value"},
		{"neither value nor policy", []declaration.Observation{{Country: "VN", Indicator: "VN112-SW-STAFFED", Date: asOf, Source: testSource}}, nil,
			declaration.ErrInvalidProgress, declaration.CodeRequired, "/observations/0/value"},
		{"area of another country", []declaration.Observation{obs("VN", "KH-12", "VN112-SW-STAFFED", "2024-12-31", "10")}, nil,
			declaration.ErrInvalidProgress, declaration.CodeInconsistent, "/observations/0/area"},
		{"merger without successor", nil, []declaration.AreaChange{{Area: "VN-55", Kind: declaration.ChangeMerged, Effective: asOf}},
			declaration.ErrInvalidProgress, declaration.CodeInconsistent, "/area_changes/0/successors"},
		{"observation without source title", []declaration.Observation{{Country: "VN", Indicator: "VN112-SW-STAFFED", Date: asOf, Value: workforce.MustParseDecimal("1")}}, nil,
			declaration.ErrInvalidProgress, declaration.CodeRequired, "/observations/0/source/title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := declaration.EvaluatePlan(plan, declaration.ProgressData{AsOf: asOf, Observations: tt.obs, AreaChanges: tt.changes})
			if !errors.Is(err, tt.sentinel) {
				t.Fatalf("err = %v, want %v", err, tt.sentinel)
			}
			var de *declaration.DocumentError
			if !errors.As(err, &de) || de.Document != "progress_data" {
				t.Errorf("not a progress_data DocumentError: %v", err)
			}
			wantProblem(t, err, tt.code, tt.path)
		})
	}
}

func TestEvaluateIgnoresOtherCountriesUnknownIndicators(t *testing.T) {
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"),
		Observations: []declaration.Observation{obs("KH", "", "KH-LOCAL-MEASURE", "2024-12-31", "10")}}
	if _, err := declaration.EvaluatePlan(declaration.VietNamDecision112(), data); err != nil {
		t.Fatal(err)
	}
}

func TestEvaluateErrors(t *testing.T) {
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31")}
	_, err := declaration.EvaluateTarget(declaration.VietNamDecision112(), "VN-112-99", "", data)
	if !errors.Is(err, declaration.ErrUnknownTarget) {
		t.Errorf("err = %v", err)
	}
	p := declaration.VietNamDecision112()
	p.Targets[0].Indicator = "SSW-UNKNOWN"
	_, err = declaration.EvaluatePlan(p, data)
	if !errors.Is(err, declaration.ErrInvalidPlan) || !errors.Is(err, workforce.ErrInvalid) {
		t.Errorf("err = %v", err)
	}
	wantProblem(t, err, declaration.CodeUnknownIndicator, "/targets/0/indicator")
	_, err = declaration.EvaluatePlan(declaration.VietNamDecision112(), declaration.ProgressData{})
	wantProblem(t, err, declaration.CodeRequired, "/as_of")
}

func TestEvaluateDoesNotMutateInput(t *testing.T) {
	plan := declaration.VietNamDecision112()
	observations := []declaration.Observation{
		obs("VN", "", "VN112-SW-STAFFED", "2025-12-31", "62"),
		obs("VN", "", "VN112-SW-STAFFED", "2022-12-31", "40"),
	}
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2025-12-31"), Observations: observations}
	if _, err := declaration.EvaluatePlan(plan, data); err != nil {
		t.Fatal(err)
	}
	if observations[0].Date != workforce.MustParseDate("2025-12-31") {
		t.Error("EvaluatePlan reordered the caller's observations")
	}
}

func TestEvaluateConfidenceIsWeakest(t *testing.T) {
	p := basePlan()
	p.Confidence = declaration.ConfidencePartial
	data := declaration.ProgressData{AsOf: workforce.MustParseDate("2028-12-31"),
		Observations: []declaration.Observation{obs("PH", "", indicators.SSWDenChild, "2028-12-31", "55")}}
	r, err := declaration.EvaluateTarget(p, "T1", "", data)
	if err != nil {
		t.Fatal(err)
	}
	if r.Outcome != declaration.OutcomeMet || r.Confidence != declaration.ConfidencePartial {
		t.Errorf("outcome %s confidence %s: a confirmed target of a partial plan is partial", r.Outcome, r.Confidence)
	}
	if r.Message != "observed 55 on 2028-12-31 meets the required ≥ 50 by 2028 (target confidence: partial)" {
		t.Errorf("message %q", r.Message)
	}
}
