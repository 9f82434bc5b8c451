// Command interop exchanges the synthetic, Cambodia-shaped registry of
// package examples with the two systems ministries run beside a workforce
// registry:
//
//  1. FHIR R4 / IHE mCSD, as iHRIS 5 and OpenHIE health worker registries
//     speak it: it writes the registry as bulk-data NDJSON, one file per
//     resource type, streamed worker by worker (DIR/fhir/*.ndjson), the
//     ssw code systems (DIR/fhir/CodeSystem.ndjson) and one transaction
//     Bundle (DIR/fhir/bundle.json), then reads the NDJSON back and checks
//     that the registry returns whole, but for what FHIR does not hold;
//  2. DHIS2: it computes the indicators with disclosure control and writes
//     them as a DHIS2 data value set (DIR/dhis2/dataValueSet.json) through
//     a mapping table given as data (mapping.json beside this file, built
//     in; -mapping FILE gives another).
//
// Usage:
//
//	go run ./examples/interop -out DIR
//	go run ./examples/interop -out DIR -workers 100000 -mapping my-mapping.json
//
// All data is synthetic, and so are the DHIS2 UIDs of mapping.json (every
// one has "syn" in it): replace them with your instance's data element,
// category option combo and organisation unit UIDs.
package main

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/indicators/dhis2"
	"github.com/sswkit/ssw/workforce"
	"github.com/sswkit/ssw/workforce/fhir"
)

//go:embed mapping.json
var defaultMapping []byte

type config struct {
	out     string
	seed    uint64
	workers int
	mapping []byte
}

// summary is the first line of -h: what the program does.
const summary = "interop: write the synthetic registry as FHIR R4 / IHE mCSD resources and read them back, and its indicators as a DHIS2 data value set"

// usage prints the help of the flags in fs: what the program does, how
// to call it, then every flag.
func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprintln(w, summary)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "usage: interop -out DIR [-workers N] [-seed N] [-mapping FILE] [-q]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Writes DIR/fhir/*.ndjson, DIR/fhir/bundle.json, DIR/fhir/CodeSystem.ndjson and DIR/dhis2/dataValueSet.json.")
	fmt.Fprintln(w, "All data is synthetic, and so are the DHIS2 UIDs of the built-in mapping.")
	fmt.Fprintln(w)
	fs.PrintDefaults()
}

func main() {
	flag.Usage = func() { usage(flag.CommandLine) }
	out := flag.String("out", "", "write the exports under `DIR` (required)")
	seed := flag.Uint64("seed", 1, "seed of the synthetic registry")
	workers := flag.Int("workers", 4000, "number of workers in the synthetic registry")
	mapping := flag.String("mapping", "", "DHIS2 mapping table `FILE` (default: the built-in mapping.json)")
	quiet := flag.Bool("q", false, "print nothing but errors")
	flag.Parse()
	if *out == "" || *workers < 1 {
		fmt.Fprintln(os.Stderr, "interop: -out DIR is required and -workers must be at least 1")
		fmt.Fprintln(os.Stderr, "run interop -h for help")
		os.Exit(2)
	}
	cfg := config{out: *out, seed: *seed, workers: *workers, mapping: defaultMapping}
	if *mapping != "" {
		b, err := os.ReadFile(*mapping)
		if err != nil {
			fmt.Fprintln(os.Stderr, "interop:", err)
			os.Exit(1)
		}
		cfg.mapping = b
	}
	var log io.Writer = os.Stdout
	if *quiet {
		log = io.Discard
	}
	if err := run(cfg, log); err != nil {
		fmt.Fprintln(os.Stderr, "interop:", err)
		os.Exit(1)
	}
}

