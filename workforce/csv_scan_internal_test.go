package workforce

import (
	"bytes"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// TestCSVScanLinear: whatever the quoting, no physical line is read more
// than twice (once as the continuation of a quoted cell that turned out
// bad, once again as a row of its own), so reading is linear. Lines are
// drawn from quotes, commas, spaces and letters, the worst alphabet for a
// CSV reader.
func TestCSVScanLinear(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		lines := rapid.SliceOfN(rapid.StringOfN(rapid.RuneFrom([]rune(`",a `)), 0, 12, -1), 1, 300).Draw(t, "lines")
		in := "a,b,c\n" + strings.Join(lines, "\n")
		f := newCSVFile(strings.NewReader(in), StreamOptions{MaxLineBytes: 1 << 16}, []string{"a", "b", "c"}, make([]bool, 3), []string{"/a", "/b", "/c"})
		if !f.readHeader() {
			t.Fatal(f.err)
		}
		rows := 0
		for {
			st := f.next()
			if st == rowEOF {
				break
			}
			if st == rowFailed {
				t.Fatal(f.err)
			}
			rows++
		}
		physical := 1 + len(lines)
		if f.reads > 2*physical+1 {
			t.Fatalf("%d reads for %d lines", f.reads, physical)
		}
		if rows > len(lines) {
			t.Fatalf("%d rows from %d lines", rows, len(lines))
		}
	})
}

// TestCSVScanUnclosedQuoteReadsOnce: the 600,000-line input of issue 10 in
// small: the lines after an unclosed quote are read twice at most.
func TestCSVScanUnclosedQuoteReadsOnce(t *testing.T) {
	var in bytes.Buffer
	in.WriteString("a,b,c\n1,\"open,3\n")
	const n = 50000
	for range n {
		in.WriteString("1,two,3\n")
	}
	f := newCSVFile(&in, StreamOptions{}, []string{"a", "b", "c"}, make([]bool, 3), []string{"/a", "/b", "/c"})
	f.readHeader()
	rows, bad := 0, 0
	for st := f.next(); st != rowEOF; st = f.next() {
		if st == rowBad {
			bad++
		} else {
			rows++
		}
	}
	if rows != n || bad != 1 || f.reads > 2*(n+2)+1 {
		t.Fatalf("%d rows, %d bad, %d reads", rows, bad, f.reads)
	}
}
