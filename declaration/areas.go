package declaration

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// AreaChange records an administrative change to an area on a date: a
// merger, split, renaming, abolition or boundary change. A plan's targets
// were set for the boundaries of their time, so an evaluation never
// compares across a change silently: a target for an area that ceased to
// exist is not applicable from the change, a figure of an area whose
// boundaries changed after the plan was issued needs remapping, and a
// figure dated before a change is flagged (see [EvaluatePlan]).
type AreaChange struct {
	// Area is the area that changed, by its code before the change.
	Area workforce.AreaCode `json:"area" validate:"required,valid"`
	// Kind is the kind of change.
	Kind AreaChangeKind `json:"kind" validate:"required,valid"`
	// Effective is the first day the change applies.
	Effective workforce.CivilDate `json:"effective" validate:"required"`
	// Successors are the areas that take the area over: one for a merger
	// or renaming, two or more for a split, none for an abolition or a
	// boundary change ([AreaChangeKind.Successors]).
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

// Ends reports whether the change ends the area with the code on its
// effective date: the change is of the area itself and of a kind that
// ceases it ([AreaChangeKind.Ceases]).
func (c AreaChange) Ends(code workforce.AreaCode) bool {
	return code != "" && c.Area == code && c.Kind.Ceases()
}

// String renders the change as "VN-55 merged into VN-59 on 2025-07-01".
func (c AreaChange) String() string {
	succ := joinAreas(c.Successors)
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

func joinAreas(as []workforce.AreaCode) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = string(a)
	}
	return strings.Join(s, ", ")
}

// same reports whether two changes record the same event: the same area,
// kind, date and successors. Sources, confidence and notes may differ.
func (c *AreaChange) same(o *AreaChange) bool {
	if c.Area != o.Area || c.Kind != o.Kind || c.Effective != o.Effective || len(c.Successors) != len(o.Successors) {
		return false
	}
	for _, s := range c.Successors {
		if !slices.Contains(o.Successors, s) {
			return false
		}
	}
	return true
}

// clone returns a copy that shares no slice with c.
func (c AreaChange) clone() AreaChange {
	c.Successors, c.Sources = slices.Clone(c.Successors), slices.Clone(c.Sources)
	return c
}

// appendProblems checks the field rules and the number of successors of
// the change's kind, from the table of [AreaChangeKind.Successors].
func (c *AreaChange) appendProblems(ps workforce.Problems, base string) workforce.Problems {
	ps = report.Fields(ps, base, c)
	ps = checkCitations(ps, base+"/sources", c.Sources)
	if r, ok := c.Kind.rule(); ok {
		n := len(c.Successors)
		if n < r.min || (r.max >= 0 && n > r.max) {
			want := r.describeSuccessors()
			ps = report.Add(ps, CodeInconsistent, base+"/successors", strconv.Itoa(n), want, "a change of kind "+string(c.Kind)+" needs "+want+" successor areas")
		}
	}
	for i, s := range c.Successors {
		if s == c.Area && s != "" {
			ps = report.Add(ps, CodeInconsistent, jsonptr.Index(base+"/successors", i), string(s), "", "an area cannot succeed itself")
		}
	}
	return ps
}

