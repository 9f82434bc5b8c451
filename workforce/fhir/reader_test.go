package fhir_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/workforce"
	"github.com/sswkit/ssw/workforce/fhir"
)

// where is one expected problem: code, file, line and path.
type where struct {
	code, file string
	line       int
	path       string
}

func (w where) String() string { return fmt.Sprintf("%s %s:%d %s", w.code, w.file, w.line, w.path) }

const (
	prac = "Practitioner.ndjson"
	role = "PractitionerRole.ndjson"
	org  = "Organization.ndjson"
	locn = "Location.ndjson"
)

// edit replaces the first old with new in the file of typ.
func edit(typ fhir.ResourceType, old, new string) func(ndjson) {
	return func(f ndjson) {
		s := f[typ].String()
		if !strings.Contains(s, old) {
			panic("no " + old + " in " + string(typ))
		}
		f[typ] = bytes.NewBufferString(strings.Replace(s, old, new, 1))
	}
}

// TestReaderProblems reads the sample registry with one fault each and
// checks that every problem is located by file, line and path, and that
// what depends on a skipped resource is skipped with it.
func TestReaderProblems(t *testing.T) {
	const (
		worker = "Practitioner.where(id='w-W-0000001')"
		job    = "PractitionerRole.where(id='emp0-W-0000001')"
		post1  = "PractitionerRole.where(id='p-P-0000001')"
		emp    = "Organization.where(id='e-DSWD-4A')"
	)
	cases := []struct {
		name  string
		edit  func(ndjson)
		max   int // MaxLineBytes
		want  []where
		keeps int // workers kept
	}{
		{"gender outside the value set", edit(fhir.TypePractitioner, `"gender":"female"`, `"gender":"f"`),
			0, []where{{workforce.CodeNotSupported, prac, 1, worker + ".gender"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".practitioner"}}, 0},
		{"null", edit(fhir.TypePractitioner, `"gender":"female"`, `"gender":null`),
			0, []where{{workforce.CodeType, prac, 1, worker + ".gender"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".practitioner"}}, 0},
		{"repeated member", edit(fhir.TypePractitioner, `"gender":"female"`, `"gender":"female","gender":"male"`),
			0, []where{{workforce.CodeDuplicate, prac, 1, "Resource.gender"}, {workforce.CodeDangling, role, 4, job + ".practitioner"}}, 0},
		{"syntax", edit(fhir.TypePractitioner, `"gender":"female"`, `"gender":"female",}`),
			0, []where{{workforce.CodeSyntax, prac, 1, "Resource"}, {workforce.CodeDangling, role, 4, job + ".practitioner"}}, 0},
		{"partial birth date", edit(fhir.TypePractitioner, `"birthDate":"1988-05-17"`, `"birthDate":"1988-05"`),
			0, []where{{workforce.CodeInvalidValue, prac, 1, worker + ".birthDate"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".practitioner"}}, 0},
		{"date that does not exist", edit(fhir.TypePractitioner, `"birthDate":"1988-05-17"`, `"birthDate":"1987-02-29"`),
			0, []where{{workforce.CodeInvalidValue, prac, 1, worker + ".birthDate"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".practitioner"}}, 0},
		{"identifier in another system", edit(fhir.TypePractitioner, `sid/worker`, `sid/other`),
			0, []where{{workforce.CodeRequired, prac, 1, worker + ".identifier"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".practitioner"}}, 0},
		{"modifier extension", edit(fhir.TypePractitioner, `"gender"`, `"modifierExtension":[{"url":"http://example.org/x","valueBoolean":true}],"gender"`),
			0, []where{{fhir.CodeModifier, prac, 1, worker + ".modifierExtension"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".practitioner"}}, 0},
		{"unknown qualification code", edit(fhir.TypePractitioner, `CodeSystem/isced-2011","code":"7"`, `CodeSystem/other","code":"7"`),
			0, []where{{workforce.CodeNotSupported, prac, 1, worker + ".qualification[1].code"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".practitioner"}}, 0},
		{"decimal as a string", edit(fhir.TypePractitionerRole, `"valueDecimal":1.00`, `"valueDecimal":"1.00"`),
			0, []where{{workforce.CodeType, role, 1, post1 + ".extension[1].valueDecimal"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".extension"}}, 1},
		{"FTE above 1", edit(fhir.TypePractitionerRole, `"valueDecimal":1.00`, `"valueDecimal":1.5`),
			0, []where{{workforce.CodeMax, role, 1, post1 + ".extension[1].valueDecimal"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".extension"}}, 1},
		{"FTE with an exponent", edit(fhir.TypePractitionerRole, `"valueDecimal":1.00`, `"valueDecimal":1e0`),
			0, []where{{workforce.CodeInvalidValue, role, 1, post1 + ".extension[1].valueDecimal"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".extension"}}, 1},
		{"post that does not exist", edit(fhir.TypePractitionerRole, `"valueReference":{"reference":"PractitionerRole/p-P-0000001"}`, `"valueReference":{"reference":"PractitionerRole/p-none"}`),
			0, []where{{workforce.CodeDangling, role, 4, job + ".extension"}}, 1},
		{"unknown element", edit(fhir.TypeOrganization, `"name":"Regional`, `"sector":"x","name":"Regional`),
			0, []where{{workforce.CodeUnknownField, org, 4, emp + ".sector"}, {fhir.CodeDependsOnSkipped, role, 1, post1 + ".organization"},
				{fhir.CodeDependsOnSkipped, role, 4, job + ".extension"}}, 1},
		{"element the reader ignores, of the wrong JSON kind", edit(fhir.TypePractitioner, `"active":true`, `"active":"yes"`),
			0, []where{{workforce.CodeType, prac, 1, worker + ".active"}, {fhir.CodeDependsOnSkipped, role, 4, job + ".practitioner"}}, 0},
		{"Location address as an array", edit(fhir.TypeLocation, `"status":"active"`, `"status":"active","address":[{"city":"x"}]`),
			0, []where{{workforce.CodeType, locn, 1, "Location.where(id='a-PH').address"}}, 1},
		{"cycle of areas", edit(fhir.TypeLocation, `"managingOrganization":{"reference":"Organization/a-PH"}`,
			`"managingOrganization":{"reference":"Organization/a-PH"},"partOf":{"reference":"Location/a-PH-LAG-SPC"}`),
			0, []where{{workforce.CodeCycle, locn, 1, "Location.where(id='a-PH').partOf"}, {fhir.CodeDependsOnSkipped, role, 1, post1 + ".location[0]"}}, 1},
		{"resource read twice", func(f ndjson) { f[fhir.TypePractitioner].WriteString(f[fhir.TypePractitioner].String()) },
			0, []where{{workforce.CodeDuplicate, prac, 2, worker + ".id"}}, 1},
		{"line too long", func(ndjson) {}, 2000, []where{{workforce.CodeLineTooLong, prac, 1, ""}, {workforce.CodeDangling, role, 4, job + ".practitioner"}}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := examples.SampleRegistry()
			files := writeNDJSON(t, &r, fhir.Options{AsOf: r.AsOf})
			c.edit(files)
			ro := readOpts(&r)
			ro.MaxLineBytes = c.max
			got, ps := readNDJSON(t, files, ro)
			for _, w := range c.want {
				found := false
				for _, p := range ps {
					if p.Code == w.code && p.File == w.file && p.Line == w.line && p.Path == w.path {
						found = true
					}
				}
				if !found {
					t.Errorf("missing problem %v\ngot:\n%s", w, list(ps))
				}
			}
			if len(got.Workers) != c.keeps {
				t.Errorf("kept %d workers, want %d", len(got.Workers), c.keeps)
			}
			for _, p := range ps {
				if p.Code == "" || p.File == "" || p.Line == 0 || p.Message == "" {
					t.Errorf("problem not located: %+v", p)
				}
			}
		})
	}
}

