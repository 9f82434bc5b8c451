package ssw_test

import (
	"fmt"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// The README's first look: validate a registry, compute indicators from
// its records, and explain a licensing decision.
func Example() {
	reg := examples.SampleRegistry()
	reg.Workers[0].Employments[0].PostID = "P-404" // a dangling reference
	for _, p := range workforce.AsProblems(reg.Validate()) {
		fmt.Println(p.Code, p.Path, p.Message)
	}
	reg = examples.SampleRegistry()

	tally, err := indicators.TallyRegistry(&reg, reg.AsOf, indicators.RecordRules{})
	if err != nil {
		fmt.Println(err)
		return
	}
	report, err := tally.Evaluate(indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWPostVac},
		AreaLevels: []workforce.AdminLevel{workforce.LevelNational},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range report.Results {
		if r.Cell.Sex != "" || r.Cell.Cadre != "" || r.Cell.Sector != "" || r.Cell.AgeBand != "" || r.Cell.Qualification != "" {
			continue // the breakdowns
		}
		v, err := r.Present()
		fmt.Println(r.Indicator, r.Cell.Area, r.Status, v, err)
	}

	scheme, _ := accreditation.SchemeByID(accreditation.SchemePHRegistration)
	d, err := accreditation.EvaluatePurpose(scheme, accreditation.PurposeExamAdmission,
		accreditation.FactsFromWorker(reg.Workers[0]), workforce.MustParseDate("2025-06-30"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Outcome)
	for _, m := range d.Missing() {
		fmt.Println("  missing", m.Path, "for", m.Code)
	}
	// Output:
	// dangling_reference /workers/0/employments/0/post_id no post has this id
	// SSW-DEN-CHILD PH unreliable 0.0 <nil>
	// SSW-POST-VAC PH ok 50.0 <nil>
	// unknown
	//   missing /documents for ph.exam.health
	//   missing /documents for ph.exam.moral_character
	//   missing /practice for ph.exam.case_hours
}
