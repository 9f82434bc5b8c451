package declaration

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/workforce"
)

// ExpectedPlaces is the number of fraction digits of
// [TargetEvaluation.Expected], rounded half away from zero. The on-track
// decision itself is exact and does not depend on it.
const ExpectedPlaces = 4

// TargetEvaluation is the result of judging one target of a plan, for the
// nation or one area, as of a date. It says which threshold applied (the
// national one or an area override), what was observed, the outcome, and
// whether the observation is on the straight-line path from the baseline
// to the target. It carries the applied target's confidence, so an
// unconfirmed target's result is never read as settled.
type TargetEvaluation struct {
	// Plan is the plan's ID.
	Plan workforce.ID `json:"plan" validate:"required,valid"`
	// Target is the target's ID.
	Target workforce.ID `json:"target" validate:"required,valid"`
	// Indicator is the target's indicator.
	Indicator indicators.IndicatorID `json:"indicator" validate:"required,valid"`
	// Country is the plan's country.
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// Area is the area judged; omitted for the national figure.
	Area workforce.AreaCode `json:"area,omitempty" validate:"omitempty,valid"`
	// AsOf is the date of the evaluation.
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// Outcome is met, not_met, unknown, not_applicable or needs_remapping.
	Outcome TargetOutcome `json:"outcome" validate:"required,valid"`
	// Reason explains an outcome other than met and not_met.
	Reason EvaluationReason `json:"reason,omitempty" validate:"omitempty,valid"`
	// Message explains the outcome in one sentence.
	Message string `json:"message" validate:"required,max=1000"`
	// Comparator is the target's comparator.
	Comparator Comparator `json:"comparator" validate:"required,valid"`
	// Threshold is the applied threshold as the plan states it (the
	// percentage change for a relative target); omitted when unknown or
	// when the evaluation stopped before a target was chosen (step 5 of
	// [EvaluatePlan]).
	Threshold workforce.Decimal `json:"threshold,omitzero"`
	// RequiredPolicy is the applied policy value of a policy-status
	// target.
	RequiredPolicy PolicyValue `json:"required_policy,omitempty" validate:"omitempty,valid"`
	// Required is the value the observation was compared with: the
	// threshold, or for a relative target the baseline changed by the
	// percentage, exactly.
	Required workforce.Decimal `json:"required,omitzero"`
	// OverrideArea is set when an area override applied.
	OverrideArea workforce.AreaCode `json:"override_area,omitempty" validate:"omitempty,valid"`
	// ObservedOn is the date of the observation judged.
	ObservedOn workforce.CivilDate `json:"observed_on,omitzero"`
	// Observed is its value, for a quantitative indicator.
	Observed workforce.Decimal `json:"observed,omitzero"`
	// ObservedPolicy is its value, for a policy-status indicator.
	ObservedPolicy PolicyValue `json:"observed_policy,omitempty" validate:"omitempty,valid"`
	// BaselineOn is the date of the baseline used.
	BaselineOn workforce.CivilDate `json:"baseline_on,omitzero"`
	// Baseline is the baseline value used.
	Baseline workforce.Decimal `json:"baseline,omitzero"`
	// BaselinePublished is true when the baseline is the plan's published
	// figure rather than an observation.
	BaselinePublished bool `json:"baseline_published,omitempty"`
	// TargetYear is the target's year.
	TargetYear int `json:"target_year" validate:"gte=1900,lte=2200"`
	// Deadline is the last day of the target year.
	Deadline workforce.CivilDate `json:"deadline" validate:"required"`
	// Final is true when the observation is dated on or after the
	// deadline, so that not_met is a miss rather than an interim
	// shortfall.
	Final bool `json:"final"`
	// Trajectory says whether the observation is on track.
	Trajectory Trajectory `json:"trajectory" validate:"required,valid"`
	// Expected is the value the straight-line path from the baseline to
	// the required value reaches on the observation's date, rounded half
	// away from zero to 4 fraction digits ([ExpectedPlaces]).
	Expected workforce.Decimal `json:"expected,omitzero"`
	// Confidence is the weakest of the plan's confidence and the applied
	// target's (or override's): an unconfirmed target, or a target of an
	// unconfirmed plan, never reads as settled.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
	// AreaChanges lists the changes that made the area need remapping.
	AreaChanges []AreaChange `json:"area_changes,omitempty"`
}

