package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The tests run the program as a user does, as a process: the test binary
// re-executes itself as the perfcompare command when this variable is set.
const asMainEnv = "SSW_PERFCOMPARE_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// perfcompare runs the command with args and returns its standard output.
func perfcompare(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asMainEnv+"=1")
	cmd.Stdin = strings.NewReader(stdin)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("perfcompare %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// generate writes a small synthetic registry into a temporary folder.
func generate(t *testing.T, workers int, seed uint64) string {
	t.Helper()
	dir := t.TempDir()
	perfcompare(t, "", "gen", "-dir", dir, "-workers", strconv.Itoa(workers), "-seed", strconv.FormatUint(seed, 10))
	return dir
}

func readParams(t *testing.T, dir string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "params.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := map[string]string{}
	for l := range strings.SplitSeq(strings.TrimSpace(string(b)), "\n") {
		k, v, ok := strings.Cut(l, "=")
		if !ok {
			t.Fatalf("params.txt: line %q is not key=value", l)
		}
		p[k] = v
	}
	return p
}

// readJSONL decodes every line of a JSON Lines file into T.
func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []T
	for n := 1; sc.Scan(); n++ {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s:%d: %v", filepath.Base(path), n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// The fields of the files that the three results depend on.
type (
	area struct {
		Code       string `json:"code"`
		Level      string `json:"level"`
		Parent     string `json:"parent"`
		Population []struct {
			Date     string `json:"date"`
			Children int64  `json:"children"`
		} `json:"population"`
	}
	post struct {
		ID     string `json:"id"`
		Area   string `json:"area"`
		Status string `json:"status"`
	}
	worker struct {
		Employments []struct {
			PostID string `json:"post_id"`
			Start  string `json:"start"`
			End    string `json:"end"`
			FTE    string `json:"fte"`
		} `json:"employments"`
	}
)

// hundredths reads an FTE such as "1.00" or "0.5" as an exact integer.
func hundredths(t *testing.T, s string) int64 {
	t.Helper()
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		t.Fatalf("FTE %q has more than 2 decimals", s)
	}
	n, err := strconv.ParseInt(whole+frac+strings.Repeat("0", 2-len(frac)), 10, 64)
	if err != nil {
		t.Fatalf("FTE %q: %v", s, err)
	}
	return n
}

// truncated6 is num × mult ÷ den, exact, truncated at 6 decimals.
func truncated6(num, den, mult int64) string {
	v := new(big.Int).Mul(big.NewInt(num), big.NewInt(mult*1_000_000))
	v.Quo(v, big.NewInt(den))
	q, r := new(big.Int).QuoRem(v, big.NewInt(1_000_000), new(big.Int))
	return fmt.Sprintf("%s.%06d", q, r.Int64())
}

// byDefinition computes the three results from the files by the definitions
// stated in duckdb/sql/results.sql, independently of the ssw library: the
// oracle that keeps those definitions and ssw's figures in step on every
// `go test` run, where the comparison with DuckDB itself is too heavy.
func byDefinition(t *testing.T, dir string) string {
	t.Helper()
	asOf := readParams(t, dir)["as_of"]
	areas := readJSONL[area](t, filepath.Join(dir, "areas.jsonl"))
	posts := readJSONL[post](t, filepath.Join(dir, "posts.jsonl"))
	workers := readJSONL[worker](t, filepath.Join(dir, "workers.jsonl"))

	postArea := map[string]string{}
	var vacant, funded int64
	for _, p := range posts {
		postArea[p.ID] = p.Area
		switch p.Status {
		case "funded_vacant":
			vacant++
			funded++
		case "filled":
			funded++
		}
	}
	// own[a]: active workers whose main employment is at a post of area a.
	own := map[string]int64{}
	for _, w := range workers {
		best, bestFTE := "", int64(-1)
		for _, e := range w.Employments {
			if e.Start > asOf || (e.End != "" && e.End < asOf) { // ISO dates order as text
				continue
			}
			f := hundredths(t, e.FTE)
			if f > bestFTE || (f == bestFTE && e.PostID < best) {
				best, bestFTE = e.PostID, f
			}
		}
		if bestFTE < 0 {
			continue
		}
		a, ok := postArea[best]
		if !ok {
			t.Fatalf("post %s is not in posts.jsonl", best)
		}
		own[a]++
	}
	parent := map[string]string{}
	for _, a := range areas {
		parent[a.Code] = a.Parent
	}
	rolled := map[string]int64{}
	for a, n := range own {
		for c := a; c != ""; c = parent[c] {
			rolled[c] += n
		}
	}
	var dens []string
	var root string
	var met, communes int64
	for _, a := range areas {
		switch a.Level {
		case "province":
			date, children := "", int64(0)
			for _, f := range a.Population {
				if f.Date <= asOf && f.Date > date {
					date, children = f.Date, f.Children
				}
			}
			if date == "" || children == 0 {
				t.Fatalf("province %s has no population of children on %s", a.Code, asOf)
			}
			n := rolled[a.Code]
			dens = append(dens, fmt.Sprintf("density_per_100k_children %s %d %d %s", a.Code, n, children, truncated6(n, children, 100_000)))
		case "commune":
			communes++
			if own[a.Code] >= 2 {
				met++
			}
		}
		if a.Parent == "" {
			root = a.Code
		}
	}
	slices.Sort(dens)
	return strings.Join(dens, "\n") + "\n" +
		fmt.Sprintf("communes_meeting_norm_2 %s %d %d %s\n", root, met, communes, truncated6(met, communes, 100)) +
		fmt.Sprintf("post_vacancy_rate %s %d %d %s\n", root, vacant, funded, truncated6(vacant, funded, 100))
}

var (
	densityLine = regexp.MustCompile(`^density_per_100k_children (\S+) (\d+) (\d+) (\d+\.\d{6})$`)
	normLine    = regexp.MustCompile(`^communes_meeting_norm_2 (\S+) (\d+) (\d+) (\d+\.\d{6})$`)
	vacancyLine = regexp.MustCompile(`^post_vacancy_rate (\S+) (\d+) (\d+) (\d+\.\d{6})$`)
)

// checkShape checks the canonical lines that DuckDB's SQL must match byte
// for byte: one density line per province in byte order of the code, then
// the norm and vacancy lines of the country, each value the exact ratio of
// its own numerator and denominator truncated at 6 decimals.
func checkShape(t *testing.T, out string, provinces int, country string) {
	t.Helper()
	if !strings.HasSuffix(out, "\n") {
		t.Fatalf("output does not end in a newline: %q", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != provinces+2 {
		t.Fatalf("%d lines, want %d provinces + 2:\n%s", len(lines), provinces, out)
	}
	var codes []string
	for i, l := range lines {
		re, mult := densityLine, int64(100_000)
		switch i {
		case provinces:
			re, mult = normLine, 100
		case provinces + 1:
			re, mult = vacancyLine, 100
		}
		m := re.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("line %d is not canonical: %q", i+1, l)
		}
		num, _ := strconv.ParseInt(m[2], 10, 64)
		den, _ := strconv.ParseInt(m[3], 10, 64)
		if den <= 0 || (mult == 100 && num > den) {
			t.Errorf("line %d: numerator %d, denominator %d", i+1, num, den)
			continue
		}
		if want := truncated6(num, den, mult); m[4] != want {
			t.Errorf("line %d: value %s, want %s", i+1, m[4], want)
		}
		if i < provinces {
			codes = append(codes, m[1])
			if num == 0 {
				t.Errorf("line %d: no worker in province %s", i+1, m[1])
			}
		} else if m[1] != country {
			t.Errorf("line %d: area %s, want the country %s", i+1, m[1], country)
		}
	}
	if !slices.IsSorted(codes) || len(slices.Compact(slices.Clone(codes))) != len(codes) {
		t.Errorf("province codes not strictly in byte order: %v", codes)
	}
}

func TestGenRunStage(t *testing.T) {
	const workers = 2_000
	dir := generate(t, workers, 1)

	p := readParams(t, dir)
	if p["workers_in_post"] != strconv.Itoa(workers) || p["seed"] != "1" || p["country"] != "KH" || p["as_of"] == "" {
		t.Fatalf("params.txt: %v", p)
	}
	areas := readJSONL[area](t, filepath.Join(dir, "areas.jsonl"))
	for file, key := range map[string]string{"areas.jsonl": "areas", "posts.jsonl": "posts", "workers.jsonl": "worker_records"} {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		if got := strconv.Itoa(strings.Count(string(b), "\n")); got != p[key] {
			t.Errorf("%s has %s lines, params.txt says %s=%s", file, got, key, p[key])
		}
	}
	if n, _ := strconv.Atoi(p["worker_records"]); n <= workers {
		t.Errorf("%d worker records for %d workers in post: the former workers are missing", n, workers)
	}
	provinces := 0
	for _, a := range areas {
		if a.Level == "province" {
			provinces++
		}
	}

	out := perfcompare(t, "", "run", "-dir", dir)
	checkShape(t, out, provinces, p["country"])

	// One decoding goroutine or several, and the stage over loaded records,
	// print the same lines.
	if got := perfcompare(t, "", "run", "-dir", dir, "-par", "1"); got != out {
		t.Errorf("run -par 1 differs from run:\n%s\nwant\n%s", got, out)
	}
	staged := perfcompare(t, "ignored\nrun\n\nrun\n", "stage", "-dir", dir, "-par", "2")
	stageLine := regexp.MustCompile(`^STAGE total_ms=[\d.]+ index_ms=[\d.]+ count_ms=[\d.]+ eval_ms=[\d.]+$`)
	body, ok := strings.CutPrefix(staged, "READY\n")
	if !ok {
		t.Fatalf("stage did not start with READY:\n%s", staged)
	}
	var rounds []string
	var cur strings.Builder
	for l := range strings.Lines(body) {
		if !strings.HasPrefix(l, "STAGE") {
			cur.WriteString(l)
			continue
		}
		if !stageLine.MatchString(strings.TrimSuffix(l, "\n")) {
			t.Errorf("stage figures not in the expected form: %q", l)
		}
		rounds = append(rounds, cur.String())
		cur.Reset()
	}
	if len(rounds) != 2 || cur.Len() != 0 {
		t.Fatalf("stage with two run lines printed:\n%s", staged)
	}
	for i, r := range rounds {
		if r != out {
			t.Errorf("stage round %d differs from run:\n%s\nwant\n%s", i+1, r, out)
		}
	}
}

// TestResultsByDefinition holds ssw's lines to the definitions that the
// SQL on DuckDB's side states, computed here from the files by plain code,
// at two seeds.
func TestResultsByDefinition(t *testing.T) {
	for _, seed := range []uint64{1, 7} {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			dir := generate(t, 2_000, seed)
			got := perfcompare(t, "", "run", "-dir", dir)
			if want := byDefinition(t, dir); got != want {
				t.Errorf("perfcompare run:\n%s\nby the definitions:\n%s", got, want)
			}
		})
	}
}

