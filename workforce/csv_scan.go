package workforce

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sswkit/ssw/internal/problem"
)

// This file turns the physical lines of one CSV file into rows of cells
// under the rules documented on [CSVReader]:
//
//   - RFC 4180 fields: a cell that starts with a quote (after optional
//     spaces) is quoted, "" inside it is one quote, and it may span lines;
//     any other cell runs to the next comma and must not contain a quote;
//   - a quote problem makes only its own physical line bad: a row whose
//     quoted cell stays open at the end of its first line is accepted only
//     when the joined lines end exactly where a row with the header's
//     number of cells ends, within the record limit; otherwise the first
//     line is reported and reading resumes at the line after it;
//   - each physical line is scanned at most twice (see
//     [csvFile.candidate]), so reading is linear in the input whatever the
//     quoting.

// physLine is one physical line, kept for reading again after a failed
// multi-line row.
type physLine struct {
	num     int
	text    []byte
	tooLong bool
}

// rowStatus is what csvFile.next found.
type rowStatus uint8

const (
	rowOK     rowStatus = iota // a row of width cells
	rowBad                     // a bad row: f.bad holds its problems
	rowEOF                     // the end of the input
	rowFailed                  // the header is bad or the reader failed: f.err
)

// csvFile reads the header and then the rows of one CSV file.
type csvFile struct {
	r      io.Reader
	lr     *lineReader // made on the first read, so that idle files hold no buffer
	max    int
	cols   []string // the table's column names
	req    []bool   // whether the header must name the column
	paths  []string // each table column's JSON Pointer
	colAt  []int    // position in the file → table column
	width  int      // cells per row: the header's
	header bool
	err    error
	replay []physLine // lines to read again, in order
	reads  int        // physical lines read, replays included (linearity is tested on it)

	// The current row.
	line   int
	buf    []byte   // cell contents, one after the other
	cur    rowCells // the row's cells: text is string(buf), made once per row
	quoted []bool   // whether each cell was quoted
	bad    Problems
	clean  int // cells known to be read correctly in a bad row (key recovery)

	cellStart int // where the cell being scanned starts in its line
	faultAt   int // where its fault is, from which its text runs to a comma

	// bytesOnly leaves the row's text in buf: cur.text stays empty (read
	// cells with cellBytes).
	bytesOnly bool

	cand    []physLine // continuation lines of a multi-line candidate
	candBuf []byte
}

func newCSVFile(r io.Reader, opts StreamOptions, cols []string, req []bool, paths []string) *csvFile {
	max := opts.maxLine()
	return &csvFile{r: r, max: max, cols: cols, req: req, paths: paths}
}

// phys returns the next physical line: replayed lines first.
func (f *csvFile) phys() (physLine, error) {
	f.reads++
	if len(f.replay) > 0 {
		l := f.replay[0]
		f.replay = f.replay[1:]
		return l, nil
	}
	if f.lr == nil {
		f.lr = newLineReader(f.r, f.max)
	}
	text, tooLong, err := f.lr.next()
	if err != nil && err != io.EOF {
		err = fmt.Errorf("workforce: reading line %d: %w", f.lr.line+1, err)
	}
	return physLine{num: f.lr.line, text: text, tooLong: tooLong}, err
}

// rowCells is one row's cells: their text one after the other, where each
// ends, and where each table column is.
type rowCells struct {
	text  string
	ends  []int // end of each cell in text, by position in the file
	pos   []int // table column → position in the file, -1 when absent
	valid bool  // text is valid UTF-8
}

// cell returns the text of the cell at file position i.
func (rc *rowCells) cell(i int) string {
	start := 0
	if i > 0 {
		start = rc.ends[i-1]
	}
	return rc.text[start:rc.ends[i]]
}

// get returns the cell of table column c, "" when the file lacks it.
func (rc *rowCells) get(c int) string {
	if p := rc.pos[c]; p >= 0 && p < len(rc.ends) {
		return rc.cell(p)
	}
	return ""
}