func list(ps workforce.Problems) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "  %s %s:%d %s: %s\n", p.Code, p.File, p.Line, p.Path, p.Message)
	}
	return b.String()
}

// TestReaderBundleLocation: a problem in a Bundle names the entry, the
// resource type and id, and the line the entry starts on.
func TestReaderBundleLocation(t *testing.T) {
	r := examples.SampleRegistry()
	b := writeBundle(t, &r, fhir.BundleCollection, fhir.Options{AsOf: r.AsOf})
	b = bytes.Replace(b, []byte(`"gender":"female"`), []byte(`"gender":"woman"`), 1)
	rd := fhir.NewReader(readOpts(&r))
	if err := rd.ReadBundle(bytes.NewReader(b), "registry.json"); err != nil {
		t.Fatal(err)
	}
	_, ps := rd.Registry()
	want := where{workforce.CodeNotSupported, "registry.json", 11, "Bundle.entry[10].resource.ofType(Practitioner).where(id='w-W-0000001').gender"}
	for _, p := range ps {
		if (where{p.Code, p.File, p.Line, p.Path}) == want {
			return
		}
	}
	t.Fatalf("missing %v in\n%s", want, list(ps))
}

// TestReaderIgnores: resources the mapping has no place for are counted,
// not reported.
func TestReaderIgnores(t *testing.T) {
	in := `{"resourceType":"Patient","id":"x"}
{"resourceType":"Location","id":"clinic","name":"Clinic","status":"active","type":[{"coding":[{"system":"https://profiles.ihe.net/ITI/mCSD/CodeSystem/IHE.mCSD.Organization.Location.Types","code":"facility"}]}]}

{"resourceType":"Endpoint","id":"e"}
`
	rd := fhir.NewReader(fhir.ReadOptions{})
	if err := rd.ReadNDJSON(strings.NewReader(in), "mixed.ndjson"); err != nil {
		t.Fatal(err)
	}
	if _, ps := rd.Registry(); len(ps) > 0 {
		t.Fatal(ps)
	}
	got := rd.Ignored()
	if got["Patient"] != 1 || got["Location"] != 1 || got["Endpoint"] != 1 || len(got) != 3 {
		t.Fatalf("ignored %v", got)
	}
}

