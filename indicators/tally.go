package indicators

import (
	"errors"
	"fmt"
	"sync"

	"github.com/sswkit/ssw/internal/enum"
	"github.com/sswkit/ssw/workforce"
)

// Tally accumulates workforce records in one pass into integer counts per
// group, and nothing else: its memory grows with the number of distinct
// groups, never with the number of records. Two tallies over the same
// areas, date and rules merge by adding counts, an operation that is
// associative and commutative, so shards counted by any engine, in any
// order, combine into exactly the tally of the whole.
//
// A group of workers is an observation (active on the as-of date, active
// on the period start, or a leaver during the period) of workers sharing
// area, sex, cadre, employer sector, age in completed years,
// qualification, licence and CPD compliance; it holds a head-count and an
// FTE sum in hundredths. A group of posts shares area, cadre, sector and
// status, and holds a post count and an FTE sum. See the package
// documentation for how records map to groups.
//
// Build a Tally with [NewCounter] (or [TallyRegistry]); the zero value is
// not usable. A Tally is not safe for concurrent mutation: give each
// goroutine its own and merge them.
type Tally struct {
	frame   *areaFrame
	asOf    workforce.CivilDate
	rules   RecordRules
	mu      sync.Mutex // readers fold the pending additions under it
	workers groupTable
	posts   groupTable
}

type groupCount struct {
	n   int64 // head-count or post count
	fte int64 // FTE in hundredths
}

// Observation kinds of a worker group.
const (
	obsActive     = iota // active on the as-of date
	obsStart             // active on the period start
	obsLeaver            // left the workforce during the period
	obsRegistered        // holds a credential in good standing on the as-of date, employed or not
)

// Bit layout of a worker key (55 bits; a key must stay below 2^56, see
// smallKeyBits in groups.go).
const (
	keyAreaBits    = 24
	keySexShift    = 24 // 3 bits: index+1 in workforce.SexValues
	keyCadreShift  = 27 // 3 bits: index+1 in workforce.CadreValues
	keySectShift   = 30 // 3 bits: index+1 in workforce.SectorValues, 0 unknown
	keyAgeShift    = 33 // 7 bits: age 0-126, 127 unknown
	keyQualBit     = 40
	keyLicBit      = 41
	keyCPDBit      = 42
	keyObsShift    = 43 // 2 bits
	keyNatShift    = 45 // 2 bits: 0 not recorded, 1 national, 2 foreign national
	keyTrainShift  = 47 // 2 bits: 0 not recorded, 1 trained in the country, 2 abroad
	keyEmpShift    = 49 // 3 bits: index+1 in workforce.EmploymentTypeValues, 0 unknown
	keyPartTimeBit = 52 // the FTE of the active employments is below 1
	keyFlowShift   = 53 // 2 bits: see the flow* constants
	ageUnknown     = 127
	areaMask       = 1<<keyAreaBits - 1
	// post keys
	postCadreShift  = 24
	postSectShift   = 27
	postStatusShift = 30
)

func keyArea(k uint64) int32       { return int32(k & areaMask) }
func keySex(k uint64) int          { return int(k>>keySexShift) & 7 }
func keyCadre(k uint64) int        { return int(k>>keyCadreShift) & 7 }
func keySector(k uint64) int       { return int(k>>keySectShift) & 7 }
func keyAge(k uint64) int          { return int(k>>keyAgeShift) & 127 }
func keyFlag(k uint64, b int) bool { return k>>b&1 == 1 }
func keyObs(k uint64) int          { return int(k>>keyObsShift) & 3 }
func keyNat(k uint64) int          { return int(k>>keyNatShift) & 3 }
func keyTrain(k uint64) int        { return int(k>>keyTrainShift) & 3 }
func keyEmp(k uint64) int          { return int(k>>keyEmpShift) & 7 }
func keyFlow(k uint64) int         { return int(k>>keyFlowShift) & 3 }

// Origin values of the nationality and training fields of a worker key.
const (
	originUnknown  = iota // not recorded
	originNational        // the registry's country
	originForeign         // another country
)

