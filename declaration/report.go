package declaration

import (
	"strconv"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// CountryReport is a member state's monitoring report on the Ha Noi
// Declaration as of a date, in one document: the indicator results
// computed from its registry or published figures, the progress of its
// national plans, what its credentialing schemes make of its workforce,
// and the scorecard of its assessment. It is what a ministry shares with
// the ASEAN Secretariat and its partners, and what the quickstart program
// writes with -json.
type CountryReport struct {
	// Country is the member state (ISO 3166-1 alpha-2).
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// AsOf is the date the report describes.
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// Title names the report.
	Title string `json:"title" validate:"required,max=300"`
	// Source says where the data came from; synthetic data says so here.
	Source string `json:"source" validate:"required,max=500"`
	// Indicators is the indicator report for the country on AsOf.
	Indicators indicators.Report `json:"indicators"`
	// Plans are the evaluations of the country's national plans.
	Plans []PlanProgress `json:"plans,omitempty"`
	// Credentialing sums up the evaluation of the workforce against
	// credential schemes: the country's own (which may be a no-regime
	// entry, read as not applicable, never as not eligible) and any other
	// evaluated for comparison.
	Credentialing []accreditation.DecisionSummary `json:"credentialing,omitempty"`
	// Scorecard is the score of the country's assessment for the
	// reporting period that ends on or before AsOf.
	Scorecard *Scorecard `json:"scorecard,omitempty"`
	// Notes explain choices and caveats.
	Notes []string `json:"notes,omitempty" validate:"omitempty,dive,min=1,max=1000"`
}

// Validate checks the report and every document inside it (the indicator
// report, each plan progress, each credentialing summary and the
// scorecard, with paths under their members), and that they all describe
// the report's country and date:
//
//  1. the indicator report is for Country and AsOf;
//  2. each plan progress is for Country, as of AsOf;
//  3. each credentialing summary is dated AsOf;
//  4. the scorecard is for Country and its reporting period ends on or
//     before AsOf.
func (r CountryReport) Validate() error {
	var ps workforce.Problems
	ps = report.Fields(ps, "", &r)
	ps = nested(ps, "/indicators", r.Indicators.Validate())
	if r.Indicators.Country != r.Country {
		ps = report.Add(ps, CodeInconsistent, "/indicators/country", string(r.Indicators.Country), string(r.Country), "must be the report's country")
	}
	if r.Indicators.AsOf != r.AsOf {
		ps = report.Add(ps, CodeInconsistent, "/indicators/as_of", r.Indicators.AsOf.String(), r.AsOf.String(), "must be the report's date")
	}
	for i := range r.Plans {
		p := &r.Plans[i]
		base := jsonptr.Index("/plans", i)
		ps = nested(ps, base, p.Validate())
		if p.Country != r.Country {
			ps = report.Add(ps, CodeInconsistent, base+"/country", string(p.Country), string(r.Country), "must be the report's country")
		}
		if p.AsOf != r.AsOf {
			ps = report.Add(ps, CodeInconsistent, base+"/as_of", p.AsOf.String(), r.AsOf.String(), "must be the report's date")
		}
	}
	for i := range r.Credentialing {
		c := &r.Credentialing[i]
		base := jsonptr.Index("/credentialing", i)
		ps = nested(ps, base, c.Validate())
		if c.AsOf != r.AsOf {
			ps = report.Add(ps, CodeInconsistent, base+"/as_of", c.AsOf.String(), r.AsOf.String(), "must be the report's date")
		}
	}
	if sc := r.Scorecard; sc != nil {
		ps = nested(ps, "/scorecard", sc.Validate())
		if sc.Country != r.Country {
			ps = report.Add(ps, CodeInconsistent, "/scorecard/country", string(sc.Country), string(r.Country), "must be the report's country")
		}
		if !sc.PeriodEnd.IsZero() && sc.PeriodEnd.After(r.AsOf) {
			ps = report.Add(ps, CodeOutOfPeriod, "/scorecard/period_end", sc.PeriodEnd.String(), r.AsOf.String(), "the reporting period must end on or before the report's date")
		}
	}
	return ps.Err()
}

// nested re-roots the problems of a nested document under base.
func nested(ps workforce.Problems, base string, err error) workforce.Problems {
	for _, p := range workforce.AsProblems(err) {
		p.Path = base + p.Path
		ps = append(ps, p)
	}
	return ps
}

// Validate checks a plan's progress: the field rules of the progress, of
// every evaluation and of the area changes it lists and cites, that every
// evaluation is of this plan, country and date, and that the five outcome
// counts are those of the evaluations.
func (p PlanProgress) Validate() error {
	var ps workforce.Problems
	ps = report.Fields(ps, "", &p)
	for k := range p.AreaChanges {
		ps = p.AreaChanges[k].appendProblems(ps, jsonptr.Index("/area_changes", k))
	}
	count := map[TargetOutcome]int{}
	for i := range p.Evaluations {
		e := &p.Evaluations[i]
		base := jsonptr.Index("/evaluations", i)
		ps = report.Fields(ps, base, e)
		for k := range e.OtherSources {
			ps = report.Fields(ps, jsonptr.Index(base+"/other_sources", k), &e.OtherSources[k])
		}
		for k := range e.AreaChanges {
			ps = e.AreaChanges[k].appendProblems(ps, jsonptr.Index(base+"/area_changes", k))
		}
		count[e.Outcome]++
		if e.Plan != p.Plan {
			ps = report.Add(ps, CodeInconsistent, base+"/plan", string(e.Plan), string(p.Plan), "must be the plan evaluated")
		}
		if e.Country != p.Country {
			ps = report.Add(ps, CodeInconsistent, base+"/country", string(e.Country), string(p.Country), "must be the plan's country")
		}
		if e.AsOf != p.AsOf {
			ps = report.Add(ps, CodeInconsistent, base+"/as_of", e.AsOf.String(), p.AsOf.String(), "must be the date of the evaluation")
		}
	}
	for _, c := range []struct {
		path    string
		outcome TargetOutcome
		stated  int
	}{
		{"/met", OutcomeMet, p.Met}, {"/not_met", OutcomeNotMet, p.NotMet}, {"/unknown", OutcomeUnknown, p.Unknown},
		{"/not_applicable", OutcomeNotApplicable, p.NotApplicable}, {"/needs_remapping", OutcomeNeedsRemapping, p.NeedsRemapping},
	} {
		if c.stated != count[c.outcome] {
			ps = report.Add(ps, CodeScoreMismatch, c.path, strconv.Itoa(c.stated), strconv.Itoa(count[c.outcome]), "must be the number of evaluations with that outcome")
		}
	}
	return ps.Err()
}
