package strictjson

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/problem"
)

// CodeDuplicateMember reports an object member given twice. The first
// value is kept and the second reported, never silently preferred: a
// document that names a member twice is rejected.
const CodeDuplicateMember = "duplicate_member"

// seg is one step of the current path: a member name or an array index.
type seg struct {
	name string
	idx  int
	key  bool
}

// Scanner is the JSON grammar shared by the reflective [Decoder] and the
// decoders generated from struct definitions (see internal/cmd/gencodec):
// white space, strings, numbers and literals, objects and arrays, the
// current JSON Pointer, and the problems found so far. Both decoders
// report through it, so a document gets the same problems, with the same
// codes, paths and messages, whichever decoder reads it.
//
// A value-reading method is called with the scanner at the first byte of
// a value; it consumes the value (or, on a problem, skips it) and reports
// whether a usable value was read. After a syntax error the scanner is
// fatal and every method returns at once.
//
// A Scanner is not safe for concurrent use.
type Scanner struct {
	data     []byte
	pos      int
	stack    []seg
	problems []problem.Problem
	fatal    bool
	// Borrow makes the strings the scanner returns alias the input (or a
	// scratch buffer, for strings with escapes) instead of copying them:
	// they stay valid only until the input or the scanner is reused.
	Borrow bool
	// Fast skips keeping the path: problems are found as without it, but
	// their paths are empty. A decoder of many records decodes each fast
	// and only a record with problems again, with Fast off, to say where
	// they are; the paths cost a little on every member of every record.
	Fast    bool
	scratch []byte
}

// Reset starts scanning data. Problems found before are dropped (take
// them first); the path stack and scratch space are kept for reuse.
func (s *Scanner) Reset(data []byte) {
	s.data, s.pos, s.stack, s.problems, s.fatal = data, 0, s.stack[:0], nil, false
	s.scratch = s.scratch[:0]
}

// Begin skips leading white space and reports whether a value follows;
// an empty document is a syntax problem.
func (s *Scanner) Begin() bool {
	s.skipWS()
	if s.pos >= len(s.data) {
		s.fail(problem.CodeSyntax, "", "", "unexpected end of input: the document is empty")
		return false
	}
	return true
}

// End reports data after the document, unless decoding already failed
// fatally.
func (s *Scanner) End() {
	if s.fatal {
		return
	}
	s.skipWS()
	if s.pos < len(s.data) {
		s.failAt(problem.CodeTrailingData, "", "", fmt.Sprintf("unexpected data after the document at %s", s.where(s.pos)))
	}
}

// TakeProblems returns the problems found and forgets them.
func (s *Scanner) TakeProblems() []problem.Problem {
	p := s.problems
	s.problems = nil
	return p
}

// Fatal reports whether a syntax error stopped decoding.
func (s *Scanner) Fatal() bool { return s.fatal }

// NumProblems returns the number of problems found so far.
func (s *Scanner) NumProblems() int { return len(s.problems) }

// Push enters the member name of the current object.
func (s *Scanner) Push(name string) {
	if !s.Fast {
		s.stack = append(s.stack, seg{name: name, key: true})
	}
}

// PushIndex enters element i of the current array.
func (s *Scanner) PushIndex(i int) {
	if !s.Fast {
		s.stack = append(s.stack, seg{idx: i})
	}
}

// Pop leaves the innermost member or element.
func (s *Scanner) Pop() {
	if !s.Fast {
		s.stack = s.stack[:len(s.stack)-1]
	}
}

func (s *Scanner) path() string {
	if len(s.stack) == 0 {
		return ""
	}
	var b strings.Builder
	for _, sg := range s.stack {
		b.WriteByte('/')
		if sg.key {
			b.WriteString(jsonptr.Escape(sg.name))
		} else {
			b.WriteString(strconv.Itoa(sg.idx))
		}
	}
	return b.String()
}

// Fail records a problem at the current path.
func (s *Scanner) Fail(code, value, param, msg string) { s.fail(code, value, param, msg) }

func (s *Scanner) fail(code, value, param, msg string) {
	s.problems = append(s.problems, problem.Problem{Code: code, Path: s.path(), Value: value, Param: param, Message: msg})
}

