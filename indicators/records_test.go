package indicators_test

import (
	"testing"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

var (
	d     = workforce.MustParseDate
	asOf  = d("2024-06-30")
	start = d("2023-06-30")
)

func fig(total, children int64, vintage string) []workforce.PopulationFigure {
	return []workforce.PopulationFigure{{Date: d("2019-03-03"), Total: total, Children: children, Source: "NIS", Vintage: vintage}}
}

func emp(post workforce.ID, from, to string, fte string, exit workforce.ExitReason) workforce.Employment {
	e := workforce.Employment{PostID: post, Start: d(from), FTE: workforce.MustParseFTE(fte), Type: workforce.EmploymentPermanent, ExitReason: exit}
	if to != "" {
		e.End = d(to)
	}
	return e
}

// handRegistry is small enough to count by hand; the expected values in
// TestRecordPath are computed in the reasons there. On 2024-06-30, w1,
// w2, w3, w4 and w7 are active (5); on 2023-06-30, w1 to w6 (6); w5 left
// the workforce, w6 transferred.
//
//	N (national, 100,000 / 40,000, "census A")
//	├── P1 (province, no figure: derived from C1 + C2, mixed vintages)
//	│   ├── C1 (commune, 30,000 / 12,000, "census A")
//	│   └── C2 (commune, 20,000 / 9,000, "survey B")
//	└── P2 (province, 50,000 / 20,000, "census A")
func handRegistry() workforce.Registry {
	post := func(id workforce.ID, area workforce.AreaCode, level workforce.AdminLevel, cadre workforce.Cadre, emp workforce.ID, st workforce.PostStatus, fte string) workforce.Post {
		return workforce.Post{ID: id, Area: area, Level: level, Cadre: cadre, EmployerID: emp, Status: st, FTE: workforce.MustParseFTE(fte)}
	}
	licence := func(scheme workforce.ID, expires string) []workforce.Credential {
		return []workforce.Credential{{SchemeID: scheme, Issued: d("2020-01-01"), Expires: d(expires), Status: workforce.CredentialActive}}
	}
	return workforce.Registry{
		Country: "KH", AsOf: asOf,
		Areas: []workforce.AdminArea{
			{Code: "C2", Name: "C2", Level: workforce.LevelCommune, Parent: "P1", Population: fig(20000, 9000, "survey B")},
			{Code: "N", Name: "Nation", Level: workforce.LevelNational, Population: fig(100000, 40000, "census A")},
			{Code: "P1", Name: "P1", Level: workforce.LevelProvince, Parent: "N"},
			{Code: "C1", Name: "C1", Level: workforce.LevelCommune, Parent: "P1", Population: fig(30000, 12000, "census A")},
			{Code: "P2", Name: "P2", Level: workforce.LevelProvince, Parent: "N", Population: fig(50000, 20000, "census A")},
		},
		Employers: []workforce.Employer{{ID: "G", Name: "Ministry", Sector: workforce.SectorGovernment}, {ID: "NGO", Name: "NGO", Sector: workforce.SectorNGO}},
		Posts: []workforce.Post{
			post("p1", "C1", workforce.LevelCommune, workforce.CadreProfessional, "G", workforce.PostFilled, "1"),
			post("p2", "C1", workforce.LevelCommune, workforce.CadreParaProfessional, "NGO", workforce.PostFilled, "0.5"),
			post("p3", "C2", workforce.LevelCommune, workforce.CadreProfessional, "G", workforce.PostFilled, "1"),
			post("p4", "P1", workforce.LevelProvince, workforce.CadreSupervisor, "G", workforce.PostFilled, "1"),
			post("p5", "P2", workforce.LevelProvince, workforce.CadreProfessional, "G", workforce.PostFundedVacant, "1"),
			post("p6", "P2", workforce.LevelProvince, workforce.CadreProfessional, "G", workforce.PostFrozen, "1"),
			post("p7", "C2", workforce.LevelCommune, workforce.CadreCommunity, "NGO", workforce.PostFilled, "0.5"),
		},
		Workers: []workforce.Worker{
			{ // female, 40 (29 February birthday), BSW, licensed under S1, 20 h of CPD in the window
				ID: "w1", Sex: workforce.SexFemale, BirthDate: d("1984-02-29"), Cadre: workforce.CadreProfessional,
				Qualifications: []workforce.Qualification{{Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork, Completed: d("2010-06-30")}},
				Credentials:    licence("S1", "2025-12-31"),
				CPD: []workforce.CPDRecord{
					{Date: d("2023-07-01"), Hours: workforce.MustParseHours("12.5"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse},
					{Date: d("2024-06-30"), Hours: workforce.MustParseHours("7.5"), Category: workforce.CPDStructured, Activity: workforce.ActivityWorkshop},
					{Date: d("2023-06-30"), Hours: workforce.MustParseHours("40"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse}, // outside the window
				},
				Employments: []workforce.Employment{emp("p1", "2015-01-01", "", "1", "")},
			},
			{ // male, 33 (born 1990: taken as 1 July), short-cycle social work diploma, two half-time posts (tie: p2 is main)
				ID: "w2", Sex: workforce.SexMale, BirthYear: 1990, Cadre: workforce.CadreParaProfessional,
				Qualifications: []workforce.Qualification{{Level: workforce.EducationShortCycle, Field: workforce.FieldSocialWork}},
				Employments:    []workforce.Employment{emp("p7", "2020-01-01", "", "0.5", ""), emp("p2", "2020-01-01", "", "0.5", "")},
			},
			{ // female, age unknown, master's completed after the as-of date, licence expired
				ID: "w3", Sex: workforce.SexFemale, Cadre: workforce.CadreProfessional,
				Qualifications: []workforce.Qualification{{Level: workforce.EducationMaster, Field: workforce.FieldSocialWork, Completed: d("2025-01-01")}},
				Credentials:    licence("S1", "2024-01-01"),
				Employments:    []workforce.Employment{emp("p3", "2019-01-01", "", "1", "")},
			},
			{ // sex not stated, 53 on 2024-06-30 (birthday the next day), supervisor at province level
				ID: "w4", Sex: workforce.SexNotStated, BirthDate: d("1970-07-01"), Cadre: workforce.CadreSupervisor,
				Employments: []workforce.Employment{emp("p4", "2010-01-01", "", "1", "")},
			},
			{ // leaver: resigned 2023-12-31 from P2
				ID: "w5", Sex: workforce.SexFemale, Cadre: workforce.CadreProfessional,
				Employments: []workforce.Employment{emp("p5", "2018-01-01", "2023-12-31", "1", workforce.ExitResignation)},
			},
			{ // transferred out 2023-09-30: not a leaver of the workforce
				ID: "w6", Sex: workforce.SexMale, Cadre: workforce.CadreProfessional,
				Employments: []workforce.Employment{emp("p6", "2018-01-01", "2023-09-30", "1", workforce.ExitTransfer)},
			},
			{ // ended on the as-of date itself: still in the stock
				ID: "w7", Sex: workforce.SexMale, Cadre: workforce.CadreAllied,
				Employments: []workforce.Employment{emp("p3", "2024-06-30", "2024-06-30", "0.01", workforce.ExitEndOfContract)},
			},
		},
	}
}

func TestRecordPath(t *testing.T) {
	baseRules := indicators.RecordRules{PeriodStart: start, CPD: &indicators.CPDComplianceRule{MinHours: workforce.MustParseHours("20"), WindowMonths: 12}}
	norm := &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2}
	type want struct {
		id     indicators.IndicatorID
		cell   indicators.ResultCell
		value  string
		status indicators.ResultStatus
		reason string
	}
	nat := indicators.ResultCell{Area: "N", Level: workforce.LevelNational}
	p1 := indicators.ResultCell{Area: "P1", Level: workforce.LevelProvince}
	c2 := indicators.ResultCell{Area: "C2", Level: workforce.LevelCommune}
	p2 := indicators.ResultCell{Area: "P2", Level: workforce.LevelProvince}
	tests := []struct {
		name  string
		rules indicators.RecordRules
		opts  indicators.Options
		want  []want
	}{
		{
			name: "head-count", rules: baseRules, opts: indicators.Options{Norm: norm},
			want: []want{
				{indicators.SSWDenPop, nat, "5", indicators.StatusUnreliable, "w1, w2, w3, w4, w7 active: 5 × 100,000 ÷ 100,000"},
				{indicators.SSWDenPop, p1, "10", indicators.StatusUnreliable, "5 ÷ 50,000 (C1 + C2, derived) × 100,000"},
				{indicators.SSWDenPop, c2, "10", indicators.StatusUnreliable, "w3 and w7 at C2: 2 ÷ 20,000 × 100,000 (w2's main post is p2 in C1)"},
				{indicators.SSWDenChild, nat, "12.5", indicators.StatusUnreliable, "5 × 100,000 ÷ 40,000"},
				{indicators.SSWPopPerWorker, nat, "20000", indicators.StatusUnreliable, "100,000 ÷ 5"},
				{indicators.SSWShareFemale, nat, "40", indicators.StatusUnreliable, "w1, w3 of 5"},
				{indicators.SSWShareGov, nat, "80", indicators.StatusUnreliable, "w1, w3, w4, w7 of 5 (w2's main employer is the NGO)"},
				{indicators.SSWQualSW, nat, "20", indicators.StatusUnreliable, "w1 only: w2's diploma is below bachelor, w3's master's is completed after the as-of date"},
				{indicators.SWLicShare, nat, "100", indicators.StatusUnreliable, "w1 licensed of qualified w1"},
				{indicators.CPDCompl, nat, "100", indicators.StatusUnreliable, "w1 has 12.5 + 7.5 = 20 h in (2023-06-30, 2024-06-30]; w3's licence expired"},
				{indicators.SupRatio, nat, "4", indicators.StatusUnreliable, "front-line w1, w2, w3, w7 per supervisor w4"},
				{indicators.SSWAgeMedian, nat, "40", indicators.StatusUnreliable, "ages 40 (w1), 33 (w2), 53 (w4)"},
				{indicators.RetAttrition, nat, "18.181818", indicators.StatusUnreliable, "1 leaver (w5) × 100 ÷ ((6 + 5) ÷ 2): at the start w1-w6"},
				{indicators.RetAttrition, p2, "100", indicators.StatusUnreliable, "w5 left from P2; w5 and w6 were there at the start: 1 × 100 ÷ ((2 + 0) ÷ 2)"},
				{indicators.SSWGrowth, nat, "-16.666667", indicators.StatusUnreliable, "(5 − 6) × 100 ÷ 6, cut toward negative infinity"},
				{indicators.SSWPerUnit, nat, "2.5", indicators.StatusUnreliable, "5 workers ÷ 2 communes: an average"},
				{indicators.SSWUnitCoverage, nat, "100", indicators.StatusOK, "C1 (w1, w2) and C2 (w3, w7) have 2 each"},
				{indicators.SSWNormGap, p1, "0", indicators.StatusOK, ""},
				{indicators.SSWPostVac, nat, "16.666666", indicators.StatusOK, "p5 vacant of 6 funded (p6 frozen)"},
				{indicators.SSWPostVac, p2, "100", indicators.StatusOK, ""},
				{indicators.SSWPostFill, nat, "83.333333", indicators.StatusOK, ""},
				{indicators.SSWShareCadre, indicators.ResultCell{Area: "N", Level: workforce.LevelNational, Cadre: workforce.CadreProfessional}, "40", indicators.StatusUnreliable, "w1, w3 professional of 5 (w7 is allied)"},
				{indicators.SSWDenPop, indicators.ResultCell{Area: "N", Level: workforce.LevelNational, Sex: workforce.SexMale}, "2", indicators.StatusUnreliable, "w2, w7"},
				{indicators.SSWDenPop, indicators.ResultCell{Area: "N", Level: workforce.LevelNational, AgeBand: indicators.AgeUnknown}, "2", indicators.StatusUnreliable, "w3, w7"},
				{indicators.SSWDenPop, indicators.ResultCell{Area: "N", Level: workforce.LevelNational, Qualification: indicators.Qualified}, "1", indicators.StatusUnreliable, "w1"},
				{indicators.SSWDenPop, indicators.ResultCell{Area: "N", Level: workforce.LevelNational, Sector: workforce.SectorNGO}, "1", indicators.StatusUnreliable, "w2"},
				{indicators.SSWShareGov, indicators.ResultCell{Area: "N", Level: workforce.LevelNational, Sex: workforce.SexOther}, "", indicators.StatusUndefined, "nobody: 0 ÷ 0"},
			},
		},
		{
			name:  "qualification from short-cycle tertiary",
			rules: indicators.RecordRules{QualificationMinLevel: workforce.EducationShortCycle},
			want:  []want{{indicators.SSWQualSW, nat, "40", indicators.StatusUnreliable, "w1 and w2 of 5"}},
		},
		{
			name:  "licence restricted to another scheme",
			rules: indicators.RecordRules{LicenceSchemes: []workforce.ID{"S2"}, CPD: &indicators.CPDComplianceRule{MinHours: workforce.MustParseHours("1"), WindowMonths: 12}},
			want: []want{
				{indicators.SWLicShare, nat, "0", indicators.StatusUnreliable, "w1's S1 licence does not count"},
				{indicators.CPDCompl, nat, "", indicators.StatusUndefined, "no licensed worker: 0 ÷ 0"},
			},
		},
		{
			name: "CPD credits required too", rules: indicators.RecordRules{CPD: &indicators.CPDComplianceRule{MinHours: workforce.MustParseHours("1"), MinCredits: workforce.MustParseCredits("1"), WindowMonths: 12}},
			want: []want{{indicators.CPDCompl, nat, "0", indicators.StatusUnreliable, "w1 has hours but no credits"}},
		},
		{
			name: "FTE scope", rules: baseRules, opts: indicators.Options{Scope: indicators.ScopeFTE, Norm: norm},
			want: []want{
				{indicators.SSWDenPop, nat, "4.01", indicators.StatusUnreliable, "1 + 0.5 + 0.5 + 1 + 1 + 0.01 = 4.01 FTE"},
				{indicators.SSWDenPop, c2, "7.55", indicators.StatusUnreliable, "w3 1.00 + w2's p7 0.50 + w7 0.01 = 1.51 FTE ÷ 20,000 × 100,000"},
				{indicators.SSWUnitCoverage, nat, "0", indicators.StatusOK, "C1 has 1.5 FTE, C2 1.51 FTE: neither reaches 2"},
				{indicators.SSWNormGap, nat, "0.99", indicators.StatusOK, "(2 − 1.5) + (2 − 1.51)"},
				{indicators.SSWNormAttain, nat, "75.25", indicators.StatusOK, "(4 − 0.99) ÷ 4"},
			},
		},
		{
			name: "positions scope", rules: baseRules, opts: indicators.Options{Scope: indicators.ScopePositions, Norm: norm},
			want: []want{
				{indicators.SSWDenPop, nat, "6", indicators.StatusUnreliable, "6 funded posts"},
				{indicators.SSWDenPop, p2, "2", indicators.StatusUnreliable, "p5 (vacant, funded) ÷ 50,000"},
				{indicators.SSWShareFemale, nat, "40", indicators.StatusUnreliable, "not allowed in positions: computed in head-count"},
				{indicators.SSWUnitCoverage, nat, "100", indicators.StatusOK, "C1 has p1, p2; C2 has p3, p7: 2 funded posts each"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reg := handRegistry()
			tl, err := indicators.TallyRegistry(&reg, asOf, tc.rules)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := tl.Evaluate(tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if err := rep.Validate(); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				r, ok := rep.Result(w.id, w.cell)
				if !ok {
					t.Errorf("%s %+v: no result", w.id, w.cell)
					continue
				}
				if r.Value.String() != w.value || r.Status != w.status {
					t.Errorf("%s %+v = %q (%s), want %q (%s): %s", w.id, w.cell, r.Value, r.Status, w.value, w.status, w.reason)
				}
			}
		})
	}
}

func TestPopulationProvenance(t *testing.T) {
	reg := handRegistry()
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenChild}})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := rep.Result(indicators.SSWDenChild, indicators.ResultCell{Area: "P1", Level: workforce.LevelProvince})
	p := r.Population
	if p == nil || p.Value != 21000 || !p.Derived || !p.MixedVintages || p.Universe != indicators.UniverseChildren || len(r.Notes) == 0 {
		t.Fatalf("P1 population %+v, notes %v: want 12,000 + 9,000 derived from mixed vintages, with a note", p, r.Notes)
	}
	r, _ = rep.Result(indicators.SSWDenChild, indicators.ResultCell{Area: "N", Level: workforce.LevelNational})
	if p := r.Population; p == nil || p.Value != 40000 || p.Derived || p.Vintage != "census A" || p.Date != d("2019-03-03") {
		t.Fatalf("national population %+v: want its own figure", p)
	}
}

