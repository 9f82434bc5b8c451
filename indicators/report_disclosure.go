package indicators

import (
	"math/bits"
	"slices"

	"github.com/sswkit/ssw/workforce"
)

// The disclosure model of a report.
//
// Every person count a report publishes is a box: the workers (in one
// scope and observation: active, at the period start, leavers) of an area
// and of every area below it whose attributes lie in a set of values on
// each dimension: sex, cadre, sector, age band, qualification and licence
// (not licensed; licensed, not meeting the CPD rule; licensed and meeting
// it). A breakdown cell fixes one value of one dimension; a measure
// (female, government, qualified, …) restricts one or two dimensions
// ([measureModel]). The same box published by several results (the female
// head-count of an area, as SSW-SHARE-FEMALE's numerator and as the sex
// breakdown of SSW-DEN-POP; government workers of one sex, and female
// workers of the government sector) is one count.
//
// The terms of a dimension are the sets of values boxes may hold on it:
// every value, each single value, the sets of the measures the report
// publishes and their complements (the rest of a count beside a subset of
// it, den − num of each share). The relations a reader can infer are the
// additive ones among boxes that differ in one dimension (a box is the
// sum of the boxes that split its term into other terms, in every way),
// and in the area: an area's box is the sum of its children's and of its
// own-level remainder (the workers at posts of the area itself).
//
// Only the profiles (value sets per dimension) that may ever become known
// in an area are instantiated there: the closure of the profiles the
// area publishes under the relations along the dimensions, widened to a
// fixed point along the area relations (sdcModel.closure, newSDCGraph).

// Dimensions of the disclosure model.
const (
	dSex = iota
	dCadre
	dSector
	dAge
	dQual
	dLic
	// The dimensions of the NHWA-aligned measures: nationality and
	// training (0 national, 1 foreign, 2 not recorded), the main
	// employment's type (table order; numEmpType not recorded), part-time
	// (0 no, 1 yes), entry (0 no, 1 an entrant) and exit (0 another
	// reason, 1 voluntary, 2 involuntary). A dimension no published count
	// restricts has one term, every value: its relations could only ever
	// relate unknown counts.
	dNat
	dTrain
	dEmp
	dPart
	dEntry
	dExit
	// dSetting is the setting of the group's area (urban, rural, mixed,
	// not recorded: the [BySetting] breakdown).
	dSetting
	numDims
)

// firstNHWADim is the first dimension that has a term of its own only
// when a published count restricts it.
const firstNHWADim = dNat

// Value indexes of the dimensions: sex, cadre, sector and age band follow
// the workforce tables (index − 1); sector value 6 is "not recorded" (a
// group fed without one); qualification 0 qualified, 1 not; licence 0 not
// licensed, 1 licensed and not meeting the CPD rule, 2 licensed and
// meeting it.
const (
	licNone = iota
	licNoCPD
	licCPD
)

// Bit layout of a profile (uint64): one value mask per dimension, the
// observation and the scope (0 head-count, 1 FTE).
var (
	dimShift = [numDims]uint{0, 4, 10, 17, 24, 26, 29, 32, 35, 41, 43, 45, 48}
	dimWidth = [numDims]uint{numSex, numCadre, numSector + 1, numAgeBand, 2, 3, 3, 3, numEmpType + 1, 2, 2, 3, numSetting}
)

const (
	profObsShift   = 52
	profScopeShift = 54
)

// measureModel gives, for each measure of the head-count and FTE scopes,
// its observation and the values it keeps on each dimension (0: every
// value). It is the one statement of which measure is part of which: the
// disclosure model and the consistency checks of aggregate figures read it.
var measureModel = [numMeasures]struct {
	obs    uint8
	masks  [numDims]uint8
	person bool // a person count of the head-count and FTE scopes
}{
	mWorkers:        {person: true},
	mQualified:      {person: true, masks: [numDims]uint8{dQual: 1}},
	mLicensed:       {person: true, masks: [numDims]uint8{dLic: 1<<licNoCPD | 1<<licCPD}},
	mQualLicensed:   {person: true, masks: [numDims]uint8{dQual: 1, dLic: 1<<licNoCPD | 1<<licCPD}},
	mCPDMet:         {person: true, masks: [numDims]uint8{dLic: 1 << licCPD}},
	mFemale:         {person: true, masks: [numDims]uint8{dSex: 1 << (idxFemale - 1)}},
	mGovernment:     {person: true, masks: [numDims]uint8{dSector: 1 << (idxGov - 1)}},
	mFrontline:      {person: true, masks: [numDims]uint8{dCadre: (1<<numCadre - 1) &^ (1<<(idxSup-1) | 1<<(idxEdu-1))}},
	mSupervisors:    {person: true, masks: [numDims]uint8{dCadre: 1 << (idxSup - 1)}},
	mCadre + 0:      {person: true, masks: [numDims]uint8{dCadre: 1 << 0}},
	mCadre + 1:      {person: true, masks: [numDims]uint8{dCadre: 1 << 1}},
	mCadre + 2:      {person: true, masks: [numDims]uint8{dCadre: 1 << 2}},
	mCadre + 3:      {person: true, masks: [numDims]uint8{dCadre: 1 << 3}},
	mCadre + 4:      {person: true, masks: [numDims]uint8{dCadre: 1 << 4}},
	mCadre + 5:      {person: true, masks: [numDims]uint8{dCadre: 1 << 5}},
	mStart:          {person: true, obs: obsStart},
	mLeavers:        {person: true, obs: obsLeaver},
	mAgesKnown:      {person: true, masks: [numDims]uint8{dAge: 1<<(numAgeBand-1) - 1}},
	mForeignNat:     {person: true, masks: [numDims]uint8{dNat: 1 << 1}},
	mNatKnown:       {person: true, masks: [numDims]uint8{dNat: 1<<0 | 1<<1}},
	mForeignTrained: {person: true, masks: [numDims]uint8{dTrain: 1 << 1}},
	mTrainKnown:     {person: true, masks: [numDims]uint8{dTrain: 1<<0 | 1<<1}},
	mPartTime:       {person: true, masks: [numDims]uint8{dPart: 1 << 1}},
	mEmpType + 0:    {person: true, masks: [numDims]uint8{dEmp: 1 << 0}},
	mEmpType + 1:    {person: true, masks: [numDims]uint8{dEmp: 1 << 1}},
	mEmpType + 2:    {person: true, masks: [numDims]uint8{dEmp: 1 << 2}},
	mEmpType + 3:    {person: true, masks: [numDims]uint8{dEmp: 1 << 3}},
	mEmpType + 4:    {person: true, masks: [numDims]uint8{dEmp: 1 << 4}},
	mEntrants:       {person: true, masks: [numDims]uint8{dEntry: 1 << 1}},
	mExitVoluntary:  {person: true, obs: obsLeaver, masks: [numDims]uint8{dExit: 1 << 1}},
	mExitInvol:      {person: true, obs: obsLeaver, masks: [numDims]uint8{dExit: 1 << 2}},
	mNotPractising:  {person: true, obs: obsRegistered},
}

