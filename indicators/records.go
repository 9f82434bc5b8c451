package indicators

import (
	"errors"
	"hash/maphash"
	"io"
	"slices"
	"sync"
	"unsafe"

	"github.com/sswkit/ssw/internal/idtable"
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

// Counter counts workforce records into a [Tally]. It resolves each
// employment's post against an [Index] (built once, shared read-only by
// any number of counters); then [Counter.AddWorker] counts one worker
// without allocating and [Counter.ReadWorkers] counts a JSON Lines stream
// on several goroutines. Counters of the same index produce tallies that
// merge. A Counter is not safe for concurrent use.
//
// A Counter refuses a worker ID it has already been given (code
// duplicate): a register that lists a person twice must not count them
// twice. It remembers each ID it has seen, about 20 bytes per worker
// (1,000,000 workers: about 20 MB), in sorted runs when the IDs come in
// order, as exports sorted by ID do, or in a hash table otherwise
// (idtable.Seen: a random memory access per worker).
type Counter struct {
	ix         *Index
	tally      *Tally
	shardSeed  maphash.Seed
	seen       [seenShards]idtable.Seen // worker IDs given, tagged with their line, sharded by hash
	postsAdded bool
	closed     bool // counted a roster: counts no more workers
	workers    int  // workers counted
	scratch    workerOut
}

// seenShards is the number of parts the worker IDs a counter has seen are
// kept in, by hash: goroutines counting at once each own whole parts, so
// they check IDs without locks ([Counter.AddWorkers]).
const seenShards = 64

func (c *Counter) shard(id []byte) int { return int(maphash.Bytes(c.shardSeed, id) >> 58) }

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
// area is unknown or does not exist on asOf, posts whose employer is
// unknown. asOf is required. It is [NewIndex] and [Index.AddPost] for
// every post, then [Index.NewCounter].
func NewCounter(reg *workforce.Registry, asOf workforce.CivilDate, rules RecordRules) (*Counter, error) {
	ix, err := NewIndex(reg.Country, reg.Areas, reg.Employers, asOf, rules)
	var ps workforce.Problems
	if err != nil {
		ps = workforce.AsProblems(err)
		// Report the posts' problems too, against an index of what could
		// be read, so one call lists everything.
		if ix, _ = NewIndex(reg.Country, reg.Areas, nil, asOf, RecordRules{}); ix == nil {
			return nil, err
		}
		ix.employers = employerSectors(reg.Employers)
	}
	for i := range reg.Posts {
		if err := ix.AddPost(&reg.Posts[i]); err != nil {
			base := jsonptr.Index("/posts", i)
			for _, p := range workforce.AsProblems(err) {
				p.Path = base + p.Path
				ps = append(ps, p)
			}
		}
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return ix.NewCounter(), nil
}

func employerSectors(es []workforce.Employer) map[workforce.ID]int {
	m := make(map[workforce.ID]int, len(es))
	for i := range es {
		m[es[i].ID] = sectorIndex(es[i].Sector)
	}
	return m
}

// Tally returns the counter's tally (not a copy): merge it, evaluate it,
// or keep counting into it.
func (c *Counter) Tally() *Tally { return c.tally }

// Index returns the index the counter resolves against.
func (c *Counter) Index() *Index { return c.ix }

// AddPost counts one post, which must be one of the indexed posts.
// Its status and FTE are those of the indexed post.
func (c *Counter) AddPost(id workforce.ID) error {
	i, ok := c.ix.posts.Find(string(id))
	if !ok {
		return workforce.Problems{{Code: CodeUnknownPost, Path: "/id", Value: string(id), Message: "no post has this id"}}
	}
	p := c.ix.info[i]
	c.tally.addPost(p.postKey(), 1, int64(p.fte))
	return nil
}

// AddPosts counts every indexed post, once: a second call returns an
// error and counts nothing. When several counters share an index, let one
// of them count the posts.
func (c *Counter) AddPosts() error {
	if c.postsAdded {
		return errors.New("indicators: the posts were counted already")
	}
	c.postsAdded = true
	for _, g := range c.ix.postGroups() {
		c.tally.addPost(g.key, g.n, g.fte)
	}
	return nil
}

// tallyAdd is one addition to a tally: a worker group key and its counts.
type tallyAdd struct {
	key    uint64
	n, fte int64
}

// workerOut is what counting one worker adds to a tally, worked out
// apart from the tally so that many goroutines can work it out at once
// and one commit it: the worker's ID and the additions.
type workerOut struct {
	id    [maxIDBytes]byte
	idLen uint8
	n     int
	adds  [6]tallyAdd
	more  []tallyAdd // beyond six additions (many concurrent employments)
}

// addTo adds the worker's additions to t.
func (o *workerOut) addTo(t *Tally) {
	for k := range min(o.n, len(o.adds)) {
		a := &o.adds[k]
		t.addWorker(a.key, a.n, a.fte)
	}
	for _, a := range o.more {
		t.addWorker(a.key, a.n, a.fte)
	}
}

func (o *workerOut) add(key uint64, n, fte int64) {
	if o.n < len(o.adds) {
		o.adds[o.n] = tallyAdd{key, n, fte}
	} else {
		o.more = append(o.more, tallyAdd{key, n, fte})
	}
	o.n++
}

// AddWorker counts one worker. It returns [workforce.Problems] (paths
// into the worker) and counts nothing when an employment refers to a post
// the index does not hold (naming the reason when the post was refused),
// or when the counter was given the worker's ID before. See the package
// documentation for the counting rules.
func (c *Counter) AddWorker(w *workforce.Worker) error {
	if c.closed {
		return errRosterCounter
	}
	o := &c.scratch
	if err := c.prepare(w, o); err != nil {
		return err
	}
	return c.commit(o, 0)
}

// prepare works out the additions of one worker into o, reading only the
// index.
func (c *Counter) prepare(w *workforce.Worker, o *workerOut) error {
	o.n, o.more = 0, o.more[:0]
	if len(w.ID) > maxIDBytes {
		return workforce.Problems{{Code: workforce.CodeTooLong, Path: "/id", Value: string(w.ID[:maxIDBytes]) + "...", Message: "the worker ID is longer than 64 bytes"}}
	}
	o.idLen = uint8(copy(o.id[:], w.ID))
	var v workerView
	var eb [8]empView
	var lb [4]span
	emps, lics, err := c.ix.makeView(w, &v, eb[:0], lb[:0])
	if err != nil {
		return err
	}
	c.ix.countView(&v, emps, lics, o)
	return nil
}

// commit counts a prepared worker unless its ID was counted before; line
// tags the ID for the message of a later duplicate (0: unknown).
func (c *Counter) commit(o *workerOut, line int) error {
	if err := c.commitTo(c.tally, &c.seen[c.shard(o.id[:o.idLen])], o, line); err != nil {
		return err
	}
	c.workers++
	return nil
}

// commitTo counts a prepared worker into t unless seen holds its ID.
func (c *Counter) commitTo(t *Tally, seen *idtable.Seen, o *workerOut, line int) error {
	added, first, ok := seen.Add(o.id[:o.idLen], uint32(line))
	switch {
	case !ok:
		return workforce.Problems{{Code: workforce.CodeMax, Path: "/id", Value: string(o.id[:o.idLen]), Message: "too many workers to count"}}
	case !added:
		return duplicateWorker(o.id[:o.idLen], first)
	}
	o.addTo(t)
	return nil
}

// AddWorkers counts workers held in memory on par goroutines (par < 1
// means 1), with the same result as calling AddWorker on each in turn:
// the same tally, and the same workers refused, each reported with its
// index in ws ("/17/employments/0/post_id"; a second worker with an ID
// counted before is the one refused). Each goroutine owns the worker IDs
// of some hash shards and counts those workers into a tally of its own;
// the tallies are merged at the end.
func (c *Counter) AddWorkers(ws []workforce.Worker, par int) error {
	if c.closed {
		return errRosterCounter
	}
	par = min(max(par, 1), seenShards)
	tallies := make([]*Tally, par)
	problems := make([]workforce.Problems, par)
	var wg sync.WaitGroup
	for g := range par {
		tallies[g] = newTally(c.ix.frame, c.ix.asOf, c.ix.rules)
		wg.Go(func() {
			var o workerOut
			for i := range ws {
				w := &ws[i]
				if len(w.ID) <= maxIDBytes && c.shard(bytesOf(w.ID))%par != g {
					continue
				}
				if len(w.ID) > maxIDBytes && i%par != g {
					continue
				}
				err := c.prepare(w, &o)
				if err == nil {
					err = c.commitTo(tallies[g], &c.seen[c.shard(o.id[:o.idLen])], &o, 0)
				}
				if err != nil {
					base := jsonptr.Index("", i)
					for _, p := range workforce.AsProblems(err) {
						p.Path = base + p.Path
						problems[g] = append(problems[g], p)
					}
				}
			}
			_ = tallies[g].fold() // here, in parallel; an overflow is Merge's error
		})
	}
	wg.Wait()
	var ps workforce.Problems
	for g := range par {
		ps = append(ps, problems[g]...)
		if err := c.tally.Merge(tallies[g]); err != nil {
			return err
		}
	}
	c.workers += len(ws) // an upper bound: only whether any were given matters
	return ps.Err()
}

// bytesOf returns the bytes of an ID without copying them.
func bytesOf(id workforce.ID) []byte { return unsafe.Slice(unsafe.StringData(string(id)), len(id)) }

// ReadWorkers counts the workers of a JSON Lines stream, decoded and
// validated on par goroutines ([workforce.ReadJSONLParallel]) and counted
// in line order, so the tally is the same whatever par is. Every bad line
// — malformed, invalid, referring to a post the index does not hold, or a
// worker counted before — is skipped and reported with its line in the
// result, or, without opts.ContinueOnError, stops reading and is returned
// as the error.
func (c *Counter) ReadWorkers(r io.Reader, opts workforce.StreamOptions, par int) (workforce.ParallelResult, error) {
	if c.closed {
		return workforce.ParallelResult{}, errRosterCounter
	}
	opts.Validate = true
	return workforce.ReadJSONLParallel(r, opts, par, workforce.Steps[workforce.Worker, workerOut]{
		Prepare: c.prepare,
		Expect: func(n int) {
			for i := range c.seen {
				c.seen[i].Reserve(c.seen[i].Len() + n/seenShards)
			}
		},
		Commit: func(line int, o *workerOut) error { return c.commit(o, line) },
	})
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
	if err := c.AddPosts(); err != nil {
		return nil, err
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
