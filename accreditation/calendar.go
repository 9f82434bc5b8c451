package accreditation

import (
	"slices"
	"time"

	"github.com/sswkit/ssw/workforce"
)

// Calendar tells working days from others for rules counted in working
// days (VN: renew at least 15 working days before expiry). The package
// ships no holiday data: callers supply the jurisdiction's public
// holidays. The zero value treats Saturday and Sunday as the weekend and
// has no holidays.
type Calendar struct {
	// Holidays are non-working days besides the weekend.
	Holidays []workforce.CivilDate
	// Weekend lists the weekly rest days; nil means Saturday and Sunday.
	Weekend []time.Weekday
}

// IsWorkingDay reports whether d is neither a weekend day nor a holiday.
func (c Calendar) IsWorkingDay(d workforce.CivilDate) bool {
	if d.IsZero() {
		return false
	}
	w := d.Weekday()
	if c.Weekend == nil {
		if w == time.Saturday || w == time.Sunday {
			return false
		}
	} else if slices.Contains(c.Weekend, w) {
		return false
	}
	return !slices.Contains(c.Holidays, d)
}

// AddWorkingDays moves n working days from d: forwards for n > 0,
// backwards for n < 0, counting the day after (or before) d as the first
// step, as [workforce.DaysBetween] does. d itself need not be a working
// day. AddWorkingDays(d, 0) is d. A calendar with every weekday off
// returns d unchanged rather than looping.
func (c Calendar) AddWorkingDays(d workforce.CivilDate, n int) workforce.CivilDate {
	if d.IsZero() || n == 0 || len(c.Weekend) >= 7 {
		return d
	}
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		next := d.AddDays(step)
		if next == d { // saturated at the end of the calendar
			return d
		}
		d = next
		if c.IsWorkingDay(d) {
			n--
		}
	}
	return d
}

// WorkingDaysBetween counts the working days after a up to and including
// b (negative when b is before a), the working-day analogue of
// [workforce.DaysBetween].
func (c Calendar) WorkingDaysBetween(a, b workforce.CivilDate) int {
	if a.IsZero() || b.IsZero() {
		return 0
	}
	if b.Before(a) {
		return -c.WorkingDaysBetween(b, a)
	}
	n := 0
	for d := a.AddDays(1); !d.After(b); d = d.AddDays(1) {
		if c.IsWorkingDay(d) {
			n++
		}
		if d == b {
			break
		}
	}
	return n
}
