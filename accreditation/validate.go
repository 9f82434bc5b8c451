package accreditation

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// maxTreeDepth bounds the nesting of requirement trees.
const maxTreeDepth = 32

// Validate checks the scheme document and returns every problem at once as
// [workforce.Problems] (sorted, with JSON Pointers), or nil. It applies,
// in this order:
//
//  1. the field rules of the scheme and of every term, exam, subject,
//     version, requirement (recursively), exemption and CPD rule;
//  2. a no-regime scheme has no kind, issuing body, prerequisites, terms,
//     exams or versions; any other scheme has a kind and an issuing body;
//     every source that anchors data (scheme, version, term, exam) has a
//     title;
//  3. prerequisites are unique and do not name the scheme itself (a cycle;
//     longer cycles are found by [SchemeCatalogue.Validate]);
//  4. effective dates: every To is on or after its From, and versions of
//     the same purpose, terms, and versions of the same exam do not
//     overlap;
//  5. exams: weighted-average exams have weights over 0 that sum to
//     exactly 100 and a pass average; marks and averages are between 0 and
//     100; subjects are unique; parameters that the scoring method does not
//     use are rejected;
//  6. requirement trees: IDs are unique within a version; combinators have
//     the right number of children (all_of, any_of ≥ 1; at_least_n: 1 ≤ n
//     ≤ children; not: exactly 1; when: ≥ 1 condition and ≥ 1 child);
//     leaves have none; each kind has the parameters it needs and no
//     others; exam references resolve; a cpd requirement needs a version
//     with a CPD rule; trees nest at most 32 levels;
//  7. CPD rules: window parameters match the window kind; conversions are
//     unique per activity with exactly one rate, rates have at most two
//     decimals and are at most 1000; limits have a bound and min ≤ max;
//     carry-over parameters match its kind; phase-in percentages are
//     0–100 and do not overlap.
//
// An unknown requirement kind is reported as not_supported at the
// requirement's kind member, listing the kinds there are.
func (s Scheme) Validate() error { return s.appendProblems(nil, "").Err() }

func (s *Scheme) appendProblems(ps workforce.Problems, base string) workforce.Problems {
	ps = report.Fields(ps, base, s)
	if s.Basis == BasisNoRegime {
		if s.Kind != "" {
			ps = inconsistent(ps, base+"/kind", string(s.Kind), "a no-regime scheme has no credential kind")
		}
		if s.IssuingBody != "" {
			ps = inconsistent(ps, base+"/issuing_body", s.IssuingBody, "a no-regime scheme has no issuing body")
		}
		if len(s.Prerequisites) > 0 {
			ps = inconsistent(ps, base+"/prerequisites", "", "a no-regime scheme has no prerequisites")
		}
		if len(s.Terms)+len(s.Exams)+len(s.Versions) > 0 {
			ps = inconsistent(ps, base, "", "a no-regime scheme has no terms, exams or rule versions")
		}
	} else if s.Basis != "" {
		if s.Kind == "" {
			ps = append(ps, workforce.Problem{Code: workforce.CodeRequired, Path: base + "/kind",
				Message: "is required unless the basis is no_regime"})
		}
		if strings.TrimSpace(s.IssuingBody) == "" {
			ps = append(ps, workforce.Problem{Code: workforce.CodeRequired, Path: base + "/issuing_body",
				Message: "is required unless the basis is no_regime"})
		}
	}
	ps = needTitle(ps, base+"/source", s.Source)
	_, ps = backing{}.under(ps, base, s.Source, s.Confidence)
	for i, p := range s.Prerequisites {
		path := jsonptr.Index(base+"/prerequisites", i)
		if p == s.ID && p != "" {
			ps = append(ps, workforce.Problem{Code: CodeCycle, Path: path, Value: string(p),
				Message: "a scheme cannot be its own prerequisite"})
		}
		if slices.Contains(s.Prerequisites[:i], p) {
			ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: path, Value: string(p),
				Message: "prerequisite listed twice"})
		}
	}
	ps = s.checkTerms(ps, base)
	ps = s.checkExams(ps, base)
	ps = s.checkVersions(ps, base)
	return ps
}

func inconsistent(ps workforce.Problems, path, value, msg string) workforce.Problems {
	return append(ps, workforce.Problem{Code: CodeInconsistent, Path: path, Value: value, Message: msg})
}

func needTitle(ps workforce.Problems, path string, src RuleSource) workforce.Problems {
	if strings.TrimSpace(src.Title) == "" {
		ps = append(ps, workforce.Problem{Code: workforce.CodeRequired, Path: path + "/title", Message: "a source needs a title"})
	}
	return ps
}

