package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// config is what the command line chooses.
type config struct {
	seed    uint64
	workers int
	sample  int // workers whose licensing decisions are explained in full
}

// normPerCommune and normWho describe Cambodia's staffing norm, 2 social
// workers or deputy social workers per commune/sangkat (Strategic Plan
// 2022-2031), whose value the plan holds
// (declaration.CambodiaSSWPlan().Targets[0].StaffingNorm(): professional
// social workers and para-professionals); TestNormIsThePlans checks they
// agree.
const (
	normPerCommune = 2
	normWho        = "social workers or deputies"
)

// targetYear is the end of Cambodia's plan.
const targetYear = 2031

// provinceRow is one province's line in the report.
type provinceRow struct {
	Code, Name string
	Density    indicators.IndicatorResult // SSW-DEN-CHILD
	Coverage   indicators.IndicatorResult // SSW-UNIT-COVERAGE
	Gap        indicators.IndicatorResult // SSW-NORM-GAP
	Required   indicators.IndicatorResult // SSW-NORM-REQ
	Qualified  indicators.IndicatorResult // SSW-QUAL-SW
	Attrition  indicators.IndicatorResult // RET-ATTRITION
	Government indicators.IndicatorResult // SSW-SHARE-GOV
	// Children is the province's population aged 0-17, the density's
	// denominator (0 when unknown).
	Children int64
}

// normImplied is the density per 100,000 children the staffing norm
// implies for the province: its required workers over its children.
func (p provinceRow) normImplied() (decimal.Decimal, bool) {
	if p.Required.Status != indicators.StatusOK && p.Required.Status != indicators.StatusUnreliable {
		return decimal.Decimal{}, false
	}
	return normImplied(p.Required.Value.Decimal().IntPart(), p.Children)
}

// explained is one worker's licensing decision, kept in full.
type explained struct {
	worker   workforce.Worker
	decision accreditation.Decision
}

// journey holds everything the quickstart computed.
type journey struct {
	cfg        config
	registry   workforce.Registry
	problems   workforce.Problems
	levels     map[workforce.AdminLevel]int
	report     indicators.Report
	national   map[indicators.IndicatorID]indicators.IndicatorResult
	provinces  []provinceRow
	projection indicators.Projection
	// normDensity is the density per 100,000 children the norm alone
	// implies: the commune requirement over the national child population.
	normDensity decimal.Decimal
	home        accreditation.DecisionSummary // the country's own regime
	comparison  accreditation.DecisionSummary // a what-if: a neighbour's rules applied here
	compScheme  accreditation.Scheme
	compPurpose accreditation.RulePurpose
	// reqTitles names every requirement of the two schemes by its ID.
	reqTitles map[workforce.ID]string
	explained []explained
	// inPost and former count the registry's workers holding a post on
	// the as-of date and the former workers kept for attrition.
	inPost, former int
	assessment     declaration.Assessment
	plan           declaration.PlanProgress
	scorecard      declaration.Scorecard
	country        declaration.CountryReport
}

// step reports progress on stderr.
func step(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, "quickstart: "+format+"\n", args...)
	}
}

