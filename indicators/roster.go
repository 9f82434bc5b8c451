package indicators

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sswkit/ssw/internal/idtable"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/workforce"
)

// A worker is counted from a view of the facts counting reads, resolved
// against an index: its employments with their posts as dense indexes,
// the spans of its credentials in good standing, the date from which it
// holds a qualifying qualification, whether it meets the CPD rule on the
// as-of date. Counting a worker record builds its view on the fly; a
// [Roster] keeps the views of many workers, so counting them again costs
// no decoding, no lookups and no allocation. One piece of code counts a
// view, whichever way it came.

// empView is an employment resolved to its post.
type empView struct {
	post       int32
	start, end workforce.CivilDate // end unset while current
	area       int32               // the post's area and sector, copied
	sector     uint8               // so that counting reads no post
	fte        uint8               // hundredths
	leaves     bool                // the exit reason leaves the workforce
	kind       uint8               // employment type index + 1, and the exit's flow value << 3
}

// etype returns the employment type index + 1 (0 unknown).
func (e *empView) etype() uint8 { return e.kind & 7 }

// exit returns the flow value of the exit reason (flowVoluntary, …).
func (e *empView) exit() uint8 { return e.kind >> 3 }

// key returns the area and sector bits of the worker key for the post.
func (e *empView) key() uint64 { return uint64(e.area) | uint64(e.sector)<<keySectShift }

// activeOn is [workforce.Employment.ActiveOn].
func (e *empView) activeOn(d workforce.CivilDate) bool {
	return !e.start.After(d) && (e.end.IsZero() || !e.end.Before(d))
}

// span is the validity of a credential in good standing (to unset: open).
type span struct{ from, to workforce.CivilDate }

// workerView holds what counting reads of a worker beside its
// employments and licence spans.
type workerView struct {
	sex, cadre uint8
	nat, train uint8     // origin* values of nationality and of training
	birth      dateParts // birthKnown false: age unknown
	birthKnown bool
	qualAlways bool                // a qualifying qualification without completion date
	qualFrom   workforce.CivilDate // earliest completion of a qualifying qualification
	cpdOK      bool                // meets the CPD rule on the as-of date
}

// makeView resolves w into v, appending its employments and licence spans
// to emps and lics. It returns [workforce.Problems] (paths into the
// worker) when an employment refers to a post the index does not hold.
func (ix *Index) makeView(w *workforce.Worker, v *workerView, emps []empView, lics []span) ([]empView, []span, error) {
	for j := range w.Employments {
		e := &w.Employments[j]
		i, packed, ok := ix.posts.FindValue(string(e.PostID))
		if !ok {
			msg := "no post has this id"
			if why, refused := ix.rejected[e.PostID]; refused {
				msg = why
			}
			return emps, lics, workforce.Problems{{Code: CodeUnknownPost, Path: jsonptr.Index("/employments", j) + "/post_id", Value: string(e.PostID), Message: msg}}
		}
		p := unpackPost(packed)
		emps = append(emps, empView{post: i, start: e.Start, end: e.End, area: p.area, sector: p.sector,
			fte: uint8(e.FTE.Hundredths()), leaves: e.ExitReason.LeavesWorkforce(),
			kind: uint8(employmentTypeIndex(e.Type)) | uint8(exitFlow(e.ExitReason))<<3})
	}
	*v = workerView{sex: uint8(sexIndex(w.Sex)), cadre: uint8(cadreIndex(w.Cadre)), nat: ix.origin(w.Nationality)}
	switch {
	case !w.BirthDate.IsZero():
		v.birth, v.birthKnown = partsOf(w.BirthDate), true
	case w.BirthYear >= 1 && w.BirthYear <= 9999:
		// Only the year: 1 July, the middle of the year, halves the
		// largest error.
		v.birth, v.birthKnown = dateParts{w.BirthYear, 7, 1}, true
	}
	var first *workforce.Qualification // the first qualification with a country
	for i := range w.Qualifications {
		q := &w.Qualifications[i]
		if q.Country != "" && (first == nil || firstQualification(q, first)) {
			first = q
		}
		if q.Field != workforce.FieldSocialWork || q.Level.ISCED() < ix.minISCED {
			continue
		}
		if q.Completed.IsZero() {
			v.qualAlways = true
		} else if v.qualFrom.IsZero() || q.Completed.Before(v.qualFrom) {
			v.qualFrom = q.Completed
		}
	}
	if first != nil {
		v.train = ix.origin(first.Country)
	}
	schemes := ix.rules.LicenceSchemes
	for i := range w.Credentials {
		cr := &w.Credentials[i]
		if cr.Status.InGoodStanding() && (len(schemes) == 0 || slices.Contains(schemes, cr.SchemeID)) {
			lics = append(lics, span{cr.Issued, cr.Expires})
		}
	}
	v.cpdOK = ix.cpdOn && ix.cpdCompliant(w)
	return emps, lics, nil
}

