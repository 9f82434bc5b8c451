package workforce_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/sswkit/ssw/workforce"
)

const employerHeader = "id,name,sector,ministry\n"

// readEmployers reads an employer table with ContinueOnError and returns
// the ids read and the problems as "line code path".
func readEmployers(t *testing.T, in string, opts workforce.StreamOptions) (ids []string, bad []string, r *workforce.CSVReader[workforce.Employer]) {
	t.Helper()
	opts.ContinueOnError = true
	r = workforce.NewEmployerCSVReader(strings.NewReader(in), opts)
	for r.Next() {
		ids = append(ids, string(r.Record().ID)+"@"+fmt.Sprint(r.Line()))
	}
	for _, p := range workforce.AsProblems(r.Err()) {
		bad = append(bad, fmt.Sprintf("stop %d %s %s", p.Line, p.Code, p.Path))
	}
	for _, p := range r.Problems() {
		bad = append(bad, fmt.Sprintf("%d %s %s", p.Line, p.Code, p.Path))
	}
	return ids, bad, r
}

func TestCSVQuotes(t *testing.T) {
	good := func(n int) string { return fmt.Sprintf("E-%d,Employer %d,ngo,\n", n, n) }
	tests := []struct {
		name string
		in   string
		ids  string // id@line of the records read
		bad  string // line code path of each problem
		msg  string // a part of the first problem's message
	}{
		{"stray quote inside an unquoted cell",
			employerHeader + good(1) + "E-2,5\" street,ngo,\n" + good(3) + good(4),
			"E-1@2 E-3@4 E-4@5", "3 syntax /name", "a quote inside an unquoted cell"},
		{"text after a closing quote",
			employerHeader + good(1) + "E-2,\"Friends\" & Co,ngo,\n" + good(3),
			"E-1@2 E-3@4", "3 syntax /name", "text after the closing quote"},
		{"unclosed quote does not swallow the rows after it",
			employerHeader + good(1) + "E-2,\"Friends & Co,ngo,\n" + good(3) + good(4) + good(5),
			"E-1@2 E-3@4 E-4@5 E-5@6", "3 syntax /name", "is not closed on this line"},
		{"unclosed quote on the last line",
			employerHeader + good(1) + "E-2,\"Friends,ngo,",
			"E-1@2", "3 syntax /name", "the file ends inside the quoted cell"},
		{"a quoted cell may span lines",
			employerHeader + good(1) + "E-2,\"Friends\n& Co\",ngo,\n" + good(4),
			"E-1@2 E-2@3 E-4@5", "", ""},
		{"a multi-line row with the wrong number of cells: only its first line is bad",
			employerHeader + "E-1,\"Friends\n& Co\",ngo\n" + good(4),
			"E-4@4", "2 syntax /name 3 syntax /id", "hold 3 cells, not 4"},
		{"a stray quote in a continuation line ends the candidate",
			employerHeader + "E-1,\"open,ngo,\nE-2,Two\"x,ngo,\n" + good(4),
			"E-4@4", "2 syntax /name 3 syntax /name", "is not valid as its continuation"},
		{"doubled quotes and commas in quoted cells",
			employerHeader + "E-1,\"The \"\"Best\"\", Inc\",ngo,\n",
			"E-1@2", "", ""},
		{"spaces around quoted cells and cells",
			employerHeader + " E-1 ,  \"Name, Ltd\"  ,ngo, \n",
			"E-1@2", "", ""},
		{"byte order mark, CRLF, blank lines and rows of empty cells",
			"\ufeff" + strings.ReplaceAll(employerHeader+good(1)+"\n,,,\n"+good(4), "\n", "\r\n"),
			"E-1@2 E-4@5", "", ""},
		{"a row with too few cells",
			employerHeader + "E-1,One,ngo\n" + good(3),
			"E-3@3", "2 syntax ", "the row has 3 cells; the header has 4"},
		{"a semicolon-separated row under a comma header",
			employerHeader + "E-1;One;ngo;\n" + good(3),
			"E-3@3", "2 syntax ", "semicolon-separated"},
		{"a line too long inside a quoted cell",
			employerHeader + "E-1,\"open,ngo,\n" + strings.Repeat("x", 300) + "\n" + good(4),
			"E-4@4", "2 syntax /name 3 line_too_long ", "line 3 is longer than the limit"},
		{"a quoted cell longer than the record limit",
			employerHeader + "E-1,\"open" + strings.Repeat("\n"+strings.Repeat("y", 60), 5) + "\",ngo,\n" + good(8),
			"E-8@8", "2 syntax /name 3 syntax  4 syntax  5 syntax  6 syntax  7 syntax /id", "exceed the limit of 200 bytes"},
		{"invalid UTF-8 in a cell",
			employerHeader + "E-1,B\xf4\xf2 Lao \xf0\xf4\xf2ng,government,\n" + good(3),
			"E-3@3", "2 syntax /name", "not UTF-8: the file is most likely in a Windows code page (Windows-125x?"},
		{"invalid UTF-8 in two cells of a row",
			employerHeader + "E-1,Caf\xe9,ngo,Minist\xe8re\n",
			"", "2 syntax /ministry 2 syntax /name", "byte 0xE8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ids, bad, r := readEmployers(t, tc.in, workforce.StreamOptions{MaxLineBytes: 200})
			if got := strings.Join(ids, " "); got != tc.ids {
				t.Errorf("records %q, want %q", got, tc.ids)
			}
			if got := strings.Join(bad, " "); got != tc.bad {
				t.Errorf("problems %q, want %q", got, tc.bad)
			}
			if tc.msg != "" && (len(r.Problems()) == 0 || !strings.Contains(r.Problems()[0].Message+r.Problems()[len(r.Problems())-1].Message, tc.msg)) {
				t.Errorf("problems %v do not say %q", r.Problems(), tc.msg)
			}
			for _, p := range r.Problems() {
				if !strings.Contains(p.String(), "line ") || p.Value != strings.ToValidUTF8(p.Value, "?") {
					t.Errorf("problem %q: no line, or a value that is not UTF-8", p)
				}
			}
			c := r.Counts()[0]
			if c.Read != c.Accepted+c.Rejected || c.Accepted != len(ids) || c.Rejected != r.Skipped() {
				t.Errorf("counts %+v for %d records, %d skipped", c, len(ids), r.Skipped())
			}
		})
	}
}

