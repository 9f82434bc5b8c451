package indicators

import (
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/enum"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// AggregateFigures is the JSON document of the aggregate path: counts and
// population figures supplied directly, as most published national
// figures arrive ("3,764 positions; 64.4 per 100,000 children"). The
// same formulas as the record path apply.
//
// Counts are inclusive totals: a count for an area covers the area and
// everything below it, as published. An area without a count of some
// measure gets the sum of its children's counts of that measure when
// every child has one, and is missing otherwise. Children's counts that
// add up to more than their parent's are an error.
type AggregateFigures struct {
	// Country is the ISO 3166-1 alpha-2 code.
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// AsOf is the date the counts describe; population figures that
	// apply on it are used.
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// PeriodStart starts the period of leavers and of the earlier stock
	// (RET-ATTRITION, SSW-GROWTH).
	PeriodStart workforce.CivilDate `json:"period_start,omitzero"`
	// Source describes where the figures come from.
	Source string `json:"source,omitempty" validate:"max=500"`
	// Areas are the areas with their population figures: at least the
	// area the counts are for (for national figures, the nation).
	Areas []workforce.AdminArea `json:"areas,omitempty"`
	// Counts are the workforce counts.
	Counts []AggregateCount `json:"counts,omitempty"`
	// Drivers are the driver quantities of a supplied-driver staffing
	// norm (families, households, cases), per unit.
	Drivers []NormDriverFigure `json:"drivers,omitempty"`
	// UnitCoverage are published coverage figures ("N of D communes have
	// at least two workers") for areas whose units are not listed one by
	// one: SSW-UNIT-COVERAGE takes them as published.
	UnitCoverage []UnitCoverageFigure `json:"unit_coverage,omitempty"`
	// Policies are the policy-status facts.
	Policies []PolicyFact `json:"policies,omitempty"`
}

// AggregateCount is one supplied count: a measure of the workforce or of
// posts in an area, in a scope.
type AggregateCount struct {
	// Area is the area the count covers (inclusive of the areas below).
	Area workforce.AreaCode `json:"area" validate:"required,valid"`
	// Measure is what is counted.
	Measure AggregateMeasure `json:"measure" validate:"required,valid"`
	// Scope is head_count, positions or fte.
	Scope CountScope `json:"scope" validate:"required,valid"`
	// Cadre is the cadre of workers_in_cadre.
	Cadre workforce.Cadre `json:"cadre,omitempty" validate:"omitempty,valid"`
	// Age is the age in completed years of workers_of_age.
	Age int `json:"age,omitempty" validate:"omitempty,gte=1,lte=126"`
	// Value is the count: a whole number for head-counts and positions,
	// at most two decimals for FTE.
	Value workforce.Decimal `json:"value" validate:"required"`
	// Source cites the figure.
	Source string `json:"source,omitempty" validate:"max=300"`
	// Coverage says what the count covers when it is not the whole
	// measure ("government positions only", "14 of 25 provinces
	// reporting"). Every result using the count repeats it, and growth
	// between two counts of different coverage is flagged.
	Coverage string `json:"coverage,omitempty" validate:"max=300"`
	// Approximate marks a figure published as approximate ("about
	// 3,800"); results using it say so.
	Approximate bool `json:"approximate,omitempty"`
	// Low and High, when given, bound the true count: a published range
	// ("between 3,700 and 3,900", Value its central figure) or a bound
	// (only Low: "at least"; only High: "at most"). Value must lie
	// within them; results using the count say so.
	Low  workforce.Decimal `json:"low,omitzero"`
	High workforce.Decimal `json:"high,omitzero"`
}

// qualified returns what results using the count should say about it,
// or "" for a plain count.
func (c *AggregateCount) qualified() string {
	var parts []string
	if c.Approximate {
		parts = append(parts, "approximate")
	}
	switch {
	case !c.Low.IsZero() && !c.High.IsZero():
		parts = append(parts, "between "+c.Low.String()+" and "+c.High.String())
	case !c.Low.IsZero():
		parts = append(parts, "at least "+c.Low.String())
	case !c.High.IsZero():
		parts = append(parts, "at most "+c.High.String())
	}
	if c.Coverage != "" {
		parts = append(parts, "covers "+c.Coverage)
	}
	if len(parts) == 0 {
		return ""
	}
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += "; "
		}
		out += p
	}
	return out
}

// UnitCoverageFigure is a published coverage figure of an area: Met of
// its Units units (of the staffing norm's level) meet the norm.
type UnitCoverageFigure struct {
	// Area is the area the figure covers.
	Area workforce.AreaCode `json:"area" validate:"required,valid"`
	// Met is the number of units meeting the norm.
	Met int64 `json:"met" validate:"gte=0"`
	// Units is the number of units.
	Units int64 `json:"units" validate:"gte=1"`
	// Source cites the figure.
	Source string `json:"source,omitempty" validate:"max=300"`
}

// NormDriverFigure is the driver of a supplied-driver staffing norm in one
// unit (Indonesia's norm counts PMKS families).
type NormDriverFigure struct {
	// Area is the unit.
	Area workforce.AreaCode `json:"area" validate:"required,valid"`
	// Value is the driver quantity in the unit.
	Value int64 `json:"value" validate:"gte=0"`
	// Source cites the figure.
	Source string `json:"source,omitempty" validate:"max=300"`
}

