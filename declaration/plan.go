package declaration

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// Plan is a member state's national plan for the workforce, as an exchange
// document: the legal instrument that adopted it, its period and phases,
// the Declaration commitments it serves, and its measurable targets.
// Shipped plans come from [Plans]; other systems exchange plans as JSON
// (decode with [workforce.Decode], then call [Plan.Validate]).
//
// Targets refer to indicators by [indicators.IndicatorID]: a catalogue
// indicator, or a measure the plan defines itself in Measures when the
// plan counts something the catalogue does not (facilities, people
// served).
type Plan struct {
	// ID is the stable identifier ("VN.decision-112-2021").
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Country is the member state (ISO 3166-1 alpha-2).
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// Title is the plan's title in English.
	Title string `json:"title" validate:"required,max=300"`
	// Instrument names the legal instrument that adopted the plan
	// ("Decision 112/QD-TTg").
	Instrument string `json:"instrument" validate:"required,max=200"`
	// Issuer names who issued or signed it.
	Issuer string `json:"issuer,omitempty" validate:"max=300"`
	// Issued is the date of issue or launch. Targets do not bind before it.
	Issued workforce.CivilDate `json:"issued" validate:"required"`
	// StartYear is the first year of the plan's period, inclusive.
	StartYear int `json:"start_year" validate:"gte=1900,lte=2200"`
	// EndYear is the last year, inclusive.
	EndYear int `json:"end_year" validate:"gte=1900,lte=2200"`
	// Phases divide the period.
	Phases []PlanPhase `json:"phases,omitempty"`
	// Commitments are the Declaration commitments the plan serves.
	Commitments []CommitmentID `json:"commitments,omitempty" validate:"omitempty,dive,valid"`
	// Measures are indicators the plan defines itself.
	Measures []PlanMeasure `json:"measures,omitempty"`
	// Targets are the plan's measurable targets.
	Targets []Target `json:"targets,omitempty"`
	// Confidence says how firmly the sources establish the plan itself
	// (instrument, date, period); each target has its own.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
	// Sources cite the plan.
	Sources []Citation `json:"sources,omitempty"`
	// Notes record caveats.
	Notes string `json:"notes,omitempty" validate:"max=4000"`
}

// PlanPhase is a phase of a plan, in whole years.
type PlanPhase struct {
	// Name names the phase ("Phase 1").
	Name string `json:"name" validate:"required,max=100"`
	// StartYear is the first year of the phase, inside the plan's period.
	StartYear int `json:"start_year" validate:"gte=1900,lte=2200"`
	// EndYear is the last year, inclusive.
	EndYear int `json:"end_year" validate:"gte=1900,lte=2200"`
	// Focus says what the phase concentrates on.
	Focus string `json:"focus,omitempty" validate:"max=500"`
	// Confidence says how firmly the sources establish the phase.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
}

// PlanMeasure is an indicator a plan defines itself because the catalogue
// has no equivalent. Its ID follows [indicators.IndicatorIDPattern] and
// must not be a catalogue ID.
type PlanMeasure struct {
	// ID identifies the measure within the plan ("VN112-SW-STAFFED").
	ID indicators.IndicatorID `json:"id" validate:"required,valid"`
	// Name is a short English name.
	Name string `json:"name" validate:"required,max=200"`
	// Description says what is counted, over what.
	Description string `json:"description" validate:"required,max=2000"`
	// Kind is ratio, count, median or policy status; it decides whether
	// observations carry a number or a policy value.
	Kind indicators.IndicatorKind `json:"kind" validate:"required,valid"`
	// Unit names the unit of the value ("%", "facilities", "persons").
	Unit string `json:"unit" validate:"required,max=100"`
	// Related lists catalogue indicators that approximate the measure;
	// they are not interchangeable with it.
	Related []indicators.IndicatorID `json:"related,omitempty" validate:"omitempty,dive,valid"`
}

