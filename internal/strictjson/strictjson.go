// Package strictjson decodes JSON into Go values the way the published
// JSON Schemas read documents, and reports every problem with a JSON
// Pointer.
//
// Compared with encoding/json it is strict where a schema is strict:
//
//   - object member names match the json tag exactly (encoding/json matches
//     case-insensitively);
//   - unknown members are reported, not ignored;
//   - null is rejected except for interface and json.RawMessage targets
//     (encoding/json silently leaves the zero value);
//   - strings must be valid UTF-8 (encoding/json replaces bad bytes);
//   - integers may be written as any JSON number with no fractional part
//     (1.0, 1e2), as JSON Schema's "integer" allows, and must fit the field;
//   - nothing may follow the document except white space.
//
// Decoding does not stop at the first problem: an offending value is
// skipped and the rest of the document is still read, so one call reports
// every decoding problem. A syntax error stops decoding.
//
//   - members without the omitempty or omitzero option must be present
//     (JSON Schemas generated from the same structs list them as required),
//     and members with one of them may not carry an explicit "" or 0,
//     since that zero value means "absent".
//
// The target is reset to its zero value before decoding, so the result
// depends only on the document.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/problem"
)

// MaxDepth is the deepest nesting of arrays and objects accepted.
const MaxDepth = 128

// Decoder decodes documents into Go values. It caches what it learns about
// each Go type, so reusing one Decoder for many records of the same type is
// faster. A Decoder is not safe for concurrent use; create one per
// goroutine.
type Decoder struct {
	plans map[reflect.Type]*plan
	st    state
}

// Unmarshal decodes data into the value v points to with a fresh
// [Decoder]. It returns nil when the document decoded without problems.
func Unmarshal(data []byte, v any) []problem.Item {
	var d Decoder
	return d.Decode(data, v)
}

// Decode decodes data into the value v points to. v must be a non-nil
// pointer; anything else is a programming error and panics.
func (d *Decoder) Decode(data []byte, v any) []problem.Item {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("strictjson: Decode needs a non-nil pointer")
	}
	if d.plans == nil {
		d.plans = make(map[reflect.Type]*plan)
	}
	target := rv.Elem()
	p := d.planFor(target.Type())
	d.st = state{data: data, stack: d.st.stack[:0]}
	s := &d.st
	target.SetZero()
	s.skipWS()
	if s.pos >= len(s.data) {
		s.fail(problem.CodeSyntax, "", "", "unexpected end of input: the document is empty")
		return s.takeProblems()
	}
	s.value(target, p, 0)
	if !s.fatal {
		s.skipWS()
		if s.pos < len(s.data) {
			s.failAt(problem.CodeTrailing, "", "", fmt.Sprintf("unexpected data after the document at %s", s.where(s.pos)))
		}
	}
	return s.takeProblems()
}

type planKind uint8

const (
	kStruct planKind = iota
	kSlice
	kArray
	kMap
	kPtr
	kString
	kInt
	kUint
	kBool
	kInterface
	kRaw
	kJSONUnmarshaler
	kTextUnmarshaler
	kUnsupported
)

type field struct {
	name  string
	index []int
	plan  *plan
	// omitEmpty is set for members tagged omitempty or omitzero: their
	// zero value means "absent", so an explicit "" or 0 is rejected.
	omitEmpty bool
	// ordinal is the member's position among the required members, or -1.
	ordinal int
}

type plan struct {
	kind   planKind
	typ    reflect.Type
	elem   *plan
	fields map[string]*field
	// names lists the member names in declaration order, for messages.
	names []string
	// enum holds the known values of an enumeration string type, so that
	// decoding one reuses its constant instead of allocating.
	enum []string
	// required lists the members without omitempty/omitzero, which a
	// document must contain (as a JSON Schema generated from the same
	// struct requires them); ordinal numbers each member for the
	// seen-set.
	required []*field
}

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	rawMessageType      = reflect.TypeFor[json.RawMessage]()
)