// Flow values of a worker key: for an active worker, whether they
// entered during the period; for a leaver, the kind of exit.
const (
	flowNone        = iota // active since the period start (or no period); a leaver for another reason
	flowEntrant            // active, not active on the period start
	flowVoluntary          // left by resignation or retirement
	flowInvoluntary        // left by dismissal, end of contract or death
)

// addCount returns a + b for b ≥ 0, and false when the sum is beyond
// math.MaxInt64 (every count and sum of this package is non-negative).
func addCount(a, b int64) (int64, bool) {
	s := a + b
	return s, s >= a
}

// addGroupCount adds n and fte to c, or leaves c unchanged and reports
// false when either sum would overflow.
func addGroupCount(c *groupCount, n, fte int64) bool {
	sn, sf := c.n+n, c.fte+fte
	if sn < c.n || sf < c.fte {
		return false
	}
	c.n, c.fte = sn, sf
	return true
}

// addWorker adds counts to the worker group of key. A sum beyond the
// int64 range is found when the additions are folded in, and makes every
// reader of the tally fail with [ErrOverflow]: counting adds at most 1
// and 100 hundredths at a time, so only counts given with
// [Tally.AddGroup] can come near it, and those are checked at once.
func (t *Tally) addWorker(key uint64, n, fte int64) { t.workers.add(key, n, fte) }

// addPost adds counts to the post group of key, like addWorker.
func (t *Tally) addPost(key uint64, n, fte int64) { t.posts.add(key, n, fte) }

// fold folds the pending additions in, for readers, and reports an
// overflow found then.
func (t *Tally) fold() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.workers.fold()
	t.posts.fold()
	if t.workers.over || t.posts.over {
		return fmt.Errorf("%w: the counts add up to more than 2^63 - 1", ErrOverflow)
	}
	return nil
}

func newTally(f *areaFrame, asOf workforce.CivilDate, rules RecordRules) *Tally {
	return &Tally{frame: f, asOf: asOf, rules: rules.clone()}
}

// AsOf returns the date the tally counts on.
func (t *Tally) AsOf() workforce.CivilDate { return t.asOf }

// Rules returns a copy of the counting rules the tally was built with.
func (t *Tally) Rules() RecordRules { return t.rules.clone() }

// ErrIncompatible is returned when tallies built on different areas,
// dates or rules are merged.
var ErrIncompatible = errors.New("indicators: tallies are not compatible")

// ErrOverflow is returned when a count or a sum of counts would exceed
// the 64-bit integer range: a wrapped value is never kept.
var ErrOverflow = errors.New("indicators: integer overflow")

// Merge adds the counts of o into t. Both must have been built on the
// same areas (the same codes and parents), as-of date and rules;
// otherwise it returns an error wrapping [ErrIncompatible] and leaves t
// unchanged. When a sum would exceed the 64-bit range it returns an
// error wrapping [ErrOverflow], again leaving t unchanged. o is not
// modified. Merging is associative and commutative: any grouping and
// order of shards gives the same tally.
func (t *Tally) Merge(o *Tally) error {
	if err := t.compatible(o); err != nil {
		return err
	}
	if err := o.fold(); err != nil {
		return err
	}
	if o != t {
		if err := t.fold(); err != nil {
			return err
		}
	}
	w, wok := mergeGroups(&t.workers, &o.workers)
	p, pok := mergeGroups(&t.posts, &o.posts)
	if !wok || !pok {
		return fmt.Errorf("%w: merging counts", ErrOverflow)
	}
	t.workers, t.posts = w, p
	return nil
}

