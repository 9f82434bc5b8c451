package workforce_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/workforce"
)

// event is what a reader reported for one record or bad line, in order.
type event struct {
	Line int
	ID   string
	Bad  workforce.Problems
}

// messyLine draws one line of a hand-made employers file: good records,
// records that break a rule, malformed JSON, blanks, repeated members,
// long lines, CRLF ends.
func messyLine(t *rapid.T, i int) string {
	good := fmt.Sprintf(`{"id":"E-%d","name":"Employer %d","sector":"ngo"}`, i, i)
	switch rapid.IntRange(0, 9).Draw(t, "kind") {
	case 0:
		return ""
	case 1:
		return "   \t"
	case 2:
		return fmt.Sprintf(`{"id":"E-%d","name":"","sector":"ngo"}`, i) // invalid: name required
	case 3:
		return `{"id":"E-1","name":` // malformed
	case 4:
		return fmt.Sprintf(`{"id":"E-%d","name":"x","sector":"ngo","sector":"private"}`, i) // repeated member
	case 5:
		return fmt.Sprintf(`{"id":"E-%d","name":"%s","sector":"ngo"}`, i, strings.Repeat("n", rapid.IntRange(100, 400).Draw(t, "long"))) // over the limit or invalid
	case 6:
		return good + "\r"
	case 7:
		return fmt.Sprintf(`{"id":"REJECT-%d","name":"x","sector":"ngo"}`, i) // refused by prepare
	case 8:
		return fmt.Sprintf(`{"id":"VETO-%d","name":"x","sector":"ngo"}`, i) // refused by commit
	}
	return good
}

func sequential(data []byte, opts workforce.StreamOptions) ([]event, error) {
	r := workforce.NewJSONLReader[workforce.Employer](bytes.NewReader(data), opts)
	var out []event
	printed := 0
	flush := func() {
		for _, p := range r.Problems()[printed:] {
			out = appendBad(out, p)
		}
		printed = len(r.Problems())
	}
	for r.Next() {
		flush()
		e := r.Borrow()
		line := r.Line()
		var refused workforce.Problems
		switch {
		case strings.HasPrefix(string(e.ID), "REJECT"):
			refused = workforce.Problems{{Code: "rejected", Path: "/id", Line: line, Message: "prepare refused it"}}
		case strings.HasPrefix(string(e.ID), "VETO"):
			refused = workforce.Problems{{Code: "vetoed", Line: line, Message: "commit refused it"}}
		}
		switch {
		case refused != nil && !opts.ContinueOnError:
			return out, refused
		case refused != nil:
			out = append(out, event{Line: line, Bad: refused})
		default:
			out = append(out, event{Line: line, ID: strings.Clone(string(e.ID))})
		}
	}
	flush()
	return out, r.Err()
}

func appendBad(out []event, p workforce.Problem) []event {
	if n := len(out); n > 0 && out[n-1].Line == p.Line && out[n-1].Bad != nil {
		out[n-1].Bad = append(out[n-1].Bad, p)
		return out
	}
	return append(out, event{Line: p.Line, Bad: workforce.Problems{p}})
}

func parallel(data []byte, opts workforce.StreamOptions, par, size int) ([]event, workforce.ParallelResult, error) {
	var out []event
	type rec struct{ id string }
	res, err := workforce.ReadJSONLParallelSized(bytes.NewReader(data), opts, par, size,
		func(e *workforce.Employer, r *rec) error {
			if strings.HasPrefix(string(e.ID), "REJECT") {
				return workforce.Problems{{Code: "rejected", Path: "/id", Message: "prepare refused it"}}
			}
			r.id = strings.Clone(string(e.ID))
			return nil
		},
		func(line int, r *rec) error {
			if strings.HasPrefix(r.id, "VETO") {
				return workforce.Problems{{Code: "vetoed", Message: "commit refused it"}}
			}
			out = append(out, event{Line: line, ID: r.id})
			return nil
		})
	for _, p := range res.Problems {
		out = appendBad(out, p)
	}
	return out, res, err
}

