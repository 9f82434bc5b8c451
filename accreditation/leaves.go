package accreditation

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sswkit/ssw/internal/exact"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/workforce"
)

// tri is a three-valued match of one fact item: no, maybe (a member it
// needs is missing) or yes.
type tri int8

const (
	no tri = iota
	maybe
	yes
)

func and(a, b tri) tri { return min(a, b) }

func yesNo(y YesNo) tri {
	switch y {
	case Yes:
		return yes
	case No:
		return no
	}
	return maybe
}

// abroad matches a country other than home; an unknown country may be.
func abroad(cc, home workforce.CountryCode) tri {
	switch cc {
	case "":
		return maybe
	case home:
		return no
	}
	return yes
}

func member[T comparable](list []T, v T, zero T) tri {
	if len(list) == 0 {
		return yes
	}
	if v == zero {
		return maybe
	}
	if slices.Contains(list, v) {
		return yes
	}
	return no
}

func joinStrings[T ~string](vs []T, sep string) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(string(v))
	}
	return b.String()
}

func (c *ctx) path(list string, i int) string {
	if !c.explain {
		return ""
	}
	return jsonptr.Index(list, i)
}

// atLeastHours decides a minimum of hours (hundredths) from the hours
// that certainly count (def) and those that may (pos; posInf when a
// block's hours are unknown).
func atLeastHours(def, pos int64, posInf bool, need int64) Outcome {
	switch {
	case def >= need:
		return OutcomeMet
	case !posInf && pos < need:
		return OutcomeNotMet
	}
	return OutcomeUnknown
}

// summed is the leaf of a sum over the list: satisfied when met, with
// the reason given when not met, else undecided.
func (c *ctx) summed(o Outcome, notMet FindingReason, list string, firstMaybe int, found string) leaf {
	switch o {
	case OutcomeMet:
		return leaf{o: o, reason: ReasonSatisfied, path: list, found: found}
	case OutcomeNotMet:
		return leaf{o: o, reason: notMet, path: list, found: found}
	}
	return c.undecided(o, list, firstMaybe, found)
}

// undecided is the leaf of a sum over a list that no fact decided: it
// points at the first element whose contribution is unknown (firstMaybe,
// -1 for none), or at the list.
func (c *ctx) undecided(o Outcome, list string, firstMaybe int, found string) leaf {
	p := list
	if firstMaybe >= 0 {
		p = c.path(list, firstMaybe)
	}
	return leaf{o: o, reason: ReasonMissingFact, path: p, found: found}
}

