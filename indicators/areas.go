package indicators

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// maxAreas bounds the number of areas a frame can index (24 bits of a
// tally key).
const maxAreas = 1 << 24

// areaFrame is the administrative area tree with dense indexes, built once
// per data set and shared, read-only, by the tallies and evaluations that
// use it. Index i is the i-th area in code order, so frames built from
// the same areas in any order index them identically.
type areaFrame struct {
	country  workforce.CountryCode
	codes    []workforce.AreaCode
	names    []string
	levels   []workforce.AdminLevel
	parent   []int32 // nearest enclosing area valid on the as-of date; -1 for the root and for areas not valid then
	valid    []bool  // exists on the as-of date
	children [][]int32
	bottomUp []int32 // every valid area after all of its valid descendants
	// reparented lists the valid areas whose recorded parent is not valid
	// on the as-of date: they hang from their nearest valid ancestor.
	reparented []int32
	index      map[workforce.AreaCode]int32
	root       int32
	synthetic  bool // the root was added: the areas had several tops
	asOf       workforce.CivilDate
	pop        []areaPopulation // by the default choice of figure (see rollUp)
	figs       [][]workforce.PopulationFigure
	srcIndex   []int // index in the caller's list, -1 for the synthetic root
	// setting is each area's setting index (see settingIndex): its own,
	// or its nearest ancestor's on the as-of date.
	setting []uint8
}

// areaPopulation is the population applicable to an area on the as-of
// date: its own figure, or the sum of its children's.
type areaPopulation struct {
	ok       bool
	total    int64
	children int64
	// noTotal and noChildren mark a universe not published: by the
	// area's own figure, or, for a sum, by the figure of an area below.
	noTotal    bool
	noChildren bool
	source     string
	vintage    string
	date       workforce.CivilDate
	derived    bool // summed from the children's figures
	mixed      bool // the summed figures differ in source, vintage or date
}

// Problem codes of this package, beyond those of workforce.
const (
	CodeUnknownArea      = "unknown_area"      // a code not in the area list
	CodeUnknownPost      = "unknown_post"      // an employment's post is not in the registry
	CodeUnknownEmployer  = "unknown_employer"  // a post's employer is not in the registry
	CodeUnknownIndicator = "unknown_indicator" // an indicator ID not in the catalogue
	CodeScopeMismatch    = "scope_mismatch"    // counts of one scope where another is required
	CodeMissingParameter = "missing_parameter" // an indicator needs a parameter that was not given
	CodeIncompatible     = "incompatible"      // tallies built on different areas or rules
	CodeNoAreas          = "no_areas"          // no administrative areas to count in
	CodeAreaNotValid     = "area_not_valid"    // an area that does not exist on the as-of date (valid_from after it, valid_to before it)
	CodeOverflow         = "overflow"          // a count or sum beyond the 64-bit integer range
)

