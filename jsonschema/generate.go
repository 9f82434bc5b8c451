package jsonschema

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	ijs "github.com/invopop/jsonschema"

	"github.com/sswkit/ssw/internal/vcheck"
	"github.com/sswkit/ssw/workforce"
)

// modulePath is the import path of the ssw module; Go source for
// descriptions is found below the module directory by the packages'
// paths relative to it.
const modulePath = "github.com/sswkit/ssw"

// draft202012 is the $schema of every published schema.
const draft202012 = "https://json-schema.org/draft/2020-12/schema"

// The interfaces a value type implements, on a value receiver, to own its
// schema. Domain packages implement them without importing this package
// or invopop.
type (
	enumValuer interface{ EnumValues() []string }
	patterner  interface{ SchemaPattern() string }
)

var (
	enumValuerType      = reflect.TypeFor[enumValuer]()
	patternerType       = reflect.TypeFor[patterner]()
	checkerType         = reflect.TypeFor[vcheck.Checker]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	textMarshalerType   = reflect.TypeFor[encoding.TextMarshaler]()
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	jsonMarshalerType   = reflect.TypeFor[json.Marshaler]()
	civilDateType       = reflect.TypeFor[workforce.CivilDate]()
)

// reservedNames are type names that would shadow JavaScript or TypeScript
// globals in generated clients.
var reservedNames = [...]string{"Array", "Boolean", "Date", "Error", "Function", "JSON", "Map", "Math",
	"Number", "Object", "Promise", "Record", "RegExp", "Set", "String", "Symbol"}

// Generate builds every published schema from the Go types and returns
// the files, keyed by file name ("registry.schema.json"), each
// pretty-printed with a trailing newline. The committed files under
// jsonschema/schemas are its output; a test proves they are current.
//
// moduleDir is the directory of the ssw module's source ("." from the
// module root, ".." from this package's directory). Generate reads its
// go.mod, to check the directory, and the Go files of the packages that
// define the documents' types, for the descriptions it copies from doc
// comments; it reads nothing else and writes nothing.
//
// Generation fails with a [*GenerateError] when a Go rule cannot be
// mirrored exactly: see "How the schemas are derived" in the package
// documentation.
func Generate(moduleDir string) (map[string][]byte, error) { return generate(moduleDir, documents()) }

// generate is Generate for a given list of documents.
func generate(moduleDir string, docs []document) (map[string][]byte, error) {
	if err := checkModuleDir(moduleDir); err != nil {
		return nil, err
	}
	g := &generator{names: make(map[string]reflect.Type), titles: make(map[string]reflect.Type), owns: make(map[reflect.Type]*ownType)}
	var types []reflect.Type
	for _, d := range docs {
		types = append(types, d.typ)
	}
	comments, err := loadComments(moduleDir, packagesOf(types))
	if err != nil {
		return nil, err
	}
	g.completeComments(comments, types)
	newDescriber(types).describeAll(comments)
	g.comments = comments
	out := make(map[string][]byte)
	for _, d := range docs {
		b, err := g.document(d)
		if err != nil {
			return nil, err
		}
		out[FileName(d.name)] = b
	}
	return out, nil
}

// checkModuleDir reports an error unless dir holds the go.mod of the ssw
// module.
func checkModuleDir(dir string) error {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return &GenerateError{Reason: fmt.Sprintf("%s is not the ssw module directory: %v", dir, err)}
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if mod, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			if strings.TrimSpace(mod) == modulePath {
				return nil
			}
			break
		}
	}
	return &GenerateError{Reason: fmt.Sprintf("%s is not the directory of module %s", dir, modulePath)}
}