// dated checks an effective-dated record of a scheme: its field rules,
// a titled source, and an end on or after its start.
func dated(ps workforce.Problems, path string, v any, src RuleSource, from, to workforce.CivilDate) workforce.Problems {
	ps = report.Fields(ps, path, v)
	ps = needTitle(ps, path+"/source", src)
	return dateOrder(ps, path+"/to", from, to, "from")
}

// backing is the source and confidence a rule stands on: its own, or
// those it inherits from the rule around it.
type backing struct {
	src  RuleSource
	conf RuleConfidence
}

// under returns the backing of a rule that sets src and conf (zero values
// inherit) and reports the confidence policy: a rule marked or left
// confirmed on a source whose kind is stated and secondary is reported at
// the member it sets (its confidence, else its source).
func (b backing) under(ps workforce.Problems, path string, src RuleSource, conf RuleConfidence) (backing, workforce.Problems) {
	nb := b
	if !src.IsZero() {
		nb.src = src
	}
	if conf != "" {
		nb.conf = conf
	}
	if (src.IsZero() && conf == "") || nb.conf != ConfidenceConfirmed || nb.src.Kind == "" || nb.src.Kind.Primary() {
		return nb, ps
	}
	at := path + "/source/kind"
	if conf != "" {
		at = path + "/confidence"
	}
	return nb, append(ps, workforce.Problem{Code: CodeUnbackedConfidence, Path: at, Value: string(nb.src.Kind), Param: "instrument|regulator|law_library",
		Message: "a source of kind " + string(nb.src.Kind) + " cannot back the confidence confirmed: cite a primary source or mark the rule partial"})
}

func dateOrder(ps workforce.Problems, path string, from, to workforce.CivilDate, fromName string) workforce.Problems {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		ps = append(ps, workforce.Problem{Code: CodeDateOrder, Path: path, Value: to.String(), Param: from.String(),
			Message: "must be on or after " + fromName + " " + from.String()})
	}
	return ps
}

func overlapProblem(ps workforce.Problems, path, other, what string) workforce.Problems {
	return append(ps, workforce.Problem{Code: CodeOverlap, Path: path, Param: other,
		Message: what + " overlaps the one at " + other})
}

var hundred = decimal.NewFromInt(100)

// percent checks that a set decimal lies in [0, 100].
func percent(ps workforce.Problems, path string, d workforce.Decimal) workforce.Problems {
	if d.IsZero() {
		return ps
	}
	if v := d.Decimal(); v.Sign() < 0 || v.Cmp(hundred) > 0 {
		ps = append(ps, workforce.Problem{Code: CodePercentRange, Path: path, Value: d.String(), Param: "0-100",
			Message: "must be a percentage between 0 and 100"})
	}
	return ps
}

func (s *Scheme) checkTerms(ps workforce.Problems, base string) workforce.Problems {
	for i := range s.Terms {
		t := &s.Terms[i]
		path := jsonptr.Index(base+"/terms", i)
		ps = dated(ps, path, t, t.Source, t.From, t.To)
		_, ps = backing{}.under(ps, path, t.Source, t.Confidence)
		for j := range i {
			u := &s.Terms[j]
			if t.From.IsZero() || u.From.IsZero() {
				continue
			}
			if workforce.Overlaps(t.From, t.To, u.From, u.To) {
				ps = overlapProblem(ps, path, jsonptr.Index(base+"/terms", j), "validity rule")
			}
			if t.ID == u.ID && t.ID != "" {
				ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: path + "/id", Value: string(t.ID),
					Message: "another validity rule has the same id"})
			}
		}
		kc := kindChecker{"validity kind", string(t.Kind)}
		if k := validityOf(t.Kind); k != nil {
			ps = kc.check(ps, path, reflect.ValueOf(t).Elem(), k.clauses)
		}
		ps = kc.check(ps, path, reflect.ValueOf(t).Elem(), validityCommon)
		ps = checkSurcharges(ps, path, t)
	}
	return ps
}

// checkSurcharges: each surcharge has its field rules, exactly one of a
// percentage above 0 and an amount, dates in order, a unique id, and does
// not overlap another.
func checkSurcharges(ps workforce.Problems, path string, t *ValidityRule) workforce.Problems {
	b := backing{src: t.Source, conf: t.Confidence}
	for i := range t.Surcharges {
		x := &t.Surcharges[i]
		sp := jsonptr.Index(path+"/surcharges", i)
		ps = report.Fields(ps, sp, x)
		_, ps = b.under(ps, sp, x.Source, x.Confidence)
		ps = dateOrder(ps, sp+"/to", x.From, x.To, "from")
		if x.Percent.IsZero() == (x.Amount == nil) {
			ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: sp, Param: "percent|amount",
				Message: "a surcharge needs exactly one of percent and amount"})
		}
		if !x.Percent.IsZero() && x.Percent.Decimal().Sign() <= 0 {
			ps = append(ps, workforce.Problem{Code: workforce.CodeMin, Path: sp + "/percent", Value: x.Percent.String(), Param: "0",
				Message: "a surcharge percentage must be above 0"})
		}
		for j := range i {
			o := &t.Surcharges[j]
			if o.ID == x.ID {
				ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: sp + "/id", Value: string(x.ID),
					Message: "another surcharge has the same id"})
			}
			if !x.From.IsZero() && !o.From.IsZero() && workforce.Overlaps(x.From, x.To, o.From, o.To) {
				ps = overlapProblem(ps, sp, jsonptr.Index(path+"/surcharges", j), "surcharge")
			}
		}
	}
	return ps
}

