package workforce_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/workforce"
)

func readAll[T workforce.Record](t *testing.T, r *workforce.JSONLReader[T]) []T {
	t.Helper()
	var out []T
	for r.Next() {
		out = append(out, r.Record())
	}
	return out
}

func TestJSONLRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		workers := rapid.SliceOfN(gen.AnyWorker(), 0, 6).Draw(t, "workers")
		var buf bytes.Buffer
		w := workforce.NewJSONLWriter[workforce.Worker](&buf)
		for _, wk := range workers {
			if err := w.Write(wk); err != nil {
				t.Fatal(err)
			}
		}
		if n := bytes.Count(buf.Bytes(), []byte("\n")); n != len(workers) {
			t.Fatalf("%d lines for %d workers", n, len(workers))
		}
		r := workforce.NewJSONLReader[workforce.Worker](&buf, workforce.StreamOptions{Validate: true})
		var got []workforce.Worker
		for r.Next() {
			got = append(got, r.Record())
		}
		if err := r.Err(); err != nil {
			t.Fatal(err)
		}
		if len(workers) == 0 {
			workers = nil
		}
		if diff := cmp.Diff(workers, got, cmpValues); diff != "" {
			t.Fatal(diff)
		}
	})
}

const goodPost = `{"id":"P-%d","cadre":"para_professional","level":"commune","area":"KH-120101","employer_id":"MOSVY","status":"filled","fte":"1.00"}`

func TestJSONLStrictStopsAtFirstBadLine(t *testing.T) {
	in := fmt.Sprintf(goodPost, 1) + "\n" + `{"id":"P-2","cadre":"x"` + "\n" + fmt.Sprintf(goodPost, 3) + "\n"
	r := workforce.NewJSONLReader[workforce.Post](strings.NewReader(in), workforce.StreamOptions{})
	got := readAll(t, r)
	if len(got) != 1 || got[0].ID != "P-1" {
		t.Fatalf("read %v", got)
	}
	ps := workforce.AsProblems(r.Err())
	if len(ps) != 1 || ps[0].Line != 2 || ps[0].Code != "syntax" || r.Line() != 2 {
		t.Fatalf("err = %v (line %d)", r.Err(), r.Line())
	}
	if !strings.HasPrefix(r.Err().Error(), "1 problem: line 2: ") {
		t.Fatalf("message %q should start with the line", r.Err())
	}
}

func TestJSONLContinueOnError(t *testing.T) {
	lines := []string{
		fmt.Sprintf(goodPost, 1),
		`{"id":"P-2","cadre":"para_professional"}`, // missing members
		"",                       // blank lines are skipped
		fmt.Sprintf(goodPost, 4), // line 4
		strings.Replace(fmt.Sprintf(goodPost, 5), `"fte":"1.00"`, `"fte":"1.50"`, 1),
		strings.Replace(fmt.Sprintf(goodPost, 6), `"status":"filled"`, `"status":"occupied"`, 1), // a rule: only with Validate
		`{"id":"P-7",` + strings.Repeat(" ", 300) + `}`,                                          // too long
		fmt.Sprintf(goodPost, 8) + "\r",                                                          // CRLF line ending
	}
	in := strings.Join(lines, "\n")
	r := workforce.NewJSONLReader[workforce.Post](strings.NewReader(in), workforce.StreamOptions{ContinueOnError: true, Validate: true, MaxLineBytes: 200})
	got := readAll(t, r)
	if r.Err() != nil {
		t.Fatal(r.Err())
	}
	var ids []string
	for _, p := range got {
		ids = append(ids, string(p.ID))
	}
	if strings.Join(ids, ",") != "P-1,P-4,P-8" {
		t.Fatalf("kept %v; valid records must not be lost", ids)
	}
	type lc struct {
		line int
		code string
	}
	var bad []lc
	for _, p := range r.Problems() {
		bad = append(bad, lc{p.Line, p.Code})
	}
	want := []lc{{2, "required"}, {2, "required"}, {2, "required"}, {2, "required"}, {2, "required"}, {5, "max"}, {6, "not_supported"}, {7, "line_too_long"}}
	if fmt.Sprint(bad) != fmt.Sprint(want) {
		t.Fatalf("problems %v, want %v", bad, want)
	}
	if r.Skipped() != 4 {
		t.Fatalf("skipped %d lines, want 4", r.Skipped())
	}
}

