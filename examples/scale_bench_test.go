package examples_test

// Benchmarks at national scale on the synthetic registry. They run only
// with -bench; each op processes the whole registry:
//
//	go test ./examples -run '^$' -bench Scale -benchtime 1x
//
// SSW_BENCH_WORKERS sets the number of workers (default 1,000,000).

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

func scaleWorkers(b *testing.B) int {
	if s := os.Getenv("SSW_BENCH_WORKERS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("SSW_BENCH_WORKERS=%q", s)
		}
		return n
	}
	return 1_000_000
}

var (
	scaleOnce sync.Once
	scaleSyn  *examples.Synthetic
)

func synthetic(b *testing.B) *examples.Synthetic {
	scaleOnce.Do(func() { scaleSyn = examples.NewSynthetic(examples.SyntheticConfig{Seed: 1, Workers: scaleWorkers(b)}) })
	return scaleSyn
}

// heapWatch measures, every 250,000 records, the live heap after a full
// garbage collection (outside the timing): its growth above the live heap
// before the stream — the registry's reference data and the generator —
// shows that memory stays flat in the length of the stream.
type heapWatch struct{ base, max uint64 }

func liveHeap() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func (h *heapWatch) start() { h.base = liveHeap() }

// tick counts one record and samples every 250,000.
func (h *heapWatch) tick(b *testing.B, n int) {
	if n%250_000 != 0 {
		return
	}
	b.StopTimer()
	if live := liveHeap(); live > h.base {
		h.max = max(h.max, live-h.base)
	}
	b.StartTimer()
}

func (h *heapWatch) report(b *testing.B) {
	b.ReportMetric(float64(h.max)/(1<<20), "stream-heap-MB")
}

// writeJSONL writes every worker record of s to path.
func writeJSONL(b *testing.B, s *examples.Synthetic, path string) int64 {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := workforce.NewJSONLWriter[workforce.Worker](bw)
	for wk := range s.Workers() {
		if err := w.Write(wk); err != nil {
			b.Fatal(err)
		}
	}
	if err := bw.Flush(); err != nil {
		b.Fatal(err)
	}
	st, _ := f.Stat()
	f.Close()
	return st.Size()
}

// BenchmarkScaleGenerate measures the synthetic generator alone, so it
// can be subtracted from the encoding benchmark.
func BenchmarkScaleGenerate(b *testing.B) {
	s := synthetic(b)
	for b.Loop() {
		n := 0
		for range s.Workers() {
			n++
		}
	}
	b.ReportMetric(float64(s.Len()*b.N)/b.Elapsed().Seconds(), "workers/s")
}

// BenchmarkScaleJSONLEncode generates and encodes every worker as JSON
// Lines.
func BenchmarkScaleJSONLEncode(b *testing.B) {
	s := synthetic(b)
	var hw heapWatch
	hw.start()
	for b.Loop() {
		w := workforce.NewJSONLWriter[workforce.Worker](bufio.NewWriterSize(io.Discard, 1<<20))
		i := 0
		for wk := range s.Workers() {
			if err := w.Write(wk); err != nil {
				b.Fatal(err)
			}
			i++
			hw.tick(b, i)
		}
	}
	b.ReportMetric(float64(s.Len()*b.N)/b.Elapsed().Seconds(), "workers/s")
	hw.report(b)
}

// BenchmarkScaleJSONLDecodeValidate reads a JSON Lines file of every
// worker, decoding strictly and validating each record; the live heap
// stays flat however long the file.
func BenchmarkScaleJSONLDecodeValidate(b *testing.B) {
	s := synthetic(b)
	path := filepath.Join(b.TempDir(), "workers.jsonl")
	size := writeJSONL(b, s, path)
	var hw heapWatch
	hw.start()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		r := workforce.NewJSONLReader[workforce.Worker](f, workforce.StreamOptions{Validate: true})
		n := 0
		for r.Next() {
			n++
			hw.tick(b, n)
		}
		f.Close()
		if r.Err() != nil || n != s.Len() {
			b.Fatal(n, r.Err())
		}
	}
	b.ReportMetric(float64(s.Len()*b.N)/b.Elapsed().Seconds(), "workers/s")
	hw.report(b)
}

// BenchmarkScaleJSONLDecodeValidateParallel reads the same file with
// workforce.ReadJSONLParallel on every core: decoding and validation in
// parallel, records handed back in line order.
func BenchmarkScaleJSONLDecodeValidateParallel(b *testing.B) {
	s := synthetic(b)
	path := filepath.Join(b.TempDir(), "workers.jsonl")
	size := writeJSONL(b, s, path)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		res, err := workforce.ReadJSONLParallel(f, workforce.StreamOptions{Validate: true}, runtime.GOMAXPROCS(0),
			workforce.Steps[workforce.Worker, struct{}]{Prepare: func(*workforce.Worker, *struct{}) error { return nil }, Commit: func(int, *struct{}) error { return nil }})
		f.Close()
		if err != nil || res.Accepted != s.Len() {
			b.Fatal(res.Accepted, err)
		}
	}
	b.ReportMetric(float64(s.Len()*b.N)/b.Elapsed().Seconds(), "workers/s")
}