// slotDim maps a breakdown slot to its dimension and value.
func slotDim(slot int) (d, v int) {
	switch {
	case slot < slotCadre:
		return dSex, slot - slotSex
	case slot < slotSector:
		return dCadre, slot - slotCadre
	case slot < slotAge:
		return dSector, slot - slotSector
	case slot < slotQual:
		return dAge, slot - slotAge
	case slot < slotSetting:
		return dQual, slot - slotQual
	}
	return dSetting, slot - slotSetting
}

type profile uint64

func (p profile) mask(d int) uint8 { return uint8(uint64(p) >> dimShift[d] & (1<<dimWidth[d] - 1)) }

func (p profile) with(d int, m uint8) profile {
	field := uint64(1<<dimWidth[d]-1) << dimShift[d]
	return profile(uint64(p)&^field | uint64(m)<<dimShift[d])
}

func (p profile) scope() uint8 { return uint8(uint64(p) >> profScopeShift & 1) }

// sdcModel is the disclosure model of one evaluation.
type sdcModel struct {
	p     DisclosurePolicy
	full  [numDims]uint8 // the mask of every value, per dimension
	terms [numDims][]uint8
	rels  [numDims][]sdcRel
	// relsOf[d][mask] lists the relations of dimension d holding the term.
	relsOf [numDims][128][]int32
	// profiles
	pids     map[profile]int32
	profs    []profile
	targetPr []bool // the profile of a target box somewhere
	// insts[pid] caches the relations along the dimensions that hold the
	// profile, each as the profiles of its terms, the total first.
	insts [][][]int32
	inSet []bool // scratch of closure, by profile
}

// instances returns the relations along the dimensions holding profile
// id (see insts).
func (md *sdcModel) instances(id int32) [][]int32 {
	for int(id) >= len(md.insts) {
		md.insts = append(md.insts, nil)
	}
	if md.insts[id] != nil {
		return md.insts[id]
	}
	p := md.profs[id]
	out := [][]int32{}
	for d := range numDims {
		for _, ri := range md.relsOf[d][p.mask(d)] {
			r := &md.rels[d][ri]
			t := make([]int32, 0, 1+len(r.parts))
			t = append(t, md.pid(p.with(d, r.total)))
			for _, pt := range r.parts {
				t = append(t, md.pid(p.with(d, pt)))
			}
			out = append(out, t)
		}
	}
	for int(id) >= len(md.insts) {
		md.insts = append(md.insts, nil)
	}
	md.insts[id] = out
	return out
}

// sdcRel is an additive relation along one dimension: total = Σ parts.
type sdcRel struct {
	total uint8
	parts []uint8
}

// measureProfile returns the profile of measure m in breakdown slot slot
// (-1 for none) in scope si, and false when the box is empty (female
// workers of the male cell) or the count is not a person count.
func (md *sdcModel) measureProfile(m, slot, si int) (profile, bool) {
	spec := &measureModel[m]
	if !spec.person || si == sPositions {
		return 0, false
	}
	var p uint64
	for d := range numDims {
		mk := spec.masks[d]
		if mk == 0 {
			mk = md.full[d]
		}
		if slot >= 0 {
			if sd, v := slotDim(slot); sd == d {
				mk &= 1 << v
			}
		}
		if mk == 0 {
			return 0, false
		}
		p |= uint64(mk) << dimShift[d]
	}
	p |= uint64(spec.obs) << profObsShift
	if si == sFTE {
		p |= 1 << profScopeShift
	}
	return profile(p), true
}