// TestCSVFaultValues: a quote fault quotes the cell it is in.
func TestCSVFaultValues(t *testing.T) {
	in := employerHeader + "E-1, 5\" street ,ngo,\nE-2,\"Friends\" & Co,ngo,\nE-3,\"a,\"\"b\"\", c\"x,ngo,\n"
	_, _, r := readEmployers(t, in, workforce.StreamOptions{})
	var got []string
	for _, p := range r.Problems() {
		got = append(got, p.Value)
	}
	want := []string{`5" street`, `"Friends" & Co`, `"a,""b"", c"x`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("values %q, want %q", got, want)
	}
}

func TestCSVHeaderHints(t *testing.T) {
	tests := []struct {
		name, in string
		msg      string
	}{
		{"semicolon-separated", "id;name;sector;ministry\nE-1;One;ngo;\n", "semicolon-separated"},
		{"tab-separated", "id\tname\tsector\tministry\nE-1\tOne\tngo\t\n", "tab-separated"},
		{"quoted semicolon-separated", "\"id\";\"name\";\"sector\"\n", "semicolon-separated"},
		{"Windows-1258 header", "m\xe3,t\xean\n", "not UTF-8: the file is most likely in a Windows code page (Windows-125x?"},
		{"UTF-16 with a byte order mark", "\xff\xfei\x00d\x00,\x00n\x00a\x00m\x00e\x00\n\x00", "UTF-16"},
		{"UTF-16 without a byte order mark", "i\x00d\x00,\x00n\x00\n\x00", "UTF-16"},
		{"unclosed quote in the header", "id,\"name,sector\n", "the header row is not valid CSV"},
		{"an unnamed column", "id,name,sector,\n", "column 4 has no name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := workforce.NewEmployerCSVReader(strings.NewReader(tc.in), workforce.StreamOptions{ContinueOnError: true})
			if r.Next() {
				t.Fatal("no record expected")
			}
			ps := workforce.AsProblems(r.Err())
			if len(ps) == 0 || ps[0].Code != workforce.CodeHeader || ps[0].Line != 1 || !strings.Contains(ps[0].Message, tc.msg) {
				t.Fatalf("got %v, want a header problem at line 1 saying %q", ps, tc.msg)
			}
			if ps[0].Value != strings.ToValidUTF8(ps[0].Value, "") {
				t.Fatalf("value %q is not UTF-8", ps[0].Value)
			}
		})
	}
}