// PolicyFact is the supplied value of a policy-status indicator.
type PolicyFact struct {
	// Indicator is a policy-status indicator of the catalogue.
	Indicator IndicatorID `json:"indicator" validate:"required,valid"`
	// Status is yes, partial, no or unknown.
	Status PolicyStatus `json:"status" validate:"required,valid"`
	// Evidence supports the status; required unless it is unknown.
	Evidence []PolicyEvidence `json:"evidence,omitempty"`
	// Note qualifies the status.
	Note string `json:"note,omitempty" validate:"max=1000"`
}

// AggregateMeasure is what an [AggregateCount] counts.
type AggregateMeasure string

// AggregateMeasure values. The scopes each allows are listed; posts are
// counted in the positions scope only, person attributes in head-count or
// FTE only.
const (
	MeasureWorkers           AggregateMeasure = "workers"                    // any scope; in positions, funded posts
	MeasureQualified         AggregateMeasure = "qualified_workers"          // head_count, fte
	MeasureLicensed          AggregateMeasure = "licensed_workers"           // head_count, fte
	MeasureLicensedQualified AggregateMeasure = "licensed_qualified_workers" // head_count, fte
	MeasureCPDCompliant      AggregateMeasure = "cpd_compliant_workers"      // head_count, fte: licensed and meeting the rule
	MeasureFemale            AggregateMeasure = "female_workers"             // head_count, fte
	MeasureGovernment        AggregateMeasure = "government_workers"         // any scope
	MeasureFrontline         AggregateMeasure = "frontline_workers"          // any scope
	MeasureSupervisors       AggregateMeasure = "supervisors"                // any scope
	MeasureInCadre           AggregateMeasure = "workers_in_cadre"           // any scope; with cadre
	MeasureAtPeriodStart     AggregateMeasure = "workers_at_period_start"    // head_count, fte
	MeasureLeavers           AggregateMeasure = "leavers"                    // head_count, fte
	MeasureFundedPosts       AggregateMeasure = "funded_posts"               // positions
	MeasureVacantPosts       AggregateMeasure = "vacant_posts"               // positions: funded and vacant
	MeasureFilledPosts       AggregateMeasure = "filled_posts"               // positions
	MeasureOfAge             AggregateMeasure = "workers_of_age"             // head_count; with age
	// The counts of the NHWA-aligned indicators ([NHWAIndicators]).
	MeasureForeignNational   AggregateMeasure = "foreign_national_workers"          // head_count, fte
	MeasureNationalityKnown  AggregateMeasure = "nationality_recorded_workers"      // head_count, fte
	MeasureForeignTrained    AggregateMeasure = "foreign_trained_workers"           // head_count, fte
	MeasureTrainingKnown     AggregateMeasure = "training_country_recorded_workers" // head_count, fte
	MeasurePartTime          AggregateMeasure = "part_time_workers"                 // head_count
	MeasurePermanent         AggregateMeasure = "permanent_workers"                 // head_count, fte: main employment permanent
	MeasureFixedTerm         AggregateMeasure = "fixed_term_workers"                // head_count, fte
	MeasureCasual            AggregateMeasure = "casual_workers"                    // head_count, fte
	MeasureContractor        AggregateMeasure = "contractor_workers"                // head_count, fte
	MeasureVolunteer         AggregateMeasure = "volunteer_workers"                 // head_count, fte
	MeasureEntrants          AggregateMeasure = "entrants"                          // head_count, fte: active, not active on the period start
	MeasureVoluntaryLeavers  AggregateMeasure = "voluntary_leavers"                 // head_count, fte: resignation, retirement
	MeasureInvoluntaryLeaver AggregateMeasure = "involuntary_leavers"               // head_count, fte: dismissal, end of contract, death
	MeasureRegistered        AggregateMeasure = "registered_persons"                // head_count: credential in good standing, employed or not
)

var aggregateMeasureTable = [...]enum.Entry[AggregateMeasure]{
	{Value: MeasureWorkers, Title: "Workers (in positions scope: funded posts)"},
	{Value: MeasureQualified, Title: "Qualified social workers"},
	{Value: MeasureLicensed, Title: "Licensed or registered workers"},
	{Value: MeasureLicensedQualified, Title: "Licensed qualified social workers"},
	{Value: MeasureCPDCompliant, Title: "Licensed workers meeting the CPD rule"},
	{Value: MeasureFemale, Title: "Female workers"},
	{Value: MeasureGovernment, Title: "Workers employed by government"},
	{Value: MeasureFrontline, Title: "Front-line workers"},
	{Value: MeasureSupervisors, Title: "Supervisors and managers"},
	{Value: MeasureInCadre, Title: "Workers in a cadre"},
	{Value: MeasureAtPeriodStart, Title: "Workers at the period start"},
	{Value: MeasureLeavers, Title: "Leavers during the period"},
	{Value: MeasureFundedPosts, Title: "Funded posts"},
	{Value: MeasureVacantPosts, Title: "Funded vacant posts"},
	{Value: MeasureFilledPosts, Title: "Filled posts"},
	{Value: MeasureOfAge, Title: "Workers of an age"},
	{Value: MeasureForeignNational, Title: "Foreign nationals"},
	{Value: MeasureNationalityKnown, Title: "Workers whose nationality is recorded"},
	{Value: MeasureForeignTrained, Title: "Workers whose first qualification was awarded abroad"},
	{Value: MeasureTrainingKnown, Title: "Workers with a qualification whose country is recorded"},
	{Value: MeasurePartTime, Title: "Workers below 1.00 FTE"},
	{Value: MeasurePermanent, Title: "Workers on permanent contracts"},
	{Value: MeasureFixedTerm, Title: "Workers on fixed-term contracts"},
	{Value: MeasureCasual, Title: "Casual workers"},
	{Value: MeasureContractor, Title: "Contractors"},
	{Value: MeasureVolunteer, Title: "Volunteers"},
	{Value: MeasureEntrants, Title: "Entrants during the period"},
	{Value: MeasureVoluntaryLeavers, Title: "Leavers by resignation or retirement"},
	{Value: MeasureInvoluntaryLeaver, Title: "Leavers by dismissal, end of contract or death"},
	{Value: MeasureRegistered, Title: "Registered or licensed persons, employed or not"},
}