func (md *sdcModel) pid(p profile) int32 {
	if i, ok := md.pids[p]; ok {
		return i
	}
	i := int32(len(md.profs))
	md.pids[p] = i
	md.profs = append(md.profs, p)
	md.targetPr = append(md.targetPr, false)
	return i
}

// buildTerms lists the terms and relations of each dimension from the
// measures published and the shares' pairs: see the type comment.
func (md *sdcModel) buildTerms(measureMasks [numDims][]uint8, complements [numDims][]uint8) {
	var restricted [numDims]bool // some published count restricts the dimension
	for _, p := range md.profs {
		for d := range numDims {
			restricted[d] = restricted[d] || p.mask(d) != md.full[d]
		}
	}
	for d := range numDims {
		full := md.full[d]
		set := map[uint8]bool{full: true}
		if d >= firstNHWADim && !restricted[d] && len(measureMasks[d]) == 0 && len(complements[d]) == 0 {
			md.terms[d] = []uint8{full}
			continue
		}
		for v := range bits.Len8(full) {
			set[1<<v] = true
		}
		for _, m := range measureMasks[d] {
			set[m] = true
			if c := full &^ m; c != 0 {
				set[c] = true
			}
		}
		for _, c := range complements[d] {
			set[c] = true
		}
		terms := make([]uint8, 0, len(set))
		for t := range set {
			terms = append(terms, t)
		}
		slices.Sort(terms)
		md.terms[d] = terms
		// Every partition of a term into two or more terms.
		for _, t := range terms {
			var rec func(rest uint8, acc []uint8)
			rec = func(rest uint8, acc []uint8) {
				if rest == 0 {
					if len(acc) >= 2 {
						md.rels[d] = append(md.rels[d], sdcRel{total: t, parts: slices.Clone(acc)})
					}
					return
				}
				low := rest & -rest
				for _, s := range terms {
					if s&low != 0 && s&rest == s && s != t {
						rec(rest&^s, append(acc, s))
					}
				}
			}
			rec(t, nil)
		}
		for i, r := range md.rels[d] {
			md.relsOf[d][r.total] = append(md.relsOf[d][r.total], int32(i))
			for _, pt := range r.parts {
				md.relsOf[d][pt] = append(md.relsOf[d][pt], int32(i))
			}
		}
	}
}

// closure returns the profiles derivable, by the relations along the
// dimensions, from the profiles in set (sorted), itself sorted. It is an
// over-approximation of what may become known in one area: every profile
// in the set is taken as known.
func (md *sdcModel) closure(set []int32) []int32 {
	out := slices.Clone(set)
	in := func(id int32) bool { return int(id) < len(md.inSet) && md.inSet[id] }
	mark := func(id int32) {
		for int(id) >= len(md.inSet) {
			md.inSet = append(md.inSet, false)
		}
		md.inSet[id] = true
	}
	for _, p := range set {
		mark(p)
	}
	for q := 0; q < len(out); q++ {
		for _, t := range md.instances(out[q]) {
			unknown, n := int32(-1), 0
			for _, id := range t {
				if !in(id) {
					unknown = id
					if n++; n > 1 {
						break
					}
				}
			}
			if n == 1 {
				mark(unknown)
				out = append(out, unknown)
			}
		}
	}
	for _, p := range out {
		md.inSet[p] = false
	}
	slices.Sort(out)
	return out
}

// disclose applies the disclosure policy to the results.
//
//  1. Every person count a result publishes (numerator and denominator:
//     head-counts and FTE; counts of posts are not person counts) is a
//     box of the model; the targets are these boxes, the complements of
//     the shares (denominator − numerator) and the own-level remainders
//     of target profiles.
//  2. Primary suppression withholds every published count c with 0 < c
//     < Threshold (hundredths for FTE), or 0 with SuppressZeros.
//  3. The attacker knows the published counts that are not withheld, and
//     every own-level remainder that is not itself below the threshold
//     (conservatively: an agency may know its own staff), and the counts
//     of a setting no area in the box has, which are zeros the areas'
//     settings give even when zeros are suppressed. Repeatedly, in
//     any relation whose terms are known but one, it recovers that one;
//     in any relation whose known parts already add up to its known
//     total, it recovers the unknown parts as zeros. This runs to a fixed
//     point across all relations at once.
//  4. When a target below the threshold (or a protected zero) is
//     recovered, one more published count is withheld: among the counts
//     its recovery rests on (in the relation that recovered it and,
//     recursively, in the recoveries of that relation's recovered
//     terms), the most detailed (deepest area, most restricted
//     dimensions: totals and headline figures are spared), then the
//     smallest non-zero one, then the first. Step 3 runs again, until
//     nothing below the threshold is recovered; each round withholds at
//     least one more count, so it ends.
//  5. Every result publishing a withheld count is suppressed, its counts
//     and value removed.
func (e *evaluator) disclose() {
	g := newSDCGraph(e)
	if g == nil {
		return
	}
	g.protect()
	note := "suppressed by disclosure control (threshold " + itoa(e.opts.Disclosure.Threshold) + ")"
	for i := range e.sens {
		for _, v := range g.refVar[g.refOff[i]:g.refOff[i+1]] {
			if v < 0 || !g.suppressed[v] {
				continue
			}
			res := &e.results[i]
			res.Status = StatusSuppressed
			res.Numerator, res.Denominator, res.Value, res.Exact = workforce.Decimal{}, workforce.Decimal{}, workforce.Decimal{}, false
			res.Notes = append(res.Notes, note)
			break
		}
	}
}

