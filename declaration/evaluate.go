package declaration

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
	"strings"

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
// national one or an area override), which figure was judged and from
// which source, the outcome, and whether the observation is on the path
// from the baseline to the target. It carries the applied target's
// confidence, so an unconfirmed target's result is never read as
// settled.
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
	// View is the target the figure was judged against: the plan's rule
	// (the area's override where in force) or the national target
	// ([CompareViews]).
	View EvaluationView `json:"view" validate:"required,valid"`
	// Outcome is met, not_met, unknown, not_applicable or needs_remapping.
	Outcome TargetOutcome `json:"outcome" validate:"required,valid"`
	// Reason explains an outcome other than met and not_met.
	Reason EvaluationReason `json:"reason,omitempty" validate:"omitempty,valid"`
	// Message explains the outcome in one sentence.
	Message string `json:"message" validate:"required,max=1000"`
	// Flags mark a comparison that was made but needs attention: a
	// figure that predates a change of the area, sources that disagree.
	Flags []EvaluationFlag `json:"flags,omitempty" validate:"omitempty,dive,valid"`
	// Comparator is the target's comparator.
	Comparator Comparator `json:"comparator" validate:"required,valid"`
	// Threshold is the applied threshold as the plan states it (the
	// percentage change for a relative target); omitted when unknown or
	// when the evaluation stopped before a target was chosen (step 7 of
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
	// Source cites the source of the observation judged.
	Source *Citation `json:"source,omitempty"`
	// SourceConfidence is that source's confidence in the figure.
	SourceConfidence Confidence `json:"source_confidence,omitempty" validate:"omitempty,valid"`
	// SourceBasis says why that figure was used when several sources
	// give one for the date: the only source, sources that agree, a
	// source the caller named, or the stronger confidence.
	SourceBasis SourceBasis `json:"source_basis,omitempty" validate:"omitempty,valid"`
	// OtherSources are the figures other sources give for the same date
	// that differ from the one used (all of them when the sources
	// disagree and nothing decides, outcome unknown); omitted when the
	// caller named the source used.
	OtherSources []SourcedFigure `json:"other_sources,omitempty"`
	// BaselineOn is the date of the baseline used.
	BaselineOn workforce.CivilDate `json:"baseline_on,omitzero"`
	// Baseline is the baseline value used.
	Baseline workforce.Decimal `json:"baseline,omitzero"`
	// BaselinePublished is true when the baseline is the plan's published
	// figure rather than an observation.
	BaselinePublished bool `json:"baseline_published,omitempty"`
	// BaselineSource cites the source of an observed baseline.
	BaselineSource *Citation `json:"baseline_source,omitempty"`
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
	// Path is the path the trajectory was judged on, when it was judged
	// on one: linear or compound ([Target.Path]).
	Path TrajectoryPath `json:"path,omitempty" validate:"omitempty,valid"`
	// Expected is the value the path from the baseline to the required
	// value reaches on the observation's date, rounded to four fraction
	// digits ([ExpectedPlaces]).
	Expected workforce.Decimal `json:"expected,omitzero"`
	// RequiredGrowth is the compound annual growth, in percent a year,
	// that takes the baseline to the required value by the deadline
	// ([CompoundGrowth], [GrowthPlaces] digits, half up); omitted when
	// undefined (no baseline, a baseline or required value of 0 or less).
	RequiredGrowth workforce.Decimal `json:"required_growth,omitzero"`
	// ObservedGrowth is the compound annual growth from the baseline to
	// the observation, likewise.
	ObservedGrowth workforce.Decimal `json:"observed_growth,omitzero"`
	// Confidence is the weakest of the plan's confidence and the applied
	// target's (or override's): an unconfirmed target, or a target of an
	// unconfirmed plan, never reads as settled.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
	// Successors are the areas that took over an area that ceased to
	// exist (reason area_ceased).
	Successors []workforce.AreaCode `json:"successors,omitempty" validate:"omitempty,dive,valid"`
	// AreaChanges lists the changes behind the outcome: the one that
	// ended the area, those that made it need remapping, or those its
	// figure predates.
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
	// AreaChanges are the administrative changes of the country's areas
	// the evaluation respected: the shipped ones and those of the
	// progress data, or the data's alone when AreaChangesReplaced.
	AreaChanges []AreaChange `json:"area_changes,omitempty"`
	// AreaChangesReplaced is true when the progress data replaced the
	// shipped area changes ([ProgressData.ReplaceAreaChanges]).
	AreaChangesReplaced bool `json:"area_changes_replaced,omitempty"`
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
// Which area changes apply: those this package ships for the plan's
// country ([ShippedAreaChanges]) and those of the data, or the data's
// alone when it replaces the shipped list; [PlanProgress.AreaChanges]
// lists them.
//
// Which figure is judged when several sources give one for a date: a
// figure of a source the data names ([ProgressData.PreferredSources]):
// the latest figure of the first named source that has one; otherwise the
// figures of the latest date, where one source, or sources that agree,
// decide; otherwise the figure whose confidence is stronger than that of
// every figure that differs from it, flagged sources_disagree with the
// other figures listed; otherwise nothing decides and the result is
// unknown (sources_disagree). A baseline comes from the judged figure's
// source first, then the named sources, then by the same rules — and
// only from named sources when the judged figure's source was named, so
// adding another source never changes a result that names its source.
//
// For one target and one area (the nation when the area is empty) the
// steps are, in order:
//
//  1. As-of date before the plan was issued: not_applicable
//     (before_issue).
//  2. An area figure of a national-total target without any override for
//     the area: not_applicable (national_only).
//  3. The area ceased to exist on or before the as-of date (a merger into
//     another area, a split, a renaming or an abolition): not_applicable
//     (area_ceased), naming the successors — whatever the date of its
//     figures.
//  4. Take the figure of the indicator for the country and area dated on
//     or before the as-of date, by the source rules above; none: unknown
//     (no_observation); sources that cannot be decided between: unknown
//     (sources_disagree).
//  5. The area (as a changed area or as a successor) is affected by an
//     area change that took effect after the plan was issued and on or
//     before the figure's date: needs_remapping (area_changed), with the
//     changes listed. The figure is not compared: the target was set for
//     different boundaries.
//  6. A change of the area took effect after the figure's date and on or
//     before the as-of date: the figure describes the former boundaries.
//     It is compared (it is the figure of the area the target was set
//     for), flagged pre_change_figure, with the changes listed.
//  7. Choose the applicable target: the area's override active on the
//     figure's date, else the national target. An area figure of a
//     national-total target whose override is not active on that date:
//     not_applicable (national_only). The result carries the weakest of
//     the plan's and the chosen target's confidence. ([CompareViews]
//     also judges the area's figure against the national target.)
//  8. The threshold (or policy value) is not known: unknown
//     (threshold_unknown).
//  9. Baseline, when the target has a baseline year: the figure of the
//     same country, area and indicator dated in the baseline year and on
//     or before the judged figure, by the source rules; failing that, for
//     the national figure, the plan's published baseline, dated 31
//     December of the baseline year. A relative target without a
//     baseline: unknown (baseline_missing) — never not_met. A relative
//     target whose baseline is zero: unknown (baseline_zero), a relative
//     change of zero being undefined.
//  10. Required value: the threshold; for relative_increase
//     baseline × (100 + p) ÷ 100 and for relative_decrease
//     baseline × (100 − p) ÷ 100, where p is the threshold in percent —
//     exact, since dividing by 100 only moves the decimal point.
//  11. Compare exactly: at_least and relative_increase are met when the
//     observed value is ≥ the required value, at_most and
//     relative_decrease when ≤, equal when numerically equal ("60" equals
//     "60.00"). Policy values are ordered no < partial < yes; at_least is
//     met at or above the required value. The result is met or not_met;
//     Final says whether the deadline (31 December of the target year)
//     has passed on the figure's date.
//  12. Growth: with a baseline above 0, the compound annual growth rates
//     from the baseline to the required value by the deadline and to the
//     observation ([CompoundGrowth], [GrowthPlaces] digits, half up).
//  13. Trajectory: on_track when met; off_track when not met and final;
//     otherwise, with a quantitative baseline, against the target's path
//     from (baseline date, baseline value b) to (deadline, required value
//     r), with T the days from the baseline date to the deadline and e
//     the days from the baseline date to the observation (clamped to
//     0…T). A target goes up (at_least, relative_increase, equal with
//     r ≥ b) or down. On the linear path the expected value is
//     b + (r − b) × e ÷ T, and a target that goes up is on track when
//     (v − b) × T ≥ (r − b) × e, one that goes down when ≤. On the
//     compound path (b, r > 0, v ≥ 0) the expected value is
//     b × (r ÷ b)^(e/T), and a target that goes up is on track when
//     v^T ≥ b^(T−e) × r^e (exponents reduced by their common divisor),
//     one that goes down when ≤. Both decisions are exact; Expected is
//     reported rounded half away from zero to [ExpectedPlaces] digits.
//     Without a baseline (or for a policy target, or a compound path
//     with values of 0 or less) the trajectory is not_assessed.
//
// Step 11 flags unit_unstated a figure of a percentage indicator given
// without a unit whose value is at most 1 where the required value is
// above 1: it is judged as a percentage (0.98 % coverage is a real
// figure), but it may be a fraction, so the flag asks for the unit.
//
// The data are checked first: an observation for a country that was not
// an ASEAN member state on its date, one source giving two values for
// one thing and date, a change that ends an area already ended otherwise,
// or an observation of the plan's country whose value is of the wrong
// kind for its indicator or stated in another unit than the indicator's
// (unit_mismatch: a share given as a fraction where the indicator is in
// percent) make them invalid — a located problem, never a shortfall.
// Observations of other countries, and of indicators neither the
// catalogue nor the plan defines, are ignored; the latter are listed in
// [PlanProgress.UnknownIndicators].
func EvaluatePlan(p Plan, data ProgressData) (PlanProgress, error) {
	ev, err := newEvaluator(&p, &data)
	if err != nil {
		return PlanProgress{}, err
	}
	out := PlanProgress{Plan: p.ID, Country: p.Country, AsOf: data.AsOf, UnknownIndicators: ev.unknown,
		AreaChangesReplaced: data.ReplaceAreaChanges}
	for _, c := range ev.changes {
		out.AreaChanges = append(out.AreaChanges, c.clone())
	}
	areas := make([][]workforce.AreaCode, len(p.Targets))
	n := 0
	for i := range p.Targets {
		areas[i] = ev.areasFor(&p.Targets[i])
		n += len(areas[i])
	}
	out.Evaluations = make([]TargetEvaluation, 0, n)
	for i := range p.Targets {
		t := &p.Targets[i]
		for _, area := range areas[i] {
			r := ev.evaluate(t, area, ViewPlan)
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
	ev, t, err := targetEvaluator(&p, targetID, &data)
	if err != nil {
		return TargetEvaluation{}, err
	}
	return ev.evaluate(t, area, ViewPlan), nil
}

// AreaViews is one area's figure judged two ways, side by side, without
// changing the plan: by the plan's own rule (the area's override where
// one is in force) and against the national target.
type AreaViews struct {
	// Plan is the evaluation by the plan's rule ([ViewPlan]).
	Plan TargetEvaluation `json:"plan"`
	// National is the evaluation against the national target
	// ([ViewNational]).
	National TargetEvaluation `json:"national"`
}

// CompareViews evaluates one target for one area twice, with the steps of
// [EvaluatePlan]: by the plan's rule, and against the national target —
// the national threshold applied to the area's figure, whatever the
// area's override and whether the target reaches areas (step 2 is skipped
// and step 7 chooses the national target). Both views judge the same
// figure with the same baseline, so they differ only in the target
// applied; a province that meets the national 60 % but not its own 70 %
// shows as met beside not_met. The plan is not changed. An ID the plan
// does not define gives an error matching [ErrUnknownTarget].
func CompareViews(p Plan, targetID workforce.ID, area workforce.AreaCode, data ProgressData) (AreaViews, error) {
	ev, t, err := targetEvaluator(&p, targetID, &data)
	if err != nil {
		return AreaViews{}, err
	}
	return AreaViews{Plan: ev.evaluate(t, area, ViewPlan), National: ev.evaluate(t, area, ViewNational)}, nil
}

func targetEvaluator(p *Plan, targetID workforce.ID, data *ProgressData) (*evaluator, *Target, error) {
	ev, err := newEvaluator(p, data)
	if err != nil {
		return nil, nil, err
	}
	for i := range p.Targets {
		if p.Targets[i].ID == targetID {
			return ev, &p.Targets[i], nil
		}
	}
	return nil, nil, fmt.Errorf("%w %q in plan %s", ErrUnknownTarget, targetID, p.ID)
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
	p       *Plan
	data    *ProgressData
	infos   map[indicators.IndicatorID]indicatorInfo
	series  map[seriesKey][]*Observation // plan country, dated on or before as-of, by date then source
	changes []AreaChange                 // in force for the plan's country, by date
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
	ev := &evaluator{p: p, data: data, infos: p.indicatorInfos(), series: map[seriesKey][]*Observation{}}
	ps := data.appendProblems(nil)
	for i := range data.Observations {
		o := &data.Observations[i]
		if o.Country != p.Country {
			continue
		}
		info, ok := ev.infos[o.Indicator]
		if !ok {
			if o.Indicator.IsValid() && !slices.Contains(ev.unknown, o.Indicator) {
				ev.unknown = append(ev.unknown, o.Indicator)
			}
			continue
		}
		if own := o.checkIndicator(nil, "", info); len(own) > 0 {
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
		slices.SortFunc(s, seriesOrder)
	}
	slices.Sort(ev.unknown)
	ev.changes = data.changesInForce(p.Country)
	return ev, nil
}

// isShareOfOne reports whether a set value lies in (0, 1], from its
// digits: it runs for every observation, so it allocates nothing for
// ordinary values.
func isShareOfOne(v workforce.Decimal) bool {
	d := v.Decimal()
	if v.IsZero() || d.Sign() <= 0 {
		return false
	}
	switch whole := d.NumDigits() + int(d.Exponent()); {
	case whole <= 0: // below 1
		return true
	case whole == 1: // 1 to 9.99…: only 1 itself
		return d.IntPart() == 1 && d.IsInteger()
	}
	return false
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

// evaluate applies the steps documented on [EvaluatePlan], in the view
// given.
func (ev *evaluator) evaluate(t *Target, area workforce.AreaCode, view EvaluationView) TargetEvaluation {
	p, asOf := ev.p, ev.data.AsOf
	r := TargetEvaluation{
		Plan: p.ID, Target: t.ID, Indicator: t.Indicator, Country: p.Country, Area: area, AsOf: asOf, View: view,
		Comparator: t.Comparator,
		TargetYear: t.TargetYear, Deadline: t.Deadline(), Trajectory: NotAssessed, Confidence: Weakest(p.Confidence, t.Confidence),
	}
	// Step 1.
	if asOf.Before(p.Issued) {
		return r.stop(OutcomeNotApplicable, ReasonBeforeIssue, "the plan was issued on "+p.Issued.String()+", after the as-of date")
	}
	// Step 2.
	if view == ViewPlan && area != "" && t.Reach == ReachNational && !hasOverride(t, area) {
		return r.stop(OutcomeNotApplicable, ReasonNationalOnly, "the target is a national total; it does not judge an area's figure")
	}
	// Step 3.
	for _, c := range ev.changes {
		if c.Ends(area) && !c.Effective.After(asOf) {
			r.Successors, r.AreaChanges = slices.Clone(c.Successors), []AreaChange{c.clone()}
			msg := c.String() + ": the target for " + string(area) + " does not apply from that day"
			if len(c.Successors) > 0 {
				msg += "; judge " + joinAreas(c.Successors)
			}
			return r.stop(OutcomeNotApplicable, ReasonAreaCeased, msg)
		}
	}
	// Step 4.
	series := ev.series[seriesKey{t.Indicator, area}]
	sel := choose(series, func(*Observation) bool { return true }, sourcePreference{names: ev.data.PreferredSources})
	if sel.obs == nil && len(sel.others) == 0 {
		return r.stop(OutcomeUnknown, ReasonNoObservation, "no observation on or before "+asOf.String())
	}
	r.setFigure(sel)
	if sel.obs == nil {
		r.ObservedOn = sel.date
		return r.stop(OutcomeUnknown, ReasonSourcesDisagree, fmt.Sprintf("%d sources give different figures for %s and none is preferred or more confident", len(sel.others), sel.date))
	}
	o := sel.obs
	// Steps 5 and 6.
	if area != "" {
		var remap, before []AreaChange
		for _, c := range ev.changes {
			if !c.Affects(area) {
				continue
			}
			switch {
			case c.Effective.After(p.Issued) && !c.Effective.After(o.Date):
				remap = append(remap, c.clone())
			case c.Effective.After(o.Date) && !c.Effective.After(asOf):
				before = append(before, c.clone())
			}
		}
		if len(remap) > 0 {
			r.AreaChanges = remap
			return r.stop(OutcomeNeedsRemapping, ReasonAreaChanged, fmt.Sprintf("%s after the plan was issued on %s; remap the observation of %s to the plan's areas", remap[0], p.Issued, o.Date))
		}
		if len(before) > 0 {
			r.AreaChanges = before
			r.Flags = append(r.Flags, FlagPreChangeFigure)
		}
	}
	// Step 7.
	r.Threshold, r.RequiredPolicy = t.Threshold, t.Policy
	overridden := false
	if view == ViewPlan {
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
	}
	policy := ev.infos[t.Indicator].kind == indicators.KindPolicy
	// Step 8.
	if (policy && r.RequiredPolicy == "") || (!policy && r.Threshold.IsZero()) {
		return r.stop(OutcomeUnknown, ReasonThresholdUnknown, "the target's value is not known")
	}
	rule := t.Comparator.rule()
	if policy {
		return r.judge(rule.met(cmp.Compare(o.Policy.rank(), r.RequiredPolicy.rank())), o, nil, t.Path)
	}
	// Step 9.
	var base *baselinePoint
	if t.BaselineYear != 0 {
		base = ev.baseline(t, series, area, sel)
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
	// Step 10.
	required := r.Threshold.Decimal()
	if rule.required != nil {
		required = rule.required(required, base.value.Decimal())
	}
	r.Required = workforce.DecimalOf(required)
	// Step 11.
	met := rule.met(o.Value.Decimal().Cmp(required))
	if !rule.relative && o.Unit == "" && ev.infos[t.Indicator].isPercent() && isShareOfOne(o.Value) && required.Cmp(decimal.NewFromInt(1)) > 0 {
		r.Flags = append(r.Flags, FlagUnitUnstated)
	}
	// Step 12.
	if base != nil {
		if g, err := CompoundGrowth(base.date, base.value, r.Deadline, r.Required, GrowthPlaces, indicators.RoundHalfUp); err == nil {
			r.RequiredGrowth = g.Rate
		}
		if g, err := CompoundGrowth(base.date, base.value, o.Date, o.Value, GrowthPlaces, indicators.RoundHalfUp); err == nil {
			r.ObservedGrowth = g.Rate
		}
	}
	return r.judge(met, o, base, t.Path)
}

// setFigure records the figure a selection chose (or the figures that
// could not be decided between).
func (r *TargetEvaluation) setFigure(sel selection) {
	for _, x := range sel.others {
		r.OtherSources = append(r.OtherSources, figureOf(x))
	}
	if o := sel.obs; o != nil {
		src := o.Source
		r.ObservedOn, r.Observed, r.ObservedPolicy = o.Date, o.Value, o.Policy
		r.Source, r.SourceConfidence, r.SourceBasis = &src, o.Confidence, sel.basis
		if sel.basis == SourceStronger {
			r.Flags = append(r.Flags, FlagSourcesDisagree)
		}
	}
}

type baselinePoint struct {
	date      workforce.CivilDate
	value     workforce.Decimal
	published bool
	source    *Citation
}

// baseline implements step 9 of [EvaluatePlan].
func (ev *evaluator) baseline(t *Target, series []*Observation, area workforce.AreaCode, judged selection) *baselinePoint {
	until := judged.obs.Date
	inYear := func(b *Observation) bool { return b.Date.Year() == t.BaselineYear && !b.Date.After(until) }
	pref := sourcePreference{first: &judged.obs.Source, names: ev.data.PreferredSources, only: judged.basis == SourcePreferred}
	if b := choose(series, inYear, pref); b.obs != nil {
		src := b.obs.Source
		return &baselinePoint{date: b.obs.Date, value: b.obs.Value, source: &src}
	}
	if area == "" && !t.PublishedBaseline.IsZero() {
		return &baselinePoint{date: workforce.MustNewDate(t.BaselineYear, 12, 31), value: t.PublishedBaseline, published: true}
	}
	return nil
}

func (r *TargetEvaluation) setBaseline(b *baselinePoint) {
	r.BaselineOn, r.Baseline, r.BaselinePublished, r.BaselineSource = b.date, b.value, b.published, b.source
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

// judge implements steps 11 and 13 of [EvaluatePlan] once the comparison
// is made.
func (r TargetEvaluation) judge(met bool, o *Observation, base *baselinePoint, path TrajectoryPath) TargetEvaluation {
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
	r.Message = fmt.Sprintf("observed %s on %s %s the required %s %s by %d", observed, o.Date, verb, r.Comparator.Symbol(), required, r.TargetYear)
	switch {
	case met:
		r.Trajectory = OnTrack
	case r.Final:
		r.Trajectory = OffTrack
	case base != nil:
		if path == "" {
			path = PathLinear
		}
		var ok bool
		r.Trajectory, r.Expected, ok = trajectory(r.Comparator, path, base, r.Deadline, o.Date, o.Value.Decimal(), r.Required.Decimal())
		if ok {
			r.Path = path
			r.Message += "; " + string(r.Trajectory) + " against the expected " + r.Expected.String()
			if path == PathCompound {
				r.Message += " on the compound path"
			}
		} else if path == PathCompound {
			r.Message += "; no compound path from a baseline or required value of 0 or less"
		}
	}
	r.Message += r.notes() + confidenceNote(r.Confidence)
	return r
}

// notes renders the flags of a comparison for its message.
func (r *TargetEvaluation) notes() string {
	if len(r.Flags) == 0 {
		return ""
	}
	var b strings.Builder
	for _, f := range r.Flags {
		switch f {
		case FlagPreChangeFigure:
			fmt.Fprintf(&b, "; the figure predates %s and describes the former boundaries", r.AreaChanges[0])
		case FlagSourcesDisagree:
			fmt.Fprintf(&b, "; %d other source(s) differ, this one has the stronger confidence", len(r.OtherSources))
		case FlagUnitUnstated:
			fmt.Fprintf(&b, "; %s, given without a unit, is read as %s %% (a fraction would be %s %%): state the unit", r.Observed, r.Observed, r.Observed.Decimal().Shift(2))
		}
	}
	return b.String()
}

// trajectory implements the paths of step 13 of [EvaluatePlan]; ok is
// false when the path cannot be drawn.
func trajectory(c Comparator, path TrajectoryPath, base *baselinePoint, deadline, on workforce.CivilDate, v, required decimal.Decimal) (Trajectory, workforce.Decimal, bool) {
	total := workforce.DaysBetween(base.date, deadline)
	if total <= 0 {
		return NotAssessed, workforce.Decimal{}, false
	}
	elapsed := min(max(workforce.DaysBetween(base.date, on), 0), total)
	b := base.value.Decimal()
	up := c.rule().direction > 0 || (c.rule().direction == 0 && required.Cmp(b) >= 0)
	var progress int
	var expected workforce.Decimal
	switch path {
	case PathCompound:
		var ok bool
		progress, expected, ok = compoundPath(b, required, v, int64(elapsed), int64(total))
		if !ok {
			return NotAssessed, workforce.Decimal{}, false
		}
	default:
		T, e := decimal.NewFromInt(int64(total)), decimal.NewFromInt(int64(elapsed))
		line := required.Sub(b).Mul(e)       // (r − b) × e
		progress = v.Sub(b).Mul(T).Cmp(line) // (v − b) × T against it
		expected = workforce.DecimalOf(b.Mul(T).Add(line).DivRound(T, ExpectedPlaces))
	}
	onTrack := progress >= 0 // going up: at least as far as the path
	if !up {
		onTrack = progress <= 0
	}
	if onTrack {
		return OnTrack, expected, true
	}
	return OffTrack, expected, true
}

// compoundPath compares v with the compound path b × (r/b)^(e/T) exactly
// (−1, 0, +1) and returns the path's value rounded half up to
// ExpectedPlaces digits. ok is false when b or r is not above 0, v is
// negative, or the exact computation is beyond the size bound.
func compoundPath(b, r, v decimal.Decimal, e, T int64) (int, workforce.Decimal, bool) {
	if b.Sign() <= 0 || r.Sign() <= 0 || v.Sign() < 0 {
		return 0, workforce.Decimal{}, false
	}
	g := gcd(e, T)
	if g == 0 {
		g = 1
	}
	e, T = e/g, T/g
	// The path: (b^(T−e) × r^e)^(1/T).
	bn, bd, err1 := powers(b.Rat(), T-e)
	rn, rd, err2 := powers(r.Rat(), e)
	vn, vd, err3 := powers(v.Rat(), T)
	if err1 != nil || err2 != nil || err3 != nil {
		return 0, workforce.Decimal{}, false
	}
	pn, pd := bn.Mul(bn, rn), bd.Mul(bd, rd)
	// v^T against the path^T: vn × pd against pn × vd.
	cmpv := new(big.Int).Mul(vn, pd).Cmp(new(big.Int).Mul(pn, vd))
	y, frac, err := rootScaled(pn, pd, T, ExpectedPlaces)
	if err != nil {
		return 0, workforce.Decimal{}, false
	}
	exp := roundValue(y, frac, indicators.RoundHalfUp)
	return cmpv, workforce.DecimalOf(decimal.NewFromBigInt(exp, -ExpectedPlaces)), true
}
