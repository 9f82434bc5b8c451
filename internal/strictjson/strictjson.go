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
//   - nothing may follow the document except white space;
//   - a member name may appear only once in an object (encoding/json keeps
//     the last value silently): the second is reported with code
//     duplicate_member and the first value kept.
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
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/sswkit/ssw/internal/problem"
)

// MaxDepth is the deepest nesting of arrays and objects accepted.
const MaxDepth = 128

// Decoder decodes documents into Go values by reflection. It caches what
// it learns about each Go type, so reusing one Decoder for many records of
// the same type is faster. It is the reference decoder: decoders
// generated for the hot record types must read every document exactly as
// it does (the same values, the same problems), which a differential
// test checks. A Decoder is not safe for concurrent use; create one per
// goroutine.
type Decoder struct {
	plans map[reflect.Type]*plan
	s     Scanner
}

// Unmarshal decodes data into the value v points to with a fresh
// [Decoder]. It returns nil when the document decoded without problems.
func Unmarshal(data []byte, v any) []problem.Problem {
	var d Decoder
	return d.Decode(data, v)
}

// Decode decodes data into the value v points to. v must be a non-nil
// pointer; anything else is a programming error and panics.
func (d *Decoder) Decode(data []byte, v any) []problem.Problem {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("strictjson: Decode needs a non-nil pointer")
	}
	if d.plans == nil {
		d.plans = make(map[reflect.Type]*plan)
	}
	target := rv.Elem()
	p := d.planFor(target.Type())
	s := &d.s
	s.Reset(data)
	target.SetZero()
	if !s.Begin() {
		return s.TakeProblems()
	}
	value(s, target, p, 0)
	s.End()
	return s.TakeProblems()
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
	// ordinal numbers the member for the seen-set; required members come
	// first, so that ordinal < len(required) means required.
	ordinal int
}

type plan struct {
	kind   planKind
	typ    reflect.Type
	elem   *plan
	fields map[string]*field
	// all lists the members, required ones first, each at its ordinal.
	all []*field
	// required counts the members without omitempty/omitzero, which a
	// document must contain (as a JSON Schema generated from the same
	// struct requires them).
	required int
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
			var opt []*field
			d.collectFields(p, t, nil, &opt)
			for _, f := range opt {
				f.ordinal = len(p.all)
				p.all = append(p.all, f)
			}
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
// struct win over promoted ones. Required members are numbered as found;
// optional ones are collected in opt and numbered after them.
func (d *Decoder) collectFields(p *plan, t reflect.Type, prefix []int, opt *[]*field) {
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
		f := &field{name: name, index: index, plan: d.planFor(sf.Type), omitEmpty: omit}
		if omit {
			*opt = append(*opt, f)
		} else {
			f.ordinal = len(p.all)
			p.all = append(p.all, f)
			p.required++
		}
		p.fields[name] = f
	}
	for _, e := range embedded {
		d.collectFields(p, e.t, e.index, opt)
	}
}

func (p *plan) want() string {
	switch p.kind {
	case kStruct, kMap:
		return WantObject
	case kSlice, kArray:
		return WantArray
	case kString, kTextUnmarshaler:
		return WantString
	case kInt, kUint:
		return WantInteger
	case kBool:
		return WantBoolean
	case kPtr:
		return p.elem.want()
	}
	return WantValue
}