// PlanProgress is the evaluation of every target of a plan as of a date:
// one [TargetEvaluation] per target for the nation and for each area
// concerned, in target order, national first, then areas by code.
type PlanProgress struct {
	// Plan is the plan's ID.
	Plan workforce.ID `json:"plan" validate:"required,valid"`
	// Country is the plan's country.
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// AsOf is the date of the evaluation.
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// Evaluations are the results.
	Evaluations []TargetEvaluation `json:"evaluations,omitempty"`
	// UnknownIndicators lists, sorted, the indicators observed for the
	// plan's country that neither the catalogue nor the plan defines.
	// Progress data may carry other plans' measures, so they are not an
	// error, but a misspelt ID shows up here.
	UnknownIndicators []indicators.IndicatorID `json:"unknown_indicators,omitempty" validate:"omitempty,dive,valid"`
	// Met counts met outcomes; it and the four counts below add up to
	// the number of evaluations.
	Met int `json:"met" validate:"gte=0"`
	// NotMet counts not_met outcomes.
	NotMet int `json:"not_met" validate:"gte=0"`
	// Unknown counts unknown outcomes.
	Unknown int `json:"unknown" validate:"gte=0"`
	// NotApplicable counts not_applicable outcomes.
	NotApplicable int `json:"not_applicable" validate:"gte=0"`
	// NeedsRemapping counts needs_remapping outcomes.
	NeedsRemapping int `json:"needs_remapping" validate:"gte=0"`
}

// EvaluatePlan evaluates every target of the plan against the progress
// data and returns the results, or an error for a bad plan or bad data
// (a [*DocumentError] with every problem).
//
// Which figures are judged: for each target, the national figure, every
// area with an override, and — for a target whose reach is each_area —
// every area of the plan's country with an observation of the indicator.
//
// For one target and one area (the nation when the area is empty) the
// steps are, in order:
//
//  1. As-of date before the plan was issued: not_applicable
//     (before_issue).
//  2. An area figure of a national-total target without any override for
//     the area: not_applicable (national_only).
//  3. Take the latest observation of the indicator for the country and
//     area dated on or before the as-of date; none: unknown
//     (no_observation).
//  4. The area (as a changed area or as a successor) is affected by an
//     area change that took effect after the plan was issued and on or
//     before the observation's date: needs_remapping (area_changed), with
//     the changes listed. The observation is not compared: the target
//     was set for different boundaries.
//  5. Choose the applicable target: the area's override active on the
//     observation's date, else the national target. An area figure of a
//     national-total target whose override is not active on that date:
//     not_applicable (national_only). The result carries the weakest of
//     the plan's and the chosen target's confidence.
//  6. The threshold (or policy value) is not known: unknown
//     (threshold_unknown).
//  7. Baseline, when the target has a baseline year: the latest
//     observation for the same country, area and indicator dated in the
//     baseline year and on or before the observation; failing that, for
//     the national figure, the plan's published baseline, dated 31
//     December of the baseline year. A relative target without a
//     baseline: unknown (baseline_missing) — never not_met. A relative
//     target whose baseline is zero: unknown (baseline_zero), a relative
//     change of zero being undefined.
//  8. Required value: the threshold; for relative_increase
//     baseline × (100 + p) ÷ 100 and for relative_decrease
//     baseline × (100 − p) ÷ 100, where p is the threshold in percent —
//     exact, since dividing by 100 only moves the decimal point.
//  9. Compare exactly: at_least and relative_increase are met when the
//     observed value is ≥ the required value, at_most and
//     relative_decrease when ≤, equal when numerically equal ("60" equals
//     "60.00"). Policy values are ordered no < partial < yes; at_least is
//     met at or above the required value. The result is met or not_met;
//     Final says whether the deadline (31 December of the target year)
//     has passed on the observation's date.
//  10. Trajectory: on_track when met; off_track when not met and final;
//     otherwise, with a quantitative baseline, by linear interpolation
//     between (baseline date, baseline value) and (deadline, required
//     value): with T the days from the baseline date to the deadline and
//     e the days from the baseline date to the observation (clamped to
//     0…T), the expected value is b + (r − b) × e ÷ T. A target that goes
//     up (at_least, relative_increase, equal with r ≥ b) is on track when
//     (v − b) × T ≥ (r − b) × e, one that goes down when
//     (v − b) × T ≤ (r − b) × e — exact integer-decimal arithmetic, no
//     division. Expected is reported rounded half away from zero to
//     [ExpectedPlaces] digits. Without a baseline (or for a policy
//     target) the trajectory is not_assessed.
//
// The data are checked first: an observation for a country that was not
// an ASEAN member state on its date, conflicting observations, or an
// observation of the plan's country whose value is of the wrong kind for
// its indicator make them invalid. Observations of other countries, and
// of indicators neither the catalogue nor the plan defines, are ignored;
// the latter are listed in [PlanProgress.UnknownIndicators].
func EvaluatePlan(p Plan, data ProgressData) (PlanProgress, error) {
	ev, err := newEvaluator(&p, &data)
	if err != nil {
		return PlanProgress{}, err
	}
	out := PlanProgress{Plan: p.ID, Country: p.Country, AsOf: data.AsOf, UnknownIndicators: ev.unknown}
	for i := range p.Targets {
		t := &p.Targets[i]
		for _, area := range ev.areasFor(t) {
			r := ev.evaluate(t, area)
			out.count(r.Outcome)
			out.Evaluations = append(out.Evaluations, r)
		}
	}
	return out, nil
}

