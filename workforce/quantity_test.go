package workforce_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/workforce"
)

func TestParseQuantities(t *testing.T) {
	type parser func(string) (string, error)
	hours := func(s string) (string, error) { v, err := workforce.ParseHours(s); return v.String(), err }
	fte := func(s string) (string, error) { v, err := workforce.ParseFTE(s); return v.String(), err }
	amount := func(s string) (string, error) { v, err := workforce.ParseAmount(s); return v.String(), err }
	dec := func(s string) (string, error) { v, err := workforce.ParseDecimal(s); return v.String(), err }
	tests := []struct {
		name  string
		parse parser
		in    string
		code  string // "" when valid
	}{
		{"hours keep two decimals", hours, "12.50", ""},
		{"hours integer", hours, "1000", ""},
		{"hours zero", hours, "0", ""},
		{"hours largest", hours, "9999999.99", ""},
		{"hours negative", hours, "-3", workforce.CodeNegative},
		{"hours three decimals", hours, "1.125", workforce.CodeScale},
		{"hours eight integer digits", hours, "10000000", workforce.CodeMax},
		{"hours leading zero", hours, "012", workforce.CodeInvalidValue},
		{"hours exponent", hours, "1e3", workforce.CodeInvalidValue},
		{"hours plus sign", hours, "+1", workforce.CodeInvalidValue},
		{"hours bare point", hours, "1.", workforce.CodeInvalidValue},
		{"hours leading point", hours, ".5", workforce.CodeInvalidValue},
		{"hours negative zero", hours, "-0", workforce.CodeInvalidValue},
		{"hours empty", hours, "", workforce.CodeInvalidValue},
		{"hours huge", hours, "123456789012345678901234567890", workforce.CodeMax},
		{"fte full", fte, "1.00", ""},
		{"fte half", fte, "0.5", ""},
		{"fte smallest", fte, "0.01", ""},
		{"fte zero", fte, "0", workforce.CodeMin},
		{"fte zero with decimals", fte, "0.00", workforce.CodeMin},
		{"fte above one", fte, "1.01", workforce.CodeMax},
		{"fte two", fte, "2", workforce.CodeMax},
		{"fte three decimals", fte, "0.125", workforce.CodeScale},
		{"amount four decimals", amount, "1500000.0000", ""},
		{"amount five decimals", amount, "1.00001", workforce.CodeScale},
		{"amount negative", amount, "-5.00", workforce.CodeNegative},
		{"decimal negative", dec, "-64.40", ""},
		{"decimal large", dec, "123456789012345678901234567890.123456789012345678901", ""},
		{"decimal exponent", dec, "6.44e1", workforce.CodeInvalidValue},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.parse(tc.in)
			if tc.code == "" {
				if err != nil {
					t.Fatalf("parse(%q): %v", tc.in, err)
				}
				if got != tc.in {
					t.Fatalf("parse(%q).String() = %q: the scale must be kept", tc.in, got)
				}
				return
			}
			var ve *workforce.ValueError
			if !errors.As(err, &ve) {
				t.Fatalf("parse(%q) error = %v, want a ValueError", tc.in, err)
			}
			if ve.Code != tc.code {
				t.Fatalf("parse(%q) code = %s (%s), want %s", tc.in, ve.Code, ve.Reason, tc.code)
			}
		})
	}
}

