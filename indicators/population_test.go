package indicators_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// popIndicators are the indicators that divide by, or divide, a
// population.
var popIndicators = []indicators.IndicatorID{indicators.SSWDenPop, indicators.SSWDenChild, indicators.SWDenPop, indicators.SWDenChild,
	indicators.SSWPopPerWorker, indicators.SSWChildPerWorker}

func unknownOf(us ...workforce.Universe) []workforce.UniverseCount {
	out := make([]workforce.UniverseCount, len(us))
	for i, u := range us {
		out[i] = workforce.UniverseCount{Universe: u, Unknown: true}
	}
	return out
}

func workersIn(area workforce.AreaCode, n int) indicators.AggregateCount {
	return indicators.AggregateCount{Area: area, Measure: indicators.MeasureWorkers, Scope: indicators.ScopeHeadCount,
		Value: workforce.MustParseDecimal(strconv.Itoa(n))}
}

// TestUnknownPopulationIsMissing: an indicator that needs a universe a
// figure marks unknown is missing with the reason, never undefined and
// never a ratio to zero; the other universe of the same figure is used.
func TestUnknownPopulationIsMissing(t *testing.T) {
	census := workforce.MustParseDate("2019-03-03")
	fig := func(total, children int64, us ...workforce.UniverseCount) []workforce.PopulationFigure {
		return []workforce.PopulationFigure{{Date: census, Total: total, Children: children, Source: "NIS", Vintage: "2019 census", Universes: us}}
	}
	f := indicators.AggregateFigures{
		Country: "KH", AsOf: workforce.MustParseDate("2021-06-30"),
		Areas: []workforce.AdminArea{
			{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational},
			{Code: "KH-1", Name: "One", Level: workforce.LevelProvince, Parent: "KH", Population: fig(0, 40000, unknownOf(workforce.UniverseTotal)...)},
			{Code: "KH-2", Name: "Two", Level: workforce.LevelProvince, Parent: "KH", Population: fig(90000, 0, unknownOf(workforce.UniverseChildren)...)},
			{Code: "KH-3", Name: "Three", Level: workforce.LevelProvince, Parent: "KH", Population: fig(0, 0)}, // published zeros
		},
		Counts: []indicators.AggregateCount{workersIn("KH-1", 8), workersIn("KH-2", 9), workersIn("KH-3", 0)},
	}
	rep, err := indicators.EvaluateAggregates(f, indicators.Options{Indicators: popIndicators})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id     indicators.IndicatorID
		area   workforce.AreaCode
		status indicators.ResultStatus
		value  string
		note   string
	}{
		{indicators.SSWDenChild, "KH-1", indicators.StatusUnreliable, "20", ""},
		{indicators.SSWDenPop, "KH-1", indicators.StatusMissing, "", "the total population of KH-1 is not published in its figure (2019 census, 2019-03-03)"},
		{indicators.SSWPopPerWorker, "KH-1", indicators.StatusMissing, "", "the total population of KH-1 is not published"},
		{indicators.SSWChildPerWorker, "KH-1", indicators.StatusUnreliable, "5000", ""},
		{indicators.SSWDenPop, "KH-2", indicators.StatusUnreliable, "10", ""},
		{indicators.SSWDenChild, "KH-2", indicators.StatusMissing, "", "the child population (0-17) of KH-2 is not published"},
		{indicators.SSWChildPerWorker, "KH-2", indicators.StatusMissing, "", "the child population (0-17) of KH-2 is not published"},
		// A published zero stays a zero: the density is undefined.
		{indicators.SSWDenPop, "KH-3", indicators.StatusUndefined, "", ""},
		// The nation's sum needs every province's figure of the universe.
		{indicators.SSWDenPop, "KH", indicators.StatusMissing, "", "the total population of KH is not known: the figure of an area below it marks it not published"},
		{indicators.SSWDenChild, "KH", indicators.StatusMissing, "", "the child population (0-17) of KH is not known"},
	}
	for _, tc := range tests {
		r, ok := rep.ResultIn(tc.id, tc.area)
		if !ok {
			t.Fatalf("%s %s: no result", tc.id, tc.area)
		}
		if r.Status != tc.status {
			t.Errorf("%s %s: status %s, want %s (notes %q)", tc.id, tc.area, r.Status, tc.status, r.Notes)
		}
		if got := r.Value.String(); tc.value != "" && !strings.HasPrefix(got, tc.value) {
			t.Errorf("%s %s: value %s, want %s", tc.id, tc.area, got, tc.value)
		}
		if tc.status == indicators.StatusMissing && (!r.Value.IsZero() || r.Population != nil) {
			t.Errorf("%s %s: a missing result has value %s, population %+v", tc.id, tc.area, r.Value, r.Population)
		}
		if tc.note != "" && !slices.ContainsFunc(r.Notes, func(n string) bool { return strings.HasPrefix(n, tc.note) }) {
			t.Errorf("%s %s: notes %q, want one starting %q", tc.id, tc.area, r.Notes, tc.note)
		}
	}
}

