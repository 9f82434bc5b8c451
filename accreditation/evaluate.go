package accreditation

import (
	"slices"
	"strings"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/problem"
	"github.com/sswkit/ssw/workforce"
)

// Evaluate decides whether the facts meet the scheme's grant rules on
// asOf; it is [EvaluatePurpose] with [PurposeGrant].
func Evaluate(s Scheme, f Facts, asOf workforce.CivilDate) (Decision, error) {
	return EvaluatePurpose(s, PurposeGrant, f, asOf)
}

// EvaluatePurpose decides the facts against the scheme's rule for one
// purpose on asOf, the date the rule is about (the filing date for
// eligibility, the renewal date for renewal). It returns an error only
// for bad input: an invalid scheme ([ErrInvalidScheme]) or facts with
// impossible values ([ErrInvalidFacts]); an unmet requirement is a
// decision, not an error. To evaluate many people against one scheme,
// build an [Evaluator] once.
func EvaluatePurpose(s Scheme, p RulePurpose, f Facts, asOf workforce.CivilDate) (Decision, error) {
	e, err := NewEvaluator(s, p)
	if err != nil {
		return Decision{}, err
	}
	return e.Evaluate(f, asOf)
}

// Evaluator evaluates facts against one scheme and purpose. It validates
// and compiles the scheme once (thresholds parsed, exam versions indexed,
// messages prepared) and keeps its own copy, so the caller may change or
// discard the scheme afterwards. An Evaluator is immutable and safe for
// concurrent use.
type Evaluator struct {
	scheme   Scheme
	purpose  RulePurpose
	versions []compiledVersion
	prereqs  []node
	reading  workforce.ID // the reading chosen where readings conflict
}

type compiledVersion struct {
	v     *RuleVersion
	nodes []node
	order int // position in the scheme's versions
}

// NewEvaluator validates the scheme and prepares the evaluation of one
// purpose. It fails with an [*InputError] matching [ErrInvalidScheme] when
// [Scheme.Validate] finds problems, or when the purpose is not a
// [RulePurpose].
func NewEvaluator(s Scheme, p RulePurpose) (*Evaluator, error) {
	if err := s.Validate(); err != nil {
		return nil, inputError("scheme", err)
	}
	if !p.IsValid() {
		return nil, inputError("scheme", workforce.Problems{{Code: workforce.CodeNotSupported, Value: string(p),
			Param: strings.Join(RulePurpose("").EnumValues(), "|"), Message: "the purpose must be one of " + strings.Join(RulePurpose("").EnumValues(), ", ")}})
	}
	// A private deep copy: the caller keeps full control of s.
	e := &Evaluator{purpose: p, scheme: s.Clone()}
	sc := &e.scheme
	for i := range sc.Versions {
		v := &sc.Versions[i]
		if v.Purpose != p {
			continue
		}
		cv := compiledVersion{v: v, nodes: make([]node, len(v.Requirements)), order: i}
		for k := range v.Requirements {
			cv.nodes[k] = compile(sc, v, &v.Requirements[k], v.Source)
		}
		e.versions = append(e.versions, cv)
	}
	slices.SortFunc(e.versions, func(a, b compiledVersion) int { return a.v.From.Compare(b.v.From) })
	if p.Act() || p == PurposeExamAdmission {
		return e, nil // prerequisites are for holding the credential: not for sitting its exam, nor for acting without it
	}
	for _, id := range sc.Prerequisites {
		code := workforce.ID("prerequisite." + string(id))
		if !code.IsValid() {
			code = id
		}
		r := &Requirement{ID: code, Kind: ReqCredential, Title: "Prerequisite credential " + string(id) + " held and current", Schemes: []workforce.ID{id}}
		e.prereqs = append(e.prereqs, compile(sc, nil, r, sc.Source))
	}
	return e, nil
}

// WithReading returns an evaluator that applies the named reading where
// versions of the purpose with different readings are in force on the
// same date (see [RuleVersion].Reading); elsewhere the one version in
// force applies. The empty reading selects the default: the version
// listed first. It fails with an [*InputError] matching
// [ErrInvalidScheme] when no version of the purpose has the reading.
func (e *Evaluator) WithReading(reading workforce.ID) (*Evaluator, error) {
	if reading != "" && !slices.ContainsFunc(e.versions, func(cv compiledVersion) bool { return cv.v.Reading == reading }) {
		return nil, inputError("scheme", workforce.Problems{{Code: CodeDanglingReference, Value: string(reading),
			Message: "no " + string(e.purpose) + " version of " + string(e.scheme.ID) + " has the reading " + string(reading)}})
	}
	c := *e
	c.reading = reading
	return &c, nil
}

