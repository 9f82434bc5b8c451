package workforce

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// The usual names of the files of the flat worker layout (see
// [NewWorkerCSVReader]). Problems name a file by the name the caller gave
// in [CSVInput], or by these when it gave none.
const (
	WorkersCSVFile        = "workers.csv"
	EmploymentsCSVFile    = "employments.csv"
	QualificationsCSVFile = "qualifications.csv"
	CredentialsCSVFile    = "credentials.csv"
	CPDCSVFile            = "cpd.csv"
)

// CSVInput is one file handed to a reader of several files: its name, used
// in problems and counts, and its content.
type CSVInput struct {
	// Name names the file in problems ("2025/employments.csv"); empty
	// means the layout's usual name.
	Name string
	// R is the file's content; nil means the file is absent (there are
	// no rows of its kind).
	R io.Reader
}

// WorkerCSVFiles are the files of the flat worker layout. Workers is
// required; each other file may be absent.
type WorkerCSVFiles struct {
	Workers        CSVInput // workers.csv: one row per worker, [WorkerCSVColumns]
	Employments    CSVInput // employments.csv: [EmploymentCSVColumns]
	Qualifications CSVInput // qualifications.csv: [QualificationCSVColumns]
	Credentials    CSVInput // credentials.csv: [CredentialCSVColumns]
	CPD            CSVInput // cpd.csv: [CPDCSVColumns]
}

// The files of the worker layout, in the order of WorkerCSVFiles.
const (
	fileWorkers = iota
	fileEmployments
	fileQualifications
	fileCredentials
	fileCPD
	workerFiles
)

func (fs WorkerCSVFiles) inputs() [workerFiles]CSVInput {
	in := [workerFiles]CSVInput{fs.Workers, fs.Employments, fs.Qualifications, fs.Credentials, fs.CPD}
	names := [workerFiles]string{WorkersCSVFile, EmploymentsCSVFile, QualificationsCSVFile, CredentialsCSVFile, CPDCSVFile}
	for i := range in {
		if in[i].Name == "" {
			in[i].Name = names[i]
		}
	}
	return in
}

// childList returns the path of the worker's list held by child file i.
func childList(i int) string {
	switch i {
	case fileEmployments:
		return "/employments"
	case fileQualifications:
		return "/qualifications"
	case fileCredentials:
		return "/credentials"
	case fileCPD:
		return "/cpd"
	}
	return ""
}

// workerKids holds the child rows of one worker until the worker is read.
type workerKids struct {
	emp   []Employment
	qual  []Qualification
	cred  []Credential
	cpd   []CPDRecord
	lines [workerFiles][]int // line of each row kept, by file
	bad   []rowRef           // rows that were bad on their own (already rejected)
}

type rowRef struct{ file, line int }

