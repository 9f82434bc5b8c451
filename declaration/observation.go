package declaration

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// Observation is one observed value of an indicator for a country, or for
// one of its areas, on a date, with its source. A quantitative indicator
// carries Value (an exact decimal, percentages in percent); a
// policy-status indicator carries Policy. Date the observation at the end
// of the period it describes: a figure "for 2025" is dated 2025-12-31.
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
	// Source cites where the value comes from.
	Source Citation `json:"source"`
	// Notes record caveats.
	Notes string `json:"notes,omitempty" validate:"max=2000"`
}

// Validate checks the observation alone: the field rules, that it gives
// exactly one of value and policy, that its area belongs to its country
// when the area code is an ISO 3166-2 code, and that the country was an
// ASEAN member state on the observation's date.
func (o Observation) Validate() error { return finish(o.appendProblems(nil, "")) }

func (o *Observation) appendProblems(ps workforce.Problems, base string) workforce.Problems {
	ps = report.Fields(ps, base, o)
	switch {
	case o.Value.IsZero() && o.Policy == "":
		ps = report.Add(ps, CodeRequired, base+"/value", "", "value|policy", "must give a value or a policy value")
	case !o.Value.IsZero() && o.Policy != "":
		ps = report.Add(ps, CodeInconsistent, base+"/policy", string(o.Policy), "value|policy", "must give a value or a policy value, not both")
	}
	if c := o.Area.Country(); c != "" && o.Country != "" && c != o.Country {
		ps = report.Add(ps, CodeInconsistent, base+"/area", string(o.Area), string(o.Country), "is an area of another country than the observation's")
	}
	if o.Country.IsValid() && !o.Date.IsZero() && !IsMemberOn(o.Country, o.Date) {
		msg := "was not an ASEAN member state on " + o.Date.String()
		param := ""
		if j, ok := joinedOn(o.Country); ok {
			msg += " (joined " + j.String() + ")"
			param = j.String()
		}
		ps = report.Add(ps, CodeNotMember, base+"/country", string(o.Country), param, msg)
	}
	return ps
}

// checkKind reports a value of the wrong kind for the indicator: a number
// for a policy-status indicator or a policy value for any other.
func (o *Observation) checkKind(ps workforce.Problems, base string, kind indicators.IndicatorKind) workforce.Problems {
	if kind == indicators.KindPolicy {
		if !o.Value.IsZero() {
			ps = report.Add(ps, CodeKindMismatch, base+"/value", o.Value.String(), "policy", string(o.Indicator)+" is a policy-status indicator: give a policy value")
		}
		return ps
	}
	if o.Policy != "" {
		ps = report.Add(ps, CodeKindMismatch, base+"/policy", string(o.Policy), "value", string(o.Indicator)+" is not a policy-status indicator: give a value")
	}
	return ps
}

// AreaChange records an administrative change to an area on a date: a
// merger, split, renaming, abolition or boundary change. Observations of
// an area that changed after a plan was issued are not compared with the
// plan's targets silently: they are flagged as needing remapping.
type AreaChange struct {
	// Area is the area that changed, by its code before the change.
	Area workforce.AreaCode `json:"area" validate:"required,valid"`
	// Kind is the kind of change.
	Kind AreaChangeKind `json:"kind" validate:"required,valid"`
	// Effective is the first day the change applies.
	Effective workforce.CivilDate `json:"effective" validate:"required"`
	// Successors are the areas that take the area over: one for a merger
	// or renaming, two or more for a split, none for an abolition or a
	// boundary change.
	Successors []workforce.AreaCode `json:"successors,omitempty" validate:"omitempty,dive,valid"`
	// Confidence says how firmly the sources establish the change.
	Confidence Confidence `json:"confidence,omitempty" validate:"omitempty,valid"`
	// Sources cite it.
	Sources []Citation `json:"sources,omitempty"`
	// Notes record details.
	Notes string `json:"notes,omitempty" validate:"max=2000"`
}

// Affects reports whether the change concerns the area code: the area
// itself or one of its successors, whose boundaries grew.
func (c AreaChange) Affects(code workforce.AreaCode) bool {
	return code != "" && (c.Area == code || slices.Contains(c.Successors, code))
}

// describe renders the change as "VN-55 merged into VN-59 on 2025-07-01".
func (c AreaChange) describe() string {
	var succ string
	for i, s := range c.Successors {
		if i > 0 {
			succ += ", "
		}
		succ += string(s)
	}
	switch c.Kind {
	case ChangeMerged:
		return fmt.Sprintf("%s merged into %s on %s", c.Area, succ, c.Effective)
	case ChangeSplit:
		return fmt.Sprintf("%s split into %s on %s", c.Area, succ, c.Effective)
	case ChangeRenamed:
		return fmt.Sprintf("%s became %s on %s", c.Area, succ, c.Effective)
	case ChangeAbolished:
		return fmt.Sprintf("%s was abolished on %s", c.Area, c.Effective)
	}
	return fmt.Sprintf("%s changed its boundary on %s", c.Area, c.Effective)
}