// mergeGroups returns the sum of two folded group tables, or false when a
// sum would overflow.
func mergeGroups(a, b *groupTable) (groupTable, bool) {
	keys := make([]uint64, 0, len(a.keys)+len(b.keys))
	counts := make([]groupCount, 0, len(a.keys)+len(b.keys))
	i, j := 0, 0
	for i < len(a.keys) || j < len(b.keys) {
		switch {
		case j == len(b.keys) || (i < len(a.keys) && a.keys[i] < b.keys[j]):
			keys, counts = append(keys, a.keys[i]), append(counts, a.counts[i])
			i++
		case i == len(a.keys) || b.keys[j] < a.keys[i]:
			keys, counts = append(keys, b.keys[j]), append(counts, b.counts[j])
			j++
		default:
			c := a.counts[i]
			if !addGroupCount(&c, b.counts[j].n, b.counts[j].fte) {
				return groupTable{}, false
			}
			keys, counts = append(keys, a.keys[i]), append(counts, c)
			i++
			j++
		}
	}
	return groupTable{keys: keys, counts: counts, spare: a.spare}, true
}

func (t *Tally) compatible(o *Tally) error {
	switch {
	case t == nil || o == nil || t.frame == nil || o.frame == nil:
		return fmt.Errorf("%w: a tally is nil or was not built with NewCounter", ErrIncompatible)
	case !t.frame.sameAreas(o.frame):
		return fmt.Errorf("%w: built on different administrative areas", ErrIncompatible)
	case t.asOf != o.asOf:
		return fmt.Errorf("%w: as-of dates %s and %s differ", ErrIncompatible, t.asOf, o.asOf)
	case !t.rules.equal(o.rules):
		return fmt.Errorf("%w: counting rules differ", ErrIncompatible)
	}
	return nil
}

// Clone returns an independent copy of t.
func (t *Tally) Clone() *Tally {
	t.mu.Lock()
	defer t.mu.Unlock()
	return &Tally{frame: t.frame, asOf: t.asOf, rules: t.rules.clone(), workers: t.workers.clone(), posts: t.posts.clone()}
}

// Equal reports whether t and o hold the same counts for the same areas,
// date and rules, whatever order their groups were created in.
func (t *Tally) Equal(o *Tally) bool {
	if t.compatible(o) != nil {
		return false
	}
	t.fold()
	if o != t {
		o.fold()
	}
	return t.workers.equal(&o.workers) && t.posts.equal(&o.posts)
}

// Len returns the number of worker groups and post groups.
func (t *Tally) Len() (workerGroups, postGroups int) {
	t.fold()
	return len(t.workers.keys), len(t.posts.keys)
}

// TallyGroup is one group of workers of a [Tally], with area codes and
// enumeration values instead of internal indexes, so that another engine
// can read it or feed it back with [Tally.AddGroup].
type TallyGroup struct {
	// Observation is active, period_start or leaver.
	Observation TallyObservation `json:"observation"`
	// Area is the area of the post of the worker's main employment.
	Area workforce.AreaCode `json:"area"`
	// Sex is the worker's recorded sex.
	Sex workforce.Sex `json:"sex"`
	// Cadre is the worker's cadre.
	Cadre workforce.Cadre `json:"cadre"`
	// Sector is the sector of the employer of the post.
	Sector workforce.Sector `json:"sector,omitempty"`
	// AgeKnown says whether Age holds the age in completed years.
	AgeKnown bool `json:"age_known,omitempty"`
	// Age is the age in completed years on the observation date.
	Age int `json:"age,omitempty"`
	// Qualified is true for qualified social workers.
	Qualified bool `json:"qualified,omitempty"`
	// Licensed is true for workers holding a credential in good standing.
	Licensed bool `json:"licensed,omitempty"`
	// CPDCompliant is true for licensed workers meeting the CPD rule.
	CPDCompliant bool `json:"cpd_compliant,omitempty"`
	// Nationality says whether the worker is a national or a foreign
	// national; unset when not recorded.
	Nationality Origin `json:"nationality,omitempty"`
	// Training says whether the worker's first qualification (the
	// earliest completed of those whose country is recorded) was
	// awarded in the country or abroad; unset when none records one.
	Training Origin `json:"training,omitempty"`
	// EmploymentType is the contractual basis of the main employment
	// (the leaver's last one).
	EmploymentType workforce.EmploymentType `json:"employment_type,omitempty"`
	// PartTime is true when the FTE of the active employments is below 1.
	PartTime bool `json:"part_time,omitempty"`
	// Flow is entrant for active workers not active on the period start,
	// and the kind of exit of leavers.
	Flow TallyFlow `json:"flow,omitempty"`
	// Workers is the head-count (0 for groups holding only the FTE of
	// secondary employments).
	Workers int64 `json:"workers"`
	// FTEHundredths is the FTE sum in hundredths.
	FTEHundredths int64 `json:"fte_hundredths"`
}