// sortEvents orders events by line; a reader reports good records as it
// commits them and bad lines in its problem list.
func sortEvents(es []event) []event {
	out := append([]event(nil), es...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Line < out[j-1].Line; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// TestParallelMatchesSequential: whatever the number of goroutines and
// wherever blocks are cut, the parallel reader commits the same records
// with the same lines and reports the same bad lines as JSONLReader.
func TestParallelMatchesSequential(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 60).Draw(t, "lines")
		var b strings.Builder
		if rapid.Bool().Draw(t, "bom") {
			b.WriteString("\ufeff")
		}
		for i := range n {
			b.WriteString(messyLine(t, i))
			if i < n-1 || rapid.Bool().Draw(t, "final newline") {
				b.WriteString("\n")
			}
		}
		data := []byte(b.String())
		opts := workforce.StreamOptions{Validate: true, ContinueOnError: rapid.Bool().Draw(t, "continue"), MaxLineBytes: rapid.SampledFrom([]int{0, 150, 300}).Draw(t, "max line")}
		want, wantErr := sequential(data, opts)
		par := rapid.IntRange(1, 4).Draw(t, "par")
		size := rapid.IntRange(1, 400).Draw(t, "block size")
		got, res, err := parallel(data, opts, par, size)
		if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Fatalf("error %v, want %v", err, wantErr)
		}
		if opts.ContinueOnError {
			if diff := cmp.Diff(sortEvents(want), sortEvents(got)); diff != "" {
				t.Fatalf("events differ (sequential -, parallel +):\n%s", diff)
			}
		} else {
			// Stopping: the same records are committed before the first bad
			// line, which is the error.
			var good []event
			for _, e := range want {
				if e.Bad == nil {
					good = append(good, e)
				}
			}
			if diff := cmp.Diff(good, got); diff != "" {
				t.Fatalf("committed records differ (sequential -, parallel +):\n%s", diff)
			}
		}
		if opts.ContinueOnError && res.Lines != strings.Count(string(data), "\n")+boolInt(len(data) > 0 && data[len(data)-1] != '\n') {
			t.Fatalf("%d lines counted", res.Lines)
		}
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

type slowReader struct {
	data []byte
	err  error
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p[:min(len(p), 7)], r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestParallelReadError(t *testing.T) {
	data := []byte(`{"id":"E-1","name":"x","sector":"ngo"}` + "\n" + `{"id":"E-2"`)
	var committed atomic.Int32
	_, err := workforce.ReadJSONLParallel(&slowReader{data: data, err: errors.New("disk on fire")}, workforce.StreamOptions{ContinueOnError: true}, 2,
		workforce.Steps[workforce.Employer, struct{}]{Prepare: func(*workforce.Employer, *struct{}) error { return nil }, Commit: func(int, *struct{}) error { committed.Add(1); return nil }})
	if err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("error %v", err)
	}
	_, err = workforce.ReadJSONLParallel(&slowReader{data: data, err: io.EOF}, workforce.StreamOptions{MaxLineBytes: -1}, 2,
		workforce.Steps[workforce.Employer, struct{}]{Prepare: func(*workforce.Employer, *struct{}) error { return nil }, Commit: func(int, *struct{}) error { return nil }})
	if ps := workforce.AsProblems(err); len(ps) != 1 || ps[0].Path != "/max_line_bytes" {
		t.Fatalf("bad options must be refused: %v", err)
	}
}

// TestParallelLongLine: a line far beyond the limit, longer than any
// block, is skipped without being held and numbered right.
func TestParallelLongLine(t *testing.T) {
	good := `{"id":"E-1","name":"x","sector":"ngo"}`
	data := []byte(good + "\n" + `{"id":"E-2","name":"` + strings.Repeat("y", 5<<20) + `","sector":"ngo"}` + "\n" + good + "\n")
	got, res, err := parallel(data, workforce.StreamOptions{ContinueOnError: true, MaxLineBytes: 1000}, 2, 4096)
	if err != nil || res.Accepted != 2 || res.Skipped != 1 || len(res.Problems) != 1 || res.Problems[0].Line != 2 || res.Problems[0].Code != workforce.CodeLineTooLong {
		t.Fatalf("events %v, result %+v, error %v", got, res, err)
	}
}

// TestSkipLate: lines found bad after reading leave the accepted count,
// join the skipped, and their problems join the others in line order,
// within the limit.
func TestSkipLate(t *testing.T) {
	p := func(line int, code string) workforce.Problem { return workforce.Problem{Line: line, Code: code} }
	for _, c := range []struct {
		name      string
		before    workforce.Problems
		late      workforce.Problems
		max       int
		want      workforce.Problems
		acc, skip int
	}{
		{"none", workforce.Problems{p(3, "a")}, nil, 0, workforce.Problems{p(3, "a")}, 10, 1},
		{"interleaved", workforce.Problems{p(3, "a"), p(9, "b")}, workforce.Problems{p(12, "d"), p(5, "d")}, 0,
			workforce.Problems{p(3, "a"), p(5, "d"), p(9, "b"), p(12, "d")}, 8, 4},
		{"two problems on one line", nil, workforce.Problems{p(4, "d"), p(4, "e")}, 0,
			workforce.Problems{p(4, "d"), p(4, "e")}, 9, 1},
		{"within the limit", workforce.Problems{p(3, "a"), p(9, "b")}, workforce.Problems{p(1, "d"), p(5, "d")}, 3,
			workforce.Problems{p(1, "d"), p(3, "a"), p(5, "d")}, 8, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := workforce.ParallelResult{StreamSummary: workforce.StreamSummary{Accepted: 10, Skipped: len(c.before), Lines: 20}, Problems: c.before}
			late := slices.Clone(c.late)
			res.SkipLate(workforce.StreamOptions{ContinueOnError: true, MaxProblems: c.max}, late)
			if fmt.Sprint(res.Problems) != fmt.Sprint(c.want) || res.Accepted != c.acc || res.Skipped != c.skip || res.Lines != 20 {
				t.Fatalf("got %+v, want problems %v accepted %d skipped %d", res, c.want, c.acc, c.skip)
			}
			if fmt.Sprint(late) != fmt.Sprint(c.late) {
				t.Fatal("the late problems passed in were changed")
			}
		})
	}
}