// sdcGraph is the model instantiated on the areas: variables are boxes
// (an area, or an area's own-level remainder, and a profile), relations
// are instances over them.
type sdcGraph struct {
	md   *sdcModel
	e    *evaluator
	p    DisclosurePolicy
	pot  [][]int32 // per area: the profiles that may become known there (sorted)
	base []int32   // per area: the first variable of its profiles
	// the results' published counts, flat: result i's are
	// [refOff[i], refOff[i+1]); pid -1 and var -1 for no person count
	refOff  []int32
	refArea []int32
	refPid  []int32
	refVar  []int32
	// variables
	val        []int64
	scale      []uint8
	published  []bool
	suppressed []bool
	remainder  []bool // own-level remainder, known when not sensitive
	// structural marks the counts of settings that no area in the box
	// has (of a setting other than the area's own, for a remainder):
	// zeros a reader knowing the areas' settings knows beforehand, even
	// when zeros are suppressed.
	structural []bool
	target     []bool
	// detail is how far a variable is from the report's margins: its
	// area's depth in the tree plus the dimensions whose values it
	// restricts.
	detail []int8
	// relations: terms[off[i]:off[i+1]], the total first
	off   []int32
	terms []int32
	// variable → relations
	voff []int32
	vrel []int32
	// atoms of the records path: own groups per area
	atomOff []int32
	atoms   []int32 // indexes into tally worker groups
}

// varAt returns the variable of profile pid in area, if the area's
// layout holds it.
func (g *sdcGraph) varAt(area, pid int32) (int32, bool) {
	pot := g.pot[area]
	i, ok := slices.BinarySearch(pot, pid)
	if !ok {
		return 0, false
	}
	return g.base[area] + int32(i), true
}

func (g *sdcGraph) cellArea(cell int32) (area int32, slot int) {
	n := int32(len(g.e.frame.codes))
	if cell < n {
		return cell, -1
	}
	b := (cell - n) / dimSlots
	return g.e.crossAreas[b], int((cell - n) % dimSlots)
}

