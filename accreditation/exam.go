package accreditation

import (
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/jsonptr"
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
//     PassAverage and no subject is below SubjectFloor. A subject not
//     taken fails the sitting. Without every mark, the owner's result
//     decides, else the outcome is unknown;
//  2. subject_marks: each subject passes on the owner's subject result
//     when given (a subject not taken is not passed at the sitting, but
//     may be banked from another), otherwise on its mark against PassMark, the sitting
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
		} else if ok && sc.Result == ResultNotTaken {
			sm.Outcome = OutcomeNotMet // every subject is sat together: one not taken fails the sitting
			floorFail = true
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
		case ok && (sc.Result == ResultFailed || sc.Result == ResultNotTaken):
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
	l, _ := c.examPass(n)
	return l
}

// examPass is the exam leaf and the date the exam was passed.
func (c *ctx) examPass(n *node) (leaf, workforce.CivilDate) {
	f, r := c.f, n.r
	if !f.known(ListExamSittings, len(f.ExamSittings)) {
		return missing("/exam_sittings"), workforce.CivilDate{}
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
		return leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/exam_sittings", found: "no sitting of " + string(r.Exam)}, workforce.CivilDate{}
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
		kids = c.examKids(n, last.i, last.score)
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
		return leaf{o: OutcomeMet, reason: ReasonSatisfied, path: c.path("/exam_sittings", es[at].i), found: found, kids: kids}, passDate
	case maybe:
		l := leaf{o: OutcomeUnknown, reason: ReasonMissingFact, path: c.path("/exam_sittings", es[at].i) + c.sfx("/subjects"), kids: kids}
		if c.explain {
			// Point at the first subject whose mark is missing.
			for _, m := range es[at].score.Subjects {
				if m.Outcome == OutcomeUnknown {
					l.path, l.found = c.subjectPath(es[at].i, m.Subject), "no mark for "+string(m.Subject)
					break
				}
			}
		}
		return l, workforce.CivilDate{}
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
	return leaf{o: OutcomeNotMet, reason: ReasonBelowMinimum, path: c.path("/exam_sittings", last.i), found: found, kids: kids}, workforce.CivilDate{}
}

// subjectPath points at a subject of a sitting: its mark when the
// subject is listed, else the sitting's subjects (where it is missing).
func (c *ctx) subjectPath(i int, subject workforce.ID) string {
	s := &c.f.ExamSittings[i]
	for k := range s.Subjects {
		if s.Subjects[k].Subject == subject {
			return jsonptr.Index(jsonptr.Index("/exam_sittings", i)+"/subjects", k) + "/score"
		}
	}
	return jsonptr.Index("/exam_sittings", i) + "/subjects"
}

// examKids renders the subjects of the last sitting as sub-findings,
// each with the path of its mark.
func (c *ctx) examKids(n *node, i int, sc SittingScore) []Finding {
	if len(sc.Subjects) == 0 {
		return nil
	}
	s := &c.f.ExamSittings[i]
	kids := make([]Finding, len(sc.Subjects))
	for k, m := range sc.Subjects {
		reason := ReasonSatisfied
		switch m.Outcome {
		case OutcomeNotMet:
			reason = ReasonBelowMinimum
		case OutcomeUnknown:
			reason = ReasonMissingFact
		}
		found := "no mark"
		switch {
		case !m.Score.IsZero():
			found = m.Score.String() + "%"
		case resultOf(s, m.Subject) == ResultNotTaken:
			found = "not taken"
		}
		kids[k] = Finding{Code: subCode(n.r.ID, m.Subject), Outcome: m.Outcome, Reason: reason, Path: c.subjectPath(i, m.Subject),
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

// resultOf returns the owner's result for a subject at a sitting.
func resultOf(s *ExamSitting, subject workforce.ID) SittingResult {
	for i := range s.Subjects {
		if s.Subjects[i].Subject == subject {
			return s.Subjects[i].Result
		}
	}
	return ""
}

// ExamProgress is where a candidate stands in one examination on a date:
// passed, or per subject whether a pass is banked (and until when), has
// lapsed, or is still to be sat ([ExamStanding]).
type ExamProgress struct {
	// Exam is the examination.
	Exam workforce.ID `json:"exam"`
	// AsOf is the date of the progress.
	AsOf workforce.CivilDate `json:"as_of"`
	// Outcome is met when the exam is passed by AsOf, not_met when it is
	// not (yet), unknown when a missing mark could decide it.
	Outcome Outcome `json:"outcome"`
	// PassedOn is the date the exam was passed.
	PassedOn workforce.CivilDate `json:"passed_on,omitzero"`
	// ResitBy is the last day the subjects still to sit can be passed
	// while every banked pass lasts; unset when nothing is banked.
	ResitBy workforce.CivilDate `json:"resit_by,omitzero"`
	// Subjects gives each subject's state.
	Subjects []SubjectProgress `json:"subjects,omitempty"`
}

// SubjectProgress is one subject's state in an [ExamProgress].
type SubjectProgress struct {
	// Subject names the subject.
	Subject workforce.ID `json:"subject"`
	// State is passed (the exam is passed), banked (passed at a sitting
	// and kept until BankedUntil), lapsed (passed, but the banking window
	// has ended: sit it again), to_sit (not passed: failed, not taken or
	// never sat) or unknown (its last mark is missing).
	State SubjectState `json:"state"`
	// PassedOn is the sitting date of its latest pass.
	PassedOn workforce.CivilDate `json:"passed_on,omitzero"`
	// BankedUntil is the last day the pass is kept.
	BankedUntil workforce.CivilDate `json:"banked_until,omitzero"`
	// Path points at the subject's mark at the sitting that decides its
	// state (its latest pass, else its latest attempt).
	Path string `json:"path,omitempty"`
}

// ExamStanding reports the candidate's progress in the scheme's
// examination on asOf:
//
//  1. the scheme and the facts are validated;
//  2. the exam is passed when an exam requirement on it would be met on
//     asOf (every subject passed at one sitting, or within one banking
//     window under subject_marks scoring): every subject is passed;
//  3. otherwise each subject's latest pass at a sitting on or before
//     asOf is kept for the BankingMonths of the rule in force at that
//     sitting (inclusive of the last day): banked while that window has
//     not ended on asOf, else lapsed; a subject without a pass is to_sit,
//     or unknown when its mark at the latest sitting is missing; ResitBy
//     is the earliest end of the banked passes' windows;
//  4. under rules without banking a pass at a sitting that did not pass
//     the exam is not kept: the subject is to_sit.
func ExamStanding(s Scheme, exam workforce.ID, f Facts, asOf workforce.CivilDate) (ExamProgress, error) {
	e, err := NewEvaluator(s, PurposeGrant)
	if err != nil {
		return ExamProgress{}, err
	}
	if !s.hasExam(exam) {
		return ExamProgress{}, inputError("scheme", workforce.Problems{{Code: CodeDanglingReference, Value: string(exam), Message: "no exam rule of the scheme has this id"}})
	}
	if err := f.appendProblems(nil).Err(); err != nil {
		return ExamProgress{}, inputError("facts", err)
	}
	r := &Requirement{ID: "exam", Kind: ReqExam, Exam: exam}
	n := compile(&e.scheme, nil, r, s.Source)
	c := &ctx{e: e, f: &f, asOf: asOf, explain: true}
	l, passed := c.examPass(&n)
	out := ExamProgress{Exam: exam, AsOf: asOf, Outcome: l.o, PassedOn: passed}
	rule := ruleAt(n.exam, asOf)
	if rule == nil && len(n.exam) > 0 {
		rule = n.exam[len(n.exam)-1]
	}
	if rule == nil {
		return out, nil
	}
	if l.o == OutcomeMet {
		for _, sub := range rule.Subjects {
			out.Subjects = append(out.Subjects, SubjectProgress{Subject: sub.ID, State: SubjectPassed})
		}
		return out, nil
	}
	for _, sub := range rule.Subjects {
		p := SubjectProgress{Subject: sub.ID, State: SubjectToSit}
		last := -1
		for i := range f.ExamSittings {
			st := &f.ExamSittings[i]
			if st.Exam != exam || st.Date.After(asOf) {
				continue
			}
			sr := ruleAt(n.exam, st.Date)
			var sc SittingScore
			if sr == nil {
				sc = scoreOwner(&ExamRule{}, st)
			} else {
				sc = scoringOf(sr.Scoring).score(sr, st)
			}
			for _, m := range sc.Subjects {
				if m.Subject != sub.ID {
					continue
				}
				if last < 0 || st.Date.After(f.ExamSittings[last].Date) {
					last = i
					if m.Outcome == OutcomeUnknown && p.PassedOn.IsZero() {
						p.State, p.Path = SubjectUnknown, c.subjectPath(i, sub.ID)
					} else if m.Outcome == OutcomeNotMet && p.PassedOn.IsZero() {
						p.State, p.Path = SubjectToSit, c.subjectPath(i, sub.ID)
					}
				}
				if m.Outcome == OutcomeMet && (p.PassedOn.IsZero() || st.Date.After(p.PassedOn)) && sr != nil && scoringOf(sr.Scoring).banks {
					p.PassedOn, p.Path = st.Date, c.subjectPath(i, sub.ID)
					p.BankedUntil = st.Date.AddMonths(sr.BankingMonths)
				}
			}
		}
		if !p.PassedOn.IsZero() {
			p.State = SubjectBanked
			if p.BankedUntil.Before(asOf) {
				p.State = SubjectLapsed
			} else if out.ResitBy.IsZero() || p.BankedUntil.Before(out.ResitBy) {
				out.ResitBy = p.BankedUntil
			}
		}
		out.Subjects = append(out.Subjects, p)
	}
	return out, nil
}

// ExamRuleOn returns a copy of the version of the scheme's examination in
// force for a sitting on d, and whether there is one.
func (s Scheme) ExamRuleOn(exam workforce.ID, d workforce.CivilDate) (ExamRule, bool) {
	for i := len(s.Exams) - 1; i >= 0; i-- {
		if e := &s.Exams[i]; e.ID == exam && d.Within(e.From, e.To) {
			return e.clone(), true
		}
	}
	return ExamRule{}, false
}
