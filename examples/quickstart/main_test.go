package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/jsonschema"
	"github.com/sswkit/ssw/workforce"
)

func TestJourney(t *testing.T) {
	j, err := run(config{seed: 3, workers: 800, sample: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var text bytes.Buffer
	j.writeText(&text)
	out := text.String()
	for _, want := range []string{
		"SYNTHETIC data",
		"1,652 communes",
		"Validation: 0 problems",
		"Workforce per 100,000 children aged 0-17",
		"Communes with at least 2 workers",
		"Hiring to staff every commune by 2031",
		"not applicable: no statutory licensing regime in Cambodia",
		"never means \"not eligible\"",
		"Plan target KH-SSW-01",
		"Scorecard (illustrative assessment",
		"Phnom Penh",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(out, "NaN") || strings.Contains(out, "Inf") {
		t.Error("the report prints a non-number")
	}

	var page bytes.Buffer
	if err := j.writeHTML(&page); err != nil {
		t.Fatal(err)
	}
	html := page.String()
	if strings.Count(html, "<svg") != 2 || !strings.Contains(html, "SYNTHETIC DATA") || !strings.Contains(html, "target 100%") {
		t.Error("the page must hold both charts and the synthetic banner")
	}

	b, err := json.Marshal(j.country)
	if err != nil {
		t.Fatal(err)
	}
	var back declaration.CountryReport
	if err := workforce.Decode(b, &back); err != nil {
		t.Fatalf("the JSON report does not decode strictly: %v", err)
	}
	if err := back.Validate(); err != nil {
		t.Fatalf("the JSON report is invalid: %v", err)
	}
	if err := schemaCheck("country-report", b); err != nil {
		t.Fatalf("the JSON report does not match its published schema: %v", err)
	}
	if schemaCheck("country-report", []byte(`{"country":"KH"}`)) == nil {
		t.Fatal("the schema check accepts an incomplete report")
	}
}

// schemaCheck validates data against the named published schema with a
// 2020-12 validator, format assertions on, as another team would.
func schemaCheck(name string, data []byte) error {
	raw, ok := jsonschema.Schema(name)
	if !ok {
		return fmt.Errorf("no schema %q", name)
	}
	doc, err := sjs.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	c := sjs.NewCompiler()
	c.DefaultDraft(sjs.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(jsonschema.ID(name), doc); err != nil {
		return err
	}
	s, err := c.Compile(jsonschema.ID(name))
	if err != nil {
		return err
	}
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// TestJourneyDeterministic: the same seed gives the same report.
func TestJourneyDeterministic(t *testing.T) {
	a, err := run(config{seed: 9, workers: 300}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := run(config{seed: 9, workers: 300}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a.country)
	jb, _ := json.Marshal(b.country)
	if !bytes.Equal(ja, jb) {
		t.Fatal("two runs with one seed differ")
	}
}

// TestMain runs the program itself when TestHelp starts the test binary
// as the program.
func TestMain(m *testing.M) {
	if os.Getenv("SSW_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestHelp: -h opens with one line saying what the program does.
func TestHelp(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-h")
	cmd.Env = append(os.Environ(), "SSW_RUN_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("-h: %v", err)
	}
	if first, _, _ := strings.Cut(stderr.String(), "\n"); first != summary {
		t.Errorf("-h starts with %q, want %q", first, summary)
	}
}
