package jsonschema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/jsonschema"
	"github.com/sswkit/ssw/workforce"
)

// The differential property tests: the committed schemas and the Go rules
// (workforce.Decode, then Validate) agree on generated documents and on
// single-rule mutations of them. The rules JSON Schema cannot express are
// excluded explicitly through nonExpressible (helpers_test.go).

// generators draw valid values of the root documents that have one. A
// document without a generator is still mutation-tested, from its valid
// testdata documents.
var generators = map[string]func(t *rapid.T) any{
	"registry":   func(t *rapid.T) any { return gen.Registry().Draw(t, "registry") },
	"worker":     func(t *rapid.T) any { return gen.AnyWorker().Draw(t, "worker") },
	"post":       func(t *rapid.T) any { return postGen().Draw(t, "post") },
	"employer":   func(t *rapid.T) any { return gen.Employer(gen.ID("E-").Draw(t, "id")).Draw(t, "employer") },
	"admin-area": func(t *rapid.T) any { return areaGen().Draw(t, "area") },
}

// validDocument is a valid testdata document.
type validDocument struct {
	file string
	data []byte
}

// validSamples holds the valid testdata documents of each schema.
var validSamples = sync.OnceValue(func() map[string][]validDocument {
	out := make(map[string][]validDocument)
	for _, n := range jsonschema.Names() {
		files, _ := filepath.Glob(filepath.Join("testdata", "documents", n, "valid", "*.json"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				panic(err)
			}
			out[n] = append(out[n], validDocument{filepath.Base(f), b})
		}
	}
	return out
})

// drawDocument draws a valid document of one of the root documents: a
// generated value, marshalled, or one of its valid testdata documents.
func drawDocument(t *rapid.T) (jsonschema.Document, []byte) {
	d := document(t, rapid.SampledFrom(jsonschema.Names()).Draw(t, "document"))
	g, ok := generators[d.Name]
	samples := validSamples()[d.Name]
	if ok && (len(samples) == 0 || rapid.IntRange(0, 3).Draw(t, "source") > 0) {
		data, err := json.Marshal(g(t))
		if err != nil {
			t.Fatal(err)
		}
		return d, data
	}
	if len(samples) == 0 {
		t.Fatalf("%s has neither a generator nor valid testdata documents", d.Name)
	}
	i := rapid.IntRange(0, len(samples)-1).Draw(t, "sample")
	t.Logf("valid document %s/valid/%s", d.Name, samples[i].file)
	return d, samples[i].data
}

func areaCodeGen() *rapid.Generator[workforce.AreaCode] {
	return rapid.Custom(func(t *rapid.T) workforce.AreaCode {
		return workforce.AreaCode(rapid.StringMatching(`[A-Z]{2}(-[0-9]{1,6})?|[0-9]{2,10}`).Draw(t, "code"))
	})
}

func postGen() *rapid.Generator[workforce.Post] {
	return rapid.Custom(func(t *rapid.T) workforce.Post {
		return workforce.Post{
			ID:         gen.ID("P-").Draw(t, "id"),
			Title:      gen.Optional(gen.Text(60)).Draw(t, "title"),
			Cadre:      rapid.SampledFrom(workforce.CadreValues()).Draw(t, "cadre"),
			Level:      rapid.SampledFrom(workforce.AdminLevelValues()).Draw(t, "level"),
			Area:       areaCodeGen().Draw(t, "area"),
			EmployerID: gen.ID("E-").Draw(t, "employer"),
			Status:     rapid.SampledFrom(workforce.PostStatusValues()).Draw(t, "status"),
			FTE:        gen.FTE().Draw(t, "fte"),
		}
	})
}

