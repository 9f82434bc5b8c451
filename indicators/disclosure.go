package indicators

import (
	"math"
	"strconv"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// Disclosure thresholds: the presets of [DisclosurePolicy.Threshold].
const (
	// ThresholdStrict (10) is the default: Eurostat's ACRO output checker
	// and the ONS Longitudinal Study use 10.
	ThresholdStrict = 10
	// ThresholdStandard (5) is a common agency rule for national tables.
	ThresholdStandard = 5
	// ThresholdMinimal (3) is the smallest rule in use (the OECD glossary
	// cites 3 or 5; sdcTable's default flags counts of 3 or fewer).
	ThresholdMinimal = 3
)

// DisclosurePolicy is a statistical disclosure control policy for
// published counts and rates.
//
// Primary suppression withholds every person count c with 0 < c <
// Threshold ("fewer than Threshold persons", as the OECD glossary states
// the threshold rule), and true zeros only when SuppressZeros is set.
// Complementary suppression then withholds further counts so that none
// below the threshold can be recovered from the published ones by
// subtracting along the relations they take part in: see
// [DisclosurePolicy.Protect] for two-way tables, and the package
// documentation (Disclosure control) for the exact guarantee of a
// [Report].
//
// The default, [DefaultDisclosure], uses [ThresholdStrict] = 10. A
// workforce register is a register of named professionals: a commune has
// one to a few social workers whom everyone locally knows, and the counts
// are broken down by sex, age band, qualification and licence status, so
// a small cell identifies a person and discloses an attribute (age,
// unlicensed practice). That is closer to the small-area microdata
// outputs ACRO and the ONS Longitudinal Study protect with 10 than to
// national survey tables, where 3 or 5 ([ThresholdMinimal],
// [ThresholdStandard]) are common. Publishers of national totals may
// choose those presets explicitly.
//
// The zero value means "no disclosure control".
type DisclosurePolicy struct {
	// Threshold is the smallest count published: counts 1 to
	// Threshold − 1 are suppressed.
	Threshold int64 `json:"threshold" validate:"gte=2,lte=1000"`
	// SuppressZeros also suppresses true zeros (they are published by
	// default: a zero discloses no one).
	SuppressZeros bool `json:"suppress_zeros,omitempty"`
}

// DefaultDisclosure returns the default policy: threshold 10, zeros
// published.
func DefaultDisclosure() DisclosurePolicy { return DisclosurePolicy{Threshold: ThresholdStrict} }

// IsZero reports whether p is unset.
func (p DisclosurePolicy) IsZero() bool { return p == DisclosurePolicy{} }

func (p DisclosurePolicy) check(ps workforce.Problems, base string) workforce.Problems {
	return report.Fields(ps, base, &p)
}

// sensitive reports whether a count of scale 0 (or hundredths when
// scale is 2) must be suppressed by the primary rule.
func (p DisclosurePolicy) sensitive(v int64, scale uint8) bool {
	if v == 0 {
		return p.SuppressZeros
	}
	limit := p.Threshold
	if scale == 2 {
		limit *= 100
	}
	return v > 0 && v < limit
}

// CountTable is a two-way table of person counts to publish with its
// margins: Cells[i][j] counts row i and column j. The margins (row
// totals, column totals, grand total) are computed from the cells.
type CountTable struct {
	// Title names the table.
	Title string `json:"title,omitempty" validate:"max=300"`
	// Rows labels the rows.
	Rows []string `json:"rows,omitempty" validate:"omitempty,dive,max=200"`
	// Columns labels the columns.
	Columns []string `json:"columns,omitempty" validate:"omitempty,dive,max=200"`
	// Cells are the counts, one array per row in the order of Rows, each
	// in the order of Columns.
	Cells [][]int64 `json:"cells,omitempty"`
}

// ProtectedTable is a [CountTable] after disclosure control: every cell
// and margin with its status, and values only where published.
type ProtectedTable struct {
	// Title names the table.
	Title string `json:"title,omitempty" validate:"max=300"`
	// Rows labels the rows.
	Rows []string `json:"rows,omitempty" validate:"omitempty,dive,max=200"`
	// Columns labels the columns.
	Columns []string `json:"columns,omitempty" validate:"omitempty,dive,max=200"`
	// Cells are the interior cells, one array per row in the order of
	// Rows, each in the order of Columns.
	Cells [][]ProtectedCell `json:"cells,omitempty"`
	// RowTotals are the row margins.
	RowTotals []ProtectedCell `json:"row_totals,omitempty"`
	// ColumnTotals are the column margins.
	ColumnTotals []ProtectedCell `json:"column_totals,omitempty"`
	// Total is the grand total.
	Total ProtectedCell `json:"total"`
	// Policy is the policy applied.
	Policy DisclosurePolicy `json:"policy"`
}

// ProtectedCell is one published or suppressed count.
type ProtectedCell struct {
	// Value is the count; absent when suppressed.
	Value workforce.Decimal `json:"value,omitzero"`
	// Status is published, primary or complementary.
	Status CellStatus `json:"status" validate:"required,valid"`
}

// Suppressed reports whether the cell is withheld.
func (c ProtectedCell) Suppressed() bool { return c.Status != CellPublished }

// Protect applies the policy to a two-way table published with its row
// totals, column totals and grand total.
//
// The algorithm works on the (R+1) × (C+1) array whose last row and
// column are the margins; every row and every column of that array is an
// additive relation (the entries sum to the margin entry). It:
//
//  1. marks primary every entry, cell or margin, with 0 < count <
//     Threshold (and zeros, when SuppressZeros is set);
//  2. views the suppressed entries as edges of a bipartite graph between
//     the R+1 row lines and the C+1 column lines, and finds the bridges:
//     a suppressed entry is exactly recoverable from the published ones
//     if and only if it is a bridge (it lies on no cycle of suppressed
//     entries);
//  3. for the first bridge (r, c) in row-major order, suppresses the
//     cheapest rectangle through it: the row r' and column c' minimising
//     the sum of the newly suppressed entries among (r, c'), (r', c) and
//     (r', c'), then the number of new entries, then r', then c'. Only
//     non-zero entries are used (zeros too when SuppressZeros is set);
//     one through the margins always exists;
//  4. repeats from step 2 until no bridge remains.
//
// Guarantee: no suppressed entry is determined by the published entries
// through the table's additive relations, whether by subtracting within
// one row or column or by combining any rows and columns: every
// suppressed entry can be moved by some amount, balanced around a cycle,
// without changing any published number. The pattern is deterministic
// but not minimal, and the width of the feasible interval is not
// controlled (non-negativity can narrow it).
//
// It returns [workforce.Problems] for a ragged or negative table, label
// lists of the wrong length, an invalid policy, or margins beyond the
// 64-bit range (code overflow: a margin is never a wrapped value).
func (p DisclosurePolicy) Protect(t CountTable) (ProtectedTable, error) {
	ps := p.check(nil, "/policy")
	if p.IsZero() {
		ps = report.Add(ps, workforce.CodeRequired, "/policy/threshold", "", "", "a disclosure policy needs a threshold")
	}
	ps = report.Fields(ps, "/table", &t)
	rows := len(t.Cells)
	cols := 0
	if rows > 0 {
		cols = len(t.Cells[0])
	}
	for i, row := range t.Cells {
		if len(row) != cols {
			ps = report.Add(ps, CodeShape, jsonptr.Index("/table/cells", i), strconv.Itoa(len(row)), strconv.Itoa(cols), "every row must have the same number of cells")
		}
		for j, v := range row {
			if v < 0 {
				ps = report.Add(ps, workforce.CodeNegative, jsonptr.Index(jsonptr.Index("/table/cells", i), j), strconv.FormatInt(v, 10), "0", "counts must not be negative")
			}
		}
	}
	if len(t.Rows) != 0 && len(t.Rows) != rows {
		ps = report.Add(ps, CodeShape, "/table/rows", strconv.Itoa(len(t.Rows)), strconv.Itoa(rows), "one label per row")
	}
	if len(t.Columns) != 0 && len(t.Columns) != cols {
		ps = report.Add(ps, CodeShape, "/table/columns", strconv.Itoa(len(t.Columns)), strconv.Itoa(cols), "one label per column")
	}
	if rows == 0 || cols == 0 {
		ps = report.Add(ps, CodeShape, "/table/cells", "", "", "a table needs at least one row and one column")
	}
	if err := ps.Err(); err != nil {
		return ProtectedTable{}, err
	}
	x, ok := extend(t.Cells)
	if !ok {
		return ProtectedTable{}, workforce.Problems{{Code: CodeOverflow, Path: "/table/cells",
			Message: "the margins of the table would exceed 2^63 - 1"}}
	}
	status := p.suppressTable(x)
	out := ProtectedTable{Title: t.Title, Rows: cloneStrings(t.Rows), Columns: cloneStrings(t.Columns), Policy: p}
	cell := func(i, j int) ProtectedCell {
		c := ProtectedCell{Status: status[i][j]}
		if c.Status == CellPublished {
			c.Value = workforce.DecimalFromInt(x[i][j])
		}
		return c
	}
	out.Cells = make([][]ProtectedCell, rows)
	for i := range rows {
		out.Cells[i] = make([]ProtectedCell, cols)
		for j := range cols {
			out.Cells[i][j] = cell(i, j)
		}
		out.RowTotals = append(out.RowTotals, cell(i, cols))
	}
	for j := range cols {
		out.ColumnTotals = append(out.ColumnTotals, cell(rows, j))
	}
	out.Total = cell(rows, cols)
	return out, nil
}

// CodeShape reports a table whose rows, columns or labels do not line up.
const CodeShape = "shape"

func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}

