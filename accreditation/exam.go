package accreditation

import (
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/workforce"
)

// SittingScore is the scoring of one sitting under one [ExamRule].
type SittingScore struct {
	// Exam and Date identify the sitting.
	Exam workforce.ID        `json:"exam"`
	Date workforce.CivilDate `json:"date"`
	// Outcome is met when the sitting passes the whole exam, not_met when
	// it fails it, unknown when marks or results are missing.
	Outcome Outcome `json:"outcome"`
	// Average is the weighted general average after rounding
	// (weighted_average scoring).
	Average workforce.Decimal `json:"average,omitzero"`
	// ExactAverage is the general average before rounding.
	ExactAverage workforce.Decimal `json:"exact_average,omitzero"`
	// Mean is the plain mean of the subject marks, rounded half-even to two
	// decimals for display (comparisons use the exact mean).
	Mean workforce.Decimal `json:"mean,omitzero"`
	// Subjects gives each subject's outcome at this sitting: met when
	// passed (or above the floor, under weighted_average), not_met when
	// failed, unknown when its mark is missing.
	Subjects []SubjectMark `json:"subjects,omitempty"`
}

// SubjectMark is one subject's mark and outcome at a sitting.
type SubjectMark struct {
	// Subject names the examination subject.
	Subject workforce.ID `json:"subject"`
	// Score is the subject's mark in percent; absent when only a result is known.
	Score workforce.Decimal `json:"score,omitzero"`
	// Outcome is met when the subject is passed (or above the floor, under
	// weighted_average scoring), not_met when failed, unknown when its mark is
	// missing.
	Outcome Outcome `json:"outcome"`
}

// EarliestRetest returns the first day a candidate who sat the exam on
// last may sit it again: the day after last is day 1, and the retest is
// allowed on day RetestWaitDays + 1 (ASWB: a 90-day wait after a sitting
// on 2025-01-10 allows a retest from 2025-04-11). Without a wait it is
// the day after last.
func EarliestRetest(rule ExamRule, last workforce.CivilDate) workforce.CivilDate {
	return last.AddDays(rule.RetestWaitDays + 1)
}

func roundScore(d decimal.Decimal, mode ScoreRounding, digits int) decimal.Decimal {
	p := int32(digits)
	switch mode {
	case RoundHalfUp:
		return d.Round(p)
	case RoundHalfEven:
		return d.RoundBank(p)
	case RoundDown:
		return d.RoundFloor(p)
	}
	return d
}

// ScoreSitting scores one sitting under the rule (see [ExamRule] and
// [ExamSubject] for the pass rules):
//
//  1. weighted_average: when every subject has a mark, the general
//     average is Σ mark × weight / 100, computed exactly and then rounded
//     as the rule says; the sitting passes when the average is at least
//     PassAverage and no subject is below SubjectFloor. Without every
//     mark, the owner's result decides, else the outcome is unknown;
//  2. subject_marks: each subject passes on the owner's subject result
//     when given, otherwise on its mark against PassMark, the sitting
//     mean against SittingMean (compared exactly as Σ marks ≥ mean × n)
//     and every mark against SittingFloor; the sitting passes when every
//     subject passes, or when the owner reports the whole sitting passed;
//  3. owner_result: the owner's result decides.
func ScoreSitting(rule ExamRule, s ExamSitting) SittingScore {
	return scoringOf(rule.Scoring).score(&rule, &s)
}

// ownerOutcome is the exam owner's result as an outcome.
func ownerOutcome(r SittingResult) Outcome {
	switch r {
	case ResultPassed:
		return OutcomeMet
	case ResultFailed:
		return OutcomeNotMet
	}
	return OutcomeUnknown
}

// marks are the subject marks of one sitting under one rule.
type marks struct {
	s   *ExamSitting
	all bool            // every subject of the rule has a mark
	sum decimal.Decimal // their sum, when all
}

func marksOf(rule *ExamRule, s *ExamSitting) marks {
	m := marks{s: s, all: len(rule.Subjects) > 0, sum: decimal.Zero}
	for _, sub := range rule.Subjects {
		sc, ok := m.score(sub.ID)
		if !ok || sc.Score.IsZero() {
			m.all = false
			continue
		}
		m.sum = m.sum.Add(sc.Score.Decimal())
	}
	return m
}

func (m marks) score(id workforce.ID) (*SubjectScore, bool) {
	for i := range m.s.Subjects {
		if m.s.Subjects[i].Subject == id {
			return &m.s.Subjects[i], true
		}
	}
	return nil, false
}

