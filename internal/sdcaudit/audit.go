// Package sdcaudit is a test helper: an attacker that tries to recover
// withheld person counts from a published indicators report by
// differencing, written apart from the disclosure control it checks.
//
// It reads only what a reader of the report has: the areas and their
// parents, and each result's indicator, cell, status, numerator and
// denominator. From the indicator definitions it knows what each count
// counts (a box: the workers of an area and the areas below it, in one
// scope and observation, with a set of values on each of sex, cadre,
// sector, age band, qualification and licence), and so which results
// publish the same count. It also knows, as the model of the package
// documentation assumes, every own-level remainder (the workers at posts
// of an area itself) that is not itself below the threshold; the tally
// groups supply those.
//
// The relations it uses are every partition of a box along one dimension
// into boxes whose value sets are terms (every value, single values, the
// sets the report's counts use, and their complements), and along the
// area tree an area = its own-level remainder + its children. It applies
// them repeatedly to a fixed point: a relation with one unknown term gives
// that term by subtraction (or addition, for an unknown total).
//
// It sits above the indicators package and is imported by tests only.
package sdcaudit

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// Leak is a target count the attacker recovered below the threshold.
type Leak struct {
	Box   string
	Value int64
	// Via lists the recoveries that led to it, last first: each the
	// relation used ("total = part + part …") and the value found.
	Via []string
}

func (l Leak) String() string {
	return fmt.Sprintf("%s = %d via\n\t%s", l.Box, l.Value, strings.Join(l.Via, "\n\t"))
}

const (
	dSex = iota
	dCadre
	dSector
	dAge
	dQual
	dLic
	nDims
)

var dimNames = [nDims]string{"sex", "cadre", "sector", "age", "qual", "lic"}

// box is a count: an area (or its own-level remainder), scope,
// observation and a set of values per dimension.
type box struct {
	area  string
	own   bool
	fte   bool
	obs   indicators.TallyObservation
	masks [nDims]uint16
}

func (b box) String() string {
	var sb strings.Builder
	sb.WriteString(b.area)
	if b.own {
		sb.WriteString("(own)")
	}
	if b.fte {
		sb.WriteString(" fte")
	}
	sb.WriteString(" " + string(b.obs))
	for d, m := range b.masks {
		fmt.Fprintf(&sb, " %s=%b", dimNames[d], m)
	}
	return sb.String()
}

type attacker struct {
	threshold int64
	zeros     bool
	full      [nDims]uint16
	sexes     []workforce.Sex
	cadres    []workforce.Cadre
	sectors   []workforce.Sector // "" for not recorded, when some group has none
	bands     []indicators.AgeBand
	known     map[box]int64
	targets   map[box]bool
	terms     [nDims][]uint16
	// measureMasks are the value sets the indicators' measures keep
	// (female, government, qualified, front-line, …), per dimension.
	measureMasks [nDims][]uint16
	children     map[string][]string
	parent       map[string]string
	groups       []indicators.TallyGroup
}

func index[T comparable](vs []T, v T) int { return slices.Index(vs, v) }