func (d *Decoder) planFor(t reflect.Type) *plan {
	if p, ok := d.plans[t]; ok {
		return p
	}
	p := &plan{typ: t}
	d.plans[t] = p // before recursing, so recursive types terminate
	pt := reflect.PointerTo(t)
	switch {
	case t == rawMessageType:
		p.kind = kRaw
	case pt.Implements(jsonUnmarshalerType):
		p.kind = kJSONUnmarshaler
	case pt.Implements(textUnmarshalerType):
		p.kind = kTextUnmarshaler
	default:
		switch t.Kind() {
		case reflect.Struct:
			p.kind = kStruct
			p.fields = make(map[string]*field)
			d.collectFields(p, t, nil)
		case reflect.Slice:
			p.kind = kSlice
			p.elem = d.planFor(t.Elem())
		case reflect.Array:
			p.kind = kArray
			p.elem = d.planFor(t.Elem())
		case reflect.Map:
			if t.Key().Kind() != reflect.String {
				p.kind = kUnsupported
				break
			}
			p.kind = kMap
			p.elem = d.planFor(t.Elem())
		case reflect.Pointer:
			p.kind = kPtr
			p.elem = d.planFor(t.Elem())
		case reflect.String:
			p.kind = kString
			if e, ok := reflect.Zero(t).Interface().(interface{ EnumValues() []string }); ok {
				p.enum = e.EnumValues()
			}
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			p.kind = kInt
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			p.kind = kUint
		case reflect.Bool:
			p.kind = kBool
		case reflect.Interface:
			p.kind = kInterface
		default:
			p.kind = kUnsupported
		}
	}
	return p
}

