package declaration

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/workforce"
)

// ImpliedPlaces is the number of fraction digits of an implied
// denominator ([ReconciledFigure.ImpliedDenominator]), truncated toward
// zero as [indicators.ImpliedDenominator] does.
const ImpliedPlaces = 2

// SourcedFigure is a figure of one source: a value or a policy value,
// the source and its confidence.
type SourcedFigure struct {
	// Value is the value of a quantitative indicator.
	Value workforce.Decimal `json:"value,omitzero"`
	// Policy is the value of a policy-status indicator.
	Policy PolicyValue `json:"policy,omitempty" validate:"omitempty,valid"`
	// Source cites where the figure comes from.
	Source Citation `json:"source"`
	// Confidence is the source's confidence in the figure.
	Confidence Confidence `json:"confidence,omitempty" validate:"omitempty,valid"`
}

func figureOf(o *Observation) SourcedFigure {
	return SourcedFigure{Value: o.Value, Policy: o.Policy, Source: o.Source, Confidence: o.Confidence}
}

// sameFigure reports whether two observations give the same figure.
func sameFigure(a, b *Observation) bool { return a.Value.Equal(b.Value) && a.Policy == b.Policy }

// selection is the figure a computation uses among the observations of
// one indicator and area, and why.
type selection struct {
	obs   *Observation // nil when there is none, or the sources could not be decided between
	basis SourceBasis
	// date is the date of the figures considered (set when undecided).
	date workforce.CivilDate
	// others are the figures of the same date that differ from the one
	// used (all of them when undecided); none for a preferred source.
	others []*Observation
}

// sourcePreference is an ordered list of ways a source may be named: the
// judged observation's own source first for a baseline, then the data's
// preferred sources.
type sourcePreference struct {
	first *Citation // the exact source to try first, or nil
	names []string  // preferred source titles or URLs, most preferred first
	// only: a figure must come from a named source; the general rule is
	// not applied (a baseline of a result that names its source).
	only bool
}

// choose applies the source rules of [EvaluatePlan] to the candidates
// accepted by ok, from a series sorted by date then source:
//
//  1. a named source: the latest figure of the first named source that
//     has one (basis preferred_source);
//  2. otherwise the figures of the latest date: one source, or sources
//     that agree (only_source, sources_agree); else the figure whose
//     confidence is stronger than that of every figure that differs from
//     it (stronger_confidence); else none — the sources disagree and
//     nothing decides between them.
//
// Among figures that agree, the one reported is that of the strongest
// confidence, then the first source in title and URL order, so the choice
// does not depend on the order of the observations.
func choose(series []*Observation, ok func(*Observation) bool, pref sourcePreference) selection {
	var matchers []func(*Observation) bool
	if first := pref.first; first != nil {
		matchers = append(matchers, func(o *Observation) bool { return o.Source.sameSource(first) })
	}
	for _, n := range pref.names {
		matchers = append(matchers, func(o *Observation) bool { return o.Source.named(n) })
	}
	for _, m := range matchers {
		for i := len(series) - 1; i >= 0; i-- {
			if o := series[i]; ok(o) && m(o) {
				return selection{obs: o, basis: SourcePreferred, date: o.Date}
			}
		}
	}
	if pref.only {
		return selection{}
	}
	last := -1
	for i := len(series) - 1; i >= 0; i-- {
		if ok(series[i]) {
			last = i
			break
		}
	}
	if last < 0 {
		return selection{}
	}
	d := series[last].Date
	if single(series, last, ok) {
		return selection{obs: series[last], basis: SourceOnly, date: d}
	}
	var same []*Observation
	for i := last; i >= 0 && series[i].Date == d; i-- {
		if ok(series[i]) {
			same = append(same, series[i])
		}
	}
	slices.SortFunc(same, strongerFirst)
	sources := 0
	for i, o := range same {
		if i == 0 || !o.Source.sameSource(&same[i-1].Source) {
			sources++
		}
	}
	best := same[0]
	var differ []*Observation
	for _, o := range same[1:] {
		if !sameFigure(o, best) {
			differ = append(differ, o)
		}
	}
	switch {
	case len(differ) == 0 && sources == 1:
		return selection{obs: best, basis: SourceOnly, date: d}
	case len(differ) == 0:
		return selection{obs: best, basis: SourcesAgree, date: d}
	case differ[0].Confidence.rank() < best.Confidence.rank():
		return selection{obs: best, basis: SourceStronger, date: d, others: differ}
	}
	return selection{date: d, others: same}
}