// Audit runs the attacker on rep. groups are the worker groups of the
// tally the report was evaluated from ([indicators.Tally.Groups]); for a
// report from aggregate figures pass nil (no remainder is then known). It
// returns every target recovered with a value from 1 to threshold − 1 (or
// 0 with SuppressZeros); targets are the counts of every result (published
// or withheld), the complement of every share (denominator − numerator)
// and the own-level remainders of their boxes.
func Audit(rep indicators.Report, groups []indicators.TallyGroup) []Leak {
	if rep.Disclosure == nil {
		return nil
	}
	a := &attacker{
		threshold: rep.Disclosure.Threshold, zeros: rep.Disclosure.SuppressZeros,
		sexes: workforce.SexValues(), cadres: workforce.CadreValues(), sectors: workforce.SectorValues(),
		bands: indicators.AgeBandValues(), known: map[box]int64{}, targets: map[box]bool{},
		children: map[string][]string{}, parent: map[string]string{}, groups: groups,
	}
	for _, g := range groups {
		if g.Sector == "" {
			a.sectors = append(a.sectors, "")
			break
		}
	}
	a.full = [nDims]uint16{
		1<<len(a.sexes) - 1, 1<<len(a.cadres) - 1, 1<<len(a.sectors) - 1, 1<<len(a.bands) - 1, 3, 7,
	}
	for _, ar := range rep.Areas {
		if ar.Parent != "" {
			a.children[string(ar.Parent)] = append(a.children[string(ar.Parent)], string(ar.Code))
			a.parent[string(ar.Code)] = string(ar.Parent)
		}
	}
	var shares [][2]box
	for _, r := range rep.Results {
		num, den, hasNum, hasDen, share := a.boxes(r)
		published := r.Status != indicators.StatusSuppressed
		for _, x := range []struct {
			b   box
			has bool
			v   workforce.Decimal
		}{{num, hasNum, r.Numerator}, {den, hasDen, r.Denominator}} {
			if !x.has || a.empty(x.b) {
				continue
			}
			a.targets[x.b] = true
			if published && !x.v.IsZero() {
				a.known[x.b] = a.count(x.v, x.b.fte)
			}
		}
		if share && hasNum && hasDen {
			shares = append(shares, [2]box{num, den})
		}
		if r.Indicator == indicators.SSWGrowth && hasDen {
			// den: the stock at the start; num: end − start.
			w := den
			w.obs = indicators.ObservedActive
			a.targets[w] = true
			if published && !r.Numerator.IsZero() && !r.Denominator.IsZero() {
				a.known[w] = a.count(r.Numerator, w.fte) + a.count(r.Denominator, w.fte)
			}
		}
		if r.Indicator == indicators.RetAttrition && hasNum {
			for _, obs := range []indicators.TallyObservation{indicators.ObservedPeriodStart, indicators.ObservedActive} {
				b := num
				b.obs = obs
				a.targets[b] = true
			}
		}
	}
	// Terms: every value, single values, the value sets of the measures
	// the counts use and their complements, and the shares' complements.
	for d := range nDims {
		set := map[uint16]bool{a.full[d]: true}
		for v := range bits.Len16(a.full[d]) {
			set[1<<v] = true
		}
		for _, m := range a.measureMasks[d] {
			set[m] = true
			set[a.full[d]&^m] = true
		}
		for _, s := range shares {
			if s[0].masks[d] != s[1].masks[d] {
				set[s[1].masks[d]&^s[0].masks[d]] = true
			}
		}
		delete(set, 0)
		for m := range set {
			a.terms[d] = append(a.terms[d], m)
		}
		slices.Sort(a.terms[d])
	}
	for _, s := range shares {
		num, den := s[0], s[1]
		diff := -1
		for d := range nDims {
			if num.masks[d] != den.masks[d] {
				if diff >= 0 || num.masks[d]&^den.masks[d] != 0 {
					diff = -2
					break
				}
				diff = d
			}
		}
		if diff >= 0 {
			c := den
			c.masks[diff] = den.masks[diff] &^ num.masks[diff]
			a.targets[c] = true
		}
	}
	a.remainders()
	return a.run()
}

