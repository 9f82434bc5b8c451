package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func testOptions() options {
	return options{country: "KH", asOf: "2025-06-30", areas: "testdata/areas.csv", employers: "testdata/employers.jsonl",
		posts: "testdata/posts.csv", workers: "testdata/workers.jsonl", maxLine: 1 << 16, normPerUnit: 2, normLevel: "commune"}
}

func TestImport(t *testing.T) {
	var out, errs bytes.Buffer
	bad, err := run(&out, &errs, testOptions(), os.Open)
	if err != nil {
		t.Fatal(err)
	}
	if bad != 6 {
		t.Errorf("%d bad lines, want 6", bad)
	}
	wantErrs := []string{
		"areas.csv:10: invalid_value /population/0/date",
		"posts.csv:8: not_supported /status",
		"workers.jsonl:4: invalid_value /birth_date",
		"workers.jsonl:6: unknown_post /employments/0/post_id",
		"workers.jsonl:8: negative /cpd/0/hours",
		"workers.jsonl:9: syntax (record): malformed JSON at column 209",
	}
	lines := strings.Split(strings.TrimSpace(errs.String()), "\n")
	if len(lines) != len(wantErrs) {
		t.Fatalf("bad lines reported:\n%s", errs.String())
	}
	for i, want := range wantErrs {
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d: got %q, want prefix %q", i, lines[i], want)
		}
	}
	for _, want := range []string{"Imported 8 areas, 2 employers, 7 posts and 5 workers", "SSW-UNIT-COVERAGE   KH       33.3 %", "SSW-NORM-GAP        KH       3 workers"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestImportStrict(t *testing.T) {
	o := testOptions()
	o.strict = true
	var out, errs bytes.Buffer
	_, err := run(&out, &errs, o, os.Open)
	if err == nil || !strings.Contains(err.Error(), "areas.csv:10") {
		t.Fatalf("strict import must stop at the first bad line, got %v", err)
	}
}
