// Command perfcompare is the ssw side of a side-by-side comparison with
// DuckDB on one national-scale job: a synthetic registry of 1,000,000
// workers in post (plus former workers; about 640 MB of JSON Lines),
// 1,160,000 posts and 1,882 areas, from files to three results —
// workforce density per 100,000 children by province, communes with at
// least 2 workers, vacancy of funded posts. run.sh in this folder runs
// both engines and prints a table; see the README's performance section.
//
//	perfcompare gen   -dir DIR [-workers N] [-seed S]   write the JSON Lines files
//	perfcompare run   -dir DIR [-par P]                 files → results, every record
//	                                                    decoded and validated
//	perfcompare stage -dir DIR [-reps R] [-par P]       load every worker into a roster,
//	                                                    then time counting +
//	                                                    evaluation (one round per
//	                                                    "run" line on stdin when
//	                                                    -reps is 0)
//
// Every mode that computes prints the same canonical lines as the SQL of
// the other engine, so the outputs can be compared byte for byte.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

const (
	country = workforce.CountryCode("KH")
	normK   = 2
)

func main() {
	const about = "perfcompare times ssw on a national-scale registry, beside DuckDB through run.sh (examples/perfcompare/README.md)\n" +
		"usage: perfcompare gen|run|stage -dir DIR [flags]   (perfcompare MODE -h lists the flags)\n" +
		"  gen    write the synthetic registry into DIR as JSON Lines\n" +
		"  run    read DIR's files and print the three results (end to end)\n" +
		"  stage  load DIR once, then count and evaluate again and again (the aggregation stage)"
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, about)
		os.Exit(2)
	}
	mode, args := os.Args[1], os.Args[2:]
	switch mode {
	case "-h", "-help", "--help", "help":
		fmt.Println(about)
		return
	case "gen", "run", "stage":
	default:
		fmt.Fprintf(os.Stderr, "perfcompare: unknown mode %q\n%s\n", mode, about)
		os.Exit(2)
	}
	fs := flag.NewFlagSet(mode, flag.ExitOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "%s\n\nflags of %s:\n", about, mode)
		fs.PrintDefaults()
	}
	dir := fs.String("dir", "", "directory of the JSON Lines files")
	workers := fs.Int("workers", 1_000_000, "gen: workers in post")
	seed := fs.Uint64("seed", 1, "gen: seed of the synthetic registry")
	// One decoding goroutine more than cores keeps every core busy while
	// the goroutine committing records in line order waits for the next
	// block (measured: about 5 % faster than one per core on 2 cores).
	par := fs.Int("par", runtime.GOMAXPROCS(0)+1, "run, stage: goroutines decoding and counting")
	reps := fs.Int("reps", 0, "stage: rounds (0: one per \"run\" line on standard input)")
	cpuprofile := fs.String("cpuprofile", "", "run, stage: write a CPU profile (of the rounds, for stage)")
	_ = fs.Parse(args)
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "perfcompare: -dir is required")
		os.Exit(2)
	}
	var err error
	switch mode {
	case "gen":
		err = gen(*dir, *workers, *seed)
	case "run":
		err = run(*dir, *par, *cpuprofile)
	case "stage":
		err = stage(*dir, *reps, *par, *cpuprofile)
	default:
		err = fmt.Errorf("unknown mode %q", mode)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "perfcompare:", err)
		os.Exit(1)
	}
}

// ---- gen ---------------------------------------------------------------

