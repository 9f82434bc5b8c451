package workforce

import (
	"fmt"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/strictjson"
)

// TestFastTextPathsAgree: the fast paths of the generated decoders
// (scanDate, scanHours, scanCredits, scanFTE) read a value only when the
// general way — the string scanned, then UnmarshalText — reads the same
// value from it, consume exactly the quoted string, and consume nothing
// when they decline.
func TestFastTextPathsAgree(t *testing.T) {
	text := rapid.OneOf(
		rapid.StringMatching(`[0-9.\-]{0,22}`),
		rapid.StringMatching(`(0|[1-9][0-9]{0,8})(\.[0-9]{0,3})?`),
		rapid.StringMatching(`[0-9]{4}-[0-9]{2}-[0-9]{2}`),
		rapid.StringMatching(`[0-9 a\\"\x00]{0,12}`),
	)
	tail := rapid.SampledFrom([]string{"", `"`, `",`, `"}`, `x`, `0"`})
	t.Run("date", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			agree(t, `"`+text.Draw(t, "text")+tail.Draw(t, "tail"), scanDate, (*CivilDate).UnmarshalText)
		})
	})
	t.Run("hours", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			agree(t, `"`+text.Draw(t, "text")+tail.Draw(t, "tail"), scanHours, (*Hours).UnmarshalText)
		})
	})
	t.Run("credits", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			agree(t, `"`+text.Draw(t, "text")+tail.Draw(t, "tail"), scanCredits, (*Credits).UnmarshalText)
		})
	})
	t.Run("fte", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			agree(t, `"`+text.Draw(t, "text")+tail.Draw(t, "tail"), scanFTE, (*FTE).UnmarshalText)
		})
	})
}

func agree[T comparable](t *rapid.T, input string, fast func(*strictjson.Scanner, *T) bool, general func(*T, []byte) error) {
	var s strictjson.Scanner
	s.Reset([]byte(input))
	var got T
	if !fast(&s, &got) {
		if len(s.Value()) != len(input) {
			t.Fatalf("%q: declined but consumed %d bytes", input, len(input)-len(s.Value()))
		}
		return
	}
	used := len(input) - len(s.Value())
	var g strictjson.Scanner
	g.Reset([]byte(input))
	b, ok := g.Text(strictjson.WantString)
	if !ok {
		t.Fatalf("%q: the fast path read a value where there is no string", input)
	}
	var want T
	if err := general(&want, b); err != nil {
		t.Fatalf("%q: the fast path read %v, the general way refuses it: %v", input, got, err)
	}
	if got != want || used != len(input)-len(g.Value()) {
		t.Fatalf("%q: fast %v (%d bytes), general %v (%d bytes)", input, got, used, want, len(input)-len(g.Value()))
	}
}

// TestParseDateFastMatchesSlow: the fast date parser accepts exactly the
// real dates the slow one accepts, with the same day, and nothing else.
func TestParseDateFastMatchesSlow(t *testing.T) {
	check := func(t interface{ Fatalf(string, ...any) }, s string) {
		fast, ok := parseDateFast(s)
		slow, err := parseDateSlow(s)
		if ok != (err == nil) || (ok && fast != slow) {
			t.Fatalf("%q: fast %v %v, slow %v %v", s, fast, ok, slow, err)
		}
	}
	// Every day of the years around the calendar's edges and leap rules.
	for _, y := range []int{1, 2, 4, 99, 100, 400, 1600, 1900, 2000, 2024, 2100, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				check(t, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		check(t, rapid.StringMatching(`[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9:/\-]{10}`).Draw(t, "date"))
	})
}