// origin returns the origin value of a country code: not recorded,
// the registry's country, or another.
func (ix *Index) origin(c workforce.CountryCode) uint8 {
	switch c {
	case "":
		return originUnknown
	case ix.frame.country:
		return originNational
	}
	return originForeign
}

// firstQualification reports whether q was completed before first: a
// dated qualification comes before an undated one; two undated ones keep
// their order in the record.
func firstQualification(q, first *workforce.Qualification) bool {
	switch {
	case q.Completed.IsZero():
		return false
	case first.Completed.IsZero():
		return true
	}
	return q.Completed.Before(first.Completed)
}

// exitFlow returns the flow value of an exit reason: voluntary
// (resignation, retirement), involuntary (dismissal, end of contract,
// death), or flowNone (other reasons, a transfer, none).
func exitFlow(r workforce.ExitReason) int {
	switch r {
	case workforce.ExitResignation, workforce.ExitRetirement:
		return flowVoluntary
	case workforce.ExitDismissal, workforce.ExitEndOfContract, workforce.ExitDeath:
		return flowInvoluntary
	}
	return flowNone
}

// cpdCompliant reports whether w's CPD records dated after the start of
// the window and up to the as-of date reach the rule's minimums.
func (ix *Index) cpdCompliant(w *workforce.Worker) bool {
	from, d := ix.cpdFrom, ix.asOf
	var hours, creds int64
	for i := range w.CPD {
		r := &w.CPD[i]
		if !r.Date.After(from) || r.Date.After(d) {
			continue
		}
		hours += r.Hours.Hundredths()
		creds += r.Credits.Hundredths()
	}
	return (ix.cpdHours < 0 || hours >= ix.cpdHours) && (ix.cpdCreds < 0 || creds >= ix.cpdCreds)
}

// countView works out the tally additions of a worker into o (which it
// does not reset): the active observation on the as-of date and, with a
// period start, the observation then and the leaver.
//
// An active worker not active on the period start is an entrant. A
// worker holding a credential in good standing on the as-of date without
// an active employment is counted once more, as registered and not
// practising, at the top area (a person without an employment has no
// area of work).
func (ix *Index) countView(v *workerView, emps []empView, lics []span, o *workerOut) {
	ps := ix.rules.PeriodStart
	flow := flowNone
	if !ps.IsZero() && !ix.observe(v, emps, lics, ps, ix.startParts, obsStart, flowNone, o) {
		flow = flowEntrant
	}
	if ix.observe(v, emps, lics, ix.asOf, ix.asOfParts, obsActive, flow, o) {
		return
	}
	if !ps.IsZero() {
		ix.leaver(v, emps, lics, ps, o)
	}
	if k := ix.attributes(v, lics, ix.asOf, ix.asOfParts, false); k&(1<<keyLicBit) != 0 {
		o.add(k|obsRegistered<<keyObsShift|uint64(ix.frame.root), 1, 0)
	}
}

// postIDLess reports whether post a's ID sorts before post b's.
func (ix *Index) postIDLess(a, b int32) bool {
	return bytes.Compare(ix.posts.KeyBytes(a), ix.posts.KeyBytes(b)) < 0
}