// Target is one measurable target of a plan: an indicator, a comparator
// and a threshold (or a percentage change against a baseline year), a
// target year, and area overrides.
//
// Percentages are written in percent, as the catalogue's ratios are: a
// target of 60 % has threshold "60". A relative target's threshold is the
// percentage change: "+20 % against 2020" is comparator
// relative_increase, threshold "20", baseline year 2020.
type Target struct {
	// ID is unique within the plan ("VN-112-01a").
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Indicator is a catalogue indicator or one of the plan's measures.
	Indicator indicators.IndicatorID `json:"indicator" validate:"required,valid"`
	// Description paraphrases the target as the plan states it.
	Description string `json:"description,omitempty" validate:"max=2000"`
	// Comparator says how observations are compared.
	Comparator Comparator `json:"comparator" validate:"required,valid"`
	// Threshold is the value to reach, or the percentage change for a
	// relative comparator. It is omitted when the plan's value is not
	// known (only for targets that are not confirmed); evaluation then
	// gives unknown.
	Threshold workforce.Decimal `json:"threshold,omitzero"`
	// Policy is the value to reach for a policy-status indicator.
	Policy PolicyValue `json:"policy,omitempty" validate:"omitempty,valid"`
	// BaselineYear is the year the relative change is measured from, and
	// the start of the straight-line trajectory for any target.
	BaselineYear int `json:"baseline_year,omitempty" validate:"omitempty,gte=1900,lte=2200"`
	// PublishedBaseline is the national baseline value the plan itself
	// publishes for BaselineYear, used when no observation of that year is
	// supplied.
	PublishedBaseline workforce.Decimal `json:"published_baseline,omitzero"`
	// TargetYear is the year by whose end the threshold is to be reached.
	TargetYear int `json:"target_year" validate:"gte=1900,lte=2200"`
	// Path is the path from the baseline to the required value against
	// which an interim observation is judged on or off track: linear
	// (unset) or compound, for a target the plan states as growth.
	Path TrajectoryPath `json:"path,omitempty" validate:"omitempty,valid"`
	// Reach says whether the national target also judges each area.
	Reach TargetReach `json:"reach" validate:"required,valid"`
	// Parameters record how the indicator must be computed for the target
	// to apply (the staffing norm of a coverage indicator).
	Parameters []TargetParameter `json:"parameters,omitempty"`
	// Overrides set different thresholds for areas, between dates.
	Overrides []TargetOverride `json:"overrides,omitempty"`
	// Confidence says how firmly the sources establish the threshold and
	// year; evaluations carry it.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
	// Sources cite the target.
	Sources []Citation `json:"sources,omitempty"`
	// Notes record caveats.
	Notes string `json:"notes,omitempty" validate:"max=2000"`
}

// TargetParameter records one evaluation parameter an indicator must be
// computed with for a target to apply.
type TargetParameter struct {
	// Name is the catalogue's parameter name ("staffing_norm").
	Name indicators.IndicatorParameter `json:"name" validate:"required,valid"`
	// Value states it ("2 workers per commune/sangkat"), in the plan's
	// words.
	Value string `json:"value" validate:"required,max=300"`
	// Norm is the staffing norm as a value, for a staffing_norm parameter
	// only: evaluate the indicator with it ([Target.StaffingNorm],
	// [indicators.Options].Norm) for the target to apply.
	Norm *indicators.StaffingNorm `json:"norm,omitempty"`
}

// StaffingNorm returns the staffing norm the target's indicator is to be
// computed with, as a fresh value for [indicators.Options].Norm, or nil
// when the target states none as a value.
func (t Target) StaffingNorm() *indicators.StaffingNorm {
	for _, p := range t.Parameters {
		if p.Name == indicators.ParamStaffingNorm && p.Norm != nil {
			n := *p.Norm
			n.Cadres, n.Sectors = slices.Clone(n.Cadres), slices.Clone(n.Sectors)
			if n.Source != nil {
				src := *n.Source
				n.Source = &src
			}
			return &n
		}
	}
	return nil
}