// TallyPostGroup is one group of posts of a [Tally].
type TallyPostGroup struct {
	// Area is the area the posts serve.
	Area workforce.AreaCode `json:"area"`
	// Cadre is the cadre the posts are established for.
	Cadre workforce.Cadre `json:"cadre"`
	// Sector is the sector of the posts' employer.
	Sector workforce.Sector `json:"sector,omitempty"`
	// Status is the posts' status.
	Status workforce.PostStatus `json:"status"`
	// Posts is the number of posts.
	Posts int64 `json:"posts"`
	// FTEHundredths is the sum of the posts' established FTE in
	// hundredths.
	FTEHundredths int64 `json:"fte_hundredths"`
}

// Groups returns the worker groups and post groups, sorted by their keys,
// so the result does not depend on the order records were added.
func (t *Tally) Groups() ([]TallyGroup, []TallyPostGroup) {
	t.fold()
	ws := make([]TallyGroup, 0, len(t.workers.keys))
	for i, k := range t.workers.keys {
		c := t.workers.counts[i]
		g := TallyGroup{
			Observation: tallyObservationTable[keyObs(k)].Value,
			Area:        t.frame.codes[keyArea(k)],
			Sex:         sexByIndex(keySex(k)), Cadre: cadreByIndex(keyCadre(k)), Sector: sectorByIndex(keySector(k)),
			Qualified: keyFlag(k, keyQualBit), Licensed: keyFlag(k, keyLicBit), CPDCompliant: keyFlag(k, keyCPDBit),
			Workers: c.n, FTEHundredths: c.fte,
		}
		if a := keyAge(k); a != ageUnknown {
			g.AgeKnown, g.Age = true, a
		}
		g.Nationality, g.Training = originByIndex(keyNat(k)), originByIndex(keyTrain(k))
		g.EmploymentType, g.PartTime = empTypeByIndex(keyEmp(k)), keyFlag(k, keyPartTimeBit)
		g.Flow = flowByIndex(keyFlow(k))
		ws = append(ws, g)
	}
	ps := make([]TallyPostGroup, 0, len(t.posts.keys))
	for i, k := range t.posts.keys {
		c := t.posts.counts[i]
		ps = append(ps, TallyPostGroup{
			Area:  t.frame.codes[keyArea(k)],
			Cadre: cadreByIndex(int(k>>postCadreShift) & 7), Sector: sectorByIndex(int(k>>postSectShift) & 7),
			Status: postStatusByIndex(int(k>>postStatusShift) & 7),
			Posts:  c.n, FTEHundredths: c.fte,
		})
	}
	return ws, ps
}

// AddGroup adds the counts of a worker group, as [Tally.Groups] returns
// them, for example from a tally another engine computed. It checks the
// codes and returns [workforce.Problems] for bad input.
func (t *Tally) AddGroup(g TallyGroup) error {
	var ps workforce.Problems
	k, ps := t.groupKey(g, ps)
	if g.Workers < 0 || g.FTEHundredths < 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNegative, Path: "/workers", Message: "counts must not be negative"})
	}
	if err := ps.Err(); err != nil {
		return err
	}
	if !t.addChecked(&t.workers, k, g.Workers, g.FTEHundredths) {
		return workforce.Problems{{Code: CodeOverflow, Path: "/workers", Message: "the group's counts would exceed 2^63 - 1"}}
	}
	return nil
}

