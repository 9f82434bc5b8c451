// Command import reads a social service workforce registry from a
// clerk's flat files — administrative areas, employers, posts and
// workers, each file as CSV or JSON Lines — reports every bad record at
// its file and line, skips it together with what depends on it, counts
// everything else once, and prints the headline indicators with
// disclosure control.
//
//	go run ./examples/import -country KH -as-of 2025-06-30 \
//	    -areas areas.csv -employers employers.csv -posts posts.csv -workers workers.csv
//
// # Files
//
// Each file is read by its extension: .csv is CSV (RFC 4180, a header
// row, UTF-8; the layouts of the workforce package, whose column names are
// the JSON member names), .jsonl and .ndjson are JSON Lines (one record
// per line). Any other extension is refused. Every flag naming files may
// be repeated (a national export often comes as one file per province);
// the files of one flag are read in the order given.
//
// Workers in CSV take the flat worker layout: the file given to -workers
// has one row per worker, and the files employments.csv,
// qualifications.csv, credentials.csv and cpd.csv in the same folder, when
// they exist, hold the workers' lists, one row per item with a worker_id
// column. Each workers CSV file therefore needs a folder of its own. A
// workers JSON Lines file holds each worker with its lists.
//
// # What is refused, and what is counted
//
// One bad record never stops the import. Each problem is printed on
// standard error as "file:line: code /path: message", and:
//
//   - a record a reader cannot accept (a quote fault, a cell that is not
//     UTF-8, a value its rules reject) is skipped;
//   - a record whose ID (or area code) an earlier record of the import
//     already gave — in the same file or another — is skipped (code
//     duplicate), and the first stands, counted or refused; an earlier
//     line that could not be read as a record gives no ID, except to the
//     CSV readers themselves within one file;
//   - an area whose parent is unknown (unknown_area) or on a cycle
//     (cycle), or that has no parent beside the national area, is
//     skipped, and so is every area below it; a post whose area or
//     employer is unknown, or whose area does not exist on the as-of date
//     (not_current), is skipped; so is a worker employed in an unknown post
//     (unknown_post);
//   - a record that depends on a skipped record — an area below it, a post
//     in it, a worker in such a post, the rows of such a worker — is
//     skipped with code bad_dependency at its own file and line, naming the
//     skipped record and the problem that started it.
//
// Everything else is counted: the areas form a tree of good areas only,
// and each worker is counted once.
//
// # Output
//
// Standard output holds the indicator table, with disclosure control on
// by default: person counts of 1 to 9 (-threshold) and the counts that
// would reveal them are withheld, and such results print as
// "suppressed". -no-disclosure-control turns it off for internal use; the
// output then starts with "NOT FOR PUBLICATION".
//
// Standard error holds the processing log for whoever runs the import:
// the problems, then the reconciliation of every file — records read,
// accepted and rejected, and rejected records per problem code (a record
// counts under each code it has) — and the totals. For a CSV file a
// record is a data row (an area takes one row per population figure); for
// a JSON Lines file, a line. Read = accepted + rejected, file by file.
//
// The exit status is 0 when indicators were computed (bad records do not
// change it), 1 when the import failed (a file that cannot be opened, a
// CSV header that cannot be read, no usable area) and 2 for bad flags.
// With -strict the first problem stops the import.
//
// # Memory
//
// Areas and employers are held; posts and workers stream through the
// library's index and counter (about 40 bytes per post, 30 per worker).
// The import itself keeps the IDs of the records it refused, to name them
// in their dependents' problems, and at most -max-problems problems per
// file. A workers CSV layout holds its child files' rows until their
// worker is read (see workforce.WorkerCSVReader).
//
// # Reading a file twice
//
// The readers of the workforce package do not say the ID of a record they
// rejected, nor the lines of a worker's rows in the child files. The
// import finds them by reading the file again, line by line, only when it
// needs them: the IDs of the records a reader rejected in the areas,
// employers and posts files (to name them in their dependents' problems),
// and the rows of a refused CSV area or worker (to report each at its
// line). Files must therefore be regular files, not pipes. A row the
// second reading cannot find (a cell spanning lines) is counted in the
// reconciliation and said so in a note, without its line.
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

// fileList is a flag that may be repeated.
type fileList []string

func (l *fileList) String() string { return strings.Join(*l, ",") }

func (l *fileList) Set(s string) error {
	*l = append(*l, s)
	return nil
}

type options struct {
	country                          string
	asOf                             string
	areas, employers, posts, workers fileList
	strict                           bool
	maxLine                          int
	maxProblems                      int
	normPerUnit                      int64
	normLevel                        string
	threshold                        int64
	noDisclosure                     bool

	onCount func(at loc, rec any) // tests: every record counted
}

// summary is the first line of -h.
const summary = "import reads a workforce registry from CSV or JSON Lines files, reports each bad record at its file and line, and prints the headline indicators with disclosure control."

