package main

import (
	"bytes"
	"io"
	"testing"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/workforce"
)

// syntheticFiles writes the synthetic Cambodia-shaped registry (1,652
// communes) with n workers as an import's files: areas, employers and
// posts as CSV, workers as JSON Lines (workers.jsonl) and as the flat CSV
// layout (w/workers.csv, w/employments.csv, …).
func syntheticFiles(tb testing.TB, n int) memFiles {
	tb.Helper()
	s := examples.NewSynthetic(examples.SyntheticConfig{Workers: n})
	reg := s.Registry()
	var areas, employers, posts, jsonl bytes.Buffer
	var layout [5]bytes.Buffer
	must := func(err error) {
		if err != nil {
			tb.Fatal(err)
		}
	}
	aw := workforce.NewAreaCSVWriter(&areas)
	for _, a := range reg.Areas {
		must(aw.Write(a))
	}
	ew := workforce.NewEmployerCSVWriter(&employers)
	for _, e := range reg.Employers {
		must(ew.Write(e))
	}
	pw := workforce.NewPostCSVWriter(&posts)
	for _, p := range reg.Posts {
		must(pw.Write(p))
	}
	jw := workforce.NewJSONLWriter[workforce.Worker](&jsonl)
	ww := workforce.NewWorkerCSVWriter(workforce.WorkerCSVWriters{Workers: &layout[0], Employments: &layout[1],
		Qualifications: &layout[2], Credentials: &layout[3], CPD: &layout[4]})
	must(ww.WriteHeaders())
	for _, w := range reg.Workers {
		must(jw.Write(w))
		must(ww.Write(w))
	}
	return memFiles{"areas.csv": areas.String(), "employers.csv": employers.String(), "posts.csv": posts.String(),
		"workers.jsonl": jsonl.String(), "w/workers.csv": layout[0].String(), "w/employments.csv": layout[1].String(),
		"w/qualifications.csv": layout[2].String(), "w/credentials.csv": layout[3].String(), "w/cpd.csv": layout[4].String()}
}

// The synthetic registry goes through the import with nothing refused.
func TestSyntheticImport(t *testing.T) {
	files := syntheticFiles(t, 2000)
	for _, workers := range []string{"workers.jsonl", "w/workers.csv"} {
		im := importWith(t, files.open, "-country", "KH", "-as-of", "2025-06-30",
			"-areas", "areas.csv", "-employers", "employers.csv", "-posts", "posts.csv", "-workers", workers)
		if im.exit != 0 || len(im.problems()) > 0 {
			t.Fatalf("%s: exit %d:\n%s", workers, im.exit, im.stderr)
		}
		if len(im.counted["worker"]) < 2000 {
			t.Errorf("%s: %d workers counted", workers, len(im.counted["worker"]))
		}
		checkReconciliation(t, im)
		checkCountedOnce(t, im)
	}
}

// BenchmarkImport times the whole import of the synthetic registry with
// 20,000 workers, from files in memory to the printed indicators, with
// workers as JSON Lines and as the CSV layout.
func BenchmarkImport(b *testing.B) {
	files := syntheticFiles(b, 20000)
	for _, workers := range []string{"workers.jsonl", "w/workers.csv"} {
		b.Run(workers, func(b *testing.B) {
			o, _, ok := parseArgs([]string{"-country", "KH", "-as-of", "2025-06-30", "-areas", "areas.csv", "-employers", "employers.csv",
				"-posts", "posts.csv", "-workers", workers}, io.Discard)
			if !ok {
				b.Fatal("bad arguments")
			}
			var size int64
			for name, f := range files {
				if name != "workers.jsonl" || workers == "workers.jsonl" {
					size += int64(len(f))
				}
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := run(io.Discard, io.Discard, o, files.open); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