// newSDCGraph builds the model of the evaluation's results, or nil when
// they publish no person count.
func newSDCGraph(e *evaluator) *sdcGraph {
	f := e.frame
	n := len(f.codes)
	md := &sdcModel{p: *e.opts.Disclosure, pids: map[profile]int32{}}
	for d := range numDims {
		md.full[d] = uint8(1<<dimWidth[d] - 1)
	}
	if !e.unrecordedSector() {
		md.full[dSector] = 1<<numSector - 1
	}
	if !e.unrecordedEmploymentType() {
		md.full[dEmp] = 1<<numEmpType - 1
	}
	g := &sdcGraph{md: md, e: e, p: md.p}
	// 1. The boxes the results publish, the masks they use, the shares'
	// complements; the target profiles.
	g.refOff = make([]int32, len(e.sens)+1)
	var measureMasks, complements [numDims][]uint8
	addMask := func(list *[]uint8, m uint8) {
		if !slices.Contains(*list, m) {
			*list = append(*list, m)
		}
	}
	pub := make([][]int32, n)
	// profCache[(measure, slot+1, scope)] is the profile id + 1 (0: no
	// person count), or -1 before it is computed.
	profCache := make([]int32, numMeasures*(dimSlots+1)*numScopes)
	var lastArea []int32 // by profile: the area it was last noted in
	for i := range profCache {
		profCache[i] = -1
	}
	for i, refs := range e.sens {
		first := len(g.refPid)
		for _, r := range refs {
			area, slot := g.cellArea(r.cell)
			ck := (int(r.measure)*(dimSlots+1)+slot+1)*numScopes + int(r.scope)
			id := profCache[ck] - 1
			if id == -2 { // not computed yet
				id = -1
				if pr, ok := md.measureProfile(int(r.measure), slot, int(r.scope)); ok {
					id = md.pid(pr)
					md.targetPr[id] = true
					for d, mk := range measureModel[r.measure].masks {
						if mk != 0 && mk != md.full[d] {
							addMask(&measureMasks[d], mk)
						}
					}
				}
				profCache[ck] = id + 1
			}
			if id >= 0 {
				for int(id) >= len(lastArea) {
					lastArea = append(lastArea, -1)
				}
				if lastArea[id] != area {
					lastArea[id] = area // most repeats are in a row
					pub[area] = append(pub[area], id)
				}
			}
			g.refArea = append(g.refArea, area)
			g.refPid = append(g.refPid, id)
		}
		g.refOff[i+1] = int32(len(g.refPid))
		// A share: numerator ⊂ denominator, differing in one dimension.
		if len(refs) == 2 && g.refPid[first] >= 0 && g.refPid[first+1] >= 0 {
			num, den := md.profs[g.refPid[first]], md.profs[g.refPid[first+1]]
			if c, ok := complementOf(num, den); ok {
				for d := range numDims {
					if c.mask(d) != den.mask(d) {
						addMask(&complements[d], c.mask(d))
					}
				}
				md.targetPr[md.pid(c)] = true
			}
		}
	}
	if len(md.profs) == 0 {
		return nil
	}
	md.buildTerms(measureMasks, complements)
	// 2. The profiles each area may come to know.
	g.pot = make([][]int32, n)
	cache := map[string][]int32{}
	var key []byte
	closeSet := func(set []int32) []int32 {
		slices.Sort(set)
		set = slices.Compact(set)
		key = key[:0]
		for _, id := range set {
			key = append(key, byte(id), byte(id>>8), byte(id>>16), byte(id>>24))
		}
		if c, ok := cache[string(key)]; ok {
			return c
		}
		c := md.closure(set)
		cache[string(key)] = c
		return c
	}
	for _, k := range f.bottomUp {
		g.pot[k] = closeSet(pub[k])
	}
	// Area relations may carry a profile from the children to their
	// parent (all children know it) or from the parent to a child (the
	// parent and every other child know it): iterate to a fixed point. A
	// child knows, beforehand, that it has no workers of a setting no
	// area in it has (see structural): such profiles of the parent go
	// down to it.
	//
	// The settings of each area and the areas below it (public: the
	// areas' settings are in the registry's area table).
	settingsBelow := make([]uint8, n)
	for _, k := range f.bottomUp {
		settingsBelow[k] |= 1 << settingSlot(f.setting[k])
		if p := f.parent[k]; p >= 0 {
			settingsBelow[p] |= settingsBelow[k]
		}
	}
	structuralAt := func(k, id int32) bool {
		return e.tally != nil && md.profs[id].mask(dSetting)&settingsBelow[k] == 0
	}
	var count []int32
	for changed := true; changed; {
		changed = false
		for _, a := range f.bottomUp {
			ch := f.children[a]
			if len(ch) == 0 {
				continue
			}
			for len(count) < len(md.profs) {
				count = append(count, 0)
			}
			var seen []int32
			for _, c := range ch {
				for _, id := range g.pot[c] {
					if count[id] == 0 {
						seen = append(seen, id)
					}
					count[id]++
				}
			}
			k := int32(len(ch))
			var up []int32
			for _, id := range seen {
				if count[id] == k {
					if _, ok := slices.BinarySearch(g.pot[a], id); !ok {
						up = append(up, id)
					}
				}
			}
			for _, c := range ch {
				var down []int32
				for _, id := range g.pot[a] {
					if (int(id) < len(count) && count[id] == k-1) || structuralAt(c, id) {
						if _, have := slices.BinarySearch(g.pot[c], id); !have {
							down = append(down, id)
						}
					}
				}
				if len(down) > 0 {
					g.pot[c] = closeSet(append(slices.Clone(g.pot[c]), down...))
					changed = true
				}
			}
			for _, id := range seen {
				count[id] = 0
			}
			if len(up) > 0 {
				g.pot[a] = closeSet(append(slices.Clone(g.pot[a]), up...))
				changed = true
			}
		}
	}
	// 3. Variables: the profiles of each area (remainders come with the
	// area relations).
	g.base = make([]int32, n)
	nv := 0
	for k := range n {
		g.base[k] = int32(nv)
		nv += len(g.pot[k])
	}
	// 4. Relations along the dimensions, in each area. Areas whose
	// profiles are the same (the same closure) share one list of
	// relations over local indexes.
	g.off = make([]int32, 1, 4*nv)
	g.terms = make([]int32, 0, 16*nv)
	local := map[*int32][][]int32{}
	for k := range n {
		pot := g.pot[k]
		if len(pot) == 0 {
			continue
		}
		tmpl, ok := local[&pot[0]]
		if !ok {
			tmpl = md.localRelations(pot)
			local[&pot[0]] = tmpl
		}
		base := g.base[k]
		for _, t := range tmpl {
			for _, li := range t {
				g.terms = append(g.terms, base+li)
			}
			g.off = append(g.off, int32(len(g.terms)))
		}
	}
	// 5. Area relations: an area = its own-level remainder + its
	// children. The remainder is a variable of its own.
	type ownRef struct{ area, pid int32 }
	var owns []ownRef
	mapCache := map[[2]*int32][]int32{}
	for _, a := range f.bottomUp {
		ch := f.children[a]
		if len(ch) == 0 {
			continue
		}
		maps := make([][]int32, len(ch))
		for j, c := range ch {
			maps[j] = g.layoutMap(a, c, mapCache)
		}
		for li, id := range g.pot[a] {
			start := len(g.terms)
			g.terms = append(g.terms, g.base[a]+int32(li), int32(nv+len(owns)))
			ok := true
			for j, c := range ch {
				lj := maps[j][li]
				if lj < 0 {
					ok = false
					break
				}
				g.terms = append(g.terms, g.base[c]+lj)
			}
			if !ok {
				g.terms = g.terms[:start]
				continue
			}
			owns = append(owns, ownRef{a, id})
			g.off = append(g.off, int32(len(g.terms)))
		}
	}
	total := nv + len(owns)
	g.val = make([]int64, total)
	g.scale = make([]uint8, total)
	g.published = make([]bool, total)
	g.suppressed = make([]bool, total)
	g.remainder = make([]bool, total)
	g.structural = make([]bool, total)
	g.target = make([]bool, total)
	g.detail = make([]int8, total)
	depth := make([]int8, n)
	for _, k := range f.preOrder() {
		if p := f.parent[k]; p >= 0 {
			depth[k] = depth[p] + 1
		}
	}
	for k := range n {
		for li, id := range g.pot[k] {
			v := g.base[k] + int32(li)
			g.detail[v] = depth[k]
			for d := range numDims {
				if md.profs[id].mask(d) != md.full[d] {
					g.detail[v]++
				}
			}
			g.scale[v] = 2 * md.profs[id].scope()
			g.target[v] = md.targetPr[id]
			g.structural[v] = structuralAt(int32(k), id)
		}
	}
	g.buildAtoms()
	for i, o := range owns {
		v := nv + i
		g.scale[v] = 2 * md.profs[o.pid].scope()
		g.target[v] = md.targetPr[o.pid]
		g.val[v], g.remainder[v] = g.ownValue(o.area, o.pid) // unknown to the attacker when it cannot be computed
		g.structural[v] = e.tally != nil && md.profs[o.pid].mask(dSetting)&(1<<settingSlot(f.setting[o.area])) == 0
	}
	g.refVar = make([]int32, len(g.refPid))
	for i, id := range g.refPid {
		g.refVar[i] = -1
		if id < 0 {
			continue
		}
		v, _ := g.varAt(g.refArea[i], id)
		g.refVar[i] = v
		g.published[v] = true
	}
	for i, refs := range e.sens {
		for j, r := range refs {
			if v := g.refVar[g.refOff[i]+int32(j)]; v >= 0 {
				g.val[v] = r.value
			}
		}
	}
	g.index()
	return g
}