// run performs the whole journey: generate, validate, count, evaluate
// licensing, evaluate the plan and score the Declaration.
func run(cfg config, progress io.Writer) (*journey, error) {
	j := &journey{cfg: cfg}
	step(progress, "generating a synthetic Cambodia-shaped registry (seed %d, %d workers)", cfg.seed, cfg.workers)
	syn := examples.NewSynthetic(examples.SyntheticConfig{Seed: cfg.seed, Workers: cfg.workers})
	j.registry = syn.Registry()
	asOf := j.registry.AsOf

	step(progress, "validating %d areas, %d posts and %d workers", len(j.registry.Areas), len(j.registry.Posts), len(j.registry.Workers))
	j.problems = workforce.AsProblems(j.registry.Validate())
	if len(j.problems) > 0 {
		return nil, fmt.Errorf("the synthetic registry is invalid: %w", j.problems)
	}
	j.levels = map[workforce.AdminLevel]int{}
	for _, a := range j.registry.Areas {
		j.levels[a.Level]++
	}

	step(progress, "counting the registry and computing the indicators")
	if err := j.indicators(asOf); err != nil {
		return nil, err
	}
	step(progress, "evaluating the workforce against licensing schemes")
	if err := j.licensing(asOf); err != nil {
		return nil, err
	}
	step(progress, "evaluating Cambodia's plan and scoring the Ha Noi Declaration")
	if err := j.declaration(asOf); err != nil {
		return nil, err
	}
	j.country = declaration.CountryReport{
		Country: j.registry.Country, AsOf: asOf,
		Title:         "Social service workforce monitoring report — Cambodia-shaped example",
		Source:        j.registry.Source,
		Indicators:    j.report,
		Plans:         []declaration.PlanProgress{j.plan},
		Credentialing: []accreditation.DecisionSummary{j.home, j.comparison},
		Scorecard:     &j.scorecard,
		Notes: []string{
			"SYNTHETIC data produced by github.com/sswkit/ssw/examples: not a real registry, not official statistics.",
			"Cambodia has no statutory licensing of social workers; its credentialing summary is not applicable, never 'not eligible'.",
			"What-if, for illustration only: the second credentialing summary applies Thailand's rules for ordinary membership of the Social Work Professions Council to Cambodia's professional social workers; no such rule applies in Cambodia.",
			"The assessment behind the scorecard is illustrative, set by the quickstart program from public facts; it is not an official assessment.",
		},
	}
	if err := j.country.Validate(); err != nil {
		return nil, fmt.Errorf("the country report is invalid: %w", err)
	}
	return j, nil
}

func (j *journey) indicators(asOf workforce.CivilDate) error {
	tally, err := indicators.TallyRegistry(&j.registry, asOf, indicators.RecordRules{PeriodStart: asOf.AddYears(-1)})
	if err != nil {
		return fmt.Errorf("counting: %w", err)
	}
	disclosure := indicators.DefaultDisclosure()
	ids := []indicators.IndicatorID{
		indicators.SSWDenChild, indicators.SWDenChild, indicators.SSWPopPerWorker, indicators.SSWChildPerWorker,
		indicators.SSWUnitCoverage, indicators.SSWNormReq, indicators.SSWNormGap, indicators.SSWNormAttain,
		indicators.SSWPostVac, indicators.SSWShareGov, indicators.SSWShareFemale, indicators.SSWQualSW,
		indicators.RetAttrition,
	}
	j.report, err = tally.Evaluate(indicators.Options{
		Indicators: ids,
		// The plan's norm, as the plan states it: 2 professional or
		// para-professional workers per commune/sangkat.
		Norm:        declaration.CambodiaSSWPlan().Targets[0].StaffingNorm(),
		AreaLevels:  []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince},
		CrossLevels: []workforce.AdminLevel{workforce.LevelNational},
		Disclosure:  &disclosure,
	})
	if err != nil {
		return fmt.Errorf("evaluating indicators: %w", err)
	}
	j.report.Notes = append(j.report.Notes,
		"SW-LIC-SHARE and CPD-COMPL are not evaluated: Cambodia has no statutory licensing regime, so a licensed share would read as 0 % instead of not applicable.")

	top := workforce.AreaCode(j.registry.Country)
	j.national = map[indicators.IndicatorID]indicators.IndicatorResult{}
	for _, id := range ids {
		if r, ok := j.report.Result(id, indicators.ResultCell{Area: top, Level: workforce.LevelNational}); ok {
			j.national[id] = r
		}
	}
	for _, a := range j.registry.Areas {
		if a.Level != workforce.LevelProvince {
			continue
		}
		cell := indicators.ResultCell{Area: a.Code, Level: workforce.LevelProvince}
		row := provinceRow{Code: string(a.Code), Name: a.Name}
		row.Density, _ = j.report.Result(indicators.SSWDenChild, cell)
		row.Coverage, _ = j.report.Result(indicators.SSWUnitCoverage, cell)
		row.Gap, _ = j.report.Result(indicators.SSWNormGap, cell)
		row.Required, _ = j.report.Result(indicators.SSWNormReq, cell)
		row.Qualified, _ = j.report.Result(indicators.SSWQualSW, cell)
		row.Attrition, _ = j.report.Result(indicators.RetAttrition, cell)
		row.Government, _ = j.report.Result(indicators.SSWShareGov, cell)
		if row.Density.Population != nil {
			row.Children = row.Density.Population.Value
		} else if fig, ok := a.PopulationOn(asOf); ok {
			row.Children = fig.Children
		}
		j.provinces = append(j.provinces, row)
	}
	slices.SortStableFunc(j.provinces, func(a, b provinceRow) int { return cmp.Compare(a.Name, b.Name) })

	// The norm alone implies a density: the commune requirement over the
	// national child population.
	req, gap := j.national[indicators.SSWNormReq], j.national[indicators.SSWNormGap]
	if den := j.national[indicators.SSWDenChild]; !den.Denominator.IsZero() && !req.Value.IsZero() {
		j.normDensity = req.Value.Decimal().Mul(decimal.NewFromInt(100000)).DivRound(den.Denominator.Decimal(), 1)
	}
	// Projection: staff every commune at the norm by the plan's end year,
	// replacing the attrition observed over the last year.
	if !req.Value.IsZero() && !gap.Value.IsZero() {
		in := indicators.ProjectionInput{
			Current:    req.Value.Decimal().IntPart() - gap.Value.Decimal().IntPart(),
			BaseYear:   asOf.Year(),
			TargetYear: targetYear,
			Required:   req.Value.Decimal().IntPart(),
		}
		if att, ok := j.national[indicators.RetAttrition]; ok && !att.Value.IsZero() {
			in.AttritionRate = att.Value
		}
		if j.projection, err = indicators.Project(in); err != nil {
			return fmt.Errorf("projecting: %w", err)
		}
	}
	return nil
}