// TestCSVUnclosedQuoteReadsEveryRowAfter: with an unclosed quote near the
// top of a long file every later row is still read (the time it takes is
// measured by BenchmarkCSVUnclosedQuote).
func TestCSVUnclosedQuoteReadsEveryRowAfter(t *testing.T) {
	var in bytes.Buffer
	in.WriteString(employerHeader + "E-0,\"Friends,ngo,\n")
	const n = 20000
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&in, "E-%d,Employer %d,ngo,\n", i, i)
	}
	r := workforce.NewEmployerCSVReader(&in, workforce.StreamOptions{ContinueOnError: true, Validate: true})
	got := 0
	for r.Next() {
		got++
	}
	if r.Err() != nil || got != n || len(r.Problems()) != 1 || r.Problems()[0].Line != 2 {
		t.Fatalf("read %d of %d rows; problems %v; err %v", got, n, r.Problems(), r.Err())
	}
}

const areaHeader = "code,name,level,parent,population_date,population_total,population_children,population_source,population_vintage\n"

func TestAreaCSVSeveralFigures(t *testing.T) {
	tests := []struct {
		name, in string
		areas    string // code:figures@line
		bad      string
	}{
		{"one row per figure",
			areaHeader +
				"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
				"KH,Cambodia,national,,2019-03-03,15552211,5520000,NIS,2019 census\n" +
				"KH-12,Phnom Penh,province,KH,,,,,\n",
			"KH:2@2 KH-12:0@4", ""},
		{"a bad figure skips the whole area, each row reported",
			areaHeader +
				"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
				"KH,Cambodia,national,,2019-02-30,15552211,5520000,NIS,2019 census\n" +
				"KH,Cambodia,national,,2020-03-03,15552211,5520000,NIS,2020 estimate\n" +
				"KH-12,Phnom Penh,province,KH,,,,,\n",
			"KH-12:0@5", "2 bad_dependency  3 invalid_value /population/1/date 4 bad_dependency "},
		{"validation problems go to the row of their figure",
			areaHeader +
				"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
				"KH,Cambodia,national,,2019-03-03,10,11,NIS,2019 census\n",
			"", "2 bad_dependency  3 children_exceed_total /population/1/children"},
		{"rows of one area that disagree",
			areaHeader +
				"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
				"KH,Kampuchea,national,,2019-03-03,15552211,5520000,NIS,2019 census\n",
			"", "2 bad_dependency  3 inconsistent /name"},
		{"a repeated row without a figure",
			areaHeader +
				"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
				"KH,Cambodia,national,,,,,,\n",
			"", "2 bad_dependency  3 required /population/1/date"},
		{"rows of one area apart",
			areaHeader +
				"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
				"KH-12,Phnom Penh,province,KH,,,,,\n" +
				"KH,Cambodia,national,,2019-03-03,15552211,5520000,NIS,2019 census\n",
			"KH:1@2 KH-12:0@3", "4 duplicate /code"},
		{"a broken row between rows of one area belongs to it",
			areaHeader +
				"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
				"\"KH,Cambodia\",national,,2019-03-03,15552211,5520000,NIS,2019 census\n" +
				"KH,Cambodia,national,,2020-03-03,15552211,5520000,NIS,2020 estimate\n",
			"", "2 bad_dependency  3 syntax  4 bad_dependency "},
		{"a broken row after an area stands alone",
			areaHeader +
				"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
				"\"KH,Cambodia\",national,,2019-03-03,15552211,5520000,NIS,2019 census\n" +
				"KH-12,Phnom Penh,province,KH,,,,,\n",
			"KH:1@2 KH-12:0@4", "3 syntax "},
		{"a broken row with a readable code joins its area",
			areaHeader +
				"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
				"KH,Cambodia,national,,2019-03-03,15552211,5520000,NIS,\"2019 census\n" +
				"KH-12,Phnom Penh,province,KH,,,,,\n",
			"KH-12:0@4", "2 bad_dependency  3 syntax /population/1/vintage"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := workforce.NewAreaCSVReader(strings.NewReader(tc.in), workforce.StreamOptions{ContinueOnError: true, Validate: true})
			var areas, bad []string
			for r.Next() {
				a := r.Record()
				areas = append(areas, fmt.Sprintf("%s:%d@%d", a.Code, len(a.Population), r.Line()))
			}
			if r.Err() != nil {
				t.Fatal(r.Err())
			}
			for _, p := range r.Problems() {
				bad = append(bad, fmt.Sprintf("%d %s %s", p.Line, p.Code, p.Path))
			}
			if got := strings.Join(areas, " "); got != tc.areas {
				t.Errorf("areas %q, want %q", got, tc.areas)
			}
			if got := strings.Join(bad, " "); got != tc.bad {
				t.Errorf("problems %q, want %q", got, tc.bad)
			}
			c := r.Counts()[0]
			if c.Read != c.Accepted+c.Rejected || c.Rejected != r.Skipped() {
				t.Errorf("counts %+v, %d skipped", c, r.Skipped())
			}
		})
	}
}