// packagesOf returns the import paths of the module's packages whose
// types the given types reach through fields and elements, sorted.
func packagesOf(types []reflect.Type) []string {
	pkgs := make(map[string]bool)
	moduleTypes(types, func(t reflect.Type) { pkgs[t.PkgPath()] = true })
	out := make([]string, 0, len(pkgs))
	for p := range pkgs {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// moduleTypes calls f once for each type of the module's packages that
// the given types reach through fields, elements and map keys (the
// types themselves included).
func moduleTypes(types []reflect.Type, f func(reflect.Type)) {
	seen := make(map[reflect.Type]bool)
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		if p := t.PkgPath(); p == modulePath || strings.HasPrefix(p, modulePath+"/") {
			f(t)
		}
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			visit(t.Elem())
		case reflect.Map:
			visit(t.Key())
			visit(t.Elem())
		case reflect.Struct:
			for i := range t.NumField() {
				visit(t.Field(i).Type)
			}
		}
	}
	for _, t := range types {
		visit(t)
	}
}

// loadComments reads the doc comments of the given packages with invopop's
// AddGoComments and returns them keyed as the Reflector looks them up
// ("<import path>.<Type>" and "<import path>.<Type>.<Field>"), with line
// breaks as spaces. The describer turns them into descriptions.
func loadComments(moduleDir string, pkgs []string) (map[string]string, error) {
	out := make(map[string]string)
	for _, pkg := range pkgs {
		rel := strings.TrimPrefix(strings.TrimPrefix(pkg, modulePath), "/")
		dir := filepath.Join(moduleDir, filepath.FromSlash(rel))
		// AddGoComments keys comments by path.Join(base, directory of the
		// file); with an empty base the key is the cleaned directory, which
		// is rewritten to the import path below. Files in subdirectories
		// (other packages) get other keys and are left out.
		var scratch ijs.Reflector
		if err := scratch.AddGoComments("", dir, ijs.WithFullComment()); err != nil {
			return nil, &GenerateError{Reason: fmt.Sprintf("reading the Go source of %s in %s: %v", pkg, dir, err)}
		}
		prefix := path.Join("", filepath.ToSlash(dir)) + "."
		found := false
		for k, v := range scratch.CommentMap {
			rest, ok := strings.CutPrefix(k, prefix)
			if !ok || strings.Contains(rest, "/") {
				continue
			}
			found = true
			out[pkg+"."+rest] = strings.Join(strings.Fields(v), " ")
		}
		if !found {
			return nil, &GenerateError{Reason: fmt.Sprintf("no documented types found for %s in %s", pkg, dir)}
		}
	}
	return out, nil
}

// firstSentence returns s up to the first period that ends the text or
// is followed by a space and an upper-case letter. Unlike go/doc's
// Synopsis it does not stop inside quoted punctuation such as ". _ : -".
func firstSentence(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		if i+1 == len(s) || (i+2 < len(s) && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z') {
			return s[:i+1]
		}
	}
	return s
}

// ownType is a value type that owns its schema: an enumeration or code
// (EnumValues), a type with a pattern (SchemaPattern) or CivilDate. Its
// schema is one $defs entry named after the type and referenced wherever
// the type is used.
type ownType struct {
	name string
	typ  reflect.Type
	// text is set when the type decodes itself from a JSON string
	// (UnmarshalText), so the decoder enforces its rule; a plain string
	// type is checked only by the validate tag "valid".
	text bool
	// checker is set when the type implements vcheck.Checker.
	checker bool
	build   func(description string) *ijs.Schema
}

// generator holds the state of one call of Generate.
type generator struct {
	comments map[string]string
	// names maps every $defs name used in any schema to its type, so that
	// two types with one name fail generation.
	names map[string]reflect.Type
	// titles maps the type name generated clients derive from each title
	// (see typeName) to its type, so that two titles giving one name fail
	// generation.
	titles map[string]reflect.Type
	// owns caches ownType lookups; a nil entry means "not a value type".
	owns map[reflect.Type]*ownType
	// cur is the schema being generated.
	cur *current
}

// current is the state of the schema being generated.
type current struct {
	name string
	err  error
	used map[string]*ownType
}

func (g *generator) fail(err error) {
	if g.cur.err == nil {
		g.cur.err = err
	}
}

