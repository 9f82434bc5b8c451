package indicators_test

import (
	"fmt"
	"time"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// This file builds a Cambodia-shaped synthetic registry for tests and
// benchmarks: 25 provinces, 200 districts and 1,652 communes (the 2022
// count: https://www.phnompenhpost.com/national/six-new-communes-and-50-new-seats-2022-elections),
// with 3,764 funded posts at every level (the MoSVY position count:
// 3,764 positions, 64.4 per 100,000 children). Everything is derived from
// a seed by a splitmix64 sequence: the same seed gives the same registry.
// It is SYNTHETIC data, not Cambodia's; the examples package will replace
// it with the shared generator.

type splitmix struct{ s uint64 }

func (r *splitmix) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *splitmix) intn(n int) int { return int(r.next() % uint64(n)) }

var (
	fixtureAsOf   = workforce.MustParseDate("2024-06-30")
	fixtureCensus = workforce.MustParseDate("2019-03-03")
	fixtureStart  = workforce.MustParseDate("2023-06-30")
)

type fixtureShape struct {
	provinces, districts, communes int
	posts                          int
	seed                           uint64
}

var cambodiaShape = fixtureShape{provinces: 25, districts: 200, communes: 1652, posts: 3764, seed: 2022}

// fixtureRegistry builds the synthetic registry. Posts: 15% at province
// level, 25% at district level, the rest at communes, unevenly (many
// communes have none). About 88% of funded posts are filled.
func fixtureRegistry(sh fixtureShape) workforce.Registry {
	r := &splitmix{s: sh.seed}
	reg := workforce.Registry{Country: "KH", AsOf: fixtureAsOf, Source: "synthetic Cambodia-shaped fixture"}
	pop := func(total int64) []workforce.PopulationFigure {
		return []workforce.PopulationFigure{{Date: fixtureCensus, Total: total, Children: total * 38 / 100,
			Source: "Synthetic statistics office", Vintage: "synthetic census, final"}}
	}
	reg.Areas = append(reg.Areas, workforce.AdminArea{Code: "KH", Name: "Cambodia (synthetic)", Level: workforce.LevelNational})
	var provinces, districts, communes []workforce.AreaCode
	for p := range sh.provinces {
		code := workforce.AreaCode(fmt.Sprintf("KH-%02d", p+1))
		provinces = append(provinces, code)
		reg.Areas = append(reg.Areas, workforce.AdminArea{Code: code, Name: "Province " + string(code), Level: workforce.LevelProvince, Parent: "KH"})
	}
	for d := range sh.districts {
		code := workforce.AreaCode(fmt.Sprintf("D%04d", d+1))
		districts = append(districts, code)
		reg.Areas = append(reg.Areas, workforce.AdminArea{Code: code, Name: "District " + string(code), Level: workforce.LevelDistrict,
			Parent: provinces[d*sh.provinces/sh.districts]})
	}
	for c := range sh.communes {
		code := workforce.AreaCode(fmt.Sprintf("C%06d", c+1))
		communes = append(communes, code)
		setting := workforce.SettingRural
		if r.intn(5) == 0 {
			setting = workforce.SettingUrban
		}
		reg.Areas = append(reg.Areas, workforce.AdminArea{Code: code, Name: "Commune " + string(code), Level: workforce.LevelCommune,
			Parent: districts[c*sh.districts/sh.communes], Setting: setting, Population: pop(int64(3000 + r.intn(15000)))})
	}
	sectors := []workforce.Sector{workforce.SectorGovernment, workforce.SectorGovernment, workforce.SectorGovernment,
		workforce.SectorNGO, workforce.SectorFaithBased, workforce.SectorCommunityBased}
	for i, s := range sectors {
		reg.Employers = append(reg.Employers, workforce.Employer{ID: workforce.ID(fmt.Sprintf("E%d", i+1)), Name: fmt.Sprintf("Employer %d (%s)", i+1, s), Sector: s})
	}
	cadres := workforce.CadreValues()
	for i := range sh.posts {
		var area workforce.AreaCode
		var level workforce.AdminLevel
		switch x := r.intn(100); {
		case x < 15:
			area, level = provinces[r.intn(len(provinces))], workforce.LevelProvince
		case x < 40:
			area, level = districts[r.intn(len(districts))], workforce.LevelDistrict
		default:
			// Skewed: low-numbered communes get more posts.
			c := r.intn(len(communes))
			c = c * r.intn(len(communes)) / len(communes)
			area, level = communes[c], workforce.LevelCommune
		}
		status := workforce.PostFilled
		switch x := r.intn(100); {
		case x < 11:
			status = workforce.PostFundedVacant
		case x < 13:
			status = workforce.PostFrozen
		}
		reg.Posts = append(reg.Posts, workforce.Post{ID: workforce.ID(fmt.Sprintf("P%05d", i+1)), Cadre: cadres[r.intn(len(cadres))],
			Level: level, Area: area, EmployerID: reg.Employers[r.intn(len(sectors))].ID, Status: status, FTE: workforce.FullTime()})
	}
	n := 0
	for i := range reg.Posts {
		p := &reg.Posts[i]
		if p.Status != workforce.PostFilled {
			continue
		}
		n++
		reg.Workers = append(reg.Workers, fixtureWorker(r, n, p))
	}
	// Leavers: workers whose employment ended during the period.
	for i := range len(reg.Posts) / 20 {
		p := &reg.Posts[r.intn(len(reg.Posts))]
		n++
		w := fixtureWorker(r, n, p)
		w.Employments[0].Start = workforce.MustParseDate("2018-01-01")
		w.Employments[0].End = fixtureStart.AddDays(1 + i%300)
		w.Employments[0].ExitReason = []workforce.ExitReason{workforce.ExitResignation, workforce.ExitRetirement, workforce.ExitTransfer}[i%3]
		reg.Workers = append(reg.Workers, w)
	}
	return reg
}

