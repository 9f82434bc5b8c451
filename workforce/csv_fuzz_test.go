package workforce_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sswkit/ssw/workforce"
)

// checkProblems checks the laws every reported problem obeys: a line, a
// message, a value that is valid UTF-8, and a file when several files are
// read.
func checkProblems(t *testing.T, ps workforce.Problems, wantFile bool) {
	t.Helper()
	for _, p := range ps {
		if p.Line < 1 || p.Message == "" || !utf8.ValidString(p.Value) || !utf8.ValidString(p.Message) || (wantFile && p.File == "") {
			t.Fatalf("problem without its line, file or message, or not UTF-8: %+v", p)
		}
	}
}

// checkCounts checks that a reader that ran to a clean end accounted for
// every row: each read row accepted or rejected, the rejected ones
// skipped.
func checkCounts(t *testing.T, counts []workforce.FileCount, skipped int, err error, cont bool) {
	t.Helper()
	rejected := 0
	for _, c := range counts {
		if err == nil && c.Read != c.Accepted+c.Rejected {
			t.Fatalf("counts do not reconcile: %+v", c)
		}
		rejected += c.Rejected
		for code, n := range c.RejectedBy {
			if n < 1 || n > c.Rejected || code == "" {
				t.Fatalf("counts by code do not add up: %+v", c)
			}
		}
	}
	if cont && rejected != skipped {
		t.Fatalf("%d rows rejected, %d skipped", rejected, skipped)
	}
}

func drainTable[T workforce.AdminArea | workforce.Post | workforce.Employer](t *testing.T, r *workforce.CSVReader[T], validate func(T) error, cont bool) {
	t.Helper()
	for r.Next() {
		if err := validate(r.Record()); err != nil {
			t.Fatalf("a record that fails validation was returned: %v", err)
		}
	}
	err := r.Err()
	var ps workforce.Problems
	if errors.As(err, &ps) {
		checkProblems(t, ps, false)
	}
	checkProblems(t, r.Problems(), false)
	checkCounts(t, r.Counts(), r.Skipped(), err, cont)
}

// FuzzCSVTables: whatever the input, the area, post and employer readers
// return only valid records, locate every problem and reconcile their
// counts.
func FuzzCSVTables(f *testing.F) {
	f.Add([]byte(areaHeader+"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008\nKH,Cambodia,national,,2019-03-03,15552211,5520000,NIS,2019\n\"KH,Cambodia\",national,,,,,,\n"), true)
	f.Add([]byte(employerHeader+"E-1,\"Friends\n& Co\",ngo,\nE-2,5\" street,ngo,\nE-3,\"open,ngo,\nE-4,B\xf4\xf2,ngo,\n"), true)
	f.Add([]byte("id;name;sector\n"), false)
	f.Add([]byte("\ufeffid,cadre,level,area,employer_id,status,fte\r\nP-1,para_professional,commune,KH-1,E-1,filled,1.00\r\n,,,,,,\r\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, cont bool) {
		opts := workforce.StreamOptions{ContinueOnError: cont, Validate: true, MaxLineBytes: 256}
		drainTable(t, workforce.NewAreaCSVReader(bytes.NewReader(data), opts), workforce.AdminArea.Validate, cont)
		drainTable(t, workforce.NewPostCSVReader(bytes.NewReader(data), opts), workforce.Post.Validate, cont)
		drainTable(t, workforce.NewEmployerCSVReader(bytes.NewReader(data), opts), workforce.Employer.Validate, cont)
	})
}

// FuzzWorkerCSVReader: the fuzzer's input is split at "\x1e" into
// workers.csv and the four child files. Whatever they hold, every worker
// returned is valid and read once, every problem names its file and line,
// the counts reconcile, and every child row counted as accepted is in a
// returned worker: no worker is returned without one of its rows.
func FuzzWorkerCSVReader(f *testing.F) {
	fs := sampleWorkerFiles()
	join := func(fs workerFiles) []byte {
		return []byte(strings.Join([]string{fs.workers, fs.employments, fs.qualifications, fs.credentials, fs.cpd}, "\x1e"))
	}
	f.Add(join(fs), true)
	bad := fs
	bad.employments += "W-3,P-9,2020-01-01,,0,50,permanent,\nW-9,P-1,2020-01-01,,1,permanent,\n"
	bad.workers += "W-2,male,,,para_professional,,\n\"W-4,female\n"
	f.Add(join(bad), true)
	f.Add(join(bad), false)
	f.Fuzz(func(t *testing.T, data []byte, cont bool) {
		parts := bytes.SplitN(data, []byte("\x1e"), 5)
		var files [5][]byte
		copy(files[:], parts)
		in := func(i int) workforce.CSVInput {
			if i >= len(parts) {
				return workforce.CSVInput{}
			}
			return workforce.CSVInput{R: bytes.NewReader(files[i])}
		}
		r := workforce.NewWorkerCSVReader(workforce.WorkerCSVFiles{Workers: in(0), Employments: in(1), Qualifications: in(2), Credentials: in(3), CPD: in(4)},
			workforce.StreamOptions{ContinueOnError: cont, Validate: true, MaxLineBytes: 256})
		seen := map[workforce.ID]bool{}
		children := 0
		for r.Next() {
			w := r.Record()
			if err := w.Validate(); err != nil {
				t.Fatalf("a worker that fails validation was returned: %v", err)
			}
			if seen[w.ID] {
				t.Fatalf("worker %s returned twice", w.ID)
			}
			seen[w.ID] = true
			children += len(w.Employments) + len(w.Qualifications) + len(w.Credentials) + len(w.CPD)
		}
		err := r.Err()
		var ps workforce.Problems
		if errors.As(err, &ps) {
			checkProblems(t, ps, true)
		}
		checkProblems(t, r.Problems(), true)
		counts := r.Counts()
		checkCounts(t, counts, r.Skipped(), err, cont)
		accepted := 0
		for _, c := range counts[1:] {
			accepted += c.Accepted
		}
		if len(counts) > 0 && (counts[0].Accepted != len(seen) || accepted != children) {
			t.Fatalf("counts %+v for %d workers with %d rows", counts, len(seen), children)
		}
	})
}
