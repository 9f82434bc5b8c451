package indicators

import (
	"math"
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// TestGroupTableMatchesMap: whatever the additions and however often they
// are folded, the table holds the sums a map holds.
func TestGroupTableMatchesMap(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var g groupTable
		ref := map[uint64]groupCount{}
		keyBits := rapid.IntRange(1, 48).Draw(t, "key bits")
		n := rapid.IntRange(0, 3000).Draw(t, "additions")
		for range n {
			k := rapid.Uint64Range(0, 1<<keyBits-1).Draw(t, "key")
			c := groupCount{rapid.Int64Range(0, 3).Draw(t, "n"), rapid.Int64Range(0, 100).Draw(t, "fte")}
			g.add(k, c.n, c.fte)
			r := ref[k]
			ref[k] = groupCount{r.n + c.n, r.fte + c.fte}
			if rapid.IntRange(0, 200).Draw(t, "fold now") == 0 {
				g.fold()
			}
		}
		if g.len() != len(ref) {
			t.Fatalf("%d groups, want %d", g.len(), len(ref))
		}
		if !slices.IsSorted(g.keys) {
			t.Fatal("keys are not sorted")
		}
		for k, want := range ref {
			if got, ok := g.find(k); !ok || got != want {
				t.Fatalf("key %x: %+v, want %+v", k, got, want)
			}
		}
		if g.over {
			t.Fatal("no sum overflowed")
		}
	})
}

// TestGroupTableLarge: folding at the threshold, with every kind of key.
func TestGroupTableLarge(t *testing.T) {
	var g groupTable
	ref := map[uint64]int64{}
	x := uint64(12345)
	for i := range 3*foldAt + 17 {
		x = x*6364136223846793005 + 1442695040888963407
		k := x >> 20 // 44 bits
		if i%3 == 0 {
			k &= 0xFFFF // many repeats
		}
		g.add(k, 1, 50)
		ref[k]++
	}
	if g.len() != len(ref) {
		t.Fatalf("%d groups, want %d", g.len(), len(ref))
	}
	for k, want := range ref {
		if got, _ := g.find(k); got.n != want || got.fte != 50*want {
			t.Fatalf("key %x: %+v, want %d", k, got, want)
		}
	}
}

// TestGroupTableOverflow: a sum beyond the int64 range is flagged, never
// wrapped.
func TestGroupTableOverflow(t *testing.T) {
	var g groupTable
	g.add(7, math.MaxInt64, 0)
	g.add(7, 1, 0)
	g.fold()
	if c, _ := g.find(7); !g.over || c.n < 0 {
		t.Fatalf("over %v, count %d", g.over, c.n)
	}
	var h groupTable
	h.add(7, math.MaxInt64-1, 0)
	h.fold()
	h.add(7, 2, 0)
	h.fold()
	if c, _ := h.find(7); !h.over || c.n != math.MaxInt64-1 {
		t.Fatalf("over %v, count %d", h.over, c.n)
	}
}

// BenchmarkGroupAdd adds a million additions to some 600,000 groups, as
// counting a national register does, into the group table and into a map.
func BenchmarkGroupAdd(b *testing.B) {
	keys := make([]uint64, 1_000_000)
	x := uint64(1)
	for i := range keys {
		x = x*6364136223846793005 + 1442695040888963407
		keys[i] = (x >> 24) % 600_000 * 2654435761 & (1<<45 - 1)
	}
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			var g groupTable
			for _, k := range keys {
				g.add(k, 1, 100)
			}
			g.fold()
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			m := map[uint64]int32{}
			var counts []groupCount
			for _, k := range keys {
				i, ok := m[k]
				if !ok {
					i = int32(len(counts))
					m[k] = i
					counts = append(counts, groupCount{})
				}
				counts[i].n++
				counts[i].fte += 100
			}
		}
	})
}