func (c *ctx) qualification(n *node) leaf {
	f := c.f
	if !f.known(ListQualifications, len(f.Qualifications)) {
		return missing("/qualifications")
	}
	best, at, sub := no, -1, ""
	for i := range f.Qualifications {
		t, s := n.matchQualification(&f.Qualifications[i], c.asOf)
		if t > best {
			best, at, sub = t, i, s
		}
	}
	switch best {
	case yes:
		q := &f.Qualifications[at]
		found := ""
		if c.explain {
			found = string(q.Level) + " in " + string(q.Field)
			if q.Institution != "" {
				found += ", " + q.Institution
			}
			if !q.Completed.IsZero() {
				found += ", " + q.Completed.String()
			}
		}
		return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/qualifications", at), found: found}
	case maybe:
		return leaf{o: OutcomeUnknown, reason: ReasonMissingFact, path: c.path("/qualifications", at) + sub}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/qualifications", found: countText(len(f.Qualifications), "qualification")}
}

func countText(n int, what string) string {
	if n == 1 {
		return "1 " + what + ", none matching"
	}
	return strconv.Itoa(n) + " " + what + "s, none matching"
}

// matchQualification matches one qualification; sub names the member
// whose absence makes the match uncertain.
func (n *node) matchQualification(q *workforce.Qualification, asOf workforce.CivilDate) (tri, string) {
	r := n.r
	if !q.Completed.IsZero() && q.Completed.After(asOf) {
		return no, ""
	}
	if len(r.Levels) > 0 && !slices.Contains(r.Levels, q.Level) {
		return no, ""
	}
	if r.MinLevel != "" && !q.Level.AtLeast(r.MinLevel) {
		return no, ""
	}
	if len(r.Fields) > 0 && !slices.Contains(r.Fields, q.Field) {
		return no, ""
	}
	if r.Accredited && !q.Accredited {
		return no, ""
	}
	t, sub := yes, ""
	if len(r.Institutions) > 0 {
		if strings.TrimSpace(q.Institution) == "" {
			t, sub = maybe, "/institution"
		} else if !slices.ContainsFunc(r.Institutions, func(s string) bool { return strings.EqualFold(strings.TrimSpace(s), strings.TrimSpace(q.Institution)) }) {
			return no, ""
		}
	}
	m := member(r.Countries, q.Country, "")
	if r.Abroad {
		m = and(m, abroad(q.Country, n.home))
	}
	if m == no {
		return no, ""
	} else if m == maybe {
		t, sub = maybe, "/country"
	}
	if !r.CompletedFrom.IsZero() || !r.CompletedUntil.IsZero() {
		if q.Completed.IsZero() {
			t, sub = maybe, "/completed"
		} else if !q.Completed.Within(r.CompletedFrom, r.CompletedUntil) {
			return no, ""
		}
	}
	return t, sub
}

// span is a closed interval of days.
type span struct{ from, to workforce.CivilDate }

// measure returns the number of days covered by the union of the spans,
// the length of the longest unbroken run (adjacent days join) and that
// run's start. It sorts l in place.
func measure(l []span) (total, longest int, runStart workforce.CivilDate) {
	if len(l) == 0 {
		return 0, 0, workforce.CivilDate{}
	}
	slices.SortFunc(l, func(a, b span) int {
		if c := a.from.Compare(b.from); c != 0 {
			return c
		}
		return a.to.Compare(b.to)
	})
	cur := l[0]
	flush := func() {
		d := workforce.DaysBetween(cur.from, cur.to) + 1
		total += d
		if d > longest {
			longest, runStart = d, cur.from
		}
	}
	for _, x := range l[1:] {
		if !x.from.After(cur.to.AddDays(1)) {
			if x.to.After(cur.to) {
				cur.to = x.to
			}
			continue
		}
		flush()
		cur = x
	}
	flush()
	return total, longest, runStart
}

// monthsInDays is the number of days in n calendar months from anchor:
// the calendar rule "start + n months" for one continuous period.
func monthsInDays(anchor workforce.CivilDate, n int) int {
	return workforce.DaysBetween(anchor, anchor.AddMonths(n))
}

// durationOutcome decides a minimum and an exclusive maximum of days.
func durationOutcome(r *Requirement, def, pos int, defAnchor, posAnchor workforce.CivilDate) Outcome {
	// days is n months from the anchor, or more than any count when no
	// anchor is known.
	days := func(a workforce.CivilDate, n int) int {
		if a.IsZero() {
			return 1 << 30
		}
		return monthsInDays(a, n)
	}
	o := OutcomeMet
	if r.MinMonths > 0 {
		switch {
		case def >= days(defAnchor, r.MinMonths):
			// met
		case pos < days(posAnchor, r.MinMonths):
			o = OutcomeNotMet
		default:
			o = OutcomeUnknown
		}
	}
	if r.MaxMonths > 0 {
		switch {
		case def >= days(defAnchor, r.MaxMonths):
			o = OutcomeNotMet
		case pos < days(posAnchor, r.MaxMonths):
			// met
		default:
			if o == OutcomeMet {
				o = OutcomeUnknown
			}
		}
	}
	return o
}

func daysText(days int) string {
	if days == 1 {
		return "1 day"
	}
	return strconv.Itoa(days) + " days"
}

func (n *node) supervisorOK(timing PracticeTiming, s *SupervisorFacts, holds func(workforce.ID) bool) tri {
	rule := n.r.Supervisor
	if rule == nil {
		return yes
	}
	t := yes
	if rule.AppliesTo != "" {
		switch timing {
		case "":
			t = maybe
		case rule.AppliesTo:
		default:
			return yes
		}
	}
	if rule.Supervised {
		sup := yesNo(s.Supervised)
		if sup != yes && (s.Qualified == Yes || s.RecognisedQualification == Yes || !s.YearsExperience.IsZero() || len(s.Credentials) > 0) {
			sup = yes
		}
		t = and(t, sup)
	}
	if rule.Qualified {
		t = and(t, yesNo(s.Qualified))
	}
	if rule.RecognisedQualification {
		rq := yesNo(s.RecognisedQualification)
		if rq != yes && slices.ContainsFunc(rule.Credentials, holds) {
			rq = yes
		}
		t = and(t, rq)
	}
	if !n.supYears.IsZero() {
		switch {
		case s.YearsExperience.IsZero():
			t = and(t, maybe)
		case s.YearsExperience.Cmp(n.supYears) < 0:
			return no
		}
	}
	if !n.supLocal.IsZero() {
		switch {
		case s.YearsLocal.IsZero():
			t = and(t, maybe)
		case s.YearsLocal.Cmp(n.supLocal) < 0:
			return no
		}
	}
	return t
}

func (c *ctx) practice(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListPractice, len(f.Practice)) {
		return missing("/practice")
	}
	var defH, posH int64
	posInf := false
	var defBuf, posBuf [16]span
	def, pos := defBuf[:0], posBuf[:0]
	var anchor workforce.CivilDate
	firstMaybe := -1
	for i := range f.Practice {
		b := &f.Practice[i]
		if !b.Start.IsZero() && b.Start.After(c.asOf) {
			continue
		}
		if !b.Start.IsZero() && (anchor.IsZero() || b.Start.Before(anchor)) {
			anchor = b.Start
		}
		t := and(member(r.Settings, b.Setting, ""), member(r.Countries, b.Country, ""))
		if r.Timing != "" {
			t = and(t, member([]PracticeTiming{r.Timing}, b.Timing, ""))
		}
		if !r.EndedBy.IsZero() {
			switch {
			case b.End.IsZero():
				t = and(t, maybe)
			case b.End.After(r.EndedBy):
				t = no
			}
		}
		if t != no {
			sup := b.Supervisor.Credentials
			t = and(t, n.supervisorOK(b.Timing, &b.Supervisor, func(id workforce.ID) bool { return slices.Contains(sup, id) }))
		}
		if t == no {
			continue
		}
		if t == maybe && firstMaybe < 0 {
			firstMaybe = i
		}
		if !r.MinHours.IsZero() {
			if b.Hours.IsZero() {
				posInf = true
				if firstMaybe < 0 {
					firstMaybe = i
				}
			} else {
				h := b.Hours.Hundredths()
				posH = exact.SatAdd(posH, h)
				if t == yes {
					defH = exact.SatAdd(defH, h)
				}
			}
		}
		if r.MinMonths > 0 {
			end := b.End
			if end.IsZero() || end.After(c.asOf) {
				end = c.asOf
			}
			if b.Start.IsZero() {
				posInf = true
				if firstMaybe < 0 {
					firstMaybe = i
				}
				continue
			}
			pos = append(pos, span{b.Start, end})
			if t == yes {
				def = append(def, span{b.Start, end})
			}
		}
	}
	o := OutcomeMet
	found := ""
	if !r.MinHours.IsZero() {
		o = atLeastHours(defH, posH, posInf, n.minHours)
		if c.explain {
			found = fixedText(defH, 2) + " hours"
		}
	}
	if r.MinMonths > 0 {
		dt, _, _ := measure(def)
		pt, _, _ := measure(pos)
		if posInf {
			pt = 1 << 30
		}
		m := durationOutcome(r, dt, pt, anchor, anchor)
		o = allOf([]Outcome{o, m})
		if c.explain {
			if found != "" {
				found += ", "
			}
			found += daysText(dt)
			if !anchor.IsZero() {
				found += " (" + strconv.Itoa(r.MinMonths) + " months from " + anchor.String() + " = " + daysText(monthsInDays(anchor, r.MinMonths)) + ")"
			}
		}
	}
	return c.summed(o, ReasonBelowMinimum, "/practice", firstMaybe, found)
}

