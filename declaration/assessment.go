package declaration

import (
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// Assessment is a member state's assessment of its progress on the Ha Noi
// Declaration for a reporting period, as an exchange document: per
// commitment an implementation status, evidence references and indicator
// observations. Commitments left out are not assessed; a [Scorecard]
// reports them as missing, never as zero.
type Assessment struct {
	// Country is the member state (ISO 3166-1 alpha-2).
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// PeriodStart is the first day of the reporting period (inclusive).
	PeriodStart workforce.CivilDate `json:"period_start" validate:"required"`
	// PeriodEnd is the last day of the reporting period.
	PeriodEnd workforce.CivilDate `json:"period_end" validate:"required"`
	// Assessor names who made the assessment (a ministry, a review team).
	Assessor string `json:"assessor,omitempty" validate:"max=300"`
	// Commitments are the per-commitment assessments, each commitment at
	// most once.
	Commitments []CommitmentAssessment `json:"commitments,omitempty"`
	// Notes record context.
	Notes string `json:"notes,omitempty" validate:"max=4000"`
}

// CommitmentAssessment is the assessment of one commitment.
type CommitmentAssessment struct {
	// Commitment is one of the eleven commitment IDs.
	Commitment CommitmentID `json:"commitment" validate:"required,valid"`
	// Status is not_started, planned, in_progress or achieved.
	Status ImplementationStatus `json:"status" validate:"required,valid"`
	// Evidence cites documents that support the status (a law, a plan, a
	// report), with their dates.
	Evidence []Citation `json:"evidence,omitempty"`
	// Observations are indicator values that support the status; their
	// indicators must be in the catalogue (usually ones the commitment
	// links, though any catalogue indicator is accepted).
	Observations []Observation `json:"observations,omitempty"`
	// Notes explain the status.
	Notes string `json:"notes,omitempty" validate:"max=2000"`
}

// Validate checks the assessment and returns all problems at once as
// [workforce.Problems], or nil. Beyond the field rules in the struct tags:
//
//  1. period_end is not before period_start (date_order);
//  2. the Declaration applies to the country on period_end: the country
//     is an ASEAN member state then (not_member) and the period ends on
//     or after the Declaration's adoption (not_applicable);
//  3. no commitment is assessed twice (duplicate); an unknown commitment
//     ID is not_supported, listing the eleven;
//  4. each observation passes [Observation.Validate] — so it is rejected
//     when its country was not a member state on its date (not_member) —
//     is for the assessment's country (inconsistent), names a catalogue
//     indicator (unknown_indicator), gives a value of the indicator's
//     kind (kind_mismatch) in the indicator's unit when it states one
//     (unit_mismatch) and is dated no later than period_end
//     (out_of_period).
func (a Assessment) Validate() error { return finish(a.appendProblems(nil)) }

func (a *Assessment) appendProblems(ps workforce.Problems) workforce.Problems {
	ps = report.Fields(ps, "", a)
	if !a.PeriodEnd.IsZero() && a.PeriodEnd.Before(a.PeriodStart) {
		ps = report.Add(ps, CodeDateOrder, "/period_end", a.PeriodEnd.String(), a.PeriodStart.String(), "must not be before period_start "+a.PeriodStart.String())
	}
	ps = checkApplies(ps, a.Country, a.PeriodEnd)
	infos := catalogueInfos()
	seen := map[CommitmentID]int{}
	for i := range a.Commitments {
		ca := &a.Commitments[i]
		base := jsonptr.Index("/commitments", i)
		ps = report.Fields(ps, base, ca)
		if j, ok := seen[ca.Commitment]; ok && ca.Commitment != "" {
			ps = report.Add(ps, CodeDuplicate, base+"/commitment", string(ca.Commitment), jsonptr.Index("/commitments", j), "commitment assessed twice")
		} else {
			seen[ca.Commitment] = i
		}
		ps = checkCitations(ps, base+"/evidence", ca.Evidence)
		for j := range ca.Observations {
			o := &ca.Observations[j]
			ob := jsonptr.Index(base+"/observations", j)
			ps = o.appendProblems(ps, ob)
			if o.Country != "" && a.Country != "" && o.Country != a.Country {
				ps = report.Add(ps, CodeInconsistent, ob+"/country", string(o.Country), string(a.Country), "must be the assessment's country "+string(a.Country))
			}
			if info, ok := infos[o.Indicator]; ok {
				ps = o.checkIndicator(ps, ob, info)
			} else if o.Indicator.IsValid() {
				ps = report.Add(ps, CodeUnknownIndicator, ob+"/indicator", string(o.Indicator), "", "is not an indicator of the catalogue")
			}
			if !a.PeriodEnd.IsZero() && o.Date.After(a.PeriodEnd) {
				ps = report.Add(ps, CodeOutOfPeriod, ob+"/date", o.Date.String(), a.PeriodEnd.String(), "is after the end of the reporting period "+a.PeriodEnd.String())
			}
		}
	}
	return ps
}

// checkApplies reports a country the Declaration does not apply to on the
// date, at /country or /period_end.
func checkApplies(ps workforce.Problems, c workforce.CountryCode, end workforce.CivilDate) workforce.Problems {
	if !c.IsValid() || end.IsZero() {
		return ps
	}
	ap := DeclarationApplies(c, end)
	switch ap.Basis {
	case BasisNotMember:
		msg := "was not an ASEAN member state on " + end.String()
		if !ap.Since.IsZero() {
			msg += " (the Declaration applies from " + ap.Since.String() + ")"
		}
		ps = report.Add(ps, CodeNotMember, "/country", string(c), ap.Since.String(), msg)
	case BasisBeforeAdoption:
		ps = report.Add(ps, CodeNotApplicable, "/period_end", end.String(), DeclarationAdopted, "the Ha Noi Declaration was adopted on "+DeclarationAdopted+", after the period")
	}
	return ps
}
