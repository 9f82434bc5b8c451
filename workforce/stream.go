package workforce

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/sswkit/ssw/internal/strictjson"
)

// DefaultMaxLineBytes is the line size limit of the stream readers when
// [StreamOptions].MaxLineBytes is 0: 1 MiB, far above any real record.
const DefaultMaxLineBytes = 1 << 20

// DefaultMaxProblems bounds the problems a reader keeps when
// [StreamOptions].MaxProblems is 0.
const DefaultMaxProblems = 1000

// Record is the set of record types the stream readers and writers
// handle: one record per line.
type Record interface {
	Worker | Post | AdminArea | Employer
}

// StreamOptions configures the JSON Lines and CSV readers. The zero value
// reads strictly: the first bad line stops the stream.
type StreamOptions struct {
	// MaxLineBytes is the longest line accepted, newline excluded; 0
	// means DefaultMaxLineBytes. A longer line is a problem with code
	// line_too_long; the reader skips it without holding it in memory.
	MaxLineBytes int
	// Validate runs each record's Validate method after decoding, so a
	// record that breaks a rule is a bad line too.
	Validate bool
	// ContinueOnError skips bad lines instead of stopping: their problems
	// are collected (see Problems) and reading goes on with the next line,
	// so valid records are never lost because of a bad one.
	ContinueOnError bool
	// MaxProblems bounds the problems kept when ContinueOnError is set;
	// 0 means DefaultMaxProblems. Bad lines beyond it are still skipped
	// and counted by Skipped, so memory stays bounded.
	MaxProblems int
}

func (o StreamOptions) maxLine() int {
	if o.MaxLineBytes <= 0 {
		return DefaultMaxLineBytes
	}
	return o.MaxLineBytes
}

func (o StreamOptions) maxProblems() int {
	if o.MaxProblems <= 0 {
		return DefaultMaxProblems
	}
	return o.MaxProblems
}

// lineReader yields physical lines with their numbers, bounding their size.
type lineReader struct {
	br   *bufio.Reader
	max  int
	line int
	eof  bool
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, max+2), max: max}
}

// next returns the next line without its "\n" or "\r\n". tooLong reports a
// line above the limit, which has been skipped (text is nil). err is
// io.EOF after the last line, or the reader's error.
func (lr *lineReader) next() (text []byte, tooLong bool, err error) {
	if lr.eof {
		return nil, false, io.EOF
	}
	b, err := lr.br.ReadSlice('\n')
	switch {
	case errors.Is(err, bufio.ErrBufferFull):
		lr.line++
		for errors.Is(err, bufio.ErrBufferFull) {
			_, err = lr.br.ReadSlice('\n')
		}
		if err == io.EOF {
			lr.eof = true
		} else if err != nil {
			return nil, true, err
		}
		return nil, true, nil
	case err == io.EOF:
		lr.eof = true
		if len(b) == 0 {
			return nil, false, io.EOF
		}
	case err != nil:
		return nil, false, err
	}
	lr.line++
	b = bytes.TrimSuffix(b, []byte("\n"))
	b = bytes.TrimSuffix(b, []byte("\r"))
	if len(b) > lr.max {
		return nil, true, nil
	}
	return b, false, nil
}

// recordStream is the part shared by the JSON Lines and CSV readers:
// where to put problems, whether to go on, and what to return.
type recordStream struct {
	opts     StreamOptions
	err      error
	problems Problems
	skipped  int
	line     int
}

// bad records the problems of one bad line and reports whether reading
// goes on.
func (s *recordStream) bad(line int, ps Problems) bool {
	for i := range ps {
		ps[i].Line = line
	}
	if !s.opts.ContinueOnError {
		s.err = ps
		return false
	}
	s.skipped++
	if room := s.opts.maxProblems() - len(s.problems); room > 0 {
		s.problems = append(s.problems, ps[:min(room, len(ps))]...)
	}
	return true
}

func (s *recordStream) tooLong(line int) bool {
	return s.bad(line, Problems{{Code: CodeLineTooLong, Param: fmt.Sprint(s.opts.maxLine()),
		Message: fmt.Sprintf("the line is longer than the limit of %d bytes", s.opts.maxLine())}})
}