func writeAll[T workforce.Record](path string, recs func(yield func(T) bool)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := workforce.NewJSONLWriter[T](bw)
	for r := range recs {
		if err = w.Write(r); err != nil {
			break
		}
	}
	if err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// gen writes areas, employers, posts and workers as JSON Lines with the
// library's own writer.
func gen(dir string, n int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	s := examples.NewSynthetic(examples.SyntheticConfig{Seed: seed, Workers: n})
	base := s.Base()
	if err := writeAll(filepath.Join(dir, "areas.jsonl"), slices.Values(base.Areas)); err != nil {
		return err
	}
	if err := writeAll(filepath.Join(dir, "employers.jsonl"), slices.Values(base.Employers)); err != nil {
		return err
	}
	if err := writeAll(filepath.Join(dir, "posts.jsonl"), slices.Values(base.Posts)); err != nil {
		return err
	}
	if err := writeAll(filepath.Join(dir, "workers.jsonl"), s.Workers()); err != nil {
		return err
	}
	params := fmt.Sprintf("as_of=%s\ncountry=%s\nworkers_in_post=%d\nworker_records=%d\nposts=%d\nareas=%d\nseed=%d\n",
		s.Config().AsOf, country, n, s.Len(), len(base.Posts), len(base.Areas), seed)
	return os.WriteFile(filepath.Join(dir, "params.txt"), []byte(params), 0o644)
}

// ---- reading -------------------------------------------------------------

func asOfOf(dir string) (workforce.CivilDate, error) {
	b, err := os.ReadFile(filepath.Join(dir, "params.txt"))
	if err != nil {
		return workforce.CivilDate{}, err
	}
	for l := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "as_of="); ok {
			return workforce.ParseDate(v)
		}
	}
	return workforce.CivilDate{}, errors.New("params.txt has no as_of")
}

// Every record is validated; a bad line would be reported and stop the
// comparison (the synthetic files have none).
var streamOpts = workforce.StreamOptions{Validate: true}

func readSmall[T workforce.Record](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := workforce.NewJSONLReader[T](bufio.NewReaderSize(f, 1<<16), streamOpts)
	var out []T
	for r.Next() {
		out = append(out, r.Record())
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return out, nil
}

// index reads the areas and employers, then streams the posts into an
// index: nothing of a post is kept but its eight-byte record.
func index(dir string, par int) (*indicators.Index, error) {
	asOf, err := asOfOf(dir)
	if err != nil {
		return nil, err
	}
	areas, err := readSmall[workforce.AdminArea](filepath.Join(dir, "areas.jsonl"))
	if err != nil {
		return nil, err
	}
	employers, err := readSmall[workforce.Employer](filepath.Join(dir, "employers.jsonl"))
	if err != nil {
		return nil, err
	}
	ix, err := indicators.NewIndex(country, areas, employers, asOf, indicators.RecordRules{})
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, "posts.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := ix.ReadPosts(f, streamOpts, par); err != nil {
		return nil, fmt.Errorf("posts.jsonl: %w", err)
	}
	return ix, nil
}

// ---- evaluation and canonical output --------------------------------------

func evalOptions() indicators.Options {
	return indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWUnitCoverage, indicators.SSWPostVac},
		Norm:       &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: normK},
		AreaLevels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
		// Area results only, as the SQL computes: no breakdown by sex,
		// cadre, sector, age band or qualification is filled.
		Disaggregations: []indicators.Disaggregation{indicators.ByArea},
	}
}

// evaluate evaluates the three indicators on the counter's tally and
// renders them.
func evaluate(c *indicators.Counter) (string, error) {
	rep, err := c.Tally().Evaluate(evalOptions())
	if err != nil {
		return "", err
	}
	return results(rep)
}

// results renders the three results as the canonical lines both engines
// print:
//
//	density_per_100k_children <province> <active workers> <children> <value>
//	communes_meeting_norm_2 <country> <communes meeting> <communes> <percent>
//	post_vacancy_rate <country> <funded vacant> <funded> <percent>
//
// Values are exact, truncated at 6 decimals (the catalogue's precision).
func results(rep indicators.Report) (string, error) {
	var dens, other []string
	for _, r := range rep.Results {
		c := r.Cell
		if c.Sex != "" || c.Cadre != "" || c.Sector != "" || c.AgeBand != "" || c.Qualification != "" {
			continue
		}
		var name string
		switch {
		case r.Indicator == indicators.SSWDenChild && c.Level == workforce.LevelProvince:
			name = "density_per_100k_children"
		case r.Indicator == indicators.SSWUnitCoverage && c.Level == workforce.LevelNational:
			name = fmt.Sprintf("communes_meeting_norm_%d", normK)
		case r.Indicator == indicators.SSWPostVac && c.Level == workforce.LevelNational:
			name = "post_vacancy_rate"
		default:
			continue
		}
		if r.Status != indicators.StatusOK && r.Status != indicators.StatusUnreliable {
			return "", fmt.Errorf("%s %s: status %s %v", r.Indicator, c.Area, r.Status, r.Notes)
		}
		line := fmt.Sprintf("%s %s %s %s %s", name, c.Area, r.Numerator, r.Denominator, r.Value.Decimal().StringFixed(6))
		if name == "density_per_100k_children" {
			dens = append(dens, line)
		} else {
			other = append(other, line)
		}
	}
	slices.Sort(dens)
	slices.Sort(other)
	if len(dens) == 0 || len(other) != 2 {
		return "", fmt.Errorf("expected results missing: %d density lines, %d others", len(dens), len(other))
	}
	return strings.Join(append(dens, other...), "\n") + "\n", nil
}

