package workforce_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sswkit/ssw/workforce"
)

// TestPopulationFigureUniverses: a universe marked unknown has no value, a
// child figure needs no total, and every inconsistency is a located
// problem.
func TestPopulationFigureUniverses(t *testing.T) {
	unknown := func(u workforce.Universe) workforce.UniverseCount {
		return workforce.UniverseCount{Universe: u, Unknown: true}
	}
	group := func(u workforce.Universe, n int64) workforce.UniverseCount {
		return workforce.UniverseCount{Universe: u, Value: n}
	}
	fig := func(total, children int64, us ...workforce.UniverseCount) workforce.PopulationFigure {
		return workforce.PopulationFigure{Date: d("2019-03-03"), Total: total, Children: children, Source: "NIS", Vintage: "2019 census", Universes: us}
	}
	tests := []struct {
		name string
		fig  workforce.PopulationFigure
		want []found
	}{
		{"children without a total", fig(0, 700000, unknown(workforce.UniverseTotal)), nil},
		{"a total without children", fig(2281951, 0, unknown(workforce.UniverseChildren)), nil},
		{"age groups", fig(1000, 400, group(workforce.UniverseChildren0To14, 330), group(workforce.UniverseWorkingAge, 600), group(workforce.UniverseAged60Plus, 70), group(workforce.UniverseAged65Plus, 50)), nil},
		{"an unknown group beside a known total", fig(1000, 400, unknown(workforce.UniverseAged60Plus)), nil},
		{"total unknown and given", fig(1000, 400, unknown(workforce.UniverseTotal)), []found{{"inconsistent", "/total"}}},
		{"children unknown and given", fig(1000, 400, unknown(workforce.UniverseChildren)), []found{{"inconsistent", "/children"}}},
		{"group unknown and given", fig(1000, 400, workforce.UniverseCount{Universe: workforce.UniverseAged60Plus, Value: 5, Unknown: true}), []found{{"inconsistent", "/universes/0/value"}}},
		{"total given in universes", fig(1000, 400, group(workforce.UniverseTotal, 1000)), []found{{"inconsistent", "/universes/0/unknown"}}},
		{"a universe listed twice", fig(1000, 400, group(workforce.UniverseAged60Plus, 70), unknown(workforce.UniverseAged60Plus)), []found{{"duplicate", "/universes/1/universe"}}},
		{"a group above the total", fig(1000, 400, group(workforce.UniverseWorkingAge, 1001)), []found{{"inconsistent", "/universes/0/value"}}},
		{"0-14 above 0-17", fig(1000, 400, group(workforce.UniverseChildren0To14, 401)), []found{{"inconsistent", "/universes/0/value"}}},
		{"65+ above 60+", fig(1000, 400, group(workforce.UniverseAged60Plus, 70), group(workforce.UniverseAged65Plus, 71)), []found{{"inconsistent", "/universes/1/value"}}},
		{"a group above an unknown total", fig(0, 400, unknown(workforce.UniverseTotal), group(workforce.UniverseWorkingAge, 5000)), nil},
		{"children above the total", fig(100, 101), []found{{"children_exceed_total", "/children"}}},
		{"unknown universe", fig(100, 10, group("aged_80_plus", 1)), []found{{"not_supported", "/universes/0/universe"}}},
		{"negative group", fig(100, 10, group(workforce.UniverseAged60Plus, -1)), []found{{"min", "/universes/0/value"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := problemsOf(t, tc.fig.Validate())
			if !slices.Equal(got, tc.want) {
				t.Fatalf("problems %v, want %v", got, tc.want)
			}
			// The same figure inside an area is located under it.
			a := workforce.AdminArea{Code: "KH-12", Name: "Phnom Penh", Level: workforce.LevelProvince, Population: []workforce.PopulationFigure{tc.fig}}
			inArea := problemsOf(t, a.Validate())
			if len(inArea) != len(tc.want) {
				t.Fatalf("in an area: %v, want %d problems", inArea, len(tc.want))
			}
			for i := range inArea {
				if inArea[i].path != "/population/0"+tc.want[i].path {
					t.Errorf("in an area: %v, want under /population/0", inArea[i])
				}
			}
		})
	}
}

func TestPopulationFigureCount(t *testing.T) {
	f := workforce.PopulationFigure{Total: 0, Children: 700000, Universes: []workforce.UniverseCount{
		{Universe: workforce.UniverseTotal, Unknown: true},
		{Universe: workforce.UniverseAged60Plus, Value: 0},
	}}
	tests := []struct {
		u     workforce.Universe
		n     int64
		known bool
	}{
		{workforce.UniverseTotal, 0, false},
		{workforce.UniverseChildren, 700000, true},
		{workforce.UniverseAged60Plus, 0, true},  // a published zero
		{workforce.UniverseAged65Plus, 0, false}, // not stated
	}
	for _, tc := range tests {
		if n, known := f.Count(tc.u); n != tc.n || known != tc.known {
			t.Errorf("Count(%s) = %d, %v; want %d, %v", tc.u, n, known, tc.n, tc.known)
		}
	}
	if n, known := (workforce.PopulationFigure{Total: 0}).Count(workforce.UniverseTotal); n != 0 || !known {
		t.Error("a total of 0 not marked unknown is a known zero, as before")
	}
}

// TestPopulationVintages: several figures of one date are allowed when
// their vintages differ; the last listed applies by default, a named
// vintage picks its own, and no other vintage stands in for it.
func TestPopulationVintages(t *testing.T) {
	census := d("2019-03-03")
	a := workforce.AdminArea{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational, Population: []workforce.PopulationFigure{
		{Date: census, Total: 15288489, Source: "NIS", Vintage: "2019 census, provisional", Universes: []workforce.UniverseCount{{Universe: workforce.UniverseChildren, Unknown: true}}},
		{Date: census, Total: 15552211, Children: 5844720, Source: "NIS", Vintage: "2019 census, final"},
		{Date: d("2024-01-01"), Total: 17000000, Children: 5600000, Source: "illustrative", Vintage: "projection"},
	}}
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		on      string
		vintage string
		named   bool
		total   int64
		ok      bool
	}{
		{"2020-06-30", "", false, 15552211, true},
		{"2020-06-30", "2019 census, provisional", true, 15288489, true},
		{"2020-06-30", "2019 census, final", true, 15552211, true},
		{"2020-06-30", "projection", true, 0, false}, // dated after: never applies earlier
		{"2025-06-30", "", false, 17000000, true},
		{"2025-06-30", "2019 census, provisional", true, 15288489, true},
		{"2025-06-30", "2019 census", true, 0, false}, // names match exactly
		{"2019-03-02", "", false, 0, false},
	}
	for _, tc := range tests {
		var fig workforce.PopulationFigure
		var ok bool
		if tc.named {
			fig, ok = a.PopulationOfVintage(d(tc.on), tc.vintage)
		} else {
			fig, ok = a.PopulationOn(d(tc.on))
		}
		if ok != tc.ok || fig.Total != tc.total {
			t.Errorf("on %s vintage %q: %d, %v; want %d, %v", tc.on, tc.vintage, fig.Total, ok, tc.total, tc.ok)
		}
	}
	// Reversing the list reverses the default among figures of one date.
	slices.Reverse(a.Population)
	if fig, _ := a.PopulationOn(d("2020-06-30")); fig.Vintage != "2019 census, provisional" {
		t.Errorf("default %q, want the last listed", fig.Vintage)
	}
	same := a
	same.Population = []workforce.PopulationFigure{a.Population[1], a.Population[1]}
	if got := problemsOf(t, same.Validate()); !slices.Equal(got, []found{{"duplicate", "/population/0/date"}, {"duplicate", "/population/1/date"}}) {
		t.Errorf("same date and vintage: %v", got)
	}
}

