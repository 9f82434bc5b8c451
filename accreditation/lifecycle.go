package accreditation

import (
	"slices"
	"strconv"
	"time"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// LifecycleEvent is one event in the history of a held credential.
// Expires records the end of term the register states (it overrides the
// computed expiry, and is how terms the rules do not fix are recorded);
// Months is the length added by an "extended" event; Until ends a
// suspension.
type LifecycleEvent struct {
	// Kind is what happened: issued, renewed, extended, suspended, reinstated,
	// revoked, restoration refused, restored or surrendered.
	Kind LifecycleEventKind `json:"kind" validate:"required,valid"`
	// Date is the day the event took effect.
	Date workforce.CivilDate `json:"date" validate:"required"`
	// Expires is the end of term the register states, after the event date; it
	// overrides the computed expiry.
	Expires workforce.CivilDate `json:"expires,omitzero"`
	// Months is the length an extended event adds.
	Months int `json:"months,omitempty" validate:"omitempty,gte=1,lte=1200"`
	// Until ends a suspension; on or after the event date.
	Until workforce.CivilDate `json:"until,omitzero"`
	// Note records details of the event.
	Note string `json:"note,omitempty" validate:"max=500"`
}

// Holding is the history of one credential held by one person: its events
// in date order, the holder's birth date (for birthday-anchored terms) and
// the fee years (for suspension after unpaid fees).
type Holding struct {
	// SchemeID is the scheme of the credential held.
	SchemeID workforce.ID `json:"scheme_id" validate:"required,valid"`
	// BirthDate is the holder's date of birth, for birthday-anchored terms.
	BirthDate workforce.CivilDate `json:"birth_date,omitzero"`
	// Events are the credential's lifecycle events in date order; events on
	// the same day apply in list order.
	Events []LifecycleEvent `json:"events,omitempty"`
	// Fees are the fee years and their payment, for suspension after unpaid
	// fees; each year at most once.
	Fees []FeeRecord `json:"fees,omitempty"`
}

// Validate checks the holding's field rules, that events are in date
// order (events on the same day apply in list order), that an extended
// event gives months or an expiry, that expiries and suspension ends are
// after their event, and that fee years are unique. Whether each event is
// allowed in the credential's state is checked by [Standing].
func (h Holding) Validate() error { return h.appendProblems(nil).Err() }

func (h *Holding) appendProblems(ps workforce.Problems) workforce.Problems {
	ps = report.Fields(ps, "", h)
	for i := range h.Events {
		ev := &h.Events[i]
		path := jsonptr.Index("/events", i)
		ps = report.Fields(ps, path, ev)
		if i > 0 && ev.Date.Before(h.Events[i-1].Date) {
			ps = append(ps, workforce.Problem{Code: CodeEventOrder, Path: path + "/date", Value: ev.Date.String(), Param: h.Events[i-1].Date.String(),
				Message: "events must be in date order"})
		}
		if !ev.Expires.IsZero() && !ev.Expires.After(ev.Date) {
			ps = append(ps, workforce.Problem{Code: CodeDateOrder, Path: path + "/expires", Value: ev.Expires.String(), Param: ev.Date.String(),
				Message: "must be after the event date"})
		}
		if !ev.Until.IsZero() && ev.Until.Before(ev.Date) {
			ps = append(ps, workforce.Problem{Code: CodeDateOrder, Path: path + "/until", Value: ev.Until.String(), Param: ev.Date.String(),
				Message: "must be on or after the event date"})
		}
		if ev.Kind == EventExtended && ev.Months == 0 && ev.Expires.IsZero() {
			ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: path, Param: "months|expires",
				Message: "an extension needs months or an expiry"})
		}
		if ev.Months != 0 && ev.Kind != EventExtended {
			ps = append(ps, workforce.Problem{Code: CodeUnusedParameter, Path: path + "/months", Param: string(ev.Kind),
				Message: "months are used only by extended events"})
		}
		if !ev.Until.IsZero() && ev.Kind != EventSuspended {
			ps = append(ps, workforce.Problem{Code: CodeUnusedParameter, Path: path + "/until", Param: string(ev.Kind),
				Message: "until is used only by suspended events"})
		}
	}
	for i := range h.Fees {
		ps = report.Fields(ps, jsonptr.Index("/fees", i), &h.Fees[i])
		ps = feeYearOnce(ps, jsonptr.Index("/fees", i), h.Fees, i)
	}
	return ps
}

