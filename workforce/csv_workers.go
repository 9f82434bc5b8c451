package workforce

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
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
// any worker, because a worker's rows may be anywhere in them. Until its
// worker is read, each child row is held as its cells' text with a few
// bytes of lengths and 24 bytes of bookkeeping, and each worker with rows
// as one small index entry: for the sample worker of the benchmarks (9
// child rows of 61 bytes on average) about 105 bytes per row, 1.7 times
// the size of the child files. A worker read takes its rows, parsed; the
// reader also keeps one entry per worker id read (to find repeats and
// orphans). Memory thus grows with the size of the child files and the
// number of workers; rows naming no worker are held to the end. For a
// national file in one pass, JSON Lines (workers with their lists,
// [JSONLReader]) needs no such memory.
type WorkerCSVReader struct {
	csvSink
	in      [workerFiles]CSVInput
	files   [workerFiles]*csvFile
	slot    [workerFiles]int // index into counts, -1 when the file is absent
	loaded  bool
	done    bool
	stores  [workerFiles]childStore
	kids    map[ID]*kidsIndex
	seen    map[ID]int // worker id → line in workers.csv
	unkeyed int        // workers.csv rows whose id could not be read
	workers csvTable[Worker]
	emp     csvTable[childRow[Employment]]
	qual    csvTable[childRow[Qualification]]
	cred    csvTable[childRow[Credential]]
	cpd     csvTable[childRow[CPDRecord]]
	rec     Worker

	// scratch for one worker's rows
	lines [workerFiles][]int
	idx   []int32
	rc    rowCells
}