func (j *journey) licensing(asOf workforce.CivilDate) error {
	var home accreditation.Scheme
	for _, s := range accreditation.NoRegimes() {
		if s.Jurisdiction == j.registry.Country {
			home = s
		}
	}
	if home.ID == "" {
		return fmt.Errorf("no shipped scheme for %s", j.registry.Country)
	}
	var err error
	// The what-if: a neighbour's rules that ask for what a registry holds
	// (degrees, experience, training), not for its own citizenship.
	j.compScheme, _ = accreditation.SchemeByID(accreditation.SchemeTHMembership)
	j.compPurpose = accreditation.PurposeGrant
	j.reqTitles = map[workforce.ID]string{}
	for _, s := range []accreditation.Scheme{home, j.compScheme} {
		for _, v := range s.Versions {
			collectTitles(j.reqTitles, v.Requirements)
		}
	}
	homeEval, err := accreditation.NewEvaluator(home, accreditation.PurposeGrant)
	if err != nil {
		return err
	}
	compEval, err := accreditation.NewEvaluator(j.compScheme, j.compPurpose)
	if err != nil {
		return err
	}
	// Every worker in post against the home regime; professionals also
	// against the what-if rules.
	var all, professionals []accreditation.Facts
	var profWorkers []workforce.Worker
	for _, w := range j.registry.Workers {
		if !inPost(w, asOf) {
			j.former++
			continue // former workers keep their records but hold no post
		}
		j.inPost++
		f := accreditation.FactsFromWorker(w)
		all = append(all, f)
		if w.Cadre == workforce.CadreProfessional {
			professionals = append(professionals, f)
			profWorkers = append(profWorkers, w)
		}
	}
	homeDecisions, err := homeEval.EvaluateAll(all, asOf)
	if err != nil {
		return err
	}
	if j.home, err = accreditation.Summarise(home, accreditation.PurposeGrant, asOf, homeDecisions); err != nil {
		return err
	}
	compDecisions, err := compEval.EvaluateAll(professionals, asOf)
	if err != nil {
		return err
	}
	if j.comparison, err = accreditation.Summarise(j.compScheme, j.compPurpose, asOf, compDecisions); err != nil {
		return err
	}
	for i := 0; i < len(compDecisions) && i < j.cfg.sample; i++ {
		j.explained = append(j.explained, explained{worker: profWorkers[i], decision: compDecisions[i]})
	}
	return nil
}

