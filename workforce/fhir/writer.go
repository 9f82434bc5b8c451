package fhir

import (
	"errors"
	"io"
	"unicode/utf8"

	"github.com/sswkit/ssw/workforce"
)

// ResourceType is a FHIR resource type the package writes or reads.
type ResourceType string

// The resource types of the mapping.
const (
	TypePractitioner     ResourceType = "Practitioner"
	TypePractitionerRole ResourceType = "PractitionerRole"
	TypeOrganization     ResourceType = "Organization"
	TypeLocation         ResourceType = "Location"
)

// ResourceTypes returns the four resource types in the order a registry
// is written: Location, Organization, PractitionerRole, Practitioner.
func ResourceTypes() []ResourceType {
	return []ResourceType{TypeLocation, TypeOrganization, TypePractitionerRole, TypePractitioner}
}

// FileName returns the bulk-data file name of the type's NDJSON file,
// "Practitioner.ndjson".
func (t ResourceType) FileName() string { return string(t) + ".ndjson" }

// BundleType is the type of a Bundle the writer produces.
type BundleType string

// Bundle types.
const (
	// BundleCollection is a plain collection of resources.
	BundleCollection BundleType = "collection"
	// BundleTransaction makes every entry an update (PUT Type/id), so a
	// FHIR server loads the whole registry in one transaction and loading
	// it again changes nothing.
	BundleTransaction BundleType = "transaction"
)

// Options configures a [Writer].
type Options struct {
	// AsOf is the registry date: it decides Location.status and the
	// active flags (areas in force, employments current on the date).
	// Required.
	AsOf workforce.CivilDate
	// WorkerSystem, PostSystem, EmployerSystem and AreaSystem are the
	// identifier systems (URIs) of worker IDs, post IDs, employer IDs and
	// area codes; empty means the Default… constant of this package. A
	// ministry gives its own namespace here, and a reader must be given
	// the same.
	WorkerSystem, PostSystem, EmployerSystem, AreaSystem string
}

func (o Options) withDefaults() Options {
	def := func(s *string, d string) {
		if *s == "" {
			*s = d
		}
	}
	def(&o.WorkerSystem, DefaultWorkerSystem)
	def(&o.PostSystem, DefaultPostSystem)
	def(&o.EmployerSystem, DefaultEmployerSystem)
	def(&o.AreaSystem, DefaultAreaSystem)
	return o
}

// ErrNoAsOf is returned by the constructors when [Options].AsOf is unset.
var ErrNoAsOf = errors.New("fhir: Options.AsOf is required")

// ErrClosed is returned by a write after [Writer.Close].
var ErrClosed = errors.New("fhir: writer is closed")

// postInfo is what an employment's PractitionerRole needs of its post.
type postInfo struct {
	employer workforce.ID
	area     workforce.AreaCode
	cadre    workforce.Cadre
	title    string
}

// Writer writes registry records as FHIR R4 resources, one record at a
// time, as NDJSON files or one Bundle. Write areas, employers and posts
// before the workers that hold them: an employment's PractitionerRole
// names its post's organization and location, so the writer remembers
// each post it wrote (about a hundred bytes a post) and nothing of the
// workers. Memory therefore does not grow with the number of workers.
//
// A record that cannot be written (a value outside its enumeration, a
// missing required field, an end before its start, text that is not
// UTF-8, an employment in a post not written before) is refused with
// [workforce.Problems] located by JSON Pointer inside the record, and
// nothing of it is written; the writer stays usable. An error of the
// underlying writer is returned and sticks. A Writer belongs to one
// goroutine.
type Writer struct {
	opts   Options
	out    func(ResourceType) io.Writer // NDJSON
	bundle io.Writer                    // Bundle
	btype  BundleType
	o      obj
	frame  []byte
	posts  map[workforce.ID]postInfo
	n      int // resources written
	err    error
	closed bool
	// idFrom and idTo delimit the id of the resource being written.
	idFrom, idTo int
}