// FailValue records a value rejected by its type. Errors that carry a
// problem code and message (ProblemCode, ProblemMessage) keep them.
func (s *Scanner) FailValue(value []byte, err error) {
	code, msg := problem.CodeInvalidValue, err.Error()
	var coded interface {
		ProblemCode() string
		ProblemMessage() string
	}
	if errors.As(err, &coded) {
		code, msg = coded.ProblemCode(), coded.ProblemMessage()
	}
	s.fail(code, problem.ClipValue(string(value)), "", msg)
}

// failAt records a fatal problem: decoding cannot continue.
func (s *Scanner) failAt(code, value, param, msg string) {
	s.fail(code, value, param, msg)
	s.fatal = true
}

// where renders a byte offset as "line L, column C", or "column C" for
// a document on one line (a JSON Lines record).
func (s *Scanner) where(off int) string {
	if off > len(s.data) {
		off = len(s.data)
	}
	col := off - bytes.LastIndexByte(s.data[:off], '\n')
	if bytes.IndexByte(s.data, '\n') < 0 {
		return fmt.Sprintf("column %d", col)
	}
	line := 1 + bytes.Count(s.data[:off], []byte{'\n'})
	return fmt.Sprintf("line %d, column %d", line, col)
}

func (s *Scanner) syntax(msg string) {
	if s.fatal {
		return
	}
	s.failAt(problem.CodeSyntax, "", "", fmt.Sprintf("malformed JSON at %s: %s", s.where(s.pos), msg))
}

func (s *Scanner) skipWS() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

func jsonKind(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	default:
		return "number"
	}
}

func article(w string) string {
	switch w[0] {
	case 'a', 'e', 'i', 'o', 'u':
		return "an " + w
	}
	return "a " + w
}

// Want kinds: the JSON type a Go field expects, as messages name it.
const (
	WantObject  = "object"
	WantArray   = "array"
	WantString  = "string"
	WantInteger = "integer"
	WantBoolean = "boolean"
	WantValue   = "value"
)

// expect checks the value at the scanner: it reports whether it starts
// with open. null is reported as a type problem, another type as a type
// mismatch (the value is skipped).
func (s *Scanner) expect(open byte, want string) bool {
	if s.pos < len(s.data) && s.data[s.pos] == open && !s.fatal {
		return true
	}
	return s.expectSlow(open, want)
}

func (s *Scanner) expectSlow(open byte, want string) bool {
	if s.fatal {
		return false
	}
	if s.pos >= len(s.data) {
		s.syntax("unexpected end of input")
		return false
	}
	c := s.data[s.pos]
	if c == open {
		return true
	}
	if c == 'n' {
		if s.literal("null") {
			s.fail(problem.CodeType, "null", want, fmt.Sprintf("expected %s, found null", article(want)))
		}
		return false
	}
	s.typeMismatch(want)
	return false
}

// typeMismatch records a wrong JSON type and skips the value.
func (s *Scanner) typeMismatch(want string) {
	got := jsonKind(s.data[s.pos])
	start := s.pos
	s.skipValue(0)
	if s.fatal {
		return
	}
	val := ""
	if got != "object" && got != "array" {
		val = problem.ClipValue(string(s.data[start:s.pos]))
	}
	s.fail(problem.CodeType, val, want, fmt.Sprintf("expected %s, found %s", article(want), got))
}

func (s *Scanner) literal(lit string) bool {
	if !bytes.HasPrefix(s.data[s.pos:], []byte(lit)) {
		s.syntax("invalid literal")
		return false
	}
	s.pos += len(lit)
	return true
}

func (s *Scanner) tooDeep(depth int) bool {
	if depth >= MaxDepth {
		s.failAt(problem.CodeTooDeep, "", strconv.Itoa(MaxDepth), fmt.Sprintf("nesting deeper than %d levels", MaxDepth))
		return true
	}
	return false
}

// OpenObject starts the object at the scanner, at nesting depth. It
// reports false, having reported the problem, when the value is not an
// object (null included) or nests too deep. Then read its members with
// NextMember.
func (s *Scanner) OpenObject(depth int) bool {
	if !s.expect('{', WantObject) || s.tooDeep(depth) {
		return false
	}
	s.pos++
	return true
}

