package idtable

import (
	"fmt"
	"testing"

	"pgregory.net/rapid"
)

// TestSeenMatchesMap: whatever the order of the keys — sorted, nearly
// sorted, in runs or in none — Seen answers as a map does, with the tag of
// the first sighting.
func TestSeenMatchesMap(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var s Seen
		if rapid.Bool().Draw(t, "reserve") {
			s.Reserve(rapid.IntRange(0, 100).Draw(t, "hint"))
		}
		ref := map[string]uint32{}
		n := rapid.IntRange(0, 2000).Draw(t, "n")
		order := rapid.IntRange(0, 3).Draw(t, "order")
		for i := range n {
			var k string
			switch order {
			case 0: // sorted, with repeats
				k = fmt.Sprintf("W-%07d", i/rapid.IntRange(1, 3).Draw(t, "repeat"))
			case 1: // nearly sorted
				k = fmt.Sprintf("W-%07d", i+rapid.IntRange(-5, 5).Draw(t, "jitter"))
			case 2: // sorted runs
				k = fmt.Sprintf("W-%07d", (i%rapid.IntRange(50, 500).Draw(t, "run"))*7+i/100)
			default: // any order
				k = rapid.StringMatching(`[A-Za-z0-9]{0,4}`).Draw(t, "key")
			}
			added, first, ok := s.Add([]byte(k), uint32(i+1))
			want, seen := ref[k]
			if !ok || added == seen || (seen && first != want) {
				t.Fatalf("key %q (step %d): added %v first %d ok %v; seen before %v at %d", k, i, added, first, ok, seen, want)
			}
			if !seen {
				ref[k] = uint32(i + 1)
			}
		}
		if s.Len() != len(ref) {
			t.Fatalf("%d keys, want %d", s.Len(), len(ref))
		}
	})
}

func BenchmarkSeenSorted(b *testing.B) {
	const n = 1_000_000
	keys := make([][]byte, n)
	for i := range keys {
		keys[i] = []byte(fmt.Sprintf("W-%07d", i))
	}
	for b.Loop() {
		var s Seen
		s.Reserve(n)
		for i, k := range keys {
			s.Add(k, uint32(i))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/key")
}
