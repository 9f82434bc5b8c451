package workforce

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CodeBadDependency marks a record skipped because a record it belongs
// with is bad: the other rows of an area, a worker whose employment row is
// bad, the child rows of a bad worker. Value names the bad record
// ("line 7", "employments.csv:7") and the message says why.
const CodeBadDependency = "bad_dependency"

// FileCount reconciles one file read by a CSV reader: every data row read
// (the header, blank lines and rows of empty cells aside) is accepted or
// rejected, so once the reader is done Read = Accepted + Rejected. Rows a
// reader still holds (the next area's rows, child rows whose worker has
// not come yet) are read but neither accepted nor rejected yet.
type FileCount struct {
	// File names the file; empty for a reader of one file.
	File string `json:"file,omitempty"`
	// Read counts the data rows read.
	Read int `json:"read"`
	// Accepted counts the rows that went into returned records.
	Accepted int `json:"accepted"`
	// Rejected counts the rows skipped (or, without ContinueOnError, the
	// row that stopped the reader).
	Rejected int `json:"rejected"`
	// RejectedBy counts rejected rows per problem code; a row counts once
	// under each code it has, so the sum may exceed Rejected.
	RejectedBy map[string]int `json:"rejected_by,omitempty"`
}

// csvSink is the bookkeeping the CSV readers share: problems, counts and
// the error that stopped the reader.
type csvSink struct {
	opts     StreamOptions
	err      error
	problems Problems
	skipped  int
	line     int
	counts   []FileCount
}

// badRow is one rejected row: the file (an index into counts), the line
// and the row's problems.
type badRow struct {
	file int
	line int
	ps   Problems
}

// reject records the rows of one rejected record and reports whether
// reading goes on. Without ContinueOnError the record's problems become
// the error that stops the reader.
func (s *csvSink) reject(rows ...badRow) bool {
	var all Problems
	for _, r := range rows {
		c := &s.counts[r.file]
		c.Rejected++
		if c.RejectedBy == nil {
			c.RejectedBy = make(map[string]int)
		}
		for i := range r.ps {
			r.ps[i].Line, r.ps[i].File = r.line, c.File
			if !hasCodeBefore(r.ps, i) {
				c.RejectedBy[r.ps[i].Code]++
			}
		}
		s.skipped++
		all = append(all, r.ps...)
	}
	if !s.opts.ContinueOnError {
		all.Sort()
		s.err = all
		return false
	}
	if room := s.opts.maxProblems() - len(s.problems); room > 0 {
		s.problems = append(s.problems, all[:min(room, len(all))]...)
	}
	return true
}

func hasCodeBefore(ps Problems, i int) bool {
	for j := range i {
		if ps[j].Code == ps[i].Code {
			return true
		}
	}
	return false
}

// Err returns the error that stopped the reader: [Problems] for a bad
// header, or for a bad row when ContinueOnError is off (each with its
// Line, and its File when the reader reads several files), or the
// underlying reader's error. It is nil at a clean end of input.
func (s *csvSink) Err() error { return s.err }

// Problems returns the problems of the rows skipped so far (with
// ContinueOnError), at most MaxProblems of them, in the order found.
func (s *csvSink) Problems() Problems { return s.problems }

// Skipped returns the number of rows skipped so far, all files together.
func (s *csvSink) Skipped() int { return s.skipped }

// Line returns the line of the current record (its first line when it
// spans several).
func (s *csvSink) Line() int { return s.line }

// Counts returns the reconciliation of each file read so far: rows read,
// accepted and rejected, and rejected rows per problem code.
func (s *csvSink) Counts() []FileCount {
	out := make([]FileCount, len(s.counts))
	for i, c := range s.counts {
		out[i] = c
		if c.RejectedBy != nil {
			out[i].RejectedBy = make(map[string]int, len(c.RejectedBy))
			for k, v := range c.RejectedBy {
				out[i].RejectedBy[k] = v
			}
		}
	}
	return out
}