// feeYearOnce reports the i-th fee record when an earlier one is for the
// same year: a holder has one fee record a year.
func feeYearOnce(ps workforce.Problems, path string, fees []FeeRecord, i int) workforce.Problems {
	y := fees[i].Year
	if slices.ContainsFunc(fees[:i], func(f FeeRecord) bool { return f.Year == y }) {
		ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: path + "/year", Value: strconv.Itoa(y),
			Message: "another fee record has the same year"})
	}
	return ps
}

// CredentialStanding is the state of a held credential on a date, with
// the dates that explain it and those that come next.
type CredentialStanding struct {
	// SchemeID is the scheme of the credential.
	SchemeID workforce.ID `json:"scheme_id"`
	// AsOf is the date the standing describes.
	AsOf workforce.CivilDate `json:"as_of"`
	// State is the credential's state on AsOf (not issued, active, renewal
	// window open, in grace, in extension, lapsed, suspended, revoked,
	// restorable or surrendered).
	State CredentialState `json:"state"`
	// Authorised is true when the holder may use the credential: active,
	// renewal window open, or in follow-up after a renewal filed with a
	// requirement outstanding. In grace, extension, late renewal,
	// suspension and after removal it is false.
	Authorised bool `json:"authorised"`
	// TermStart and Expires bound the current term (Expires unset: no
	// expiry, or one the rules do not fix and the register did not state).
	TermStart workforce.CivilDate `json:"term_start,omitzero"`
	Expires   workforce.CivilDate `json:"expires,omitzero"`
	// RenewalOpens and RenewalCloses bound the renewal window.
	RenewalOpens  workforce.CivilDate `json:"renewal_opens,omitzero"`
	RenewalCloses workforce.CivilDate `json:"renewal_closes,omitzero"`
	// GraceEnds, ExtensionEnds and RollingExtensionEnds are the last days of
	// each period after expiry.
	GraceEnds            workforce.CivilDate `json:"grace_ends,omitzero"`
	ExtensionEnds        workforce.CivilDate `json:"extension_ends,omitzero"`
	RollingExtensionEnds workforce.CivilDate `json:"rolling_extension_ends,omitzero"`
	// SuspendedFrom and SuspendedUntil bound a suspension.
	SuspendedFrom  workforce.CivilDate `json:"suspended_from,omitzero"`
	SuspendedUntil workforce.CivilDate `json:"suspended_until,omitzero"`
	// LateFrom is the first day a renewal is late (after the grace period)
	// when the rule sets surcharges; Surcharge is the one due on a renewal
	// filed on AsOf, never within the grace period.
	LateFrom  workforce.CivilDate `json:"late_from,omitzero"`
	Surcharge *Surcharge          `json:"surcharge,omitempty"`
	// FollowUpEnds is the last day of the follow-up after a renewal filed
	// with a requirement outstanding.
	FollowUpEnds workforce.CivilDate `json:"follow_up_ends,omitzero"`
	// RevokedOn is the date of revocation or removal; RestorableFrom is
	// the first day a restoration application is allowed.
	RevokedOn      workforce.CivilDate `json:"revoked_on,omitzero"`
	RestorableFrom workforce.CivilDate `json:"restorable_from,omitzero"`
	// Message explains the state.
	Message string `json:"message"`
}