// AddPostGroup adds the counts of a post group.
func (t *Tally) AddPostGroup(g TallyPostGroup) error {
	var ps workforce.Problems
	area, ok := t.frame.index[g.Area]
	if !ok {
		ps = append(ps, workforce.Problem{Code: CodeUnknownArea, Path: "/area", Value: string(g.Area), Message: "no area has this code"})
	}
	cadre, sector, status := cadreIndex(g.Cadre), sectorIndex(g.Sector), postStatusIndex(g.Status)
	if cadre == 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/cadre", Value: string(g.Cadre), Message: "unknown cadre"})
	}
	if status == 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/status", Value: string(g.Status), Message: "unknown post status"})
	}
	if g.Posts < 0 || g.FTEHundredths < 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNegative, Path: "/posts", Message: "counts must not be negative"})
	}
	if err := ps.Err(); err != nil {
		return err
	}
	if !t.addChecked(&t.posts, uint64(area)|uint64(cadre)<<postCadreShift|uint64(sector)<<postSectShift|uint64(status)<<postStatusShift, g.Posts, g.FTEHundredths) {
		return workforce.Problems{{Code: CodeOverflow, Path: "/posts", Message: "the group's counts would exceed 2^63 - 1"}}
	}
	return nil
}

// addChecked adds counts given from outside to a group, checking at once
// that the sum stays in range (and leaving the group unchanged when not).
func (t *Tally) addChecked(g *groupTable, key uint64, n, fte int64) bool {
	if t.fold() != nil {
		return false
	}
	c, _ := g.find(key)
	if !addGroupCount(&c, n, fte) {
		return false
	}
	g.add(key, n, fte)
	return true
}

func (t *Tally) groupKey(g TallyGroup, ps workforce.Problems) (uint64, workforce.Problems) {
	area, ok := t.frame.index[g.Area]
	if !ok {
		ps = append(ps, workforce.Problem{Code: CodeUnknownArea, Path: "/area", Value: string(g.Area), Message: "no area has this code"})
	}
	obs := -1
	for i, e := range tallyObservationTable {
		if e.Value == g.Observation {
			obs = i
		}
	}
	if obs < 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/observation", Value: string(g.Observation), Message: "unknown observation"})
		obs = 0
	}
	sex, cadre, sector := sexIndex(g.Sex), cadreIndex(g.Cadre), sectorIndex(g.Sector)
	if sex == 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/sex", Value: string(g.Sex), Message: "unknown sex"})
	}
	if cadre == 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/cadre", Value: string(g.Cadre), Message: "unknown cadre"})
	}
	if g.Sector != "" && sector == 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/sector", Value: string(g.Sector), Message: "unknown sector"})
	}
	age := ageUnknown
	if g.AgeKnown {
		if g.Age < 0 || g.Age >= ageUnknown {
			ps = append(ps, workforce.Problem{Code: workforce.CodeOutOfRange, Path: "/age", Message: "age must be between 0 and 126"})
		} else {
			age = g.Age
		}
	}
	k := uint64(area) | uint64(sex)<<keySexShift | uint64(cadre)<<keyCadreShift | uint64(sector)<<keySectShift |
		uint64(age)<<keyAgeShift | uint64(obs)<<keyObsShift
	if g.Qualified {
		k |= 1 << keyQualBit
	}
	if g.Licensed {
		k |= 1 << keyLicBit
	}
	if g.CPDCompliant {
		k |= 1 << keyCPDBit
	}
	nat, train, emp, flow := originIndex(g.Nationality), originIndex(g.Training), employmentTypeIndex(g.EmploymentType), flowIndex(g.Flow)
	if nat < 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/nationality", Value: string(g.Nationality), Message: "unknown origin"})
	}
	if train < 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/training", Value: string(g.Training), Message: "unknown origin"})
	}
	if g.EmploymentType != "" && emp == 0 {
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/employment_type", Value: string(g.EmploymentType), Message: "unknown employment type"})
	}
	switch {
	case flow < 0:
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: "/flow", Value: string(g.Flow), Message: "unknown flow"})
	case flow == flowEntrant && obs != obsActive,
		(flow == flowVoluntary || flow == flowInvoluntary) && obs != obsLeaver:
		ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: "/flow", Value: string(g.Flow), Message: "an entrant is an active worker; an exit is a leaver's"})
	}
	if obs == obsRegistered && (area != t.frame.root || !g.Licensed) {
		ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: "/observation", Value: string(g.Observation),
			Message: "registered persons not practising are licensed and counted at the top area " + string(t.frame.codes[t.frame.root])})
	}
	k |= uint64(max(nat, 0))<<keyNatShift | uint64(max(train, 0))<<keyTrainShift | uint64(emp)<<keyEmpShift | uint64(max(flow, 0))<<keyFlowShift
	if g.PartTime {
		k |= 1 << keyPartTimeBit
	}
	return k, ps
}

