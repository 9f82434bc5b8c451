package workforce

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/sswkit/ssw/internal/problem"
	"github.com/sswkit/ssw/internal/strictjson"
)

// DefaultMaxLineBytes is the line size limit of the stream readers when
// [StreamOptions].MaxLineBytes is 0: 1 MiB, far above any real record.
const DefaultMaxLineBytes = 1 << 20

// MaxLineBytesLimit is the largest MaxLineBytes accepted: 1 GiB. The
// limit is a bound on memory, never an allocation: a reader holds only
// the lines it meets, growing its buffer to the longest.
const MaxLineBytesLimit = 1 << 30

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
	// means DefaultMaxLineBytes, and at most [MaxLineBytesLimit] is
	// allowed. A longer line is a problem with code line_too_long; the
	// reader skips it without holding it in memory.
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

// Check reports options out of range as [Problems] (paths name the
// option: /max_line_bytes, /max_problems). A reader given bad options
// reads nothing: its first Next returns false and Err returns these
// problems.
func (o StreamOptions) Check() error {
	var ps Problems
	switch {
	case o.MaxLineBytes < 0:
		ps = append(ps, Problem{Code: CodeMin, Path: "/max_line_bytes", Value: fmt.Sprint(o.MaxLineBytes), Param: "0",
			Message: "must not be negative (0 means the default of 1 MiB)"})
	case o.MaxLineBytes > MaxLineBytesLimit:
		ps = append(ps, Problem{Code: CodeMax, Path: "/max_line_bytes", Value: fmt.Sprint(o.MaxLineBytes), Param: fmt.Sprint(MaxLineBytesLimit),
			Message: "must be at most 1 GiB (1073741824 bytes)"})
	}
	if o.MaxProblems < 0 {
		ps = append(ps, Problem{Code: CodeMin, Path: "/max_problems", Value: fmt.Sprint(o.MaxProblems), Param: "0",
			Message: "must not be negative (0 means the default of 1000)"})
	}
	return ps.Err()
}

func (o StreamOptions) maxLine() int {
	if o.MaxLineBytes <= 0 || o.MaxLineBytes > MaxLineBytesLimit {
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

// lineBufferBytes is the read buffer of a line reader; longer lines are
// gathered in a separate buffer that grows to the longest line met.
const lineBufferBytes = 64 << 10

// utf8BOM is the UTF-8 byte order mark some spreadsheet and Windows tools
// write at the start of a text file.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// lineReader yields physical lines with their numbers, bounding their
// size. A UTF-8 byte order mark at the start of the input is dropped.
type lineReader struct {
	br   *bufio.Reader
	max  int
	line int
	eof  bool
	long []byte // a line longer than the read buffer, gathered
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, min(lineBufferBytes, max+lineExtra)), max: max}
}

// lineExtra is what a line may hold beyond its limit before trimming: a
// byte order mark (3 bytes) and "\r\n".
const lineExtra = 5

// next returns the next line without its "\n" or "\r\n". tooLong reports a
// line above the limit, which has been skipped (text is nil). err is
// io.EOF after the last line, or the reader's error. The text is valid
// until the next call.
func (lr *lineReader) next() (text []byte, tooLong bool, err error) {
	if lr.eof {
		return nil, false, io.EOF
	}
	b, err := lr.br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		lr.long = append(lr.long[:0], b...)
		for errors.Is(err, bufio.ErrBufferFull) {
			b, err = lr.br.ReadSlice('\n')
			if !tooLong {
				if len(lr.long)+len(b) > lr.max+lineExtra {
					tooLong, lr.long = true, lr.long[:0]
				} else {
					lr.long = append(lr.long, b...)
				}
			}
		}
		if err != nil && err != io.EOF {
			return nil, false, err
		}
		if err == io.EOF {
			lr.eof = true
		}
		lr.line++
		if tooLong {
			return nil, true, nil
		}
		b = lr.long
	} else {
		switch {
		case err == io.EOF:
			lr.eof = true
			if len(b) == 0 {
				return nil, false, io.EOF
			}
		case err != nil:
			return nil, false, err
		}
		lr.line++
	}
	if lr.line == 1 {
		b = bytes.TrimPrefix(b, utf8BOM)
	}
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
	checked  bool
	err      error
	problems Problems
	skipped  int
	line     int
}

