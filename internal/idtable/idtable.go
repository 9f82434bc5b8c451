// Package idtable interns identifiers to dense indexes: an open-addressing
// hash table whose keys live in one byte arena, so that a million record
// IDs take a few tens of megabytes and a lookup touches one or two cache
// lines, where a map[string]int32 holds a string header, a separate
// allocation and bucket overhead per key.
//
// Each key carries a 32-bit tag set when it is inserted (the stream line
// of the record that introduced it, say). Indexes are given in insertion
// order, so they do not depend on the hash seed: nothing a caller sees
// depends on it but speed.
package idtable

import (
	"hash/maphash"
	"math"
)

// MaxKeyBytes is the longest key accepted.
const MaxKeyBytes = 255

// Table maps keys to dense indexes 0, 1, 2… in insertion order. The zero
// value is an empty table. A Table is not safe for concurrent mutation;
// concurrent lookups without mutation are safe.
type Table struct {
	seed  maphash.Seed
	init  bool
	slots []uint64 // hash tag << 32 | index+1; 0 is empty
	offs  []uint32 // start of key i in arena; offs[i+1] its end
	arena []byte
	tags  []uint32
}

// Len returns the number of keys.
func (t *Table) Len() int { return len(t.tags) }

// Key returns key i.
func (t *Table) Key(i int32) string { return string(t.arena[t.offs[i]:t.offs[i+1]]) }

// Tag returns the tag of key i.
func (t *Table) Tag(i int32) uint32 { return t.tags[i] }

// Bytes returns the memory the table holds, in bytes.
func (t *Table) Bytes() int { return 8*cap(t.slots) + 4*cap(t.offs) + cap(t.arena) + 4*cap(t.tags) }

func (t *Table) seedOf() maphash.Seed {
	if !t.init {
		t.seed, t.init = maphash.MakeSeed(), true
	}
	return t.seed
}

func (t *Table) hash(key string) uint64 { return maphash.String(t.seedOf(), key) }

// FindBytes is Find for a key given as bytes.
func (t *Table) FindBytes(key []byte) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	return find(t, key, maphash.Bytes(t.seedOf(), key))
}

// Find returns the index of key and true, or false when it is absent.
func (t *Table) Find(key string) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	return find(t, key, t.hash(key))
}

func find[K string | []byte](t *Table, key K, h uint64) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	tag := h >> 32
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s>>32 == tag {
			idx := int32(uint32(s) - 1)
			if string(t.arena[t.offs[idx]:t.offs[idx+1]]) == string(key) {
				return idx, true
			}
		}
	}
}

// Insert is InsertBytes for a string key.
func (t *Table) Insert(key string, tag uint32) (idx int32, added, ok bool) {
	return insert(t, key, tag, func() uint64 { return maphash.String(t.seedOf(), key) })
}

// InsertBytes adds key with tag unless it is present; the key's bytes are
// copied, never kept. It returns the key's
// index and whether it was added; for a key already present, the index
// is the existing one and its tag is unchanged. ok is false, and nothing
// is added, for a key longer than MaxKeyBytes or a table of 2³¹−1 keys.
func (t *Table) InsertBytes(key []byte, tag uint32) (idx int32, added, ok bool) {
	return insert(t, key, tag, func() uint64 { return maphash.Bytes(t.seedOf(), key) })
}

func insert[K string | []byte](t *Table, key K, tag uint32, hash func() uint64) (idx int32, added, ok bool) {
	if len(key) > MaxKeyBytes || len(t.tags) >= math.MaxInt32-1 || len(t.arena)+len(key) > math.MaxUint32 {
		return 0, false, false
	}
	if 4*(len(t.tags)+1) > 3*len(t.slots) {
		t.grow()
	}
	h := hash()
	mask := uint64(len(t.slots) - 1)
	htag := h >> 32
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			idx = int32(len(t.tags))
			if len(t.offs) == 0 {
				t.offs = append(t.offs, 0)
			}
			t.arena = append(t.arena, key...)
			t.offs = append(t.offs, uint32(len(t.arena)))
			t.tags = append(t.tags, tag)
			t.slots[i] = htag<<32 | uint64(idx+1)
			return idx, true, true
		}
		if s>>32 == htag {
			j := int32(uint32(s) - 1)
			if string(t.arena[t.offs[j]:t.offs[j+1]]) == string(key) {
				return j, false, true
			}
		}
	}
}

func (t *Table) grow() {
	n := max(2*len(t.slots), 1024)
	old := t.slots
	t.slots = make([]uint64, n)
	mask := uint64(n - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		idx := int32(uint32(s) - 1)
		h := t.hash(string(t.arena[t.offs[idx]:t.offs[idx+1]]))
		i := h & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}
