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
// first; between folds the counts are exact, only not yet summed. The
// additions of counting — one worker or one post at a time — take eight
// bytes each, key and counts packed in one word; others (groups given
// whole) take a full entry.
type groupTable struct {
	keys       []uint64     // folded groups, sorted by key, each once
	counts     []groupCount // counts of keys[i]
	small      []uint64     // small additions not yet folded in (packSmall)
	big        []groupAdd   // other additions not yet folded in
	spareSmall []uint64     // scratch for sorting, kept between folds
	spare      []groupAdd
	agg        []groupAdd // scratch for summing, kept between folds
	over       bool       // a fold found a sum beyond the int64 range
}

// A small addition packs its key (below 2^56), a count of 0 or 1 and an
// FTE of at most 1.27 (127 hundredths: one employment or post) in one
// word.
const (
	smallKeyBits  = 56
	smallKeyMask  = 1<<smallKeyBits - 1
	smallFTEShift = smallKeyBits + 1
	smallFTELimit = 1 << (64 - smallFTEShift)
)

// groupAdd is one addition not yet folded in.
type groupAdd struct {
	key uint64
	groupCount
}

// foldAt is the number of pending additions that triggers a fold: 8 MB
// of buffer for small ones, sorted in a few milliseconds.
const foldAt = 1 << 20

// add records an addition. Counts are never negative.
func (g *groupTable) add(key uint64, n, fte int64) {
	if key <= smallKeyMask && uint64(n) <= 1 && uint64(fte) < smallFTELimit {
		g.small = append(g.small, key|uint64(n)<<smallKeyBits|uint64(fte)<<smallFTEShift)
	} else {
		g.big = append(g.big, groupAdd{key, groupCount{n, fte}})
	}
	if len(g.small)+len(g.big) >= foldAt {
		g.fold()
	}
}

// fold sorts the pending additions, sums those of one key and merges them
// into the folded groups. A sum beyond the int64 range sets over and
// leaves the group at its last exact value.
func (g *groupTable) fold() {
	if len(g.small) == 0 && len(g.big) == 0 {
		return
	}
	// Sort and sum the small additions, then the big ones into them.
	g.spareSmall = radixSortKeys(g.small, g.spareSmall, smallKeyMask)
	p := g.agg[:0]
	for r := 0; r < len(g.small); {
		k := g.small[r] & smallKeyMask
		var c groupCount
		for ; r < len(g.small) && g.small[r]&smallKeyMask == k; r++ {
			v := g.small[r]
			c.n += int64(v >> smallKeyBits & 1)
			c.fte += int64(v >> smallFTEShift)
		}
		p = append(p, groupAdd{k, c})
	}
	g.small = g.small[:0]
	if len(g.big) > 0 {
		g.spare = radixSortAdds(g.big, g.spare)
		b := g.big
		merged := make([]groupAdd, 0, len(p)+len(b))
		i := 0
		for r := 0; r < len(b); {
			k, c := b[r].key, b[r].groupCount
			for r++; r < len(b) && b[r].key == k; r++ {
				if !addGroupCount(&c, b[r].n, b[r].fte) {
					g.over = true
				}
			}
			for ; i < len(p) && p[i].key < k; i++ {
				merged = append(merged, p[i])
			}
			if i < len(p) && p[i].key == k {
				if !addGroupCount(&c, p[i].n, p[i].fte) {
					g.over = true
				}
				i++
			}
			merged = append(merged, groupAdd{k, c})
		}
		p = append(merged, p[i:]...)
		g.big = g.big[:0]
	}
	g.agg = p
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

// radixSortKeys sorts a by the bits of mask (least significant digit
// first, 11 bits a pass, skipping passes where every key has the same
// digit), using scratch (grown as needed, returned for reuse). The result
// is in a.
func radixSortKeys(a, scratch []uint64, mask uint64) []uint64 {
	if len(a) < 256 {
		slices.SortFunc(a, func(x, y uint64) int { return cmp.Compare(x&mask, y&mask) })
		return scratch
	}
	var all, any uint64 = ^uint64(0), 0
	for _, k := range a {
		all &= k
		any |= k
	}
	varying := (all ^ any) & mask
	if cap(scratch) < len(a) {
		scratch = make([]uint64, len(a))
	}
	src, dst := a, scratch[:len(a)]
	var count [1 << 11]int
	for shift := uint(0); shift < 64; shift += 11 {
		if varying>>shift&(1<<11-1) == 0 {
			continue
		}
		clear(count[:])
		for _, k := range src {
			count[k>>shift&(1<<11-1)]++
		}
		sum := 0
		for d, c := range count {
			count[d] = sum
			sum += c
		}
		for _, k := range src {
			d := k >> shift & (1<<11 - 1)
			dst[count[d]] = k
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
	return scratch
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