// CSVReader reads a flat table: RFC 4180 CSV with a header row, one record
// per row (an area with several population figures takes several rows).
// Like [JSONLReader] it works record by record, bounds the record size
// ([StreamOptions].MaxLineBytes), reports problems with line numbers and
// JSON Pointers, and can skip bad rows and go on. A CSVReader is not safe
// for concurrent use.
//
// # The file
//
//   - The header is one line. It names each column once, includes every
//     required column and no unknown one; columns may come in any order.
//     Column names are the record's JSON member names ([AreaCSVColumns],
//     [PostCSVColumns], [EmployerCSVColumns]). A bad header stops the
//     reader even with ContinueOnError, since no row can be read without
//     it; when the header is not UTF-8 or is separated by ";" or tabs, the
//     problem says what the file most likely is ("semicolon-separated",
//     "not UTF-8: Windows-125x?", "UTF-16").
//   - The file is UTF-8; a byte order mark at its start is accepted. A
//     cell that is not UTF-8 is a problem at its line and column (code
//     syntax), as in JSON.
//   - An empty cell is an absent value. Unquoted cells are trimmed of
//     spaces and tabs; quoted cells are kept as written. Blank lines and
//     rows of empty unquoted cells (spreadsheets export ",,,,") are
//     skipped.
//   - Lines end in "\n" or "\r\n"; a line break inside a quoted cell is
//     read as "\n".
//
// # Quotes
//
// A cell that starts with a quote (after optional spaces) is quoted: it
// ends at the next lone quote, "" inside it stands for one quote, and it
// may span lines. A quote anywhere else — inside an unquoted cell, or text
// after a closing quote — makes its line bad.
//
// One bad quote never swallows good rows: a row whose quoted cell is still
// open at the end of its first line is accepted only when the lines joined
// to it end exactly where a row of the header's number of cells ends,
// within the record limit. Otherwise its first line alone is reported bad
// (code syntax, at the column whose quote is open) and reading resumes at
// the next line, which is read as a row of its own. Reading is linear in
// the input whatever the quoting.
//
// # Areas
//
// An area with several population figures takes one row per figure, its
// own columns (code to valid_to) repeated: consecutive rows with the same
// code are one area, and row k gives figure k (/population/k). Rows of
// one area that disagree on the area's columns, a repeated row without a
// figure, and rows of an area code already read earlier in the file are
// problems. When one row of an area is bad, the whole area is skipped:
// the bad row is reported with its own problems and each other row with
// code bad_dependency naming it. A row whose code cannot be read (a quote
// fault before it, a cell that is not UTF-8) belongs to the area whose
// rows surround it; after an area's last row it is reported on its own.
// The reader keeps one area's rows and the codes read so far (for
// repeats).
//
// # Counting
//
// [CSVReader.Counts] reconciles the file: rows read, accepted and
// rejected, and rejected rows per problem code. Problems carry no File:
// a caller reading several files sets it with [Problems.InFile].
type CSVReader[T AdminArea | Post | Employer] struct {
	csvSink
	f    *csvFile
	rec  T
	done bool
	step func() bool
}

func newCSVReader[T AdminArea | Post | Employer, R any](r io.Reader, opts StreamOptions, t csvTable[R]) *CSVReader[T] {
	return &CSVReader[T]{
		csvSink: csvSink{opts: opts, err: opts.Check(), counts: make([]FileCount, 1)},
		f:       newCSVFile(r, opts, t.names(), t.required(), t.paths()),
	}
}

// NewAreaCSVReader reads administrative areas; see [AreaCSVColumns] for
// the columns and [CSVReader] for areas with several population figures.
func NewAreaCSVReader(r io.Reader, opts StreamOptions) *CSVReader[AdminArea] {
	t := areaTable()
	cr := newCSVReader[AdminArea](r, opts, t)
	ar := &areaReader{cr: cr, t: t, seen: make(map[AreaCode]int)}
	cr.step = ar.step
	return cr
}

// NewPostCSVReader reads posts; see [PostCSVColumns].
func NewPostCSVReader(r io.Reader, opts StreamOptions) *CSVReader[Post] {
	return newPlainCSVReader(r, opts, postTable())
}

// NewEmployerCSVReader reads employers; see [EmployerCSVColumns].
func NewEmployerCSVReader(r io.Reader, opts StreamOptions) *CSVReader[Employer] {
	return newPlainCSVReader(r, opts, employerTable())
}

