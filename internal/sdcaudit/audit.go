// Package sdcaudit is a test helper: an attacker that tries to recover
// withheld person counts from a published indicators report by
// differencing, written apart from the disclosure control it checks.
//
// It reads only what a reader of the report has: the areas and their
// parents, and each result's indicator, cell, status, numerator and
// denominator. From the indicator definitions it knows what each count
// counts — a box: the workers of an area and the areas below it, in one
// scope and observation, with a set of values on each of twelve
// dimensions: sex, cadre, sector, age band, qualification, licence (none,
// licensed, licensed and meeting the CPD rule), nationality and training
// origin (national, foreign, not recorded), the main employment's type,
// part-time, flow (none, entrant, voluntary exit, involuntary exit) and
// the setting of the area counted in (urban, rural, mixed, not recorded)
// — and so which results publish the same count. Besides the four
// observations of a tally (active, at the period start, leavers,
// registered persons not practising) two sums are published: the
// flow rates' mean head-count gives start + active, and the register
// count gives the licensed active + the registered not practising.
//
// It also knows, as the model of the package documentation assumes, every
// own-level remainder (the workers at posts of an area itself) that is
// not itself below the threshold; the tally groups supply those. It knows
// what the documentation and [indicators.Tally.AddGroup] state of every
// tally: entrants are active workers, exits are leavers', registered
// persons not practising are licensed, have no employment (no sector, no
// employment type) and are counted at the top area only. With
// [Knowledge.SettingsPublic] it also knows each area's setting (the
// area table is public), so a count of a setting no area in it has is a
// zero known beforehand, never a disclosure.
//
// The relations it uses are every partition of a box along one dimension
// into boxes whose value sets are terms (every value, single values, the
// sets the report's counts use, and their complements), along the area
// tree an area = its own-level remainder + its children, and the two
// sums. It applies them repeatedly to a fixed point: a relation with one
// unknown term gives that term by subtraction (or addition, for an
// unknown total), and a relation whose known parts already make up its
// total gives its unknown parts as zeros (counts are not negative).
//
// It sits above the indicators package and is imported by tests only.
package sdcaudit

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// Leak is a target count the attacker recovered below the threshold.
type Leak struct {
	Box   string
	Value int64
	// Via lists the recoveries that led to it, last first: each the
	// relation used ("total = part + part …") and the value found.
	Via []string
}

func (l Leak) String() string {
	return fmt.Sprintf("%s = %d via\n\t%s", l.Box, l.Value, strings.Join(l.Via, "\n\t"))
}

// Knowledge is what the attacker knows besides the report.
type Knowledge struct {
	// Groups are the worker groups of the tally the report was evaluated
	// from ([indicators.Tally.Groups]); nil for a report from aggregate
	// figures (no remainder is then known).
	Groups []indicators.TallyGroup
	// Areas are the registry's areas: their settings give the setting of
	// each group (that of its area or of the nearest area above with
	// one). Without them no remainder of one setting is known.
	Areas []workforce.AdminArea
	// SettingsPublic: the reader knows each area's setting.
	SettingsPublic bool
	// ZeroRule: counts are not negative, so the parts of a known zero,
	// and the unknown parts of a relation whose known parts already make
	// up its total, are zeros; every box inside a zero box (fewer values,
	// an area below) is zero.
	ZeroRule bool
}

const (
	dSex = iota
	dCadre
	dSector
	dAge
	dQual
	dLic
	dNat
	dTrain
	dEmp
	dPart
	dFlow
	dSetting
	nDims
)

var dimNames = [nDims]string{"sex", "cadre", "sector", "age", "qual", "lic", "nat", "train", "emp", "part", "flow", "setting"}

// The sums a result publishes, as observations of their own.
const (
	// obsStocks is start + active: twice the mean head-count that the
	// flow rates (RET-*) divide by.
	obsStocks indicators.TallyObservation = "start+active"
	// obsRegistered is the licensed active workers + the registered
	// persons not practising (SSW-COUNT-REGISTERED).
	obsRegistered indicators.TallyObservation = "registered"
)