// start returns the score of the sitting before the scoring decides it:
// its exam, date and, when every subject has a mark, the plain mean.
func (m marks) start(rule *ExamRule) SittingScore {
	out := SittingScore{Exam: m.s.Exam, Date: m.s.Date}
	if m.all {
		out.Mean = workforce.DecimalOf(m.sum.DivRound(decimal.NewFromInt(int64(len(rule.Subjects))), 2))
	}
	return out
}

// scoreOwner scores an owner_result sitting (step 3 of [ScoreSitting]).
func scoreOwner(rule *ExamRule, s *ExamSitting) SittingScore {
	out := marksOf(rule, s).start(rule)
	out.Outcome = ownerOutcome(s.Result)
	return out
}

// scoreWeighted scores a weighted_average sitting (step 1 of
// [ScoreSitting]).
func scoreWeighted(rule *ExamRule, s *ExamSitting) SittingScore {
	m := marksOf(rule, s)
	out := m.start(rule)
	out.Subjects = make([]SubjectMark, len(rule.Subjects))
	floorFail := false
	for i, sub := range rule.Subjects {
		sm := SubjectMark{Subject: sub.ID, Outcome: OutcomeUnknown}
		if sc, ok := m.score(sub.ID); ok && !sc.Score.IsZero() {
			sm.Score = sc.Score
			sm.Outcome = OutcomeMet
			if !rule.SubjectFloor.IsZero() && sc.Score.Cmp(rule.SubjectFloor) < 0 {
				sm.Outcome = OutcomeNotMet
				floorFail = true
			}
		}
		out.Subjects[i] = sm
	}
	if !m.all {
		out.Outcome = ownerOutcome(s.Result)
		if floorFail {
			out.Outcome = OutcomeNotMet
		}
		return out
	}
	avg := decimal.Zero
	for _, sub := range rule.Subjects {
		sc, _ := m.score(sub.ID)
		avg = avg.Add(sc.Score.Decimal().Mul(sub.Weight.Decimal()))
	}
	avg = avg.Shift(-2)
	out.ExactAverage = workforce.DecimalOf(avg)
	rounded := roundScore(avg, rule.Rounding, rule.RoundingDigits)
	out.Average = workforce.DecimalOf(rounded)
	out.Outcome = OutcomeMet
	if rounded.Cmp(rule.PassAverage.Decimal()) < 0 || floorFail {
		out.Outcome = OutcomeNotMet
	}
	return out
}

// scoreSubjects scores a subject_marks sitting (step 2 of
// [ScoreSitting]).
func scoreSubjects(rule *ExamRule, s *ExamSitting) SittingScore {
	m := marksOf(rule, s)
	out := m.start(rule)
	out.Subjects = make([]SubjectMark, len(rule.Subjects))
	var buf [8]Outcome
	outs := buf[:0]
	for i, sub := range rule.Subjects {
		sm := SubjectMark{Subject: sub.ID, Outcome: OutcomeUnknown}
		sc, ok := m.score(sub.ID)
		if ok {
			sm.Score = sc.Score
		}
		switch {
		case ok && sc.Result == ResultPassed:
			sm.Outcome = OutcomeMet
		case ok && sc.Result == ResultFailed:
			sm.Outcome = OutcomeNotMet
		case ok && !sc.Score.IsZero() && (!sub.PassMark.IsZero() || !sub.SittingMean.IsZero() || !sub.SittingFloor.IsZero()):
			sm.Outcome = subjectByMarks(rule, &sub, sc, m.all, m.sum, m.score)
		}
		if s.Result == ResultPassed {
			sm.Outcome = OutcomeMet
		}
		out.Subjects[i] = sm
		outs = append(outs, sm.Outcome)
	}
	out.Outcome = allOf(outs)
	if out.Outcome == OutcomeNotApplicable {
		out.Outcome = OutcomeUnknown
	}
	if s.Result == ResultFailed && out.Outcome != OutcomeNotMet {
		out.Outcome = OutcomeNotMet
	}
	return out
}

func subjectByMarks(rule *ExamRule, sub *ExamSubject, sc *SubjectScore, all bool, sum decimal.Decimal, score func(workforce.ID) (*SubjectScore, bool)) Outcome {
	o := OutcomeMet
	if !sub.PassMark.IsZero() && sc.Score.Cmp(sub.PassMark) < 0 {
		return OutcomeNotMet
	}
	if !sub.SittingFloor.IsZero() {
		for _, other := range rule.Subjects {
			os, ok := score(other.ID)
			switch {
			case !ok || os.Score.IsZero():
				o = OutcomeUnknown
			case os.Score.Cmp(sub.SittingFloor) < 0:
				return OutcomeNotMet
			}
		}
	}
	if !sub.SittingMean.IsZero() {
		if !all {
			return OutcomeUnknown
		}
		need := sub.SittingMean.Decimal().Mul(decimal.NewFromInt(int64(len(rule.Subjects))))
		if sum.Cmp(need) < 0 {
			return OutcomeNotMet
		}
	}
	return o
}

