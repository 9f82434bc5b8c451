package indicators

import (
	"slices"
	"time"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// RecordRules are the rules that turn worker records into counts: who is
// a qualified social worker, who is licensed, who meets the CPD
// requirement, and the start of the period flows are counted over. They
// are fixed when a [Tally] is built, echoed in every report, and must be
// equal for tallies to merge. The zero value applies the defaults.
type RecordRules struct {
	// QualificationMinLevel is the lowest ISCED level of a social work
	// and counselling qualification (ISCED-F 0923) that makes a worker a
	// qualified social worker; bachelor when unset.
	QualificationMinLevel workforce.EducationLevel `json:"qualification_min_level,omitempty" validate:"omitempty,valid"`
	// LicenceSchemes, when not empty, restricts "licensed" to credentials
	// of these schemes; otherwise any credential counts.
	LicenceSchemes []workforce.ID `json:"licence_schemes,omitempty" validate:"omitempty,dive,valid"`
	// CPD is the CPD compliance rule; CPD-COMPL is not computed without it.
	CPD *CPDComplianceRule `json:"cpd_rule,omitempty"`
	// PeriodStart starts the period of RET-ATTRITION and SSW-GROWTH
	// (which end on the as-of date); they are not computed without it.
	PeriodStart workforce.CivilDate `json:"period_start,omitzero"`
}

// CPDComplianceRule is a simple CPD compliance rule: at least MinHours hours and,
// when set, at least MinCredits credits, completed in the WindowMonths
// months ending on the as-of date (records dated after the as-of date
// minus WindowMonths months, up to and including the as-of date). The
// accreditation package evaluates full scheme rules; indicators only
// needs this threshold.
type CPDComplianceRule struct {
	// MinHours is the minimum number of hours.
	MinHours workforce.Hours `json:"min_hours,omitzero"`
	// MinCredits is the minimum number of credits, when the rule has one.
	MinCredits workforce.Credits `json:"min_credits,omitzero"`
	// WindowMonths is the length of the window in months.
	WindowMonths int `json:"window_months" validate:"gte=1,lte=120"`
}

func (r RecordRules) minLevel() workforce.EducationLevel {
	if r.QualificationMinLevel == "" {
		return workforce.EducationBachelor
	}
	return r.QualificationMinLevel
}

func (r RecordRules) clone() RecordRules {
	r.LicenceSchemes = slices.Clone(r.LicenceSchemes)
	if r.CPD != nil {
		c := *r.CPD
		r.CPD = &c
	}
	return r
}

func (r RecordRules) equal(o RecordRules) bool {
	return r.minLevel() == o.minLevel() && slices.Equal(r.LicenceSchemes, o.LicenceSchemes) &&
		r.PeriodStart == o.PeriodStart && (r.CPD == nil) == (o.CPD == nil) &&
		(r.CPD == nil || (r.CPD.WindowMonths == o.CPD.WindowMonths &&
			r.CPD.MinHours.Equal(o.CPD.MinHours) && r.CPD.MinCredits.Equal(o.CPD.MinCredits)))
}

// check reports bad rules under base.
func (r RecordRules) check(ps workforce.Problems, base string, asOf workforce.CivilDate) workforce.Problems {
	ps = report.Fields(ps, base, &r)
	if r.CPD != nil {
		if r.CPD.MinHours.IsZero() && r.CPD.MinCredits.IsZero() {
			ps = report.Add(ps, workforce.CodeRequired, base+"/cpd_rule", "", "min_hours|min_credits", "a CPD rule needs minimum hours, credits or both")
		}
	}
	if !r.PeriodStart.IsZero() && !asOf.IsZero() && !r.PeriodStart.Before(asOf) {
		ps = report.Add(ps, workforce.CodeDateOrder, base+"/period_start", r.PeriodStart.String(), asOf.String(), "the period must start before the as-of date")
	}
	return ps
}

// postInfo is a post resolved to dense indexes.
type postInfo struct {
	key uint64 // area | cadre | sector bits of a worker key
	pk  uint64 // post key without counts
	fte int64
}

// Counter counts workforce records into a [Tally]. It resolves each
// employment's post, and each post's area and employer, against reference
// data given once; then [Counter.AddWorker] and [Counter.AddPost] count
// one record each without allocating. Several Counters built from the
// same reference data (for example one per shard of the workers) produce
// tallies that merge. A Counter is not safe for concurrent use.
type Counter struct {
	tally    *Tally
	posts    map[workforce.ID]int32
	info     []postInfo
	minISCED int
	cpdHours int64 // hundredths; -1 when not required
	cpdCreds int64 // hundredths; -1 when not required
	cpdOn    bool
	cpdFrom  workforce.CivilDate // CPD records must be dated after this
	asOf     dateParts
	start    dateParts
}

// dateParts is a date split into year, month and day.
type dateParts struct{ y, m, d int }

func partsOf(d workforce.CivilDate) dateParts {
	y, m, dd := d.Date()
	return dateParts{y, int(m), dd}
}

// NewCounter prepares a counter for the reference data of reg: its
// country, areas, employers and posts (its workers are not counted;
// feed them, and the posts to count, through the Add methods). Problems
// in the reference data come back as [workforce.Problems] with paths into
// reg: invalid areas or population figures (negative, children above
// total), duplicate codes, unknown parent areas and cycles, posts whose
// area or employer is unknown. asOf is required.
func NewCounter(reg *workforce.Registry, asOf workforce.CivilDate, rules RecordRules) (*Counter, error) {
	var ps workforce.Problems
	if asOf.IsZero() {
		ps = report.Add(ps, workforce.CodeRequired, "/as_of", "", "", "an as-of date is required")
	}
	ps = rules.check(ps, "/rules", asOf)
	frame, fps := newAreaFrame(reg.Areas, reg.Country, asOf, "/areas")
	ps = append(ps, fps...)
	employers := make(map[workforce.ID]int, len(reg.Employers))
	for i := range reg.Employers {
		employers[reg.Employers[i].ID] = sectorIndex(reg.Employers[i].Sector)
	}
	c := &Counter{posts: make(map[workforce.ID]int32, len(reg.Posts))}
	for i := range reg.Posts {
		p := &reg.Posts[i]
		path := jsonptr.Index("/posts", i)
		if _, dup := c.posts[p.ID]; dup {
			ps = report.Add(ps, workforce.CodeDuplicate, path+"/id", string(p.ID), "", "another post has the same id")
			continue
		}
		info, ips := resolvePost(p, frame, employers, path)
		ps = append(ps, ips...)
		c.posts[p.ID] = int32(len(c.info))
		c.info = append(c.info, info)
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	c.tally = newTally(frame, asOf, rules)
	c.asOf, c.start = partsOf(asOf), partsOf(rules.PeriodStart)
	c.minISCED = rules.minLevel().ISCED()
	if rules.CPD != nil {
		c.cpdOn = true
		c.cpdHours, c.cpdCreds = -1, -1
		c.cpdFrom = asOf.AddMonths(-rules.CPD.WindowMonths)
		if !rules.CPD.MinHours.IsZero() {
			c.cpdHours = rules.CPD.MinHours.Hundredths()
		}
		if !rules.CPD.MinCredits.IsZero() {
			c.cpdCreds = rules.CPD.MinCredits.Hundredths()
		}
	}
	return c, nil
}

func resolvePost(p *workforce.Post, frame *areaFrame, employers map[workforce.ID]int, path string) (postInfo, workforce.Problems) {
	var ps workforce.Problems
	var area int32
	if frame != nil {
		a, ok := frame.index[p.Area]
		if !ok || (frame.synthetic && a == frame.root) {
			ps = report.Add(ps, CodeUnknownArea, path+"/area", string(p.Area), "", "no area has this code")
		}
		area = a
	}
	sector, ok := employers[p.EmployerID]
	if !ok {
		ps = report.Add(ps, CodeUnknownEmployer, path+"/employer_id", string(p.EmployerID), "", "no employer has this id")
	}
	cadre := cadreIndex(p.Cadre)
	if cadre == 0 {
		ps = report.Add(ps, workforce.CodeNotSupported, path+"/cadre", string(p.Cadre), "", "unknown cadre")
	}
	status := postStatusIndex(p.Status)
	if status == 0 {
		ps = report.Add(ps, workforce.CodeNotSupported, path+"/status", string(p.Status), "", "unknown post status")
	}
	return postInfo{
		key: uint64(area) | uint64(sector)<<keySectShift,
		pk:  uint64(area) | uint64(cadre)<<postCadreShift | uint64(sector)<<postSectShift | uint64(status)<<postStatusShift,
		fte: p.FTE.Hundredths(),
	}, ps
}

// Tally returns the counter's tally (not a copy): merge it, evaluate it,
// or keep counting into it.
func (c *Counter) Tally() *Tally { return c.tally }

// AddPost counts one post, which must be one of the reference posts.
// Its status and FTE are those of the reference post.
func (c *Counter) AddPost(id workforce.ID) error {
	i, ok := c.posts[id]
	if !ok {
		return workforce.Problems{{Code: CodeUnknownPost, Path: "/id", Value: string(id), Message: "no post has this id"}}
	}
	info := &c.info[i]
	c.tally.addPost(info.pk, 1, info.fte)
	return nil
}

// AddWorker counts one worker. It returns [workforce.Problems] (paths
// into the worker) when an employment refers to a post the counter does
// not know; nothing is counted then. See the package documentation for
// the counting rules.
func (c *Counter) AddWorker(w *workforce.Worker) error {
	// Resolve each employment's post once; most workers hold few.
	var buf [8]int32
	idx := buf[:0]
	if len(w.Employments) > len(buf) {
		idx = make([]int32, 0, len(w.Employments))
	}
	for j := range w.Employments {
		i, ok := c.posts[w.Employments[j].PostID]
		if !ok {
			return workforce.Problems{{Code: CodeUnknownPost, Path: jsonptr.Index("/employments", j) + "/post_id",
				Value: string(w.Employments[j].PostID), Message: "no post has this id"}}
		}
		idx = append(idx, i)
	}
	t := c.tally
	activeNow := c.observe(w, idx, t.asOf, c.asOf, obsActive)
	if ps := t.rules.PeriodStart; !ps.IsZero() {
		c.observe(w, idx, ps, c.start, obsStart)
		if !activeNow {
			c.leaver(w, idx, ps)
		}
	}
	return nil
}

// observe counts the worker as active on date d: head-count 1 at the post
// of the main employment (largest FTE, ties by smallest post ID), and the
// FTE of each active employment at its own post. It reports whether the
// worker was active.
func (c *Counter) observe(w *workforce.Worker, idx []int32, d workforce.CivilDate, dp dateParts, obs int) bool {
	best, active := -1, 0
	var bestFTE int64
	for j := range w.Employments {
		e := &w.Employments[j]
		if !e.ActiveOn(d) {
			continue
		}
		active++
		f := e.FTE.Hundredths()
		if best < 0 || f > bestFTE || (f == bestFTE && e.PostID < w.Employments[best].PostID) {
			best, bestFTE = j, f
		}
	}
	if best < 0 {
		return false
	}
	attrs := c.attributes(w, d, dp, obs == obsActive) | uint64(obs)<<keyObsShift
	t := c.tally
	t.addWorker(attrs|c.info[idx[best]].key, 1, bestFTE)
	if active > 1 {
		for j := range w.Employments {
			e := &w.Employments[j]
			if j != best && e.ActiveOn(d) {
				t.addWorker(attrs|c.info[idx[j]].key, 0, e.FTE.Hundredths())
			}
		}
	}
	return true
}

// leaver counts the worker as a leaver when, not active on the as-of
// date, an employment of theirs ended on or after the period start and
// before the as-of date with an exit reason that leaves the workforce.
// The latest such exit (ties by smallest post ID) gives the area; the
// attributes are taken on the exit date.
func (c *Counter) leaver(w *workforce.Worker, idx []int32, start workforce.CivilDate) {
	asOf := c.tally.asOf
	best := -1
	for j := range w.Employments {
		e := &w.Employments[j]
		if e.End.IsZero() || e.End.Before(start) || !e.End.Before(asOf) || !e.ExitReason.LeavesWorkforce() {
			continue
		}
		if b := best; b < 0 || e.End.After(w.Employments[b].End) ||
			(e.End == w.Employments[b].End && e.PostID < w.Employments[b].PostID) {
			best = j
		}
	}
	if best < 0 {
		return
	}
	e := &w.Employments[best]
	attrs := c.attributes(w, e.End, partsOf(e.End), false) | obsLeaver<<keyObsShift
	c.tally.addWorker(attrs|c.info[idx[best]].key, 1, e.FTE.Hundredths())
}

// attributes returns the key bits of the worker's own attributes on d.
func (c *Counter) attributes(w *workforce.Worker, d workforce.CivilDate, dp dateParts, withCPD bool) uint64 {
	k := uint64(sexIndex(w.Sex))<<keySexShift | uint64(cadreIndex(w.Cadre))<<keyCadreShift |
		uint64(ageOn(w, dp))<<keyAgeShift
	if c.qualified(w, d) {
		k |= 1 << keyQualBit
	}
	if c.licensed(w, d) {
		k |= 1 << keyLicBit
		if withCPD && c.cpdOn && c.cpdCompliant(w, d) { // only on the as-of date
			k |= 1 << keyCPDBit
		}
	}
	return k
}

// ageOn returns the age in completed years on d, from the birth date or,
// when only the year is known, from 1 July of that year; ageUnknown when
// neither is recorded or the birth is after d. Ages above 126 are 126.
// A birthday on 29 February falls on 28 February in common years, the
// clamping policy of [workforce.YearsBetween].
func ageOn(w *workforce.Worker, d dateParts) int {
	var b dateParts
	switch {
	case !w.BirthDate.IsZero():
		b = partsOf(w.BirthDate)
	case w.BirthYear >= 1 && w.BirthYear <= 9999:
		b = dateParts{w.BirthYear, 7, 1}
	default:
		return ageUnknown
	}
	age := d.y - b.y
	bd := min(b.d, workforce.DaysIn(d.y, time.Month(b.m)))
	if d.m < b.m || (d.m == b.m && d.d < bd) {
		age--
	}
	if age < 0 {
		return ageUnknown
	}
	return min(age, ageUnknown-1)
}

func (c *Counter) qualified(w *workforce.Worker, d workforce.CivilDate) bool {
	for i := range w.Qualifications {
		q := &w.Qualifications[i]
		if q.Field == workforce.FieldSocialWork && q.Level.ISCED() >= c.minISCED &&
			(q.Completed.IsZero() || !q.Completed.After(d)) {
			return true
		}
	}
	return false
}

func (c *Counter) licensed(w *workforce.Worker, d workforce.CivilDate) bool {
	schemes := c.tally.rules.LicenceSchemes
	for i := range w.Credentials {
		cr := &w.Credentials[i]
		if cr.Status.InGoodStanding() && !cr.Issued.After(d) && (cr.Expires.IsZero() || !cr.Expires.Before(d)) &&
			(len(schemes) == 0 || slices.Contains(schemes, cr.SchemeID)) {
			return true
		}
	}
	return false
}

func (c *Counter) cpdCompliant(w *workforce.Worker, d workforce.CivilDate) bool {
	from := c.cpdFrom
	var hours, creds int64
	for i := range w.CPD {
		r := &w.CPD[i]
		if !r.Date.After(from) || r.Date.After(d) {
			continue
		}
		hours += r.Hours.Hundredths()
		creds += r.Credits.Hundredths()
	}
	return (c.cpdHours < 0 || hours >= c.cpdHours) && (c.cpdCreds < 0 || creds >= c.cpdCreds)
}

// TallyRegistry counts a whole registry on asOf: every post and every
// worker. Problems come back as [workforce.Problems] with paths into reg
// (/workers/3/employments/0/post_id). It checks what counting needs, not
// every rule: call [workforce.Registry.Validate] for that.
func TallyRegistry(reg *workforce.Registry, asOf workforce.CivilDate, rules RecordRules) (*Tally, error) {
	c, err := NewCounter(reg, asOf, rules)
	if err != nil {
		return nil, err
	}
	for i := range reg.Posts {
		if err := c.AddPost(reg.Posts[i].ID); err != nil {
			return nil, err
		}
	}
	var ps workforce.Problems
	for i := range reg.Workers {
		if err := c.AddWorker(&reg.Workers[i]); err != nil {
			base := jsonptr.Index("/workers", i)
			for _, p := range workforce.AsProblems(err) {
				p.Path = base + p.Path
				ps = append(ps, p)
			}
		}
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return c.Tally(), nil
}