func (c *ctx) experience(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListWork, len(f.Work)) {
		return missing("/work")
	}
	var after workforce.CivilDate // experience counts from the day after
	hasQual := true
	if r.AfterQualification {
		if !f.known(ListQualifications, len(f.Qualifications)) {
			return missing("/qualifications")
		}
		hasQual = false
		for i := range f.Qualifications {
			q := &f.Qualifications[i]
			if len(r.Fields) > 0 && !slices.Contains(r.Fields, q.Field) {
				continue
			}
			if q.Completed.IsZero() {
				return missing(c.path("/qualifications", i) + "/completed")
			}
			if q.Completed.After(c.asOf) {
				continue
			}
			if !hasQual || q.Completed.Before(after) {
				after, hasQual = q.Completed, true
			}
		}
	}
	var defBuf, posBuf [16]span
	def, pos := defBuf[:0], posBuf[:0]
	var anchor workforce.CivilDate
	firstMaybe := -1
	if hasQual {
		for i := range f.Work {
			w := &f.Work[i]
			if w.Offer || w.Start.After(c.asOf) {
				continue
			}
			start, end := w.Start, w.End
			if end.IsZero() || end.After(c.asOf) {
				end = c.asOf
			}
			if !after.IsZero() && !start.After(after) {
				start = after.AddDays(1)
			}
			if start.After(end) {
				continue
			}
			if anchor.IsZero() || start.Before(anchor) {
				anchor = start
			}
			t := and(member(r.Settings, w.Setting, ""), member(r.Countries, w.Country, ""))
			if r.FullTime {
				switch {
				case w.FTE.IsZero():
					t = and(t, maybe)
				case w.FTE.Hundredths() < 100:
					t = no
				}
			}
			if !r.MinShare.IsZero() {
				switch {
				case w.SocialWorkShare.IsZero():
					t = and(t, maybe)
				case w.SocialWorkShare.Cmp(r.MinShare) < 0:
					t = no
				}
			}
			if t == no {
				continue
			}
			if t == maybe && firstMaybe < 0 {
				firstMaybe = i
			}
			pos = append(pos, span{start, end})
			if t == yes {
				def = append(def, span{start, end})
			}
		}
	}
	dt, dl, ds := measure(def)
	pt, pl, pst := measure(pos)
	var o Outcome
	shown := dt
	if r.Continuous {
		o = durationOutcome(r, dl, pl, ds, pst)
		shown = dl
	} else {
		o = durationOutcome(r, dt, pt, anchor, anchor)
	}
	found := ""
	if c.explain {
		found = daysText(shown)
		if r.Continuous {
			found += " continuous"
		}
		if r.AfterQualification && !hasQual {
			found = "no qualifying qualification, so no post-qualification experience"
		}
	}
	reason := ReasonBelowMinimum
	a := anchor
	if r.Continuous {
		a = ds
	}
	if r.MaxMonths > 0 && !a.IsZero() && shown >= monthsInDays(a, r.MaxMonths) {
		reason = ReasonAboveMaximum
	}
	return c.summed(o, reason, "/work", firstMaybe, found)
}