// Replay decides the facts under the named version of the evaluator's
// purpose, whatever the version's dates: what the rule of that version
// says about the person on asOf (ages, windows and exam sittings are
// still counted on asOf). The decision says it was replayed and lists no
// conflicting readings. Replaying the version in force on asOf gives the
// decision [Evaluator.Evaluate] gives. It fails with an [*InputError]
// when the version is not a version of the purpose, or for bad facts.
func (e *Evaluator) Replay(version workforce.ID, f Facts, asOf workforce.CivilDate) (Decision, error) {
	var cv *compiledVersion
	for i := range e.versions {
		if e.versions[i].v.ID == version {
			cv = &e.versions[i]
		}
	}
	if cv == nil {
		return Decision{}, inputError("scheme", workforce.Problems{{Code: CodeDanglingReference, Value: string(version),
			Message: "no " + string(e.purpose) + " version of " + string(e.scheme.ID) + " has this id"}})
	}
	c, err := e.context(f, asOf)
	if err != nil {
		return Decision{}, err
	}
	d := c.under(cv)
	d.Replayed = true
	return d, nil
}

// inForce returns the version applied on d: the one in force, or where
// several readings are in force, the evaluator's reading, else the one
// listed first.
func (e *Evaluator) inForce(d workforce.CivilDate) *compiledVersion {
	var cv *compiledVersion
	for i := range e.versions {
		x := &e.versions[i]
		if !d.Within(x.v.From, x.v.To) {
			continue
		}
		switch {
		case cv == nil:
			cv = x
		case e.reading != "" && x.v.Reading == e.reading && cv.v.Reading != e.reading:
			cv = x
		case (e.reading == "" || cv.v.Reading != e.reading) && x.order < cv.order:
			cv = x
		}
	}
	return cv
}

// Scheme returns a copy of the scheme the evaluator was built from.
func (e *Evaluator) Scheme() Scheme { return e.scheme.Clone() }

// Evaluate validates the facts and decides them on asOf. The algorithm:
//
//  1. facts with impossible values are rejected ([Facts.Validate]);
//  2. a no-regime scheme gives not_applicable with reason no_regime;
//  3. the rule version of the purpose in force on asOf is selected; when
//     none is, the outcome is not_applicable with reason no_rule_version;
//  4. the scheme's prerequisites (credentials held and current on asOf;
//     for grant, renewal and restoration, not for exam admission or acts)
//     and the version's requirements are evaluated as one all_of node;
//     every node is evaluated, so the findings list every unmet
//     requirement, not the first;
//  5. at the root, not_applicable (every requirement switched off by
//     conditions) becomes met with reason nothing_required, because the
//     scheme applies and asks nothing more of this person;
//  6. obligations created by CPD deferrals are collected.
func (e *Evaluator) Evaluate(f Facts, asOf workforce.CivilDate) (Decision, error) {
	c, err := e.context(f, asOf)
	if err != nil {
		return Decision{}, err
	}
	return c.decide(), nil
}

// context validates the facts and the date and returns the context of
// one explained evaluation; the context and its copy of the facts share
// one allocation.
func (e *Evaluator) context(f Facts, asOf workforce.CivilDate) (*ctx, error) {
	st := &struct {
		c ctx
		f Facts
	}{f: f}
	if err := st.f.appendProblems(nil).Err(); err != nil {
		return nil, inputError("facts", err)
	}
	if asOf.IsZero() {
		return nil, inputError("facts", workforce.Problems{{Code: workforce.CodeRequired, Message: "the evaluation date is required"}})
	}
	st.c = ctx{e: e, f: &st.f, asOf: asOf, explain: true}
	return &st.c, nil
}

// EvaluateAll decides every facts document on asOf. All facts are
// validated first; problems are reported together with paths prefixed by
// the document's index ("/3/birth_date").
func (e *Evaluator) EvaluateAll(fs []Facts, asOf workforce.CivilDate) ([]Decision, error) {
	if err := validateAll(fs, asOf); err != nil {
		return nil, err
	}
	out := make([]Decision, len(fs))
	c := &ctx{e: e, asOf: asOf, explain: true}
	for i := range fs {
		c.reset(&fs[i])
		out[i] = c.decide()
	}
	return out, nil
}