// TestEdgeCases runs the program on testdata/edge, a registry written by
// hand so that every definition of duckdb/sql/results.sql decides a figure
// (as of 2025-06-30):
//
//	W-01  one employment at P-01                          KH-1-01-01
//	W-02  0.50 at P-07 and 0.50 at P-01: equal FTE, the
//	      smaller post ID wins                            KH-1-01-01
//	W-03  0.40 at P-01, 0.60 at P-07: largest FTE          KH-2-01-01
//	W-04  ended on the as-of date: still counts            KH-2-01-01
//	W-05  ended the day before: does not count
//	W-06  starts the day after: does not count
//	W-07  at a district's post (P-04)                      KH-1-01
//	W-08  at a frozen post of the province (P-05): the
//	      worker counts; the post is outside the vacancy   KH-2
//	W-09  an employment ended in 2020, then P-10           KH-2-01-01
//	W-10  0.50 at P-10, then 0.50 at P-9: byte order puts
//	      "P-10" first                                     KH-2-01-01
//	W-11  starts on the as-of date: counts                 KH-1-01-02
//
// KH-1 has 4 workers (2 in commune KH-1-01-01, 1 in KH-1-01-02, 1 at its
// district) and 700 children (the 2024 figure: the 2019 census is older,
// the 2031 projection not yet due); KH-2 has 5 and 270 children (a figure
// dated on the as-of date applies). Communes meeting the norm of 2:
// KH-1-01-01 (exactly 2) and KH-2-01-01 (4), not KH-1-01-02 (1). Funded
// posts: 6 filled + 2 funded vacant; the frozen and the abolished post are
// in neither count. Values are truncated: 571.4285714…, 1851.8518518…,
// 66.666666….
func TestEdgeCases(t *testing.T) {
	const want = "density_per_100k_children KH-1 4 700 571.428571\n" +
		"density_per_100k_children KH-2 5 270 1851.851851\n" +
		"communes_meeting_norm_2 KH 2 3 66.666666\n" +
		"post_vacancy_rate KH 2 8 25.000000\n"
	dir := filepath.Join("testdata", "edge")
	if got := perfcompare(t, "", "run", "-dir", dir); got != want {
		t.Errorf("perfcompare run:\n%s\nwant\n%s", got, want)
	}
	if got := byDefinition(t, dir); got != want {
		t.Errorf("by the definitions:\n%s\nwant\n%s", got, want)
	}
	staged := perfcompare(t, "run\n", "stage", "-dir", dir)
	if !strings.HasPrefix(staged, "READY\n"+want+"STAGE ") {
		t.Errorf("perfcompare stage:\n%s\nwant READY, then\n%s", staged, want)
	}
}
