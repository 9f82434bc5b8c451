package indicators_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/sdcaudit"
	"github.com/sswkit/ssw/workforce"
)

// Numbers: an overflow is an error, never a wrapped value.

func TestRequirementOverflow(t *testing.T) {
	tests := []struct {
		name                 string
		driver, workers, per int64
		want                 int64 // -1: overflow
	}{
		{"seen: MaxInt64 × MaxInt64 ÷ 1 returned 1", math.MaxInt64, math.MaxInt64, 1, -1},
		{"MaxInt64 × 2 ÷ 1", math.MaxInt64, 2, 1, -1},
		{"rounding up past MaxInt64", math.MaxInt64, math.MaxInt64, math.MaxInt64 - 1, -1},
		{"MaxInt64 × 1 ÷ 1 fits", math.MaxInt64, 1, 1, math.MaxInt64},
		{"MaxInt64 × MaxInt64 ÷ MaxInt64 fits", math.MaxInt64, math.MaxInt64, math.MaxInt64, math.MaxInt64},
		{"MaxInt64 ÷ 2 rounds up", math.MaxInt64, 1, 2, math.MaxInt64/2 + 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := indicators.Requirement(tc.driver, tc.workers, tc.per)
			if tc.want < 0 {
				if !errors.Is(err, indicators.ErrOverflow) {
					t.Fatalf("Requirement = %d, %v; want an overflow error", got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("Requirement = %d, %v; want %d", got, err, tc.want)
			}
		})
	}
}

func TestProtectMarginsOverflow(t *testing.T) {
	p := indicators.DefaultDisclosure()
	for _, cells := range [][][]int64{
		{{math.MaxInt64, 1}},                             // a row total
		{{math.MaxInt64}, {1}},                           // a column total
		{{math.MaxInt64 / 2, math.MaxInt64 / 2}, {1, 1}}, // the grand total only
	} {
		_, err := p.Protect(indicators.CountTable{Cells: cells})
		wantProblem(t, err, indicators.CodeOverflow, "/table/cells")
	}
	if _, err := p.Protect(indicators.CountTable{Cells: [][]int64{{math.MaxInt64 - 1, 1}}}); err != nil {
		t.Fatalf("margins of exactly MaxInt64 refused: %v", err)
	}
}

// tallyWith returns a tally of the hand registry's areas holding one
// group of n workers at area, and FTE fte.
func tallyWith(t *testing.T, groups ...indicators.TallyGroup) *indicators.Tally {
	t.Helper()
	reg := handRegistry()
	reg.Workers = nil
	c, err := indicators.NewCounter(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	tl := c.Tally()
	for _, g := range groups {
		if err := tl.AddGroup(g); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

func group(area workforce.AreaCode, n, fte int64) indicators.TallyGroup {
	return indicators.TallyGroup{Observation: indicators.ObservedActive, Area: area, Sex: workforce.SexFemale,
		Cadre: workforce.CadreProfessional, Sector: workforce.SectorGovernment, Workers: n, FTEHundredths: fte}
}

func TestTallyOverflow(t *testing.T) {
	t.Run("AddGroup", func(t *testing.T) {
		tl := tallyWith(t, group("C1", math.MaxInt64, 100))
		err := tl.AddGroup(group("C1", 1, 0))
		wantProblem(t, err, indicators.CodeOverflow, "/workers")
		ws, _ := tl.Groups()
		if len(ws) != 1 || ws[0].Workers != math.MaxInt64 {
			t.Fatalf("the group changed: %+v", ws)
		}
	})
	t.Run("Merge leaves the tally unchanged", func(t *testing.T) {
		a := tallyWith(t, group("C1", 5, 500), group("C2", math.MaxInt64-1, 100))
		before := a.Clone()
		b := tallyWith(t, group("C1", 1, 100), group("P2", 3, 300), group("C2", 2, 0))
		if err := a.Merge(b); !errors.Is(err, indicators.ErrOverflow) {
			t.Fatalf("Merge = %v, want ErrOverflow", err)
		}
		if !a.Equal(before) {
			t.Fatal("a failed merge changed the tally")
		}
		if w, _ := a.Len(); w != 2 {
			t.Fatalf("a failed merge left %d groups, want 2", w)
		}
	})
	t.Run("Merge FTE", func(t *testing.T) {
		a := tallyWith(t, group("C1", 1, math.MaxInt64))
		if err := a.Merge(tallyWith(t, group("C1", 1, 1))); !errors.Is(err, indicators.ErrOverflow) {
			t.Fatalf("Merge = %v, want ErrOverflow", err)
		}
	})
	t.Run("self merge", func(t *testing.T) {
		a := tallyWith(t, group("C1", 2, 200), group("C2", math.MaxInt64/2+1, 0))
		before := a.Clone()
		if err := a.Merge(a); !errors.Is(err, indicators.ErrOverflow) {
			t.Fatalf("Merge = %v, want ErrOverflow", err)
		}
		if !a.Equal(before) {
			t.Fatal("a failed self merge changed the tally")
		}
	})
	t.Run("Evaluate sums", func(t *testing.T) {
		tl := tallyWith(t, group("C1", math.MaxInt64/2+1, 0), group("C2", math.MaxInt64/2+1, 0))
		_, err := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenPop}})
		wantProblem(t, err, indicators.CodeOverflow, "")
	})
	t.Run("Evaluate norm", func(t *testing.T) {
		tl := tallyWith(t, group("C1", 1, 100))
		_, err := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWNormReq},
			Norm: &indicators.StaffingNorm{Basis: indicators.NormPerPopulation, Level: workforce.LevelCommune, Workers: math.MaxInt64, Per: 1}})
		wantProblem(t, err, indicators.CodeOverflow, "/options/staffing_norm")
	})
}

