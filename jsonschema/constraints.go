package jsonschema

import (
	"encoding/json"
	"math/big"
	"reflect"
	"strings"

	ijs "github.com/invopop/jsonschema"

	"github.com/sswkit/ssw/internal/vcheck"
)

// tagRules translates each validate tag into the rules of the level it
// applies to; dive, which moves to the elements, has no entry of its own
// but is handled by [generator.translate]. A tag vcheck accepts that has
// no translation here fails generation (a test checks that the two lists
// agree), so the validator and the schema never drift apart silently.
var tagRules = map[vcheck.OpKind]func(r *rules, o vcheck.Op){
	vcheck.OpRequired:  func(r *rules, _ vcheck.Op) { r.required = true },
	vcheck.OpOmitEmpty: func(r *rules, _ vcheck.Op) { r.omitempty = true },
	vcheck.OpValid:     func(r *rules, _ vcheck.Op) { r.valid = true },
	vcheck.OpMin:       atLeast,
	vcheck.OpGTE:       atLeast,
	vcheck.OpMax:       atMost,
	vcheck.OpLTE:       atMost,
}

// atLeast keeps the tighter lower bound.
func atLeast(r *rules, o vcheck.Op) {
	if n := o.N; r.min == nil || n > *r.min {
		r.min = &n
	}
}

// atMost keeps the tighter upper bound.
func atMost(r *rules, o vcheck.Op) {
	if n := o.N; r.max == nil || n < *r.max {
		r.max = &n
	}
}

// translates reports whether the generator translates the tag.
func translates(k vcheck.OpKind) bool {
	_, ok := tagRules[k]
	return ok || k == vcheck.OpDive
}

// translatedTags lists the validate tags the generator translates, in
// the order of vcheck.Tags (which is the order of vcheck.OpKind).
func translatedTags() []string {
	var out []string
	for i, name := range vcheck.Tags() {
		if translates(vcheck.OpKind(i)) {
			out = append(out, name)
		}
	}
	return out
}

// parseOps reads the validate tag of a field through vcheck.ParseTag, the
// one interpreter of the tag language, refusing any tag the generator
// cannot translate.
func (g *generator) parseOps(owner reflect.Type, f reflect.StructField) ([]vcheck.Op, error) {
	ops, err := vcheck.ParseTag(f.Tag.Get("validate"))
	if err != nil {
		return nil, g.errorf(owner, f.Name, "%v, so no schema keyword mirrors it", err)
	}
	for _, o := range ops {
		if !translates(o.Kind) {
			return nil, g.errorf(owner, f.Name, "validate tag %q is allowed by vcheck.Tags but has no schema translation", o.Kind)
		}
	}
	return ops, nil
}

// structRules applies the field rules of struct type t to its object
// schema s: validate tags, the decoder's treatment of optional members,
// and the object rules of [objectRules]. The required list keeps the
// order of the properties.
func (g *generator) structRules(t reflect.Type, s *ijs.Schema) error {
	if s.Properties == nil {
		return g.errorf(t, "", "the reflected schema has no properties object")
	}
	req := make(map[string]bool)
	for _, n := range s.Required {
		req[n] = true
	}
	if err := g.fields(t, t, s, req); err != nil {
		return err
	}
	s.Required = nil
	for pair := s.Properties.Oldest(); pair != nil; pair = pair.Next() {
		if req[pair.Key] {
			s.Required = append(s.Required, pair.Key)
		}
	}
	return g.objectRules(t, s)
}