// WorkerCSVReader reads workers from the flat worker layout: workers.csv
// with one row per worker, and one child file per list of the worker —
// employments.csv, qualifications.csv, credentials.csv and cpd.csv — with
// one row per item and a worker_id column naming the worker it belongs to.
// Child rows may come in any order; a worker's items keep the order of
// their rows. Every file follows the rules of [CSVReader] (header, quotes,
// UTF-8, record limit). A WorkerCSVReader is not safe for concurrent use.
//
//	rd := workforce.NewWorkerCSVReader(workforce.WorkerCSVFiles{
//		Workers:     workforce.CSVInput{R: workersFile},
//		Employments: workforce.CSVInput{R: employmentsFile},
//	}, workforce.StreamOptions{Validate: true, ContinueOnError: true})
//	for rd.Next() {
//		w := rd.Record()
//		…
//	}
//	if err := rd.Err(); err != nil { … }
//	for _, c := range rd.Counts() { … } // per file: read, accepted, rejected
//
// # What is reported
//
// Every problem names its file (Problem.File) and line. Paths in
// workers.csv point into the worker; paths in a child file point into the
// row's own record (/start, /fte, /topics/0), with /worker_id for the key.
//
//   - A bad child row (a quote fault, a cell its column rejects, a rule
//     that validation finds in it) makes its worker bad: the row is
//     reported with its own problems, the worker is skipped and reported at
//     its workers.csv line with code bad_dependency naming the row
//     ("employments.csv:7"), and the worker's other rows are skipped with
//     code bad_dependency naming the worker. A worker is never returned
//     without one of its rows. The worker of a row whose cells cannot be
//     read is told from its worker_id cell when that cell lies before the
//     fault (always so when worker_id is the first column, as in the
//     templates); a row too long to read, or whose worker_id cell is
//     unreadable, is reported on its own.
//   - A bad workers.csv row skips the worker's child rows (bad_dependency).
//   - A worker id read twice in workers.csv is a problem (code duplicate)
//     at the later row, which is skipped; the child rows belong to the
//     first.
//   - A child row naming a worker that workers.csv does not hold is
//     reported at its file and line (code dangling_reference, path
//     /worker_id) once workers.csv has been read to its end.
//   - With Validate, each worker is validated with its lists; a problem
//     under /employments/k (and so on) is reported at the line of that
//     child row, other problems at the worker's line.
//
// Without ContinueOnError the first bad row stops the reader; its
// problems (and those of the rows it belongs with) become Err.
//
// # Memory
//
// The child files are read to their end on the first call to Next, before
// any worker, because a worker's rows may be anywhere in them. The reader
// holds every child row, parsed, grouped by worker id, until its worker
// is read (the worker then owns them), and one entry per worker id read
// in workers.csv (to find repeats and orphans): memory grows with the
// number of child rows and of workers, not with anything else. Rows
// naming no worker are held to the end.
type WorkerCSVReader struct {
	csvSink
	in      [workerFiles]CSVInput
	files   [workerFiles]*csvFile
	slot    [workerFiles]int // index into counts, -1 when the file is absent
	loaded  bool
	done    bool
	kids    map[ID]*workerKids
	seen    map[ID]int // worker id → line in workers.csv
	unkeyed int        // bad workers.csv rows whose id could not be read
	workers csvTable[Worker]
	rec     Worker
}

// NewWorkerCSVReader returns a reader of the workers in files; see
// [WorkerCSVReader].
func NewWorkerCSVReader(files WorkerCSVFiles, opts StreamOptions) *WorkerCSVReader {
	r := &WorkerCSVReader{csvSink: csvSink{opts: opts}, in: files.inputs(), workers: workerTable(),
		kids: make(map[ID]*workerKids), seen: make(map[ID]int)}
	tables := [workerFiles]struct {
		names, paths []string
		req          []bool
	}{
		{r.workers.names(), r.workers.paths(), r.workers.required()},
		{employmentTable().names(), employmentTable().paths(), employmentTable().required()},
		{qualificationTable().names(), qualificationTable().paths(), qualificationTable().required()},
		{credentialTable().names(), credentialTable().paths(), credentialTable().required()},
		{cpdTable().names(), cpdTable().paths(), cpdTable().required()},
	}
	for i, in := range r.in {
		r.slot[i] = -1
		if in.R == nil {
			continue
		}
		r.slot[i] = len(r.counts)
		r.counts = append(r.counts, FileCount{File: in.Name})
		r.files[i] = newCSVFile(in.R, opts, tables[i].names, tables[i].req, tables[i].paths)
	}
	return r
}

// Record returns the current worker, with its lists.
func (r *WorkerCSVReader) Record() Worker { return r.rec }

// Next advances to the next worker and reports whether there is one.
// After false, Err tells why.
func (r *WorkerCSVReader) Next() bool {
	if r.err != nil || r.done {
		return false
	}
	if !r.loaded {
		r.loaded = true
		if r.files[fileWorkers] == nil {
			r.err = errors.New("workforce: the worker CSV reader needs workers.csv (WorkerCSVFiles.Workers.R is nil)")
			return false
		}
		if !r.header(fileWorkers) ||
			!loadChild(r, fileEmployments, employmentTable(), func(k *workerKids, e Employment) { k.emp = append(k.emp, e) }) ||
			!loadChild(r, fileQualifications, qualificationTable(), func(k *workerKids, q Qualification) { k.qual = append(k.qual, q) }) ||
			!loadChild(r, fileCredentials, credentialTable(), func(k *workerKids, c Credential) { k.cred = append(k.cred, c) }) ||
			!loadChild(r, fileCPD, cpdTable(), func(k *workerKids, c CPDRecord) { k.cpd = append(k.cpd, c) }) {
			return false
		}
	}
	for {
		if ok, more := r.nextWorker(); ok || !more {
			return ok
		}
	}
}

