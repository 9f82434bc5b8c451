package declaration

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// Observation is one observed value of an indicator for a country, or for
// one of its areas, on a date, with its source and how firmly the source
// establishes it. A quantitative indicator carries Value (an exact
// decimal, percentages in percent); a policy-status indicator carries
// Policy. Date the observation at the end of the period it describes: a
// figure "for 2025" is dated 2025-12-31.
//
// Sources disagree: observations of one indicator, country, area and date
// from different sources coexist, and an evaluation says which one it
// used and why ([SourceBasis]); [Reconcile] lists them side by side.
type Observation struct {
	// Country is the member state (ISO 3166-1 alpha-2).
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// Area is the area observed; omitted for the national figure.
	Area workforce.AreaCode `json:"area,omitempty" validate:"omitempty,valid"`
	// Indicator is a catalogue indicator or a plan's measure.
	Indicator indicators.IndicatorID `json:"indicator" validate:"required,valid"`
	// Date is the date the value refers to.
	Date workforce.CivilDate `json:"date" validate:"required"`
	// Value is the observed value of a quantitative indicator.
	Value workforce.Decimal `json:"value,omitzero"`
	// Policy is the observed value of a policy-status indicator.
	Policy PolicyValue `json:"policy,omitempty" validate:"omitempty,valid"`
	// Unit is the unit the source gives the value in, when it states one.
	// It must then be the indicator's unit ("%", "teams", "per 100,000
	// children aged 0-17"); "percent", "per cent" and "percentage" are
	// read as "%". A share given as a fraction where the indicator is in
	// percent is a problem (unit_mismatch), never a shortfall; a share of
	// at most 1 without a unit is read in percent and flagged
	// (unit_unstated) where the target is above 1.
	Unit string `json:"unit,omitempty" validate:"max=100"`
	// Numerator is the count the source divided to get a ratio, when it
	// states it (3,764 positions); with the indicator's multiplier it
	// gives the denominator the figure implies ([Reconcile]).
	Numerator int64 `json:"numerator,omitempty" validate:"omitempty,gte=1"`
	// Source cites where the value comes from.
	Source Citation `json:"source"`
	// Confidence says how firmly the source establishes the value. When
	// sources disagree, the stronger confidence decides; unset ranks
	// below unconfirmed.
	Confidence Confidence `json:"confidence,omitempty" validate:"omitempty,valid"`
	// Notes record caveats.
	Notes string `json:"notes,omitempty" validate:"max=2000"`
}

// Validate checks the observation alone: the field rules, that it gives
// exactly one of value and policy ([ObservationValueMembers]), that a
// numerator goes with a value, that its area belongs to its country when
// the area code is an ISO 3166-2 code, and that the country was an ASEAN
// member state on the observation's date.
func (o Observation) Validate() error { return finish(o.appendProblems(nil, "")) }

func (o *Observation) appendProblems(ps workforce.Problems, base string) workforce.Problems {
	ps = report.Fields(ps, base, o)
	value, policy := observationValueMembers[0], observationValueMembers[1]
	switch {
	case o.Value.IsZero() && o.Policy == "":
		ps = report.Add(ps, CodeRequired, base+"/"+value, "", value+"|"+policy, "must give a value or a policy value")
	case !o.Value.IsZero() && o.Policy != "":
		ps = report.Add(ps, CodeInconsistent, base+"/"+policy, string(o.Policy), value+"|"+policy, "must give a value or a policy value, not both")
	}
	if o.Policy != "" {
		for _, m := range observationNumberMembers {
			if o.numberSet(m) {
				ps = report.Add(ps, CodeInconsistent, base+"/"+m, "", value, "a "+m+" goes with a value, not a policy value")
			}
		}
	}
	if c := o.Area.Country(); c != "" && o.Country != "" && c != o.Country {
		ps = report.Add(ps, CodeInconsistent, base+"/area", string(o.Area), string(o.Country), "is an area of another country than the observation's")
	}
	if o.Country.IsValid() && !o.Date.IsZero() && !IsMemberOn(o.Country, o.Date) {
		msg := "was not an ASEAN member state on " + o.Date.String()
		param := ""
		if m, ok := MemberByCode(string(o.Country)); ok {
			msg += " (joined " + m.Joined.String() + ")"
			param = m.Joined.String()
		}
		ps = report.Add(ps, CodeNotMember, base+"/country", string(o.Country), param, msg)
	}
	return ps
}

// numberSet reports whether the member of [ObservationNumberMembers] is
// set.
func (o *Observation) numberSet(member string) bool {
	switch member {
	case "numerator":
		return o.Numerator != 0
	}
	return false
}

// indicatorInfo is what the checks of an observation need to know of its
// indicator.
type indicatorInfo struct {
	kind       indicators.IndicatorKind
	unit       string
	percent    bool  // the unit is "%"
	multiplier int64 // catalogue ratios; 0 for plan measures
}

func newIndicatorInfo(kind indicators.IndicatorKind, unit string, multiplier int64) indicatorInfo {
	return indicatorInfo{kind: kind, unit: unit, percent: normalUnit(unit) == "%", multiplier: multiplier}
}

// isPercent reports whether the indicator's values are in percent.
func (in indicatorInfo) isPercent() bool { return in.percent }

