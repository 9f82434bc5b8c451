package workforce_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/sswkit/ssw/workforce"
)

// postRows is a post table of n rows.
func postRows(n int) []byte {
	var b bytes.Buffer
	w := workforce.NewPostCSVWriter(&b)
	for i := range n {
		_ = w.Write(workforce.Post{ID: workforce.ID(fmt.Sprintf("P-%d", i)), Title: "Commune social worker, grade 2", Cadre: workforce.CadreParaProfessional,
			Level: workforce.LevelCommune, Area: workforce.AreaCode(fmt.Sprintf("KH-%06d", i%1652)), EmployerID: "MOSVY",
			Status: workforce.PostFilled, FTE: workforce.FullTime()})
	}
	return b.Bytes()
}

// benchRows reads data with a fresh reader per iteration and reports rows
// per second next to MB/s and allocations.
func benchRows(b *testing.B, data []byte, rows int, read func(io.Reader) int) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if n := read(bytes.NewReader(data)); n != rows {
			b.Fatalf("read %d rows, want %d", n, rows)
		}
	}
	b.ReportMetric(float64(rows*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkCSVPosts reads a 10,000-row post table with validation.
func BenchmarkCSVPosts(b *testing.B) {
	const n = 10000
	benchRows(b, postRows(n), n, func(r io.Reader) int {
		rd := workforce.NewPostCSVReader(r, workforce.StreamOptions{Validate: true})
		k := 0
		for rd.Next() {
			k++
		}
		if rd.Err() != nil {
			b.Fatal(rd.Err())
		}
		return k
	})
}

// BenchmarkCSVUnclosedQuote reads 600,000 employer rows whose second line
// opens a quote that is never closed (the input of issue 10, where
// reading was quadratic), beside the same rows without the quote. Both
// read every row but the bad one.
func BenchmarkCSVUnclosedQuote(b *testing.B) {
	const n = 600000
	for _, tc := range []struct {
		name  string
		first string
		rows  int
	}{{"clean", "E-0,Employer 0,ngo,\n", n + 1}, {"unclosed", "E-0,\"Employer 0,ngo,\n", n}} {
		b.Run(tc.name, func(b *testing.B) {
			var in bytes.Buffer
			in.WriteString(employerHeader + tc.first)
			for i := 1; i <= n; i++ {
				fmt.Fprintf(&in, "E-%d,Employer %d,ngo,\n", i, i)
			}
			benchRows(b, in.Bytes(), tc.rows, func(r io.Reader) int {
				rd := workforce.NewEmployerCSVReader(r, workforce.StreamOptions{ContinueOnError: true})
				k := 0
				for rd.Next() {
					k++
				}
				return k
			})
		})
	}
}

// workerLayout writes n copies of the sample worker (2 qualifications, 1
// credential, 1 employment, 5 CPD records) in the flat worker layout.
func workerLayout(n int) [5][]byte {
	var b [5]bytes.Buffer
	w := workforce.NewWorkerCSVWriter(workforce.WorkerCSVWriters{Workers: &b[0], Employments: &b[1], Qualifications: &b[2], Credentials: &b[3], CPD: &b[4]})
	wk := sampleWorker()
	for i := range n {
		wk.ID = workforce.ID(fmt.Sprintf("W-%d", i))
		_ = w.Write(wk)
	}
	return [5][]byte{b[0].Bytes(), b[1].Bytes(), b[2].Bytes(), b[3].Bytes(), b[4].Bytes()}
}

// BenchmarkCSVWorkers reads 10,000 workers with 9 child rows each from
// the five files of the worker layout, with validation; rows/s counts
// every row of every file.
func BenchmarkCSVWorkers(b *testing.B) {
	const n = 10000
	files := workerLayout(n)
	size, rows := 0, 0
	for _, f := range files {
		size += len(f)
		rows += bytes.Count(f, []byte("\n")) - 1
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		r := workerReaderOf(files, workforce.StreamOptions{Validate: true})
		k := 0
		for r.Next() {
			k++
		}
		if r.Err() != nil || k != n {
			b.Fatal(k, r.Err())
		}
	}
	b.ReportMetric(float64(rows*b.N)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "workers/s")
}

// BenchmarkCSVWorkersWrite writes the sample worker in the flat layout.
func BenchmarkCSVWorkersWrite(b *testing.B) {
	w := workforce.NewWorkerCSVWriter(workforce.WorkerCSVWriters{Workers: io.Discard, Employments: io.Discard, Qualifications: io.Discard, Credentials: io.Discard, CPD: io.Discard})
	wk := sampleWorker()
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(wk); err != nil {
			b.Fatal(err)
		}
	}
}