// single reports whether series[last] is the only figure accepted by ok
// on its date: the common case of one source, decided without allocating.
func single(series []*Observation, last int, ok func(*Observation) bool) bool {
	for i := last - 1; i >= 0 && series[i].Date == series[last].Date; i-- {
		if ok(series[i]) {
			return false
		}
	}
	return true
}

// strongerFirst orders figures by confidence, strongest first, then by
// source, then by value.
func strongerFirst(a, b *Observation) int {
	if c := cmp.Compare(b.Confidence.rank(), a.Confidence.rank()); c != 0 {
		return c
	}
	if c := compareSource(&a.Source, &b.Source); c != 0 {
		return c
	}
	if c := a.Value.Cmp(b.Value); c != 0 {
		return c
	}
	return strings.Compare(string(a.Policy), string(b.Policy))
}

// seriesOrder orders a series by date, then as [strongerFirst].
func seriesOrder(a, b *Observation) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	return strongerFirst(a, b)
}

// Reconciliation lists, for every indicator, country, area and date that
// several sources report, their figures side by side: whether they agree,
// which one a computation uses and why, and for a ratio whose source
// states its numerator, the denominator each figure implies.
type Reconciliation struct {
	// Groups are the figures reported by two or more sources, by country,
	// area, indicator and date.
	Groups []FigureGroup `json:"groups,omitempty"`
	// Conflicts counts the groups whose sources disagree.
	Conflicts int `json:"conflicts"`
}

// FigureGroup is the figures several sources give for one indicator,
// country, area and date.
type FigureGroup struct {
	// Country is the member state.
	Country workforce.CountryCode `json:"country"`
	// Area is the area; empty for the national figure.
	Area workforce.AreaCode `json:"area,omitempty"`
	// Indicator is the indicator.
	Indicator indicators.IndicatorID `json:"indicator"`
	// Date is the date the figures refer to.
	Date workforce.CivilDate `json:"date"`
	// Figures are the figures, strongest confidence first.
	Figures []ReconciledFigure `json:"figures"`
	// Agree is true when every figure is the same.
	Agree bool `json:"agree"`
	// Used is the JSON Pointer of the observation a computation judging
	// this date uses; empty when the sources disagree and nothing decides
	// between them (the evaluation is then unknown, sources_disagree).
	Used string `json:"used,omitempty"`
	// Basis says why that figure is used.
	Basis SourceBasis `json:"basis,omitempty"`
	// Message explains the group in one sentence.
	Message string `json:"message"`
}

// ReconciledFigure is one source's figure in a [FigureGroup].
type ReconciledFigure struct {
	// Observation is the JSON Pointer of the observation in the progress
	// data ("/observations/3").
	Observation string `json:"observation"`
	SourcedFigure
	// Unit is the unit the source states, if any.
	Unit string `json:"unit,omitempty"`
	// Numerator is the count the source divided, when it states it.
	Numerator int64 `json:"numerator,omitempty"`
	// ImpliedDenominator is numerator × the indicator's multiplier ÷ the
	// value, truncated to [ImpliedPlaces] digits: the population (or
	// other denominator) the figure implies. Set for catalogue ratios
	// whose source states the numerator.
	ImpliedDenominator workforce.Decimal `json:"implied_denominator,omitzero"`
}

