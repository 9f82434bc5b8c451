package accreditation

import (
	"strconv"

	"github.com/sswkit/ssw/internal/enum"
	"github.com/sswkit/ssw/workforce"
)

// The rule families of validity rules, examinations and CPD rules, each
// one table: per kind its title, the rules on its parameters and its
// evaluator. Adding a kind touches its row (beside its constant), its
// evaluator and a test.

// ValidityKind is how a credential's term is computed (see
// [ValidityRule]).
type ValidityKind string

// ValidityKind values.
const (
	ValidityFixedTerm  ValidityKind = "fixed_term"
	ValidityBirthday   ValidityKind = "birthday_anchored"
	ValidityFixedCycle ValidityKind = "fixed_cycle"
	ValidityLifetime   ValidityKind = "lifetime"
)

type validityEntry struct {
	kind    ValidityKind
	title   string
	clauses []ParamClause
	// end computes the expiry of a term starting on start (zero: none, or
	// not fixed by the rule).
	end func(rule *ValidityRule, start, birth workforce.CivilDate) workforce.CivilDate
	// renewable says whether the credential is renewed at all.
	renewable bool
}

var cycleMembers = []string{"cycle_start_month", "cycle_start_day", "cycle_months"}

// validityCommon are the rules on every validity rule, whatever its kind:
// a renewal opening given as a month and day or as months before the
// expiry, a rolling extension after a fixed one, a grace period in days
// or up to a day, a term in months or up to a birthday.
var validityCommon = clauses(
	together("renewal_opens_month", "renewal_opens_day"),
	notBoth("renewal_opens_month", "renewal_opens_months"),
	needs("rolling_extension_months", "extension_months"),
	notBoth("grace_days", "grace_until_day"),
	notBoth("term_months", "birthday_year"),
)

// validityKinds is the table of validity kinds, read by [Scheme.Validate],
// [Standing] and the JSON Schema ([ValidityKinds]).
var validityKinds = [...]validityEntry{
	{ValidityFixedTerm, "Fixed term from the start of each term",
		clauses(forbid(append([]string{"birthday_year"}, cycleMembers...)...)), fixedTermEnd, true},
	{ValidityBirthday, "Ends on the holder's birthday",
		clauses(needAny("term_months", "birthday_year"), forbid(cycleMembers...)), birthdayEnd, true},
	{ValidityFixedCycle, "Fixed calendar cycle shared by all holders",
		clauses(forbid("term_months", "birthday_year"), needAll("cycle_start_month", "cycle_start_day"), dayInMonth("cycle_start_month", "cycle_start_day")), fixedCycleEnd, true},
	{ValidityLifetime, "No expiry",
		clauses(forbid("term_months", "birthday_year", "cycle_start_month", "cycle_start_day", "cycle_months", "renewal_opens_months", "renewal_opens_month",
			"renewal_opens_day", "renewal_closes_working_days", "grace_days", "grace_until_day", "surcharges", "follow_up_days", "extension_months", "rolling_extension_months")),
		func(*ValidityRule, workforce.CivilDate, workforce.CivilDate) workforce.CivilDate {
			return workforce.CivilDate{}
		}, false},
}

func validityOf(k ValidityKind) *validityEntry {
	for i := range validityKinds {
		if validityKinds[i].kind == k {
			return &validityKinds[i]
		}
	}
	return nil
}

// ExamScoring is how an examination's pass is decided.
type ExamScoring string

// ExamScoring values.
const (
	ScoringWeightedAverage ExamScoring = "weighted_average"
	ScoringSubjectMarks    ExamScoring = "subject_marks"
	ScoringOwnerResult     ExamScoring = "owner_result"
)

type scoringEntry struct {
	scoring ExamScoring
	title   string
	clauses []ParamClause
	// score scores one sitting ([ScoreSitting]).
	score func(rule *ExamRule, s *ExamSitting) SittingScore
	// banks says that passed subjects are kept across sittings.
	banks bool
}