// collectFields gathers the JSON members of struct type t, flattening
// untagged embedded structs as encoding/json does. Fields of the outer
// struct win over promoted ones.
func (d *Decoder) collectFields(p *plan, t reflect.Type, prefix []int) {
	type pending struct {
		t     reflect.Type
		index []int
	}
	var embedded []pending
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		index := append(append([]int(nil), prefix...), i)
		if sf.Anonymous && name == "" {
			ft := sf.Type
			if ft.Kind() == reflect.Struct {
				embedded = append(embedded, pending{ft, index})
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if _, dup := p.fields[name]; dup {
			continue
		}
		omit := false
		for o := range strings.SplitSeq(opts, ",") {
			omit = omit || o == "omitempty" || o == "omitzero"
		}
		f := &field{name: name, index: index, plan: d.planFor(sf.Type), omitEmpty: omit, ordinal: -1}
		if !omit {
			f.ordinal = len(p.required)
			p.required = append(p.required, f)
		}
		p.fields[name] = f
		p.names = append(p.names, name)
	}
	for _, e := range embedded {
		d.collectFields(p, e.t, e.index)
	}
}

// seg is one step of the current path: a member name or an array index.
type seg struct {
	name string
	idx  int
	key  bool
}

type state struct {
	data     []byte
	pos      int
	stack    []seg
	problems []problem.Item
	fatal    bool
}

func (s *state) takeProblems() []problem.Item {
	p := s.problems
	s.problems = nil
	return p
}

func (s *state) path() string {
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

func (s *state) fail(code, value, param, msg string) {
	s.problems = append(s.problems, problem.Item{Code: code, Path: s.path(), Value: value, Param: param, Message: msg})
}

// failValue records a value rejected by its type. Errors that carry a
// problem code and message (ProblemCode, ProblemMessage) keep them.
func (s *state) failValue(value string, err error) {
	code, msg := problem.CodeInvalidValue, err.Error()
	var coded interface {
		ProblemCode() string
		ProblemMessage() string
	}
	if errors.As(err, &coded) {
		code, msg = coded.ProblemCode(), coded.ProblemMessage()
	}
	s.fail(code, value, "", msg)
}

// failAt records a fatal problem: decoding cannot continue.
func (s *state) failAt(code, value, param, msg string) {
	s.fail(code, value, param, msg)
	s.fatal = true
}

// where renders a byte offset as "line L, column C", or "column C" for
// a document on one line (a JSON Lines record).
func (s *state) where(off int) string {
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

func (s *state) syntax(msg string) {
	if s.fatal {
		return
	}
	s.failAt(problem.CodeSyntax, "", "", fmt.Sprintf("malformed JSON at %s: %s", s.where(s.pos), msg))
}

func (s *state) skipWS() {
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

func (p *plan) want() string {
	switch p.kind {
	case kStruct, kMap:
		return "object"
	case kSlice, kArray:
		return "array"
	case kString, kTextUnmarshaler:
		return "string"
	case kInt, kUint:
		return "integer"
	case kBool:
		return "boolean"
	case kPtr:
		return p.elem.want()
	}
	return "value"
}

// typeMismatch records a wrong JSON type and skips the value.
func (s *state) typeMismatch(p *plan) {
	got := jsonKind(s.data[s.pos])
	start := s.pos
	s.skipValue(0)
	if s.fatal {
		return
	}
	val := ""
	if got != "object" && got != "array" {
		val = clip(string(s.data[start:s.pos]))
	}
	s.fail(problem.CodeType, val, p.want(), fmt.Sprintf("expected %s, found %s", article(p.want()), got))
}

func article(w string) string {
	switch w[0] {
	case 'a', 'e', 'i', 'o', 'u':
		return "an " + w
	}
	return "a " + w
}

func clip(s string) string { return problem.Clip(s, problem.ClipValue) }

// value decodes the JSON value at s.pos into v (addressable) using plan p.
func (s *state) value(v reflect.Value, p *plan, depth int) {
	if s.pos >= len(s.data) {
		s.syntax("unexpected end of input")
		return
	}
	c := s.data[s.pos]
	if c == 'n' && p.kind != kInterface && p.kind != kRaw {
		if !s.literal("null") {
			return
		}
		s.fail(problem.CodeType, "null", p.want(), fmt.Sprintf("expected %s, found null", article(p.want())))
		return
	}
	switch p.kind {
	case kPtr:
		if v.IsNil() {
			v.Set(reflect.New(p.typ.Elem()))
		}
		s.value(v.Elem(), p.elem, depth)
	case kStruct:
		if c != '{' {
			s.typeMismatch(p)
			return
		}
		s.object(v, p, depth)
	case kMap:
		if c != '{' {
			s.typeMismatch(p)
			return
		}
		s.mapObject(v, p, depth)
	case kSlice, kArray:
		if c != '[' {
			s.typeMismatch(p)
			return
		}
		s.array(v, p, depth)
	case kString:
		if c != '"' {
			s.typeMismatch(p)
			return
		}
		if p.enum != nil {
			b, ok := s.strBytes()
			if !ok {
				return
			}
			v.SetString(intern(p.enum, b))
			return
		}
		str, ok := s.str()
		if ok {
			v.SetString(str)
		}
	case kBool:
		switch c {
		case 't':
			if s.literal("true") {
				v.SetBool(true)
			}
		case 'f':
			if s.literal("false") {
				v.SetBool(false)
			}
		default:
			s.typeMismatch(p)
		}
	case kInt, kUint:
		if c != '-' && (c < '0' || c > '9') {
			s.typeMismatch(p)
			return
		}
		s.integer(v, p)
	case kTextUnmarshaler:
		if c != '"' {
			s.typeMismatch(p)
			return
		}
		b, ok := s.strBytes()
		if !ok {
			return
		}
		u := v.Addr().Interface().(encoding.TextUnmarshaler)
		if err := u.UnmarshalText(b); err != nil {
			s.failValue(clip(string(b)), err)
			v.SetZero()
		}
	case kJSONUnmarshaler, kRaw, kInterface:
		start := s.pos
		s.skipValue(depth)
		if s.fatal {
			return
		}
		raw := s.data[start:s.pos]
		var err error
		switch p.kind {
		case kRaw:
			v.SetBytes(append([]byte(nil), raw...))
		case kInterface:
			var x any
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.UseNumber()
			if err = dec.Decode(&x); err == nil {
				if x == nil {
					v.SetZero()
				} else {
					xv := reflect.ValueOf(x)
					if xv.Type().AssignableTo(p.typ) {
						v.Set(xv)
					} else {
						s.fail(problem.CodeType, clip(string(raw)), "", fmt.Sprintf("a %s does not fit this field", jsonKind(raw[0])))
					}
				}
			}
		default:
			err = v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw)
		}
		if err != nil {
			s.failValue(clip(string(raw)), err)
			v.SetZero()
		}
	default:
		s.skipValue(depth)
		s.fail(problem.CodeType, "", "", fmt.Sprintf("this decoder cannot fill a Go %s", p.typ))
	}
}

func (s *state) literal(lit string) bool {
	if !bytes.HasPrefix(s.data[s.pos:], []byte(lit)) {
		s.syntax("invalid literal")
		return false
	}
	s.pos += len(lit)
	return true
}

// members walks the object at s.pos ('{'), calling each once per member
// with the member name (valid only during the call) and s.pos at the
// member's value; each must consume the value. It stops at a fatal error.
func (s *state) members(depth int, each func(name []byte)) {
	if depth >= MaxDepth {
		s.failAt(problem.CodeTooDeep, "", strconv.Itoa(MaxDepth), fmt.Sprintf("nesting deeper than %d levels", MaxDepth))
		return
	}
	s.pos++ // '{'
	s.skipWS()
	if s.pos < len(s.data) && s.data[s.pos] == '}' {
		s.pos++
		return
	}
	for {
		s.skipWS()
		if s.pos >= len(s.data) || s.data[s.pos] != '"' {
			s.syntax("expected a member name")
			return
		}
		key, ok := s.strBytes()
		if !ok {
			return
		}
		s.skipWS()
		if s.pos >= len(s.data) || s.data[s.pos] != ':' {
			s.syntax("expected ':' after a member name")
			return
		}
		s.pos++
		s.skipWS()
		each(key)
		if s.fatal {
			return
		}
		s.skipWS()
		if s.pos >= len(s.data) {
			s.syntax("unexpected end of input inside an object")
			return
		}
		switch s.data[s.pos] {
		case ',':
			s.pos++
		case '}':
			s.pos++
			return
		default:
			s.syntax("expected ',' or '}' in an object")
			return
		}
	}
}

// elements walks the array at s.pos ('['), calling each with the index of
// every element and s.pos at it; each must consume the element. It
// returns the number of elements.
func (s *state) elements(depth int, each func(i int)) int {
	if depth >= MaxDepth {
		s.failAt(problem.CodeTooDeep, "", strconv.Itoa(MaxDepth), fmt.Sprintf("nesting deeper than %d levels", MaxDepth))
		return 0
	}
	s.pos++ // '['
	s.skipWS()
	if s.pos < len(s.data) && s.data[s.pos] == ']' {
		s.pos++
		return 0
	}
	for i := 0; ; i++ {
		s.skipWS()
		each(i)
		if s.fatal {
			return i
		}
		s.skipWS()
		if s.pos >= len(s.data) {
			s.syntax("unexpected end of input inside an array")
			return i
		}
		switch s.data[s.pos] {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return i + 1
		default:
			s.syntax("expected ',' or ']' in an array")
			return i
		}
	}
}

func (s *state) object(v reflect.Value, p *plan, depth int) {
	// seen records which required members appeared: a bit mask for the
	// usual small structs, a slice beyond 64 members.
	var seen uint64
	var seenMore []bool
	if len(p.required) > 64 {
		seenMore = make([]bool, len(p.required))
	}
	s.members(depth, func(key []byte) {
		f := p.fields[string(key)]
		if f == nil {
			s.stack = append(s.stack, seg{name: string(key), key: true})
			s.skipValue(depth + 1)
			if !s.fatal {
				s.fail(problem.CodeUnknownField, "", "", fmt.Sprintf("unknown field %q", key))
			}
			s.stack = s.stack[:len(s.stack)-1]
			return
		}
		if f.ordinal >= 0 {
			if seenMore != nil {
				seenMore[f.ordinal] = true
			} else {
				seen |= 1 << uint(f.ordinal)
			}
		}
		s.stack = append(s.stack, seg{name: f.name, key: true})
		fv := fieldByIndex(v, f.index)
		before := len(s.problems)
		s.value(fv, f.plan, depth+1)
		if f.omitEmpty && !s.fatal && len(s.problems) == before && isEmptyScalar(fv, f.plan) {
			s.fail(problem.CodeInvalidValue, "", "omit", "an empty value is not allowed here: leave the member out instead")
		}
		s.stack = s.stack[:len(s.stack)-1]
	})
	if s.fatal {
		return
	}
	for _, f := range p.required {
		present := seen&(1<<uint(f.ordinal)) != 0
		if seenMore != nil {
			present = seenMore[f.ordinal]
		}
		if !present {
			s.stack = append(s.stack, seg{name: f.name, key: true})
			s.fail(problem.CodeRequired, "", "", fmt.Sprintf("member %q is required", f.name))
			s.stack = s.stack[:len(s.stack)-1]
		}
	}
}

// isEmptyScalar reports whether v is an empty string or a zero number.
func isEmptyScalar(v reflect.Value, p *plan) bool {
	switch p.kind {
	case kString:
		return v.Len() == 0
	case kInt:
		return v.Int() == 0
	case kUint:
		return v.Uint() == 0
	}
	return false
}

func fieldByIndex(v reflect.Value, index []int) reflect.Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	for _, i := range index {
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

func (s *state) mapObject(v reflect.Value, p *plan, depth int) {
	if v.IsNil() {
		v.Set(reflect.MakeMap(p.typ))
	}
	s.members(depth, func(key []byte) {
		name := string(key)
		s.stack = append(s.stack, seg{name: name, key: true})
		ev := reflect.New(p.typ.Elem()).Elem()
		s.value(ev, p.elem, depth+1)
		s.stack = s.stack[:len(s.stack)-1]
		if !s.fatal {
			v.SetMapIndex(reflect.ValueOf(name).Convert(p.typ.Key()), ev)
		}
	})
}

func (s *state) array(v reflect.Value, p *plan, depth int) {
	isSlice := p.kind == kSlice
	n := s.elements(depth, func(i int) {
		s.stack = append(s.stack, seg{idx: i})
		switch {
		case isSlice:
			if i >= v.Cap() {
				v.Grow(max(4, i))
			}
			v.SetLen(i + 1)
			s.value(v.Index(i), p.elem, depth+1)
		case i < v.Len():
			s.value(v.Index(i), p.elem, depth+1)
		default:
			s.skipValue(depth + 1)
		}
		s.stack = s.stack[:len(s.stack)-1]
	})
	if s.fatal {
		return
	}
	switch {
	case isSlice && n == 0:
		// An empty array decodes to an empty, non-nil slice so that
		// re-encoding keeps "[]".
		v.Set(reflect.MakeSlice(p.typ, 0, 0))
	case !isSlice && n != v.Len():
		s.fail(problem.CodeType, "", strconv.Itoa(v.Len()), fmt.Sprintf("expected an array of %d items, found %d", v.Len(), n))
	}
}

// number scans a JSON number and reports whether it is integral in form.
func (s *state) number() (text []byte, integral bool, ok bool) {
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
		for s.pos < len(d) && d[s.pos] >= '0' && d[s.pos] <= '9' {
			s.pos++
		}
	} else {
		s.syntax("invalid number")
		return nil, false, false
	}
	integral = true
	if s.pos < len(d) && d[s.pos] == '.' {
		integral = false
		s.pos++
		n := 0
		for s.pos < len(d) && d[s.pos] >= '0' && d[s.pos] <= '9' {
			s.pos++
			n++
		}
		if n == 0 {
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
		n := 0
		for s.pos < len(d) && d[s.pos] >= '0' && d[s.pos] <= '9' {
			s.pos++
			n++
		}
		if n == 0 {
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

func (s *state) integer(v reflect.Value, p *plan) {
	text, integral, ok := s.number()
	if !ok {
		return
	}
	str := string(text)
	if !integral {
		// JSON Schema counts 1.0 and 1e2 as integers; so do we, exactly.
		if len(str) > 64 {
			s.fail(problem.CodeOutOfRange, clip(str), "", "number out of range for this field")
			return
		}
		dv, err := decimal.NewFromString(str)
		if err != nil || !dv.IsInteger() {
			s.fail(problem.CodeType, clip(str), "integer", "expected an integer, found a number with a fractional part")
			return
		}
		bi := dv.BigInt()
		if !bi.IsInt64() {
			s.fail(problem.CodeOutOfRange, clip(str), "", "number out of range for this field")
			return
		}
		str = bi.String()
	}
	if p.kind == kInt {
		n, err := strconv.ParseInt(str, 10, 64)
		if err != nil || v.OverflowInt(n) {
			s.fail(problem.CodeOutOfRange, clip(string(text)), "", "number out of range for this field")
			return
		}
		v.SetInt(n)
		return
	}
	n, err := strconv.ParseUint(str, 10, 64)
	if err != nil || v.OverflowUint(n) {
		if strings.HasPrefix(str, "-") {
			s.fail(problem.CodeOutOfRange, clip(string(text)), "0", "must not be negative")
			return
		}
		s.fail(problem.CodeOutOfRange, clip(string(text)), "", "number out of range for this field")
		return
	}
	v.SetUint(n)
}

// intern returns the member of known equal to b, or a new string.
func intern(known []string, b []byte) string {
	for _, k := range known {
		if k == string(b) {
			return k
		}
	}
	return string(b)
}

// strBytes scans a JSON string and returns its value as bytes. Without
// escapes the bytes alias the input, so callers must not keep them.
func (s *state) strBytes() ([]byte, bool) {
	d := s.data
	start := s.pos + 1
	for i := start; i < len(d); i++ {
		c := d[i]
		if c == '"' {
			raw := d[start:i]
			if !utf8.Valid(raw) {
				break
			}
			s.pos = i + 1
			return raw, true
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	str, ok := s.str()
	return []byte(str), ok
}

// str scans a JSON string starting at s.pos ('"') and returns its value.
func (s *state) str() (string, bool) {
	d := s.data
	s.pos++ // opening quote
	start := s.pos
	// Fast path: no escapes, ASCII or valid UTF-8.
	for s.pos < len(d) {
		c := d[s.pos]
		switch {
		case c == '"':
			raw := d[start:s.pos]
			s.pos++
			if !utf8.Valid(raw) {
				s.pos = start
				s.syntax("string is not valid UTF-8")
				return "", false
			}
			return string(raw), true
		case c == '\\':
			return s.slowStr(start)
		case c < 0x20:
			s.syntax("control character in a string")
			return "", false
		}
		s.pos++
	}
	s.syntax("unexpected end of input in a string")
	return "", false
}

func (s *state) slowStr(start int) (string, bool) {
	d := s.data
	buf := append([]byte(nil), d[start:s.pos]...)
	for s.pos < len(d) {
		c := d[s.pos]
		switch {
		case c == '"':
			s.pos++
			if !utf8.Valid(buf) {
				s.syntax("string is not valid UTF-8")
				return "", false
			}
			return string(buf), true
		case c < 0x20:
			s.syntax("control character in a string")
			return "", false
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
				return "", false
			}
			if utf16.IsSurrogate(r) {
				if s.pos+6 <= len(d) && d[s.pos] == '\\' && d[s.pos+1] == 'u' {
					s.pos += 2
					r2, ok := s.hex4()
					if !ok {
						return "", false
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						buf = utf8.AppendRune(buf, dec)
						continue
					}
				}
				s.syntax("unpaired UTF-16 surrogate in a \\u escape")
				return "", false
			}
			buf = utf8.AppendRune(buf, r)
		default:
			s.syntax("invalid escape in a string")
			return "", false
		}
	}
	s.syntax("unexpected end of input in a string")
	return "", false
}

func (s *state) hex4() (rune, bool) {
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
func (s *state) skipValue(depth int) {
	if s.pos >= len(s.data) {
		s.syntax("unexpected end of input")
		return
	}
	switch c := s.data[s.pos]; c {
	case '{':
		s.members(depth, func([]byte) { s.skipValue(depth + 1) })
	case '[':
		s.elements(depth, func(int) { s.skipValue(depth + 1) })
	case '"':
		s.str()
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
	s := state{data: data}
	s.skipWS()
	s.skipValue(0)
	s.skipWS()
	return !s.fatal && s.pos == len(data)
}
