package indicators

import (
	"cmp"
	"errors"
	"hash/maphash"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sswkit/ssw/internal/idtable"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// Index is the reference data that counting resolves records against: the
// administrative areas as of a date, the employers' sectors and the posts,
// each post interned to a dense integer with its area, cadre, sector,
// status and FTE in eight bytes. Build it once — [NewIndex], then
// [Index.AddPost] or [Index.ReadPosts] for every post, streamed, never
// held whole — and share it: any number of [Counter] values, on any
// number of goroutines, count against one Index and produce tallies that
// merge. Memory is about 40 bytes per post (1,160,000 posts: under 50 MB),
// and 36 more per post while ReadPosts gathers them.
//
// Add every post before counting starts: the methods that add posts are
// not safe for concurrent use; everything else is read-only and safe.
type Index struct {
	frame     *areaFrame
	asOf      workforce.CivilDate
	rules     RecordRules
	employers map[workforce.ID]int // sector index
	posts     idtable.Table
	info      []postRec
	rejected  map[workforce.ID]string // posts refused, with the reason, for records that name them
	groups    struct {                // the posts' groups, summed once for every counter
		once sync.Once
		g    []groupAdd
	}

	// Counting rules, resolved.
	minISCED   int
	cpdOn      bool
	cpdHours   int64               // hundredths; -1 when not required
	cpdCreds   int64               // hundredths; -1 when not required
	cpdFrom    workforce.CivilDate // CPD records must be dated after this
	asOfParts  dateParts
	startParts dateParts
}

// postRec is a post resolved to dense indexes.
type postRec struct {
	area   int32
	fte    uint8 // hundredths, 1-100
	cadre  uint8
	sector uint8
	status uint8
}

// pack returns the record in the eight bytes kept with its ID in the
// index's table, so that resolving a post reads one place of memory.
func (p postRec) pack() uint64 {
	return uint64(uint32(p.area)) | uint64(p.fte)<<32 | uint64(p.cadre)<<40 | uint64(p.sector)<<48 | uint64(p.status)<<56
}

func unpackPost(v uint64) postRec {
	return postRec{area: int32(uint32(v)), fte: uint8(v >> 32), cadre: uint8(v >> 40), sector: uint8(v >> 48), status: uint8(v >> 56)}
}

// postKey returns the post group key.
func (p postRec) postKey() uint64 {
	return uint64(p.area) | uint64(p.cadre)<<postCadreShift | uint64(p.sector)<<postSectShift | uint64(p.status)<<postStatusShift
}

// NewIndex indexes the areas (as of asOf) and employers of a country for
// counting with rules; add the posts next. Problems in the areas and
// employers come back as [workforce.Problems] with paths under /areas/i
// and /employers/i: invalid areas or population figures, repeated codes
// or IDs, unknown parents, cycles. asOf is required.
func NewIndex(country workforce.CountryCode, areas []workforce.AdminArea, employers []workforce.Employer, asOf workforce.CivilDate, rules RecordRules) (*Index, error) {
	var ps workforce.Problems
	if asOf.IsZero() {
		ps = report.Add(ps, workforce.CodeRequired, "/as_of", "", "", "an as-of date is required")
	}
	ps = rules.check(ps, "/rules", asOf)
	frame, fps := newAreaFrame(areas, country, asOf, "/areas")
	ps = append(ps, fps...)
	ix := &Index{frame: frame, asOf: asOf, rules: rules.clone(), employers: make(map[workforce.ID]int, len(employers))}
	for i := range employers {
		e := &employers[i]
		if _, dup := ix.employers[e.ID]; dup {
			ps = report.Add(ps, workforce.CodeDuplicate, "/employers/"+strconv.Itoa(i)+"/id", string(e.ID), "", "another employer has the same id")
			continue
		}
		ix.employers[e.ID] = sectorIndex(e.Sector)
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	ix.asOfParts, ix.startParts = partsOf(asOf), partsOf(rules.PeriodStart)
	ix.minISCED = ix.rules.minLevel().ISCED()
	if cpd := ix.rules.CPD; cpd != nil {
		ix.cpdOn = true
		ix.cpdHours, ix.cpdCreds = -1, -1
		ix.cpdFrom = asOf.AddMonths(-cpd.WindowMonths)
		if !cpd.MinHours.IsZero() {
			ix.cpdHours = cpd.MinHours.Hundredths()
		}
		if !cpd.MinCredits.IsZero() {
			ix.cpdCreds = cpd.MinCredits.Hundredths()
		}
	}
	return ix, nil
}

// Posts returns the number of posts indexed.
func (ix *Index) Posts() int { return len(ix.info) }

// resolve turns a post into its record, or the problems that refuse it
// (paths into the post). It only reads the index.
func (ix *Index) resolve(p *workforce.Post) (postRec, workforce.Problems) {
	var ps workforce.Problems
	var rec postRec
	f := ix.frame
	a, ok := f.index[p.Area]
	switch {
	case !ok || (f.synthetic && a == f.root):
		ps = report.Add(ps, CodeUnknownArea, "/area", string(p.Area), "", "no area has this code")
	case !f.valid[a]:
		ps = report.Add(ps, workforce.CodeNotCurrent, "/area", string(p.Area), ix.asOf.String(),
			"area "+string(p.Area)+" does not exist on "+ix.asOf.String()+" (see its valid_from and valid_to): the post needs a current area")
	}
	rec.area = a
	sector, ok := ix.employers[p.EmployerID]
	if !ok {
		ps = report.Add(ps, CodeUnknownEmployer, "/employer_id", string(p.EmployerID), "", "no employer has this id")
	}
	rec.sector = uint8(sector)
	if rec.cadre = uint8(cadreIndex(p.Cadre)); rec.cadre == 0 {
		ps = report.Add(ps, workforce.CodeNotSupported, "/cadre", string(p.Cadre), "", "unknown cadre")
	}
	if rec.status = uint8(postStatusIndex(p.Status)); rec.status == 0 {
		ps = report.Add(ps, workforce.CodeNotSupported, "/status", string(p.Status), "", "unknown post status")
	}
	rec.fte = uint8(p.FTE.Hundredths()) // 0 (unset) to 100: the FTE type allows no more
	return rec, ps
}

// AddPost indexes a post. It returns [workforce.Problems] (paths into the
// post) and indexes nothing when the post's area is unknown or does not
// exist on the as-of date, its employer is unknown, its cadre or status
// is not supported, or its ID was indexed before (code duplicate).
// A refused post is remembered, so that a worker employed in it is told
// why ([Counter.AddWorker]).
func (ix *Index) AddPost(p *workforce.Post) error { return ix.addPost(p, 0) }

func (ix *Index) addPost(p *workforce.Post, line int) error {
	rec, ps := ix.resolve(p)
	if len(ps) > 0 {
		ix.Reject(p.ID, "post "+string(p.ID)+" was refused: "+ps[0].Message)
		return ps.Err()
	}
	return ix.commitPost([]byte(p.ID), rec, line)
}

func (ix *Index) commitPost(id []byte, rec postRec, line int) error {
	if ix.groups.g != nil {
		return errPostsCounted
	}
	i, added, ok := ix.posts.InsertValue(id, uint32(line), rec.pack())
	switch {
	case !ok:
		return tooManyPosts(id)
	case !added:
		return duplicatePost(id, ix.posts.Tag(i))
	}
	ix.info = append(ix.info, rec)
	return nil
}

// errPostsCounted is returned for a post added after a counter counted
// the posts.
var errPostsCounted = errors.New("indicators: a post was added after a counter counted the posts: add every post first")

// postGroups returns the counts of the indexed posts by group, summed on
// first use: counting the posts of a national register is then adding a
// few thousand groups, whatever the number of counters.
func (ix *Index) postGroups() []groupAdd {
	ix.groups.once.Do(func() {
		sums := make(map[uint64]groupCount)
		for _, p := range ix.info {
			c := sums[p.postKey()]
			c.n++
			c.fte += int64(p.fte)
			sums[p.postKey()] = c
		}
		g := make([]groupAdd, 0, len(sums))
		for k, c := range sums {
			g = append(g, groupAdd{k, c})
		}
		slices.SortFunc(g, func(a, b groupAdd) int { return cmp.Compare(a.key, b.key) })
		ix.groups.g = g
	})
	return ix.groups.g
}

// Reject records that the post with this ID was refused, and why, so that
// a worker employed in it is reported with that reason instead of "no
// post has this id". Callers reading posts themselves use it for posts
// that failed their own checks (a bad CSV row whose ID could be read).
func (ix *Index) Reject(id workforce.ID, reason string) {
	if id == "" {
		return
	}
	if ix.rejected == nil {
		ix.rejected = make(map[workforce.ID]string)
	}
	if _, seen := ix.rejected[id]; !seen {
		ix.rejected[workforce.ID(strings.Clone(string(id)))] = strings.Clone(reason) // id may be borrowed
	}
}

// maxIDBytes bounds the IDs counting keeps: workforce.IDPattern allows 64.
const maxIDBytes = 64

// postOut is what a decoding goroutine hands on for one post: its ID and
// the ID's hash, its record, or the problems that refuse it.
type postOut struct {
	id      [maxIDBytes]byte
	idLen   uint8
	hash    uint64
	rec     postRec
	refused workforce.Problems
}

// ReadPosts reads posts from JSON Lines (decoded and validated on par
// goroutines, see [workforce.ReadJSONLParallel]) and indexes them in line
// order. Every bad line — malformed, invalid, or refused as by AddPost —
// is skipped and reported with its line in the result, or, without
// opts.ContinueOnError, stops reading and is returned as the error.
//
// The posts are gathered as they are read and put into the index's table
// at the end, a region of the table at a time: a duplicate ID is found
// then, and reported as if found on its line.
func (ix *Index) ReadPosts(r io.Reader, opts workforce.StreamOptions, par int) (workforce.ParallelResult, error) {
	if ix.groups.g != nil {
		return workforce.ParallelResult{}, errPostsCounted
	}
	opts.Validate = true
	hasher := ix.posts.Hasher()
	var batch idtable.Batch
	n0 := len(ix.info)
	res, err := workforce.ReadJSONLParallel(r, opts, par, workforce.Steps[workforce.Post, postOut]{
		Expect: func(n int) { batch.Reserve(n); ix.info = slices.Grow(ix.info, n) },
		Prepare: func(p *workforce.Post, out *postOut) error {
			out.idLen = uint8(copy(out.id[:], p.ID)) // a valid ID has at most 64 bytes
			out.hash = hasher.Hash(out.id[:out.idLen])
			out.rec, out.refused = ix.resolve(p)
			if len(out.refused) > 0 {
				// Refused in line order, when committed, so that workers
				// employed in the post are told why.
				out.refused = out.refused.Clone()
				out.refused.Sort()
			}
			return nil
		},
		Commit: func(line int, out *postOut) error {
			id := out.id[:out.idLen]
			if len(out.refused) > 0 {
				ix.Reject(workforce.ID(id), "post "+string(id)+" was refused: "+out.refused[0].Message)
				return out.refused
			}
			if !batch.Add(id, out.hash, uint32(line), out.rec.pack()) {
				return tooManyPosts(id)
			}
			ix.info = append(ix.info, out.rec)
			return nil
		},
	})
	dups, ok := ix.posts.InsertBatch(&batch)
	if !ok {
		ix.info = ix.info[:n0]
		return res, tooManyPosts(nil)
	}
	if len(dups) == 0 {
		return res, err
	}
	// The table numbered the posts it kept densely; so does info.
	k, d := n0, 0
	for pos, rec := range ix.info[n0:] {
		if d < len(dups) && dups[d].Pos == pos {
			d++
			continue
		}
		ix.info[k] = rec
		k++
	}
	ix.info = ix.info[:k]
	if !opts.ContinueOnError {
		// Reading stops at the first bad line: the first duplicate, which
		// comes before any line that stopped it.
		keep := dups[0].Pos
		ix.posts.Truncate(n0 + keep)
		ix.info = ix.info[:n0+keep]
		res.Accepted = keep
		return res, ix.duplicate(dups[0])
	}
	late := make(workforce.Problems, 0, len(dups))
	for _, d := range dups {
		late = append(late, ix.duplicate(d)...)
	}
	res.SkipLate(opts, late)
	return res, err
}

// duplicate is the problem of a post whose ID another post has (line d.Tag).
func (ix *Index) duplicate(d idtable.Dup) workforce.Problems {
	ps := duplicatePost(ix.posts.KeyBytes(d.Of), ix.posts.Tag(d.Of))
	ps[0].Line = int(d.Tag)
	return ps
}

// duplicatePost is the problem of a post whose ID id another post has,
// read on line first (0: not read from a stream).
func duplicatePost(id []byte, first uint32) workforce.Problems {
	msg := "another post has the same id"
	if first > 0 {
		msg += " (line " + strconv.Itoa(int(first)) + ")"
	}
	return workforce.Problems{{Code: workforce.CodeDuplicate, Path: "/id", Value: string(id), Message: msg}}
}

// tooManyPosts is the problem of a post the index has no room for.
func tooManyPosts(id []byte) workforce.Problems {
	return workforce.Problems{{Code: workforce.CodeMax, Path: "/id", Value: string(id), Message: "the post ID is too long or the index is full"}}
}

// NewCounter returns a counter over the index. Counters of one index
// produce tallies that merge ([Tally.Merge]).
func (ix *Index) NewCounter() *Counter {
	return &Counter{ix: ix, tally: newTally(ix.frame, ix.asOf, ix.rules), shardSeed: maphash.MakeSeed()}
}
