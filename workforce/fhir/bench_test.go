package fhir_test

import (
	"bytes"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"testing"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/workforce"
	"github.com/sswkit/ssw/workforce/fhir"
)

// counter counts bytes and drops them.
type counter struct{ n int64 }

func (c *counter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkWriteWorker measures the writer alone: one worker (a
// Practitioner and its employments' PractitionerRoles) per op, from
// records already in memory, to NDJSON.
func BenchmarkWriteWorker(b *testing.B) {
	syn := examples.NewSynthetic(examples.SyntheticConfig{Workers: 2000, CredentialScheme: "PH-RSW-PIC"})
	base := syn.Base()
	workers := make([]workforce.Worker, 0, syn.Len())
	for w := range syn.Workers() {
		workers = append(workers, w)
	}
	var out counter
	w, err := fhir.NewNDJSONWriter(func(fhir.ResourceType) io.Writer { return &out }, fhir.Options{AsOf: base.AsOf})
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range base.Posts {
		if err := w.WritePost(p); err != nil {
			b.Fatal(err)
		}
	}
	out.n = 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := w.WriteWorker(workers[i%len(workers)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(out.n)/float64(b.N), "bytes/worker")
}

func benchWorkers(b *testing.B) int {
	if s := os.Getenv("SSW_BENCH_WORKERS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("SSW_BENCH_WORKERS=%q", s)
		}
		return n
	}
	return 1_000_000
}

func liveHeap() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// BenchmarkExportMillion is the national export: the synthetic registry
// with 1,000,000 workers in post (SSW_BENCH_WORKERS to change it) and its
// former workers, generated record by record and streamed as NDJSON.
// One op is the whole export; run it with -benchtime 1x. It reports the
// time per worker (generation included: BenchmarkGenerateMillion measures
// that alone), the bytes written, and the live heap the stream adds above
// the registry's reference data and the writer's post index, sampled
// every 250,000 workers: flat memory shows as a growth that does not
// depend on the number of workers.
func BenchmarkExportMillion(b *testing.B) {
	syn := examples.NewSynthetic(examples.SyntheticConfig{Workers: benchWorkers(b)})
	base := syn.Base()
	var growth uint64
	var out counter
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		out.n = 0
		w, err := fhir.NewNDJSONWriter(func(fhir.ResourceType) io.Writer { return &out }, fhir.Options{AsOf: base.AsOf})
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range base.Areas {
			if err := w.WriteArea(a); err != nil {
				b.Fatal(err)
			}
		}
		for _, e := range base.Employers {
			if err := w.WriteEmployer(e); err != nil {
				b.Fatal(err)
			}
		}
		for _, p := range base.Posts {
			if err := w.WritePost(p); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		start := liveHeap()
		b.StartTimer()
		n := 0
		for wk := range syn.Workers() {
			if err := w.WriteWorker(wk); err != nil {
				b.Fatal(err)
			}
			if n++; n%250_000 == 0 {
				b.StopTimer()
				if live := liveHeap(); live > start {
					growth = max(growth, live-start)
				}
				b.StartTimer()
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(syn.Len()), "ns/worker")
	b.ReportMetric(float64(out.n)/(1<<20), "MB-written")
	b.ReportMetric(float64(growth)/(1<<20), "stream-heap-MB")
}

// BenchmarkGenerateMillion generates the workers of BenchmarkExportMillion
// without writing them, to subtract.
func BenchmarkGenerateMillion(b *testing.B) {
	syn := examples.NewSynthetic(examples.SyntheticConfig{Workers: benchWorkers(b)})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for range syn.Workers() {
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(syn.Len()), "ns/worker")
}

// BenchmarkReadNDJSON reads the NDJSON export of a 2,000-worker registry
// into a registry.
func BenchmarkReadNDJSON(b *testing.B) {
	syn := examples.NewSynthetic(examples.SyntheticConfig{Workers: 2000})
	r := syn.Registry()
	files := writeNDJSON(b, &r, fhir.Options{AsOf: r.AsOf})
	var size int64
	for _, f := range files {
		size += int64(f.Len())
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rd := fhir.NewReader(readOpts(&r))
		for _, t := range fhir.ResourceTypes() {
			if err := rd.ReadNDJSON(bytes.NewReader(files[t].Bytes()), t.FileName()); err != nil {
				b.Fatal(err)
			}
		}
		if _, ps := rd.Registry(); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}