// lstate is the replayed state of a holding.
type lstate struct {
	issued         bool
	start, expires workforce.CivilDate
	rule           *ValidityRule
	suspended      bool
	suspFrom       workforce.CivilDate
	suspUntil      workforce.CivilDate
	revoked        bool
	revokedOn      workforce.CivilDate
	restorable     workforce.CivilDate
	surrendered    bool
	filed          bool // a renewal was filed with a requirement outstanding
}

// Standing returns the state of the holding's credential on asOf. The
// events are replayed in order; each must be allowed in the state the
// credential is in on its date, or Standing fails with an [*InputError]
// matching [ErrInvalidHolding] and problems coded illegal_transition:
//
//   - issued: when not issued, lapsed or surrendered (a fresh grant);
//   - renewed: in the renewal window (or at any time while active when the
//     rule sets no window), in grace, in an extension, late (after grace
//     while a surcharge is in force) or in follow-up; never for a lifetime
//     credential, and never after the working-day deadline before expiry
//     (RenewalClosesWorkingDays), whether or not the rule opens a window.
//     The new term starts the day after the old expiry when renewed
//     before it, in grace or in follow-up, otherwise (in an extension, or
//     late) on the renewal date;
//   - renewal_filed: while active, before the working-day deadline: the
//     renewal was filed with a requirement still outstanding; after
//     expiry the credential is in follow-up for FollowUpDays (on the
//     register), then overdue until renewed or removed;
//   - extended: while active (a provisional credential upgraded); the
//     expiry moves by Months (TH: a one-year level-1 licence extended by
//     four years after the interview);
//   - suspended: while active; reinstated: while suspended;
//   - revoked: at any time after issue, unless already revoked;
//   - restoration_refused: once restoration may be applied for; it moves
//     the next application date to the refusal plus the re-application
//     wait (SWE: 12 months);
//   - restored: once restoration may be applied for (at any time after
//     revocation when the rule sets no wait); a new term starts;
//   - surrendered: at any time after issue, unless revoked.
//
// The state on a date follows from the term (see [ValidityRule]): active,
// renewal_open from the window's opening until its close (or expiry),
// follow_up and overdue after a renewal_filed event, grace for GraceDays
// after expiry (or until GraceUntilDay of the next month), extension for
// ExtensionMonths and then RollingExtensionMonths (SG: 1 + 2 years, off
// the register), then late_renewal while a surcharge is in force (the
// surcharge due is reported, never within grace), else lapsed. A suspension lasts until its Until date or a reinstatement.
// When the rule sets SuspendAfterUnpaidYears, a run of that many
// consecutive fee years unpaid on asOf suspends the credential from the
// first day after the run (PH RA 6511: 5 years). Working days (the renewal
// close) are counted with cal.
func Standing(s Scheme, h Holding, asOf workforce.CivilDate, cal Calendar) (CredentialStanding, error) {
	if err := s.Validate(); err != nil {
		return CredentialStanding{}, inputError("scheme", err)
	}
	ps := h.appendProblems(nil)
	if h.SchemeID != "" && h.SchemeID != s.ID {
		ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: "/scheme_id", Value: string(h.SchemeID), Param: string(s.ID),
			Message: "the holding is of another scheme"})
	}
	if len(ps) > 0 {
		return CredentialStanding{}, inputError("holding", ps.Err())
	}
	var st lstate
	for i := range h.Events {
		ev := &h.Events[i]
		if ev.Date.After(asOf) {
			break
		}
		if p, ok := st.apply(&s, &h, ev, cal); !ok {
			ps = append(ps, workforce.Problem{Code: CodeIllegalTransition, Path: jsonptr.Index("/events", i) + "/kind", Value: string(ev.Kind), Param: string(p),
				Message: "cannot apply " + string(ev.Kind) + " on " + ev.Date.String() + " to a credential in state " + string(p)})
		}
	}
	if len(ps) > 0 {
		return CredentialStanding{}, inputError("holding", ps.Err())
	}
	return st.standing(&s, &h, asOf, cal), nil
}