// ShippedAreaChanges returns the administrative changes this package
// ships for the country (for every country when country is empty), oldest
// first. They apply whenever a plan of the country is evaluated, unless
// the progress data replaces them ([ProgressData.ReplaceAreaChanges]).
// Every call returns fresh values.
//
// The list holds what the cited sources confirm for the areas the shipped
// plans name: in Viet Nam's reorganisation of 1 July 2025 (63 provinces
// merged into 34, districts abolished), Bạc Liêu (VN-55) merged into Cà
// Mau (VN-59) and Bắc Giang (VN-54) into Bắc Ninh (VN-56). It is
// deliberately partial: the other mergers of that reorganisation, and
// Cambodia's communes and sangkats (1,646 in 2017, 1,652 for the 2022
// elections), are not listed; pass them in [ProgressData.AreaChanges].
func ShippedAreaChanges(country workforce.CountryCode) []AreaChange {
	src := []Citation{
		cite("Viet Nam News: Viet Nam sets two-tier local government system",
			"https://vietnamnews.vn/politics-laws/1720781/viet-nam-sets-two-tier-local-government-system.html"),
		cite("Viet Nam Investment Review: Ministry says no further merger of government units",
			"https://vir.com.vn/ministry-no-further-merger-of-government-units-147883.html"),
	}
	all := []AreaChange{
		{Area: "VN-54", Kind: ChangeMerged, Effective: mustDate("2025-07-01"), Successors: []workforce.AreaCode{"VN-56"},
			Confidence: ConfidenceConfirmed, Sources: slices.Clone(src), Notes: "Bắc Giang folded into Bắc Ninh."},
		{Area: "VN-55", Kind: ChangeMerged, Effective: mustDate("2025-07-01"), Successors: []workforce.AreaCode{"VN-59"},
			Confidence: ConfidenceConfirmed, Sources: slices.Clone(src), Notes: "Bạc Liêu folded into Cà Mau."},
	}
	if country == "" {
		return all
	}
	var out []AreaChange
	for _, c := range all {
		if c.Area.Country() == country {
			out = append(out, c)
		}
	}
	return out
}

// changeOrder sorts changes by date, then area, then kind.
func changeOrder(a, b AreaChange) int {
	if c := a.Effective.Compare(b.Effective); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Area), string(b.Area)); c != 0 {
		return c
	}
	return strings.Compare(string(a.Kind), string(b.Kind))
}

// changesInForce returns the changes that apply to an evaluation of the
// country: the shipped ones and the data's, or the data's alone when they
// replace the shipped list. A change of the data that records the same
// event as a shipped one is counted once. Changes of areas whose codes
// name another country are left out. The result is sorted and shares no
// slice with the data.
func (d *ProgressData) changesInForce(country workforce.CountryCode) []AreaChange {
	var out []AreaChange
	if !d.ReplaceAreaChanges {
		out = ShippedAreaChanges(country)
	}
	for i := range d.AreaChanges {
		c := &d.AreaChanges[i]
		if cc := c.Area.Country(); cc != "" && cc != country {
			continue
		}
		if slices.ContainsFunc(out, func(o AreaChange) bool { return o.same(c) }) {
			continue
		}
		out = append(out, c.clone())
	}
	slices.SortStableFunc(out, changeOrder)
	return out
}

// checkChanges applies rule 4 of [ProgressData.Validate]: an area ceases
// at most once, among the data's changes and the shipped ones they add
// to.
func (d *ProgressData) checkChanges(ps workforce.Problems) workforce.Problems {
	var shipped []AreaChange
	if !d.ReplaceAreaChanges {
		shipped = ShippedAreaChanges("")
	}
	for i := range d.AreaChanges {
		c := &d.AreaChanges[i]
		if !c.Kind.Ceases() || c.Area == "" {
			continue
		}
		base := jsonptr.Index("/area_changes", i)
		if j := slices.IndexFunc(shipped, func(o AreaChange) bool { return o.Ends(c.Area) && !o.same(c) }); j >= 0 {
			ps = report.Add(ps, CodeConflict, base, c.String(), shipped[j].String(),
				"contradicts the shipped change \""+shipped[j].String()+"\"; an area ceases once (set replace_area_changes to replace the shipped list)")
			continue
		}
		for j := range i {
			o := &d.AreaChanges[j]
			if o.Ends(c.Area) && !o.same(c) {
				ps = report.Add(ps, CodeConflict, base, c.String(), jsonptr.Index("/area_changes", j), "contradicts an earlier change of the same area; an area ceases once")
				break
			}
		}
	}
	return ps
}