// observe counts the worker as active on date d: head-count 1 at the post
// of the main employment (largest FTE, ties by smallest post ID), and the
// FTE of each active employment at its own post. It reports whether the
// worker was active.
func (ix *Index) observe(v *workerView, emps []empView, lics []span, d workforce.CivilDate, dp dateParts, obs, flow int, o *workerOut) bool {
	best, active, fte := -1, 0, 0
	for j := range emps {
		e := &emps[j]
		if !e.activeOn(d) {
			continue
		}
		active++
		fte += int(e.fte)
		if best < 0 || e.fte > emps[best].fte || (e.fte == emps[best].fte && ix.postIDLess(e.post, emps[best].post)) {
			best = j
		}
	}
	if best < 0 {
		return false
	}
	attrs := ix.attributes(v, lics, d, dp, obs == obsActive) | uint64(obs)<<keyObsShift |
		uint64(emps[best].etype())<<keyEmpShift | uint64(flow)<<keyFlowShift
	if fte < 100 {
		attrs |= 1 << keyPartTimeBit
	}
	o.add(attrs|emps[best].key(), 1, int64(emps[best].fte))
	if active > 1 {
		for j := range emps {
			if e := &emps[j]; j != best && e.activeOn(d) {
				o.add(attrs|e.key(), 0, int64(e.fte))
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
func (ix *Index) leaver(v *workerView, emps []empView, lics []span, start workforce.CivilDate, o *workerOut) {
	asOf := ix.asOf
	best := -1
	for j := range emps {
		e := &emps[j]
		if e.end.IsZero() || e.end.Before(start) || !e.end.Before(asOf) || !e.leaves {
			continue
		}
		if b := best; b < 0 || e.end.After(emps[b].end) || (e.end == emps[b].end && ix.postIDLess(e.post, emps[b].post)) {
			best = j
		}
	}
	if best < 0 {
		return
	}
	e := &emps[best]
	attrs := ix.attributes(v, lics, e.end, partsOf(e.end), false) | obsLeaver<<keyObsShift |
		uint64(e.etype())<<keyEmpShift | uint64(e.exit())<<keyFlowShift
	o.add(attrs|e.key(), 1, int64(e.fte))
}

// attributes returns the key bits of the worker's own attributes on d.
func (ix *Index) attributes(v *workerView, lics []span, d workforce.CivilDate, dp dateParts, withCPD bool) uint64 {
	k := uint64(v.sex)<<keySexShift | uint64(v.cadre)<<keyCadreShift | uint64(v.ageOn(dp))<<keyAgeShift |
		uint64(v.nat)<<keyNatShift | uint64(v.train)<<keyTrainShift
	if v.qualAlways || (!v.qualFrom.IsZero() && !v.qualFrom.After(d)) {
		k |= 1 << keyQualBit
	}
	for i := range lics {
		if l := &lics[i]; !l.from.After(d) && (l.to.IsZero() || !l.to.Before(d)) {
			k |= 1 << keyLicBit
			if withCPD && v.cpdOK { // only on the as-of date
				k |= 1 << keyCPDBit
			}
			break
		}
	}
	return k
}

// ageOn returns the age in completed years on d, from the birth date or,
// when only the year is known, from 1 July of that year; ageUnknown when
// neither is recorded or the birth is after d. Ages above 126 are 126.
// A birthday on 29 February falls on 28 February in common years, the
// clamping policy of [workforce.YearsBetween].
func (v *workerView) ageOn(d dateParts) int {
	if !v.birthKnown {
		return ageUnknown
	}
	b := v.birth
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

// Roster holds workers compactly for counting again and again: for each
// worker, the facts counting reads, resolved against an [Index] — its
// employments by post index, the spans of its credentials in good
// standing, when it became qualified, its birth, sex and cadre, whether it
// meets the CPD rule on the as-of date — in flat arrays of about 40 bytes
// a worker plus 16 per employment, where a []workforce.Worker takes a
// kilobyte or more. Build it once ([Index.NewRoster], then Add or
// ReadWorkers) and count it as often as needed ([Counter.AddRoster]), on
// every core, with the same tally as counting the records one by one.
//
// A Roster refuses a worker ID it holds already (code duplicate) and a
// worker employed in a post the index does not hold. It is not safe for
// concurrent use while it is built; once built, counting it is.
type Roster struct {
	ix    *Index
	ids   idtable.Seen // worker IDs, tagged with their line
	views []rosterView
	emps  []empView
	lics  []span
}

// rosterView is a worker's view with the places of its employments and
// licence spans in the roster's arrays.
type rosterView struct {
	workerView
	empAt, licAt uint32
	empN, licN   uint16
}

// NewRoster returns an empty roster of workers counted on the index.
func (ix *Index) NewRoster() *Roster { return &Roster{ix: ix} }

// Len returns the number of workers the roster holds.
func (r *Roster) Len() int { return len(r.views) }

// Add adds a worker. It returns [workforce.Problems] (paths into the
// worker) and adds nothing when the roster holds the worker's ID already
// (code duplicate) or an employment refers to a post the index does not
// hold.
func (r *Roster) Add(w *workforce.Worker) error { return r.add(w, 0) }

func (r *Roster) add(w *workforce.Worker, line int) error {
	if len(w.ID) > maxIDBytes {
		return workforce.Problems{{Code: workforce.CodeTooLong, Path: "/id", Value: string(w.ID[:maxIDBytes]) + "...", Message: "the worker ID is longer than 64 bytes"}}
	}
	if len(r.views) >= 1<<31-1 || len(w.Employments) > 1<<16-1 || len(w.Credentials) > 1<<16-1 {
		return workforce.Problems{{Code: workforce.CodeMax, Path: "", Message: "too many workers, employments or credentials for a roster"}}
	}
	var v rosterView
	emps, lics := len(r.emps), len(r.lics)
	var err error
	if r.emps, r.lics, err = r.ix.makeView(w, &v.workerView, r.emps, r.lics); err != nil {
		r.emps, r.lics = r.emps[:emps], r.lics[:lics]
		return err
	}
	// As a Counter: the references first, then the identity.
	added, first, ok := r.ids.Add(bytesOf(w.ID), uint32(line))
	switch {
	case !ok:
		r.emps, r.lics = r.emps[:emps], r.lics[:lics]
		return workforce.Problems{{Code: workforce.CodeMax, Path: "/id", Value: string(w.ID), Message: "too many workers"}}
	case !added:
		r.emps, r.lics = r.emps[:emps], r.lics[:lics]
		return duplicateWorker(bytesOf(w.ID), first)
	}
	v.empAt, v.empN = uint32(emps), uint16(len(r.emps)-emps)
	v.licAt, v.licN = uint32(lics), uint16(len(r.lics)-lics)
	r.views = append(r.views, v)
	return nil
}

// rosterOut is what a decoding goroutine hands on for one worker.
type rosterOut struct {
	id         [maxIDBytes]byte
	idLen      uint8
	v          workerView
	emps       [4]empView
	lics       [2]span
	moreEmps   []empView
	moreLics   []span
	nEmp, nLic int
}

// ReadWorkers adds the workers of a JSON Lines stream, decoded, validated
// and resolved on par goroutines ([workforce.ReadJSONLParallel]) and added
// in line order. Every bad line — malformed, invalid, employed in a post
// the index does not hold, or a worker ID the roster holds — is skipped
// and reported with its line in the result, or, without
// opts.ContinueOnError, stops reading and is returned as the error.
func (r *Roster) ReadWorkers(rd io.Reader, opts workforce.StreamOptions, par int) (workforce.ParallelResult, error) {
	opts.Validate = true
	return workforce.ReadJSONLParallel(rd, opts, par, workforce.Steps[workforce.Worker, rosterOut]{
		Prepare: func(w *workforce.Worker, o *rosterOut) error {
			if len(w.ID) > maxIDBytes {
				return workforce.Problems{{Code: workforce.CodeTooLong, Path: "/id", Value: string(w.ID[:maxIDBytes]) + "...", Message: "the worker ID is longer than 64 bytes"}}
			}
			o.idLen = uint8(copy(o.id[:], w.ID))
			emps, lics, err := r.ix.makeView(w, &o.v, o.emps[:0], o.lics[:0])
			if err != nil {
				return err
			}
			o.nEmp, o.nLic = len(emps), len(lics)
			o.moreEmps, o.moreLics = nil, nil
			if len(emps) > len(o.emps) {
				o.moreEmps = emps
			}
			if len(lics) > len(o.lics) {
				o.moreLics = lics
			}
			return nil
		},
		Commit: func(line int, o *rosterOut) error {
			id := o.id[:o.idLen]
			added, first, ok := r.ids.Add(id, uint32(line))
			switch {
			case !ok:
				return workforce.Problems{{Code: workforce.CodeMax, Path: "/id", Value: string(id), Message: "too many workers"}}
			case !added:
				return duplicateWorker(id, first)
			}
			emps, lics := o.emps[:min(o.nEmp, len(o.emps))], o.lics[:min(o.nLic, len(o.lics))]
			if o.moreEmps != nil {
				emps = o.moreEmps
			}
			if o.moreLics != nil {
				lics = o.moreLics
			}
			v := rosterView{workerView: o.v, empAt: uint32(len(r.emps)), empN: uint16(len(emps)), licAt: uint32(len(r.lics)), licN: uint16(len(lics))}
			r.emps = append(r.emps, emps...)
			r.lics = append(r.lics, lics...)
			r.views = append(r.views, v)
			return nil
		},
	})
}

// duplicateWorker is the problem of a worker ID given again, first at line
// first (0: unknown).
func duplicateWorker(id []byte, first uint32) error {
	msg := "the worker " + string(id) + " was counted already: a worker is counted once"
	if first > 0 {
		msg += " (line " + strconv.Itoa(int(first)) + ")"
	}
	return workforce.Problems{{Code: workforce.CodeDuplicate, Path: "/id", Value: string(id), Message: msg}}
}

// errRosterCounter is returned when a counter that counted a roster is
// given more workers, or a roster after workers.
var errRosterCounter = errors.New("indicators: a roster is counted into a counter of its own, which then counts nothing else: its workers' IDs are checked by the roster, not the counter")

// AddRoster counts every worker of the roster, on par goroutines (par < 1
// means 1), each counting blocks of workers into a tally of its own,
// merged at the end: the tally is the one counting the workers one by one
// would give. The roster must be built on the counter's index, and the
// counter must not have counted workers; afterwards it counts no more
// workers (the roster, not the counter, keeps the IDs).
func (c *Counter) AddRoster(r *Roster, par int) error {
	if r.ix != c.ix {
		return errors.New("indicators: the roster was built on another index")
	}
	if c.closed || c.workers > 0 {
		return errRosterCounter
	}
	c.closed = true
	par = min(max(par, 1), max(len(r.views), 1))
	tallies := make([]*Tally, par)
	// The goroutines take blocks of workers in turn rather than a fixed
	// share each, so that one held up (a busy machine) delays the others
	// by one block at most. The tally does not depend on the order.
	// About eight blocks a goroutine, of 256 to 16,384 workers.
	block := min(max(len(r.views)/(8*par), 1<<8), 1<<14)
	blocks := (len(r.views) + block - 1) / block
	var next atomic.Int64
	var wg sync.WaitGroup
	for g := range par {
		tallies[g] = newTally(c.ix.frame, c.ix.asOf, c.ix.rules)
		wg.Go(func() {
			t := tallies[g]
			var o workerOut
			for b := int(next.Add(1) - 1); b < blocks; b = int(next.Add(1) - 1) {
				for i := b * block; i < min((b+1)*block, len(r.views)); i++ {
					v := &r.views[i]
					o.n, o.more = 0, o.more[:0]
					c.ix.countView(&v.workerView, r.emps[v.empAt:v.empAt+uint32(v.empN)], r.lics[v.licAt:v.licAt+uint32(v.licN)], &o)
					o.addTo(t)
				}
			}
			_ = t.fold() // here, in parallel; an overflow is Merge's error
		})
	}
	wg.Wait()
	for _, t := range tallies {
		if err := c.tally.Merge(t); err != nil {
			return err
		}
	}
	return nil
}