// key returns the cell of table column c when it was read correctly even
// in a bad row (it lies before the fault), and "" otherwise.
func (f *csvFile) key(c int) string {
	if p := f.cur.pos[c]; p >= 0 && p < f.clean && p < len(f.cur.ends) {
		if f.cur.text == "" && len(f.buf) > 0 {
			f.cur.text = string(f.buf)
		}
		return f.cur.cell(p)
	}
	return ""
}

// pathAt returns the JSON Pointer of the cell at file position p.
func (f *csvFile) pathAt(p int) string {
	if p >= 0 && p < len(f.colAt) && f.colAt[p] >= 0 {
		return f.paths[f.colAt[p]]
	}
	return ""
}

func (f *csvFile) resetRow(line int) {
	f.line = line
	f.buf, f.cur.ends, f.quoted = f.buf[:0], f.cur.ends[:0], f.quoted[:0]
	f.cur.text, f.bad, f.clean = "", nil, 0
}

// csvFault is a quote problem found by scan.
type csvFault uint8

const (
	faultNone       csvFault = iota
	faultStrayQuote          // a quote inside an unquoted cell
	faultAfterQuote          // text after the closing quote of a cell
)

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

func trimBlank(b []byte) []byte {
	for len(b) > 0 && isBlank(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isBlank(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// scan reads the cells of one physical line, appending them to the
// current row; inQuote continues a quoted cell left open by the previous
// line. It reports whether a quoted cell is still open at the end of the
// line, or the fault that makes the line bad. Unquoted cells are trimmed
// of spaces and tabs; quoted cells are kept as written.
func (f *csvFile) scan(b []byte, inQuote bool) (open bool, fault csvFault) {
	i := 0
	if inQuote {
		f.buf = append(f.buf, '\n')
	}
	for {
		if !inQuote {
			f.cellStart, f.faultAt = i, i
			j := i
			for j < len(b) && isBlank(b[j]) {
				j++
			}
			if j < len(b) && b[j] == '"' {
				inQuote, i = true, j+1
				continue
			}
			k := bytes.IndexByte(b[i:], ',')
			end := len(b)
			if k >= 0 {
				end = i + k
			}
			c := b[i:end]
			if bytes.IndexByte(c, '"') >= 0 {
				return false, faultStrayQuote
			}
			f.buf = append(f.buf, trimBlank(c)...)
			f.cur.ends = append(f.cur.ends, len(f.buf))
			f.quoted = append(f.quoted, false)
			if k < 0 {
				return false, faultNone
			}
			i = end + 1
			continue
		}
		k := bytes.IndexByte(b[i:], '"')
		if k < 0 {
			f.buf = append(f.buf, b[i:]...)
			return true, faultNone
		}
		f.buf = append(f.buf, b[i:i+k]...)
		i += k + 1
		if i < len(b) && b[i] == '"' {
			f.buf = append(f.buf, '"')
			i++
			continue
		}
		inQuote = false
		for i < len(b) && isBlank(b[i]) {
			i++
		}
		if i < len(b) && b[i] != ',' {
			f.faultAt = i
			return false, faultAfterQuote
		}
		f.cur.ends = append(f.cur.ends, len(f.buf))
		f.quoted = append(f.quoted, true)
		if i == len(b) {
			return false, faultNone
		}
		i++
	}
}

// blankRow reports whether the current row is empty: no cell has text and
// none was quoted (spreadsheets export formatted empty rows as ",,,,").
func (f *csvFile) blankRow() bool {
	if len(f.buf) > 0 {
		return false
	}
	for _, q := range f.quoted {
		if q {
			return false
		}
	}
	return true
}

// readHeader reads the header row. Header problems stop the file.
func (f *csvFile) readHeader() bool {
	for {
		l, err := f.phys()
		if err == io.EOF {
			f.err = Problems{{Code: CodeHeader, Line: 1, Message: "the input is empty: a header row is required"}}
			return false
		}
		if err != nil {
			f.err = err
			return false
		}
		if l.tooLong {
			f.err = Problems{{Code: CodeLineTooLong, Line: l.num, Param: strconv.Itoa(f.max),
				Message: fmt.Sprintf("the header row is longer than the limit of %d bytes", f.max)}}
			return false
		}
		text := l.text
		if l.num == 1 {
			text = bytes.TrimPrefix(text, []byte("\ufeff")) // UTF-8 byte order mark
		}
		if len(trimBlank(text)) == 0 {
			continue
		}
		if ps := f.mapHeader(text); len(ps) > 0 {
			for i := range ps {
				ps[i].Line = l.num
			}
			ps.Sort()
			f.err = ps
			return false
		}
		f.header = true
		return true
	}
}

// mapHeader maps the header's column names to the table.
func (f *csvFile) mapHeader(text []byte) Problems {
	if hint := encodingHint(text); hint != "" {
		return Problems{{Code: CodeHeader, Value: clipValue(string(text)), Param: "UTF-8",
			Message: "the header is not UTF-8 text: " + hint}}
	}
	known := func(name string) int {
		for c, n := range f.cols {
			if n == name {
				return c
			}
		}
		return -1
	}
	sepHint := func() Problems {
		if hint := separatorHint(text, 0, func(name string) bool { return known(name) >= 0 }); hint != "" {
			return Problems{{Code: CodeHeader, Value: clipValue(string(text)), Param: ",",
				Message: "the header is not comma-separated: " + hint}}
		}
		return nil
	}
	f.resetRow(0)
	open, fault := f.scan(text, false)
	if open || fault != faultNone {
		if ps := sepHint(); ps != nil {
			return ps
		}
		return Problems{{Code: CodeHeader, Value: clipValue(string(text)),
			Message: "the header row is not valid CSV: column names are separated by commas and quoted cells must be closed on the same line"}}
	}
	f.cur.text = string(f.buf)
	f.width = len(f.cur.ends)
	f.colAt = make([]int, f.width)
	f.cur.pos = make([]int, len(f.cols))
	for c := range f.cur.pos {
		f.cur.pos[c] = -1
	}
	var ps Problems
	all := strings.Join(f.cols, ", ")
	for p := range f.width {
		name := f.cur.cell(p)
		c := known(name)
		f.colAt[p] = c
		switch {
		case name == "":
			ps = append(ps, Problem{Code: CodeHeader, Path: "/" + strconv.Itoa(p), Param: strings.Join(f.cols, ","),
				Message: fmt.Sprintf("column %d has no name; the columns are %s", p+1, all)})
		case c < 0:
			ps = append(ps, Problem{Code: CodeHeader, Path: "/" + strconv.Itoa(p), Value: clipValue(name), Param: strings.Join(f.cols, ","),
				Message: fmt.Sprintf("unknown column %q; the columns are %s", clipValue(name), all)})
		case f.cur.pos[c] >= 0:
			f.colAt[p] = -1
			ps = append(ps, Problem{Code: CodeHeader, Path: "/" + strconv.Itoa(p), Value: name, Message: fmt.Sprintf("column %q appears twice", name)})
		default:
			f.cur.pos[c] = p
		}
	}
	for c, name := range f.cols {
		if f.req[c] && f.cur.pos[c] < 0 {
			ps = append(ps, Problem{Code: CodeHeader, Value: name, Message: fmt.Sprintf("required column %q is missing", name)})
		}
	}
	if len(ps) > 0 {
		if hint := sepHint(); hint != nil {
			return hint
		}
	}
	return ps
}

// encodingHint says what a line that is not UTF-8 most likely is, or ""
// when it is UTF-8.
func encodingHint(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) || bytes.IndexByte(b, 0) >= 0:
		return `the file is most likely UTF-16 (a spreadsheet's "Unicode text"): save it as "CSV UTF-8"`
	case !utf8.Valid(b):
		return notUTF8
	}
	return ""
}

// notUTF8 explains bytes that are not UTF-8 in a file that otherwise is
// text: almost always a spreadsheet saved in the computer's legacy code
// page.
const notUTF8 = `not UTF-8: the file is most likely in a Windows code page (Windows-125x? e.g. 1252 Western, 1258 Vietnamese); save it as "CSV UTF-8"`

// separatorHint says which separator a line most likely uses when it is
// not the comma: splitting it at ";" or a tab gives want cells (want > 0)
// or more known column names (known != nil) than splitting at commas.
func separatorHint(line []byte, want int, known func(string) bool) string {
	count := func(sep byte) (cells, names int) {
		for part := range bytes.SplitSeq(line, []byte{sep}) {
			cells++
			name := string(bytes.Trim(trimBlank(part), `"`))
			if known != nil && known(name) {
				names++
			}
		}
		return cells, names
	}
	_, commaNames := count(',')
	for _, s := range []struct {
		sep  byte
		name string
	}{{';', "semicolon-separated (spreadsheets write \";\" where the decimal mark is a comma)"}, {'\t', "tab-separated"}} {
		if bytes.IndexByte(line, s.sep) < 0 {
			continue
		}
		cells, names := count(s.sep)
		if cells < 2 {
			continue
		}
		if (want > 0 && cells == want) || (known != nil && names > commaNames) {
			return "the file is most likely " + s.name + `; save it as comma-separated "CSV UTF-8"`
		}
	}
	return ""
}

// next reads the next row. Blank lines and rows of empty cells are
// skipped.
func (f *csvFile) next() rowStatus {
	for {
		l, err := f.phys()
		if err == io.EOF {
			return rowEOF
		}
		if err != nil {
			f.err = err
			return rowFailed
		}
		f.resetRow(l.num)
		if l.tooLong {
			f.bad = Problems{{Code: CodeLineTooLong, Param: strconv.Itoa(f.max),
				Message: fmt.Sprintf("the line is longer than the limit of %d bytes", f.max)}}
			return rowBad
		}
		open, fault := f.scan(l.text, false)
		if fault != faultNone {
			f.faultProblem(fault, l.text)
			return rowBad
		}
		if open {
			return f.candidate(len(f.cur.ends), len(f.buf))
		}
		if f.blankRow() {
			continue
		}
		if len(f.cur.ends) != f.width {
			f.clean = min(1, len(f.cur.ends)) // a stray comma cannot move the first cell
			p := Problem{Code: CodeSyntax, Value: strconv.Itoa(len(f.cur.ends)), Param: strconv.Itoa(f.width),
				Message: fmt.Sprintf("the row has %s; the header has %d", nCells(len(f.cur.ends)), f.width)}
			if len(f.cur.ends) < f.width {
				if hint := separatorHint(l.text, f.width, nil); hint != "" {
					p.Message += ": " + hint
				}
			}
			f.bad = Problems{p}
			return rowBad
		}
		return f.finish()
	}
}

func nCells(n int) string {
	if n == 1 {
		return "1 cell"
	}
	return strconv.Itoa(n) + " cells"
}

// faultProblem reports a quote fault in the cell being read from line.
func (f *csvFile) faultProblem(fault csvFault, line []byte) {
	at := len(f.cur.ends)
	f.clean = at
	cell := line[f.cellStart:]
	if i := bytes.IndexByte(line[f.faultAt:], ','); i >= 0 {
		cell = line[f.cellStart : f.faultAt+i]
	}
	p := Problem{Code: CodeSyntax, Path: f.pathAt(at), Value: clipValue(string(trimBlank(cell)))}
	switch fault {
	case faultStrayQuote:
		p.Message = `a quote inside an unquoted cell: quote the whole cell and double the quotes in it ("5 ""A"" street"); the line is skipped`
	default:
		p.Message = `text after the closing quote of a cell: double a quote that is part of the text (""); the line is skipped`
	}
	f.bad = Problems{p}
}

// candidate continues a row whose quoted cell (cell number at) is still
// open at the end of its first line, which put firstLen bytes in f.buf.
//
// The joined lines are accepted only when they end exactly where a row of
// the header's width ends, within the record limit. Otherwise the first
// line alone is bad and every line read here is read again, as rows of
// their own. That costs no more than linear time: a line that ends inside
// a quoted cell when read from a row's start has an odd number of quotes,
// and a continuation line that leaves the cell open has an even number, so
// the lines read again (all but the last) cannot open a candidate of their
// own. A line is thus scanned at most twice — as a continuation, then as
// a row's first line — which TestCSVScanLinear checks on quote-heavy input.
func (f *csvFile) candidate(at, firstLen int) rowStatus {
	first := f.line
	f.cand, f.candBuf = f.cand[:0], f.candBuf[:0]
	size := firstLen
	reason := ""
	for {
		l, err := f.phys()
		if err == io.EOF {
			reason = "the file ends inside the quoted cell"
			break
		}
		if err != nil {
			f.err = err
			return rowFailed
		}
		off := len(f.candBuf)
		f.candBuf = append(f.candBuf, l.text...)
		f.cand = append(f.cand, physLine{num: l.num, text: f.candBuf[off:len(f.candBuf):len(f.candBuf)], tooLong: l.tooLong})
		if l.tooLong {
			reason = fmt.Sprintf("line %d is longer than the limit", l.num)
			break
		}
		size += 1 + len(l.text)
		if size > f.max {
			reason = fmt.Sprintf("the joined lines exceed the limit of %d bytes", f.max)
			break
		}
		open, fault := f.scan(l.text, true)
		if fault != faultNone {
			reason = fmt.Sprintf("line %d is not valid as its continuation", l.num)
			break
		}
		if len(f.cur.ends) > f.width {
			reason = fmt.Sprintf("the joined lines hold more than %d cells", f.width)
			break
		}
		if open {
			continue
		}
		if len(f.cur.ends) != f.width {
			reason = fmt.Sprintf("the joined lines %d–%d hold %s, not %d", first, l.num, nCells(len(f.cur.ends)), f.width)
			break
		}
		f.line = first
		return f.finish()
	}
	// Read the continuation lines again, before any lines still waiting.
	// They get storage of their own: candBuf is reused by the next
	// candidate.
	var n int
	for _, l := range f.cand {
		n += len(l.text)
	}
	store := make([]byte, 0, n)
	replay := make([]physLine, 0, len(f.cand)+len(f.replay))
	for _, l := range f.cand {
		off := len(store)
		store = append(store, l.text...)
		replay = append(replay, physLine{num: l.num, text: store[off:len(store):len(store)], tooLong: l.tooLong})
	}
	f.replay = append(replay, f.replay...)

	start := 0
	if at > 0 {
		start = f.cur.ends[at-1]
	}
	f.line = first
	f.clean = at
	f.bad = Problems{{Code: CodeSyntax, Path: f.pathAt(at), Value: clipValue(string(f.buf[start:firstLen])),
		Message: fmt.Sprintf("a quoted cell is not closed on this line, and the lines after it do not complete the row (%s); "+
			"the line is skipped and the next lines are read as rows of their own", reason)}}
	f.cur.ends = f.cur.ends[:min(at, len(f.cur.ends))]
	f.buf = f.buf[:start]
	return rowBad
}

// finish completes a row of width cells.
func (f *csvFile) finish() rowStatus {
	f.clean = len(f.cur.ends)
	if f.bytesOnly {
		f.cur.valid = utf8.Valid(f.buf)
		return rowOK
	}
	f.cur.text = string(f.buf)
	f.cur.valid = utf8.ValidString(f.cur.text)
	return rowOK
}

// cellBytes returns the cell of table column c of a row read with
// bytesOnly; nil when the file lacks the column.
func (f *csvFile) cellBytes(c int) []byte {
	p := f.cur.pos[c]
	if p < 0 || p >= len(f.cur.ends) {
		return nil
	}
	start := 0
	if p > 0 {
		start = f.cur.ends[p-1]
	}
	return f.buf[start:f.cur.ends[p]]
}

// clipValue quotes a cell in a problem: valid UTF-8, clipped.
func clipValue(s string) string {
	return problem.ClipValue(strings.ToValidUTF8(s, "\uFFFD"))
}

// cellText returns the cell of table column c, checking that it is UTF-8;
// a cell that is not is reported at path with the likely cause.
func (rc *rowCells) cellText(ps *Problems, c int, path string) string {
	s := rc.get(c)
	if !rc.valid && !utf8.ValidString(s) {
		*ps = append(*ps, notUTF8Problem(s, path))
		return ""
	}
	return s
}

// notUTF8Problem reports a cell that is not UTF-8 with its likely cause.
func notUTF8Problem(s, path string) Problem {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	return Problem{Code: CodeSyntax, Path: path, Value: clipValue(s), Param: "UTF-8",
		Message: fmt.Sprintf("byte 0x%02X is %s", s[min(i, len(s)-1)], notUTF8)}
}
