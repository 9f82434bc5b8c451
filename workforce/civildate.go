package workforce

import (
	"fmt"
	"time"
)

// CivilDate is a calendar date without a time of day or time zone, as the
// registers and rules of this domain use them: a date of birth, the day a
// licence expires, the reference date of a population figure.
//
// Its text form is ISO 8601 / RFC 3339 full-date, "YYYY-MM-DD", with years
// 0001 to 9999 of the proleptic Gregorian calendar. The zero value is the
// unset date: [CivilDate.IsZero] reports it, it marshals to "" and it is
// never the result of parsing. Every non-zero CivilDate is a real calendar
// day. CivilDate values are small, immutable and comparable with ==.
//
// # Month ends and 29 February
//
// Adding months or years keeps the day of the month when that day exists
// in the target month and otherwise clamps to the month's last day:
// 2025-01-31 plus one month is 2025-02-28, 2024-02-29 plus one year is
// 2025-02-28, and 2024-02-29 plus four years is 2028-02-29. This is the
// convention licence terms and renewal windows use ("three months before
// expiry"); Go's time.AddDate instead rolls over into the next month
// (2025-03-03, 2025-03-01). Arithmetic saturates at 0001-01-01 and
// 9999-12-31 rather than failing.
//
// The type is named CivilDate, not Date, so that generated TypeScript does
// not shadow JavaScript's Date.
type CivilDate struct {
	// n is the day number: days since 0001-01-01 plus one, so that the
	// zero value means "unset".
	n int32
}

const (
	minDayNumber = 1       // 0001-01-01
	maxDayNumber = 3652059 // 9999-12-31
)

// DatePattern is the lexical pattern of a [CivilDate]: years 0001 to
// 9999, months 01 to 12, days 01 to 31. The calendar check (no 2023-02-29)
// is made by [ParseDate] and by JSON Schema's format "date".
const DatePattern = `^([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`

// daysFromCivil returns the number of days since 1970-01-01 of the given
// proleptic Gregorian date (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + int64(doe) - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y, m, d int) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	yy := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		m = int(mp + 3)
	} else {
		m = int(mp - 9)
	}
	if m <= 2 {
		yy++
	}
	return int(yy), m, d
}

// unixOfDay1 is daysFromCivil(1, 1, 1).
var unixOfDay1 = daysFromCivil(1, 1, 1)

func fromUnixDays(z int64) CivilDate {
	n := z - unixOfDay1 + 1
	if n < minDayNumber {
		n = minDayNumber
	}
	if n > maxDayNumber {
		n = maxDayNumber
	}
	return CivilDate{n: int32(n)}
}

func (d CivilDate) unixDays() int64 { return int64(d.n) - 1 + unixOfDay1 }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn returns the number of days in the month of the year.
func DaysIn(year int, month time.Month) int {
	switch month {
	case time.April, time.June, time.September, time.November:
		return 30
	case time.February:
		if isLeap(year) {
			return 29
		}
		return 28
	}
	return 31
}

// NewDate returns the date year-month-day, or an error when the year is
// outside 1–9999 or the day does not exist in that month.
func NewDate(year int, month time.Month, day int) (CivilDate, error) {
	if year < 1 || year > 9999 {
		return CivilDate{}, &ValueError{Type: "CivilDate", Value: fmt.Sprintf("%d-%02d-%02d", year, int(month), day), Code: CodeInvalidValue, Reason: "year must be between 0001 and 9999"}
	}
	if month < time.January || month > time.December {
		return CivilDate{}, &ValueError{Type: "CivilDate", Value: fmt.Sprintf("%04d-%02d-%02d", year, int(month), day), Code: CodeInvalidValue, Reason: "month must be between 01 and 12"}
	}
	if day < 1 || day > DaysIn(year, month) {
		return CivilDate{}, &ValueError{Type: "CivilDate", Value: fmt.Sprintf("%04d-%02d-%02d", year, int(month), day), Code: CodeInvalidValue,
			Reason: fmt.Sprintf("%s %04d has %d days", month, year, DaysIn(year, month))}
	}
	return fromUnixDays(daysFromCivil(year, int(month), day)), nil
}