// TestAggregateSubsetAboveTotal: aggregate figures with a part above its
// total once published a 110 % government share.
func TestAggregateSubsetAboveTotal(t *testing.T) {
	count := func(area workforce.AreaCode, m indicators.AggregateMeasure, v int64) indicators.AggregateCount {
		return indicators.AggregateCount{Area: area, Measure: m, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(v)}
	}
	base := func() indicators.AggregateFigures {
		return indicators.AggregateFigures{Country: "KH", AsOf: asOf, Areas: []workforce.AdminArea{
			{Code: "N", Name: "N", Level: workforce.LevelNational},
			{Code: "P1", Name: "P1", Level: workforce.LevelProvince, Parent: "N", Population: fig(1000, 400, "census")},
			{Code: "P2", Name: "P2", Level: workforce.LevelProvince, Parent: "N", Population: fig(1000, 400, "census")},
		}}
	}
	tests := []struct {
		name   string
		counts []indicators.AggregateCount
		path   string
	}{
		{"seen: government 110 of 100 workers", []indicators.AggregateCount{count("N", indicators.MeasureWorkers, 100), count("N", indicators.MeasureGovernment, 110)}, "/counts/1/value"},
		{"licensed qualified above qualified", []indicators.AggregateCount{count("P1", indicators.MeasureQualified, 5), count("P1", indicators.MeasureLicensedQualified, 6)}, "/counts/1/value"},
		{"CPD-compliant above licensed", []indicators.AggregateCount{count("P1", indicators.MeasureLicensed, 5), count("P1", indicators.MeasureCPDCompliant, 7)}, "/counts/1/value"},
		{"supervisors above workers", []indicators.AggregateCount{count("P2", indicators.MeasureSupervisors, 9), count("P2", indicators.MeasureWorkers, 8)}, "/counts/0/value"},
		{"a total summed from the children", []indicators.AggregateCount{count("P1", indicators.MeasureWorkers, 10), count("P2", indicators.MeasureWorkers, 10), count("N", indicators.MeasureFemale, 21)}, "/counts/2/value"},
		{"vacant above funded", []indicators.AggregateCount{{Area: "N", Measure: indicators.MeasureFundedPosts, Scope: indicators.ScopePositions, Value: workforce.DecimalFromInt(4)},
			{Area: "N", Measure: indicators.MeasureVacantPosts, Scope: indicators.ScopePositions, Value: workforce.DecimalFromInt(5)}}, "/counts/1/value"},
		{"cadres above workers", []indicators.AggregateCount{count("N", indicators.MeasureWorkers, 10),
			{Area: "N", Measure: indicators.MeasureInCadre, Cadre: workforce.CadreProfessional, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(6)},
			{Area: "N", Measure: indicators.MeasureInCadre, Cadre: workforce.CadreParaProfessional, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(5)},
			{Area: "N", Measure: indicators.MeasureInCadre, Cadre: workforce.CadreAllied, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(0)},
			{Area: "N", Measure: indicators.MeasureInCadre, Cadre: workforce.CadreCommunity, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(0)},
			{Area: "N", Measure: indicators.MeasureInCadre, Cadre: workforce.CadreSupervisor, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(0)},
			{Area: "N", Measure: indicators.MeasureInCadre, Cadre: workforce.CadreEducator, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(0)},
		}, "/counts/1/value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := base()
			f.Counts = tc.counts
			_, err := indicators.EvaluateAggregates(f, indicators.Options{})
			wantProblem(t, err, indicators.CodeInconsistent, tc.path)
		})
	}
	f := base()
	f.Counts = []indicators.AggregateCount{count("N", indicators.MeasureWorkers, 100), count("N", indicators.MeasureGovernment, 100)}
	if _, err := indicators.EvaluateAggregates(f, indicators.Options{}); err != nil {
		t.Fatalf("a part equal to its total refused: %v", err)
	}
}