// measureOf maps each AggregateMeasure (table order) to the internal
// measure and the scopes it allows (bit per scope index).
var measureOf = [...]struct {
	m      int
	scopes uint8
}{
	{mWorkers, 7}, {mQualified, 5}, {mLicensed, 5}, {mQualLicensed, 5}, {mCPDMet, 5}, {mFemale, 5},
	{mGovernment, 7}, {mFrontline, 7}, {mSupervisors, 7}, {mCadre, 7}, {mStart, 5}, {mLeavers, 5},
	{mFunded, 2}, {mVacant, 2}, {mFilled, 2}, {mAgesKnown, 1},
	{mForeignNat, 5}, {mNatKnown, 5}, {mForeignTrained, 5}, {mTrainKnown, 5}, {mPartTime, 1},
	{mEmpType, 5}, {mEmpType + 1, 5}, {mEmpType + 2, 5}, {mEmpType + 3, 5}, {mEmpType + 4, 5},
	{mEntrants, 5}, {mExitVoluntary, 5}, {mExitInvol, 5}, {mRegistered, 1},
}

func (m AggregateMeasure) index() int {
	for i, e := range aggregateMeasureTable {
		if e.Value == m {
			return i
		}
	}
	return -1
}

// CodeInconsistent reports counts that contradict each other.
const CodeInconsistent = "inconsistent"

// prepared is a validated AggregateFigures turned into cells.
type prepared struct {
	notes   []string // for the report: totals that differ from their units' sum
	frame   *areaFrame
	own     [][numScopes]measureSet // supplied counts per area
	ownAges [][]int64
	where   map[[3]int]int // (area, scope, measure) → count index
	drivers map[int32]int64
	covered map[int32]UnitCoverageFigure // published unit coverage by area
	cells   []cellData                   // rolled-up area cells
}

// Validate checks the figures and returns all problems at once as
// [workforce.Problems], or nil:
//
//  1. field rules of the document, counts, drivers, policies and evidence;
//  2. the areas: valid areas and population figures (no negative
//     figure, no child population above the total), unique codes, known
//     parents, no cycles;
//  3. each count names a known area, a measure in a scope it allows
//     (posts in positions only; person attributes in head_count or fte),
//     a cadre exactly for workers_in_cadre and an age exactly for
//     workers_of_age, a non-negative value, whole for head-counts and
//     positions, and is not repeated;
//  4. period measures come with a period start before as_of;
//  5. children's counts of a measure do not add up to more than their
//     parent's; workers and funded_posts agree in the positions scope;
//     in every area, no count is above a count it is part of (government
//     workers above workers, licensed qualified workers above qualified
//     workers, vacant posts above funded posts, …, as [measureModel]
//     relates them), and the per-cadre counts, or vacant and filled
//     posts, do not add up to more than their total;
//  6. counts and drivers name areas valid on as_of (code area_not_valid);
//  7. each policy fact names a policy-status indicator, once, with
//     evidence unless its status is unknown.
func (f AggregateFigures) Validate() error {
	_, ps := f.prepare()
	return ps.Err()
}