// TargetOverride sets a different threshold for one area between two
// dates, typically a province's own implementation plan. The comparator,
// baseline year and target year are the target's.
type TargetOverride struct {
	// Area is the area's code (ISO 3166-2 where one exists: "VN-59").
	Area workforce.AreaCode `json:"area" validate:"required,valid"`
	// AreaName names the area as the override's source does.
	AreaName string `json:"area_name,omitempty" validate:"max=200"`
	// Instrument names the area's own plan ("Plan 62/KH-UBND").
	Instrument string `json:"instrument,omitempty" validate:"max=200"`
	// ValidFrom is the first day the override applies.
	ValidFrom workforce.CivilDate `json:"valid_from" validate:"required"`
	// ValidTo is the last day it applies; unset for open-ended.
	ValidTo workforce.CivilDate `json:"valid_to,omitzero"`
	// Threshold replaces the target's threshold in the area.
	Threshold workforce.Decimal `json:"threshold,omitzero"`
	// Policy replaces the target's policy value in the area.
	Policy PolicyValue `json:"policy,omitempty" validate:"omitempty,valid"`
	// Confidence says how firmly the sources establish the override.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
	// Sources cite it.
	Sources []Citation `json:"sources,omitempty"`
}

// ActiveOn reports whether the override applies on the date: the date lies
// in [ValidFrom, ValidTo], ValidTo unset leaving it open.
func (o TargetOverride) ActiveOn(d workforce.CivilDate) bool {
	return !d.IsZero() && d.Within(o.ValidFrom, o.ValidTo)
}

// Deadline returns the last day of the target year: the day by which the
// target is to be reached.
// It is unset when the target year is not a valid year.
func (t Target) Deadline() workforce.CivilDate {
	d, err := workforce.NewDate(t.TargetYear, 12, 31)
	if err != nil {
		return workforce.CivilDate{}
	}
	return d
}

// Target returns the target with the ID and true, or false.
func (p Plan) Target(id workforce.ID) (Target, bool) {
	for _, t := range p.Targets {
		if t.ID == id {
			return t, true
		}
	}
	return Target{}, false
}

// indicatorInfos maps every indicator a plan may refer to — the
// catalogue's and the plan's measures — to its kind and unit.
func (p *Plan) indicatorInfos() map[indicators.IndicatorID]indicatorInfo {
	return p.addMeasures(catalogueInfos())
}

// addMeasures returns the catalogue map extended by the plan's measures,
// as a copy when there are any (the catalogue map is shared); a measure
// that reuses a catalogue ID does not replace the catalogue's entry.
func (p *Plan) addMeasures(cat map[indicators.IndicatorID]indicatorInfo) map[indicators.IndicatorID]indicatorInfo {
	if len(p.Measures) == 0 {
		return cat
	}
	infos := maps.Clone(cat)
	for _, m := range p.Measures {
		if _, inCatalogue := infos[m.ID]; !inCatalogue && m.ID != "" {
			infos[m.ID] = newIndicatorInfo(m.Kind, m.Unit, 0)
		}
	}
	return infos
}

