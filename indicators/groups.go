package indicators

import (
	"cmp"
	"slices"
)

// groupTable holds the groups of one kind of a [Tally] (worker groups or
// post groups): integer counts per 64-bit key.
//
// Counting a national register adds a million times to some hundreds of
// thousands of groups (a group is an area, sex, cadre, sector, age in
// years and flags: nearly one per worker). A hash map lookup per addition
// misses the cache each time. Instead an addition is appended to a
// buffer, a sequential write, and the buffer is folded in from time to
// time: sorted by key (a radix sort, a few passes over memory) and merged
// with the folded groups, which are kept sorted by key. Readers fold
// first; between folds the counts are exact, only not yet summed.
type groupTable struct {
	keys   []uint64     // folded groups, sorted by key, each once
	counts []groupCount // counts of keys[i]
	pend   []groupAdd   // additions not yet folded in
	spare  []groupAdd   // scratch for sorting, kept between folds
	over   bool         // a fold found a sum beyond the int64 range
}

// groupAdd is one addition not yet folded in.
type groupAdd struct {
	key uint64
	groupCount
}

// foldAt is the number of pending additions that triggers a fold: 6 MB
// of buffer, sorted in a few milliseconds.
const foldAt = 1 << 20

// add records an addition. Counts are never negative.
func (g *groupTable) add(key uint64, n, fte int64) {
	g.pend = append(g.pend, groupAdd{key, groupCount{n, fte}})
	if len(g.pend) >= foldAt {
		g.fold()
	}
}

// fold sorts the pending additions, sums those of one key and merges them
// into the folded groups. A sum beyond the int64 range sets over and
// leaves the group at its last exact value.
func (g *groupTable) fold() {
	if len(g.pend) == 0 {
		return
	}
	g.spare = radixSortAdds(g.pend, g.spare)
	p := g.pend
	// Sum runs of one key in place.
	w := 0
	for r := 0; r < len(p); {
		k, c := p[r].key, p[r].groupCount
		for r++; r < len(p) && p[r].key == k; r++ {
			if !addGroupCount(&c, p[r].n, p[r].fte) {
				g.over = true
			}
		}
		p[w] = groupAdd{k, c}
		w++
	}
	p = p[:w]
	// Merge with the folded groups.
	keys := make([]uint64, 0, len(g.keys)+len(p))
	counts := make([]groupCount, 0, len(g.keys)+len(p))
	i, j := 0, 0
	for i < len(g.keys) || j < len(p) {
		switch {
		case j == len(p) || (i < len(g.keys) && g.keys[i] < p[j].key):
			keys, counts = append(keys, g.keys[i]), append(counts, g.counts[i])
			i++
		case i == len(g.keys) || p[j].key < g.keys[i]:
			keys, counts = append(keys, p[j].key), append(counts, p[j].groupCount)
			j++
		default:
			c := g.counts[i]
			if !addGroupCount(&c, p[j].n, p[j].fte) {
				g.over = true
			}
			keys, counts = append(keys, g.keys[i]), append(counts, c)
			i++
			j++
		}
	}
	g.keys, g.counts = keys, counts
	g.pend = g.pend[:0]
}

// len returns the number of groups, folding first.
func (g *groupTable) len() int {
	g.fold()
	return len(g.keys)
}

// find returns the counts of key, folding first.
func (g *groupTable) find(key uint64) (groupCount, bool) {
	g.fold()
	i, ok := slices.BinarySearch(g.keys, key)
	if !ok {
		return groupCount{}, false
	}
	return g.counts[i], true
}

// clone returns a folded copy.
func (g *groupTable) clone() groupTable {
	g.fold()
	return groupTable{keys: slices.Clone(g.keys), counts: slices.Clone(g.counts), over: g.over}
}

// equal reports whether g and o hold the same counts, groups whose
// counts are all zero counting as absent.
func (g *groupTable) equal(o *groupTable) bool {
	g.fold()
	o.fold()
	i, j := 0, 0
	for {
		for i < len(g.keys) && g.counts[i] == (groupCount{}) {
			i++
		}
		for j < len(o.keys) && o.counts[j] == (groupCount{}) {
			j++
		}
		switch {
		case i == len(g.keys) || j == len(o.keys):
			return i == len(g.keys) && j == len(o.keys)
		case g.keys[i] != o.keys[j] || g.counts[i] != o.counts[j]:
			return false
		}
		i++
		j++
	}
}

// radixSortAdds sorts a by key (least significant digit first, 16 bits a
// pass, skipping passes where every key has the same digit), using
// scratch (grown as needed, returned for reuse). The result is in a.
func radixSortAdds(a, scratch []groupAdd) []groupAdd {
	if len(a) < 256 {
		slices.SortFunc(a, func(x, y groupAdd) int { return cmp.Compare(x.key, y.key) })
		return scratch
	}
	var all, any uint64 = ^uint64(0), 0
	for i := range a {
		all &= a[i].key
		any |= a[i].key
	}
	varying := all ^ any // bits that differ between keys
	if cap(scratch) < len(a) {
		scratch = make([]groupAdd, len(a))
	}
	src, dst := a, scratch[:len(a)]
	var count [1 << 11]int
	for shift := uint(0); shift < 64; shift += 11 {
		if varying>>shift&(1<<11-1) == 0 {
			continue
		}
		clear(count[:])
		for i := range src {
			count[src[i].key>>shift&(1<<11-1)]++
		}
		sum := 0
		for d, c := range count {
			count[d] = sum
			sum += c
		}
		for i := range src {
			d := src[i].key >> shift & (1<<11 - 1)
			dst[count[d]] = src[i]
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
	return scratch
}