// TestPopulationVintage: several figures of one date; the last listed is
// the default, a named vintage is used everywhere it exists, and an area
// without it is missing rather than given another vintage.
func TestPopulationVintage(t *testing.T) {
	census := workforce.MustParseDate("2019-03-03")
	both := func(prov, final int64) []workforce.PopulationFigure {
		return []workforce.PopulationFigure{
			{Date: census, Total: prov, Children: prov / 3, Source: "NIS", Vintage: "provisional"},
			{Date: census, Total: final, Children: final / 3, Source: "NIS", Vintage: "final"},
		}
	}
	f := indicators.AggregateFigures{
		Country: "KH", AsOf: workforce.MustParseDate("2021-06-30"),
		Areas: []workforce.AdminArea{
			{Code: "KH", Name: "Cambodia", Level: workforce.LevelNational},
			{Code: "KH-1", Name: "One", Level: workforce.LevelProvince, Parent: "KH", Population: both(100000, 125000)},
			{Code: "KH-2", Name: "Two", Level: workforce.LevelProvince, Parent: "KH", Population: both(200000, 250000)},
			{Code: "KH-3", Name: "Three", Level: workforce.LevelProvince, Parent: "KH", Population: []workforce.PopulationFigure{
				{Date: census, Total: 50000, Children: 20000, Source: "NIS", Vintage: "final"}}},
		},
		Counts: []indicators.AggregateCount{workersIn("KH-1", 50), workersIn("KH-2", 50), workersIn("KH-3", 50)},
	}
	tests := []struct {
		vintage string
		area    workforce.AreaCode
		status  indicators.ResultStatus
		value   string // per 100,000, cut
		used    string // the vintage the result names
		derived bool
	}{
		{"", "KH-1", indicators.StatusOK, "40", "final", false},
		{"", "KH", indicators.StatusOK, "35.29", "final", true}, // 150 / 425,000
		{"final", "KH-2", indicators.StatusOK, "20", "final", false},
		{"provisional", "KH-1", indicators.StatusOK, "50", "provisional", false},
		{"provisional", "KH-2", indicators.StatusOK, "25", "provisional", false},
		{"provisional", "KH-3", indicators.StatusMissing, "", "", false},
		{"provisional", "KH", indicators.StatusMissing, "", "", false},
		{"2019 census", "KH-1", indicators.StatusMissing, "", "", false},
	}
	for _, tc := range tests {
		rep, err := indicators.EvaluateAggregates(f, indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenPop}, PopulationVintage: tc.vintage})
		if err != nil {
			t.Fatal(err)
		}
		r, _ := rep.ResultIn(indicators.SSWDenPop, tc.area)
		if r.Status != tc.status || !strings.HasPrefix(r.Value.String(), tc.value) {
			t.Errorf("vintage %q %s: %s %s, want %s %s (notes %q)", tc.vintage, tc.area, r.Status, r.Value, tc.status, tc.value, r.Notes)
			continue
		}
		if tc.status == indicators.StatusMissing {
			want := "no population figure of vintage \"" + tc.vintage + "\" applies to " + string(tc.area)
			if r.Population != nil || !slices.ContainsFunc(r.Notes, func(n string) bool { return strings.HasPrefix(n, want) }) {
				t.Errorf("vintage %q %s: population %+v notes %q, want %q", tc.vintage, tc.area, r.Population, r.Notes, want)
			}
			continue
		}
		if p := r.Population; p == nil || p.Vintage != tc.used || p.Derived != tc.derived || p.Source != "NIS" {
			t.Errorf("vintage %q %s: population %+v, want vintage %q derived %v", tc.vintage, tc.area, p, tc.used, tc.derived)
		}
	}
	// The default follows the order of the list: the last listed applies.
	for i := range f.Areas {
		slices.Reverse(f.Areas[i].Population)
	}
	rep, err := indicators.EvaluateAggregates(f, indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenPop}})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := rep.ResultIn(indicators.SSWDenPop, "KH-1"); r.Population == nil || r.Population.Vintage != "provisional" {
		t.Errorf("reversed: %+v", r.Population)
	}
	// A vintage name too long is a located problem of the options.
	_, err = indicators.EvaluateAggregates(f, indicators.Options{PopulationVintage: strings.Repeat("v", 201)})
	if ps := workforce.AsProblems(err); len(ps) != 1 || ps[0].Path != "/options/population_vintage" {
		t.Errorf("a long vintage: %v", err)
	}
}

