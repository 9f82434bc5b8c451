package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// memFiles are files in memory, by name.
type memFiles map[string]string

func (m memFiles) open(name string) (io.ReadCloser, error) {
	s, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return io.NopCloser(strings.NewReader(s)), nil
}

// imported is what one import did, seen from outside and from its hook.
type imported struct {
	exit           int
	stdout, stderr string
	res            *result
	counted        map[string][]string // kind → IDs counted, in order
	countedAt      map[loc]bool
	workers        []workforce.Worker
}

// importWith runs the import on args with files from open, as main does,
// and records every record counted.
func importWith(t testing.TB, open opener, args ...string) imported {
	t.Helper()
	var out, errs bytes.Buffer
	got := imported{counted: make(map[string][]string), countedAt: make(map[loc]bool)}
	o, exit, ok := parseArgs(args, &errs)
	if !ok {
		got.exit, got.stderr = exit, errs.String()
		return got
	}
	o.onCount = func(at loc, rec any) {
		if got.countedAt[at] {
			t.Errorf("%s counted twice", at)
		}
		got.countedAt[at] = true
		switch r := rec.(type) {
		case workforce.AdminArea:
			got.counted["area"] = append(got.counted["area"], string(r.Code))
		case workforce.Employer:
			got.counted["employer"] = append(got.counted["employer"], string(r.ID))
		case workforce.Post:
			got.counted["post"] = append(got.counted["post"], string(r.ID))
		case workforce.Worker: // borrowed from its reader: copy what is kept
			r.ID = workforce.ID(strings.Clone(string(r.ID)))
			r.Employments = slices.Clone(r.Employments)
			for i := range r.Employments {
				r.Employments[i].PostID = workforce.ID(strings.Clone(string(r.Employments[i].PostID)))
			}
			r.Qualifications, r.Credentials, r.CPD = nil, nil, nil
			got.counted["worker"] = append(got.counted["worker"], string(r.ID))
			got.workers = append(got.workers, r)
		default:
			t.Errorf("counted a %T", rec)
		}
	}
	res, err := run(&out, &errs, o, open)
	if err != nil {
		fmt.Fprintln(&errs, "import:", err)
		got.exit = 1
	}
	got.stdout, got.stderr, got.res = out.String(), errs.String(), res
	return got
}

var problemLine = regexp.MustCompile(`^(\S+:\d+): (\S+) (\S+): `)

// problems returns "file:line: code path" of each problem printed.
func (im imported) problems() []string {
	var out []string
	for _, l := range strings.Split(im.stderr, "\n") {
		if m := problemLine.FindStringSubmatch(l); m != nil {
			out = append(out, m[1]+": "+m[2]+" "+m[3])
		}
	}
	return out
}

// checkReconciliation checks that every file adds up, that each rejected
// record is reported at its own line, and that no counted record is also
// reported.
func checkReconciliation(t testing.TB, im imported) {
	t.Helper()
	if im.res == nil {
		return
	}
	for _, fc := range im.res.files {
		if fc.read != fc.accepted+fc.rejected || fc.accepted < 0 {
			t.Errorf("%s: read %d, accepted %d, rejected %d", fc.name, fc.read, fc.accepted, fc.rejected)
		}
		byCode := 0
		for _, n := range fc.by {
			byCode += n
		}
		if byCode < fc.rejected {
			t.Errorf("%s: %d rejected but %d counted by code %v", fc.name, fc.rejected, byCode, fc.by)
		}
		if fc.more > 0 || fc.unkept() > 0 {
			continue // not every problem kept
		}
		lines := make(map[int]bool)
		for _, p := range fc.problems {
			if p.File != fc.name || p.Line < 1 {
				t.Errorf("%s: problem not located in the file: %+v", fc.name, p)
			}
			lines[p.Line] = true
			if im.countedAt[loc{fc.name, p.Line}] {
				t.Errorf("%s:%d is reported and counted", fc.name, p.Line)
			}
		}
		if len(lines)+fc.unlocated != fc.rejected {
			t.Errorf("%s: %d rejected, %d lines reported (+%d unlocated):\n%s", fc.name, fc.rejected, len(lines), fc.unlocated, im.stderr)
		}
	}
}

