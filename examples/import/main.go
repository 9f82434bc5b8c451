// Command import reads a registry from flat files — administrative areas
// and posts as CSV or JSON Lines, employers and workers as JSON Lines —
// reports every bad line with its file and line number, skips it, and
// computes the headline indicators from the good records. Workers are
// streamed one by one into an indicators.Counter, so memory does not grow
// with the number of workers.
//
//	go run ./examples/import -country KH -as-of 2025-06-30 \
//	    -areas examples/import/testdata/areas.csv \
//	    -employers examples/import/testdata/employers.jsonl \
//	    -posts examples/import/testdata/posts.csv \
//	    -workers examples/import/testdata/workers.jsonl
//
// With -strict the first bad line stops the import. The exit status is 0
// when indicators were computed (bad lines are reported on standard
// error), 1 when the import failed and 2 for bad flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

type options struct {
	country                          string
	asOf                             string
	areas, employers, posts, workers string
	strict                           bool
	maxLine                          int
	normPerUnit                      int64
	normLevel                        string
}

func main() {
	var o options
	flag.StringVar(&o.country, "country", "", "ISO 3166-1 alpha-2 code of the country")
	flag.StringVar(&o.asOf, "as-of", "", "date of the registry, YYYY-MM-DD")
	flag.StringVar(&o.areas, "areas", "", "administrative areas with population (.csv or .jsonl)")
	flag.StringVar(&o.employers, "employers", "", "employers (.jsonl)")
	flag.StringVar(&o.posts, "posts", "", "posts (.csv or .jsonl)")
	flag.StringVar(&o.workers, "workers", "", "workers (.jsonl)")
	flag.BoolVar(&o.strict, "strict", false, "stop at the first bad line")
	flag.IntVar(&o.maxLine, "max-line", workforce.DefaultMaxLineBytes, "longest line accepted, in bytes")
	flag.Int64Var(&o.normPerUnit, "norm", 2, "staffing norm: workers required in each unit of -norm-level (0: none)")
	flag.StringVar(&o.normLevel, "norm-level", string(workforce.LevelCommune), "level of the units the norm applies to")
	flag.Parse()
	if o.country == "" || o.asOf == "" || o.areas == "" || o.posts == "" || o.workers == "" {
		fmt.Fprintln(os.Stderr, "usage: import -country CC -as-of YYYY-MM-DD -areas FILE -posts FILE -workers FILE [-employers FILE] [-strict]")
		os.Exit(2)
	}
	bad, err := run(os.Stdout, os.Stderr, o, os.Open)
	if err != nil {
		fmt.Fprintln(os.Stderr, "import:", err)
		os.Exit(1)
	}
	if bad > 0 {
		fmt.Fprintf(os.Stderr, "import: %d bad lines skipped\n", bad)
	}
}

// badLine reports one bad line on w.
func badLine(w io.Writer, file string, p workforce.Problem) {
	fmt.Fprintf(w, "%s:%d: %s %s: %s", filepath.Base(file), p.Line, p.Code, orRoot(p.Path), p.Message)
	if p.Value != "" {
		fmt.Fprintf(w, " (value %q)", p.Value)
	}
	fmt.Fprintln(w)
}

func orRoot(path string) string {
	if path == "" {
		return "(record)"
	}
	return path
}

// reader is what the JSON Lines and CSV readers have in common.
type reader[T any] interface {
	Next() bool
	Record() T
	Line() int
	Err() error
	Problems() workforce.Problems
	Skipped() int
}

// reporter prints the problems a reader has collected since the last
// call, so bad lines come out in line order.
type reporter struct {
	w       io.Writer
	file    string
	printed int
}

func (rp *reporter) flush(ps workforce.Problems) {
	for _, p := range ps[rp.printed:] {
		badLine(rp.w, rp.file, p)
	}
	rp.printed = len(ps)
}

// readAll reads every good record of a file and reports the bad lines.
func readAll[T any](errw io.Writer, file string, r reader[T]) ([]T, int, error) {
	var out []T
	rp := reporter{w: errw, file: file}
	for r.Next() {
		rp.flush(r.Problems())
		out = append(out, r.Record())
	}
	rp.flush(r.Problems())
	if err := r.Err(); err != nil {
		return nil, r.Skipped(), fileError(file, err)
	}
	return out, r.Skipped(), nil
}

func fileError(file string, err error) error {
	var ps workforce.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		p := ps[0]
		return fmt.Errorf("%s:%d: %s %s: %s", filepath.Base(file), p.Line, p.Code, orRoot(p.Path), p.Message)
	}
	return fmt.Errorf("%s: %w", filepath.Base(file), err)
}

// open opens a file; tests substitute it.
type opener func(string) (*os.File, error)