// Validate checks the plan and returns all problems at once as
// [workforce.Problems], or nil. Beyond the field rules in the struct tags:
//
//  1. the country is an ASEAN member state (not_member);
//  2. end_year is not before start_year, and each phase lies inside the
//     period (out_of_period), ends on or after its start (date_order) and
//     does not overlap another phase (overlap);
//  3. no commitment is listed twice (duplicate);
//  4. each measure's ID is not a catalogue indicator and is not used twice
//     (duplicate), and its related indicators are in the catalogue
//     (unknown_indicator);
//  5. each target ID is unique (duplicate); its indicator is a catalogue
//     indicator or a measure of the plan (unknown_indicator); its target
//     year lies in the period (out_of_period) and after its baseline year
//     (date_order — a target year before its baseline);
//  6. a relative target has a baseline year (required) and a positive
//     threshold (min), at most 100 for a decrease (max); a published
//     baseline needs a baseline year (required) — the rules of
//     [Comparator.IsRelative], [Comparator.ThresholdMax] and
//     [TargetDependentRequired], which the JSON Schema reads too;
//  7. a policy-status indicator takes a policy value, not a threshold,
//     with comparator at_least or equal and no compound path; any other
//     indicator takes a threshold, not a policy value (kind_mismatch,
//     not_supported). A confirmed target must state its value
//     (required); a partial or unconfirmed one may leave it out;
//  8. each override's area belongs to the plan's country when its code
//     is an ISO 3166-2 code (inconsistent), valid_to is not before
//     valid_from (date_order), its value follows rule 7, and two
//     overrides of the same area do not overlap in time (overlap).
func (p Plan) Validate() error {
	ps := report.Fields(workforce.Problems(nil), "", &p)
	if p.Country != "" {
		if _, ok := joinedOn(p.Country); !ok {
			ps = report.Add(ps, CodeNotMember, "/country", string(p.Country), "", "must be an ASEAN member state")
		}
	}
	if p.EndYear < p.StartYear {
		ps = report.Add(ps, CodeDateOrder, "/end_year", strconv.Itoa(p.EndYear), strconv.Itoa(p.StartYear), "must not be before start_year")
	}
	ps = p.checkPhases(ps)
	ps = checkCitations(ps, "/sources", p.Sources)
	seenC := map[CommitmentID]bool{}
	for i, c := range p.Commitments {
		if seenC[c] {
			ps = report.Add(ps, CodeDuplicate, jsonptr.Index("/commitments", i), string(c), "", "commitment listed twice")
		}
		seenC[c] = true
	}
	cat := catalogueInfos()
	seenM := map[indicators.IndicatorID]bool{}
	for i := range p.Measures {
		m := &p.Measures[i]
		base := jsonptr.Index("/measures", i)
		ps = report.Fields(ps, base, m)
		if _, ok := cat[m.ID]; ok {
			ps = report.Add(ps, CodeDuplicate, base+"/id", string(m.ID), "", "is a catalogue indicator; a plan measure needs an ID of its own")
		} else if seenM[m.ID] && m.ID != "" {
			ps = report.Add(ps, CodeDuplicate, base+"/id", string(m.ID), "", "another measure has the same ID")
		}
		seenM[m.ID] = true
		for j, r := range m.Related {
			if _, ok := cat[r]; !ok && r.IsValid() {
				ps = report.Add(ps, CodeUnknownIndicator, jsonptr.Index(base+"/related", j), string(r), "", "is not an indicator of the catalogue")
			}
		}
	}
	infos := p.addMeasures(cat)
	seenT := map[workforce.ID]bool{}
	for i := range p.Targets {
		base := jsonptr.Index("/targets", i)
		t := &p.Targets[i]
		if seenT[t.ID] && t.ID != "" {
			ps = report.Add(ps, CodeDuplicate, base+"/id", string(t.ID), "", "another target has the same ID")
		}
		seenT[t.ID] = true
		ps = p.checkTarget(ps, base, t, infos)
	}
	return finish(ps)
}