// run does the whole exchange and reports each step on log.
func run(cfg config, log io.Writer) error {
	syn := examples.NewSynthetic(examples.SyntheticConfig{Seed: cfg.seed, Workers: cfg.workers})
	base := syn.Base()
	fhirDir, dhisDir := filepath.Join(cfg.out, "fhir"), filepath.Join(cfg.out, "dhis2")
	for _, d := range []string{fhirDir, dhisDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}

	// 1. FHIR: NDJSON, streamed, then a transaction Bundle.
	files := newFiles(fhirDir)
	w, err := fhir.NewNDJSONWriter(files.out, fhir.Options{AsOf: base.AsOf})
	if err != nil {
		return err
	}
	if err := stream(w, syn); err != nil {
		files.close()
		return err
	}
	if err := files.close(); err != nil {
		return err
	}
	fmt.Fprintf(log, "fhir: wrote %d resources to %s/{Location,Organization,PractitionerRole,Practitioner}.ndjson\n", w.Written(), fhirDir)
	if err := writeFile(filepath.Join(fhirDir, "CodeSystem.ndjson"), fhir.WriteCodeSystems); err != nil {
		return err
	}
	fmt.Fprintf(log, "fhir: wrote %d ssw code systems to %s\n", len(fhir.CodeSystems()), filepath.Join(fhirDir, "CodeSystem.ndjson"))
	bundle := filepath.Join(fhirDir, "bundle.json")
	if err := writeFile(bundle, func(out io.Writer) error {
		bw, err := fhir.NewBundleWriter(out, fhir.BundleTransaction, fhir.Options{AsOf: base.AsOf})
		if err != nil {
			return err
		}
		if err := stream(bw, syn); err != nil {
			return err
		}
		return bw.Close()
	}); err != nil {
		return err
	}
	fmt.Fprintf(log, "fhir: wrote a transaction Bundle to %s\n", bundle)

	// Read the NDJSON back.
	rd := fhir.NewReader(fhir.ReadOptions{Country: base.Country, AsOf: base.AsOf, Source: base.Source})
	for _, t := range fhir.ResourceTypes() {
		if err := readFile(filepath.Join(fhirDir, t.FileName()), func(r io.Reader) error { return rd.ReadNDJSON(r, t.FileName()) }); err != nil {
			return err
		}
	}
	back, problems := rd.Registry()
	if len(problems) > 0 {
		return fmt.Errorf("reading the FHIR export back: %w", problems)
	}
	if err := back.Validate(); err != nil {
		return fmt.Errorf("the registry read back is invalid: %w", err)
	}
	if len(back.Workers) != syn.Len() || len(back.Posts) != len(base.Posts) || len(back.Areas) != len(base.Areas) {
		return fmt.Errorf("read back %d workers, %d posts, %d areas; wrote %d, %d, %d",
			len(back.Workers), len(back.Posts), len(back.Areas), syn.Len(), len(base.Posts), len(base.Areas))
	}
	fmt.Fprintf(log, "fhir: read back %d areas, %d employers, %d posts and %d workers with no problem (CPD records and population figures stay in ssw)\n",
		len(back.Areas), len(back.Employers), len(back.Posts), len(back.Workers))

	// 2. DHIS2: indicators with disclosure control, through the mapping.
	reg := syn.Registry()
	tally, err := indicators.TallyRegistry(&reg, reg.AsOf, indicators.RecordRules{})
	if err != nil {
		return fmt.Errorf("counting: %w", err)
	}
	disclosure := indicators.DefaultDisclosure()
	rep, err := tally.Evaluate(indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWPostVac, indicators.SSWShareFemale,
			indicators.SSWQualSW, indicators.SSWUnitCoverage},
		Norm: &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2,
			Source: &indicators.DefinitionSource{Title: "Strategic Plan on the Social Service Workforce in Cambodia 2022-2031 (2 per commune/sangkat)"}},
		AreaLevels:  []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
		CrossLevels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
		Disclosure:  &disclosure,
	})
	if err != nil {
		return fmt.Errorf("evaluating indicators: %w", err)
	}
	m, err := dhis2.ReadMapping(cfg.mapping)
	if err != nil {
		return fmt.Errorf("the DHIS2 mapping: %w", err)
	}
	set, sum, err := dhis2.Export(rep, m, dhis2.Options{})
	if err != nil {
		return fmt.Errorf("DHIS2 export: %w", err)
	}
	dvs := filepath.Join(dhisDir, "dataValueSet.json")
	if err := writeFile(dvs, func(out io.Writer) error {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(set)
	}); err != nil {
		return err
	}
	suppressed := 0
	for _, s := range sum.Skipped {
		if s.Reason == dhis2.SkipSuppressed {
			suppressed++
		}
	}
	fmt.Fprintf(log, "dhis2: wrote %d data values for period %s to %s; %d mapped cells withheld by disclosure control, %d skipped for other reasons\n",
		sum.Sent, set.Period, dvs, suppressed, len(sum.Skipped)-suppressed)
	return nil
}

// stream writes the registry through w record by record: the workers
// are generated one at a time and never held together.
func stream(w *fhir.Writer, syn *examples.Synthetic) error {
	base := syn.Base()
	var ps workforce.Problems
	keep := func(err error) error {
		var rec workforce.Problems
		if errors.As(err, &rec) {
			ps = append(ps, rec...)
			return nil
		}
		return err
	}
	for _, a := range base.Areas {
		if err := keep(w.WriteArea(a)); err != nil {
			return err
		}
	}
	for _, e := range base.Employers {
		if err := keep(w.WriteEmployer(e)); err != nil {
			return err
		}
	}
	for _, p := range base.Posts {
		if err := keep(w.WritePost(p)); err != nil {
			return err
		}
	}
	for wk := range syn.Workers() {
		if err := keep(w.WriteWorker(wk)); err != nil {
			return err
		}
	}
	if len(ps) > 0 {
		return fmt.Errorf("records refused: %w", ps)
	}
	return nil
}

// files opens one buffered NDJSON file per resource type on demand.
type files struct {
	dir  string
	open map[fhir.ResourceType]*bufio.Writer
	fs   []*os.File
	err  error
}

func newFiles(dir string) *files {
	return &files{dir: dir, open: map[fhir.ResourceType]*bufio.Writer{}}
}

func (f *files) out(t fhir.ResourceType) io.Writer {
	if w, ok := f.open[t]; ok {
		return w
	}
	file, err := os.Create(filepath.Join(f.dir, t.FileName()))
	if err != nil {
		f.err = err
		return errWriter{err}
	}
	f.fs = append(f.fs, file)
	w := bufio.NewWriterSize(file, 1<<20)
	f.open[t] = w
	return w
}

func (f *files) close() error {
	err := f.err
	for _, w := range f.open {
		if e := w.Flush(); err == nil {
			err = e
		}
	}
	for _, file := range f.fs {
		if e := file.Close(); err == nil {
			err = e
		}
	}
	return err
}

type errWriter struct{ err error }

func (e errWriter) Write([]byte) (int, error) { return 0, e.err }

func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := write(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readFile(name string, read func(io.Reader) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return read(f)
}