func (st *lstate) validityAt(s *Scheme, d workforce.CivilDate) *ValidityRule {
	for i := len(s.Terms) - 1; i >= 0; i-- {
		if d.Within(s.Terms[i].From, s.Terms[i].To) {
			return &s.Terms[i]
		}
	}
	return nil
}

func addMonthsPolicy(d workforce.CivilDate, n int, p LeapDayPolicy) workforce.CivilDate {
	r := d.AddMonths(n)
	if p == LeapMar1 && d.Month() == time.February && d.Day() == 29 && r.Month() == time.February && r.Day() == 28 {
		r = r.AddDays(1)
	}
	return r
}

// termEnd computes the expiry of a term starting on start under the rule
// (the zero date when there is no rule or it fixes no expiry).
func termEnd(rule *ValidityRule, start, birth workforce.CivilDate) workforce.CivilDate {
	if rule == nil {
		return workforce.CivilDate{}
	}
	if k := validityOf(rule.Kind); k != nil {
		return k.end(rule, start, birth)
	}
	return workforce.CivilDate{}
}

// fixedTermEnd: start + TermMonths − 1 day, or none when the term is not
// confirmed (TermMonths unset).
func fixedTermEnd(rule *ValidityRule, start, _ workforce.CivilDate) workforce.CivilDate {
	if rule.TermMonths == 0 {
		return workforce.CivilDate{}
	}
	return addMonthsPolicy(start, rule.TermMonths, rule.LeapDay).AddDays(-1)
}

// birthdayEnd: the holder's birthday in the year in which start +
// TermMonths falls, and after start; with BirthdayYear n, the birthday in
// the n-th year of the term (from start + n − 1 years to the day before
// start + n years).
func birthdayEnd(rule *ValidityRule, start, birth workforce.CivilDate) workforce.CivilDate {
	if birth.IsZero() {
		return workforce.CivilDate{}
	}
	in := func(y int) workforce.CivilDate { return addMonthsPolicy(birth, (y-birth.Year())*12, rule.LeapDay) }
	if n := rule.BirthdayYear; n > 0 {
		lo := addMonthsPolicy(start, 12*(n-1), rule.LeapDay)
		end := in(lo.Year())
		if end.Before(lo) {
			end = in(lo.Year() + 1)
		}
		return end
	}
	y := start.AddMonths(rule.TermMonths).Year()
	end := addMonthsPolicy(birth, (y-birth.Year())*12, rule.LeapDay)
	for !end.After(start) {
		y++
		end = addMonthsPolicy(birth, (y-birth.Year())*12, rule.LeapDay)
	}
	return end
}

// fixedCycleEnd: the day before the first cycle start after start, cycles
// of CycleMonths (12 when unset) counted from the year 2000.
func fixedCycleEnd(rule *ValidityRule, start, _ workforce.CivilDate) workforce.CivilDate {
	months := rule.CycleMonths
	if months == 0 {
		months = 12
	}
	base := workforce.MustNewDate(2000, time.Month(rule.CycleStartMonth), rule.CycleStartDay)
	m := (start.Year()-2000)*12 + int(start.Month()) - rule.CycleStartMonth
	k := m / months
	if m < 0 && m%months != 0 {
		k--
	}
	for base.AddMonths(k * months).After(start) {
		k--
	}
	for !base.AddMonths((k + 1) * months).After(start) {
		k++
	}
	return base.AddMonths((k + 1) * months).AddDays(-1)
}