// TestAreaCSVStrict: without ContinueOnError the area before a bad row is
// still returned, and the bad row stops the reader.
func TestAreaCSVStrict(t *testing.T) {
	in := areaHeader +
		"KH,Cambodia,national,,2008-03-03,13395682,5000000,NIS,2008 census\n" +
		"KH,Cambodia,national,,2019-03-03,15552211,5520000,NIS,2019 census\n" +
		"KH-12,Phnom Penh,province,KH,2019-02-30,1,1,NIS,v\n" +
		"KH-13,Kandal,province,KH,,,,,\n"
	r := workforce.NewAreaCSVReader(strings.NewReader(in), workforce.StreamOptions{})
	if !r.Next() || r.Record().Code != "KH" || len(r.Record().Population) != 2 {
		t.Fatalf("first area: %+v, %v", r.Record(), r.Err())
	}
	if r.Next() {
		t.Fatalf("read %+v past a bad row", r.Record())
	}
	ps := workforce.AsProblems(r.Err())
	if len(ps) != 1 || ps[0].Line != 4 || ps[0].Path != "/population/0/date" {
		t.Fatalf("err = %v", r.Err())
	}
}

// workerFiles is a small clerk-style worker layout: W-1 with every kind
// of row, W-2 with an employment only, W-3 with nothing.
type workerFiles struct{ workers, employments, qualifications, credentials, cpd string }

func sampleWorkerFiles() workerFiles {
	return workerFiles{
		workers: "id,sex,birth_date,birth_year,cadre,isco,nationality\n" +
			"W-1,female,1988-05-17,,professional_social_worker,,PH\n" +
			"W-2,male,,1979,para_professional,,\n" +
			"W-3,not_stated,,,community_worker,,\n",
		employments: "worker_id,post_id,start,end,fte,type,exit_reason\n" +
			"W-2,P-2,2020-01-01,,1.00,permanent,\n" +
			"W-1,P-1,2015-01-01,2019-12-31,1.00,permanent,resignation\n" +
			"W-1,P-3,2020-01-01,,0.50,fixed_term,\n",
		qualifications: "worker_id,title,level,field,institution,country,accredited,completed\n" +
			"W-1,Bachelor of Science in Social Work,bachelor,social_work_counselling,\"University of the Philippines, Diliman\",PH,TRUE,2010-04-01\n",
		credentials: "worker_id,scheme_id,number,issued,expires,status\n" +
			"W-1,PH-RSW-PIC,0012345,2011-01-10,2026-05-17,active\n",
		cpd: "worker_id,date,hours,credits,category,activity,topics,provider,title,accredited\n" +
			"W-1,2024-01-20,12.50,,structured,course,ethics;law_policy,NASW,,true\n" +
			"W-1,2024-03-05,,5,unstructured,self_study,,,,\n",
	}
}