// EvaluateTarget evaluates one target of the plan for one area (the nation
// when area is empty) with the steps of [EvaluatePlan]. An ID the plan
// does not define gives an error matching [ErrUnknownTarget].
func EvaluateTarget(p Plan, targetID workforce.ID, area workforce.AreaCode, data ProgressData) (TargetEvaluation, error) {
	ev, err := newEvaluator(&p, &data)
	if err != nil {
		return TargetEvaluation{}, err
	}
	for i := range p.Targets {
		if p.Targets[i].ID == targetID {
			return ev.evaluate(&p.Targets[i], area), nil
		}
	}
	return TargetEvaluation{}, fmt.Errorf("%w %q in plan %s", ErrUnknownTarget, targetID, p.ID)
}

func (pp *PlanProgress) count(o TargetOutcome) {
	switch o {
	case OutcomeMet:
		pp.Met++
	case OutcomeNotMet:
		pp.NotMet++
	case OutcomeUnknown:
		pp.Unknown++
	case OutcomeNotApplicable:
		pp.NotApplicable++
	case OutcomeNeedsRemapping:
		pp.NeedsRemapping++
	}
}

type seriesKey struct {
	indicator indicators.IndicatorID
	area      workforce.AreaCode
}

type evaluator struct {
	p      *Plan
	data   *ProgressData
	kinds  map[indicators.IndicatorID]indicators.IndicatorKind
	series map[seriesKey][]*Observation // plan country, dated on or before as-of, by date
	// unknown lists indicators observed for the plan's country that
	// neither the catalogue nor the plan defines.
	unknown []indicators.IndicatorID
}

// newEvaluator validates the plan and the data and indexes the
// observations of the plan's country.
func newEvaluator(p *Plan, data *ProgressData) (*evaluator, error) {
	if err := p.Validate(); err != nil {
		return nil, documentError("plan", err)
	}
	ev := &evaluator{p: p, data: data, kinds: p.indicatorKinds(), series: map[seriesKey][]*Observation{}}
	ps := data.appendProblems(nil)
	for i := range data.Observations {
		o := &data.Observations[i]
		if o.Country != p.Country {
			continue
		}
		kind, ok := ev.kinds[o.Indicator]
		if !ok {
			if o.Indicator.IsValid() && !slices.Contains(ev.unknown, o.Indicator) {
				ev.unknown = append(ev.unknown, o.Indicator)
			}
			continue
		}
		if own := o.checkKind(nil, "", kind); len(own) > 0 {
			ps = rebase(own, jsonptr.Index("/observations", i), ps)
		}
		if !o.Date.IsZero() && !o.Date.After(data.AsOf) {
			k := seriesKey{o.Indicator, o.Area}
			ev.series[k] = append(ev.series[k], o)
		}
	}
	if err := finish(ps); err != nil {
		return nil, documentError("progress_data", err)
	}
	for _, s := range ev.series {
		slices.SortStableFunc(s, func(a, b *Observation) int { return a.Date.Compare(b.Date) })
	}
	slices.Sort(ev.unknown)
	return ev, nil
}

// areasFor lists the figures a target judges: national first, then areas
// by code.
func (ev *evaluator) areasFor(t *Target) []workforce.AreaCode {
	set := map[workforce.AreaCode]bool{}
	for _, o := range t.Overrides {
		set[o.Area] = true
	}
	if t.Reach == ReachEachArea {
		for k := range ev.series {
			if k.indicator == t.Indicator && k.area != "" {
				set[k.area] = true
			}
		}
	}
	areas := make([]workforce.AreaCode, 0, len(set)+1)
	for a := range set {
		areas = append(areas, a)
	}
	slices.Sort(areas)
	return append([]workforce.AreaCode{""}, areas...)
}