func (c *ctx) training(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListTraining, len(f.Training)) {
		return missing("/training")
	}
	var defH, posH int64
	posInf, course := false, no
	firstMaybe := -1
	for i := range f.Training {
		t := &f.Training[i]
		if t.Date.After(c.asOf) {
			continue
		}
		m := member(r.Courses, t.Course, "")
		if len(r.Courses) > 0 && t.Course == "" {
			m = no // a record without a course name is not the named course
		}
		if r.InEmployment {
			m = and(m, yesNo(t.InEmployment))
		}
		if m == no {
			continue
		}
		if m > course {
			course = m
		}
		if m == maybe && firstMaybe < 0 {
			firstMaybe = i
		}
		if t.Hours.IsZero() {
			posInf = true
			continue
		}
		h := t.Hours.Hundredths()
		posH = exact.SatAdd(posH, h)
		if m == yes {
			defH = exact.SatAdd(defH, h)
		}
	}
	o := OutcomeMet
	if len(r.Courses) > 0 {
		o = [...]Outcome{OutcomeNotMet, OutcomeUnknown, OutcomeMet}[course]
	}
	if !r.MinHours.IsZero() {
		o = allOf([]Outcome{o, atLeastHours(defH, posH, posInf, n.minHours)})
	}
	found := ""
	if c.explain {
		found = fixedText(defH, 2) + " hours"
	}
	reason := ReasonBelowMinimum
	if len(r.Courses) > 0 && course == no {
		reason = ReasonNoMatch
	}
	return c.summed(o, reason, "/training", firstMaybe, found)
}

