package workforce

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sync"
)

// StreamSummary counts what a stream read: records decoded and accepted,
// bad lines skipped (their problems are in the reader's problem list),
// and lines in all, blank ones included.
type StreamSummary struct {
	// Accepted counts the records handed on (and accepted by the commit
	// step of [ReadJSONLParallel]).
	Accepted int
	// Skipped counts the bad lines skipped.
	Skipped int
	// Lines counts the lines read.
	Lines int
}

// ParallelResult is what [ReadJSONLParallel] returns beside its error:
// the counts and the problems of the bad lines, in line order (at most
// StreamOptions.MaxProblems of them).
type ParallelResult struct {
	StreamSummary
	// Problems are the problems of the skipped lines, each with its line.
	Problems Problems
}

// SkipLate takes back lines that were accepted but found bad after
// reading, by a check that needs every record (a duplicate ID found when
// the records read are put into a table at the end, say): each line of
// late (whose problems carry their Line) counts as skipped, not accepted,
// and the problems join r.Problems in line order, within
// opts.MaxProblems. Use it only with opts.ContinueOnError: without it,
// the first bad line is the error.
func (r *ParallelResult) SkipLate(opts StreamOptions, late Problems) {
	if len(late) == 0 {
		return
	}
	late = slices.Clone(late)
	slices.SortStableFunc(late, func(a, b Problem) int { return cmp.Compare(a.Line, b.Line) })
	for i := range late {
		if i == 0 || late[i].Line != late[i-1].Line {
			r.Accepted--
			r.Skipped++
		}
	}
	merged := make(Problems, 0, len(r.Problems)+len(late))
	i, j := 0, 0
	for i < len(r.Problems) || j < len(late) {
		if j == len(late) || (i < len(r.Problems) && r.Problems[i].Line <= late[j].Line) {
			merged = append(merged, r.Problems[i])
			i++
		} else {
			merged = append(merged, late[j])
			j++
		}
	}
	r.Problems = merged[:min(len(merged), opts.maxProblems())]
}

// chunkBytes is the size of the blocks of lines handed to the decoding
// goroutines: large enough that hand-over costs nothing next to decoding,
// small enough that a few in flight take little memory.
const chunkBytes = 1 << 20

// chunk is a block of whole lines, or one line beyond the limit that the
// reader skipped without holding it, and what became of them.
type chunk[R any] struct {
	first bool   // the block holds the first line
	data  []byte // whole lines
	long  bool   // the block is one line beyond the limit, not held
	lines int    // lines in the block, counted by the decoding goroutine

	// Filled by a decoding goroutine:
	outs  []R   // one per accepted record, in line order
	recs  []int // line of each entry of outs, counted from 0 in the block
	bad   []badLine
	ready chan struct{}
}

type badLine struct {
	line int
	ps   Problems
}

// ReadJSONLParallel reads JSON Lines records of type T from r on par
// goroutines (par < 1 means 1), for jobs where decoding is the work and
// what is kept of each record is small, such as counting a national
// register.
//
// Each good record is decoded (and validated, with opts.Validate) into a
// borrowed record on one of the goroutines, which calls steps.Prepare with
// it and an output slot out of type R, reused from record to record.
// Prepare must turn the record into what Commit needs, keeping nothing of
// rec, and may only read shared state: it runs concurrently with itself.
// Returning [Problems] (paths into the record) makes the line bad.
// steps.Commit is then called on the caller's goroutine for every
// prepared record in line order, with the record's line; returning
// Problems makes the line bad too. Lines are numbered from 1, blank lines are skipped,
// a UTF-8 byte order mark at the start is dropped and lines longer than
// opts.MaxLineBytes are bad, exactly as [JSONLReader] reads them.
//
// The problems of bad lines, whichever step found them, come back in line
// order. With opts.ContinueOnError, bad lines are skipped and reading goes
// on; otherwise the first bad line (in line order) stops reading and
// ReadJSONLParallel returns its problems as the error, after committing
// every earlier record. A read error of r stops reading too. Memory is
// bounded by a few blocks of lines per goroutine, whatever the length of
// the stream.
func ReadJSONLParallel[T Record, R any](r io.Reader, opts StreamOptions, par int, steps Steps[T, R]) (ParallelResult, error) {
	return readJSONLParallel(r, opts, par, chunkBytes, steps)
}