// NextMember advances to the next member of the object opened by
// OpenObject (first is true for the first call) and returns its name
// with the scanner at its value; the caller must consume the value. The
// name aliases the input or scratch space: it is valid until the next
// scanner call. ok is false after the last member or a syntax error.
func (s *Scanner) NextMember(first bool) (name []byte, ok bool) {
	if s.fatal {
		return nil, false
	}
	s.skipWS()
	if s.pos >= len(s.data) {
		if first {
			s.syntax("expected a member name")
		} else {
			s.syntax("unexpected end of input inside an object")
		}
		return nil, false
	}
	if !first {
		switch s.data[s.pos] {
		case ',':
			s.pos++
			s.skipWS()
		case '}':
			s.pos++
			return nil, false
		default:
			s.syntax("expected ',' or '}' in an object")
			return nil, false
		}
	} else if s.data[s.pos] == '}' {
		s.pos++
		return nil, false
	}
	if s.pos >= len(s.data) || s.data[s.pos] != '"' {
		s.syntax("expected a member name")
		return nil, false
	}
	key, ok := s.strBytes()
	if !ok {
		return nil, false
	}
	s.skipWS()
	if s.pos >= len(s.data) || s.data[s.pos] != ':' {
		s.syntax("expected ':' after a member name")
		return nil, false
	}
	s.pos++
	s.skipWS()
	return key, true
}

// Ahead returns the input from where the next member's name would start
// — after the comma that separates it from the previous member unless
// first — without consuming anything, or nil when no comma is there. A
// decoder that guesses the member order of a compact writer compares it
// with the quoted name and colon it expects (`"id":`), a comparison with
// a constant that compiles to a few instructions, and on a match calls
// Consume; otherwise NextMember reads the member.
func (s *Scanner) Ahead(first bool) []byte {
	p := s.pos
	if !first {
		if p >= len(s.data) || s.data[p] != ',' {
			return nil
		}
		p++
	}
	return s.data[p:]
}

// Consume moves past n bytes of what Ahead returned (first as given to
// it), and past white space, to the member's value.
func (s *Scanner) Consume(first bool, n int) {
	if !first {
		n++
	}
	s.pos += n
	s.skipWS()
}

// Value returns the input from the current value on, without consuming
// anything, or nil after a fatal error. A decoder with a fast path for a
// value's usual form — a known enumeration value, a quoted date — checks
// that form there and calls Advance; otherwise it reads the value the
// general way, which reports every problem. A fast path must accept only
// what the general way accepts, with the same result.
func (s *Scanner) Value() []byte {
	if s.fatal {
		return nil
	}
	return s.data[s.pos:]
}

// Advance moves past n bytes of what Value returned: the whole value.
func (s *Scanner) Advance(n int) { s.pos += n }

// Unknown reports the member name as unknown and skips its value.
func (s *Scanner) Unknown(name []byte, depth int) {
	if !s.Fast {
		s.stack = append(s.stack, seg{name: string(name), key: true})
	}
	s.skipValue(depth + 1)
	if !s.fatal {
		s.fail(problem.CodeUnknownField, "", "", fmt.Sprintf("unknown field %q", name))
	}
	s.Pop()
}

// Duplicate reports a member given a second time and skips its value;
// the first value stays.
func (s *Scanner) Duplicate(name string, depth int) {
	s.Push(name)
	s.skipValue(depth + 1)
	if !s.fatal {
		s.fail(CodeDuplicateMember, "", "", fmt.Sprintf("member %q appears more than once; a member may be given only once", name))
	}
	s.Pop()
}

// Missing reports a required member that the object did not contain.
func (s *Scanner) Missing(name string) {
	s.Push(name)
	s.fail(problem.CodeRequired, "", "", fmt.Sprintf("member %q is required", name))
	s.Pop()
}

// EmptyNotAllowed reports an explicit "" or 0 for a member whose zero
// value means "absent".
func (s *Scanner) EmptyNotAllowed() {
	s.fail(problem.CodeInvalidValue, "", "omit", "an empty value is not allowed here: leave the member out instead")
}

// OpenArray starts the array at the scanner. It reports false, having
// reported the problem, when the value is not an array or nests too deep.
// Then read its elements with NextElement.
func (s *Scanner) OpenArray(depth int) bool {
	if !s.expect('[', WantArray) || s.tooDeep(depth) {
		return false
	}
	s.pos++
	return true
}