var subjectMarks = []string{"pass_mark", "sitting_mean", "sitting_floor"}

// examScorings is the table of exam scorings, read by [Scheme.Validate],
// [ScoreSitting], exam requirements and the JSON Schema ([ExamScorings]).
var examScorings = [...]scoringEntry{
	{ScoringWeightedAverage, "Weighted general average with an optional subject floor",
		clauses(needAll("subjects", "pass_average"), forbid("banking_months"),
			each("subjects", needAll("weight"), forbid(subjectMarks...), positivePercent("weight"))),
		scoreWeighted, false},
	{ScoringSubjectMarks, "Each subject passed on its own marks, with optional banking",
		clauses(needAll("subjects"), forbid("pass_average", "subject_floor"), each("subjects", forbid("weight"))),
		scoreSubjects, true},
	{ScoringOwnerResult, "Pass or fail as reported by the exam owner (not recomputed)",
		clauses(forbid("pass_average", "subject_floor"), each("subjects", forbid(append([]string{"weight"}, subjectMarks...)...))),
		scoreOwner, false},
}

func scoringOf(s ExamScoring) *scoringEntry {
	for i := range examScorings {
		if examScorings[i].scoring == s {
			return &examScorings[i]
		}
	}
	return &examScorings[len(examScorings)-1] // owner_result: take the owner's word
}

// CPDWindowKind is how the counting period of a [CPDRule] is found.
type CPDWindowKind string

// CPDWindowKind values.
const (
	WindowLicenceTerm CPDWindowKind = "licence_term"
	WindowFixedCycle  CPDWindowKind = "fixed_cycle"
	WindowRolling     CPDWindowKind = "rolling"
)

type windowEntry struct {
	window  CPDWindowKind
	title   string
	clauses []ParamClause
	// find returns the counting window containing the evaluation date and
	// the previous one (zero when nothing carries over from it), or a
	// leaf that decides the requirement when no window can be found.
	find func(c *ctx, r *CPDRule) (from, to, prevFrom, prevTo workforce.CivilDate, fail leaf, ok bool)
	// text names the window in what a cpd requirement needs.
	text func(r *CPDRule) string
}

// cpdWindows is the table of CPD windows, read by [Scheme.Validate],
// [AssessCPD] and the JSON Schema ([CPDWindows]).
var cpdWindows = [...]windowEntry{
	{WindowLicenceTerm, "The current term of the held credential (issue to expiry)",
		clauses(forbid("window_months", "cycle_start_month", "cycle_start_day")), licenceTermWindow,
		func(*CPDRule) string { return "the licence term" }},
	{WindowFixedCycle, "A fixed calendar cycle",
		clauses(needAll("window_months", "cycle_start_month", "cycle_start_day"), dayInMonth("cycle_start_month", "cycle_start_day")), fixedCycleWindow,
		func(r *CPDRule) string { return "each " + strconv.Itoa(r.WindowMonths) + "-month cycle" }},
	{WindowRolling, "A rolling window ending on the evaluation date",
		clauses(needAll("window_months"), forbid("cycle_start_month", "cycle_start_day")), rollingWindow,
		func(r *CPDRule) string { return "the last " + strconv.Itoa(r.WindowMonths) + " months" }},
}

func windowOf(k CPDWindowKind) *windowEntry {
	for i := range cpdWindows {
		if cpdWindows[i].window == k {
			return &cpdWindows[i]
		}
	}
	return &cpdWindows[len(cpdWindows)-1]
}

// CarryOverKind is what happens to credits beyond the requirement.
type CarryOverKind string

// CarryOverKind values.
const (
	CarryNone       CarryOverKind = "none"
	CarryCapped     CarryOverKind = "capped"
	CarryByActivity CarryOverKind = "by_activity"
)