// Reconcile checks the progress data ([ProgressData.Validate]) and returns
// the figures that two or more sources give for the same indicator,
// country, area and date, with the figure a computation judging that date
// uses under the source rules of [EvaluatePlan] (the data's preferred
// sources, agreement, stronger confidence). Every observation is
// considered, whatever its date relative to AsOf.
func Reconcile(data ProgressData) (Reconciliation, error) {
	if err := data.Validate(); err != nil {
		return Reconciliation{}, documentError("progress_data", err)
	}
	type groupKey struct {
		country   workforce.CountryCode
		area      workforce.AreaCode
		indicator indicators.IndicatorID
		date      workforce.CivilDate
	}
	groups := map[groupKey][]int{}
	for i := range data.Observations {
		o := &data.Observations[i]
		k := groupKey{o.Country, o.Area, o.Indicator, o.Date}
		groups[k] = append(groups[k], i)
	}
	infos := catalogueInfos()
	var out Reconciliation
	for k, idx := range groups {
		series := make([]*Observation, len(idx))
		pointer := make(map[*Observation]string, len(idx))
		for j, i := range idx {
			series[j] = &data.Observations[i]
			pointer[series[j]] = jsonptr.Index("/observations", i)
		}
		slices.SortFunc(series, seriesOrder)
		if countSources(series) < 2 {
			continue
		}
		g := FigureGroup{Country: k.country, Area: k.area, Indicator: k.indicator, Date: k.date, Agree: true}
		for _, o := range series {
			f := ReconciledFigure{Observation: pointer[o], SourcedFigure: figureOf(o), Unit: o.Unit, Numerator: o.Numerator}
			if in, ok := infos[o.Indicator]; ok && in.kind == indicators.KindRatio && o.Numerator > 0 && o.Value.Decimal().Sign() > 0 {
				if v, _, err := indicators.ImpliedDenominator(o.Numerator, o.Value, in.multiplier, ImpliedPlaces); err == nil {
					f.ImpliedDenominator = v
				}
			}
			g.Agree = g.Agree && sameFigure(o, series[0])
			g.Figures = append(g.Figures, f)
		}
		sel := choose(series, func(*Observation) bool { return true }, sourcePreference{names: data.PreferredSources})
		if sel.obs != nil {
			g.Used, g.Basis = pointer[sel.obs], sel.basis
		}
		g.Message = groupMessage(&g, sel)
		if !g.Agree {
			out.Conflicts++
		}
		out.Groups = append(out.Groups, g)
	}
	slices.SortFunc(out.Groups, func(a, b FigureGroup) int {
		return cmp.Or(strings.Compare(string(a.Country), string(b.Country)), strings.Compare(string(a.Area), string(b.Area)),
			strings.Compare(string(a.Indicator), string(b.Indicator)), a.Date.Compare(b.Date))
	})
	return out, nil
}

// countSources counts the sources of a series sorted by [seriesOrder]
// within one date.
func countSources(series []*Observation) int {
	n := 0
	for i, o := range series {
		if i == 0 || !slices.ContainsFunc(series[:i], func(p *Observation) bool { return p.Source.sameSource(&o.Source) }) {
			n++
		}
	}
	return n
}

func groupMessage(g *FigureGroup, sel selection) string {
	n := len(g.Figures)
	switch {
	case g.Agree:
		return fmt.Sprintf("%d sources agree", n)
	case sel.obs == nil:
		return fmt.Sprintf("%d sources disagree and none is preferred or more confident: a computation judging this date is unknown", n)
	case sel.basis == SourcePreferred:
		return fmt.Sprintf("%d sources disagree; the preferred source %q is used", n, sel.obs.Source.Title)
	}
	return fmt.Sprintf("%d sources disagree; %q is used for its stronger confidence (%s)", n, sel.obs.Source.Title, sel.obs.Confidence)
}