func (f *AggregateFigures) prepare() (*prepared, workforce.Problems) {
	var ps workforce.Problems
	ps = report.Fields(ps, "", f)
	if !f.PeriodStart.IsZero() && !f.AsOf.IsZero() && !f.PeriodStart.Before(f.AsOf) {
		ps = report.Add(ps, workforce.CodeDateOrder, "/period_start", f.PeriodStart.String(), f.AsOf.String(), "the period must start before the as-of date")
	}
	frame, fps := newAreaFrame(f.Areas, f.Country, f.AsOf, "/areas")
	ps = append(ps, fps...)
	p := &prepared{frame: frame, where: map[[3]int]int{}, drivers: map[int32]int64{}, covered: map[int32]UnitCoverageFigure{}}
	if frame != nil {
		p.own = make([][numScopes]measureSet, len(frame.codes))
		p.ownAges = make([][]int64, len(frame.codes))
	}
	for i := range f.Counts {
		ps = p.addCount(ps, f, i)
	}
	for i := range f.Drivers {
		d := &f.Drivers[i]
		path := jsonptr.Index("/drivers", i)
		ps = report.Fields(ps, path, d)
		if frame == nil {
			continue
		}
		a, ok := frame.index[d.Area]
		if !ok {
			ps = report.Add(ps, CodeUnknownArea, path+"/area", string(d.Area), "", "no area has this code")
			continue
		}
		if !frame.inForce(a) {
			ps = report.Add(ps, CodeAreaNotValid, path+"/area", string(d.Area), f.AsOf.String(), "the area is not valid on the as-of date")
			continue
		}
		if _, dup := p.drivers[a]; dup {
			ps = report.Add(ps, workforce.CodeDuplicate, path+"/area", string(d.Area), "", "another driver figure is for the same area")
		}
		p.drivers[a] = d.Value
	}
	for i := range f.UnitCoverage {
		u := &f.UnitCoverage[i]
		path := jsonptr.Index("/unit_coverage", i)
		ps = report.Fields(ps, path, u)
		if u.Met > u.Units {
			ps = report.Add(ps, CodeInconsistent, path+"/met", strconv.FormatInt(u.Met, 10), "≤ "+strconv.FormatInt(u.Units, 10),
				"more units meet the norm than there are units")
		}
		if frame == nil {
			continue
		}
		a, ok := frame.index[u.Area]
		switch {
		case !ok:
			ps = report.Add(ps, CodeUnknownArea, path+"/area", string(u.Area), "", "no area has this code")
			continue
		case !frame.inForce(a):
			ps = report.Add(ps, CodeAreaNotValid, path+"/area", string(u.Area), f.AsOf.String(), "the area is not valid on the as-of date")
			continue
		}
		if _, dup := p.covered[a]; dup {
			ps = report.Add(ps, workforce.CodeDuplicate, path+"/area", string(u.Area), "", "another coverage figure is for the same area")
		}
		p.covered[a] = *u
	}
	seen := map[IndicatorID]bool{}
	for i := range f.Policies {
		pf := &f.Policies[i]
		path := jsonptr.Index("/policies", i)
		ps = report.Fields(ps, path, pf)
		for j := range pf.Evidence {
			ps = report.Fields(ps, jsonptr.Index(path+"/evidence", j), &pf.Evidence[j])
		}
		if pf.Indicator == "" {
			continue
		}
		if d, ok := Lookup(pf.Indicator); !ok {
			ps = report.Add(ps, CodeUnknownIndicator, path+"/indicator", string(pf.Indicator), "", "not in the indicator catalogue")
		} else if d.Kind != KindPolicy {
			ps = report.Add(ps, CodeStatusValue, path+"/indicator", string(pf.Indicator), "", "not a policy-status indicator: supply counts instead")
		}
		if seen[pf.Indicator] {
			ps = report.Add(ps, workforce.CodeDuplicate, path+"/indicator", string(pf.Indicator), "", "another fact is for the same indicator")
		}
		seen[pf.Indicator] = true
		if pf.Status != PolicyUnknown && pf.Status != "" && len(pf.Evidence) == 0 {
			ps = report.Add(ps, workforce.CodeRequired, path+"/evidence", "", "", "a status other than unknown needs evidence: a source and its date")
		}
	}
	if len(ps) == 0 {
		ps = p.aliasFunded(ps)
	}
	if len(ps) == 0 {
		ps = p.rollUp(ps)
	}
	if len(ps) == 0 {
		ps = p.checkSubsets(ps)
	}
	if len(ps) == 0 {
		ps = p.deriveNotPractising(ps)
	}
	return p, ps
}

// deriveNotPractising gives every area with registered persons and
// licensed workers (head-count) its registered persons not practising,
// registered − licensed, and reports licensed workers above registered
// persons: the practising are part of the register.
func (p *prepared) deriveNotPractising(ps workforce.Problems) workforce.Problems {
	for k := range p.cells {
		set := &p.cells[k].sets[sHead]
		if !set.has(mRegistered, mLicensed) {
			continue
		}
		if set.v[mLicensed] > set.v[mRegistered] {
			path, ok := p.where[[3]int{k, sHead, mLicensed}]
			if !ok {
				path = p.where[[3]int{k, sHead, mRegistered}]
			}
			ps = report.Add(ps, CodeInconsistent, jsonptr.Index("/counts", path)+"/value", strconv.FormatInt(set.v[mLicensed], 10),
				"≤ "+strconv.FormatInt(set.v[mRegistered], 10), "licensed workers practising ("+strconv.FormatInt(set.v[mLicensed], 10)+
					") are more than registered persons ("+strconv.FormatInt(set.v[mRegistered], 10)+") in "+string(p.frame.codes[k]))
			continue
		}
		set.v[mNotPractising] = set.v[mRegistered] - set.v[mLicensed]
		set.have |= 1 << mNotPractising
	}
	return ps
}

// partOf reports whether measure a counts a part of what measure b
// counts, in scope si: the same observation and, on every dimension of
// [measureModel], a subset of b's values. In the positions scope vacant
// and filled posts are parts of funded posts (workers).
func partOf(a, b, si int) bool {
	if a == b {
		return false
	}
	if si == sPositions {
		switch a {
		case mVacant, mFilled:
			return b == mFunded || b == mWorkers
		case mFunded:
			return false
		}
		if b == mFunded {
			b = mWorkers
		}
		if b == mVacant || b == mFilled {
			return false
		}
	}
	ma, mb := &measureModel[a], &measureModel[b]
	if !ma.person || !mb.person || ma.obs != mb.obs {
		return false
	}
	for d := range numDims {
		x, y := ma.masks[d], mb.masks[d]
		if y != 0 && (x == 0 || x&^y != 0) {
			return false
		}
	}
	return true
}