func (g *generator) errorf(t reflect.Type, field, format string, args ...any) error {
	typ := ""
	if t != nil {
		typ = typeString(t)
	}
	name := ""
	if g.cur != nil {
		name = g.cur.name
	}
	return &GenerateError{Schema: name, Type: typ, Field: field, Reason: fmt.Sprintf(format, args...)}
}

func typeString(t reflect.Type) string {
	if t.Name() == "" {
		return t.String()
	}
	return path.Base(t.PkgPath()) + "." + t.Name()
}

// document generates the schema of one root document.
func (g *generator) document(d document) ([]byte, error) {
	g.cur = &current{name: d.name, used: make(map[string]*ownType)}
	defer func() { g.cur = nil }()
	r := &ijs.Reflector{
		Anonymous:      true, // the $id is set below
		ExpandedStruct: true, // the root is the document's object, not a $ref
		Mapper:         g.mapType,
		Namer:          g.nameType,
		CommentMap:     g.comments,
	}
	s := r.ReflectFromType(d.typ)
	if g.cur.err != nil {
		return nil, g.cur.err
	}
	if s.Definitions == nil {
		s.Definitions = ijs.Definitions{}
	}
	for name, o := range g.cur.used {
		s.Definitions[name] = o.build(g.comments[o.typ.PkgPath()+"."+o.typ.Name()])
	}
	// Field rules: the root object and every struct in $defs.
	if err := g.structRules(d.typ, s); err != nil {
		return nil, err
	}
	for _, name := range sortedKeys(s.Definitions) {
		t := g.names[name]
		if t == nil || t.Kind() != reflect.Struct || g.owns[t] != nil {
			continue
		}
		if err := g.structRules(t, s.Definitions[name]); err != nil {
			return nil, err
		}
		s.Definitions[name] = emittedOnce(s.Definitions[name])
	}
	for _, name := range sortedKeys(s.Definitions) {
		t := g.names[name]
		if t == nil {
			return nil, g.errorf(nil, "", "$defs entry %s has no Go type", name)
		}
		title := titleOf(t)
		if err := g.registerTitle(title, t); err != nil {
			return nil, err
		}
		s.Definitions[name].Title = title
	}
	if err := g.registerTitle(d.title(), d.typ); err != nil {
		return nil, err
	}
	if err := g.finish(s); err != nil {
		return nil, err
	}
	s.Version = draft202012
	s.ID = ijs.ID(ID(d.name))
	s.Title = d.title()
	s.Description = d.description
	s.Comments = fmt.Sprintf("Generated from %s.%s by github.com/sswkit/ssw/jsonschema; do not edit. Major version 1 of this schema: see the compatibility policy in the jsonschema package documentation.",
		d.typ.PkgPath(), d.typ.Name())
	return marshal(s)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// nameType is the Reflector's Namer: the bare Go type name, refusing two
// types with one name (anywhere in the schemas of one Generate call),
// generic instantiations and names that shadow JavaScript globals.
func (g *generator) nameType(t reflect.Type) string {
	name := t.Name()
	if name == "" || t.PkgPath() == "" {
		return name
	}
	if err := g.register(name, t); err != nil {
		g.fail(err)
	}
	return name
}

func (g *generator) register(name string, t reflect.Type) error {
	if strings.ContainsAny(name, "[]/,. ") {
		return g.errorf(t, "", "generic or unusual type name %q cannot be a $defs name", name)
	}
	for _, r := range reservedNames {
		if name == r {
			return g.errorf(t, "", "type name %q would shadow the JavaScript global %s in generated clients; rename the type", name, r)
		}
	}
	if prev, ok := g.names[name]; ok && prev != t {
		return g.errorf(t, "", "two types are named %s (%s.%s and %s.%s); $defs names must be unique across the published schemas",
			name, prev.PkgPath(), prev.Name(), t.PkgPath(), t.Name())
	}
	g.names[name] = t
	return nil
}

// registerTitle refuses a title whose generated type name (see typeName)
// another type's title already gives, or that shadows a JavaScript global.
func (g *generator) registerTitle(title string, t reflect.Type) error {
	name := typeName(title)
	if slices.Contains(reservedNames[:], name) {
		return g.errorf(t, "", "title %q gives generated clients a type %s, which shadows the JavaScript global; retitle the type", title, name)
	}
	if prev, ok := g.titles[name]; ok && prev != t {
		return g.errorf(t, "", "the titles of %s and %s both give generated clients the type name %s; titles must be unique across the published schemas",
			typeString(prev), typeString(t), name)
	}
	g.titles[name] = t
	return nil
}

// emittedOnce rewrites an object that has both members and combined
// rules ({"type": "object", "properties": …, "allOf": […]} or "anyOf")
// as {"type": "object", "allOf": [...]} whose first entry is the object
// and whose others are the rules. The two
// forms accept the same documents ("additionalProperties" reads only the
// "properties" beside it), but code generators that read the first form
// as an intersection emit the object twice under two names
// (json-schema-to-typescript's CPDRecord and CPDRecord1); from the second
// they emit one type under the entry's title.
func emittedOnce(s *ijs.Schema) *ijs.Schema {
	if s.Properties == nil || (len(s.AllOf) == 0 && len(s.AnyOf) == 0 && len(s.OneOf) == 0) {
		return s
	}
	obj := *s
	obj.Title, obj.Description = "", ""
	obj.AllOf, obj.AnyOf, obj.OneOf = nil, nil, nil
	// The type stays beside the rules too: Ajv's strict mode wants the
	// "required" of a rule to sit where the value is known to be an
	// object.
	out := &ijs.Schema{Title: s.Title, Description: s.Description, Type: s.Type, AllOf: []*ijs.Schema{&obj}}
	out.AllOf = append(out.AllOf, s.AllOf...)
	if len(s.AnyOf) > 0 {
		out.AllOf = append(out.AllOf, &ijs.Schema{AnyOf: s.AnyOf})
	}
	if len(s.OneOf) > 0 {
		out.AllOf = append(out.AllOf, &ijs.Schema{OneOf: s.OneOf})
	}
	return out
}

// mapType is the Reflector's Mapper: value types become a $ref to their
// own $defs entry; Go types with no exact JSON Schema counterpart fail
// generation.
func (g *generator) mapType(t reflect.Type) *ijs.Schema {
	o, err := g.ownTypeOf(t)
	if err != nil {
		g.fail(err)
		return &ijs.Schema{}
	}
	if o != nil {
		g.cur.used[o.name] = o
		return &ijs.Schema{Ref: "#/$defs/" + o.name}
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		g.fail(g.errorf(t, "", "binary floating point is not allowed in exchange documents; use workforce.Decimal or a quantity type"))
	case reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Uintptr:
		g.fail(g.errorf(t, "", "a %s has no JSON Schema counterpart in an exchange document", t.Kind()))
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			g.fail(g.errorf(t, "", "maps in exchange documents must have string keys"))
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			g.fail(g.errorf(t, "", "byte slices are base64 strings to encoding/json but arrays to the decoder; use a string"))
		}
	}
	return nil
}

