package workforce_test

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/workforce"
)

// trickyText draws text that needs quoting in CSV: commas, quotes, line
// breaks, spaces and tabs at either end, semicolons, non-ASCII letters.
func trickyText() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		return string(rapid.SliceOfN(rapid.RuneFrom([]rune("ab ,\"\n\t;'ạ")), 1, 20).Draw(t, "runes"))
	})
}

// withTrickyTexts replaces some of the registry's free texts with tricky
// ones; the registry stays valid.
func withTrickyTexts(t *rapid.T, reg *workforce.Registry) {
	tricky := func(label string, s *string, optional bool) {
		if optional && *s == "" {
			return
		}
		if rapid.Bool().Draw(t, label) {
			*s = trickyText().Draw(t, label+" text")
		}
	}
	for i := range reg.Areas {
		tricky("area name", &reg.Areas[i].Name, false)
		for k := range reg.Areas[i].Population {
			tricky("vintage", &reg.Areas[i].Population[k].Vintage, false)
		}
	}
	for i := range reg.Employers {
		tricky("employer name", &reg.Employers[i].Name, false)
		tricky("ministry", &reg.Employers[i].Ministry, true)
	}
	for i := range reg.Posts {
		tricky("post title", &reg.Posts[i].Title, true)
	}
	for i := range reg.Workers {
		w := &reg.Workers[i]
		for k := range w.Qualifications {
			tricky("qualification title", &w.Qualifications[k].Title, false)
			tricky("institution", &w.Qualifications[k].Institution, true)
		}
		for k := range w.Credentials {
			tricky("number", &w.Credentials[k].Number, true)
		}
		for k := range w.CPD {
			tricky("provider", &w.CPD[k].Provider, false)
		}
	}
}

// writeAll writes records with write and fails on an error.
func writeAll[T any](t *rapid.T, write func(T) error, recs []T) {
	for _, r := range recs {
		if err := write(r); err != nil {
			t.Fatal(err)
		}
	}
}

func readCSV[T workforce.AdminArea | workforce.Post | workforce.Employer](t *rapid.T, r *workforce.CSVReader[T]) []T {
	var out []T
	for r.Next() {
		out = append(out, r.Record())
	}
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func workerFilesOf(t *rapid.T, workers []workforce.Worker) [5]*bytes.Buffer {
	var b [5]*bytes.Buffer
	for i := range b {
		b[i] = new(bytes.Buffer)
	}
	w := workforce.NewWorkerCSVWriter(workforce.WorkerCSVWriters{Workers: b[0], Employments: b[1], Qualifications: b[2], Credentials: b[3], CPD: b[4]})
	if err := w.WriteHeaders(); err != nil {
		t.Fatal(err)
	}
	writeAll(t, w.Write, workers)
	return b
}

func workerReaderOf(files [5][]byte, opts workforce.StreamOptions) *workforce.WorkerCSVReader {
	in := func(b []byte) workforce.CSVInput { return workforce.CSVInput{R: bytes.NewReader(b)} }
	return workforce.NewWorkerCSVReader(workforce.WorkerCSVFiles{Workers: in(files[0]), Employments: in(files[1]),
		Qualifications: in(files[2]), Credentials: in(files[3]), CPD: in(files[4])}, opts)
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestCSVRoundTrip: for every entity, what the CSV writers write the CSV
// readers read back unchanged, texts that need quoting included.
func TestCSVRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := gen.Registry().Draw(t, "registry")
		withTrickyTexts(t, &reg)
		opts := workforce.StreamOptions{Validate: true}

		var areas, employers, posts bytes.Buffer
		writeAll(t, workforce.NewAreaCSVWriter(&areas).Write, reg.Areas)
		writeAll(t, workforce.NewEmployerCSVWriter(&employers).Write, reg.Employers)
		pw := workforce.NewPostCSVWriter(&posts)
		if err := pw.WriteHeader(); err != nil {
			t.Fatal(err)
		}
		writeAll(t, pw.Write, reg.Posts)

		if diff := cmp.Diff(nilIfEmpty(reg.Areas), readCSV(t, workforce.NewAreaCSVReader(&areas, opts)), cmpValues); diff != "" {
			t.Fatalf("areas:\n%s", diff)
		}
		if diff := cmp.Diff(nilIfEmpty(reg.Employers), readCSV(t, workforce.NewEmployerCSVReader(&employers, opts)), cmpValues); diff != "" {
			t.Fatalf("employers:\n%s", diff)
		}
		if diff := cmp.Diff(nilIfEmpty(reg.Posts), readCSV(t, workforce.NewPostCSVReader(&posts, opts)), cmpValues); diff != "" {
			t.Fatalf("posts:\n%s", diff)
		}

		b := workerFilesOf(t, reg.Workers)
		r := workerReaderOf([5][]byte{b[0].Bytes(), b[1].Bytes(), b[2].Bytes(), b[3].Bytes(), b[4].Bytes()}, opts)
		var got []workforce.Worker
		for r.Next() {
			got = append(got, r.Record())
		}
		if err := r.Err(); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(nilIfEmpty(reg.Workers), got, cmpValues); diff != "" {
			t.Fatalf("workers:\n%s", diff)
		}
		for _, c := range r.Counts() {
			if c.Read != c.Accepted || c.Rejected != 0 {
				t.Fatalf("counts %+v", c)
			}
		}
	})
}

