package indicators_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// nhwaRegistry is counted by hand in TestNHWARecordPath. On 2024-06-30
// (period start 2023-06-30):
//
//	a  KH national, trained in KH, permanent 1.0, licensed     active, at start
//	b  PH national, first trained in PH, fixed-term 0.5        active, entrant (from 2024-01-01)
//	c  nationality and training not recorded, casual 0.5 + contractor 0.3 (0.8: part-time), licensed
//	                                                           active, at start
//	d  KH, resigned 2024-01-31, licence still valid            voluntary leaver; registered, not practising
//	e  KH, dismissed 2023-12-31                                involuntary leaver
//	f  no employment, licensed under S2 (the others under S1)   registered, not practising
//	g  KH national, trained in TH, volunteer 1.0               active, at start
func nhwaRegistry() workforce.Registry {
	lic := []workforce.Credential{{SchemeID: "S1", Issued: d("2020-01-01"), Expires: d("2026-12-31"), Status: workforce.CredentialActive}}
	job := func(post workforce.ID, from, to, fte string, t workforce.EmploymentType, exit workforce.ExitReason) workforce.Employment {
		e := emp(post, from, to, fte, exit)
		e.Type = t
		return e
	}
	qual := func(country workforce.CountryCode, completed string) workforce.Qualification {
		return workforce.Qualification{Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork, Country: country, Completed: d(completed)}
	}
	post := func(id workforce.ID, area workforce.AreaCode) workforce.Post {
		return workforce.Post{ID: id, Area: area, Level: workforce.LevelCommune, Cadre: workforce.CadreProfessional, EmployerID: "G",
			Status: workforce.PostFilled, FTE: workforce.MustParseFTE("1")}
	}
	w := func(id workforce.ID, nat workforce.CountryCode) workforce.Worker {
		return workforce.Worker{ID: id, Sex: workforce.SexFemale, Cadre: workforce.CadreProfessional, Nationality: nat}
	}
	a, b, c, dd, e, f, g := w("a", "KH"), w("b", "PH"), w("c", ""), w("d", "KH"), w("e", "KH"), w("f", ""), w("g", "KH")
	a.Qualifications, a.Credentials = []workforce.Qualification{qual("KH", "2012-06-30")}, lic
	a.Employments = []workforce.Employment{job("p1", "2020-01-01", "", "1", workforce.EmploymentPermanent, "")}
	// b's first qualification is the one from the Philippines; the later
	// master's from Cambodia does not make b trained in the country.
	b.Qualifications = []workforce.Qualification{qual("KH", "2021-06-30"), qual("PH", "2015-06-30")}
	b.Employments = []workforce.Employment{job("p2", "2024-01-01", "", "0.5", workforce.EmploymentFixedTerm, "")}
	c.Credentials = lic
	c.Employments = []workforce.Employment{
		job("p3", "2019-01-01", "", "0.5", workforce.EmploymentCasual, ""),
		job("p4", "2019-01-01", "", "0.3", workforce.EmploymentContractor, ""),
	}
	dd.Credentials = lic
	dd.Employments = []workforce.Employment{job("p5", "2021-01-01", "2024-01-31", "1", workforce.EmploymentPermanent, workforce.ExitResignation)}
	e.Employments = []workforce.Employment{job("p6", "2022-01-01", "2023-12-31", "1", workforce.EmploymentFixedTerm, workforce.ExitDismissal)}
	f.Credentials = []workforce.Credential{{SchemeID: "S2", Issued: d("2021-01-01"), Status: workforce.CredentialActive}}
	g.Qualifications = []workforce.Qualification{qual("TH", "2018-06-30")}
	g.Employments = []workforce.Employment{job("p7", "2022-01-01", "", "1", workforce.EmploymentVolunteer, "")}
	return workforce.Registry{
		Country: "KH", AsOf: asOf,
		Areas: []workforce.AdminArea{
			{Code: "N", Name: "Nation", Level: workforce.LevelNational, Population: fig(100000, 40000, "census A")},
			{Code: "C1", Name: "C1", Level: workforce.LevelCommune, Parent: "N", Setting: workforce.SettingUrban},
			{Code: "C2", Name: "C2", Level: workforce.LevelCommune, Parent: "N"},
		},
		Employers: []workforce.Employer{{ID: "G", Name: "Ministry", Sector: workforce.SectorGovernment}},
		Posts:     []workforce.Post{post("p1", "C1"), post("p2", "C1"), post("p3", "C2"), post("p4", "C1"), post("p5", "C2"), post("p6", "C2"), post("p7", "C2")},
		Workers:   []workforce.Worker{a, b, c, dd, e, f, g},
	}
}

