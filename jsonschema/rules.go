package jsonschema

import (
	"reflect"
	"slices"
	"sort"
	"strings"

	ijs "github.com/invopop/jsonschema"

	"github.com/sswkit/ssw/workforce"
)

// objectRule is a rule of a Validate method that relates members of one
// object and that JSON Schema can express. Field rules come from validate
// tags; these cross-field rules live in Go code, so each is restated here
// and the differential test proves the two agree.
//
// The workforce rules use the first two forms (anyOf of required members,
// dependentRequired). The other documents' rules are written with
// members (constraints added to one member's schema) and clauses
// (if/then/else subschemas, each one entry of the object's allOf).
type objectRule struct {
	typ reflect.Type
	// anyOfRequired: at least one of these groups of members is present.
	anyOfRequired [][]string
	// dependentRequired: when the key member is present, so are these.
	dependentRequired map[string][]string
	// required lists optional members that must be set: each joins the
	// object's required list, and a list gets minItems 1, a boolean const
	// true. (Written on the members rather than as a clause, so that code
	// generators type them as required.)
	required []string
	// members constrain single members further (a pattern, unique
	// items, a constant, a shared type's constraint at one place of use).
	members []memberRule
	// clauses relate members: each is an effect on an empty subschema,
	// typically when(condition, then, else).
	clauses []effect
	// mirrors names the Go rule.
	mirrors string
}

// memberRule adds keywords to the schema of one member.
type memberRule struct {
	member string
	extra  *ijs.Schema
}

// A clause is an effect applied to an empty subschema of the object,
// which becomes one entry of its allOf. Effects are built by require,
// forbid, when, eachItem and the other functions below. A member is
// "set" as the Go rules see it: present, and for a list not empty, for a
// boolean true.

// effect adds one requirement to a subschema under construction.
type effect func(b *branch)

// branch is a subschema under construction for the members of struct t.
type branch struct {
	g   *generator
	t   reflect.Type
	s   *ijs.Schema
	err error
}

func (b *branch) fail(format string, args ...any) {
	if b.err == nil {
		b.err = b.g.errorf(b.t, "", format, args...)
	}
}

// field returns the Go type of the member with the given JSON name,
// pointers removed.
func (b *branch) field(member string) reflect.Type {
	if f, ok := fieldByJSON(b.t, member); ok {
		t, _ := deref(f.Type)
		return t
	}
	b.fail("a rule names member %q, which %s does not have", member, typeString(b.t))
	return reflect.TypeFor[string]()
}

func (b *branch) prop(member string, s *ijs.Schema) {
	if b.s.Properties == nil {
		b.s.Properties = ijs.NewProperties()
	}
	if old, ok := b.s.Properties.Get(member); ok && old != ijs.TrueSchema {
		if s == ijs.TrueSchema {
			return
		}
		s = &ijs.Schema{AllOf: []*ijs.Schema{old, s}}
	}
	b.s.Properties.Set(member, s)
}

// setSchema is what "member is set" adds to a member present in the
// document: a boolean is true, a list has an element.
func (b *branch) setSchema(member string) *ijs.Schema {
	switch t := b.field(member); t.Kind() {
	case reflect.Bool:
		return &ijs.Schema{Const: true}
	case reflect.Slice, reflect.Array:
		return &ijs.Schema{Type: "array", MinItems: ptr(uint64(1))}
	}
	return ijs.TrueSchema
}

// unsetSchema is what "member is not set" allows: absence, false for a
// boolean, an empty list. The decoder already rejects an explicit ""
// or 0 for an optional member.
func (b *branch) unsetSchema(member string) *ijs.Schema {
	switch t := b.field(member); t.Kind() {
	case reflect.Bool:
		return &ijs.Schema{Const: false}
	case reflect.Slice, reflect.Array:
		return &ijs.Schema{Type: "array", MaxItems: ptr(uint64(0))}
	}
	return ijs.FalseSchema
}

func ptr[T any](v T) *T { return &v }

// required lists members as required and present, keeping Ajv's strict
// mode content: every required name is also a property.
func (b *branch) required(members ...string) {
	for _, m := range members {
		b.require(m)
		b.prop(m, b.setSchema(m))
	}
}

// require adds m to the required list once.
func (b *branch) require(m string) {
	if !slices.Contains(b.s.Required, m) {
		b.s.Required = append(b.s.Required, m)
	}
}

// require: every member is set.
func require(members ...string) effect { return func(b *branch) { b.required(members...) } }

