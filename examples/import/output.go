package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// scanKeys reads a file again, line by line, and hands visit the key of
// each line that want selects: the cell of column col (CSV, found by the
// header) or the string member col (JSON Lines). It finds what the
// readers do not say: the ID of a record they rejected, and the lines of
// the rows of a worker or an area the import refused after the reader
// accepted them. Each line is read on its own, so a line a quote fault
// broke, or one inside a multi-line cell, gives at most a wrong key,
// which matches nothing; the callers check the rows they find against the
// records they know.
func (im *importer) scanKeys(fc *fileCount, col string, want func(line int) bool, visit func(line int, key string)) error {
	r, err := im.open(fc.name)
	if err != nil {
		return fmt.Errorf("%s: %w", fc.name, err)
	}
	defer r.Close()
	br := bufio.NewReaderSize(r, 64<<10)
	keyCol := -1
	var buf []byte
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, &buf, im.o.maxLine+len(utf8BOM)+2)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", fc.name, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		switch {
		case tooLong:
		case fc.format == formatCSV && n == 1:
			if keyCol = slices.Index(csvCells(line), col); keyCol < 0 {
				return nil
			}
		case !want(n):
		case fc.format == formatCSV:
			if cells := csvCells(line); keyCol < len(cells) && cells[keyCol] != "" {
				visit(n, cells[keyCol])
			}
		default:
			if key := jsonKey(line, col); key != "" {
				visit(n, key)
			}
		}
	}
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// readLine returns the next line without its "\n" or "\r\n"; a line
// longer than max is skipped (tooLong).
func readLine(br *bufio.Reader, buf *[]byte, max int) (line []byte, tooLong bool, err error) {
	*buf = (*buf)[:0]
	for {
		b, more, err := br.ReadLine()
		if err != nil {
			return nil, false, err
		}
		if !tooLong && len(*buf)+len(b) > max {
			tooLong = true
		}
		if !tooLong {
			*buf = append(*buf, b...)
		}
		if !more {
			return *buf, tooLong, nil
		}
	}
}

// csvCells splits one CSV line into its cells, trimmed as the readers
// trim unquoted cells; nil when it cannot.
func csvCells(line []byte) []string {
	r := csv.NewReader(bytes.NewReader(line))
	r.LazyQuotes, r.FieldsPerRecord = true, -1
	cells, err := r.Read()
	if err != nil {
		return nil
	}
	for i := range cells {
		cells[i] = strings.Trim(cells[i], " \t")
	}
	return cells
}

// jsonKey returns the string member of a JSON object line, or "".
func jsonKey(line []byte, member string) string {
	var rec map[string]json.RawMessage
	if json.Unmarshal(line, &rec) != nil {
		return ""
	}
	var key string
	if json.Unmarshal(rec[member], &key) != nil {
		return ""
	}
	return key
}

// printProblems prints the problems file by file, in line order.
func (im *importer) printProblems(w io.Writer) {
	for _, fc := range im.files {
		fc.problems.Sort()
		for _, p := range fc.problems {
			fmt.Fprintln(w, formatProblem(p))
		}
		switch unkept := fc.unkept(); {
		case unkept > 0:
			fmt.Fprintf(w, "%s: at least %d more problems not shown (raise -max-problems)\n", fc.name, fc.more+unkept)
		case fc.more > 0:
			fmt.Fprintf(w, "%s: %d more problems not shown (raise -max-problems)\n", fc.name, fc.more)
		}
	}
	for _, fc := range im.files {
		if fc.unlocated > 0 {
			fmt.Fprintf(w, "note: %s: %d rejected rows could not be found again to report them line by line (a cell spanning lines?); they are counted below\n", fc.name, fc.unlocated)
		}
	}
	for _, n := range im.notes {
		fmt.Fprintln(w, "note:", n)
	}
}

// printReconciliation prints, per file, the records read, accepted and
// rejected, the rejected records per problem code, and the totals.
func (im *importer) printReconciliation(w io.Writer) {
	if len(im.files) == 0 {
		return
	}
	width := len("total")
	for _, fc := range im.files {
		width = max(width, len(fc.name))
	}
	row := func(name string, read, accepted, rejected int, by map[string]int) {
		codes := make([]string, 0, len(by))
		for c, n := range by {
			if n > 0 {
				codes = append(codes, c)
			}
		}
		sort.Strings(codes)
		for i, c := range codes {
			codes[i] = fmt.Sprintf("%s %d", c, by[c])
		}
		line := fmt.Sprintf("%-*s %8d %9d %9d  %s", width, name, read, accepted, rejected, strings.Join(codes, ", "))
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	fmt.Fprintf(w, "\n%-*s %8s %9s %9s  %s\n", width, "records", "read", "accepted", "rejected", "rejected by problem code")
	var read, accepted, rejected int
	total := make(map[string]int)
	for _, fc := range im.files {
		row(fc.name, fc.read, fc.accepted, fc.rejected, fc.by)
		read, accepted, rejected = read+fc.read, accepted+fc.accepted, rejected+fc.rejected
		for c, n := range fc.by {
			total[c] += n
		}
	}
	row("total", read, accepted, rejected, total)
}

// headline are the indicators printed.
var headline = []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWDenPop, indicators.SSWPopPerWorker,
	indicators.SSWPostVac, indicators.SSWQualSW, indicators.SSWShareFemale}

func (im *importer) evaluate() (*indicators.Report, error) {
	opts := indicators.Options{
		Indicators: slices.Clone(headline),
		AreaLevels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
	}
	if im.o.normPerUnit > 0 {
		opts.Norm = &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.AdminLevel(im.o.normLevel), Workers: im.o.normPerUnit}
		opts.Indicators = append(opts.Indicators, indicators.SSWUnitCoverage, indicators.SSWNormGap)
	}
	if !im.o.noDisclosure {
		opts.Disclosure = &indicators.DisclosurePolicy{Threshold: im.o.threshold}
	}
	rep, err := im.counter.Tally().Evaluate(opts)
	if err != nil {
		return nil, err
	}
	return &rep, nil
}

// printReport prints the area results: a value rounded for presentation,
// or the status of a result without one ("suppressed" for a result
// disclosure control withheld).
func (im *importer) printReport(w io.Writer, rep *indicators.Report) {
	if im.o.noDisclosure {
		fmt.Fprintln(w, "NOT FOR PUBLICATION: disclosure control is off (-no-disclosure-control); counts of a few persons can identify them.")
		fmt.Fprintf(w, "Indicators for %s as of %s, without disclosure control\n\n", rep.Country, rep.AsOf)
	} else {
		fmt.Fprintf(w, "Indicators for %s as of %s; disclosure control: counts of 1 to %d persons, and the counts that would reveal them, are suppressed\n\n",
			rep.Country, rep.AsOf, im.o.threshold-1)
	}
	for _, r := range rep.Results {
		if r.Cell.Sex != "" || r.Cell.Cadre != "" || r.Cell.Sector != "" || r.Cell.AgeBand != "" || r.Cell.Qualification != "" {
			continue // breakdowns: see the JSON report
		}
		shown := string(r.Status)
		if r.Status == indicators.StatusOK || r.Status == indicators.StatusUnreliable {
			if v, err := r.Present(); err == nil {
				shown = v.String() + " " + r.Unit
			}
			if r.Status == indicators.StatusUnreliable {
				shown += " (unreliable: few persons)"
			}
		}
		fmt.Fprintf(w, "%-19s %-8s %s\n", r.Indicator, r.Cell.Area, shown)
	}
}