// BenchmarkScaleCountFile counts the JSON Lines file of every worker the
// way a national import does: decoded, validated and counted on every
// core (indicators.Counter.ReadWorkers), each worker ID checked once,
// into a tally equal to counting them one by one. The index of the posts
// is built once, outside the timing.
func BenchmarkScaleCountFile(b *testing.B) {
	s := synthetic(b)
	base := s.Base()
	path := filepath.Join(b.TempDir(), "workers.jsonl")
	size := writeJSONL(b, s, path)
	ix, err := indicators.NewIndex(base.Country, base.Areas, base.Employers, base.AsOf, indicators.RecordRules{PeriodStart: base.AsOf.AddYears(-1)})
	if err != nil {
		b.Fatal(err)
	}
	for i := range base.Posts {
		if err := ix.AddPost(&base.Posts[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(size)
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		c := ix.NewCounter()
		res, err := c.ReadWorkers(f, workforce.StreamOptions{}, runtime.GOMAXPROCS(0))
		f.Close()
		if err != nil || res.Accepted != s.Len() {
			b.Fatal(res.Accepted, err)
		}
	}
	b.ReportMetric(float64(s.Len()*b.N)/b.Elapsed().Seconds(), "workers/s")
}

// BenchmarkScaleRoster counts every worker of a roster (the workers'
// counting facts resolved once against the index, as a database holds
// loaded tables) on every core and evaluates the catalogue at the
// national and provincial levels: the aggregation a service repeats over
// a loaded register.
func BenchmarkScaleRoster(b *testing.B) {
	s := synthetic(b)
	base := s.Base()
	ix, err := indicators.NewIndex(base.Country, base.Areas, base.Employers, base.AsOf, indicators.RecordRules{PeriodStart: base.AsOf.AddYears(-1)})
	if err != nil {
		b.Fatal(err)
	}
	for i := range base.Posts {
		if err := ix.AddPost(&base.Posts[i]); err != nil {
			b.Fatal(err)
		}
	}
	roster := ix.NewRoster()
	for w := range s.Workers() {
		if err := roster.Add(&w); err != nil {
			b.Fatal(err)
		}
	}
	opts := indicators.Options{
		Norm:       &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2},
		AreaLevels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
	}
	for b.Loop() {
		c := ix.NewCounter()
		if err := c.AddPosts(); err != nil {
			b.Fatal(err)
		}
		if err := c.AddRoster(roster, runtime.GOMAXPROCS(0)); err != nil {
			b.Fatal(err)
		}
		if _, err := c.Tally().Evaluate(opts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(s.Len()*b.N)/b.Elapsed().Seconds(), "workers/s")
}

// BenchmarkScaleTally counts every worker and post into a tally (worker
// generation and the indexing of the reference data are excluded from the
// timing) and evaluates the whole catalogue with every breakdown at the
// national and provincial levels.
func BenchmarkScaleTally(b *testing.B) {
	s := synthetic(b)
	base := s.Base()
	asOf := base.AsOf
	rules := indicators.RecordRules{PeriodStart: asOf.AddYears(-1),
		CPD: &indicators.CPDComplianceRule{MinHours: workforce.MustParseHours("20"), WindowMonths: 12}}
	const chunk = 50_000
	buf := make([]workforce.Worker, 0, chunk)
	var tally *indicators.Tally
	b.Run("count", func(b *testing.B) {
		for b.Loop() {
			// The reference data (areas, employers, 1.16 posts per
			// worker) is indexed once, outside the timing.
			b.StopTimer()
			c, err := indicators.NewCounter(&base, asOf, rules)
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			for i := range base.Posts {
				if err := c.AddPost(base.Posts[i].ID); err != nil {
					b.Fatal(err)
				}
			}
			for start := 0; start < s.Len(); start += chunk {
				b.StopTimer()
				buf = buf[:0]
				for i := start; i < min(start+chunk, s.Len()); i++ {
					buf = append(buf, s.Worker(i))
				}
				b.StartTimer()
				for i := range buf {
					if err := c.AddWorker(&buf[i]); err != nil {
						b.Fatal(err)
					}
				}
			}
			tally = c.Tally()
		}
		b.ReportMetric(float64(s.Len()*b.N)/b.Elapsed().Seconds(), "workers/s")
	})
	b.Run("catalogue", func(b *testing.B) {
		if tally == nil {
			b.Skip("needs the count")
		}
		opts := indicators.Options{
			Norm:        &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2},
			CrossLevels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
		}
		var results int
		for b.Loop() {
			rep, err := tally.Evaluate(opts)
			if err != nil {
				b.Fatal(err)
			}
			results = len(rep.Results)
		}
		b.ReportMetric(float64(results), "results")
	})
}

// BenchmarkScaleEligibility evaluates professional social workers'
// registry facts against the Philippine licensure examination rules, with
// the full explanation of every decision, and summarises them.
func BenchmarkScaleEligibility(b *testing.B) {
	s := synthetic(b)
	scheme, _ := accreditation.SchemeByID(accreditation.SchemePHRegistration)
	e, err := accreditation.NewEvaluator(scheme, accreditation.PurposeExamAdmission)
	if err != nil {
		b.Fatal(err)
	}
	var facts []accreditation.Facts
	for i := 0; i < s.Len() && len(facts) < 100_000; i++ {
		if w := s.Worker(i); w.Cadre == workforce.CadreProfessional {
			facts = append(facts, accreditation.FactsFromWorker(w))
		}
	}
	asOf := s.Config().AsOf
	for b.Loop() {
		ds, err := e.EvaluateAll(facts, asOf)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := accreditation.Summarise(scheme, accreditation.PurposeExamAdmission, asOf, ds); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(facts)*b.N)/b.Elapsed().Seconds(), "decisions/s")
}
