// Package idtable interns identifiers to dense indexes: an open-addressing
// hash table whose slots hold 32 bits of each key's hash and, for keys of
// up to 15 bytes (most record IDs), the key itself, so that a lookup
// touches one cache line and growing never hashes a key again. Longer keys
// live in a byte arena. A million IDs take about 50 MB; a map[string]int32
// takes more and touches three or four places per lookup.
//
// Each key carries a 32-bit tag set when it is inserted (the stream line
// of the record that introduced it, say). Indexes are given in insertion
// order, so they do not depend on the hash seed: nothing a caller sees
// depends on it but speed.
//
// Keys known together (a file of posts read at once) go in faster as a
// Batch, gathered by the top bits of their hash and inserted one region
// of the table at a time.
package idtable

import (
	"hash/maphash"
	"math"
	"math/bits"
	"slices"
)

// MaxKeyBytes is the longest key accepted.
const MaxKeyBytes = 255

// inline is the longest key kept in its slot.
const inline = 15

// slot is one place of the table, 32 bytes: two to a cache line, so that
// a lookup reads one. hash is the high 32 bits of the key's hash, whose
// top bits place it (tables never exceed 2³¹ slots): keys whose hashes
// sort together sit together, which a batch insertion uses (see
// InsertBatch). value is what the caller keeps with the key (see
// InsertValue), read with the key in one access.
type slot struct {
	hash  uint32
	idx   int32 // index+1; 0 is an empty slot
	n     uint8 // key length
	key   [inline]byte
	value uint64
}

// Table maps keys to dense indexes 0, 1, 2… in insertion order. The zero
// value is an empty table. A Table is not safe for concurrent mutation;
// concurrent lookups without mutation are safe.
type Table struct {
	seed  maphash.Seed
	init  bool
	slots []slot
	shift uint8 // 32 − log2(len(slots)): a slot's home is hash >> shift
	n     int
	long  []byte   // keys longer than inline, back to back
	where []uint32 // per index: the slot holding it
	tags  []uint32
}

// Len returns the number of keys.
func (t *Table) Len() int { return t.n }

// Tag returns the tag of key i.
func (t *Table) Tag(i int32) uint32 { return t.tags[i] }

// Key returns key i.
func (t *Table) Key(i int32) string { return string(t.KeyBytes(i)) }

// KeyBytes returns key i without copying it; the bytes must not be
// changed and are valid until the next insertion.
func (t *Table) KeyBytes(i int32) []byte { return t.keyOf(&t.slots[t.where[i]]) }

// Bytes returns the memory the table holds, in bytes.
func (t *Table) Bytes() int { return 32*cap(t.slots) + cap(t.long) + 4*cap(t.where) + 4*cap(t.tags) }

func (t *Table) seedOf() maphash.Seed {
	if !t.init {
		t.seed, t.init = maphash.MakeSeed(), true
	}
	return t.seed
}

// keyOf returns the key of a full slot.
func (t *Table) keyOf(s *slot) []byte {
	if int(s.n) <= inline {
		return s.key[:s.n]
	}
	off := binaryOffset(s.key[:4])
	return t.long[off : off+int(s.n)]
}

func binaryOffset(b []byte) int {
	return int(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
}

// Find returns the index of key and true, or false when it is absent.
func (t *Table) Find(key string) (int32, bool) {
	if len(t.slots) == 0 || len(key) > MaxKeyBytes {
		return 0, false
	}
	return find(t, key, maphash.String(t.seedOf(), key))
}

// FindValue returns the index of key and the value kept with it, or false
// when it is absent.
func (t *Table) FindValue(key string) (idx int32, value uint64, ok bool) {
	if len(t.slots) == 0 || len(key) > MaxKeyBytes {
		return 0, 0, false
	}
	s := findSlot(t, key, maphash.String(t.seedOf(), key))
	if s == nil {
		return 0, 0, false
	}
	return s.idx - 1, s.value, true
}

// FindBytes is Find for a key given as bytes.
func (t *Table) FindBytes(key []byte) (int32, bool) {
	if len(t.slots) == 0 || len(key) > MaxKeyBytes {
		return 0, false
	}
	return find(t, key, maphash.Bytes(t.seedOf(), key))
}

func find[K string | []byte](t *Table, key K, h uint64) (int32, bool) {
	if s := findSlot(t, key, h); s != nil {
		return s.idx - 1, true
	}
	return 0, false
}

func findSlot[K string | []byte](t *Table, key K, h uint64) *slot {
	mask := uint32(len(t.slots) - 1)
	h32 := uint32(h >> 32)
	for i := h32 >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.idx == 0 {
			return nil
		}
		if s.hash == h32 && int(s.n) == len(key) && string(t.keyOf(s)) == string(key) {
			return s
		}
	}
}

