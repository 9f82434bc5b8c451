package accreditation

import (
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/sswkit/ssw/internal/enum"
)

// RequirementKind is the kind of one node of a requirement tree: a
// combinator (all_of, any_of, at_least_n, when, not) or a leaf that tests
// facts. Each kind's title, parameters, evaluator and the text of what it
// needs are its row of the kind table ([RequirementKinds]).
type RequirementKind string

// RequirementKind values.
const (
	ReqAllOf              RequirementKind = "all_of"
	ReqAnyOf              RequirementKind = "any_of"
	ReqAtLeastN           RequirementKind = "at_least_n"
	ReqWhen               RequirementKind = "when"
	ReqNot                RequirementKind = "not"
	ReqQualification      RequirementKind = "qualification"
	ReqSupervisedPractice RequirementKind = "supervised_practice"
	ReqExperience         RequirementKind = "experience"
	ReqTraining           RequirementKind = "training"
	ReqExam               RequirementKind = "exam"
	ReqExamAdmission      RequirementKind = "exam_admission"
	ReqQuiz               RequirementKind = "quiz"
	ReqAge                RequirementKind = "age"
	ReqReferences         RequirementKind = "references"
	ReqHealthCertificate  RequirementKind = "health_certificate"
	ReqDocument           RequirementKind = "document"
	ReqCredential         RequirementKind = "credential"
	ReqEmployment         RequirementKind = "employment"
	ReqFee                RequirementKind = "fee"
	ReqCitizenship        RequirementKind = "citizenship"
	ReqProceeding         RequirementKind = "proceeding"
	ReqCircumstance       RequirementKind = "circumstance"
	ReqCPD                RequirementKind = "cpd"
)

// kindEntry is one requirement kind as a value.
type kindEntry struct {
	kind  RequirementKind
	title string
	// params lists the parameters the kind reads: the groups it needs
	// (alternatives joined by "|") before the semicolon, the optional ones
	// after it, all by JSON name.
	params string
	// eval evaluates a node of the kind.
	eval func(c *ctx, n *node) leaf
	// required renders what a node of the kind requires, for its
	// findings; nil for nothing.
	required func(r *Requirement) string
	// describe names a node that has no title; nil uses the kind's title.
	describe func(r *Requirement) string
	// maxOf caps the number of children (not: 1); 0 for no cap.
	maxOf int
	// usesCPD says that the node needs its version's CPD rule.
	usesCPD bool
}