func areaGen() *rapid.Generator[workforce.AdminArea] {
	return rapid.Custom(func(t *rapid.T) workforce.AdminArea {
		asOf := gen.Date(workforce.MustParseDate("2000-01-01"), workforce.MustParseDate("2030-12-31")).Draw(t, "as_of")
		code := areaCodeGen().Draw(t, "code")
		parent := gen.Optional(areaCodeGen()).Draw(t, "parent")
		if parent == code {
			parent = ""
		}
		a := gen.AdminArea(code, rapid.SampledFrom(workforce.AdminLevelValues()).Draw(t, "level"), parent, asOf).Draw(t, "area")
		if !a.ValidFrom.IsZero() && rapid.Bool().Draw(t, "ended") {
			a.ValidTo = gen.Date(a.ValidFrom, asOf.AddYears(5)).Draw(t, "valid_to")
		}
		return a
	})
}

// TestGeneratedValuesAccepted: every value the Go rules accept marshals
// to a document the schema accepts.
func TestGeneratedValuesAccepted(t *testing.T) {
	var names []string
	for n := range generators {
		names = append(names, n)
	}
	slices.Sort(names)
	rapid.Check(t, func(t *rapid.T) {
		d := document(t, rapid.SampledFrom(names).Draw(t, "document"))
		data, err := json.Marshal(generators[d.Name](t))
		if err != nil {
			t.Fatal(err)
		}
		if ps := goProblems(t, d, data); ps != nil {
			t.Fatalf("the generator drew a %s Go rejects: %v\n%s", d.Name, ps, data)
		}
		if err := schemaErr(t, d.Name, data); err != nil {
			t.Fatalf("Go accepts this %s but the schema rejects it: %v\n%s", d.Name, err, data)
		}
	})
}

// mutationsPerDocument is how many single mutations TestMutationsAgree
// judges per generated document.
const mutationsPerDocument = 30

// TestMutationsAgree applies generated mutations to a valid document
// (generated, or from testdata) and checks that the schema accepts the
// result exactly when Go accepts it or rejects it only for rules JSON
// Schema cannot express. Mutations
// that break an expressible rule (drop a required member, add an unknown
// one, null, a wrong JSON type, a value outside an enumeration or pattern,
// a too-long string, an integer out of range, an impossible date, a
// negative or over-scaled decimal, an explicit "" or 0 for an optional
// member, a member name in the wrong case) must be rejected by both.
func TestMutationsAgree(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d, data := drawDocument(t)
		doc := decodeGeneric(t, data)
		root := schemaTree(t, d.Name)
		// Several independent mutations of each document: drawing the
		// document costs more than judging a mutation.
		for range mutationsPerDocument {
			mutated, desc, mustReject := mutate(t, root, doc)
			out, err := json.Marshal(mutated)
			if err != nil {
				t.Fatal(err)
			}
			checkAgreement(t, d, out, desc, mustReject)
		}
	})
}

// checkAgreement fails t unless the schema and Go agree on data.
func checkAgreement(t tb, d jsonschema.Document, data []byte, desc string, mustReject bool) {
	t.Helper()
	ps := goProblems(t, d, data)
	serr := schemaErr(t, d.Name, data)
	goOK := ps == nil || onlyBeyondSchema(d.Name, ps)
	switch {
	case serr == nil && !goOK:
		t.Fatalf("%s: %s: the schema accepts it but Go rejects it: %v\n%s", d.Name, desc, ps, data)
	case serr != nil && goOK:
		t.Fatalf("%s: %s: Go accepts it (problems %v) but the schema rejects it: %v\n%s", d.Name, desc, ps, serr, data)
	case mustReject && serr == nil:
		t.Fatalf("%s: %s: a mutation that breaks a rule was accepted by both\n%s", d.Name, desc, data)
	}
}

