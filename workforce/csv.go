package workforce

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CSV columns of the flat tables. Column names are the JSON member names
// of the record (population figures flattened with a "population_"
// prefix), so a problem's path names the column.
func areaColumns() []csvColumn {
	return []csvColumn{
		{name: "code", required: true}, {name: "name", required: true}, {name: "level", required: true},
		{name: "parent"}, {name: "setting"}, {name: "valid_from"}, {name: "valid_to"},
		{name: "population_date"}, {name: "population_total"}, {name: "population_children"},
		{name: "population_source"}, {name: "population_vintage"},
	}
}

func postColumns() []csvColumn {
	return []csvColumn{
		{name: "id", required: true}, {name: "title"}, {name: "cadre", required: true}, {name: "level", required: true},
		{name: "area", required: true}, {name: "employer_id", required: true}, {name: "status", required: true},
		{name: "fte", required: true},
	}
}

type csvColumn struct {
	name     string
	required bool
}

// AreaCSVColumns returns the columns of the area table in their usual
// order. code, name and level are required; the others may be left out.
// When population_date is filled, the other population columns must be
// too: the row then carries one population figure.
func AreaCSVColumns() []string { return columnNames(areaColumns()) }

// PostCSVColumns returns the columns of the post table; all but title are
// required.
func PostCSVColumns() []string { return columnNames(postColumns()) }

func columnNames(cols []csvColumn) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.name
	}
	return out
}

// CSVReader reads a flat table (RFC 4180 CSV with a header row) one record
// per row. The header must name each column once, include every required
// column and no unknown one; columns may come in any order. A quoted field
// may span lines. Empty cells are absent values. Like [JSONLReader] it
// works record by record, bounds line size, reports problems with line
// numbers and JSON Pointers (the column's place in the record) and can
// skip bad rows. A CSVReader is not safe for concurrent use.
type CSVReader[T AdminArea | Post] struct {
	recordStream
	lr     *lineReader
	cols   []csvColumn
	index  map[string]int // column name → position in the file
	header bool
	fields []string
	rec    T
	set    func(rec *T, get func(string) string) Problems
}

// NewAreaCSVReader reads administrative areas with at most one population
// figure per row; see [AreaCSVColumns].
func NewAreaCSVReader(r io.Reader, opts StreamOptions) *CSVReader[AdminArea] {
	return &CSVReader[AdminArea]{recordStream: recordStream{opts: opts}, lr: newLineReader(r, opts.maxLine()),
		cols: areaColumns(), set: setArea}
}

// NewPostCSVReader reads posts; see [PostCSVColumns].
func NewPostCSVReader(r io.Reader, opts StreamOptions) *CSVReader[Post] {
	return &CSVReader[Post]{recordStream: recordStream{opts: opts}, lr: newLineReader(r, opts.maxLine()),
		cols: postColumns(), set: setPost}
}

// Record returns the current record.
func (r *CSVReader[T]) Record() T { return r.rec }