// layoutMap returns, for each profile of area a, its index among the
// profiles of area c (-1 when c has none), cached by the pair of layouts.
func (g *sdcGraph) layoutMap(a, c int32, cache map[[2]*int32][]int32) []int32 {
	pa, pc := g.pot[a], g.pot[c]
	if len(pa) == 0 {
		return nil
	}
	var kc *int32
	if len(pc) > 0 {
		kc = &pc[0]
	}
	key := [2]*int32{&pa[0], kc}
	if m, ok := cache[key]; ok {
		return m
	}
	m := make([]int32, len(pa))
	j := 0
	for i, id := range pa {
		for j < len(pc) && pc[j] < id {
			j++
		}
		m[i] = -1
		if j < len(pc) && pc[j] == id {
			m[i] = int32(j)
		}
	}
	cache[key] = m
	return m
}

// localRelations lists the relations along the dimensions among the
// profiles of pot (sorted), as indexes into pot, the total first: every
// relation whose terms are all in pot, each once.
func (md *sdcModel) localRelations(pot []int32) [][]int32 {
	var out [][]int32
	for li, id := range pot {
		for _, t := range md.instances(id) {
			if t[0] != id {
				continue // each relation once, from its total
			}
			loc := make([]int32, 1, len(t))
			loc[0] = int32(li)
			for _, pid := range t[1:] {
				j, have := slices.BinarySearch(pot, pid)
				if !have {
					break
				}
				loc = append(loc, int32(j))
			}
			if len(loc) == len(t) {
				out = append(out, loc)
			}
		}
	}
	return out
}

// complementOf returns den − num of a share whose numerator and
// denominator differ in one dimension, the numerator's values a subset.
func complementOf(num, den profile) (profile, bool) {
	if num>>profObsShift != den>>profObsShift {
		return 0, false
	}
	diff := -1
	for d := range numDims {
		if num.mask(d) != den.mask(d) {
			if diff >= 0 || num.mask(d)&^den.mask(d) != 0 {
				return 0, false
			}
			diff = d
		}
	}
	if diff < 0 {
		return 0, false
	}
	return den.with(diff, den.mask(diff)&^num.mask(diff)), true
}

// unrecordedSector reports whether some counted group has no sector (a
// group fed through [Tally.AddGroup] without one): the sector breakdown
// then does not add up to the total.
func (e *evaluator) unrecordedSector() bool {
	if e.tally == nil {
		return false
	}
	for _, k := range e.tally.workers.keys {
		if keySector(k) == 0 && keyObs(k) != obsRegistered {
			return true
		}
	}
	return false
}

// unrecordedEmploymentType reports whether some counted group of
// workers with an employment has no employment type (a group fed
// through [Tally.AddGroup] without one), like [evaluator.unrecordedSector].
func (e *evaluator) unrecordedEmploymentType() bool {
	if e.tally == nil {
		return false
	}
	for _, k := range e.tally.workers.keys {
		if keyEmp(k) == 0 && keyObs(k) != obsRegistered {
			return true
		}
	}
	return false
}

// buildAtoms indexes the tally's worker groups by their own area.
func (g *sdcGraph) buildAtoms() {
	t := g.e.tally
	n := len(g.e.frame.codes)
	g.atomOff = make([]int32, n+1)
	if t == nil {
		return
	}
	for _, k := range t.workers.keys {
		g.atomOff[keyArea(k)+1]++
	}
	for i := range n {
		g.atomOff[i+1] += g.atomOff[i]
	}
	g.atoms = make([]int32, len(t.workers.keys))
	fill := slices.Clone(g.atomOff[:n])
	for i, k := range t.workers.keys {
		a := keyArea(k)
		g.atoms[fill[a]] = int32(i)
		fill[a]++
	}
}