func decodeGeneric(t tb, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// schemaTrees holds the committed schemas as generic JSON.
var schemaTrees = sync.OnceValue(func() map[string]map[string]any {
	out := make(map[string]map[string]any)
	for _, n := range jsonschema.Names() {
		b, err := fs.ReadFile(jsonschema.FS(), jsonschema.FileName(n))
		if err != nil {
			panic(err)
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber() // bounds such as 9223372036854775807 stay exact
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			panic(err)
		}
		out[n] = m
	}
	return out
})

func schemaTree(t tb, name string) map[string]any {
	t.Helper()
	m, ok := schemaTrees()[name]
	if !ok {
		t.Fatalf("no schema %q", name)
	}
	return m
}

// resolve follows $ref, single-entry allOf and the allOf of an object
// with rules (whose first entry holds the members) to the schema that
// constrains a value.
func resolve(root, s map[string]any) map[string]any {
	for range 8 {
		if ref, ok := s["$ref"].(string); ok {
			s = root["$defs"].(map[string]any)[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
			continue
		}
		if all, ok := s["allOf"].([]any); ok && len(all) == 1 {
			s = all[0].(map[string]any)
			continue
		}
		if all, ok := s["allOf"].([]any); ok && !has(s, "properties") && has(all[0].(map[string]any), "properties") {
			s = all[0].(map[string]any)
			continue
		}
		return s
	}
	return s
}

// site is one value in a document, with the schema that constrains it.
type site struct {
	path   []any // member names and indexes from the root
	schema map[string]any
	value  any
}

func collectSites(root, s map[string]any, v any, path []any, out []site) []site {
	s = resolve(root, s)
	out = append(out, site{path: slices.Clone(path), schema: s, value: v})
	switch x := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, k := range sortedMapKeys(x) {
			if ps, ok := props[k].(map[string]any); ok {
				out = collectSites(root, ps, x[k], append(path, k), out)
			}
		}
	case []any:
		items, _ := s["items"].(map[string]any)
		for i, e := range x {
			if items != nil {
				out = collectSites(root, items, e, append(path, i), out)
			}
		}
	}
	return out
}

func sortedMapKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// deepCopy copies a generic JSON value.
func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = deepCopy(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = deepCopy(e)
		}
		return s
	}
	return v
}

// at returns the container holding the value at path and its key.
func at(doc any, path []any) (parent any, key any) {
	cur := doc
	for _, p := range path[:len(path)-1] {
		switch k := p.(type) {
		case string:
			cur = cur.(map[string]any)[k]
		case int:
			cur = cur.([]any)[k]
		}
	}
	return cur, path[len(path)-1]
}

func set(doc any, path []any, v any) any {
	if len(path) == 0 {
		return v
	}
	parent, key := at(doc, path)
	switch k := key.(type) {
	case string:
		parent.(map[string]any)[k] = v
	case int:
		parent.([]any)[k] = v
	}
	return doc
}

func has(s map[string]any, keyword string) bool { _, ok := s[keyword]; return ok }

func typeOf(s map[string]any) string { t, _ := s["type"].(string); return t }

func isRequired(s map[string]any, member string) bool {
	req, _ := s["required"].([]any)
	for _, r := range req {
		if r == member {
			return true
		}
	}
	return false
}

// trickyStrings are replacement strings for random string mutations.
var trickyStrings = []string{"", " ", "x", "KH", "kh", "KH-12", "KH 12", "0", "00", "1", "-1", "0.5", "1.00", "1.005",
	"12.50", "1e2", "+1", "2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "0000-01-01", "2025-13-01",
	"2635", "263", "female", "Female", "not_stated", "active", "W-1", "-W", "a:b", "é", "ạăđ", "PHP", "XK",
	strings.Repeat("a", 64), strings.Repeat("a", 65), strings.Repeat("é", 200), strings.Repeat("é", 201)}