// header reads the header of file i; a bad header stops the reader.
func (r *WorkerCSVReader) header(i int) bool {
	f := r.files[i]
	if f.readHeader() {
		return true
	}
	var ps Problems
	if errors.As(f.err, &ps) {
		r.err = ps.InFile(r.in[i].Name)
	} else {
		r.err = fmt.Errorf("%s: %w", r.in[i].Name, f.err)
	}
	return false
}

func (r *WorkerCSVReader) kidsOf(id ID) *workerKids {
	k := r.kids[id]
	if k == nil {
		k = &workerKids{}
		r.kids[id] = k
	}
	return k
}

// loadChild reads child file i to its end, grouping its rows by worker.
func loadChild[C any](r *WorkerCSVReader, i int, t csvTable[childRow[C]], add func(*workerKids, C)) bool {
	f := r.files[i]
	if f == nil {
		return true
	}
	if !r.header(i) {
		return false
	}
	slot := r.slot[i]
	var row childRow[C] // one for the whole file: it escapes to the column readers
	for {
		st := f.next()
		switch st {
		case rowEOF:
			r.files[i] = nil // release the line buffer
			return true
		case rowFailed:
			r.err = fmt.Errorf("%s: %w", r.in[i].Name, f.err)
			return false
		}
		r.counts[slot].Read++
		row = childRow[C]{}
		var ps Problems
		if st == rowBad {
			ps = f.bad
			row.worker = validID(f.key(0))
		} else {
			ps = t.readRow(&f.cur, &row, nil)
			if f.cur.get(0) == "" && len(ps.At("/worker_id")) == 0 {
				ps = append(ps, Problem{Code: CodeRequired, Path: "/worker_id", Message: "is required: it names the worker the row belongs to"})
			}
		}
		if len(ps) > 0 {
			if row.worker != "" {
				k := r.kidsOf(row.worker)
				k.bad = append(k.bad, rowRef{i, f.line})
			}
			ps.Sort()
			if !r.reject(badRow{slot, f.line, ps}) {
				return false
			}
			continue
		}
		k := r.kidsOf(row.worker)
		add(k, row.rec)
		k.lines[i] = append(k.lines[i], f.line)
	}
}

// nextWorker reads one workers.csv row: ok when it is a worker to return,
// more when reading goes on.
func (r *WorkerCSVReader) nextWorker() (ok, more bool) {
	f := r.files[fileWorkers]
	slot := r.slot[fileWorkers]
	st := f.next()
	switch st {
	case rowEOF:
		r.done = true
		r.orphans()
		return false, false
	case rowFailed:
		r.err = fmt.Errorf("%s: %w", r.in[fileWorkers].Name, f.err)
		return false, false
	}
	r.counts[slot].Read++
	line := f.line
	if st == rowBad {
		id := validID(f.key(0))
		if id == "" {
			r.unkeyed++
			return false, r.reject(badRow{slot, line, f.bad})
		}
		rows := []badRow{{slot, line, f.bad}}
		if _, dup := r.seen[id]; !dup {
			r.seen[ID(strings.Clone(string(id)))] = line
			rows = append(rows, r.dependents(id, r.kids[id], nil, line)...)
			delete(r.kids, id)
		}
		return false, r.reject(rows...)
	}
	// Read into the reader's own record: no allocation per row.
	r.rec = Worker{}
	w := &r.rec
	ps := r.workers.readRow(&f.cur, w, nil)
	if first, dup := r.seen[w.ID]; dup && w.ID != "" {
		ps = append(ps, Problem{Code: CodeDuplicate, Path: "/id", Value: string(w.ID), Param: strconv.Itoa(first),
			Message: fmt.Sprintf("worker %s was already read at %s:%d; this row and its id are skipped", w.ID, r.in[fileWorkers].Name, first)})
		ps.Sort()
		return false, r.reject(badRow{slot, line, ps})
	}
	var k *workerKids
	if w.ID == "" {
		r.unkeyed++
	} else {
		r.seen[ID(strings.Clone(string(w.ID)))] = line
		k = r.kids[w.ID]
		delete(r.kids, w.ID)
	}
	if k != nil {
		w.Employments, w.Qualifications, w.Credentials, w.CPD = k.emp, k.qual, k.cred, k.cpd
	}
	var own map[rowRef]Problems // problems of child rows found by validation
	if len(ps) == 0 && (k == nil || len(k.bad) == 0) && r.opts.Validate {
		for _, p := range AsProblems(w.Validate()) {
			i, idx, rest := childOf(p.Path)
			if k != nil && i > 0 && idx < len(k.lines[i]) {
				p.Path = rest
				ref := rowRef{i, k.lines[i][idx]}
				if own == nil {
					own = make(map[rowRef]Problems)
				}
				own[ref] = append(own[ref], p)
				continue
			}
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 && len(own) == 0 && (k == nil || len(k.bad) == 0) {
		r.line = line
		r.counts[slot].Accepted++
		if k != nil {
			for i := fileEmployments; i < workerFiles; i++ {
				if n := len(k.lines[i]); n > 0 {
					r.counts[r.slot[i]].Accepted += n
				}
			}
		}
		return true, true
	}
	// The worker is skipped with all its rows.
	var cause *rowRef
	if k != nil && len(k.bad) > 0 {
		cause = &k.bad[0]
	} else if len(own) > 0 {
		refs := make([]rowRef, 0, len(own))
		for ref := range own {
			refs = append(refs, ref)
		}
		slices.SortFunc(refs, func(a, b rowRef) int { return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line)) })
		cause = &refs[0]
	}
	if len(ps) == 0 {
		where := r.in[cause.file].Name + ":" + strconv.Itoa(cause.line)
		ps = Problems{{Code: CodeBadDependency, Path: childList(cause.file), Value: where,
			Message: fmt.Sprintf("%s, a row of this worker, is bad: the worker is skipped with all its rows", where)}}
	}
	ps.Sort()
	rows := []badRow{{slot, line, ps}}
	rows = append(rows, r.dependents(w.ID, k, own, line)...)
	return false, r.reject(rows...)
}