// ownTypeOf returns the value type description of t, nil when t is not a
// value type, or an error when t has its own JSON form but no schema.
func (g *generator) ownTypeOf(t reflect.Type) (*ownType, error) {
	if o, ok := g.owns[t]; ok {
		return o, nil
	}
	o, err := g.newOwnType(t)
	if err != nil {
		return nil, err
	}
	g.owns[t] = o
	return o, nil
}

func (g *generator) newOwnType(t reflect.Type) (*ownType, error) {
	pt := reflect.PointerTo(t)
	for _, it := range []reflect.Type{enumValuerType, patternerType} {
		if !t.Implements(it) && pt.Implements(it) {
			return nil, g.errorf(t, "", "%s must have a value receiver so the schema generator can call it", it.Method(0).Name)
		}
	}
	o := &ownType{
		name:    t.Name(),
		typ:     t,
		text:    pt.Implements(textUnmarshalerType),
		checker: t.Implements(checkerType) || pt.Implements(checkerType),
	}
	if o.name == "" {
		return nil, nil
	}
	switch {
	case t == civilDateType:
		p := workforce.DatePattern
		if err := g.checkPattern(t, p); err != nil {
			return nil, err
		}
		// The date parser accepts years 0001 to 9999; format "date" and
		// the pattern also accept 0000, so exclude it while the pattern
		// does.
		guard := regexp.MustCompile(p).MatchString("0000-01-01")
		o.build = func(desc string) *ijs.Schema {
			s := &ijs.Schema{Title: titleOf(o.typ), Description: desc, Type: "string", Format: "date", Pattern: p}
			if guard {
				s.Not = &ijs.Schema{Pattern: "^0000-"}
			}
			return s
		}
	case t.Implements(enumValuerType):
		if t.Kind() != reflect.String {
			return nil, g.errorf(t, "", "EnumValues on a %s; enumerations must be string types", t.Kind())
		}
		values := reflect.Zero(t).Interface().(enumValuer).EnumValues()
		if len(values) == 0 {
			return nil, g.errorf(t, "", "EnumValues returned no values")
		}
		seen := make(map[string]bool, len(values))
		for _, v := range values {
			if v == "" {
				return nil, g.errorf(t, "", `EnumValues includes "", which means unset`)
			}
			if seen[v] {
				return nil, g.errorf(t, "", "EnumValues lists %q twice", v)
			}
			seen[v] = true
		}
		o.build = func(desc string) *ijs.Schema {
			enum := make([]any, len(values))
			for i, v := range values {
				enum[i] = v
			}
			return &ijs.Schema{Title: titleOf(o.typ), Description: desc, Type: "string", Enum: enum}
		}
	case t.Implements(patternerType):
		if t.Kind() != reflect.String && !(t.Kind() == reflect.Struct && o.text) {
			return nil, g.errorf(t, "", "SchemaPattern on a %s that does not decode itself from a JSON string", t.Kind())
		}
		p := reflect.Zero(t).Interface().(patterner).SchemaPattern()
		if err := g.checkPattern(t, p); err != nil {
			return nil, err
		}
		o.build = func(desc string) *ijs.Schema {
			return &ijs.Schema{Title: titleOf(o.typ), Description: desc, Type: "string", Pattern: p}
		}
	case o.text || pt.Implements(jsonUnmarshalerType) || t.Implements(textMarshalerType) || t.Implements(jsonMarshalerType):
		return nil, g.errorf(t, "", "the type has its own JSON form (MarshalText/UnmarshalText or MarshalJSON/UnmarshalJSON) but no SchemaPattern or EnumValues method, so its schema is unknown")
	default:
		return nil, nil
	}
	return o, nil
}