// checkSubsets reports, area by area, a count above a count it is part
// of (government workers above workers: a share above 100 %), and the
// per-cadre counts, or vacant and filled posts, adding up to more than
// their total. The problem points at the part's count when it was
// supplied for the area, otherwise at the total's; when neither was, an
// area below shows it.
func (p *prepared) checkSubsets(ps workforce.Problems) workforce.Problems {
	fr := p.frame
	name := func(m int) string {
		for i, spec := range measureOf {
			if spec.m == m || (spec.m == mCadre && m >= mCadre && m < mCadre+numCadre) {
				return string(aggregateMeasureTable[i].Value)
			}
		}
		return measureNames[m]
	}
	where := func(area int32, si, m int) (string, bool) {
		if i, ok := p.where[[3]int{int(area), si, m}]; ok {
			return jsonptr.Index("/counts", i) + "/value", true
		}
		return "", false
	}
	for _, k := range fr.bottomUp {
		for si := range numScopes {
			set := &p.cells[k].sets[si]
			report1 := func(part, tot int, pv, tv int64, what string) {
				path, ok := where(k, si, part)
				if !ok {
					if path, ok = where(k, si, tot); !ok {
						return
					}
				}
				ps = report.Add(ps, CodeInconsistent, path, strconv.FormatInt(pv, 10), "≤ "+strconv.FormatInt(tv, 10),
					what+" ("+strconv.FormatInt(pv, 10)+") is more than "+name(tot)+" ("+strconv.FormatInt(tv, 10)+") in "+
						string(fr.codes[k])+", scope "+string(scopeTable[si].Value))
			}
			for a := range numMeasures {
				for b := range numMeasures {
					if set.has(a, b) && partOf(a, b, si) && set.v[a] > set.v[b] {
						report1(a, b, set.v[a], set.v[b], name(a))
					}
				}
			}
			// Disjoint parts together: the cadres, vacant and filled posts.
			if set.has(mWorkers) {
				// Workers split by cadre, and by employment type: the parts
				// together, when all are given, are within the workers.
				for _, split := range [...]struct {
					first, n int
					what     string
				}{{mCadre, numCadre, "the workers in the cadres together"}, {mEmpType, numEmpType, "the workers of the employment types together"}} {
					var sum int64
					all := true
					for m := split.first; all && m < split.first+split.n; m++ {
						all = set.has(m)
						sum += set.v[m]
					}
					if all && sum > set.v[mWorkers] {
						report1(split.first, mWorkers, sum, set.v[mWorkers], split.what)
					}
				}
			}
			if set.has(mLeavers, mExitVoluntary, mExitInvol) && set.v[mExitVoluntary]+set.v[mExitInvol] > set.v[mLeavers] {
				report1(mExitVoluntary, mLeavers, set.v[mExitVoluntary]+set.v[mExitInvol], set.v[mLeavers], "voluntary and involuntary leavers together")
			}
			if si == sPositions && set.has(mVacant, mFilled, mFunded) && set.v[mVacant]+set.v[mFilled] > set.v[mFunded] {
				report1(mVacant, mFunded, set.v[mVacant]+set.v[mFilled], set.v[mFunded], "vacant and filled posts together")
			}
		}
	}
	return ps
}