// nhwaWant are the national values of nhwaRegistry, counted by hand.
var nhwaWant = []struct {
	id         indicators.IndicatorID
	cell       workforce.EmploymentType
	num, den   string
	value      string
	reasonNote string
}{
	{indicators.SSWCount, "", "4", "", "4", "a, b, c, g"},
	{indicators.SSWCountLicensed, "", "2", "", "2", "a, c"},
	{indicators.SSWCountRegistered, "", "4", "", "4", "a, c practising; d, f not"},
	{indicators.SSWActivityRatio, "", "2", "4", "50", "2 practising of 4 registered"},
	{indicators.SSWShareForeignNat, "", "1", "3", "33.333333", "b of a, b, g (c not recorded)"},
	{indicators.SSWShareForeignTrain, "", "2", "3", "66.666666", "b (first: PH), g (TH) of a, b, g"},
	{indicators.SSWSharePartTime, "", "2", "4", "50", "b 0.5, c 0.8"},
	{indicators.SSWShareContract, workforce.EmploymentPermanent, "1", "4", "25", "a"},
	{indicators.SSWShareContract, workforce.EmploymentFixedTerm, "1", "4", "25", "b"},
	{indicators.SSWShareContract, workforce.EmploymentCasual, "1", "4", "25", "c: main employment casual 0.5"},
	{indicators.SSWShareContract, workforce.EmploymentContractor, "0", "4", "0", "c's 0.3 is not the main employment"},
	{indicators.SSWShareContract, workforce.EmploymentVolunteer, "1", "4", "25", "g"},
	{indicators.RetEntry, "", "1", "4.5", "22.222222", "b; mean stock (5 + 4) ÷ 2"},
	{indicators.RetExitVoluntary, "", "1", "4.5", "22.222222", "d resigned"},
	{indicators.RetExitInvoluntary, "", "1", "4.5", "22.222222", "e dismissed"},
}

func checkNHWA(t *testing.T, rep indicators.Report) {
	t.Helper()
	for _, w := range nhwaWant {
		r, ok := rep.Result(w.id, indicators.ResultCell{Area: "N", Level: workforce.LevelNational, EmploymentType: w.cell})
		if !ok {
			t.Errorf("%s %s: no result", w.id, w.cell)
			continue
		}
		if r.Numerator.String() != w.num || r.Denominator.String() != w.den || r.Value.String() != w.value {
			t.Errorf("%s %s (%s): %s / %s = %s (%s); want %s / %s = %s", w.id, w.cell, w.reasonNote,
				r.Numerator, r.Denominator, r.Value, r.Status, w.num, w.den, w.value)
		}
	}
}

func TestNHWARecordPath(t *testing.T) {
	reg := nhwaRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{PeriodStart: start})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := tl.Evaluate(indicators.Options{Indicators: indicators.NHWAIndicators(), Disaggregations: []indicators.Disaggregation{indicators.ByArea}})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Validate(); err != nil {
		t.Fatal(err)
	}
	checkNHWA(t, rep)
	// The register is known at the top area only.
	for _, r := range rep.Results {
		if (r.Indicator == indicators.SSWActivityRatio || r.Indicator == indicators.SSWCountRegistered) && r.Cell.Area != "N" {
			t.Errorf("%s given for %s", r.Indicator, r.Cell.Area)
		}
	}
	// Commune C1 holds a (p1), b (p2): c's main employment is p3 in C2.
	if r, _ := rep.Result(indicators.SSWShareForeignNat, indicators.ResultCell{Area: "C1", Level: workforce.LevelCommune}); r.Value.String() != "50" {
		t.Errorf("C1 foreign-national share %s, want 50 (b of a, b)", r.Value)
	}
}

// The same figures as published aggregates give the same values.
func TestNHWAAggregatePath(t *testing.T) {
	rep, err := indicators.EvaluateAggregates(nhwaAggregates(), indicators.Options{Indicators: indicators.NHWAIndicators()})
	if err != nil {
		t.Fatal(err)
	}
	checkNHWA(t, rep)
}