func newFlags(o *options, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.country, "country", "", "ISO 3166-1 alpha-2 `code` of the country (required)")
	fs.StringVar(&o.asOf, "as-of", "", "`date` of the registry, YYYY-MM-DD (required)")
	fs.Var(&o.areas, "areas", "administrative areas with population, a .csv or .jsonl `FILE` (required; repeatable)")
	fs.Var(&o.employers, "employers", "employers, a .csv or .jsonl `FILE` (required; repeatable)")
	fs.Var(&o.posts, "posts", "posts, a .csv or .jsonl `FILE` (required; repeatable)")
	fs.Var(&o.workers, "workers", "workers: a .jsonl `FILE` with their lists, or a .csv FILE with employments.csv,\n"+
		"qualifications.csv, credentials.csv and cpd.csv read from its folder when present (required; repeatable)")
	fs.BoolVar(&o.strict, "strict", false, "stop at the first problem")
	fs.IntVar(&o.maxLine, "max-line", workforce.DefaultMaxLineBytes, "longest line or CSV record accepted, in bytes")
	fs.IntVar(&o.maxProblems, "max-problems", workforce.DefaultMaxProblems, "problems kept and printed per file")
	fs.Int64Var(&o.normPerUnit, "norm", 2, "staffing norm: workers required in each unit of -norm-level (0: none)")
	fs.StringVar(&o.normLevel, "norm-level", string(workforce.LevelCommune), "level of the units the norm applies to")
	fs.Int64Var(&o.threshold, "threshold", indicators.ThresholdStrict, "disclosure control: smallest person count published (2 to 1000)")
	fs.BoolVar(&o.noDisclosure, "no-disclosure-control", false, "show every count, for internal use: the output says NOT FOR PUBLICATION")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), summary)
		fmt.Fprintln(fs.Output(), "\nusage: import -country CC -as-of YYYY-MM-DD -areas FILE -employers FILE -posts FILE -workers FILE [flags]")
		fmt.Fprintln(fs.Output(), "\nflags:")
		fs.PrintDefaults()
	}
	return fs
}

// check validates the flags and returns a plain message for the first bad
// one.
func (o *options) check() error {
	switch {
	case o.country == "":
		return errors.New("-country is required: the ISO 3166-1 alpha-2 code of the country, e.g. -country KH")
	case !workforce.CountryCode(o.country).IsValid():
		return fmt.Errorf("-country %s: not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. KH, VN, PH)", o.country)
	case o.asOf == "":
		return errors.New("-as-of is required: the date of the registry, e.g. -as-of 2025-06-30")
	}
	if _, err := workforce.ParseDate(o.asOf); err != nil {
		return fmt.Errorf("-as-of %s: not a date of the form YYYY-MM-DD that exists in the calendar", o.asOf)
	}
	for _, f := range []struct {
		name  string
		files fileList
	}{{"areas", o.areas}, {"employers", o.employers}, {"posts", o.posts}, {"workers", o.workers}} {
		if len(f.files) == 0 {
			return fmt.Errorf("-%s is required: give the %s file (.csv, .jsonl or .ndjson)", f.name, f.name)
		}
		for _, p := range f.files {
			if _, ok := formatOf(p); !ok {
				return fmt.Errorf("-%s %s: cannot read %q files: give a .csv, .jsonl or .ndjson file", f.name, p, filepath.Ext(p))
			}
		}
	}
	folders := make(map[string]string)
	for _, p := range o.workers {
		if f, _ := formatOf(p); f != formatCSV {
			continue
		}
		base := strings.ToLower(filepath.Base(p))
		for _, child := range childFiles {
			if base == child.name {
				return fmt.Errorf("-workers %s: %s is a list of the workers' layout, not the workers file (workers.csv)", p, child.name)
			}
		}
		dir := filepath.Clean(filepath.Dir(p))
		if other, dup := folders[dir]; dup {
			return fmt.Errorf("-workers %s and %s: a workers CSV file reads employments.csv and the other lists beside it, so each needs a folder of its own", other, p)
		}
		folders[dir] = p
	}
	switch {
	case o.normPerUnit < 0:
		return fmt.Errorf("-norm %d: must be 0 (no norm) or more", o.normPerUnit)
	case !workforce.AdminLevel(o.normLevel).IsValid():
		return fmt.Errorf("-norm-level %s: not an administrative level (%s)", o.normLevel, levels())
	case o.threshold < 2 || o.threshold > 1000:
		return fmt.Errorf("-threshold %d: must be from 2 to 1000", o.threshold)
	case o.maxProblems < 1:
		return fmt.Errorf("-max-problems %d: must be 1 or more", o.maxProblems)
	}
	if err := (workforce.StreamOptions{MaxLineBytes: o.maxLine}).Check(); err != nil || o.maxLine == 0 {
		return fmt.Errorf("-max-line %d: must be from 1 to %d bytes", o.maxLine, workforce.MaxLineBytesLimit)
	}
	return nil
}

func levels() string {
	var s []string
	for _, l := range workforce.AdminLevelValues() {
		s = append(s, string(l))
	}
	return strings.Join(s, ", ")
}

// format is how a file is read.
type format int

const (
	formatCSV format = iota + 1
	formatJSONL
)

func formatOf(path string) (format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return formatCSV, true
	case ".jsonl", ".ndjson":
		return formatJSONL, true
	}
	return 0, false
}

// opener opens a file; tests substitute files in memory.
type opener func(name string) (io.ReadCloser, error)

func osOpen(name string) (io.ReadCloser, error) { return os.Open(name) }

// parseArgs reads and checks the arguments; ok is false when the program
// must exit with status exit (0 after -h, 2 for bad flags).
func parseArgs(args []string, stderr io.Writer) (o options, exit int, ok bool) {
	fs := newFlags(&o, stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, 0, false
		}
		return o, 2, false
	}
	err := o.check()
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected argument %q: files are given with -areas, -employers, -posts and -workers", fs.Arg(0))
	}
	if err != nil {
		fmt.Fprintln(stderr, "import:", err)
		fmt.Fprintln(stderr, "import: see import -h")
		return o, 2, false
	}
	return o, 0, true
}

// runMain runs the program with its arguments and returns the exit status.
func runMain(args []string, stdout, stderr io.Writer, open opener) int {
	o, exit, ok := parseArgs(args, stderr)
	if !ok {
		return exit
	}
	if _, err := run(stdout, stderr, o, open); err != nil {
		fmt.Fprintln(stderr, "import:", err)
		return 1
	}
	return 0
}

func main() { os.Exit(runMain(os.Args[1:], os.Stdout, os.Stderr, osOpen)) }
