package workforce

import (
	"io"

	"github.com/sswkit/ssw/internal/problem"
	"github.com/sswkit/ssw/internal/strictjson"
)

// Hooks for the external tests of the generated code (codec_test.go),
// which need the rapid generators of internal/gen, which import this
// package.

// GeneratedDecode decodes data into v with the generated decoder,
// allocating every string and slice.
func GeneratedDecode(data []byte, v any) (items []problem.Problem, known bool) {
	var s strictjson.Scanner
	s.Reset(data)
	if !decodeGenerated(&s, nil, v) {
		return nil, false
	}
	return s.TakeProblems(), true
}

// Borrower decodes documents into borrowed records, reusing its arenas
// and scratch space from one call to the next as a stream reader does.
type Borrower struct {
	s strictjson.Scanner
	a arenas
}

// Decode decodes data into v, reusing memory of the previous call.
func (b *Borrower) Decode(data []byte, v any) []problem.Problem {
	b.s.Borrow = true
	b.a.reset()
	b.s.Reset(data)
	decodeGenerated(&b.s, &b.a, v)
	return b.s.TakeProblems()
}

// GeneratedFieldsValid runs the generated field checks.
func GeneratedFieldsValid(ptr any) (valid, known bool) { return fieldsValidGenerated(ptr) }

// ValidateStreamRecord validates a record as the stream readers do.
func ValidateStreamRecord(ptr any) error { return validateRecord(ptr) }

// ReadJSONLParallelSized is ReadJSONLParallel with blocks of size bytes,
// so tests cut lines at every place.
func ReadJSONLParallelSized[T Record, R any](r io.Reader, opts StreamOptions, par, size int,
	prepare func(rec *T, out *R) error, commit func(line int, out *R) error) (ParallelResult, error) {
	return readJSONLParallel(r, opts, par, size, Steps[T, R]{Prepare: prepare, Commit: commit})
}