func TestFlags(t *testing.T) {
	files := memFiles{"areas.csv": "", "employers.csv": "", "posts.csv": "", "workers.jsonl": ""}
	base := []string{"-areas", "areas.csv", "-employers", "employers.csv", "-posts", "posts.csv", "-workers", "workers.jsonl"}
	with := func(extra ...string) []string { return append(slices.Clone(base), extra...) }
	for _, tc := range []struct {
		name string
		args []string
		exit int
		want string // in standard error
	}{
		{"help", []string{"-h"}, 0, summary},
		{"no flags", nil, 2, "import: -country is required"},
		{"country not ISO", with("-country", "XX", "-as-of", "2025-06-30"), 2, "import: -country XX: not an ISO 3166-1 alpha-2 country code"},
		{"country lower case", with("-country", "kh", "-as-of", "2025-06-30"), 2, "-country kh: not an ISO 3166-1 alpha-2"},
		{"no as-of", with("-country", "KH"), 2, "import: -as-of is required"},
		{"as-of not in the calendar", with("-country", "KH", "-as-of", "2025-02-30"), 2, "import: -as-of 2025-02-30: not a date"},
		{"as-of not a date", with("-country", "KH", "-as-of", "30/06/2025"), 2, "import: -as-of 30/06/2025: not a date"},
		{"no workers", []string{"-country", "KH", "-as-of", "2025-06-30", "-areas", "a.csv", "-employers", "e.csv", "-posts", "p.csv"}, 2,
			"import: -workers is required"},
		{"workers as text", with("-country", "KH", "-as-of", "2025-06-30", "-workers", "workers.txt"), 2,
			`import: -workers workers.txt: cannot read ".txt" files: give a .csv, .jsonl or .ndjson file`},
		{"posts as a spreadsheet", with("-country", "KH", "-as-of", "2025-06-30", "-posts", "posts.xlsx"), 2, `cannot read ".xlsx" files`},
		{"no extension", with("-country", "KH", "-as-of", "2025-06-30", "-areas", "areas"), 2, `-areas areas: cannot read "" files`},
		{"two worker layouts in one folder", with("-country", "KH", "-as-of", "2025-06-30", "-workers", "w/workers.csv", "-workers", "w/more.csv"), 2,
			"each needs a folder of its own"},
		{"a list as the workers file", with("-country", "KH", "-as-of", "2025-06-30", "-workers", "w/employments.csv"), 2,
			"employments.csv is a list of the workers' layout"},
		{"threshold too small", with("-country", "KH", "-as-of", "2025-06-30", "-threshold", "1"), 2, "-threshold 1: must be from 2 to 1000"},
		{"norm level", with("-country", "KH", "-as-of", "2025-06-30", "-norm-level", "planet"), 2, "-norm-level planet: not an administrative level"},
		{"max line", with("-country", "KH", "-as-of", "2025-06-30", "-max-line", "0"), 2, "-max-line 0: must be from 1"},
		{"stray argument", with("-country", "KH", "-as-of", "2025-06-30", "workers.csv"), 2, `unexpected argument "workers.csv"`},
		{"unknown flag", with("-country", "KH", "-as-of", "2025-06-30", "-csv"), 2, "flag provided but not defined: -csv"},
		{"a file that does not exist", []string{"-country", "KH", "-as-of", "2025-06-30", "-areas", "none.csv", "-employers", "e.csv", "-posts", "p.csv", "-workers", "w.csv"}, 1,
			"import: none.csv: open none.csv: file does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			if exit := runMain(tc.args, &out, &errs, files.open); exit != tc.exit {
				t.Errorf("exit %d, want %d; stderr:\n%s", exit, tc.exit, errs.String())
			}
			if !strings.Contains(errs.String(), tc.want) {
				t.Errorf("stderr lacks %q:\n%s", tc.want, errs.String())
			}
			if tc.exit == 2 && out.Len() > 0 {
				t.Errorf("output for bad flags: %s", out.String())
			}
		})
	}
}

func TestHelpStartsWithWhatItDoes(t *testing.T) {
	var out, errs bytes.Buffer
	runMain([]string{"-h"}, &out, &errs, memFiles{}.open)
	first, _, _ := strings.Cut(errs.String(), "\n")
	if first != summary || !strings.HasPrefix(first, "import reads a workforce registry from CSV or JSON Lines files") {
		t.Errorf("-h starts with %q", first)
	}
}

func testArgs(extra ...string) []string {
	return append([]string{"-country", "KH", "-as-of", "2025-06-30", "-areas", "testdata/areas.csv", "-employers", "testdata/employers.jsonl",
		"-posts", "testdata/posts.csv", "-workers", "testdata/workers.jsonl"}, extra...)
}

func TestImport(t *testing.T) {
	im := importWith(t, osOpen, testArgs("-no-disclosure-control")...)
	if im.exit != 0 {
		t.Fatalf("exit %d:\n%s", im.exit, im.stderr)
	}
	// The same bad lines as before issue 10, and one more: area
	// KH-13-01-02 (areas.csv:10) was refused, so its posts and workers
	// would be refused too; it holds none.
	want := []string{
		"testdata/areas.csv:10: invalid_value /population/0/date",
		"testdata/posts.csv:8: not_supported /status",
		"testdata/workers.jsonl:4: invalid_value /birth_date",
		"testdata/workers.jsonl:6: unknown_post /employments/0/post_id",
		"testdata/workers.jsonl:8: negative /cpd/0/hours",
		"testdata/workers.jsonl:9: syntax (record)",
	}
	if got := im.problems(); !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(im.stderr, "testdata/workers.jsonl:9: syntax (record): malformed JSON at column 209") {
		t.Errorf("the syntax error lost its column:\n%s", im.stderr)
	}
	if got := im.counted["worker"]; !slices.Equal(got, []string{"W-01", "W-02", "W-03", "W-05", "W-07"}) {
		t.Errorf("workers counted: %v", got)
	}
	if n := len(im.counted["post"]); n != 7 {
		t.Errorf("%d posts counted, want 7", n)
	}
	// Without disclosure control the figures print, marked.
	if !strings.HasPrefix(im.stdout, "NOT FOR PUBLICATION") {
		t.Errorf("output does not start with NOT FOR PUBLICATION:\n%s", im.stdout)
	}
	for _, want := range []string{"SSW-UNIT-COVERAGE   KH       33.3 %", "SSW-NORM-GAP        KH       3 workers", "SSW-SHARE-FEMALE    KH       60.0 %"} {
		if !strings.Contains(im.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, im.stdout)
		}
	}
	for _, want := range []string{
		"testdata/areas.csv              9         8         1  invalid_value 1",
		"testdata/workers.jsonl          9         5         4  invalid_value 1, negative 1, syntax 1, unknown_post 1",
		"total                          28        22         6",
	} {
		if !strings.Contains(im.stderr, want) {
			t.Errorf("reconciliation lacks %q:\n%s", want, im.stderr)
		}
	}
	checkReconciliation(t, im)
}

