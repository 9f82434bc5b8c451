package indicators_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// extended returns the protected table as an (R+1)×(C+1) array of
// suppression flags, margins last.
func extended(p indicators.ProtectedTable) [][]bool {
	rows, cols := len(p.Cells), len(p.Cells[0])
	s := make([][]bool, rows+1)
	for i := range s {
		s[i] = make([]bool, cols+1)
	}
	for i := range rows {
		for j := range cols {
			s[i][j] = p.Cells[i][j].Suppressed()
		}
		s[i][cols] = p.RowTotals[i].Suppressed()
	}
	for j := range cols {
		s[rows][j] = p.ColumnTotals[j].Suppressed()
	}
	s[rows][cols] = p.Total.Suppressed()
	return s
}

// determined reports, for each suppressed entry of the extended table,
// whether the published entries fix its value through the table's
// additive relations (each row and column of the extended array sums to
// its margin entry). Entry k is determined exactly when its column in
// the equation matrix restricted to suppressed entries is not in the span
// of the other columns: rank drops by one without it.
func determined(s [][]bool) map[[2]int]bool {
	nr, nc := len(s), len(s[0])
	var unknowns [][2]int
	for i := range nr {
		for j := range nc {
			if s[i][j] {
				unknowns = append(unknowns, [2]int{i, j})
			}
		}
	}
	coef := func(line int, e [2]int) int64 { // lines: rows 0..nr-1, then columns
		if line < nr {
			if e[0] != line {
				return 0
			}
			if e[1] == nc-1 {
				return -1
			}
			return 1
		}
		col := line - nr
		if e[1] != col {
			return 0
		}
		if e[0] == nr-1 {
			return -1
		}
		return 1
	}
	matrix := func(skip int) [][]*big.Rat {
		var m [][]*big.Rat
		for line := range nr + nc {
			var row []*big.Rat
			for k, e := range unknowns {
				if k != skip {
					row = append(row, big.NewRat(coef(line, e), 1))
				}
			}
			m = append(m, row)
		}
		return m
	}
	full := rank(matrix(-1))
	out := map[[2]int]bool{}
	for k, e := range unknowns {
		out[e] = rank(matrix(k)) < full
	}
	return out
}

// rank is exact Gaussian elimination over the rationals.
func rank(m [][]*big.Rat) int {
	if len(m) == 0 || len(m[0]) == 0 {
		return 0
	}
	r := 0
	for c := 0; c < len(m[0]) && r < len(m); c++ {
		p := -1
		for i := r; i < len(m); i++ {
			if m[i][c].Sign() != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		m[r], m[p] = m[p], m[r]
		for i := range m {
			if i == r || m[i][c].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Quo(m[i][c], m[r][c])
			for j := c; j < len(m[0]); j++ {
				m[i][j].Sub(m[i][j], new(big.Rat).Mul(f, m[r][j]))
			}
		}
		r++
	}
	return r
}

func TestPropertyProtectTable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rows := rapid.IntRange(1, 5).Draw(t, "rows")
		cols := rapid.IntRange(1, 5).Draw(t, "cols")
		table := indicators.CountTable{Cells: make([][]int64, rows)}
		for i := range rows {
			for range cols {
				v := rapid.OneOf(rapid.Int64Range(0, 12), rapid.Int64Range(0, 200)).Draw(t, "cell")
				table.Cells[i] = append(table.Cells[i], v)
			}
		}
		p := indicators.DisclosurePolicy{
			Threshold:     rapid.SampledFrom([]int64{indicators.ThresholdMinimal, indicators.ThresholdStandard, indicators.ThresholdStrict}).Draw(t, "threshold"),
			SuppressZeros: rapid.Bool().Draw(t, "suppress zeros"),
		}
		out, err := p.Protect(table)
		if err != nil {
			t.Fatal(err)
		}
		again, _ := p.Protect(table)
		s := extended(out)
		if fmt.Sprint(extended(again)) != fmt.Sprint(s) {
			t.Fatal("not deterministic")
		}
		// Values as published.
		x := make([][]int64, rows+1)
		for i := range x {
			x[i] = make([]int64, cols+1)
		}
		for i := range rows {
			for j := range cols {
				v := table.Cells[i][j]
				x[i][j], x[i][cols], x[rows][j], x[rows][cols] = v, x[i][cols]+v, x[rows][j]+v, x[rows][cols]+v
			}
		}
		for i := range x {
			for j := range x[i] {
				v := x[i][j]
				if v > 0 && v < p.Threshold && !s[i][j] {
					t.Fatalf("count %d at (%d,%d) below the threshold is published", v, i, j)
				}
				if v == 0 && s[i][j] && !p.SuppressZeros {
					t.Fatalf("a true zero at (%d,%d) was suppressed", i, j)
				}
			}
		}
		// No line (row or column, margins included) has exactly one
		// suppressed entry: none is recoverable by subtraction from a total.
		for i := range rows + 1 {
			n := 0
			for j := range cols + 1 {
				if s[i][j] {
					n++
				}
			}
			if n == 1 {
				t.Fatalf("row %d has a single suppressed entry: %v", i, s)
			}
		}
		for j := range cols + 1 {
			n := 0
			for i := range rows + 1 {
				if s[i][j] {
					n++
				}
			}
			if n == 1 {
				t.Fatalf("column %d has a single suppressed entry: %v", j, s)
			}
		}
		// Nor by any combination of rows and columns.
		for e, det := range determined(s) {
			if det {
				t.Fatalf("suppressed entry %v is determined by the published ones: %v", e, s)
			}
		}
	})
}

