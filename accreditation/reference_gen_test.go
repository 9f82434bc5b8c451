package accreditation_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/sswkit/ssw/accreditation"
)

// TestRulesReference keeps RULES.md equal to the reference of the shipped
// catalogue; SSW_UPDATE_REFERENCE=1 rewrites it.
func TestRulesReference(t *testing.T) {
	var buf bytes.Buffer
	if err := accreditation.WriteReference(&buf, accreditation.Catalogue()); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("SSW_UPDATE_REFERENCE") != "" {
		if err := os.WriteFile("RULES.md", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	committed, err := os.ReadFile("RULES.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, buf.Bytes()) {
		a, b := strings.Split(string(committed), "\n"), strings.Split(buf.String(), "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("RULES.md is out of date at line %d:\ncommitted %q\ngenerated %q\n(run SSW_UPDATE_REFERENCE=1 go test ./accreditation -run TestRulesReference)", i+1, a[i], b[i])
			}
		}
		t.Fatalf("RULES.md is out of date: %d lines committed, %d generated (run SSW_UPDATE_REFERENCE=1 go test ./accreditation -run TestRulesReference)", len(a), len(b))
	}
	// What a reader looks for is there: every scheme, version, requirement
	// and subject ID, and every source key.
	text := buf.String()
	for _, s := range accreditation.Schemes() {
		for _, want := range []string{"`" + string(s.ID) + "`"} {
			if !strings.Contains(text, want) {
				t.Errorf("the reference lacks %s", want)
			}
		}
		for _, v := range s.Versions {
			if !strings.Contains(text, "`"+string(v.ID)+"`") {
				t.Errorf("the reference lacks version %s", v.ID)
			}
			for _, r := range v.Requirements {
				if !strings.Contains(text, "`"+string(r.ID)+"`") {
					t.Errorf("the reference lacks requirement %s", r.ID)
				}
			}
		}
		for _, e := range s.Exams {
			for _, sub := range e.Subjects {
				if !strings.Contains(text, "Subject `"+string(sub.ID)+"`") {
					t.Errorf("the reference lacks subject %s of %s", sub.ID, e.ID)
				}
			}
		}
	}
	for _, src := range accreditation.Sources() {
		if !strings.Contains(text, "| "+src.Ref+" |") {
			t.Errorf("the reference lacks source %s", src.Ref)
		}
	}
}