// By default disclosure control withholds the small counts: a share of 5
// workers prints as "suppressed", never as a number.
func TestImportDisclosure(t *testing.T) {
	im := importWith(t, osOpen, testArgs()...)
	if im.exit != 0 {
		t.Fatalf("exit %d:\n%s", im.exit, im.stderr)
	}
	if strings.Contains(im.stdout, "NOT FOR PUBLICATION") {
		t.Errorf("protected output says NOT FOR PUBLICATION:\n%s", im.stdout)
	}
	if !strings.HasPrefix(im.stdout, "Indicators for KH as of 2025-06-30; disclosure control: counts of 1 to 9 persons") {
		t.Errorf("output does not state the disclosure control:\n%s", im.stdout)
	}
	suppressed := 0
	for _, r := range im.res.report.Results {
		if r.Status != indicators.StatusSuppressed {
			continue
		}
		suppressed++
		line := fmt.Sprintf("%-19s %-8s suppressed\n", r.Indicator, r.Cell.Area)
		if r.Cell == (indicators.ResultCell{Area: r.Cell.Area, Level: r.Cell.Level}) && !strings.Contains(im.stdout, line) {
			t.Errorf("output lacks %q:\n%s", line, im.stdout)
		}
	}
	if suppressed == 0 {
		t.Fatalf("nothing suppressed in a registry of 5 workers:\n%s", im.stdout)
	}
	for _, shown := range []string{"SSW-SHARE-FEMALE    KH       60.0 %", "SSW-QUAL-SW         KH       20.0 %"} {
		if strings.Contains(im.stdout, shown) {
			t.Errorf("a share of 5 workers is published: %q", shown)
		}
	}
	if im.res.report.Disclosure == nil || im.res.report.Disclosure.Threshold != indicators.ThresholdStrict {
		t.Errorf("report disclosure policy %+v", im.res.report.Disclosure)
	}
}

func TestImportStrict(t *testing.T) {
	im := importWith(t, osOpen, testArgs("-strict")...)
	if im.exit != 1 || !strings.Contains(im.stderr, "import: testdata/areas.csv:10: invalid_value /population/0/date") {
		t.Fatalf("strict import must stop at the first bad line, got exit %d:\n%s", im.exit, im.stderr)
	}
	if im.stdout != "" {
		t.Errorf("a stopped import printed indicators:\n%s", im.stdout)
	}
}

func clerkArgs(employers string) []string {
	return []string{"-country", "KH", "-as-of", "2025-06-30", "-areas", "areas.csv", "-employers", employers, "-posts", "posts.csv", "-workers", "workers.csv"}
}

// clerkOpen opens the clerk's files as the README runs them, from their
// folder.
func clerkOpen(name string) (io.ReadCloser, error) { return os.Open("testdata/clerk/" + name) }

// The clerk's export of the README: a semicolon-separated sheet stops the
// import with the likely cause; saved as CSV, it goes through.
func TestClerkExport(t *testing.T) {
	im := importWith(t, clerkOpen, clerkArgs("employers-semicolon.csv")...)
	if im.exit != 1 || !strings.Contains(im.stderr, "import: employers-semicolon.csv:1: header: the header is not comma-separated: the file is most likely semicolon-separated") {
		t.Errorf("semicolon file: exit %d:\n%s", im.exit, im.stderr)
	}
	if im.stdout != "" {
		t.Errorf("indicators printed after a file could not be read:\n%s", im.stdout)
	}

	im = importWith(t, clerkOpen, clerkArgs("employers.csv")...)
	if im.exit != 0 {
		t.Fatalf("exit %d:\n%s", im.exit, im.stderr)
	}
	want := []string{
		"areas.csv:4: invalid_value /population/0/date",   // 2019-03-33: the province is refused
		"areas.csv:6: bad_dependency /parent",             // its district
		"areas.csv:10: bad_dependency /parent",            // and commune, each at its line
		"employers.csv:4: syntax /name",                   // a stray quote: this line only
		"posts.csv:6: not_current /area",                  // a post in an abolished commune
		"posts.csv:7: bad_dependency /area",               // a post in the refused district
		"posts.csv:8: bad_dependency /employer_id",        // a post of the employer with the stray quote
		"posts.csv:9: not_supported /status",              // "vacant"
		"workers.csv:6: bad_dependency /employments",      // W-05, in the post of the refused district
		"workers.csv:7: bad_dependency /employments",      // W-06, in the post of the abolished commune
		"workers.csv:8: duplicate /id",                    // W-03 again
		"workers.csv:9: bad_dependency /employments",      // W-07, in the post with status "vacant"
		"workers.csv:10: bad_dependency /employments",     // W-08, in a post no file has
		"employments.csv:6: bad_dependency /post_id",      // each reference at its own row
		"employments.csv:7: bad_dependency /post_id",      //
		"employments.csv:8: bad_dependency /post_id",      //
		"employments.csv:9: unknown_post /post_id",        //
		"qualifications.csv:3: bad_dependency /worker_id", // W-05's qualification
		"cpd.csv:3: bad_dependency /worker_id",            // W-06's CPD
	}
	if got := im.problems(); !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, msg := range []string{
		`employments.csv:6: bad_dependency /post_id: post P-06 (posts.csv:7) was refused, because of areas.csv:4: invalid_value at /population/0/date (value "posts.csv:7")`,
		`employments.csv:8: bad_dependency /post_id: post P-08 (posts.csv:9) was refused: not_supported at /status (value "posts.csv:9")`,
		`posts.csv:8: bad_dependency /employer_id: its employer NGO-2 (employers.csv:4) was refused: syntax at /name (value "employers.csv:4")`,
		`areas.csv:10: bad_dependency /parent: its parent KH-13-01 (areas.csv:6) was refused, because of areas.csv:4: invalid_value at /population/0/date (value "areas.csv:6")`,
	} {
		if !strings.Contains(im.stderr, msg) {
			t.Errorf("stderr lacks\n%s\n%s", msg, im.stderr)
		}
	}
	if got := im.counted["worker"]; !slices.Equal(got, []string{"W-01", "W-02", "W-03", "W-04"}) {
		t.Errorf("workers counted: %v", got)
	}
	if got := im.counted["post"]; !slices.Equal(got, []string{"P-01", "P-02", "P-03", "P-04", "P-09"}) {
		t.Errorf("posts counted: %v", got)
	}
	for _, want := range []string{
		"areas.csv                 9         6         3  bad_dependency 2, invalid_value 1",
		"workers.csv               9         4         5  bad_dependency 4, duplicate 1",
		"employments.csv           8         4         4  bad_dependency 3, unknown_post 1",
		"total                    42        23        19  bad_dependency 13, duplicate 1, invalid_value 1, not_current 1, not_supported 1, syntax 1, unknown_post 1",
	} {
		if !strings.Contains(im.stderr, want+"\n") {
			t.Errorf("reconciliation lacks %q:\n%s", want, im.stderr)
		}
	}
	checkReconciliation(t, im)
	checkCountedOnce(t, im)
}