// NewNDJSONWriter returns a Writer that writes each resource as one line
// of the NDJSON stream out returns for its type (bulk-data style: one
// file per resource type, see [ResourceType.FileName]). out is called
// for every resource; return the same writer for a type each time.
func NewNDJSONWriter(out func(ResourceType) io.Writer, opts Options) (*Writer, error) {
	if opts.AsOf.IsZero() {
		return nil, ErrNoAsOf
	}
	return &Writer{opts: opts.withDefaults(), out: out, posts: map[workforce.ID]postInfo{}}, nil
}

// NewBundleWriter returns a Writer that writes one Bundle of the given
// type to w, entry by entry; [Writer.Close] ends it.
func NewBundleWriter(w io.Writer, typ BundleType, opts Options) (*Writer, error) {
	if opts.AsOf.IsZero() {
		return nil, ErrNoAsOf
	}
	if typ != BundleCollection && typ != BundleTransaction {
		return nil, errors.New("fhir: bundle type must be collection or transaction")
	}
	return &Writer{opts: opts.withDefaults(), bundle: w, btype: typ, posts: map[workforce.ID]postInfo{}}, nil
}

// Written returns the number of resources written so far.
func (w *Writer) Written() int { return w.n }

// WriteRegistry writes the registry's areas, employers, posts and workers
// in that order and closes the writer. Records that cannot be written are
// skipped; their problems are returned together, with paths into the
// registry ("/workers/3/employments/0/post_id"). An error of the
// underlying writer stops it.
func WriteRegistry(w *Writer, r *workforce.Registry) error {
	var ps workforce.Problems
	collect := func(err error, base string) error {
		if err == nil {
			return nil
		}
		var rec workforce.Problems
		if !errors.As(err, &rec) {
			return err
		}
		for _, p := range rec {
			p.Path = base + p.Path
			ps = append(ps, p)
		}
		return nil
	}
	for i := range r.Areas {
		if err := collect(w.WriteArea(r.Areas[i]), index("/areas", i)); err != nil {
			return err
		}
	}
	for i := range r.Employers {
		if err := collect(w.WriteEmployer(r.Employers[i]), index("/employers", i)); err != nil {
			return err
		}
	}
	for i := range r.Posts {
		if err := collect(w.WritePost(r.Posts[i]), index("/posts", i)); err != nil {
			return err
		}
	}
	for i := range r.Workers {
		if err := collect(w.WriteWorker(r.Workers[i]), index("/workers", i)); err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	return ps.Err()
}

// Close ends a Bundle (an NDJSON writer has nothing to end) and makes
// further writes fail. It does not close the underlying writers.
func (w *Writer) Close() error {
	if w.closed {
		return w.err
	}
	w.closed = true
	if w.err != nil || w.bundle == nil {
		return w.err
	}
	if w.n == 0 {
		w.frame = w.bundleHead(w.frame[:0])
	} else {
		w.frame = append(w.frame[:0], ']')
	}
	w.frame = append(w.frame, "}\n"...)
	_, w.err = w.bundle.Write(w.frame)
	return w.err
}

func (w *Writer) bundleHead(b []byte) []byte {
	b = append(b, `{"resourceType":"Bundle","type":"`...)
	b = append(b, w.btype...)
	return append(b, '"')
}

func (w *Writer) usable() error {
	if w.closed {
		return ErrClosed
	}
	return w.err
}

// begin starts a resource of the given type.
func (w *Writer) begin(typ ResourceType, prefix, key string) *obj {
	o := &w.o
	o.b = o.b[:0]
	o.invalid = false
	o.open()
	o.key("resourceType")
	o.b = append(o.b, '"')
	o.b = append(o.b, typ...)
	o.b = append(o.b, '"')
	o.key("id")
	o.b = append(o.b, '"')
	w.idFrom = len(o.b)
	o.b = appendID(o.b, prefix, key)
	w.idTo = len(o.b)
	o.b = append(o.b, '"')
	return o
}

// emit finishes the resource and writes it.
func (w *Writer) emit(typ ResourceType) error {
	o := &w.o
	o.close()
	if o.invalid {
		return workforce.Problems{{Code: workforce.CodeInvalidValue, Message: "text is not valid UTF-8"}}
	}
	if w.bundle == nil {
		o.b = append(o.b, '\n')
		if _, err := w.out(typ).Write(o.b); err != nil {
			w.err = err
			return err
		}
		w.n++
		return nil
	}
	f := w.frame[:0]
	if w.n == 0 {
		f = append(w.bundleHead(f), `,"entry":[`...)
	} else {
		f = append(f, ',')
	}
	f = append(f, `{"resource":`...)
	f = append(f, o.b...)
	if w.btype == BundleTransaction {
		f = append(f, `,"request":{"method":"PUT","url":"`...)
		f = append(f, typ...)
		f = append(f, '/')
		f = append(f, o.b[w.idFrom:w.idTo]...)
		f = append(f, `"}`...)
	}
	f = append(f, "}\n"...)
	w.frame = f
	if _, err := w.bundle.Write(f); err != nil {
		w.err = err
		return err
	}
	w.n++
	return nil
}

// problems collects the problems of one record.
type problems struct{ ps workforce.Problems }

// at is a JSON Pointer built only when a problem needs it: list/i/field,
// or field alone when list is empty.
type at struct {
	list  string
	i     int
	field string
}

func (a at) String() string {
	if a.list == "" {
		return a.field
	}
	return index(a.list, a.i) + a.field
}

func (p *problems) add(code string, path at, value, param, msg string) {
	p.ps = append(p.ps, workforce.Problem{Code: code, Path: path.String(), Value: value, Param: param, Message: msg})
}

// check reports an enumeration value: required and unset, or outside its
// table.
func check[T interface {
	~string
	IsValid() bool
}](p *problems, path at, v T, required bool) {
	switch {
	case v == "" && required:
		p.add(workforce.CodeRequired, path, "", "", "is required")
	case v != "" && !v.IsValid():
		p.add(workforce.CodeNotSupported, path, string(v), "", "is not a supported value")
	}
}

func (p *problems) text(path at, s string) {
	switch {
	case s == "":
	case !utf8.ValidString(s):
		p.add(workforce.CodeInvalidValue, path, "", "", "is not valid UTF-8")
	case !ValidString(s):
		p.add(workforce.CodeInvalidValue, path, s, `[ \r\n\t\S]+`,
			"is not a FHIR string: only white space, or a control character or a white space other than space, tab, CR and LF")
	}
}

// ValidString reports whether s can be written as a FHIR R4 string: valid
// UTF-8 matching the string rule [ \r\n\t\S]+ as the published FHIR JSON
// Schema applies it (ECMAScript white space, so no-break and other Unicode
// spaces, vertical tab, form feed and the line and paragraph separators
// are excluded), and without the control characters below U+0020 other
// than tab, CR and LF, which FHIR says strings should not contain; and it
// must hold something other than white space (FHIR R4 datatypes,
// "string"; the Medplum validator enforces it). The writer refuses a record whose text is not
// a valid string rather than change it; the reader accepts such text.
func ValidString(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	content := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			continue
		case r < 0x20, r == 0x7f:
			return false
		case r == 0xa0, r == 0x1680, r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000, r == 0xfeff:
			return false
		}
		content = true
	}
	return content
}

func (p *problems) date(path at, d workforce.CivilDate) {
	if d.IsZero() {
		p.add(workforce.CodeRequired, path, "", "", "is required")
	}
}

func (p *problems) order(path at, start, end workforce.CivilDate) {
	if !start.IsZero() && !end.IsZero() && end.Before(start) {
		p.add(workforce.CodeDateOrder, path, end.String(), start.String(), "must not be before "+start.String())
	}
}

func (p *problems) err() error {
	if len(p.ps) == 0 {
		return nil
	}
	return p.ps.Err()
}

func index(base string, i int) string { return base + "/" + itoa(i) }

func itoa(i int) string {
	if i >= 0 && i < 10 {
		return "0123456789"[i : i+1]
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-i)
	}
	for u >= 10 {
		n--
		b[n] = byte('0' + u%10)
		u /= 10
	}
	n--
	b[n] = byte('0' + u)
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// at returns the path of a field of the list element.
func (a at) with(field string) at { a.field = field; return a }