func (p *Plan) checkPhases(ps workforce.Problems) workforce.Problems {
	for i := range p.Phases {
		ph := &p.Phases[i]
		base := jsonptr.Index("/phases", i)
		ps = report.Fields(ps, base, ph)
		if ph.EndYear < ph.StartYear {
			ps = report.Add(ps, CodeDateOrder, base+"/end_year", strconv.Itoa(ph.EndYear), strconv.Itoa(ph.StartYear), "must not be before start_year")
		}
		if ph.StartYear < p.StartYear || ph.EndYear > p.EndYear {
			ps = report.Add(ps, CodeOutOfPeriod, base, fmt.Sprintf("%d-%d", ph.StartYear, ph.EndYear), fmt.Sprintf("%d-%d", p.StartYear, p.EndYear), "must lie inside the plan's period")
		}
		for j := range i {
			q := &p.Phases[j]
			if ph.StartYear <= q.EndYear && q.StartYear <= ph.EndYear {
				ps = report.Add(ps, CodeOverlap, base, fmt.Sprintf("%d-%d", ph.StartYear, ph.EndYear), jsonptr.Index("/phases", j), "overlaps an earlier phase")
				break
			}
		}
	}
	return ps
}

func (p *Plan) checkTarget(ps workforce.Problems, base string, t *Target, infos map[indicators.IndicatorID]indicatorInfo) workforce.Problems {
	ps = report.Fields(ps, base, t)
	ps = checkCitations(ps, base+"/sources", t.Sources)
	info, known := infos[t.Indicator]
	kind := info.kind
	if !known && t.Indicator.IsValid() {
		ps = report.Add(ps, CodeUnknownIndicator, base+"/indicator", string(t.Indicator), "", "is neither a catalogue indicator nor a measure of the plan")
	}
	if t.TargetYear < p.StartYear || t.TargetYear > p.EndYear {
		ps = report.Add(ps, CodeOutOfPeriod, base+"/target_year", strconv.Itoa(t.TargetYear), fmt.Sprintf("%d-%d", p.StartYear, p.EndYear), "must lie inside the plan's period")
	}
	if t.BaselineYear != 0 && t.BaselineYear >= t.TargetYear {
		ps = report.Add(ps, CodeDateOrder, base+"/target_year", strconv.Itoa(t.TargetYear), strconv.Itoa(t.BaselineYear), "must be after the baseline year "+strconv.Itoa(t.BaselineYear))
	}
	if t.Comparator.IsRelative() && t.BaselineYear == 0 {
		ps = report.Add(ps, CodeRequired, base+"/baseline_year", "", "", "a relative target needs a baseline year")
	}
	for _, d := range targetDependencies {
		if d.isSet(t) && !d.needsSet(t) {
			ps = report.Add(ps, CodeRequired, base+"/"+d.needs, "", d.member, d.message)
		}
	}
	if t.Path == PathCompound && known && kind == indicators.KindPolicy {
		ps = report.Add(ps, CodeKindMismatch, base+"/path", string(t.Path), "linear", "a policy-status target has no growth path")
	}
	for i := range t.Parameters {
		pp, pb := &t.Parameters[i], jsonptr.Index(base+"/parameters", i)
		ps = report.Fields(ps, pb, pp)
		if pp.Norm == nil {
			continue
		}
		if pp.Name != indicators.ParamStaffingNorm {
			ps = report.Add(ps, CodeInconsistent, pb+"/norm", "", string(indicators.ParamStaffingNorm), "only a staffing_norm parameter has a norm")
		}
		// The norm's own rules, those report.Fields did not already find.
		for _, q := range workforce.AsProblems(pp.Norm.Validate()) {
			q.Path = pb + "/norm" + q.Path
			if !slices.ContainsFunc(ps, func(x workforce.Problem) bool { return x.Path == q.Path && x.Code == q.Code }) {
				ps = append(ps, q)
			}
		}
	}
	if known {
		ps = checkValue(ps, base, t.Comparator, kind, t.Threshold, t.Policy, t.Confidence)
	}
	for i := range t.Overrides {
		o := &t.Overrides[i]
		ob := jsonptr.Index(base+"/overrides", i)
		ps = report.Fields(ps, ob, o)
		ps = checkCitations(ps, ob+"/sources", o.Sources)
		if c := o.Area.Country(); c != "" && c != p.Country {
			ps = report.Add(ps, CodeInconsistent, ob+"/area", string(o.Area), string(p.Country), "is an area of another country than the plan's")
		}
		if !o.ValidTo.IsZero() && o.ValidTo.Before(o.ValidFrom) {
			ps = report.Add(ps, CodeDateOrder, ob+"/valid_to", o.ValidTo.String(), o.ValidFrom.String(), "must not be before valid_from "+o.ValidFrom.String())
		}
		if known {
			ps = checkValue(ps, ob, t.Comparator, kind, o.Threshold, o.Policy, o.Confidence)
		}
		for j := range i {
			q := &t.Overrides[j]
			if q.Area == o.Area && workforce.Overlaps(q.ValidFrom, q.ValidTo, o.ValidFrom, o.ValidTo) {
				ps = report.Add(ps, CodeOverlap, ob+"/valid_from", o.ValidFrom.String(), jsonptr.Index(base+"/overrides", j), "overlaps an earlier override of the same area")
				break
			}
		}
	}
	return ps
}