// checkCountedOnce checks that the tally holds each counted worker once:
// its head-count is the number of counted workers active on the as-of
// date, and its posts the posts counted.
func checkCountedOnce(t testing.TB, im imported) {
	t.Helper()
	if im.res == nil || im.res.tally == nil {
		return
	}
	ids := make(map[string]bool)
	for _, id := range im.counted["worker"] {
		if ids[id] {
			t.Errorf("worker %s counted twice", id)
		}
		ids[id] = true
	}
	asOf := im.res.tally.AsOf()
	active := 0
	for _, w := range im.workers {
		if slices.ContainsFunc(w.Employments, func(e workforce.Employment) bool { return e.ActiveOn(asOf) }) {
			active++
		}
	}
	groups, posts := im.res.tally.Groups()
	var heads, npost int64
	for _, g := range groups {
		if g.Observation == indicators.TallyObservation("active") {
			heads += g.Workers
		}
	}
	for _, g := range posts {
		npost += g.Posts
	}
	if heads != int64(active) {
		t.Errorf("tally head-count %d, %d counted workers active", heads, active)
	}
	if npost != int64(len(im.counted["post"])) {
		t.Errorf("tally has %d posts, %d counted", npost, len(im.counted["post"]))
	}
}

// A small clean registry, and the cases of issue 10 as changes to it.
const (
	areaHeader = "code,name,level,parent,valid_to,population_date,population_total,population_children,population_source,population_vintage\n"
	areasCSV   = areaHeader +
		"KH,Cambodia,national,,,,,,,\n" +
		"KH-1,Province 1,province,KH,,,,,,\n" +
		"KH-1-1,District 1,district,KH-1,,,,,,\n" +
		"KH-1-1-1,Commune 1,commune,KH-1-1,,,,,,\n"
	employersCSV = "id,name,sector\nGOV,Ministry,government\nNGO,Friends,ngo\n"
	postHeader   = "id,cadre,level,area,employer_id,status,fte\n"
	postsCSV     = postHeader +
		"P-1,para_professional,commune,KH-1-1-1,GOV,filled,1.00\n" +
		"P-2,para_professional,commune,KH-1-1-1,NGO,filled,1.00\n"
)

func workerLine(id, post string) string {
	return `{"id":"` + id + `","sex":"female","cadre":"para_professional","employments":[{"post_id":"` + post +
		`","start":"2020-01-01","fte":"1.00","type":"permanent"}]}` + "\n"
}

func registry(change func(memFiles)) memFiles {
	m := memFiles{"areas.csv": areasCSV, "employers.csv": employersCSV, "posts.csv": postsCSV,
		"workers.jsonl": workerLine("W-1", "P-1") + workerLine("W-2", "P-2")}
	if change != nil {
		change(m)
	}
	return m
}

func args(flags ...string) []string {
	a := []string{"-country", "KH", "-as-of", "2025-06-30", "-no-disclosure-control"}
	has := func(f string) bool { return slices.Contains(flags, f) }
	for _, f := range [][2]string{{"-areas", "areas.csv"}, {"-employers", "employers.csv"}, {"-posts", "posts.csv"}, {"-workers", "workers.jsonl"}} {
		if !has(f[0]) {
			a = append(a, f[0], f[1])
		}
	}
	return append(a, flags...)
}