// Reserve makes room for n keys in all, so that the table does not grow
// until it holds them.
func (t *Table) Reserve(n int) {
	want := 1024
	for 3*want < 4*n {
		want *= 2
	}
	if want <= len(t.slots) {
		return
	}
	t.resize(want)
	t.where = slices.Grow(t.where, n-len(t.where))
	t.tags = slices.Grow(t.tags, n-len(t.tags))
}

// Insert is InsertBytes for a string key.
func (t *Table) Insert(key string, tag uint32) (idx int32, added, ok bool) {
	if len(key) > MaxKeyBytes {
		return 0, false, false
	}
	return insert(t, key, tag, maphash.String(t.seedOf(), key))
}

// InsertValue is InsertBytes keeping value with the key, for FindValue.
// The value of a key present already is unchanged.
func (t *Table) InsertValue(key []byte, tag uint32, value uint64) (idx int32, added, ok bool) {
	if len(key) > MaxKeyBytes {
		return 0, false, false
	}
	idx, added, ok = insert(t, key, tag, maphash.Bytes(t.seedOf(), key))
	if added {
		t.slots[t.where[idx]].value = value
	}
	return idx, added, ok
}

// InsertBytes adds key with tag unless it is present; the key's bytes are
// copied, never kept. It returns the key's index and whether it was added;
// for a key already present, the index is the existing one and its tag is
// unchanged. ok is false, and nothing is added, for a key longer than
// MaxKeyBytes or a table of 2³¹−2 keys.
func (t *Table) InsertBytes(key []byte, tag uint32) (idx int32, added, ok bool) {
	if len(key) > MaxKeyBytes {
		return 0, false, false
	}
	return insert(t, key, tag, maphash.Bytes(t.seedOf(), key))
}

func insert[K string | []byte](t *Table, key K, tag uint32, h uint64) (idx int32, added, ok bool) {
	if t.n >= math.MaxInt32-2 || len(t.long)+len(key) > math.MaxUint32 {
		return 0, false, false
	}
	if 4*(t.n+1) > 3*len(t.slots) {
		if len(t.slots) >= 1<<31 {
			return 0, false, false
		}
		t.grow()
	}
	mask := uint32(len(t.slots) - 1)
	h32 := uint32(h >> 32)
	for i := h32 >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.idx == 0 {
			idx = int32(t.n)
			*s = slot{hash: h32, idx: idx + 1, n: uint8(len(key))}
			if len(key) <= inline {
				copy(s.key[:], key)
			} else {
				off := len(t.long)
				t.long = append(t.long, key...)
				s.key[0], s.key[1], s.key[2], s.key[3] = byte(off), byte(off>>8), byte(off>>16), byte(off>>24)
			}
			t.where = append(t.where, i)
			t.tags = append(t.tags, tag)
			t.n++
			return idx, true, true
		}
		if s.hash == h32 && int(s.n) == len(key) && string(t.keyOf(s)) == string(key) {
			return s.idx - 1, false, true
		}
	}
}

// grow doubles the slots, placing each key by the hash its slot keeps.
func (t *Table) grow() { t.resize(max(2*len(t.slots), 1024)) }

func (t *Table) resize(n int) {
	old := t.slots
	t.slots = make([]slot, n)
	t.shift = uint8(32 - bits.TrailingZeros(uint(n)))
	for k := range old {
		if s := &old[k]; s.idx != 0 {
			t.place(s)
		}
	}
}

// place puts a slot's key, known to be absent, in the first free place
// from its home.
func (t *Table) place(s *slot) {
	mask := uint32(len(t.slots) - 1)
	i := s.hash >> t.shift
	for t.slots[i].idx != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = *s
	t.where[s.idx-1] = i
}
