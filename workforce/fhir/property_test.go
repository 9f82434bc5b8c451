package fhir_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/workforce"
	"github.com/sswkit/ssw/workforce/fhir"
)

// anyRegistry draws a valid registry (internal/gen) and, half the time,
// renames its keys and texts to the awkward corners: IDs with ":" and "_"
// (not allowed in FHIR ids), 64-character IDs (too long with a prefix),
// area codes with "_", and texts of any Unicode with quotes, escapes and
// control characters.
func anyRegistry() *rapid.Generator[workforce.Registry] {
	return rapid.Custom(func(t *rapid.T) workforce.Registry {
		r := gen.Registry().Draw(t, "registry")
		// FHIR strings hold more than white space (see ValidString);
		// gen.Text may draw a name of spaces alone, which the writer
		// refuses (TestWriterRefuses).
		fix := func(s *string) {
			if *s != "" && !fhir.ValidString(*s) {
				*s = "x" + *s
			}
		}
		for i := range r.Areas {
			fix(&r.Areas[i].Name)
		}
		for i := range r.Employers {
			fix(&r.Employers[i].Name)
			fix(&r.Employers[i].Ministry)
		}
		for i := range r.Posts {
			fix(&r.Posts[i].Title)
		}
		for i := range r.Workers {
			for j := range r.Workers[i].Qualifications {
				fix(&r.Workers[i].Qualifications[j].Title)
				fix(&r.Workers[i].Qualifications[j].Institution)
			}
		}
		if !rapid.Bool().Draw(t, "awkward") {
			return r
		}
		text := rapid.StringN(1, 30, -1).Filter(func(s string) bool { return s != "" && fhir.ValidString(s) })
		idGen := rapid.StringMatching(`[A-Za-z0-9][A-Za-z0-9._:-]{0,63}`)
		ids := map[workforce.ID]workforce.ID{}
		used := map[workforce.ID]bool{}
		rename := func(id workforce.ID) workforce.ID {
			if v, ok := ids[id]; ok {
				return v
			}
			v := workforce.ID(idGen.Filter(func(s string) bool { return !used[workforce.ID(s)] }).Draw(t, "id"))
			used[v] = true
			ids[id] = v
			return v
		}
		codes := map[workforce.AreaCode]workforce.AreaCode{}
		usedCodes := map[workforce.AreaCode]bool{}
		codeGen := rapid.StringMatching(`[A-Z0-9]([A-Z0-9._-]{0,30}[A-Z0-9])?`)
		recode := func(c workforce.AreaCode) workforce.AreaCode {
			if c == "" {
				return ""
			}
			if v, ok := codes[c]; ok {
				return v
			}
			v := workforce.AreaCode(codeGen.Filter(func(s string) bool { return !usedCodes[workforce.AreaCode(s)] }).Draw(t, "code"))
			usedCodes[v] = true
			codes[c] = v
			return v
		}
		for i := range r.Areas {
			a := &r.Areas[i]
			a.Code, a.Parent, a.Name = recode(a.Code), recode(a.Parent), text.Draw(t, "name")
		}
		for i := range r.Employers {
			e := &r.Employers[i]
			e.ID, e.Name = rename("E"+e.ID), text.Draw(t, "name")
		}
		for i := range r.Posts {
			p := &r.Posts[i]
			p.ID, p.EmployerID, p.Area = rename("P"+p.ID), rename("E"+p.EmployerID), recode(p.Area)
			if p.Title != "" {
				p.Title = text.Draw(t, "title")
			}
		}
		for i := range r.Workers {
			w := &r.Workers[i]
			w.ID = rename("W" + w.ID)
			for j := range w.Employments {
				w.Employments[j].PostID = rename("P" + w.Employments[j].PostID)
			}
			for j := range w.Qualifications {
				if w.Qualifications[j].Institution != "" {
					w.Qualifications[j].Institution = text.Draw(t, "institution")
				}
			}
		}
		return r
	})
}

// TestRoundTripProperty: for every valid registry, Registry → FHIR →
// Registry gives back everything FHIR holds (see held), through NDJSON
// and through a Bundle, with no problem.
func TestRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := anyRegistry().Draw(t, "registry")
		if err := r.Validate(); err != nil {
			t.Fatalf("the generator drew an invalid registry: %v", err)
		}
		opts := fhir.Options{AsOf: r.AsOf}
		want := held(r)
		got, ps := readNDJSON(t, writeNDJSON(t, &r, opts), readOpts(&r))
		if len(ps) > 0 {
			t.Fatalf("NDJSON: %v", ps)
		}
		sameRegistry(t, want, got)
		if err := got.Validate(); err != nil {
			t.Fatalf("the registry read back is invalid: %v", err)
		}
		typ := rapid.SampledFrom([]fhir.BundleType{fhir.BundleCollection, fhir.BundleTransaction}).Draw(t, "bundle")
		rd := fhir.NewReader(readOpts(&r))
		if err := rd.ReadBundle(bytes.NewReader(writeBundle(t, &r, typ, opts)), "bundle.json"); err != nil {
			t.Fatal(err)
		}
		got, ps = rd.Registry()
		if len(ps) > 0 {
			t.Fatalf("bundle: %v", ps)
		}
		sameRegistry(t, want, got)
	})
}

// TestWriteValidatorCorpus writes what the validator checks in CI
// (workforce/fhir/validator/check.sh): with SSW_FHIR_CORPUS=DIR it writes,
// under DIR, 100 random registries as NDJSON directories and Bundles, a
// registry with every enumeration value, and the ssw CodeSystems. Without
// the variable it writes the fixed part to a temporary directory only.
func TestWriteValidatorCorpus(t *testing.T) {
	dir := os.Getenv("SSW_FHIR_CORPUS")
	if dir == "" {
		dir = t.TempDir()
	}
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var cs bytes.Buffer
	if err := fhir.WriteCodeSystems(&cs); err != nil {
		t.Fatal(err)
	}
	write("CodeSystem.ndjson", cs.Bytes())
	n := 0
	emit := func(r workforce.Registry) {
		opts := fhir.Options{AsOf: r.AsOf}
		for typ, b := range writeNDJSON(t, &r, opts) {
			write(fmt.Sprintf("r%03d/%s", n, typ.FileName()), b.Bytes())
		}
		write(fmt.Sprintf("bundle-%03d-collection.json", n), writeBundle(t, &r, fhir.BundleCollection, opts))
		write(fmt.Sprintf("bundle-%03d-transaction.json", n), writeBundle(t, &r, fhir.BundleTransaction, opts))
		n++
	}
	emit(everyValue())
	if os.Getenv("SSW_FHIR_CORPUS") == "" {
		return // TestRoundTripProperty writes random registries in the ordinary run
	}
	rapid.Check(t, func(t *rapid.T) { emit(anyRegistry().Draw(t, "registry")) })
}
