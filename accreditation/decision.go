package accreditation

import (
	"slices"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// notApplicableReasons are the reasons a not_applicable decision gives.
var notApplicableReasons = [...]FindingReason{ReasonNoRegime, ReasonNoRuleVersion, ReasonConditionFalse}

// NotApplicableReasons returns the reasons a not_applicable [Decision]
// gives for its finding: no regime, no rule version in force, or a
// condition that does not hold. [Decision.Validate] and the JSON Schema
// read this list.
func NotApplicableReasons() []FindingReason { return slices.Clone(notApplicableReasons[:]) }

// Decision is the answer of [Evaluate]: the outcome for one person, one
// scheme, one purpose and one date, with the findings tree that explains
// it and the obligations it creates. It is an exchange document (it has a
// JSON Schema and [Decision.Validate]).
//
// The outcome is never an error: a person who does not qualify gets
// [OutcomeNotMet], missing facts give [OutcomeUnknown], and a jurisdiction
// without a regime (or a date no rule version covers) gives
// [OutcomeNotApplicable], which must never be read as "not eligible".
type Decision struct {
	// SchemeID is the scheme evaluated.
	SchemeID workforce.ID `json:"scheme_id" validate:"required,valid"`
	// Purpose is what was decided.
	Purpose RulePurpose `json:"purpose" validate:"required,valid"`
	// AsOf is the evaluation date (the date the rule is about).
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// Outcome is the four-valued result.
	Outcome Outcome `json:"outcome" validate:"required,valid"`
	// VersionID is the rule version applied; unset when none applied.
	VersionID workforce.ID `json:"version_id,omitempty" validate:"omitempty,valid"`
	// Confidence grades the version applied.
	Confidence RuleConfidence `json:"confidence,omitempty" validate:"omitempty,valid"`
	// Finding is the root of the findings tree, which mirrors the
	// requirement tree.
	Finding Finding `json:"finding"`
	// Obligations are created by the decision (CPD owed after a deferral).
	Obligations []Obligation `json:"obligations,omitempty"`
	// Reading names the reading of the rule applied, where versions with
	// conflicting readings are in force on AsOf.
	Reading workforce.ID `json:"reading,omitempty" validate:"omitempty,valid"`
	// Conflicts lists the other readings in force on AsOf with the outcome
	// each would give: the decision depends on which reading is right.
	Conflicts []ReadingConflict `json:"conflicts,omitempty"`
	// Replayed says the decision applied a version named by the caller
	// regardless of its dates ([Evaluator.Replay]).
	Replayed bool `json:"replayed,omitempty"`
}

// ReadingConflict is another reading of the rule in force on the
// evaluation date, and the outcome the decision would have under it.
type ReadingConflict struct {
	// VersionID is the version of the other reading.
	VersionID workforce.ID `json:"version_id" validate:"required,valid"`
	// Reading names the other reading.
	Reading workforce.ID `json:"reading" validate:"required,valid"`
	// Outcome is the decision's outcome under that reading.
	Outcome Outcome `json:"outcome" validate:"required,valid"`
	// Source cites the other reading.
	Source RuleSource `json:"source,omitzero"`
	// Confidence grades it.
	Confidence RuleConfidence `json:"confidence,omitempty" validate:"omitempty,valid"`
}

// Finding explains the outcome of one requirement node. Code is the
// requirement's stable ID (sub-findings of a leaf, such as exam subjects
// or CPD limits, append ":" and their own ID). Path is a JSON Pointer
// (RFC 6901) into the [Facts] document: the fact examined, or the fact
// missing when the outcome is unknown. Found and Required render the
// value seen and the value needed. Conditions hold the findings of a when
// node's conditions and of exemptions that were checked; Children mirror
// the requirement's children.
type Finding struct {
	// Code is the requirement's stable ID.
	Code workforce.ID `json:"code" validate:"required,valid"`
	// Kind is the requirement kind; unset for sub-findings.
	Kind RequirementKind `json:"kind,omitempty" validate:"omitempty,valid"`
	// Outcome is the node's outcome.
	Outcome Outcome `json:"outcome" validate:"required,valid"`
	// Reason is the stable reason code.
	Reason FindingReason `json:"reason" validate:"required,valid"`
	// Path points into the facts.
	Path string `json:"path,omitempty" validate:"max=500"`
	// Found renders the value seen.
	Found string `json:"found,omitempty" validate:"max=500"`
	// Required renders the value needed.
	Required string `json:"required,omitempty" validate:"max=500"`
	// Message explains the finding.
	Message string `json:"message" validate:"required,max=1000"`
	// Source cites the rule.
	Source RuleSource `json:"source,omitzero"`
	// Conditions are the findings of conditions and exemptions.
	Conditions []Finding `json:"conditions,omitempty"`
	// Children are the findings of the child requirements.
	Children []Finding `json:"children,omitempty"`
}

// Obligation is something a holder owes after a decision: CPD units
// deferred to the next cycle. Obligations passed back in [Facts] add to
// the next window's total.
type Obligation struct {
	// Kind is what is owed.
	Kind ObligationKind `json:"kind" validate:"required,valid"`
	// SchemeID is the scheme it belongs to.
	SchemeID workforce.ID `json:"scheme_id" validate:"required,valid"`
	// Requirement is the code of the requirement that created it.
	Requirement workforce.ID `json:"requirement,omitempty" validate:"omitempty,valid"`
	// Amount is the quantity owed, in Unit.
	Amount workforce.Credits `json:"amount"`
	// Unit is the unit of Amount.
	Unit CPDUnit `json:"unit" validate:"required,valid"`
	// Created is the date of the decision that created it.
	Created workforce.CivilDate `json:"created" validate:"required"`
	// DueBy is the last day to fulfil it.
	DueBy workforce.CivilDate `json:"due_by" validate:"required"`
	// Source cites the rule.
	Source RuleSource `json:"source,omitzero"`
}

// Validate checks the decision document and returns all problems as
// [workforce.Problems], or nil. Beyond the field rules of the decision,
// every finding (recursively) and every obligation, it checks that a
// decision evaluated under a rule version has a root finding whose code
// is not empty, that not_applicable decisions carry a no-regime,
// no-rule-version or condition reason, and that each obligation is due
// on or after its creation.
func (d Decision) Validate() error {
	var ps workforce.Problems
	ps = report.Fields(ps, "", &d)
	ps = d.Finding.appendProblems(ps, "/finding", 0)
	if d.Outcome == OutcomeNotApplicable {
		if !slices.Contains(notApplicableReasons[:], d.Finding.Reason) {
			ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: "/finding/reason", Value: string(d.Finding.Reason), Param: joinStrings(notApplicableReasons[:], "|"),
				Message: "a not_applicable decision must say why: no regime, no rule version or a condition that does not hold"})
		}
	}
	for i := range d.Obligations {
		ps = d.Obligations[i].appendProblems(ps, jsonptr.Index("/obligations", i))
	}
	for i := range d.Conflicts {
		ps = report.Fields(ps, jsonptr.Index("/conflicts", i), &d.Conflicts[i])
	}
	return ps.Err()
}