func nhwaAggregates() indicators.AggregateFigures {
	c := func(m indicators.AggregateMeasure, n int64) indicators.AggregateCount {
		return indicators.AggregateCount{Area: "N", Measure: m, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(n)}
	}
	return indicators.AggregateFigures{
		Country: "KH", AsOf: asOf, PeriodStart: start,
		Areas: []workforce.AdminArea{{Code: "N", Name: "Nation", Level: workforce.LevelNational, Population: fig(100000, 40000, "census A")}},
		Counts: []indicators.AggregateCount{
			c(indicators.MeasureWorkers, 4), c(indicators.MeasureLicensed, 2), c(indicators.MeasureRegistered, 4),
			c(indicators.MeasureForeignNational, 1), c(indicators.MeasureNationalityKnown, 3),
			c(indicators.MeasureForeignTrained, 2), c(indicators.MeasureTrainingKnown, 3), c(indicators.MeasurePartTime, 2),
			c(indicators.MeasurePermanent, 1), c(indicators.MeasureFixedTerm, 1), c(indicators.MeasureCasual, 1),
			c(indicators.MeasureContractor, 0), c(indicators.MeasureVolunteer, 1),
			c(indicators.MeasureAtPeriodStart, 5), c(indicators.MeasureEntrants, 1), c(indicators.MeasureLeavers, 2),
			c(indicators.MeasureVoluntaryLeavers, 1), c(indicators.MeasureInvoluntaryLeaver, 1),
		},
	}
}

// The NHWA indicators are evaluated on request only: the default
// evaluation (and so every report of the default catalogue) leaves them
// out.
func TestNHWAOnRequest(t *testing.T) {
	reg := nhwaRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{PeriodStart: start})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := tl.Evaluate(indicators.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		if d, _ := indicators.Lookup(r.Indicator); d.OnRequest {
			t.Fatalf("%s evaluated without being asked for", r.Indicator)
		}
	}
}

// Bad aggregate figures of the NHWA measures are located problems, never
// a share above 100 %.
func TestNHWABadAggregates(t *testing.T) {
	cases := []struct {
		name string
		edit func(f *indicators.AggregateFigures)
		path string
	}{
		{"foreign nationals above the workers of recorded nationality", func(f *indicators.AggregateFigures) {
			f.Counts[3].Value = workforce.DecimalFromInt(4)
		}, "/counts/3/value"},
		{"licensed practising above registered persons", func(f *indicators.AggregateFigures) {
			f.Counts[2].Value = workforce.DecimalFromInt(1)
		}, "/counts/1/value"},
		{"voluntary and involuntary leavers above the leavers", func(f *indicators.AggregateFigures) {
			f.Counts[16].Value = workforce.DecimalFromInt(2)
		}, "/counts/16/value"},
		{"employment types above the workers", func(f *indicators.AggregateFigures) {
			f.Counts[11].Value = workforce.DecimalFromInt(2)
		}, "/counts/8/value"},
		{"registered persons in the FTE scope", func(f *indicators.AggregateFigures) {
			f.Counts[2].Scope = indicators.ScopeFTE
		}, "/counts/2/scope"},
		{"entrants without a period start", func(f *indicators.AggregateFigures) {
			f.PeriodStart = workforce.CivilDate{}
		}, "/period_start"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := nhwaAggregates()
			tc.edit(&f)
			_, err := indicators.EvaluateAggregates(f, indicators.Options{Indicators: indicators.NHWAIndicators()})
			var ps workforce.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %v, want problems", err)
			}
			found := false
			for _, p := range ps {
				found = found || p.Path == tc.path
			}
			if !found {
				t.Fatalf("no problem at %s: %v", tc.path, ps)
			}
		})
	}
}

// A tally group fed from elsewhere must be consistent: an entrant is
// active, an exit a leaver's, and registered persons not practising are
// licensed and at the top area.
func TestNHWABadGroups(t *testing.T) {
	reg := nhwaRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{PeriodStart: start})
	if err != nil {
		t.Fatal(err)
	}
	base := indicators.TallyGroup{Observation: indicators.ObservedActive, Area: "C1", Sex: workforce.SexFemale, Cadre: workforce.CadreProfessional, Workers: 1}
	cases := []struct {
		name string
		edit func(g *indicators.TallyGroup)
		path string
	}{
		{"an entrant leaver", func(g *indicators.TallyGroup) {
			g.Observation, g.Flow = indicators.ObservedLeaver, indicators.FlowEntrant
		}, "/flow"},
		{"an active worker's exit", func(g *indicators.TallyGroup) { g.Flow = indicators.FlowVoluntaryExit }, "/flow"},
		{"an unknown origin", func(g *indicators.TallyGroup) { g.Nationality = "martian" }, "/nationality"},
		{"an unknown employment type", func(g *indicators.TallyGroup) { g.EmploymentType = "zero_hours" }, "/employment_type"},
		{"registered persons below the top", func(g *indicators.TallyGroup) {
			g.Observation, g.Licensed = indicators.ObservedRegisteredNotPractising, true
		}, "/observation"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := base
			tc.edit(&g)
			var ps workforce.Problems
			if err := tl.AddGroup(g); !errors.As(err, &ps) || ps[0].Path != tc.path {
				t.Fatalf("AddGroup: %v, want a problem at %s", err, tc.path)
			}
		})
	}
}

