package indicators

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// Options choose what an evaluation computes. The zero value evaluates
// every quantitative indicator whose parameters are available, in each
// indicator's default scope, for every area at every level, with the
// indicator's default breakdowns at the top area, flagging rates on fewer
// than 20 persons as unreliable and applying no suppression.
type Options struct {
	// Indicators lists the indicators to evaluate; empty means every
	// quantitative indicator whose parameters are available (staffing
	// norm, period start, CPD rule), and for aggregate figures every
	// policy fact supplied. Listing an indicator whose parameter is
	// missing is an error.
	Indicators []IndicatorID `json:"indicators,omitempty" validate:"omitempty,dive,valid"`
	// Scope is the count scope for indicators that allow it; the others
	// keep their default scope. Unset means each indicator's default.
	Scope CountScope `json:"scope,omitempty" validate:"omitempty,valid"`
	// Norm is the staffing norm of SSW-PER-UNIT, SSW-UNIT-COVERAGE and
	// SSW-NORM-*; they are not evaluated without it.
	Norm *StaffingNorm `json:"staffing_norm,omitempty"`
	// AreaLevels restricts area results to these levels; empty means
	// every level.
	AreaLevels []workforce.AdminLevel `json:"area_levels,omitempty" validate:"omitempty,dive,valid"`
	// CrossLevels are the levels whose areas get the breakdowns by sex,
	// cadre, sector, age band and qualification; empty means the top
	// area only.
	CrossLevels []workforce.AdminLevel `json:"cross_levels,omitempty" validate:"omitempty,dive,valid"`
	// Disaggregations restricts the breakdowns to these dimensions; empty
	// means every indicator's defaults but the setting (urban, rural),
	// which is given only when listed. Area results are always given.
	Disaggregations []Disaggregation `json:"disaggregations,omitempty" validate:"omitempty,dive,valid"`
	// ReliabilityMinimum is the person count below which a rate is
	// flagged unreliable; 0 means 20.
	ReliabilityMinimum int64 `json:"reliability_minimum,omitempty" validate:"omitempty,gte=1"`
	// Disclosure, when set, applies disclosure control to the results.
	Disclosure *DisclosurePolicy `json:"disclosure,omitempty"`
	// PopulationVintage, when set, names the population figures to divide
	// by ([workforce.PopulationFigure.Vintage], matched exactly): each
	// area's latest figure of that vintage dated on or before the as-of
	// date, else the sum of its child areas' (recursively). An area with
	// neither has no population: its densities are missing, never taken
	// from another vintage. Unset means each area's default figure
	// ([workforce.AdminArea.PopulationOn]: the latest dated on or before
	// the as-of date, the last listed among several of that date).
	// Results name the figure used ([ResultPopulation]).
	PopulationVintage string `json:"population_vintage,omitempty" validate:"max=200"`
}

// DefaultReliabilityMinimum is the person count below which a rate is
// flagged unreliable: 20, following CDC WISQARS, which treats rates on 20
// or fewer events as unstable.
const DefaultReliabilityMinimum = 20

func (o Options) reliability() int64 {
	if o.ReliabilityMinimum == 0 {
		return DefaultReliabilityMinimum
	}
	return o.ReliabilityMinimum
}

func (o Options) scopeFor(d *Definition) CountScope {
	if o.Scope != "" && d.AllowsScope(o.Scope) {
		return o.Scope
	}
	return d.Scope
}

func (o Options) wantsDim(d Disaggregation) bool {
	if d == BySetting {
		return slices.Contains(o.Disaggregations, d) // on request only
	}
	return len(o.Disaggregations) == 0 || slices.Contains(o.Disaggregations, d)
}

func (o Options) check(ps workforce.Problems, base string) workforce.Problems {
	ps = report.Fields(ps, base, &o)
	for i, id := range o.Indicators {
		if id != "" && id.IsValid() && definitionIndex(id) < 0 {
			ps = report.Add(ps, CodeUnknownIndicator, jsonptr.Index(base+"/indicators", i), string(id), "", "not in the indicator catalogue")
		}
	}
	if o.Norm != nil {
		ps = o.Norm.check(ps, base+"/staffing_norm")
	}
	return ps
}

// StaffingNorm is a staffing norm: how many workers each administrative
// unit of a level should have. A per-unit norm asks Workers in every unit
// (Cambodia: at least 2 per commune/sangkat). A population norm asks
// Workers per Per people, children or supplied driver units in each unit
// (Indonesia: 1 social worker per 100 PMKS families), rounded up to whole
// workers unit by unit.
//
// A stated requirement (basis stated_requirement) takes each unit's
// requirement as a number supplied with aggregate figures (a driver per
// unit): gap and attainment against "155,000 needed" without inventing a
// per-unit norm. Without requirements (from records, say) it still gives
// SSW-PER-UNIT, the workers per unit of its level, and nothing else.
//
// A norm may count only some cadres ("social workers or their deputies")
// or only government workers: the workers held against the requirement,
// and SSW-PER-UNIT, are then those of the listed cadres, or the
// government workers; both at once need counts by cadre and sector,
// which the cells do not hold, and are refused.
type StaffingNorm struct {
	// Basis is per_unit, total_population, children_0_17,
	// supplied_driver or stated_requirement.
	Basis NormBasis `json:"basis" validate:"required,valid"`
	// Level is the level of the units the norm applies to.
	Level workforce.AdminLevel `json:"level" validate:"required,valid"`
	// Workers is the number of workers the norm requires in each unit, or
	// for each Per units of the driver (population norms); unset for a
	// stated requirement.
	Workers int64 `json:"workers,omitempty" validate:"omitempty,gte=1"`
	// Per is the driver quantity Workers are required for (population
	// norms only).
	Per int64 `json:"per,omitempty" validate:"omitempty,gte=1"`
	// Cadres, when given, are the only cadres counted against the norm.
	Cadres []workforce.Cadre `json:"cadres,omitempty" validate:"omitempty,dive,valid"`
	// Sectors, when given, are the only employer sectors counted against
	// the norm; only government is supported.
	Sectors []workforce.Sector `json:"sectors,omitempty" validate:"omitempty,dive,valid"`
	// Source cites the norm.
	Source *DefinitionSource `json:"source,omitempty"`
}

