package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sswkit/ssw/indicators/dhis2"
	"github.com/sswkit/ssw/workforce/fhir"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var log bytes.Buffer
	if err := run(config{out: dir, seed: 3, workers: 300, mapping: defaultMapping}, &log); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"with no problem", "withheld by disclosure control", "data values for period 2025"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("the log says nothing of %q:\n%s", want, log.String())
		}
	}
	// Every NDJSON line is one resource of the file's type.
	for _, typ := range fhir.ResourceTypes() {
		f, err := os.Open(filepath.Join(dir, "fhir", typ.FileName()))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		n := 0
		for sc.Scan() {
			var r struct {
				ResourceType string `json:"resourceType"`
			}
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil || r.ResourceType != string(typ) {
				t.Fatalf("%s line %d: %v %q", typ, n+1, err, r.ResourceType)
			}
			n++
		}
		f.Close()
		if n == 0 {
			t.Errorf("%s is empty", typ.FileName())
		}
	}
	for _, name := range []string{"fhir/bundle.json", "fhir/CodeSystem.ndjson"} {
		if st, err := os.Stat(filepath.Join(dir, name)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "dhis2", "dataValueSet.json"))
	if err != nil {
		t.Fatal(err)
	}
	var set dhis2.DataValueSet
	if err := json.Unmarshal(b, &set); err != nil {
		t.Fatal(err)
	}
	if set.Period != "2025" || len(set.DataValues) == 0 {
		t.Fatalf("data value set: period %q, %d values", set.Period, len(set.DataValues))
	}
}

func TestDefaultMapping(t *testing.T) {
	if _, err := dhis2.ReadMapping(defaultMapping); err != nil {
		t.Fatal(err)
	}
}

// The help starts with one line saying what the program does, then how
// to call it.
func TestUsage(t *testing.T) {
	fs := flag.NewFlagSet("interop", flag.ContinueOnError)
	var out bytes.Buffer
	fs.SetOutput(&out)
	fs.String("out", "", "write the exports under `DIR` (required)")
	usage(fs)
	lines := strings.Split(out.String(), "\n")
	if lines[0] != summary || !strings.HasPrefix(lines[0], "interop: ") {
		t.Errorf("first line %q, want the summary", lines[0])
	}
	if !strings.Contains(out.String(), "usage: interop -out DIR") || !strings.Contains(out.String(), "-out DIR") {
		t.Errorf("help:\n%s", out.String())
	}
}