// Disclosure control covers the NHWA counts: one foreign national is
// withheld, and so is the share that would give it away.
func TestNHWADisclosure(t *testing.T) {
	reg := nhwaRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{PeriodStart: start})
	if err != nil {
		t.Fatal(err)
	}
	p := indicators.DisclosurePolicy{Threshold: 2}
	rep, err := tl.Evaluate(indicators.Options{Indicators: indicators.NHWAIndicators(), Disclosure: &p})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		if r.Status == indicators.StatusSuppressed {
			continue
		}
		for _, v := range []workforce.Decimal{r.Numerator, r.Denominator} {
			if def, _ := indicators.Lookup(r.Indicator); def.Sensitive != indicators.SensitiveNone && v.String() == "1" &&
				r.Indicator != indicators.RetEntry && r.Indicator != indicators.RetExitVoluntary && r.Indicator != indicators.RetExitInvoluntary {
				t.Errorf("%s %+v publishes a count of 1", r.Indicator, r.Cell)
			}
		}
	}
	r, _ := rep.Result(indicators.SSWShareForeignNat, indicators.ResultCell{Area: "N", Level: workforce.LevelNational})
	if r.Status != indicators.StatusSuppressed {
		t.Errorf("foreign-national share: %s, want suppressed (1 foreign national)", r.Status)
	}
}

// ExampleNHWAIndicators evaluates the NHWA-aligned indicators of a
// register on request.
func ExampleNHWAIndicators() {
	reg := nhwaRegistry()
	tl, _ := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{PeriodStart: start})
	rep, _ := tl.Evaluate(indicators.Options{
		Indicators: []indicators.IndicatorID{indicators.SSWActivityRatio, indicators.SSWShareForeignTrain, indicators.RetExitVoluntary},
	})
	for _, r := range rep.Results {
		if r.Cell.Area == "N" && r.Cell.Sex == "" && r.Cell.Cadre == "" && r.Cell.Sector == "" && r.Cell.AgeBand == "" && r.Cell.Qualification == "" {
			v, _ := r.Present()
			fmt.Printf("%s: %s × %d ÷ %s = %s %s\n", r.Indicator, r.Numerator, r.Multiplier, r.Denominator, v, r.Unit)
		}
	}
	// Output:
	// SSW-ACTIVITY-RATIO: 2 × 100 ÷ 4 = 50.0 %
	// SSW-SHARE-FOREIGN-TRAINED: 2 × 100 ÷ 3 = 66.7 %
	// RET-EXIT-VOLUNTARY: 1 × 100 ÷ 4.5 = 22.2 % over the period
}

// The urban/rural breakdown follows the area of the main employment; an
// area without a setting takes its nearest ancestor's, and with none
// above either its workers are "not recorded" (C2 and N have none).
func TestSettingBreakdown(t *testing.T) {
	reg := nhwaRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{PeriodStart: start})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWCount, indicators.SSWShareForeignNat},
		Disaggregations: []indicators.Disaggregation{indicators.BySetting}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[indicators.SettingGroup]string{
		indicators.SettingGroupUrban: "2", indicators.SettingGroupRural: "0",
		indicators.SettingGroupMixed: "0", indicators.SettingGroupNotRecorded: "2",
	}
	for g, n := range want {
		r, ok := rep.Result(indicators.SSWCount, indicators.ResultCell{Area: "N", Level: workforce.LevelNational, Setting: g})
		if !ok || r.Value.String() != n {
			t.Errorf("%s: %s (%v), want %s", g, r.Value, ok, n)
		}
	}
	// Not listed: no setting rows.
	rep, err = tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWCount}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		if r.Cell.Setting != "" {
			t.Fatalf("a setting row without asking: %+v", r.Cell)
		}
	}
	// An ancestor's setting is inherited.
	reg.Areas[0].Setting = workforce.SettingRural
	tl, err = indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{PeriodStart: start})
	if err != nil {
		t.Fatal(err)
	}
	rep, err = tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWCount},
		Disaggregations: []indicators.Disaggregation{indicators.BySetting}})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := rep.Result(indicators.SSWCount, indicators.ResultCell{Area: "N", Level: workforce.LevelNational, Setting: indicators.SettingGroupRural}); r.Value.String() != "2" {
		t.Errorf("rural (inherited from N): %s, want 2", r.Value)
	}
}

