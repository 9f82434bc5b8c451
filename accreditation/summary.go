package accreditation

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// DecisionSummary sums up many decisions of one scheme, purpose and date:
// how many people were evaluated, how many of each outcome, and which
// requirements were most often not met or could not be decided for lack
// of a fact. It is what a registry-wide evaluation reports (how many
// registered workers would meet the licensing rules, and what stops the
// others); the decisions themselves stay [Decision] documents. It is an
// exchange document with [DecisionSummary.Validate].
type DecisionSummary struct {
	// SchemeID is the scheme evaluated.
	SchemeID workforce.ID `json:"scheme_id" validate:"required,valid"`
	// Jurisdiction is the scheme's country.
	Jurisdiction workforce.CountryCode `json:"jurisdiction" validate:"required,valid"`
	// Basis is statutory, voluntary or no regime.
	Basis SchemeBasis `json:"basis" validate:"required,valid"`
	// Purpose is what was decided.
	Purpose RulePurpose `json:"purpose" validate:"required,valid"`
	// AsOf is the evaluation date.
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// Evaluated is the number of decisions; the four outcome counts add up
	// to it.
	Evaluated int `json:"evaluated" validate:"gte=0"`
	// Met counts met decisions.
	Met int `json:"met" validate:"gte=0"`
	// NotMet counts not_met decisions.
	NotMet int `json:"not_met" validate:"gte=0"`
	// Unknown counts unknown decisions.
	Unknown int `json:"unknown" validate:"gte=0"`
	// NotApplicable counts not_applicable decisions (no regime, or no rule
	// version in force): never to be read as "not eligible".
	NotApplicable int `json:"not_applicable" validate:"gte=0"`
	// Unmet lists the requirements at the origin of a not_met outcome,
	// most frequent first (ties by code), with the number of decisions
	// each appears in.
	Unmet []RequirementCount `json:"unmet,omitempty"`
	// Missing lists the requirements left unknown for lack of a fact, most
	// frequent first, with the fact's JSON Pointer.
	Missing []RequirementCount `json:"missing,omitempty"`
}

// RequirementCount is the number of decisions in which one requirement
// was not met or could not be decided.
type RequirementCount struct {
	// Code is the requirement's stable ID.
	Code workforce.ID `json:"code" validate:"required,valid"`
	// Path points to the fact the requirement examined or missed, as in
	// the first decision it was seen in.
	Path string `json:"path,omitempty" validate:"max=500"`
	// Message explains the requirement, as in that first decision.
	Message string `json:"message" validate:"required,max=1000"`
	// Decisions is the number of decisions it appears in.
	Decisions int `json:"decisions" validate:"gte=1"`
}

// Summarise sums up decisions of the scheme for one purpose and date. Every
// decision must be about that scheme, purpose and date; a decision about
// anything else is an *InputError. The summary is the same whatever the
// order of the decisions.
//
// For each decision, Unmet counts every finding returned by
// [Decision.Unmet] and Missing every finding of [Decision.Missing], each
// code at most once per decision.
func Summarise(s Scheme, p RulePurpose, asOf workforce.CivilDate, ds []Decision) (DecisionSummary, error) {
	sum := DecisionSummary{SchemeID: s.ID, Jurisdiction: s.Jurisdiction, Basis: s.Basis, Purpose: p, AsOf: asOf, Evaluated: len(ds)}
	var ps workforce.Problems
	unmet, missing := map[workforce.ID]*RequirementCount{}, map[workforce.ID]*RequirementCount{}
	tally := func(into map[workforce.ID]*RequirementCount, seen map[workforce.ID]bool, fs []Finding) {
		for _, f := range fs {
			if seen[f.Code] {
				continue
			}
			seen[f.Code] = true
			c, ok := into[f.Code]
			if !ok {
				c = &RequirementCount{Code: f.Code, Path: f.Path, Message: f.Message}
				into[f.Code] = c
			}
			c.Decisions++
		}
	}
	for i, d := range ds {
		if d.SchemeID != s.ID || d.Purpose != p || d.AsOf != asOf {
			ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: fmt.Sprintf("/%d", i), Value: string(d.SchemeID) + " " + string(d.Purpose) + " " + d.AsOf.String(), Param: string(s.ID) + " " + string(p) + " " + asOf.String(),
				Message: "the decision is about another scheme, purpose or date"})
			continue
		}
		switch d.Outcome {
		case OutcomeMet:
			sum.Met++
		case OutcomeNotMet:
			sum.NotMet++
		case OutcomeUnknown:
			sum.Unknown++
		case OutcomeNotApplicable:
			sum.NotApplicable++
		default:
			ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: fmt.Sprintf("/%d/outcome", i), Value: string(d.Outcome),
				Message: "not an outcome"})
			continue
		}
		tally(unmet, map[workforce.ID]bool{}, d.Unmet())
		tally(missing, map[workforce.ID]bool{}, d.Missing())
	}
	if err := ps.Err(); err != nil {
		return DecisionSummary{}, &InputError{Document: "decisions", Problems: ps}
	}
	sum.Unmet, sum.Missing = ranked(unmet), ranked(missing)
	return sum, nil
}

func ranked(m map[workforce.ID]*RequirementCount) []RequirementCount {
	if len(m) == 0 {
		return nil
	}
	out := make([]RequirementCount, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b RequirementCount) int {
		if c := cmp.Compare(b.Decisions, a.Decisions); c != 0 {
			return c
		}
		return cmp.Compare(a.Code, b.Code)
	})
	return out
}

// Validate checks the summary's fields, that the outcome counts add up to
// Evaluated and that no requirement appears in more decisions than there
// are.
func (s DecisionSummary) Validate() error {
	var ps workforce.Problems
	ps = report.Fields(ps, "", &s)
	if total := s.Met + s.NotMet + s.Unknown + s.NotApplicable; total != s.Evaluated {
		ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: "/evaluated", Value: fmt.Sprint(s.Evaluated), Param: fmt.Sprint(total),
			Message: "must equal met + not_met + unknown + not_applicable"})
	}
	for _, list := range []struct {
		name  string
		items []RequirementCount
		limit int
	}{{"unmet", s.Unmet, s.NotMet}, {"missing", s.Missing, s.Unknown + s.NotMet}} {
		seen := map[workforce.ID]bool{}
		for i := range list.items {
			c := &list.items[i]
			base := fmt.Sprintf("/%s/%d", list.name, i)
			ps = report.Fields(ps, base, c)
			if c.Decisions > list.limit {
				ps = append(ps, workforce.Problem{Code: workforce.CodeMax, Path: base + "/decisions", Value: fmt.Sprint(c.Decisions), Param: fmt.Sprint(list.limit),
					Message: "cannot exceed the number of decisions with that outcome"})
			}
			if seen[c.Code] {
				ps = append(ps, workforce.Problem{Code: workforce.CodeDuplicate, Path: base + "/code", Value: string(c.Code),
					Message: "listed twice"})
			}
			seen[c.Code] = true
		}
	}
	return ps.Err()
}