// label returns the state on d, ignoring fee delinquency.
func (st *lstate) label(d workforce.CivilDate) CredentialState {
	switch {
	case st.revoked:
		if !st.restorable.IsZero() && !d.Before(st.restorable) {
			return StateRestorable
		}
		return StateRevoked
	case st.surrendered:
		return StateSurrendered
	case !st.issued:
		return StateNotIssued
	case st.suspended && (st.suspUntil.IsZero() || !d.After(st.suspUntil)):
		return StateSuspended
	}
	if st.expires.IsZero() {
		return StateActive
	}
	if !d.After(st.expires) {
		if opens := st.opens(); !opens.IsZero() && !d.Before(opens) {
			return StateRenewalOpen
		}
		return StateActive
	}
	if st.filed && st.rule != nil && st.rule.FollowUpDays > 0 {
		if !d.After(st.expires.AddDays(st.rule.FollowUpDays)) {
			return StateFollowUp
		}
		return StateOverdue
	}
	grace, ext, roll := st.after()
	switch {
	case !grace.IsZero() && !d.After(grace):
		return StateGrace
	case !ext.IsZero() && !d.After(ext):
		return StateExtension
	case !roll.IsZero() && !d.After(roll):
		return StateExtension
	case st.surcharge(d) != nil:
		return StateLateRenewal
	}
	return StateLapsed
}

// graceEnd is the last day of grace (the zero date when there is none).
func graceEnd(r *ValidityRule, expires workforce.CivilDate) workforce.CivilDate {
	switch {
	case r.GraceDays > 0:
		return expires.AddDays(r.GraceDays)
	case r.GraceUntilDay > 0:
		y, m, _ := expires.AddDays(1 - expires.Day()).AddMonths(1).Date()
		return workforce.MustNewDate(y, m, min(r.GraceUntilDay, workforce.DaysIn(y, m)))
	}
	return workforce.CivilDate{}
}

// lateFrom is the first day a renewal is late: after the grace period,
// or after expiry when there is none.
func (st *lstate) lateFrom() workforce.CivilDate {
	if st.rule == nil || st.expires.IsZero() {
		return workforce.CivilDate{}
	}
	if g := graceEnd(st.rule, st.expires); !g.IsZero() {
		return g.AddDays(1)
	}
	return st.expires.AddDays(1)
}

// surcharge returns the surcharge due on a renewal filed on d: one in
// force on d, when d is late; nil otherwise.
func (st *lstate) surcharge(d workforce.CivilDate) *Surcharge {
	late := st.lateFrom()
	if late.IsZero() || d.Before(late) {
		return nil
	}
	for i := range st.rule.Surcharges {
		if x := &st.rule.Surcharges[i]; d.Within(x.From, x.To) {
			return x
		}
	}
	return nil
}

func (st *lstate) opens() workforce.CivilDate {
	r := st.rule
	if r == nil || st.expires.IsZero() {
		return workforce.CivilDate{}
	}
	if r.RenewalOpensMonths > 0 {
		return st.expires.AddMonths(-r.RenewalOpensMonths)
	}
	if r.RenewalOpensMonth > 0 {
		y := st.expires.Year()
		day := min(r.RenewalOpensDay, workforce.DaysIn(y, time.Month(r.RenewalOpensMonth)))
		o := workforce.MustNewDate(y, time.Month(r.RenewalOpensMonth), day)
		if o.After(st.expires) {
			day = min(r.RenewalOpensDay, workforce.DaysIn(y-1, time.Month(r.RenewalOpensMonth)))
			o = workforce.MustNewDate(y-1, time.Month(r.RenewalOpensMonth), day)
		}
		return o
	}
	return workforce.CivilDate{}
}

// after returns the last days of grace, extension and rolling extension.
func (st *lstate) after() (grace, ext, roll workforce.CivilDate) {
	r := st.rule
	if r == nil || st.expires.IsZero() {
		return
	}
	last := st.expires
	if g := graceEnd(r, st.expires); !g.IsZero() {
		grace = g
		last = grace
	}
	if r.ExtensionMonths > 0 {
		ext = last.AddMonths(r.ExtensionMonths)
		if r.RollingExtensionMonths > 0 {
			roll = ext.AddMonths(r.RollingExtensionMonths)
		}
	}
	return
}