func TestIssueCases(t *testing.T) {
	for _, tc := range []struct {
		name     string
		files    memFiles
		args     []string
		problems []string
		workers  []string // counted
		posts    []string // counted, when not P-1 and P-2
		areas    []string // counted, when not all four
	}{
		{name: "clean", files: registry(nil), args: args(), workers: []string{"W-1", "W-2"}},
		{name: "a worker ID twice in workers.jsonl", files: registry(func(m memFiles) {
			m["workers.jsonl"] += workerLine("W-1", "P-2")
		}), args: args(), problems: []string{"workers.jsonl:3: duplicate /id"}, workers: []string{"W-1", "W-2"}},
		{name: "a worker ID in two files", files: registry(func(m memFiles) {
			m["more.ndjson"] = workerLine("W-3", "P-1") + workerLine("W-2", "P-1")
		}), args: args("-workers", "workers.jsonl", "-workers", "more.ndjson"),
			problems: []string{"more.ndjson:2: duplicate /id"}, workers: []string{"W-1", "W-2", "W-3"}},
		{name: "a refused worker's ID again", files: registry(func(m memFiles) {
			m["workers.jsonl"] = workerLine("W-1", "P-9") + workerLine("W-1", "P-1") + workerLine("W-2", "P-2")
		}), args: args(), problems: []string{"workers.jsonl:1: unknown_post /employments/0/post_id", "workers.jsonl:2: duplicate /id"},
			workers: []string{"W-2"}},
		{name: "a refused worker's ID after another worker", files: registry(func(m memFiles) {
			m["workers.jsonl"] = workerLine("W-1", "P-9") + workerLine("W-2", "P-2") + workerLine("W-1", "P-1") + workerLine("W-3", "P-9") + workerLine("W-2", "P-1")
		}), args: args(), problems: []string{"workers.jsonl:1: unknown_post /employments/0/post_id", "workers.jsonl:3: duplicate /id",
			"workers.jsonl:4: unknown_post /employments/0/post_id", "workers.jsonl:5: duplicate /id"},
			workers: []string{"W-2"}},
		{name: "a worker ID in two CSV layouts", files: registry(func(m memFiles) {
			m["p1/workers.csv"] = "id,sex,cadre\nW-1,female,para_professional\n"
			m["p1/employments.csv"] = "worker_id,post_id,start,fte,type\nW-1,P-1,2020-01-01,1.00,permanent\n"
			m["p2/workers.csv"] = "id,sex,cadre\nW-2,male,para_professional\nW-1,female,para_professional\n"
			m["p2/employments.csv"] = "worker_id,post_id,start,fte,type\nW-1,P-2,2020-01-01,1.00,permanent\nW-2,P-2,2020-01-01,1.00,permanent\n"
			m["p2/cpd.csv"] = "worker_id,date,hours,category,activity\nW-1,2025-01-01,3,structured,course\n"
		}), args: args("-workers", "p1/workers.csv", "-workers", "p2/workers.csv"),
			problems: []string{"p2/workers.csv:3: duplicate /id", "p2/employments.csv:2: bad_dependency /worker_id", "p2/cpd.csv:2: bad_dependency /worker_id"},
			workers:  []string{"W-1", "W-2"}},
		{name: "workers.csv is read as CSV", files: registry(func(m memFiles) {
			m["w/workers.csv"] = "\xEF\xBB\xBFid,sex,cadre\r\nW-1,female,para_professional\r\nW-2,male,para_professional\r\n"
			m["w/employments.csv"] = "worker_id,post_id,start,fte,type\r\nW-1,P-1,2020-01-01,1.00,permanent\r\nW-2,P-2,2020-01-01,1.00,permanent\r\n"
		}), args: args("-workers", "w/workers.csv"), workers: []string{"W-1", "W-2"}},
		{name: "an employment row naming an unknown post", files: registry(func(m memFiles) {
			m["w/workers.csv"] = "id,sex,cadre\nW-1,female,para_professional\nW-2,male,para_professional\n"
			m["w/employments.csv"] = "worker_id,post_id,start,fte,type\nW-1,P-1,2020-01-01,1.00,permanent\nW-2,P-7,2020-01-01,1.00,permanent\n"
			m["w/qualifications.csv"] = "worker_id,level,field\nW-2,bachelor,social_work_counselling\nW-1,bachelor,psychology\n"
		}), args: args("-workers", "w/workers.csv"),
			problems: []string{"w/workers.csv:3: bad_dependency /employments", "w/employments.csv:3: unknown_post /post_id", "w/qualifications.csv:2: bad_dependency /worker_id"},
			workers:  []string{"W-1"}},
		{name: "a post ID twice in a file", files: registry(func(m memFiles) {
			m["posts.csv"] += "P-1,para_professional,commune,KH-1-1-1,NGO,filled,1.00\n"
		}), args: args(), problems: []string{"posts.csv:4: duplicate /id"}, workers: []string{"W-1", "W-2"}},
		{name: "a post ID in two files", files: registry(func(m memFiles) {
			m["posts2.jsonl"] = `{"id":"P-2","cadre":"para_professional","level":"commune","area":"KH-1-1-1","employer_id":"GOV","status":"filled","fte":"1.00"}` + "\n" +
				`{"id":"P-3","cadre":"para_professional","level":"commune","area":"KH-1-1-1","employer_id":"GOV","status":"filled","fte":"1.00"}` + "\n"
		}), args: args("-posts", "posts.csv", "-posts", "posts2.jsonl"),
			problems: []string{"posts2.jsonl:1: duplicate /id"}, workers: []string{"W-1", "W-2"}, posts: []string{"P-1", "P-2", "P-3"}},
		{name: "an area code in two files", files: registry(func(m memFiles) {
			m["more.jsonl"] = `{"code":"KH-1-1-1","name":"Commune 1 again","level":"commune","parent":"KH-1-1"}` + "\n"
		}), args: args("-areas", "areas.csv", "-areas", "more.jsonl"), problems: []string{"more.jsonl:1: duplicate /code"}, workers: []string{"W-1", "W-2"}},
		{name: "an employer ID twice", files: registry(func(m memFiles) {
			m["employers.csv"] += "GOV,Another ministry,government\n"
		}), args: args(), problems: []string{"employers.csv:4: duplicate /id"}, workers: []string{"W-1", "W-2"}},
		{name: "a byte order mark in JSON Lines", files: registry(func(m memFiles) {
			m["employers.jsonl"] = "\xEF\xBB\xBF" + `{"id":"GOV","name":"Ministry","sector":"government"}` + "\n" + `{"id":"NGO","name":"Friends","sector":"ngo"}` + "\n"
		}), args: args("-employers", "employers.jsonl"), workers: []string{"W-1", "W-2"}},
		{name: "a stray quote makes only its line bad", files: registry(func(m memFiles) {
			m["posts.csv"] = postHeader + "P-1,para_professional,commune,KH-1-1-1,GOV,filled,1.00\n" +
				"P-2,para_\"professional,commune,KH-1-1-1,NGO,filled,1.00\n" + "P-3,para_professional,commune,KH-1-1-1,NGO,filled,1.00\n"
			m["workers.jsonl"] += workerLine("W-3", "P-3")
		}), args: args(), problems: []string{"posts.csv:3: syntax /cadre", "workers.jsonl:2: bad_dependency /employments/0/post_id"},
			workers: []string{"W-1", "W-3"}, posts: []string{"P-1", "P-3"}},
		{name: "a post in an unknown area, and its worker", files: registry(func(m memFiles) {
			m["posts.csv"] = strings.Replace(postsCSV, "KH-1-1-1,NGO", "KH-1-1-9,NGO", 1)
		}), args: args(), problems: []string{"posts.csv:3: unknown_area /area", "workers.jsonl:2: bad_dependency /employments/0/post_id"},
			workers: []string{"W-1"}, posts: []string{"P-1"}},
		{name: "a post of an unknown employer", files: registry(func(m memFiles) {
			m["posts.csv"] = strings.Replace(postsCSV, "KH-1-1-1,NGO", "KH-1-1-1,NGO-9", 1)
		}), args: args(), problems: []string{"posts.csv:3: unknown_employer /employer_id", "workers.jsonl:2: bad_dependency /employments/0/post_id"},
			workers: []string{"W-1"}, posts: []string{"P-1"}},
		{name: "a post refused by its reader, and its worker", files: registry(func(m memFiles) {
			m["posts.jsonl"] = `{"id":"P-1","cadre":"para_professional","level":"commune","area":"KH-1-1-1","employer_id":"GOV","status":"vacant","fte":"1.00"}` + "\n" +
				`{"id":"P-2","cadre":"para_professional","level":"commune","area":"KH-1-1-1","employer_id":"NGO","status":"filled","fte":"1.00"}` + "\n"
		}), args: args("-posts", "posts.jsonl"), problems: []string{"posts.jsonl:1: not_supported /status", "workers.jsonl:1: bad_dependency /employments/0/post_id"},
			workers: []string{"W-2"}, posts: []string{"P-2"}},
		{name: "an area with an unknown parent, and all below it", files: registry(func(m memFiles) {
			m["areas.csv"] = strings.Replace(areasCSV, "district,KH-1,", "district,KH-9,", 1)
		}), args: args(), problems: []string{"areas.csv:4: unknown_area /parent", "areas.csv:5: bad_dependency /parent",
			"posts.csv:2: bad_dependency /area", "posts.csv:3: bad_dependency /area",
			"workers.jsonl:1: bad_dependency /employments/0/post_id", "workers.jsonl:2: bad_dependency /employments/0/post_id"},
			posts: []string{}, areas: []string{"KH", "KH-1"}},
		{name: "an area refused by its reader, and all below it", files: registry(func(m memFiles) {
			m["areas.csv"] = strings.Replace(areasCSV, "KH-1-1,District 1,district,KH-1,,,,,,", "KH-1-1,District 1,district,KH-1,,2019-02-29,1000,400,NIS,census", 1)
		}), args: args(), problems: []string{"areas.csv:4: invalid_value /population/0/date", "areas.csv:5: bad_dependency /parent",
			"posts.csv:2: bad_dependency /area", "posts.csv:3: bad_dependency /area",
			"workers.jsonl:1: bad_dependency /employments/0/post_id", "workers.jsonl:2: bad_dependency /employments/0/post_id"},
			posts: []string{}, areas: []string{"KH", "KH-1"}},
		{name: "an area refused by its JSON Lines reader, and all below it", files: registry(func(m memFiles) {
			m["areas.jsonl"] = `{"code":"KH","name":"Cambodia","level":"national"}` + "\n" +
				`{"code":"KH-1","name":"Province 1","level":"province","parent":"KH","setting":"suburban"}` + "\n" +
				`{"code":"KH-1-1","name":"District 1","level":"district","parent":"KH-1"}` + "\n" +
				`{"code":"KH-1-1-1","name":"Commune 1","level":"commune","parent":"KH-1-1"}` + "\n"
		}), args: args("-areas", "areas.jsonl"), problems: []string{"areas.jsonl:2: not_supported /setting",
			"areas.jsonl:3: bad_dependency /parent", "areas.jsonl:4: bad_dependency /parent",
			"posts.csv:2: bad_dependency /area", "posts.csv:3: bad_dependency /area",
			"workers.jsonl:1: bad_dependency /employments/0/post_id", "workers.jsonl:2: bad_dependency /employments/0/post_id"},
			posts: []string{}, areas: []string{"KH"}},
		{name: "areas on a cycle", files: registry(func(m memFiles) {
			m["areas.csv"] = strings.Replace(areasCSV, "district,KH-1,", "district,KH-1-1-1,", 1)
		}), args: args(), problems: []string{"areas.csv:4: cycle /parent", "areas.csv:5: cycle /parent",
			"posts.csv:2: bad_dependency /area", "posts.csv:3: bad_dependency /area",
			"workers.jsonl:1: bad_dependency /employments/0/post_id", "workers.jsonl:2: bad_dependency /employments/0/post_id"},
			posts: []string{}, areas: []string{"KH", "KH-1"}},
		{name: "a second top beside the national area", files: registry(func(m memFiles) {
			m["areas.csv"] += "KH-2,Province 2,province,,,,,,,\nKH-2-1,District 2,district,KH-2,,,,,,\n"
		}), args: args(), problems: []string{"areas.csv:6: required /parent", "areas.csv:7: bad_dependency /parent"},
			workers: []string{"W-1", "W-2"}},
		{name: "an area of several rows refused", files: registry(func(m memFiles) {
			m["areas.csv"] = areaHeader + "KH,Cambodia,national,,,,,,,\nKH-1,Province 1,province,KH,,,,,,\n" +
				"KH-1-1,District 1,district,KH-9,,2008-03-03,1000,400,NIS,census 2008\n" +
				"KH-1-1,District 1,district,KH-9,,2019-03-03,1200,420,NIS,census 2019\n" +
				"KH-1-2,District 2,district,KH-1,,,,,,\n"
			m["posts.csv"] = postHeader + "P-1,para_professional,district,KH-1-2,GOV,filled,1.00\nP-2,para_professional,district,KH-1-1,NGO,filled,1.00\n"
		}), args: args(), problems: []string{"areas.csv:4: unknown_area /parent", "areas.csv:5: bad_dependency (record)",
			"posts.csv:3: bad_dependency /area", "workers.jsonl:2: bad_dependency /employments/0/post_id"},
			workers: []string{"W-1"}, posts: []string{"P-1"}, areas: []string{"KH", "KH-1", "KH-1-2"}},
		{name: "a post in an abolished area, and its worker", files: registry(func(m memFiles) {
			m["areas.csv"] += "KH-1-1-2,Commune 2,commune,KH-1-1,2024-12-31,,,,,\n"
			m["posts.csv"] += "P-3,para_professional,commune,KH-1-1-2,GOV,filled,1.00\n"
			m["workers.jsonl"] += workerLine("W-3", "P-3")
		}), args: args(), problems: []string{"posts.csv:4: not_current /area", "workers.jsonl:3: bad_dependency /employments/0/post_id"},
			workers: []string{"W-1", "W-2"}, areas: []string{"KH", "KH-1", "KH-1-1", "KH-1-1-1", "KH-1-1-2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			im := importWith(t, tc.files.open, tc.args...)
			if im.exit != 0 {
				t.Fatalf("exit %d: one bad record must not stop the import:\n%s", im.exit, im.stderr)
			}
			got := im.problems()
			sort.Strings(got)
			want := slices.Clone(tc.problems)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Errorf("problems:\n%s\nwant:\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), im.stderr)
			}
			if !slices.Equal(im.counted["worker"], tc.workers) {
				t.Errorf("workers counted %v, want %v", im.counted["worker"], tc.workers)
			}
			posts := tc.posts
			if posts == nil {
				posts = []string{"P-1", "P-2"}
			}
			if len(posts) == 0 {
				posts = nil
			}
			if !slices.Equal(im.counted["post"], posts) {
				t.Errorf("posts counted %v, want %v", im.counted["post"], posts)
			}
			areas := tc.areas
			if areas == nil {
				areas = []string{"KH", "KH-1", "KH-1-1", "KH-1-1-1"}
			}
			if !slices.Equal(im.counted["area"], areas) {
				t.Errorf("areas counted %v, want %v", im.counted["area"], areas)
			}
			checkReconciliation(t, im)
			checkCountedOnce(t, im)
		})
	}
}

