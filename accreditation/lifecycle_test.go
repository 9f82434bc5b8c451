package accreditation_test

import (
	"errors"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// lifecycleScheme is a test scheme exercising every post-expiry period:
// a 12-month term, renewal from 2 months before expiry, 30 days' grace, a
// 6-month extension and restoration 24 months after revocation (6 after a
// refusal).
func lifecycleScheme() accreditation.Scheme {
	s := minimalScheme()
	s.Terms = []accreditation.ValidityRule{{ID: "t", From: d("2000-01-01"), Kind: accreditation.ValidityFixedTerm, TermMonths: 12,
		RenewalOpensMonths: 2, GraceDays: 30, ExtensionMonths: 6, RestorationAfterMonths: 24, ReapplyAfterRefusalMonths: 6,
		Source: s.Source, Confidence: accreditation.ConfidencePartial}}
	return s
}

func ev(kind accreditation.LifecycleEventKind, date string) accreditation.LifecycleEvent {
	return accreditation.LifecycleEvent{Kind: kind, Date: d(date)}
}

func TestStandingTable(t *testing.T) {
	s := lifecycleScheme()
	issued := []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2024-03-01")}
	cases := []struct {
		name    string
		events  []accreditation.LifecycleEvent
		on      string
		state   accreditation.CredentialState
		expires string
	}{
		{"before issue", nil, "2024-01-01", accreditation.StateNotIssued, ""},
		{"active", issued, "2024-06-01", accreditation.StateActive, "2025-02-28"},
		{"renewal opens 2 months before expiry", issued, "2024-12-28", accreditation.StateRenewalOpen, "2025-02-28"},
		{"day before the window", issued, "2024-12-27", accreditation.StateActive, "2025-02-28"},
		{"grace", issued, "2025-03-30", accreditation.StateGrace, "2025-02-28"},
		{"extension", issued, "2025-03-31", accreditation.StateExtension, "2025-02-28"},
		{"lapsed", issued, "2025-10-01", accreditation.StateLapsed, "2025-02-28"},
		{"renewed in the window continues the term", append(slices.Clone(issued), ev(accreditation.EventRenewed, "2025-01-15")), "2025-06-01", accreditation.StateActive, "2026-02-28"},
		{"renewed in grace continues the term", append(slices.Clone(issued), ev(accreditation.EventRenewed, "2025-03-10")), "2025-06-01", accreditation.StateActive, "2026-02-28"},
		{"renewed in extension restarts on the renewal date", append(slices.Clone(issued), ev(accreditation.EventRenewed, "2025-05-10")), "2025-06-01", accreditation.StateActive, "2026-05-09"},
		{"suspension with an end", append(slices.Clone(issued), accreditation.LifecycleEvent{Kind: accreditation.EventSuspended, Date: d("2024-05-01"), Until: d("2024-07-31")}),
			"2024-07-31", accreditation.StateSuspended, "2025-02-28"},
		{"suspension over", append(slices.Clone(issued), accreditation.LifecycleEvent{Kind: accreditation.EventSuspended, Date: d("2024-05-01"), Until: d("2024-07-31")}),
			"2024-08-01", accreditation.StateActive, "2025-02-28"},
		{"revoked", append(slices.Clone(issued), ev(accreditation.EventRevoked, "2024-05-01")), "2025-05-01", accreditation.StateRevoked, "2025-02-28"},
		{"restorable", append(slices.Clone(issued), ev(accreditation.EventRevoked, "2024-05-01")), "2026-05-01", accreditation.StateRestorable, "2025-02-28"},
		{"restored", append(slices.Clone(issued), ev(accreditation.EventRevoked, "2024-05-01"), ev(accreditation.EventRestored, "2026-05-01")), "2026-06-01", accreditation.StateActive, "2027-04-30"},
		{"surrendered", append(slices.Clone(issued), ev(accreditation.EventSurrendered, "2024-05-01")), "2024-06-01", accreditation.StateSurrendered, "2025-02-28"},
		{"register's stated expiry wins", []accreditation.LifecycleEvent{{Kind: accreditation.EventIssued, Date: d("2024-03-01"), Expires: d("2024-12-31")}}, "2024-12-31",
			accreditation.StateRenewalOpen, "2024-12-31"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := accreditation.Holding{SchemeID: s.ID, Events: c.events}
			st, err := accreditation.Standing(s, h, d(c.on), accreditation.Calendar{})
			if err != nil {
				t.Fatal(err)
			}
			if st.State != c.state || st.Expires.String() != c.expires {
				t.Errorf("state %s until %s, want %s until %s (%s)", st.State, st.Expires, c.state, c.expires, st.Message)
			}
			if st.Authorised != (c.state == accreditation.StateActive || c.state == accreditation.StateRenewalOpen) {
				t.Errorf("authorised = %v in %s", st.Authorised, st.State)
			}
		})
	}
}