// groupValues returns the value index of a worker group key on each
// dimension.
func groupValues(k uint64, setting []uint8) [numDims]int {
	var v [numDims]int
	v[dSex] = keySex(k) - 1
	v[dCadre] = keyCadre(k) - 1
	v[dSector] = keySector(k) - 1
	if v[dSector] < 0 {
		v[dSector] = numSector // not recorded
	}
	v[dAge] = ageBandIndex(keyAge(k)) - 1
	v[dQual] = 1
	if keyFlag(k, keyQualBit) {
		v[dQual] = 0
	}
	switch {
	case !keyFlag(k, keyLicBit):
		v[dLic] = licNone
	case keyFlag(k, keyCPDBit):
		v[dLic] = licCPD
	default:
		v[dLic] = licNoCPD
	}
	v[dNat], v[dTrain] = originValue(keyNat(k)), originValue(keyTrain(k))
	v[dEmp] = keyEmp(k) - 1
	if v[dEmp] < 0 {
		v[dEmp] = numEmpType // not recorded
	}
	if keyFlag(k, keyPartTimeBit) {
		v[dPart] = 1
	}
	switch keyFlow(k) {
	case flowEntrant:
		v[dEntry] = 1
	case flowVoluntary:
		v[dExit] = 1
	case flowInvoluntary:
		v[dExit] = 2
	}
	v[dSetting] = settingSlot(setting[keyArea(k)])
	if keyObs(k) == obsRegistered {
		// No employment: no sector or type. No count of these persons is
		// broken down by them; any value in every term does.
		v[dSector], v[dEmp] = 0, 0
	}
	return v
}

// originValue maps an origin* value to its value index in the model.
func originValue(o int) int {
	switch o {
	case originNational:
		return 0
	case originForeign:
		return 1
	}
	return 2
}

