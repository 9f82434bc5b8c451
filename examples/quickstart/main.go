// Command quickstart builds a small sample registry, validates it and
// prints a summary. It is the README's first command:
//
//	go run ./examples/quickstart
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/sswkit/ssw/workforce"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func sampleRegistry() workforce.Registry {
	d := workforce.MustParseDate
	pop := func(total, children int64) []workforce.PopulationFigure {
		return []workforce.PopulationFigure{{Date: d("2019-03-03"), Total: total, Children: children,
			Source: "Synthetic", Vintage: "synthetic 2019 census"}}
	}
	return workforce.Registry{
		Country: "KH", AsOf: d("2025-06-30"), Source: "SYNTHETIC sample for the quickstart; not real data",
		Areas: []workforce.AdminArea{
			{Code: "KH", Name: "Cambodia (synthetic)", Level: workforce.LevelNational, Population: pop(15552211, 5520000)},
			{Code: "KH-12", Name: "Province A", Level: workforce.LevelProvince, Parent: "KH", Population: pop(2281951, 700000)},
			{Code: "KH-1201", Name: "District A1", Level: workforce.LevelDistrict, Parent: "KH-12"},
			{Code: "KH-120101", Name: "Commune A1a", Level: workforce.LevelCommune, Parent: "KH-1201", Population: pop(25000, 8200)},
		},
		Employers: []workforce.Employer{{ID: "MOSVY", Name: "Ministry of Social Affairs (synthetic)", Sector: workforce.SectorGovernment}},
		Posts: []workforce.Post{
			{ID: "P-1", Cadre: workforce.CadreProfessional, Level: workforce.LevelCommune, Area: "KH-120101", EmployerID: "MOSVY", Status: workforce.PostFilled, FTE: workforce.FullTime()},
			{ID: "P-2", Cadre: workforce.CadreParaProfessional, Level: workforce.LevelCommune, Area: "KH-120101", EmployerID: "MOSVY", Status: workforce.PostFundedVacant, FTE: workforce.FullTime()},
		},
		Workers: []workforce.Worker{{
			ID: "W-1", Sex: workforce.SexFemale, BirthYear: 1990, Cadre: workforce.CadreProfessional,
			Qualifications: []workforce.Qualification{{Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork, Country: "KH", Completed: d("2012-07-01")}},
			Employments:    []workforce.Employment{{PostID: "P-1", Start: d("2016-01-04"), FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent}},
			CPD:            []workforce.CPDRecord{{Date: d("2025-02-14"), Hours: workforce.MustParseHours("12.50"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse}},
		}},
	}
}

func run(w io.Writer) error {
	reg := sampleRegistry()
	fmt.Fprintf(w, "ssw quickstart — SYNTHETIC data, not a real registry\n\n")
	fmt.Fprintf(w, "Registry %s as of %s: %d areas, %d employers, %d posts, %d workers\n",
		reg.Country, reg.AsOf, len(reg.Areas), len(reg.Employers), len(reg.Posts), len(reg.Workers))
	if err := reg.Validate(); err != nil {
		return fmt.Errorf("the sample registry is invalid: %w", err)
	}
	fmt.Fprintln(w, "Validation: no problems")

	// A broken copy shows what validation explains.
	bad := sampleRegistry()
	bad.Workers[0].Employments[0].PostID = "P-404"
	bad.Areas[3].Population[0].Children = 30000
	err := bad.Validate()
	var ps workforce.Problems
	if !errors.As(err, &ps) {
		return fmt.Errorf("expected problems from the broken copy, got %v", err)
	}
	fmt.Fprintf(w, "\nA broken copy has %d problems:\n", len(ps))
	for _, p := range ps {
		fmt.Fprintf(w, "  %-14s %s\n", p.Code, p)
	}
	return nil
}