// NewWorkerCSVReader returns a reader of the workers in files; see
// [WorkerCSVReader].
func NewWorkerCSVReader(files WorkerCSVFiles, opts StreamOptions) *WorkerCSVReader {
	r := &WorkerCSVReader{csvSink: csvSink{opts: opts, err: opts.Check()}, in: files.inputs(), workers: workerTable(),
		emp: employmentTable(), qual: qualificationTable(), cred: credentialTable(), cpd: cpdTable(),
		kids: make(map[ID]*kidsIndex), seen: make(map[ID]int)}
	tables := [workerFiles]struct {
		names, paths []string
		req          []bool
	}{
		{r.workers.names(), r.workers.paths(), r.workers.required()},
		{r.emp.names(), r.emp.paths(), r.emp.required()},
		{r.qual.names(), r.qual.paths(), r.qual.required()},
		{r.cred.names(), r.cred.paths(), r.cred.required()},
		{r.cpd.names(), r.cpd.paths(), r.cpd.required()},
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
		if !r.header(fileWorkers) {
			return false
		}
		for i := fileEmployments; i < workerFiles; i++ {
			if !r.load(i) {
				return false
			}
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

// kidsIndex locates one worker's child rows in the stores: per child file
// the last row (each row links to the one before) and the number of rows,
// and the first row of the worker that was bad on its own.
type kidsIndex struct {
	last    [workerFiles]int32
	n       [workerFiles]int32
	badFile int
	badLine int
}

type rowRef struct{ file, line int }

func (r *WorkerCSVReader) kidsOf(id ID) *kidsIndex {
	k := r.kids[id]
	if k == nil {
		k = &kidsIndex{}
		r.kids[ID(strings.Clone(string(id)))] = k
	}
	return k
}

// childStore holds the rows of one child file until their worker is read:
// each row's cells, length-prefixed, in chunks of bytes, with its line and
// the worker's row before it.
type childStore struct {
	pos    []int // the file's columns: table column → position
	chunks [][]byte
	rows   []storedRow
}

type storedRow struct {
	line       int
	chunk, off uint32
	prev       int32 // the same worker's previous row in the file, -1 for none
}

// childChunk is the size of the chunks of a child store: large enough to
// make their overhead small, small enough not to waste much at the end.
const childChunk = 256 << 10

// add stores a row's cells (their text one after the other, and where
// each ends) and returns the row's index.
func (s *childStore) add(text []byte, ends []int, line int, prev int32) int32 {
	size := binary.MaxVarintLen64*(len(ends)+1) + len(text)
	c := len(s.chunks) - 1
	if c < 0 || cap(s.chunks[c])-len(s.chunks[c]) < size {
		s.chunks = append(s.chunks, make([]byte, 0, max(childChunk, size)))
		c++
	}
	b := s.chunks[c]
	off := len(b)
	b = binary.AppendUvarint(b, uint64(len(ends)))
	start := 0
	for _, end := range ends {
		b = binary.AppendUvarint(b, uint64(end-start))
		start = end
	}
	b = append(b, text...)
	s.chunks[c] = b
	s.rows = append(s.rows, storedRow{line: line, chunk: uint32(c), off: uint32(off), prev: prev})
	return int32(len(s.rows) - 1)
}

// cells decodes row i into rc, its text a new string.
func (s *childStore) cells(i int32, rc *rowCells) {
	row := s.rows[i]
	b := s.chunks[row.chunk][row.off:]
	n, k := binary.Uvarint(b)
	b = b[k:]
	rc.ends = rc.ends[:0]
	end := 0
	for range n {
		l, k := binary.Uvarint(b)
		b = b[k:]
		end += int(l)
		rc.ends = append(rc.ends, end)
	}
	rc.text = string(b[:end])
	rc.valid = utf8.ValidString(rc.text)
	rc.pos = s.pos
}

// load reads child file i to its end, indexing its rows by worker. Only
// the worker_id cell is read here; the other cells are read when the
// worker comes.
func (r *WorkerCSVReader) load(i int) bool {
	f := r.files[i]
	if f == nil {
		return true
	}
	if !r.header(i) {
		return false
	}
	slot := r.slot[i]
	store := &r.stores[i]
	store.pos = f.cur.pos
	f.bytesOnly = true // rows are stored as bytes: no string per row here
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
		if st == rowBad {
			if id := validID(f.key(0)); id != "" {
				if k := r.kidsOf(id); k.badFile == 0 {
					k.badFile, k.badLine = i, f.line
				}
			}
			if !r.reject(badRow{slot, f.line, f.bad}) {
				return false
			}
			continue
		}
		id := f.cellBytes(0)
		if len(id) == 0 || (!f.cur.valid && !utf8.Valid(id)) {
			p := Problem{Code: CodeRequired, Path: "/worker_id", Message: "is required: it names the worker the row belongs to"}
			if len(id) > 0 {
				p = notUTF8Problem(string(id), "/worker_id")
			}
			if !r.reject(badRow{slot, f.line, Problems{p}}) {
				return false
			}
			continue
		}
		k := r.kids[ID(id)]
		if k == nil {
			k = r.kidsOf(ID(id))
		}
		if k.n[i] == 0 {
			k.last[i] = -1
		}
		k.last[i] = store.add(f.buf, f.cur.ends, f.line, k.last[i])
		k.n[i]++
	}
}

// children reads the rows of one worker held in child file i into its
// list (nil when there are none), appending their lines to r.lines[i] and
// their problems to own.
func children[C any](r *WorkerCSVReader, i int, k *kidsIndex, t csvTable[childRow[C]], own *map[rowRef]Problems) []C {
	r.lines[i] = r.lines[i][:0]
	if k == nil || k.n[i] == 0 {
		return nil
	}
	store := &r.stores[i]
	r.idx = r.idx[:0]
	for at := k.last[i]; at >= 0; at = store.rows[at].prev {
		r.idx = append(r.idx, at)
	}
	out := make([]C, len(r.idx))
	var row childRow[C] // one for all: it escapes to the column readers
	for j := range r.idx {
		at := r.idx[len(r.idx)-1-j]
		store.cells(at, &r.rc)
		row = childRow[C]{}
		line := store.rows[at].line
		r.lines[i] = append(r.lines[i], line)
		if ps := t.readRow(&r.rc, &row, nil); len(ps) > 0 {
			if *own == nil {
				*own = make(map[rowRef]Problems)
			}
			(*own)[rowRef{i, line}] = ps
		}
		out[j] = row.rec
	}
	return out
}

// attach gives the worker its rows and returns the problems of the rows
// that cannot be read (nil when there are none).
func (r *WorkerCSVReader) attach(w *Worker, k *kidsIndex) (own map[rowRef]Problems) {
	w.Employments = children(r, fileEmployments, k, r.emp, &own)
	w.Qualifications = children(r, fileQualifications, k, r.qual, &own)
	w.Credentials = children(r, fileCredentials, k, r.cred, &own)
	w.CPD = children(r, fileCPD, k, r.cpd, &own)
	return own
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
			if k := r.kids[id]; k != nil {
				delete(r.kids, id)
				var w Worker
				own := r.attach(&w, k)
				rows = append(rows, r.dependents(id, own, line)...)
			}
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
	var k *kidsIndex
	if w.ID == "" {
		r.unkeyed++
	} else {
		r.seen[ID(strings.Clone(string(w.ID)))] = line
		k = r.kids[w.ID]
		delete(r.kids, w.ID)
	}
	own := r.attach(w, k)
	bad := k != nil && k.badFile != 0
	if len(ps) == 0 && len(own) == 0 && !bad && r.opts.Validate {
		for _, p := range AsProblems(validateRecord(w)) {
			i, idx, rest := childOf(p.Path)
			if i > 0 && idx < len(r.lines[i]) {
				p.Path = rest
				ref := rowRef{i, r.lines[i][idx]}
				if own == nil {
					own = make(map[rowRef]Problems)
				}
				own[ref] = append(own[ref], p)
				continue
			}
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 && len(own) == 0 && !bad {
		r.line = line
		r.counts[slot].Accepted++
		for i := fileEmployments; i < workerFiles; i++ {
			if n := len(r.lines[i]); n > 0 {
				r.counts[r.slot[i]].Accepted += n
			}
		}
		return true, true
	}
	// The worker is skipped with all its rows.
	if len(ps) == 0 {
		cause := rowRef{}
		if bad {
			cause = rowRef{k.badFile, k.badLine}
		} else {
			for ref := range own {
				if cause.file == 0 || ref.file < cause.file || (ref.file == cause.file && ref.line < cause.line) {
					cause = ref
				}
			}
		}
		where := r.in[cause.file].Name + ":" + strconv.Itoa(cause.line)
		ps = Problems{{Code: CodeBadDependency, Path: childList(cause.file), Value: where,
			Message: fmt.Sprintf("%s, a row of this worker, is bad: the worker is skipped with all its rows", where)}}
	}
	ps.Sort()
	rows := []badRow{{slot, line, ps}}
	rows = append(rows, r.dependents(w.ID, own, line)...)
	return false, r.reject(rows...)
}

// dependents returns the child rows of a skipped worker read at line of
// workers.csv (their lines in r.lines): the rows with problems of their
// own (own) and the others with code bad_dependency.
func (r *WorkerCSVReader) dependents(id ID, own map[rowRef]Problems, line int) []badRow {
	var rows []badRow
	for i := fileEmployments; i < workerFiles; i++ {
		for _, l := range r.lines[i] {
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
// in file and line order, each with its own problems too.
func (r *WorkerCSVReader) orphans() {
	var rows []badRow
	for id, k := range r.kids {
		msg := "no worker in " + r.in[fileWorkers].Name + " has this id"
		if r.unkeyed > 0 {
			msg += fmt.Sprintf(" (%d of its rows could not be read: the worker may be among them)", r.unkeyed)
		}
		var w Worker
		own := r.attach(&w, k)
		for i := fileEmployments; i < workerFiles; i++ {
			for _, l := range r.lines[i] {
				ps := append(Problems{{Code: CodeDanglingReference, Path: "/worker_id", Value: clipValue(string(id)), Message: msg}}, own[rowRef{i, l}]...)
				ps.Sort()
				rows = append(rows, badRow{r.slot[i], l, ps})
			}
		}
	}
	r.kids, r.stores = nil, [workerFiles]childStore{}
	slices.SortFunc(rows, func(a, b badRow) int { return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line)) })
	for _, row := range rows {
		if !r.reject(row) {
			return
		}
	}
}