// boxes returns the boxes of a result's numerator and denominator, and
// whether the result is a share (numerator part of the denominator).
func (a *attacker) boxes(r indicators.IndicatorResult) (num, den box, hasNum, hasDen, share bool) {
	if r.Scope == indicators.ScopePositions || r.Scope == "" {
		return
	}
	base := box{area: string(r.Cell.Area), fte: r.Scope == indicators.ScopeFTE, obs: indicators.ObservedActive, masks: a.full}
	c := r.Cell
	if c.Sex != "" {
		base.masks[dSex] = 1 << index(a.sexes, c.Sex)
	}
	if c.Cadre != "" && r.Indicator != indicators.SSWShareCadre {
		base.masks[dCadre] = 1 << index(a.cadres, c.Cadre)
	}
	if c.Sector != "" {
		base.masks[dSector] = 1 << index(a.sectors, c.Sector)
	}
	if c.AgeBand != "" {
		base.masks[dAge] = 1 << index(a.bands, c.AgeBand)
	}
	if c.Qualification != "" {
		base.masks[dQual] = 1 << index(indicators.QualificationGroupValues(), c.Qualification)
	}
	// with restricts the cell to a measure's values on one dimension,
	// and notes them: the measures' value sets are terms.
	with := func(d int, m uint16) box {
		a.measureMasks[d] = append(a.measureMasks[d], m)
		b := base
		b.masks[d] &= m
		return b
	}
	workers := base
	qualified := func() box { return with(dQual, 1) }
	licensed := func() box { return with(dLic, 6) }
	frontline := func() box {
		return with(dCadre, a.full[dCadre]&^(1<<index(a.cadres, workforce.CadreSupervisor)|1<<index(a.cadres, workforce.CadreEducator)))
	}
	switch r.Indicator {
	case indicators.SSWDenPop, indicators.SSWDenChild, indicators.SSWPerUnit:
		return workers, box{}, true, false, false
	case indicators.SWDenPop, indicators.SWDenChild:
		return qualified(), box{}, true, false, false
	case indicators.SSWPopPerWorker, indicators.SSWChildPerWorker:
		return box{}, workers, false, true, false
	case indicators.SSWShareGov:
		return with(dSector, 1<<index(a.sectors, workforce.SectorGovernment)), workers, true, true, true
	case indicators.SSWShareCadre:
		return with(dCadre, 1<<index(a.cadres, c.Cadre)), workers, true, true, true
	case indicators.SSWShareFemale:
		return with(dSex, 1<<index(a.sexes, workforce.SexFemale)), workers, true, true, true
	case indicators.SSWQualSW:
		return qualified(), workers, true, true, true
	case indicators.SWLicShare:
		q := qualified()
		l := licensed()
		q.masks[dLic] &= l.masks[dLic]
		return q, qualified(), true, true, true
	case indicators.CPDCompl:
		return with(dLic, 4), licensed(), true, true, true
	case indicators.SupRatio:
		return frontline(), with(dCadre, 1<<index(a.cadres, workforce.CadreSupervisor)), true, true, false
	case indicators.RetAttrition:
		l := workers
		l.obs = indicators.ObservedLeaver
		return l, box{}, true, false, false
	case indicators.SSWGrowth:
		s := workers
		s.obs = indicators.ObservedPeriodStart
		return box{}, s, false, true, false
	case indicators.SSWAgeMedian:
		return with(dAge, a.full[dAge]&^(1<<index(a.bands, indicators.AgeUnknown))), box{}, true, false, false
	}
	return
}

func (a *attacker) empty(b box) bool {
	for _, m := range b.masks {
		if m == 0 {
			return true
		}
	}
	return false
}

func (a *attacker) count(v workforce.Decimal, fte bool) int64 {
	d := v.Decimal()
	if fte {
		d = d.Shift(2)
	}
	return d.IntPart()
}

func (a *attacker) sensitive(v int64, fte bool) bool {
	if v == 0 {
		return a.zeros
	}
	limit := a.threshold
	if fte {
		limit *= 100
	}
	return v > 0 && v < limit
}

// remainders computes the own-level remainder of every target's box at
// every area with children: known when not sensitive, a target otherwise.
func (a *attacker) remainders() {
	if a.groups == nil {
		return
	}
	byArea := map[string][]indicators.TallyGroup{}
	for _, g := range a.groups {
		byArea[string(g.Area)] = append(byArea[string(g.Area)], g)
	}
	profiles := map[box]bool{}
	for b := range a.targets {
		p := b
		p.area = ""
		profiles[p] = true
	}
	for area := range a.children {
		for p := range profiles {
			o := p
			o.area, o.own = area, true
			var sum int64
			for _, g := range byArea[area] {
				if g.Observation != p.obs || !a.inGroup(p, g) {
					continue
				}
				if p.fte {
					sum += g.FTEHundredths
				} else {
					sum += g.Workers
				}
			}
			if a.sensitive(sum, p.fte) {
				a.targets[o] = true
			} else {
				a.known[o] = sum
			}
		}
	}
}

func (a *attacker) inGroup(p box, g indicators.TallyGroup) bool {
	band := indicators.AgeUnknown
	if g.AgeKnown {
		band = indicators.AgeBandOf(g.Age)
	}
	q := 1
	if g.Qualified {
		q = 0
	}
	l := 0
	if g.Licensed {
		l = 1
		if g.CPDCompliant {
			l = 2
		}
	}
	vals := [nDims]int{index(a.sexes, g.Sex), index(a.cadres, g.Cadre), index(a.sectors, g.Sector), index(a.bands, band), q, l}
	for d, v := range vals {
		if v < 0 || p.masks[d]&(1<<v) == 0 {
			return false
		}
	}
	return true
}

