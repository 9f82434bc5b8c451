package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// parse runs parseArgs on a fresh flag set, as main does.
func parse(t *testing.T, args ...string) (request, bool, error) {
	t.Helper()
	fs := flag.NewFlagSet("eligibility", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	list := fs.Bool("list", false, "")
	req, err := parseArgs(fs, list, args)
	return req, *list, err
}

func mustParse(t *testing.T, args ...string) request {
	t.Helper()
	req, _, err := parse(t, args...)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

func TestEligibility(t *testing.T) {
	f, err := os.Open("testdata/applicant.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	if err := run(&out, f, mustParse(t, "-scheme", "PH-RSW-COR", "-purpose", "exam_admission", "-as-of", "2024-06-01")); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"exam admission (PH-RSW-COR)", "Outcome: not met", "✗ ph.exam.case_hours", "found 960 hours; required at least 1000 hours", "✓ ph.exam.degree"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "not_met") {
		t.Errorf("output shows a raw code:\n%s", out.String())
	}
}

func TestEligibilityJSONAndNoRegime(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, strings.NewReader(`{}`), mustParse(t, "-scheme", "KH-NO-REGIME", "-as-of", "2025-06-30", "-json")); err != nil {
		t.Fatal(err)
	}
	var d accreditation.Decision
	if err := json.Unmarshal(out.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	if d.Outcome != accreditation.OutcomeNotApplicable || d.Validate() != nil {
		t.Fatalf("decision %+v", d)
	}
}

// TestEligibilityBadFacts: every problem of the facts document is
// reported once, with its path.
func TestEligibilityBadFacts(t *testing.T) {
	err := run(&bytes.Buffer{}, strings.NewReader(`{"birth_date":"2023-02-29","nickname":"x"}`),
		mustParse(t, "-scheme", "PH-RSW-COR", "-purpose", "exam_admission", "-as-of", "2024-06-01"))
	var ps workforce.Problems
	if !errors.As(err, &ps) || len(ps) != 2 {
		t.Fatalf("want two problems with paths, got %v", err)
	}
	var msg bytes.Buffer
	report(&msg, err)
	text := msg.String()
	if !strings.HasPrefix(text, "eligibility: the facts document has 2 problems:\n") ||
		strings.Count(text, `unknown field "nickname"`) != 1 || strings.Count(text, "/birth_date") != 1 {
		t.Errorf("each problem must be reported once:\n%s", text)
	}
}

// TestEligibilityBadFlags: bad flag values are usage errors (exit status
// 2) with a plain message that names no Go type.
func TestEligibilityBadFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-scheme", "PH-RSW-COR", "-as-of", "30/06/2025"}, `-as-of "30/06/2025" is not a date written YYYY-MM-DD, such as 2025-06-30`},
		{[]string{"-scheme", "PH-RSW-COR", "-as-of", "2023-02-29"}, `-as-of "2023-02-29" is not a date`},
		{[]string{"-scheme", "XX", "-as-of", "2024-06-01"}, `no shipped scheme has the ID "XX"`},
		{[]string{"-scheme", "PH-RSW-COR", "-purpose", "vote", "-as-of", "2024-06-01"}, `-purpose "vote" is not one of exam_admission, grant`},
		{[]string{"-as-of", "2024-06-01"}, "-scheme is required"},
		{[]string{"-scheme", "PH-RSW-COR"}, "-as-of is required"},
		{[]string{"-scheme", "PH-RSW-COR", "-as-of", "2024-06-01", "a.json", "b.json"}, "one facts file at most"},
	} {
		_, _, err := parse(t, c.args...)
		var ue usageError
		if !errors.As(err, &ue) || !strings.Contains(ue.msg, c.want) {
			t.Errorf("%q: got %v, want a usage error containing %q", c.args, err, c.want)
			continue
		}
		if strings.Contains(ue.msg, "CivilDate") || strings.Contains(ue.msg, "workforce") {
			t.Errorf("%q: the message names Go types: %s", c.args, ue.msg)
		}
	}
	if _, list, err := parse(t, "-list"); err != nil || !list {
		t.Errorf("-list alone: %v, %v", list, err)
	}
}

// TestListAligned: every line of -list has its columns at the same
// offsets, however long an ID is.
func TestListAligned(t *testing.T) {
	var out bytes.Buffer
	listSchemes(&out)
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(accreditation.Schemes())+1 {
		t.Fatalf("%d lines for %d schemes", len(lines), len(accreditation.Schemes()))
	}
	col := strings.Index(lines[0], "Country")
	for _, l := range lines {
		runes := []rune(l)
		if len(runes) <= col || runes[col-1] != ' ' || runes[col-2] != ' ' || runes[col] == ' ' {
			t.Errorf("column 2 does not start at %d: %q", col, l)
		}
	}
}

// TestMain runs the program itself when the tests start the test binary
// as the program (see runMain).
func TestMain(m *testing.M) {
	if os.Getenv("SSW_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runMain runs the program with args and returns its standard error and
// exit status.
func runMain(t *testing.T, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "SSW_RUN_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return stderr.String(), exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return stderr.String(), 0
}

// TestProgram: -h opens with one line saying what the program does; a
// date not written YYYY-MM-DD exits 2 with one plain line.
func TestProgram(t *testing.T) {
	help, code := runMain(t, "-h")
	if first, _, _ := strings.Cut(help, "\n"); code != 0 || first != summary {
		t.Errorf("-h: status %d, first line %q", code, first)
	}
	msg, code := runMain(t, "-as-of", "30/06/2025", "-scheme", "PH-RSW-COR")
	if code != 2 || !strings.HasPrefix(msg, "eligibility: -as-of \"30/06/2025\" is not a date written YYYY-MM-DD") || strings.Contains(msg, "CivilDate") {
		t.Errorf("-as-of 30/06/2025: status %d, message %q", code, msg)
	}
}
