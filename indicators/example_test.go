package indicators_test

import (
	"fmt"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

func ExampleLookup() {
	d, ok := indicators.Lookup(indicators.SSWDenChild)
	fmt.Println(ok, d.ID, "-", d.Name)
	fmt.Println("multiplier:", d.Multiplier, "| unit:", d.Unit, "| ages:", d.AgeMin, "to", d.AgeMax)
	fmt.Println("scope:", d.Scope, "| subset:", d.Subset, "| presented:", d.Rounding.Mode, d.Rounding.Places)
	// Output:
	// true SSW-DEN-CHILD - Social service workforce density per 100,000 children
	// multiplier: 100000 | unit: per 100,000 children aged 0-17 | ages: 0 to 17
	// scope: head_count | subset: all_workforce | presented: half_up 1
}

func ExampleCatalogue() {
	n, policy := 0, 0
	for _, d := range indicators.Catalogue() {
		if d.Kind == indicators.KindPolicy {
			policy++
		} else {
			n++
		}
	}
	fmt.Println(n, "quantitative,", policy, "policy-status indicators")
	// Output: 34 quantitative, 15 policy-status indicators
}

// Cambodia's MoSVY counts 3,764 government social worker positions, 64.4
// per 100,000 children
// (https://phnompenhpost.com/national/kingdom-looking-expand-social-services-over-next-decade).
// The child population is the one that figure implies. The 1,652 communes
// are listed without their own counts: the per-commune average is
// computable, coverage of the 2-per-commune norm is not.
func ExampleEvaluateAggregates() {
	f := indicators.AggregateFigures{
		Country: "KH", AsOf: workforce.MustParseDate("2021-06-30"),
		Areas: []workforce.AdminArea{{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational,
			Population: []workforce.PopulationFigure{{Date: workforce.MustParseDate("2019-03-03"), Total: 15552211, Children: 5844720,
				Source: "National Institute of Statistics", Vintage: "2019 census, final; children implied by MoSVY's 64.4"}}}},
		Counts: []indicators.AggregateCount{{Area: "KH", Measure: indicators.MeasureWorkers, Scope: indicators.ScopePositions,
			Value: workforce.MustParseDecimal("3764"), Source: "MoSVY"}},
	}
	for i := range 1652 {
		f.Areas = append(f.Areas, workforce.AdminArea{Code: workforce.AreaCode(fmt.Sprintf("KH-C%04d", i+1)),
			Name: fmt.Sprintf("Commune %d", i+1), Level: workforce.LevelCommune, Parent: "KH"})
	}
	rep, err := indicators.EvaluateAggregates(f, indicators.Options{
		Scope:      indicators.ScopePositions,
		Indicators: []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWPerUnit, indicators.SSWNormReq, indicators.SSWUnitCoverage},
		Norm:       &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2},
		AreaLevels: []workforce.AdminLevel{workforce.LevelNational},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rep.Results {
		shown, err := r.Present()
		if err != nil {
			fmt.Println(r.Indicator, r.Status, "-", r.Notes[0])
			continue
		}
		fmt.Println(r.Indicator, r.Status, r.Scope, r.Value, "→", shown)
	}
	// Output:
	// SSW-DEN-CHILD ok positions 64.400005 → 64.4
	// SSW-PER-UNIT ok positions 2.278450 → 2.28
	// SSW-UNIT-COVERAGE missing - a unit in KH lacks its own workers count: coverage needs counts unit by unit, never an average
	// SSW-NORM-REQ ok positions 3304 → 3304
}

// Laguna province: 117 social workers, "one social worker per 28,907
// Lagunenses" (https://opinyon.net/laguna/wanted-more-social-workers),
// with the 2020 census population of 3,382,193: 28,907.63, printed
// truncated.
func ExampleRound() {
	v, exact, _ := indicators.RatioParts{Numerator: 3382193, Denominator: 117, Multiplier: 1, Precision: 6}.Value()
	down, _ := indicators.Round(v, exact, indicators.PresentationRounding{Mode: indicators.RoundDown})
	up, _ := indicators.Round(v, exact, indicators.PresentationRounding{Mode: indicators.RoundHalfUp})
	two, _ := indicators.Round(v, exact, indicators.PresentationRounding{Mode: indicators.RoundHalfEven, Places: 2})
	fmt.Println(v, exact)
	fmt.Println("1 :", down, "(truncated) | 1 :", up, "(half up) |", two)
	// Output:
	// 28907.632478 false
	// 1 : 28907 (truncated) | 1 : 28908 (half up) | 28907.63
}

// Indonesia: 1 social worker per 100 families with social welfare
// problems (PMKS), 15.5 million families, 15,522 social workers
// (https://news.republika.co.id/berita/n2mm91/indonesia-butuh-139-ribu-pekerja-sosial).
func ExampleRequirement() {
	req, _ := indicators.Requirement(15500000, 1, 100)
	att, exact, _ := indicators.RatioParts{Numerator: 15522, Denominator: req, Multiplier: 100, Precision: 6}.Value()
	shown, _ := indicators.Round(att, exact, indicators.PresentationRounding{Mode: indicators.RoundDown, Places: 1})
	fmt.Println("requirement:", req, "gap:", req-15522, "attainment:", shown, "%")
	// Output: requirement: 155000 gap: 139478 attainment: 10.0 %
}

// The denominator a published rate implies: 3,764 positions at 64.4 per
// 100,000 children.
func ExampleImpliedDenominator() {
	v, _, _ := indicators.ImpliedDenominator(3764, workforce.MustParseDecimal("64.4"), 100000, 2)
	fmt.Println(v)
	// Output: 5844720.49
}

func ExampleProject() {
	p, err := indicators.Project(indicators.ProjectionInput{
		Current: 3764, BaseYear: 2025, TargetYear: 2030, Universe: indicators.UniverseChildren,
		Population: 6000000, TargetDensity: workforce.MustParseDecimal("100"),
		AttritionRate: workforce.MustParseDecimal("5"),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("needed:", p.Needed, "gap:", p.Gap, "hire per year:", p.YearlyHiring)
	fmt.Println("stock in", p.Path[len(p.Path)-1].Year, "≈", p.Path[len(p.Path)-1].Stock)
	// Output:
	// needed: 6000 gap: 2236 hire per year: 683
	// stock in 2030 ≈ 6002.66
}

// A small registry counted from records: two communes, three workers.
func ExampleTallyRegistry() {
	d := workforce.MustParseDate
	pop := func(total, children int64) []workforce.PopulationFigure {
		return []workforce.PopulationFigure{{Date: d("2019-03-03"), Total: total, Children: children, Source: "NIS", Vintage: "2019 census"}}
	}
	job := func(post workforce.ID) []workforce.Employment {
		return []workforce.Employment{{PostID: post, Start: d("2020-01-01"), FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent}}
	}
	bsw := []workforce.Qualification{{Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork}}
	reg := workforce.Registry{
		Country: "KH", AsOf: d("2024-06-30"),
		Areas: []workforce.AdminArea{
			{Code: "KH-12", Name: "Phnom Penh", Level: workforce.LevelProvince},
			{Code: "KH-1201", Name: "Commune A", Level: workforce.LevelCommune, Parent: "KH-12", Population: pop(30000, 10000)},
			{Code: "KH-1202", Name: "Commune B", Level: workforce.LevelCommune, Parent: "KH-12", Population: pop(20000, 8000)},
		},
		Employers: []workforce.Employer{{ID: "MOSVY", Name: "MoSVY", Sector: workforce.SectorGovernment}},
		Posts: []workforce.Post{
			{ID: "P1", Cadre: workforce.CadreProfessional, Level: workforce.LevelCommune, Area: "KH-1201", EmployerID: "MOSVY", Status: workforce.PostFilled, FTE: workforce.FullTime()},
			{ID: "P2", Cadre: workforce.CadreParaProfessional, Level: workforce.LevelCommune, Area: "KH-1201", EmployerID: "MOSVY", Status: workforce.PostFilled, FTE: workforce.FullTime()},
			{ID: "P3", Cadre: workforce.CadreProfessional, Level: workforce.LevelCommune, Area: "KH-1202", EmployerID: "MOSVY", Status: workforce.PostFilled, FTE: workforce.FullTime()},
			{ID: "P4", Cadre: workforce.CadreProfessional, Level: workforce.LevelCommune, Area: "KH-1202", EmployerID: "MOSVY", Status: workforce.PostFundedVacant, FTE: workforce.FullTime()},
		},
		Workers: []workforce.Worker{
			{ID: "W1", Sex: workforce.SexFemale, BirthYear: 1985, Cadre: workforce.CadreProfessional, Qualifications: bsw, Employments: job("P1")},
			{ID: "W2", Sex: workforce.SexMale, BirthDate: d("1990-08-15"), Cadre: workforce.CadreParaProfessional, Employments: job("P2")},
			{ID: "W3", Sex: workforce.SexFemale, BirthYear: 1979, Cadre: workforce.CadreProfessional, Qualifications: bsw, Employments: job("P3")},
		},
	}
	t, err := indicators.TallyRegistry(&reg, d("2024-06-30"), indicators.RecordRules{})
	if err != nil {
		fmt.Println(err)
		return
	}
	rep, err := t.Evaluate(indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SSWDenPop, indicators.SSWChildPerWorker, indicators.SSWShareFemale,
			indicators.SSWQualSW, indicators.SSWAgeMedian, indicators.SSWPostVac, indicators.SSWUnitCoverage, indicators.SSWNormGap},
		Norm:            &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2},
		Disaggregations: []indicators.Disaggregation{indicators.ByArea},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rep.Results {
		shown, _ := r.Present()
		fmt.Printf("%-20s %-8s %-10s %s / %s → %s\n", r.Indicator, r.Cell.Area, r.Status, r.Numerator, r.Denominator, shown)
	}
	// Output:
	// SSW-DEN-POP          KH-12    unreliable 3 / 50000 → 6.0
	// SSW-DEN-POP          KH-1201  unreliable 2 / 30000 → 6.7
	// SSW-DEN-POP          KH-1202  unreliable 1 / 20000 → 5.0
	// SSW-CHILD-PER-WORKER KH-12    unreliable 18000 / 3 → 6000
	// SSW-CHILD-PER-WORKER KH-1201  unreliable 10000 / 2 → 5000
	// SSW-CHILD-PER-WORKER KH-1202  unreliable 8000 / 1 → 8000
	// SSW-UNIT-COVERAGE    KH-12    ok         1 / 2 → 50.0
	// SSW-UNIT-COVERAGE    KH-1201  ok         1 / 1 → 100.0
	// SSW-UNIT-COVERAGE    KH-1202  ok         0 / 1 → 0.0
	// SSW-NORM-GAP         KH-12    ok         1 /  → 1
	// SSW-NORM-GAP         KH-1201  ok         0 /  → 0
	// SSW-NORM-GAP         KH-1202  ok         1 /  → 1
	// SSW-POST-VAC         KH-12    ok         1 / 4 → 25.0
	// SSW-POST-VAC         KH-1201  ok         0 / 2 → 0.0
	// SSW-POST-VAC         KH-1202  ok         1 / 2 → 50.0
	// SSW-SHARE-FEMALE     KH-12    unreliable 2 / 3 → 66.7
	// SSW-SHARE-FEMALE     KH-1201  unreliable 1 / 2 → 50.0
	// SSW-SHARE-FEMALE     KH-1202  unreliable 1 / 1 → 100.0
	// SSW-AGE-MEDIAN       KH-12    unreliable 3 /  → 38.0
	// SSW-AGE-MEDIAN       KH-1201  unreliable 2 /  → 35.5
	// SSW-AGE-MEDIAN       KH-1202  unreliable 1 /  → 44.0
	// SSW-QUAL-SW          KH-12    unreliable 2 / 3 → 66.7
	// SSW-QUAL-SW          KH-1201  unreliable 1 / 2 → 50.0
	// SSW-QUAL-SW          KH-1202  unreliable 1 / 1 → 100.0
}

// Flows, licensing, CPD and supervision from the hand-counted registry of
// the tests: on 2024-06-30 five workers are active, on 2023-06-30 six
// were; one left the workforce (another transferred, which is not
// leaving).
func ExampleTally_Evaluate() {
	reg := handRegistry()
	t, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{
		PeriodStart: start,
		CPD:         &indicators.CPDComplianceRule{MinHours: workforce.MustParseHours("20"), WindowMonths: 12},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	rep, err := t.Evaluate(indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SWLicShare, indicators.CPDCompl, indicators.SupRatio,
			indicators.RetAttrition, indicators.SSWGrowth},
		AreaLevels:      []workforce.AdminLevel{workforce.LevelNational},
		Disaggregations: []indicators.Disaggregation{indicators.ByArea},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rep.Results {
		shown, _ := r.Present()
		fmt.Printf("%-14s %s × %d ÷ %s = %s → %s %s\n", r.Indicator, r.Numerator, r.Multiplier, r.Denominator, r.Value, shown, r.Unit)
	}
	// Output:
	// SW-LIC-SHARE   1 × 100 ÷ 1 = 100 → 100.0 %
	// CPD-COMPL      1 × 100 ÷ 1 = 100 → 100.0 %
	// SUP-RATIO      4 × 1 ÷ 1 = 4 → 4.0 workers per supervisor
	// RET-ATTRITION  1 × 100 ÷ 5.5 = 18.181818 → 18.2 % over the period
	// SSW-GROWTH     -1 × 100 ÷ 6 = -16.666667 → -16.7 % over the period
}

// Shards counted separately merge into the tally of the whole.
func ExampleTally_Merge() {
	reg := fixtureRegistry(fixtureShape{provinces: 2, districts: 4, communes: 20, posts: 60, seed: 1})
	whole, _ := indicators.TallyRegistry(&reg, fixtureAsOf, fixtureRules())
	a, _ := indicators.NewCounter(&reg, fixtureAsOf, fixtureRules())
	b, _ := indicators.NewCounter(&reg, fixtureAsOf, fixtureRules())
	for i := range reg.Posts {
		_ = a.AddPost(reg.Posts[i].ID)
	}
	for i := range reg.Workers {
		shard := a
		if i%2 == 1 {
			shard = b
		}
		_ = shard.AddWorker(&reg.Workers[i])
	}
	merged := b.Tally().Clone()
	if err := merged.Merge(a.Tally()); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(merged.Equal(whole))
	// Output: true
}

// A table of workers by province and sex, protected for publication with
// its margins at the default threshold of 10.
func ExampleDisclosurePolicy_Protect() {
	p := indicators.DefaultDisclosure()
	t, err := p.Protect(indicators.CountTable{
		Rows:    []string{"Province 1", "Province 2", "Province 3"},
		Columns: []string{"female", "male"},
		Cells:   [][]int64{{40, 4}, {25, 30}, {18, 22}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	show := func(c indicators.ProtectedCell) string {
		if c.Suppressed() {
			return "x"
		}
		return c.Value.String()
	}
	for i, row := range t.Cells {
		fmt.Printf("%-10s %3s %3s | %3s\n", t.Rows[i], show(row[0]), show(row[1]), show(t.RowTotals[i]))
	}
	fmt.Printf("%-10s %3s %3s | %3s\n", "total", show(t.ColumnTotals[0]), show(t.ColumnTotals[1]), show(t.Total))
	// Output:
	// Province 1   x   x |  44
	// Province 2  25  30 |  55
	// Province 3   x   x |  40
	// total       83  56 | 139
}

// Policy-status indicators are supplied facts with evidence.
func ExampleEvaluateAggregates_policy() {
	f := indicators.AggregateFigures{
		Country: "VN", AsOf: workforce.MustParseDate("2024-12-31"),
		Areas: []workforce.AdminArea{{Code: "VN", Name: "Viet Nam", Level: workforce.LevelNational}},
		Policies: []indicators.PolicyFact{{Indicator: indicators.GovCostedPlan, Status: indicators.PolicyYes,
			Evidence: []indicators.PolicyEvidence{{Source: "Decision 112/QD-TTg on social work development 2021-2030", Date: workforce.MustParseDate("2021-01-22")}}}},
	}
	rep, err := indicators.EvaluateAggregates(f, indicators.Options{Indicators: []indicators.IndicatorID{indicators.GovCostedPlan, indicators.GovSWLaw}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rep.Results {
		fmt.Printf("%s %s %q\n", r.Indicator, r.Status, r.Policy)
	}
	// Output:
	// GOV-SW-LAW missing ""
	// GOV-COSTED-PLAN ok "yes"
}
