package workforce

import (
	"strconv"
	"strings"
)

// The column tables of the flat files. Each table is the one definition
// of its file: the readers, the writers, the header templates and the
// column lists ([WorkerCSVColumns], …) all come from it, and a test checks
// it against the entity's JSON names and validate tags. Column names are
// the JSON member names of the record, so a problem's path names the
// column.

// csvCol is one column of a table over rows of type R.
type csvCol[R any] struct {
	name string
	// required columns must be named in the header (their values are
	// required by validation).
	required bool
	// path is the JSON Pointer of the value in the record.
	path string
	// read parses a non-empty cell into the row.
	read func(r *R, s string) error
	// write renders the row's value; "" is an empty cell.
	write func(r *R) string
}

type csvTable[R any] []csvCol[R]

func (t csvTable[R]) names() []string {
	out := make([]string, len(t))
	for i, c := range t {
		out[i] = c.name
	}
	return out
}

func (t csvTable[R]) required() []bool {
	out := make([]bool, len(t))
	for i, c := range t {
		out[i] = c.required
	}
	return out
}

func (t csvTable[R]) paths() []string {
	out := make([]string, len(t))
	for i, c := range t {
		out[i] = c.path
	}
	return out
}

// readRow parses the cells of a row into r; cells that are empty or
// absent leave their value unset.
func (t csvTable[R]) readRow(rc *rowCells, r *R, ps Problems) Problems {
	for c := range t {
		col := &t[c]
		s := rc.cellText(&ps, c, col.path)
		if s == "" || col.read == nil {
			continue
		}
		if err := col.read(r, s); err != nil {
			ps = append(ps, cellProblem(col.path, s, err))
		}
	}
	return ps
}

// cells renders r into dst, one cell per column.
func (t csvTable[R]) cells(r *R, dst []string) []string {
	for c := range t {
		dst = append(dst, t[c].write(r))
	}
	return dst
}

// cellError is a cell that its column cannot read.
type cellError struct{ code, param, message string }

func (e *cellError) Error() string { return e.message }

// Column constructors by kind of value. field returns the value's address
// in the row.

func textCol[R any, S ~string](name string, required bool, path string, field func(*R) *S) csvCol[R] {
	return csvCol[R]{name: name, required: required, path: path,
		read:  func(r *R, s string) error { *field(r) = S(s); return nil },
		write: func(r *R) string { return string(*field(r)) }}
}

func dateCol[R any](name string, required bool, path string, field func(*R) *CivilDate) csvCol[R] {
	return csvCol[R]{name: name, required: required, path: path,
		read: func(r *R, s string) error {
			d, err := ParseDate(s)
			if err != nil && strings.ContainsAny(s, "/.") {
				return &cellError{CodeInvalidValue, "YYYY-MM-DD", "a date must be written YYYY-MM-DD (a spreadsheet may have reformatted it: format the column as text)"}
			}
			*field(r) = d
			return err
		},
		write: func(r *R) string {
			if d := *field(r); !d.IsZero() {
				return d.String()
			}
			return ""
		}}
}

// decimalCol reads one of the decimal quantity types.
func decimalCol[R any, V interface {
	IsZero() bool
	String() string
}](name string, required bool, path string, field func(*R) *V, parse func(string) (V, error)) csvCol[R] {
	return csvCol[R]{name: name, required: required, path: path,
		read: func(r *R, s string) error {
			v, err := parse(s)
			if err != nil && strings.Contains(s, ",") {
				return &cellError{CodeInvalidValue, "12.50", "must use a decimal point (12.50), not a decimal comma"}
			}
			*field(r) = v
			return err
		},
		write: func(r *R) string {
			if v := *field(r); !v.IsZero() {
				return v.String()
			}
			return ""
		}}
}

// intCol reads a whole number; omitZero writes 0 as an empty cell.
func intCol[R any, I int | int64](name string, required bool, path string, field func(*R) *I, omitZero bool) csvCol[R] {
	return csvCol[R]{name: name, required: required, path: path,
		read: func(r *R, s string) error {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || int64(I(n)) != n {
				return &cellError{CodeType, "integer", "must be a whole number"}
			}
			*field(r) = I(n)
			return nil
		},
		write: func(r *R) string {
			if n := *field(r); n != 0 || !omitZero {
				return strconv.FormatInt(int64(n), 10)
			}
			return ""
		}}
}

// boolCol reads true or false in any letter case (spreadsheets write
// TRUE); an empty cell is false.
func boolCol[R any](name string, path string, field func(*R) *bool) csvCol[R] {
	return csvCol[R]{name: name, path: path,
		read: func(r *R, s string) error {
			switch {
			case strings.EqualFold(s, "true"):
				*field(r) = true
			case strings.EqualFold(s, "false"):
				*field(r) = false
			default:
				return &cellError{CodeType, "boolean", "must be true or false"}
			}
			return nil
		},
		write: func(r *R) string { return strconv.FormatBool(*field(r)) }}
}

