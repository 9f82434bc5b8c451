package idtable

import (
	"bytes"
	"sort"
)

// Seen is a set of keys, each tagged with the position it was first seen
// at, built to answer "seen before?" for a stream of mostly new keys.
//
// Registers are usually exported sorted by their key, and a key greater
// than every key seen so far cannot have been seen: such keys are only
// appended to a log, a sequential write, and the log stays a few sorted
// runs that a lookup searches by bisection. Only when keys arrive in no
// order (more than maxRuns runs) does Seen move them into a hash Table,
// which costs a random memory access per key. Either way the answers are
// exact; only the cost differs.
//
// The zero value is an empty set. A Seen is not safe for concurrent use.
type Seen struct {
	arena    []byte
	offs     []uint32 // start of key i; offs[i+1] its end
	tags     []uint32
	runs     []int // first index of each sorted run
	max      int   // index of the greatest key
	searches int   // bisections made
	table    *Table
	hint     int
}

// maxRuns is the number of sorted runs kept before the keys move to a
// hash table: a lookup bisects every run.
const maxRuns = 16

// Len returns the number of keys.
func (s *Seen) Len() int {
	if s.table != nil {
		return s.table.Len()
	}
	return len(s.tags)
}

// Reserve makes room for n keys in all.
func (s *Seen) Reserve(n int) {
	s.hint = max(s.hint, n)
	if s.table != nil {
		s.table.Reserve(n)
		return
	}
	if cap(s.tags) < n {
		grow := n - len(s.tags)
		s.tags = append(s.tags[:len(s.tags):len(s.tags)], make([]uint32, grow)...)[:len(s.tags)]
		s.offs = append(s.offs[:len(s.offs):len(s.offs)], make([]uint32, grow)...)[:len(s.offs)]
	}
}

func (s *Seen) key(i int) []byte { return s.arena[s.offs[i]:s.end(i)] }

func (s *Seen) end(i int) uint32 {
	if i+1 < len(s.offs) {
		return s.offs[i+1]
	}
	return uint32(len(s.arena))
}

// find returns the index of key in the runs, or -1.
func (s *Seen) find(key []byte) int {
	for r, lo := range s.runs {
		hi := len(s.tags)
		if r+1 < len(s.runs) {
			hi = s.runs[r+1]
		}
		i := lo + sort.Search(hi-lo, func(j int) bool { return bytes.Compare(s.key(lo+j), key) >= 0 })
		if i < hi && bytes.Equal(s.key(i), key) {
			return i
		}
	}
	return -1
}

// Add adds key with tag unless it is present. It returns whether it was
// added and, when it was present, the tag it was first seen with. ok is
// false, and nothing is added, for a key longer than MaxKeyBytes or a set
// of 2³¹−2 keys.
func (s *Seen) Add(key []byte, tag uint32) (added bool, first uint32, ok bool) {
	if len(key) > MaxKeyBytes {
		return false, 0, false
	}
	if s.table != nil {
		i, added, ok := s.table.InsertBytes(key, tag)
		if !ok || added {
			return added, 0, ok
		}
		return false, s.table.Tag(i), true
	}
	n := len(s.tags)
	if n >= 1<<31-2 || len(s.arena)+len(key) > 1<<32-1 {
		return false, 0, false
	}
	switch {
	case n == 0:
		s.runs = append(s.runs, 0)
	case bytes.Compare(key, s.key(s.max)) > 0:
		// Greater than every key: new. It extends the last run when it
		// is greater than the run's last key, as it then is.
	default:
		s.searches++
		if i := s.find(key); i >= 0 {
			return false, s.tags[i], true
		}
		if len(s.runs) == maxRuns || (s.searches > 1024 && s.searches > n/8) {
			// In no order, or too many bisections: a hash table.
			s.toTable()
			_, added, ok := s.table.InsertBytes(key, tag)
			return added, 0, ok
		}
		if bytes.Compare(key, s.key(n-1)) < 0 {
			s.runs = append(s.runs, n)
		}
	}
	if n == 0 || bytes.Compare(key, s.key(s.max)) > 0 {
		s.max = n
	}
	s.append(key, tag)
	return true, 0, true
}

func (s *Seen) append(key []byte, tag uint32) {
	s.offs = append(s.offs, uint32(len(s.arena)))
	s.arena = append(s.arena, key...)
	s.tags = append(s.tags, tag)
}

// toTable moves the keys into a hash table.
func (s *Seen) toTable() {
	t := &Table{}
	t.Reserve(max(s.hint, 2*len(s.tags)))
	for i := range s.tags {
		t.InsertBytes(s.key(i), s.tags[i])
	}
	*s = Seen{table: t, hint: s.hint}
}