type carryEntry struct {
	kind    CarryOverKind
	title   string
	deflt   bool
	clauses []ParamClause
	// carry limits an excess to what carries over; nil: nothing does.
	carry func(p *cpdPlan, recs []workforce.CPDRecord, l *ledger, excess int64) int64
}

// carryOverKinds is the table of carry-over kinds, read by
// [Scheme.Validate], [AssessCPD] and the JSON Schema ([CarryOverKinds]).
// An unset carry_over is none.
var carryOverKinds = [...]carryEntry{
	{CarryNone, "No carry-over", true, clauses(forbid("carry_over_max", "carry_over_activities")), nil},
	{CarryCapped, "Carried over up to a cap", false, clauses(needAll("carry_over_max"), forbid("carry_over_activities")),
		func(p *cpdPlan, _ []workforce.CPDRecord, _ *ledger, excess int64) int64 {
			return min(excess, p.carryMax)
		}},
	{CarryByActivity, "Carried over only from listed activity types", false, clauses(needAll("carry_over_activities")), carryByActivity},
}

func carryOf(k CarryOverKind) *carryEntry {
	for i := range carryOverKinds {
		if carryOverKinds[i].kind == k {
			return &carryOverKinds[i]
		}
	}
	return &carryOverKinds[0]
}

// Exported tables.

func kindTable[E any](member string, rows []E, spec func(*E) KindSpec) KindTable {
	t := KindTable{Member: member}
	for i := range rows {
		t.Kinds = append(t.Kinds, spec(&rows[i]))
	}
	return t
}

// ValidityKinds returns the table of validity kinds with the rules on
// the members of a [ValidityRule] of each kind.
func ValidityKinds() KindTable {
	t := kindTable("kind", validityKinds[:], func(e *validityEntry) KindSpec {
		return KindSpec{Value: string(e.kind), Title: e.title, Clauses: e.clauses}
	})
	t.Common = validityCommon
	return t
}

// ExamScorings returns the table of exam scorings with the rules on the
// members of an [ExamRule] (and of each subject) of each scoring.
func ExamScorings() KindTable {
	return kindTable("scoring", examScorings[:], func(e *scoringEntry) KindSpec {
		return KindSpec{Value: string(e.scoring), Title: e.title, Clauses: e.clauses}
	})
}

// CPDWindows returns the table of CPD windows with the rules on the
// members of a [CPDRule] of each window kind.
func CPDWindows() KindTable {
	return kindTable("window", cpdWindows[:], func(e *windowEntry) KindSpec {
		return KindSpec{Value: string(e.window), Title: e.title, Clauses: e.clauses}
	})
}

// CarryOverKinds returns the table of carry-over kinds with the rules on
// the members of a [CPDRule] of each; none is the default.
func CarryOverKinds() KindTable {
	return kindTable("carry_over", carryOverKinds[:], func(e *carryEntry) KindSpec {
		return KindSpec{Value: string(e.kind), Title: e.title, Default: e.deflt, Clauses: e.clauses}
	})
}

// Enumeration tables derived from the rule tables.

func entries[E any, T ~string](rows []E, f func(*E) (T, string)) []enum.Entry[T] {
	out := make([]enum.Entry[T], len(rows))
	for i := range rows {
		v, title := f(&rows[i])
		out[i] = enum.Entry[T]{Value: v, Title: title}
	}
	return out
}

var (
	validityKindTable  = entries(validityKinds[:], func(e *validityEntry) (ValidityKind, string) { return e.kind, e.title })
	examScoringTable   = entries(examScorings[:], func(e *scoringEntry) (ExamScoring, string) { return e.scoring, e.title })
	cPDWindowKindTable = entries(cpdWindows[:], func(e *windowEntry) (CPDWindowKind, string) { return e.window, e.title })
	carryOverKindTable = entries(carryOverKinds[:], func(e *carryEntry) (CarryOverKind, string) { return e.kind, e.title })
)