// measures returns the measures whose sum the norm counts as a unit's
// workers: the listed cadres, the government workers, or all workers.
func (n *StaffingNorm) measures() []int {
	switch {
	case len(n.Cadres) > 0:
		ms := make([]int, 0, len(n.Cadres))
		for _, c := range n.Cadres {
			if i := cadreIndex(c); i > 0 && !slices.Contains(ms, mCadre+i-1) {
				ms = append(ms, mCadre+i-1)
			}
		}
		return ms
	case len(n.Sectors) > 0:
		return []int{mGovernment}
	}
	return []int{mWorkers}
}

// Validate checks the norm alone, as [Options] checks options.staffing_norm:
// its field rules; workers for every basis but a stated requirement, which
// has neither workers nor per; per for a population or driver norm and
// not for a per-unit one; the government sector only; not cadres and
// sectors at once. Problems have paths within the norm.
func (n StaffingNorm) Validate() error {
	return n.check(report.Fields(workforce.Problems(nil), "", &n), "").Err()
}

func (n StaffingNorm) check(ps workforce.Problems, base string) workforce.Problems {
	switch {
	case n.Basis == NormStated && (n.Per != 0 || n.Workers != 0):
		ps = report.Add(ps, CodeStatusValue, base+"/workers", "", "", "a stated requirement has no workers or per: each unit's requirement is supplied")
	case !n.Basis.IsValid():
		// reported by the field rules; the others depend on the basis
	case n.Basis != NormStated && n.Workers == 0:
		ps = report.Add(ps, workforce.CodeRequired, base+"/workers", "", "", "the norm needs the workers it requires")
	case n.Basis == NormPerUnit && n.Per != 0:
		ps = report.Add(ps, CodeStatusValue, base+"/per", "", "", "a per-unit norm has no per")
	case n.Basis != NormPerUnit && n.Basis != NormStated && n.Per == 0:
		ps = report.Add(ps, workforce.CodeRequired, base+"/per", "", "", "a population norm needs per")
	}
	for i, s := range n.Sectors {
		if s != workforce.SectorGovernment {
			ps = report.Add(ps, workforce.CodeNotSupported, jsonptr.Index(base+"/sectors", i), string(s), string(workforce.SectorGovernment),
				"a norm can count the government sector only: the cells hold government workers, not each sector's")
		}
	}
	if len(n.Cadres) > 0 && len(n.Sectors) > 0 {
		ps = report.Add(ps, CodeStatusValue, base+"/sectors", "", "", "a norm counting some cadres of some sectors needs counts by cadre and sector, which the cells do not hold")
	}
	return ps
}

// unitRequirement returns the number of workers the norm requires in a
// unit with the given driver quantity: Workers for a per-unit norm,
// otherwise ⌈Workers × driver ÷ Per⌉. ok is false on overflow.
func (n StaffingNorm) unitRequirement(driver int64) (int64, bool) {
	switch n.Basis {
	case NormPerUnit:
		return n.Workers, true
	case NormStated:
		return driver, true
	}
	q, ok := divide(count(driver), n.Workers, count(n.Per), 0)
	if !ok || !q.value.IsInteger() {
		return 0, false
	}
	b := q.value.BigInt() // IntPart would wrap a quotient beyond int64
	if !b.IsInt64() {
		return 0, false
	}
	r := b.Int64()
	if !q.exact {
		if r == math.MaxInt64 {
			return 0, false
		}
		r++
	}
	return r, r >= 0
}

// Requirement returns the number of workers a norm of workers per per
// requires for a driver quantity, rounded up to whole workers: Indonesia's
// 1 social worker per 100 PMKS families for 15,500,000 families is
// 155,000. It returns an error for negative or zero parameters, and one
// wrapping [ErrOverflow] when the requirement exceeds the 64-bit range.
func Requirement(driver, workers, per int64) (int64, error) {
	if driver < 0 || workers < 1 || per < 1 {
		return 0, errors.New("indicators: requirement needs driver ≥ 0, workers ≥ 1 and per ≥ 1")
	}
	r, ok := StaffingNorm{Basis: NormPerDriver, Workers: workers, Per: per}.unitRequirement(driver)
	if !ok {
		return 0, fmt.Errorf("%w: the requirement %d × %d ÷ %d exceeds 2^63 - 1", ErrOverflow, driver, workers, per)
	}
	return r, nil
}
