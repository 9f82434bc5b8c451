package workforce_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/sswkit/ssw/workforce"
)

func ExampleParseDate() {
	d, err := workforce.ParseDate("2024-02-29")
	fmt.Println(d, err)
	_, err = workforce.ParseDate("2023-02-29")
	fmt.Println(err)
	// Output:
	// 2024-02-29 <nil>
	// workforce: invalid CivilDate "2023-02-29": February 2023 has 28 days
}

func ExampleCivilDate_AddMonths() {
	expiry := workforce.MustParseDate("2025-05-31")
	// A renewal window that opens three months before expiry.
	fmt.Println(expiry.AddMonths(-3))
	fmt.Println(workforce.MustParseDate("2024-02-29").AddYears(1))
	// Output:
	// 2025-02-28
	// 2025-02-28
}

func ExampleDaysBetween() {
	sitting := workforce.MustParseDate("2025-01-10")
	fmt.Println(workforce.DaysBetween(sitting, sitting.AddDays(90)))
	fmt.Println(workforce.YearsBetween(workforce.MustParseDate("2000-02-29"), workforce.MustParseDate("2025-02-28")))
	// Output:
	// 90
	// 25
}

func ExampleParseHours() {
	h, _ := workforce.ParseHours("12.50")
	b, _ := json.Marshal(h)
	fmt.Println(string(b), h.Decimal())
	_, err := workforce.ParseHours("-3")
	fmt.Println(err)
	// Output:
	// "12.50" 12.5
	// workforce: invalid Hours "-3": must not be negative
}

func ExampleMoney() {
	salary := workforce.Money{Amount: workforce.MustParseAmount("1500000.00"), Currency: "KHR"}
	b, _ := json.Marshal(salary)
	fmt.Println(string(b))
	// Output:
	// {"amount":"1500000.00","currency":"KHR"}
}

func ExampleCadre_ISCO() {
	for _, c := range workforce.CadreValues() {
		fmt.Printf("%-27s %-5s %s\n", c, c.ISCO(), c.Title())
	}
	// Output:
	// professional_social_worker  2635  Professional social worker
	// para_professional           3412  Para-professional social service worker
	// allied_professional               Allied professional with social service functions
	// community_worker            3412  Community or volunteer social service worker
	// supervisor_manager          1344  Supervisor or manager
	// educator_researcher         2310  Educator or researcher
}

func ExampleWorker_Validate() {
	w := workforce.Worker{
		ID: "W-1", Sex: "f", Cadre: workforce.CadreProfessional,
		Employments: []workforce.Employment{
			{PostID: "P-1", Start: workforce.MustParseDate("2020-01-01"), FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent},
			{PostID: "P-2", Start: workforce.MustParseDate("2022-06-01"), FTE: workforce.MustParseFTE("0.5"), Type: workforce.EmploymentCasual},
			{PostID: "P-3", Start: workforce.MustParseDate("2019-06-01"), End: workforce.MustParseDate("2019-05-31"), FTE: workforce.MustParseFTE("0.5"), Type: workforce.EmploymentCasual},
		},
	}
	var ps workforce.Problems
	if errors.As(w.Validate(), &ps) {
		for _, p := range ps {
			fmt.Printf("%s %s: %s\n", p.Code, p.Path, p.Message)
		}
	}
	// Output:
	// fte_over_capacity /employments: concurrent employments add up to 1.50 FTE on 2022-06-01; at most 1.00 is possible
	// date_order /employments/2/end: must be on or after the start date 2019-06-01
	// not_supported /sex: must be one of female, male, other, not_stated
}

func ExampleRegistry_Validate() {
	reg := workforce.Registry{
		Country: "KH", AsOf: workforce.MustParseDate("2025-06-30"),
		Areas: []workforce.AdminArea{
			{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational},
			{Code: "KH-12", Name: "Phnom Penh", Level: workforce.LevelProvince, Parent: "KH"},
		},
		Employers: []workforce.Employer{{ID: "MOSVY", Name: "Ministry of Social Affairs", Sector: workforce.SectorGovernment}},
		Posts: []workforce.Post{
			{ID: "P-1", Cadre: workforce.CadreProfessional, Level: workforce.LevelDistrict, Area: "KH-12", EmployerID: "MOSVY", Status: workforce.PostFilled, FTE: workforce.FullTime()},
			{ID: "P-2", Cadre: workforce.CadreProfessional, Level: workforce.LevelProvince, Area: "KH-99", EmployerID: "NGO", Status: workforce.PostFilled, FTE: workforce.FullTime()},
		},
	}
	for _, p := range workforce.AsProblems(reg.Validate()) {
		fmt.Println(p)
	}
	// Output:
	// /posts/0/level: must equal the level of area KH-12 (province) (value "district")
	// /posts/1/area: no area has this code (value "KH-99")
	// /posts/1/employer_id: no employer has this id (value "NGO")
}

