package indicators

import (
	"cmp"
	"slices"

	"github.com/sswkit/ssw/workforce"
)

// ckey names one person count: a measure of a cell in a scope.
type ckey struct {
	cell  int32
	m     uint8
	scope uint8
}

func (a ckey) compare(b ckey) int {
	if c := cmp.Compare(a.cell, b.cell); c != 0 {
		return c
	}
	if c := cmp.Compare(a.scope, b.scope); c != 0 {
		return c
	}
	return cmp.Compare(a.m, b.m)
}

// sdcLine is one additive relation among counts: the members (and, when
// remainder is set, one more member that is never published, whose value
// is remValue) add up to the total. Counts are indexes into the state
// list; members are flat[from:to].
type sdcLine struct {
	total     int32
	from, to  int32
	remainder bool
	remValue  int64
	remScale  uint8
}

type sdcState struct {
	published, suppressed bool
	scale                 uint8
	value                 int64
}

// disclose applies the disclosure policy to the results.
//
// Every result names the person counts it publishes (its sensitive
// counts). The same count published by several results (the female
// head-count of an area, as SSW-SHARE-FEMALE's numerator and as the
// sex breakdown of SSW-DEN-POP) is one count. Then:
//
//  1. primary: every published count c with 0 < c < threshold (or 0,
//     with SuppressZeros) is suppressed;
//  2. the additive relations among counts are listed: an area's count
//     and its children's (the area's own-level remainder is treated as
//     known, conservatively); a cross area's count and its breakdown
//     counts; within one cell, a count and a subset of it with the rest
//     (workers = qualified + rest, workers = female + rest, …);
//  3. a relation in which exactly one member is unknown (suppressed or
//     never published) discloses it by subtraction; when that member is
//     suppressed, or is unpublished with a value the primary rule
//     protects, the smallest non-zero published member of the relation
//     is suppressed too (ties: the first in the relation, the total last);
//  4. step 3 repeats until no relation discloses;
//  5. every result publishing a suppressed count is suppressed, its
//     counts and value removed.
func (e *evaluator) disclose() {
	p := *e.opts.Disclosure
	n := int32(len(e.frame.codes))
	index := map[ckey]int32{}
	var states []sdcState
	value := func(k ckey) (int64, bool) {
		set := &e.cells[k.cell].sets[k.scope]
		return set.v[k.m], set.has(int(k.m))
	}
	get := func(k ckey) int32 {
		if i, ok := index[k]; ok {
			return i
		}
		v, _ := value(k)
		i := int32(len(states))
		states = append(states, sdcState{value: v, scale: scopeScale(int(k.scope))})
		index[k] = i
		return i
	}
	// canonical maps a count of an area cell that a breakdown cell also
	// holds to that breakdown cell.
	canonical := func(k ckey) ckey {
		if k.cell >= n || e.crossBlock[k.cell] < 0 {
			return k
		}
		slot := -1
		switch m := int(k.m); {
		case m == mFemale && k.scope != sPositions:
			slot = slotSex + idxFemale - 1
		case m == mGovernment:
			slot = slotSector + idxGov - 1
		case m == mSupervisors:
			slot = slotCadre + idxSup - 1
		case m >= mCadre && m < mCadre+numCadre:
			slot = slotCadre + m - mCadre
		case m == mQualified && k.scope != sPositions:
			slot = slotQual
		}
		if slot < 0 {
			return k
		}
		return ckey{cell: e.crossCell(k.cell, slot), m: mWorkers, scope: k.scope}
	}
	resultKeys := make([][]int32, len(e.results))
	var published []ckey
	for i, refs := range e.sens {
		for _, r := range refs {
			k := canonical(ckey{cell: r.cell, m: r.measure, scope: r.scope})
			si := get(k)
			resultKeys[i] = append(resultKeys[i], si)
			if !states[si].published {
				states[si].published = true
				published = append(published, k)
			}
		}
	}
	// Step 1.
	for i := range states {
		if st := &states[i]; p.sensitive(st.value, st.scale) {
			st.suppressed = true
		}
	}
	slices.SortFunc(published, ckey.compare)
	// Step 2.
	var lines []sdcLine
	var flat []int32
	addLine := func(total ckey, members []ckey, remainder bool) {
		tv, ok := value(total)
		if !ok {
			return
		}
		var sum int64
		for i, m := range members {
			members[i] = canonical(m)
			v, ok := value(members[i])
			if !ok {
				return
			}
			sum += v
		}
		l := sdcLine{total: get(total), from: int32(len(flat)), remainder: remainder}
		for _, m := range members {
			flat = append(flat, get(m))
		}
		l.to = int32(len(flat))
		if remainder {
			l.remValue, l.remScale = tv-sum, scopeScale(int(total.scope))
		}
		lines = append(lines, l)
	}
	f := e.frame
	members := make([]ckey, 0, 16)
	for _, t := range published {
		cell, m, s := t.cell, int(t.m), t.scope
		area, slot := cell, -1
		if cell >= n {
			b := (cell - n) / dimSlots
			area, slot = e.crossAreas[b], int((cell-n)%dimSlots)
		}
		// Area relation.
		if ch := f.children[area]; len(ch) > 0 {
			ok := true
			members = members[:0]
			for _, c := range ch {
				mc := c
				if slot >= 0 {
					if e.crossBlock[c] < 0 {
						ok = false
						break
					}
					mc = e.crossCell(c, slot)
				}
				members = append(members, ckey{cell: mc, m: t.m, scope: s})
			}
			if ok {
				addLine(t, members, false)
			}
		}
		// Breakdown relations of a cross area's total.
		if slot < 0 && e.crossBlock[area] >= 0 {
			for _, sd := range slotDims {
				if s == sPositions && sd.dim != ByCadre && sd.dim != BySector {
					continue
				}
				members = members[:0]
				for v := range sd.n {
					members = append(members, ckey{cell: e.crossCell(area, sd.first+v), m: t.m, scope: s})
				}
				addLine(t, members, false)
			}
		}
		// Subset relations within the cell.
		for _, sub := range subsetsOf(m, s) {
			members = members[:0]
			for _, x := range sub {
				members = append(members, ckey{cell: cell, m: uint8(x), scope: s})
			}
			addLine(t, members, true)
		}
	}
	// Steps 3 and 4.
	for changed := true; changed; {
		changed = false
		for li := range lines {
			l := &lines[li]
			unknown, u := 0, int32(-1)
			visit := func(i int32) {
				if st := &states[i]; !st.published || st.suppressed {
					unknown++
					u = i
				}
			}
			visit(l.total)
			for _, i := range flat[l.from:l.to] {
				visit(i)
			}
			var leak bool
			switch {
			case l.remainder:
				unknown++
				leak = unknown == 1 && p.sensitive(l.remValue, l.remScale)
			case unknown == 1:
				st := &states[u]
				leak = st.suppressed || p.sensitive(st.value, st.scale)
			}
			if !leak {
				continue
			}
			best := int32(-1)
			consider := func(i int32) {
				st := &states[i]
				if !st.published || st.suppressed || (st.value == 0 && !p.SuppressZeros) {
					return
				}
				if best < 0 || st.value < states[best].value {
					best = i
				}
			}
			for _, i := range flat[l.from:l.to] {
				consider(i)
			}
			consider(l.total)
			if best >= 0 {
				states[best].suppressed = true
				changed = true
			}
		}
	}
	// Step 5.
	for i := range e.results {
		for _, si := range resultKeys[i] {
			if states[si].suppressed {
				r := &e.results[i]
				r.Status = StatusSuppressed
				r.Numerator, r.Denominator, r.Value, r.Exact = workforce.Decimal{}, workforce.Decimal{}, workforce.Decimal{}, false
				r.Notes = append(r.Notes, "suppressed by disclosure control (threshold "+itoa(p.Threshold)+")")
				break
			}
		}
	}
}

// subsetsOf lists, for a total measure, the groups of measures of the
// same cell that add up to part of it (the rest being unpublished).
func subsetsOf(m int, scope uint8) [][]int {
	switch m {
	case mWorkers:
		out := [][]int{{mGovernment}, {mFrontline, mSupervisors}}
		for c := range numCadre {
			out = append(out, []int{mCadre + c})
		}
		if scope != sPositions {
			out = append(out, []int{mQualified}, []int{mFemale}, []int{mLicensed})
		}
		return out
	case mQualified:
		return [][]int{{mQualLicensed}}
	case mLicensed:
		return [][]int{{mCPDMet}}
	}
	return nil
}
