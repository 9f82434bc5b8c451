package workforce

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// csvOut writes the rows of one CSV file: the header first, then rows,
// each call of write making one call to the underlying writer.
type csvOut struct {
	w      io.Writer
	name   string // the file, in errors
	cols   []string
	header bool
	buf    []byte
	cells  []string
}

// appendRow appends one row: cells are quoted when they hold a comma, a
// quote, a line break, or spaces or tabs at either end (which the reader
// trims from unquoted cells). A row whose cells are all empty gets a
// quoted first cell, so that it is not read as a blank row.
func appendRow(buf []byte, cells []string) []byte {
	empty := true
	for _, c := range cells {
		empty = empty && c == ""
	}
	for i, c := range cells {
		if i > 0 {
			buf = append(buf, ',')
		}
		switch {
		case empty && i == 0:
			buf = append(buf, `""`...)
		case needsQuotes(c):
			buf = append(buf, '"')
			for {
				j := strings.IndexByte(c, '"')
				if j < 0 {
					break
				}
				buf = append(buf, c[:j+1]...)
				buf = append(buf, '"')
				c = c[j+1:]
			}
			buf = append(buf, c...)
			buf = append(buf, '"')
		default:
			buf = append(buf, c...)
		}
	}
	return append(buf, '\n')
}

func needsQuotes(c string) bool {
	if c == "" {
		return false
	}
	return strings.ContainsAny(c, ",\"\n\r") || isBlank(c[0]) || isBlank(c[len(c)-1])
}

// start begins a write: the header when it has not been written yet.
func (o *csvOut) start() {
	o.buf = o.buf[:0]
	if !o.header {
		o.buf = appendRow(o.buf, o.cols)
	}
}

// row appends one row of cells, rendered into o.cells by the caller.
func (o *csvOut) row() error {
	for i, c := range o.cells {
		if !utf8.ValidString(c) {
			return fmt.Errorf("workforce: writing %s: column %s is not valid UTF-8", o.name, o.cols[i])
		}
	}
	o.buf = appendRow(o.buf, o.cells)
	return nil
}

func (o *csvOut) flush() error {
	if len(o.buf) == 0 {
		return nil
	}
	if _, err := o.w.Write(o.buf); err != nil {
		return fmt.Errorf("workforce: writing %s: %w", o.name, err)
	}
	o.header = true
	return nil
}

// writeHeader writes the header alone, once.
func (o *csvOut) writeHeader() error {
	if o.header {
		return nil
	}
	o.start()
	return o.flush()
}

// CSVWriter writes a flat table in the layout [CSVReader] reads: a header
// row (the columns of [AreaCSVColumns], [PostCSVColumns] or
// [EmployerCSVColumns], in that order), then one row per record — one row
// per population figure for an area. Unset values are empty cells; cells
// are quoted only when needed. Lines end in "\n". The header is written
// with the first record, or by WriteHeader: a writer that writes only the
// header makes an empty template a clerk can fill in. Each Write makes one
// call to the underlying writer; wrap it in a bufio.Writer for speed.
type CSVWriter[T AdminArea | Post | Employer] struct {
	out   csvOut
	cells func(rec *T, out *csvOut) error
}

// NewAreaCSVWriter returns a writer of the area table.
func NewAreaCSVWriter(w io.Writer) *CSVWriter[AdminArea] {
	t := areaTable()
	return &CSVWriter[AdminArea]{out: csvOut{w: w, name: "areas", cols: t.names()},
		cells: func(a *AdminArea, out *csvOut) error {
			row := areaRow{area: *a}
			if len(a.Population) == 0 {
				out.cells = t.cells(&row, out.cells[:0])
				return out.row()
			}
			row.hasFig = true
			for _, fig := range a.Population {
				row.fig = fig
				out.cells = t.cells(&row, out.cells[:0])
				if err := out.row(); err != nil {
					return err
				}
			}
			return nil
		}}
}

// NewPostCSVWriter returns a writer of the post table.
func NewPostCSVWriter(w io.Writer) *CSVWriter[Post] {
	return newPlainCSVWriter(w, "posts", postTable())
}

// NewEmployerCSVWriter returns a writer of the employer table.
func NewEmployerCSVWriter(w io.Writer) *CSVWriter[Employer] {
	return newPlainCSVWriter(w, "employers", employerTable())
}

func newPlainCSVWriter[T Post | Employer](w io.Writer, name string, t csvTable[T]) *CSVWriter[T] {
	return &CSVWriter[T]{out: csvOut{w: w, name: name, cols: t.names()},
		cells: func(rec *T, out *csvOut) error {
			out.cells = t.cells(rec, out.cells[:0])
			return out.row()
		}}
}

// WriteHeader writes the header row if it has not been written yet.
func (w *CSVWriter[T]) WriteHeader() error { return w.out.writeHeader() }