// ownValue returns the own-level remainder of profile id in area a: the
// workers at posts of a itself (records path), or a's count less its
// children's (aggregate path). ok is false when it cannot be computed.
func (g *sdcGraph) ownValue(a, id int32) (int64, bool) {
	pr := g.md.profs[id]
	if t := g.e.tally; t != nil {
		var sum int64
		obs := int(uint64(pr) >> profObsShift & 3)
		for _, gi := range g.atoms[g.atomOff[a]:g.atomOff[a+1]] {
			k := t.workers.keys[gi]
			if keyObs(k) != obs {
				continue
			}
			vals := groupValues(k, g.e.frame.setting)
			match := true
			for d := range numDims {
				if pr.mask(d)&(1<<vals[d]) == 0 {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			c := t.workers.counts[gi]
			if pr.scope() == 1 {
				sum += c.fte
			} else {
				sum += c.n
			}
		}
		return sum, true
	}
	v, ok := g.cellValue(a, pr)
	if !ok {
		return 0, false
	}
	for _, c := range g.e.frame.children[a] {
		cv, ok := g.cellValue(c, pr)
		if !ok {
			return 0, false
		}
		v -= cv
	}
	return v, v >= 0
}

// cellValue returns the count of a profile in an area cell when the
// cell's measures give it: a measure, or a measure less a part of it
// that differs in one dimension.
func (g *sdcGraph) cellValue(area int32, pr profile) (int64, bool) {
	si := sHead
	if pr.scope() == 1 {
		si = sFTE
	}
	set := &g.e.cells[area].sets[si]
	find := func(p profile) (int64, bool) {
		for m := range numMeasures {
			if mp, ok := g.md.measureProfile(m, -1, si); ok && mp == p && set.has(m) {
				return set.v[m], true
			}
		}
		return 0, false
	}
	if v, ok := find(pr); ok {
		return v, true
	}
	for d := range numDims {
		for _, t := range g.md.terms[d] {
			m := pr.mask(d)
			if t&m != m || t == m {
				continue
			}
			tot, ok1 := find(pr.with(d, t))
			part, ok2 := find(pr.with(d, t&^m))
			if ok1 && ok2 {
				return tot - part, true
			}
		}
	}
	return 0, false
}

// protect runs steps 2 to 4 of disclose.
func (g *sdcGraph) protect() {
	nv := len(g.val)
	for v := range nv {
		if g.published[v] && g.p.sensitive(g.val[v], g.scale[v]) {
			g.suppressed[v] = true
		}
	}
	nr := len(g.off) - 1
	known := make([]bool, nv)
	derived := make([]bool, nv)
	reason := make([]int32, nv)
	cnt := make([]int32, nr)
	acc := make([]int64, nr)
	var queue []int32 // relations to examine
	visited := make([]int32, nv)
	stamp := int32(0)
	for round := 0; ; round++ {
		clear(cnt)
		clear(acc)
		clear(derived)
		for v := range nv {
			known[v] = (g.published[v] && !g.suppressed[v]) ||
				(g.remainder[v] && !g.p.sensitive(g.val[v], g.scale[v])) || g.structural[v]
		}
		queue = queue[:0]
		for i := range nr {
			ts := g.terms[g.off[i]:g.off[i+1]]
			for j, v := range ts {
				if known[v] {
					cnt[i]++
					if j == 0 {
						acc[i] += g.val[v]
					} else {
						acc[i] -= g.val[v]
					}
				}
			}
			if c := cnt[i]; c == int32(len(ts))-1 || (c < int32(len(ts)) && known[ts[0]] && acc[i] == 0) {
				queue = append(queue, int32(i))
			}
		}
		learn := func(v int32, value int64, why int32) {
			known[v], derived[v], reason[v] = true, true, why
			g.val[v] = value
			for _, i := range g.vrel[g.voff[v]:g.voff[v+1]] {
				cnt[i]++
				if g.terms[g.off[i]] == v {
					acc[i] += value
				} else {
					acc[i] -= value
				}
				queue = append(queue, i)
			}
		}
		for len(queue) > 0 {
			i := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			ts := g.terms[g.off[i]:g.off[i+1]]
			size := int32(len(ts))
			switch {
			case cnt[i] == size:
			case cnt[i] == size-1:
				for j, v := range ts {
					if known[v] {
						continue
					}
					if j == 0 {
						learn(v, -acc[i], i)
					} else {
						learn(v, acc[i], i)
					}
					break
				}
			case known[ts[0]] && acc[i] == 0:
				for _, v := range ts[1:] {
					if !known[v] {
						learn(v, 0, i)
					}
				}
			}
		}
		// Violations: targets recovered below the threshold.
		fixed := false
		touched := map[int32]bool{}
		for v := range int32(nv) {
			if !derived[v] || !g.target[v] || !g.p.sensitive(g.val[v], g.scale[v]) {
				continue
			}
			stamp++
			if g.blame(v, reason, derived, touched, visited, stamp) {
				fixed = true
			}
		}
		if !fixed {
			if g.anyViolation(derived) {
				// Cannot happen: a relation that recovers a count always
				// holds a published one. Fail safe.
				for v := range nv {
					if g.published[v] {
						g.suppressed[v] = true
					}
				}
			}
			return
		}
		if round == 0 {
			// Knowledge only shrinks from here (more is withheld), so a
			// relation that did not end complete can never recover
			// anything again: keep the complete ones.
			g.compact(cnt)
			nr = len(g.off) - 1
			cnt, acc = cnt[:nr], acc[:nr]
		}
	}
}

// compact keeps the relations whose terms were all known (cnt equal to
// their size) and rebuilds the variable → relation index.
func (g *sdcGraph) compact(cnt []int32) {
	w, tw := 0, int32(0)
	for i := range len(g.off) - 1 {
		from, to := g.off[i], g.off[i+1]
		if cnt[i] != to-from {
			continue
		}
		copy(g.terms[tw:], g.terms[from:to])
		tw += to - from
		w++
		g.off[w] = tw
	}
	g.off, g.terms = g.off[:w+1], g.terms[:tw]
	g.index()
}

// index builds the variable → relation index.
func (g *sdcGraph) index() {
	total := len(g.val)
	g.voff = slices.Grow(g.voff[:0], total+1)[:total+1]
	clear(g.voff)
	for _, v := range g.terms {
		g.voff[v+1]++
	}
	for i := range total {
		g.voff[i+1] += g.voff[i]
	}
	g.vrel = slices.Grow(g.vrel[:0], len(g.terms))[:len(g.terms)]
	fill := slices.Clone(g.voff[:total])
	for i := range len(g.off) - 1 {
		for _, v := range g.terms[g.off[i]:g.off[i+1]] {
			g.vrel[fill[v]] = int32(i)
			fill[v]++
		}
	}
}

func (g *sdcGraph) anyViolation(derived []bool) bool {
	for v := range derived {
		if derived[v] && g.target[v] && g.p.sensitive(g.val[v], g.scale[v]) {
			return true
		}
	}
	return false
}

// blame withholds one more published count to break the recovery of v:
// the cheapest published count its recovery rests on, through the
// relation that recovered it and, recursively, the recoveries of that
// relation's recovered terms. Cheapest is the smallest non-zero count
// (ties: the first variable) among the most detailed (see detail), so
// that totals and headline figures are spared when a cell can go; a zero
// only when there is no other (or with SuppressZeros). A relation already touched this round is left for
// the next. It reports whether a count was withheld.
func (g *sdcGraph) blame(v int32, reason []int32, derived []bool, touched map[int32]bool, visited []int32, stamp int32) bool {
	i := reason[v]
	if touched[i] {
		return true
	}
	best := g.cheapest(v, reason, derived, visited, stamp)
	if best < 0 {
		return false
	}
	g.suppressed[best] = true
	touched[i] = true
	return true
}

// cheapest returns the cheapest published count the recovery of v rests
// on (see blame), or -1; visited (stamped with stamp) keeps the walk
// finite.
func (g *sdcGraph) cheapest(v int32, reason []int32, derived []bool, visited []int32, stamp int32) int32 {
	if visited[v] == stamp {
		return -1
	}
	visited[v] = stamp
	usable := func(u int32) bool { return g.val[u] != 0 || g.p.SuppressZeros }
	better := func(a, b int32) bool {
		switch {
		case b < 0:
			return true
		case usable(a) != usable(b):
			return usable(a)
		case g.detail[a] != g.detail[b]:
			return g.detail[a] > g.detail[b] // spare the margins
		case g.val[a] != g.val[b]:
			return g.val[a] < g.val[b]
		}
		return a < b
	}
	best := int32(-1)
	i := reason[v]
	for _, u := range g.terms[g.off[i]:g.off[i+1]] {
		if u == v {
			continue
		}
		c := int32(-1)
		switch {
		case g.published[u] && !g.suppressed[u]:
			c = u
		case derived[u]:
			c = g.cheapest(u, reason, derived, visited, stamp)
		}
		if c >= 0 && better(c, best) {
			best = c
		}
	}
	return best
}