func TestStandingIllegalTransitions(t *testing.T) {
	s := lifecycleScheme()
	cases := []struct {
		name   string
		events []accreditation.LifecycleEvent
		bad    string
	}{
		{"renew before issue", []accreditation.LifecycleEvent{ev(accreditation.EventRenewed, "2024-01-01")}, "/events/0/kind"},
		{"renew before the window opens", []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2024-03-01"), ev(accreditation.EventRenewed, "2024-06-01")}, "/events/1/kind"},
		{"renew after lapse", []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2024-03-01"), ev(accreditation.EventRenewed, "2025-12-01")}, "/events/1/kind"},
		{"issue twice", []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2024-03-01"), ev(accreditation.EventIssued, "2024-04-01")}, "/events/1/kind"},
		{"reinstate without suspension", []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2024-03-01"), ev(accreditation.EventReinstated, "2024-04-01")}, "/events/1/kind"},
		{"restore before the wait", []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2024-03-01"), ev(accreditation.EventRevoked, "2024-04-01"),
			ev(accreditation.EventRestored, "2025-04-01")}, "/events/2/kind"},
		{"refusal before an application was possible", []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2024-03-01"), ev(accreditation.EventRevoked, "2024-04-01"),
			ev(accreditation.EventRestorationRefused, "2025-04-01")}, "/events/2/kind"},
		{"revoke twice", []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2024-03-01"), ev(accreditation.EventRevoked, "2024-04-01"), ev(accreditation.EventRevoked, "2024-05-01")}, "/events/2/kind"},
		{"events out of order", []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2024-03-01"), ev(accreditation.EventSuspended, "2024-02-01")}, "/events/1/date"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := accreditation.Standing(s, accreditation.Holding{SchemeID: s.ID, Events: c.events}, d("2030-01-01"), accreditation.Calendar{})
			if !errors.Is(err, accreditation.ErrInvalidHolding) {
				t.Fatalf("err = %v", err)
			}
			var ie *accreditation.InputError
			errors.As(err, &ie)
			if len(ie.Problems.At(c.bad)) != 1 {
				t.Errorf("problems %v, want one at %s", ie.Problems, c.bad)
			}
		})
	}
	// A lifetime credential is never renewed.
	cor := scheme(t, accreditation.SchemePHRegistration)
	_, err := accreditation.Standing(cor, accreditation.Holding{SchemeID: cor.ID, Events: []accreditation.LifecycleEvent{
		ev(accreditation.EventIssued, "2015-01-01"), ev(accreditation.EventRenewed, "2018-01-01")}}, d("2020-01-01"), accreditation.Calendar{})
	if !errors.Is(err, accreditation.ErrInvalidHolding) {
		t.Errorf("renewing a lifetime credential: %v", err)
	}
}

func TestValidityKinds(t *testing.T) {
	base := lifecycleScheme()
	cases := []struct {
		name          string
		rule          accreditation.ValidityRule
		birth, issued string
		expires       string
	}{
		{"fixed term, clamped", accreditation.ValidityRule{Kind: accreditation.ValidityFixedTerm, TermMonths: 12}, "", "2024-02-29", "2025-02-27"},
		{"fixed term, 1 March policy", accreditation.ValidityRule{Kind: accreditation.ValidityFixedTerm, TermMonths: 12, LeapDay: accreditation.LeapMar1}, "", "2024-02-29", "2025-02-28"},
		{"birthday in the third year", accreditation.ValidityRule{Kind: accreditation.ValidityBirthday, TermMonths: 36}, "1990-08-15", "2020-06-10", "2023-08-15"},
		{"leap birthday, 28 February", accreditation.ValidityRule{Kind: accreditation.ValidityBirthday, TermMonths: 36}, "1992-02-29", "2020-06-10", "2023-02-28"},
		{"leap birthday, 1 March", accreditation.ValidityRule{Kind: accreditation.ValidityBirthday, TermMonths: 36, LeapDay: accreditation.LeapMar1}, "1992-02-29", "2020-06-10", "2023-03-01"},
		{"fixed cycle", accreditation.ValidityRule{Kind: accreditation.ValidityFixedCycle, CycleStartMonth: 12, CycleStartDay: 1}, "", "2024-10-01", "2024-11-30"},
		{"fixed cycle on its first day", accreditation.ValidityRule{Kind: accreditation.ValidityFixedCycle, CycleStartMonth: 12, CycleStartDay: 1}, "", "2024-12-01", "2025-11-30"},
		{"lifetime", accreditation.ValidityRule{Kind: accreditation.ValidityLifetime}, "", "2024-12-01", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := base
			r := c.rule
			r.ID, r.From, r.Source, r.Confidence = "t", d("2000-01-01"), s.Source, accreditation.ConfidencePartial
			s.Terms = []accreditation.ValidityRule{r}
			h := accreditation.Holding{SchemeID: s.ID, Events: []accreditation.LifecycleEvent{ev(accreditation.EventIssued, c.issued)}}
			if c.birth != "" {
				h.BirthDate = d(c.birth)
			}
			st, err := accreditation.Standing(s, h, d(c.issued), accreditation.Calendar{})
			if err != nil {
				t.Fatal(err)
			}
			if st.Expires.String() != c.expires {
				t.Errorf("expires %s, want %s", st.Expires, c.expires)
			}
		})
	}
}

func TestRenewalClosesInWorkingDays(t *testing.T) {
	s := scheme(t, accreditation.SchemeVNPractice)
	h := accreditation.Holding{SchemeID: s.ID, Events: []accreditation.LifecycleEvent{{Kind: accreditation.EventIssued, Date: d("2024-11-01"), Expires: d("2025-09-30")}}}
	cal := accreditation.Calendar{Holidays: []workforce.CivilDate{d("2025-09-02")}}
	st, err := accreditation.Standing(s, h, d("2025-09-01"), cal)
	if err != nil {
		t.Fatal(err)
	}
	if st.RenewalCloses != d("2025-09-09") {
		t.Errorf("renewal closes %s, want 2025-09-09", st.RenewalCloses)
	}
}

// lifecycleSpec restates the documented transition table: the states in
// which each event is allowed.
func lifecycleSpec(kind accreditation.LifecycleEventKind, state accreditation.CredentialState) bool {
	in := func(states ...accreditation.CredentialState) bool { return slices.Contains(states, state) }
	switch kind {
	case accreditation.EventIssued:
		return in(accreditation.StateNotIssued, accreditation.StateLapsed, accreditation.StateSurrendered)
	case accreditation.EventRenewed:
		return in(accreditation.StateRenewalOpen, accreditation.StateGrace, accreditation.StateExtension,
			accreditation.StateLateRenewal, accreditation.StateFollowUp, accreditation.StateOverdue)
	case accreditation.EventRenewalFiled:
		return in(accreditation.StateActive, accreditation.StateRenewalOpen)
	case accreditation.EventExtended, accreditation.EventSuspended:
		return in(accreditation.StateActive, accreditation.StateRenewalOpen)
	case accreditation.EventReinstated:
		return in(accreditation.StateSuspended)
	case accreditation.EventRevoked, accreditation.EventSurrendered:
		return !in(accreditation.StateNotIssued, accreditation.StateRevoked, accreditation.StateRestorable, accreditation.StateSurrendered)
	case accreditation.EventRestorationRefused, accreditation.EventRestored:
		return in(accreditation.StateRestorable)
	}
	return false
}

// TestLifecycleStateMachine drives a holding with random events at
// increasing dates and checks every step against the transition table and
// the state each event must lead to.
func TestLifecycleStateMachine(t *testing.T) {
	s := lifecycleScheme()
	kinds := accreditation.LifecycleEventKindValues()
	rapid.Check(t, func(t *rapid.T) {
		h := accreditation.Holding{SchemeID: s.ID}
		day := d("2024-01-01")
		t.Repeat(map[string]func(*rapid.T){
			"event": func(t *rapid.T) {
				day = day.AddDays(rapid.IntRange(0, 500).Draw(t, "gap"))
				e := accreditation.LifecycleEvent{Kind: rapid.SampledFrom(kinds).Draw(t, "kind"), Date: day}
				switch e.Kind {
				case accreditation.EventExtended:
					e.Months = rapid.IntRange(1, 48).Draw(t, "months")
				case accreditation.EventSuspended:
					if rapid.Bool().Draw(t, "bounded") {
						e.Until = day.AddDays(rapid.IntRange(0, 200).Draw(t, "length"))
					}
				}
				before, err := accreditation.Standing(s, h, day, accreditation.Calendar{})
				if err != nil {
					t.Fatalf("accepted history became invalid: %v", err)
				}
				next := h
				next.Events = append(slices.Clone(h.Events), e)
				after, err := accreditation.Standing(s, next, day, accreditation.Calendar{})
				legal := lifecycleSpec(e.Kind, before.State)
				if !legal {
					if !errors.Is(err, accreditation.ErrInvalidHolding) {
						t.Fatalf("%s in state %s accepted", e.Kind, before.State)
					}
					return
				}
				if err != nil {
					t.Fatalf("%s in state %s rejected: %v", e.Kind, before.State, err)
				}
				h = next
				want := map[accreditation.LifecycleEventKind][]accreditation.CredentialState{
					accreditation.EventIssued:    {accreditation.StateActive, accreditation.StateRenewalOpen},
					accreditation.EventRenewed:   {accreditation.StateActive, accreditation.StateRenewalOpen},
					accreditation.EventExtended:  {accreditation.StateActive, accreditation.StateRenewalOpen},
					accreditation.EventRestored:  {accreditation.StateActive, accreditation.StateRenewalOpen},
					accreditation.EventSuspended: {accreditation.StateSuspended},
					accreditation.EventReinstated: {accreditation.StateActive, accreditation.StateRenewalOpen, accreditation.StateGrace,
						accreditation.StateExtension, accreditation.StateLapsed},
					accreditation.EventRevoked:            {accreditation.StateRevoked},
					accreditation.EventRestorationRefused: {accreditation.StateRevoked},
					accreditation.EventSurrendered:        {accreditation.StateSurrendered},
					accreditation.EventRenewalFiled:       {accreditation.StateActive, accreditation.StateRenewalOpen},
				}[e.Kind]
				if !slices.Contains(want, after.State) {
					t.Fatalf("after %s from %s: state %s, want one of %v", e.Kind, before.State, after.State, want)
				}
				if e.Kind == accreditation.EventRenewed && !after.Expires.After(before.Expires) {
					t.Fatalf("renewal did not move the expiry: %s → %s", before.Expires, after.Expires)
				}
			},
			"": func(t *rapid.T) {
				// Invariant: with no new events, time never brings back
				// authority after lapse, revocation or surrender.
				st, err := accreditation.Standing(s, h, day, accreditation.Calendar{})
				if err != nil {
					t.Fatal(err)
				}
				later, _ := accreditation.Standing(s, h, day.AddDays(rapid.IntRange(1, 4000).Draw(t, "later")), accreditation.Calendar{})
				switch st.State {
				case accreditation.StateLapsed, accreditation.StateRevoked, accreditation.StateRestorable, accreditation.StateSurrendered:
					if later.Authorised {
						t.Fatalf("%s became %s with time alone", st.State, later.State)
					}
				}
			},
		})
	})
}

// lateScheme: a 36-month birthday-anchored term ending on the birthday in
// the third year, grace until the 20th of the next month and a 20%
// surcharge after it (the shape of PRC Res. 187 of 1991 [S11]), and a
// 21-day follow-up after a renewal filed with CPD outstanding (Social
// Work England's page [S126]).
func lateScheme() accreditation.Scheme {
	s := minimalScheme()
	s.Terms = []accreditation.ValidityRule{{ID: "t", From: d("1990-01-01"), Kind: accreditation.ValidityBirthday, BirthdayYear: 3,
		GraceUntilDay: 20, FollowUpDays: 21, Surcharges: []accreditation.Surcharge{{ID: "late", From: d("1990-01-01"), Percent: dec("20")}},
		Source: s.Source, Confidence: accreditation.ConfidencePartial}}
	return s
}

func TestLateRenewalAndFollowUp(t *testing.T) {
	s := lateScheme()
	// Born 1990-07-15, registered 2021-03-10: year 3 of the term runs
	// 2023-03-10 to 2024-03-09, so the term ends on 2023-07-15.
	h := accreditation.Holding{SchemeID: s.ID, BirthDate: d("1990-07-15"), Events: []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2021-03-10")}}
	cases := []struct {
		on        string
		state     accreditation.CredentialState
		surcharge bool
	}{
		{"2023-07-15", accreditation.StateActive, false},
		{"2023-07-16", accreditation.StateGrace, false},
		{"2023-08-20", accreditation.StateGrace, false},
		{"2023-08-21", accreditation.StateLateRenewal, true},
		{"2030-01-01", accreditation.StateLateRenewal, true},
	}
	for _, c := range cases {
		st, err := accreditation.Standing(s, h, d(c.on), accreditation.Calendar{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Expires != d("2023-07-15") || st.GraceEnds != d("2023-08-20") || st.State != c.state || (st.Surcharge != nil) != c.surcharge {
			t.Errorf("%s: %s, expires %s, grace ends %s, surcharge %v; want %s", c.on, st.State, st.Expires, st.GraceEnds, st.Surcharge, c.state)
		}
		if st.Authorised && st.State != accreditation.StateActive {
			t.Errorf("%s: authorised in %s", c.on, st.State)
		}
	}
	// A late renewal starts the new term on the renewal date.
	late := h
	late.Events = append(slices.Clone(h.Events), ev(accreditation.EventRenewed, "2023-09-01"))
	st, err := accreditation.Standing(s, late, d("2023-09-02"), accreditation.Calendar{})
	if err != nil || st.State != accreditation.StateActive || st.TermStart != d("2023-09-01") || st.Expires != d("2026-07-15") {
		t.Errorf("late renewal: %+v %v", st, err)
	}
	// Filed before expiry with CPD outstanding: follow-up for 21 days on
	// the register, then overdue until renewed (or removed).
	filed := h
	filed.Events = append(slices.Clone(h.Events), ev(accreditation.EventRenewalFiled, "2023-07-01"))
	for _, c := range []struct {
		on    string
		state accreditation.CredentialState
	}{{"2023-07-10", accreditation.StateActive}, {"2023-07-16", accreditation.StateFollowUp}, {"2023-08-05", accreditation.StateFollowUp},
		{"2023-08-06", accreditation.StateOverdue}} {
		st, err := accreditation.Standing(s, filed, d(c.on), accreditation.Calendar{})
		if err != nil || st.State != c.state || !st.Authorised || st.FollowUpEnds != d("2023-08-05") {
			t.Errorf("filed, %s: %s (authorised %v, follow-up ends %s) %v; want %s", c.on, st.State, st.Authorised, st.FollowUpEnds, err, c.state)
		}
	}
	done := filed
	done.Events = append(slices.Clone(filed.Events), ev(accreditation.EventRenewed, "2023-07-30"))
	if st, err := accreditation.Standing(s, done, d("2023-08-10"), accreditation.Calendar{}); err != nil || st.State != accreditation.StateActive || st.TermStart != d("2023-07-16") {
		t.Errorf("renewed in follow-up: %+v %v", st, err)
	}
}

// TestSurchargeNeverInGrace: on no date is a surcharge due while the
// credential is in grace, whatever the grace rule.
func TestSurchargeNeverInGrace(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := lateScheme()
		r := &s.Terms[0]
		if rapid.Bool().Draw(t, "grace_days") {
			r.GraceUntilDay, r.GraceDays = 0, rapid.IntRange(1, 90).Draw(t, "days")
		} else {
			r.GraceUntilDay = rapid.IntRange(1, 31).Draw(t, "until_day")
		}
		r.FollowUpDays = 0
		birth := genDate(t, "birth").AddDays(-40 * 365)
		issued := genDate(t, "issued")
		h := accreditation.Holding{SchemeID: s.ID, BirthDate: birth, Events: []accreditation.LifecycleEvent{{Kind: accreditation.EventIssued, Date: issued}}}
		on := issued.AddDays(rapid.IntRange(0, 2000).Draw(t, "days_after"))
		st, err := accreditation.Standing(s, h, on, accreditation.Calendar{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Surcharge != nil && (st.State == accreditation.StateGrace || !on.After(st.GraceEnds)) {
			t.Fatalf("surcharge due on %s in %s (grace ends %s)", on, st.State, st.GraceEnds)
		}
		if st.State == accreditation.StateGrace && !st.LateFrom.After(on) {
			t.Fatalf("late from %s while in grace on %s", st.LateFrom, on)
		}
	})
}

// TestWorkingDayDeadlineWithoutWindow: Viet Nam's re-grant must be filed
// at least 15 working days before expiry [S94]; the scheme sets no
// opening date, and a renewal after the deadline is refused.
func TestWorkingDayDeadlineWithoutWindow(t *testing.T) {
	s := scheme(t, accreditation.SchemeVNPractice)
	cal := accreditation.Calendar{Holidays: []workforce.CivilDate{d("2025-09-02")}}
	base := []accreditation.LifecycleEvent{{Kind: accreditation.EventIssued, Date: d("2024-11-01"), Expires: d("2025-09-30")}}
	for _, c := range []struct {
		on string
		ok bool
	}{{"2025-09-09", true}, {"2025-09-10", false}} {
		h := accreditation.Holding{SchemeID: s.ID, Events: append(slices.Clone(base), accreditation.LifecycleEvent{Kind: accreditation.EventRenewed, Date: d(c.on), Expires: d("2030-09-30")})}
		_, err := accreditation.Standing(s, h, d("2025-10-01"), cal)
		if (err == nil) != c.ok {
			t.Errorf("renewed on %s: %v, want accepted %v", c.on, err, c.ok)
		}
	}
}

// TestShippedLateRules: the Philippine 1991 rule (PRC Res. 187 [S11],
// unconfirmed in date and reach) and Social Work England's 21-day
// follow-up [S126].
func TestShippedLateRules(t *testing.T) {
	ph := scheme(t, accreditation.SchemePHLicence)
	h := accreditation.Holding{SchemeID: ph.ID, BirthDate: d("1985-02-10"), Events: []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2012-06-01")}}
	for _, c := range []struct {
		on    string
		state accreditation.CredentialState
	}{{"2015-02-10", accreditation.StateActive}, {"2015-03-20", accreditation.StateGrace}, {"2015-03-21", accreditation.StateLateRenewal}} {
		st, err := accreditation.Standing(ph, h, d(c.on), accreditation.Calendar{})
		if err != nil || st.State != c.state || st.Expires != d("2015-02-10") {
			t.Errorf("PH 1991, %s: %s until %s %v; want %s", c.on, st.State, st.Expires, err, c.state)
		}
	}
	swe := scheme(t, accreditation.SchemeSWE)
	hs := accreditation.Holding{SchemeID: swe.ID, Events: []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2019-12-02"),
		ev(accreditation.EventRenewed, "2020-11-10"), ev(accreditation.EventRenewed, "2021-11-10"), ev(accreditation.EventRenewed, "2022-11-10"),
		ev(accreditation.EventRenewed, "2023-11-10"), ev(accreditation.EventRenewalFiled, "2024-11-20")}}
	for _, c := range []struct {
		on    string
		state accreditation.CredentialState
	}{{"2024-12-05", accreditation.StateFollowUp}, {"2024-12-21", accreditation.StateFollowUp}, {"2024-12-22", accreditation.StateOverdue}} {
		st, err := accreditation.Standing(swe, hs, d(c.on), accreditation.Calendar{})
		if err != nil || st.State != c.state {
			t.Errorf("SWE, %s: %s %v; want %s", c.on, st.State, err, c.state)
		}
	}
}

// TestStandingCredential: the holding describes the credential once;
// the facts of a renewal derive from it.
func TestStandingCredential(t *testing.T) {
	s := scheme(t, accreditation.SchemeSGRSW)
	h := accreditation.Holding{SchemeID: s.ID, Events: []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2023-04-01")}}
	for _, c := range []struct {
		on     string
		status workforce.CredentialStatus
	}{{"2025-02-15", workforce.CredentialActive}, {"2025-06-01", workforce.CredentialExpired}, {"2028-06-01", workforce.CredentialLapsed}} {
		st, err := accreditation.Standing(s, h, d(c.on), accreditation.Calendar{})
		if err != nil {
			t.Fatal(err)
		}
		cr, ok := st.Credential()
		if !ok || cr.Status != c.status || cr.Issued != d("2023-04-01") || cr.Expires != d("2025-03-31") {
			t.Errorf("%s: %+v %v, want %s", c.on, cr, ok, c.status)
		}
	}
	st, _ := accreditation.Standing(s, h, d("2025-02-15"), accreditation.Calendar{})
	cr, _ := st.Credential()
	f := accreditation.Facts{Credentials: []workforce.Credential{cr},
		CPD: []workforce.CPDRecord{cpd("2023-09-01", "42", workforce.CPDStructured, workforce.ActivityCourse), cpd("2024-09-01", "18", workforce.CPDUnstructured, workforce.ActivitySelfStudy)}}
	wantOutcome(t, evaluate(t, s, accreditation.PurposeRenewal, f, "2025-02-15"), accreditation.OutcomeMet)
	if _, ok := (accreditation.CredentialStanding{State: accreditation.StateNotIssued}).Credential(); ok {
		t.Error("a credential not issued")
	}
}