// newAreaFrame indexes areas as of asOf. Problems have paths under base
// ("/areas"). Every area is indexed (a post may name an area that was
// abolished), but the tree evaluations walk holds only the areas valid on
// asOf: an area not valid then has no parent, no children, no population
// and no results, and a valid area whose recorded parent is not valid
// hangs from its nearest valid ancestor. When the valid areas have
// several tops, a national root with the country's code is added above
// them.
func newAreaFrame(areas []workforce.AdminArea, country workforce.CountryCode, asOf workforce.CivilDate, base string) (*areaFrame, workforce.Problems) {
	var ps workforce.Problems
	if len(areas) == 0 {
		return nil, report.Add(ps, CodeNoAreas, base, "", "", "at least one administrative area is required")
	}
	if len(areas) >= maxAreas {
		return nil, report.Add(ps, workforce.CodeMax, base, strconv.Itoa(len(areas)), strconv.Itoa(maxAreas-1), "too many areas")
	}
	order := make([]int, len(areas))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(areas[a].Code, areas[b].Code) })
	f := &areaFrame{country: country, asOf: asOf, index: make(map[workforce.AreaCode]int32, len(areas)+1)}
	for _, i := range order {
		a := &areas[i]
		path := jsonptr.Index(base, i)
		if err := a.Validate(); err != nil {
			for _, p := range workforce.AsProblems(err) {
				p.Path = path + p.Path
				ps = append(ps, p)
			}
		}
		if _, dup := f.index[a.Code]; dup {
			ps = report.Add(ps, workforce.CodeDuplicate, path+"/code", string(a.Code), "", "another area has the same code")
			continue
		}
		f.index[a.Code] = int32(len(f.codes))
		f.codes = append(f.codes, a.Code)
		f.names = append(f.names, a.Name)
		f.levels = append(f.levels, a.Level)
		f.valid = append(f.valid, asOf.IsZero() || asOf.Within(a.ValidFrom, a.ValidTo))
		f.srcIndex = append(f.srcIndex, i)
	}
	n := len(f.codes)
	recorded := make([]int32, n) // the parent each area names
	for k := range n {
		a := &areas[f.srcIndex[k]]
		recorded[k] = -1
		if a.Parent == "" {
			continue
		}
		p, ok := f.index[a.Parent]
		if !ok {
			ps = report.Add(ps, CodeUnknownArea, jsonptr.Index(base, f.srcIndex[k])+"/parent", string(a.Parent), "", "no area has this code")
			continue
		}
		recorded[k] = p
	}
	// Cycles: walk up from every area; a walk longer than n has looped.
	for k := range n {
		steps, p := 0, recorded[k]
		for p >= 0 && steps <= n {
			p = recorded[p]
			steps++
		}
		if steps > n {
			ps = report.Add(ps, workforce.CodeCycle, jsonptr.Index(base, f.srcIndex[k])+"/parent", string(f.codes[k]), "", "the chain of parents leads back to this area")
		}
	}
	if len(ps) > 0 {
		return nil, ps
	}
	// The tree of the as-of date: valid areas only, each under its
	// nearest valid ancestor.
	f.parent = make([]int32, n)
	var tops []int32
	for k := range n {
		f.parent[k] = -1
		if !f.valid[k] {
			continue
		}
		p := recorded[k]
		for p >= 0 && !f.valid[p] {
			p = recorded[p]
		}
		if p != recorded[k] {
			f.reparented = append(f.reparented, int32(k))
		}
		if p < 0 {
			tops = append(tops, int32(k))
			continue
		}
		f.parent[k] = p
	}
	switch {
	case len(tops) == 0:
		return nil, report.Add(ps, CodeNoAreas, base, "", asOf.String(), "no administrative area is valid on the as-of date")
	case len(tops) == 1:
		f.root = tops[0]
	default:
		code := workforce.AreaCode(country)
		if !code.IsValid() {
			return nil, report.Add(ps, CodeNoAreas, base, "", "", "the areas have several tops and no country code names a national root")
		}
		if _, dup := f.index[code]; dup {
			return nil, report.Add(ps, workforce.CodeDuplicate, base, string(code), "",
				"the areas have several tops; the national root "+string(code)+" would clash with an area of that code")
		}
		f.root = int32(n)
		f.index[code] = f.root
		f.codes = append(f.codes, code)
		f.names = append(f.names, string(country))
		f.levels = append(f.levels, workforce.LevelNational)
		f.valid = append(f.valid, true)
		f.parent = append(f.parent, -1)
		f.srcIndex = append(f.srcIndex, -1)
		f.synthetic = true
		for _, t := range tops {
			f.parent[t] = f.root
		}
		n++
	}
	f.children = make([][]int32, n)
	for k := range n {
		if p := f.parent[k]; p >= 0 {
			f.children[p] = append(f.children[p], int32(k)) // code order: k ascends
		}
	}
	// Pre-order from the root, reversed, puts every area after its
	// descendants.
	pre := make([]int32, 0, n)
	stack := []int32{f.root}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		pre = append(pre, k)
		ch := f.children[k]
		for i := len(ch) - 1; i >= 0; i-- {
			stack = append(stack, ch[i])
		}
	}
	f.bottomUp = make([]int32, len(pre))
	for i, k := range pre {
		f.bottomUp[len(pre)-1-i] = k
	}
	f.setting = make([]uint8, n)
	for _, k := range f.preOrder() {
		if src := f.srcIndex[k]; src >= 0 && areas[src].Setting != "" {
			f.setting[k] = uint8(settingIndex(areas[src].Setting))
		} else if p := f.parent[k]; p >= 0 {
			f.setting[k] = f.setting[p]
		}
	}
	f.figs = make([][]workforce.PopulationFigure, len(f.codes))
	for k, src := range f.srcIndex {
		if src >= 0 {
			f.figs[k] = slices.Clone(areas[src].Population)
		}
	}
	var ok bool
	if f.pop, ok = f.rollUp(""); !ok {
		return nil, report.Add(ps, CodeOverflow, base, "", "", "the population figures of the areas add up to more than 2^63 - 1")
	}
	return f, nil
}