// requirementKinds is the table of requirement kinds, the one source read
// by [Scheme.Validate], evaluation, the rules reference and the JSON
// Schema generator ([RequirementKinds]).
//
// Adding a kind touches three places: its row here (with its constant
// above), its evaluator (a method of ctx in leaves.go, exam.go or cpd.go)
// and a test (a case in the tests and the kind in the property-test
// generator, which TestGeneratorCoversEveryKind checks). A kind that
// needs a parameter no other kind has adds that field to [Requirement]
// and its name to requirementParams.
var requirementKinds = [...]kindEntry{
	{kind: ReqAllOf, title: "All of the child requirements", params: "of",
		eval: evalAllOf, describe: func(r *Requirement) string { return "all of " + strconv.Itoa(len(r.Of)) + " requirements" }},
	{kind: ReqAnyOf, title: "Any of the child requirements (alternative routes)", params: "of",
		eval: evalAnyOf, describe: func(r *Requirement) string { return "any of " + strconv.Itoa(len(r.Of)) + " routes" }},
	{kind: ReqAtLeastN, title: "At least n of the child requirements", params: "of n",
		eval: evalAtLeastN, required: func(r *Requirement) string { return strconv.Itoa(r.N) + " of " + strconv.Itoa(len(r.Of)) },
		describe: func(r *Requirement) string {
			return "at least " + strconv.Itoa(r.N) + " of " + strconv.Itoa(len(r.Of)) + " requirements"
		}},
	{kind: ReqWhen, title: "Child requirements that apply only when the conditions hold", params: "of if",
		eval: evalWhen, describe: func(*Requirement) string { return "conditional requirements" }},
	{kind: ReqNot, title: "Negation of one requirement (a disqualifier)", params: "of", maxOf: 1,
		eval: evalNot, describe: func(*Requirement) string { return "disqualifier" }},
	{kind: ReqQualification, title: "Qualification held",
		params: "; levels min_level fields accredited institutions countries abroad completed_from completed_until",
		eval:   (*ctx).qualification, required: needsQualification},
	{kind: ReqSupervisedPractice, title: "Supervised practice or field hours",
		params: "min_hours|min_months; settings timing ended_by supervisor countries",
		eval:   (*ctx).practice, required: needsDuration},
	{kind: ReqExperience, title: "Work experience",
		params: "min_months|max_months; countries settings full_time min_share after_qualification fields continuous",
		eval:   (*ctx).experience, required: needsDuration},
	{kind: ReqTraining, title: "Training hours or a named course", params: "min_hours|courses; in_employment",
		eval: (*ctx).training, required: needsDuration},
	{kind: ReqExam, title: "Examination passed", params: "exam; within_months",
		eval: (*ctx).exam, required: func(r *Requirement) string {
			return join("pass "+string(r.Exam), ifSet(r.WithinMonths > 0, "within "+strconv.Itoa(r.WithinMonths)+" months"))
		}},
	{kind: ReqExamAdmission, title: "Admission to sit an examination (retest wait, attempt cap)", params: "exam; max_attempts",
		eval: (*ctx).examAdmission, required: func(r *Requirement) string {
			return join("admission to "+string(r.Exam), ifSet(r.MaxAttempts > 0, "at most "+strconv.Itoa(r.MaxAttempts)+" attempts"))
		}},
	{kind: ReqQuiz, title: "Quiz score", params: "quiz min_score; max_age_months",
		eval: (*ctx).quiz, required: func(r *Requirement) string {
			return join(string(r.Quiz)+" score at least "+r.MinScore.String()+"%", ifSet(r.MaxAgeMonths > 0, "within "+strconv.Itoa(r.MaxAgeMonths)+" months"))
		}},
	{kind: ReqAge, title: "Age on the evaluation date", params: "min_age|max_age",
		eval: (*ctx).age, required: func(r *Requirement) string {
			return join(ifSet(r.MinAge > 0, "at least "+strconv.Itoa(r.MinAge)+" years old"), ifSet(r.MaxAge > 0, "at most "+strconv.Itoa(r.MaxAge)+" years old"))
		}},
	{kind: ReqReferences, title: "Character references", params: "min_count; min_years_known",
		eval: (*ctx).references, required: func(r *Requirement) string {
			return strconv.Itoa(r.MinCount) + " references" + ifSet(r.MinYearsKnown > 0, " each known for at least "+strconv.Itoa(r.MinYearsKnown)+" years")
		}},
	{kind: ReqHealthCertificate, title: "Health certificate not older than a limit", params: "; max_age_months",
		eval:     func(c *ctx, n *node) leaf { return c.document(n, DocHealthCertificate) },
		required: func(r *Requirement) string { return needsDocument(DocHealthCertificate, r.MaxAgeMonths) }},
	{kind: ReqDocument, title: "Supporting document or declaration", params: "document; max_age_months",
		eval:     func(c *ctx, n *node) leaf { return c.document(n, n.r.Document) },
		required: func(r *Requirement) string { return needsDocument(r.Document, r.MaxAgeMonths) }},
	{kind: ReqCredential, title: "Credential or membership held and current", params: "schemes; ever_held issued_within_months issued_since_month issued_since_day",
		eval: (*ctx).credential, required: func(r *Requirement) string {
			s := "current " + joinStrings(r.Schemes, " or ")
			if r.EverHeld {
				s = "held at any time: " + joinStrings(r.Schemes, " or ")
			}
			return join(s, ifSet(r.IssuedWithinMonths > 0, "issued within "+strconv.Itoa(r.IssuedWithinMonths)+" months"),
				ifSet(r.IssuedSinceMonth > 0, "issued on or after "+strconv.Itoa(r.IssuedSinceDay)+" "+time.Month(r.IssuedSinceMonth).String()+" of the year"))
		}},
	{kind: ReqEmployment, title: "Current employment in a listed setting", params: "; settings countries abroad social_work_post accept_offer",
		eval: (*ctx).employment, required: func(r *Requirement) string {
			return "employed" + ifSet(r.AcceptOffer, " or holding an accepted offer") + ifSet(r.SocialWorkPost, " in a social work post") +
				ifSet(len(r.Settings) > 0, " in "+joinStrings(r.Settings, " or ")) + ifSet(len(r.Countries) > 0, " in "+joinStrings(r.Countries, " or ")) +
				ifSet(r.Abroad, " outside the scheme's country")
		}},
	{kind: ReqFee, title: "Fee paid", params: "; fee_year_offset",
		eval: (*ctx).fee, required: func(r *Requirement) string {
			if r.FeeYearOffset == 0 {
				return "fee for the evaluation year paid"
			}
			return "fee for the evaluation year + " + strconv.Itoa(r.FeeYearOffset) + " paid"
		}},
	{kind: ReqCitizenship, title: "Citizenship", params: "countries|abroad",
		eval: (*ctx).citizenship, required: func(r *Requirement) string {
			if r.Abroad {
				return join(ifSet(len(r.Countries) > 0, "citizen of "+joinStrings(r.Countries, " or ")), "citizen of a country other than the scheme's")
			}
			return "citizen of " + joinStrings(r.Countries, " or ")
		}},
	{kind: ReqProceeding, title: "Disciplinary or legal proceeding on record", params: "; proceedings open_only within_months",
		eval: (*ctx).proceeding, required: func(r *Requirement) string {
			s := "a proceeding on record"
			if len(r.Proceedings) > 0 {
				s = joinStrings(r.Proceedings, " or ") + " on record"
			}
			return s + ifSet(r.OpenOnly, ", open") + ifSet(r.WithinMonths > 0, ", within "+strconv.Itoa(r.WithinMonths)+" months")
		}},
	{kind: ReqCircumstance, title: "Circumstance of the applicant or holder", params: "circumstances",
		eval: (*ctx).circumstance, required: func(r *Requirement) string { return joinStrings(r.Circumstances, " or ") }},
	{kind: ReqCPD, title: "Continuing professional development under the version's CPD rule", usesCPD: true,
		eval: (*ctx).cpdLeaf, required: func(*Requirement) string { return "CPD rule of the version" }},
}