// MustNewDate is [NewDate] for literals in tests and examples; it panics
// on an invalid date.
func MustNewDate(year int, month time.Month, day int) CivilDate {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses "YYYY-MM-DD". It rejects other layouts, signs, spaces
// and days that do not exist (2023-02-29, 2024-04-31).
func ParseDate(s string) (CivilDate, error) { return parseDate(s) }

func parseDate[S ~string | ~[]byte](s S) (CivilDate, error) {
	if d, ok := parseDateFast(s); ok {
		return d, nil
	}
	return parseDateSlow(string(s))
}

// parseDateFast handles well-formed real dates without allocating, in
// straight-line code: it is on the path of every date in every record.
func parseDateFast[S ~string | ~[]byte](s S) (CivilDate, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return CivilDate{}, false
	}
	d0, d1, d2, d3 := uint32(s[0]-'0'), uint32(s[1]-'0'), uint32(s[2]-'0'), uint32(s[3]-'0')
	m0, m1, e0, e1 := uint32(s[5]-'0'), uint32(s[6]-'0'), uint32(s[8]-'0'), uint32(s[9]-'0')
	// A digit's value plus 6 stays below 16; anything else does not.
	if (d0+6)|(d1+6)|(d2+6)|(d3+6)|(m0+6)|(m1+6)|(e0+6)|(e1+6) >= 16 {
		return CivilDate{}, false
	}
	y := d0*1000 + d1*100 + d2*10 + d3
	m := m0*10 + m1
	d := e0*10 + e1
	if y < 1 || m-1 >= 12 || d < 1 || (d > 28 && int(d) > DaysIn(int(y), time.Month(m))) {
		return CivilDate{}, false
	}
	// daysFromCivil for years 1–9999, in unsigned arithmetic.
	mp := m - 3
	if m <= 2 {
		y--
		mp = m + 9
	}
	era, yoe := y/400, y%400
	doe := yoe*365 + yoe/4 - yoe/100 + (153*mp+2)/5 + d - 1
	return fromUnixDays(int64(era)*146097 + int64(doe) - 719468), true
}

