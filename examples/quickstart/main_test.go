package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/jsonschema"
	"github.com/sswkit/ssw/workforce"
)

// The journeys the tests read, each computed once: a small one, and the
// one the README's command shows (seed 1, 4,000 workers). Tests only read
// them.
var (
	smallJourney = sync.OnceValues(func() (*journey, error) { return run(config{seed: 3, workers: 800, sample: 1}, nil) })
	fullJourney  = sync.OnceValues(func() (*journey, error) { return run(config{seed: 1, workers: 4000, sample: 1}, nil) })
)

func small(t *testing.T) *journey {
	t.Helper()
	j, err := smallJourney()
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func quickstart(t *testing.T) *journey {
	t.Helper()
	j, err := fullJourney()
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func TestJourney(t *testing.T) {
	j := small(t)
	var text bytes.Buffer
	j.writeText(&text)
	out := text.String()
	for _, want := range []string{
		"SYNTHETIC data",
		"1,652 communes",
		"Validation: no problems",
		"Workforce per 100,000 children aged 0-17",
		"Communes with at least 2 social workers or deputies",
		"Hiring to staff every commune by 2031",
		"not applicable: no statutory licensing regime",
		"never means \"not eligible\"",
		"WHAT-IF, for illustration only",
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
	checkWords(t, "text", out)
}

// TestJourneyFigures: the figures the text states are the report's, in
// plain words; nothing here depends on what disclosure control withholds.
// TestNormIsThePlans: the quickstart evaluates coverage with the plan's
// norm and describes that norm.
func TestNormIsThePlans(t *testing.T) {
	n := declaration.CambodiaSSWPlan().Targets[0].StaffingNorm()
	if n == nil || n.Workers != normPerCommune || n.Level != workforce.LevelCommune ||
		!slices.Equal(n.Cadres, []workforce.Cadre{workforce.CadreProfessional, workforce.CadreParaProfessional}) {
		t.Fatalf("the plan's norm %+v is not the one the quickstart describes", n)
	}
	j := small(t)
	if got := j.report.Parameters.Options.Norm; got == nil || !slices.Equal(got.Cadres, n.Cadres) || got.Workers != n.Workers {
		t.Errorf("the report was computed with %+v, not the plan's norm", got)
	}
}

func TestJourneyFigures(t *testing.T) {
	j := small(t)
	var text bytes.Buffer
	j.writeText(&text)
	out := text.String()

	// Workers in post and former workers, counted from the registry.
	inPostN := 0
	for _, w := range j.registry.Workers {
		if inPost(w, j.registry.AsOf) {
			inPostN++
		}
	}
	want := fmt.Sprintf("%s workers in post (+%s former workers kept for attrition)", group(int64(inPostN)), group(int64(len(j.registry.Workers)-inPostN)))
	if !strings.Contains(out, want) {
		t.Errorf("the report lacks %q", want)
	}
	// The ratio, truncated, with its footnote.
	ratio := j.national[indicators.SSWChildPerWorker]
	if v, ok := value(ratio); ok {
		line := "1 : " + groupDecimal(workforce.DecimalOf(v)) + " " + markTruncated
		if !strings.Contains(out, line) || !strings.Contains(out, markTruncated+" Rounded down to a whole number (truncated)") {
			t.Errorf("the report lacks %q and its footnote", line)
		}
		if !v.Equal(v.Truncate(0)) || v.Cmp(ratio.Numerator.Decimal().Div(ratio.Denominator.Decimal())) > 0 {
			t.Errorf("children per worker %s is not the truncated ratio %s ÷ %s", v, ratio.Numerator, ratio.Denominator)
		}
	}
	// Requirements named by ID and title; commitments not assessed by
	// title.
	for _, u := range append(slices.Clone(j.comparison.Unmet), j.comparison.Missing...) {
		if title := j.reqTitles[u.Code]; title == "" || !strings.Contains(out, fmt.Sprintf("%s (%s)", u.Code, title)) {
			t.Errorf("requirement %s is not named with its title %q", u.Code, title)
		}
	}
	if len(j.scorecard.Missing) == 0 {
		t.Fatal("the illustrative assessment leaves commitments unassessed; the test needs one")
	}
	for _, id := range j.scorecard.Missing {
		if !strings.Contains(out, "     "+commitmentTitle(id)+"\n") {
			t.Errorf("the commitment not assessed %s is not named", id)
		}
	}
	// A country without a regime: the home summary is not applicable, and
	// the comparison is a labelled what-if.
	if j.home.Basis != accreditation.BasisNoRegime || j.home.NotApplicable != j.home.Evaluated || j.home.Evaluated != inPostN {
		t.Errorf("home regime summary %+v", j.home)
	}
}

// rawCode matches a snake_case token: an enumeration's wire value, which
// people should read as words. Requirement IDs (th.member.sw_degree) and
// the JSON Pointers of missing facts are shown on purpose, so a token
// after "." or "/" is not one.
var rawCode = regexp.MustCompile(`\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b`)

// checkWords fails when a text shows enumeration codes instead of words.
func checkWords(t *testing.T, what, s string) {
	t.Helper()
	var found []string
	for _, m := range rawCode.FindAllStringIndex(s, -1) {
		if m[0] > 0 && (s[m[0]-1] == '.' || s[m[0]-1] == '/') {
			continue
		}
		found = append(found, s[m[0]:m[1]])
	}
	if len(found) > 0 {
		t.Errorf("the %s shows raw codes: %q", what, found)
	}
}

// visible returns the text of a page that a reader sees: no style, no
// markup.
func visible(page string) string {
	page = regexp.MustCompile(`(?s)<style>.*?</style>|<head>.*?</head>`).ReplaceAllString(page, "")
	return html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, " "))
}

// TestPage: the HTML report marks every suppressed and unreliable cell it
// shows with a legend, draws every chart in both layouts with a viewBox
// and the synthetic mark, writes numbers one way, never shows an exact
// value beside its rounded one, and keeps dates whole.
func TestPage(t *testing.T) {
	j := quickstart(t)
	var b bytes.Buffer
	if err := j.writeHTML(&b); err != nil {
		t.Fatal(err)
	}
	page := b.String()

	svgs := regexp.MustCompile(`<svg [^>]*>`).FindAllString(page, -1)
	if len(svgs) != 6 {
		t.Errorf("%d SVG charts, want 3 in two layouts", len(svgs))
	}
	for _, s := range svgs {
		if !strings.Contains(s, "viewBox=") || strings.Contains(s, " width=") {
			t.Errorf("chart %s is not responsive (viewBox, no fixed width)", s)
		}
	}
	if n := strings.Count(page, ">SYNTHETIC DATA</text>"); n != len(svgs) {
		t.Errorf("%d of %d charts carry the synthetic mark", n, len(svgs))
	}
	if !strings.Contains(page, "plan target: 100 % by 2031") {
		t.Error("the coverage chart lacks its target line's label")
	}

	// Every suppressed or unreliable result the tables show is marked.
	want := map[string]int{}
	count := func(r indicators.IndicatorResult) {
		switch r.Status {
		case indicators.StatusSuppressed, indicators.StatusUnreliable:
			want[string(r.Status)]++
		}
	}
	for _, p := range j.provinces {
		for _, r := range []indicators.IndicatorResult{p.Density, p.Coverage, p.Gap, p.Qualified, p.Attrition, p.Government} {
			count(r)
		}
	}
	top := workforce.AreaCode(j.registry.Country)
	for _, r := range j.report.Results {
		if dim, _ := dimension(r.Cell); dim != "" && r.Cell.Area == top && slices.Contains(breakdownIndicators[:], r.Indicator) {
			count(r)
		}
	}
	if want["suppressed"] == 0 || want["unreliable"] == 0 {
		t.Fatalf("the sample page shows no suppressed or no unreliable cell (%v); the test needs both", want)
	}
	for status, n := range want {
		if got := strings.Count(page, `<td class="`+status+`"`); got != n {
			t.Errorf("%d table cells marked %s, want %d", got, status, n)
		}
	}
	text := visible(page)
	for _, legend := range []string{"suppressed: a count below the threshold of", markUnreliable + " unreliable: the rate rests on fewer than"} {
		if !strings.Contains(text, legend) {
			t.Errorf("the page lacks the legend %q", legend)
		}
	}
	checkWords(t, "page", text)
	if m := regexp.MustCompile(`[0-9]%|[0-9]\.[0-9]{3,}`).FindAllString(text, -1); len(m) > 0 {
		t.Errorf("numbers written another way (no space before %%, or an exact value): %q", m)
	}
	outsideTime := visible(regexp.MustCompile(`<time datetime="[0-9-]+">[0-9-]+</time>`).ReplaceAllString(page, ""))
	if m := isoDate.FindAllString(outsideTime, -1); len(m) > 0 {
		t.Errorf("dates outside <time> elements, which may wrap: %q", m)
	}
}

// TestJourneyJSON: the machine-readable report decodes strictly, is
// valid, and matches its published schema.
func TestJourneyJSON(t *testing.T) {
	j := small(t)
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