// requirementParams lists the parameters of a requirement node by JSON
// name, in the order problems, the rules reference and the JSON Schema
// list them. Every member of [Requirement] other than the members common
// to all kinds (id, kind, title, source, confidence, available_from,
// available_until, exemptions) is a parameter; TestRequirementParameters
// checks the list against the struct.
var requirementParams = [...]string{
	"of", "if", "n", "levels", "min_level", "fields", "accredited", "institutions", "countries",
	"completed_from", "completed_until", "min_hours", "min_months", "max_months", "settings", "timing",
	"ended_by", "supervisor", "full_time", "min_share", "after_qualification", "continuous",
	"in_employment", "courses", "social_work_post", "accept_offer", "exam", "max_attempts", "quiz",
	"min_score", "max_age_months", "min_age", "max_age", "min_count", "min_years_known", "document",
	"schemes", "fee_year_offset", "proceedings", "open_only", "within_months", "circumstances", "ever_held",
	"abroad", "issued_within_months", "issued_since_month", "issued_since_day",
}

// param is a set of parameters as bits, indexed like requirementParams.
type param uint64

// paramFields holds the field index of each parameter in Requirement
// (-1 for a name without a field, which TestRequirementParameters
// reports).
var paramFields = func() (out [len(requirementParams)]int) {
	t := reflect.TypeFor[Requirement]()
	for i, name := range requirementParams {
		out[i] = -1
		for k := range t.NumField() {
			if tag, _, _ := strings.Cut(t.Field(k).Tag.Get("json"), ","); tag == name {
				out[i] = k
			}
		}
	}
	return out
}()

// paramBits returns the set of the named parameters.
func paramBits(names ...string) param {
	var p param
	for _, n := range names {
		for i, name := range requirementParams {
			if name == n {
				p |= 1 << i
			}
		}
	}
	return p
}

// paramNames returns the names in the set, in table order.
func paramNames(p param) []string {
	var out []string
	for i, name := range requirementParams {
		if p&(1<<i) != 0 {
			out = append(out, name)
		}
	}
	return out
}

