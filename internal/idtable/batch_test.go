package idtable

import (
	"fmt"
	"testing"

	"pgregory.net/rapid"
)

// TestBatchMatchesOneByOne: inserting keys in a batch gives the table, the
// indexes, the values and the duplicates that inserting them one by one
// gives, whatever is in the table already, and truncating keeps exactly
// the first keys.
func TestBatchMatchesOneByOne(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		key := rapid.StringMatching(`[a-c]{0,3}|[A-Za-z0-9-]{10,30}`)
		pre := rapid.SliceOf(key).Draw(t, "pre")
		batch := rapid.SliceOf(key).Draw(t, "batch")
		if rapid.Bool().Draw(t, "many") {
			for i := range 3000 { // several keys per bucket, tables that grow
				batch = append(batch, fmt.Sprintf("K-%07d", i*7919%5000))
			}
		}
		var one, bat Table
		for i, k := range pre {
			one.InsertValue([]byte(k), uint32(i), uint64(i)*3)
			bat.InsertValue([]byte(k), uint32(i), uint64(i)*3)
		}
		var wantDups []Dup
		for j, k := range batch {
			tag := uint32(len(pre) + j)
			idx, added, ok := one.InsertValue([]byte(k), tag, uint64(tag)*3)
			if !ok {
				t.Fatalf("insert %q refused", k)
			}
			if !added {
				wantDups = append(wantDups, Dup{Pos: j, Tag: tag, Of: idx})
			}
		}
		var b Batch
		if rapid.Bool().Draw(t, "reserve") {
			b.Reserve(len(batch))
		}
		h := bat.Hasher()
		for j, k := range batch {
			tag := uint32(len(pre) + j)
			if !b.Add([]byte(k), h.Hash([]byte(k)), tag, uint64(tag)*3) {
				t.Fatalf("add %q refused", k)
			}
		}
		dups, ok := bat.InsertBatch(&b)
		if !ok {
			t.Fatal("batch refused")
		}
		if b.Len() != 0 {
			t.Fatal("the batch is not emptied")
		}
		if fmt.Sprint(dups) != fmt.Sprint(wantDups) && !(len(dups) == 0 && len(wantDups) == 0) {
			t.Fatalf("dups %v, want %v", dups, wantDups)
		}
		same(t, &bat, &one)
		n := rapid.IntRange(0, one.Len()).Draw(t, "truncate")
		bat.Truncate(n)
		var first Table
		for i := range n {
			k := one.KeyBytes(int32(i))
			_, v, _ := one.FindValue(string(k))
			first.InsertValue(k, one.Tag(int32(i)), v)
		}
		same(t, &bat, &first)
		for i := n; i < one.Len(); i++ {
			if _, ok := bat.Find(one.Key(int32(i))); ok {
				t.Fatalf("key %d %q kept after truncating to %d", i, one.Key(int32(i)), n)
			}
		}
		bat.InsertValue([]byte("after-truncate"), 1, 1) // the table still works
		if i, ok := bat.Find("after-truncate"); !ok || int(i) != bat.Len()-1 {
			t.Fatal("insertion after truncation")
		}
	})
}

// same checks that got holds the keys of want, with their indexes, tags
// and values.
func same(t *rapid.T, got, want *Table) {
	if got.Len() != want.Len() {
		t.Fatalf("%d keys, want %d", got.Len(), want.Len())
	}
	for i := range want.Len() {
		k := want.Key(int32(i))
		idx, v, ok := got.FindValue(k)
		_, wv, _ := want.FindValue(k)
		if !ok || idx != int32(i) || v != wv || got.Tag(idx) != want.Tag(int32(i)) || got.Key(idx) != k {
			t.Fatalf("key %q: index %d value %d ok %v, want %d value %d", k, idx, v, ok, i, wv)
		}
	}
}

func BenchmarkInsertBatch(b *testing.B) {
	const n = 1 << 20
	keys := make([][]byte, n)
	for i := range keys {
		keys[i] = fmt.Appendf(nil, "P-%07d", i)
	}
	b.ReportAllocs()
	for b.Loop() {
		var t Table
		var bt Batch
		bt.Reserve(n)
		h := t.Hasher()
		for i, k := range keys {
			bt.Add(k, h.Hash(k), uint32(i), uint64(i))
		}
		t.InsertBatch(&bt)
	}
}