// TestUnknownPopulationNeverYieldsANumber (property): whatever universes
// the figures of an area tree mark unknown, a result that needs one of
// them, at the area or summed from the areas below, is missing with no
// value and no population; every other population result has its figure.
func TestUnknownPopulationNeverYieldsANumber(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		asOf := workforce.MustParseDate("2021-06-30")
		type node struct {
			code    workforce.AreaCode
			parent  int
			hasFig  bool
			unknown [2]bool // total, children
		}
		nodes := []node{{code: "KH", parent: -1, hasFig: rapid.Bool().Draw(t, "nationFig")}}
		provinces := rapid.IntRange(1, 3).Draw(t, "provinces")
		for p := range provinces {
			nodes = append(nodes, node{code: workforce.AreaCode(fmt.Sprintf("KH-%d", p+1)), parent: 0})
			parent := len(nodes) - 1
			for c := range rapid.IntRange(0, 3).Draw(t, "communes") {
				nodes = append(nodes, node{code: workforce.AreaCode(fmt.Sprintf("KH-%d-%d", p+1, c+1)), parent: parent})
			}
		}
		f := indicators.AggregateFigures{Country: "KH", AsOf: asOf}
		for i := range nodes {
			n := &nodes[i]
			if i > 0 {
				n.hasFig = rapid.Bool().Draw(t, "hasFig")
			}
			level := []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince, workforce.LevelCommune}[strings.Count(string(n.code), "-")]
			a := workforce.AdminArea{Code: n.code, Name: string(n.code), Level: level}
			if n.parent >= 0 {
				a.Parent = nodes[n.parent].code
			}
			if n.hasFig {
				total := rapid.Int64Range(0, 1_000_000).Draw(t, "total")
				fig := workforce.PopulationFigure{Date: workforce.MustParseDate("2019-03-03"), Total: total,
					Children: rapid.Int64Range(0, total).Draw(t, "children"), Source: "NIS", Vintage: "census"}
				for u, universe := range []workforce.Universe{workforce.UniverseTotal, workforce.UniverseChildren} {
					if n.unknown[u] = rapid.Bool().Draw(t, "unknown"); n.unknown[u] {
						fig.Universes = append(fig.Universes, workforce.UniverseCount{Universe: universe, Unknown: true})
						if u == 0 {
							fig.Total = 0
						} else {
							fig.Children = 0
						}
					}
				}
				a.Population = []workforce.PopulationFigure{fig}
			}
			f.Areas = append(f.Areas, a)
			f.Counts = append(f.Counts, workersIn(n.code, rapid.IntRange(0, 50).Draw(t, "workers")))
		}
		// The counts of an area include those below: make them add up.
		for i := len(nodes) - 1; i > 0; i-- {
			sum := f.Counts[nodes[i].parent].Value.Decimal().Add(f.Counts[i].Value.Decimal())
			f.Counts[nodes[i].parent].Value = workforce.MustParseDecimal(sum.String())
		}
		// state: 0 no population, 1 known, 2 marked unknown (here or below).
		var state func(i, u int) int
		state = func(i, u int) int {
			if nodes[i].hasFig {
				if nodes[i].unknown[u] {
					return 2
				}
				return 1
			}
			st, any := 1, false
			for j := range nodes {
				if nodes[j].parent == i {
					any = true
					switch s := state(j, u); {
					case s == 0:
						return 0
					case s == 2:
						st = 2
					}
				}
			}
			if !any {
				return 0
			}
			return st
		}
		// The SW- densities also need qualified counts, not given here.
		ids := []indicators.IndicatorID{indicators.SSWDenPop, indicators.SSWDenChild, indicators.SSWPopPerWorker, indicators.SSWChildPerWorker}
		rep, err := indicators.EvaluateAggregates(f, indicators.Options{Indicators: ids})
		if err != nil {
			t.Fatal(err)
		}
		for i, n := range nodes {
			for _, id := range ids {
				d, _ := indicators.Lookup(id)
				u := 0
				if d.Universe == indicators.UniverseChildren {
					u = 1
				}
				r, ok := rep.ResultIn(id, n.code)
				if !ok {
					t.Fatalf("%s %s: no result", id, n.code)
				}
				switch state(i, u) {
				case 0, 2:
					if r.Status != indicators.StatusMissing || !r.Value.IsZero() || r.Population != nil {
						t.Fatalf("%s %s: %s %s %+v, want missing without a number (notes %q)", id, n.code, r.Status, r.Value, r.Population, r.Notes)
					}
				case 1:
					if r.Status == indicators.StatusMissing || r.Population == nil {
						t.Fatalf("%s %s: %s, want a result with its population (notes %q)", id, n.code, r.Status, r.Notes)
					}
				}
			}
		}
	})
}