// extend returns the (R+1)×(C+1) array with margins, or false when a
// margin overflows (the cells are non-negative).
func extend(cells [][]int64) ([][]int64, bool) {
	rows, cols := len(cells), len(cells[0])
	x := make([][]int64, rows+1)
	for i := range x {
		x[i] = make([]int64, cols+1)
	}
	for i := range rows {
		for j := range cols {
			v := cells[i][j]
			x[i][j] = v
			var ok1, ok2, ok3 bool
			x[i][cols], ok1 = addCount(x[i][cols], v)
			x[rows][j], ok2 = addCount(x[rows][j], v)
			x[rows][cols], ok3 = addCount(x[rows][cols], v)
			if !ok1 || !ok2 || !ok3 {
				return nil, false
			}
		}
	}
	return x, true
}

// suppressTable runs steps 1-4 of Protect on the extended array.
func (p DisclosurePolicy) suppressTable(x [][]int64) [][]CellStatus {
	nr, nc := len(x), len(x[0])
	st := make([][]CellStatus, nr)
	for i := range st {
		st[i] = make([]CellStatus, nc)
		for j := range st[i] {
			st[i][j] = CellPublished
			if p.sensitive(x[i][j], 0) {
				st[i][j] = CellPrimary
			}
		}
	}
	usable := func(i, j int) bool { return x[i][j] > 0 || p.SuppressZeros }
	for {
		r, c, ok := firstBridge(st)
		if !ok {
			return st
		}
		bestCost, bestNew, br, bc := int64(-1), 0, -1, -1
		for r2 := range nr {
			if r2 == r {
				continue
			}
			for c2 := range nc {
				if c2 == c {
					continue
				}
				var cost int64
				n, fine := 0, true
				for _, e := range [3][2]int{{r, c2}, {r2, c}, {r2, c2}} {
					if st[e[0]][e[1]] != CellPublished {
						continue
					}
					if !usable(e[0], e[1]) {
						fine = false
						break
					}
					if c, ok := addCount(cost, x[e[0]][e[1]]); ok {
						cost = c
					} else {
						cost = math.MaxInt64 // saturate: only the order matters
					}
					n++
				}
				if !fine {
					continue
				}
				if bestCost < 0 || cost < bestCost || (cost == bestCost && n < bestNew) {
					bestCost, bestNew, br, bc = cost, n, r2, c2
				}
			}
		}
		if br < 0 { // cannot happen (a rectangle through the margins exists); fail safe
			for i := range st {
				for j := range st[i] {
					if st[i][j] == CellPublished {
						st[i][j] = CellComplementary
					}
				}
			}
			return st
		}
		for _, e := range [3][2]int{{r, bc}, {br, c}, {br, bc}} {
			if st[e[0]][e[1]] == CellPublished {
				st[e[0]][e[1]] = CellComplementary
			}
		}
	}
}