// TestQuantityPatternsAgree proves that each published pattern accepts
// exactly the strings the Go parser accepts.
func TestQuantityPatternsAgree(t *testing.T) {
	cases := []struct {
		name    string
		pattern string
		parse   func(string) error
	}{
		{"hours", workforce.HoursPattern, func(s string) error { _, err := workforce.ParseHours(s); return err }},
		{"credits", workforce.CreditsPattern, func(s string) error { _, err := workforce.ParseCredits(s); return err }},
		{"fte", workforce.FTEPattern, func(s string) error { _, err := workforce.ParseFTE(s); return err }},
		{"amount", workforce.AmountPattern, func(s string) error { _, err := workforce.ParseAmount(s); return err }},
		{"decimal", workforce.DecimalPattern, func(s string) error { _, err := workforce.ParseDecimal(s); return err }},
		{"date", workforce.DatePattern, func(s string) error {
			// The pattern is lexical; the calendar check is format "date".
			if _, err := workforce.ParseDate(s); err != nil && !regexp.MustCompile(workforce.DatePattern).MatchString(s) {
				return err
			}
			return nil
		}},
	}
	text := rapid.OneOf(
		rapid.StringMatching(`-?[0-9]{0,20}(\.[0-9]{0,6})?`),
		rapid.StringMatching(`[0-9]{4}-[0-9]{2}-[0-9]{2}`),
		rapid.StringMatching(`[-+.e0-9]{0,8}`),
		gen.Fixed(16, 5),
	)
	for _, c := range cases {
		re := regexp.MustCompile(c.pattern)
		t.Run(c.name, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				s := text.Draw(t, "s")
				if m, err := re.MatchString(s), c.parse(s); m != (err == nil) {
					t.Fatalf("%q: pattern match %v, parser error %v", s, m, err)
				}
			})
		})
	}
}

func TestQuantityRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		h := gen.Hours().Draw(t, "hours")
		b, err := json.Marshal(h)
		if err != nil {
			t.Fatal(err)
		}
		var back workforce.Hours
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back != h || string(b) != `"`+h.String()+`"` {
			t.Fatalf("JSON round trip %v → %s → %v", h, b, back)
		}
		d, err := workforce.HoursFromDecimal(h.Decimal())
		if err != nil || d != h {
			t.Fatalf("HoursFromDecimal(Decimal()) = %v, %v; want %v", d, err, h)
		}
		a := gen.Amount().Draw(t, "amount")
		if p, err := workforce.ParseAmount(a.String()); err != nil || p != a {
			t.Fatalf("ParseAmount(String()) = %v, %v; want %v", p, err, a)
		}
		f := gen.FTE().Draw(t, "fte")
		if p, err := workforce.ParseFTE(f.String()); err != nil || p != f || f.Hundredths() < 1 || f.Hundredths() > 100 {
			t.Fatalf("FTE %v: parse back %v, %v, hundredths %d", f, p, err, f.Hundredths())
		}
	})
}

func TestQuantitiesIgnoreDecimalGlobals(t *testing.T) {
	// A host program may change shopspring's process-wide settings; the
	// wire form must not move. (Restored at the end; this test is not
	// parallel.)
	old := decimal.MarshalJSONWithoutQuotes
	decimal.MarshalJSONWithoutQuotes = true
	defer func() { decimal.MarshalJSONWithoutQuotes = old }()
	b, err := json.Marshal(struct {
		H workforce.Hours   `json:"h"`
		D workforce.Decimal `json:"d"`
	}{workforce.MustParseHours("12.50"), workforce.MustParseDecimal("64.40")})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"h":"12.50","d":"64.40"}` {
		t.Fatalf("got %s", b)
	}
}

func TestQuantityCompare(t *testing.T) {
	a, b := workforce.MustParseHours("1.5"), workforce.MustParseHours("1.50")
	if a == b || !a.Equal(b) || a.Cmp(b) != 0 {
		t.Fatal(`"1.5" and "1.50" must differ in form and be equal in value`)
	}
	if workforce.MustParseHours("0").IsZero() || !(workforce.Hours{}).IsZero() {
		t.Fatal("a given 0 is set; the zero value is unset")
	}
	if workforce.FullTime().Hundredths() != 100 || workforce.MustParseFTE("0.5").Hundredths() != 50 {
		t.Fatal("FTE hundredths")
	}
	if workforce.MustParseHours("12.5").Hundredths() != 1250 || workforce.MustParseCredits("9999999.99").Hundredths() != 999999999 || (workforce.Hours{}).Hundredths() != 0 {
		t.Fatal("hours and credits hundredths")
	}
}