func (p *prepared) addCount(ps workforce.Problems, f *AggregateFigures, i int) workforce.Problems {
	c := &f.Counts[i]
	path := jsonptr.Index("/counts", i)
	n0 := len(ps)
	ps = report.Fields(ps, path, c)
	mi := c.Measure.index()
	if mi < 0 || !c.Scope.IsValid() {
		return ps
	}
	spec := measureOf[mi]
	si := scopeIndex(c.Scope)
	if spec.scopes&(1<<si) == 0 {
		ps = report.Add(ps, CodeScopeMismatch, path+"/scope", string(c.Scope), "",
			string(c.Measure)+" cannot be counted in scope "+string(c.Scope))
	}
	if (c.Measure == MeasureInCadre) != (c.Cadre != "") {
		ps = report.Add(ps, CodeInconsistent, path+"/cadre", string(c.Cadre), "", "a cadre is given exactly with workers_in_cadre")
	}
	if (c.Measure == MeasureOfAge) != (c.Age != 0) {
		ps = report.Add(ps, CodeInconsistent, path+"/age", strconv.Itoa(c.Age), "", "an age is given exactly with workers_of_age")
	}
	if m := measureOf[mi].m; (m == mStart || m == mLeavers || m == mEntrants || m == mExitVoluntary || m == mExitInvol) && f.PeriodStart.IsZero() {
		ps = report.Add(ps, workforce.CodeRequired, "/period_start", "", "", string(c.Measure)+" needs a period start")
	}
	v, vps := countValue(c.Value, scopeScale(si), path+"/value")
	ps = append(ps, vps...)
	if len(vps) == 0 {
		var lo, hi int64 = -1, -1
		var bps workforce.Problems
		if !c.Low.IsZero() {
			lo, bps = countValue(c.Low, scopeScale(si), path+"/low")
			ps = append(ps, bps...)
		}
		if !c.High.IsZero() {
			hi, bps = countValue(c.High, scopeScale(si), path+"/high")
			ps = append(ps, bps...)
		}
		switch {
		case lo >= 0 && hi >= 0 && lo > hi:
			ps = report.Add(ps, CodeInconsistent, path+"/low", c.Low.String(), "≤ "+c.High.String(), "the low end of the range is above the high end")
		case lo >= 0 && v < lo:
			ps = report.Add(ps, CodeInconsistent, path+"/value", c.Value.String(), "≥ "+c.Low.String(), "the value is below the low end of its range")
		case hi >= 0 && v > hi:
			ps = report.Add(ps, CodeInconsistent, path+"/value", c.Value.String(), "≤ "+c.High.String(), "the value is above the high end of its range")
		}
	}
	var area int32 = -1
	if p.frame != nil {
		a, ok := p.frame.index[c.Area]
		switch {
		case !ok:
			ps = report.Add(ps, CodeUnknownArea, path+"/area", string(c.Area), "", "no area has this code")
		case !p.frame.inForce(a):
			ps = report.Add(ps, CodeAreaNotValid, path+"/area", string(c.Area), f.AsOf.String(),
				"the area is not valid on the as-of date: give the count for the areas in force then")
			ok = false
		}
		area = a
		if !ok {
			area = -1
		}
	}
	if len(ps) > n0 || area < 0 {
		return ps
	}
	m := spec.m
	switch c.Measure {
	case MeasureInCadre:
		m += cadreIndex(c.Cadre) - 1
	case MeasureOfAge:
		m = numMeasures + c.Age // distinct key per age, beyond the measures
	}
	key := [3]int{int(area), si, m}
	if _, dup := p.where[key]; dup {
		return report.Add(ps, workforce.CodeDuplicate, path, string(c.Measure), "", "another count has the same area, measure, scope, cadre and age")
	}
	p.where[key] = i
	if c.Measure == MeasureOfAge {
		if p.ownAges[area] == nil {
			p.ownAges[area] = make([]int64, ageUnknown)
		}
		p.ownAges[area][c.Age] = v
		return ps
	}
	set := &p.own[area][si]
	set.v[m] = v
	set.have |= 1 << m
	return ps
}

// countValue converts a count to an integer at the scale (0 or 2).
func countValue(d workforce.Decimal, scale uint8, path string) (int64, workforce.Problems) {
	if d.IsZero() {
		return 0, nil
	}
	x := d.Decimal()
	if x.Sign() < 0 {
		return 0, workforce.Problems{{Code: workforce.CodeNegative, Path: path, Value: d.String(), Message: "counts must not be negative"}}
	}
	shifted := x.Shift(int32(scale))
	if !shifted.IsInteger() {
		msg := "a head-count or a number of positions must be a whole number"
		if scale == 2 {
			msg = "an FTE count has at most two decimals"
		}
		return 0, workforce.Problems{{Code: workforce.CodeScale, Path: path, Value: d.String(), Message: msg}}
	}
	if shifted.GreaterThan(decimal.New(1, 15)) {
		return 0, workforce.Problems{{Code: workforce.CodeOutOfRange, Path: path, Value: d.String(), Message: "is too large"}}
	}
	return shifted.IntPart(), nil
}

// aliasFunded makes workers and funded posts the same count in the
// positions scope.
func (p *prepared) aliasFunded(ps workforce.Problems) workforce.Problems {
	for a := range p.own {
		set := &p.own[a][sPositions]
		w, fu := set.has(mWorkers), set.has(mFunded)
		switch {
		case w && fu && set.v[mWorkers] != set.v[mFunded]:
			ps = report.Add(ps, CodeInconsistent, jsonptr.Index("/counts", p.where[[3]int{a, sPositions, mFunded}])+"/value",
				strconv.FormatInt(set.v[mFunded], 10), strconv.FormatInt(set.v[mWorkers], 10), "funded posts must equal workers in the positions scope")
		case w:
			set.v[mFunded] = set.v[mWorkers]
			set.have |= 1 << mFunded
		case fu:
			set.v[mWorkers] = set.v[mFunded]
			set.have |= 1 << mWorkers
		}
	}
	return ps
}

