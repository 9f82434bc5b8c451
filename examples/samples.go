package examples

import "github.com/sswkit/ssw/workforce"

// The canonical samples below are small, valid, real-looking documents of
// each workforce document type. Each call returns a fresh value the
// caller may change. They are synthetic: the IDs, names and numbers are
// made up.

var date = workforce.MustParseDate

// SampleWorker returns a professional social worker with two
// qualifications, a licence, one employment and five CPD records.
func SampleWorker() workforce.Worker {
	return workforce.Worker{
		ID: "W-0000001", Sex: workforce.SexFemale, BirthDate: date("1988-05-17"), Cadre: workforce.CadreProfessional,
		Nationality: "PH",
		Qualifications: []workforce.Qualification{
			{Title: "Bachelor of Science in Social Work", Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork,
				Institution: "State university (" + SyntheticLabel + ")", Country: "PH", Accredited: true, Completed: date("2010-04-01")},
			{Title: "Master of Social Work", Level: workforce.EducationMaster, Field: workforce.FieldSocialWork,
				Institution: "State university (" + SyntheticLabel + ")", Country: "PH", Completed: date("2014-04-01")},
		},
		Credentials: []workforce.Credential{
			{SchemeID: "PH-RSW-PIC", Number: "0012345", Issued: date("2023-05-17"), Expires: date("2026-05-17"), Status: workforce.CredentialActive},
		},
		Employments: []workforce.Employment{
			{PostID: "P-0000001", Start: date("2015-01-05"), FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent},
		},
		CPD: []workforce.CPDRecord{
			{Date: date("2024-01-20"), Hours: workforce.MustParseHours("12.50"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse, Provider: "Accredited provider (" + SyntheticLabel + ")", Accredited: true},
			{Date: date("2024-03-05"), Hours: workforce.MustParseHours("3"), Category: workforce.CPDStructured, Activity: workforce.ActivityWorkshop, Topics: []workforce.CPDTopic{workforce.TopicEthics}},
			{Date: date("2024-06-11"), Credits: workforce.MustParseCredits("5"), Category: workforce.CPDUnstructured, Activity: workforce.ActivitySelfStudy},
			{Date: date("2024-09-30"), Hours: workforce.MustParseHours("2"), Category: workforce.CPDStructured, Activity: workforce.ActivitySupervisionReceived, Topics: []workforce.CPDTopic{workforce.TopicSupervision}},
			{Date: date("2025-02-14"), Hours: workforce.MustParseHours("8"), Category: workforce.CPDStructured, Activity: workforce.ActivityConference},
		},
	}
}

// SampleEmployer returns a government employer.
func SampleEmployer() workforce.Employer {
	return workforce.Employer{ID: "DSWD-4A", Name: "Regional social welfare office (" + SyntheticLabel + ")",
		Sector: workforce.SectorGovernment, Ministry: "Social Welfare and Development"}
}

// SamplePost returns a filled provincial post held by [SampleWorker].
func SamplePost() workforce.Post {
	return workforce.Post{ID: "P-0000001", Title: "Social Welfare Officer II", Cadre: workforce.CadreProfessional,
		Level: workforce.LevelProvince, Area: "PH-LAG", EmployerID: "DSWD-4A", Status: workforce.PostFilled, FTE: workforce.FullTime()}
}

// SampleAdminArea returns a province with a census figure and a projection.
func SampleAdminArea() workforce.AdminArea {
	return workforce.AdminArea{
		Code: "PH-LAG", Name: "Laguna (" + SyntheticLabel + " figures)", Level: workforce.LevelProvince, Parent: "PH",
		Setting: workforce.SettingMixed,
		Population: []workforce.PopulationFigure{
			{Date: date("2020-05-01"), Total: 3382193, Children: 1115000, Source: SyntheticLabel + " (shaped on the 2020 census)", Vintage: "synthetic census 2020"},
			{Date: date("2030-07-01"), Total: 3900000, Children: 1190000, Source: SyntheticLabel + " projection", Vintage: "synthetic projection 2030"},
		},
	}
}

// SampleRegistry returns a small valid registry: the nation, a province
// and a municipality, one employer, three posts (filled, vacant, frozen)
// and [SampleWorker].
func SampleRegistry() workforce.Registry {
	return workforce.Registry{
		Country: "PH", AsOf: date("2025-06-30"), Source: SyntheticLabel + " sample registry",
		Areas: []workforce.AdminArea{
			{Code: "PH", Name: "Philippines (" + SyntheticLabel + " figures)", Level: workforce.LevelNational,
				Population: []workforce.PopulationFigure{{Date: date("2020-05-01"), Total: 109035343, Children: 38000000, Source: SyntheticLabel + " (shaped on the 2020 census)", Vintage: "synthetic census 2020"}}},
			SampleAdminArea(),
			{Code: "PH-LAG-SPC", Name: "San Pablo City (" + SyntheticLabel + " figures)", Level: workforce.LevelDistrict, Parent: "PH-LAG", Setting: workforce.SettingUrban,
				Population: []workforce.PopulationFigure{{Date: date("2020-05-01"), Total: 285348, Children: 92000, Source: SyntheticLabel + " (shaped on the 2020 census)", Vintage: "synthetic census 2020"}}},
		},
		Employers: []workforce.Employer{SampleEmployer()},
		Posts: []workforce.Post{
			SamplePost(),
			{ID: "P-0000002", Title: "Social Welfare Assistant", Cadre: workforce.CadreParaProfessional, Level: workforce.LevelDistrict, Area: "PH-LAG-SPC", EmployerID: "DSWD-4A", Status: workforce.PostFundedVacant, FTE: workforce.FullTime()},
			{ID: "P-0000003", Cadre: workforce.CadreCommunity, Level: workforce.LevelDistrict, Area: "PH-LAG-SPC", EmployerID: "DSWD-4A", Status: workforce.PostFrozen, FTE: workforce.MustParseFTE("0.5")},
		},
		Workers: []workforce.Worker{SampleWorker()},
	}
}