func (st *lstate) newTerm(s *Scheme, h *Holding, ev *LifecycleEvent, start workforce.CivilDate) {
	st.issued, st.revoked, st.surrendered, st.suspended, st.filed = true, false, false, false, false
	st.revokedOn, st.restorable, st.suspFrom, st.suspUntil = workforce.CivilDate{}, workforce.CivilDate{}, workforce.CivilDate{}, workforce.CivilDate{}
	st.start = start
	st.rule = st.validityAt(s, start)
	st.expires = ev.Expires
	if st.expires.IsZero() {
		st.expires = termEnd(st.rule, start, h.BirthDate)
	}
}

// apply applies one event, or reports the state that forbids it.
func (st *lstate) apply(s *Scheme, h *Holding, ev *LifecycleEvent, cal Calendar) (CredentialState, bool) {
	cur := st.label(ev.Date)
	if cur == StateActive || cur == StateRenewalOpen {
		if from := st.delinquentFrom(h, ev.Date); !from.IsZero() && !ev.Date.Before(from) {
			cur = StateSuspended
		}
	}
	switch ev.Kind {
	case EventIssued:
		if cur != StateNotIssued && cur != StateLapsed && cur != StateSurrendered {
			return cur, false
		}
		st.newTerm(s, h, ev, ev.Date)
	case EventRenewed:
		renewable := st.rule == nil || validityOf(st.rule.Kind) == nil || validityOf(st.rule.Kind).renewable
		ok := renewable && (cur == StateRenewalOpen || cur == StateGrace || cur == StateExtension || cur == StateLateRenewal ||
			cur == StateFollowUp || cur == StateOverdue || (cur == StateActive && st.opens().IsZero()))
		if ok && (cur == StateRenewalOpen || cur == StateActive) && st.pastDeadline(ev.Date, cal) {
			ok = false // filed after the working-day deadline, with or without an opening date
		}
		if !ok {
			return cur, false
		}
		start := ev.Date
		if !st.expires.IsZero() && (!ev.Date.After(st.expires) || cur == StateGrace || cur == StateFollowUp || cur == StateOverdue) {
			start = st.expires.AddDays(1)
		}
		st.newTerm(s, h, ev, start)
	case EventRenewalFiled:
		if (cur != StateActive && cur != StateRenewalOpen) || st.expires.IsZero() || st.pastDeadline(ev.Date, cal) {
			return cur, false
		}
		st.filed = true
	case EventExtended:
		if cur != StateActive && cur != StateRenewalOpen {
			return cur, false
		}
		switch {
		case !ev.Expires.IsZero():
			st.expires = ev.Expires
		case !st.expires.IsZero():
			st.expires = st.expires.AddDays(1).AddMonths(ev.Months).AddDays(-1)
		}
	case EventSuspended:
		if cur != StateActive && cur != StateRenewalOpen {
			return cur, false
		}
		st.suspended, st.suspFrom, st.suspUntil = true, ev.Date, ev.Until
	case EventReinstated:
		if cur != StateSuspended || !st.suspended {
			return cur, false
		}
		st.suspended, st.suspFrom, st.suspUntil = false, workforce.CivilDate{}, workforce.CivilDate{}
	case EventRevoked:
		if cur == StateNotIssued || cur == StateRevoked || cur == StateRestorable || cur == StateSurrendered {
			return cur, false
		}
		st.revoked, st.revokedOn, st.suspended = true, ev.Date, false
		if r := st.validityAt(s, ev.Date); r != nil && r.RestorationAfterMonths > 0 {
			st.restorable = ev.Date.AddMonths(r.RestorationAfterMonths)
		} else if st.rule != nil && st.rule.RestorationAfterMonths > 0 {
			st.restorable = ev.Date.AddMonths(st.rule.RestorationAfterMonths)
		}
	case EventRestorationRefused:
		if cur != StateRestorable {
			return cur, false
		}
		wait := 0
		if r := st.validityAt(s, ev.Date); r != nil {
			wait = r.ReapplyAfterRefusalMonths
		}
		if wait > 0 {
			if next := ev.Date.AddMonths(wait); next.After(st.restorable) {
				st.restorable = next
			}
		}
	case EventRestored:
		if cur != StateRestorable && !(cur == StateRevoked && st.restorable.IsZero()) {
			return cur, false
		}
		st.newTerm(s, h, ev, ev.Date)
	case EventSurrendered:
		if cur == StateNotIssued || cur == StateRevoked || cur == StateRestorable || cur == StateSurrendered {
			return cur, false
		}
		st.surrendered = true
	}
	return cur, true
}