func (c *ctx) quiz(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListQuizzes, len(f.Quizzes)) {
		return missing("/quizzes")
	}
	best := -1
	var oldest workforce.CivilDate
	if r.MaxAgeMonths > 0 {
		oldest = c.asOf.AddMonths(-r.MaxAgeMonths)
	}
	for i := range f.Quizzes {
		q := &f.Quizzes[i]
		if q.Quiz != r.Quiz || q.Date.After(c.asOf) || (!oldest.IsZero() && q.Date.Before(oldest)) {
			continue
		}
		if best < 0 || q.Score.Cmp(f.Quizzes[best].Score) > 0 {
			best = i
		}
	}
	if best < 0 {
		return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/quizzes", found: "no attempt at " + string(r.Quiz)}
	}
	q := &f.Quizzes[best]
	found := ""
	if c.explain {
		found = q.Score.String() + "% on " + q.Date.String()
	}
	if q.Score.Cmp(r.MinScore) >= 0 {
		return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/quizzes", best) + c.sfx("/score"), found: found}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonBelowMinimum, path: c.path("/quizzes", best) + c.sfx("/score"), found: found}
}

func (c *ctx) sfx(s string) string {
	if !c.explain {
		return ""
	}
	return s
}

func (c *ctx) age(n *node) leaf {
	r := n.r
	if c.f.BirthDate.IsZero() {
		return missing("/birth_date")
	}
	a := workforce.YearsBetween(c.f.BirthDate, c.asOf)
	found := ""
	if c.explain {
		found = strconv.Itoa(a) + " years on " + c.asOf.String()
	}
	if r.MinAge > 0 && a < r.MinAge {
		return leaf{o: OutcomeNotMet, reason: ReasonBelowMinimum, path: "/birth_date", found: found}
	}
	if r.MaxAge > 0 && a > r.MaxAge {
		return leaf{o: OutcomeNotMet, reason: ReasonAboveMaximum, path: "/birth_date", found: found}
	}
	return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: "/birth_date", found: found}
}

func (c *ctx) references(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListReferences, len(f.References)) {
		return missing("/references")
	}
	count := 0
	for i := range f.References {
		ks := f.References[i].KnownSince
		if ks.After(c.asOf) {
			continue
		}
		if r.MinYearsKnown == 0 || workforce.YearsBetween(ks, c.asOf) >= r.MinYearsKnown {
			count++
		}
	}
	found := ""
	if c.explain {
		found = strconv.Itoa(count) + " qualifying"
	}
	if count >= r.MinCount {
		return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: "/references", found: found}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonBelowMinimum, path: "/references", found: found}
}

