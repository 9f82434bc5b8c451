package workforce_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/sswkit/ssw/workforce"
)

// BenchmarkWorkerValidate validates a valid worker with 2 qualifications,
// 1 credential, 1 employment and 5 CPD records (target ≤ 5 µs, ≤ 10
// allocations).
func BenchmarkWorkerValidate(b *testing.B) {
	w := sampleWorker()
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWorkerValidateInvalid(b *testing.B) {
	w := sampleWorker()
	w.Sex = "f"
	w.CPD[0].Category = "formal"
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Validate(); err == nil {
			b.Fatal("want problems")
		}
	}
}

func BenchmarkDecodeWorker(b *testing.B) {
	data, _ := json.Marshal(sampleWorker())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var w workforce.Worker
		if err := workforce.Decode(data, &w); err != nil {
			b.Fatal(err)
		}
	}
}

// repeatReader yields the same line n times without holding the stream,
// so the benchmark measures the reader, not a giant input buffer.
type repeatReader struct {
	line []byte
	n    int
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := copy(p, r.line[r.off:])
	r.off += k
	if r.off == len(r.line) {
		r.off = 0
		r.n--
	}
	return k, nil
}

// BenchmarkJSONLDecodeValidate streams workers through the JSON Lines
// reader with validation (target ≥ 100,000 workers/s on one core).
func BenchmarkJSONLDecodeValidate(b *testing.B) {
	line, _ := json.Marshal(sampleWorker())
	line = append(line, '\n')
	const perOp = 10000
	b.SetBytes(int64(len(line) * perOp))
	b.ReportAllocs()
	for b.Loop() {
		r := workforce.NewJSONLReader[workforce.Worker](&repeatReader{line: line, n: perOp}, workforce.StreamOptions{Validate: true})
		n := 0
		for r.Next() {
			n++
		}
		if r.Err() != nil || n != perOp {
			b.Fatal(n, r.Err())
		}
	}
	b.ReportMetric(float64(perOp*b.N)/b.Elapsed().Seconds(), "workers/s")
}

func BenchmarkJSONLWrite(b *testing.B) {
	w := sampleWorker()
	out := workforce.NewJSONLWriter[workforce.Worker](io.Discard)
	b.ReportAllocs()
	for b.Loop() {
		if err := out.Write(w); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRegistryValidate(b *testing.B) {
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprintf("workers=%d", n), func(b *testing.B) {
			r := sampleRegistry()
			r.Workers = nil
			for i := range n {
				w := sampleWorker()
				w.ID = workforce.ID(fmt.Sprintf("W-%d", i))
				r.Workers = append(r.Workers, w)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := r.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := workforce.ParseDate("2024-02-29"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDateUnmarshalText(b *testing.B) {
	text := []byte("2024-02-29")
	var d workforce.CivilDate
	b.ReportAllocs()
	for b.Loop() {
		if err := d.UnmarshalText(text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCSVAreas(b *testing.B) {
	var in bytes.Buffer
	in.WriteString("code,name,level,parent,population_date,population_total,population_children,population_source,population_vintage\n")
	for i := range 1652 {
		fmt.Fprintf(&in, "KH-%06d,Commune %d,commune,KH-%04d,2019-03-03,%d,%d,NIS,2019 census final\n", i, i, i/8, 9000+i, 3000+i)
	}
	data := in.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := workforce.NewAreaCSVReader(bytes.NewReader(data), workforce.StreamOptions{Validate: true})
		n := 0
		for r.Next() {
			n++
		}
		if r.Err() != nil || n != 1652 {
			b.Fatal(n, r.Err())
		}
	}
}