// topicsCol reads CPD topics separated by ";" in one cell.
func topicsCol(name string, path string) csvCol[CPDRecord] {
	return csvCol[CPDRecord]{name: name, path: path,
		read: func(r *CPDRecord, s string) error {
			for s != "" {
				var t string
				t, s, _ = strings.Cut(s, ";")
				if t = strings.TrimSpace(t); t != "" {
					r.Topics = append(r.Topics, CPDTopic(t))
				}
			}
			return nil
		},
		write: func(r *CPDRecord) string {
			parts := make([]string, len(r.Topics))
			for i, t := range r.Topics {
				parts[i] = string(t)
			}
			return strings.Join(parts, ";")
		}}
}

// cellProblem reports a cell whose text its column rejects.
func cellProblem(path string, value string, err error) Problem {
	p := Problem{Code: CodeInvalidValue, Path: path, Value: clipValue(value), Message: err.Error()}
	switch e := err.(type) {
	case *ValueError:
		p.Code, p.Message = e.Code, e.Reason
	case *cellError:
		p.Code, p.Param, p.Message = e.code, e.param, e.message
	}
	return p
}

// The tables.

func workerTable() csvTable[Worker] {
	return csvTable[Worker]{
		textCol("id", true, "/id", func(w *Worker) *ID { return &w.ID }),
		textCol("sex", true, "/sex", func(w *Worker) *Sex { return &w.Sex }),
		dateCol("birth_date", false, "/birth_date", func(w *Worker) *CivilDate { return &w.BirthDate }),
		intCol("birth_year", false, "/birth_year", func(w *Worker) *int { return &w.BirthYear }, true),
		textCol("cadre", true, "/cadre", func(w *Worker) *Cadre { return &w.Cadre }),
		textCol("isco", false, "/isco", func(w *Worker) *ISCO08 { return &w.ISCO }),
		textCol("nationality", false, "/nationality", func(w *Worker) *CountryCode { return &w.Nationality }),
	}
}

// childRow is a row of a child file: the worker it belongs to and the
// record.
type childRow[C any] struct {
	worker ID
	rec    C
}

func workerIDCol[C any]() csvCol[childRow[C]] {
	return textCol("worker_id", true, "/worker_id", func(r *childRow[C]) *ID { return &r.worker })
}

func employmentTable() csvTable[childRow[Employment]] {
	type R = childRow[Employment]
	return csvTable[R]{
		workerIDCol[Employment](),
		textCol("post_id", true, "/post_id", func(r *R) *ID { return &r.rec.PostID }),
		dateCol("start", true, "/start", func(r *R) *CivilDate { return &r.rec.Start }),
		dateCol("end", false, "/end", func(r *R) *CivilDate { return &r.rec.End }),
		decimalCol("fte", true, "/fte", func(r *R) *FTE { return &r.rec.FTE }, ParseFTE),
		textCol("type", true, "/type", func(r *R) *EmploymentType { return &r.rec.Type }),
		textCol("exit_reason", false, "/exit_reason", func(r *R) *ExitReason { return &r.rec.ExitReason }),
	}
}

func qualificationTable() csvTable[childRow[Qualification]] {
	type R = childRow[Qualification]
	return csvTable[R]{
		workerIDCol[Qualification](),
		textCol("title", false, "/title", func(r *R) *string { return &r.rec.Title }),
		textCol("level", true, "/level", func(r *R) *EducationLevel { return &r.rec.Level }),
		textCol("field", true, "/field", func(r *R) *FieldOfStudy { return &r.rec.Field }),
		textCol("institution", false, "/institution", func(r *R) *string { return &r.rec.Institution }),
		textCol("country", false, "/country", func(r *R) *CountryCode { return &r.rec.Country }),
		boolCol("accredited", "/accredited", func(r *R) *bool { return &r.rec.Accredited }),
		dateCol("completed", false, "/completed", func(r *R) *CivilDate { return &r.rec.Completed }),
	}
}

func credentialTable() csvTable[childRow[Credential]] {
	type R = childRow[Credential]
	return csvTable[R]{
		workerIDCol[Credential](),
		textCol("scheme_id", true, "/scheme_id", func(r *R) *ID { return &r.rec.SchemeID }),
		textCol("number", false, "/number", func(r *R) *string { return &r.rec.Number }),
		dateCol("issued", true, "/issued", func(r *R) *CivilDate { return &r.rec.Issued }),
		dateCol("expires", false, "/expires", func(r *R) *CivilDate { return &r.rec.Expires }),
		textCol("status", true, "/status", func(r *R) *CredentialStatus { return &r.rec.Status }),
	}
}