// Areas in time.

// timeRegistry: province P with district D1 abolished on 2024-03-31 and
// its successor D2 from 2024-04-01, district D3 created after the as-of
// date, and commune C1 whose district D1 is gone (it now hangs from P).
func timeRegistry() workforce.Registry {
	reg := workforce.Registry{Country: "KH", AsOf: asOf,
		Areas: []workforce.AdminArea{
			{Code: "P", Name: "P", Level: workforce.LevelProvince},
			{Code: "D1", Name: "D1", Level: workforce.LevelDistrict, Parent: "P", ValidTo: d("2024-03-31"), Population: fig(1000, 400, "census")},
			{Code: "D2", Name: "D2", Level: workforce.LevelDistrict, Parent: "P", ValidFrom: d("2024-04-01"), Population: fig(1200, 500, "census")},
			{Code: "D3", Name: "D3", Level: workforce.LevelDistrict, Parent: "P", ValidFrom: d("2024-09-01"), Population: fig(700, 300, "census")},
			{Code: "C1", Name: "C1", Level: workforce.LevelCommune, Parent: "D1", Population: fig(300, 100, "census")},
		},
		Employers: []workforce.Employer{{ID: "G", Name: "G", Sector: workforce.SectorGovernment}},
		Posts: []workforce.Post{
			{ID: "p2", Area: "D2", Level: workforce.LevelDistrict, Cadre: workforce.CadreProfessional, EmployerID: "G", Status: workforce.PostFilled, FTE: workforce.FullTime()},
			{ID: "p3", Area: "C1", Level: workforce.LevelCommune, Cadre: workforce.CadreProfessional, EmployerID: "G", Status: workforce.PostFilled, FTE: workforce.FullTime()},
		},
	}
	for i := range 12 {
		post := workforce.ID("p2")
		if i%3 == 0 {
			post = "p3"
		}
		reg.Workers = append(reg.Workers, workforce.Worker{ID: workforce.ID(fmt.Sprintf("w%d", i)), Sex: workforce.SexFemale,
			Cadre: workforce.CadreProfessional, Employments: []workforce.Employment{emp(post, "2020-01-01", "", "1", "")}})
	}
	return reg
}

func TestAreasInTime(t *testing.T) {
	reg := timeRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenPop}})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Validate(); err != nil {
		t.Fatal(err)
	}
	rows := map[workforce.AreaCode]indicators.IndicatorResult{}
	for _, r := range rep.Results {
		rows[r.Cell.Area] = r
	}
	for _, gone := range []workforce.AreaCode{"D1", "D3"} {
		if _, ok := rows[gone]; ok {
			t.Errorf("area %s, not valid on %s, has a result row", gone, asOf)
		}
		for _, a := range rep.Areas {
			if a.Code == gone {
				t.Errorf("area %s is listed in the report", gone)
			}
		}
	}
	// Seen: D1's population was added to P's derived figure beside its
	// successor D2's. P's figure is D2 + C1 (C1 hangs from P now).
	p := rows["P"]
	if p.Population == nil || p.Population.Value != 1200+300 || !p.Population.Derived {
		t.Fatalf("P's population = %+v, want 1500 derived from D2 and C1", p.Population)
	}
	if got := p.Numerator.String(); got != "12" {
		t.Errorf("P counts %s workers, want 12", got)
	}
	if got := rows["C1"].Numerator.String(); got != "4" {
		t.Errorf("C1 counts %s workers, want 4", got)
	}
	for _, a := range rep.Areas {
		if a.Code == "C1" && a.Parent != "P" {
			t.Errorf("C1 hangs from %q, want P (its district D1 is abolished)", a.Parent)
		}
	}
	noted := false
	for _, n := range rep.Notes {
		if n == "area C1 is valid on 2024-06-30 but its parent is not: it is counted under P" {
			noted = true
		}
	}
	if !noted {
		t.Errorf("no note says C1 moved under P: %q", rep.Notes)
	}
}

