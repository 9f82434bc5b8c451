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
		return in(accreditation.StateRenewalOpen, accreditation.StateGrace, accreditation.StateExtension)
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