func (j *journey) declaration(asOf workforce.CivilDate) error {
	country := j.registry.Country
	src := declaration.Citation{Title: "Synthetic registry indicators computed by the ssw quickstart (" + examples.SyntheticLabel + ")", Date: asOf}
	// The plan's coverage target judges the nation and each province: the
	// report's coverage results become its observations.
	obs := declaration.ObservationsFromReport(j.report, declaration.ReportObservations{Source: src,
		Indicators: []indicators.IndicatorID{indicators.SSWUnitCoverage}})
	var err error
	j.plan, err = declaration.EvaluatePlan(declaration.CambodiaSSWPlan(), declaration.ProgressData{AsOf: asOf, Observations: obs})
	if err != nil {
		return err
	}

	// An illustrative self-assessment built from public facts (see the
	// declaration package's references) and this registry's indicators.
	period := workforce.MustParseDate("2024-07-01")
	pub := func(title, url, date string) declaration.Citation {
		return declaration.Citation{Title: title, URL: url, Date: workforce.MustParseDate(date)}
	}
	planLaunch := pub("Strategic Plan on the Social Service Workforce in Cambodia 2022-2031 launched", "https://phnompenhpost.com/national/ministry-launches-plan-social-services", "2022-04-04")
	nationalObs := func(ids ...indicators.IndicatorID) []declaration.Observation {
		return declaration.ObservationsFromReport(j.report, declaration.ReportObservations{Source: src, Indicators: ids,
			Levels: []workforce.AdminLevel{workforce.LevelNational}})
	}
	j.assessment = declaration.Assessment{
		Country: country, PeriodStart: period, PeriodEnd: asOf,
		Assessor: "ssw quickstart (illustrative, " + examples.SyntheticLabel + ")",
		Commitments: []declaration.CommitmentAssessment{
			{Commitment: declaration.C01LegalFramework, Status: declaration.StatusInProgress, Notes: "Roles of officials acting as social workers set by guideline (2022); no social work law."},
			{Commitment: declaration.C02StrategicPlan, Status: declaration.StatusAchieved, Evidence: []declaration.Citation{planLaunch},
				Observations: nationalObs(indicators.SSWDenChild, indicators.SSWUnitCoverage), Notes: "Ten-year plan with a staffing norm; coverage is far from the norm."},
			{Commitment: declaration.C03Regulation, Status: declaration.StatusNotStarted, Notes: "No statutory licensing; a professional association planned a voluntary certificate."},
			{Commitment: declaration.C05ProfessionalBodies, Status: declaration.StatusInProgress, Notes: "A professional association exists since 2015."},
			{Commitment: declaration.C06Retention, Status: declaration.StatusPlanned, Observations: nationalObs(indicators.RetAttrition)},
			{Commitment: declaration.C07Resources, Status: declaration.StatusPlanned, Evidence: []declaration.Citation{planLaunch}, Notes: "An investment case was launched with the plan."},
		},
		Notes: "Illustrative: statuses chosen by the quickstart from public facts, not an official assessment.",
	}
	j.scorecard, err = declaration.ScoreAssessment(j.assessment)
	return err
}

// collectTitles adds the title of every requirement of a tree, by ID.
func collectTitles(into map[workforce.ID]string, rs []accreditation.Requirement) {
	for _, r := range rs {
		if r.Title != "" {
			into[r.ID] = r.Title
		}
		collectTitles(into, r.Of)
		collectTitles(into, r.If)
	}
}

// inPost reports whether the worker holds a post on the date.
func inPost(w workforce.Worker, d workforce.CivilDate) bool {
	for _, e := range w.Employments {
		if e.ActiveOn(d) {
			return true
		}
	}
	return false
}