// Nothing usable: every area refused.
func TestNoUsableArea(t *testing.T) {
	files := registry(func(m memFiles) { m["areas.csv"] = areaHeader + "KH,Cambodia,national,KH-9,,,,,,\n" })
	im := importWith(t, files.open, args()...)
	if im.exit != 1 || !strings.Contains(im.stderr, "import: no area could be used: nothing can be counted") ||
		!strings.Contains(im.stderr, "areas.csv:2: unknown_area /parent") {
		t.Errorf("exit %d:\n%s", im.exit, im.stderr)
	}
}

// Beyond -max-problems the problems are not all printed, but every
// rejected record is still counted.
func TestMaxProblems(t *testing.T) {
	files := registry(func(m memFiles) { m["workers.jsonl"] += strings.Repeat("{\"id\":\n", 5) })
	im := importWith(t, files.open, args("-max-problems", "2")...)
	if im.exit != 0 {
		t.Fatalf("exit %d:\n%s", im.exit, im.stderr)
	}
	for _, want := range []string{
		"workers.jsonl:3: syntax /id", "workers.jsonl:4: syntax /id",
		"workers.jsonl: at least 3 more problems not shown (raise -max-problems)\n",
		"workers.jsonl        7         2         5  (problems not kept) 3, syntax 2\n",
	} {
		if !strings.Contains(im.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, im.stderr)
		}
	}
	if strings.Contains(im.stderr, "workers.jsonl:5:") {
		t.Errorf("more than 2 problems printed:\n%s", im.stderr)
	}
}