// Outcomes decides every facts document on asOf and returns only the
// outcomes, appended to dst; no findings are built, which makes it the
// cheap way to evaluate a whole registry. Validation is as for
// [Evaluator.EvaluateAll].
func (e *Evaluator) Outcomes(dst []Outcome, fs []Facts, asOf workforce.CivilDate) ([]Outcome, error) {
	if err := validateAll(fs, asOf); err != nil {
		return dst, err
	}
	c := &ctx{e: e, asOf: asOf}
	for i := range fs {
		c.reset(&fs[i])
		dst = append(dst, c.decide().Outcome)
	}
	return dst, nil
}

func validateAll(fs []Facts, asOf workforce.CivilDate) error {
	var ps workforce.Problems
	if asOf.IsZero() {
		ps = append(ps, workforce.Problem{Code: workforce.CodeRequired, Message: "the evaluation date is required"})
	}
	for i := range fs {
		base := jsonptr.Index("", i)
		for _, p := range fs[i].appendProblems(nil) {
			p.Path = base + p.Path
			ps = append(ps, p)
		}
	}
	if err := ps.Err(); err != nil {
		return inputError("facts", err)
	}
	return nil
}

// ctx is the state of one evaluation.
type ctx struct {
	e           *Evaluator
	f           *Facts
	asOf        workforce.CivilDate
	explain     bool
	waived      map[workforce.ID]bool
	obligations []Obligation
	assessment  *CPDAssessment // filled by cpd leaves for AssessCPD
}

// reset prepares the context for the next facts document of a batch.
func (c *ctx) reset(f *Facts) {
	c.f, c.waived, c.obligations, c.assessment = f, nil, nil, nil
}

func (c *ctx) decide() Decision {
	s := &c.e.scheme
	d := Decision{SchemeID: s.ID, Purpose: c.e.purpose, AsOf: c.asOf}
	if s.Basis == BasisNoRegime {
		d.Outcome = OutcomeNotApplicable
		d.Confidence = s.Confidence
		d.Finding = Finding{Code: s.ID, Outcome: OutcomeNotApplicable, Reason: ReasonNoRegime, Source: s.Source,
			Message: s.Title + ": no " + string(c.e.purpose) + " regime exists in " + string(s.Jurisdiction) + "; this is not a finding of ineligibility"}
		return d
	}
	cv := c.e.inForce(c.asOf)
	if cv == nil {
		d.Outcome = OutcomeNotApplicable
		d.Finding = Finding{Code: s.ID, Outcome: OutcomeNotApplicable, Reason: ReasonNoRuleVersion, Source: s.Source, Found: c.asOf.String(),
			Message: s.Title + ": no " + string(c.e.purpose) + " rule is in force on " + c.asOf.String() + "; this is not a finding of ineligibility"}
		return d
	}
	d = c.under(cv)
	if !c.explain {
		return d
	}

	for i := range c.e.versions {
		x := &c.e.versions[i]
		if x == cv || !c.asOf.Within(x.v.From, x.v.To) {
			continue
		}
		rival := *c
		rival.explain, rival.obligations, rival.assessment = false, nil, nil
		o := rival.under(x).Outcome
		d.Conflicts = append(d.Conflicts, ReadingConflict{VersionID: x.v.ID, Reading: x.v.Reading, Outcome: o, Source: x.v.Source, Confidence: x.v.Confidence})
		d.Finding.Message = clip(d.Finding.Message + "; under the conflicting reading " + string(x.v.Reading) + ": " + outcomePhrase(o))
	}
	return d
}

// missingText names missing facts; a whole list absent is unknown, not
// empty, unless known_empty says so.
func missingText(paths []string) string {
	var lists []string
	for _, p := range paths {
		if strings.Count(p, "/") == 1 {
			lists = append(lists, p[1:])
		}
	}
	s := strings.Join(paths, ", ")
	if len(lists) > 0 {
		s += " (an absent list is unknown: give it, or name " + strings.Join(lists, ", ") + " in known_empty when there is none)"
	}
	return s
}