func TestAgeOnBirthdays(t *testing.T) {
	// The age is in completed years; born 29 February, one turns a year
	// older on 28 February in common years; a birth year alone means
	// 1 July of that year.
	tests := []struct {
		birth     string
		birthYear int
		on        string
		want      string
	}{
		{"2000-02-29", 0, "2025-02-27", "24"},
		{"2000-02-29", 0, "2025-02-28", "25"},
		{"2000-02-29", 0, "2024-02-29", "24"},
		{"", 1990, "2024-06-30", "33"},
		{"", 1990, "2024-07-01", "34"},
	}
	for _, tc := range tests {
		t.Run(tc.birth+tc.on, func(t *testing.T) {
			reg := handRegistry()
			reg.Workers = []workforce.Worker{{ID: "x", Sex: workforce.SexFemale, BirthYear: tc.birthYear, Cadre: workforce.CadreProfessional,
				Employments: []workforce.Employment{emp("p1", "2010-01-01", "", "1", "")}}}
			if tc.birth != "" {
				reg.Workers[0].BirthDate = d(tc.birth)
			}
			tl, err := indicators.TallyRegistry(&reg, d(tc.on), indicators.RecordRules{})
			if err != nil {
				t.Fatal(err)
			}
			rep, err := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWAgeMedian}})
			if err != nil {
				t.Fatal(err)
			}
			r, _ := rep.Result(indicators.SSWAgeMedian, indicators.ResultCell{Area: "N", Level: workforce.LevelNational})
			if r.Value.String() != tc.want {
				t.Fatalf("age = %s, want %s", r.Value, tc.want)
			}
		})
	}
}