// TestPropertyNHWADisclosure: with the NHWA indicators and the setting
// breakdown, disclosure control publishes no person count from 1 to
// threshold − 1, and no share whose complement (denominator − numerator)
// is one. (TestPropertyDifferencingRecoversNothingNHWA runs the
// independent differencing attacker on such reports.)
func TestPropertyNHWADisclosure(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		for i := range reg.Areas {
			reg.Areas[i].Setting = rapid.SampledFrom([]workforce.Setting{"", workforce.SettingUrban, workforce.SettingRural}).Draw(t, "setting")
		}
		for range rapid.IntRange(0, 60).Draw(t, "more workers") {
			reg.Workers = append(reg.Workers, genWorker(t, len(reg.Workers), reg.Posts))
		}
		p := indicators.DisclosurePolicy{Threshold: rapid.SampledFrom([]int64{2, 3, 5}).Draw(t, "threshold")}
		opts := indicators.Options{Disclosure: &p, Indicators: indicators.NHWAIndicators(),
			Disaggregations: []indicators.Disaggregation{indicators.BySex, indicators.BySetting},
			Scope:           rapid.SampledFrom([]indicators.CountScope{"", indicators.ScopeFTE}).Draw(t, "scope")}
		if opts.Scope == indicators.ScopeFTE {
			opts.Indicators = []indicators.IndicatorID{indicators.SSWCount, indicators.SSWShareForeignNat, indicators.SSWShareContract}
		}
		tl, err := indicators.TallyRegistry(&reg, asOf, propRules)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := tl.Evaluate(opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := rep.Validate(); err != nil {
			t.Fatal(err)
		}
		limit := p.Threshold
		if opts.Scope == indicators.ScopeFTE {
			limit *= 100
		}
		small := func(v workforce.Decimal) bool {
			x := v.Decimal()
			if opts.Scope == indicators.ScopeFTE {
				x = x.Shift(2)
			}
			n := x.IntPart()
			return n > 0 && n < limit
		}
		for _, r := range rep.Results {
			if r.Status == indicators.StatusSuppressed {
				continue
			}
			def, _ := indicators.Lookup(r.Indicator)
			mean := r.Indicator == indicators.RetEntry || r.Indicator == indicators.RetExitVoluntary || r.Indicator == indicators.RetExitInvoluntary
			if small(r.Numerator) || (!mean && def.Kind == indicators.KindRatio && small(r.Denominator)) {
				t.Fatalf("%s %+v publishes %s / %s", r.Indicator, r.Cell, r.Numerator, r.Denominator)
			}
			if def.Kind == indicators.KindRatio && !mean &&
				small(workforce.DecimalOf(r.Denominator.Decimal().Sub(r.Numerator.Decimal()))) {
				t.Fatalf("%s %+v publishes a complement %s − %s", r.Indicator, r.Cell, r.Denominator, r.Numerator)
			}
		}
	})
}