func (s *Scheme) checkExams(ps workforce.Problems, base string) workforce.Problems {
	for i := range s.Exams {
		e := &s.Exams[i]
		path := jsonptr.Index(base+"/exams", i)
		ps = dated(ps, path, e, e.Source, e.From, e.To)
		_, ps = backing{}.under(ps, path, e.Source, e.Confidence)
		for j := range i {
			u := &s.Exams[j]
			if u.ID == e.ID && !e.From.IsZero() && !u.From.IsZero() && workforce.Overlaps(e.From, e.To, u.From, u.To) {
				ps = overlapProblem(ps, path, jsonptr.Index(base+"/exams", j), "exam rule version")
			}
		}
		ps = percent(ps, path+"/pass_average", e.PassAverage)
		ps = percent(ps, path+"/subject_floor", e.SubjectFloor)
		weights := decimal.Zero
		for k := range e.Subjects {
			sub := &e.Subjects[k]
			sp := jsonptr.Index(path+"/subjects", k)
			ps = report.Fields(ps, sp, sub)
			for m := range k {
				if e.Subjects[m].ID == sub.ID {
					ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: sp + "/id", Value: string(sub.ID),
						Message: "another subject has the same id"})
					break
				}
			}
			ps = percent(ps, sp+"/weight", sub.Weight)
			ps = percent(ps, sp+"/pass_mark", sub.PassMark)
			ps = percent(ps, sp+"/sitting_mean", sub.SittingMean)
			ps = percent(ps, sp+"/sitting_floor", sub.SittingFloor)
			weights = weights.Add(sub.Weight.Decimal())
		}
		if e.Scoring.IsValid() {
			ps = kindChecker{"scoring", string(e.Scoring)}.check(ps, path, reflect.ValueOf(e).Elem(), scoringOf(e.Scoring).clauses)
		}
		if e.Scoring == ScoringWeightedAverage && len(e.Subjects) > 0 && !weights.Equal(hundred) {
			ps = append(ps, workforce.Problem{Code: CodeWeightsSum, Path: path + "/subjects", Value: weights.String(), Param: "100",
				Message: "subject weights must sum to 100 (percent), not " + weights.String()})
		}
		if e.Rounding != "" && e.Scoring != ScoringWeightedAverage {
			ps = append(ps, workforce.Problem{Code: CodeUnusedParameter, Path: path + "/rounding", Param: string(e.Scoring),
				Message: "is not used by scoring " + string(e.Scoring)})
		}
		if e.RoundingDigits != 0 && (e.Rounding == "" || e.Rounding == RoundExact) {
			ps = append(ps, workforce.Problem{Code: CodeUnusedParameter, Path: path + "/rounding_digits",
				Message: "rounding_digits needs a rounding other than exact"})
		}
	}
	return ps
}

func (s *Scheme) hasExam(id workforce.ID) bool {
	for i := range s.Exams {
		if s.Exams[i].ID == id {
			return true
		}
	}
	return false
}

func (s *Scheme) checkVersions(ps workforce.Problems, base string) workforce.Problems {
	for i := range s.Versions {
		v := &s.Versions[i]
		path := jsonptr.Index(base+"/versions", i)
		ps = dated(ps, path, v, v.Source, v.From, v.To)
		for j := range i {
			u := &s.Versions[j]
			if u.ID == v.ID && v.ID != "" {
				ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: path + "/id", Value: string(v.ID),
					Message: "another version has the same id"})
			}
			if u.Purpose == v.Purpose && !v.From.IsZero() && !u.From.IsZero() && workforce.Overlaps(v.From, v.To, u.From, u.To) &&
				(v.Reading == "" || u.Reading == "" || v.Reading == u.Reading) {
				ps = overlapProblem(ps, path, jsonptr.Index(base+"/versions", j), "rule version for "+string(v.Purpose))
			}
		}
		var vb backing
		vb, ps = backing{}.under(ps, path, v.Source, v.Confidence)
		c := treeChecker{scheme: s, version: v, seen: make(map[workforce.ID]string)}
		for k := range v.Requirements {
			ps = c.check(ps, &v.Requirements[k], jsonptr.Index(path+"/requirements", k), 1, vb)
		}
		if v.CPD != nil {
			ps = c.checkCPD(ps, v.CPD, path+"/cpd", vb)
		}
	}
	return ps
}

