package idtable

import (
	"fmt"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// TestTableMatchesMap: the table behaves as a map from key to the index
// of its first insertion, whatever the keys and their order.
func TestTableMatchesMap(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		keys := rapid.SliceOf(rapid.StringMatching(`[A-Za-z0-9._:-]{0,30}`)).Draw(t, "keys")
		var tab Table
		ref := map[string]int32{}
		for i, k := range keys {
			idx, added, ok := tab.Insert(k, uint32(i))
			if !ok {
				t.Fatalf("insert %q refused", k)
			}
			want, seen := ref[k]
			if seen {
				if added || idx != want || tab.Tag(idx) != uint32(keys2first(keys, k)) {
					t.Fatalf("key %q inserted again: index %d added %v, want %d", k, idx, added, want)
				}
				continue
			}
			if !added || idx != int32(len(ref)) {
				t.Fatalf("new key %q: index %d added %v", k, idx, added)
			}
			ref[k] = idx
		}
		if tab.Len() != len(ref) {
			t.Fatalf("%d keys, want %d", tab.Len(), len(ref))
		}
		for k, want := range ref {
			if got, ok := tab.Find(k); !ok || got != want || tab.Key(got) != k {
				t.Fatalf("find %q = %d %v, want %d", k, got, ok, want)
			}
		}
		if _, ok := tab.Find("not-a-key-ever!"); ok {
			t.Fatal("found an absent key")
		}
	})
}

func keys2first(keys []string, k string) int {
	for i, x := range keys {
		if x == k {
			return i
		}
	}
	return -1
}

func TestTableLimits(t *testing.T) {
	var tab Table
	if _, _, ok := tab.Insert(strings.Repeat("x", MaxKeyBytes+1), 0); ok {
		t.Fatal("an over-long key was accepted")
	}
	if _, ok := tab.Find("x"); ok {
		t.Fatal("an empty table found a key")
	}
	for i := range 100_000 {
		if _, added, ok := tab.Insert(fmt.Sprintf("W-%07d", i), uint32(i)); !added || !ok {
			t.Fatal(i)
		}
	}
	if idx, ok := tab.Find("W-0054321"); !ok || idx != 54321 || tab.Tag(idx) != 54321 {
		t.Fatal(idx, ok)
	}
}

func BenchmarkFind(b *testing.B) {
	var tab Table
	const n = 1_000_000
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("P-%07d", i)
		tab.Insert(keys[i], 0)
	}
	b.ReportMetric(float64(tab.Bytes())/n, "bytes/key")
	b.ResetTimer()
	i := 0
	for b.Loop() {
		if _, ok := tab.Find(keys[i%n]); !ok {
			b.Fatal("missing")
		}
		i += 7919
	}
}

func BenchmarkInsertReserved(b *testing.B) {
	const n = 1_000_000
	keys := make([][]byte, n)
	for i := range keys {
		keys[i] = []byte(fmt.Sprintf("W-%07d", i))
	}
	b.ResetTimer()
	for b.Loop() {
		var tab Table
		tab.Reserve(n)
		for i, k := range keys {
			tab.InsertBytes(k, uint32(i))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/insert")
}
