package jsonptr_test

import (
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/jsonptr"
)

func TestEscapeRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tokens := rapid.SliceOfN(rapid.StringMatching(`[a-z~/0-9]{0,6}`), 1, 5).Draw(t, "tokens")
		p := ""
		for _, tok := range tokens {
			p = jsonptr.Key(p, tok)
		}
		if got := jsonptr.Tokens(p); !slices.Equal(got, tokens) {
			t.Fatalf("Tokens(%q) = %q, want %q", p, got, tokens)
		}
	})
}

func TestCompare(t *testing.T) {
	ordered := []string{"", "/a", "/a/2", "/a/10", "/a/x", "/b", "/workers/2/id", "/workers/10"}
	for i := range ordered {
		for j := range ordered {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := jsonptr.Compare(ordered[i], ordered[j]); got != want {
				t.Errorf("Compare(%q, %q) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
	if jsonptr.Escape("a/b~c") != "a~1b~0c" || jsonptr.Index("/x", 3) != "/x/3" {
		t.Error("escape")
	}
}
