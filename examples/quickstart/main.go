// Command quickstart runs the whole ssw journey on a synthetic,
// Cambodia-shaped national registry and prints a readable report:
//
//  1. generate the registry (deterministic from a seed) and validate it;
//  2. compute the headline indicators with disclosure control — density
//     per 100,000 children nationally and by province, communes meeting
//     the 2-per-commune norm, the gap and the projection to 2031, vacancy
//     and the qualified share;
//  3. evaluate the workforce against licensing schemes, with explanations;
//  4. evaluate Cambodia's plan target and score the Ha Noi Declaration.
//
// It is the README's first command:
//
//	go run ./examples/quickstart
//	go run ./examples/quickstart -json report.json -html report.html
//
// -json writes the declaration.CountryReport document (valid against the
// country-report JSON Schema); -html writes a self-contained page with
// inline SVG charts. Progress goes to standard error. All data is
// synthetic.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
)

// summary is the first line of -h: what the program does.
const summary = "quickstart: run the whole ssw journey on a synthetic Cambodia-shaped registry and print a readable report"

func main() {
	flag.Usage = func() {
		w := flag.CommandLine.Output()
		fmt.Fprintln(w, summary)
		fmt.Fprintln(w)
		fmt.Fprintln(w, "usage: quickstart [-seed N] [-workers N] [-sample N] [-json FILE] [-html FILE] [-q]")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "The report goes to standard output, progress to standard error. All data is synthetic.")
		fmt.Fprintln(w)
		flag.PrintDefaults()
	}
	seed := flag.Uint64("seed", 1, "seed of the synthetic registry")
	workers := flag.Int("workers", 4000, "number of workers in the synthetic registry")
	sample := flag.Int("sample", 3, "number of licensing decisions explained in full")
	jsonOut := flag.String("json", "", "write the machine-readable country report to `FILE`")
	htmlOut := flag.String("html", "", "write a self-contained HTML report with charts to `FILE`")
	quiet := flag.Bool("q", false, "do not report progress on standard error")
	flag.Parse()
	if *workers < 1 || *sample < 0 {
		fmt.Fprintln(os.Stderr, "quickstart: -workers must be at least 1 and -sample not negative")
		os.Exit(2)
	}
	var progress io.Writer = os.Stderr
	if *quiet {
		progress = nil
	}
	j, err := run(config{seed: *seed, workers: *workers, sample: *sample}, progress)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	j.writeText(out)
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
	if *jsonOut != "" {
		if err := writeFile(*jsonOut, func(w io.Writer) error {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(j.country)
		}); err != nil {
			fmt.Fprintln(os.Stderr, "quickstart:", err)
			os.Exit(1)
		}
		step(progress, "wrote %s", *jsonOut)
	}
	if *htmlOut != "" {
		if err := writeFile(*htmlOut, j.writeHTML); err != nil {
			fmt.Fprintln(os.Stderr, "quickstart:", err)
			os.Exit(1)
		}
		step(progress, "wrote %s", *htmlOut)
	}
}

func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
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