// bad records the problems of one bad line and reports whether reading
// goes on.
func (s *recordStream) bad(line int, ps Problems) bool {
	ps.detach()
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
	return s.bad(line, lineTooLong(s.opts.maxLine()))
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

// checkOptions stops the stream before the first record when its options
// are out of range.
func (s *recordStream) checkOptions() bool {
	if s.err == nil && !s.checked {
		s.checked = true
		s.err = s.opts.Check()
	}
	return s.err == nil
}

// JSONLReader reads one record per line from JSON Lines input. Records are
// decoded strictly (see [Decode]) one at a time, so memory does not grow
// with the length of the stream. A UTF-8 byte order mark at the start is
// accepted. A JSONLReader is not safe for concurrent use.
//
// Decoding and validation run through code generated from the record
// types (see codec.go), which allocates nothing for a valid record in
// steady state when the caller takes records with [JSONLReader.Borrow].
//
//	rd := workforce.NewJSONLReader[workforce.Worker](r, workforce.StreamOptions{Validate: true})
//	for rd.Next() {
//		w := rd.Record()
//		…
//	}
//	if err := rd.Err(); err != nil { … }
type JSONLReader[T Record] struct {
	recordStream
	lr *lineReader
	lineDecoder[T]
}

// lineDecoder decodes and validates JSON Lines records of type T into one
// borrowed record whose memory it reuses.
type lineDecoder[T Record] struct {
	scan  strictjson.Scanner
	arena arenas
	dec   strictjson.Decoder // when no generated decoder exists (bootstrap builds)
	rec   T
}

// NewJSONLReader returns a reader of records of type T from r.
func NewJSONLReader[T Record](r io.Reader, opts StreamOptions) *JSONLReader[T] {
	return &JSONLReader[T]{recordStream: recordStream{opts: opts}, lr: newLineReader(r, opts.maxLine())}
}

// decode decodes one line into the borrowed record and returns its
// problems.
func (d *lineDecoder[T]) decode(text []byte) []problem.Problem {
	d.scan.Borrow = true
	d.scan.Fast = true // paths only for a record with problems, below
	d.arena.reset()
	d.scan.Reset(text)
	if !decodeGenerated(&d.scan, &d.arena, &d.rec) {
		return d.dec.Decode(text, &d.rec)
	}
	items := d.scan.TakeProblems()
	if len(items) == 0 {
		return nil
	}
	d.scan.Fast = false
	d.arena.reset()
	d.scan.Reset(text)
	decodeGenerated(&d.scan, &d.arena, &d.rec)
	return d.scan.TakeProblems()
}

// check decodes one non-blank line and, with validate, checks the record;
// it returns the line's problems (without line numbers), nil for a good
// record.
func (d *lineDecoder[T]) check(text []byte, validate bool) Problems {
	if items := d.decode(text); len(items) > 0 {
		return fromItems(make(Problems, 0, len(items)), items).Err().(Problems)
	}
	if validate {
		if err := validateRecord(&d.rec); err != nil {
			return AsProblems(err)
		}
	}
	return nil
}

// Next advances to the next record and reports whether there is one.
// Blank lines are skipped. After false, Err tells why.
func (r *JSONLReader[T]) Next() bool {
	if !r.checkOptions() {
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
		if ps := r.check(text, r.opts.Validate); ps != nil {
			if !r.bad(r.line, ps) {
				return false
			}
			continue
		}
		return true
	}
}

// Record returns the current record as a deep copy owned by the caller:
// it shares no memory with the reader.
func (r *JSONLReader[T]) Record() T { return cloneGenerated(&r.rec) }

// Borrow returns the current record without copying it. The record, and
// every string and slice in it, are valid only until the next call to
// Next: the reader reuses their memory for the next record, so a caller
// that keeps anything must copy it (or take the record with
// [JSONLReader.Record]). Borrowing is how a stream of a million records
// is read without allocating.
func (r *JSONLReader[T]) Borrow() *T { return &r.rec }

// validateRecord checks one stream record, through pointers so that
// nothing is copied to the heap.
func validateRecord(rec any) error {
	switch v := rec.(type) {
	case *Worker:
		return finish(v.appendProblems(nil, ""))
	case *Post:
		return finish(structItems(nil, v, root))
	case *AdminArea:
		return finish(v.appendProblems(nil, ""))
	case *Employer:
		return finish(structItems(nil, v, root))
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