func (fs workerFiles) reader(opts workforce.StreamOptions) *workforce.WorkerCSVReader {
	in := func(s string) workforce.CSVInput {
		if s == "" {
			return workforce.CSVInput{}
		}
		return workforce.CSVInput{R: strings.NewReader(s)}
	}
	return workforce.NewWorkerCSVReader(workforce.WorkerCSVFiles{
		Workers: in(fs.workers), Employments: in(fs.employments), Qualifications: in(fs.qualifications),
		Credentials: in(fs.credentials), CPD: in(fs.cpd),
	}, opts)
}

// drainWorkers reads every worker: "id:employments/qualifications/credentials/cpd@line"
// and problems as "file:line code path".
func drainWorkers(t *testing.T, r *workforce.WorkerCSVReader) (workers, bad []string) {
	t.Helper()
	for r.Next() {
		w := r.Record()
		workers = append(workers, fmt.Sprintf("%s:%d/%d/%d/%d@%d", w.ID, len(w.Employments), len(w.Qualifications), len(w.Credentials), len(w.CPD), r.Line()))
	}
	for _, p := range workforce.AsProblems(r.Err()) {
		bad = append(bad, fmt.Sprintf("stop %s:%d %s %s", p.File, p.Line, p.Code, p.Path))
	}
	for _, p := range r.Problems() {
		bad = append(bad, fmt.Sprintf("%s:%d %s %s", p.File, p.Line, p.Code, p.Path))
	}
	return workers, bad
}

func TestWorkerCSV(t *testing.T) {
	r := sampleWorkerFiles().reader(workforce.StreamOptions{Validate: true})
	var got []workforce.Worker
	for r.Next() {
		got = append(got, r.Record())
	}
	if r.Err() != nil {
		t.Fatal(r.Err())
	}
	if len(got) != 3 {
		t.Fatalf("read %d workers", len(got))
	}
	w1 := got[0]
	if len(w1.Employments) != 2 || w1.Employments[1].PostID != "P-3" || w1.Employments[0].ExitReason != workforce.ExitResignation ||
		!w1.Qualifications[0].Accredited || w1.Qualifications[0].Institution != "University of the Philippines, Diliman" ||
		w1.Credentials[0].Number != "0012345" || len(w1.CPD[0].Topics) != 2 || w1.CPD[0].Hours.String() != "12.50" || w1.CPD[1].Credits.String() != "5" {
		t.Fatalf("W-1 = %+v", w1)
	}
	if got[1].BirthYear != 1979 || len(got[1].Employments) != 1 || got[2].Employments != nil {
		t.Fatalf("W-2, W-3 = %+v %+v", got[1], got[2])
	}
	want := []workforce.FileCount{
		{File: "workers.csv", Read: 3, Accepted: 3}, {File: "employments.csv", Read: 3, Accepted: 3},
		{File: "qualifications.csv", Read: 1, Accepted: 1}, {File: "credentials.csv", Read: 1, Accepted: 1},
		{File: "cpd.csv", Read: 2, Accepted: 2},
	}
	if fmt.Sprint(r.Counts()) != fmt.Sprint(want) {
		t.Fatalf("counts %+v\nwant   %+v", r.Counts(), want)
	}
}