// TestPopulationUniversesJSON: a figure without universes writes exactly
// the members it wrote before; one with universes reads back through the
// strict decoder.
func TestPopulationUniversesJSON(t *testing.T) {
	plain := workforce.PopulationFigure{Date: d("2019-03-03"), Total: 2281951, Children: 700000, Source: "NIS", Vintage: "2019 census, final"}
	b, err := json.Marshal(plain)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"date":"2019-03-03","total":2281951,"children":700000,"source":"NIS","vintage":"2019 census, final"}`; string(b) != want {
		t.Fatalf("%s\nwant %s", b, want)
	}
	marked := plain
	marked.Total = 0
	marked.Universes = []workforce.UniverseCount{{Universe: workforce.UniverseTotal, Unknown: true}, {Universe: workforce.UniverseAged60Plus, Value: 150000}}
	b, err = json.Marshal(marked)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"universes":[{"universe":"total_population","value":0,"unknown":true},{"universe":"aged_60_plus","value":150000}]`)) {
		t.Fatalf("%s", b)
	}
	var back workforce.PopulationFigure
	if err := workforce.Decode(b, &back); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Universes, marked.Universes) || back.Total != 0 {
		t.Fatalf("read back %+v", back)
	}
	if err := workforce.Decode([]byte(`{"date":"2019-03-03","total":0,"children":1,"source":"NIS","vintage":"v","universes":[{"universe":"total_population","unknown":true,"unknown":true}]}`), &back); err == nil {
		t.Error("a repeated member must be refused")
	}
}