// checkPattern refuses patterns that are not anchored, do not compile in
// Go, use escapes or groups outside the subset that RE2 and ECMA-262 read
// alike, or match "" (the empty text means unset).
func (g *generator) checkPattern(t reflect.Type, p string) error {
	if !strings.HasPrefix(p, "^") || !strings.HasSuffix(p, "$") {
		return g.errorf(t, "", "pattern %q must be anchored with ^ and $", p)
	}
	re, err := regexp.Compile(p)
	if err != nil {
		return g.errorf(t, "", "pattern %q does not compile: %v", p, err)
	}
	if strings.Contains(p, "(?") {
		return g.errorf(t, "", "pattern %q uses (? groups or flags, which RE2 and ECMA-262 read differently", p)
	}
	for i := 0; i < len(p)-1; i++ {
		if p[i] != '\\' {
			continue
		}
		if strings.IndexByte(`dDwWsSbBpPAzQEx`, p[i+1]) >= 0 {
			return g.errorf(t, "", `pattern %q uses \%c; write a character class such as [0-9] so RE2 and ECMA-262 agree`, p, p[i+1])
		}
		i++ // skip the escaped character
	}
	if re.MatchString("") {
		return g.errorf(t, "", `pattern %q matches "", which means unset`, p)
	}
	return nil
}