// under decides the facts under one version: the scheme's prerequisites
// and the version's requirements as one all_of node (steps 4 to 6 of
// [Evaluator.Evaluate]).
func (c *ctx) under(cv *compiledVersion) Decision {
	s := &c.e.scheme
	d := Decision{SchemeID: s.ID, Purpose: c.e.purpose, AsOf: c.asOf, VersionID: cv.v.ID, Reading: cv.v.Reading, Confidence: cv.v.Confidence}
	n := len(c.e.prereqs) + len(cv.nodes)
	outs := make([]Outcome, 0, n)
	var kids []Finding
	if c.explain {
		kids = make([]Finding, 0, n)
	}
	for _, list := range [2][]node{c.e.prereqs, cv.nodes} {
		for i := range list {
			o, f := c.eval(&list[i])
			outs = append(outs, o)
			if c.explain {
				kids = append(kids, f)
			}
		}
	}
	o := allOf(outs)
	reason := ReasonCombined
	if o == OutcomeNotApplicable {
		o, reason = OutcomeMet, ReasonNothingRequired
	}
	d.Outcome = o
	if c.explain {
		d.Finding = Finding{Code: cv.v.ID, Outcome: o, Reason: reason, Source: cv.v.Source, Children: kids,
			Message: s.Title + " (" + string(c.e.purpose) + ", version " + string(cv.v.ID) + "): " + outcomePhrase(o)}
		if o == OutcomeUnknown {
			d.Finding.Message = clip(d.Finding.Message + "; facts that would decide it: " + missingText(d.MissingFacts()))
		}
	}
	d.Obligations = c.obligations
	return d
}

func outcomePhrase(o Outcome) string {
	switch o {
	case OutcomeMet:
		return "met"
	case OutcomeNotMet:
		return "not met"
	case OutcomeUnknown:
		return "unknown: facts are missing"
	}
	return "not applicable"
}

// allOf joins outcomes as the all_of combinator does.
func allOf(os []Outcome) Outcome {
	var met, unknown bool
	for _, o := range os {
		switch o {
		case OutcomeNotMet:
			return OutcomeNotMet
		case OutcomeUnknown:
			unknown = true
		case OutcomeMet:
			met = true
		}
	}
	switch {
	case unknown:
		return OutcomeUnknown
	case met:
		return OutcomeMet
	}
	return OutcomeNotApplicable
}

// anyOf joins outcomes as the any_of combinator does.
func anyOf(os []Outcome) Outcome {
	var notMet, unknown bool
	for _, o := range os {
		switch o {
		case OutcomeMet:
			return OutcomeMet
		case OutcomeUnknown:
			unknown = true
		case OutcomeNotMet:
			notMet = true
		}
	}
	switch {
	case unknown:
		return OutcomeUnknown
	case notMet:
		return OutcomeNotMet
	}
	return OutcomeNotApplicable
}

// atLeast joins outcomes as the at_least_n combinator does.
func atLeast(n int, os []Outcome) Outcome {
	var met, unknown, notMet int
	for _, o := range os {
		switch o {
		case OutcomeMet:
			met++
		case OutcomeUnknown:
			unknown++
		case OutcomeNotMet:
			notMet++
		}
	}
	switch {
	case met >= n:
		return OutcomeMet
	case unknown == 0 && met == 0 && notMet == 0:
		return OutcomeNotApplicable
	case unknown == 0:
		return OutcomeNotMet
	case met+unknown < n && (notMet > 0 || met > 0):
		return OutcomeNotMet
	}
	return OutcomeUnknown
}

func negate(o Outcome) Outcome {
	switch o {
	case OutcomeMet:
		return OutcomeNotMet
	case OutcomeNotMet:
		return OutcomeMet
	}
	return o
}

// node is a compiled requirement.
type node struct {
	r    *Requirement
	kind *kindSpec
	home workforce.CountryCode // the scheme's jurisdiction, for "abroad"
	src  RuleSource
	desc string
	req  string
	msgs [len(commonMessages)]string
	of   []node
	cond []node
	ex   []exNode

	minHours int64 // hundredths
	supYears workforce.Decimal
	supLocal workforce.Decimal
	exam     []*ExamRule // versions of the exam, by From
	cpd      *CPDRule
	cplan    *cpdPlan
}

func (n *node) plan() *cpdPlan { return n.cplan }

type exNode struct {
	e    *Exemption
	src  RuleSource
	cond []node
}