// TestPropertyDerivedCountsAgreeWithRecordPath: published figures that
// leave out a count following from the others (vacant posts, filled
// posts, one cadre, one employment type) give the results of the record
// path, the derived counts marked as such.
func TestPropertyDerivedCountsAgreeWithRecordPath(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		tl, err := indicators.TallyRegistry(&reg, asOf, propRules)
		if err != nil {
			t.Fatal(err)
		}
		drop := rapid.SampledFrom([]struct {
			m     indicators.AggregateMeasure
			cadre workforce.Cadre
			scope indicators.CountScope
		}{
			{indicators.MeasureVacantPosts, "", indicators.ScopePositions},
			{indicators.MeasureFilledPosts, "", indicators.ScopePositions},
			{indicators.MeasureFundedPosts, "", indicators.ScopePositions},
			{indicators.MeasureInCadre, workforce.CadreCommunity, indicators.ScopeHeadCount},
			{indicators.MeasureInCadre, workforce.CadreSupervisor, indicators.ScopeFTE},
			{indicators.MeasureCasual, "", indicators.ScopeHeadCount},
		}).Draw(t, "left out")
		ids := []indicators.IndicatorID{indicators.SSWPostVac, indicators.SSWPostFill, indicators.SSWShareCadre, indicators.SSWDenPop}
		if drop.m == indicators.MeasureCasual {
			ids = []indicators.IndicatorID{indicators.SSWShareContract}
		}
		opts := indicators.Options{Scope: drop.scope, Indicators: ids, Disaggregations: []indicators.Disaggregation{indicators.ByArea}}
		want, err := tl.Evaluate(opts)
		if err != nil {
			t.Fatal(err)
		}
		f := aggregatesOf(reg, tl)
		kept := f.Counts[:0]
		left := 0
		for _, c := range f.Counts {
			if c.Measure == drop.m && c.Cadre == drop.cadre && c.Scope == drop.scope {
				left++
				continue
			}
			kept = append(kept, c)
		}
		f.Counts = kept
		got, err := indicators.EvaluateAggregates(f, opts)
		if err != nil {
			t.Fatal(err)
		}
		derived := 0
		for i := range got.Results {
			r := &got.Results[i]
			notes := r.Notes[:0]
			for _, n := range r.Notes {
				if strings.HasPrefix(n, "derived: ") {
					derived++
					continue
				}
				notes = append(notes, n)
			}
			r.Notes = notes
			if len(r.Notes) == 0 {
				r.Notes = nil
			}
		}
		if diff := jsonDiff(want.Results, got.Results); diff != "" {
			t.Fatalf("leaving out %v: record and aggregate paths differ (-records +aggregates):\n%s", drop, diff)
		}
		if left > 0 && derived == 0 {
			t.Fatalf("leaving out %v: no result says a count was derived", drop)
		}
	})
}

// A published total that its parts do not add up to is a located
// problem; a part left out is derived and said so.
func TestDerivedCounts(t *testing.T) {
	posts := func(funded, vacant, filled int64) indicators.AggregateFigures {
		f := indicators.AggregateFigures{Country: "KH", AsOf: asOf,
			Areas: []workforce.AdminArea{{Code: "N", Name: "Nation", Level: workforce.LevelNational}}}
		for _, c := range []struct {
			m indicators.AggregateMeasure
			n int64
		}{{indicators.MeasureFundedPosts, funded}, {indicators.MeasureVacantPosts, vacant}, {indicators.MeasureFilledPosts, filled}} {
			if c.n >= 0 {
				f.Counts = append(f.Counts, indicators.AggregateCount{Area: "N", Measure: c.m, Scope: indicators.ScopePositions, Value: workforce.DecimalFromInt(c.n)})
			}
		}
		return f
	}
	opts := indicators.Options{Scope: indicators.ScopePositions, Indicators: []indicators.IndicatorID{indicators.SSWPostVac}}
	// The Philippines' Civil Service Commission: 2,010 of 9,541 social
	// welfare posts unfilled; the filled ones (7,531) follow.
	rep, err := indicators.EvaluateAggregates(posts(9541, 2010, -1), indicators.Options{Scope: indicators.ScopePositions,
		Indicators: []indicators.IndicatorID{indicators.SSWPostFill}})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := rep.ResultIn(indicators.SSWPostFill, "N")
	if r.Numerator.String() != "7531" || len(r.Notes) != 1 || !strings.HasPrefix(r.Notes[0], "derived: filled posts") {
		t.Fatalf("fill rate %s / %s, notes %q", r.Numerator, r.Denominator, r.Notes)
	}
	// Funded from vacant and filled.
	rep, err = indicators.EvaluateAggregates(posts(-1, 10, 30), opts)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := rep.ResultIn(indicators.SSWPostVac, "N"); r.Value.String() != "25" {
		t.Fatalf("vacancy %s, want 25", r.Value)
	}
	// Contradictions: parts below the total, or the parts given already
	// above it.
	for _, f := range []indicators.AggregateFigures{posts(50, 10, 30), posts(50, 10, -1)} {
		f.Counts = append(f.Counts, indicators.AggregateCount{Area: "N", Measure: indicators.MeasureWorkers, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(4)})
		for _, c := range workforce.CadreValues()[:5] {
			f.Counts = append(f.Counts, indicators.AggregateCount{Area: "N", Measure: indicators.MeasureInCadre, Cadre: c, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(1)})
		}
		_, err := indicators.EvaluateAggregates(f, opts)
		var ps workforce.Problems
		if !errors.As(err, &ps) {
			t.Fatalf("%v, want problems", err)
		}
		if len(f.Counts) == 9 && (len(ps) != 2 || ps[0].Path != "/counts/0/value" || ps[1].Path != "/counts/3/value") {
			t.Fatalf("funded 50 = 10 + 30, workers 4 = 5 × 1 + ?: %v", ps)
		}
		if len(f.Counts) == 8 && (len(ps) != 1 || ps[0].Path != "/counts/2/value") {
			t.Fatalf("workers 4 = 5 × 1 + ?: %v", ps)
		}
	}
}