func cpdTable() csvTable[childRow[CPDRecord]] {
	type R = childRow[CPDRecord]
	topics := topicsCol("topics", "/topics")
	return csvTable[R]{
		workerIDCol[CPDRecord](),
		dateCol("date", true, "/date", func(r *R) *CivilDate { return &r.rec.Date }),
		decimalCol("hours", false, "/hours", func(r *R) *Hours { return &r.rec.Hours }, ParseHours),
		decimalCol("credits", false, "/credits", func(r *R) *Credits { return &r.rec.Credits }, ParseCredits),
		textCol("category", true, "/category", func(r *R) *CPDCategory { return &r.rec.Category }),
		textCol("activity", true, "/activity", func(r *R) *CPDActivity { return &r.rec.Activity }),
		{name: topics.name, path: topics.path,
			read:  func(r *R, s string) error { return topics.read(&r.rec, s) },
			write: func(r *R) string { return topics.write(&r.rec) }},
		textCol("provider", false, "/provider", func(r *R) *string { return &r.rec.Provider }),
		textCol("title", false, "/title", func(r *R) *string { return &r.rec.Title }),
		boolCol("accredited", "/accredited", func(r *R) *bool { return &r.rec.Accredited }),
	}
}

func employerTable() csvTable[Employer] {
	return csvTable[Employer]{
		textCol("id", true, "/id", func(e *Employer) *ID { return &e.ID }),
		textCol("name", true, "/name", func(e *Employer) *string { return &e.Name }),
		textCol("sector", true, "/sector", func(e *Employer) *Sector { return &e.Sector }),
		textCol("ministry", false, "/ministry", func(e *Employer) *string { return &e.Ministry }),
	}
}

func postTable() csvTable[Post] {
	return csvTable[Post]{
		textCol("id", true, "/id", func(p *Post) *ID { return &p.ID }),
		textCol("title", false, "/title", func(p *Post) *string { return &p.Title }),
		textCol("cadre", true, "/cadre", func(p *Post) *Cadre { return &p.Cadre }),
		textCol("level", true, "/level", func(p *Post) *AdminLevel { return &p.Level }),
		textCol("area", true, "/area", func(p *Post) *AreaCode { return &p.Area }),
		textCol("employer_id", true, "/employer_id", func(p *Post) *ID { return &p.EmployerID }),
		textCol("status", true, "/status", func(p *Post) *PostStatus { return &p.Status }),
		decimalCol("fte", true, "/fte", func(p *Post) *FTE { return &p.FTE }, ParseFTE),
	}
}

// areaRow is one row of the area table: the area's own columns and at
// most one population figure (hasFig). An area with several figures takes
// one row per figure (see [CSVReader]).
type areaRow struct {
	area   AdminArea
	fig    PopulationFigure
	hasFig bool
}

// figCol is a population column: empty in a row without a figure.
func figCol(c csvCol[areaRow]) csvCol[areaRow] {
	write := c.write
	c.write = func(r *areaRow) string {
		if !r.hasFig {
			return ""
		}
		return write(r)
	}
	return c
}

// areaPopulationFrom is the first population column of the area table:
// the population columns read into the row's figure.
const areaPopulationFrom = 7

func areaTable() csvTable[areaRow] {
	type R = areaRow
	t := csvTable[R]{
		textCol("code", true, "/code", func(r *R) *AreaCode { return &r.area.Code }),
		textCol("name", true, "/name", func(r *R) *string { return &r.area.Name }),
		textCol("level", true, "/level", func(r *R) *AdminLevel { return &r.area.Level }),
		textCol("parent", false, "/parent", func(r *R) *AreaCode { return &r.area.Parent }),
		textCol("setting", false, "/setting", func(r *R) *Setting { return &r.area.Setting }),
		dateCol("valid_from", false, "/valid_from", func(r *R) *CivilDate { return &r.area.ValidFrom }),
		dateCol("valid_to", false, "/valid_to", func(r *R) *CivilDate { return &r.area.ValidTo }),
		// From areaPopulationFrom on: the figure. Paths say figure 0 and
		// are renumbered when the row's place among its area's rows is
		// known.
		figCol(dateCol("population_date", false, "/population/0/date", func(r *R) *CivilDate { return &r.fig.Date })),
		figCol(statedCol("population_total", "/population/0/total", UniverseTotal, func(f *PopulationFigure) *int64 { return &f.Total })),
		figCol(statedCol("population_children", "/population/0/children", UniverseChildren, func(f *PopulationFigure) *int64 { return &f.Children })),
		figCol(textCol("population_source", false, "/population/0/source", func(r *R) *string { return &r.fig.Source })),
		figCol(textCol("population_vintage", false, "/population/0/vintage", func(r *R) *string { return &r.fig.Vintage })),
	}
	// Then a column for each other universe of the Universe table.
	for _, u := range UniverseValues() {
		if u != UniverseTotal && u != UniverseChildren {
			t = append(t, figCol(universeCol(u)))
		}
	}
	return t
}

