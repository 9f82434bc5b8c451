package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// loc is where a record starts: its file and line.
type loc struct {
	file string
	line int
}

func (l loc) String() string { return l.file + ":" + strconv.Itoa(l.line) }

// cause is why a record was refused, for the records that depend on it:
// the record, and the record whose own problem started the refusal.
type cause struct {
	at     loc
	root   loc
	reason string // the root's problem: "invalid_value at /population/0/date"
}

func ownCause(at loc, p workforce.Problem) cause { return cause{at: at, root: at, reason: reasonOf(p)} }

// via is the cause passed on to a dependent refused at at.
func (c cause) via(at loc) cause { return cause{at: at, root: c.root, reason: c.reason} }

func reasonOf(p workforce.Problem) string {
	if p.Path == "" {
		return p.Code
	}
	return p.Code + " at " + p.Path
}

// dependency is the problem of a record refused because the record it
// refers to, named by what ("its area KH-13"), was refused for c.
func dependency(path, what string, c cause) workforce.Problem {
	msg := what + " (" + c.at.String() + ") was refused"
	if c.root == c.at {
		msg += ": " + c.reason
	} else {
		msg += ", because of " + c.root.String() + ": " + c.reason
	}
	return workforce.Problem{Code: workforce.CodeBadDependency, Path: path, Value: c.at.String(), Message: msg}
}

// fileCount reconciles one file and keeps its problems.
type fileCount struct {
	name     string
	format   format
	read     int
	accepted int
	rejected int
	by       map[string]int // rejected records per problem code
	problems workforce.Problems
	more     int // problems beyond -max-problems, not kept

	// What the reader rejected, for naming the refused records in their
	// dependents' problems: line → the line's first problem of its own
	// ("" when it only has bad_dependency), and the number of records it
	// rejected (more than len(badLines) when it did not keep every
	// problem).
	badLines       map[int]string
	readerRejected int
	// unlocated counts rejected rows whose lines the import could not
	// find again (see scanKeys): counted, but not reported line by line.
	unlocated int
}

// unkept returns the number of records a reader rejected without keeping
// their problems (beyond -max-problems).
func (fc *fileCount) unkept() int { return max(0, fc.readerRejected-len(fc.badLines)) }

// areaRec is an area held with where it was read.
type areaRec struct {
	a    workforce.AdminArea
	at   loc
	fc   *fileCount
	rows int // CSV rows: one per population figure
}

// refusedArea is a refused CSV area of several rows and the problem of
// its first row.
type refusedArea struct {
	areaRec
	p workforce.Problem
}

// employerRec is an employer held with where it was read.
type employerRec struct {
	e  workforce.Employer
	at loc
}

// importer is one run of the import.
type importer struct {
	o       options
	country workforce.CountryCode
	asOf    workforce.CivilDate
	open    opener
	stream  workforce.StreamOptions
	onCount func(at loc, rec any) // tests: every record that is counted

	files  []*fileCount
	byName map[string]*fileCount
	notes  []string

	areas       []areaRec
	areaAt      map[workforce.AreaCode]int // index in areas
	badArea     map[workforce.AreaCode]cause
	areaRows    []refusedArea // refused CSV areas of several rows, whose other rows are still to report
	employers   []employerRec
	employerAt  map[workforce.ID]int
	badEmployer map[workforce.ID]cause
	badPost     map[workforce.ID]cause
	badWorker   map[workforce.ID]loc // workers refused by the import, for later records with their ID

	ix      *indicators.Index
	counter *indicators.Counter
}

// result is what an import computed, for tests.
type result struct {
	files  []*fileCount
	report *indicators.Report
	tally  *indicators.Tally
}