// Steps are what [ReadJSONLParallel] does with each good record.
type Steps[T Record, R any] struct {
	// Prepare turns a borrowed record, on one of the decoding goroutines,
	// into what Commit needs; it must keep nothing of rec and may only
	// read shared state. Required.
	Prepare func(rec *T, out *R) error
	// Commit takes a prepared record on the caller's goroutine, in line
	// order. Required.
	Commit func(line int, out *R) error
	// Expect, when set, is called once on the caller's goroutine, before
	// the first Commit, with an estimate of the number of lines in the
	// stream when its size is known (the reader has a Stat or Len method,
	// as files and in-memory readers do): a chance to size tables once,
	// rather than grow them again and again.
	Expect func(lines int)
}

func readJSONLParallel[T Record, R any](r io.Reader, opts StreamOptions, par, size int, steps Steps[T, R]) (ParallelResult, error) {
	prepare, commit := steps.Prepare, steps.Commit
	var res ParallelResult
	if err := opts.Check(); err != nil {
		return res, err
	}
	par = max(par, 1)
	work := make(chan *chunk[R], par)
	order := make(chan *chunk[R], 2*par+2) // in sequence; its capacity bounds the blocks in flight
	// Blocks done with come back to the reader, so their memory (the
	// lines, the prepared records) is reused rather than collected.
	free := make(chan *chunk[R], cap(order)+par+2)
	stop := make(chan struct{})
	var readErr error
	var wg sync.WaitGroup
	// The size is asked before the reader goroutine starts reading r.
	total := streamSize(r)

	// Decoders.
	for range par {
		wg.Go(func() {
			var d lineDecoder[T]
			for c := range work {
				decodeChunk(&d, c, opts, prepare)
				close(c.ready)
			}
		})
	}
	// Reader.
	go func() {
		defer close(order)
		defer close(work)
		readErr = splitChunks(r, opts.maxLine(), size, free, func(c *chunk[R]) bool {
			c.ready = make(chan struct{})
			select {
			case order <- c:
			case <-stop:
				return false
			}
			select {
			case work <- c:
			case <-stop:
				close(c.ready) // never decoded; the consumer has stopped
				return false
			}
			return true
		})
	}()

	// Commit, in order, on this goroutine.
	tooLong := func() Problems { return lineTooLong(opts.maxLine()) }
	var stopErr error
	bad := func(line int, ps Problems) bool {
		for i := range ps {
			ps[i].Line = line
		}
		if !opts.ContinueOnError {
			stopErr = ps
			return false
		}
		res.Skipped++
		if room := opts.maxProblems() - len(res.Problems); room > 0 {
			res.Problems = append(res.Problems, ps[:min(room, len(ps))]...)
		}
		return true
	}
	stopped := false
	first := true
	for c := range order {
		<-c.ready
		if stopped {
			continue
		}
		base := res.Lines + 1 // the block's first line
		if steps.Expect != nil && first && total > 0 && len(c.data) > 0 {
			// The first block's lines per byte, scaled to the stream.
			steps.Expect(int(min(total*int64(c.lines)/int64(len(c.data)), 1<<31-1)))
		}
		first = false
		res.Lines += c.lines
		if c.long {
			stopped = !bad(base, tooLong())
		}
		// Merge good and bad lines of the block in line order.
		bi := 0
		for i := 0; !stopped && i < len(c.outs); i++ {
			line := base + c.recs[i]
			for ; !stopped && bi < len(c.bad) && base+c.bad[bi].line < line; bi++ {
				stopped = !bad(base+c.bad[bi].line, c.bad[bi].ps)
			}
			if stopped {
				break
			}
			if err := commit(line, &c.outs[i]); err != nil {
				stopped = !bad(line, AsProblems(err))
				continue
			}
			res.Accepted++
		}
		for ; !stopped && bi < len(c.bad); bi++ {
			stopped = !bad(base+c.bad[bi].line, c.bad[bi].ps)
		}
		if stopped {
			close(stop)
		}
		select {
		case free <- c:
		default:
		}
	}
	wg.Wait()
	switch {
	case stopErr != nil:
		return res, stopErr
	case readErr != nil:
		return res, readErr
	}
	return res, nil
}

// streamSize returns the size in bytes of what r will yield when r says,
// or 0.
func streamSize(r io.Reader) int64 {
	switch x := r.(type) {
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := x.Stat(); err == nil && fi.Mode().IsRegular() {
			if s, ok := r.(io.Seeker); ok {
				if at, err := s.Seek(0, io.SeekCurrent); err == nil {
					return fi.Size() - at
				}
			}
			return fi.Size()
		}
	case interface{ Len() int }:
		return int64(x.Len())
	}
	return 0
}