func TestWorkerCSVProblems(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(*workerFiles)
		workers string
		bad     string
	}{
		{"a bad child row skips its worker and the worker's other rows",
			func(fs *workerFiles) {
				fs.employments = strings.Replace(fs.employments, "W-1,P-3,2020-01-01,,0.50", "W-1,P-3,2020-01-01,,0,50", 1)
			},
			"W-2:1/0/0/0@3 W-3:0/0/0/0@4",
			"employments.csv:4 syntax  workers.csv:2 bad_dependency /employments employments.csv:3 bad_dependency /worker_id " +
				"qualifications.csv:2 bad_dependency /worker_id credentials.csv:2 bad_dependency /worker_id cpd.csv:2 bad_dependency /worker_id cpd.csv:3 bad_dependency /worker_id"},
		{"a cell a child column rejects",
			func(fs *workerFiles) { fs.cpd = strings.Replace(fs.cpd, "12.50", "12,5", 1) },
			"W-2:1/0/0/0@3 W-3:0/0/0/0@4",
			"cpd.csv:2 syntax  workers.csv:2 bad_dependency /cpd employments.csv:3 bad_dependency /worker_id employments.csv:4 bad_dependency /worker_id " +
				"qualifications.csv:2 bad_dependency /worker_id credentials.csv:2 bad_dependency /worker_id cpd.csv:3 bad_dependency /worker_id"},
		{"a rule broken in a child row is reported at that row",
			func(fs *workerFiles) {
				fs.credentials = strings.Replace(fs.credentials, "active", "revoked_forever", 1)
			},
			"W-2:1/0/0/0@3 W-3:0/0/0/0@4",
			"workers.csv:2 bad_dependency /credentials employments.csv:3 bad_dependency /worker_id employments.csv:4 bad_dependency /worker_id " +
				"qualifications.csv:2 bad_dependency /worker_id credentials.csv:2 not_supported /status cpd.csv:2 bad_dependency /worker_id cpd.csv:3 bad_dependency /worker_id"},
		{"a rule over the worker's rows is reported at the worker",
			func(fs *workerFiles) {
				fs.employments = strings.Replace(fs.employments, "W-2,P-2,2020-01-01,,1.00", "W-2,P-2,2020-01-01,,0.80", 1) +
					"W-2,P-4,2021-01-01,,0.50,permanent,\n"
			},
			"W-1:2/1/1/2@2 W-3:0/0/0/0@4",
			"workers.csv:3 fte_over_capacity /employments employments.csv:2 bad_dependency /worker_id employments.csv:5 bad_dependency /worker_id"},
		{"a child row naming an unknown worker",
			func(fs *workerFiles) { fs.cpd += "W-9,2024-01-20,1,,structured,course,,,,\n" },
			"W-1:2/1/1/2@2 W-2:1/0/0/0@3 W-3:0/0/0/0@4",
			"cpd.csv:4 dangling_reference /worker_id"},
		{"a child row naming an unknown worker, with a bad cell too",
			func(fs *workerFiles) { fs.cpd += "W-9,2024-02-30,1,,structured,course,,,,\n" },
			"W-1:2/1/1/2@2 W-2:1/0/0/0@3 W-3:0/0/0/0@4",
			"cpd.csv:4 invalid_value /date cpd.csv:4 dangling_reference /worker_id"},
		{"a child row without a worker",
			func(fs *workerFiles) { fs.cpd += ",2024-01-20,1,,structured,course,,,,\n" },
			"W-1:2/1/1/2@2 W-2:1/0/0/0@3 W-3:0/0/0/0@4",
			"cpd.csv:4 required /worker_id"},
		{"a bad worker row skips its child rows",
			func(fs *workerFiles) { fs.workers = strings.Replace(fs.workers, "W-2,male,,1979", "W-2,male,,19x9", 1) },
			"W-1:2/1/1/2@2 W-3:0/0/0/0@4",
			"workers.csv:3 type /birth_year employments.csv:2 bad_dependency /worker_id"},
		{"a broken worker row skips its child rows",
			func(fs *workerFiles) {
				fs.workers = strings.Replace(fs.workers, "W-2,male,,1979", "W-2,\"male,,1979", 1)
			},
			"W-1:2/1/1/2@2 W-3:0/0/0/0@4",
			"workers.csv:3 syntax /sex employments.csv:2 bad_dependency /worker_id"},
		{"a worker read twice",
			func(fs *workerFiles) { fs.workers += "W-2,female,,,para_professional,,\n" },
			"W-1:2/1/1/2@2 W-2:1/0/0/0@3 W-3:0/0/0/0@4",
			"workers.csv:5 duplicate /id"},
		{"a worker row with invalid UTF-8",
			func(fs *workerFiles) { fs.workers = strings.Replace(fs.workers, "W-3,not_stated", "W-3,n\xf4t", 1) },
			"W-1:2/1/1/2@2 W-2:1/0/0/0@3",
			"workers.csv:4 syntax /sex"},
		{"a too-long child row cannot be told to belong to a worker",
			func(fs *workerFiles) {
				fs.cpd += "W-2,2024-01-20,1,,structured,course,,," + strings.Repeat("x", 300) + ",\n"
			},
			"W-1:2/1/1/2@2 W-2:1/0/0/0@3 W-3:0/0/0/0@4",
			"cpd.csv:4 line_too_long "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := sampleWorkerFiles()
			tc.edit(&fs)
			r := fs.reader(workforce.StreamOptions{Validate: true, ContinueOnError: true, MaxLineBytes: 256})
			workers, bad := drainWorkers(t, r)
			if got := strings.Join(workers, " "); got != tc.workers {
				t.Errorf("workers %q\nwant    %q", got, tc.workers)
			}
			if got := strings.Join(bad, " "); got != tc.bad {
				t.Errorf("problems %q\nwant     %q", got, tc.bad)
			}
			skipped := 0
			for _, c := range r.Counts() {
				if c.Read != c.Accepted+c.Rejected {
					t.Errorf("counts %+v do not reconcile", c)
				}
				skipped += c.Rejected
			}
			if skipped != r.Skipped() {
				t.Errorf("%d rows rejected, %d skipped", skipped, r.Skipped())
			}
			for _, p := range r.Problems() {
				if p.File == "" || p.Line < 1 || p.Message == "" {
					t.Errorf("problem %+v lacks its file, line or message", p)
				}
			}
		})
	}
}