func paramList(p param) string { return strings.Join(paramNames(p), "|") }

// Parameters with rules of their own.
var pN, pExam = paramBits("n"), paramBits("exam")

// treeChecker validates the requirement trees of one version.
type treeChecker struct {
	scheme  *Scheme
	version *RuleVersion
	seen    map[workforce.ID]string
}

func (c *treeChecker) id(ps workforce.Problems, id workforce.ID, path string) workforce.Problems {
	if id == "" {
		return ps
	}
	if other, dup := c.seen[id]; dup {
		return append(ps, workforce.Problem{Code: CodeDuplicate, Path: path + "/id", Value: string(id), Param: other,
			Message: "the id is already used at " + other + "; requirement ids are finding codes and must be unique in a version"})
	}
	c.seen[id] = path
	return ps
}

func (c *treeChecker) check(ps workforce.Problems, r *Requirement, path string, depth int, in backing) workforce.Problems {
	ps = report.Fields(ps, path, r)
	var b backing
	b, ps = in.under(ps, path, r.Source, r.Confidence)
	ps = c.id(ps, r.ID, path)
	if depth > maxTreeDepth {
		return append(ps, workforce.Problem{Code: CodeTooDeep, Path: path, Param: strconv.Itoa(maxTreeDepth),
			Message: fmt.Sprintf("requirements nest deeper than %d levels", maxTreeDepth)})
	}
	ps = dateOrder(ps, path+"/available_until", r.AvailableFrom, r.AvailableUntil, "available_from")
	spec, known := specOf(r.Kind)
	if known {
		set := r.params()
		for _, name := range paramNames(set &^ spec.allowed) {
			ps = append(ps, workforce.Problem{Code: CodeUnusedParameter, Path: path + "/" + name, Param: string(r.Kind),
				Message: "is not used by requirement kind " + string(r.Kind)})
		}
		for _, need := range spec.groups {
			if set&need == 0 {
				ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: path, Param: paramList(need),
					Message: "requirement kind " + string(r.Kind) + " needs " + strings.ReplaceAll(paramList(need), "|", " or ")})
			}
		}
		if spec.maxOf > 0 && len(r.Of) > spec.maxOf {
			ps = append(ps, workforce.Problem{Code: CodeArity, Path: path + "/of", Value: strconv.Itoa(len(r.Of)), Param: strconv.Itoa(spec.maxOf),
				Message: string(r.Kind) + " takes exactly one child"})
		}
		if spec.usesCPD && c.version.CPD == nil {
			ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: path, Param: "cpd",
				Message: "a " + string(r.Kind) + " requirement needs a version with a CPD rule"})
		}
	}
	// Rules of single parameters, for the kinds that read them.
	if spec.allowed&pN != 0 && r.N > len(r.Of) && len(r.Of) > 0 {
		ps = append(ps, workforce.Problem{Code: CodeArity, Path: path + "/n", Value: strconv.Itoa(r.N), Param: strconv.Itoa(len(r.Of)),
			Message: "n cannot exceed the number of children"})
	}
	if (r.IssuedSinceMonth == 0) != (r.IssuedSinceDay == 0) {
		ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: path + "/issued_since_month",
			Message: "issued_since_month and issued_since_day go together"})
	} else if r.IssuedSinceMonth != 0 && r.IssuedSinceDay > workforce.DaysIn(2001, time.Month(r.IssuedSinceMonth)) {
		ps = append(ps, workforce.Problem{Code: workforce.CodeInvalidValue, Path: path + "/issued_since_day", Value: strconv.Itoa(r.IssuedSinceDay),
			Message: "the day does not exist in every year in that month"})
	}
	if spec.allowed&pExam != 0 && r.Exam != "" && !c.scheme.hasExam(r.Exam) {
		ps = append(ps, workforce.Problem{Code: CodeDanglingReference, Path: path + "/exam", Value: string(r.Exam),
			Message: "no exam rule of the scheme has this id"})
	}
	ps = percent(ps, path+"/min_share", r.MinShare)
	ps = percent(ps, path+"/min_score", r.MinScore)
	ps = dateOrder(ps, path+"/completed_until", r.CompletedFrom, r.CompletedUntil, "completed_from")
	if r.MinAge != 0 && r.MaxAge != 0 && r.MaxAge < r.MinAge {
		ps = append(ps, workforce.Problem{Code: workforce.CodeMin, Path: path + "/max_age", Value: strconv.Itoa(r.MaxAge), Param: strconv.Itoa(r.MinAge),
			Message: "max_age must be at least min_age"})
	}
	if r.MinMonths != 0 && r.MaxMonths != 0 && r.MaxMonths <= r.MinMonths {
		ps = append(ps, workforce.Problem{Code: workforce.CodeMin, Path: path + "/max_months", Value: strconv.Itoa(r.MaxMonths), Param: strconv.Itoa(r.MinMonths),
			Message: "max_months (exclusive) must exceed min_months"})
	}
	for i := range r.Exemptions {
		ps = c.checkExemption(ps, &r.Exemptions[i], jsonptr.Index(path+"/exemptions", i), depth, b)
	}
	for i := range r.If {
		ps = c.check(ps, &r.If[i], jsonptr.Index(path+"/if", i), depth+1, b)
	}
	for i := range r.Of {
		ps = c.check(ps, &r.Of[i], jsonptr.Index(path+"/of", i), depth+1, b)
	}
	return ps
}