func parseDateSlow(s string) (CivilDate, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return CivilDate{}, &ValueError{Type: "CivilDate", Value: s, Code: CodeInvalidValue, Reason: "a date must be written YYYY-MM-DD"}
	}
	num := func(b string) (int, bool) {
		n := 0
		for i := range len(b) {
			c := b[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[0:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return CivilDate{}, &ValueError{Type: "CivilDate", Value: s, Code: CodeInvalidValue, Reason: "a date must be written YYYY-MM-DD"}
	}
	date, err := NewDate(y, time.Month(m), d)
	if err != nil {
		err.(*ValueError).Value = s
		return CivilDate{}, err
	}
	return date, nil
}

// MustParseDate is [ParseDate] for literals in tests and examples; it
// panics on bad input.
func MustParseDate(s string) CivilDate {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) CivilDate {
	y, m, d := t.Date()
	if y < 1 {
		return CivilDate{n: minDayNumber}
	}
	if y > 9999 {
		return CivilDate{n: maxDayNumber}
	}
	return fromUnixDays(daysFromCivil(y, int(m), d))
}

// IsZero reports whether d is the unset date.
func (d CivilDate) IsZero() bool { return d.n == 0 }

// Date returns the year, month and day. The unset date returns 0, 0, 0.
func (d CivilDate) Date() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(d.unixDays())
	return y, time.Month(m), dd
}

// Year returns the year, or 0 for the unset date.
func (d CivilDate) Year() int { y, _, _ := d.Date(); return y }

// Month returns the month, or 0 for the unset date.
func (d CivilDate) Month() time.Month { _, m, _ := d.Date(); return m }

// Day returns the day of the month, or 0 for the unset date.
func (d CivilDate) Day() int { _, _, dd := d.Date(); return dd }

// Weekday returns the day of the week. The unset date returns Sunday.
func (d CivilDate) Weekday() time.Weekday {
	if d.n == 0 {
		return time.Sunday
	}
	// 1970-01-01 was a Thursday.
	w := (d.unixDays() + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// Time returns midnight UTC at the start of d. The unset date returns the
// zero time.Time.
func (d CivilDate) Time() time.Time {
	if d.n == 0 {
		return time.Time{}
	}
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// String returns "YYYY-MM-DD", or "" for the unset date.
func (d CivilDate) String() string {
	if d.n == 0 {
		return ""
	}
	var b [10]byte
	return string(d.AppendText(b[:0]))
}

// AppendText appends the text form of d to b (nothing for the unset date).
func (d CivilDate) AppendText(b []byte) []byte {
	if d.n == 0 {
		return b
	}
	y, m, dd := d.Date()
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-',
		byte('0'+dd/10), byte('0'+dd%10))
}

// MarshalText returns the text of [CivilDate.String].
func (d CivilDate) MarshalText() ([]byte, error) { return d.AppendText(nil), nil }

// UnmarshalText accepts exactly what [ParseDate] accepts. The empty text is
// rejected: an absent date is written by leaving the member out.
func (d *CivilDate) UnmarshalText(b []byte) error {
	v, err := parseDate(b)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The
// unset date is before every date.
func (d CivilDate) Compare(e CivilDate) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is strictly before e.
func (d CivilDate) Before(e CivilDate) bool { return d.n < e.n }

// After reports whether d is strictly after e.
func (d CivilDate) After(e CivilDate) bool { return d.n > e.n }

// AddDays returns d plus n days (n may be negative). The unset date stays
// unset.
func (d CivilDate) AddDays(n int) CivilDate {
	if d.n == 0 {
		return d
	}
	return fromUnixDays(d.unixDays() + int64(n))
}

// AddMonths returns d plus n calendar months, clamping the day to the end
// of the target month (2025-01-31 + 1 month = 2025-02-28). The unset date
// stays unset.
func (d CivilDate) AddMonths(n int) CivilDate {
	if d.n == 0 {
		return d
	}
	y, m, dd := d.Date()
	total := int64(y)*12 + int64(m-1) + int64(n)
	ny := total / 12
	nm := total%12 + 1
	if total < 0 {
		ny = (total - 11) / 12
		nm = total - ny*12 + 1
	}
	switch {
	case ny < 1:
		return CivilDate{n: minDayNumber}
	case ny > 9999:
		return CivilDate{n: maxDayNumber}
	}
	dd = min(dd, DaysIn(int(ny), time.Month(nm)))
	return fromUnixDays(daysFromCivil(int(ny), int(nm), dd))
}

// AddYears returns d plus n years; 29 February becomes 28 February in a
// common year (2024-02-29 + 1 year = 2025-02-28). The unset date stays
// unset.
func (d CivilDate) AddYears(n int) CivilDate { return d.AddMonths(12 * n) }

// DaysBetween returns the number of days from a to b: positive when b is
// after a, negative when before, 0 on the same day. The count excludes a
// and includes b ("day 1 is the day after a"): DaysBetween(a, a.AddDays(n))
// is n. Either date unset gives 0.
func DaysBetween(a, b CivilDate) int {
	if a.n == 0 || b.n == 0 {
		return 0
	}
	return int(b.n - a.n)
}

// YearsBetween returns the number of whole years from a to b, as an age is
// counted: someone born on 2000-02-29 is 1 year old on 2001-02-28 under the
// clamping policy of [CivilDate.AddYears]. It is negative when b is before
// a, and 0 when either date is unset.
func YearsBetween(a, b CivilDate) int {
	if a.n == 0 || b.n == 0 {
		return 0
	}
	if b.Before(a) {
		return -YearsBetween(b, a)
	}
	ay, _, _ := a.Date()
	by, _, _ := b.Date()
	years := by - ay
	if a.AddYears(years).After(b) {
		years--
	}
	return years
}

// Within reports whether d lies in the closed interval [from, to]; an
// unset bound leaves that side open.
func (d CivilDate) Within(from, to CivilDate) bool {
	if !from.IsZero() && d.Before(from) {
		return false
	}
	if !to.IsZero() && d.After(to) {
		return false
	}
	return true
}

// Overlaps reports whether the closed intervals [aFrom, aTo] and
// [bFrom, bTo], each running forward (from on or before to), share a
// day; as for [CivilDate.Within], an unset bound leaves that side open.
func Overlaps(aFrom, aTo, bFrom, bTo CivilDate) bool {
	if !aTo.IsZero() && !bFrom.IsZero() && aTo.Before(bFrom) {
		return false
	}
	if !bTo.IsZero() && !aFrom.IsZero() && bTo.Before(aFrom) {
		return false
	}
	return true
}