// Counts say what they cover: an approximate figure, a range or a bound,
// a coverage note travel with every result using them; growth between
// counts of different coverage is flagged; a total kept as published
// above the sum of its units is noted with the difference.
func TestCountsSayWhatTheyCover(t *testing.T) {
	f := indicators.AggregateFigures{Country: "KH", AsOf: asOf, PeriodStart: start,
		Areas: []workforce.AdminArea{
			{Code: "N", Name: "Nation", Level: workforce.LevelNational, Population: fig(100000, 40000, "census A")},
			{Code: "P1", Name: "P1", Level: workforce.LevelProvince, Parent: "N"},
			{Code: "P2", Name: "P2", Level: workforce.LevelProvince, Parent: "N"},
		},
		Counts: []indicators.AggregateCount{
			{Area: "N", Measure: indicators.MeasureWorkers, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(3800),
				Approximate: true, Low: workforce.DecimalFromInt(3700), High: workforce.DecimalFromInt(3900), Coverage: "government and NGO workers"},
			{Area: "N", Measure: indicators.MeasureAtPeriodStart, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(3500),
				Coverage: "government workers"},
			{Area: "P1", Measure: indicators.MeasureWorkers, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(2000)},
			{Area: "P2", Measure: indicators.MeasureWorkers, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(1700)},
		},
	}
	rep, err := indicators.EvaluateAggregates(f, indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenPop, indicators.SSWGrowth}})
	if err != nil {
		t.Fatal(err)
	}
	den, _ := rep.ResultIn(indicators.SSWDenPop, "N")
	if den.Value.String() != "3800" || len(den.Notes) != 1 || den.Notes[0] != "workers of N: approximate; between 3700 and 3900; covers government and NGO workers" {
		t.Errorf("density %s, notes %q", den.Value, den.Notes)
	}
	g, _ := rep.ResultIn(indicators.SSWGrowth, "N")
	if !strings.Contains(strings.Join(g.Notes, "|"), "coverage differs: the count at the start covers government workers, the count at the end government and NGO workers") {
		t.Errorf("growth notes %q", g.Notes)
	}
	if !strings.Contains(strings.Join(rep.Notes, "|"), "workers of N (head_count): 3800 as published; the areas below add up to 3700, 100 less") {
		t.Errorf("report notes %q", rep.Notes)
	}
	// A range with low above high, a value outside its range.
	for _, tc := range []struct {
		lo, v, hi int64
		path      string
	}{{3900, 3800, 3700, "/counts/0/low"}, {3850, 3800, 3900, "/counts/0/value"}, {3700, 3800, 3750, "/counts/0/value"}} {
		f.Counts[0].Low, f.Counts[0].Value, f.Counts[0].High = workforce.DecimalFromInt(tc.lo), workforce.DecimalFromInt(tc.v), workforce.DecimalFromInt(tc.hi)
		_, err := indicators.EvaluateAggregates(f, indicators.Options{})
		var ps workforce.Problems
		if !errors.As(err, &ps) || ps[0].Path != tc.path {
			t.Errorf("%d ≤ %d ≤ %d: %v, want a problem at %s", tc.lo, tc.v, tc.hi, err, tc.path)
		}
	}
}