func hasOverride(t *Target, area workforce.AreaCode) bool {
	return slices.ContainsFunc(t.Overrides, func(o TargetOverride) bool { return o.Area == area })
}

// evaluate applies the steps documented on [EvaluatePlan].
func (ev *evaluator) evaluate(t *Target, area workforce.AreaCode) TargetEvaluation {
	p, asOf := ev.p, ev.data.AsOf
	r := TargetEvaluation{
		Plan: p.ID, Target: t.ID, Indicator: t.Indicator, Country: p.Country, Area: area, AsOf: asOf,
		Comparator: t.Comparator,
		TargetYear: t.TargetYear, Deadline: t.Deadline(), Trajectory: NotAssessed, Confidence: Weakest(p.Confidence, t.Confidence),
	}
	// Step 1.
	if asOf.Before(p.Issued) {
		return r.stop(OutcomeNotApplicable, ReasonBeforeIssue, "the plan was issued on "+p.Issued.String()+", after the as-of date")
	}
	// Step 2.
	if area != "" && t.Reach == ReachNational && !hasOverride(t, area) {
		return r.stop(OutcomeNotApplicable, ReasonNationalOnly, "the target is a national total; it does not judge an area's figure")
	}
	// Step 3.
	series := ev.series[seriesKey{t.Indicator, area}]
	if len(series) == 0 {
		return r.stop(OutcomeUnknown, ReasonNoObservation, "no observation on or before "+asOf.String())
	}
	o := series[len(series)-1]
	r.ObservedOn, r.Observed, r.ObservedPolicy = o.Date, o.Value, o.Policy
	// Step 4.
	if area != "" {
		for _, c := range ev.data.AreaChanges {
			if c.Affects(area) && c.Effective.After(p.Issued) && !c.Effective.After(o.Date) {
				c.Successors, c.Sources = slices.Clone(c.Successors), slices.Clone(c.Sources)
				r.AreaChanges = append(r.AreaChanges, c)
			}
		}
		if len(r.AreaChanges) > 0 {
			return r.stop(OutcomeNeedsRemapping, ReasonAreaChanged, fmt.Sprintf("%s after the plan was issued on %s; remap the observation of %s to the plan's areas", r.AreaChanges[0].describe(), p.Issued, o.Date))
		}
	}
	// Step 5.
	r.Threshold, r.RequiredPolicy = t.Threshold, t.Policy
	overridden := false
	for _, ov := range t.Overrides {
		if ov.Area == area && ov.ActiveOn(o.Date) {
			r.OverrideArea, r.Threshold, r.RequiredPolicy, r.Confidence = area, ov.Threshold, ov.Policy, Weakest(p.Confidence, ov.Confidence)
			overridden = true
			break
		}
	}
	if area != "" && t.Reach == ReachNational && !overridden {
		return r.stop(OutcomeNotApplicable, ReasonNationalOnly, "no override of the national-total target is in force for the area on "+o.Date.String())
	}
	policy := ev.kinds[t.Indicator] == indicators.KindPolicy
	// Step 6.
	if (policy && r.RequiredPolicy == "") || (!policy && r.Threshold.IsZero()) {
		return r.stop(OutcomeUnknown, ReasonThresholdUnknown, "the target's value is not known")
	}
	if policy {
		met := o.Policy.rank() >= r.RequiredPolicy.rank()
		if t.Comparator == Equal {
			met = o.Policy == r.RequiredPolicy
		}
		return r.judge(met, o, nil)
	}
	// Step 7.
	var base *baselinePoint
	if t.BaselineYear != 0 {
		base = ev.baseline(t, series, area, o.Date)
	}
	if t.Comparator.IsRelative() {
		if base == nil {
			return r.stop(OutcomeUnknown, ReasonBaselineMissing, fmt.Sprintf("no baseline for %d", t.BaselineYear))
		}
		if base.value.Decimal().IsZero() {
			r.setBaseline(base)
			return r.stop(OutcomeUnknown, ReasonBaselineZero, "the baseline is zero, so a relative change is undefined")
		}
	}
	if base != nil {
		r.setBaseline(base)
	}
	// Step 8.
	required := r.Threshold.Decimal()
	switch t.Comparator {
	case RelativeIncrease:
		required = base.value.Decimal().Mul(decimal.NewFromInt(100).Add(required)).Shift(-2)
	case RelativeDecrease:
		required = base.value.Decimal().Mul(decimal.NewFromInt(100).Sub(required)).Shift(-2)
	}
	r.Required = workforce.DecimalOf(required)
	// Step 9.
	v := o.Value.Decimal()
	var met bool
	switch t.Comparator {
	case AtLeast, RelativeIncrease:
		met = v.Cmp(required) >= 0
	case AtMost, RelativeDecrease:
		met = v.Cmp(required) <= 0
	case Equal:
		met = v.Cmp(required) == 0
	}
	return r.judge(met, o, base)
}