// value decodes the JSON value at the scanner into v (addressable) using
// plan p.
func value(s *Scanner, v reflect.Value, p *plan, depth int) {
	if s.fatal {
		return
	}
	if s.pos >= len(s.data) {
		s.syntax("unexpected end of input")
		return
	}
	c := s.data[s.pos]
	if c == 'n' && p.kind != kInterface && p.kind != kRaw {
		s.expect(0, p.want())
		return
	}
	switch p.kind {
	case kPtr:
		if v.IsNil() {
			v.Set(reflect.New(p.typ.Elem()))
		}
		value(s, v.Elem(), p.elem, depth)
	case kStruct:
		if s.OpenObject(depth) {
			object(s, v, p, depth)
		}
	case kMap:
		if s.OpenObject(depth) {
			mapObject(s, v, p, depth)
		}
	case kSlice, kArray:
		if s.OpenArray(depth) {
			array(s, v, p, depth)
		}
	case kString:
		if str, ok := s.String(); ok {
			v.SetString(str)
		}
	case kBool:
		if b, ok := s.Bool(); ok {
			v.SetBool(b)
		}
	case kInt:
		lo, hi := intBounds(v.Type().Bits())
		if n, ok := s.Int(lo, hi); ok {
			v.SetInt(n)
		}
	case kUint:
		hi := uint64(1)<<(v.Type().Bits()-1)<<1 - 1
		if n, ok := s.Uint(hi); ok {
			v.SetUint(n)
		}
	case kTextUnmarshaler:
		b, ok := s.Text(WantString)
		if !ok {
			return
		}
		u := v.Addr().Interface().(encoding.TextUnmarshaler)
		if err := u.UnmarshalText(b); err != nil {
			s.FailValue(b, err)
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
						s.fail(problem.CodeType, problem.ClipValue(string(raw)), "", fmt.Sprintf("a %s does not fit this field", jsonKind(raw[0])))
					}
				}
			}
		default:
			err = v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw)
		}
		if err != nil {
			s.FailValue(raw, err)
			v.SetZero()
		}
	default:
		s.skipValue(depth)
		s.fail(problem.CodeType, "", "", fmt.Sprintf("this decoder cannot fill a Go %s", p.typ))
	}
}

func intBounds(bits int) (lo, hi int64) {
	hi = int64(uint64(1)<<(bits-1) - 1)
	return -hi - 1, hi
}

// seenSet records which members of an object appeared: a bit mask for the
// usual small structs, a slice beyond 64 members.
type seenSet struct {
	bits uint64
	more []bool
}

func (ss *seenSet) add(i int) (again bool) {
	if ss.more != nil {
		again = ss.more[i]
		ss.more[i] = true
		return again
	}
	again = ss.bits&(1<<uint(i)) != 0
	ss.bits |= 1 << uint(i)
	return again
}

func (ss *seenSet) has(i int) bool {
	if ss.more != nil {
		return ss.more[i]
	}
	return ss.bits&(1<<uint(i)) != 0
}

func object(s *Scanner, v reflect.Value, p *plan, depth int) {
	var seen seenSet
	if len(p.all) > 64 {
		seen.more = make([]bool, len(p.all))
	}
	for first := true; ; first = false {
		key, ok := s.NextMember(first)
		if !ok {
			break
		}
		f := p.fields[string(key)]
		if f == nil {
			s.Unknown(key, depth)
			continue
		}
		if seen.add(f.ordinal) {
			s.Duplicate(f.name, depth)
			continue
		}
		s.Push(f.name)
		fv := fieldByIndex(v, f.index)
		before := len(s.problems)
		value(s, fv, f.plan, depth+1)
		if f.omitEmpty && !s.fatal && len(s.problems) == before && isEmptyScalar(fv, f.plan) {
			s.EmptyNotAllowed()
		}
		s.Pop()
	}
	if s.fatal {
		return
	}
	for _, f := range p.all[:p.required] {
		if !seen.has(f.ordinal) {
			s.Missing(f.name)
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

func mapObject(s *Scanner, v reflect.Value, p *plan, depth int) {
	if v.IsNil() {
		v.Set(reflect.MakeMap(p.typ))
	}
	var seen map[string]bool
	for first := true; ; first = false {
		key, ok := s.NextMember(first)
		if !ok {
			return
		}
		name := string(key)
		if seen[name] {
			s.Duplicate(name, depth)
			continue
		}
		if seen == nil {
			seen = make(map[string]bool)
		}
		seen[name] = true
		s.Push(name)
		ev := reflect.New(p.typ.Elem()).Elem()
		value(s, ev, p.elem, depth+1)
		s.Pop()
		if !s.fatal {
			v.SetMapIndex(reflect.ValueOf(name).Convert(p.typ.Key()), ev)
		}
	}
}

func array(s *Scanner, v reflect.Value, p *plan, depth int) {
	isSlice := p.kind == kSlice
	n := 0
	for first := true; s.NextElement(first); first = false {
		i := n
		n++
		s.PushIndex(i)
		switch {
		case isSlice:
			if i >= v.Cap() {
				v.Grow(max(4, i))
			}
			v.SetLen(i + 1)
			value(s, v.Index(i), p.elem, depth+1)
		case i < v.Len():
			value(s, v.Index(i), p.elem, depth+1)
		default:
			s.skipValue(depth + 1)
		}
		s.Pop()
	}
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