// corrupt damages one line so that no CSV reader can accept it: a quote
// inserted anywhere, a byte that is not UTF-8, a cell too few or too many.
func corrupt(t *rapid.T, line []byte) []byte {
	out := slices.Clone(line)
	switch rapid.IntRange(0, 3).Draw(t, "damage") {
	case 0:
		p := rapid.IntRange(0, len(out)).Draw(t, "at")
		return slices.Insert(out, p, '"')
	case 1:
		out[rapid.IntRange(0, len(out)-1).Draw(t, "at")] = 0xFF
		return out
	case 2:
		return out[:bytes.LastIndexByte(out, ',')]
	default:
		return append(out, ",extra"...)
	}
}

// corruptLine replaces data line n (1-based, after the header) of a CSV
// file and returns the file and the line's number in it.
func corruptLine(t *rapid.T, file []byte, n int) ([]byte, int) {
	lines := bytes.SplitAfter(file, []byte("\n"))
	line := bytes.TrimSuffix(lines[n], []byte("\n"))
	lines[n] = append(corrupt(t, line), '\n')
	return bytes.Join(lines, nil), n + 1
}

// TestCSVOneCorruptedLine: a file with one corrupted line yields every
// other record, and the problems are all at that line (for areas: at the
// lines of the area it belongs to). Texts are plain here: with quotes in
// other rows, a corruption could in principle join lines into a row of
// the right width, which CSV cannot tell from a real one.
func TestCSVOneCorruptedLine(t *testing.T) {
	opts := workforce.StreamOptions{Validate: true, ContinueOnError: true}
	t.Run("employers", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			ids := rapid.SliceOfNDistinct(gen.ID("E-"), 1, 12, func(id workforce.ID) workforce.ID { return id }).Draw(t, "ids")
			var recs []workforce.Employer
			for _, id := range ids {
				recs = append(recs, gen.Employer(id).Draw(t, "employer"))
			}
			var buf bytes.Buffer
			writeAll(t, workforce.NewEmployerCSVWriter(&buf).Write, recs)
			n := rapid.IntRange(1, len(recs)).Draw(t, "line")
			file, line := corruptLine(t, buf.Bytes(), n)
			r := workforce.NewEmployerCSVReader(bytes.NewReader(file), opts)
			checkOthers(t, r, slices.Delete(slices.Clone(recs), n-1, n), []int{line})
		})
	})
	t.Run("posts", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			reg := gen.Registry().Draw(t, "registry")
			if len(reg.Posts) == 0 {
				t.Skip("no posts")
			}
			var buf bytes.Buffer
			writeAll(t, workforce.NewPostCSVWriter(&buf).Write, reg.Posts)
			n := rapid.IntRange(1, len(reg.Posts)).Draw(t, "line")
			file, line := corruptLine(t, buf.Bytes(), n)
			r := workforce.NewPostCSVReader(bytes.NewReader(file), opts)
			checkOthers(t, r, slices.Delete(slices.Clone(reg.Posts), n-1, n), []int{line})
		})
	})
	t.Run("areas", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			reg := gen.Registry().Draw(t, "registry")
			var buf bytes.Buffer
			writeAll(t, workforce.NewAreaCSVWriter(&buf).Write, reg.Areas)
			// Which area each data line belongs to, and its lines.
			var owner []int
			for i, a := range reg.Areas {
				for range max(1, len(a.Population)) {
					owner = append(owner, i)
				}
			}
			n := rapid.IntRange(1, len(owner)).Draw(t, "line")
			file, _ := corruptLine(t, buf.Bytes(), n)
			hit := owner[n-1]
			var lines []int
			for k, o := range owner {
				if o == hit {
					lines = append(lines, k+2)
				}
			}
			r := workforce.NewAreaCSVReader(bytes.NewReader(file), opts)
			got := readCSV(t, r)
			// The damaged area is skipped, or (when the damage hides the
			// code of its last row) returned without that row's figure.
			want := slices.Delete(slices.Clone(reg.Areas), hit, hit+1)
			if len(got) == len(reg.Areas) && len(got[hit].Population) == len(reg.Areas[hit].Population)-1 {
				got = slices.Delete(got, hit, hit+1)
			}
			if diff := cmp.Diff(nilIfEmpty(want), nilIfEmpty(got), cmpValues); diff != "" {
				t.Fatalf("other areas changed:\n%s", diff)
			}
			checkProblemLines(t, r.Problems(), lines)
		})
	})
	t.Run("workers", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			reg := gen.Registry().Draw(t, "registry")
			if len(reg.Workers) == 0 {
				t.Skip("no workers")
			}
			b := workerFilesOf(t, reg.Workers)
			files := [5][]byte{b[0].Bytes(), b[1].Bytes(), b[2].Bytes(), b[3].Bytes(), b[4].Bytes()}
			var nonEmpty []int
			for i, f := range files {
				if bytes.Count(f, []byte("\n")) > 1 {
					nonEmpty = append(nonEmpty, i)
				}
			}
			fi := rapid.SampledFrom(nonEmpty).Draw(t, "file")
			rows := bytes.Count(files[fi], []byte("\n")) - 1
			n := rapid.IntRange(1, rows).Draw(t, "line")
			ownerID, _, _ := bytes.Cut(bytes.SplitAfter(files[fi], []byte("\n"))[n], []byte(","))
			files[fi], _ = corruptLine(t, files[fi], n)
			r := workerReaderOf(files, opts)
			var got []workforce.Worker
			for r.Next() {
				got = append(got, r.Record())
			}
			if r.Err() != nil {
				t.Fatal(r.Err())
			}
			hit := slices.IndexFunc(reg.Workers, func(w workforce.Worker) bool { return string(w.ID) == string(ownerID) })
			want := slices.Delete(slices.Clone(reg.Workers), hit, hit+1)
			// The damaged row's worker is skipped or, when the damage
			// hides the row's worker_id, returned without the row; it is
			// never returned unchanged.
			if i := slices.IndexFunc(got, func(w workforce.Worker) bool { return string(w.ID) == string(ownerID) }); i >= 0 {
				if fi == 0 || cmp.Equal(got[i], reg.Workers[hit], cmpValues) {
					t.Fatalf("worker %s returned despite its damaged row: %+v", ownerID, got[i])
				}
				got = slices.Delete(got, i, i+1)
			}
			if diff := cmp.Diff(nilIfEmpty(want), nilIfEmpty(got), cmpValues); diff != "" {
				t.Fatalf("other workers changed:\n%s", diff)
			}
			if len(r.Problems()) == 0 {
				t.Fatal("the damaged row was not reported")
			}
			for _, c := range r.Counts() {
				if c.Read != c.Accepted+c.Rejected {
					t.Fatalf("counts %+v", c)
				}
			}
		})
	})
}