func newPlainCSVReader[T Post | Employer](r io.Reader, opts StreamOptions, t csvTable[T]) *CSVReader[T] {
	cr := newCSVReader[T](r, opts, t)
	cr.step = func() bool {
		for {
			switch cr.f.next() {
			case rowEOF:
				cr.done = true
				return false
			case rowFailed:
				cr.err = cr.f.err
				return false
			case rowBad:
				cr.counts[0].Read++
				if !cr.reject(badRow{0, cr.f.line, cr.f.bad}) {
					return false
				}
				continue
			}
			cr.counts[0].Read++
			// Read into the reader's own record: no allocation per row.
			var zero T
			cr.rec = zero
			ps := t.readRow(&cr.f.cur, &cr.rec, nil)
			if len(ps) == 0 && cr.opts.Validate {
				ps = AsProblems(validateRecord(&cr.rec))
			}
			if len(ps) > 0 {
				ps.Sort()
				if !cr.reject(badRow{0, cr.f.line, ps}) {
					return false
				}
				continue
			}
			cr.line = cr.f.line
			cr.counts[0].Accepted++
			return true
		}
	}
	return cr
}

// Record returns the current record.
func (r *CSVReader[T]) Record() T { return r.rec }

// Next advances to the next record and reports whether there is one.
// After false, Err tells why.
func (r *CSVReader[T]) Next() bool {
	if r.err != nil || r.done {
		return false
	}
	if !r.f.header && !r.f.readHeader() {
		r.err = r.f.err
		return false
	}
	return r.step()
}

// areaReader groups consecutive rows of one area.
type areaReader struct {
	cr      *CSVReader[AdminArea]
	t       csvTable[areaRow]
	seen    map[AreaCode]int // code → first line
	group   []areaPart       // rows of the current area
	tail    []areaPart       // bad rows without a readable code after the group
	next    areaPart         // the row just read
	hasNext bool             // next is a row of the next area, not yet placed
}

type areaPart struct {
	line  int
	row   areaRow
	ps    Problems
	keyed bool // the code is known
}

// read reads the next row into a.next.
func (a *areaReader) read() rowStatus {
	f := a.cr.f
	st := f.next()
	if st == rowEOF || st == rowFailed {
		return st
	}
	a.cr.counts[0].Read++
	a.next = areaPart{line: f.line}
	p := &a.next
	if st == rowBad {
		p.ps = f.bad
		if code := AreaCode(f.key(0)); code.IsValid() {
			p.row.area.Code, p.keyed = code, true
		}
		return st
	}
	p.ps = a.t.readRow(&f.cur, &p.row, nil)
	// A row whose code cannot be read is kept with the area around it,
	// like a broken row.
	p.keyed = p.row.area.Code != ""
	if f.cur.get(0) == "" {
		p.ps = append(p.ps, Problem{Code: CodeRequired, Path: "/code", Message: "is required: it names the area"})
	}
	for c := areaPopulationFrom; c < len(a.t); c++ {
		if f.cur.get(c) != "" {
			p.row.hasFig = true
		}
	}
	if p.row.hasFig {
		if f.cur.get(areaPopulationFrom) == "" {
			p.ps = append(p.ps, Problem{Code: CodeRequired, Path: "/population/0/date", Message: "is required when other population columns are filled"})
		} else {
			for c := areaPopulationFrom + 1; c <= areaPopulationFrom+2; c++ {
				if f.cur.get(c) == "" {
					p.ps = append(p.ps, Problem{Code: CodeRequired, Path: a.t[c].path, Message: "is required when population_date is filled"})
				}
			}
		}
	}
	return st
}

func (a *areaReader) step() bool {
	cr := a.cr
	for {
		if !a.hasNext {
			switch a.read() {
			case rowFailed:
				cr.err = cr.f.err
				return false
			case rowEOF:
				cr.done = true
				ok := a.finish()
				a.rejectTail()
				return ok
			}
		}
		a.hasNext = false
		p := &a.next
		same := len(a.group) > 0 && p.keyed && p.row.area.Code == a.group[0].row.area.Code
		if !cr.opts.ContinueOnError && len(p.ps) > 0 {
			// Strict: stop at the first bad row, after returning the area
			// before it when the row starts another.
			if p.keyed && !same && len(a.group) > 0 {
				a.hasNext = true
				return a.finish()
			}
			a.group = a.group[:0]
			cr.reject(badRow{0, p.line, p.ps})
			return false
		}
		switch {
		case same:
			a.group = append(a.group, a.tail...)
			a.tail = a.tail[:0]
			a.group = append(a.group, *p)
		case !p.keyed && len(a.group) > 0:
			a.tail = append(a.tail, *p)
		case !p.keyed:
			cr.reject(badRow{0, p.line, p.ps})
		case len(a.group) == 0:
			a.group = append(a.group, *p)
		default: // the first row of the next area
			a.hasNext = true
			ok := a.finish()
			a.rejectTail()
			if ok || cr.err != nil {
				return ok
			}
		}
	}
}

