package workforce

import (
	"strings"
	"unsafe"

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