// checkOthers reads every record and checks that they are want and that
// every problem is at one of lines.
func checkOthers[T workforce.AdminArea | workforce.Post | workforce.Employer](t *rapid.T, r *workforce.CSVReader[T], want []T, lines []int) {
	got := readCSV(t, r)
	if diff := cmp.Diff(nilIfEmpty(want), got, cmpValues); diff != "" {
		t.Fatalf("other records changed:\n%s", diff)
	}
	checkProblemLines(t, r.Problems(), lines)
}

func checkProblemLines(t *rapid.T, ps workforce.Problems, lines []int) {
	if len(ps) == 0 {
		t.Fatal("the damaged line was not reported")
	}
	for _, p := range ps {
		if !slices.Contains(lines, p.Line) {
			t.Fatalf("problem %q is not at lines %v", p, lines)
		}
	}
}

// TestCSVWriters: the header templates, quoting, and the errors that keep
// a writer from losing data.
func TestCSVWriters(t *testing.T) {
	var b [5]bytes.Buffer
	w := workforce.NewWorkerCSVWriter(workforce.WorkerCSVWriters{Workers: &b[0], Employments: &b[1], Qualifications: &b[2], Credentials: &b[3], CPD: &b[4]})
	if err := w.WriteHeaders(); err != nil {
		t.Fatal(err)
	}
	cols := [][]string{workforce.WorkerCSVColumns(), workforce.EmploymentCSVColumns(), workforce.QualificationCSVColumns(),
		workforce.CredentialCSVColumns(), workforce.CPDCSVColumns()}
	for i := range b {
		if got, want := b[i].String(), strings.Join(cols[i], ",")+"\n"; got != want {
			t.Errorf("template %d = %q, want %q", i, got, want)
		}
	}
	if err := w.WriteHeaders(); err != nil || b[0].Len() != len(strings.Join(cols[0], ","))+1 {
		t.Errorf("a second WriteHeaders wrote again: %q", b[0].String())
	}

	var e bytes.Buffer
	ew := workforce.NewEmployerCSVWriter(&e)
	for _, emp := range []workforce.Employer{
		{ID: "E-1", Name: ` "Quoted", padded `, Sector: workforce.SectorNGO, Ministry: "line\nbreak"},
		{},
	} {
		if err := ew.Write(emp); err != nil {
			t.Fatal(err)
		}
	}
	want := "id,name,sector,ministry\nE-1,\" \"\"Quoted\"\", padded \",ngo,\"line\nbreak\"\n\"\",,,\n"
	if e.String() != want {
		t.Errorf("employers = %q, want %q", e.String(), want)
	}
	if err := ew.Write(workforce.Employer{ID: "E-2", Name: "Caf\xe9", Sector: workforce.SectorNGO}); err == nil || !strings.Contains(err.Error(), "name is not valid UTF-8") {
		t.Errorf("invalid UTF-8: err = %v", err)
	}

	// A worker with a list whose file has no writer is refused whole.
	var only bytes.Buffer
	ow := workforce.NewWorkerCSVWriter(workforce.WorkerCSVWriters{Workers: &only})
	if err := ow.Write(sampleWorker()); err == nil || only.Len() != 0 {
		t.Errorf("err = %v, wrote %q", err, only.String())
	}
	if err := ow.Write(workforce.Worker{ID: "W-2", Sex: workforce.SexMale, Cadre: workforce.CadreCommunity}); err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(workforce.WorkerCSVColumns(), ",") + "\nW-2,male,,,community_worker,,\n"; only.String() != want {
		t.Errorf("workers.csv = %q, want %q", only.String(), want)
	}
	if err := workforce.NewWorkerCSVWriter(workforce.WorkerCSVWriters{}).Write(workforce.Worker{ID: "W-1"}); err == nil {
		t.Error("a writer without workers.csv must refuse")
	}
	if err := workforce.NewPostCSVWriter(failingWriter{}).Write(workforce.Post{ID: "P-1"}); err == nil {
		t.Error("a failing writer must give an error")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, io.ErrShortWrite }