func (c *treeChecker) checkExemption(ps workforce.Problems, e *Exemption, path string, depth int, in backing) workforce.Problems {
	ps = report.Fields(ps, path, e)
	var b backing
	b, ps = in.under(ps, path, e.Source, e.Confidence)
	ps = c.id(ps, e.ID, path)
	ps = dateOrder(ps, path+"/to", e.From, e.To, "from")
	if len(e.If) == 0 {
		ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: path + "/if",
			Message: "an exemption needs at least one condition"})
	}
	for i := range e.If {
		ps = c.check(ps, &e.If[i], jsonptr.Index(path+"/if", i), depth+1, b)
	}
	return ps
}

// maxRate bounds conversion rates so that fixed-point sums cannot overflow.
var maxRate = decimal.NewFromInt(1000)

func rate(ps workforce.Problems, path string, d workforce.Decimal) workforce.Problems {
	if d.IsZero() {
		return ps
	}
	v := d.Decimal()
	switch {
	case v.Sign() <= 0:
		ps = append(ps, workforce.Problem{Code: workforce.CodeMin, Path: path, Value: d.String(), Param: "0",
			Message: "a rate must be greater than 0"})
	case v.Cmp(maxRate) > 0:
		ps = append(ps, workforce.Problem{Code: workforce.CodeMax, Path: path, Value: d.String(), Param: "1000",
			Message: "a rate must be at most 1000"})
	case v.Exponent() < -2:
		ps = append(ps, workforce.Problem{Code: workforce.CodeScale, Path: path, Value: d.String(), Param: "2",
			Message: "a rate may have at most 2 decimal places"})
	}
	return ps
}

