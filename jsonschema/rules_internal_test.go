package jsonschema

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	ijs "github.com/invopop/jsonschema"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// TestValuePatterns: each restated value rule's pattern accepts a
// decimal text exactly when the Go comparison does (on texts the
// Decimal type accepts).
func TestValuePatterns(t *testing.T) {
	hundred, thousand := decimal.NewFromInt(100), decimal.NewFromInt(1000)
	limit := decimal.New(1, 15)
	tests := []struct {
		name string
		s    *ijs.Schema
		want func(d decimal.Decimal) bool
	}{
		{"percent", percentSchema, func(d decimal.Decimal) bool { return d.Sign() >= 0 && d.Cmp(hundred) <= 0 }},
		{"positive percent", positivePercentSchema, func(d decimal.Decimal) bool { return d.Sign() > 0 && d.Cmp(hundred) <= 0 }},
		{"positive", positiveSchema, func(d decimal.Decimal) bool { return d.Sign() > 0 }},
		{"non-negative", nonNegativeSchema, func(d decimal.Decimal) bool { return d.Sign() >= 0 }},
		{"below 100", belowHundredSchema, func(d decimal.Decimal) bool { return d.Sign() >= 0 && d.Cmp(hundred) < 0 }},
		{"rate", rateSchema, func(d decimal.Decimal) bool { return d.Sign() > 0 && d.Cmp(thousand) <= 0 && d.Exponent() >= -2 }},
		{"whole count", wholeCountSchema, func(d decimal.Decimal) bool { return d.Sign() >= 0 && d.IsInteger() && d.Cmp(limit) <= 0 }},
		{"FTE count", fteCountSchema, func(d decimal.Decimal) bool {
			s := d.Shift(2)
			return d.Sign() >= 0 && s.IsInteger() && s.Cmp(limit) <= 0
		}},
	}
	lexical := regexp.MustCompile(workforce.DecimalPattern)
	edges := []string{"0", "0.0", "100", "100.00", "100.01", "99.999", "1000", "1000.00", "1000.001", "0.01", "0.001", "-0.5",
		"1000000000000000", "1000000000000000.0", "1000000000000001", "10000000000000", "10000000000000.01", "9999999999999.99", "12.500", "12.501"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			re := regexp.MustCompile(tc.s.Pattern)
			check := func(t interface {
				Fatalf(string, ...any)
				Fatal(...any)
			}, text string) {
				if !lexical.MatchString(text) {
					return
				}
				d, err := decimal.NewFromString(text)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := re.MatchString(text), tc.want(d); got != want {
					t.Fatalf("%s: pattern says %v, Go says %v", text, got, want)
				}
			}
			for _, e := range edges {
				check(t, e)
			}
			rapid.Check(t, func(rt *rapid.T) {
				check(rt, rapid.StringMatching(`-?(0|[1-9][0-9]{0,16})(\.[0-9]{1,4})?`).Draw(rt, "decimal"))
			})
		})
	}
}

// TestEqualsDecimal: the pattern of a score matches the texts with its
// value and no others.
func TestEqualsDecimal(t *testing.T) {
	for p := range 4 {
		want := scoreOf(p)
		re := regexp.MustCompile(equalsDecimal(want).Pattern)
		rapid.Check(t, func(rt *rapid.T) {
			text := rapid.OneOf(rapid.StringMatching(`(0|[1-9][0-9]{0,2})(\.[0-9]{1,4})?`),
				rapid.Just(want.String()), rapid.Just(want.StringFixed(4))).Draw(rt, "score")
			d := decimal.RequireFromString(text)
			if re.MatchString(text) != d.Equal(want) {
				rt.Fatalf("%s against %s: pattern %v", text, want, re.MatchString(text))
			}
		})
	}
}

// TestNonBlank: the pattern finds a character exactly when
// strings.TrimSpace leaves one.
func TestNonBlank(t *testing.T) {
	re := regexp.MustCompile(nonBlank)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if re.MatchString(s) != (strings.TrimSpace(s) != "") {
			t.Errorf("U+%04X: pattern %v, TrimSpace %q", r, re.MatchString(s), strings.TrimSpace(s))
		}
	}
	for _, s := range []string{"", " ", "\u00a0\u3000", " a ", "x"} {
		if re.MatchString(s) != (strings.TrimSpace(s) != "") {
			t.Errorf("%q", s)
		}
	}
}

// TestRuleEffectsRefuse: a rule that names a member its type does not
// have, or treats a member as what it is not, fails generation.
func TestRuleEffectsRefuse(t *testing.T) {
	scheme := reflect.TypeFor[accreditation.Scheme]()
	tests := []struct {
		name string
		e    effect
	}{
		{"forbid an unknown member", forbid("regulator")},
		{"require an unknown member", require("regulator")},
		{"isNot on a string that is not an enumeration", isNot("title", "x")},
		{"when without a then or else", when([]effect{is("basis", accreditation.BasisNoRegime)}, nil, nil)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := &generator{names: map[string]reflect.Type{}, owns: map[reflect.Type]*ownType{}, cur: &current{name: "x", used: map[string]*ownType{}}}
			b := &branch{g: g, t: scheme, s: &ijs.Schema{}}
			tc.e(b)
			if b.err == nil {
				t.Fatal("no error")
			}
		})
	}
}

// TestAddToMemberRefuses: a member rule may not overwrite a keyword the
// member's own rules set, nor constrain elements of a non-list.
func TestAddToMemberRefuses(t *testing.T) {
	g := &generator{}
	props := ijs.NewProperties()
	props.Set("p", &ijs.Schema{Type: "string", Pattern: "^a"})
	props.Set("n", &ijs.Schema{Type: "integer"})
	s := &ijs.Schema{Properties: props}
	typ := reflect.TypeFor[accreditation.Scheme]()
	for _, m := range []memberRule{{"p", stringPattern("^b")}, {"n", stringPattern("^b")}, {"n", &ijs.Schema{Items: &ijs.Schema{}}}, {"absent", &ijs.Schema{}}} {
		if err := g.addToMember(typ, s, m, "test"); err == nil {
			t.Errorf("%s: no error", m.member)
		}
	}
}

// TestWorkaroundsReachable: every rule is about a type some published
// document uses.
func TestWorkaroundsReachable(t *testing.T) {
	var types []reflect.Type
	for _, d := range documents() {
		types = append(types, d.typ)
	}
	reach := make(map[reflect.Type]bool)
	for _, t := range structsOf(types) {
		reach[t] = true
	}
	rules := objectRules()
	if len(rules) == 0 {
		t.Fatal("no object rules")
	}
	for _, r := range rules {
		if !reach[r.typ] {
			t.Errorf("objectRules: a rule of %s, which no document uses", r.typ)
		}
	}
}

func TestNamesOf(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"From and To bound the term.", []string{"From", "To"}},
		{"Met, Missing and Undetermined sort the host requirements.", []string{"Met", "Missing", "Undetermined"}},
		{"MinAge and MaxAge bound the age.", []string{"MinAge", "MaxAge"}},
		{"Title names it.", []string{"Title"}},
		{"the lower case start", nil},
	}
	for _, tc := range tests {
		if got := namesOf(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("namesOf(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