// mutate applies one drawn mutation. It returns the new document, a
// description, and whether the mutation breaks an expressible rule (so
// both sides must reject).
func mutate(t *rapid.T, root map[string]any, doc any) (any, string, bool) {
	doc = deepCopy(doc)
	sites := collectSites(root, root, doc, nil, nil)
	kinds := []string{"drop", "unknown", "null", "wrong_type", "bad_text", "too_long", "empty", "int_out_of_range",
		"int_zero", "int_form", "bad_date", "bad_decimal", "random_string", "other_enum", "random_int", "random_date",
		"duplicate_element", "remove_element", "wrong_case"}
	kind := rapid.SampledFrom(kinds).Draw(t, "mutation")
	pick := func(ok func(site) bool) (site, bool) {
		var cand []site
		for _, s := range sites {
			if ok(s) {
				cand = append(cand, s)
			}
		}
		if len(cand) == 0 {
			return site{}, false
		}
		return rapid.SampledFrom(cand).Draw(t, "site"), true
	}
	isString := func(s site) bool { _, ok := s.value.(string); return ok }
	isInt := func(s site) bool { return typeOf(s.schema) == "integer" }
	isObject := func(s site) bool { _, ok := s.value.(map[string]any); return ok && has(s.schema, "properties") }
	inner := func(s site) bool { return len(s.path) > 0 }
	where := func(s site) string { return fmt.Sprint(s.path) }

	switch kind {
	case "drop", "wrong_case":
		s, ok := pick(func(s site) bool { return isObject(s) && len(s.value.(map[string]any)) > 0 })
		if !ok {
			break
		}
		m := s.value.(map[string]any)
		member := rapid.SampledFrom(sortedMapKeys(m)).Draw(t, "member")
		v := m[member]
		delete(m, member)
		if kind == "wrong_case" {
			m[strings.ToUpper(member[:1])+member[1:]] = v
			return doc, fmt.Sprintf("member %q at %s renamed with a capital", member, where(s)), true
		}
		return doc, fmt.Sprintf("member %q dropped at %s", member, where(s)), isRequired(s.schema, member)
	case "unknown":
		if s, ok := pick(isObject); ok {
			s.value.(map[string]any)["zz_unknown"] = json.Number("1")
			return doc, "unknown member at " + where(s), true
		}
	case "null":
		if s, ok := pick(inner); ok {
			return set(doc, s.path, nil), "null at " + where(s), true
		}
	case "wrong_type":
		if s, ok := pick(inner); ok {
			var v any
			switch s.value.(type) {
			case string:
				v = json.Number("12345")
			case json.Number:
				v = "12"
			case bool:
				v = "true"
			case map[string]any:
				v = []any{}
			case []any:
				v = map[string]any{}
			}
			return set(doc, s.path, v), "wrong JSON type at " + where(s), true
		}
	case "bad_text":
		if s, ok := pick(func(s site) bool {
			return isString(s) && (has(s.schema, "pattern") || has(s.schema, "enum") || has(s.schema, "format"))
		}); ok {
			v := s.value.(string) + " "
			// A pattern that is not anchored at the end (a rule's "starts
			// with /") may still match.
			must := !has(s.schema, "pattern") || has(s.schema, "enum") || s.schema["format"] != nil ||
				!regexp.MustCompile(s.schema["pattern"].(string)).MatchString(v)
			return set(doc, s.path, v), "pattern or enumeration broken at " + where(s), must
		}
	case "too_long":
		if s, ok := pick(func(s site) bool { return isString(s) && has(s.schema, "maxLength") }); ok {
			n, err := s.schema["maxLength"].(json.Number).Int64()
			if err != nil {
				t.Fatal(err)
			}
			return set(doc, s.path, strings.Repeat("é", int(n)+1)), "too long at " + where(s), true
		}
	case "empty":
		if s, ok := pick(func(s site) bool { return isString(s) && inner(s) }); ok {
			_, minLen := s.schema["minLength"]
			strict := minLen || has(s.schema, "pattern") || has(s.schema, "enum")
			return set(doc, s.path, ""), "empty string at " + where(s), strict
		}
	case "int_out_of_range":
		if s, ok := pick(isInt); ok {
			var v json.Number
			switch rapid.IntRange(0, 2).Draw(t, "how") {
			case 0:
				v = json.Number(bound(s.schema["maximum"], 1))
			case 1:
				v = json.Number(bound(s.schema["minimum"], -1))
			default:
				v = json.Number(string(s.value.(json.Number)) + ".5")
			}
			return set(doc, s.path, v), fmt.Sprintf("integer %s at %s", v, where(s)), true
		}
	case "int_zero":
		if s, ok := pick(isInt); ok {
			return set(doc, s.path, json.Number("0")), "integer 0 at " + where(s), false
		}
	case "int_form":
		if s, ok := pick(isInt); ok {
			n := string(s.value.(json.Number))
			v := rapid.SampledFrom([]string{n + ".0", n + "e0", n + ".000", n + "E+0"}).Draw(t, "form")
			return set(doc, s.path, json.Number(v)), fmt.Sprintf("integer written %s at %s", v, where(s)), false
		}
	case "bad_date":
		if s, ok := pick(func(s site) bool { return isString(s) && s.schema["format"] == "date" }); ok {
			v := rapid.SampledFrom([]string{"2023-02-29", "2024-02-30", "2025-04-31", "0000-01-01", "2025-13-01", "2025-1-01", "20250101", "2025-00-10"}).Draw(t, "date")
			return set(doc, s.path, v), fmt.Sprintf("impossible date %s at %s", v, where(s)), true
		}
	case "bad_decimal":
		if s, ok := pick(func(s site) bool {
			p, _ := s.schema["pattern"].(string)
			return isString(s) && strings.Contains(p, `\.[0-9]`)
		}); ok {
			v := rapid.SampledFrom([]string{"-1", "-0.5", "01", "1e2", "+1", ".5", "1.", "1.123", "0.125", "12345678", "NaN"}).Draw(t, "decimal")
			// Some of these fit some quantities, and the negative ones a
			// plain decimal: only a text the value type's own pattern
			// refuses must be rejected.
			must := !regexp.MustCompile(s.schema["pattern"].(string)).MatchString(v)
			return set(doc, s.path, v), fmt.Sprintf("decimal %s at %s", v, where(s)), must
		}
	case "random_string":
		if s, ok := pick(isString); ok {
			v := rapid.OneOf(rapid.SampledFrom(trickyStrings), gen.Text(20)).Draw(t, "string")
			return set(doc, s.path, v), fmt.Sprintf("string %q at %s", v, where(s)), false
		}
	case "other_enum":
		if s, ok := pick(func(s site) bool { return isString(s) && has(s.schema, "enum") }); ok {
			v := rapid.SampledFrom(s.schema["enum"].([]any)).Draw(t, "value")
			return set(doc, s.path, v), fmt.Sprintf("enumeration value %v at %s", v, where(s)), false
		}
	case "random_int":
		if s, ok := pick(isInt); ok {
			v := rapid.OneOf(rapid.Int64Range(-3, 3000), rapid.SampledFrom([]int64{1899, 1900, 2100, 2101, -1, 1 << 53})).Draw(t, "int")
			return set(doc, s.path, json.Number(fmt.Sprint(v))), fmt.Sprintf("integer %d at %s", v, where(s)), false
		}
	case "random_date":
		if s, ok := pick(func(s site) bool { return isString(s) && s.schema["format"] == "date" }); ok {
			v := gen.AnyDate().Draw(t, "date").String()
			return set(doc, s.path, v), fmt.Sprintf("date %s at %s", v, where(s)), false
		}
	case "duplicate_element", "remove_element":
		if s, ok := pick(func(s site) bool { a, ok := s.value.([]any); return ok && len(a) > 0 }); ok {
			a := s.value.([]any)
			i := rapid.IntRange(0, len(a)-1).Draw(t, "index")
			if kind == "remove_element" {
				return set(doc, s.path, slices.Delete(slices.Clone(a), i, i+1)), fmt.Sprintf("element %d removed at %s", i, where(s)), false
			}
			return set(doc, s.path, append(slices.Clone(a), deepCopy(a[i]))), fmt.Sprintf("element %d repeated at %s", i, where(s)), false
		}
	}
	return doc, "no mutation (" + kind + " found no site)", false
}

// bound returns the schema bound n plus delta, exactly.
func bound(n any, delta int64) string {
	x, ok := n.(json.Number)
	if !ok {
		return "1.5" // no bound: a fraction still breaks "integer"
	}
	var b big.Int
	if _, ok := b.SetString(string(x), 10); !ok {
		return "1.5"
	}
	return b.Add(&b, big.NewInt(delta)).String()
}