// firstBridge returns the first suppressed entry, in row-major order,
// that is a bridge of the bipartite graph of suppressed entries (rows are
// nodes 0..nr-1, columns nr..nr+nc-1).
func firstBridge(st [][]CellStatus) (int, int, bool) {
	nr, nc := len(st), len(st[0])
	n := nr + nc
	adj := make([][]int, n)
	for i := range nr {
		for j := range nc {
			if st[i][j] != CellPublished {
				adj[i] = append(adj[i], nr+j)
				adj[nr+j] = append(adj[nr+j], i)
			}
		}
	}
	disc := make([]int, n)
	low := make([]int, n)
	for i := range disc {
		disc[i] = -1
	}
	isBridge := make(map[[2]int]bool)
	timer := 0
	var dfs func(u, parent int)
	dfs = func(u, parent int) {
		disc[u], low[u] = timer, timer
		timer++
		skipped := false
		for _, v := range adj[u] {
			if v == parent && !skipped { // no parallel edges in a simple bipartite graph
				skipped = true
				continue
			}
			if disc[v] < 0 {
				dfs(v, u)
				low[u] = min(low[u], low[v])
				if low[v] > disc[u] {
					a, b := u, v
					if a > b {
						a, b = b, a
					}
					isBridge[[2]int{a, b}] = true
				}
			} else {
				low[u] = min(low[u], disc[v])
			}
		}
	}
	for u := range n {
		if disc[u] < 0 && len(adj[u]) > 0 {
			dfs(u, -1)
		}
	}
	for i := range nr {
		for j := range nc {
			if st[i][j] != CellPublished && isBridge[[2]int{i, nr + j}] {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}
