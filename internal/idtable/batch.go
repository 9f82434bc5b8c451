package idtable

import (
	"hash/maphash"
	"math"
	"slices"
	"sort"
)

// Hasher hashes keys as one table does. It is a value, safe for
// concurrent use, so that goroutines preparing a Batch hash their keys
// while the table is not touched.
type Hasher struct{ seed maphash.Seed }

// Hasher returns the table's hasher. Call it where the table is not
// being changed by another goroutine: a table without keys chooses its
// seed on first use.
func (t *Table) Hasher() Hasher { return Hasher{t.seedOf()} }

// Hash returns the hash of key, for Batch.Add.
func (h Hasher) Hash(key []byte) uint64 { return maphash.Bytes(h.seed, key) }

// buckets is the number of parts of a Batch: part b holds the keys whose
// hash starts with the 8 bits b, which live in the b-th 256th of any
// table's slots. Inserted part by part, keys land in one region of the
// table at a time, small enough for the processor's caches and address
// translation, where keys inserted in arrival order land all over it: a
// million-key table is tens of megabytes, and each such insertion waits
// for memory.
const buckets = 256

// Batch gathers keys, each with its hash (Hasher.Hash of the table it is
// for), a tag and a value, to insert into a Table at once
// (Table.InsertBatch), with the result of inserting them one by one in
// the order added. Adding a key is a sequential write.
//
// The zero value is an empty batch. A Batch is not safe for concurrent
// use.
type Batch struct {
	parts [buckets][]slot // idx: position in the batch + 1
	tags  []uint32        // per position
	long  []byte          // keys longer than inline
}

// Len returns the number of keys added.
func (b *Batch) Len() int { return len(b.tags) }

// Reserve makes room for n keys in all.
func (b *Batch) Reserve(n int) {
	b.tags = slices.Grow(b.tags, n-len(b.tags))
	per := n/buckets + n/buckets/8 + 8 // hashes spread evenly; some slack
	for i := range b.parts {
		b.parts[i] = slices.Grow(b.parts[i], per-len(b.parts[i]))
	}
}

// Add adds key, with h its hash, tag and value; the key's bytes are
// copied. It reports false, adding nothing, for a key longer than
// MaxKeyBytes or a batch of 2³¹−2 keys.
func (b *Batch) Add(key []byte, h uint64, tag uint32, value uint64) bool {
	if len(key) > MaxKeyBytes || len(b.tags) >= math.MaxInt32-2 || len(b.long)+len(key) > math.MaxUint32 {
		return false
	}
	s := slot{hash: uint32(h >> 32), idx: int32(len(b.tags) + 1), n: uint8(len(key)), value: value}
	if len(key) <= inline {
		copy(s.key[:], key)
	} else {
		putOffset(&s, len(b.long))
		b.long = append(b.long, key...)
	}
	p := &b.parts[h>>56]
	*p = append(*p, s)
	b.tags = append(b.tags, tag)
	return true
}

// Reset empties the batch, keeping its memory.
func (b *Batch) Reset() {
	for i := range b.parts {
		b.parts[i] = b.parts[i][:0]
	}
	b.tags, b.long = b.tags[:0], b.long[:0]
}

func putOffset(s *slot, off int) {
	s.key[0], s.key[1], s.key[2], s.key[3] = byte(off), byte(off>>8), byte(off>>16), byte(off>>24)
}

// Dup is a key of a batch that was present when its turn came: already in
// the table, or added to the batch before.
type Dup struct {
	Pos int    // its position in the batch
	Tag uint32 // its tag
	Of  int32  // the index of the key present
}

// InsertBatch inserts the keys of b as InsertValue would one by one, in
// the order they were added: a new key gets the next index, a key present
// (in the table, or earlier in the batch) is not added and is reported in
// dups, in batch order, with the index of the key present. It empties b.
// ok is false, and nothing is inserted, when the table would exceed 2³¹−2
// keys or its long keys 4 GiB.
func (t *Table) InsertBatch(b *Batch) (dups []Dup, ok bool) {
	defer b.Reset()
	n0, m := t.n, b.Len()
	if m == 0 {
		return nil, true
	}
	if n0+m >= math.MaxInt32-2 || len(t.long)+len(b.long) > math.MaxUint32 {
		return nil, false
	}
	t.Reserve(n0 + m)
	t.where = slices.Grow(t.where, m)[:n0+m]
	t.tags = append(t.tags, b.tags...)
	base := len(t.long)
	t.long = append(t.long, b.long...)
	mask := uint32(len(t.slots) - 1)
	for p := range b.parts {
	next:
		for k := range b.parts[p] {
			s := &b.parts[p][k]
			pos := s.idx - 1
			var key []byte
			if int(s.n) <= inline {
				key = s.key[:s.n]
			} else {
				off := binaryOffset(s.key[:4]) + base
				putOffset(s, off)
				key = t.long[off : off+int(s.n)]
			}
			i := s.hash >> t.shift
			for ; t.slots[i].idx != 0; i = (i + 1) & mask {
				if o := &t.slots[i]; o.hash == s.hash && o.n == s.n && string(t.keyOf(o)) == string(key) {
					dups = append(dups, Dup{Pos: int(pos), Tag: b.tags[pos], Of: o.idx - 1})
					continue next
				}
			}
			s.idx += int32(n0)
			t.slots[i] = *s
			t.where[n0+int(pos)] = i
		}
	}
	t.n = n0 + m
	if len(dups) > 0 {
		t.renumber(n0, dups)
	}
	return dups, true
}

// renumber closes the gaps that the duplicates of a batch inserted at n0
// left in the indexes, and gives each duplicate the final index of the
// key it repeats.
func (t *Table) renumber(n0 int, dups []Dup) {
	sort.Slice(dups, func(i, j int) bool { return dups[i].Pos < dups[j].Pos })
	final := func(idx int32) int32 { // index before renumbering → after
		if int(idx) < n0 {
			return idx
		}
		before := sort.Search(len(dups), func(i int) bool { return dups[i].Pos >= int(idx)-n0 })
		return idx - int32(before)
	}
	for i := range dups {
		dups[i].Of = final(dups[i].Of)
	}
	k, d := n0, 0
	for pos := 0; n0+pos < t.n; pos++ {
		if d < len(dups) && dups[d].Pos == pos {
			d++
			continue
		}
		w := t.where[n0+pos]
		t.slots[w].idx = int32(k + 1)
		t.where[k], t.tags[k] = w, t.tags[n0+pos]
		k++
	}
	t.n, t.where, t.tags = k, t.where[:k], t.tags[:k]
}

// Truncate keeps the first n keys and removes the others.
func (t *Table) Truncate(n int) {
	if n >= t.n {
		return
	}
	old := t.slots
	t.slots = make([]slot, len(old))
	for i := range n {
		t.place(&old[t.where[i]])
	}
	t.n, t.where, t.tags = n, t.where[:n], t.tags[:n]
}