// rollUp returns each area's population on the as-of date: its own
// figure when it has one applicable, otherwise the sum of its children's
// when every child has one (recursively), flagged as derived and, when
// the summed figures differ in source, vintage or date, as mixed. Only
// the areas valid on the as-of date take part: an abolished area's figure
// never adds to its parent beside its successor's. A universe the figure
// marks unknown stays unknown, and so does a sum over a child area where
// it is unknown. The figure that applies is the one of the named vintage
// ([workforce.AdminArea.PopulationOfVintage]) when vintage is set, else
// the default one ([workforce.AdminArea.PopulationOn]: the latest dated on
// or before the as-of date, the last listed among several of that date).
// It reports false when a sum overflows.
func (f *areaFrame) rollUp(vintage string) ([]areaPopulation, bool) {
	pop := make([]areaPopulation, len(f.codes))
	for _, k := range f.bottomUp {
		if !f.asOf.IsZero() && len(f.figs[k]) > 0 {
			a := workforce.AdminArea{Population: f.figs[k]}
			fig, ok := a.PopulationOn(f.asOf)
			if vintage != "" {
				fig, ok = a.PopulationOfVintage(f.asOf, vintage)
			}
			if ok {
				total, totalKnown := fig.Count(workforce.UniverseTotal)
				children, childrenKnown := fig.Count(workforce.UniverseChildren)
				pop[k] = areaPopulation{ok: true, total: total, children: children, noTotal: !totalKnown, noChildren: !childrenKnown,
					source: fig.Source, vintage: fig.Vintage, date: fig.Date}
				continue
			}
		}
		ch := f.children[k]
		if len(ch) == 0 {
			continue
		}
		sum := areaPopulation{ok: true, derived: true}
		for i, c := range ch {
			cp := pop[c]
			if !cp.ok {
				sum.ok = false
				break
			}
			if i == 0 {
				sum.source, sum.vintage, sum.date = cp.source, cp.vintage, cp.date
			} else if cp.source != sum.source || cp.vintage != sum.vintage || cp.date != sum.date {
				sum.mixed = true
			}
			sum.mixed = sum.mixed || cp.mixed
			sum.noTotal = sum.noTotal || cp.noTotal
			sum.noChildren = sum.noChildren || cp.noChildren
			var ok1, ok2 bool
			sum.total, ok1 = addCount(sum.total, cp.total)
			sum.children, ok2 = addCount(sum.children, cp.children)
			if !ok1 || !ok2 {
				return nil, false
			}
		}
		if sum.ok {
			if sum.noTotal {
				sum.total = 0
			}
			if sum.noChildren {
				sum.children = 0
			}
			if sum.mixed {
				sum.source, sum.vintage, sum.date = "several sources", "several vintages", workforce.CivilDate{}
			}
			pop[k] = sum
		}
	}
	return pop, true
}

// inForce reports whether area i exists on the as-of date. Counts at an
// area not in force belong to no result: a post there is an error of the
// caller's data (see [CodeAreaNotValid]).
func (f *areaFrame) inForce(i int32) bool { return i >= 0 && int(i) < len(f.valid) && f.valid[i] }

// sameAreas reports whether two frames index the same areas identically.
func (f *areaFrame) sameAreas(g *areaFrame) bool {
	return f == g || (slices.Equal(f.codes, g.codes) && slices.Equal(f.parent, g.parent))
}

// preOrder returns the areas from the root down, children in code order.
func (f *areaFrame) preOrder() []int32 {
	out := make([]int32, len(f.bottomUp))
	for i, k := range f.bottomUp {
		out[len(out)-1-i] = k
	}
	return out
}

// settingIndex returns 1 urban, 2 rural, 3 mixed, 0 not recorded.
func settingIndex(s workforce.Setting) int {
	switch s {
	case workforce.SettingUrban:
		return 1
	case workforce.SettingRural:
		return 2
	case workforce.SettingMixed:
		return 3
	}
	return 0
}

// settingSlot returns the breakdown value of a setting index: urban,
// rural, mixed, then not recorded.
func settingSlot(i uint8) int {
	if i == 0 {
		return numSetting - 1
	}
	return int(i) - 1
}

// numSetting is the number of values of the setting breakdown.
const numSetting = 4