// A norm counting only some cadres, or only government workers, holds
// those against the requirement; bad norms are located problems.
func TestNormCountsSomeCadres(t *testing.T) {
	reg := handRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	// Commune workers on 2024-06-30 (see handRegistry): C1 holds w1
	// (professional, government) and w2's main post p2 (para-professional,
	// NGO); C2 holds w7 at p3 (professional, government) and w2's p7
	// share only in FTE.
	ids := []indicators.IndicatorID{indicators.SSWNormGap, indicators.SSWPerUnit}
	for _, tc := range []struct {
		name string
		norm indicators.StaffingNorm
	}{
		{"every worker", indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2}},
		{"professionals only", indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2,
			Cadres: []workforce.Cadre{workforce.CadreProfessional}}},
		{"government only", indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2,
			Sectors: []workforce.Sector{workforce.SectorGovernment}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := tl.Evaluate(indicators.Options{Norm: &tc.norm, Indicators: ids})
			if err != nil {
				t.Fatal(err)
			}
			all, _ := tl.Evaluate(indicators.Options{Norm: &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2}, Indicators: ids})
			gap, _ := rep.Result(indicators.SSWNormGap, indicators.ResultCell{Area: "C1"})
			allGap, _ := all.Result(indicators.SSWNormGap, indicators.ResultCell{Area: "C1"})
			g, ag := gap.Value.Decimal(), allGap.Value.Decimal()
			if tc.name == "every worker" {
				if !g.Equal(ag) {
					t.Fatalf("gap %s, want %s", g, ag)
				}
				return
			}
			// C1 has one professional, government worker of its two.
			if !g.Equal(ag.Add(workforce.DecimalFromInt(1).Decimal())) {
				t.Fatalf("C1 gap %s, want one more than %s", g, ag)
			}
		})
	}
	bad := []struct {
		norm indicators.StaffingNorm
		path string
	}{
		{indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2, Sectors: []workforce.Sector{workforce.SectorNGO}}, "/options/staffing_norm/sectors/0"},
		{indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2,
			Cadres: []workforce.Cadre{workforce.CadreProfessional}, Sectors: []workforce.Sector{workforce.SectorGovernment}}, "/options/staffing_norm/sectors"},
		{indicators.StaffingNorm{Basis: indicators.NormStated, Level: workforce.LevelCommune, Workers: 2}, "/options/staffing_norm/workers"},
		{indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune}, "/options/staffing_norm/workers"},
	}
	for _, b := range bad {
		_, err := tl.Evaluate(indicators.Options{Norm: &b.norm, Indicators: ids})
		var ps workforce.Problems
		found := false
		if errors.As(err, &ps) {
			for _, p := range ps {
				found = found || p.Path == b.path
			}
		}
		if !found {
			t.Errorf("%+v: %v, want a problem at %s", b.norm, err, b.path)
		}
	}
}

func TestUnitCoverageFigureBad(t *testing.T) {
	f := indicators.AggregateFigures{Country: "KH", AsOf: asOf,
		Areas: []workforce.AdminArea{{Code: "N", Name: "Nation", Level: workforce.LevelNational}},
		UnitCoverage: []indicators.UnitCoverageFigure{
			{Area: "N", Met: 5, Units: 4}, {Area: "X", Met: 1, Units: 4}, {Area: "N", Met: 1, Units: 0},
		}}
	err := f.Validate()
	var ps workforce.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("%v, want problems", err)
	}
	want := []string{"/unit_coverage/0/met", "/unit_coverage/1/area", "/unit_coverage/2/area", "/unit_coverage/2/met", "/unit_coverage/2/units"}
	var got []string
	for _, p := range ps {
		got = append(got, p.Path)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("problems at %v, want %v (%v)", got, want, ps)
	}
}

// Workers per unit without inventing a norm: a stated-requirement norm
// with no requirements gives SSW-PER-UNIT only.
func TestPerUnitWithoutANorm(t *testing.T) {
	reg := handRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := tl.Evaluate(indicators.Options{Norm: &indicators.StaffingNorm{Basis: indicators.NormStated, Level: workforce.LevelCommune},
		Indicators: []indicators.IndicatorID{indicators.SSWPerUnit, indicators.SSWNormGap}})
	if err != nil {
		t.Fatal(err)
	}
	per, _ := rep.ResultIn(indicators.SSWPerUnit, "P1")
	gap, _ := rep.ResultIn(indicators.SSWNormGap, "P1")
	if per.Value.IsZero() || gap.Status != indicators.StatusMissing {
		t.Fatalf("per unit %s %s, gap %s", per.Value, per.Status, gap.Status)
	}
}

// Registered and licensed persons per credential scheme: one tally per
// scheme, its rules naming the scheme (a and c practise under S1, d no
// longer does; f holds S2 and no employment).
func ExampleRecordRules() {
	reg := nhwaRegistry()
	for _, scheme := range []workforce.ID{"S1", "S2"} {
		rules := indicators.RecordRules{LicenceSchemes: []workforce.ID{scheme}}
		tl, _ := indicators.TallyRegistry(&reg, asOf, rules)
		rep, _ := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWCountRegistered, indicators.SSWCountLicensed}})
		reg, _ := rep.ResultIn(indicators.SSWCountRegistered, "N")
		lic, _ := rep.ResultIn(indicators.SSWCountLicensed, "N")
		fmt.Println(scheme, "registered:", reg.Value, "practising:", lic.Value)
	}
	// Output:
	// S1 registered: 3 practising: 2
	// S2 registered: 1 practising: 0
}