// Err returns the error that stopped the stream: [Problems] for a bad line
// when ContinueOnError is off (each with its Line), or the underlying
// reader's error. It is nil at a clean end of input.
func (s *recordStream) Err() error { return s.err }

// Problems returns the problems of the bad lines skipped so far (with
// ContinueOnError), at most MaxProblems of them, in line order.
func (s *recordStream) Problems() Problems { return s.problems }

// Skipped returns the number of bad lines skipped so far.
func (s *recordStream) Skipped() int { return s.skipped }

// Line returns the line number of the current record (its first line for
// a CSV record spanning several).
func (s *recordStream) Line() int { return s.line }

// JSONLReader reads one record per line from JSON Lines input. Records are
// decoded strictly (see [Decode]) one at a time, so memory does not grow
// with the length of the stream. A JSONLReader is not safe for concurrent
// use.
//
//	rd := workforce.NewJSONLReader[workforce.Worker](r, workforce.StreamOptions{Validate: true})
//	for rd.Next() {
//		w := rd.Record()
//		…
//	}
//	if err := rd.Err(); err != nil { … }
type JSONLReader[T Record] struct {
	recordStream
	lr  *lineReader
	dec strictjson.Decoder
	rec T
}

// NewJSONLReader returns a reader of records of type T from r.
func NewJSONLReader[T Record](r io.Reader, opts StreamOptions) *JSONLReader[T] {
	return &JSONLReader[T]{recordStream: recordStream{opts: opts}, lr: newLineReader(r, opts.maxLine())}
}

// Next advances to the next record and reports whether there is one.
// Blank lines are skipped. After false, Err tells why.
func (r *JSONLReader[T]) Next() bool {
	if r.err != nil {
		return false
	}
	for {
		text, tooLong, err := r.lr.next()
		if err == io.EOF {
			return false
		}
		if err != nil {
			r.err = fmt.Errorf("workforce: reading line %d: %w", r.lr.line+1, err)
			return false
		}
		r.line = r.lr.line
		if tooLong {
			if !r.tooLong(r.line) {
				return false
			}
			continue
		}
		if len(bytes.TrimSpace(text)) == 0 {
			continue
		}
		if items := r.dec.Decode(text, &r.rec); len(items) > 0 {
			if !r.bad(r.line, fromItems(make(Problems, 0, len(items)), items).Err().(Problems)) {
				return false
			}
			continue
		}
		if r.opts.Validate {
			if err := validateRecord(&r.rec); err != nil {
				if !r.bad(r.line, AsProblems(err)) {
					return false
				}
				continue
			}
		}
		return true
	}
}

// Record returns the current record. The value is a copy owned by the
// caller.
func (r *JSONLReader[T]) Record() T { return r.rec }

func validateRecord(rec any) error {
	switch v := rec.(type) {
	case *Worker:
		return finish(v.appendProblems(nil, ""))
	case *Post:
		return v.Validate()
	case *AdminArea:
		return finish(v.appendProblems(nil, ""))
	case *Employer:
		return v.Validate()
	}
	return nil
}

// JSONLWriter writes one record per line as JSON Lines. Each Write makes
// one call to the underlying writer; wrap it in a bufio.Writer for speed.
type JSONLWriter[T Record] struct {
	w   io.Writer
	buf bytes.Buffer
	enc *json.Encoder
}

// NewJSONLWriter returns a writer of records of type T to w.
func NewJSONLWriter[T Record](w io.Writer) *JSONLWriter[T] {
	jw := &JSONLWriter[T]{w: w}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	return jw
}

// Write encodes rec on one line.
func (w *JSONLWriter[T]) Write(rec T) error {
	w.buf.Reset()
	if err := w.enc.Encode(rec); err != nil {
		return fmt.Errorf("workforce: encoding record: %w", err)
	}
	if _, err := w.w.Write(w.buf.Bytes()); err != nil {
		return fmt.Errorf("workforce: writing record: %w", err)
	}
	return nil
}