// Write writes rec's rows, preceded by the header the first time. A text
// that is not valid UTF-8 is an error and nothing is written.
func (w *CSVWriter[T]) Write(rec T) error {
	w.out.start()
	if err := w.cells(&rec, &w.out); err != nil {
		return err
	}
	return w.out.flush()
}

// WorkerCSVWriters are the destinations of the flat worker layout, one per
// file of [WorkerCSVFiles].
type WorkerCSVWriters struct {
	Workers        io.Writer // workers.csv
	Employments    io.Writer // employments.csv
	Qualifications io.Writer // qualifications.csv
	Credentials    io.Writer // credentials.csv
	CPD            io.Writer // cpd.csv
}

// WorkerCSVWriter writes workers in the flat worker layout that
// [NewWorkerCSVReader] reads: one workers.csv row per worker and, in each
// child file, one row per item of the worker's list, keyed by worker_id,
// in the order of the list and grouped by worker. A nil destination is
// allowed for a list no worker has: writing a worker that has items for it
// is an error, since they would be lost. Headers are written with the
// first row of each file, or by WriteHeaders.
type WorkerCSVWriter struct {
	outs [workerFiles]*csvOut
	wt   csvTable[Worker]
	et   csvTable[childRow[Employment]]
	qt   csvTable[childRow[Qualification]]
	ct   csvTable[childRow[Credential]]
	pt   csvTable[childRow[CPDRecord]]
}

// NewWorkerCSVWriter returns a writer of the flat worker layout.
func NewWorkerCSVWriter(files WorkerCSVWriters) *WorkerCSVWriter {
	w := &WorkerCSVWriter{wt: workerTable(), et: employmentTable(), qt: qualificationTable(), ct: credentialTable(), pt: cpdTable()}
	dst := [workerFiles]io.Writer{files.Workers, files.Employments, files.Qualifications, files.Credentials, files.CPD}
	cols := [workerFiles][]string{w.wt.names(), w.et.names(), w.qt.names(), w.ct.names(), w.pt.names()}
	names := [workerFiles]string{WorkersCSVFile, EmploymentsCSVFile, QualificationsCSVFile, CredentialsCSVFile, CPDCSVFile}
	for i := range dst {
		if dst[i] != nil {
			w.outs[i] = &csvOut{w: dst[i], name: names[i], cols: cols[i]}
		}
	}
	return w
}

// WriteHeaders writes the header row of each file given that has none
// yet: with no worker written, the files are empty templates.
func (w *WorkerCSVWriter) WriteHeaders() error {
	for _, o := range w.outs {
		if o != nil {
			if err := o.writeHeader(); err != nil {
				return err
			}
		}
	}
	return nil
}

// Write writes the worker's workers.csv row and its child rows: one call
// to each writer that gets rows (every writer given, the first time, for
// its header). A text that is not valid UTF-8 is an error and nothing is
// written.
func (w *WorkerCSVWriter) Write(wk Worker) error {
	n := [workerFiles]int{1, len(wk.Employments), len(wk.Qualifications), len(wk.Credentials), len(wk.CPD)}
	for i, o := range w.outs {
		if o == nil && n[i] > 0 {
			if i == fileWorkers {
				return fmt.Errorf("workforce: writing worker %s: no workers.csv writer was given", wk.ID)
			}
			return fmt.Errorf("workforce: writing worker %s: it has %d rows for %s%s but no writer was given for that file", wk.ID, n[i], childList(i)[1:], ".csv")
		}
	}
	// Every file given gets its header with the first worker, so that a
	// list no worker has still makes a readable (empty) file.
	touched := func(i int) bool { return w.outs[i] != nil && (n[i] > 0 || !w.outs[i].header) }
	for i, o := range w.outs {
		if touched(i) {
			o.start()
		}
	}
	o := w.outs[fileWorkers]
	o.cells = w.wt.cells(&wk, o.cells[:0])
	err := o.row()
	err = firstErr(err, writeChildren(w.outs[fileEmployments], w.et, wk.ID, wk.Employments))
	err = firstErr(err, writeChildren(w.outs[fileQualifications], w.qt, wk.ID, wk.Qualifications))
	err = firstErr(err, writeChildren(w.outs[fileCredentials], w.ct, wk.ID, wk.Credentials))
	err = firstErr(err, writeChildren(w.outs[fileCPD], w.pt, wk.ID, wk.CPD))
	if err != nil {
		return err
	}
	for i, o := range w.outs {
		if touched(i) {
			if err := o.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func writeChildren[C any](o *csvOut, t csvTable[childRow[C]], id ID, items []C) error {
	for i := range items {
		row := childRow[C]{worker: id, rec: items[i]}
		o.cells = t.cells(&row, o.cells[:0])
		if err := o.row(); err != nil {
			return err
		}
	}
	return nil
}