// TestWriterRefuses: records the writer cannot write are refused with
// located problems, and nothing of them is written.
func TestWriterRefuses(t *testing.T) {
	r := examples.SampleRegistry()
	cases := []struct {
		name  string
		write func(w *fhir.Writer) error
		code  string
		path  string
	}{
		{"sex outside the table", func(w *fhir.Writer) error { x := r.Workers[0]; x.Sex = "f"; return w.WriteWorker(x) }, workforce.CodeNotSupported, "/sex"},
		{"post not written before", func(w *fhir.Writer) error {
			x := r.Workers[0]
			x.Employments = append(x.Employments, workforce.Employment{PostID: "P-none", Start: r.AsOf, FTE: workforce.FullTime(), Type: workforce.EmploymentCasual})
			return w.WriteWorker(x)
		}, workforce.CodeDangling, "/employments/1/post_id"},
		{"end before start", func(w *fhir.Writer) error {
			x := r.Workers[0]
			x.Credentials = []workforce.Credential{{SchemeID: "S", Issued: r.AsOf, Expires: r.AsOf.AddDays(-1), Status: workforce.CredentialActive}}
			return w.WriteWorker(x)
		}, workforce.CodeDateOrder, "/credentials/0/expires"},
		{"name of spaces", func(w *fhir.Writer) error { e := r.Employers[0]; e.Name = "  "; return w.WriteEmployer(e) }, workforce.CodeInvalidValue, "/name"},
		{"no-break space", func(w *fhir.Writer) error { a := r.Areas[0]; a.Name = "San\u00a0Pablo"; return w.WriteArea(a) }, workforce.CodeInvalidValue, "/name"},
		{"not UTF-8", func(w *fhir.Writer) error { p := r.Posts[0]; p.Title = "\xff"; return w.WritePost(p) }, workforce.CodeInvalidValue, "/title"},
		{"FTE missing", func(w *fhir.Writer) error { p := r.Posts[0]; p.FTE = workforce.FTE{}; return w.WritePost(p) }, workforce.CodeRequired, "/fte"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := ndjson{}
			w, err := fhir.NewNDJSONWriter(files.out, fhir.Options{AsOf: r.AsOf})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range r.Posts {
				if err := w.WritePost(p); err != nil {
					t.Fatal(err)
				}
			}
			before := w.Written()
			ps := workforce.AsProblems(c.write(w))
			if len(ps.At(c.path)) == 0 || ps.At(c.path)[0].Code != c.code {
				t.Fatalf("want %s at %s, got %v", c.code, c.path, ps)
			}
			if w.Written() != before {
				t.Fatalf("%d resources written for a refused record", w.Written()-before)
			}
		})
	}
}