func TestJSONLMaxProblemsBoundsMemory(t *testing.T) {
	var in strings.Builder
	for range 50 {
		in.WriteString("{bad\n")
	}
	in.WriteString(fmt.Sprintf(goodPost, 1) + "\n")
	r := workforce.NewJSONLReader[workforce.Post](strings.NewReader(in.String()), workforce.StreamOptions{ContinueOnError: true, MaxProblems: 5})
	got := readAll(t, r)
	if len(got) != 1 || len(r.Problems()) != 5 || r.Skipped() != 50 {
		t.Fatalf("records %d, problems %d, skipped %d", len(got), len(r.Problems()), r.Skipped())
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestJSONLReaderError(t *testing.T) {
	r := workforce.NewJSONLReader[workforce.Post](failingReader{}, workforce.StreamOptions{ContinueOnError: true})
	if r.Next() || r.Err() == nil || !strings.Contains(r.Err().Error(), "disk on fire") {
		t.Fatalf("err = %v", r.Err())
	}
}

// TestJSONLMemoryFlat: the reader's allocations per record do not grow
// with the length of the stream (no buffering of past records).
func TestJSONLMemoryFlat(t *testing.T) {
	line, _ := json.Marshal(sampleWorker())
	perRecord := func(n int) float64 {
		data := bytes.Repeat(append(line, '\n'), n)
		allocs := testing.AllocsPerRun(3, func() {
			r := workforce.NewJSONLReader[workforce.Worker](bytes.NewReader(data), workforce.StreamOptions{Validate: true})
			for r.Next() {
			}
			if r.Err() != nil {
				t.Fatal(r.Err())
			}
		})
		return allocs / float64(n)
	}
	small, large := perRecord(200), perRecord(2000)
	if large > small*1.05+0.5 {
		t.Fatalf("allocations per record grow with the stream: %.2f for 200 records, %.2f for 2000", small, large)
	}
}

func TestAreaCSV(t *testing.T) {
	in := "\ufeffcode,name,level,parent,population_date,population_total,population_children,population_source,population_vintage\n" +
		"KH,Cambodia,national,,2019-03-03,15552211,5520000,NIS,2019 census final\n" +
		"KH-12,\"Phnom Penh, capital\",province,KH,2019-03-03,2281951,700000,NIS,2019 census final\n" +
		"KH-13,Preah Vihear,province,KH,,,,,\n" +
		"KH-14,\"Line\nbreak\",province,KH,2019-03-03,10,11,NIS,2019 census final\n" + // children > total (lines 5-6)
		"KH-15,Bad date,province,KH,2019-02-30,10,1,NIS,v\n" +
		"KH-16,Missing total,province,KH,2019-03-03,,1,NIS,v\n" +
		"KH-17,Short row,province\n"
	r := workforce.NewAreaCSVReader(strings.NewReader(in), workforce.StreamOptions{ContinueOnError: true, Validate: true})
	var got []workforce.AdminArea
	for r.Next() {
		got = append(got, r.Record())
	}
	if r.Err() != nil {
		t.Fatal(r.Err())
	}
	if len(got) != 3 || got[1].Name != "Phnom Penh, capital" || got[1].Population[0].Children != 700000 || got[2].Population != nil {
		t.Fatalf("got %+v", got)
	}
	var bad []string
	for _, p := range r.Problems() {
		bad = append(bad, fmt.Sprintf("%d %s %s", p.Line, p.Code, p.Path))
	}
	want := []string{"5 children_exceed_total /population/0/children", "7 invalid_value /population/0/date", "8 required /population/0/total", "9 syntax "}
	if strings.Join(bad, "|") != strings.Join(want, "|") {
		t.Fatalf("problems %q\nwant     %q", bad, want)
	}
}

func TestCSVHeader(t *testing.T) {
	tests := []struct {
		name, header string
		want         []string
	}{
		{"unknown column", "code,name,level,population", []string{"header /3"}},
		{"missing required column", "code,name", []string{"header "}},
		{"repeated column", "code,name,level,name", []string{"header /3"}},
		{"empty input", "", []string{"header "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := workforce.NewAreaCSVReader(strings.NewReader(tc.header), workforce.StreamOptions{ContinueOnError: true})
			if r.Next() {
				t.Fatal("no record expected")
			}
			var got []string
			for _, p := range workforce.AsProblems(r.Err()) {
				got = append(got, p.Code+" "+p.Path)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPostCSV(t *testing.T) {
	in := "id,cadre,level,area,employer_id,status,fte,title\n" +
		"P-1,para_professional,commune,KH-120101,MOSVY,filled,1.00,Commune social worker\n" +
		"P-2,para_professional,commune,KH-120101,MOSVY,filled,0,\n"
	r := workforce.NewPostCSVReader(strings.NewReader(in), workforce.StreamOptions{})
	if !r.Next() || r.Record().FTE.String() != "1.00" || r.Record().Title != "Commune social worker" {
		t.Fatalf("first row: %+v %v", r.Record(), r.Err())
	}
	if r.Next() {
		t.Fatal("second row has FTE 0")
	}
	ps := workforce.AsProblems(r.Err())
	if len(ps) != 1 || ps[0].Line != 3 || ps[0].Path != "/fte" || ps[0].Code != workforce.CodeMin {
		t.Fatalf("got %v", ps)
	}
	if got := workforce.PostCSVColumns(); len(got) != 8 || got[0] != "id" {
		t.Fatal(got)
	}
}

func FuzzJSONLReader(f *testing.F) {
	line, _ := json.Marshal(sampleWorker())
	f.Add(append(append(line, '\n'), line...), true)
	f.Add([]byte("{bad\n{}\n\n"), false)
	f.Add([]byte("\r\n\r\n"+string(line)), true)
	f.Fuzz(func(t *testing.T, data []byte, cont bool) {
		r := workforce.NewJSONLReader[workforce.Worker](bytes.NewReader(data), workforce.StreamOptions{ContinueOnError: cont, Validate: true, MaxLineBytes: 4096})
		n := 0
		for r.Next() {
			n++
			if err := r.Record().Validate(); err != nil {
				t.Fatalf("a record that failed validation was returned: %v", err)
			}
		}
		if n > bytes.Count(data, []byte("\n"))+1 {
			t.Fatalf("%d records from %d lines", n, bytes.Count(data, []byte("\n"))+1)
		}
		if err := r.Err(); err != nil && err != io.EOF {
			var ps workforce.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("unexpected error type %T", err)
			}
		}
	})
}

// checkCSVStream drains a CSV reader and checks its laws on any input: no
// panic; every record returned passes validation; every problem and
// every error's problem names a line; a stream that kept going reports
// its skipped rows as problems.
func checkCSVStream[T interface{ Validate() error }](t *testing.T, next func() bool, rec func() T, err func() error, problems func() workforce.Problems, skipped func() int) {
	t.Helper()
	for next() {
		if e := rec().Validate(); e != nil {
			t.Fatalf("a record that failed validation was returned: %v", e)
		}
	}
	if e := err(); e != nil {
		var ps workforce.Problems
		if errors.As(e, &ps) {
			for _, p := range ps {
				if p.Line < 1 {
					t.Fatalf("a stopping problem without a line: %+v", p)
				}
			}
		}
	}
	for _, p := range problems() {
		if p.Line < 1 {
			t.Fatalf("a problem without a line: %+v", p)
		}
	}
	if skipped() > 0 && len(problems()) == 0 {
		t.Fatalf("%d rows skipped without a problem", skipped())
	}
}

func FuzzCSVReaders(f *testing.F) {
	f.Add([]byte("code,name,level,parent,population_date,population_total,population_children,population_source,population_vintage\n"+
		"KH,Cambodia,national,,2019-03-03,15552211,5520000,NIS,2019 census\nKH-12,\"Phnom\nPenh\",province,KH,,,,,\n"), true)
	f.Add([]byte("id,cadre,level,area,employer,status,fte\nP-1,professional_social_worker,province,KH-12,E-1,filled,1.00\nP-2,,,,,,\n"), true)
	f.Add([]byte("\ufeffcode,name\n\"unclosed\n"), false)
	f.Add([]byte(""), true)
	f.Fuzz(func(t *testing.T, data []byte, cont bool) {
		opts := workforce.StreamOptions{ContinueOnError: cont, Validate: true, MaxLineBytes: 512}
		a := workforce.NewAreaCSVReader(bytes.NewReader(data), opts)
		checkCSVStream(t, a.Next, a.Record, a.Err, a.Problems, a.Skipped)
		p := workforce.NewPostCSVReader(bytes.NewReader(data), opts)
		checkCSVStream(t, p.Next, p.Record, p.Err, p.Problems, p.Skipped)
	})
}

// TestJSONLByteOrderMark: a UTF-8 BOM at the start of a JSON Lines file
// (as Windows tools write it) is accepted, as in CSV; elsewhere it is
// malformed JSON.
func TestJSONLByteOrderMark(t *testing.T) {
	in := "\ufeff" + fmt.Sprintf(goodPost, 1) + "\n" + fmt.Sprintf(goodPost, 2) + "\n"
	r := workforce.NewJSONLReader[workforce.Post](strings.NewReader(in), workforce.StreamOptions{Validate: true})
	got := readAll(t, r)
	if err := r.Err(); err != nil || len(got) != 2 || got[0].ID != "P-1" {
		t.Fatalf("records %v, error %v", got, r.Err())
	}
	in = fmt.Sprintf(goodPost, 1) + "\n\ufeff" + fmt.Sprintf(goodPost, 2) + "\n"
	r = workforce.NewJSONLReader[workforce.Post](strings.NewReader(in), workforce.StreamOptions{ContinueOnError: true})
	if got := readAll(t, r); len(got) != 1 || r.Skipped() != 1 || r.Problems()[0].Line != 2 {
		t.Fatalf("a BOM inside the file must be a bad line: %v %v", got, r.Problems())
	}
}

// TestStreamOptionsLimits: limits out of range are refused before any
// reading, never overflowed or allocated.
func TestStreamOptionsLimits(t *testing.T) {
	tests := []struct {
		opts workforce.StreamOptions
		path string // "" when valid
	}{
		{workforce.StreamOptions{}, ""},
		{workforce.StreamOptions{MaxLineBytes: workforce.MaxLineBytesLimit}, ""},
		{workforce.StreamOptions{MaxLineBytes: math.MaxInt}, "/max_line_bytes"},
		{workforce.StreamOptions{MaxLineBytes: 1 << 40}, "/max_line_bytes"},
		{workforce.StreamOptions{MaxLineBytes: -1}, "/max_line_bytes"},
		{workforce.StreamOptions{MaxProblems: -5}, "/max_problems"},
	}
	line := fmt.Sprintf(goodPost, 1) + "\n"
	csv := "id,cadre,level,area,employer_id,status,fte\nP-1,para_professional,commune,KH-1,E,filled,1\n"
	for _, tt := range tests {
		err := tt.opts.Check()
		cr := workforce.NewPostCSVReader(strings.NewReader(csv), tt.opts)
		n := 0
		for cr.Next() {
			n++
		}
		if (tt.path == "") != (cr.Err() == nil) || (tt.path == "") != (n == 1) {
			t.Errorf("%+v: CSV read %d records, error %v", tt.opts, n, cr.Err())
		}
		r := workforce.NewJSONLReader[workforce.Post](strings.NewReader(line), tt.opts)
		got := readAll(t, r)
		if tt.path == "" {
			if err != nil || r.Err() != nil || len(got) != 1 {
				t.Errorf("%+v: check %v, read %d records, error %v", tt.opts, err, len(got), r.Err())
			}
			continue
		}
		ps := workforce.AsProblems(err)
		if len(ps) != 1 || ps[0].Path != tt.path || len(got) != 0 || r.Err() == nil {
			t.Errorf("%+v: check %v, read %d records, error %v", tt.opts, ps, len(got), r.Err())
		}
	}
}

// TestJSONLLongLines: lines longer than the read buffer are read whole up
// to the limit, and skipped beyond it, with the right line numbers.
func TestJSONLLongLines(t *testing.T) {
	long := func(n int) string {
		return `{"id":"E-1","name":"` + strings.Repeat("x", 200) + `","sector":"ngo","ministry":"` + strings.Repeat("m", n) + `"}`
	}
	in := long(100) + "\n" + long(300_000) + "\r\n" + long(10) + "\n"
	// The employer's ministry is limited to 200 characters, so the long
	// line is also invalid; without validation it decodes.
	r := workforce.NewJSONLReader[workforce.Employer](strings.NewReader(in), workforce.StreamOptions{ContinueOnError: true})
	got := readAll(t, r)
	if len(got) != 3 || len(got[1].Ministry) != 300_000 {
		t.Fatalf("%d records, problems %v", len(got), r.Problems())
	}
	r = workforce.NewJSONLReader[workforce.Employer](strings.NewReader(in), workforce.StreamOptions{ContinueOnError: true, MaxLineBytes: 100_000})
	got = readAll(t, r)
	if len(got) != 2 || r.Skipped() != 1 || r.Problems()[0].Code != workforce.CodeLineTooLong || r.Problems()[0].Line != 2 {
		t.Fatalf("%d records, problems %v", len(got), r.Problems())
	}
}

// TestJSONLBorrow: a borrowed record is the record; Record returns a copy
// that survives the next Next.
func TestJSONLBorrow(t *testing.T) {
	in := fmt.Sprintf(goodPost, 1) + "\n" + fmt.Sprintf(goodPost, 2) + "\n"
	r := workforce.NewJSONLReader[workforce.Post](strings.NewReader(in), workforce.StreamOptions{Validate: true})
	if !r.Next() {
		t.Fatal(r.Err())
	}
	kept := r.Record()
	if b := r.Borrow(); b.ID != "P-1" || *b != kept {
		t.Fatalf("borrowed %+v, record %+v", *r.Borrow(), kept)
	}
	if !r.Next() || r.Borrow().ID != "P-2" {
		t.Fatal(r.Err())
	}
	if kept.ID != "P-1" {
		t.Fatalf("the copy changed with the next record: %q", kept.ID)
	}
}

// TestJSONLBorrowAllocatesNothing: reading and validating borrowed
// workers allocates nothing per record in steady state.
func TestJSONLBorrowAllocatesNothing(t *testing.T) {
	line, _ := json.Marshal(sampleWorker())
	total := func(n int) float64 {
		data := bytes.Repeat(append(line, '\n'), n)
		return testing.AllocsPerRun(3, func() {
			r := workforce.NewJSONLReader[workforce.Worker](bytes.NewReader(data), workforce.StreamOptions{Validate: true})
			for r.Next() {
				_ = r.Borrow()
			}
			if r.Err() != nil {
				t.Fatal(r.Err())
			}
		})
	}
	// The reader's own set-up allocates, and its arenas grow to the
	// largest record; further records do not.
	if small, large := total(500), total(5000); large-small > 2 {
		t.Fatalf("%.0f allocations for 500 records, %.0f for 5,000: records allocate", small, large)
	}
}

// TestProblemsOutliveBorrowedLines: the problems a reader keeps quote the
// bad line as it was, not whatever later lines left in the reader's
// reused memory.
func TestProblemsOutliveBorrowedLines(t *testing.T) {
	bad := `{"id":"E 1","name":"x","sector":"ngo"}` // an invalid ID, quoted in the problem
	var in strings.Builder
	in.WriteString(bad + "\n")
	for i := range 5000 {
		fmt.Fprintf(&in, `{"id":"E-%d","name":"%s","sector":"ngo"}`+"\n", i, strings.Repeat("z", 60))
	}
	check := func(ps workforce.Problems) {
		t.Helper()
		if len(ps) == 0 || ps[0].Line != 1 || ps[0].Value != "E 1" {
			t.Fatalf("problems %v", ps)
		}
	}
	r := workforce.NewJSONLReader[workforce.Employer](strings.NewReader(in.String()), workforce.StreamOptions{Validate: true, ContinueOnError: true})
	readAll(t, r)
	check(r.Problems())
	res, err := workforce.ReadJSONLParallel(strings.NewReader(in.String()), workforce.StreamOptions{Validate: true, ContinueOnError: true}, 2,
		workforce.Steps[workforce.Employer, struct{}]{Prepare: func(*workforce.Employer, *struct{}) error { return nil }, Commit: func(int, *struct{}) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	check(res.Problems)
}
