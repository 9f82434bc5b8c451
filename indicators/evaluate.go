package indicators

import (
	"math"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// Measures: the counts a cell holds, per scope. In the positions scope
// mWorkers counts funded posts (filled or funded vacant).
const (
	mWorkers      = iota // workers in scope
	mQualified           // qualified social workers
	mLicensed            // workers with a credential in good standing
	mQualLicensed        // qualified and licensed
	mCPDMet              // licensed and meeting the CPD rule
	mFemale              // female workers
	mGovernment          // workers employed by government
	mFrontline           // every cadre but supervisors and educators
	mSupervisors         // supervisor or manager cadre
	mCadre               // first of numCadre per-cadre counts
	mStart        = mCadre + numCadre
	mLeavers      = mStart + 1
	mFunded       = mLeavers + 1 // funded posts (positions only)
	mVacant       = mFunded + 1
	mFilled       = mVacant + 1
	mAgesKnown    = mFilled + 1 // workers with a known age (head-count only)
	// The measures of the NHWA-aligned indicators.
	mForeignNat     = mAgesKnown + 1      // foreign nationals
	mNatKnown       = mForeignNat + 1     // workers whose nationality is recorded
	mForeignTrained = mNatKnown + 1       // first qualification awarded abroad
	mTrainKnown     = mForeignTrained + 1 // workers whose first qualification's country is recorded
	mPartTime       = mTrainKnown + 1     // FTE of the active employments below 1
	mEmpType        = mPartTime + 1       // first of numEmpType per-type counts (main employment)
	mEntrants       = mEmpType + numEmpType
	mExitVoluntary  = mEntrants + 1
	mExitInvol      = mExitVoluntary + 1
	mNotPractising  = mExitInvol + 1     // licensed, no active employment (top area; head-count)
	mRegistered     = mNotPractising + 1 // licensed, employed or not: mLicensed + mNotPractising (head-count)
	numMeasures     = mRegistered + 1
)

var measureNames = [numMeasures]string{
	"workers", "qualified workers", "licensed workers", "licensed qualified workers", "CPD-compliant workers",
	"female workers", "government workers", "front-line workers", "supervisors",
	"workers in cadre", "workers in cadre", "workers in cadre", "workers in cadre", "workers in cadre", "workers in cadre",
	"workers at the period start", "leavers", "funded posts", "vacant posts", "filled posts", "workers of known age",
	"foreign nationals", "workers of recorded nationality", "foreign-trained workers", "workers of recorded training country",
	"part-time workers", "workers by employment type", "workers by employment type", "workers by employment type",
	"workers by employment type", "workers by employment type", "entrants", "voluntary leavers", "involuntary leavers",
	"registered persons not practising", "registered persons",
}

// Scope indexes.
const (
	sHead = iota
	sPositions
	sFTE
	numScopes
)

func scopeIndex(s CountScope) int {
	switch s {
	case ScopePositions:
		return sPositions
	case ScopeFTE:
		return sFTE
	}
	return sHead
}

func scopeScale(s int) uint8 {
	if s == sFTE {
		return 2
	}
	return 0
}

type measureSet struct {
	v       [numMeasures]int64
	have    uint64 // bit m: measure m is known
	derived uint64 // bit m: measure m was derived from others of the area (aggregate path)
}

func (m *measureSet) has(ids ...int) bool {
	for _, id := range ids {
		if m.have&(1<<uint(id)) == 0 {
			return false
		}
	}
	return true
}

type cellData struct {
	sets [numScopes]measureSet
	ages []int64 // head-count by age 0..126 of active workers; nil when unknown
}

// Breakdown slots of a cross area.
const (
	slotSex     = 0
	slotCadre   = slotSex + numSex
	slotSector  = slotCadre + numCadre
	slotAge     = slotSector + numSector
	slotQual    = slotAge + numAgeBand
	slotSetting = slotQual + 2
	dimSlots    = slotSetting + numSetting
)

var slotDims = [...]struct {
	dim   Disaggregation
	first int
	n     int
}{
	{BySex, slotSex, numSex},
	{ByCadre, slotCadre, numCadre},
	{BySector, slotSector, numSector},
	{ByAgeBand, slotAge, numAgeBand},
	{ByQualification, slotQual, 2},
	{BySetting, slotSetting, numSetting},
}

// evaluator holds the cells of one evaluation.
type evaluator struct {
	frame      *areaFrame
	pop        []areaPopulation // each area's population: the frame's, or of the vintage asked for
	opts       Options
	input      InputPath
	asOf       workforce.CivilDate
	period     workforce.CivilDate
	rules      RecordRules
	cells      []cellData // area cells, then cross blocks of dimSlots cells
	crossBlock []int32    // area → block number, -1 when not a cross area
	crossAreas []int32    // cross areas in pre-order
	defs       []int      // catalogue indexes to evaluate
	norm       []normCell
	normScope  int
	drivers    map[int32]int64
	covered    map[int32]UnitCoverageFigure // published unit coverage (aggregate path)
	results    []IndicatorResult
	sens       [][]countRef // sensitive counts of each result
	notes      []string
	problems   workforce.Problems
	mismatch   func(area int32, scope, measure int) (path string, ok bool)
	// qualify returns what the count of a measure given for an area says
	// about itself (approximate, a range, its coverage), aggregate path.
	qualify   func(area int32, scope, measure int) (note, coverage string)
	policyRes []IndicatorResult
	// ok is false once a sum of counts has overflowed: the evaluation
	// then fails instead of publishing a wrapped value.
	ok bool
	// Counts at areas not valid on the as-of date, which no result holds.
	outsideWorkers, outsidePosts int64
	outsideAreas                 []int32
	tally                        *Tally // the records counted, for disclosure control
	normOverflow                 bool   // a staffing-norm requirement or sum overflowed
	// shared decimals of counts (see decimal): scale 0 and 2
	small *[2][smallDecimals]workforce.Decimal
	large map[quantity]workforce.Decimal
}

type normCell struct {
	units, met, req, gap int64
	noWorkers            bool // a unit lacks its workers count
	noDriver             bool // a unit lacks the driver of its requirement
}

func newEvaluator(f *areaFrame, opts Options, input InputPath) *evaluator {
	n0 := len(f.codes)
	e := &evaluator{frame: f, pop: f.pop, opts: opts, input: input, asOf: f.asOf, ok: true, small: new([2][smallDecimals]workforce.Decimal)}
	if opts.PopulationVintage != "" {
		var ok bool
		if e.pop, ok = f.rollUp(opts.PopulationVintage); !ok {
			// The sums of this vintage's figures overflowed: every
			// population is missing and the evaluation fails (overflowErr).
			e.pop, e.ok = make([]areaPopulation, n0), false
		}
	}
	n := len(f.codes)
	e.crossBlock = make([]int32, n)
	for i := range e.crossBlock {
		e.crossBlock[i] = -1
	}
	for _, k := range f.preOrder() {
		cross := k == f.root
		if len(opts.CrossLevels) > 0 {
			cross = slices.Contains(opts.CrossLevels, f.levels[k])
		}
		if cross {
			e.crossBlock[k] = int32(len(e.crossAreas))
			e.crossAreas = append(e.crossAreas, k)
		}
	}
	e.cells = make([]cellData, n+len(e.crossAreas)*dimSlots)
	return e
}

func (e *evaluator) crossCell(area int32, slot int) int32 {
	return int32(len(e.frame.codes)) + e.crossBlock[area]*dimSlots + int32(slot)
}

// allocAges gives every cell an age histogram, from one allocation.
func (e *evaluator) allocAges() {
	buf := make([]int64, len(e.cells)*ageUnknown)
	for i := range e.cells {
		e.cells[i].ages = buf[i*ageUnknown : (i+1)*ageUnknown : (i+1)*ageUnknown]
	}
}

// selectDefs resolves the indicators to evaluate: the listed ones, or the
// default set. Problems go under base.
func (e *evaluator) selectDefs(ps workforce.Problems, base string, policies bool) workforce.Problems {
	missing := func(d *Definition) string {
		for _, p := range d.Parameters {
			switch {
			case p == ParamStaffingNorm && e.opts.Norm == nil:
				return "it needs a staffing norm (options.staffing_norm)"
			case p == ParamPeriodStart && e.period.IsZero():
				return "it needs a period start"
			case p == ParamCPDRule && e.input == PathRecords && e.rules.CPD == nil:
				return "it needs a CPD rule (rules.cpd_rule)"
			}
		}
		if d.ID == CPDCompl && e.input == PathRecords && e.rules.CPD == nil {
			return "it needs a CPD rule (rules.cpd_rule)"
		}
		return ""
	}
	if len(e.opts.Indicators) == 0 {
		for i := range catalogueEntries {
			d := &catalogueEntries[i]
			if d.Kind == KindPolicy || d.OnRequest {
				continue
			}
			if why := missing(d); why != "" {
				e.notes = append(e.notes, string(d.ID)+" not evaluated: "+why)
				continue
			}
			e.defs = append(e.defs, i)
		}
		return ps
	}
	seen := map[int]bool{}
	for j, id := range e.opts.Indicators {
		path := jsonptr.Index(base+"/indicators", j)
		i := definitionIndex(id)
		if i < 0 {
			ps = report.Add(ps, CodeUnknownIndicator, path, string(id), "", "not in the indicator catalogue")
			continue
		}
		d := &catalogueEntries[i]
		if d.Kind == KindPolicy {
			if !policies {
				ps = report.Add(ps, CodeMissingParameter, path, string(id), "", "policy-status indicators are supplied facts: use aggregate figures")
			}
			continue
		}
		if why := missing(d); why != "" {
			ps = report.Add(ps, CodeMissingParameter, path, string(id), "", string(id)+" cannot be evaluated: "+why)
			continue
		}
		if !seen[i] {
			seen[i] = true
			e.defs = append(e.defs, i)
		}
	}
	slices.Sort(e.defs)
	return ps
}

// needs reports whether any selected definition has the ID.
func (e *evaluator) needs(ids ...IndicatorID) bool {
	for _, i := range e.defs {
		if slices.Contains(ids, catalogueEntries[i].ID) {
			return true
		}
	}
	return false
}

// computeNorms computes, for every area, the units of the norm level it
// contains and their requirement, gap and coverage, in the scope the norm
// indicators are evaluated in.
func (e *evaluator) computeNorms() {
	n := e.opts.Norm
	if n == nil || !e.needs(SSWPerUnit, SSWUnitCoverage, SSWNormReq, SSWNormGap, SSWNormAttain) {
		return
	}
	def := &catalogueEntries[definitionIndex(SSWNormReq)]
	e.normScope = scopeIndex(e.opts.scopeFor(def))
	scale := int64(1)
	if e.normScope == sFTE {
		scale = 100
	}
	f := e.frame
	e.norm = make([]normCell, len(f.codes))
	for k := range f.codes {
		if f.levels[k] != n.Level || !f.valid[k] {
			continue
		}
		set := &e.cells[k].sets[e.normScope]
		w, noWorkers := normWorkers(n, set)
		var driver int64
		noDriver := false
		switch n.Basis {
		case NormPerPopulation:
			driver, noDriver = e.pop[k].total, !e.pop[k].ok || e.pop[k].noTotal
		case NormPerChildren:
			driver, noDriver = e.pop[k].children, !e.pop[k].ok || e.pop[k].noChildren
		case NormPerDriver, NormStated:
			d, ok := e.drivers[int32(k)]
			driver, noDriver = d, !ok
		}
		r, ok := n.unitRequirement(driver)
		if (!ok && !noDriver) || r > math.MaxInt64/scale {
			e.normOverflow = true // the driver is there: the requirement overflowed
		}
		noDriver = noDriver || !ok
		r *= scale
		var met, gap int64
		if w >= r {
			met = 1
		} else {
			gap = r - w
		}
		for a := int32(k); a >= 0; a = f.parent[a] {
			c := &e.norm[a]
			c.units++
			c.met += met
			if !checkedAdd(&c.req, r) || !checkedAdd(&c.gap, gap) {
				e.normOverflow = true
			}
			c.noWorkers = c.noWorkers || noWorkers
			c.noDriver = c.noDriver || noDriver
		}
	}
}

// emit computes every selected indicator for every cell.
func (e *evaluator) emit() {
	f := e.frame
	order := f.preOrder()
	levelOK := func(k int32) bool {
		return len(e.opts.AreaLevels) == 0 || slices.Contains(e.opts.AreaLevels, f.levels[k])
	}
	normDepth := -1
	if e.opts.Norm != nil {
		normDepth = e.opts.Norm.Level.Depth()
	}
	// Reserve room for every result: one per cell (six for the cadre mix,
	// five for the contract mix).
	upper := 0
	for _, di := range e.defs {
		per := 1
		switch catalogueEntries[di].ID {
		case SSWShareCadre:
			per = numCadre
		case SSWShareContract:
			per = numEmpType
		}
		upper += per * (len(order) + len(e.crossAreas)*dimSlots)
	}
	e.results = make([]IndicatorResult, 0, upper)
	e.sens = make([][]countRef, 0, upper)
	for _, di := range e.defs {
		d := &catalogueEntries[di]
		scope := e.opts.scopeFor(d)
		isNorm := slices.Contains(d.Parameters, ParamStaffingNorm)
		for _, k := range order {
			if !levelOK(k) {
				continue
			}
			if d.TopOnly && k != f.root {
				continue
			}
			if isNorm && (f.levels[k].Depth() > normDepth || f.levels[k].Depth() < 0) {
				continue
			}
			e.emitCell(d, scope, k, k, -1)
		}
		for _, a := range e.crossAreas {
			for _, sd := range slotDims {
				if !e.breaksDown(d, sd.dim) {
					continue
				}
				if scope == ScopePositions && sd.dim != ByCadre && sd.dim != BySector && sd.dim != BySetting {
					continue // posts have no sex, age or qualification
				}
				for v := range sd.n {
					e.emitCell(d, scope, a, e.crossCell(a, sd.first+v), sd.first+v)
				}
			}
		}
	}
}

// cellOf describes a cell for a result.
func (e *evaluator) cellOf(area int32, slot int) ResultCell {
	c := ResultCell{Area: e.frame.codes[area], Level: e.frame.levels[area]}
	switch {
	case slot < 0:
	case slot < slotCadre:
		c.Sex = sexByIndex(slot - slotSex + 1)
	case slot < slotSector:
		c.Cadre = cadreByIndex(slot - slotCadre + 1)
	case slot < slotAge:
		c.Sector = sectorByIndex(slot - slotSector + 1)
	case slot < slotQual:
		c.AgeBand = ageBandTable[slot-slotAge].Value
	case slot < slotSetting:
		c.Qualification = qualificationGroupTable[slot-slotQual].Value
	default:
		c.Setting = settingGroupTable[slot-slotSetting].Value
	}
	return c
}

// emitCell appends the results of d in one cell: cell index ci of area
// area, breakdown slot (or -1).
func (e *evaluator) emitCell(d *Definition, scope CountScope, area, ci int32, slot int) {
	switch d.ID {
	case SSWShareCadre:
		for c := range numCadre {
			r, sens := e.compute(d, scope, area, ci, slot, c)
			r.Cell.Cadre = cadreByIndex(c + 1)
			e.add(r, sens)
		}
		return
	case SSWShareContract:
		for t := range numEmpType {
			r, sens := e.compute(d, scope, area, ci, slot, t)
			r.Cell.EmploymentType = empTypeByIndex(t + 1)
			e.add(r, sens)
		}
		return
	}
	r, sens := e.compute(d, scope, area, ci, slot, -1)
	e.add(r, sens)
}

func (e *evaluator) add(r IndicatorResult, sens []countRef) {
	e.results = append(e.results, r)
	e.sens = append(e.sens, sens)
}

// countRef names one published person count: a measure of a cell in a
// scope, for disclosure control.
type countRef struct {
	cell    int32
	measure uint8
	scope   uint8
	value   int64
}

// compute evaluates one definition in one cell. category is the cadre
// index of SSW-SHARE-CADRE, the employment type index of
// SSW-SHARE-CONTRACT.
func (e *evaluator) compute(d *Definition, scope CountScope, area, ci int32, slot, category int) (IndicatorResult, []countRef) {
	si := scopeIndex(scope)
	c := &e.cells[ci]
	set := &c.sets[si]
	sc := scopeScale(si)
	r := IndicatorResult{
		Indicator: d.ID, Cell: e.cellOf(area, slot), Scope: scope, Subset: d.Subset,
		Precision: d.Precision, Unit: d.Unit,
	}
	q := func(m int) quantity { return quantity{n: set.v[m], scale: sc} }
	ref := func(m int) countRef { return countRef{cell: ci, measure: uint8(m), scope: uint8(si), value: set.v[m]} }
	need := func(ms ...int) bool {
		for _, m := range ms {
			if !set.has(m) {
				e.missingMeasure(&r, area, si, m)
				return false
			}
		}
		for _, m := range ms {
			if set.derived&(1<<m) != 0 {
				r.Notes = append(r.Notes, "derived: "+measureNames[m]+" of "+string(e.frame.codes[area])+" follow from the other counts given ("+derivationOf(m)+")")
			}
			if e.qualify != nil {
				if note, _ := e.qualify(area, si, m); note != "" {
					r.Notes = append(r.Notes, measureNames[m]+" of "+string(e.frame.codes[area])+": "+note)
				}
			}
		}
		return true
	}
	pop := func(children bool) (quantity, bool) {
		p := e.pop[area]
		code := string(e.frame.codes[area])
		if !p.ok {
			r.Status = StatusMissing
			if v := e.opts.PopulationVintage; v != "" {
				r.Notes = append(r.Notes, "no population figure of vintage \""+v+"\" applies to "+code+" on "+e.asOf.String())
			} else {
				r.Notes = append(r.Notes, "no population figure applies to "+code+" on "+e.asOf.String())
			}
			return quantity{}, false
		}
		unknown, what := p.noTotal, "total population"
		if children {
			unknown, what = p.noChildren, "child population (0-17)"
		}
		if unknown {
			// Unknown is not zero: no value, no "1 : 0", no undefined.
			r.Status = StatusMissing
			if p.derived {
				r.Notes = append(r.Notes, "the "+what+" of "+code+" is not known: the figure of an area below it marks it not published")
			} else {
				r.Notes = append(r.Notes, "the "+what+" of "+code+" is not published in its figure ("+p.vintage+", "+p.date.String()+")")
			}
			return quantity{}, false
		}
		rp := &ResultPopulation{Universe: UniverseTotal, Value: p.total, Source: p.source, Vintage: p.vintage,
			Date: p.date, Derived: p.derived, MixedVintages: p.mixed}
		if children {
			rp.Universe, rp.Value = UniverseChildren, p.children
		}
		r.Population = rp
		if p.mixed {
			r.Notes = append(r.Notes, "population summed from figures of different sources, vintages or dates")
		}
		return count(rp.Value), true
	}
	switch d.ID {
	case SSWDenPop, SSWDenChild, SWDenPop, SWDenChild:
		m := mWorkers
		if d.Subset == SubsetQualified {
			m = mQualified
		}
		den, ok := pop(d.Universe == UniverseChildren)
		if !ok || !need(m) {
			return r, nil
		}
		e.ratio(&r, d, q(m), den)
		return r, []countRef{ref(m)}
	case SSWPopPerWorker, SSWChildPerWorker:
		num, ok := pop(d.Universe == UniverseChildren)
		if !ok || !need(mWorkers) {
			return r, nil
		}
		e.ratio(&r, d, num, q(mWorkers))
		return r, []countRef{ref(mWorkers)}
	case SSWPerUnit, SSWUnitCoverage, SSWNormReq, SSWNormGap, SSWNormAttain:
		return e.computeNorm(&r, d, area, set, sc)
	case SSWPostVac, SSWPostFill:
		m := mVacant
		if d.ID == SSWPostFill {
			m = mFilled
		}
		if !need(m, mFunded) {
			return r, nil
		}
		e.ratio(&r, d, q(m), q(mFunded))
		return r, nil
	case SSWShareGov, SSWShareFemale, SSWQualSW, SSWShareCadre, SWLicShare, CPDCompl:
		num, den := mGovernment, mWorkers
		switch d.ID {
		case SSWShareFemale:
			num = mFemale
		case SSWQualSW:
			num = mQualified
		case SSWShareCadre:
			num = mCadre + category
		case SWLicShare:
			num, den = mQualLicensed, mQualified
		case CPDCompl:
			num, den = mCPDMet, mLicensed
		}
		if !need(num, den) {
			return r, nil
		}
		e.ratio(&r, d, q(num), q(den))
		return r, []countRef{ref(num), ref(den)}
	case SupRatio:
		if !need(mFrontline, mSupervisors) {
			return r, nil
		}
		e.ratio(&r, d, q(mFrontline), q(mSupervisors))
		return r, []countRef{ref(mFrontline), ref(mSupervisors)}
	case RetAttrition, RetEntry, RetExitVoluntary, RetExitInvoluntary:
		m := mLeavers
		switch d.ID {
		case RetEntry:
			m = mEntrants
		case RetExitVoluntary:
			m = mExitVoluntary
		case RetExitInvoluntary:
			m = mExitInvol
		}
		if !need(m, mStart, mWorkers) {
			return r, nil
		}
		// mean head-count (start + end) ÷ 2, exactly: one more decimal.
		sum, ok := addCount(set.v[mStart], set.v[mWorkers])
		if !ok || sum > math.MaxInt64/5 {
			e.ok = false
			return r, nil
		}
		den := quantity{n: sum * 5, scale: sc + 1}
		e.ratio(&r, d, q(m), den)
		return r, []countRef{ref(m), ref(mStart), ref(mWorkers)}
	case SSWCount, SSWCountLicensed:
		m := mWorkers
		if d.ID == SSWCountLicensed {
			m = mLicensed
		}
		if !need(m) {
			return r, nil
		}
		e.countValue(&r, q(m))
		if si == sPositions {
			return r, nil // posts are published as they are
		}
		return r, []countRef{ref(m)}
	case SSWCountRegistered:
		if !need(mRegistered) {
			return r, nil
		}
		e.countValue(&r, q(mRegistered))
		return r, []countRef{ref(mLicensed), ref(mNotPractising)}
	case SSWActivityRatio:
		if !need(mLicensed, mRegistered) {
			return r, nil
		}
		e.ratio(&r, d, q(mLicensed), q(mRegistered))
		return r, []countRef{ref(mLicensed), ref(mNotPractising)}
	case SSWShareForeignNat, SSWShareForeignTrain, SSWSharePartTime, SSWShareContract:
		num, den := mForeignNat, mNatKnown
		switch d.ID {
		case SSWShareForeignTrain:
			num, den = mForeignTrained, mTrainKnown
		case SSWSharePartTime:
			num, den = mPartTime, mWorkers
		case SSWShareContract:
			num, den = mEmpType+category, mWorkers
		}
		if !need(num, den) {
			return r, nil
		}
		e.ratio(&r, d, q(num), q(den))
		return r, []countRef{ref(num), ref(den)}
	case SSWGrowth:
		if !need(mStart, mWorkers) {
			return r, nil
		}
		if e.qualify != nil {
			_, a := e.qualify(area, si, mStart)
			if _, b := e.qualify(area, si, mWorkers); a != b {
				r.Notes = append(r.Notes, "coverage differs: the count at the start covers "+orWhole(a)+
					", the count at the end "+orWhole(b)+": the growth compares different things")
			}
		}
		num := quantity{n: set.v[mWorkers] - set.v[mStart], scale: sc}
		e.ratio(&r, d, num, q(mStart))
		return r, []countRef{ref(mStart), ref(mWorkers)}
	case SSWAgeMedian:
		if si != sHead || !need(mAgesKnown) || c.ages == nil {
			if r.Status == "" {
				e.missingMeasure(&r, area, si, mAgesKnown)
			}
			return r, nil
		}
		e.median(&r, c.ages, set.v[mAgesKnown])
		return r, []countRef{ref(mAgesKnown)}
	}
	r.Status = StatusMissing
	r.Notes = append(r.Notes, "no formula for "+string(d.ID))
	return r, nil
}

func (e *evaluator) missingMeasure(r *IndicatorResult, area int32, si, m int) {
	r.Status = StatusMissing
	r.Notes = append(r.Notes, "no count of "+measureNames[m]+" in scope "+string(scopeTable[si].Value)+" for "+string(e.frame.codes[area]))
	if e.mismatch != nil {
		if path, ok := e.mismatch(area, si, m); ok {
			e.problems = report.Add(e.problems, CodeScopeMismatch, path, string(r.Indicator), string(scopeTable[si].Value),
				string(r.Indicator)+" is evaluated in scope "+string(scopeTable[si].Value)+" but "+measureNames[m]+" of "+
					string(e.frame.codes[area])+" are given in another scope; set options.scope or supply "+string(scopeTable[si].Value)+" counts")
		}
	}
}

func (e *evaluator) computeNorm(r *IndicatorResult, d *Definition, area int32, set *measureSet, sc uint8) (IndicatorResult, []countRef) {
	nc := e.norm[area]
	if u, ok := e.covered[area]; ok && d.ID == SSWUnitCoverage {
		e.ratio(r, d, count(u.Met), count(u.Units))
		note := "as published: " + itoa(u.Met) + " of " + itoa(u.Units) + " units meet the norm"
		if u.Source != "" {
			note += " (" + u.Source + ")"
		}
		if !nc.noDriver && !nc.noWorkers && nc.units > 0 && (nc.met != u.Met || nc.units != u.Units) {
			note += "; the units listed give " + itoa(nc.met) + " of " + itoa(nc.units)
		}
		r.Notes = append(r.Notes, note)
		return *r, nil
	}
	switch {
	case d.ID != SSWPerUnit && nc.noDriver:
		r.Status = StatusMissing
		r.Notes = append(r.Notes, "a unit in "+string(e.frame.codes[area])+" lacks the driver of its requirement (population, supplied driver or stated requirement)")
		return *r, nil
	case d.ID != SSWPerUnit && d.ID != SSWNormReq && nc.noWorkers:
		r.Status = StatusMissing
		r.Notes = append(r.Notes, "a unit in "+string(e.frame.codes[area])+" lacks its own workers count: coverage needs counts unit by unit, never an average")
		return *r, nil
	}
	switch d.ID {
	case SSWPerUnit:
		w, missing := normWorkers(e.opts.Norm, set)
		if missing {
			e.missingMeasure(r, area, e.normScope, e.opts.Norm.measures()[0])
			return *r, nil
		}
		e.ratio(r, d, quantity{n: w, scale: sc}, count(nc.units))
		// The parts of a sum of cadres are taken as published: conservative.
		var refs []countRef
		for _, m := range e.opts.Norm.measures() {
			refs = append(refs, countRef{cell: int32(area), measure: uint8(m), scope: uint8(e.normScope), value: set.v[m]})
		}
		return *r, refs
	case SSWUnitCoverage:
		e.ratio(r, d, count(nc.met), count(nc.units))
	case SSWNormReq:
		e.countValue(r, quantity{n: nc.req, scale: sc})
	case SSWNormGap:
		e.countValue(r, quantity{n: nc.gap, scale: sc})
	case SSWNormAttain:
		e.ratio(r, d, quantity{n: nc.req - nc.gap, scale: sc}, quantity{n: nc.req, scale: sc})
	}
	return *r, nil
}

// ratio sets the counts, value and status of a ratio result.
func (e *evaluator) ratio(r *IndicatorResult, d *Definition, num, den quantity) {
	r.Numerator, r.Denominator, r.Multiplier = e.decimal(num), e.decimal(den), d.Multiplier
	q, ok := divide(num, d.Multiplier, den, d.Precision)
	if !ok {
		r.Status = StatusUndefined
		return
	}
	r.Value, r.Exact = workforce.DecimalOf(q.value), q.exact
	r.Status = StatusOK
	events := num
	switch d.Sensitive {
	case SensitiveDenominator:
		events = den
	case SensitiveNone:
		return
	}
	if d.ID == SSWGrowth {
		events = den
	}
	if whole(events) < e.opts.reliability() {
		r.Status = StatusUnreliable
	}
}

func (e *evaluator) countValue(r *IndicatorResult, v quantity) {
	r.Precision = max(r.Precision, int(v.scale)) // FTE counts keep their hundredths
	r.Numerator = e.decimal(v)
	r.Value, r.Exact, r.Status = r.Numerator, true, StatusOK
}

// decimal returns q as a decimal, sharing one value among the results
// that publish the same count (most counts repeat: an area's workers in
// every indicator, its population in every density). Decimals are never
// modified, so sharing is safe; it spares an allocation per count.
func (e *evaluator) decimal(q quantity) workforce.Decimal {
	if q.n < 0 || q.scale > 2 {
		return q.decimal()
	}
	if q.n < smallDecimals && q.scale != 1 {
		c := &e.small[q.scale/2][q.n]
		if c.IsZero() {
			*c = q.decimal()
		}
		return *c
	}
	if e.large == nil {
		e.large = make(map[quantity]workforce.Decimal)
	}
	d, ok := e.large[q]
	if !ok {
		d = q.decimal()
		e.large[q] = d
	}
	return d
}

// smallDecimals bounds the counts kept in the evaluator's array of shared
// decimals; larger ones go in its map.
const smallDecimals = 2048

// whole returns the integer part of a non-negative quantity.
func whole(q quantity) int64 {
	n := q.n
	for range q.scale {
		n /= 10
	}
	return n
}

// median sets the median of an age histogram.
func (e *evaluator) median(r *IndicatorResult, ages []int64, n int64) {
	r.Numerator = workforce.DecimalFromInt(n)
	if n == 0 {
		r.Status = StatusUndefined
		return
	}
	nth := func(i int64) int64 { // the age of the i-th value (0-based)
		for a, c := range ages {
			if i < c {
				return int64(a)
			}
			i -= c
		}
		return int64(len(ages) - 1)
	}
	var v decimal.Decimal
	if n%2 == 1 {
		v = decimal.New(nth(n/2), 0)
	} else {
		sum := nth(n/2-1) + nth(n/2)
		v = decimal.New(sum*5, -1)
		if sum%2 == 0 {
			v = decimal.New(sum/2, 0)
		}
	}
	r.Value, r.Exact, r.Status = workforce.DecimalOf(v), true, StatusOK
	if n < e.opts.reliability() {
		r.Status = StatusUnreliable
	}
}

// finish assembles the report.
func (e *evaluator) report(country workforce.CountryCode, source string) Report {
	rep := Report{
		Country: country, AsOf: e.asOf, Input: e.input, Source: source,
		Parameters: ReportParameters{Options: e.resolvedOptions()},
		Notes:      e.notes,
	}
	if e.input == PathRecords {
		rep.Parameters.Rules = e.rules.clone()
	}
	if e.opts.Disclosure != nil {
		p := *e.opts.Disclosure
		rep.Disclosure = &p
	}
	f := e.frame
	for _, k := range f.preOrder() {
		a := ReportArea{Code: f.codes[k], Name: f.names[k], Level: f.levels[k]}
		if p := f.parent[k]; p >= 0 {
			a.Parent = f.codes[p]
		}
		rep.Areas = append(rep.Areas, a)
	}
	rep.Results = e.results
	if len(e.policyRes) > 0 {
		rep.Results = append(e.policyRes, e.results...)
		sortByCatalogue(rep.Results)
	}
	return rep
}

// itoa formats an integer for notes.
func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func sortByCatalogue(rs []IndicatorResult) {
	slices.SortStableFunc(rs, func(a, b IndicatorResult) int {
		return definitionIndex(a.Indicator) - definitionIndex(b.Indicator)
	})
}

func (e *evaluator) resolvedOptions() Options {
	o := e.opts
	o.Indicators = make([]IndicatorID, 0, len(e.defs))
	for _, i := range e.defs {
		o.Indicators = append(o.Indicators, catalogueEntries[i].ID)
	}
	for _, r := range e.policyRes {
		o.Indicators = append(o.Indicators, r.Indicator)
	}
	sortIDs(o.Indicators)
	if o.ReliabilityMinimum == 0 {
		o.ReliabilityMinimum = DefaultReliabilityMinimum
	}
	o.AreaLevels = slices.Clone(o.AreaLevels)
	o.CrossLevels = slices.Clone(o.CrossLevels)
	o.Disaggregations = slices.Clone(o.Disaggregations)
	if o.Norm != nil {
		n := *o.Norm
		if n.Source != nil {
			src := *n.Source
			n.Source = &src
		}
		o.Norm = &n
	}
	if o.Disclosure != nil {
		p := *o.Disclosure
		o.Disclosure = &p
	}
	return o
}

func sortIDs(ids []IndicatorID) {
	slices.SortStableFunc(ids, func(a, b IndicatorID) int { return definitionIndex(a) - definitionIndex(b) })
}

// Evaluate computes the indicators from the tally's counts and returns a
// [Report]. Area results cover every area (at opts.AreaLevels) with counts
// rolled up the tree: an area counts the workers at its own posts and at
// every area below it. Breakdowns (by sex, cadre, sector, age band and
// qualification, as each definition allows) are given for the areas at
// opts.CrossLevels, the top area by default. Bad options come back as
// [workforce.Problems] (paths under /options).
func (t *Tally) Evaluate(opts Options) (Report, error) {
	ps := opts.check(nil, "/options")
	e := newEvaluator(t.frame, opts, PathRecords)
	e.rules, e.period = t.rules.clone(), t.rules.PeriodStart
	ps = e.selectDefs(ps, "/options", false)
	if opts.Norm != nil && opts.Norm.Basis == NormPerDriver {
		ps = report.Add(ps, CodeMissingParameter, "/options/staffing_norm/basis", string(NormPerDriver), "",
			"a supplied driver is only available with aggregate figures")
	}
	if err := ps.Err(); err != nil {
		return Report{}, err
	}
	if err := t.fold(); err != nil {
		return Report{}, err
	}
	e.tally = t
	e.fillFromTally(t)
	e.computeNorms()
	e.emit()
	if err := e.overflowErr(); err != nil {
		return Report{}, err
	}
	if opts.Disclosure != nil {
		e.disclose()
	}
	e.reparentNote()
	e.outsideNote()
	return e.report(t.frame.country, ""), nil
}

// overflowErr returns the problem of an evaluation whose sums overflowed.
func (e *evaluator) overflowErr() error {
	var ps workforce.Problems
	if !e.ok {
		ps = report.Add(ps, CodeOverflow, "", "", "", "the counts add up to more than 2^63 - 1: no result is published from a wrapped sum")
	}
	if e.normOverflow {
		ps = report.Add(ps, CodeOverflow, "/options/staffing_norm", "", "",
			"the staffing norm's requirement exceeds 2^63 - 1 workers")
	}
	return ps.Err()
}

// haveMasks are the measures counted from records, per scope.
func recordMasks(flows bool) [numScopes]uint64 {
	person := uint64(0)
	for _, m := range []int{mWorkers, mQualified, mLicensed, mQualLicensed, mCPDMet, mFemale, mGovernment, mFrontline, mSupervisors,
		mForeignNat, mNatKnown, mForeignTrained, mTrainKnown, mPartTime} {
		person |= 1 << m
	}
	for c := range numCadre {
		person |= 1 << (mCadre + c)
	}
	for t := range numEmpType {
		person |= 1 << (mEmpType + t)
	}
	if flows {
		person |= 1<<mStart | 1<<mLeavers | 1<<mEntrants | 1<<mExitVoluntary | 1<<mExitInvol
	}
	posts := uint64(1<<mWorkers | 1<<mGovernment | 1<<mFrontline | 1<<mSupervisors | 1<<mFunded | 1<<mVacant | 1<<mFilled)
	for c := range numCadre {
		posts |= 1 << (mCadre + c)
	}
	return [numScopes]uint64{sHead: person | 1<<mAgesKnown, sPositions: posts, sFTE: person}
}

// inForce reports whether area is valid on the as-of date; when it is
// not, it keeps count of what is left out (active workers, or posts) for
// the report's notes.
func (e *evaluator) inForce(area int32, workers, posts int64) bool {
	if e.frame.inForce(area) {
		return true
	}
	if !slices.Contains(e.outsideAreas, area) {
		e.outsideAreas = append(e.outsideAreas, area)
	}
	e.outsideWorkers += workers
	e.outsidePosts += posts
	return false
}

// outsideNote explains counts left out because their area is not valid
// on the as-of date.
func (e *evaluator) outsideNote() {
	if len(e.outsideAreas) == 0 {
		return
	}
	slices.Sort(e.outsideAreas)
	codes := ""
	for i, a := range e.outsideAreas {
		if i == 5 {
			codes += ", …"
			break
		}
		if i > 0 {
			codes += ", "
		}
		codes += string(e.frame.codes[a])
	}
	e.notes = append(e.notes, "counts at areas not valid on "+e.asOf.String()+" ("+codes+") are in no result: "+
		itoa(e.outsideWorkers)+" active workers, "+itoa(e.outsidePosts)+" posts")
}

// reparentNote names the valid areas whose recorded parent is not valid
// on the as-of date.
func (e *evaluator) reparentNote() {
	for _, k := range e.frame.reparented {
		p := e.frame.parent[k]
		to := "the top of the tree"
		if p >= 0 {
			to = string(e.frame.codes[p])
		}
		e.notes = append(e.notes, "area "+string(e.frame.codes[k])+" is valid on "+e.asOf.String()+
			" but its parent is not: it is counted under "+to)
	}
}

// fillFromTally adds every group to its area cell and to the breakdown
// cells of its ancestors at the cross levels, then rolls the area cells
// up the tree.
func (e *evaluator) fillFromTally(t *Tally) {
	e.allocAges()
	masks := recordMasks(!t.rules.PeriodStart.IsZero())
	for i := range e.cells {
		for s := range numScopes {
			e.cells[i].sets[s].have = masks[s]
		}
	}
	// Registered persons not practising have no area: the register is
	// known at the top area only.
	e.cells[e.frame.root].sets[sHead].have |= 1<<mNotPractising | 1<<mRegistered
	// In breakdowns by sex, age band and qualification there are no posts.
	for _, a := range e.crossAreas {
		for slot := range dimSlots {
			if slot < slotCadre || (slot >= slotAge && slot < slotSetting) {
				e.cells[e.crossCell(a, slot)].sets[sPositions].have = 0
			}
		}
	}
	f := e.frame
	// Only the breakdowns an evaluated indicator publishes are filled
	// (emit reads no other cross cell).
	wanted, anyWanted := e.wantedDims()
	// Cross ancestors of each area, computed once.
	crossOf := make([][]int32, len(f.codes))
	for k := range f.codes {
		if !anyWanted {
			break
		}
		for a := int32(k); a >= 0; a = f.parent[a] {
			if e.crossBlock[a] >= 0 {
				crossOf[k] = append(crossOf[k], a)
			}
		}
	}
	for i, k := range t.workers.keys {
		gc := t.workers.counts[i]
		area := keyArea(k)
		active := int64(0)
		if keyObs(k) == obsActive {
			active = gc.n
		}
		if !e.inForce(area, active, 0) {
			continue
		}
		e.ok = addWorkerGroup(&e.cells[area], k, gc) && e.ok
		if len(crossOf[area]) == 0 {
			continue
		}
		slots := [6]int{
			slotSex + keySex(k) - 1, slotCadre + keyCadre(k) - 1, slotSector + keySector(k) - 1,
			slotAge + ageBandIndex(keyAge(k)) - 1, slotQual, slotSetting + settingSlot(f.setting[area]),
		}
		if !keyFlag(k, keyQualBit) {
			slots[4]++
		}
		for _, a := range crossOf[area] {
			for j, s := range slots {
				if !wanted[j] || s < slotDims[j].first || s >= slotDims[j].first+slotDims[j].n {
					continue // unknown value (sector of a group fed without one)
				}
				e.ok = addWorkerGroup(&e.cells[e.crossCell(a, s)], k, gc) && e.ok
			}
		}
	}
	for i, k := range t.posts.keys {
		gc := t.posts.counts[i]
		area := keyArea(k)
		cadre, sector, status := int(k>>postCadreShift)&7, int(k>>postSectShift)&7, int(k>>postStatusShift)&7
		if !e.inForce(area, 0, gc.n) {
			continue
		}
		e.ok = addPostGroup(&e.cells[area], cadre, sector, status, gc.n) && e.ok
		for _, a := range crossOf[area] {
			if cadre >= 1 && wanted[1] {
				e.ok = addPostGroup(&e.cells[e.crossCell(a, slotCadre+cadre-1)], cadre, sector, status, gc.n) && e.ok
			}
			if sector >= 1 && wanted[2] {
				e.ok = addPostGroup(&e.cells[e.crossCell(a, slotSector+sector-1)], cadre, sector, status, gc.n) && e.ok
			}
			e.ok = addPostGroup(&e.cells[e.crossCell(a, slotSetting+settingSlot(f.setting[area]))], cadre, sector, status, gc.n) && e.ok
		}
	}
	for _, k := range f.bottomUp {
		if p := f.parent[k]; p >= 0 {
			e.ok = addCell(&e.cells[p], &e.cells[k]) && e.ok
		}
	}
	h := &e.cells[f.root].sets[sHead].v
	h[mRegistered] = h[mLicensed]
	e.ok = checkedAdd(&h[mRegistered], h[mNotPractising]) && e.ok
}

// wantedDims reports which breakdowns of slotDims some evaluated
// indicator publishes, as emit decides it, and whether any is.
func (e *evaluator) wantedDims() (wanted [len(slotDims)]bool, any bool) {
	for _, di := range e.defs {
		for j, sd := range slotDims {
			if e.breaksDown(&catalogueEntries[di], sd.dim) {
				wanted[j], any = true, true
			}
		}
	}
	return wanted, any
}

// breaksDown reports whether the evaluation publishes d's results broken
// down by dim: d has more than one default breakdown (the area alone is
// none), dim among them, and the options ask for it.
func (e *evaluator) breaksDown(d *Definition, dim Disaggregation) bool {
	return len(d.Disaggregations) >= 2 && d.HasDisaggregation(dim) && e.opts.wantsDim(dim)
}

// addWorkerGroup adds a group's counts to a cell. It reports false when
// a total (workers, the period-start stock, leavers) overflows; every
// other measure of the cell is part of one of them and cannot.
func addWorkerGroup(c *cellData, k uint64, gc groupCount) bool {
	h, f := &c.sets[sHead], &c.sets[sFTE]
	ok := true
	switch keyObs(k) {
	case obsStart:
		a, b := checkedAdd(&h.v[mStart], gc.n), checkedAdd(&f.v[mStart], gc.fte)
		return a && b
	case obsLeaver:
		a, b := checkedAdd(&h.v[mLeavers], gc.n), checkedAdd(&f.v[mLeavers], gc.fte)
		switch keyFlow(k) {
		case flowVoluntary:
			h.v[mExitVoluntary] += gc.n
			f.v[mExitVoluntary] += gc.fte
		case flowInvoluntary:
			h.v[mExitInvol] += gc.n
			f.v[mExitInvol] += gc.fte
		}
		return a && b
	case obsRegistered:
		return checkedAdd(&h.v[mNotPractising], gc.n)
	}
	qual, lic := keyFlag(k, keyQualBit), keyFlag(k, keyLicBit)
	cadre := keyCadre(k)
	for _, x := range [2]struct {
		s *measureSet
		n int64
	}{{h, gc.n}, {f, gc.fte}} {
		v := &x.s.v
		ok = checkedAdd(&v[mWorkers], x.n) && ok
		if qual {
			v[mQualified] += x.n
		}
		if lic {
			v[mLicensed] += x.n
			if qual {
				v[mQualLicensed] += x.n
			}
			if keyFlag(k, keyCPDBit) {
				v[mCPDMet] += x.n
			}
		}
		if keySex(k) == idxFemale {
			v[mFemale] += x.n
		}
		if keySector(k) == idxGov {
			v[mGovernment] += x.n
		}
		if cadre >= 1 {
			v[mCadre+cadre-1] += x.n
		}
		switch cadre {
		case idxSup:
			v[mSupervisors] += x.n
		case idxEdu:
		default:
			v[mFrontline] += x.n
		}
		if nat := keyNat(k); nat != originUnknown {
			v[mNatKnown] += x.n
			if nat == originForeign {
				v[mForeignNat] += x.n
			}
		}
		if tr := keyTrain(k); tr != originUnknown {
			v[mTrainKnown] += x.n
			if tr == originForeign {
				v[mForeignTrained] += x.n
			}
		}
		if keyFlag(k, keyPartTimeBit) {
			v[mPartTime] += x.n
		}
		if et := keyEmp(k); et >= 1 {
			v[mEmpType+et-1] += x.n
		}
		if keyFlow(k) == flowEntrant {
			v[mEntrants] += x.n
		}
	}
	if age := keyAge(k); age != ageUnknown {
		c.ages[age] += gc.n
		h.v[mAgesKnown] += gc.n
	}
	return ok
}

// checkedAdd adds x ≥ 0 to *dst and reports false when the sum
// overflows (*dst then holds the wrapped value, which the caller never
// publishes: the evaluation fails).
func checkedAdd(dst *int64, x int64) bool {
	s := *dst + x
	ok := s >= *dst
	*dst = s
	return ok
}

// addPostGroup adds a post group's count to a cell; it reports false
// when the funded posts overflow (every other measure is part of them).
func addPostGroup(c *cellData, cadre, sector, status int, n int64) bool {
	v := &c.sets[sPositions].v
	switch status {
	case idxVacant:
		v[mVacant] += n
	case idxFilled:
		v[mFilled] += n
	default:
		return true // frozen and abolished posts are not funded
	}
	ok := checkedAdd(&v[mFunded], n)
	v[mWorkers] += n
	if sector == idxGov {
		v[mGovernment] += n
	}
	if cadre >= 1 {
		v[mCadre+cadre-1] += n
	}
	switch cadre {
	case idxSup:
		v[mSupervisors] += n
	case idxEdu:
	default:
		v[mFrontline] += n
	}
	return ok
}

// addCell adds the counts of src to dst. It reports false when a total
// overflows (workers, the stock at the period start, leavers, funded
// posts); the other measures are parts of them.
func addCell(dst, src *cellData) bool {
	ok := true
	for s := range numScopes {
		for m := range numMeasures {
			switch m {
			case mWorkers, mStart, mLeavers, mFunded, mNotPractising:
				ok = checkedAdd(&dst.sets[s].v[m], src.sets[s].v[m]) && ok
			default:
				dst.sets[s].v[m] += src.sets[s].v[m]
			}
		}
	}
	for a, n := range src.ages {
		dst.ages[a] += n
	}
	return ok
}

// orWhole names a coverage, "the whole measure" when none is given.
func orWhole(coverage string) string {
	if coverage == "" {
		return "the whole measure"
	}
	return coverage
}

// normWorkers returns the workers a norm counts in a cell (the sum of
// its measures) and whether a measure is missing.
func normWorkers(n *StaffingNorm, set *measureSet) (int64, bool) {
	var w int64
	for _, m := range n.measures() {
		if !set.has(m) {
			return 0, true
		}
		w += set.v[m] // parts of the workers count, which did not overflow
	}
	return w, false
}