// ruleAt returns the exam version in force on d, or nil.
func ruleAt(versions []*ExamRule, d workforce.CivilDate) *ExamRule {
	for i := len(versions) - 1; i >= 0; i-- {
		if d.Within(versions[i].From, versions[i].To) {
			return versions[i]
		}
	}
	return nil
}

func outcomeTri(o Outcome) tri {
	switch o {
	case OutcomeMet:
		return yes
	case OutcomeUnknown:
		return maybe
	}
	return no
}

// exam evaluates an exam requirement over all sittings up to asOf. Under
// subject_marks scoring with banking, a passed subject is kept for
// BankingMonths from its sitting (the version in force at that sitting
// says how long): the exam is passed when, for some sitting date a, every
// subject is passed at a sitting within [a, a + BankingMonths], the window
// including its last day. Without banking every subject must pass at the
// same sitting. Other scorings pass on any passing sitting.
func (c *ctx) exam(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListExamSittings, len(f.ExamSittings)) {
		return missing("/exam_sittings")
	}
	type entry struct {
		i     int
		rule  *ExamRule
		score SittingScore
	}
	var buf [8]entry
	es := buf[:0]
	var since workforce.CivilDate
	if r.WithinMonths > 0 {
		since = c.asOf.AddMonths(-r.WithinMonths)
	}
	for i := range f.ExamSittings {
		s := &f.ExamSittings[i]
		if s.Exam != r.Exam || s.Date.After(c.asOf) || s.Date.Before(since) {
			continue
		}
		rule := ruleAt(n.exam, s.Date)
		var sc SittingScore
		if rule == nil {
			sc = scoreOwner(&ExamRule{}, s) // no rule in force: the owner's result decides
		} else {
			sc = scoringOf(rule.Scoring).score(rule, s)
		}
		es = append(es, entry{i, rule, sc})
	}
	slices.SortStableFunc(es, func(a, b entry) int { return f.ExamSittings[a.i].Date.Compare(f.ExamSittings[b.i].Date) })
	if len(es) == 0 {
		return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/exam_sittings", found: "no sitting of " + string(r.Exam)}
	}
	last := &es[len(es)-1]
	banking := last.rule != nil && scoringOf(last.rule.Scoring).banks
	best, at := no, -1
	passDate := workforce.CivilDate{}
	if !banking {
		for k := range es {
			if t := outcomeTri(es[k].score.Outcome); t > best {
				best, at = t, k
			}
		}
		if best == yes {
			passDate = f.ExamSittings[es[at].i].Date
		}
	} else {
		subjects := last.rule.Subjects
		for a := range es {
			anchor := f.ExamSittings[es[a].i].Date
			end := anchor
			if rule := es[a].rule; rule != nil && rule.BankingMonths > 0 {
				end = anchor.AddMonths(rule.BankingMonths)
			}
			combined := yes
			var done workforce.CivilDate
			for _, sub := range subjects {
				st, when := no, workforce.CivilDate{}
				for k := a; k < len(es); k++ {
					d := f.ExamSittings[es[k].i].Date
					if d.After(end) {
						break
					}
					for _, m := range es[k].score.Subjects {
						if m.Subject != sub.ID {
							continue
						}
						t := outcomeTri(m.Outcome)
						if t > st {
							st = t
							if t == yes {
								when = d
							}
						}
					}
					if st == yes {
						break
					}
				}
				combined = and(combined, st)
				if when.After(done) {
					done = when
				}
			}
			if combined > best {
				best, at, passDate = combined, a, done
			}
			if best == yes {
				break
			}
		}
	}
	var kids []Finding
	if c.explain {
		kids = c.examKids(n, &f.ExamSittings[last.i], last.score)
	}
	switch best {
	case yes:
		found := ""
		if c.explain {
			found = "passed on " + passDate.String()
			if banking && at >= 0 && f.ExamSittings[es[at].i].Date != passDate {
				found += " (subjects banked from " + f.ExamSittings[es[at].i].Date.String() + ")"
			}
		}
		return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/exam_sittings", es[at].i), found: found, kids: kids}
	case maybe:
		return leaf{o: OutcomeUnknown, reason: ReasonMissingFact, path: c.path("/exam_sittings", es[at].i) + c.sfx("/subjects"), kids: kids}
	}
	found := ""
	if c.explain {
		found = "not passed; last sitting " + f.ExamSittings[last.i].Date.String()
		if !last.score.Average.IsZero() {
			found += ", general average " + last.score.Average.String()
			if !last.score.ExactAverage.Equal(last.score.Average) {
				found += " (exact " + last.score.ExactAverage.String() + ")"
			}
		}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonBelowMinimum, path: c.path("/exam_sittings", last.i), found: found, kids: kids}
}