// partitions lists the partitions of term t of dimension d into at least
// two terms.
func (a *attacker) partitions(d int, t uint16) [][]uint16 {
	var out [][]uint16
	var rec func(rest uint16, acc []uint16)
	rec = func(rest uint16, acc []uint16) {
		if rest == 0 {
			if len(acc) >= 2 {
				out = append(out, slices.Clone(acc))
			}
			return
		}
		low := rest & -rest
		for _, s := range a.terms[d] {
			if s&low != 0 && s&rest == s && s != t {
				rec(rest&^s, append(acc, s))
			}
		}
	}
	rec(t, nil)
	return out
}

// relation is total = Σ parts.
type relation struct {
	total box
	parts []box
}

// relationsOf lists every relation b takes part in, as total or part.
func (a *attacker) relationsOf(b box, cache map[[2]uint16][][]uint16) []relation {
	var out []relation
	for d := range nDims {
		for _, t := range a.terms[d] {
			if t&b.masks[d] != b.masks[d] {
				continue
			}
			key := [2]uint16{uint16(d), t}
			ps, ok := cache[key]
			if !ok {
				ps = a.partitions(d, t)
				cache[key] = ps
			}
			for _, p := range ps {
				if t != b.masks[d] && !slices.Contains(p, b.masks[d]) {
					continue
				}
				r := relation{total: b}
				r.total.masks[d] = t
				for _, m := range p {
					x := b
					x.masks[d] = m
					r.parts = append(r.parts, x)
				}
				out = append(out, r)
			}
		}
	}
	if b.own {
		return nil // a remainder is only the rest of its area
	}
	area := func(x box) relation {
		r := relation{total: x}
		o := x
		o.own = true
		r.parts = append(r.parts, o)
		for _, c := range a.children[x.area] {
			y := x
			y.area = c
			r.parts = append(r.parts, y)
		}
		return r
	}
	if len(a.children[b.area]) > 0 {
		out = append(out, area(b))
	}
	if p, ok := a.parent[b.area]; ok {
		x := b
		x.area = p
		out = append(out, area(x))
	}
	return out
}

func (a *attacker) run() []Leak {
	cache := map[[2]uint16][][]uint16{}
	recovered := map[box]int64{}
	how := map[box]relation{}
	value := func(x box) (int64, bool) {
		if a.empty(x) {
			return 0, true
		}
		v, ok := a.known[x]
		return v, ok
	}
	// Every known box is examined once, when it becomes known: a relation
	// fires when its last but one term becomes known, and that term's
	// examination finds it.
	var queue []box
	for b := range a.known {
		if !b.own {
			queue = append(queue, b)
		}
	}
	sort.Slice(queue, func(i, j int) bool { return queue[i].String() < queue[j].String() })
	var cur relation
	learn := func(x box, v int64) {
		a.known[x] = v
		recovered[x] = v
		how[x] = cur
		queue = append(queue, x)
	}
	for len(queue) > 0 {
		b := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, r := range a.relationsOf(b, cache) {
			cur = r
			tv, tk := value(r.total)
			var sum int64
			var unknown []box
			for _, p := range r.parts {
				if v, ok := value(p); ok {
					sum += v
				} else {
					unknown = append(unknown, p)
				}
			}
			switch {
			case tk && len(unknown) == 1:
				learn(unknown[0], tv-sum)
			case !tk && len(unknown) == 0:
				learn(r.total, sum)
			}
		}
	}
	var leaks []Leak
	for b, v := range recovered {
		if a.targets[b] && a.sensitive(v, b.fte) {
			leaks = append(leaks, Leak{Box: b.String(), Value: v, Via: explain(b, how, recovered, a.known)})
		}
	}
	sort.Slice(leaks, func(i, j int) bool { return leaks[i].Box < leaks[j].Box })
	return leaks
}

// explain lists the chain of recoveries behind b (at most 12 steps).
func explain(b box, how map[box]relation, recovered, known map[box]int64) []string {
	var out []string
	seen := map[box]bool{}
	queue := []box{b}
	for len(queue) > 0 && len(out) < 12 {
		x := queue[0]
		queue = queue[1:]
		r, ok := how[x]
		if !ok || seen[x] {
			continue
		}
		seen[x] = true
		line := fmt.Sprintf("[%s = %d] from %s (%d) =", x, recovered[x], r.total, known[r.total])
		for _, p := range r.parts {
			line += fmt.Sprintf(" + %s (%d)", p, known[p])
			if _, derived := how[p]; derived && p != x {
				queue = append(queue, p)
			}
		}
		if _, derived := how[r.total]; derived && r.total != x {
			queue = append(queue, r.total)
		}
		out = append(out, line)
	}
	return out
}
