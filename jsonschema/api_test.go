package jsonschema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sswkit/ssw/jsonschema"
)

func TestSchemaLookup(t *testing.T) {
	for _, d := range jsonschema.Documents() {
		b, ok := jsonschema.Schema(d.Name)
		if !ok {
			t.Fatalf("Schema(%q) not found", d.Name)
		}
		var head struct {
			Schema string `json:"$schema"`
			ID     string `json:"$id"`
			Title  string `json:"title"`
		}
		if err := json.Unmarshal(b, &head); err != nil {
			t.Fatal(err)
		}
		if head.ID != d.ID || head.ID != jsonschema.ID(d.Name) || head.Title != d.Title ||
			head.Schema != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: header %+v, want $id %s and title %s", d.Name, head, d.ID, d.Title)
		}
		if !strings.HasPrefix(d.ID, jsonschema.BaseID+"/") || !strings.HasSuffix(d.ID, ".schema.json") {
			t.Errorf("%s: $id %s is not under %s", d.Name, d.ID, jsonschema.BaseID)
		}
		if d.Type == nil || !humanTitle.MatchString(d.Title) || d.Description == "" {
			t.Errorf("%s: document %+v", d.Name, d)
		}
		// Schema returns a copy.
		b[0] = 'X'
		if again, _ := jsonschema.Schema(d.Name); again[0] != '{' {
			t.Fatalf("Schema(%q) shares its bytes with the caller", d.Name)
		}
	}
	if b, ok := jsonschema.Schema("nope"); ok || b != nil {
		t.Errorf("Schema(\"nope\") = %q, %v", b, ok)
	}
	if _, ok := jsonschema.Schema("../go"); ok {
		t.Errorf("Schema accepts a path")
	}
}