// TestAreaCSVUniverses: a universe not published is written and read as
// unknown, never as a 0 standing for it; the age groups have columns of
// their own; the area comes back as it was written.
func TestAreaCSVUniverses(t *testing.T) {
	a := workforce.AdminArea{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational, Population: []workforce.PopulationFigure{
		{Date: d("2019-03-03"), Children: 5400000, Source: "NIS", Vintage: "2019 census", Universes: []workforce.UniverseCount{
			{Universe: workforce.UniverseTotal, Unknown: true},
			{Universe: workforce.UniverseChildren0To14, Value: 4500000},
			{Universe: workforce.UniverseAged60Plus, Unknown: true},
		}},
		{Date: d("2020-07-01"), Total: 15600000, Children: 5500000, Source: "NIS", Vintage: "projection"},
	}}
	var buf bytes.Buffer
	w := workforce.NewAreaCSVWriter(&buf)
	if err := w.Write(a); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if want := "KH,Cambodia,national,,,,,2019-03-03,unknown,5400000,NIS,2019 census,4500000,,unknown,"; lines[1] != want {
		t.Errorf("row\n%s\nwant\n%s", lines[1], want)
	}
	r := workforce.NewAreaCSVReader(strings.NewReader(buf.String()), workforce.StreamOptions{Validate: true})
	if !r.Next() {
		t.Fatal(r.Err())
	}
	if got := r.Record(); !reflect.DeepEqual(got, a) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, a)
	}
	if n, known := r.Record().Population[0].Count(workforce.UniverseTotal); known || n != 0 {
		t.Errorf("total read as %d, known %v: an unknown total is never a number", n, known)
	}

	// A bad age-group cell is a located problem; UNKNOWN in any case marks.
	in := "code,name,level,population_date,population_total,population_children,population_source,population_vintage,population_aged_65_plus\n" +
		"KH,Cambodia,national,2019-03-03,UNKNOWN,5400000,NIS,2019 census,many\n"
	r = workforce.NewAreaCSVReader(strings.NewReader(in), workforce.StreamOptions{Validate: true, ContinueOnError: true})
	for r.Next() {
		t.Errorf("read %+v from a bad row", r.Record())
	}
	ps := r.Problems()
	if len(ps) != 1 || ps[0].Line != 2 || ps[0].Path != "/population/0/universes" || ps[0].Code != workforce.CodeType {
		t.Errorf("problems %v, want one type problem at line 2, /population/0/universes", ps)
	}
}

// A publisher gives the child population but not the total: the total is
// marked unknown, not written as 0.
func ExamplePopulationFigure_Count() {
	fig := workforce.PopulationFigure{
		Date: workforce.MustParseDate("2019-03-03"), Children: 700000,
		Source: "National Institute of Statistics", Vintage: "2019 census, final",
		Universes: []workforce.UniverseCount{
			{Universe: workforce.UniverseTotal, Unknown: true},
			{Universe: workforce.UniverseAged60Plus, Value: 150000},
		},
	}
	fmt.Println(fig.Validate())
	for _, u := range []workforce.Universe{workforce.UniverseTotal, workforce.UniverseChildren, workforce.UniverseAged60Plus, workforce.UniverseWorkingAge} {
		n, known := fig.Count(u)
		fmt.Println(u, n, known)
	}
	// Output:
	// <nil>
	// total_population 0 false
	// children_0_17 700000 true
	// aged_60_plus 150000 true
	// working_age_15_64 0 false
}

// Provisional and final results of one census share a date; the last
// listed applies unless a vintage is named. Cambodia's General Population
// Census 2019 (National Institute of Statistics): 15,288,489 in the
// provisional results, 15,552,211 in the final ones. The child population
// is left unknown here.
func ExampleAdminArea_PopulationOfVintage() {
	census := workforce.MustParseDate("2019-03-03")
	noChildren := []workforce.UniverseCount{{Universe: workforce.UniverseChildren, Unknown: true}}
	a := workforce.AdminArea{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational, Population: []workforce.PopulationFigure{
		{Date: census, Total: 15288489, Source: "NIS", Vintage: "2019 census, provisional", Universes: noChildren},
		{Date: census, Total: 15552211, Source: "NIS", Vintage: "2019 census, final", Universes: noChildren},
	}}
	fmt.Println(a.Validate())
	on := workforce.MustParseDate("2020-06-30")
	fig, _ := a.PopulationOn(on)
	fmt.Println(fig.Vintage, fig.Total)
	fig, _ = a.PopulationOfVintage(on, "2019 census, provisional")
	fmt.Println(fig.Vintage, fig.Total)
	// Output:
	// <nil>
	// 2019 census, final 15552211
	// 2019 census, provisional 15288489
}