// rollUp fills every area's cell from its own counts, or its children's
// for measures it lacks, and reports children adding up to more than
// their parent.
func (p *prepared) rollUp(ps workforce.Problems) workforce.Problems {
	fr := p.frame
	p.cells = make([]cellData, len(fr.codes))
	buf := make([]int64, len(p.cells)*ageUnknown)
	for i := range p.cells {
		p.cells[i].ages = buf[i*ageUnknown : (i+1)*ageUnknown : (i+1)*ageUnknown]
	}
	for _, k := range fr.bottomUp {
		c := &p.cells[k]
		ch := fr.children[k]
		// The counts given for the area, and those that follow from them,
		// come before the sums of the children's (which miss the
		// area's own-level workers).
		for s := range numScopes {
			own := &p.own[k][s]
			set := &c.sets[s]
			for m := range numMeasures {
				if m != mAgesKnown && own.has(m) {
					set.v[m] = own.v[m]
					set.have |= 1 << m
				}
			}
		}
		ps = p.derive(ps, k, true)
		for s := range numScopes {
			own := &p.own[k][s]
			set := &c.sets[s]
			for m := range numMeasures {
				if m == mAgesKnown || (set.has(m) && !own.has(m)) {
					continue
				}
				all := len(ch) > 0
				var sum int64
				for _, x := range ch {
					cs := &p.cells[x].sets[s]
					if !cs.has(m) {
						all = false
						break
					}
					if !checkedAdd(&sum, cs.v[m]) {
						ps = report.Add(ps, CodeOverflow, "/counts", string(fr.codes[k]), "",
							"the counts of the areas below "+string(fr.codes[k])+" add up to more than 2^63 - 1")
						return ps
					}
				}
				switch {
				case own.has(m):
					set.v[m] = own.v[m]
					set.have |= 1 << m
					if all && sum > own.v[m] {
						ps = report.Add(ps, CodeInconsistent, jsonptr.Index("/counts", p.where[[3]int{int(k), s, m}])+"/value",
							strconv.FormatInt(own.v[m], 10), strconv.FormatInt(sum, 10),
							"the areas below "+string(fr.codes[k])+" add up to "+strconv.FormatInt(sum, 10)+", more than this count")
					}
					if all && sum < own.v[m] {
						p.noteUnits(k, s, m, own.v[m], sum)
					}
				case all:
					set.v[m] = sum
					set.have |= 1 << m
				}
			}
		}
		ps = p.derive(ps, k, false) // from the children's sums too; reported once, above
		// Ages: own histogram, else the children's when all have one.
		switch {
		case p.ownAges[k] != nil:
			copy(c.ages, p.ownAges[k])
		case len(ch) > 0 && allHaveAges(p.cells, ch):
			for _, x := range ch {
				for a, n := range p.cells[x].ages {
					c.ages[a] += n
				}
			}
		default:
			continue
		}
		var n int64
		for _, v := range c.ages {
			n += v
		}
		c.sets[sHead].v[mAgesKnown] = n
		c.sets[sHead].have |= 1 << mAgesKnown
	}
	return ps
}

func allHaveAges(cells []cellData, ch []int32) bool {
	for _, x := range ch {
		if !cells[x].sets[sHead].has(mAgesKnown) {
			return false
		}
	}
	return true
}

// EvaluateAggregates computes the indicators from aggregate figures. It
// validates f (see [AggregateFigures.Validate]) and opts first and returns
// their problems as [workforce.Problems]. Results are given for every
// area (at opts.AreaLevels) with the counts available there; breakdowns
// by sex, cadre and the other dimensions need records. An indicator
// evaluated in one scope whose counts were supplied only in another scope
// is an error (code scope_mismatch): set opts.Scope or supply counts in
// the indicator's scope. Policy facts become results of the top area.
func EvaluateAggregates(f AggregateFigures, opts Options) (Report, error) {
	p, ps := f.prepare()
	ps = opts.check(ps, "/options")
	if err := ps.Err(); err != nil {
		return Report{}, err
	}
	opts.CrossLevels = nil
	opts.Disaggregations = []Disaggregation{ByArea}
	e := newEvaluator(p.frame, opts, PathAggregates)
	e.crossBlock = make([]int32, len(p.frame.codes))
	for i := range e.crossBlock {
		e.crossBlock[i] = -1
	}
	e.crossAreas = nil
	e.cells = p.cells
	e.period = f.PeriodStart
	e.drivers = p.drivers
	e.covered = p.covered
	ps = e.selectDefs(ps, "/options", true)
	if err := ps.Err(); err != nil {
		return Report{}, err
	}
	e.qualify = func(area int32, si, m int) (note, coverage string) {
		i, ok := p.where[[3]int{int(area), si, m}]
		if !ok {
			return "", ""
		}
		c := &f.Counts[i]
		return c.qualified(), c.Coverage
	}
	e.notes = append(e.notes, p.notes...)
	e.mismatch = func(area int32, si, m int) (string, bool) {
		for s := range numScopes {
			if s == si {
				continue
			}
			if i, ok := p.where[[3]int{int(area), s, m}]; ok {
				return jsonptr.Index("/counts", i), true
			}
		}
		return "", false
	}
	e.computeNorms()
	e.emit()
	if err := e.problems.Err(); err != nil {
		return Report{}, err
	}
	if err := e.overflowErr(); err != nil {
		return Report{}, err
	}
	e.policyResults(f, opts)
	if opts.Disclosure != nil {
		e.disclose()
	}
	return e.report(f.Country, f.Source), nil
}

// policyResults turns the supplied policy facts into results of the top
// area: every fact when no indicators were listed, otherwise the listed
// policy indicators, missing when no fact was supplied.
func (e *evaluator) policyResults(f AggregateFigures, opts Options) {
	root := e.frame.root
	cell := ResultCell{Area: e.frame.codes[root], Level: e.frame.levels[root]}
	want := func(id IndicatorID) bool { return len(opts.Indicators) == 0 || slices.Contains(opts.Indicators, id) }
	done := map[IndicatorID]bool{}
	for _, pf := range f.Policies {
		if !want(pf.Indicator) {
			continue
		}
		done[pf.Indicator] = true
		r := IndicatorResult{Indicator: pf.Indicator, Cell: cell, Status: StatusOK, Unit: "status",
			Policy: pf.Status, Evidence: slices.Clone(pf.Evidence)}
		if pf.Note != "" {
			r.Notes = []string{pf.Note}
		}
		e.policyRes = append(e.policyRes, r)
	}
	for _, id := range opts.Indicators {
		if d, ok := Lookup(id); ok && d.Kind == KindPolicy && !done[id] {
			done[id] = true
			e.policyRes = append(e.policyRes, IndicatorResult{Indicator: id, Cell: cell, Status: StatusMissing, Unit: "status",
				Notes: []string{"no fact was supplied; the status is unknown, never read as no"}})
		}
	}
	sortByCatalogue(e.policyRes)
}