func TestFS(t *testing.T) {
	var files []string
	err := fs.WalkDir(jsonschema.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, n := range jsonschema.Names() {
		want = append(want, jsonschema.FileName(n))
	}
	slices.Sort(want)
	if !slices.Equal(files, want) {
		t.Errorf("FS holds %v, want %v", files, want)
	}
	f, err := jsonschema.FS().Open(jsonschema.FileName("worker"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil || !bytes.HasSuffix(b, []byte("}\n")) {
		t.Errorf("worker schema: %v, ends %q", err, b[max(0, len(b)-3):])
	}
}

// closedByFirst reports whether m is an object with rules whose first
// allOf entry holds its members and closes it.
func closedByFirst(m map[string]any) bool {
	all, _ := m["allOf"].([]any)
	if len(all) == 0 || m["properties"] != nil {
		return false
	}
	first, _ := all[0].(map[string]any)
	return first["properties"] != nil && first["additionalProperties"] == false
}

// humanTitle matches a title in words: a capital, then words in lower
// case or acronyms ("Administrative area", "CPD record", "ISCO-08
// occupation code"), never a Go name such as "AdminArea".
var humanTitle = regexp.MustCompile(`^[A-Z][A-Za-z0-9-]*( ([a-z][a-z0-9-]*|[A-Z][A-Z0-9-]+))*$`)

// ruleSubschema matches the paths of subschemas of cross-field rules.
var ruleSubschema = regexp.MustCompile(`/(allOf|anyOf|if|then|else|not|contains)(/|$)`)

// TestSchemaShape checks what every published schema promises: titles and
// descriptions everywhere (so the Go comments were found), closed objects,
// local references only, no nullable types, and only portable keywords.
func TestSchemaShape(t *testing.T) {
	allowed := map[string]bool{"$schema": true, "$id": true, "$defs": true, "$ref": true, "$comment": true,
		"title": true, "description": true, "type": true, "properties": true, "required": true,
		"additionalProperties": true, "items": true, "enum": true, "const": true, "pattern": true, "format": true,
		"minLength": true, "maxLength": true, "minimum": true, "maximum": true, "minItems": true, "maxItems": true,
		"minProperties": true, "maxProperties": true, "allOf": true, "anyOf": true, "not": true, "dependentRequired": true,
		"if": true, "then": true, "else": true, "contains": true, "uniqueItems": true}
	for _, d := range jsonschema.Documents() {
		root := schemaTree(t, d.Name)
		defs, _ := root["$defs"].(map[string]any) // absent when the document uses no named type
		for name, def := range defs {
			m := def.(map[string]any)
			title, _ := m["title"].(string)
			if !humanTitle.MatchString(title) || m["description"] == nil || m["description"] == "" {
				t.Errorf("%s: $defs/%s has title %v and description %v", d.Name, name, m["title"], m["description"])
			}
			// An object with rules is one "allOf" whose first entry holds
			// the members (see emittedOnce), so code generators emit it
			// once.
			if _, ok := m["properties"]; ok && (m["allOf"] != nil || m["anyOf"] != nil || m["oneOf"] != nil) {
				t.Errorf("%s: $defs/%s has members beside allOf/anyOf/oneOf", d.Name, name)
			}
		}
		var visit func(where string, v any)
		visit = func(where string, v any) {
			m, ok := v.(map[string]any)
			if !ok {
				return
			}
			for k, c := range m {
				if !allowed[k] && !strings.HasSuffix(where, "/properties") && !strings.HasSuffix(where, "/$defs") && !strings.HasSuffix(where, "/dependentRequired") {
					t.Errorf("%s: %s uses keyword %q", d.Name, where, k)
				}
				switch k {
				case "type":
					if c == "null" {
						t.Errorf("%s: %s allows null", d.Name, where)
					}
					// Objects are closed; the subschemas of cross-field
					// rules only restate members of a closed object.
					if c == "object" && m["additionalProperties"] != false && !closedByFirst(m) && !ruleSubschema.MatchString(where) {
						t.Errorf("%s: %s is an open object", d.Name, where)
					}
				case "$ref":
					if s, _ := c.(string); !strings.HasPrefix(s, "#/$defs/") {
						t.Errorf("%s: %s has a non-local $ref %v", d.Name, where, c)
					}
				case "properties":
					// The properties of a document or a $defs entry are
					// described; those of a rule's subschema restate them.
					described := where == "" || strings.HasPrefix(where, "/$defs/") &&
						(strings.Count(where, "/") == 2 || strings.Count(where, "/") == 4 && strings.HasSuffix(where, "/allOf/0"))
					for p, ps := range c.(map[string]any) {
						pm, ok := ps.(map[string]any)
						if ok && described && (pm["description"] == nil || pm["description"] == "") {
							t.Errorf("%s: %s/properties/%s has no description", d.Name, where, p)
						}
					}
				}
				switch c := c.(type) {
				case map[string]any:
					visit(where+"/"+k, c)
				case []any:
					for i, e := range c {
						visit(where+"/"+k+"/"+string(rune('0'+i%10)), e)
					}
				}
			}
		}
		visit("", root)
	}
}

// TestGenerateDeterministic: two runs give the same bytes, and the files
// are indented JSON with a trailing newline and no HTML escapes.
func TestGenerateDeterministic(t *testing.T) {
	a, b := generated(t), generated(t)
	for name, x := range a {
		if !bytes.Equal(x, b[name]) {
			t.Errorf("%s differs between two runs", name)
		}
		if !bytes.HasPrefix(x, []byte("{\n  \"$schema\"")) || !bytes.HasSuffix(x, []byte("}\n")) || !utf8.Valid(x) {
			t.Errorf("%s is not indented JSON ending in a newline", name)
		}
		if bytes.Contains(x, []byte(`\u0026`)) || bytes.Contains(x, []byte(`\u003c`)) {
			t.Errorf("%s contains HTML escapes", name)
		}
	}
}

func TestGenerateError(t *testing.T) {
	_, err := jsonschema.Generate(t.TempDir())
	var ge *jsonschema.GenerateError
	if !errors.As(err, &ge) || !errors.Is(err, jsonschema.ErrGenerate) || !strings.HasPrefix(err.Error(), "jsonschema: ") {
		t.Fatalf("Generate(empty dir) = %v", err)
	}
	e := &jsonschema.GenerateError{Schema: "worker", Type: "workforce.Worker", Field: "Sex", Reason: "bad"}
	if got := e.Error(); got != "jsonschema: schema worker: workforce.Worker.Sex: bad" {
		t.Errorf("Error() = %q", got)
	}
}

// goJargon matches words of Go, not of the documents: a schema reader
// knows arrays, objects and members.
var goJargon = regexp.MustCompile(`(?i)\b(slices?|nil|structs?|pointers?|zero value|func|goroutines?|int64|uint8|float64)\b`)

// goIdentifier matches a Go name written into a sentence: two capitals
// with a lower-case letter between ("PopulationFigure", "AsOf").
var goIdentifier = regexp.MustCompile(`\b[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*\b`)

// TestDescriptionsPlain: every description of every published schema is in
// plain words: no Go jargon, no Go identifiers, and a member's or named
// part's description does not open with its Go name ("Code identifies
// …", "AdminLevel is …").
func TestDescriptionsPlain(t *testing.T) {
	words := map[string]bool{"JavaScript": true, "TypeScript": true}
	pascal := func(member string) string {
		var b strings.Builder
		for w := range strings.SplitSeq(member, "_") {
			if w != "" {
				b.WriteString(strings.ToUpper(w[:1]) + w[1:])
			}
		}
		return b.String()
	}
	seen := map[string]bool{}
	for _, d := range jsonschema.Documents() {
		var visit func(where, self string, v any)
		visit = func(where, self string, v any) {
			switch x := v.(type) {
			case []any:
				for i, e := range x {
					visit(fmt.Sprintf("%s/%d", where, i), "", e)
				}
			case map[string]any:
				if desc, ok := x["description"].(string); ok && !seen[where+desc] {
					seen[where+desc] = true
					if m := goJargon.FindString(strings.ReplaceAll(desc, "JSON Pointer", "")); m != "" {
						t.Errorf("%s %s: Go jargon %q in %q", d.Name, where, m, desc)
					}
					for _, m := range goIdentifier.FindAllString(desc, -1) {
						if !words[m] {
							t.Errorf("%s %s: Go name %q in %q", d.Name, where, m, desc)
						}
					}
					if self != "" && strings.HasPrefix(desc, self+" ") {
						t.Errorf("%s %s: opens with the Go name %s: %q", d.Name, where, self, desc)
					}
				}
				for k, c := range x {
					switch {
					case strings.HasSuffix(where, "/properties"):
						visit(where+"/"+k, pascal(k), c)
					case strings.HasSuffix(where, "/$defs"):
						visit(where+"/"+k, k, c)
					default:
						visit(where+"/"+k, "", c)
					}
				}
			}
		}
		visit("", "", schemaTree(t, d.Name))
	}
}
