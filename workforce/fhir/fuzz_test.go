package fhir_test

import (
	"bytes"
	"testing"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/workforce"
	"github.com/sswkit/ssw/workforce/fhir"
)

// FuzzReader feeds arbitrary bytes to the reader as NDJSON and as a
// Bundle. It must never panic; every problem must be located (code,
// message, file); and whatever registry it reads must survive another
// round trip unchanged when the writer accepts it. The seeds are whole
// registries, so minimising an input takes long: fuzz with a bound, e.g.
//
//	go test ./workforce/fhir -run '^$' -fuzz FuzzReader -fuzztime 60s -fuzzminimizetime 100x
func FuzzReader(f *testing.F) {
	r := examples.SampleRegistry()
	opts := fhir.Options{AsOf: r.AsOf}
	var all bytes.Buffer
	for _, b := range writeNDJSON(f, &r, opts) {
		all.Write(b.Bytes())
	}
	f.Add(all.Bytes())
	f.Add(writeBundle(f, &r, fhir.BundleTransaction, opts))
	f.Add([]byte(`{"resourceType":"Practitioner","gender":"female","gender":"male"}`))
	f.Add([]byte(`{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Location","id":"a"}}]}`))
	f.Add([]byte("{\"a\":\"\\ud800\"}\n[1e999]\n\"\xff\""))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, bundle := range []bool{false, true} {
			rd := fhir.NewReader(readOpts(&r))
			var err error
			if bundle {
				err = rd.ReadBundle(bytes.NewReader(data), "in.json")
			} else {
				err = rd.ReadNDJSON(bytes.NewReader(data), "in.ndjson")
			}
			if err != nil {
				t.Fatal(err)
			}
			got, ps := rd.Registry()
			for _, p := range ps {
				if p.Code == "" || p.Message == "" || p.File == "" {
					t.Fatalf("problem not located: %+v", p)
				}
			}
			files := ndjson{}
			w, err := fhir.NewNDJSONWriter(files.out, opts)
			if err != nil {
				t.Fatal(err)
			}
			if fhir.WriteRegistry(w, &got) != nil {
				continue // the writer refuses what the reader accepts leniently (white space in text)
			}
			again, ps2 := readNDJSON(t, files, readOpts(&r))
			if len(ps2) > 0 {
				t.Fatalf("re-reading what was written: %v", ps2)
			}
			sameRegistry(t, normal(got), again)
		}
	})
}

// normal clears what one more round trip may change in a registry read
// from arbitrary input: a birth year beside a birth date.
func normal(r workforce.Registry) workforce.Registry { return held(r) }