// TestCountsAtAnAbolishedArea: counts that reach an area not valid on the
// as-of date (through AddGroup or AddPost) are in no result, roll up into
// no parent, and a note says so.
func TestCountsAtAnAbolishedArea(t *testing.T) {
	reg := timeRegistry()
	reg.Workers = nil
	c, err := indicators.NewCounter(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	tl := c.Tally()
	for _, g := range []indicators.TallyGroup{group("D1", 7, 700), group("D2", 3, 300)} {
		if err := tl.AddGroup(g); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenPop}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Results {
		if r.Cell == (indicators.ResultCell{Area: "P", Level: workforce.LevelProvince}) && r.Numerator.String() != "3" {
			t.Errorf("P counts %s workers, want 3 (D1's 7 are at an abolished area)", r.Numerator)
		}
	}
	want := "counts at areas not valid on 2024-06-30 (D1) are in no result: 7 active workers, 0 posts"
	found := false
	for _, n := range rep.Notes {
		found = found || n == want
	}
	if !found {
		t.Errorf("notes %q lack %q", rep.Notes, want)
	}
}

func TestAggregateAbolishedArea(t *testing.T) {
	f := indicators.AggregateFigures{Country: "KH", AsOf: asOf, Areas: timeRegistry().Areas,
		Counts:  []indicators.AggregateCount{{Area: "D1", Measure: indicators.MeasureWorkers, Scope: indicators.ScopeHeadCount, Value: workforce.DecimalFromInt(5)}},
		Drivers: []indicators.NormDriverFigure{{Area: "D3", Value: 10}}}
	err := f.Validate()
	wantProblem(t, err, indicators.CodeAreaNotValid, "/counts/0/area")
	wantProblem(t, err, indicators.CodeAreaNotValid, "/drivers/0/area")
}

// TestPropertyAbolishingAnAreaTouchesOnlyItsAncestors: abolishing a
// commune (valid_to before the as-of date) never changes a figure of an
// area that is neither the commune nor above it, and leaves the commune
// without results. (The commune's posts and their workers are left out of
// both registries compared: a worker in a post of an abolished area is
// the Counter's located problem.)
func TestPropertyAbolishingAnAreaTouchesOnlyItsAncestors(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		var communes []workforce.AreaCode
		parent := map[workforce.AreaCode]workforce.AreaCode{}
		for _, a := range reg.Areas {
			parent[a.Code] = a.Parent
			if a.Level == workforce.LevelCommune {
				communes = append(communes, a.Code)
			}
		}
		gone := rapid.SampledFrom(communes).Draw(t, "abolished")
		touched := map[workforce.AreaCode]bool{}
		for a := gone; a != ""; a = parent[a] {
			touched[a] = true
		}
		opts := indicators.Options{Indicators: sampleIDs, Norm: propNorm, CrossLevels: []workforce.AdminLevel{workforce.LevelProvince}}
		// The commune's posts, and the workers holding them, are left out
		// of both registries: the one difference is that the commune is
		// abolished in the second.
		kept := reg
		kept.Posts = nil
		dropped := map[workforce.ID]bool{}
		for _, p := range reg.Posts {
			if p.Area == gone {
				dropped[p.ID] = true
				continue
			}
			kept.Posts = append(kept.Posts, p)
		}
		if len(kept.Posts) == 0 {
			return
		}
		kept.Workers = nil
		for _, w := range reg.Workers {
			if !slicesContainsFunc(w.Employments, func(e workforce.Employment) bool { return dropped[e.PostID] }) {
				kept.Workers = append(kept.Workers, w)
			}
		}
		before := evaluate(t, kept, propRules, opts)
		after := kept
		after.Areas = append([]workforce.AdminArea(nil), kept.Areas...)
		for i := range after.Areas {
			if after.Areas[i].Code == gone {
				after.Areas[i].ValidTo = asOf.AddDays(-1)
			}
		}
		got := evaluate(t, after, propRules, opts)
		key := func(r indicators.IndicatorResult) string { return string(r.Indicator) + fmt.Sprintf("%+v", r.Cell) }
		want := map[string]indicators.IndicatorResult{}
		for _, r := range before.Results {
			if !touched[r.Cell.Area] {
				want[key(r)] = r
			}
		}
		n := 0
		for _, r := range got.Results {
			if r.Cell.Area == gone {
				t.Fatalf("the abolished area %s has a result: %+v", gone, r)
			}
			if touched[r.Cell.Area] {
				continue
			}
			n++
			if diff := jsonDiff(want[key(r)], r); diff != "" {
				t.Fatalf("abolishing %s changed %s:\n%s", gone, key(r), diff)
			}
		}
		if n != len(want) {
			t.Fatalf("%d untouched results after, %d before", n, len(want))
		}
	})
}