func compile(s *Scheme, v *RuleVersion, r *Requirement, inherited RuleSource) node {
	n := node{r: r, src: r.Source, home: s.Jurisdiction}
	n.kind, _ = specOf(r.Kind)
	if n.src.IsZero() {
		n.src = inherited
	}
	n.desc = r.Title
	switch {
	case n.desc != "":
	case n.kind.describe != nil:
		n.desc = n.kind.describe(r)
	default:
		n.desc = n.kind.title
	}
	if n.kind.required != nil {
		n.req = clip(n.kind.required(r))
	}
	for i, m := range commonMessages {
		n.msgs[i] = clip(n.desc + ": " + reasonPhrase(m.o, m.r))
	}
	for i := range r.Of {
		n.of = append(n.of, compile(s, v, &r.Of[i], n.src))
	}
	for i := range r.If {
		n.cond = append(n.cond, compile(s, v, &r.If[i], n.src))
	}
	exs := r.Exemptions
	if r.Kind == ReqCPD && v != nil && v.CPD != nil {
		n.cpd, n.cplan = v.CPD, planCPD(v.CPD)
		n.req = cpdRequired(v.CPD)
		exs = append(slices.Clip(v.CPD.Exemptions), exs...)
	}
	for i := range exs {
		x := exNode{e: &exs[i], src: exs[i].Source}
		if x.src.IsZero() {
			x.src = n.src
		}
		for k := range exs[i].If {
			x.cond = append(x.cond, compile(s, v, &exs[i].If[k], x.src))
		}
		n.ex = append(n.ex, x)
	}
	n.minHours = r.MinHours.Hundredths()
	if r.Supervisor != nil {
		if r.Supervisor.MinYearsExperience > 0 {
			n.supYears = workforce.DecimalFromInt(int64(r.Supervisor.MinYearsExperience))
		}
		if r.Supervisor.MinYearsLocal > 0 {
			n.supLocal = workforce.DecimalFromInt(int64(r.Supervisor.MinYearsLocal))
		}
	}
	if r.Exam != "" {
		for i := range s.Exams {
			if s.Exams[i].ID == r.Exam {
				n.exam = append(n.exam, &s.Exams[i])
			}
		}
		slices.SortFunc(n.exam, func(a, b *ExamRule) int { return a.From.Compare(b.From) })
	}
	return n
}

// clip bounds the texts of a finding (480 bytes, cut between runes).
func clip(s string) string { return problem.Clip(s, 480) }

// eval evaluates one node: its transitional window, then its exemptions,
// then the node itself.
func (c *ctx) eval(n *node) (Outcome, Finding) {
	r := n.r
	if !c.asOf.Within(r.AvailableFrom, r.AvailableUntil) {
		var f Finding
		if c.explain {
			f = c.finding(n, OutcomeNotMet, ReasonWindowClosed, "", c.asOf.String(), nil, nil)
			f.Required = windowText(r.AvailableFrom, r.AvailableUntil)
		}
		return OutcomeNotMet, f
	}
	if c.waived[r.ID] {
		var f Finding
		if c.explain {
			f = c.finding(n, OutcomeMet, ReasonWaived, "", "", nil, nil)
		}
		return OutcomeMet, f
	}
	var conds []Finding
	exemptUnknown := false
	for i := range n.ex {
		x := &n.ex[i]
		if !c.asOf.Within(x.e.From, x.e.To) {
			continue
		}
		o, kids := c.evalAll(x.cond)
		if c.explain {
			reason := ReasonExempted
			switch o {
			case OutcomeNotMet:
				reason = ReasonConditionFalse
			case OutcomeUnknown:
				reason = ReasonMissingFact
			}
			title := x.e.Title
			if title == "" {
				title = "exemption " + string(x.e.ID)
			}
			conds = append(conds, Finding{Code: x.e.ID, Outcome: o, Reason: reason, Source: x.src, Children: kids,
				Message: title + ": " + exemptionPhrase(o)})
		}
		switch o {
		case OutcomeMet:
			var f Finding
			if c.explain {
				f = c.finding(n, OutcomeMet, ReasonExempted, "", "", conds, nil)
				f.Message = n.desc + ": exempted (" + x.e.Title + ")"
			}
			return OutcomeMet, f
		case OutcomeUnknown:
			exemptUnknown = true
		}
	}
	o, f := c.core(n)
	if exemptUnknown && o != OutcomeMet {
		o = OutcomeUnknown
		if c.explain {
			f.Outcome, f.Reason = o, ReasonMissingFact
			f.Message = n.desc + ": not met unless an exemption applies, and the facts to decide the exemption are missing"
		}
	}
	if c.explain && len(conds) > 0 {
		f.Conditions = append(conds, f.Conditions...)
	}
	return o, f
}