// unknownCell is the text of a population cell whose universe the figure
// marks as not published: never read as zero.
const unknownCell = "unknown"

// populationCell reads a population cell: a whole number, or unknown (any
// letter case) for a universe the figure does not publish.
func populationCell(s string) (n int64, unknown bool, err error) {
	if strings.EqualFold(s, unknownCell) {
		return 0, true, nil
	}
	n, perr := strconv.ParseInt(s, 10, 64)
	if perr != nil {
		return 0, false, &cellError{CodeType, "integer", "must be a whole number, or " + unknownCell + " when the figure does not publish it"}
	}
	return n, false, nil
}

// statedCol is the column of the total or the children of a figure: a
// population cell (see populationCell).
func statedCol(name, path string, u Universe, field func(*PopulationFigure) *int64) csvCol[areaRow] {
	return csvCol[areaRow]{name: name, path: path,
		read: func(r *areaRow, s string) error {
			n, unknown, err := populationCell(s)
			switch {
			case err != nil:
				return err
			case unknown:
				r.fig.Universes = append(r.fig.Universes, UniverseCount{Universe: u, Unknown: true})
			default:
				*field(&r.fig) = n
			}
			return nil
		},
		write: func(r *areaRow) string {
			if _, known := r.fig.Count(u); !known {
				return unknownCell
			}
			return strconv.FormatInt(*field(&r.fig), 10)
		}}
}

// universeCol is the column population_<u> of a universe the figure lists
// in Universes (an age group): a population cell (see populationCell), or
// empty when the figure does not state it.
func universeCol(u Universe) csvCol[areaRow] {
	name, path := "population_"+string(u), "/population/0/universes"
	return csvCol[areaRow]{name: name, path: path,
		read: func(r *areaRow, s string) error {
			n, unknown, err := populationCell(s)
			if err != nil {
				return err
			}
			r.fig.Universes = append(r.fig.Universes, UniverseCount{Universe: u, Value: n, Unknown: unknown})
			return nil
		},
		write: func(r *areaRow) string {
			for _, c := range r.fig.Universes {
				if c.Universe == u {
					if c.Unknown {
						return unknownCell
					}
					return strconv.FormatInt(c.Value, 10)
				}
			}
			return ""
		}}
}

// The exported column lists: header templates a clerk can fill in.

// AreaCSVColumns returns the columns of the area table (areas.csv) in
// their usual order. code, name and level are required; the others may be
// left out of the header. The population_ columns hold one population
// figure; when population_date is filled, population_total,
// population_children, population_source and population_vintage must be
// too. population_total and population_children hold a whole number, or
// unknown when the figure does not publish that universe (never read as
// zero); the columns after them, one per other [Universe]
// (population_children_0_14, population_aged_60_plus, …), hold a whole
// number, unknown, or nothing when the figure does not state it. An area
// with several figures takes one row per figure, its own columns repeated
// (see [CSVReader]).
func AreaCSVColumns() []string { return areaTable().names() }

// PostCSVColumns returns the columns of the post table (posts.csv); all
// but title are required.
func PostCSVColumns() []string { return postTable().names() }

// EmployerCSVColumns returns the columns of the employer table
// (employers.csv): id, name and sector are required, ministry is not.
func EmployerCSVColumns() []string { return employerTable().names() }

// WorkerCSVColumns returns the columns of workers.csv, one row per
// worker: id, sex and cadre are required; birth_date, birth_year, isco and
// nationality are not. A worker's lists are in the child files (see
// [NewWorkerCSVReader]).
func WorkerCSVColumns() []string { return workerTable().names() }

// EmploymentCSVColumns returns the columns of employments.csv, one row
// per employment: worker_id, post_id, start, fte and type are required;
// end and exit_reason are not.
func EmploymentCSVColumns() []string { return employmentTable().names() }

// QualificationCSVColumns returns the columns of qualifications.csv, one
// row per qualification: worker_id, level and field are required; title,
// institution, country, accredited (true or false; empty is false) and
// completed are not.
func QualificationCSVColumns() []string { return qualificationTable().names() }

// CredentialCSVColumns returns the columns of credentials.csv, one row
// per credential: worker_id, scheme_id, issued and status are required;
// number and expires are not.
func CredentialCSVColumns() []string { return credentialTable().names() }

// CPDCSVColumns returns the columns of cpd.csv, one row per CPD record:
// worker_id, date, category and activity are required; hours, credits,
// topics (values separated by ";", as in "ethics;law_policy"), provider,
// title and accredited are not. A row gives hours, credits or both.
func CPDCSVColumns() []string { return cpdTable().names() }