// originIndex returns the origin* value of o, or -1 when it is unknown.
func originIndex(o Origin) int {
	switch o {
	case "":
		return originUnknown
	case OriginNational:
		return originNational
	case OriginForeign:
		return originForeign
	}
	return -1
}

func originByIndex(i int) Origin { return byIndex(originTable[:], i).Value }

// flowIndex returns the flow* value of f, or -1 when it is unknown.
func flowIndex(f TallyFlow) int {
	if f == "" {
		return flowNone
	}
	for i, e := range tallyFlowTable {
		if e.Value == f {
			return i + 1
		}
	}
	return -1
}

func flowByIndex(i int) TallyFlow { return byIndex(tallyFlowTable[:], i).Value }

// Dense indexes of the workforce enumerations, read from their tables: 1
// to n in table order, 0 for unset or unknown.
var (
	sexDense     = enum.NewDense(workforce.SexValues())
	cadreDense   = enum.NewDense(workforce.CadreValues())
	sectorDense  = enum.NewDense(workforce.SectorValues())
	statusDense  = enum.NewDense(workforce.PostStatusValues())
	empTypeDense = enum.NewDense(workforce.EmploymentTypeValues())
)

func sexIndex(s workforce.Sex) int                       { return sexDense.Index(s) }
func cadreIndex(c workforce.Cadre) int                   { return cadreDense.Index(c) }
func sectorIndex(s workforce.Sector) int                 { return sectorDense.Index(s) }
func employmentTypeIndex(t workforce.EmploymentType) int { return empTypeDense.Index(t) }
func postStatusIndex(s workforce.PostStatus) int         { return statusDense.Index(s) }

func sexByIndex(i int) workforce.Sex                { return sexDense.Value(i) }
func cadreByIndex(i int) workforce.Cadre            { return cadreDense.Value(i) }
func sectorByIndex(i int) workforce.Sector          { return sectorDense.Value(i) }
func postStatusByIndex(i int) workforce.PostStatus  { return statusDense.Value(i) }
func empTypeByIndex(i int) workforce.EmploymentType { return empTypeDense.Value(i) }

// The sizes of the dense indexes, and the indexes the counting code
// names, constant because arrays, the measure layout and the hot loops'
// comparisons are built on them; TestDenseIndexesFollowTheTables holds
// them to the tables.
const (
	numSex     = 4
	numCadre   = 6
	numSector  = 6
	numAgeBand = 7
	numEmpType = 5
)

const (
	idxGov    = 1 // sectorIndex(workforce.SectorGovernment)
	idxFemale = 1 // sexIndex(workforce.SexFemale)
	idxSup    = 5 // cadreIndex(workforce.CadreSupervisor)
	idxEdu    = 6 // cadreIndex(workforce.CadreEducator)
	idxVacant = 1 // postStatusIndex(workforce.PostFundedVacant)
	idxFilled = 2 // postStatusIndex(workforce.PostFilled)
)

func byIndex[T any](values []T, i int) T {
	var zero T
	if i < 1 || i > len(values) {
		return zero
	}
	return values[i-1]
}

// ageBandIndex maps an age (ageUnknown for unknown) to 1..7.
func ageBandIndex(age int) int {
	switch {
	case age == ageUnknown:
		return 7
	case age < 25:
		return 1
	case age < 35:
		return 2
	case age < 45:
		return 3
	case age < 55:
		return 4
	case age < 65:
		return 5
	}
	return 6
}

// AgeBandOf returns the band of an age in completed years.
func AgeBandOf(age int) AgeBand {
	if age < 0 {
		return AgeUnknown
	}
	return ageBandTable[ageBandIndex(min(age, ageUnknown-1))-1].Value
}
