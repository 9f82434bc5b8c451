package jsonschema_test

import (
	"bytes"
	"errors"
	"io/fs"
	"reflect"
	"sync"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sswkit/ssw/jsonschema"
	"github.com/sswkit/ssw/workforce"
)

// nonExpressible lists the problem codes of the rules JSON Schema cannot
// express (the package documentation lists the rules). A document that
// breaks only such rules is accepted by the schema and rejected by Go;
// every other problem code must make the schema reject the document too.
var nonExpressible = map[string]bool{
	workforce.CodeDateOrder:       true, // end ≥ start, expiry after issue, valid_to ≥ valid_from
	workforce.CodeFTEOverCapacity: true, // concurrent FTE ≤ 1
	workforce.CodeChildrenTotal:   true, // children ≤ total
	workforce.CodeBirthMismatch:   true, // birth_year agrees with birth_date
	workforce.CodeDuplicate:       true, // unique IDs, codes and population dates
	workforce.CodeDangling:        true, // references resolve
	workforce.CodeCycle:           true, // area tree acyclic, area not its own parent
	workforce.CodeLevelOrder:      true, // levels descend down the area tree
	workforce.CodeLevelMismatch:   true, // post level equals area level
	workforce.CodeNotCurrent:      true, // a post's area exists on as_of
	workforce.CodeAfterAsOf:       true, // dated facts not after as_of
}

// compiled holds the committed schemas compiled once with santhosh-tekuri
// (draft 2020-12, format assertions on).
var compiled = sync.OnceValues(func() (map[string]*sjs.Schema, error) {
	c := sjs.NewCompiler()
	c.DefaultDraft(sjs.Draft2020)
	c.AssertFormat()
	out := make(map[string]*sjs.Schema)
	for _, d := range jsonschema.Documents() {
		b, err := fs.ReadFile(jsonschema.FS(), jsonschema.FileName(d.Name))
		if err != nil {
			return nil, err
		}
		doc, err := sjs.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(d.ID, doc); err != nil {
			return nil, err
		}
		s, err := c.Compile(d.ID)
		if err != nil {
			return nil, err
		}
		out[d.Name] = s
	}
	return out, nil
})

func schemas(t tb) map[string]*sjs.Schema {
	t.Helper()
	m, err := compiled()
	if err != nil {
		t.Fatalf("compiling the committed schemas: %v", err)
	}
	return m
}

// schemaErr validates data against the named schema; nil means accepted.
func schemaErr(t tb, name string, data []byte) error {
	t.Helper()
	s, ok := schemas(t)[name]
	if !ok {
		t.Fatalf("no schema %q", name)
	}
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// goProblems reads data as the document type of d the way Go programs do
// (workforce.Decode, then Validate) and returns the problems; nil means
// accepted.
func goProblems(t tb, d jsonschema.Document, data []byte) workforce.Problems {
	t.Helper()
	v := reflect.New(d.Type).Interface()
	err := workforce.Decode(data, v)
	if err == nil {
		err = v.(interface{ Validate() error }).Validate()
	}
	if err == nil {
		return nil
	}
	var ps workforce.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("%s: error is not workforce.Problems: %v", d.Name, err)
	}
	if len(ps) == 0 {
		t.Fatalf("%s: empty problem list returned as an error", d.Name)
	}
	return ps
}

// onlyBeyondSchema reports whether every problem breaks a rule JSON
// Schema cannot express.
func onlyBeyondSchema(ps workforce.Problems) bool {
	for _, p := range ps {
		if !nonExpressible[p.Code] {
			return false
		}
	}
	return true
}

func document(t tb, name string) jsonschema.Document {
	t.Helper()
	for _, d := range jsonschema.Documents() {
		if d.Name == name {
			return d
		}
	}
	t.Fatalf("no document %q", name)
	return jsonschema.Document{}
}

// tb is the part of testing.TB that helpers use; *rapid.T has it too.
type tb interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}