func TestWorkerCSVStrict(t *testing.T) {
	fs := sampleWorkerFiles()
	fs.cpd += "W-9,2024-01-20,1,,structured,course,,,,\n"
	r := fs.reader(workforce.StreamOptions{Validate: true})
	workers, bad := drainWorkers(t, r)
	if len(workers) != 3 || strings.Join(bad, " ") != "stop cpd.csv:4 dangling_reference /worker_id" {
		t.Fatalf("workers %v, problems %v", workers, bad)
	}

	fs = sampleWorkerFiles()
	fs.employments = strings.Replace(fs.employments, "permanent,resignation", "permanent,fired", 1)
	r = fs.reader(workforce.StreamOptions{Validate: true})
	workers, bad = drainWorkers(t, r)
	// The error holds every row of the skipped worker, sorted by file.
	if len(workers) != 0 || strings.Join(bad, " ") != "stop cpd.csv:2 bad_dependency /worker_id stop cpd.csv:3 bad_dependency /worker_id "+
		"stop credentials.csv:2 bad_dependency /worker_id stop employments.csv:3 not_supported /exit_reason stop employments.csv:4 bad_dependency /worker_id "+
		"stop qualifications.csv:2 bad_dependency /worker_id stop workers.csv:2 bad_dependency /employments" {
		t.Fatalf("workers %v, problems %v", workers, bad)
	}
}

func TestWorkerCSVFiles(t *testing.T) {
	// A bad header in a child file stops the reader before any worker.
	fs := sampleWorkerFiles()
	fs.cpd = "worker_id;date;hours\n"
	r := fs.reader(workforce.StreamOptions{ContinueOnError: true})
	if _, bad := drainWorkers(t, r); strings.Join(bad, " ") != "stop cpd.csv:1 header " {
		t.Fatalf("problems %v", bad)
	}
	// Names given by the caller are used in problems and counts.
	r = workforce.NewWorkerCSVReader(workforce.WorkerCSVFiles{
		Workers:     workforce.CSVInput{Name: "2025/staff.csv", R: strings.NewReader(sampleWorkerFiles().workers)},
		Employments: workforce.CSVInput{Name: "2025/jobs.csv", R: strings.NewReader("worker_id,post_id,start,fte,type\nW-7,P-1,2020-01-01,1,permanent\n")},
	}, workforce.StreamOptions{ContinueOnError: true})
	if _, bad := drainWorkers(t, r); strings.Join(bad, " ") != "2025/jobs.csv:2 dangling_reference /worker_id" {
		t.Fatalf("problems %v", bad)
	}
	if c := r.Counts(); len(c) != 2 || c[1].File != "2025/jobs.csv" || c[1].RejectedBy[workforce.CodeDangling] != 1 {
		t.Fatalf("counts %+v", c)
	}
	// workers.csv is required.
	r = workforce.NewWorkerCSVReader(workforce.WorkerCSVFiles{}, workforce.StreamOptions{})
	if r.Next() || r.Err() == nil {
		t.Fatal("a reader without workers.csv must fail")
	}
}