func fixtureWorker(r *splitmix, n int, p *workforce.Post) workforce.Worker {
	sexes := workforce.SexValues()
	w := workforce.Worker{
		ID: workforce.ID(fmt.Sprintf("W%06d", n)), Sex: sexes[min(r.intn(7), 3)%len(sexes)], Cadre: p.Cadre,
		Employments: []workforce.Employment{{PostID: p.ID, Start: workforce.MustParseDate("2015-01-01").AddDays(r.intn(3000)),
			FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent}},
	}
	if r.intn(10) == 0 {
		w.Sex = workforce.SexFemale
	}
	switch r.intn(4) {
	case 0:
		w.BirthDate = workforce.MustNewDate(1960+r.intn(40), time.Month(1+r.intn(12)), 1+r.intn(28))
	case 1, 2:
		w.BirthYear = 1960 + r.intn(42)
	}
	if r.intn(3) == 0 {
		w.Qualifications = append(w.Qualifications, workforce.Qualification{Level: workforce.EducationBachelor,
			Field: workforce.FieldSocialWork, Completed: workforce.MustParseDate("2012-06-30")})
	}
	if r.intn(4) == 0 {
		w.Credentials = append(w.Credentials, workforce.Credential{SchemeID: "KH-SW-REG", Issued: workforce.MustParseDate("2021-01-01"),
			Expires: workforce.MustParseDate("2026-01-01"), Status: workforce.CredentialActive})
		for k := range r.intn(4) {
			w.CPD = append(w.CPD, workforce.CPDRecord{Date: workforce.MustParseDate("2023-09-01").AddDays(30 * k),
				Hours: workforce.MustParseHours("7.5"), Category: workforce.CPDStructured, Activity: workforce.ActivityWorkshop})
		}
	}
	return w
}

// fixtureRules is the rule set the fixture is counted with.
func fixtureRules() indicators.RecordRules {
	return indicators.RecordRules{
		PeriodStart: fixtureStart,
		CPD:         &indicators.CPDComplianceRule{MinHours: workforce.MustParseHours("15"), WindowMonths: 12},
	}
}

// fixtureNorm is Cambodia's norm: at least 2 social workers or deputies
// per commune/sangkat (https://phnompenhpost.com/national/ministry-launches-plan-social-services).
func fixtureNorm() *indicators.StaffingNorm {
	return &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2}
}