// fields translates the fields of t (or of a struct embedded in owner)
// into keywords on their properties in s.
func (g *generator) fields(owner, t reflect.Type, s *ijs.Schema, req map[string]bool) error {
	for i := range t.NumField() {
		f := t.Field(i)
		jsonTag := f.Tag.Get("json")
		if jsonTag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(jsonTag, ",")
		if f.Anonymous && name == "" {
			if f.Type.Kind() == reflect.Struct {
				if err := g.fields(owner, f.Type, s, req); err != nil {
					return err
				}
				continue
			}
			return g.errorf(owner, f.Name, "embedded %s fields are read differently by the Go decoder and the schema generator; give the field a json name", f.Type.Kind())
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		for _, k := range []string{"jsonschema", "jsonschema_extras", "jsonschema_description"} {
			if _, ok := f.Tag.Lookup(k); ok {
				return g.errorf(owner, f.Name, "struct tag %s is not allowed: schema constraints come from validate tags and value types, so that Go and the schema share one source", k)
			}
		}
		prop, ok := s.Properties.Get(name)
		if !ok {
			return g.errorf(owner, f.Name, "no property %q in the reflected schema", name)
		}
		omit := false
		for o := range strings.SplitSeq(opts, ",") {
			omit = omit || o == "omitempty" || o == "omitzero"
		}
		if err := g.translate(owner, f, name, prop, omit, req); err != nil {
			return err
		}
	}
	return nil
}

// level is one level of a field's value: the field itself, or the
// elements reached by a dive.
type level struct {
	typ   reflect.Type // the Go type, pointers removed
	ptr   bool         // the Go type was a pointer
	sch   *ijs.Schema  // the schema constraining this level
	depth int
}

// rules are the validate tag items that apply to one level.
type rules struct {
	omitempty, required, valid bool
	min, max                   *int64
}

func deref(t reflect.Type) (reflect.Type, bool) {
	ptr := false
	for t.Kind() == reflect.Pointer {
		t, ptr = t.Elem(), true
	}
	return t, ptr
}

// translate applies the validate tag of field f, whose property schema
// is prop, level by level.
func (g *generator) translate(owner reflect.Type, f reflect.StructField, name string, prop *ijs.Schema, omit bool, req map[string]bool) error {
	ops, err := g.parseOps(owner, f)
	if err != nil {
		return err
	}
	t, ptr := deref(f.Type)
	lv := level{typ: t, ptr: ptr, sch: prop}
	var r rules
	for i, o := range ops {
		switch o.Kind {
		case vcheck.OpOmitEmpty:
			if i != 0 {
				return g.errorf(owner, f.Name, "omitempty must be the first validate tag")
			}
		case vcheck.OpDive:
			if err := g.applyLevel(owner, f, name, lv, r, omit, req); err != nil {
				return err
			}
			if lv, err = g.dive(owner, f, lv); err != nil {
				return err
			}
			r = rules{}
			continue
		}
		tagRules[o.Kind](&r, o)
	}
	if err := g.applyLevel(owner, f, name, lv, r, omit, req); err != nil {
		return err
	}
	// Levels no dive reached get no rules: a value type that only the
	// validator checks would then be stricter in the schema than in Go.
	for t := lv.typ; isContainer(t); {
		t, _ = deref(t.Elem())
		if o, _ := g.ownTypeOf(t); o != nil && !o.text {
			return g.errorf(owner, f.Name, "elements of type %s need the validate tags dive,valid: without them Go accepts any string", typeString(t))
		}
	}
	return nil
}

func isContainer(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return true
	}
	return false
}

// dive moves from a slice, array or map level to its elements.
func (g *generator) dive(owner reflect.Type, f reflect.StructField, lv level) (level, error) {
	if !isContainer(lv.typ) {
		return level{}, g.errorf(owner, f.Name, "dive on a %s; it needs a slice, array or map", lv.typ.Kind())
	}
	elem, ptr := deref(lv.typ.Elem())
	next := level{typ: elem, ptr: ptr, depth: lv.depth + 1}
	if lv.typ.Kind() == reflect.Map {
		next.sch = lv.sch.AdditionalProperties
	} else {
		next.sch = lv.sch.Items
	}
	if next.sch == nil || next.sch == ijs.TrueSchema || next.sch == ijs.FalseSchema {
		return level{}, g.errorf(owner, f.Name, "the reflected schema has no element schema to dive into")
	}
	return next, nil
}