// requireAny: at least one of the members is set.
func requireAny(members ...string) effect {
	return func(b *branch) {
		var any []*ijs.Schema
		for _, m := range members {
			sub := &branch{g: b.g, t: b.t, s: &ijs.Schema{}}
			sub.required(m)
			b.err = firstErr(b.err, sub.err)
			any = append(any, sub.s)
		}
		b.s.AllOf = append(b.s.AllOf, &ijs.Schema{AnyOf: any})
	}
}

// requireAnyGroup: all the members of at least one group are set.
func requireAnyGroup(groups ...[]string) effect {
	return func(b *branch) {
		var any []*ijs.Schema
		for _, grp := range groups {
			sub := &branch{g: b.g, t: b.t, s: &ijs.Schema{}}
			sub.required(grp...)
			b.err = firstErr(b.err, sub.err)
			any = append(any, sub.s)
		}
		b.s.AllOf = append(b.s.AllOf, &ijs.Schema{AnyOf: any})
	}
}

// forbid: none of the members is set.
func forbid(members ...string) effect {
	return func(b *branch) {
		for _, m := range members {
			b.prop(m, b.unsetSchema(m))
		}
	}
}

// notBoth: the members are not all set.
func notBoth(members ...string) effect {
	return func(b *branch) {
		sub := &branch{g: b.g, t: b.t, s: &ijs.Schema{}}
		sub.required(members...)
		b.err = firstErr(b.err, sub.err)
		b.s.AllOf = append(b.s.AllOf, &ijs.Schema{Not: sub.s})
	}
}

// is: the member is present with one of the values.
func is[V ~string | ~int](member string, values ...V) effect {
	return func(b *branch) {
		b.require(member)
		b.prop(member, oneOfValues(values))
	}
}

// isNot: the member is present with a value of its enumeration other
// than these.
func isNot[V ~string](member string, values ...V) effect {
	return func(b *branch) {
		t := b.field(member)
		o, err := b.g.ownTypeOf(t)
		if err != nil || o == nil || !t.Implements(enumValuerType) {
			b.fail("isNot on member %q, which is not an enumeration", member)
			return
		}
		var rest []string
		for _, v := range reflect.Zero(t).Interface().(enumValuer).EnumValues() {
			if !slices.Contains(stringsOf(values), v) {
				rest = append(rest, v)
			}
		}
		b.require(member)
		b.prop(member, oneOfValues(rest))
	}
}

// isSet: the member is set.
func isSet(member string) effect { return require(member) }

// member: the member, when present, matches s.
func member(m string, s *ijs.Schema) effect { return func(b *branch) { b.prop(m, s) } }

// hasValue: the member is a list with an element equal to one of the
// values.
func hasValue[V ~string](m string, values ...V) effect {
	return func(b *branch) {
		b.require(m)
		b.prop(m, &ijs.Schema{Type: "array", Contains: oneOfValues(values)})
	}
}

func oneOfValues[V ~string | ~int](values []V) *ijs.Schema {
	if len(values) == 1 {
		return &ijs.Schema{Const: values[0]}
	}
	enum := make([]any, len(values))
	for i, v := range values {
		enum[i] = v
	}
	return &ijs.Schema{Enum: enum}
}