func run(out, errw io.Writer, o options, open opener) (bad int, err error) {
	asOf, err := workforce.ParseDate(o.asOf)
	if err != nil {
		return 0, err
	}
	stream := workforce.StreamOptions{MaxLineBytes: o.maxLine, Validate: true, ContinueOnError: !o.strict}
	reg := workforce.Registry{Country: workforce.CountryCode(o.country), AsOf: asOf, Source: "import of " + filepath.Base(o.workers)}

	withFile := func(name string, f func(io.Reader) (int, error)) error {
		if name == "" {
			return nil
		}
		file, err := open(name)
		if err != nil {
			return err
		}
		defer file.Close()
		n, err := f(file)
		bad += n
		return err
	}
	csv := func(name string) bool { return strings.EqualFold(filepath.Ext(name), ".csv") }

	if err := withFile(o.areas, func(r io.Reader) (n int, err error) {
		if csv(o.areas) {
			reg.Areas, n, err = readAll(errw, o.areas, reader[workforce.AdminArea](workforce.NewAreaCSVReader(r, stream)))
		} else {
			reg.Areas, n, err = readAll(errw, o.areas, reader[workforce.AdminArea](workforce.NewJSONLReader[workforce.AdminArea](r, stream)))
		}
		return n, err
	}); err != nil {
		return bad, err
	}
	if err := withFile(o.employers, func(r io.Reader) (n int, err error) {
		reg.Employers, n, err = readAll(errw, o.employers, reader[workforce.Employer](workforce.NewJSONLReader[workforce.Employer](r, stream)))
		return n, err
	}); err != nil {
		return bad, err
	}
	if err := withFile(o.posts, func(r io.Reader) (n int, err error) {
		if csv(o.posts) {
			reg.Posts, n, err = readAll(errw, o.posts, reader[workforce.Post](workforce.NewPostCSVReader(r, stream)))
		} else {
			reg.Posts, n, err = readAll(errw, o.posts, reader[workforce.Post](workforce.NewJSONLReader[workforce.Post](r, stream)))
		}
		return n, err
	}); err != nil {
		return bad, err
	}

	counter, err := indicators.NewCounter(&reg, asOf, indicators.RecordRules{PeriodStart: asOf.AddYears(-1)})
	if err != nil {
		// The reference data is inconsistent (a post in an unknown area,
		// a cycle in the areas): nothing can be counted reliably.
		for _, p := range workforce.AsProblems(err) {
			fmt.Fprintf(errw, "reference data: %s\n", p)
		}
		return bad, errors.New("the areas, employers and posts are inconsistent")
	}
	for _, p := range reg.Posts {
		if err := counter.AddPost(p.ID); err != nil {
			return bad, err
		}
	}
	workers := 0
	if err := withFile(o.workers, func(r io.Reader) (int, error) {
		rd := workforce.NewJSONLReader[workforce.Worker](r, stream)
		rp := reporter{w: errw, file: o.workers}
		skipped := 0
		for rd.Next() {
			rp.flush(rd.Problems())
			w := rd.Record()
			if err := counter.AddWorker(&w); err != nil {
				// A reference the file cannot resolve (an unknown post):
				// a bad line like any other.
				for _, p := range workforce.AsProblems(err) {
					p.Line = rd.Line()
					badLine(errw, o.workers, p)
				}
				if o.strict {
					return skipped + 1, fmt.Errorf("%s:%d: %w", filepath.Base(o.workers), rd.Line(), err)
				}
				skipped++
				continue
			}
			workers++
		}
		rp.flush(rd.Problems())
		if err := rd.Err(); err != nil {
			return skipped + rd.Skipped(), fileError(o.workers, err)
		}
		return skipped + rd.Skipped(), nil
	}); err != nil {
		return bad, err
	}

	opts := indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWDenPop, indicators.SSWPopPerWorker,
			indicators.SSWPostVac, indicators.SSWQualSW, indicators.SSWShareFemale},
		AreaLevels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
	}
	if o.normPerUnit > 0 {
		opts.Norm = &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.AdminLevel(o.normLevel), Workers: o.normPerUnit}
		opts.Indicators = append(opts.Indicators, indicators.SSWUnitCoverage, indicators.SSWNormGap)
	}
	rep, err := counter.Tally().Evaluate(opts)
	if err != nil {
		return bad, err
	}
	fmt.Fprintf(out, "Imported %d areas, %d employers, %d posts and %d workers for %s as of %s (%d bad lines skipped)\n\n",
		len(reg.Areas), len(reg.Employers), len(reg.Posts), workers, reg.Country, asOf, bad)
	for _, r := range rep.Results {
		if r.Cell.Sex != "" || r.Cell.Cadre != "" || r.Cell.Sector != "" || r.Cell.AgeBand != "" || r.Cell.Qualification != "" {
			continue // breakdowns: see the JSON report
		}
		shown := string(r.Status)
		if v, err := r.Present(); err == nil {
			shown = v.String() + " " + r.Unit
		}
		fmt.Fprintf(out, "%-19s %-8s %s\n", r.Indicator, r.Cell.Area, shown)
	}
	return bad, nil
}