// decodeChunk decodes the lines of one block, numbering them from 0, and
// counts them.
func decodeChunk[T Record, R any](d *lineDecoder[T], c *chunk[R], opts StreamOptions, prepare func(*T, *R) error) {
	data := c.data
	limit := opts.maxLine()
	line := 0
	if c.long {
		c.lines = 1
	}
	defer func() {
		if !c.long {
			c.lines = line
		}
	}()
	for ; len(data) > 0; line++ {
		text := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			text, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if line == 0 && c.first {
			text = bytes.TrimPrefix(text, utf8BOM)
		}
		text = bytes.TrimSuffix(text, []byte("\r"))
		switch {
		case len(text) > limit:
			c.bad = append(c.bad, badLine{line, lineTooLong(limit)})
		case len(bytes.TrimSpace(text)) == 0:
		default:
			if ps := d.check(text, opts.Validate); ps != nil {
				c.bad = append(c.bad, badLine{line, ps.detach()})
				continue
			}
			c.outs = append(c.outs, *new(R))
			if err := prepare(&d.rec, &c.outs[len(c.outs)-1]); err != nil {
				c.outs = c.outs[:len(c.outs)-1]
				c.bad = append(c.bad, badLine{line, AsProblems(err).detach()})
				continue
			}
			c.recs = append(c.recs, line)
		}
	}
}

func lineTooLong(limit int) Problems {
	return Problems{{Code: CodeLineTooLong, Param: fmt.Sprint(limit),
		Message: fmt.Sprintf("the line is longer than the limit of %d bytes", limit)}}
}

// splitChunks reads r and hands blocks of whole lines to emit in order,
// until emit returns false or the input ends. A line that does not fit
// the buffer even grown to the limit is beyond the limit: it is skipped
// without being held and handed on as a block of its own. Blocks come
// from free when there are any, so their memory is reused.
func splitChunks[R any](r io.Reader, limit, size int, free chan *chunk[R], emit func(*chunk[R]) bool) error {
	next := func() *chunk[R] {
		select {
		case c := <-free:
			data := c.data[:0]
			if cap(data) < size { // a block of a skipped line holds no data
				data = make([]byte, 0, size)
			}
			outs, recs, bad := c.outs[:0], c.recs[:0], c.bad[:0]
			clear(outs[:cap(outs)]) // drop what the prepared records pointed to
			*c = chunk[R]{data: data, outs: outs, recs: recs, bad: bad}
			return c
		default:
			return &chunk[R]{data: make([]byte, 0, size)}
		}
	}
	cur := next()
	buf := cur.data
	first := true
	var read int64 // bytes read, for messages
	send := func(data []byte, long bool) bool {
		c := cur
		c.first, c.data, c.long = first, data, long
		first = false
		return emit(c)
	}
	skipping := false // inside a line beyond the limit
	for {
		if len(buf) == cap(buf) { // one line fills the buffer (it holds no newline)
			if cap(buf) <= limit+lineExtra {
				nb := make([]byte, len(buf), min(max(2*cap(buf), size), limit+lineExtra+1))
				copy(nb, buf)
				buf = nb
			} else {
				skipping, buf = true, buf[:0]
			}
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		read += int64(n)
		eof := errors.Is(err, io.EOF)
		if err != nil && !eof {
			return fmt.Errorf("workforce: reading after byte %d: %w", read, err)
		}
		if skipping {
			i := bytes.IndexByte(buf, '\n')
			if i < 0 && !eof {
				buf = buf[:0]
				continue
			}
			skipping = false
			rest := []byte(nil)
			if i >= 0 {
				rest = buf[i+1:]
			}
			nc := next()
			nb := append(nc.data[:0], rest...)
			if !send(nil, true) {
				return nil
			}
			if i < 0 {
				return nil
			}
			cur, buf = nc, nb
		}
		if eof {
			if len(buf) > 0 && !send(buf, false) {
				return nil
			}
			return nil
		}
		last := bytes.LastIndexByte(buf, '\n')
		if last < 0 || (last+1 < size/2 && len(buf) < cap(buf)) {
			continue // too little for a block yet
		}
		rest := buf[last+1:]
		nc := next()
		nb := nc.data[:0]
		if cap(nb) < 2*len(rest) {
			nb = make([]byte, 0, max(size, 2*len(rest)))
		}
		nb = append(nb, rest...)
		if !send(buf[:last+1], false) {
			return nil
		}
		cur, buf = nc, nb
	}
}