func TestProtectCases(t *testing.T) {
	tests := []struct {
		name   string
		cells  [][]int64
		policy indicators.DisclosurePolicy
		want   string // suppression pattern of the extended table, row by row
		reason string
	}{
		{"nothing small", [][]int64{{10, 20}, {30, 40}}, indicators.DefaultDisclosure(),
			"[[false false false] [false false false] [false false false]]", ""},
		{"one small cell takes a rectangle", [][]int64{{3, 20}, {30, 40}}, indicators.DefaultDisclosure(),
			"[[true true false] [true true false] [false false false]]", "cost 20 + 30 + 40 beats any rectangle through the margins"},
		{"a single small cell table", [][]int64{{3}}, indicators.DefaultDisclosure(),
			"[[true true] [true true]]", "cell, both margins and the total all equal 3"},
		{"zeros are published", [][]int64{{0, 15}, {12, 0}}, indicators.DefaultDisclosure(),
			"[[false false false] [false false false] [false false false]]", ""},
		{"zeros suppressed on request", [][]int64{{0, 15}, {12, 11}}, indicators.DisclosurePolicy{Threshold: 10, SuppressZeros: true},
			"[[true true false] [true true false] [false false false]]", ""},
		{"a small margin", [][]int64{{2, 3}, {40, 50}}, indicators.DisclosurePolicy{Threshold: 6},
			"[[true true true] [true true true] [false false false]]", "row total 5 is itself below 6; after the first rectangle (40, 50) the column of totals still holds a lone suppressed entry, so row 1's total follows"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := tc.policy.Protect(indicators.CountTable{Cells: tc.cells})
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprint(extended(out)); got != tc.want {
				t.Fatalf("pattern %s, want %s (%s)", got, tc.want, tc.reason)
			}
			for e, det := range determined(extended(out)) {
				if det {
					t.Fatalf("entry %v determined", e)
				}
			}
		})
	}
	bad := []indicators.CountTable{
		{Cells: [][]int64{{1, 2}, {3}}},
		{Cells: [][]int64{{-1}}},
		{},
		{Rows: []string{"a", "b"}, Cells: [][]int64{{1}}},
	}
	for i, tb := range bad {
		if _, err := indicators.DefaultDisclosure().Protect(tb); !errors.Is(err, workforce.ErrInvalid) {
			t.Errorf("bad table %d: %v", i, err)
		}
	}
	if _, err := (indicators.DisclosurePolicy{}).Protect(indicators.CountTable{Cells: [][]int64{{1}}}); err == nil {
		t.Error("a zero policy was accepted")
	}
}

// TestReportDisclosureScenario: three communes with 3, 20 and 30 workers.
// The 3 is suppressed (primary); the 20 too, or 3 = total − 20 − 30.
func TestReportDisclosureScenario(t *testing.T) {
	reg := workforce.Registry{Country: "KH", AsOf: asOf,
		Areas: []workforce.AdminArea{
			{Code: "N", Name: "N", Level: workforce.LevelNational, Population: fig(1000000, 400000, "census")},
			{Code: "C1", Name: "C1", Level: workforce.LevelCommune, Parent: "N", Population: fig(300000, 100000, "census")},
			{Code: "C2", Name: "C2", Level: workforce.LevelCommune, Parent: "N", Population: fig(300000, 100000, "census")},
			{Code: "C3", Name: "C3", Level: workforce.LevelCommune, Parent: "N", Population: fig(400000, 200000, "census")},
		},
		Employers: []workforce.Employer{{ID: "G", Name: "G", Sector: workforce.SectorGovernment}},
	}
	for i, n := range []int{3, 20, 30} {
		post := workforce.ID(fmt.Sprintf("p%d", i+1))
		reg.Posts = append(reg.Posts, workforce.Post{ID: post, Cadre: workforce.CadreProfessional, Level: workforce.LevelCommune,
			Area: workforce.AreaCode(fmt.Sprintf("C%d", i+1)), EmployerID: "G", Status: workforce.PostFilled, FTE: workforce.FullTime()})
		for j := range n {
			reg.Workers = append(reg.Workers, workforce.Worker{ID: workforce.ID(fmt.Sprintf("w%d-%d", i, j)), Sex: workforce.SexFemale,
				Cadre: workforce.CadreProfessional, Employments: []workforce.Employment{emp(post, "2020-01-01", "", "1", "")}})
		}
	}
	tl, err := indicators.TallyRegistry(&reg, asOf, indicators.RecordRules{})
	if err != nil {
		t.Fatal(err)
	}
	p := indicators.DefaultDisclosure()
	rep, err := tl.Evaluate(indicators.Options{Indicators: []indicators.IndicatorID{indicators.SSWDenPop}, Disclosure: &p,
		Disaggregations: []indicators.Disaggregation{indicators.ByArea}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[workforce.AreaCode]indicators.ResultStatus{}
	for _, r := range rep.Results {
		got[r.Cell.Area] = r.Status
		if r.Status == indicators.StatusSuppressed && (!r.Numerator.IsZero() || !r.Value.IsZero()) {
			t.Fatalf("suppressed result carries counts: %+v", r)
		}
	}
	want := map[workforce.AreaCode]indicators.ResultStatus{"N": indicators.StatusOK, "C1": indicators.StatusSuppressed,
		"C2": indicators.StatusSuppressed, "C3": indicators.StatusOK}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("statuses %v, want %v", got, want)
	}
	if err := rep.Validate(); err != nil {
		t.Fatal(err)
	}
	if rep.Disclosure == nil || rep.Disclosure.Threshold != 10 {
		t.Fatal("the report does not record the policy applied")
	}
}
