package workforce

import (
	"strings"
	"unsafe"

	"github.com/sswkit/ssw/internal/exact"
	"github.com/sswkit/ssw/internal/strictjson"
)

//go:generate go run -tags sswgen ../internal/cmd/gencodec -out codec_gen.go

// The decoders, field validators and deep copies of the record types in
// codec_gen.go are generated from the struct definitions by
// internal/cmd/gencodec: the fields, their json tags and their validate
// tags are the single definition. The reflective decoder of
// internal/strictjson and the go-playground validator stay the
// reference semantics; differential tests prove the generated code
// agrees with them. This file holds what the generated code calls.

// readString reads a string of a named string type.
func readString[T ~string](s *strictjson.Scanner) (T, bool) {
	x, ok := s.String()
	return T(x), ok
}

// cloneString returns a copy of x that shares no memory with it.
func cloneString[T ~string](x T) T { return T(strings.Clone(string(x))) }

// bytesOf returns the bytes of x without copying them; they must not be
// changed.
func bytesOf[T ~string](x T) []byte { return unsafe.Slice(unsafe.StringData(string(x)), len(x)) }

// cloneEnum returns the constant of a known enumeration value, which
// shares memory with nothing that can change, or a copy of any other.
func cloneEnum[T ~string](x T, known func([]byte) (T, bool)) T {
	if len(x) == 0 {
		return x
	}
	if v, ok := known(bytesOf(x)); ok {
		return v
	}
	return cloneString(x)
}

// The fast paths of the generated decoders for text types (gencodec's
// fastText): each reads its type's usual form where it stands in the
// input and reports whether it did; on false nothing is consumed and the
// generated code reads the value the general way, which reports every
// problem. They accept only strings without escapes whose text the
// general way parses to the same value.

// scanDate reads a quoted date written YYYY-MM-DD.
func scanDate(s *strictjson.Scanner, d *CivilDate) bool {
	b := s.Value()
	if len(b) < 12 || b[0] != '"' || b[11] != '"' {
		return false
	}
	v, ok := parseDateFast(b[1:11]) // digits and hyphens only, or false
	if !ok {
		return false
	}
	*d = v
	s.Advance(12)
	return true
}

func scanHours(s *strictjson.Scanner, h *Hours) bool     { return scanQuantity(s, &h.f, hoursSpec) }
func scanCredits(s *strictjson.Scanner, c *Credits) bool { return scanQuantity(s, &c.f, creditsSpec) }
func scanFTE(s *strictjson.Scanner, f *FTE) bool         { return scanQuantity(s, &f.f, fteSpec) }

// scanQuantity reads a quantity written as a quoted decimal number in its
// type's range, digits read as they are scanned: exactly what
// exact.Parse and checkQuantity accept, with the same value.
func scanQuantity(s *strictjson.Scanner, dst *exact.Fixed, q quantitySpec) bool {
	b := s.Value()
	if len(b) < 3 || b[0] != '"' {
		return false
	}
	var u uint64
	i := 1
	for ; i < len(b) && b[i]-'0' < 10; i++ {
		u = u*10 + uint64(b[i]-'0') // wraps only when too long, refused below
	}
	intDigits, scale := i-1, 0
	if intDigits == 0 || intDigits > q.maxInt || (intDigits > 1 && b[1] == '0') {
		return false
	}
	if i < len(b) && b[i] == '.' {
		for i++; i < len(b) && b[i]-'0' < 10; i++ {
			u = u*10 + uint64(b[i]-'0')
			scale++
		}
		if scale == 0 || scale > q.maxScale {
			return false
		}
	}
	if i == len(b) || b[i] != '"' {
		return false
	}
	f := exact.Fixed{Coef: int64(u), Scale: uint8(scale), Set: true}
	if checkQuantity(q, f, b[1:i]) != nil {
		return false
	}
	*dst = f
	s.Advance(i + 1)
	return true
}