// ---- run: files → results -------------------------------------------------

func run(dir string, par int, cpuprofile string) error {
	if cpuprofile != "" {
		f, err := os.Create(cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	t0 := time.Now()
	ix, err := index(dir, par)
	if err != nil {
		return err
	}
	tRef := time.Now()
	c := ix.NewCounter()
	if err := c.AddPosts(); err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(dir, "workers.jsonl"))
	if err != nil {
		return err
	}
	defer f.Close()
	res, err := c.ReadWorkers(f, streamOpts, par)
	if err != nil {
		return fmt.Errorf("workers.jsonl: %w", err)
	}
	tCount := time.Now()
	out, err := evaluate(c)
	if err != nil {
		return err
	}
	tEval := time.Now()
	fmt.Print(out)
	fmt.Fprintf(os.Stderr, "ssw run: %d workers, reference %.0f ms, decode+validate+count %.0f ms, evaluate %.0f ms, total %.0f ms (par %d)\n",
		res.Accepted, ms(tRef.Sub(t0)), ms(tCount.Sub(tRef)), ms(tEval.Sub(tCount)), ms(tEval.Sub(t0)), par)
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// ---- stage: counting + evaluation over workers already in memory ----------

func stage(dir string, reps, par int, cpuprofile string) error {
	t0 := time.Now()
	ix, err := index(dir, par)
	if err != nil {
		return err
	}
	// The loaded form of the workers: a roster, every worker's facts
	// resolved against the index once, as a database loads rows into its
	// tables.
	roster := ix.NewRoster()
	f, err := os.Open(filepath.Join(dir, "workers.jsonl"))
	if err != nil {
		return err
	}
	_, err = roster.ReadWorkers(f, streamOpts, par)
	f.Close()
	if err != nil {
		return fmt.Errorf("workers.jsonl: %w", err)
	}
	runtime.GC()
	fmt.Fprintf(os.Stderr, "ssw stage: loaded %d workers and indexed %d posts in %.0f ms\n", roster.Len(), ix.Posts(), ms(time.Since(t0)))
	once := func() error {
		t0 := time.Now()
		c := ix.NewCounter() // the index is built once and shared
		if err := c.AddPosts(); err != nil {
			return err
		}
		t1 := time.Now()
		if err := c.AddRoster(roster, par); err != nil {
			return err
		}
		t2 := time.Now()
		out, err := evaluate(c)
		if err != nil {
			return err
		}
		t3 := time.Now()
		fmt.Print(out)
		fmt.Printf("STAGE total_ms=%.1f index_ms=%.1f count_ms=%.1f eval_ms=%.1f\n",
			ms(t3.Sub(t0)), ms(t1.Sub(t0)), ms(t2.Sub(t1)), ms(t3.Sub(t2)))
		return nil
	}
	if cpuprofile != "" {
		f, err := os.Create(cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if reps > 0 {
		for range reps {
			if err := once(); err != nil {
				return err
			}
		}
		return nil
	}
	fmt.Println("READY")
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "run" {
			continue
		}
		if err := once(); err != nil {
			return err
		}
	}
	runtime.KeepAlive(roster)
	if err := sc.Err(); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}