// pastDeadline reports whether d is after the last day to renew, when the
// rule closes renewal a number of working days before expiry.
func (st *lstate) pastDeadline(d workforce.CivilDate, cal Calendar) bool {
	r := st.rule
	return r != nil && r.RenewalClosesWorkingDays > 0 && !st.expires.IsZero() && !d.After(st.expires) &&
		d.After(cal.AddWorkingDays(st.expires, -r.RenewalClosesWorkingDays))
}

// delinquentFrom returns the first day of a suspension for unpaid fees in
// force on d, or the zero date.
func (st *lstate) delinquentFrom(h *Holding, d workforce.CivilDate) workforce.CivilDate {
	r := st.rule
	if r == nil || r.SuspendAfterUnpaidYears == 0 || len(h.Fees) == 0 {
		return workforce.CivilDate{}
	}
	n := r.SuspendAfterUnpaidYears
	unpaid := func(y int) bool {
		for _, f := range h.Fees {
			if f.Year == y {
				return !f.Waived && (f.Paid.IsZero() || f.Paid.After(d))
			}
		}
		return false
	}
	run := 0
	for y := st.start.Year(); y < d.Year(); y++ {
		if unpaid(y) {
			run++
			if run >= n {
				return workforce.MustNewDate(y+1, time.January, 1)
			}
		} else {
			run = 0
		}
	}
	return workforce.CivilDate{}
}

