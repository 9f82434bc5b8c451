package workforce_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/workforce"
)

var d = workforce.MustParseDate

// sampleWorker is a valid worker: 2 qualifications, 1 credential, 1
// employment and 5 CPD records (the benchmark's shape).
func sampleWorker() workforce.Worker {
	return workforce.Worker{
		ID: "W-0001", Sex: workforce.SexFemale, BirthDate: d("1988-05-17"), Cadre: workforce.CadreProfessional,
		Qualifications: []workforce.Qualification{
			{Title: "Bachelor of Science in Social Work", Level: workforce.EducationBachelor, Field: workforce.FieldSocialWork, Country: "PH", Accredited: true, Completed: d("2010-04-01")},
			{Title: "Master of Social Work", Level: workforce.EducationMaster, Field: workforce.FieldSocialWork, Country: "PH", Completed: d("2014-04-01")},
		},
		Credentials: []workforce.Credential{{SchemeID: "PH-RSW-PIC", Number: "0012345", Issued: d("2011-01-10"), Expires: d("2026-05-17"), Status: workforce.CredentialActive}},
		Employments: []workforce.Employment{{PostID: "P-1", Start: d("2015-01-01"), FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent}},
		CPD: []workforce.CPDRecord{
			{Date: d("2024-01-20"), Hours: workforce.MustParseHours("12.50"), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse, Accredited: true},
			{Date: d("2024-02-10"), Hours: workforce.MustParseHours("3"), Category: workforce.CPDStructured, Activity: workforce.ActivityWorkshop},
			{Date: d("2024-03-05"), Credits: workforce.MustParseCredits("5"), Category: workforce.CPDUnstructured, Activity: workforce.ActivitySelfStudy},
			{Date: d("2024-04-12"), Hours: workforce.MustParseHours("2"), Category: workforce.CPDStructured, Activity: workforce.ActivitySupervisionReceived, Topics: []workforce.CPDTopic{workforce.TopicEthics}},
			{Date: d("2024-05-30"), Hours: workforce.MustParseHours("8"), Category: workforce.CPDStructured, Activity: workforce.ActivityConference},
		},
	}
}

// sampleRegistry is a small valid registry.
func sampleRegistry() workforce.Registry {
	pop := []workforce.PopulationFigure{{Date: d("2019-03-03"), Total: 25000, Children: 8200, Source: "NIS", Vintage: "2019 census, final"}}
	return workforce.Registry{
		Country: "PH", AsOf: d("2025-06-30"),
		Areas: []workforce.AdminArea{
			{Code: "PH", Name: "Philippines", Level: workforce.LevelNational},
			{Code: "PH-LAG", Name: "Laguna", Level: workforce.LevelProvince, Parent: "PH", Population: pop},
			{Code: "PH-LAG-01", Name: "Town", Level: workforce.LevelDistrict, Parent: "PH-LAG"},
		},
		Employers: []workforce.Employer{{ID: "DSWD", Name: "Department of Social Welfare and Development", Sector: workforce.SectorGovernment}},
		Posts: []workforce.Post{
			{ID: "P-1", Cadre: workforce.CadreProfessional, Level: workforce.LevelProvince, Area: "PH-LAG", EmployerID: "DSWD", Status: workforce.PostFilled, FTE: workforce.FullTime()},
			{ID: "P-2", Cadre: workforce.CadreParaProfessional, Level: workforce.LevelDistrict, Area: "PH-LAG-01", EmployerID: "DSWD", Status: workforce.PostFundedVacant, FTE: workforce.FullTime()},
		},
		Workers: []workforce.Worker{sampleWorker()},
	}
}

type found struct{ code, path string }

func problemsOf(t *testing.T, err error) []found {
	t.Helper()
	if err == nil {
		return nil
	}
	var ps workforce.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error %v is not Problems", err)
	}
	if !errors.Is(err, workforce.ErrInvalid) {
		t.Fatal("Problems must match ErrInvalid")
	}
	out := make([]found, len(ps))
	for i, p := range ps {
		if p.Message == "" {
			t.Errorf("problem %+v has no message", p)
		}
		out[i] = found{p.Code, p.Path}
	}
	return out
}

func TestWorkerValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(w *workforce.Worker)
		want   []found
	}{
		{"valid", func(*workforce.Worker) {}, nil},
		{"missing id and unknown sex", func(w *workforce.Worker) { w.ID = ""; w.Sex = "f" }, []found{{"required", "/id"}, {"not_supported", "/sex"}}},
		{"bad id pattern", func(w *workforce.Worker) { w.ID = "W 1" }, []found{{"pattern", "/id"}}},
		{"unset cadre", func(w *workforce.Worker) { w.Cadre = "" }, []found{{"required", "/cadre"}}},
		{"birth year out of range", func(w *workforce.Worker) { w.BirthDate = workforce.CivilDate{}; w.BirthYear = 1850 }, []found{{"min", "/birth_year"}}},
		{"birth year contradicts date", func(w *workforce.Worker) { w.BirthYear = 1989 }, []found{{"birth_mismatch", "/birth_year"}}},
		{"bad nationality", func(w *workforce.Worker) { w.Nationality = "XK" }, []found{{"not_supported", "/nationality"}}},
		{"bad ISCO", func(w *workforce.Worker) { w.ISCO = "26" }, []found{{"pattern", "/isco"}}},
		{"qualification level missing", func(w *workforce.Worker) { w.Qualifications[1].Level = "" }, []found{{"required", "/qualifications/1/level"}}},
		{"qualification title too long", func(w *workforce.Worker) { w.Qualifications[0].Title = strings.Repeat("é", 201) }, []found{{"too_long", "/qualifications/0/title"}}},
		{"credential expires before issue", func(w *workforce.Worker) { w.Credentials[0].Expires = d("2011-01-10") }, []found{{"date_order", "/credentials/0/expires"}}},
		{"credential status unknown", func(w *workforce.Worker) { w.Credentials[0].Status = "valid" }, []found{{"not_supported", "/credentials/0/status"}}},
		{"credential issue date missing", func(w *workforce.Worker) { w.Credentials[0].Issued = workforce.CivilDate{} }, []found{{"required", "/credentials/0/issued"}}},
		{"employment ends before it starts", func(w *workforce.Worker) { w.Employments[0].End = d("2014-12-31") }, []found{{"date_order", "/employments/0/end"}}},
		{"employment ends the day it starts", func(w *workforce.Worker) { w.Employments[0].End = d("2015-01-01") }, nil},
		{"exit reason without end", func(w *workforce.Worker) { w.Employments[0].ExitReason = workforce.ExitResignation }, []found{{"inconsistent", "/employments/0/exit_reason"}}},
		{"employment without FTE", func(w *workforce.Worker) { w.Employments[0].FTE = workforce.FTE{} }, []found{{"required", "/employments/0/fte"}}},
		{"concurrent FTE above one", func(w *workforce.Worker) {
			w.Employments = append(w.Employments, workforce.Employment{PostID: "P-2", Start: d("2020-01-01"), FTE: workforce.MustParseFTE("0.5"), Type: workforce.EmploymentCasual})
		}, []found{{"fte_over_capacity", "/employments"}}},
		{"consecutive full-time jobs are fine", func(w *workforce.Worker) {
			w.Employments[0].End = d("2019-12-31")
			w.Employments = append(w.Employments, workforce.Employment{PostID: "P-2", Start: d("2020-01-01"), FTE: workforce.FullTime(), Type: workforce.EmploymentPermanent})
		}, nil},
		{"two half-time jobs are fine", func(w *workforce.Worker) {
			w.Employments[0].FTE = workforce.MustParseFTE("0.50")
			w.Employments = append(w.Employments, workforce.Employment{PostID: "P-2", Start: d("2016-01-01"), FTE: workforce.MustParseFTE("0.5"), Type: workforce.EmploymentPermanent})
		}, nil},
		{"CPD without hours or credits", func(w *workforce.Worker) { w.CPD[1].Hours = workforce.Hours{} }, []found{{"missing_quantity", "/cpd/1"}}},
		{"CPD unknown topic", func(w *workforce.Worker) { w.CPD[3].Topics = append(w.CPD[3].Topics, "gardening") }, []found{{"not_supported", "/cpd/3/topics/1"}}},
		{"many problems at once", func(w *workforce.Worker) {
			w.Sex = ""
			w.CPD[4].Category = "formal"
			w.Qualifications[0].Field = "social_work"
		}, []found{{"not_supported", "/cpd/4/category"}, {"not_supported", "/qualifications/0/field"}, {"required", "/sex"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := sampleWorker()
			tc.mutate(&w)
			before := fmt.Sprintf("%+v", w)
			got := problemsOf(t, w.Validate())
			if !slices.Equal(got, tc.want) {
				t.Fatalf("problems = %v, want %v", got, tc.want)
			}
			if after := fmt.Sprintf("%+v", w); after != before {
				t.Fatal("Validate changed the worker")
			}
		})
	}
}

