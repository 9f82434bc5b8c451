package workforce_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/sswkit/ssw/workforce"
)

// A clerk's employer sheet with a stray quote and a Windows-1258 name:
// each bad line is reported with its line and column, and the rows after
// them are read.
func ExampleNewEmployerCSVReader() {
	in := strings.NewReader("id,name,sector,ministry\n" +
		"MOSVY,Ministry of Social Affairs,government,\n" +
		"NGO-1,\"Friends, International\",ngo,\n" +
		"NGO-2,Hope 5\" Centre,ngo,\n" +
		"NGO-3,B\xf4\xf2 Lao \xf0\xf4\xf2ng,government,\n" +
		"NGO-4,Save the Children,international,\n")
	r := workforce.NewEmployerCSVReader(in, workforce.StreamOptions{Validate: true, ContinueOnError: true})
	for r.Next() {
		e := r.Record()
		fmt.Printf("line %d: %s %q %s\n", r.Line(), e.ID, e.Name, e.Sector)
	}
	for _, p := range r.Problems() {
		fmt.Printf("skipped line %d %s: %s\n", p.Line, p.Path, p.Code)
	}
	c := r.Counts()[0]
	fmt.Printf("read %d, accepted %d, rejected %d %v\n", c.Read, c.Accepted, c.Rejected, c.RejectedBy)
	// Output:
	// line 2: MOSVY "Ministry of Social Affairs" government
	// line 3: NGO-1 "Friends, International" ngo
	// line 6: NGO-4 "Save the Children" international
	// skipped line 4 /name: syntax
	// skipped line 5 /name: syntax
	// read 5, accepted 3, rejected 2 map[syntax:2]
}

// A semicolon-separated export is refused at its header with the likely
// cause.
func ExampleNewEmployerCSVReader_semicolons() {
	r := workforce.NewEmployerCSVReader(strings.NewReader("id;name;sector;ministry\nMOSVY;Ministry;government;\n"), workforce.StreamOptions{})
	r.Next()
	fmt.Println(r.Err())
	// Output:
	// 1 problem: line 1: (document): the header is not comma-separated: the file is most likely semicolon-separated (spreadsheets write ";" where the decimal mark is a comma); save it as comma-separated "CSV UTF-8" (value "id;name;sector;ministry")
}

// An area with two population figures takes two rows.
func ExampleNewAreaCSVWriter() {
	w := workforce.NewAreaCSVWriter(os.Stdout)
	_ = w.Write(workforce.AdminArea{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational, Population: []workforce.PopulationFigure{
		{Date: workforce.MustParseDate("2008-03-03"), Total: 13395682, Children: 5000000, Source: "NIS", Vintage: "2008 census"},
		{Date: workforce.MustParseDate("2019-03-03"), Total: 15552211, Children: 5520000, Source: "NIS", Vintage: "2019 census, final"},
	}})
	_ = w.Write(workforce.AdminArea{Code: "KH-12", Name: "Phnom Penh", Level: workforce.LevelProvince, Parent: "KH"})
	// Output:
	// code,name,level,parent,setting,valid_from,valid_to,population_date,population_total,population_children,population_source,population_vintage,population_children_0_14,population_working_age_15_64,population_aged_60_plus,population_aged_65_plus
	// KH,Cambodia,national,,,,,2008-03-03,13395682,5000000,NIS,2008 census,,,,
	// KH,Cambodia,national,,,,,2019-03-03,15552211,5520000,NIS,"2019 census, final",,,,
	// KH-12,Phnom Penh,province,KH,,,,,,,,,,,,
}

// Empty templates a clerk can fill in: the header rows of the post table
// and of the five files of the worker layout.
func ExampleCSVWriter_WriteHeader() {
	_ = workforce.NewPostCSVWriter(os.Stdout).WriteHeader()
	var files [5]bytes.Buffer
	_ = workforce.NewWorkerCSVWriter(workforce.WorkerCSVWriters{Workers: &files[0], Employments: &files[1],
		Qualifications: &files[2], Credentials: &files[3], CPD: &files[4]}).WriteHeaders()
	for i, name := range []string{workforce.WorkersCSVFile, workforce.EmploymentsCSVFile, workforce.QualificationsCSVFile,
		workforce.CredentialsCSVFile, workforce.CPDCSVFile} {
		fmt.Printf("%s: %s", name, files[i].String())
	}
	// Output:
	// id,title,cadre,level,area,employer_id,status,fte
	// workers.csv: id,sex,birth_date,birth_year,cadre,isco,nationality
	// employments.csv: worker_id,post_id,start,end,fte,type,exit_reason
	// qualifications.csv: worker_id,title,level,field,institution,country,accredited,completed
	// credentials.csv: worker_id,scheme_id,number,issued,expires,status
	// cpd.csv: worker_id,date,hours,credits,category,activity,topics,provider,title,accredited
}