// params returns the parameters set on the node.
func (r *Requirement) params() param {
	v := reflect.ValueOf(r).Elem()
	var p param
	for i, fi := range paramFields {
		if fi >= 0 && isSet(v.Field(fi)) {
			p |= 1 << i
		}
	}
	return p
}

// kindSpec is a requirement kind's parameters as bits: those it reads and
// the groups of which it needs at least one member.
type kindSpec struct {
	*kindEntry
	allowed param
	groups  []param
}

// kindSpecs are the rows of requirementKinds with their parameter lists
// parsed.
var kindSpecs = func() (out [len(requirementKinds)]kindSpec) {
	for i := range requirementKinds {
		e := &requirementKinds[i]
		need, opt, _ := strings.Cut(e.params, ";")
		s := kindSpec{kindEntry: e}
		for _, g := range strings.Fields(need) {
			bits := paramBits(strings.Split(g, "|")...)
			s.groups = append(s.groups, bits)
			s.allowed |= bits
		}
		s.allowed |= paramBits(strings.Fields(opt)...)
		out[i] = s
	}
	return out
}()

// unknownKind evaluates a node whose kind is not in the table (only
// reachable for a scheme that did not pass validation).
var unknownKind = kindSpec{kindEntry: &kindEntry{eval: func(*ctx, *node) leaf { return leaf{o: OutcomeUnknown, reason: ReasonMissingFact} }}}

// specOf returns the row of the kind.
func specOf(k RequirementKind) (*kindSpec, bool) {
	for i := range kindSpecs {
		if kindSpecs[i].kind == k {
			return &kindSpecs[i], true
		}
	}
	return &unknownKind, false
}

var requirementKindTable = func() []enum.Entry[RequirementKind] {
	out := make([]enum.Entry[RequirementKind], len(requirementKinds))
	for i, e := range requirementKinds {
		out[i] = enum.Entry[RequirementKind]{Value: e.kind, Title: e.title}
	}
	return out
}()

// RequirementParameters returns the parameters of a requirement node by
// JSON name, in table order.
func RequirementParameters() []string { return append([]string(nil), requirementParams[:]...) }

// RequirementKinds returns the table of requirement kinds: per kind its
// title, the parameters it reads, and its clauses: it forbids every other
// parameter, requires at least one member of each group it needs, and
// (not) takes at most one child.
func RequirementKinds() KindTable {
	t := KindTable{Member: "kind"}
	for i := range kindSpecs {
		s := &kindSpecs[i]
		k := KindSpec{Value: string(s.kind), Title: s.title, Parameters: paramNames(s.allowed)}
		if unused := paramNames(paramBits(requirementParams[:]...) &^ s.allowed); len(unused) > 0 {
			k.Clauses = append(k.Clauses, forbid(unused...))
		}
		for _, g := range s.groups {
			if names := paramNames(g); len(names) == 1 {
				k.Clauses = append(k.Clauses, needAll(names...))
			} else {
				k.Clauses = append(k.Clauses, needAny(names...))
			}
		}
		if s.maxOf > 0 {
			k.Clauses = append(k.Clauses, ParamClause{Op: ClauseMaxItems, Members: []string{"of"}, Max: s.maxOf})
		}
		t.Kinds = append(t.Kinds, k)
	}
	return t
}

// Evaluators of the combinators.

func evalAllOf(c *ctx, n *node) leaf {
	var buf [8]Outcome
	outs, kids, _ := c.children(n, buf[:0])
	return leaf{o: allOf(outs), reason: ReasonCombined, kids: kids}
}

func evalAnyOf(c *ctx, n *node) leaf {
	var buf [8]Outcome
	outs, kids, _ := c.children(n, buf[:0])
	return leaf{o: anyOf(outs), reason: ReasonCombined, kids: kids}
}

func evalAtLeastN(c *ctx, n *node) leaf {
	var buf [8]Outcome
	outs, kids, met := c.children(n, buf[:0])
	l := leaf{o: atLeast(n.r.N, outs), reason: ReasonCombined, kids: kids}
	if c.explain {
		l.found = strconv.Itoa(met) + " met"
	}
	return l
}