// -strict stops at the first problem of any kind, a reference too.
func TestStrictReference(t *testing.T) {
	files := registry(func(m memFiles) { m["posts.csv"] = strings.Replace(postsCSV, "KH-1-1-1,NGO", "KH-1-1-9,NGO", 1) })
	im := importWith(t, files.open, args("-strict")...)
	if im.exit != 1 || !strings.Contains(im.stderr, "import: posts.csv:3: unknown_area /area: no area has this code") || im.stdout != "" {
		t.Errorf("exit %d:\n%s\n%s", im.exit, im.stderr, im.stdout)
	}
}

// The README's section on the import shows the clerk's export going
// through, with the program's actual output: it must stay so.
func TestReadmeShowsActualOutput(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Importing a clerk's files\n")
	if !ok {
		t.Fatal("README.md has no section on the import")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var blocks []string
	for rest := section; ; {
		var block string
		if _, rest, ok = strings.Cut(rest, "```text\n"); !ok {
			break
		}
		block, rest, _ = strings.Cut(rest, "```\n")
		blocks = append(blocks, block)
	}
	if len(blocks) != 2 {
		t.Fatalf("%d output blocks in the README's import section, want 2", len(blocks))
	}
	var out, errs bytes.Buffer
	if exit := runMain(clerkArgs("employers-semicolon.csv"), &out, &errs, clerkOpen); exit != 1 {
		t.Errorf("semicolon file: exit %d", exit)
	}
	if want := errs.String() + "exit status 1\n"; blocks[0] != want { // the last line is go run's
		t.Errorf("README shows:\n%s\nthe program prints:\n%s", blocks[0], want)
	}
	out.Reset()
	errs.Reset()
	if exit := runMain(clerkArgs("employers.csv"), &out, &errs, clerkOpen); exit != 0 {
		t.Errorf("clerk export: exit %d", exit)
	}
	if want := errs.String() + "\n" + out.String(); blocks[1] != want {
		t.Errorf("README shows:\n%s\nthe program prints:\n%s", blocks[1], want)
	}
}

// Workers are borrowed from the JSON Lines reader, whose memory the next
// records reuse: what the import keeps of a refused worker — its ID, the
// values in its problems — must survive the records after it.
func TestBorrowedWorkersAreCopied(t *testing.T) {
	files := registry(func(m memFiles) {
		var b strings.Builder
		b.WriteString(workerLine("W-1", "P-9"))
		b.WriteString(`{"id":"W-0","sex":"female","birth_date":"1990-02-30","cadre":"para_professional"}` + "\n")
		for i := range 2000 {
			b.WriteString(workerLine(fmt.Sprintf("W-%d", 1000+i), "P-1"))
		}
		b.WriteString(workerLine("W-1", "P-1"))
		m["workers.jsonl"] = b.String()
	})
	im := importWith(t, files.open, args()...)
	for _, want := range []string{
		`workers.jsonl:1: unknown_post /employments/0/post_id: no post has this id (value "P-9")` + "\n",
		`workers.jsonl:2: invalid_value /birth_date: February 1990 has 28 days (value "1990-02-30")` + "\n",
		`workers.jsonl:2003: duplicate /id: worker W-1 was already read at workers.jsonl:1 (and refused): a worker is read once (value "W-1")` + "\n",
	} {
		if !strings.Contains(im.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, im.stderr)
		}
	}
	if len(im.problems()) != 3 || len(im.counted["worker"]) != 2000 || im.counted["worker"][0] != "W-1000" {
		t.Errorf("%d problems, %d workers counted (first %s):\n%s", len(im.problems()), len(im.counted["worker"]), im.counted["worker"][0], im.stderr)
	}
	checkReconciliation(t, im)
	checkCountedOnce(t, im)
}

// A workers CSV file without employments.csv beside it counts no one, and
// says so.
func TestWorkersCSVWithoutEmployments(t *testing.T) {
	files := registry(func(m memFiles) { m["w/workers.csv"] = "id,sex,cadre\nW-1,female,para_professional\n" })
	im := importWith(t, files.open, args("-workers", "w/workers.csv")...)
	if im.exit != 0 || !strings.Contains(im.stderr, "note: w/workers.csv: no w/employments.csv beside it: its workers hold no post, so none is counted\n") {
		t.Errorf("exit %d:\n%s", im.exit, im.stderr)
	}
	checkCountedOnce(t, im)
}