// examKids renders the subjects of the last sitting as sub-findings.
func (c *ctx) examKids(n *node, s *ExamSitting, sc SittingScore) []Finding {
	if len(sc.Subjects) == 0 {
		return nil
	}
	kids := make([]Finding, len(sc.Subjects))
	for i, m := range sc.Subjects {
		reason := ReasonSatisfied
		switch m.Outcome {
		case OutcomeNotMet:
			reason = ReasonBelowMinimum
		case OutcomeUnknown:
			reason = ReasonMissingFact
		}
		found := "no mark"
		if !m.Score.IsZero() {
			found = m.Score.String() + "%"
		}
		kids[i] = Finding{Code: subCode(n.r.ID, m.Subject), Outcome: m.Outcome, Reason: reason,
			Found: found + " on " + s.Date.String(), Source: n.src,
			Message: "subject " + string(m.Subject) + " at the sitting of " + s.Date.String() + ": " + outcomePhrase(m.Outcome)}
	}
	return kids
}

// subCode joins a requirement code and a sub-finding ID, falling back to
// the sub ID alone when the join would exceed the ID length limit.
func subCode(parent, sub workforce.ID) workforce.ID {
	if len(parent)+1+len(sub) <= 64 {
		return parent + ":" + sub
	}
	return sub
}

// examAdmission decides whether the candidate may sit on asOf: the attempt
// cap is not reached and, when the last sitting was less than the waiting
// period before (DaysBetween(last, asOf) ≤ RetestWaitDays), a waiver
// applies.
func (c *ctx) examAdmission(n *node) leaf {
	f, r := c.f, n.r
	if !f.known(ListExamSittings, len(f.ExamSittings)) {
		return missing("/exam_sittings")
	}
	attempts, last := 0, -1
	for i := range f.ExamSittings {
		s := &f.ExamSittings[i]
		if s.Exam != r.Exam || !s.Date.Before(c.asOf) {
			continue
		}
		attempts++
		if last < 0 || s.Date.After(f.ExamSittings[last].Date) {
			last = i
		}
	}
	rule := ruleAt(n.exam, c.asOf)
	if rule == nil && last >= 0 {
		rule = ruleAt(n.exam, f.ExamSittings[last].Date)
	}
	if rule == nil {
		return leaf{o: OutcomeUnknown, reason: ReasonNoRuleVersion, path: "/exam_sittings", found: "no rule of " + string(r.Exam) + " in force"}
	}
	limit := r.MaxAttempts
	if limit == 0 {
		limit = rule.MaxAttempts
	}
	if limit > 0 && attempts >= limit {
		return leaf{o: OutcomeNotMet, reason: ReasonAttemptsExhausted, path: "/exam_sittings", found: strconv.Itoa(attempts) + " attempts of " + strconv.Itoa(limit)}
	}
	if last < 0 || rule.RetestWaitDays == 0 {
		return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: "/exam_sittings", found: strconv.Itoa(attempts) + " previous attempts"}
	}
	ls := &f.ExamSittings[last]
	earliest := EarliestRetest(*rule, ls.Date)
	if !c.asOf.Before(earliest) {
		return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/exam_sittings", last), found: "last sat " + ls.Date.String() + "; retest allowed from " + earliest.String()}
	}
	if w := rule.Waiver; w != nil && ls.Result != ResultPassed {
		used := 0
		since := c.asOf.AddMonths(-w.PerMonths)
		for i := range f.ExamSittings {
			s := &f.ExamSittings[i]
			if s.Exam == r.Exam && s.Waiver && s.Date.After(since) && s.Date.Before(c.asOf) {
				used++
			}
		}
		switch {
		case used >= w.MaxWaivers:
		case ls.ShortBy == 0:
			return leaf{o: OutcomeUnknown, reason: ReasonMissingFact, path: c.path("/exam_sittings", last) + c.sfx("/short_by"),
				found: "within the waiting period; a waiver depends on how many answers short the candidate was"}
		case ls.ShortBy <= w.MaxShort:
			return leaf{o: OutcomeMet, reason: ReasonExempted, path: c.path("/exam_sittings", last) + c.sfx("/short_by"),
				found: "short by " + strconv.Itoa(ls.ShortBy) + "; waiver " + strconv.Itoa(used+1) + " of " + strconv.Itoa(w.MaxWaivers) + " in " + strconv.Itoa(w.PerMonths) + " months"}
		}
	}
	return leaf{o: OutcomeNotMet, reason: ReasonWaitingPeriod, path: c.path("/exam_sittings", last) + c.sfx("/date"),
		found: "last sat " + ls.Date.String() + "; retest allowed from " + earliest.String()}
}