// Two releases of one census for one province (illustrative figures):
// the provisional one gives the total and the children, the final one so
// far only the children. By default the last listed applies: densities per
// children are computed, population per worker is missing with the reason,
// never a "1 : 0". Naming the provisional vintage uses it throughout.
func ExampleOptions_populationVintage() {
	census := workforce.MustParseDate("2019-03-03")
	f := indicators.AggregateFigures{
		Country: "KH", AsOf: workforce.MustParseDate("2021-06-30"),
		Areas: []workforce.AdminArea{{Code: "KH-12", Name: "Province A", Level: workforce.LevelProvince, Population: []workforce.PopulationFigure{
			{Date: census, Total: 2100000, Children: 700000, Source: "NIS", Vintage: "2019 census, provisional"},
			{Date: census, Children: 700000, Source: "NIS", Vintage: "2019 census, final",
				Universes: []workforce.UniverseCount{{Universe: workforce.UniverseTotal, Unknown: true}}},
		}}},
		Counts: []indicators.AggregateCount{workersIn("KH-12", 140)},
	}
	ids := []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWPopPerWorker}
	for _, vintage := range []string{"", "2019 census, provisional"} {
		rep, err := indicators.EvaluateAggregates(f, indicators.Options{Indicators: ids, PopulationVintage: vintage})
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, id := range ids {
			r, _ := rep.ResultIn(id, "KH-12")
			if r.Population != nil {
				v, _ := r.Present()
				fmt.Println(id, r.Status, v, "—", r.Population.Vintage)
			} else {
				fmt.Println(id, r.Status, "—", r.Notes[0])
			}
		}
	}
	// Output:
	// SSW-DEN-CHILD ok 20.0 — 2019 census, final
	// SSW-POP-PER-WORKER missing — the total population of KH-12 is not published in its figure (2019 census, final, 2019-03-03)
	// SSW-DEN-CHILD ok 20.0 — 2019 census, provisional
	// SSW-POP-PER-WORKER ok 15000 — 2019 census, provisional
}