// checkIndicator reports a value of the wrong kind for the indicator (a
// number for a policy-status indicator or a policy value for any other),
// a numerator of an indicator that is not a ratio, and a stated unit
// that is not the indicator's.
func (o *Observation) checkIndicator(ps workforce.Problems, base string, in indicatorInfo) workforce.Problems {
	if in.kind == indicators.KindPolicy {
		if !o.Value.IsZero() {
			ps = report.Add(ps, CodeKindMismatch, base+"/value", o.Value.String(), "policy", string(o.Indicator)+" is a policy-status indicator: give a policy value")
		}
		return ps
	}
	if o.Policy != "" {
		ps = report.Add(ps, CodeKindMismatch, base+"/policy", string(o.Policy), "value", string(o.Indicator)+" is not a policy-status indicator: give a value")
	}
	if o.Numerator != 0 && in.kind != indicators.KindRatio {
		ps = report.Add(ps, CodeKindMismatch, base+"/numerator", strconv.FormatInt(o.Numerator, 10), string(indicators.KindRatio), string(o.Indicator)+" is not a ratio: it has no numerator")
	}
	if o.Unit != "" && normalUnit(o.Unit) != normalUnit(in.unit) {
		msg := "the value is given in " + strconv.Quote(o.Unit) + "; " + string(o.Indicator) + " is in " + strconv.Quote(in.unit)
		if in.isPercent() && isFractionUnit(o.Unit) {
			msg = "a share given as a fraction; " + string(o.Indicator) + " is in percent, so write 100 times the fraction (0.60 is 60)"
		}
		ps = report.Add(ps, CodeUnitMismatch, base+"/unit", o.Unit, in.unit, msg)
	}
	return ps
}

// normalUnit folds case and spaces, and reads the names of a percentage
// as "%".
func normalUnit(u string) string {
	u = strings.ToLower(strings.Join(strings.Fields(u), " "))
	switch u {
	case "percent", "per cent", "percentage", "pct":
		return "%"
	}
	return u
}

// isFractionUnit reports whether the unit names a share between 0 and 1.
func isFractionUnit(u string) bool {
	switch normalUnit(u) {
	case "fraction", "proportion", "share", "ratio", "decimal fraction", "0-1":
		return true
	}
	return false
}

// ProgressData is the evidence a plan is evaluated against, as an exchange
// document: the as-of date, observations (of any countries and
// indicators; those a plan does not use are ignored), the administrative
// changes of areas to respect and the sources to prefer when sources
// disagree. Observations dated after AsOf are ignored, so one dataset can
// be evaluated as of several dates.
type ProgressData struct {
	// AsOf is the date of the evaluation.
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// Observations are the observed values.
	Observations []Observation `json:"observations,omitempty"`
	// AreaChanges are administrative changes of areas. The changes this
	// package ships for the plan's country ([ShippedAreaChanges]) apply
	// as well, unless ReplaceAreaChanges is set; a change that records
	// the same event as a shipped one counts once.
	AreaChanges []AreaChange `json:"area_changes,omitempty"`
	// ReplaceAreaChanges makes AreaChanges the complete list of changes:
	// the shipped changes do not apply, and an empty list means that no
	// area changed.
	ReplaceAreaChanges bool `json:"replace_area_changes,omitempty"`
	// PreferredSources name, most preferred first, the sources whose
	// figures a computation uses when several sources give one: each
	// matches an observation's source by its title or URL. An evaluation
	// that uses a named source says so, and adding figures of other
	// sources never changes it.
	PreferredSources []string `json:"preferred_sources,omitempty" validate:"omitempty,dive,min=1,max=500"`
}

// obsKey identifies what an observation measures, when, and by which
// source.
type obsKey struct {
	country   workforce.CountryCode
	area      workforce.AreaCode
	indicator indicators.IndicatorID
	date      workforce.CivilDate
	title     string // the source's
	url       string
}

// Validate checks the progress data and returns all problems at once, or
// nil:
//
//  1. each observation passes [Observation.Validate] (so an observation
//     for a country that was not an ASEAN member state on its date is
//     rejected with not_member);
//  2. no source gives two different values for the same country, area,
//     indicator and date (conflict); identical repeats are accepted, and
//     different sources may disagree — their figures coexist;
//  3. each area change passes its field rules and has the number of
//     successors its kind needs (inconsistent);
//  4. an area ceases at most once: a change that ends an area another
//     change (or, unless replace_area_changes is set, a shipped change)
//     already ends differently is a conflict;
//  5. no preferred source is named twice (duplicate).
func (d ProgressData) Validate() error { return finish(d.appendProblems(nil)) }

func (d *ProgressData) appendProblems(ps workforce.Problems) workforce.Problems {
	ps = report.Fields(ps, "", d)
	seen := make(map[obsKey]int, len(d.Observations))
	for i := range d.Observations {
		o := &d.Observations[i]
		// Paths are built only for observations with problems: valid
		// data, the common case, allocates none.
		if own := o.appendProblems(nil, ""); len(own) > 0 {
			ps = rebase(own, jsonptr.Index("/observations", i), ps)
		}
		k := obsKey{o.Country, o.Area, o.Indicator, o.Date, o.Source.Title, o.Source.URL}
		if j, ok := seen[k]; ok {
			q := &d.Observations[j]
			if !q.Value.Equal(o.Value) || q.Policy != o.Policy {
				ps = report.Add(ps, CodeConflict, jsonptr.Index("/observations", i), o.Date.String(), jsonptr.Index("/observations", j),
					"the same source gives another value for the same indicator, country, area and date")
			}
			continue
		}
		seen[k] = i
	}
	for i := range d.AreaChanges {
		ps = d.AreaChanges[i].appendProblems(ps, jsonptr.Index("/area_changes", i))
	}
	ps = d.checkChanges(ps)
	for i, s := range d.PreferredSources {
		if j := slices.Index(d.PreferredSources[:i], s); j >= 0 {
			ps = report.Add(ps, CodeDuplicate, jsonptr.Index("/preferred_sources", i), s, jsonptr.Index("/preferred_sources", j), "source named twice")
		}
	}
	return ps
}