func (c *treeChecker) checkCPD(ps workforce.Problems, r *CPDRule, path string, in backing) workforce.Problems {
	v := reflect.ValueOf(r).Elem()
	if r.Window.IsValid() {
		ps = kindChecker{"window", string(r.Window)}.check(ps, path, v, windowOf(r.Window).clauses)
	}
	ps = rate(ps, path+"/default_rate", r.DefaultRate)
	for i := range r.Conversions {
		cv := &r.Conversions[i]
		cp := jsonptr.Index(path+"/conversions", i)
		ps = report.Fields(ps, cp, cv)
		if slices.ContainsFunc(r.Conversions[:i], func(o CPDConversion) bool { return o.Activity == cv.Activity }) {
			ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: cp + "/activity", Value: string(cv.Activity),
				Message: "another conversion has the same activity"})
		}
		if cv.PerHour.IsZero() == cv.PerActivity.IsZero() {
			ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: cp, Param: "per_hour|per_activity",
				Message: "a conversion needs exactly one of per_hour and per_activity"})
		}
		ps = rate(ps, cp+"/per_hour", cv.PerHour)
	}
	for i := range r.Limits {
		l := &r.Limits[i]
		lp := jsonptr.Index(path+"/limits", i)
		ps = report.Fields(ps, lp, l)
		if slices.ContainsFunc(r.Limits[:i], func(o CPDLimit) bool { return o.ID == l.ID }) {
			ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: lp + "/id", Value: string(l.ID),
				Message: "another limit has the same id"})
		}
		_, ps = in.under(ps, lp, l.Source, l.Confidence)
		if l.Min.IsZero() && l.Max.IsZero() && l.MinCount == 0 {
			ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: lp, Param: "min|max|min_count",
				Message: "a limit needs min, max or min_count"})
		}
		if !l.Min.IsZero() && !l.Max.IsZero() && l.Max.Cmp(l.Min) < 0 {
			ps = append(ps, workforce.Problem{Code: workforce.CodeMin, Path: lp + "/max", Value: l.Max.String(), Param: l.Min.String(),
				Message: "max must be at least min"})
		}
	}
	ps = percent(ps, path+"/min_accredited_share", r.MinAccreditedShare)
	if r.CarryOver == "" || r.CarryOver.IsValid() {
		k := carryOf(r.CarryOver)
		ps = kindChecker{"carry-over", string(k.kind)}.check(ps, path, v, k.clauses)
	}
	for i := range r.PhaseIn {
		ph := &r.PhaseIn[i]
		pp := jsonptr.Index(path+"/phase_in", i)
		ps = report.Fields(ps, pp, ph)
		if ph.Percent.IsZero() {
			ps = append(ps, workforce.Problem{Code: workforce.CodeRequired, Path: pp + "/percent", Message: "is required"})
		}
		ps = percent(ps, pp+"/percent", ph.Percent)
		ps = dateOrder(ps, pp+"/to", ph.From, ph.To, "from")
		for j := range i {
			o := &r.PhaseIn[j]
			if !ph.From.IsZero() && !o.From.IsZero() && workforce.Overlaps(ph.From, ph.To, o.From, o.To) {
				ps = overlapProblem(ps, pp, jsonptr.Index(path+"/phase_in", j), "phase")
			}
		}
	}
	for i := range r.Exemptions {
		ps = c.checkExemption(ps, &r.Exemptions[i], jsonptr.Index(path+"/exemptions", i), 1, in)
	}
	for i := range r.Transitions {
		tr := &r.Transitions[i]
		tp := jsonptr.Index(path+"/transitions", i)
		ps = report.Fields(ps, tp, tr)
		_, ps = in.under(ps, tp, tr.Source, tr.Confidence)
		ps = c.id(ps, tr.ID, tp)
		ps = dateOrder(ps, tp+"/created_until", tr.CreatedFrom, tr.CreatedUntil, "created_from")
		if tr.Max.IsZero() == !tr.AtMostTotal {
			ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: tp, Param: "max|at_most_total",
				Message: "a transition needs exactly one of max and at_most_total"})
		}
	}
	if r.Deferral != nil {
		_, ps = in.under(ps, path+"/deferral", r.Deferral.Source, r.Deferral.Confidence)
		ps = c.id(ps, r.Deferral.ID, path+"/deferral")
		ps = dateOrder(ps, path+"/deferral/until", r.Deferral.From, r.Deferral.Until, "from")
	}
	return ps
}

// Validate checks every scheme and recognition rule of the catalogue and
// the references between them: scheme IDs and rule IDs are unique,
// prerequisites name schemes of the catalogue, and no scheme is its own
// prerequisite through a chain of others (every scheme on a cycle is
// reported at its prerequisites member).
func (c SchemeCatalogue) Validate() error {
	var ps workforce.Problems
	index := make(map[workforce.ID]int, len(c.Schemes))
	for i := range c.Schemes {
		s := &c.Schemes[i]
		path := jsonptr.Index("/schemes", i)
		ps = s.appendProblems(ps, path)
		if j, dup := index[s.ID]; dup {
			ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: path + "/id", Value: string(s.ID), Param: jsonptr.Index("/schemes", j),
				Message: "another scheme has the same id"})
		} else {
			index[s.ID] = i
		}
	}
	for i := range c.Schemes {
		for k, p := range c.Schemes[i].Prerequisites {
			if _, ok := index[p]; !ok {
				ps = append(ps, workforce.Problem{Code: CodeDanglingReference, Path: jsonptr.Index(jsonptr.Index("/schemes", i)+"/prerequisites", k), Value: string(p),
					Message: "no scheme of the catalogue has this id"})
			}
		}
	}
	// Cycle detection: colour the prerequisite graph depth-first.
	const (
		white = iota
		grey
		black
	)
	colour := make([]int, len(c.Schemes))
	onCycle := make([]bool, len(c.Schemes))
	var stack []int
	var visit func(i int)
	visit = func(i int) {
		colour[i] = grey
		stack = append(stack, i)
		for _, p := range c.Schemes[i].Prerequisites {
			j, ok := index[p]
			if !ok || j == i {
				continue
			}
			switch colour[j] {
			case white:
				visit(j)
			case grey:
				for k := len(stack) - 1; k >= 0; k-- {
					onCycle[stack[k]] = true
					if stack[k] == j {
						break
					}
				}
			}
		}
		stack = stack[:len(stack)-1]
		colour[i] = black
	}
	for i := range c.Schemes {
		if colour[i] == white {
			visit(i)
		}
	}
	for i, cyc := range onCycle {
		if cyc {
			ps = append(ps, workforce.Problem{Code: CodeCycle, Path: jsonptr.Index("/schemes", i) + "/prerequisites", Value: string(c.Schemes[i].ID),
				Message: "the scheme is its own prerequisite through a chain of other schemes"})
		}
	}
	rules := make(map[workforce.ID]bool, len(c.Recognition))
	for i := range c.Recognition {
		r := &c.Recognition[i]
		path := jsonptr.Index("/recognition", i)
		ps = r.appendProblems(ps, path)
		if rules[r.ID] {
			ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: path + "/id", Value: string(r.ID),
				Message: "another recognition rule has the same id"})
		}
		rules[r.ID] = true
	}
	return ps.Err()
}