// run imports the files of o, writes the indicators on out and the
// problems and reconciliation on errw.
func run(out, errw io.Writer, o options, open opener) (*result, error) {
	asOf, err := workforce.ParseDate(o.asOf)
	if err != nil {
		return nil, err
	}
	im := &importer{o: o, country: workforce.CountryCode(o.country), asOf: asOf, open: open, onCount: o.onCount,
		stream: workforce.StreamOptions{MaxLineBytes: o.maxLine, MaxProblems: o.maxProblems, Validate: true, ContinueOnError: !o.strict},
		byName: make(map[string]*fileCount),
		areaAt: make(map[workforce.AreaCode]int), badArea: make(map[workforce.AreaCode]cause),
		employerAt: make(map[workforce.ID]int), badEmployer: make(map[workforce.ID]cause),
		badPost: make(map[workforce.ID]cause), badWorker: make(map[workforce.ID]loc)}
	return im.run(out, errw)
}

func (im *importer) run(out, errw io.Writer) (*result, error) {
	res := &result{}
	err := im.steps()
	// The log first: the problems and the reconciliation, whatever the
	// outcome.
	im.printProblems(errw)
	im.printReconciliation(errw)
	res.files = im.files
	if err != nil {
		return res, err
	}
	rep, err := im.evaluate()
	if err != nil {
		return res, err
	}
	res.report, res.tally = rep, im.counter.Tally()
	im.printReport(out, rep)
	return res, nil
}

func (im *importer) steps() error {
	for _, step := range []func() error{im.readAreas, im.readEmployers, im.index, im.readPosts, im.readWorkers} {
		if err := step(); err != nil {
			return err
		}
		if err := im.strictStop(); err != nil {
			return err
		}
	}
	return nil
}

// strictStop stops a -strict import at its first problem.
func (im *importer) strictStop() error {
	if !im.o.strict {
		return nil
	}
	for _, fc := range im.files {
		if len(fc.problems) > 0 {
			fc.problems.Sort()
			return errors.New(formatProblem(fc.problems[0]))
		}
	}
	return nil
}

// file registers a file to reconcile.
func (im *importer) file(name string, f format) *fileCount {
	if fc := im.byName[name]; fc != nil {
		return fc
	}
	fc := &fileCount{name: name, format: f, by: make(map[string]int), badLines: make(map[int]string)}
	im.files = append(im.files, fc)
	im.byName[name] = fc
	return fc
}