// derivations are the counts that follow from others of the same area
// and scope: a total and all of its disjoint parts but one. total −1 is
// none (the parts are the whole workforce only in the positions scope,
// where funded posts are filled plus funded vacant).
var derivations = []struct {
	total  int
	parts  []int
	scopes uint8 // bit per scope index
	what   string
}{
	{mFunded, []int{mVacant, mFilled}, 1 << sPositions, "funded posts = vacant + filled"},
	{mWorkers, []int{mCadre, mCadre + 1, mCadre + 2, mCadre + 3, mCadre + 4, mCadre + 5}, 7, "workers = the workers of each cadre"},
	{mWorkers, []int{mEmpType, mEmpType + 1, mEmpType + 2, mEmpType + 3, mEmpType + 4}, 1<<sHead | 1<<sFTE, "workers = the workers of each employment type"},
}

// derivationOf names the relation a derived measure came from.
func derivationOf(m int) string {
	for _, d := range derivations {
		if d.total == m || slices.Contains(d.parts, m) {
			return d.what
		}
	}
	return ""
}

// derive fills, in area k, every count that follows from the others
// given there (see derivations), marking it derived, and reports a
// total given with all its parts that they do not add up to (parts
// above their total are checkSubsets' problem), or with all parts but
// one that already exceed it: located problems, never a silent choice.
func (p *prepared) derive(ps workforce.Problems, k int32, check bool) workforce.Problems {
	for si := range numScopes {
		set := &p.cells[k].sets[si]
		if si == sPositions {
			defer aliasDerived(set) // funded posts are the workers of the positions scope
		}
		for _, d := range derivations {
			if d.scopes&(1<<si) == 0 {
				continue
			}
			missing, n := -1, 0
			var sum, most int64 // most: the largest part given
			for _, m := range d.parts {
				if !set.has(m) {
					missing, n = m, n+1
					continue
				}
				most = max(most, set.v[m])
				if !checkedAdd(&sum, set.v[m]) {
					return report.Add(ps, CodeOverflow, "/counts", string(p.frame.codes[k]), "", "the counts of "+string(p.frame.codes[k])+" add up to more than 2^63 - 1")
				}
			}
			hasTotal := set.has(d.total)
			switch {
			case n == 0 && !hasTotal:
				set.v[d.total] = sum
				set.have |= 1 << d.total
				set.derived |= 1 << d.total
			case n == 0 && sum < set.v[d.total], n == 1 && hasTotal && sum > set.v[d.total] && most <= set.v[d.total]:
				path, ok := p.where[[3]int{int(k), si, d.total}]
				if !ok || !check {
					continue // a rolled-up total: the parts were checked below
				}
				ps = report.Add(ps, CodeInconsistent, jsonptr.Index("/counts", path)+"/value", strconv.FormatInt(set.v[d.total], 10),
					strconv.FormatInt(sum, 10), "the parts add up to "+strconv.FormatInt(sum, 10)+" in "+string(p.frame.codes[k])+
						", scope "+string(scopeTable[si].Value)+": "+d.what)
			case n == 1 && hasTotal && sum <= set.v[d.total]:
				set.v[missing] = set.v[d.total] - sum
				set.have |= 1 << missing
				set.derived |= 1 << missing
			}
		}
	}
	return ps
}

// aliasDerived makes workers and funded posts of the positions scope the
// same count when one of them was derived.
func aliasDerived(set *measureSet) {
	switch {
	case set.has(mFunded) && !set.has(mWorkers):
		set.v[mWorkers] = set.v[mFunded]
		set.have |= 1 << mWorkers
		set.derived |= set.derived >> mFunded & 1 << mWorkers
	case set.has(mWorkers) && !set.has(mFunded):
		set.v[mFunded] = set.v[mWorkers]
		set.have |= 1 << mFunded
		set.derived |= set.derived >> mWorkers & 1 << mFunded
	}
}

// maxUnitNotes bounds the report notes on totals that differ from the sum
// of their units.
const maxUnitNotes = 20

// noteUnits notes a published total of area k kept as published although
// its units add up to less: the difference is the area's own-level
// count, or units that did not report.
func (p *prepared) noteUnits(k int32, s, m int, total, sum int64) {
	if len(p.notes) > maxUnitNotes {
		return
	}
	if len(p.notes) == maxUnitNotes {
		p.notes = append(p.notes, "more totals differ from the sum of their units")
		return
	}
	q := func(n int64) string { return quantity{n: n, scale: scopeScale(s)}.decimal().String() }
	p.notes = append(p.notes, measureNames[m]+" of "+string(p.frame.codes[k])+" ("+string(scopeTable[s].Value)+"): "+q(total)+
		" as published; the areas below add up to "+q(sum)+", "+q(total-sum)+" less (counted at "+string(p.frame.codes[k])+
		" itself, or in units that did not report)")
}