func (c *AreaChange) appendProblems(ps workforce.Problems, base string) workforce.Problems {
	ps = report.Fields(ps, base, c)
	ps = checkCitations(ps, base+"/sources", c.Sources)
	n := len(c.Successors)
	want := ""
	switch c.Kind {
	case ChangeMerged, ChangeRenamed:
		if n != 1 {
			want = "1"
		}
	case ChangeSplit:
		if n < 2 {
			want = "2 or more"
		}
	case ChangeAbolished, ChangeBoundary:
		if n != 0 {
			want = "0"
		}
	}
	if want != "" {
		ps = report.Add(ps, CodeInconsistent, base+"/successors", strconv.Itoa(n), want, "a change of kind "+string(c.Kind)+" needs "+want+" successor areas")
	}
	for i, s := range c.Successors {
		if s == c.Area && s != "" {
			ps = report.Add(ps, CodeInconsistent, jsonptr.Index(base+"/successors", i), string(s), "", "an area cannot succeed itself")
		}
	}
	return ps
}

// KnownAreaChanges returns the administrative changes the reference
// material confirms that affect the shipped plans' area overrides: in Viet
// Nam's reorganisation of 1 July 2025 (63 provinces merged into 34,
// districts abolished), Bạc Liêu (VN-55) merged into Cà Mau (VN-59) and
// Bắc Giang (VN-54) into Bắc Ninh (VN-56). The list is deliberately
// partial: pass the full list of changes that matter to an evaluation in
// [ProgressData]. Every call returns fresh values.
func KnownAreaChanges() []AreaChange {
	src := []Citation{
		cite("Viet Nam News: Viet Nam sets two-tier local government system",
			"https://vietnamnews.vn/politics-laws/1720781/viet-nam-sets-two-tier-local-government-system.html"),
		cite("Viet Nam Investment Review: Ministry says no further merger of government units",
			"https://vir.com.vn/ministry-no-further-merger-of-government-units-147883.html"),
	}
	return []AreaChange{
		{Area: "VN-55", Kind: ChangeMerged, Effective: mustDate("2025-07-01"), Successors: []workforce.AreaCode{"VN-59"},
			Confidence: ConfidenceConfirmed, Sources: slices.Clone(src), Notes: "Bạc Liêu folded into Cà Mau."},
		{Area: "VN-54", Kind: ChangeMerged, Effective: mustDate("2025-07-01"), Successors: []workforce.AreaCode{"VN-56"},
			Confidence: ConfidenceConfirmed, Sources: slices.Clone(src), Notes: "Bắc Giang folded into Bắc Ninh."},
	}
}

// ProgressData is the evidence a plan is evaluated against, as an exchange
// document: the as-of date, observations (of any countries and
// indicators; those a plan does not use are ignored) and the
// administrative changes of areas to respect. Observations dated after
// AsOf are ignored, so one dataset can be evaluated as of several dates.
type ProgressData struct {
	// AsOf is the date of the evaluation.
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// Observations are the observed values.
	Observations []Observation `json:"observations,omitempty"`
	// AreaChanges are administrative changes of areas.
	AreaChanges []AreaChange `json:"area_changes,omitempty"`
}

// obsKey identifies what an observation measures, and when.
type obsKey struct {
	country   workforce.CountryCode
	area      workforce.AreaCode
	indicator indicators.IndicatorID
	date      workforce.CivilDate
}

// Validate checks the progress data and returns all problems at once, or
// nil:
//
//  1. each observation passes [Observation.Validate] (so an observation
//     for a country that was not an ASEAN member state on its date is
//     rejected with not_member);
//  2. no two observations of the same country, area and indicator on the
//     same date give different values (conflict); identical repeats are
//     accepted;
//  3. each area change passes its field rules and has the number of
//     successors its kind needs (inconsistent).
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
		k := obsKey{o.Country, o.Area, o.Indicator, o.Date}
		if j, ok := seen[k]; ok {
			q := &d.Observations[j]
			if !q.Value.Equal(o.Value) || q.Policy != o.Policy {
				ps = report.Add(ps, CodeConflict, jsonptr.Index("/observations", i), o.Date.String(), jsonptr.Index("/observations", j),
					"gives a different value than an earlier observation of the same indicator, country, area and date")
			}
			continue
		}
		seen[k] = i
	}
	for i := range d.AreaChanges {
		ps = d.AreaChanges[i].appendProblems(ps, jsonptr.Index("/area_changes", i))
	}
	return ps
}