// NextElement advances to the next element of the array opened by
// OpenArray (first is true for the first call), with the scanner at it;
// the caller must consume it. It is false after the last element or a
// syntax error.
func (s *Scanner) NextElement(first bool) bool {
	if s.fatal {
		return false
	}
	s.skipWS()
	if first {
		if s.pos < len(s.data) && s.data[s.pos] == ']' {
			s.pos++
			return false
		}
		return true
	}
	if s.pos >= len(s.data) {
		s.syntax("unexpected end of input inside an array")
		return false
	}
	switch s.data[s.pos] {
	case ',':
		s.pos++
		s.skipWS()
		return true
	case ']':
		s.pos++
		return false
	default:
		s.syntax("expected ',' or ']' in an array")
		return false
	}
}

// Skip consumes one value of any type, checking its syntax.
func (s *Scanner) Skip(depth int) { s.skipValue(depth) }

// String reads a string value. Unless Borrow is set, the result is a
// copy.
func (s *Scanner) String() (string, bool) {
	b, ok := s.Text(WantString)
	if !ok {
		return "", false
	}
	return s.Own(b), true
}

// Own returns b, read from the input by Text, as a string: a copy, or in
// Borrow mode an alias of the same memory.
func (s *Scanner) Own(b []byte) string {
	if !s.Borrow {
		return string(b)
	}
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Text reads a string value as bytes for a type that parses it (dates,
// decimals, enumerations). The bytes alias the input or scratch space:
// they are valid until the next scanner call.
func (s *Scanner) Text(want string) ([]byte, bool) {
	if s.pos < len(s.data) && s.data[s.pos] == '"' && !s.fatal {
		return s.strBytes()
	}
	s.expect('"', want) // reports what is there instead
	return nil, false
}

// Bool reads a boolean value.
func (s *Scanner) Bool() (v, ok bool) {
	if s.fatal {
		return false, false
	}
	if s.pos >= len(s.data) {
		s.syntax("unexpected end of input")
		return false, false
	}
	switch s.data[s.pos] {
	case 't':
		return true, s.literal("true")
	case 'f':
		return false, s.literal("false")
	}
	s.expect(0, WantBoolean) // null or another type: reported
	return false, false
}

// integer reads a number that must be integral, returning its text and
// its integer digits (1e2 as "100"); a problem is reported otherwise.
func (s *Scanner) integer() (text []byte, str string, ok bool) {
	if !s.atNumber() {
		return nil, "", false
	}
	text, integral, ok := s.number()
	if !ok {
		return nil, "", false
	}
	str, ok = s.integralText(text, integral)
	return text, str, ok
}

// Int reads an integer that must lie in [lo, hi]. JSON Schema counts
// 1.0 and 1e2 as integers; so does Int, exactly.
func (s *Scanner) Int(lo, hi int64) (int64, bool) {
	text, str, ok := s.integer()
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(str, 10, 64)
	if err != nil || n < lo || n > hi {
		s.fail(problem.CodeOutOfRange, problem.ClipValue(string(text)), "", "number out of range for this field")
		return 0, false
	}
	return n, true
}

// Uint reads a non-negative integer no larger than hi.
func (s *Scanner) Uint(hi uint64) (uint64, bool) {
	text, str, ok := s.integer()
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseUint(str, 10, 64)
	if err != nil || n > hi {
		if strings.HasPrefix(str, "-") {
			s.fail(problem.CodeOutOfRange, problem.ClipValue(string(text)), "0", "must not be negative")
			return 0, false
		}
		s.fail(problem.CodeOutOfRange, problem.ClipValue(string(text)), "", "number out of range for this field")
		return 0, false
	}
	return n, true
}

// Int bounds of the Go integer kinds, for generated decoders.
const (
	MinInt, MaxInt     = math.MinInt, math.MaxInt
	MinInt64, MaxInt64 = math.MinInt64, math.MaxInt64
	MinInt32, MaxInt32 = math.MinInt32, math.MaxInt32
	MinInt16, MaxInt16 = math.MinInt16, math.MaxInt16
	MinInt8, MaxInt8   = math.MinInt8, math.MaxInt8
)

func (s *Scanner) atNumber() bool {
	if s.fatal {
		return false
	}
	if s.pos >= len(s.data) {
		s.syntax("unexpected end of input")
		return false
	}
	if c := s.data[s.pos]; c != '-' && (c < '0' || c > '9') {
		s.expect(0, WantInteger)
		return false
	}
	return true
}

// integralText returns the decimal digits of an integral number written
// in any JSON form (1.0, 1e2), or reports it.
func (s *Scanner) integralText(text []byte, integral bool) (string, bool) {
	if integral { // the text is read at once, never kept: alias it
		return unsafe.String(&text[0], len(text)), true
	}
	str := string(text)
	if len(str) > 64 {
		s.fail(problem.CodeOutOfRange, problem.ClipValue(str), "", "number out of range for this field")
		return "", false
	}
	dv, err := decimal.NewFromString(str)
	if err != nil || !dv.IsInteger() {
		s.fail(problem.CodeType, problem.ClipValue(str), "integer", "expected an integer, found a number with a fractional part")
		return "", false
	}
	bi := dv.BigInt()
	if !bi.IsInt64() {
		s.fail(problem.CodeOutOfRange, problem.ClipValue(str), "", "number out of range for this field")
		return "", false
	}
	return bi.String(), true
}

// digits moves past the decimal digits at the position and returns how
// many there were.
func (s *Scanner) digits() int {
	start := s.pos
	for s.pos < len(s.data) && s.data[s.pos] >= '0' && s.data[s.pos] <= '9' {
		s.pos++
	}
	return s.pos - start
}

// number scans a JSON number and reports whether it is integral in form.
func (s *Scanner) number() (text []byte, integral bool, ok bool) {
	start := s.pos
	d := s.data
	if s.pos < len(d) && d[s.pos] == '-' {
		s.pos++
	}
	if s.pos >= len(d) {
		s.syntax("unexpected end of input in a number")
		return nil, false, false
	}
	if d[s.pos] == '0' {
		s.pos++
	} else if d[s.pos] >= '1' && d[s.pos] <= '9' {
		s.digits()
	} else {
		s.syntax("invalid number")
		return nil, false, false
	}
	integral = true
	if s.pos < len(d) && d[s.pos] == '.' {
		integral = false
		s.pos++
		if s.digits() == 0 {
			s.syntax("invalid number: no digits after the decimal point")
			return nil, false, false
		}
	}
	if s.pos < len(d) && (d[s.pos] == 'e' || d[s.pos] == 'E') {
		integral = false
		s.pos++
		if s.pos < len(d) && (d[s.pos] == '+' || d[s.pos] == '-') {
			s.pos++
		}
		if s.digits() == 0 {
			s.syntax("invalid number: no digits in the exponent")
			return nil, false, false
		}
	}
	if s.pos < len(d) {
		switch d[s.pos] {
		case ' ', '\t', '\n', '\r', ',', ']', '}':
		default:
			s.syntax("invalid number")
			return nil, false, false
		}
	}
	return d[start:s.pos], integral, true
}

// SWAR constants for checking eight string bytes at a time.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// unusual reports whether b holds a control character (below 0x20) or a
// byte of a multi-byte UTF-8 sequence (0x80 and above).
func unusual(b []byte) bool {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if (((x-lsb*0x20)&^x)|x)&msb != 0 {
			return true
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; c < 0x20 || c >= 0x80 {
			return true
		}
	}
	return false
}

// strBytes scans a JSON string starting at s.pos ('"') and returns its
// value as bytes. Without escapes the bytes alias the input; with them,
// the scratch buffer in Borrow mode or a fresh slice otherwise. The
// closing quote and any backslash are found with bytes.IndexByte, which
// scans many bytes per instruction.
func (s *Scanner) strBytes() ([]byte, bool) {
	d := s.data
	start := s.pos + 1
	// Plain strings (ASCII, no escape): eight bytes at a time find the
	// first byte that needs attention, which is usually the closing quote.
	i := start
	for i+8 <= len(d) {
		x := binary.LittleEndian.Uint64(d[i:])
		q, bs := x^(lsb*'"'), x^(lsb*'\\')
		// The lowest flagged byte is exactly the first quote, backslash,
		// control character or non-ASCII byte (borrows only run upward).
		if m := ((q-lsb)&^q | (bs-lsb)&^bs | (x-lsb*0x20)&^x | x) & msb; m != 0 {
			i += bits.TrailingZeros64(m) >> 3
			break
		}
		i += 8
	}
	for ; i < len(d); i++ {
		c := d[i]
		if c == '"' {
			s.pos = i + 1
			return d[start:i], true
		}
		if c-0x20 >= 0x60 || c == '\\' { // control, non-ASCII or escape
			break
		}
	}
	j := bytes.IndexByte(d[start:], '"')
	if j >= 0 {
		raw := d[start : start+j]
		if bytes.IndexByte(raw, '\\') < 0 {
			if !unusual(raw) {
				s.pos = start + j + 1
				return raw, true
			}
			for i, c := range raw {
				if c < 0x20 {
					s.pos = start + i
					s.syntax("control character in a string")
					return nil, false
				}
			}
			if !utf8.Valid(raw) {
				s.pos = start
				s.syntax("string is not valid UTF-8")
				return nil, false
			}
			s.pos = start + j + 1
			return raw, true
		}
	}
	// Escapes, or no closing quote: the slow path finds out which.
	i = start
	for ; i < len(d) && d[i] != '\\'; i++ {
		if c := d[i]; c < 0x20 {
			s.pos = i
			s.syntax("control character in a string")
			return nil, false
		}
	}
	if i >= len(d) {
		s.pos = len(d)
		s.syntax("unexpected end of input in a string")
		return nil, false
	}
	s.pos = i
	return s.slowStr(start)
}

func (s *Scanner) slowStr(start int) ([]byte, bool) {
	d := s.data
	var buf []byte
	mark := len(s.scratch)
	if s.Borrow {
		buf = append(s.scratch, d[start:s.pos]...)
	} else {
		buf = append([]byte(nil), d[start:s.pos]...)
	}
	for s.pos < len(d) {
		c := d[s.pos]
		switch {
		case c == '"':
			s.pos++
			out := buf
			if s.Borrow {
				s.scratch = buf
				out = buf[mark:]
			}
			if !utf8.Valid(out) {
				s.syntax("string is not valid UTF-8")
				return nil, false
			}
			return out, true
		case c < 0x20:
			s.syntax("control character in a string")
			return nil, false
		case c != '\\':
			buf = append(buf, c)
			s.pos++
			continue
		}
		s.pos++
		if s.pos >= len(d) {
			break
		}
		e := d[s.pos]
		s.pos++
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := s.hex4()
			if !ok {
				return nil, false
			}
			if utf16.IsSurrogate(r) {
				if s.pos+6 <= len(d) && d[s.pos] == '\\' && d[s.pos+1] == 'u' {
					s.pos += 2
					r2, ok := s.hex4()
					if !ok {
						return nil, false
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						buf = utf8.AppendRune(buf, dec)
						continue
					}
				}
				s.syntax("unpaired UTF-16 surrogate in a \\u escape")
				return nil, false
			}
			buf = utf8.AppendRune(buf, r)
		default:
			s.syntax("invalid escape in a string")
			return nil, false
		}
	}
	s.syntax("unexpected end of input in a string")
	return nil, false
}

func (s *Scanner) hex4() (rune, bool) {
	if s.pos+4 > len(s.data) {
		s.syntax("short \\u escape")
		return 0, false
	}
	var r rune
	for _, c := range s.data[s.pos : s.pos+4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			s.syntax("invalid \\u escape")
			return 0, false
		}
	}
	s.pos += 4
	return r, true
}