// Next advances to the next row and reports whether there is one. Blank
// lines are skipped. A bad header stops the stream even with
// ContinueOnError, since no row can be read without it.
func (r *CSVReader[T]) Next() bool {
	if r.err != nil {
		return false
	}
	for {
		line, text, tooLong, err := r.record()
		if err == io.EOF {
			if !r.header {
				r.err = Problems{{Code: CodeHeader, Line: 1, Message: "the input is empty: a header row is required"}}
			}
			return false
		}
		if err != nil {
			r.err = fmt.Errorf("workforce: reading line %d: %w", r.lr.line+1, err)
			return false
		}
		r.line = line
		if tooLong {
			if !r.header {
				r.err = Problems{{Code: CodeLineTooLong, Line: line, Message: "the header row is longer than the line limit"}}
				return false
			}
			if !r.tooLong(line) {
				return false
			}
			continue
		}
		if len(bytes.TrimSpace(text)) == 0 {
			continue
		}
		fields, ok := splitCSV(text, r.fields[:0])
		r.fields = fields
		if !ok {
			p := Problems{{Code: CodeSyntax, Message: "malformed CSV: a quote is not closed or is followed by other characters"}}
			if !r.header {
				p[0].Line = line
				r.err = p
				return false
			}
			if !r.bad(line, p) {
				return false
			}
			continue
		}
		if !r.header {
			if ps := r.readHeader(fields); len(ps) > 0 {
				for i := range ps {
					ps[i].Line = line
				}
				r.err = ps.Err()
				return false
			}
			r.header = true
			continue
		}
		if len(fields) != len(r.index) {
			if !r.bad(line, Problems{{Code: CodeSyntax, Value: strconv.Itoa(len(fields)), Param: strconv.Itoa(len(r.index)),
				Message: fmt.Sprintf("the row has %d fields; the header has %d", len(fields), len(r.index))}}) {
				return false
			}
			continue
		}
		var zero T
		r.rec = zero
		get := func(name string) string {
			if i, ok := r.index[name]; ok {
				return strings.TrimSpace(fields[i])
			}
			return ""
		}
		ps := r.set(&r.rec, get)
		if len(ps) == 0 && r.opts.Validate {
			ps = AsProblems(validateRecord(&r.rec))
		}
		if len(ps) > 0 {
			ps.Sort()
			if !r.bad(line, ps) {
				return false
			}
			continue
		}
		return true
	}
}

// record returns the next logical CSV record: physical lines joined while
// a quoted field is open.
func (r *CSVReader[T]) record() (line int, text []byte, tooLong bool, err error) {
	first, tooLong, err := r.lr.next()
	if err != nil || tooLong {
		return r.lr.line, nil, tooLong, err
	}
	line = r.lr.line
	if bytes.Count(first, []byte{'"'})%2 == 0 {
		return line, first, false, nil
	}
	buf := append([]byte(nil), first...)
	for bytes.Count(buf, []byte{'"'})%2 == 1 {
		more, long, err := r.lr.next()
		if err == io.EOF {
			return line, buf, false, nil // unclosed quote: splitCSV reports it
		}
		if err != nil {
			return line, nil, false, err
		}
		if long || len(buf)+1+len(more) > r.opts.maxLine() {
			return line, nil, true, nil
		}
		buf = append(append(buf, '\n'), more...)
	}
	return line, buf, false, nil
}

func (r *CSVReader[T]) readHeader(fields []string) Problems {
	var ps Problems
	r.index = make(map[string]int, len(fields))
	known := make(map[string]bool, len(r.cols))
	for _, c := range r.cols {
		known[c.name] = true
	}
	for i, f := range fields {
		name := strings.TrimSpace(f)
		if i == 0 {
			name = strings.TrimPrefix(name, "\ufeff") // byte order mark
		}
		if !known[name] {
			ps = append(ps, Problem{Code: CodeHeader, Path: "/" + strconv.Itoa(i), Value: name, Param: strings.Join(columnNames(r.cols), ","),
				Message: fmt.Sprintf("unknown column %q; the columns are %s", name, strings.Join(columnNames(r.cols), ", "))})
			continue
		}
		if _, dup := r.index[name]; dup {
			ps = append(ps, Problem{Code: CodeHeader, Path: "/" + strconv.Itoa(i), Value: name, Message: fmt.Sprintf("column %q appears twice", name)})
			continue
		}
		r.index[name] = i
	}
	for _, c := range r.cols {
		if _, ok := r.index[c.name]; c.required && !ok {
			ps = append(ps, Problem{Code: CodeHeader, Value: c.name, Message: fmt.Sprintf("required column %q is missing", c.name)})
		}
	}
	return ps
}