func (c *ctx) document(n *node, kind DocumentKind) leaf {
	f, r := c.f, n.r
	if !f.known(ListDocuments, len(f.Documents)) {
		return missing("/documents")
	}
	var oldest workforce.CivilDate
	if r.MaxAgeMonths > 0 {
		oldest = c.asOf.AddMonths(-r.MaxAgeMonths)
	}
	best, at, stale := no, -1, -1
	for i := range f.Documents {
		d := &f.Documents[i]
		if d.Kind != kind || d.Date.After(c.asOf) {
			continue
		}
		t := yes
		if !oldest.IsZero() {
			switch {
			case d.Date.IsZero():
				t = maybe
			case d.Date.Before(oldest):
				t = no
				stale = i
			}
		}
		if t > best {
			best, at = t, i
		}
	}
	switch best {
	case yes:
		found := ""
		if c.explain {
			found = string(kind)
			if !f.Documents[at].Date.IsZero() {
				found += " dated " + f.Documents[at].Date.String()
			}
		}
		return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/documents", at), found: found}
	case maybe:
		return leaf{o: OutcomeUnknown, reason: ReasonMissingFact, path: c.path("/documents", at) + c.sfx("/date")}
	}
	if stale >= 0 {
		found := ""
		if c.explain {
			found = "dated " + f.Documents[stale].Date.String() + ", before " + oldest.String()
		}
		return leaf{o: OutcomeNotMet, reason: ReasonTooOld, path: c.path("/documents", stale) + c.sfx("/date"), found: found}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/documents", found: "no " + string(kind)}
}

func (c *ctx) credential(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListCredentials, len(f.Credentials)) {
		return missing("/credentials")
	}
	held, early := -1, -1
	cutoff := issueCutoff(r, c.asOf)
	for i := range f.Credentials {
		cr := &f.Credentials[i]
		if !slices.Contains(r.Schemes, cr.SchemeID) {
			continue
		}
		if !cutoff.IsZero() && cr.Issued.Before(cutoff) {
			early = i
			continue
		}
		if cr.CurrentOn(c.asOf) || (r.EverHeld && !cr.Issued.After(c.asOf)) {
			found := ""
			if c.explain {
				found = string(cr.SchemeID) + " " + string(cr.Status)
				if !cr.Expires.IsZero() {
					found += " until " + cr.Expires.String()
				}
			}
			return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/credentials", i), found: found}
		}
		held = i
	}
	if held >= 0 {
		cr := &f.Credentials[held]
		found := ""
		if c.explain {
			found = string(cr.SchemeID) + " " + string(cr.Status)
			if !cr.Expires.IsZero() {
				found += ", expires " + cr.Expires.String()
			}
		}
		return leaf{o: OutcomeNotMet, reason: ReasonNotCurrent, path: c.path("/credentials", held), found: found}
	}
	if early >= 0 {
		found := ""
		if c.explain {
			found = "issued " + f.Credentials[early].Issued.String() + ", before " + cutoff.String()
		}
		return leaf{o: OutcomeNotMet, reason: ReasonTooOld, path: c.path("/credentials", early) + c.sfx("/issued"), found: found}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/credentials", found: "not held"}
}

// issueCutoff is the earliest issue date a credential requirement
// accepts on asOf: IssuedWithinMonths before asOf, or the latest
// IssuedSinceMonth/IssuedSinceDay on or before asOf (the later of the
// two); the zero date when there is none.
func issueCutoff(r *Requirement, asOf workforce.CivilDate) workforce.CivilDate {
	var cut workforce.CivilDate
	if r.IssuedWithinMonths > 0 {
		cut = asOf.AddMonths(-r.IssuedWithinMonths)
	}
	if r.IssuedSinceMonth > 0 && r.IssuedSinceDay > 0 {
		y := asOf.Year()
		since := workforce.MustNewDate(y, time.Month(r.IssuedSinceMonth), min(r.IssuedSinceDay, workforce.DaysIn(y, time.Month(r.IssuedSinceMonth))))
		if since.After(asOf) {
			since = workforce.MustNewDate(y-1, time.Month(r.IssuedSinceMonth), min(r.IssuedSinceDay, workforce.DaysIn(y-1, time.Month(r.IssuedSinceMonth))))
		}
		if since.After(cut) {
			cut = since
		}
	}
	return cut
}

func (c *ctx) employment(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListWork, len(f.Work)) {
		return missing("/work")
	}
	best, at := no, -1
	for i := range f.Work {
		w := &f.Work[i]
		if w.Offer {
			if !r.AcceptOffer {
				continue
			}
		} else if w.Start.After(c.asOf) || (!w.End.IsZero() && w.End.Before(c.asOf)) {
			continue
		}
		t := and(member(r.Settings, w.Setting, ""), member(r.Countries, w.Country, ""))
		if r.Abroad {
			t = and(t, abroad(w.Country, n.home))
		}
		if r.SocialWorkPost {
			t = and(t, yesNo(w.SocialWorkPost))
		}
		if t > best {
			best, at = t, i
		}
	}
	switch best {
	case yes:
		found := ""
		if c.explain {
			found = string(f.Work[at].Setting)
			if f.Work[at].Offer {
				found += " (accepted offer)"
			}
		}
		return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/work", at), found: found}
	case maybe:
		return leaf{o: OutcomeUnknown, reason: ReasonMissingFact, path: c.path("/work", at)}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/work", found: "no current employment matching"}
}

func (c *ctx) fee(n *node) leaf {
	f := c.f
	if !f.known(ListFees, len(f.Fees)) {
		return missing("/fees")
	}
	year := c.asOf.Year() + n.r.FeeYearOffset
	for i := range f.Fees {
		fr := &f.Fees[i]
		if fr.Year != year {
			continue
		}
		if fr.Waived || (!fr.Paid.IsZero() && !fr.Paid.After(c.asOf)) {
			found := ""
			if c.explain {
				found = "fee " + strconv.Itoa(year) + " waived"
				if !fr.Waived {
					found = "fee " + strconv.Itoa(year) + " paid " + fr.Paid.String()
				}
			}
			return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/fees", i), found: found}
		}
		return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: c.path("/fees", i), found: "fee " + strconv.Itoa(year) + " unpaid"}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/fees", found: "no fee record for " + strconv.Itoa(year)}
}

func (c *ctx) citizenship(n *node) leaf {
	f := c.f
	if !f.known(ListCitizenship, len(f.Citizenship)) {
		return missing("/citizenship")
	}
	for i, cc := range f.Citizenship {
		if slices.Contains(n.r.Countries, cc) || (n.r.Abroad && cc != n.home) {
			return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/citizenship", i), found: string(cc)}
		}
	}
	found := ""
	if c.explain {
		found = joinStrings(f.Citizenship, ", ")
	}
	return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/citizenship", found: found}
}

func (c *ctx) proceeding(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListProceedings, len(f.Proceedings)) {
		return missing("/proceedings")
	}
	var since workforce.CivilDate
	if r.WithinMonths > 0 {
		since = c.asOf.AddMonths(-r.WithinMonths)
	}
	for i := range f.Proceedings {
		p := &f.Proceedings[i]
		if p.Start.After(c.asOf) || (len(r.Proceedings) > 0 && !slices.Contains(r.Proceedings, p.Kind)) {
			continue
		}
		if r.OpenOnly && !p.End.IsZero() && !p.End.After(c.asOf) {
			continue
		}
		if !since.IsZero() && p.Start.Before(since) {
			continue
		}
		found := ""
		if c.explain {
			found = string(p.Kind) + " from " + p.Start.String()
		}
		return leaf{o: OutcomeMet, reason: ReasonPresent, path: c.path("/proceedings", i), found: found}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/proceedings", found: "none matching"}
}

func (c *ctx) circumstance(n *node) leaf {
	f := c.f
	if !f.known(ListCircumstances, len(f.Circumstances)) {
		return missing("/circumstances")
	}
	for i, x := range f.Circumstances {
		if slices.Contains(n.r.Circumstances, x) {
			return leaf{o: OutcomeMet, reason: ReasonPresent, path: c.path("/circumstances", i), found: string(x)}
		}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/circumstances", found: "none matching"}
}