func TestProblemDetails(t *testing.T) {
	w := sampleWorker()
	w.Sex = "f"
	w.Employments[0].End = d("2014-12-31")
	var ps workforce.Problems
	if !errors.As(w.Validate(), &ps) || len(ps) != 2 {
		t.Fatalf("want 2 problems, got %v", ps)
	}
	want := workforce.Problems{
		{Code: "date_order", Path: "/employments/0/end", Value: "2014-12-31", Param: "2015-01-01", Message: "must be on or after the start date 2015-01-01"},
		{Code: "not_supported", Path: "/sex", Value: "f", Param: "female|male|other|not_stated", Message: "must be one of female, male, other, not_stated"},
	}
	if !slices.Equal(ps, want) {
		t.Fatalf("got  %#v\nwant %#v", ps, want)
	}
	if got := ps.Error(); got != `2 problems: /employments/0/end: must be on or after the start date 2015-01-01 (value "2014-12-31"); /sex: must be one of female, male, other, not_stated (value "f")` {
		t.Fatalf("Error() = %s", got)
	}
	if !ps.HasCode("date_order") || len(ps.At("/sex")) != 1 {
		t.Fatal("HasCode / At")
	}
}

func TestProblemsSortNumerically(t *testing.T) {
	ps := workforce.Problems{{Code: "b", Path: "/workers/10/id"}, {Code: "a", Path: "/workers/2/id"}, {Code: "a", Path: "/workers/2"}, {Code: "z", Path: ""}, {Code: "c", Path: "/areas/0", Line: 3}}
	ps.Sort()
	var paths []string
	for _, p := range ps {
		paths = append(paths, p.Path)
	}
	if want := []string{"", "/workers/2", "/workers/2/id", "/workers/10/id", "/areas/0"}; !slices.Equal(paths, want) {
		t.Fatalf("order %q, want %q", paths, want)
	}
	if workforce.Problems(nil).Err() != nil {
		t.Fatal("an empty list must be a nil error")
	}
}