// skipValue scans over one JSON value, checking its syntax.
func (s *Scanner) skipValue(depth int) {
	if s.pos >= len(s.data) {
		s.syntax("unexpected end of input")
		return
	}
	switch c := s.data[s.pos]; c {
	case '{':
		if s.tooDeep(depth) {
			return
		}
		s.pos++
		for first := true; ; first = false {
			if _, ok := s.NextMember(first); !ok {
				return
			}
			s.skipValue(depth + 1)
		}
	case '[':
		if s.tooDeep(depth) {
			return
		}
		s.pos++
		for first := true; s.NextElement(first); first = false {
			s.skipValue(depth + 1)
		}
	case '"':
		s.strBytes()
	case 't':
		s.literal("true")
	case 'f':
		s.literal("false")
	case 'n':
		s.literal("null")
	default:
		if c == '-' || (c >= '0' && c <= '9') {
			s.number()
			return
		}
		s.syntax(fmt.Sprintf("unexpected character %q", rune(c)))
	}
}

// Valid reports whether data is one well-formed JSON value (with optional
// surrounding white space), using the same grammar as [Decoder.Decode].
func Valid(data []byte) bool {
	var s Scanner
	s.Reset(data)
	s.skipWS()
	s.skipValue(0)
	s.skipWS()
	return !s.fatal && s.pos == len(data)
}
