// Package enum holds the helpers behind every enumeration of the ssw
// packages: one ordered table of entries per enumeration, from which the
// list of values, membership, titles, the validation rule and the schema
// enum are all derived.
package enum

import "strings"

// Entry is one value of an enumeration with its short English title.
type Entry[T ~string] struct {
	Value T
	Title string
}

// Values returns the values of the table in order, as a fresh slice.
func Values[T ~string](table []Entry[T]) []T {
	out := make([]T, len(table))
	for i, e := range table {
		out[i] = e.Value
	}
	return out
}

// Strings returns the values as plain strings, in order.
func Strings[T ~string](table []Entry[T]) []string {
	out := make([]string, len(table))
	for i, e := range table {
		out[i] = string(e.Value)
	}
	return out
}

// Valid reports whether v is in the table.
func Valid[T ~string](table []Entry[T], v T) bool {
	for _, e := range table {
		if e.Value == v {
			return true
		}
	}
	return false
}

// Title returns the title of v, or "" when v is not in the table.
func Title[T ~string](table []Entry[T], v T) string {
	for _, e := range table {
		if e.Value == v {
			return e.Title
		}
	}
	return ""
}

// Check is the validation rule of an enumeration: "" for a member,
// otherwise the not_supported code, the allowed values joined by "|" as
// the parameter, and a message listing them. The empty value is reported
// as required by the "required" tag before this runs.
func Check[T ~string](table []Entry[T], v T) (code, param, message string) {
	if Valid(table, v) {
		return "", "", ""
	}
	allowed := strings.Join(Strings(table), "|")
	return "not_supported", allowed, "must be one of " + strings.Join(Strings(table), ", ")
}

// Dense numbers the values of an enumeration 1 to [Dense.Len] in table
// order and gives 0 to any other value (the unset value among them), so
// that counts by value can be kept in arrays indexed by it and the value
// of an index read back, without a switch per enumeration.
//
// Index looks a value up in one step where it can: NewDense searches for
// a multiplier under which a small hash of each value's length, first,
// middle and last bytes puts every value in a slot of its own, and
// Index then compares the value with the one candidate in its slot.
// Values that no multiplier separates (the same length and the same
// three bytes) are found by a scan instead.
type Dense[T ~string] struct {
	values []T
	slot   *[denseSlots]uint8 // index+1 of the value in each hash slot; nil: scan
	mul    uint32
}

const denseSlots = 256

// NewDense returns the dense index of the values, in their order (an
// enumeration's Values function). It keeps its own copy. A repeated
// value keeps its first index.
func NewDense[T ~string](values []T) Dense[T] {
	d := Dense[T]{values: append([]T(nil), values...)}
	if len(values) == 0 || len(values) >= denseSlots/2 {
		return d
	}
	var slot [denseSlots]uint8
search:
	for mul := uint32(1); mul < 1<<12; mul += 2 {
		clear(slot[:])
		for i, v := range d.values {
			h := denseHash(string(v), mul)
			if slot[h] != 0 && d.values[slot[h]-1] != v {
				continue search
			}
			if slot[h] == 0 {
				slot[h] = uint8(i + 1)
			}
		}
		d.slot, d.mul = &slot, mul
		return d
	}
	return d
}

// denseHash hashes a value's length and its first, middle and last bytes
// into a slot.
func denseHash(v string, mul uint32) uint8 {
	n := len(v)
	if n == 0 {
		return 0
	}
	x := uint32(n) | uint32(v[0])<<8 | uint32(v[n/2])<<16 | uint32(v[n-1])<<24
	return uint8((x * (mul*0x9E3779B1 | 1)) >> 24)
}

// Len returns the number of values; the indexes run from 1 to Len.
func (d Dense[T]) Len() int { return len(d.values) }

// Index returns the index of v, from 1, or 0 when v is not a value.
func (d Dense[T]) Index(v T) int {
	if d.slot != nil {
		if i := int(d.slot[denseHash(string(v), d.mul)]); i != 0 && d.values[i-1] == v {
			return i
		}
		return 0
	}
	for i, e := range d.values {
		if e == v {
			return i + 1
		}
	}
	return 0
}

// Value returns the value of index i, or "" for 0 or an index above Len.
func (d Dense[T]) Value(i int) T {
	if i < 1 || i > len(d.values) {
		return ""
	}
	return d.values[i-1]
}