func slicesContainsFunc[T any](s []T, f func(T) bool) bool {
	for _, x := range s {
		if f(x) {
			return true
		}
	}
	return false
}

// TestReportDisclosureRelations: each case publishes counts that the
// per-relation control of old let an attacker difference into a withheld
// count; the attacker of internal/sdcaudit now recovers nothing.
func TestReportDisclosureRelations(t *testing.T) {
	type g = indicators.TallyGroup
	grp := func(sex workforce.Sex, cadre workforce.Cadre, sector workforce.Sector, n int64) g {
		return g{Observation: indicators.ObservedActive, Area: "N", Sex: sex, Cadre: cadre, Sector: sector, Workers: n, FTEHundredths: 100 * n}
	}
	F, M, NS := workforce.SexFemale, workforce.SexMale, workforce.SexNotStated
	P, E, S := workforce.CadreProfessional, workforce.CadreEducator, workforce.CadreSupervisor
	G, NGO := workforce.SectorGovernment, workforce.SectorNGO
	tests := []struct {
		name   string
		groups []g
		ids    []indicators.IndicatorID
		// suppressed lists cells whose result of the first indicator must
		// be withheld.
		suppressed []indicators.ResultCell
	}{
		{
			// Seen in the quickstart: SSW-SHARE-GOV by sex published the
			// government total and every sex but one; the share of the
			// workers of unstated sex withheld its numerator (37 of 41),
			// and 3268 − 1772 − 1459 − 0 gave it back: 4 non-government.
			name: "a measure inside a breakdown cell against the measure's total",
			groups: []g{grp(F, P, G, 40), grp(F, P, NGO, 30), grp(M, P, G, 35), grp(M, P, NGO, 25),
				grp(NS, P, G, 37), grp(NS, P, NGO, 4)},
			ids:        []indicators.IndicatorID{indicators.SSWShareGov},
			suppressed: []indicators.ResultCell{{Area: "N", Level: workforce.LevelNational, Sex: NS}},
		},
		{
			name:       "a share's complement",
			groups:     []g{grp(F, P, G, 40), grp(M, P, G, 3)},
			ids:        []indicators.IndicatorID{indicators.SSWShareFemale},
			suppressed: []indicators.ResultCell{{Area: "N", Level: workforce.LevelNational}},
		},
		{
			name: "workers = front-line + supervisors + educators",
			groups: []g{grp(F, P, G, 40), grp(F, S, G, 12), grp(F, E, G, 3),
				grp(M, P, NGO, 20), grp(M, S, NGO, 15)},
			ids:        []indicators.IndicatorID{indicators.SSWDenPop, indicators.SupRatio},
			suppressed: []indicators.ResultCell{{Area: "N", Level: workforce.LevelNational, Cadre: E}},
		},
		{
			name:   "counts and subsets across breakdowns",
			groups: []g{grp(F, P, G, 40), grp(F, E, NGO, 2), grp(M, P, G, 30), grp(M, E, G, 25), grp(NS, P, NGO, 11)},
			ids:    []indicators.IndicatorID{indicators.SSWShareGov, indicators.SSWShareFemale, indicators.SSWShareCadre, indicators.SSWDenPop},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reg := workforce.Registry{Country: "KH", AsOf: asOf,
				Areas:     []workforce.AdminArea{{Code: "N", Name: "N", Level: workforce.LevelNational, Population: fig(100000, 40000, "census")}},
				Employers: []workforce.Employer{{ID: "G", Name: "G", Sector: G}}}
			c, err := indicators.NewCounter(&reg, asOf, indicators.RecordRules{})
			if err != nil {
				t.Fatal(err)
			}
			tl := c.Tally()
			for _, x := range tc.groups {
				if err := tl.AddGroup(x); err != nil {
					t.Fatal(err)
				}
			}
			p := indicators.DefaultDisclosure()
			rep, err := tl.Evaluate(indicators.Options{Indicators: tc.ids, Disclosure: &p})
			if err != nil {
				t.Fatal(err)
			}
			if err := rep.Validate(); err != nil {
				t.Fatal(err)
			}
			for _, cell := range tc.suppressed {
				if r, ok := rep.Result(tc.ids[0], cell); !ok || r.Status != indicators.StatusSuppressed {
					t.Errorf("%s %+v: status %s, want suppressed", tc.ids[0], cell, r.Status)
				}
			}
			groups, _ := tl.Groups()
			if leaks := sdcaudit.Audit(rep, groups); len(leaks) > 0 {
				t.Fatalf("recovered: %v", leaks[0])
			}
		})
	}
}