// applyLevel turns the rules of one level into keywords on its schema.
func (g *generator) applyLevel(owner reflect.Type, f reflect.StructField, name string, lv level, r rules, omit bool, req map[string]bool) error {
	fail := func(format string, args ...any) error { return g.errorf(owner, f.Name, format, args...) }
	top := lv.depth == 0
	// The decoder rejects an explicit "" or 0 for an optional member of
	// a string or integer type (not behind a pointer): the zero value
	// means "absent".
	rejectsZero := top && omit && !lv.ptr
	if r.required && top && omit {
		req[name] = true // the validator rejects the zero value, which absence gives
	}
	o, err := g.ownTypeOf(lv.typ)
	if err != nil {
		return err
	}
	kind := lv.typ.Kind()
	if r.omitempty && !rejectsZero && !lv.ptr && !isContainer(lv.typ) && (o == nil || !o.text) {
		// The validator skips the rules for a zero value. That is the
		// schema's reading only when the zero value cannot appear in a
		// document the decoder accepts.
		return fail("validate omitempty on a member whose zero value can appear in documents; add omitempty or omitzero to its json tag")
	}
	s := lv.sch
	switch {
	case o != nil:
		if r.min != nil || r.max != nil {
			return fail("length or range rules on %s, which has its own schema; put the rule in the type's pattern", typeString(lv.typ))
		}
		if !o.text && !r.valid {
			return fail("%s needs the validate tag valid: without it Go accepts any string", typeString(lv.typ))
		}
		if r.valid && !o.checker {
			return fail("valid on %s, which has no CheckValue method", typeString(lv.typ))
		}
		// Value types' schemas never accept "" (checked when built), so
		// required needs no keyword.
	case kind == reflect.String:
		if r.valid {
			return fail("valid on %s, which has no schema of its own", typeString(lv.typ))
		}
		var lo int64
		if r.min != nil {
			lo = *r.min
		}
		if r.required || rejectsZero {
			lo = max(lo, 1)
		}
		if lo < 0 || (r.max != nil && (*r.max < lo || *r.max < 0)) {
			return fail("string length rules %v..%v cannot be met", lo, *r.max)
		}
		if lo > 0 {
			u := uint64(lo)
			s.MinLength = &u
		}
		if r.max != nil {
			u := uint64(*r.max)
			s.MaxLength = &u
		}
	case isInteger(kind):
		if r.valid {
			return fail("valid on an integer")
		}
		lo, hi := intRange(lv.typ)
		if r.min != nil && big.NewInt(*r.min).Cmp(lo) > 0 {
			lo = big.NewInt(*r.min)
		}
		if r.max != nil && big.NewInt(*r.max).Cmp(hi) < 0 {
			hi = big.NewInt(*r.max)
		}
		if lo.Cmp(hi) > 0 {
			return fail("integer range %s..%s is empty", lo, hi)
		}
		zeroIn := lo.Sign() <= 0 && hi.Sign() >= 0
		if rejectsZero && zeroIn && !r.required {
			return fail("an optional integer's rules must exclude 0 (the decoder rejects an explicit 0 for it), e.g. omitempty,gte=1")
		}
		s.Minimum, s.Maximum = json.Number(lo.String()), json.Number(hi.String())
		if r.required && zeroIn {
			s.Not = &ijs.Schema{Const: 0}
		}
	case kind == reflect.Bool:
		if r.valid || r.min != nil || r.max != nil {
			return fail("valid, min, max, gte and lte do not apply to a boolean")
		}
		if r.required {
			s.Const = true
		}
	case kind == reflect.Slice || kind == reflect.Array:
		if r.valid {
			return fail("valid on a list; use dive,valid for its elements")
		}
		if r.min != nil {
			u := uint64(max(*r.min, 0))
			if s.MinItems == nil || u > *s.MinItems {
				s.MinItems = &u
			}
		}
		if r.max != nil {
			u := uint64(max(*r.max, 0))
			if s.MaxItems == nil || u < *s.MaxItems {
				s.MaxItems = &u
			}
		}
	case kind == reflect.Map:
		if r.valid {
			return fail("valid on a map; use dive,valid for its values")
		}
		if r.min != nil {
			u := uint64(max(*r.min, 0))
			s.MinProperties = &u
		}
		if r.max != nil {
			u := uint64(max(*r.max, 0))
			s.MaxProperties = &u
		}
	case kind == reflect.Struct:
		if r.required || r.valid || r.min != nil || r.max != nil || (r.omitempty && !lv.ptr) {
			return fail("validate tags on a struct member are not translated; validate its fields instead")
		}
	default:
		return fail("a %s member has no schema translation", kind)
	}
	return nil
}

func isInteger(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	}
	return false
}

// intRange returns the values an integer type holds: the decoder rejects
// numbers that do not fit, so the schema bounds them too.
func intRange(t reflect.Type) (lo, hi *big.Int) {
	bits := uint(t.Bits())
	one := big.NewInt(1)
	switch t.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		hi = new(big.Int).Sub(new(big.Int).Lsh(one, bits), one)
		return big.NewInt(0), hi
	}
	hi = new(big.Int).Sub(new(big.Int).Lsh(one, bits-1), one)
	lo = new(big.Int).Neg(new(big.Int).Lsh(one, bits-1))
	return lo, hi
}
