package fhir_test

import (
	"fmt"
	"strings"

	"github.com/sswkit/ssw/workforce"
)

// everyValue returns a valid registry in which every value of every
// enumeration the mapping writes appears at least once, with the corners
// of the mapping: a birth year alone, an area no longer in force, keys
// that are not FHIR ids, a 64-character ID and text with quotes and
// control characters.
func everyValue() workforce.Registry {
	asOf := workforce.MustParseDate("2025-06-30")
	long := workforce.ID("L" + strings.Repeat("x", 63))
	r := workforce.Registry{Country: "PH", AsOf: asOf, Source: "every value"}
	levels := workforce.AdminLevelValues()
	parent := workforce.AreaCode("")
	for i, l := range levels {
		code := workforce.AreaCode(fmt.Sprintf("PH_%d", i))
		if i == 0 {
			code = "PH"
		}
		a := workforce.AdminArea{Code: code, Name: fmt.Sprintf("Area \"%d\"\t\u00e9\U0001F600", i), Level: l, Parent: parent,
			Setting: workforce.SettingValues()[i%3], ValidFrom: workforce.MustParseDate("2000-01-01")}
		r.Areas = append(r.Areas, a)
		parent = code
	}
	r.Areas = append(r.Areas, workforce.AdminArea{Code: "PH-OLD", Name: "Abolished district", Level: workforce.LevelDistrict,
		Parent: "PH_2", ValidFrom: workforce.MustParseDate("1990-01-01"), ValidTo: workforce.MustParseDate("2019-12-31")})
	for i, s := range workforce.SectorValues() {
		e := workforce.Employer{ID: workforce.ID(fmt.Sprintf("org:%d", i)), Name: "Employer " + string(s), Sector: s}
		if i%2 == 0 {
			e.Ministry = "Department of Social Welfare and Development"
		}
		r.Employers = append(r.Employers, e)
	}
	r.Employers = append(r.Employers, workforce.Employer{ID: long, Name: "Long", Sector: workforce.SectorNGO})
	n := 0
	post := func(c workforce.Cadre, s workforce.PostStatus) workforce.ID {
		a := r.Areas[n%len(levels)]
		p := workforce.Post{ID: workforce.ID(fmt.Sprintf("post_%d", n)), Cadre: c, Level: a.Level, Area: a.Code,
			EmployerID: r.Employers[n%len(r.Employers)].ID, Status: s, FTE: workforce.MustParseFTE([]string{"1", "1.00", "0.5", "0.25"}[n%4])}
		if n%2 == 1 {
			p.Title = "Municipal social welfare officer"
		}
		r.Posts = append(r.Posts, p)
		n++
		return p.ID
	}
	for _, c := range workforce.CadreValues() {
		for _, s := range workforce.PostStatusValues() {
			post(c, s)
		}
	}
	w := 0
	worker := func() *workforce.Worker {
		r.Workers = append(r.Workers, workforce.Worker{ID: workforce.ID(fmt.Sprintf("W:%d", w)),
			Sex: workforce.SexValues()[w%4], Cadre: workforce.CadreValues()[w%6]})
		w++
		return &r.Workers[len(r.Workers)-1]
	}
	for i, l := range workforce.EducationLevelValues() {
		x := worker()
		x.BirthYear = 1970 + i
		x.Nationality = "PH"
		x.ISCO = "2635"
		x.Qualifications = []workforce.Qualification{{Level: l, Field: workforce.FieldOfStudyValues()[i], Title: "Degree " + string(l),
			Institution: "University", Country: "PH", Accredited: i%2 == 0, Completed: workforce.MustParseDate("2000-03-31")}}
	}
	for i, f := range workforce.FieldOfStudyValues() {
		x := worker()
		x.BirthDate = workforce.MustParseDate("1980-02-29").AddDays(i)
		x.BirthYear = x.BirthDate.Year()
		x.Qualifications = []workforce.Qualification{{Level: workforce.EducationBachelor, Field: f}}
	}
	for i, s := range workforce.CredentialStatusValues() {
		x := worker()
		c := workforce.Credential{SchemeID: "PH-RSW-PIC", Issued: workforce.MustParseDate("2020-01-15"), Status: s}
		if i%2 == 0 {
			c.Number, c.Expires = fmt.Sprintf("%07d", i), workforce.MustParseDate("2023-01-14")
		}
		x.Credentials = []workforce.Credential{c}
	}
	for i, t := range workforce.EmploymentTypeValues() {
		x := worker()
		x.Employments = []workforce.Employment{{PostID: r.Posts[i].ID, Start: workforce.MustParseDate("2018-01-01"), FTE: workforce.MustParseFTE("0.50"), Type: t}}
	}
	for i, e := range workforce.ExitReasonValues() {
		x := worker()
		x.Employments = []workforce.Employment{
			{PostID: r.Posts[i].ID, Start: workforce.MustParseDate("2010-01-01"), End: workforce.MustParseDate("2015-12-31"), FTE: workforce.MustParseFTE("1"), Type: workforce.EmploymentPermanent, ExitReason: e},
			{PostID: r.Posts[i+1].ID, Start: workforce.MustParseDate("2016-01-01"), FTE: workforce.MustParseFTE("0.75"), Type: workforce.EmploymentFixedTerm},
		}
	}
	x := worker()
	x.ID = long
	return r
}