// dependents returns the child rows of a skipped worker, read at line of
// workers.csv: the rows with problems of their own (own) and the others
// with code bad_dependency.
func (r *WorkerCSVReader) dependents(id ID, k *workerKids, own map[rowRef]Problems, line int) []badRow {
	if k == nil {
		return nil
	}
	var rows []badRow
	for i := fileEmployments; i < workerFiles; i++ {
		for _, l := range k.lines[i] {
			ps := own[rowRef{i, l}]
			if len(ps) == 0 {
				where := r.in[fileWorkers].Name + ":" + strconv.Itoa(line)
				ps = Problems{{Code: CodeBadDependency, Path: "/worker_id", Value: where,
					Message: fmt.Sprintf("worker %s (%s) is skipped, so this row is too", id, where)}}
			}
			ps.Sort()
			rows = append(rows, badRow{r.slot[i], l, ps})
		}
	}
	return rows
}

// validID returns the key cell of a bad row when it is a valid id, and ""
// otherwise.
func validID(s string) ID {
	if id := ID(s); id.IsValid() {
		return id
	}
	return ""
}

// childOf splits a worker path under a child list: "/employments/2/fte"
// gives the employments file, 2 and "/fte". i is 0 for other paths.
func childOf(path string) (i, idx int, rest string) {
	for f := fileEmployments; f < workerFiles; f++ {
		tail, ok := strings.CutPrefix(path, childList(f)+"/")
		if !ok {
			continue
		}
		num, rest, _ := strings.Cut(tail, "/")
		n, err := strconv.Atoi(num)
		if err != nil || n < 0 {
			return 0, 0, ""
		}
		if rest != "" {
			rest = "/" + rest
		}
		return f, n, rest
	}
	return 0, 0, ""
}

// orphans rejects the child rows whose worker workers.csv does not hold,
// in file and line order.
func (r *WorkerCSVReader) orphans() {
	var rows []badRow
	for id, k := range r.kids {
		msg := "no worker in " + r.in[fileWorkers].Name + " has this id"
		if _, ok := r.seen[id]; ok {
			continue // cannot happen: a worker takes its rows
		}
		if r.unkeyed > 0 {
			msg += fmt.Sprintf(" (%d of its rows could not be read: the worker may be among them)", r.unkeyed)
		}
		for i := fileEmployments; i < workerFiles; i++ {
			for _, l := range k.lines[i] {
				rows = append(rows, badRow{r.slot[i], l, Problems{{Code: CodeDangling, Path: "/worker_id", Value: clipValue(string(id)), Message: msg}}})
			}
		}
	}
	r.kids = nil
	slices.SortFunc(rows, func(a, b badRow) int { return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line)) })
	for _, row := range rows {
		if !r.reject(row) {
			return
		}
	}
}