func (st *lstate) standing(s *Scheme, h *Holding, asOf workforce.CivilDate, cal Calendar) CredentialStanding {
	out := CredentialStanding{SchemeID: s.ID, AsOf: asOf, State: st.label(asOf)}
	if st.issued {
		out.TermStart, out.Expires = st.start, st.expires
		out.RenewalOpens = st.opens()
		if st.rule != nil && st.rule.RenewalClosesWorkingDays > 0 && !st.expires.IsZero() {
			out.RenewalCloses = cal.AddWorkingDays(st.expires, -st.rule.RenewalClosesWorkingDays)
			if out.State == StateRenewalOpen && asOf.After(out.RenewalCloses) {
				out.State = StateActive
			}
		}
		out.GraceEnds, out.ExtensionEnds, out.RollingExtensionEnds = st.after()
		if st.rule != nil && len(st.rule.Surcharges) > 0 {
			out.LateFrom = st.lateFrom()
		}
		if x := st.surcharge(asOf); x != nil && !st.revoked && !st.surrendered {
			out.Surcharge = x
		}
		if st.filed && st.rule != nil && st.rule.FollowUpDays > 0 {
			out.FollowUpEnds = st.expires.AddDays(st.rule.FollowUpDays)
		}
	}
	if st.suspended {
		out.SuspendedFrom, out.SuspendedUntil = st.suspFrom, st.suspUntil
	}
	if st.revoked {
		out.RevokedOn, out.RestorableFrom = st.revokedOn, st.restorable
	}
	delinquent := false
	if st.issued && !st.revoked && !st.surrendered && out.State != StateLapsed {
		if from := st.delinquentFrom(h, asOf); !from.IsZero() && !asOf.Before(from) {
			out.State, out.SuspendedFrom, delinquent = StateSuspended, from, true
		}
	}
	out.Authorised = out.State == StateActive || out.State == StateRenewalOpen || out.State == StateFollowUp || out.State == StateOverdue
	switch out.State {
	case StateNotIssued:
		out.Message = "not issued on " + asOf.String()
	case StateActive, StateRenewalOpen:
		out.Message = "active"
		if !out.Expires.IsZero() {
			out.Message += " until " + out.Expires.String()
		}
		if out.State == StateRenewalOpen {
			out.Message += "; renewal open from " + out.RenewalOpens.String()
		}
	case StateGrace:
		out.Message = "expired on " + out.Expires.String() + "; in grace until " + out.GraceEnds.String()
	case StateExtension:
		end := out.ExtensionEnds
		if asOf.After(end) {
			end = out.RollingExtensionEnds
		}
		out.Message = "expired on " + out.Expires.String() + "; in extension until " + end.String() + ", not accredited or authorised meanwhile"
	case StateLapsed:
		out.Message = "lapsed: expired on " + out.Expires.String()
	case StateLateRenewal:
		out.Message = "expired on " + out.Expires.String() + "; renewable late from " + out.LateFrom.String() + " with surcharge " + string(out.Surcharge.ID)
	case StateFollowUp:
		out.Message = "renewal filed with a requirement outstanding; on the register while the regulator follows up, until " + out.FollowUpEnds.String()
	case StateOverdue:
		out.Message = "renewal filed with a requirement outstanding; the follow-up ended on " + out.FollowUpEnds.String() + ": conditions or removal may follow"
	case StateSuspended:
		out.Message = "suspended from " + out.SuspendedFrom.String()
		if delinquent {
			out.Message += " for " + strconv.Itoa(st.rule.SuspendAfterUnpaidYears) + " consecutive years of unpaid fees"
		} else if !out.SuspendedUntil.IsZero() {
			out.Message += " until " + out.SuspendedUntil.String()
		}
	case StateRevoked:
		out.Message = "revoked on " + out.RevokedOn.String()
		if !out.RestorableFrom.IsZero() {
			out.Message += "; restoration may be applied for from " + out.RestorableFrom.String()
		}
	case StateRestorable:
		out.Message = "revoked on " + out.RevokedOn.String() + "; restoration may be applied for since " + out.RestorableFrom.String()
	case StateSurrendered:
		out.Message = "surrendered"
	}
	return out
}

// Credential returns the credential the standing describes, as facts and
// registries record it ([workforce.Credential]): the current term's start
// and expiry and the status its state amounts to (active, renewal open
// and follow-up are active; grace, extension and late renewal expired;
// removal revoked). A credential is thus described once, by its
// [Holding], and the facts of an evaluation derive from it. It reports
// false when the credential has not been issued.
func (st CredentialStanding) Credential() (workforce.Credential, bool) {
	status := map[CredentialState]workforce.CredentialStatus{
		StateActive: workforce.CredentialActive, StateRenewalOpen: workforce.CredentialActive, StateFollowUp: workforce.CredentialActive,
		StateOverdue: workforce.CredentialActive, StateGrace: workforce.CredentialExpired, StateExtension: workforce.CredentialExpired,
		StateLateRenewal: workforce.CredentialExpired, StateLapsed: workforce.CredentialLapsed, StateSuspended: workforce.CredentialSuspended,
		StateRevoked: workforce.CredentialRevoked, StateRestorable: workforce.CredentialRevoked, StateSurrendered: workforce.CredentialSurrendered,
	}[st.State]
	if status == "" || st.TermStart.IsZero() {
		return workforce.Credential{}, false
	}
	return workforce.Credential{SchemeID: st.SchemeID, Issued: st.TermStart, Expires: st.Expires, Status: status}, true
}