// finish rewrites every property that is a $ref with a description into
// {"description": …, "allOf": [{"$ref": …}]}, so that code generators
// keep one named type per $defs entry (json-schema-to-typescript makes a
// new type for each $ref that has siblings), and checks that every $ref
// resolves.
func (g *generator) finish(root *ijs.Schema) error {
	var err error
	walk(root, func(s *ijs.Schema) {
		if s.Properties == nil {
			return
		}
		for pair := s.Properties.Oldest(); pair != nil; pair = pair.Next() {
			p := pair.Value
			if p.Ref == "" || p.Description == "" {
				continue
			}
			rest := *p
			rest.Ref, rest.Description = "", ""
			if !reflect.DeepEqual(rest, ijs.Schema{}) && err == nil {
				err = g.errorf(nil, "", "property %q: keywords next to $ref %s would be dropped", pair.Key, p.Ref)
			}
			pair.Value = &ijs.Schema{Description: p.Description, AllOf: []*ijs.Schema{{Ref: p.Ref}}}
		}
	})
	if err != nil {
		return err
	}
	walk(root, func(s *ijs.Schema) {
		if s.Ref == "" {
			return
		}
		name, ok := strings.CutPrefix(s.Ref, "#/$defs/")
		if _, found := root.Definitions[name]; (!ok || !found) && err == nil {
			err = g.errorf(nil, "", "$ref %s does not resolve inside the schema", s.Ref)
		}
	})
	return err
}

// walk calls f on s and every subschema below it, parents first.
func walk(s *ijs.Schema, f func(*ijs.Schema)) {
	if s == nil || s == ijs.TrueSchema || s == ijs.FalseSchema {
		return
	}
	f(s)
	for _, k := range sortedKeys(s.Definitions) {
		walk(s.Definitions[k], f)
	}
	for _, list := range [][]*ijs.Schema{s.AllOf, s.AnyOf, s.OneOf, s.PrefixItems} {
		for _, c := range list {
			walk(c, f)
		}
	}
	for _, c := range []*ijs.Schema{s.Not, s.If, s.Then, s.Else, s.Items, s.Contains, s.AdditionalProperties, s.PropertyNames, s.ContentSchema} {
		walk(c, f)
	}
	for _, k := range sortedKeys(s.DependentSchemas) {
		walk(s.DependentSchemas[k], f)
	}
	for _, k := range sortedKeys(s.PatternProperties) {
		walk(s.PatternProperties[k], f)
	}
	if s.Properties != nil {
		for pair := s.Properties.Oldest(); pair != nil; pair = pair.Next() {
			walk(pair.Value, f)
		}
	}
}

// marshal renders a schema as indented JSON with a trailing newline,
// without the HTML escapes (\u003c, \u003e, \u0026) encoding/json adds.
func marshal(s *ijs.Schema) ([]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, &GenerateError{Reason: "encoding the schema: " + err.Error()}
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, unescapeHTML(b), "", "  "); err != nil {
		return nil, &GenerateError{Reason: "indenting the schema: " + err.Error()}
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// unescapeHTML replaces the escapes \u003c, \u003e and \u0026 by the
// characters they stand for. An escape is recognised only where the
// backslash is not itself escaped.
func unescapeHTML(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' || i+1 >= len(b) {
			out = append(out, b[i])
			continue
		}
		if b[i+1] == 'u' && i+6 <= len(b) {
			switch string(b[i+2 : i+6]) {
			case "003c":
				out = append(out, '<')
				i += 5
				continue
			case "003e":
				out = append(out, '>')
				i += 5
				continue
			case "0026":
				out = append(out, '&')
				i += 5
				continue
			}
		}
		out = append(out, b[i], b[i+1]) // any other escape, kept whole
		i++
	}
	return out
}