// withFile opens a file and hands it to read.
func (im *importer) withFile(name string, read func(fc *fileCount, r io.Reader) error) error {
	f, _ := formatOf(name)
	r, err := im.open(name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer r.Close()
	return read(im.file(name, f), r)
}

// report keeps a problem of a file, up to -max-problems.
func (im *importer) report(fc *fileCount, p workforce.Problem) {
	if len(fc.problems) < im.o.maxProblems {
		fc.problems = append(fc.problems, p)
	} else {
		fc.more++
	}
}

// refuse rejects rows rows of an accepted record at at (a CSV area
// takes one row per figure) with its problems: the counts move from
// accepted to rejected, under each code once.
func (im *importer) refuse(fc *fileCount, at loc, rows int, ps ...workforce.Problem) {
	fc.accepted -= rows
	fc.rejected += rows
	for i, p := range ps {
		if !hasCodeBefore(ps, i) {
			fc.by[p.Code] += rows
		}
		p.File, p.Line = at.file, at.line
		im.report(fc, p)
	}
}

func hasCodeBefore(ps []workforce.Problem, i int) bool {
	for j := range i {
		if ps[j].Code == ps[i].Code {
			return true
		}
	}
	return false
}

// refuseArea refuses an area: its first row with the problem, its other
// rows (CSV) as dependents of it, reported once the areas are resolved.
func (im *importer) refuseArea(a areaRec, p workforce.Problem) {
	im.refuse(a.fc, a.at, 1, p)
	if a.rows > 1 {
		a.fc.accepted -= a.rows - 1
		a.fc.rejected += a.rows - 1
		a.fc.by[workforce.CodeBadDependency] += a.rows - 1
		im.areaRows = append(im.areaRows, refusedArea{a, p})
	}
}

// stream is what the JSON Lines and CSV readers have in common.
type stream[T any] interface {
	Next() bool
	Record() T
	Line() int
	Err() error
	Problems() workforce.Problems
	Skipped() int
}

// readStream reads every record of a file (or of a worker layout's
// files), hands each to each and takes the reader's problems and counts.
// With borrow, a JSON Lines reader lends each its record
// ([workforce.JSONLReader.Borrow]): valid only until the next record, and
// read without a copy.
func readStream[T any](im *importer, fc *fileCount, st stream[T], borrow bool, each func(rec *T, at loc)) error {
	lender, lends := st.(interface{ Borrow() *T })
	counts, isCSV := st.(interface{ Counts() []workforce.FileCount })
	seen, skipped := 0, 0
	take := func() {
		ps := st.Problems()
		if len(ps) == seen && st.Skipped() == skipped {
			return // the usual case: no line skipped since the last record
		}
		for _, p := range ps[seen:] {
			if p.File == "" {
				p.File = fc.name
			}
			dst := im.byName[p.File]
			if dst == nil {
				dst = fc
			}
			if own, ok := dst.badLines[p.Line]; !ok || (own == "" && p.Code != workforce.CodeBadDependency) {
				dst.badLines[p.Line] = ""
				if p.Code != workforce.CodeBadDependency {
					dst.badLines[p.Line] = reasonOf(p)
				}
			}
			im.report(dst, p)
		}
		if !isCSV { // JSON Lines: each skipped line counts once under each of its codes
			codes := make(map[int]map[string]bool)
			for _, p := range ps[seen:] {
				if codes[p.Line] == nil {
					codes[p.Line] = make(map[string]bool)
				}
				if !codes[p.Line][p.Code] {
					codes[p.Line][p.Code] = true
					fc.by[p.Code]++
				}
			}
			d := st.Skipped() - skipped
			skipped = st.Skipped()
			fc.read += d
			fc.rejected += d
			fc.readerRejected += d
			if d > len(codes) {
				fc.by[codeUnrecorded] += d - len(codes)
			}
		}
		seen = len(ps)
	}
	for st.Next() {
		take()
		if !isCSV {
			fc.read++
			fc.accepted++
		}
		at := loc{fc.name, st.Line()}
		if borrow && lends {
			each(lender.Borrow(), at)
			continue
		}
		rec := st.Record()
		each(&rec, at)
	}
	take()
	if isCSV {
		for _, c := range counts.Counts() {
			dst := im.byName[c.File]
			if dst == nil {
				dst = fc
			}
			dst.read += c.Read
			dst.accepted += c.Accepted
			dst.rejected += c.Rejected
			dst.readerRejected += c.Rejected
			for code, n := range c.RejectedBy {
				dst.by[code] += n
			}
		}
	}
	if err := st.Err(); err != nil {
		return fileError(fc.name, err)
	}
	return nil
}

// codeUnrecorded counts the JSON Lines records rejected beyond
// -max-problems, whose problems the reader did not keep.
const codeUnrecorded = "(problems not kept)"

// fileError turns the error that stopped a reader into a message naming
// the file and line.
func fileError(name string, err error) error {
	var ps workforce.Problems
	if errors.As(err, &ps) && len(ps) > 0 {
		p := ps[0]
		if p.File == "" {
			p.File = name
		}
		msg := formatProblem(p)
		if len(ps) > 1 {
			msg += fmt.Sprintf(" (and %d more problems)", len(ps)-1)
		}
		return errors.New(msg)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// formatProblem renders a problem as "file:line: code /path: message
// (value "x")".
func formatProblem(p workforce.Problem) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		b.WriteString(":" + strconv.Itoa(p.Line))
	}
	switch {
	case p.Path != "":
		fmt.Fprintf(&b, ": %s %s: %s", p.Code, p.Path, p.Message)
	case p.Code == workforce.CodeHeader:
		fmt.Fprintf(&b, ": %s: %s", p.Code, p.Message)
	default:
		fmt.Fprintf(&b, ": %s (record): %s", p.Code, p.Message)
	}
	if p.Value != "" {
		fmt.Fprintf(&b, " (value %q)", p.Value)
	}
	return b.String()
}

// rejectedKeys reads the lines a reader rejected again and hands the key
// of each (column or member col) to add, with the line's own problem.
func (im *importer) rejectedKeys(fc *fileCount, col string, add func(key string, at loc, reason string)) error {
	if fc.readerRejected == 0 {
		return nil
	}
	all := fc.unkept() > 0 // problems were not all kept: look at every line
	return im.scanKeys(fc, col, func(n int) bool { _, bad := fc.badLines[n]; return all || bad },
		func(n int, key string) { add(key, loc{fc.name, n}, fc.badLines[n]) })
}

// addBad records the cause of a record the reader rejected, preferring
// the line with a problem of its own among the rows of one record.
func addBad[K ~string](m map[K]cause, key K, at loc, reason string) {
	c, seen := m[key]
	switch {
	case !seen:
		if reason == "" {
			reason = "refused"
		}
		m[key] = cause{at: at, root: at, reason: reason}
	case c.reason == "refused" && c.root == c.at && reason != "":
		c.root, c.reason = at, reason
		m[key] = c
	}
}

func (im *importer) readAreas() error {
	for _, name := range im.o.areas {
		err := im.withFile(name, func(fc *fileCount, r io.Reader) error {
			each := func(ap *workforce.AdminArea, at loc) {
				a := *ap
				rec := areaRec{a: a, at: at, fc: fc, rows: 1}
				if fc.format == formatCSV {
					rec.rows = max(1, len(a.Population))
				}
				if i, dup := im.areaAt[a.Code]; dup {
					im.refuseArea(rec, workforce.Problem{Code: workforce.CodeDuplicate, Path: "/code", Value: string(a.Code),
						Message: fmt.Sprintf("area %s was already read at %s: an area is read once", a.Code, im.areas[i].at)})
					return
				}
				im.areaAt[a.Code] = len(im.areas)
				im.areas = append(im.areas, rec)
			}
			if fc.format == formatCSV {
				return readStream(im, fc, workforce.NewAreaCSVReader(r, im.stream), false, each)
			}
			return readStream(im, fc, workforce.NewJSONLReader[workforce.AdminArea](r, im.stream), false, each)
		})
		if err != nil {
			return err
		}
	}
	for _, name := range im.o.areas {
		err := im.rejectedKeys(im.byName[name], "code", func(key string, at loc, reason string) {
			if code := workforce.AreaCode(key); code.IsValid() {
				if _, good := im.areaAt[code]; !good {
					addBad(im.badArea, code, at, reason)
				}
			}
		})
		if err != nil {
			return err
		}
	}
	im.resolveAreas()
	return im.reportAreaRows()
}

// Walk states of resolveAreas.
const (
	_ = iota // not reached yet
	areaOnWalk
	areaGood
	areaRefused
)

// resolveAreas refuses every area whose parent is unknown, refused or on
// a cycle, and every area below a refused one, each at its own line; the
// areas left form one tree (or several under the national root the index
// adds).
func (im *importer) resolveAreas() {
	state := make([]int8, len(im.areas))
	national, hasNational := im.areaAt[workforce.AreaCode(im.country)]
	for i := range im.areas {
		var walk []int
		cur, good := i, false
		var c cause // the cause of the refusal of the parent of walk's last area
	climb:
		for {
			a := &im.areas[cur]
			switch state[cur] {
			case areaGood:
				good = true
				break climb
			case areaRefused:
				c = im.badArea[a.a.Code]
				break climb
			case areaOnWalk: // a cycle: the walk from cur on
				k := 0
				for walk[k] != cur {
					k++
				}
				var chain []string
				for _, j := range walk[k:] {
					chain = append(chain, string(im.areas[j].a.Code))
				}
				chain = append(chain, string(a.a.Code))
				for _, j := range walk[k:] {
					b := im.areas[j]
					p := workforce.Problem{Code: workforce.CodeCycle, Path: "/parent", Value: string(b.a.Parent),
						Message: "the chain of parents leads back to this area: " + strings.Join(chain, " → ")}
					im.refuseArea(b, p)
					im.badArea[b.a.Code] = ownCause(b.at, p)
					state[j] = areaRefused
				}
				walk = walk[:k]
				c = im.badArea[a.a.Code]
				break climb
			}
			state[cur] = areaOnWalk
			walk = append(walk, cur)
			parent := a.a.Parent
			var p workforce.Problem
			switch j, known := im.areaAt[parent]; {
			case parent == "" && (!hasNational || cur == national):
				state[cur] = areaGood
				walk = walk[:len(walk)-1]
				good = true
				break climb
			case parent == "":
				p = workforce.Problem{Code: workforce.CodeRequired, Path: "/parent",
					Message: fmt.Sprintf("is required: the national area %s (%s) is the top of the tree, so every other area needs a parent", im.country, im.areas[national].at)}
			case known:
				cur = j
				continue
			default:
				if pc, bad := im.badArea[parent]; bad {
					p = dependency("/parent", "its parent "+string(parent), pc)
					im.badArea[a.a.Code] = pc.via(a.at)
				} else {
					p = workforce.Problem{Code: indicators.CodeUnknownArea, Path: "/parent", Value: string(parent), Message: "no area has this code"}
				}
			}
			im.refuseArea(*a, p)
			if _, set := im.badArea[a.a.Code]; !set {
				im.badArea[a.a.Code] = ownCause(a.at, p)
			}
			state[cur] = areaRefused
			walk = walk[:len(walk)-1]
			c = im.badArea[a.a.Code]
			break climb
		}
		// Each area of the walk takes the outcome of its parent, the next.
		for k := len(walk) - 1; k >= 0; k-- {
			j := walk[k]
			a := im.areas[j]
			if good {
				state[j] = areaGood
				continue
			}
			im.refuseArea(a, dependency("/parent", "its parent "+string(a.a.Parent), c))
			c = c.via(a.at)
			im.badArea[a.a.Code] = c
			state[j] = areaRefused
		}
	}
}

// reportAreaRows reports the other rows of the refused CSV areas of
// several rows, each at its line.
func (im *importer) reportAreaRows() error {
	byFile := make(map[*fileCount]map[workforce.AreaCode]refusedArea)
	for _, a := range im.areaRows {
		if byFile[a.fc] == nil {
			byFile[a.fc] = make(map[workforce.AreaCode]refusedArea)
		}
		byFile[a.fc][a.a.Code] = a
	}
	for _, fc := range im.files {
		refused := byFile[fc]
		if refused == nil {
			continue
		}
		found := make(map[workforce.AreaCode]int)
		err := im.scanKeys(fc, "code", func(n int) bool { _, bad := fc.badLines[n]; return !bad }, func(n int, key string) {
			a, ok := refused[workforce.AreaCode(key)]
			if !ok || n <= a.at.line || found[a.a.Code] >= a.rows-1 {
				return
			}
			found[a.a.Code]++
			im.report(fc, workforce.Problem{Code: workforce.CodeBadDependency, Value: a.at.String(), File: fc.name, Line: n,
				Message: fmt.Sprintf("area %s is skipped: %s, its first row, was refused (%s)", key, a.at, reasonOf(a.p))})
		})
		if err != nil {
			return err
		}
		for code, a := range refused {
			fc.unlocated += a.rows - 1 - found[code]
		}
	}
	im.areaRows = nil
	return nil
}

func (im *importer) readEmployers() error {
	for _, name := range im.o.employers {
		err := im.withFile(name, func(fc *fileCount, r io.Reader) error {
			each := func(ep *workforce.Employer, at loc) {
				e := *ep
				if i, dup := im.employerAt[e.ID]; dup {
					im.refuse(fc, at, 1, workforce.Problem{Code: workforce.CodeDuplicate, Path: "/id", Value: string(e.ID),
						Message: fmt.Sprintf("employer %s was already read at %s: an employer is read once", e.ID, im.employers[i].at)})
					return
				}
				im.employerAt[e.ID] = len(im.employers)
				im.employers = append(im.employers, employerRec{e, at})
			}
			if fc.format == formatCSV {
				return readStream(im, fc, workforce.NewEmployerCSVReader(r, im.stream), false, each)
			}
			return readStream(im, fc, workforce.NewJSONLReader[workforce.Employer](r, im.stream), false, each)
		})
		if err != nil {
			return err
		}
	}
	for _, name := range im.o.employers {
		err := im.rejectedKeys(im.byName[name], "id", func(key string, at loc, reason string) {
			if id := workforce.ID(key); id.IsValid() {
				if _, good := im.employerAt[id]; !good {
					addBad(im.badEmployer, id, at, reason)
				}
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// index builds the counting index of the good areas and employers.
func (im *importer) index() error {
	var areas []workforce.AdminArea
	var where []areaRec
	for _, a := range im.areas {
		if _, bad := im.badArea[a.a.Code]; !bad {
			areas = append(areas, a.a)
			where = append(where, a)
		}
	}
	if len(areas) == 0 {
		return errors.New("no area could be used: nothing can be counted")
	}
	employers := make([]workforce.Employer, len(im.employers))
	for i, e := range im.employers {
		employers[i] = e.e
	}
	ix, err := indicators.NewIndex(im.country, areas, employers, im.asOf, indicators.RecordRules{PeriodStart: im.asOf.AddYears(-1)})
	if err != nil {
		// The areas and employers given were checked above: this is a
		// rule of the index the import does not know. Report where.
		p := workforce.AsProblems(err)[0]
		if i, rest, ok := cutIndex(p.Path, "/areas/"); ok && i < len(where) {
			p.Path, p.File, p.Line = rest, where[i].at.file, where[i].at.line
		} else if i, rest, ok := cutIndex(p.Path, "/employers/"); ok && i < len(im.employers) {
			p.Path, p.File, p.Line = rest, im.employers[i].at.file, im.employers[i].at.line
		}
		return fmt.Errorf("the areas and employers cannot be indexed: %s", formatProblem(p))
	}
	im.ix = ix
	if im.onCount != nil {
		for _, a := range where {
			im.onCount(a.at, a.a)
		}
		for _, e := range im.employers {
			im.onCount(e.at, e.e)
		}
	}
	return nil
}

// cutIndex splits "/areas/3/parent" into 3 and "/parent".
func cutIndex(path, prefix string) (int, string, bool) {
	rest, ok := strings.CutPrefix(path, prefix)
	if !ok {
		return 0, "", false
	}
	num, tail, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(num)
	if err != nil || i < 0 {
		return 0, "", false
	}
	if tail != "" {
		tail = "/" + tail
	}
	return i, tail, true
}

func (im *importer) readPosts() error {
	for _, name := range im.o.posts {
		err := im.withFile(name, func(fc *fileCount, r io.Reader) error {
			// Not borrowed: the index keeps the IDs of the posts it
			// refuses as they are given.
			each := func(p *workforce.Post, at loc) { im.addPost(fc, p, at) }
			if fc.format == formatCSV {
				return readStream(im, fc, workforce.NewPostCSVReader(r, im.stream), false, each)
			}
			return readStream(im, fc, workforce.NewJSONLReader[workforce.Post](r, im.stream), false, each)
		})
		if err != nil {
			return err
		}
	}
	for _, name := range im.o.posts {
		err := im.rejectedKeys(im.byName[name], "id", func(key string, at loc, reason string) {
			if id := workforce.ID(key); id.IsValid() {
				if _, known := im.badPost[id]; !known {
					addBad(im.badPost, id, at, reason)
					im.ix.Reject(id, "post "+key+" was refused at "+at.String())
				}
			}
		})
		if err != nil {
			return err
		}
	}
	im.counter = im.ix.NewCounter()
	return im.counter.AddPosts()
}

// addPost indexes a post unless it, its area or its employer was refused.
func (im *importer) addPost(fc *fileCount, p *workforce.Post, at loc) {
	var ps workforce.Problems
	var c cause
	if first, dup := im.badPost[p.ID]; dup {
		im.refuse(fc, at, 1, workforce.Problem{Code: workforce.CodeDuplicate, Path: "/id", Value: string(p.ID),
			Message: fmt.Sprintf("post %s was already read at %s (and refused): a post is read once", p.ID, first.at)})
		return
	}
	if ac, bad := im.badArea[p.Area]; bad {
		ps = append(ps, dependency("/area", "its area "+string(p.Area), ac))
		c = ac.via(at)
	}
	if ec, bad := im.badEmployer[p.EmployerID]; bad {
		ps = append(ps, dependency("/employer_id", "its employer "+string(p.EmployerID), ec))
		if len(ps) == 1 {
			c = ec.via(at)
		}
	}
	if len(ps) == 0 {
		err := im.ix.AddPost(p)
		if err == nil {
			if im.onCount != nil {
				im.onCount(at, *p)
			}
			return
		}
		ps = workforce.AsProblems(err)
		if ps.HasCode(workforce.CodeDuplicate) {
			// The first post with this ID stands.
			im.refuse(fc, at, 1, ps...)
			return
		}
		c = ownCause(at, ps[0])
	} else {
		im.ix.Reject(p.ID, "post "+string(p.ID)+" was refused at "+at.String())
	}
	im.badPost[p.ID] = c
	im.refuse(fc, at, 1, ps...)
}

func (im *importer) readWorkers() error {
	for _, name := range im.o.workers {
		if f, _ := formatOf(name); f == formatJSONL {
			err := im.withFile(name, func(fc *fileCount, r io.Reader) error {
				return readStream(im, fc, workforce.NewJSONLReader[workforce.Worker](r, im.stream), true, func(w *workforce.Worker, at loc) {
					if ps := im.countWorker(w, at); len(ps) > 0 {
						im.refuse(fc, at, 1, ps...)
					}
				})
			})
			if err != nil {
				return err
			}
			continue
		}
		if err := im.readWorkerLayout(name); err != nil {
			return err
		}
	}
	return nil
}

// countWorker counts a worker, or returns why it cannot be counted. The
// worker may be borrowed from its reader: what is kept is copied.
func (im *importer) countWorker(w *workforce.Worker, at loc) workforce.Problems {
	if first, dup := im.badWorker[w.ID]; dup {
		return workforce.Problems{{Code: workforce.CodeDuplicate, Path: "/id", Value: string(w.ID),
			Message: fmt.Sprintf("worker %s was already read at %s (and refused): a worker is read once", w.ID, first)}}
	}
	err := im.counter.AddWorker(w)
	if err == nil {
		if im.onCount != nil { // not otherwise: a Worker in an interface is a copy on the heap
			im.onCount(at, *w)
		}
		return nil
	}
	ps := workforce.AsProblems(err)
	for i, p := range ps {
		if c, bad := im.badPost[workforce.ID(p.Value)]; bad && p.Code == indicators.CodeUnknownPost {
			p = dependency(p.Path, "post "+p.Value, c)
		}
		p.Value, p.Param, p.Message = strings.Clone(p.Value), strings.Clone(p.Param), strings.Clone(p.Message)
		ps[i] = p
	}
	if !ps.HasCode(workforce.CodeDuplicate) {
		im.badWorker[workforce.ID(strings.Clone(string(w.ID)))] = at
	}
	return ps
}

// childFiles are the lists of the flat worker layout, read beside the
// workers file, in the order of workforce.WorkerCSVFiles.
var childFiles = [...]struct {
	name, list string
}{
	{workforce.EmploymentsCSVFile, "/employments"},
	{workforce.QualificationsCSVFile, "/qualifications"},
	{workforce.CredentialsCSVFile, "/credentials"},
	{workforce.CPDCSVFile, "/cpd"},
}

// refusedWorker is a worker of a CSV layout the import refused after its
// reader accepted it with its rows.
type refusedWorker struct {
	id   workforce.ID
	at   loc
	ps   workforce.Problems
	rows [len(childFiles)]int
}

// readWorkerLayout reads a workers CSV file with the lists beside it.
func (im *importer) readWorkerLayout(name string) error {
	var files workforce.WorkerCSVFiles
	inputs := [len(childFiles)]*workforce.CSVInput{&files.Employments, &files.Qualifications, &files.Credentials, &files.CPD}
	var children [len(childFiles)]*fileCount
	wfc := im.file(name, formatCSV) // first, then its lists
	dir := filepath.Dir(name)
	for i, c := range childFiles {
		path := filepath.Join(dir, c.name)
		r, err := im.open(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer r.Close()
		*inputs[i] = workforce.CSVInput{Name: path, R: r}
		children[i] = im.file(path, formatCSV)
	}
	var refused []refusedWorker
	err := im.withFile(name, func(fc *fileCount, r io.Reader) error {
		files.Workers = workforce.CSVInput{Name: name, R: r}
		return readStream(im, fc, workforce.NewWorkerCSVReader(files, im.stream), false, func(w *workforce.Worker, at loc) {
			if ps := im.countWorker(w, at); len(ps) > 0 {
				refused = append(refused, refusedWorker{id: w.ID, at: at, ps: ps,
					rows: [...]int{len(w.Employments), len(w.Qualifications), len(w.Credentials), len(w.CPD)}})
			}
		})
	})
	if err != nil {
		return err
	}
	if children[0] == nil {
		im.notes = append(im.notes, fmt.Sprintf("%s: no %s beside it: its workers hold no post, so none is counted",
			name, filepath.Join(dir, workforce.EmploymentsCSVFile)))
	}
	return im.refuseLayoutWorkers(wfc, children, refused)
}

// refuseLayoutWorkers refuses workers of a CSV layout with their rows: the
// employment row holding a bad reference with its problem, the worker's
// row naming that row, and its other rows naming the worker.
func (im *importer) refuseLayoutWorkers(wfc *fileCount, children [len(childFiles)]*fileCount, refused []refusedWorker) error {
	if len(refused) == 0 {
		return nil
	}
	byID := make(map[workforce.ID]int, len(refused))
	for k, rw := range refused {
		byID[rw.id] = k
	}
	lines := make([][len(childFiles)][]int, len(refused))
	for i, fc := range children {
		if fc == nil {
			continue
		}
		err := im.scanKeys(fc, "worker_id", func(int) bool { return true }, func(n int, key string) {
			if k, ok := byID[workforce.ID(key)]; ok {
				lines[k][i] = append(lines[k][i], n)
			}
		})
		if err != nil {
			return err
		}
	}
	for k, rw := range refused {
		// own[i][j]: the problems moved to row j of child file i.
		var own [len(childFiles)]map[int]workforce.Problems
		var onWorker workforce.Problems
		var cause loc
		for _, p := range rw.ps {
			i, j, rest := childOf(p.Path)
			if i < 0 || children[i] == nil || len(lines[k][i]) != rw.rows[i] || j >= rw.rows[i] {
				onWorker = append(onWorker, p)
				continue
			}
			if own[i] == nil {
				own[i] = make(map[int]workforce.Problems)
			}
			p.Path = rest
			own[i][j] = append(own[i][j], p)
			if cause.line == 0 {
				cause = loc{children[i].name, lines[k][i][j]}
			}
		}
		if len(onWorker) == 0 {
			onWorker = workforce.Problems{{Code: workforce.CodeBadDependency, Path: childFiles[0].list, Value: cause.String(),
				Message: cause.String() + ", a row of this worker, was refused: the worker is skipped with all its rows"}}
		}
		im.refuse(wfc, rw.at, 1, onWorker...)
		for i, fc := range children {
			if fc == nil {
				continue
			}
			for j := range rw.rows[i] {
				ps := own[i][j]
				if len(ps) == 0 {
					ps = workforce.Problems{{Code: workforce.CodeBadDependency, Path: "/worker_id", Value: rw.at.String(),
						Message: fmt.Sprintf("worker %s (%s) is skipped, so this row is too", rw.id, rw.at)}}
				}
				if len(lines[k][i]) == rw.rows[i] {
					im.refuse(fc, loc{fc.name, lines[k][i][j]}, 1, ps...)
				} else { // the rows could not be found again: count them
					fc.accepted--
					fc.rejected++
					fc.by[ps[0].Code]++
					fc.unlocated++
				}
			}
		}
	}
	return nil
}

// childOf splits "/employments/2/post_id" into the employments file, 2 and
// "/post_id"; i is -1 for a path outside the lists.
func childOf(path string) (i, j int, rest string) {
	for i, c := range childFiles {
		if j, rest, ok := cutIndex(path, c.list+"/"); ok {
			return i, j, rest
		}
	}
	return -1, 0, ""
}