// Workers and their lists from the flat worker layout. A bad employment
// row skips its worker, reported at its own line naming the row; a CPD row
// naming an unknown worker is reported at its line.
func ExampleNewWorkerCSVReader() {
	files := workforce.WorkerCSVFiles{
		Workers: workforce.CSVInput{R: strings.NewReader("id,sex,birth_year,cadre\n" +
			"W-1,female,1988,professional_social_worker\n" +
			"W-2,male,1979,para_professional\n")},
		Employments: workforce.CSVInput{R: strings.NewReader("worker_id,post_id,start,fte,type\n" +
			"W-1,P-1,2015-01-01,1.00,permanent\n" +
			"W-2,P-2,2020-01-01,1.5,permanent\n")},
		CPD: workforce.CSVInput{R: strings.NewReader("worker_id,date,hours,category,activity,topics\n" +
			"W-1,2024-01-20,12.50,structured,course,ethics;law_policy\n" +
			"W-7,2024-02-10,3,structured,workshop,\n")},
	}
	r := workforce.NewWorkerCSVReader(files, workforce.StreamOptions{Validate: true, ContinueOnError: true})
	for r.Next() {
		w := r.Record()
		fmt.Printf("%s (workers.csv:%d): %d employment, CPD %s hours on %v\n", w.ID, r.Line(), len(w.Employments), w.CPD[0].Hours, w.CPD[0].Topics)
	}
	for _, p := range r.Problems() {
		fmt.Println(p)
	}
	for _, c := range r.Counts() {
		fmt.Printf("%s: read %d, accepted %d, rejected %d\n", c.File, c.Read, c.Accepted, c.Rejected)
	}
	// Output:
	// W-1 (workers.csv:2): 1 employment, CPD 12.50 hours on [ethics law_policy]
	// workers.csv:3: /employments: employments.csv:3, a row of this worker, is bad: the worker is skipped with all its rows (value "employments.csv:3")
	// employments.csv:3: /fte: must be at most 1 (value "1.5")
	// cpd.csv:3: /worker_id: no worker in workers.csv has this id (value "W-7")
	// workers.csv: read 2, accepted 1, rejected 1
	// employments.csv: read 2, accepted 1, rejected 1
	// cpd.csv: read 2, accepted 1, rejected 1
}

// Writing workers in the flat layout: one workers.csv row per worker, one
// child row per item, keyed by worker_id.
func ExampleNewWorkerCSVWriter() {
	var workers, employments bytes.Buffer
	w := workforce.NewWorkerCSVWriter(workforce.WorkerCSVWriters{Workers: &workers, Employments: &employments})
	_ = w.Write(workforce.Worker{ID: "W-1", Sex: workforce.SexFemale, BirthYear: 1988, Cadre: workforce.CadreProfessional,
		Employments: []workforce.Employment{
			{PostID: "P-1", Start: workforce.MustParseDate("2015-01-01"), End: workforce.MustParseDate("2019-12-31"), FTE: workforce.FullTime(),
				Type: workforce.EmploymentPermanent, ExitReason: workforce.ExitTransfer},
			{PostID: "P-3", Start: workforce.MustParseDate("2020-01-01"), FTE: workforce.MustParseFTE("0.50"), Type: workforce.EmploymentFixedTerm},
		}})
	fmt.Print(workers.String(), employments.String())
	// Output:
	// id,sex,birth_date,birth_year,cadre,isco,nationality
	// W-1,female,,1988,professional_social_worker,,
	// worker_id,post_id,start,end,fte,type,exit_reason
	// W-1,P-1,2015-01-01,2019-12-31,1.00,permanent,transfer
	// W-1,P-3,2020-01-01,,0.50,fixed_term,
}