func ExampleDecode() {
	doc := `{"id": "W-1", "sex": "female", "cadre": "para_professional",
	         "birth_date": "2023-02-29", "nickname": "Ana",
	         "cpd": [{"date": "2024-01-01", "hours": "-3", "category": "structured", "activity": "course"}]}`
	var w workforce.Worker
	for _, p := range workforce.AsProblems(workforce.Decode([]byte(doc), &w)) {
		fmt.Printf("%s %s: %s\n", p.Code, p.Path, p.Message)
	}
	// Output:
	// invalid_value /birth_date: February 2023 has 28 days
	// negative /cpd/0/hours: must not be negative
	// unknown_field /nickname: unknown field "nickname"
}

func ExampleNewJSONLReader() {
	in := strings.NewReader(`{"id":"P-1","cadre":"para_professional","level":"commune","area":"KH-120101","employer_id":"MOSVY","status":"filled","fte":"1.00"}
{"id":"P-2","cadre":"para_professional","level":"commune","area":"KH-120101","employer_id":"MOSVY","status":"vacant","fte":"1.00"}
{"id":"P-3","cadre":"para_professional","level":"commune","area":"KH-120102","employer_id":"MOSVY","status":"funded_vacant","fte":"0.5"}
`)
	r := workforce.NewJSONLReader[workforce.Post](in, workforce.StreamOptions{Validate: true, ContinueOnError: true})
	for r.Next() {
		fmt.Println("read", r.Record().ID, "from line", r.Line())
	}
	for _, p := range r.Problems() {
		fmt.Println("skipped", p)
	}
	// Output:
	// read P-1 from line 1
	// read P-3 from line 3
	// skipped line 2: /status: must be one of funded_vacant, filled, frozen, abolished (value "vacant")
}

func ExampleNewJSONLWriter() {
	w := workforce.NewJSONLWriter[workforce.Employer](os.Stdout)
	_ = w.Write(workforce.Employer{ID: "MOSVY", Name: "Ministry of Social Affairs", Sector: workforce.SectorGovernment})
	_ = w.Write(workforce.Employer{ID: "NGO-1", Name: "Friends & Co", Sector: workforce.SectorNGO})
	// Output:
	// {"id":"MOSVY","name":"Ministry of Social Affairs","sector":"government"}
	// {"id":"NGO-1","name":"Friends & Co","sector":"ngo"}
}

func ExampleNewAreaCSVReader() {
	in := strings.NewReader("code,name,level,parent,population_date,population_total,population_children,population_source,population_vintage\n" +
		"KH-12,Phnom Penh,province,KH,2019-03-03,2281951,700000,NIS,2019 census\n")
	r := workforce.NewAreaCSVReader(in, workforce.StreamOptions{Validate: true})
	for r.Next() {
		a := r.Record()
		fmt.Println(a.Code, a.Name, a.Population[0].Total, a.Population[0].Children)
	}
	fmt.Println(r.Err())
	// Output:
	// KH-12 Phnom Penh 2281951 700000
	// <nil>
}

func ExampleAdminArea_PopulationOn() {
	a := workforce.AdminArea{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational, Population: []workforce.PopulationFigure{
		{Date: workforce.MustParseDate("2019-03-03"), Total: 15288489, Children: 0, Source: "NIS", Vintage: "2019 census, provisional"},
		{Date: workforce.MustParseDate("2020-07-01"), Total: 15552211, Children: 0, Source: "NIS", Vintage: "2019 census, final"},
		{Date: workforce.MustParseDate("2031-07-01"), Total: 17900000, Children: 0, Source: "NIS", Vintage: "projection"},
	}}
	fig, _ := a.PopulationOn(workforce.MustParseDate("2025-06-30"))
	fmt.Println(fig.Total, fig.Vintage)
	// Output:
	// 15552211 2019 census, final
}

func ExampleOverlaps() {
	d := workforce.MustParseDate
	// A term of 2021-2023 and one starting on its last day share that day;
	// an unset end is open.
	fmt.Println(workforce.Overlaps(d("2021-01-01"), d("2023-12-31"), d("2023-12-31"), workforce.CivilDate{}))
	fmt.Println(workforce.Overlaps(d("2021-01-01"), d("2023-12-31"), d("2024-01-01"), workforce.CivilDate{}))
	// Output:
	// true
	// false
}

func ExampleCredential_CurrentOn() {
	d := workforce.MustParseDate
	c := workforce.Credential{SchemeID: "PH-RSW-PIC", Issued: d("2022-03-01"), Expires: d("2025-02-28"), Status: workforce.CredentialActive}
	fmt.Println(c.CurrentOn(d("2025-02-28")), c.CurrentOn(d("2025-03-01")))
	c.Status = workforce.CredentialSuspended
	fmt.Println(c.CurrentOn(d("2024-01-01")))
	// Output:
	// true false
	// false
}