func TestAreaValidate(t *testing.T) {
	fig := func(date string, total, children int64) workforce.PopulationFigure {
		return workforce.PopulationFigure{Date: d(date), Total: total, Children: children, Source: "NIS", Vintage: "2019 census"}
	}
	tests := []struct {
		name string
		area workforce.AdminArea
		want []found
	}{
		{"valid", workforce.AdminArea{Code: "KH-12", Name: "Phnom Penh", Level: workforce.LevelProvince, Parent: "KH", Population: []workforce.PopulationFigure{fig("2019-03-03", 2281951, 700000)}}, nil},
		{"children above total", workforce.AdminArea{Code: "KH-12", Name: "P", Level: workforce.LevelProvince, Population: []workforce.PopulationFigure{fig("2019-03-03", 100, 101)}}, []found{{"children_exceed_total", "/population/0/children"}}},
		{"negative population", workforce.AdminArea{Code: "KH-12", Name: "P", Level: workforce.LevelProvince, Population: []workforce.PopulationFigure{fig("2019-03-03", -1, 0)}}, []found{{"min", "/population/0/total"}}},
		{"two figures on one date", workforce.AdminArea{Code: "KH-12", Name: "P", Level: workforce.LevelProvince, Population: []workforce.PopulationFigure{fig("2019-03-03", 10, 1), fig("2019-03-03", 11, 1)}}, []found{{"duplicate", "/population/0/date"}, {"duplicate", "/population/1/date"}}},
		{"own parent", workforce.AdminArea{Code: "KH-12", Name: "P", Level: workforce.LevelProvince, Parent: "KH-12"}, []found{{"cycle", "/parent"}}},
		{"valid_to before valid_from", workforce.AdminArea{Code: "KH-12", Name: "P", Level: workforce.LevelProvince, ValidFrom: d("2020-01-01"), ValidTo: d("2019-01-01")}, []found{{"date_order", "/valid_to"}}},
		{"bad code and level", workforce.AdminArea{Code: "kh 12", Name: "P", Level: "state"}, []found{{"not_supported", "/level"}, {"pattern", "/code"}}},
		{"figure without provenance", workforce.AdminArea{Code: "KH-12", Name: "P", Level: workforce.LevelProvince, Population: []workforce.PopulationFigure{{Date: d("2019-03-03"), Total: 1}}}, []found{{"required", "/population/0/source"}, {"required", "/population/0/vintage"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := problemsOf(t, tc.area.Validate())
			slices.SortFunc(tc.want, func(a, b found) int { return workforce.ComparePaths(a.path, b.path) })
			if !slices.Equal(got, tc.want) {
				t.Fatalf("problems = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestRegistryValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(r *workforce.Registry)
		want   []found
	}{
		{"valid", func(*workforce.Registry) {}, nil},
		{"duplicate worker ids", func(r *workforce.Registry) { r.Workers = append(r.Workers, sampleWorker()) }, []found{{"duplicate", "/workers/0/id"}, {"duplicate", "/workers/1/id"}}},
		{"duplicate post ids", func(r *workforce.Registry) { r.Posts[1].ID = "P-1" }, []found{{"duplicate", "/posts/0/id"}, {"duplicate", "/posts/1/id"}}},
		{"duplicate area codes", func(r *workforce.Registry) { r.Areas[2].Code = "PH-LAG"; r.Posts[1].Area = "PH-LAG" }, []found{{"duplicate", "/areas/1/code"}, {"duplicate", "/areas/2/code"}, {"level_mismatch", "/posts/1/level"}, {"cycle", "/areas/2/parent"}}},
		{"duplicate employers", func(r *workforce.Registry) { r.Employers = append(r.Employers, r.Employers[0]) }, []found{{"duplicate", "/employers/0/id"}, {"duplicate", "/employers/1/id"}}},
		{"employment to unknown post", func(r *workforce.Registry) { r.Workers[0].Employments[0].PostID = "P-9" }, []found{{"dangling_reference", "/workers/0/employments/0/post_id"}}},
		{"post in unknown area", func(r *workforce.Registry) { r.Posts[0].Area = "PH-XX" }, []found{{"dangling_reference", "/posts/0/area"}}},
		{"post with unknown employer", func(r *workforce.Registry) { r.Posts[0].EmployerID = "NGO-1" }, []found{{"dangling_reference", "/posts/0/employer_id"}}},
		{"area with unknown parent", func(r *workforce.Registry) { r.Areas[2].Parent = "PH-XX" }, []found{{"dangling_reference", "/areas/2/parent"}}},
		{"post level differs from its area", func(r *workforce.Registry) { r.Posts[0].Level = workforce.LevelDistrict }, []found{{"level_mismatch", "/posts/0/level"}}},
		{"levels must descend", func(r *workforce.Registry) {
			r.Areas[2].Level = workforce.LevelProvince
			r.Posts[1].Level = workforce.LevelProvince
		}, []found{{"level_order", "/areas/2/level"}}},
		{"cycle in the area tree", func(r *workforce.Registry) { r.Areas[0].Parent = "PH-LAG-01" }, []found{{"cycle", "/areas/0/parent"}, {"cycle", "/areas/1/parent"}, {"cycle", "/areas/2/parent"}}},
		{"area abolished before the registry date", func(r *workforce.Registry) { r.Areas[2].ValidTo = d("2024-12-31") }, []found{{"not_current", "/posts/1/area"}}},
		{"dated after as_of", func(r *workforce.Registry) {
			r.Workers[0].CPD[0].Date = d("2025-07-01")
			r.Workers[0].Employments[0].Start = d("2026-01-01")
		}, []found{{"after_as_of", "/workers/0/cpd/0/date"}, {"after_as_of", "/workers/0/employments/0/start"}}},
		{"country and date required", func(r *workforce.Registry) { r.Country = ""; r.AsOf = workforce.CivilDate{} }, []found{{"required", "/as_of"}, {"required", "/country"}}},
		{"nested worker problem", func(r *workforce.Registry) { r.Workers[0].Credentials[0].Status = "" }, []found{{"required", "/workers/0/credentials/0/status"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := sampleRegistry()
			tc.mutate(&r)
			got := problemsOf(t, r.Validate())
			slices.SortFunc(tc.want, func(a, b found) int {
				if c := workforce.ComparePaths(a.path, b.path); c != 0 {
					return c
				}
				return strings.Compare(a.code, b.code)
			})
			if !slices.Equal(got, tc.want) {
				t.Fatalf("problems = %v\nwant       %v", got, tc.want)
			}
		})
	}
}

func TestGeneratedValuesAreValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := gen.AnyWorker().Draw(t, "worker")
		if err := w.Validate(); err != nil {
			t.Fatalf("generated worker is invalid: %v", err)
		}
		r := gen.Registry().Draw(t, "registry")
		if err := r.Validate(); err != nil {
			t.Fatalf("generated registry is invalid: %v", err)
		}
	})
}

// breakRegistry introduces a few referential and field errors, so that the
// permutation property has problems to compare.
func breakRegistry(t *rapid.T, r *workforce.Registry) {
	if len(r.Workers) > 0 && rapid.Bool().Draw(t, "dup worker") {
		r.Workers = append(r.Workers, r.Workers[0])
	}
	if len(r.Posts) > 0 && rapid.Bool().Draw(t, "dangling post") {
		r.Posts[0].Area = "ZZ-404"
	}
	if len(r.Areas) > 1 && rapid.Bool().Draw(t, "cycle") {
		r.Areas[0].Parent = r.Areas[len(r.Areas)-1].Code
	}
	if len(r.Workers) > 0 && rapid.Bool().Draw(t, "bad sex") {
		r.Workers[len(r.Workers)-1].Sex = "unknown"
	}
}

// TestRegistryValidationPermutationInvariant: shuffling every list changes
// the indexes in the paths and nothing else.
func TestRegistryValidationPermutationInvariant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gen.Registry().Draw(t, "registry")
		breakRegistry(t, &r)
		seed := rapid.Uint64().Draw(t, "seed")
		rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		p := r
		p.Areas, p.Employers, p.Posts, p.Workers = slices.Clone(r.Areas), slices.Clone(r.Employers), slices.Clone(r.Posts), slices.Clone(r.Workers)
		areaIdx := permute(rng, p.Areas)
		empIdx := permute(rng, p.Employers)
		postIdx := permute(rng, p.Posts)
		workerIdx := permute(rng, p.Workers)
		remap := func(path string) string {
			for _, m := range []struct {
				prefix string
				idx    []int
			}{{"/areas/", areaIdx}, {"/employers/", empIdx}, {"/posts/", postIdx}, {"/workers/", workerIdx}} {
				if rest, ok := strings.CutPrefix(path, m.prefix); ok {
					var i int
					var tail string
					fmt.Sscanf(rest, "%d", &i)
					if j := strings.IndexByte(rest, '/'); j >= 0 {
						tail = rest[j:]
					}
					return fmt.Sprintf("%s%d%s", m.prefix, m.idx[i], tail)
				}
			}
			return path
		}
		a := workforce.AsProblems(r.Validate())
		b := workforce.AsProblems(p.Validate())
		key := func(ps workforce.Problems, f func(string) string) []string {
			out := make([]string, len(ps))
			for i, q := range ps {
				out[i] = q.Code + " " + f(q.Path) + " " + q.Value
			}
			slices.Sort(out)
			return out
		}
		if ka, kb := key(a, remap), key(b, func(s string) string { return s }); !slices.Equal(ka, kb) {
			t.Fatalf("problems differ after shuffling:\n%v\n%v", ka, kb)
		}
	})
}

// permute shuffles s in place and returns, for each original index, the
// element's new index.
func permute[T any](rng *rand.Rand, s []T) []int {
	order := rng.Perm(len(s)) // order[new] = old
	orig := slices.Clone(s)
	where := make([]int, len(s))
	for newI, oldI := range order {
		s[newI] = orig[oldI]
		where[oldI] = newI
	}
	return where
}