const (
	obsActive     = indicators.ObservedActive
	obsStart      = indicators.ObservedPeriodStart
	obsLeaver     = indicators.ObservedLeaver
	obsNotPract   = indicators.ObservedRegisteredNotPractising
	licMask       = 6 // licensed: without and with CPD compliance
	flowNoneMask  = 1
	flowEntryMask = 2
	flowVolMask   = 4
	flowInvMask   = 8
)

// box is a count: an area (or its own-level remainder), scope,
// observation and a set of values per dimension.
type box struct {
	area  string
	own   bool
	fte   bool
	obs   indicators.TallyObservation
	masks [nDims]uint16
}

func (b box) String() string {
	var sb strings.Builder
	sb.WriteString(b.area)
	if b.own {
		sb.WriteString("(own)")
	}
	if b.fte {
		sb.WriteString(" fte")
	}
	sb.WriteString(" " + string(b.obs))
	for d, m := range b.masks {
		fmt.Fprintf(&sb, " %s=%b", dimNames[d], m)
	}
	return sb.String()
}

func (b box) with(d int, m uint16) box {
	b.masks[d] = m
	return b
}

func (b box) in(obs indicators.TallyObservation) box {
	b.obs = obs
	return b
}

type attacker struct {
	threshold int64
	zeros     bool
	public    bool
	zeroRule  bool
	full      [nDims]uint16
	// values lists each dimension's values (as strings), in mask bit
	// order.
	values  [nDims][]string
	known   map[box]int64
	targets map[box]bool
	terms   [nDims][]uint16
	// measureMasks are the value sets the indicators' measures keep
	// (female, government, qualified, front-line, foreign, …), per
	// dimension.
	measureMasks [nDims][]uint16
	children     map[string][]string
	parent       map[string]string
	top          string
	// setting is each area's setting value index; below is the mask of
	// the settings of an area and the areas below it.
	setting map[string]int
	below   map[string]uint16
	groups  []indicators.TallyGroup
	// model lists facts of the groups that contradict the attacker's
	// model (reported as leaks: the attacker would be wrong).
	model []Leak
	// zeros are the boxes known to be zero, by area, scope and
	// observation: every box inside one (fewer values, an area below)
	// is zero too, known without being learnt one by one.
	zeroSets map[zkey][][nDims]uint16
}