// checkValue applies rules 6 and 7 of [Plan.Validate] to a target's or an
// override's value.
func checkValue(ps workforce.Problems, base string, cmp Comparator, kind indicators.IndicatorKind, threshold workforce.Decimal, policy PolicyValue, conf Confidence) workforce.Problems {
	if kind == indicators.KindPolicy {
		if !threshold.IsZero() {
			ps = report.Add(ps, CodeKindMismatch, base+"/threshold", threshold.String(), "policy", "a policy-status indicator takes a policy value, not a threshold")
		}
		if policy == "" && conf == ConfidenceConfirmed {
			ps = report.Add(ps, CodeRequired, base+"/policy", "", "", "a confirmed target of a policy-status indicator needs its policy value")
		}
		if cmp != "" && cmp != AtLeast && cmp != Equal {
			ps = report.Add(ps, CodeNotSupported, base+"/comparator", string(cmp), "at_least|equal", "a policy-status target must use at_least or equal")
		}
		return ps
	}
	if policy != "" {
		ps = report.Add(ps, CodeKindMismatch, base+"/policy", string(policy), "threshold", "only policy-status indicators take a policy value")
	}
	if threshold.IsZero() {
		if conf == ConfidenceConfirmed {
			ps = report.Add(ps, CodeRequired, base+"/threshold", "", "", "a confirmed target needs its threshold")
		}
		return ps
	}
	if cmp.IsRelative() && threshold.Decimal().Sign() <= 0 {
		ps = report.Add(ps, CodeMin, base+"/threshold", threshold.String(), "0", "a relative change must be greater than 0 percent")
	}
	if max, ok := cmp.ThresholdMax(); ok && threshold.Decimal().GreaterThan(decimal.NewFromInt(max)) {
		ps = report.Add(ps, CodeMax, base+"/threshold", threshold.String(), strconv.FormatInt(max, 10), "a "+string(cmp)+" cannot exceed "+strconv.FormatInt(max, 10)+" percent")
	}
	return ps
}

func checkCitations(ps workforce.Problems, base string, cs []Citation) workforce.Problems {
	for i := range cs {
		ps = report.Fields(ps, jsonptr.Index(base, i), &cs[i])
	}
	return ps
}

// catalogueInfos returns the kind, unit and multiplier of each catalogue
// indicator. The map is built once from [indicators.Catalogue] (which is
// fixed at compile time) and shared: callers only read it.
func catalogueInfos() map[indicators.IndicatorID]indicatorInfo {
	return catalogueInfoTable()
}

var catalogueInfoTable = sync.OnceValue(func() map[indicators.IndicatorID]indicatorInfo {
	cat := indicators.Catalogue()
	m := make(map[indicators.IndicatorID]indicatorInfo, len(cat))
	for _, d := range cat {
		m[d.ID] = newIndicatorInfo(d.Kind, d.Unit, d.Multiplier)
	}
	return m
})