// Validate checks the facts document and returns every problem at once as
// [workforce.Problems], or nil. Facts with impossible values are rejected
// here so that evaluation never sees them:
//
//  1. the field rules of the facts and of every list item (qualifications,
//     credentials and CPD records with the workforce rules);
//  2. dates in order: practice blocks, work periods and proceedings end on
//     or after they start, credentials expire after they were issued, and
//     nothing (a qualification, a reference) predates the birth date;
//  3. percentages between 0 and 100: exam marks, quiz scores, social work
//     shares; supervisor years not negative and local years not above
//     total years;
//  4. a practice block gives hours or both start and end; a CPD record
//     gives hours or credits; a quiz attempt has a score;
//  5. each exam sitting lists a subject at most once; fee years are
//     unique and a fee is not both paid and waived;
//  6. KnownEmpty names each list at most once, and only lists that are
//     empty.
func (f Facts) Validate() error { return f.appendProblems(nil).Err() }

func (f *Facts) appendProblems(ps workforce.Problems) workforce.Problems {
	ps = report.Fields(ps, "", f)
	born := f.BirthDate
	for i := range f.Qualifications {
		q := &f.Qualifications[i]
		path := jsonptr.Index("/qualifications", i)
		ps = report.Fields(ps, path, q)
		if !born.IsZero() && !q.Completed.IsZero() && q.Completed.Before(born) {
			ps = append(ps, workforce.Problem{Code: CodeDateOrder, Path: path + "/completed", Value: q.Completed.String(), Param: born.String(),
				Message: "cannot be before the birth date"})
		}
	}
	for i := range f.Practice {
		b := &f.Practice[i]
		path := jsonptr.Index("/practice", i)
		ps = report.Fields(ps, path, b)
		ps = dateOrder(ps, path+"/end", b.Start, b.End, "start")
		if b.Hours.IsZero() && (b.Start.IsZero() || b.End.IsZero()) {
			ps = append(ps, workforce.Problem{Code: workforce.CodeMissingQuantity, Path: path, Param: "hours|start,end",
				Message: "a practice block must give hours, or start and end"})
		}
		ps = nonNegative(ps, path+"/supervisor/years_experience", b.Supervisor.YearsExperience)
		ps = nonNegative(ps, path+"/supervisor/years_local", b.Supervisor.YearsLocal)
		if !b.Supervisor.YearsLocal.IsZero() && !b.Supervisor.YearsExperience.IsZero() && b.Supervisor.YearsLocal.Cmp(b.Supervisor.YearsExperience) > 0 {
			ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: path + "/supervisor/years_local", Value: b.Supervisor.YearsLocal.String(), Param: b.Supervisor.YearsExperience.String(),
				Message: "local years cannot exceed total years"})
		}
	}
	for i := range f.Work {
		w := &f.Work[i]
		path := jsonptr.Index("/work", i)
		ps = report.Fields(ps, path, w)
		ps = dateOrder(ps, path+"/end", w.Start, w.End, "start")
		ps = percent(ps, path+"/social_work_share", w.SocialWorkShare)
	}
	for i := range f.Training {
		ps = report.Fields(ps, jsonptr.Index("/training", i), &f.Training[i])
		if f.Training[i].Hours.IsZero() && f.Training[i].Course == "" {
			ps = append(ps, workforce.Problem{Code: workforce.CodeMissingQuantity, Path: jsonptr.Index("/training", i), Param: "hours|course",
				Message: "a training record must give hours or a course"})
		}
	}
	for i := range f.ExamSittings {
		s := &f.ExamSittings[i]
		path := jsonptr.Index("/exam_sittings", i)
		ps = report.Fields(ps, path, s)
		if s.Result == ResultNotTaken {
			ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: path + "/result", Value: string(s.Result), Param: "passed|failed",
				Message: "not_taken is a subject's result; a sitting not taken is not recorded"})
		}
		for k := range s.Subjects {
			sub := &s.Subjects[k]
			sp := jsonptr.Index(path+"/subjects", k)
			ps = report.Fields(ps, sp, sub)
			ps = percent(ps, sp+"/score", sub.Score)
			if sub.Score.IsZero() && sub.Result == "" {
				ps = append(ps, workforce.Problem{Code: workforce.CodeMissingQuantity, Path: sp, Param: "score|result",
					Message: "a subject must give a score, a result or both"})
			}
			if sub.Result == ResultNotTaken && !sub.Score.IsZero() {
				ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: sp + "/score", Value: sub.Score.String(),
					Message: "a subject not taken has no mark"})
			}
			for m := range k {
				if s.Subjects[m].Subject == sub.Subject {
					ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: sp + "/subject", Value: string(sub.Subject),
						Message: "subject listed twice in one sitting"})
					break
				}
			}
		}
	}
	for i := range f.Quizzes {
		q := &f.Quizzes[i]
		path := jsonptr.Index("/quizzes", i)
		ps = report.Fields(ps, path, q)
		if q.Score.IsZero() {
			ps = append(ps, workforce.Problem{Code: workforce.CodeRequired, Path: path + "/score", Message: "is required"})
		}
		ps = percent(ps, path+"/score", q.Score)
	}
	for i := range f.References {
		r := &f.References[i]
		path := jsonptr.Index("/references", i)
		ps = report.Fields(ps, path, r)
		if !born.IsZero() && !r.KnownSince.IsZero() && r.KnownSince.Before(born) {
			ps = append(ps, workforce.Problem{Code: CodeDateOrder, Path: path + "/known_since", Value: r.KnownSince.String(), Param: born.String(),
				Message: "cannot be before the birth date"})
		}
	}
	for i := range f.Documents {
		ps = report.Fields(ps, jsonptr.Index("/documents", i), &f.Documents[i])
	}
	for i := range f.Credentials {
		c := &f.Credentials[i]
		path := jsonptr.Index("/credentials", i)
		ps = report.Fields(ps, path, c)
		if !c.Expires.IsZero() && !c.Issued.IsZero() && !c.Expires.After(c.Issued) {
			ps = append(ps, workforce.Problem{Code: CodeDateOrder, Path: path + "/expires", Value: c.Expires.String(), Param: c.Issued.String(),
				Message: "must be after the issue date " + c.Issued.String()})
		}
	}
	for i := range f.Fees {
		fr := &f.Fees[i]
		path := jsonptr.Index("/fees", i)
		ps = report.Fields(ps, path, fr)
		if fr.Waived && !fr.Paid.IsZero() {
			ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: path + "/waived", Value: "true",
				Message: "a fee cannot be both paid and waived"})
		}
		ps = feeYearOnce(ps, path, f.Fees, i)
	}
	for i := range f.CPD {
		r := &f.CPD[i]
		path := jsonptr.Index("/cpd", i)
		ps = report.Fields(ps, path, r)
		if r.Hours.IsZero() && r.Credits.IsZero() {
			ps = append(ps, workforce.Problem{Code: workforce.CodeMissingQuantity, Path: path, Param: "hours|credits",
				Message: "must give hours, credits or both"})
		}
	}
	for i := range f.Proceedings {
		p := &f.Proceedings[i]
		path := jsonptr.Index("/proceedings", i)
		ps = report.Fields(ps, path, p)
		ps = dateOrder(ps, path+"/end", p.Start, p.End, "start")
	}
	for i := range f.Obligations {
		ps = f.Obligations[i].appendProblems(ps, jsonptr.Index("/obligations", i))
	}
	for i, l := range f.KnownEmpty {
		path := jsonptr.Index("/known_empty", i)
		if slices.Contains(f.KnownEmpty[:i], l) {
			ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: path, Value: string(l), Message: "list named twice"})
		}
		if f.listLen(l) > 0 {
			ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: path, Value: string(l),
				Message: "the list is declared empty but has items"})
		}
	}
	return ps
}

func nonNegative(ps workforce.Problems, path string, d workforce.Decimal) workforce.Problems {
	if !d.IsZero() && d.Decimal().Sign() < 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNegative, Path: path, Value: d.String(), Param: "0",
			Message: "must not be negative"})
	}
	return ps
}

func (f *Facts) listLen(l FactList) int {
	switch l {
	case ListCitizenship:
		return len(f.Citizenship)
	case ListQualifications:
		return len(f.Qualifications)
	case ListPractice:
		return len(f.Practice)
	case ListWork:
		return len(f.Work)
	case ListTraining:
		return len(f.Training)
	case ListExamSittings:
		return len(f.ExamSittings)
	case ListQuizzes:
		return len(f.Quizzes)
	case ListReferences:
		return len(f.References)
	case ListDocuments:
		return len(f.Documents)
	case ListCredentials:
		return len(f.Credentials)
	case ListFees:
		return len(f.Fees)
	case ListCPD:
		return len(f.CPD)
	case ListProceedings:
		return len(f.Proceedings)
	case ListCircumstances:
		return len(f.Circumstances)
	case ListObligations:
		return len(f.Obligations)
	}
	return 0
}