// rejectTail rejects the bad rows whose code could not be read that came
// after the last row of an area: they cannot be told to belong to it.
func (a *areaReader) rejectTail() {
	for _, p := range a.tail {
		a.cr.reject(badRow{0, p.line, p.ps})
	}
	a.tail = a.tail[:0]
}

// finish ends the current area: it returns true with the area as the
// current record, or rejects its rows and returns false.
func (a *areaReader) finish() bool {
	cr := a.cr
	g := a.group
	defer func() { a.group = g[:0] }() // the rows are copied out below: reuse the slice
	if len(g) == 0 {
		return false
	}
	code := g[0].row.area.Code
	if first, ok := a.seen[code]; ok {
		g[0].ps = append(g[0].ps, Problem{Code: CodeDuplicate, Path: "/code", Value: string(code), Param: strconv.Itoa(first),
			Message: fmt.Sprintf("area %s was already read at line %d: the rows of one area (one per population figure) must be consecutive", code, first)})
	} else {
		a.seen[AreaCode(strings.Clone(string(code)))] = g[0].line
	}
	var area AdminArea
	for k := range g {
		p := &g[k]
		if k > 0 {
			renumber(p.ps, k)
		}
		if !p.keyed || (len(p.ps) > 0 && k > 0) {
			continue
		}
		if k == 0 {
			area = p.row.area
		} else {
			for c := range areaPopulationFrom {
				if want, got := a.t[c].write(&g[0].row), a.t[c].write(&p.row); want != got {
					p.ps = append(p.ps, Problem{Code: CodeInconsistent, Path: a.t[c].path, Value: clipValue(got), Param: clipValue(want),
						Message: fmt.Sprintf("differs from line %d: the rows of one area repeat its columns, one row per population figure", g[0].line)})
					break
				}
			}
		}
		if p.row.hasFig {
			area.Population = append(area.Population, p.row.fig)
		} else if len(g) > 1 {
			p.ps = append(p.ps, Problem{Code: CodeRequired, Path: "/population/" + strconv.Itoa(k) + "/date",
				Message: "is required: each row of an area with several rows gives one population figure"})
		}
	}
	bad := false
	for k := range g {
		bad = bad || len(g[k].ps) > 0
	}
	if !bad && cr.opts.Validate {
		for _, p := range AsProblems(validateRecord(&area)) {
			k := figureOf(p.Path)
			if k < 0 || k >= len(g) {
				k = 0
			}
			g[k].ps = append(g[k].ps, p)
			bad = true
		}
	}
	if !bad {
		cr.rec, cr.line = area, g[0].line
		cr.counts[0].Accepted += len(g)
		return true
	}
	rows := make([]badRow, 0, len(g))
	cause := 0
	for k := range g {
		if len(g[k].ps) > 0 {
			cause = g[k].line
			break
		}
	}
	for k := range g {
		ps := g[k].ps
		if len(ps) == 0 {
			ps = Problems{{Code: CodeBadDependency, Value: "line " + strconv.Itoa(cause),
				Message: fmt.Sprintf("area %s is skipped: line %d, another row of the area, is bad", code, cause)}}
		}
		ps.Sort()
		rows = append(rows, badRow{0, g[k].line, ps})
	}
	cr.reject(rows...)
	return false
}

// renumber moves the figure paths of a row's problems to figure k.
func renumber(ps Problems, k int) {
	const zero = "/population/0"
	for i := range ps {
		if p := ps[i].Path; p == zero || strings.HasPrefix(p, zero+"/") {
			ps[i].Path = "/population/" + strconv.Itoa(k) + p[len(zero):]
		}
	}
}

// figureOf returns k for a path under /population/k, or -1.
func figureOf(path string) int {
	rest, ok := strings.CutPrefix(path, "/population/")
	if !ok {
		return -1
	}
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		rest = rest[:i]
	}
	k, err := strconv.Atoi(rest)
	if err != nil {
		return -1
	}
	return k
}
