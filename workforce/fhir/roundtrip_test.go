package fhir_test

import (
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/workforce"
	"github.com/sswkit/ssw/workforce/fhir"
)

// tb is what the helpers need of *testing.T and *rapid.T.
type tb interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

// ndjson holds the NDJSON files of one export, by resource type.
type ndjson map[fhir.ResourceType]*bytes.Buffer

func (n ndjson) out(t fhir.ResourceType) io.Writer {
	if n[t] == nil {
		n[t] = &bytes.Buffer{}
	}
	return n[t]
}

func writeNDJSON(t tb, r *workforce.Registry, opts fhir.Options) ndjson {
	t.Helper()
	files := ndjson{}
	w, err := fhir.NewNDJSONWriter(files.out, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := fhir.WriteRegistry(w, r); err != nil {
		t.Fatalf("WriteRegistry: %v", err)
	}
	return files
}

func writeBundle(t tb, r *workforce.Registry, typ fhir.BundleType, opts fhir.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := fhir.NewBundleWriter(&b, typ, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := fhir.WriteRegistry(w, r); err != nil {
		t.Fatalf("WriteRegistry: %v", err)
	}
	return b.Bytes()
}

func readOpts(r *workforce.Registry) fhir.ReadOptions {
	return fhir.ReadOptions{Country: r.Country, AsOf: r.AsOf, Source: r.Source}
}

// readNDJSON reads the files in the reverse of the writing order, to
// show that order does not matter.
func readNDJSON(t tb, files ndjson, opts fhir.ReadOptions) (workforce.Registry, workforce.Problems) {
	t.Helper()
	rd := fhir.NewReader(opts)
	types := fhir.ResourceTypes()
	slices.Reverse(types)
	for _, typ := range types {
		if files[typ] == nil {
			continue
		}
		if err := rd.ReadNDJSON(bytes.NewReader(files[typ].Bytes()), typ.FileName()); err != nil {
			t.Fatal(err)
		}
	}
	return rd.Registry()
}

// held returns what FHIR holds of a registry: the package documentation
// lists what it does not (CPD records, population figures) and the one
// normalisation (a birth year beside a birth date is implied by it).
func held(r workforce.Registry) workforce.Registry {
	r.Areas = slices.Clone(r.Areas)
	for i := range r.Areas {
		r.Areas[i].Population = nil
	}
	r.Workers = slices.Clone(r.Workers)
	for i := range r.Workers {
		w := &r.Workers[i]
		w.CPD = nil
		if !w.BirthDate.IsZero() {
			w.BirthYear = 0
		}
		if len(w.Qualifications) == 0 {
			w.Qualifications = nil
		}
		if len(w.Credentials) == 0 {
			w.Credentials = nil
		}
		if len(w.Employments) == 0 {
			w.Employments = nil
		}
	}
	if len(r.Areas) == 0 {
		r.Areas = nil
	}
	if len(r.Employers) == 0 {
		r.Employers = nil
	}
	if len(r.Posts) == 0 {
		r.Posts = nil
	}
	if len(r.Workers) == 0 {
		r.Workers = nil
	}
	return r
}

// sameRegistry compares registries by their JSON documents, which keep
// every decimal's scale.
func sameRegistry(t tb, want, got workforce.Registry) {
	t.Helper()
	a, err := json.MarshalIndent(want, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(got, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatalf("registry changed in the round trip (-want +got):\n%s", cmp.Diff(string(a), string(b)))
	}
}

func TestRoundTripSynthetic(t *testing.T) {
	syn := examples.NewSynthetic(examples.SyntheticConfig{Workers: 400, CredentialScheme: "PH-RSW-PIC"})
	r := syn.Registry()
	opts := fhir.Options{AsOf: r.AsOf}
	want := held(r)

	got, ps := readNDJSON(t, writeNDJSON(t, &r, opts), readOpts(&r))
	if len(ps) > 0 {
		t.Fatalf("NDJSON: %v", ps)
	}
	sameRegistry(t, want, got)

	for _, typ := range []fhir.BundleType{fhir.BundleCollection, fhir.BundleTransaction} {
		rd := fhir.NewReader(readOpts(&r))
		if err := rd.ReadBundle(bytes.NewReader(writeBundle(t, &r, typ, opts)), "bundle.json"); err != nil {
			t.Fatal(err)
		}
		got, ps := rd.Registry()
		if len(ps) > 0 {
			t.Fatalf("%s bundle: %v", typ, ps)
		}
		sameRegistry(t, want, got)
	}
}

func TestRoundTripSystems(t *testing.T) {
	r := examples.SampleRegistry()
	opts := fhir.Options{AsOf: r.AsOf, WorkerSystem: "urn:oid:2.16.116.1.1", PostSystem: "https://hr.example.gov.kh/post",
		EmployerSystem: "https://hr.example.gov.kh/org", AreaSystem: fhir.SystemISO3166Part2}
	files := writeNDJSON(t, &r, opts)
	if !strings.Contains(files[fhir.TypePractitioner].String(), `"system":"urn:oid:2.16.116.1.1"`) {
		t.Fatal("the worker system is not the one given")
	}
	// Read with the default systems, nothing is found.
	if _, ps := readNDJSON(t, files, readOpts(&r)); !ps.HasCode(workforce.CodeRequired) {
		t.Fatalf("reading with other systems: want required identifiers, got %v", ps)
	}
	ro := readOpts(&r)
	ro.WorkerSystem, ro.PostSystem, ro.EmployerSystem, ro.AreaSystem = opts.WorkerSystem, opts.PostSystem, opts.EmployerSystem, opts.AreaSystem
	got, ps := readNDJSON(t, files, ro)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	sameRegistry(t, held(r), got)
}

func TestRoundTripEveryValue(t *testing.T) {
	r := everyValue()
	if err := r.Validate(); err != nil {
		t.Fatalf("everyValue is invalid: %v", err)
	}
	files := writeNDJSON(t, &r, fhir.Options{AsOf: r.AsOf})
	got, ps := readNDJSON(t, files, readOpts(&r))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	sameRegistry(t, held(r), got)
	// The corners show in the output: hashed ids, an inactive area, a
	// birth year alone, exact decimals.
	for typ, want := range map[fhir.ResourceType][]string{
		fhir.TypePractitioner:     {`"id":"w--`, `"birthDate":"1970"`, `"gender":"unknown"`},
		fhir.TypeLocation:         {`"status":"inactive"`, `"id":"a--`},
		fhir.TypePractitionerRole: {`"valueDecimal":0.50`, `"valueDecimal":1.00`, `"valueDecimal":1}`},
	} {
		for _, s := range want {
			if !strings.Contains(files[typ].String(), s) {
				t.Errorf("%s: no %s", typ, s)
			}
		}
	}
}