type baselinePoint struct {
	date      workforce.CivilDate
	value     workforce.Decimal
	published bool
}

// baseline implements step 7 of [EvaluatePlan].
func (ev *evaluator) baseline(t *Target, series []*Observation, area workforce.AreaCode, until workforce.CivilDate) *baselinePoint {
	for i := len(series) - 1; i >= 0; i-- {
		b := series[i]
		if b.Date.Year() == t.BaselineYear && !b.Date.After(until) {
			return &baselinePoint{date: b.Date, value: b.Value}
		}
	}
	if area == "" && !t.PublishedBaseline.IsZero() {
		return &baselinePoint{date: workforce.MustNewDate(t.BaselineYear, 12, 31), value: t.PublishedBaseline, published: true}
	}
	return nil
}

func (r *TargetEvaluation) setBaseline(b *baselinePoint) {
	r.BaselineOn, r.Baseline, r.BaselinePublished = b.date, b.value, b.published
}

func (r TargetEvaluation) stop(o TargetOutcome, reason EvaluationReason, msg string) TargetEvaluation {
	r.Outcome, r.Reason, r.Message = o, reason, msg+confidenceNote(r.Confidence)
	return r
}

func confidenceNote(c Confidence) string {
	if c == ConfidenceConfirmed {
		return ""
	}
	return " (target confidence: " + string(c) + ")"
}

// judge implements steps 9 and 10 of [EvaluatePlan] once the comparison
// is made.
func (r TargetEvaluation) judge(met bool, o *Observation, base *baselinePoint) TargetEvaluation {
	r.Final = !r.Deadline.IsZero() && !o.Date.Before(r.Deadline)
	observed, required := o.Value.String(), r.Required.String()
	if o.Policy != "" {
		observed, required = string(o.Policy), string(r.RequiredPolicy)
	}
	verb := "meets"
	r.Outcome = OutcomeMet
	if !met {
		verb = "does not meet"
		r.Outcome = OutcomeNotMet
	}
	r.Message = fmt.Sprintf("observed %s on %s %s the required %s %s by %d", observed, o.Date, verb, comparatorSymbol(r.Comparator), required, r.TargetYear)
	switch {
	case met:
		r.Trajectory = OnTrack
	case r.Final:
		r.Trajectory = OffTrack
	case base != nil:
		r.Trajectory, r.Expected = trajectory(r.Comparator, base, r.Deadline, o.Date, o.Value.Decimal(), r.Required.Decimal())
		r.Message += "; " + string(r.Trajectory) + " against the expected " + r.Expected.String()
	}
	r.Message += confidenceNote(r.Confidence)
	return r
}

func comparatorSymbol(c Comparator) string {
	switch c {
	case AtLeast, RelativeIncrease:
		return "≥"
	case AtMost, RelativeDecrease:
		return "≤"
	}
	return "="
}

// trajectory implements the linear interpolation of step 10 of
// [EvaluatePlan].
func trajectory(c Comparator, base *baselinePoint, deadline, on workforce.CivilDate, v, required decimal.Decimal) (Trajectory, workforce.Decimal) {
	total := workforce.DaysBetween(base.date, deadline)
	if total <= 0 {
		return NotAssessed, workforce.Decimal{}
	}
	elapsed := min(max(workforce.DaysBetween(base.date, on), 0), total)
	b := base.value.Decimal()
	T, e := decimal.NewFromInt(int64(total)), decimal.NewFromInt(int64(elapsed))
	progress := v.Sub(b).Mul(T)    // (v − b) × T
	path := required.Sub(b).Mul(e) // (r − b) × e
	up := c == AtLeast || c == RelativeIncrease || (c == Equal && required.Cmp(b) >= 0)
	onTrack := progress.Cmp(path) >= 0 // going up: at least as far as the path
	if !up {
		onTrack = progress.Cmp(path) <= 0
	}
	expected := workforce.DecimalOf(b.Mul(T).Add(path).DivRound(T, ExpectedPlaces))
	if onTrack {
		return OnTrack, expected
	}
	return OffTrack, expected
}
