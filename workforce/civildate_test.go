package workforce_test

import (
	"errors"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/workforce"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr bool
	}{
		{name: "ordinary", in: "2025-06-30", want: "2025-06-30"},
		{name: "leap day in leap year", in: "2024-02-29", want: "2024-02-29"},
		{name: "leap day in 2000", in: "2000-02-29", want: "2000-02-29"},
		{name: "first representable", in: "0001-01-01", want: "0001-01-01"},
		{name: "last representable", in: "9999-12-31", want: "9999-12-31"},
		{name: "leap day in common year", in: "2023-02-29", wantErr: true},
		{name: "leap day in 1900", in: "1900-02-29", wantErr: true},
		{name: "31 April", in: "2024-04-31", wantErr: true},
		{name: "month 13", in: "2024-13-01", wantErr: true},
		{name: "day 0", in: "2024-01-00", wantErr: true},
		{name: "year 0", in: "0000-01-01", wantErr: true},
		{name: "no zero padding", in: "2024-1-01", wantErr: true},
		{name: "slashes", in: "2024/01/01", wantErr: true},
		{name: "time of day", in: "2024-01-01T00:00:00Z", wantErr: true},
		{name: "empty", in: "", wantErr: true},
		{name: "spaces", in: " 2024-01-01", wantErr: true},
		{name: "signed year", in: "+024-01-01", wantErr: true},
		{name: "letters", in: "20a4-01-01", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := workforce.ParseDate(tc.in)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want an error", tc.in, d)
				}
				var ve *workforce.ValueError
				if !errors.As(err, &ve) || !errors.Is(err, workforce.ErrValue) || ve.Value != tc.in {
					t.Fatalf("ParseDate(%q) error %v is not a ValueError quoting the input", tc.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			if got := d.String(); got != tc.want {
				t.Fatalf("ParseDate(%q).String() = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseDateMessage(t *testing.T) {
	_, err := workforce.ParseDate("2023-02-29")
	want := `workforce: invalid CivilDate "2023-02-29": February 2023 has 28 days`
	if err == nil || err.Error() != want {
		t.Fatalf("error = %v, want %s", err, want)
	}
}

func TestDateArithmetic(t *testing.T) {
	d := workforce.MustParseDate
	tests := []struct {
		name string
		got  workforce.CivilDate
		want string
	}{
		{"month end clamps", d("2025-01-31").AddMonths(1), "2025-02-28"},
		{"month end clamps in leap year", d("2024-01-31").AddMonths(1), "2024-02-29"},
		{"months backwards clamp", d("2025-05-31").AddMonths(-3), "2025-02-28"},
		{"leap day plus a year", d("2024-02-29").AddYears(1), "2025-02-28"},
		{"leap day plus four years", d("2024-02-29").AddYears(4), "2028-02-29"},
		{"leap day minus a year", d("2024-02-29").AddYears(-1), "2023-02-28"},
		{"across year end", d("2024-11-30").AddMonths(3), "2025-02-28"},
		{"twelve months", d("2024-03-15").AddMonths(12), "2025-03-15"},
		{"days forward", d("2024-02-28").AddDays(1), "2024-02-29"},
		{"days across year", d("2024-12-31").AddDays(1), "2025-01-01"},
		{"days backwards", d("2025-03-01").AddDays(-1), "2025-02-28"},
		{"saturates high", d("9999-12-31").AddDays(1), "9999-12-31"},
		{"saturates low", d("0001-01-01").AddMonths(-1), "0001-01-01"},
		{"years saturate high", d("9999-06-01").AddYears(5), "9999-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got.String() != tc.want {
				t.Fatalf("got %s, want %s", tc.got, tc.want)
			}
		})
	}
	if got := workforce.DaysBetween(d("2024-01-01"), d("2024-12-31")); got != 365 {
		t.Errorf("DaysBetween within 2024 = %d, want 365", got)
	}
	if got := workforce.DaysBetween(d("2025-03-01"), d("2025-01-01")); got != -59 {
		t.Errorf("DaysBetween backwards = %d, want -59", got)
	}
	if got := workforce.YearsBetween(d("2000-02-29"), d("2001-02-28")); got != 1 {
		t.Errorf("age of a leap-day baby on 28 Feb = %d, want 1", got)
	}
	if got := workforce.YearsBetween(d("1990-07-01"), d("2025-06-30")); got != 34 {
		t.Errorf("age the day before the birthday = %d, want 34", got)
	}
	if got := d("2025-11-23").Weekday(); got != time.Sunday {
		t.Errorf("2025-11-23 is a %s, want Sunday", got)
	}
	var zero workforce.CivilDate
	if !zero.IsZero() || zero.String() != "" || !zero.AddDays(3).IsZero() || workforce.DaysBetween(zero, d("2024-01-01")) != 0 {
		t.Error("the unset date must stay unset and count as no days")
	}
}

func TestDateTextRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := gen.AnyDate().Draw(t, "date")
		text, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back workforce.CivilDate
		if err := back.UnmarshalText(text); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", text, err)
		}
		if back != d || string(text) != d.String() {
			t.Fatalf("round trip %v → %q → %v", d, text, back)
		}
		if p, err := workforce.ParseDate(d.String()); err != nil || p != d {
			t.Fatalf("ParseDate(String()) = %v, %v", p, err)
		}
	})
}

func TestDateAgreesWithTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := gen.AnyDate().Draw(t, "a")
		b := gen.AnyDate().Draw(t, "b")
		ta, tb := a.Time(), b.Time()
		if a.Compare(b) != ta.Compare(tb) || a.Before(b) != ta.Before(tb) || a.After(b) != ta.After(tb) {
			t.Fatalf("order of %v and %v disagrees with time", a, b)
		}
		if workforce.DateOf(ta) != a {
			t.Fatalf("DateOf(Time()) = %v, want %v", workforce.DateOf(ta), a)
		}
		if a.Weekday() != ta.Weekday() {
			t.Fatalf("weekday of %v = %v, time says %v", a, a.Weekday(), ta.Weekday())
		}
		days := int((tb.Unix() - ta.Unix()) / 86400) // Sub saturates beyond 292 years
		if got := workforce.DaysBetween(a, b); got != days {
			t.Fatalf("DaysBetween(%v, %v) = %d, time says %d", a, b, got, days)
		}
	})
}

func TestDateArithmeticLaws(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := gen.Date(workforce.MustParseDate("1800-01-01"), workforce.MustParseDate("2200-12-31")).Draw(t, "d")
		n := rapid.IntRange(-1200, 1200).Draw(t, "n")
		m := d.AddMonths(n)
		y, mo, day := d.Date()
		ty, tm, _ := time.Date(y, mo+time.Month(n), 1, 0, 0, 0, 0, time.UTC).Date()
		if m.Year() != ty || m.Month() != tm {
			t.Fatalf("%v + %d months landed in %d-%02d, want %d-%02d", d, n, m.Year(), m.Month(), ty, tm)
		}
		if want := min(day, workforce.DaysIn(ty, tm)); m.Day() != want {
			t.Fatalf("%v + %d months = %v, want day %d (clamped to month end)", d, n, m, want)
		}
		k := rapid.IntRange(-100000, 100000).Draw(t, "k")
		if got := workforce.DaysBetween(d, d.AddDays(k)); got != k {
			t.Fatalf("DaysBetween(d, d+%d) = %d", k, got)
		}
		if d.AddDays(k).AddDays(-k) != d {
			t.Fatalf("AddDays(%d) is not undone by AddDays(%d)", k, -k)
		}
		if d.AddYears(1) != d.AddMonths(12) {
			t.Fatal("AddYears(1) must equal AddMonths(12)")
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "2024-13-01", "", "2024-1-1", "aaaa-bb-cc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := workforce.ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) returned %v with an error", s, d)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			t.Fatalf("ParseDate accepted %q but time.Parse rejects it: %v", s, err)
		}
	})
}

// Two intervals (not empty: from on or before to) overlap exactly when
// some day lies within both; the relation is symmetric, and an unset
// bound is open.
func TestOverlapsLaw(t *testing.T) {
	base := workforce.MustNewDate(2024, 1, 1)
	rapid.Check(t, func(t *rapid.T) {
		bound := func(label string) workforce.CivilDate {
			n := rapid.IntRange(-1, 20).Draw(t, label)
			if n < 0 {
				return workforce.CivilDate{}
			}
			return base.AddDays(n)
		}
		interval := func(label string) (from, to workforce.CivilDate) {
			from, to = bound(label+" from"), bound(label+" to")
			if !from.IsZero() && !to.IsZero() && to.Before(from) {
				from, to = to, from
			}
			return from, to
		}
		aFrom, aTo := interval("a")
		bFrom, bTo := interval("b")
		shared := false
		for n := -1; n <= 21; n++ {
			d := base.AddDays(n)
			shared = shared || (d.Within(aFrom, aTo) && d.Within(bFrom, bTo))
		}
		if got := workforce.Overlaps(aFrom, aTo, bFrom, bTo); got != shared {
			t.Fatalf("Overlaps([%v, %v], [%v, %v]) = %v, a shared day: %v", aFrom, aTo, bFrom, bTo, got, shared)
		}
		if workforce.Overlaps(aFrom, aTo, bFrom, bTo) != workforce.Overlaps(bFrom, bTo, aFrom, aTo) {
			t.Fatal("Overlaps is not symmetric")
		}
	})
}

func TestCredentialCurrentOn(t *testing.T) {
	d := workforce.MustParseDate
	for _, c := range []struct {
		name string
		cr   workforce.Credential
		on   string
		want bool
	}{
		{"active, no expiry", workforce.Credential{Issued: d("2020-01-01"), Status: workforce.CredentialActive}, "2030-01-01", true},
		{"on the day of issue", workforce.Credential{Issued: d("2020-01-01"), Status: workforce.CredentialActive}, "2020-01-01", true},
		{"before issue", workforce.Credential{Issued: d("2020-01-01"), Status: workforce.CredentialActive}, "2019-12-31", false},
		{"on the day of expiry", workforce.Credential{Issued: d("2020-01-01"), Expires: d("2022-12-31"), Status: workforce.CredentialActive}, "2022-12-31", true},
		{"after expiry", workforce.Credential{Issued: d("2020-01-01"), Expires: d("2022-12-31"), Status: workforce.CredentialActive}, "2023-01-01", false},
		{"suspended", workforce.Credential{Issued: d("2020-01-01"), Status: workforce.CredentialSuspended}, "2021-01-01", false},
	} {
		if got := c.cr.CurrentOn(d(c.on)); got != c.want {
			t.Errorf("%s: CurrentOn(%s) = %v, want %v", c.name, c.on, got, c.want)
		}
	}
}