type zkey struct {
	area string
	own  bool
	fte  bool
	obs  indicators.TallyObservation
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// Audit runs the attacker on rep with the tally's groups (nil for a report
// from aggregate figures). See [AuditWith].
func Audit(rep indicators.Report, groups []indicators.TallyGroup) []Leak {
	return AuditWith(rep, Knowledge{Groups: groups})
}

// AuditWith runs the attacker on rep. It returns every target recovered
// with a value from 1 to threshold − 1 (or 0 with SuppressZeros);
// targets are the person counts of every result (published or withheld;
// for a sum, each of its counts), the complement of every share
// (denominator − numerator) and the own-level remainders of their boxes.
// A count known beforehand (a structural zero) is no target, nor a
// count of settings no area in it has.
func AuditWith(rep indicators.Report, k Knowledge) []Leak {
	if rep.Disclosure == nil {
		return nil
	}
	a := &attacker{
		threshold: rep.Disclosure.Threshold, zeros: rep.Disclosure.SuppressZeros, public: k.SettingsPublic,
		zeroRule: k.ZeroRule, known: map[box]int64{}, targets: map[box]bool{}, zeroSets: map[zkey][][nDims]uint16{},
		children: map[string][]string{}, parent: map[string]string{}, groups: k.Groups,
	}
	a.values[dSex] = strs(workforce.SexValues())
	a.values[dCadre] = strs(workforce.CadreValues())
	a.values[dSector] = strs(workforce.SectorValues())
	a.values[dAge] = strs(indicators.AgeBandValues())
	a.values[dQual] = strs(indicators.QualificationGroupValues())
	a.values[dLic] = []string{"none", "licensed", "cpd"}
	a.values[dNat] = append(strs(indicators.OriginValues()), "")
	a.values[dTrain] = append(strs(indicators.OriginValues()), "")
	a.values[dEmp] = strs(workforce.EmploymentTypeValues())
	a.values[dPart] = []string{"no", "yes"}
	a.values[dFlow] = append([]string{""}, strs(indicators.TallyFlowValues())...)
	a.values[dSetting] = strs(indicators.SettingGroupValues())
	// A group fed without a sector or employment type is in "not
	// recorded"; persons not practising have neither.
	for _, g := range k.Groups {
		if g.Observation == obsNotPract {
			continue
		}
		if g.Sector == "" && !slices.Contains(a.values[dSector], "") {
			a.values[dSector] = append(a.values[dSector], "")
		}
		if g.EmploymentType == "" && !slices.Contains(a.values[dEmp], "") {
			a.values[dEmp] = append(a.values[dEmp], "")
		}
	}
	for d := range nDims {
		a.full[d] = 1<<len(a.values[d]) - 1
	}
	for _, ar := range rep.Areas {
		if ar.Parent != "" {
			a.children[string(ar.Parent)] = append(a.children[string(ar.Parent)], string(ar.Code))
			a.parent[string(ar.Code)] = string(ar.Parent)
		} else {
			a.top = string(ar.Code)
		}
	}
	a.settings(rep, k.Areas)
	var shares [][2]box
	for _, r := range rep.Results {
		num, den, hasNum, hasDen, share := a.boxes(r)
		published := r.Status != indicators.StatusSuppressed
		for _, x := range []struct {
			b   box
			has bool
			v   workforce.Decimal
		}{{num, hasNum, r.Numerator}, {den, hasDen, r.Denominator}} {
			if !x.has || a.zero(x.b) {
				continue
			}
			switch x.b.obs {
			case obsStocks:
				// The mean of the two stocks: each is a count.
				a.target(x.b.in(obsStart))
				a.target(x.b.in(obsActive))
				if published && !x.v.IsZero() {
					a.setKnown(x.b, a.count(x.v, false, 1))
				}
				continue
			case obsRegistered:
				a.target(x.b.in(obsActive).with(dLic, x.b.masks[dLic]&licMask))
				a.target(x.b.in(obsNotPract))
			default:
				a.target(x.b)
			}
			if published && !x.v.IsZero() {
				a.setKnown(x.b, a.count(x.v, x.b.fte, 0))
			}
		}
		if share && hasNum && hasDen {
			shares = append(shares, [2]box{num, den})
		}
		if r.Indicator == indicators.SSWGrowth && hasDen {
			// den: the stock at the start; num: end − start.
			w := a.canon(den.in(obsActive).with(dFlow, a.full[dFlow]))
			a.target(w)
			if published && !r.Numerator.IsZero() && !r.Denominator.IsZero() {
				a.setKnown(w, a.count(r.Numerator, w.fte, 0)+a.count(r.Denominator, w.fte, 0))
			}
		}
	}
	// Terms: every value, single values, the value sets of the measures
	// the counts use and their complements, and the shares' complements;
	// on the dimensions canon narrows, every set of values.
	for d := range nDims {
		set := map[uint16]bool{a.full[d]: true}
		for v := range bits.Len16(a.full[d]) {
			set[1<<v] = true
		}
		if d == dFlow || d == dLic || (d == dSetting && a.public) {
			// Every set of values where canon drops the values some
			// boxes cannot hold (flows, licences, settings): it may
			// leave any set.
			for m := uint16(1); m <= a.full[d]; m++ {
				set[m] = true
			}
		}
		for _, m := range a.measureMasks[d] {
			set[m] = true
			set[a.full[d]&^m] = true
		}
		for _, s := range shares {
			if s[0].masks[d] != s[1].masks[d] {
				set[s[1].masks[d]&^s[0].masks[d]] = true
			}
		}
		delete(set, 0)
		for m := range set {
			a.terms[d] = append(a.terms[d], m)
		}
		slices.Sort(a.terms[d])
	}
	for _, s := range shares {
		num, den := s[0], s[1]
		if num.obs != den.obs {
			continue
		}
		diff := -1
		for d := range nDims {
			if num.masks[d] != den.masks[d] {
				if diff >= 0 || num.masks[d]&^den.masks[d] != 0 {
					diff = -2
					break
				}
				diff = d
			}
		}
		if diff >= 0 {
			a.target(den.with(diff, den.masks[diff]&^num.masks[diff]))
		}
	}
	a.remainders()
	return append(a.model, a.run()...)
}

func (a *attacker) target(b box) {
	if b = a.canon(b); !a.zero(b) && !a.settingZero(b) {
		a.targets[b] = true
	}
}

// setKnown notes that b (canonical) is known to be v.
func (a *attacker) setKnown(b box, v int64) {
	a.known[b] = v
	if v == 0 {
		k := zkey{b.area, b.own, b.fte, b.obs}
		a.zeroSets[k] = append(a.zeroSets[k], b.masks)
	}
}

// impliedZero reports whether b lies inside a box known to be zero: one
// of its area (the area's, for a remainder) or of an area above.
func (a *attacker) impliedZero(b box) bool {
	inside := func(k zkey) bool {
		for _, m := range a.zeroSets[k] {
			ok := true
			for d := range nDims {
				if b.masks[d]&^m[d] != 0 {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
		return false
	}
	if b.own && inside(zkey{b.area, true, b.fte, b.obs}) {
		return true
	}
	for area, ok := b.area, true; ok; area, ok = a.parent[area] {
		if inside(zkey{area, false, b.fte, b.obs}) {
			return true
		}
	}
	return false
}

// canon returns b with the values no group in it can hold dropped: flows
// its observation does not have, no licence for persons not practising,
// and, when the settings are public, settings no area in it has. Boxes
// holding the same groups are then one box.
func (a *attacker) canon(b box) box {
	b.masks[dFlow] &= flows[b.obs]
	if b.obs == obsNotPract {
		b.masks[dLic] &= licMask
	}
	if a.public && a.below != nil {
		if b.own {
			b.masks[dSetting] &= 1 << a.setting[b.area]
		} else {
			b.masks[dSetting] &= a.below[b.area]
		}
	}
	return b
}

func (a *attacker) index(d int, v string) int { return slices.Index(a.values[d], v) }

func (a *attacker) bit(d int, v string) uint16 {
	i := a.index(d, v)
	if i < 0 {
		return 0
	}
	return 1 << i
}

// settings works out each area's setting: its own, else that of the
// nearest area above with one, else not recorded; and the settings found
// in each area and the areas below it.
func (a *attacker) settings(rep indicators.Report, areas []workforce.AdminArea) {
	if areas == nil {
		return
	}
	own := map[string]workforce.Setting{}
	for _, ar := range areas {
		if ar.Setting != "" {
			own[string(ar.Code)] = ar.Setting
		}
	}
	a.setting = map[string]int{}
	a.below = map[string]uint16{}
	var of func(code string) int
	of = func(code string) int {
		if i, ok := a.setting[code]; ok {
			return i
		}
		i := a.index(dSetting, string(indicators.SettingGroupNotRecorded))
		if s, ok := own[code]; ok {
			i = a.index(dSetting, string(s))
		} else if p, ok := a.parent[code]; ok {
			i = of(p)
		}
		a.setting[code] = i
		return i
	}
	for i := len(rep.Areas) - 1; i >= 0; i-- { // children before parents
		c := string(rep.Areas[i].Code)
		a.below[c] |= 1 << of(c)
		if p, ok := a.parent[c]; ok {
			a.below[p] |= a.below[c]
		}
	}
}

// boxes returns the boxes of a result's numerator and denominator, and
// whether the result is a share (numerator part of the denominator).
func (a *attacker) boxes(r indicators.IndicatorResult) (num, den box, hasNum, hasDen, share bool) {
	num, den, hasNum, hasDen, share = a.rawBoxes(r)
	return a.canon(num), a.canon(den), hasNum, hasDen, share
}

// rawBoxes is boxes before canon.
func (a *attacker) rawBoxes(r indicators.IndicatorResult) (num, den box, hasNum, hasDen, share bool) {
	if r.Scope == indicators.ScopePositions || r.Scope == "" {
		return
	}
	base := box{area: string(r.Cell.Area), fte: r.Scope == indicators.ScopeFTE, obs: obsActive, masks: a.full}
	c := r.Cell
	if c.Sex != "" {
		base.masks[dSex] = a.bit(dSex, string(c.Sex))
	}
	if c.Cadre != "" && r.Indicator != indicators.SSWShareCadre {
		base.masks[dCadre] = a.bit(dCadre, string(c.Cadre))
	}
	if c.Sector != "" {
		base.masks[dSector] = a.bit(dSector, string(c.Sector))
	}
	if c.AgeBand != "" {
		base.masks[dAge] = a.bit(dAge, string(c.AgeBand))
	}
	if c.Qualification != "" {
		base.masks[dQual] = a.bit(dQual, string(c.Qualification))
	}
	if c.Setting != "" {
		base.masks[dSetting] = a.bit(dSetting, string(c.Setting))
	}
	// with restricts the cell to a measure's values on one dimension,
	// and notes them: the measures' value sets are terms.
	with := func(b box, d int, m uint16) box {
		a.measureMasks[d] = append(a.measureMasks[d], m)
		b.masks[d] &= m
		return b
	}
	workers := base
	qualified := func() box { return with(base, dQual, a.bit(dQual, string(indicators.Qualified))) }
	licensed := func() box { return with(base, dLic, licMask) }
	frontline := func() box {
		return with(base, dCadre, a.full[dCadre]&^(a.bit(dCadre, string(workforce.CadreSupervisor))|a.bit(dCadre, string(workforce.CadreEducator))))
	}
	foreign := a.bit(dNat, string(indicators.OriginForeign))
	recorded := foreign | a.bit(dNat, string(indicators.OriginNational))
	stocks := base.in(obsStocks)
	leavers := base.in(obsLeaver)
	switch r.Indicator {
	case indicators.SSWDenPop, indicators.SSWDenChild, indicators.SSWPerUnit, indicators.SSWCount:
		return workers, box{}, true, false, false
	case indicators.SWDenPop, indicators.SWDenChild:
		return qualified(), box{}, true, false, false
	case indicators.SSWPopPerWorker, indicators.SSWChildPerWorker:
		return box{}, workers, false, true, false
	case indicators.SSWShareGov:
		return with(base, dSector, a.bit(dSector, string(workforce.SectorGovernment))), workers, true, true, true
	case indicators.SSWShareCadre:
		return with(base, dCadre, a.bit(dCadre, string(c.Cadre))), workers, true, true, true
	case indicators.SSWShareFemale:
		return with(base, dSex, a.bit(dSex, string(workforce.SexFemale))), workers, true, true, true
	case indicators.SSWQualSW:
		return qualified(), workers, true, true, true
	case indicators.SWLicShare:
		q := qualified()
		q.masks[dLic] &= licensed().masks[dLic]
		return q, qualified(), true, true, true
	case indicators.CPDCompl:
		return with(base, dLic, 4), licensed(), true, true, true
	case indicators.SupRatio:
		return frontline(), with(base, dCadre, a.bit(dCadre, string(workforce.CadreSupervisor))), true, true, false
	case indicators.RetAttrition:
		return leavers, stocks, true, true, false
	case indicators.RetEntry:
		return with(base, dFlow, flowEntryMask), stocks, true, true, false
	case indicators.RetExitVoluntary:
		return with(leavers, dFlow, flowVolMask), stocks, true, true, false
	case indicators.RetExitInvoluntary:
		return with(leavers, dFlow, flowInvMask), stocks, true, true, false
	case indicators.SSWGrowth:
		return box{}, base.in(obsStart), false, true, false
	case indicators.SSWAgeMedian:
		return with(base, dAge, a.full[dAge]&^a.bit(dAge, string(indicators.AgeUnknown))), box{}, true, false, false
	case indicators.SSWCountLicensed:
		return licensed(), box{}, true, false, false
	case indicators.SSWCountRegistered:
		return base.in(obsRegistered), box{}, true, false, false
	case indicators.SSWActivityRatio:
		// den − num is the registered persons not practising: a target
		// through the sum.
		return licensed(), base.in(obsRegistered), true, true, false
	case indicators.SSWShareForeignNat:
		return with(base, dNat, foreign), with(base, dNat, recorded), true, true, true
	case indicators.SSWShareForeignTrain:
		return with(base, dTrain, foreign), with(base, dTrain, recorded), true, true, true
	case indicators.SSWSharePartTime:
		return with(base, dPart, a.bit(dPart, "yes")), workers, true, true, true
	case indicators.SSWShareContract:
		return with(base, dEmp, a.bit(dEmp, string(c.EmploymentType))), workers, true, true, true
	}
	return
}

// flows are the flow values each observation's groups may hold.
var flows = map[indicators.TallyObservation]uint16{
	obsActive: flowNoneMask | flowEntryMask, obsStart: flowNoneMask,
	obsLeaver: flowNoneMask | flowVolMask | flowInvMask, obsNotPract: flowNoneMask,
	obsStocks: flowNoneMask | flowEntryMask, obsRegistered: flowNoneMask | flowEntryMask,
}

// zero reports whether b is a zero known beforehand: an empty value set,
// or no group can be in it.
func (a *attacker) zero(b box) bool {
	for _, m := range b.masks {
		if m == 0 {
			return true
		}
	}
	if b.masks[dFlow]&flows[b.obs] == 0 {
		return true
	}
	switch b.obs {
	case obsNotPract:
		if b.area != a.top || b.masks[dLic]&licMask == 0 || b.fte {
			return true
		}
	case obsRegistered:
		if b.fte {
			return true
		}
	}
	return a.public && a.settingZero(b)
}

// settingZero reports whether b counts only settings that no area in it
// has (for a remainder: not its area's own): a zero the area table
// implies. It discloses nobody, and is no target even when the reader
// does not know the settings.
func (a *attacker) settingZero(b box) bool {
	if a.below == nil {
		return false
	}
	settings := a.below[b.area]
	if b.own {
		settings = 1 << a.setting[b.area]
	}
	return b.masks[dSetting]&settings == 0
}

// count returns the count a published decimal gives, shifted by shift
// more decimal places (the mean head-count: doubled).
func (a *attacker) count(v workforce.Decimal, fte bool, double int) int64 {
	d := v.Decimal()
	if fte {
		d = d.Shift(2)
	}
	if double > 0 {
		d = d.Add(d)
	}
	return d.IntPart()
}

func (a *attacker) sensitive(v int64, fte bool) bool {
	if v == 0 {
		return a.zeros
	}
	limit := a.threshold
	if fte {
		limit *= 100
	}
	return v > 0 && v < limit
}

// remainders computes the own-level remainder of every target's box at
// every area with children: known when not sensitive, a target otherwise.
// A sum's remainder is known when each of its counts' is.
func (a *attacker) remainders() {
	if a.groups == nil {
		return
	}
	byArea := map[string][]indicators.TallyGroup{}
	for _, g := range a.groups {
		byArea[string(g.Area)] = append(byArea[string(g.Area)], g)
		a.checkModel(g)
	}
	profiles := map[box]bool{}
	for b := range a.targets {
		b.area = ""
		profiles[b] = true
	}
	for b := range a.known {
		if b.obs == obsStocks || b.obs == obsRegistered {
			b.area = ""
			profiles[b] = true
		}
	}
	for area := range a.children {
		rem := func(p box) (int64, bool) {
			o := p
			o.area, o.own = area, true
			o = a.canon(o)
			var sum int64
			for _, g := range byArea[area] {
				if g.Observation != p.obs {
					continue
				}
				in, ok := a.inGroup(p, g)
				if !ok {
					return 0, false
				}
				if !in {
					continue
				}
				if p.fte {
					sum += g.FTEHundredths
				} else {
					sum += g.Workers
				}
			}
			if a.zero(o) {
				return 0, true
			}
			if a.sensitive(sum, p.fte) {
				a.target(o)
				return sum, false
			}
			a.setKnown(o, sum)
			return sum, true
		}
		for p := range profiles {
			var parts []box
			switch p.obs {
			case obsStocks:
				parts = []box{p.in(obsStart), p.in(obsActive)}
			case obsRegistered:
				parts = []box{p.in(obsActive).with(dLic, p.masks[dLic]&licMask), p.in(obsNotPract)}
			default:
				rem(p)
				continue
			}
			var sum int64
			ok := true
			for _, q := range parts {
				v, k := rem(q)
				sum, ok = sum+v, ok && k
			}
			if ok {
				o := p
				o.area, o.own = area, true
				a.setKnown(a.canon(o), sum)
			}
		}
	}
}

// groupValues returns the value index of g on each dimension; -1 where
// it has none (a person not practising has no sector or employment
// type; a setting unknown without the areas).
func (a *attacker) groupValues(g indicators.TallyGroup) [nDims]int {
	band := indicators.AgeUnknown
	if g.AgeKnown {
		band = indicators.AgeBandOf(g.Age)
	}
	qual := indicators.NotQualified
	if g.Qualified {
		qual = indicators.Qualified
	}
	lic := 0
	if g.Licensed {
		lic = 1
		if g.CPDCompliant {
			lic = 2
		}
	}
	part := "no"
	if g.PartTime {
		part = "yes"
	}
	v := [nDims]int{
		a.index(dSex, string(g.Sex)), a.index(dCadre, string(g.Cadre)), a.index(dSector, string(g.Sector)),
		a.index(dAge, string(band)), a.index(dQual, string(qual)), lic,
		a.index(dNat, string(g.Nationality)), a.index(dTrain, string(g.Training)),
		a.index(dEmp, string(g.EmploymentType)), a.index(dPart, part), a.index(dFlow, string(g.Flow)), -1,
	}
	if s, ok := a.setting[string(g.Area)]; ok {
		v[dSetting] = s
	}
	if g.Observation == obsNotPract {
		v[dSector], v[dEmp] = -1, -1
	}
	return v
}

// inGroup reports whether group g is in profile p; ok is false when it
// cannot be told (g has no value on a dimension p restricts and could
// have one).
func (a *attacker) inGroup(p box, g indicators.TallyGroup) (in, ok bool) {
	vals := a.groupValues(g)
	in = true
	for d, v := range vals {
		switch {
		case p.masks[d] == a.full[d]:
		case v < 0 && d == dSetting:
			return false, false
		case v < 0 || p.masks[d]&(1<<v) == 0:
			in = false
		}
	}
	return in, true
}

// checkModel notes a group that contradicts the model's structural
// zeros.
func (a *attacker) checkModel(g indicators.TallyGroup) {
	b := box{area: string(g.Area), obs: g.Observation}
	v := a.groupValues(g)
	for d := range nDims {
		b.masks[d] = a.full[d]
		if v[d] >= 0 {
			b.masks[d] = 1 << v[d]
		}
	}
	b.own = len(a.children[b.area]) > 0
	if a.zero(b) || slices.Contains(v[:dSetting], -1) && g.Observation != obsNotPract {
		a.model = append(a.model, Leak{Box: fmt.Sprintf("model: group %+v is in %s, a zero known beforehand or outside the values", g, b)})
	}
}

// partitions lists the partitions of term t of dimension d into at least
// two terms.
func (a *attacker) partitions(d int, t uint16) [][]uint16 {
	var out [][]uint16
	var rec func(rest uint16, acc []uint16)
	rec = func(rest uint16, acc []uint16) {
		if rest == 0 {
			if len(acc) >= 2 {
				out = append(out, slices.Clone(acc))
			}
			return
		}
		low := rest & -rest
		for _, s := range a.terms[d] {
			if s&low != 0 && s&rest == s && s != t {
				rec(rest&^s, append(acc, s))
			}
		}
	}
	rec(t, nil)
	return out
}

// relation is total = Σ parts.
type relation struct {
	total box
	parts []box
}

// relationsOf lists every relation b (canonical) takes part in, as
// total or part, over canonical boxes.
func (a *attacker) relationsOf(b box, cache map[[2]uint16][][]uint16) []relation {
	if b.own {
		return nil // a remainder is only the rest of its area
	}
	var out []relation
	add := func(r relation) {
		r.total = a.canon(r.total)
		for i := range r.parts {
			r.parts[i] = a.canon(r.parts[i])
		}
		out = append(out, r)
	}
	for d := range nDims {
		if (d == dSector || d == dEmp) && (b.obs == obsNotPract || b.obs == obsRegistered) {
			continue // persons without an employment have neither
		}
		for _, t := range a.terms[d] {
			if t&b.masks[d] != b.masks[d] {
				continue
			}
			total := a.canon(b.with(d, t))
			key := [2]uint16{uint16(d), t}
			ps, ok := cache[key]
			if !ok {
				ps = a.partitions(d, t)
				cache[key] = ps
			}
			for _, p := range ps {
				r := relation{total: total}
				holds := total == b
				for _, m := range p {
					x := a.canon(b.with(d, m))
					holds = holds || x == b
					r.parts = append(r.parts, x)
				}
				if holds {
					out = append(out, r)
				}
			}
		}
	}
	area := func(x box) relation {
		r := relation{total: x}
		o := x
		o.own = true
		r.parts = append(r.parts, o)
		for _, c := range a.children[x.area] {
			y := x
			y.area = c
			r.parts = append(r.parts, y)
		}
		return r
	}
	if len(a.children[b.area]) > 0 {
		add(area(b))
	}
	if p, ok := a.parent[b.area]; ok {
		x := b
		x.area = p
		add(area(x))
	}
	// The sums.
	switch b.obs {
	case obsStocks, obsStart, obsActive:
		if !b.fte {
			s := b.in(obsStocks)
			add(relation{total: s, parts: []box{s.in(obsStart), s.in(obsActive)}})
		}
	}
	registered := func(r box) {
		add(relation{total: r, parts: []box{r.in(obsActive).with(dLic, r.masks[dLic]&licMask), r.in(obsNotPract)}})
	}
	switch {
	case b.fte:
	case b.obs == obsRegistered, b.obs == obsNotPract:
		registered(b.in(obsRegistered))
	case b.obs == obsActive && b.masks[dLic]&^licMask == 0:
		registered(b.in(obsRegistered))
		registered(b.in(obsRegistered).with(dLic, b.masks[dLic]|^uint16(licMask)&a.full[dLic]))
	}
	return out
}

func (a *attacker) run() []Leak {
	cache := map[[2]uint16][][]uint16{}
	recovered := map[box]int64{}
	how := map[box]relation{}
	value := func(x box) (int64, bool) {
		if a.zero(x) {
			return 0, true
		}
		if v, ok := a.known[x]; ok {
			return v, true
		}
		return 0, a.zeroRule && a.impliedZero(x)
	}
	// Every known box is examined once, when it becomes known: a relation
	// fires when its last but one term becomes known, and that term's
	// examination finds it.
	var queue []box
	for b := range a.known {
		if !b.own {
			queue = append(queue, b)
		}
	}
	sort.Slice(queue, func(i, j int) bool { return queue[i].String() < queue[j].String() })
	var cur relation
	learn := func(x box, v int64) {
		a.setKnown(x, v)
		recovered[x] = v
		how[x] = cur
		queue = append(queue, x)
	}
	for len(queue) > 0 {
		b := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, r := range a.relationsOf(b, cache) {
			cur = r
			tv, tk := value(r.total)
			var sum int64
			var unknown []box
			for _, p := range r.parts {
				if v, ok := value(p); ok {
					sum += v
				} else {
					unknown = append(unknown, p)
				}
			}
			switch {
			case tk && len(unknown) == 1:
				learn(unknown[0], tv-sum)
			case a.zeroRule && tk && len(unknown) > 1 && tv == sum:
				for _, u := range unknown {
					learn(u, 0)
				}
			case !tk && len(unknown) == 0:
				learn(r.total, sum)
			}
		}
	}
	var leaks []Leak
	for b, v := range recovered {
		if a.targets[b] && a.sensitive(v, b.fte) {
			leaks = append(leaks, Leak{Box: b.String(), Value: v, Via: explain(b, how, recovered, a.known)})
		}
	}
	sort.Slice(leaks, func(i, j int) bool { return leaks[i].Box < leaks[j].Box })
	return leaks
}

// explain lists the chain of recoveries behind b (at most 12 steps).
func explain(b box, how map[box]relation, recovered, known map[box]int64) []string {
	var out []string
	seen := map[box]bool{}
	queue := []box{b}
	for len(queue) > 0 && len(out) < 12 {
		x := queue[0]
		queue = queue[1:]
		r, ok := how[x]
		if !ok || seen[x] {
			continue
		}
		seen[x] = true
		line := fmt.Sprintf("[%s = %d] from %s (%d) =", x, recovered[x], r.total, known[r.total])
		for _, p := range r.parts {
			line += fmt.Sprintf(" + %s (%d)", p, known[p])
			if _, derived := how[p]; derived && p != x {
				queue = append(queue, p)
			}
		}
		if _, derived := how[r.total]; derived && r.total != x {
			queue = append(queue, r.total)
		}
		out = append(out, line)
	}
	return out
}