const maxFindingDepth = 64

func (f *Finding) appendProblems(ps workforce.Problems, base string, depth int) workforce.Problems {
	shallow := *f
	shallow.Conditions, shallow.Children = nil, nil
	ps = report.Fields(ps, base, &shallow)
	if depth > maxFindingDepth {
		return append(ps, workforce.Problem{Code: CodeTooDeep, Path: base, Param: "64",
			Message: "findings nest deeper than 64 levels"})
	}
	if f.Path != "" && f.Path[0] != '/' {
		ps = append(ps, workforce.Problem{Code: workforce.CodePattern, Path: base + "/path", Value: f.Path, Param: "JSON Pointer",
			Message: "must be a JSON Pointer starting with /"})
	}
	for i := range f.Conditions {
		ps = f.Conditions[i].appendProblems(ps, jsonptr.Index(base+"/conditions", i), depth+1)
	}
	for i := range f.Children {
		ps = f.Children[i].appendProblems(ps, jsonptr.Index(base+"/children", i), depth+1)
	}
	return ps
}

// Validate checks the obligation's field rules and that it is due on or
// after the day it was created.
func (o Obligation) Validate() error { return o.appendProblems(nil, "").Err() }

func (o *Obligation) appendProblems(ps workforce.Problems, base string) workforce.Problems {
	ps = report.Fields(ps, base, o)
	if o.Amount.IsZero() {
		ps = append(ps, workforce.Problem{Code: workforce.CodeRequired, Path: base + "/amount", Message: "is required"})
	}
	if !o.DueBy.IsZero() && !o.Created.IsZero() && o.DueBy.Before(o.Created) {
		ps = append(ps, workforce.Problem{Code: workforce.CodeDateOrder, Path: base + "/due_by", Value: o.DueBy.String(), Param: o.Created.String(),
			Message: "must be on or after the creation date " + o.Created.String()})
	}
	return ps
}

// Unmet returns the findings where the decision's failure originates: the
// not-met nodes none of whose children is not met, reached from the root
// through not-met nodes only. Alternatives of a met any_of node and
// requirements switched off by exemptions or false conditions are not
// listed. The result is empty unless the outcome is not met.
func (d Decision) Unmet() []Finding { return d.Finding.collect(OutcomeNotMet, nil) }

// Missing returns the findings whose outcome is unknown and that make the
// decision unknown, in the same way as [Decision.Unmet]; their Path names
// the missing fact.
func (d Decision) Missing() []Finding { return d.Finding.collect(OutcomeUnknown, nil) }

// MissingFacts returns the JSON Pointers of the facts that would decide
// an unknown decision, each once, in order: every path of
// [Decision.Missing]. A pointer to a whole list ("/work") means the list
// is absent; if the person has none, say so in known_empty.
func (d Decision) MissingFacts() []string {
	var out []string
	for _, f := range d.Missing() {
		if f.Path != "" && !slices.Contains(out, f.Path) {
			out = append(out, f.Path)
		}
	}
	return out
}

func (f *Finding) collect(o Outcome, dst []Finding) []Finding {
	if f.Outcome != o {
		return dst
	}
	n := len(dst)
	for i := range f.Children {
		dst = f.Children[i].collect(o, dst)
	}
	if o == OutcomeUnknown {
		for i := range f.Conditions {
			dst = f.Conditions[i].collect(o, dst)
		}
	}
	if len(dst) == n {
		leaf := *f
		dst = append(dst, leaf)
	}
	return dst
}

// Find returns the first finding with the code, searching depth-first.
func (d Decision) Find(code workforce.ID) (Finding, bool) { return d.Finding.find(code) }

func (f *Finding) find(code workforce.ID) (Finding, bool) {
	if f.Code == code {
		return *f, true
	}
	for i := range f.Conditions {
		if g, ok := f.Conditions[i].find(code); ok {
			return g, true
		}
	}
	for i := range f.Children {
		if g, ok := f.Children[i].find(code); ok {
			return g, true
		}
	}
	return Finding{}, false
}
