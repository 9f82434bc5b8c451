package enum_test

import (
	"fmt"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/enum"
)

type colour string

var colours = []enum.Entry[colour]{{"red", "Red"}, {"green", "Green"}, {"blue", "Blue"}}

func TestTable(t *testing.T) {
	if got := enum.Values(colours); !slices.Equal(got, []colour{"red", "green", "blue"}) {
		t.Errorf("Values = %v", got)
	}
	if got := enum.Strings(colours); !slices.Equal(got, []string{"red", "green", "blue"}) {
		t.Errorf("Strings = %v", got)
	}
	for _, c := range []struct {
		v     colour
		valid bool
		title string
	}{{"red", true, "Red"}, {"blue", true, "Blue"}, {"", false, ""}, {"Red", false, ""}} {
		if got := enum.Valid(colours, c.v); got != c.valid {
			t.Errorf("Valid(%q) = %v", c.v, got)
		}
		if got := enum.Title(colours, c.v); got != c.title {
			t.Errorf("Title(%q) = %q", c.v, got)
		}
		code, param, msg := enum.Check(colours, c.v)
		if (code == "") != c.valid {
			t.Errorf("Check(%q) = %q", c.v, code)
		}
		if !c.valid && (code != "not_supported" || param != "red|green|blue" || msg != "must be one of red, green, blue") {
			t.Errorf("Check(%q) = %q, %q, %q", c.v, code, param, msg)
		}
	}
}

func TestDense(t *testing.T) {
	d := enum.NewDense(enum.Values(colours))
	if d.Len() != 3 {
		t.Fatalf("Len = %d", d.Len())
	}
	for v, want := range map[colour]int{"red": 1, "green": 2, "blue": 3, "": 0, "violet": 0} {
		if got := d.Index(v); got != want {
			t.Errorf("Index(%q) = %d, want %d", v, got, want)
		}
	}
	for i, want := range map[int]colour{-1: "", 0: "", 1: "red", 3: "blue", 4: ""} {
		if got := d.Value(i); got != want {
			t.Errorf("Value(%d) = %q, want %q", i, got, want)
		}
	}
}

// Values that no hash of length and first, middle and last bytes tells
// apart are found by a scan.
func TestDenseScan(t *testing.T) {
	vals := []string{"abcba", "abcda", "xbcdx"}
	d := enum.NewDense(vals)
	for i, v := range vals {
		if d.Index(v) != i+1 {
			t.Errorf("Index(%q) = %d, want %d", v, d.Index(v), i+1)
		}
	}
	for _, v := range []string{"", "abcca", "abcb"} {
		if d.Index(v) != 0 {
			t.Errorf("Index(%q) = %d, want 0", v, d.Index(v))
		}
	}
	if empty := enum.NewDense[string](nil); empty.Len() != 0 || empty.Index("a") != 0 || empty.Value(1) != "" {
		t.Error("an empty index has a value")
	}
}

// Index and Value are inverse on the values, and every other value has
// index 0.
func TestDenseInverse(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		vals := rapid.SliceOfDistinct(rapid.StringMatching(`[a-z_]{1,12}`), rapid.ID[string]).Draw(t, "values")
		d := enum.NewDense(vals)
		for i, v := range vals {
			if d.Index(v) != i+1 || d.Value(i+1) != v {
				t.Fatalf("value %q at %d: Index %d, Value %q", v, i+1, d.Index(v), d.Value(i+1))
			}
		}
		other := rapid.String().Draw(t, "other")
		if i := d.Index(other); i != 0 && d.Value(i) != other {
			t.Fatalf("Index(%q) = %d, whose value is %q", other, i, d.Value(i))
		}
		if !slices.Contains(vals, other) && d.Index(other) != 0 {
			t.Fatalf("Index(%q) = %d for a value not in %v", other, d.Index(other), vals)
		}
	})
}

func BenchmarkDenseIndex(b *testing.B) {
	vals := []string{"government", "ngo", "private", "faith_based", "international", "community_based"}
	d := enum.NewDense(vals)
	n := 0
	for i := 0; b.Loop(); i++ {
		n += d.Index(vals[i%len(vals)])
	}
	if n == 0 {
		b.Fatal("no index")
	}
}

func ExampleDense() {
	sectors := enum.NewDense([]string{"government", "ngo", "private"})
	var counts [4]int // index 0 counts values outside the table
	for _, s := range []string{"ngo", "government", "ngo", "", "unknown"} {
		counts[sectors.Index(s)]++
	}
	for i := 1; i <= sectors.Len(); i++ {
		fmt.Println(sectors.Value(i), counts[i])
	}
	fmt.Println("other", counts[0])
	// Output:
	// government 1
	// ngo 2
	// private 0
	// other 2
}