func stringsOf[V ~string](vs []V) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// fieldByJSON returns the field of struct t with the given JSON name.
func fieldByJSON(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		n, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if n == "" {
			n = f.Name
		}
		if f.IsExported() && n == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// Schemas of restated value rules. Each applies on top of the member's
// own schema (workforce.Decimal's pattern, an integer's range).
var (
	// percentSchema: a decimal from 0 to 100.
	percentSchema = stringPattern(`^(100(\.0+)?|[1-9]?[0-9](\.[0-9]+)?)$`)
	// positivePercentSchema: a decimal above 0 and at most 100.
	positivePercentSchema = stringPattern(`^(100(\.0+)?|[1-9][0-9]?(\.[0-9]+)?|0\.[0-9]*[1-9][0-9]*)$`)
	// positiveSchema: a decimal above 0.
	positiveSchema = stringPattern(`^([1-9][0-9]*(\.[0-9]+)?|0\.[0-9]*[1-9][0-9]*)$`)
	// nonNegativeSchema: a decimal of at least 0.
	nonNegativeSchema = stringPattern(`^[0-9]`)
	// belowHundredSchema: a decimal of at least 0 and below 100.
	belowHundredSchema = stringPattern(`^[1-9]?[0-9](\.[0-9]+)?$`)
	// rateSchema: a conversion rate above 0, at most 1000, with at most
	// two decimals.
	rateSchema = stringPattern(`^(1000(\.0{1,2})?|[1-9][0-9]{0,2}(\.[0-9]{1,2})?|0\.(0[1-9]|[1-9][0-9]?))$`)
	// wholeCountSchema: a whole count (trailing fraction zeros allowed)
	// of at most 10^15.
	wholeCountSchema = stringPattern(`^([0-9]{1,15}|1000000000000000)(\.0+)?$`)
	// fteCountSchema: an FTE count with at most two significant decimals,
	// of at most 10^13.
	fteCountSchema = stringPattern(`^([0-9]{1,13}(\.[0-9]{1,2}0*)?|10000000000000(\.0+)?)$`)
	// pointerSchema: a JSON Pointer.
	pointerSchema = stringPattern(`^/`)
)

// nonBlank matches text with a character strings.TrimSpace keeps: one
// that unicode.IsSpace rejects. The class lists the characters literally,
// so RE2 and ECMA-262 read it alike.
const nonBlank = "[^\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"

func stringPattern(p string) *ijs.Schema { return &ijs.Schema{Type: "string", Pattern: p} }

// titledSource: a source with a title that is not blank.
func titledSource() *ijs.Schema {
	props := ijs.NewProperties()
	props.Set("title", stringPattern(nonBlank))
	return &ijs.Schema{Type: "object", Required: []string{"title"}, Properties: props}
}

// sub applies effects to an empty subschema for the members of t.
func (b *branch) sub(t reflect.Type, effects []effect) *ijs.Schema {
	if len(effects) == 0 {
		return nil
	}
	c := &branch{g: b.g, t: t, s: &ijs.Schema{}}
	for _, e := range effects {
		e(c)
	}
	b.err = firstErr(b.err, c.err)
	return c.s
}

// when: if the condition effects hold, the then effects apply, else the
// orElse effects.
func when(cond, then, orElse []effect) effect {
	return func(b *branch) {
		s := &ijs.Schema{If: b.sub(b.t, cond), Then: b.sub(b.t, then), Else: b.sub(b.t, orElse)}
		if s.If == nil || (s.Then == nil && s.Else == nil) {
			b.fail("a when clause needs a condition and a then or else part")
		}
		if b.s.If == nil && b.s.Then == nil && b.s.Else == nil {
			b.s.If, b.s.Then, b.s.Else = s.If, s.Then, s.Else
			return
		}
		b.s.AllOf = append(b.s.AllOf, s)
	}
}

// ifThen is when without an else part.
func ifThen(cond []effect, then ...effect) effect { return when(cond, then, nil) }

// nested: the member, an object of type t, matches the effects.
func nested(m string, t reflect.Type, effects ...effect) effect {
	return func(b *branch) {
		s := b.sub(t, effects)
		s.Type = "object"
		b.prop(m, s)
	}
}

// eachItem: every element of the member, a list of objects of type t,
// matches the effects.
func eachItem(m string, t reflect.Type, effects ...effect) effect {
	return func(b *branch) {
		s := b.sub(t, effects)
		s.Type = "object"
		b.prop(m, &ijs.Schema{Type: "array", Items: s})
	}
}

// someItem: the member is a list with an element, an object of type t,
// that matches the effects.
func someItem(m string, t reflect.Type, effects ...effect) effect {
	return func(b *branch) {
		s := b.sub(t, effects)
		s.Type = "object"
		b.require(m)
		b.prop(m, &ijs.Schema{Type: "array", Contains: s})
	}
}

// objectRules adds the expressible cross-field rules of t to its schema.
// Every member a rule names must be an optional property: a rule on a
// required member would say nothing, which means the rule and the type
// have drifted apart.
func (g *generator) objectRules(t reflect.Type, s *ijs.Schema) error {
	for _, rule := range objectRules() {
		if rule.typ != t {
			continue
		}
		check := func(member string) error {
			if _, ok := s.Properties.Get(member); !ok {
				return g.errorf(t, "", "rule %q names member %q, which %s does not have", rule.mirrors, member, typeString(t))
			}
			for _, r := range s.Required {
				if r == member {
					return g.errorf(t, "", "rule %q names member %q, which is already required", rule.mirrors, member)
				}
			}
			return nil
		}
		for _, group := range rule.anyOfRequired {
			// properties lists each member again (as true) because Ajv's
			// strict mode wants every required name defined in the same
			// subschema.
			branch := &ijs.Schema{Required: append([]string(nil), group...), Properties: ijs.NewProperties()}
			for _, m := range group {
				if err := check(m); err != nil {
					return err
				}
				branch.Properties.Set(m, ijs.TrueSchema)
			}
			s.AnyOf = append(s.AnyOf, branch)
		}
		keys := make([]string, 0, len(rule.dependentRequired))
		for k := range rule.dependentRequired {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if err := check(k); err != nil {
				return err
			}
			for _, m := range rule.dependentRequired[k] {
				if err := check(m); err != nil {
					return err
				}
			}
			if s.DependentRequired == nil {
				s.DependentRequired = make(map[string][]string)
			}
			s.DependentRequired[k] = append([]string(nil), rule.dependentRequired[k]...)
		}
		for _, m := range rule.required {
			if err := check(m); err != nil {
				return err
			}
			b := &branch{g: g, t: t, s: &ijs.Schema{}}
			set := b.setSchema(m)
			if b.err != nil {
				return b.err
			}
			if set != ijs.TrueSchema {
				if err := g.addToMember(t, s, memberRule{m, set}, rule.mirrors); err != nil {
					return err
				}
			}
			s.Required = append(s.Required, m)
		}
		for _, m := range rule.members {
			if err := g.addToMember(t, s, m, rule.mirrors); err != nil {
				return err
			}
		}
		for _, c := range rule.clauses {
			b := &branch{g: g, t: t, s: &ijs.Schema{}}
			c(b)
			if b.err != nil {
				return b.err
			}
			s.AllOf = append(s.AllOf, b.s)
		}
	}
	return nil
}

// addToMember adds the keywords of m.extra to the member's schema: next
// to a $ref as one more allOf entry, otherwise into the schema itself,
// refusing to overwrite a keyword already there.
func (g *generator) addToMember(t reflect.Type, s *ijs.Schema, m memberRule, mirrors string) error {
	p, ok := s.Properties.Get(m.member)
	if !ok {
		return g.errorf(t, "", "rule %q names member %q, which %s does not have", mirrors, m.member, typeString(t))
	}
	if p.Ref != "" || p.AllOf != nil {
		if p.Ref != "" {
			p.AllOf = []*ijs.Schema{{Ref: p.Ref}}
			p.Ref = ""
		}
		p.AllOf = append(p.AllOf, m.extra)
		return nil
	}
	x := m.extra
	clash := func(name string) error {
		return g.errorf(t, "", "rule %q sets %s on member %q, which has one already", mirrors, name, m.member)
	}
	if x.Type != "" && x.Type != p.Type {
		return g.errorf(t, "", "rule %q expects member %q to be of type %s, not %s", mirrors, m.member, x.Type, p.Type)
	}
	if x.Pattern != "" {
		if p.Pattern != "" {
			return clash("pattern")
		}
		p.Pattern = x.Pattern
	}
	if x.MinItems != nil {
		if p.MinItems != nil {
			return clash("minItems")
		}
		p.MinItems = x.MinItems
	}
	if x.UniqueItems {
		p.UniqueItems = true
	}
	if x.Const != nil {
		if p.Const != nil {
			return clash("const")
		}
		p.Const = x.Const
	}
	if x.Items != nil {
		if p.Items == nil {
			return g.errorf(t, "", "rule %q constrains the elements of member %q, which is not a list", mirrors, m.member)
		}
		p.Items = &ijs.Schema{AllOf: []*ijs.Schema{p.Items, x.Items}}
	}
	if x.Minimum != "" {
		if p.Minimum != "" && p.Minimum != "0" && p.Minimum[0] != '-' {
			return clash("minimum")
		}
		p.Minimum = x.Minimum
	}
	return nil
}

// objectRules lists the expressible cross-field rules of every document.
func objectRules() []objectRule {
	var out []objectRule
	out = append(out, workforceRules()...)
	out = append(out, accreditationRules()...)
	out = append(out, indicatorRules()...)
	out = append(out, declarationRules()...)
	return out
}

// workforceRules are the expressible cross-field rules of the workforce
// documents.
func workforceRules() []objectRule {
	return []objectRule{
		{
			typ:           reflect.TypeFor[workforce.CPDRecord](),
			anyOfRequired: [][]string{{"hours"}, {"credits"}},
			mirrors:       "workforce.CPDRecord.Validate: a CPD record gives hours, credits or both",
		},
		{
			typ:               reflect.TypeFor[workforce.Employment](),
			dependentRequired: map[string][]string{"exit_reason": {"end"}},
			mirrors:           "workforce.Employment.Validate: only an ended employment has an exit reason",
		},
	}
}