func evalNot(c *ctx, n *node) leaf {
	var buf [8]Outcome
	outs, kids, _ := c.children(n, buf[:0])
	return leaf{o: negate(allOf(outs)), reason: ReasonNegated, kids: kids}
}

func evalWhen(c *ctx, n *node) leaf {
	co, conds := c.evalAll(n.cond)
	if co == OutcomeNotMet {
		l := leaf{o: OutcomeNotApplicable, reason: ReasonConditionFalse, conds: conds}
		if c.explain {
			l.msg = n.desc + ": does not apply (its condition does not hold)"
		}
		return l
	}
	o, kids := c.evalAll(n.of)
	reason := ReasonCombined
	if co == OutcomeUnknown && o != OutcomeNotApplicable {
		o, reason = OutcomeUnknown, ReasonMissingFact
	}
	return leaf{o: o, reason: reason, conds: conds, kids: kids}
}

// What each kind needs, rendered for findings.

// join joins the non-empty parts with "; ".
func join(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p)
	}
	return b.String()
}

// ifSet returns s when ok, else "".
func ifSet(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

func needsQualification(r *Requirement) string {
	return join(
		ifSet(len(r.Levels) > 0, "level "+joinStrings(r.Levels, " or ")),
		ifSet(r.MinLevel != "", "level "+string(r.MinLevel)+" or above"),
		ifSet(len(r.Fields) > 0, "field "+joinStrings(r.Fields, " or ")),
		ifSet(r.Accredited, "accredited programme"),
		ifSet(len(r.Institutions) > 0, "from "+strings.Join(r.Institutions, " or ")),
		ifSet(len(r.Countries) > 0, "in "+joinStrings(r.Countries, " or ")),
		ifSet(r.Abroad, "from outside the scheme's country"),
		ifSet(!r.CompletedFrom.IsZero(), "completed on or after "+r.CompletedFrom.String()),
		ifSet(!r.CompletedUntil.IsZero(), "completed on or before "+r.CompletedUntil.String()),
	)
}

// needsDuration renders supervised practice, experience and training.
func needsDuration(r *Requirement) string {
	supervisor := ""
	if s := r.Supervisor; s != nil {
		q := "supervisor with a recognised qualification" + ifSet(len(s.Credentials) > 0, " or holding "+joinStrings(s.Credentials, " or "))
		supervisor = strings.Join(nonEmpty(
			ifSet(s.Supervised, "supervised"),
			ifSet(s.Qualified, "qualified supervisor"),
			ifSet(s.RecognisedQualification, q),
			ifSet(s.MinYearsExperience > 0, strconv.Itoa(s.MinYearsExperience)+"+ years post-qualification"),
			ifSet(s.MinYearsLocal > 0, strconv.Itoa(s.MinYearsLocal)+"+ years local"),
		), ", ")
	}
	return join(
		ifSet(!r.MinHours.IsZero(), "at least "+r.MinHours.String()+" hours"),
		ifSet(r.MinMonths > 0, "at least "+strconv.Itoa(r.MinMonths)+" months"),
		ifSet(r.MaxMonths > 0, "less than "+strconv.Itoa(r.MaxMonths)+" months"),
		ifSet(r.Continuous, "continuous"),
		ifSet(r.FullTime, "full-time"),
		ifSet(r.AfterQualification, "after qualifying"),
		ifSet(!r.MinShare.IsZero(), "at least "+r.MinShare.String()+"% of time on social work"),
		ifSet(len(r.Settings) > 0, "in "+joinStrings(r.Settings, " or ")),
		ifSet(len(r.Countries) > 0, "in "+joinStrings(r.Countries, " or ")),
		string(r.Timing),
		ifSet(!r.EndedBy.IsZero(), "ended by "+r.EndedBy.String()),
		supervisor,
		ifSet(r.InEmployment, "in employment"),
		ifSet(len(r.Courses) > 0, "course "+joinStrings(r.Courses, " or ")),
	)
}

func nonEmpty(parts ...string) []string {
	out := parts[:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func needsDocument(k DocumentKind, maxAgeMonths int) string {
	return string(k) + ifSet(maxAgeMonths > 0, " dated within "+strconv.Itoa(maxAgeMonths)+" months")
}