func exemptionPhrase(o Outcome) string {
	switch o {
	case OutcomeMet:
		return "applies"
	case OutcomeNotMet:
		return "does not apply"
	}
	return "cannot be decided: facts are missing"
}

func windowText(from, to workforce.CivilDate) string {
	switch {
	case from.IsZero():
		return "on or before " + to.String()
	case to.IsZero():
		return "on or after " + from.String()
	}
	return "between " + from.String() + " and " + to.String()
}

// evalAll evaluates nodes as one all_of group.
func (c *ctx) evalAll(ns []node) (Outcome, []Finding) {
	var buf [8]Outcome
	outs := buf[:0]
	var kids []Finding
	if c.explain {
		kids = make([]Finding, 0, len(ns))
	}
	for i := range ns {
		o, f := c.eval(&ns[i])
		outs = append(outs, o)
		if c.explain {
			kids = append(kids, f)
		}
	}
	return allOf(outs), kids
}

// children evaluates the children of a combinator, appending their
// outcomes to outs; met counts the children that are met.
func (c *ctx) children(n *node, outs []Outcome) (_ []Outcome, kids []Finding, met int) {
	if c.explain {
		kids = make([]Finding, len(n.of))
	}
	for i := range n.of {
		x, f := c.eval(&n.of[i])
		outs = append(outs, x)
		if x == OutcomeMet {
			met++
		}
		if c.explain {
			kids[i] = f
		}
	}
	return outs, kids, met
}

// commonMessages lists the outcome and reason pairs whose messages are
// prepared when a node is compiled.
var commonMessages = [...]struct {
	o Outcome
	r FindingReason
}{
	{OutcomeMet, ReasonSatisfied}, {OutcomeMet, ReasonCombined}, {OutcomeNotMet, ReasonCombined}, {OutcomeNotMet, ReasonBelowMinimum},
	{OutcomeNotMet, ReasonNoMatch}, {OutcomeUnknown, ReasonMissingFact}, {OutcomeUnknown, ReasonCombined}, {OutcomeNotApplicable, ReasonCombined},
}

func (n *node) message(o Outcome, r FindingReason) string {
	for i, m := range commonMessages {
		if m.o == o && m.r == r {
			return n.msgs[i]
		}
	}
	return clip(n.desc + ": " + reasonPhrase(o, r))
}

// finding builds the finding of a node.
func (c *ctx) finding(n *node, o Outcome, reason FindingReason, path, found string, conds, kids []Finding) Finding {
	return Finding{Code: n.r.ID, Kind: n.r.Kind, Outcome: o, Reason: reason, Path: path, Found: clip(found), Required: n.req,
		Message: n.message(o, reason), Source: n.src, Conditions: conds, Children: kids}
}

func reasonPhrase(o Outcome, r FindingReason) string {
	switch r {
	case ReasonSatisfied:
		return "met"
	case ReasonCombined:
		return outcomePhrase(o)
	case ReasonMissingFact:
		return "unknown: a needed fact is missing"
	}
	return outcomePhrase(o) + " (" + strings.ToLower(r.Title()) + ")"
}

// leaf is the result of evaluating a node's kind: its outcome and
// reason, the fact examined (path, found), the findings of its
// conditions and children, and a message that replaces the prepared one.
type leaf struct {
	o      Outcome
	reason FindingReason
	path   string
	found  string
	conds  []Finding
	kids   []Finding
	msg    string
}

func missing(path string) leaf { return leaf{o: OutcomeUnknown, reason: ReasonMissingFact, path: path} }

// core evaluates the node itself with its kind's evaluator.
func (c *ctx) core(n *node) (Outcome, Finding) {
	l := n.kind.eval(c, n)
	var f Finding
	if c.explain {
		f = c.finding(n, l.o, l.reason, l.path, l.found, l.conds, l.kids)
		if l.msg != "" {
			f.Message = l.msg
		}
	}
	return l.o, f
}