// splitCSV splits one RFC 4180 record into fields, appending to dst.
func splitCSV(rec []byte, dst []string) ([]string, bool) {
	i := 0
	for {
		if i < len(rec) && rec[i] == '"' {
			var b strings.Builder
			i++
			for {
				j := bytes.IndexByte(rec[i:], '"')
				if j < 0 {
					return dst, false
				}
				b.Write(rec[i : i+j])
				i += j + 1
				if i < len(rec) && rec[i] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				break
			}
			dst = append(dst, b.String())
			if i == len(rec) {
				return dst, true
			}
			if rec[i] != ',' {
				return dst, false
			}
			i++
			continue
		}
		j := bytes.IndexByte(rec[i:], ',')
		if j < 0 {
			field := rec[i:]
			if bytes.IndexByte(field, '"') >= 0 {
				return dst, false
			}
			return append(dst, string(field)), true
		}
		field := rec[i : i+j]
		if bytes.IndexByte(field, '"') >= 0 {
			return dst, false
		}
		dst = append(dst, string(field))
		i += j + 1
	}
}

// cellProblem reports a cell whose text its type rejects.
func cellProblem(path string, value string, err error) Problem {
	p := Problem{Code: CodeInvalidValue, Path: path, Value: value, Message: err.Error()}
	if ve, ok := err.(*ValueError); ok {
		p.Code, p.Message = ve.Code, ve.Reason
	}
	return p
}

func parseDateCell(ps *Problems, path, s string) CivilDate {
	if s == "" {
		return CivilDate{}
	}
	d, err := ParseDate(s)
	if err != nil {
		*ps = append(*ps, cellProblem(path, s, err))
	}
	return d
}

func parseIntCell(ps *Problems, path, s string) int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		*ps = append(*ps, Problem{Code: CodeType, Path: path, Value: s, Param: "integer", Message: "must be a whole number"})
	}
	return n
}

func setArea(a *AdminArea, get func(string) string) Problems {
	var ps Problems
	a.Code = AreaCode(get("code"))
	a.Name = get("name")
	a.Level = AdminLevel(get("level"))
	a.Parent = AreaCode(get("parent"))
	a.Setting = Setting(get("setting"))
	a.ValidFrom = parseDateCell(&ps, "/valid_from", get("valid_from"))
	a.ValidTo = parseDateCell(&ps, "/valid_to", get("valid_to"))
	popCols := []string{"population_date", "population_total", "population_children", "population_source", "population_vintage"}
	filled := 0
	for _, c := range popCols {
		if get(c) != "" {
			filled++
		}
	}
	if filled == 0 {
		return ps
	}
	if get("population_date") == "" {
		ps = append(ps, Problem{Code: CodeRequired, Path: "/population/0/date", Message: "is required when other population columns are filled"})
		return ps
	}
	fig := PopulationFigure{Source: get("population_source"), Vintage: get("population_vintage")}
	fig.Date = parseDateCell(&ps, "/population/0/date", get("population_date"))
	for _, c := range []struct {
		col, path string
		dst       *int64
	}{{"population_total", "/population/0/total", &fig.Total}, {"population_children", "/population/0/children", &fig.Children}} {
		if s := get(c.col); s == "" {
			ps = append(ps, Problem{Code: CodeRequired, Path: c.path, Message: "is required when population_date is filled"})
		} else {
			*c.dst = parseIntCell(&ps, c.path, s)
		}
	}
	a.Population = []PopulationFigure{fig}
	return ps
}

func setPost(p *Post, get func(string) string) Problems {
	var ps Problems
	p.ID = ID(get("id"))
	p.Title = get("title")
	p.Cadre = Cadre(get("cadre"))
	p.Level = AdminLevel(get("level"))
	p.Area = AreaCode(get("area"))
	p.EmployerID = ID(get("employer_id"))
	p.Status = PostStatus(get("status"))
	if s := get("fte"); s != "" {
		f, err := ParseFTE(s)
		if err != nil {
			ps = append(ps, cellProblem("/fte", s, err))
		}
		p.FTE = f
	}
	return ps
}
