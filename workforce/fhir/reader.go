package fhir

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"maps"
	"strconv"
	"strings"

	"github.com/sswkit/ssw/workforce"
)

// DefaultMaxLineBytes bounds one NDJSON line when [ReadOptions].MaxLineBytes is 0.
const DefaultMaxLineBytes = 8 << 20

// DefaultMaxBundleBytes bounds one Bundle when [ReadOptions].MaxBundleBytes is 0.
const DefaultMaxBundleBytes = 256 << 20

// ReadOptions configures a [Reader].
type ReadOptions struct {
	// Country, AsOf and Source are the registry's header: no mCSD
	// resource holds them, so the caller gives them (a bulk-data export
	// has its transaction time in its manifest).
	Country workforce.CountryCode
	AsOf    workforce.CivilDate
	Source  string
	// WorkerSystem, PostSystem, EmployerSystem and AreaSystem are the
	// identifier systems the IDs and codes are read from; empty means the
	// Default… constants, as for [Options].
	WorkerSystem, PostSystem, EmployerSystem, AreaSystem string
	// MaxLineBytes bounds an NDJSON line (0: DefaultMaxLineBytes);
	// MaxBundleBytes bounds a Bundle (0: DefaultMaxBundleBytes).
	MaxLineBytes, MaxBundleBytes int
}

// Reader reads mCSD resources, from NDJSON files and Bundles in any
// number and order, into a [workforce.Registry]. Every problem is located
// by file, line and a FHIRPath-like path naming the resource type and id
// (see the package documentation); a resource with a problem is skipped,
// and so is everything that refers to it, each with its own problem. A
// Reader belongs to one goroutine.
type Reader struct {
	opts     ReadOptions
	problems workforce.Problems
	ignored  map[string]int

	areas     []areaRec
	employers []employerRec
	posts     []postRec
	workers   []workerRec
	jobs      []jobRec
	// keys maps "Type/id" (and Bundle fullUrls) to the record read under
	// it, a skipped resource (recBad) or an ignored one (recIgnored).
	keys map[string]rec
	// p is the parser, kept for its scratch space and intern table.
	p parser
}

type recKind uint8

const (
	recBad recKind = iota
	recArea
	recJurisdictionOrg
	recEmployer
	recPost
	recWorker
	recJob
	recIgnored
)

type rec struct {
	kind recKind
	i    int
	at   loc
}

type areaRec struct {
	loc
	area      workforce.AdminArea
	parentRef string
}

type employerRec struct {
	loc
	employer  workforce.Employer
	partOfRef string
}

type postRec struct {
	loc
	post              workforce.Post
	areaRef, orgRef   string
	areaPath, orgPath string
}

type workerRec struct {
	loc
	worker workforce.Worker
}

type jobRec struct {
	loc
	job                      workforce.Employment
	practitionerRef, postRef string
}

// NewReader returns a Reader.
func NewReader(opts ReadOptions) *Reader {
	o := Options{WorkerSystem: opts.WorkerSystem, PostSystem: opts.PostSystem, EmployerSystem: opts.EmployerSystem, AreaSystem: opts.AreaSystem}.withDefaults()
	opts.WorkerSystem, opts.PostSystem, opts.EmployerSystem, opts.AreaSystem = o.WorkerSystem, o.PostSystem, o.EmployerSystem, o.AreaSystem
	if opts.MaxLineBytes <= 0 {
		opts.MaxLineBytes = DefaultMaxLineBytes
	}
	if opts.MaxBundleBytes <= 0 {
		opts.MaxBundleBytes = DefaultMaxBundleBytes
	}
	return &Reader{opts: opts, ignored: map[string]int{}, keys: map[string]rec{}, p: parser{intern: map[string]string{}}}
}

// Ignored returns, by resource type, how many resources were read and
// ignored because the mapping has no place for them: resource types other
// than the four, Locations and Organizations that are not jurisdictions
// or employers (a facility Location, for example).
func (r *Reader) Ignored() map[string]int { return maps.Clone(r.ignored) }

// ReadNDJSON reads one resource per line from src (blank lines are
// skipped), naming file in its problems. It returns an error only when
// src fails.
func (r *Reader) ReadNDJSON(src io.Reader, file string) error {
	br := bufio.NewReaderSize(src, 64<<10)
	var line []byte
	for n := 1; ; n++ {
		line = line[:0]
		tooLong := false
		var err error
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			if len(line)+len(frag) > r.opts.MaxLineBytes+1 {
				tooLong = true
			} else {
				line = append(line, frag...)
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("fhir: reading %s: %w", file, err)
		}
		switch {
		case tooLong:
			r.problems = append(r.problems, workforce.Problem{Code: workforce.CodeLineTooLong, Param: strconv.Itoa(r.opts.MaxLineBytes),
				Message: "the line is longer than " + strconv.Itoa(r.opts.MaxLineBytes) + " bytes and was skipped", File: file, Line: n})
		case len(bytes.TrimSpace(line)) > 0:
			node, perr := r.p.parse(line)
			where := loc{file: file, line: n}
			if perr != nil {
				r.syntax(where, "Resource", perr, line)
			} else {
				r.resource(&node, where, "", "")
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// syntax records a JSON syntax problem.
func (r *Reader) syntax(where loc, prefix string, e *parseError, data []byte) {
	col := e.off - bytes.LastIndexByte(data[:min(e.off, len(data))], '\n')
	code := e.code
	r.problems = append(r.problems, workforce.Problem{Code: code, Path: prefix + e.path,
		Message: e.msg + " (column " + strconv.Itoa(col) + ")", File: where.file, Line: where.line})
}

// ReadBundle reads a Bundle of any type from src, naming file in its
// problems; each entry's problems carry the line the entry starts on. A
// syntax error ends the Bundle: the entries before it are kept. It
// returns an error only when src fails.
func (r *Reader) ReadBundle(src io.Reader, file string) error {
	data, err := io.ReadAll(io.LimitReader(src, int64(r.opts.MaxBundleBytes)+1))
	if err != nil {
		return fmt.Errorf("fhir: reading %s: %w", file, err)
	}
	if len(data) > r.opts.MaxBundleBytes {
		r.problems = append(r.problems, workforce.Problem{Code: workforce.CodeOutOfRange, Path: "Bundle", Param: strconv.Itoa(r.opts.MaxBundleBytes),
			Message: "the bundle is larger than the limit of " + strconv.Itoa(r.opts.MaxBundleBytes) + " bytes; split it or use NDJSON", File: file})
		return nil
	}
	p := &r.p
	p.reset(data)
	lineAt := lineCounter{data: data}
	fail := func() {
		r.syntax(loc{file: file, line: lineAt.line(p.err.off)}, "Bundle", p.err, data)
	}
	p.ws()
	if p.pos >= len(data) || data[p.pos] != '{' {
		p.fail("a Bundle must be a JSON object")
		fail()
		return nil
	}
	p.pos++
	seen := map[string]bool{}
	var typ node
	for p.err == nil {
		p.ws()
		if p.pos < len(data) && data[p.pos] == '}' && len(seen) == 0 {
			p.pos++
			break
		}
		if p.pos >= len(data) || data[p.pos] != '"' {
			p.fail("expected a member name")
			break
		}
		name, ok := p.str()
		if !ok {
			break
		}
		if seen[name] {
			p.stack = append(p.stack[:0], step{name: name, idx: -1})
			p.fail("member " + strconv.Quote(name) + " is repeated")
			p.err.code = codeDuplicate
			break
		}
		seen[name] = true
		p.ws()
		if p.pos >= len(data) || data[p.pos] != ':' {
			p.fail("expected ':' after a member name")
			break
		}
		p.pos++
		p.ws()
		switch name {
		case "entry":
			r.entries(p, &lineAt, file)
		default:
			p.stack = append(p.stack[:0], step{name: name, idx: -1})
			v := p.value()
			p.stack = p.stack[:0]
			if name == "resourceType" && (v.kind != kString || v.s != "Bundle") && p.err == nil {
				r.problems = append(r.problems, workforce.Problem{Code: workforce.CodeNotSupported, Path: "Bundle.resourceType", Value: clip(v.s),
					Param: "Bundle", Message: "ReadBundle reads a Bundle; use ReadNDJSON for single resources", File: file, Line: 1})
				return nil
			}
			if name == "type" {
				typ = v
			}
		}
		p.ws()
		if p.err != nil {
			break
		}
		if p.pos < len(data) && data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(data) && data[p.pos] == '}' {
			p.pos++
			break
		}
		p.fail("expected ',' or '}' in an object")
	}
	if p.err == nil {
		p.ws()
		if p.pos < len(data) {
			p.fail("unexpected data after the Bundle")
		}
	}
	if p.err != nil {
		fail()
		return nil
	}
	if !seen["resourceType"] || typ.kind != kString {
		r.problems = append(r.problems, workforce.Problem{Code: workforce.CodeRequired, Path: "Bundle", Message: "a Bundle needs resourceType and type", File: file, Line: 1})
	}
	return nil
}

// lineCounter turns byte offsets, visited in increasing order, into line
// numbers.
type lineCounter struct {
	data    []byte
	off, ln int
}

func (c *lineCounter) line(off int) int {
	off = min(off, len(c.data))
	if off < c.off {
		c.off, c.ln = 0, 0
	}
	c.ln += bytes.Count(c.data[c.off:off], []byte{'\n'})
	c.off = off
	return c.ln + 1
}

// entries reads the entry array of a Bundle, one entry at a time.
func (r *Reader) entries(p *parser, lc *lineCounter, file string) {
	if p.pos >= len(p.data) || p.data[p.pos] != '[' {
		p.stack = append(p.stack[:0], step{name: "entry", idx: -1})
		p.fail("Bundle.entry must be an array")
		return
	}
	p.pos++
	p.ws()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return
	}
	for i := 0; p.err == nil; i++ {
		p.ws()
		prefix := "Bundle.entry[" + strconv.Itoa(i) + "]"
		where := loc{file: file, line: lc.line(p.pos)}
		p.stack = append(p.stack[:0], step{name: "entry", idx: -1}, step{idx: i})
		e := p.value()
		p.stack = p.stack[:0]
		if p.err != nil {
			return
		}
		r.entry(&e, where, prefix)
		p.ws()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == ']' {
			p.pos++
			return
		}
		p.fail("expected ',' or ']' in an array")
	}
}

func (r *Reader) entry(e *node, where loc, prefix string) {
	d := dec{loc: where, ps: &r.problems}
	d.root = prefix
	if !d.object(e, "", " id extension modifierExtension link fullUrl resource search request response ") {
		return
	}
	full := d.str(e.get("fullUrl"), ".fullUrl")
	res := e.get("resource")
	if res == nil {
		return // a deletion in a history or transaction bundle
	}
	r.resource(res, where, prefix+".resource", full)
}

// resource decodes one resource and files it.
func (r *Reader) resource(n *node, where loc, prefix, fullURL string) {
	d := dec{loc: where, ps: &r.problems}
	typ := ""
	if n.kind == kObject {
		if t := n.get("resourceType"); t != nil && t.kind == kString {
			typ = t.s
		}
	}
	id := ""
	if n.kind == kObject {
		if v := n.get("id"); v != nil && v.kind == kString {
			id = v.s
		}
	}
	d.root = prefix
	if prefix != "" && typ != "" {
		d.root += ".ofType(" + typ + ")"
	} else if prefix == "" {
		d.root = typ
		if typ == "" {
			d.root = "Resource"
		}
	}
	if id != "" {
		d.root += ".where(id='" + strings.ReplaceAll(clip(id), "'", `\'`) + "')"
	}
	where.root = d.root
	if typ == "" {
		d.add(workforce.CodeRequired, ".resourceType", "", "", "a resource needs a resourceType")
		return
	}
	key := ""
	if id != "" {
		key = typ + "/" + id
	}
	kind := recBad
	idx := -1
	switch ResourceType(typ) {
	case TypePractitioner:
		if w, ok := r.practitioner(&d, n); ok {
			kind, idx = recWorker, len(r.workers)
			r.workers = append(r.workers, workerRec{loc: where, worker: w})
		}
	case TypePractitionerRole:
		kind, idx = r.role(&d, n, where)
	case TypeOrganization:
		kind, idx = r.organization(&d, n, where)
	case TypeLocation:
		kind, idx = r.location(&d, n, where)
	default:
		r.ignored[typ]++
		return
	}
	if d.bad {
		kind = recBad
	}
	// A resource read twice under one key is a problem, never a second
	// record: the first stays, the second is skipped.
	for _, k := range []string{key, fullURL} {
		if k == "" {
			continue
		}
		if _, dup := r.keys[k]; dup {
			d.add(workforce.CodeDuplicate, ".id", k, "", "another resource was read as "+k+" before; this one is skipped")
			r.drop(kind, idx)
			kind = recBad
		}
	}
	for _, k := range []string{key, fullURL} {
		if k != "" {
			if _, dup := r.keys[k]; !dup {
				r.keys[k] = rec{kind: kind, i: idx, at: where}
			}
		}
	}
}

// drop marks the record just read as skipped.
func (r *Reader) drop(kind recKind, i int) {
	switch kind {
	case recArea:
		r.areas[i].area.Code = ""
	case recEmployer:
		r.employers[i].employer.ID = ""
	case recPost:
		r.posts[i].post.ID = ""
	case recWorker:
		r.workers[i].worker.ID = ""
	case recJob:
		r.jobs[i].postRef = ""
	}
}

func (r *Reader) practitioner(d *dec, n *node) (workforce.Worker, bool) {
	var w workforce.Worker
	if _, ok := d.resourceHeader(n, practitionerElems, practitionerIgnored); !ok {
		return w, false
	}
	es := d.extensions(n, "")
	w.ID = d.id(d.identifier(n, "", r.opts.WorkerSystem), ".identifier")
	w.Cadre = enumOf[workforce.Cadre](d, d.extCode(es, ExtCadre, SystemCadre, true, ""), ".extension", true)
	if c := d.extCode(es, ExtISCO08, SystemISCO08, false, ""); c != "" {
		w.ISCO = workforce.ISCO08(c)
		if !w.ISCO.IsValid() {
			d.add(workforce.CodePattern, es[ExtISCO08].path+".valueCoding.code", c, workforce.ISCO08Pattern, "must be a four-digit ISCO-08 code")
		}
	}
	w.Nationality = enumOf[workforce.CountryCode](d, d.extCode(es, ExtNationality, SystemISO3166, false, ""), ".extension", false)
	g := d.str(n.get("gender"), ".gender")
	if g == "" {
		d.required(nil, ".gender")
	} else if s, ok := genderToSex(g); ok {
		w.Sex = s
	} else {
		d.add(workforce.CodeNotSupported, ".gender", g, "male|female|other|unknown", "is not an administrative gender")
	}
	if b := d.str(n.get("birthDate"), ".birthDate"); b != "" {
		if len(b) == 4 {
			y, err := strconv.Atoi(b)
			if err != nil || y < 1900 || y > 2100 {
				d.add(workforce.CodeInvalidValue, ".birthDate", b, "1900-2100", "a birth year must be between 1900 and 2100")
			}
			w.BirthYear = y
		} else {
			w.BirthDate = d.date(n.get("birthDate"), ".birthDate")
		}
	}
	for i := range d.array(n.get("qualification"), ".qualification") {
		q := &n.get("qualification").arr[i]
		qp := ".qualification[" + strconv.Itoa(i) + "]"
		if !d.object(q, qp, qualificationEl) {
			continue
		}
		qes := d.extensions(q, qp)
		cs, text := d.codings(q.get("code"), qp+".code")
		if !d.required(q.get("code"), qp+".code") {
			continue
		}
		level, scheme := d.pick(cs, SystemISCED2011, qp+".code"), d.pick(cs, SystemCredentialScheme, qp+".code")
		switch {
		case level != "" && scheme == "":
			var x workforce.Qualification
			lv, ok := educationByISCED(level)
			if !ok {
				d.add(workforce.CodeNotSupported, qp+".code", level, "0-8", "is not an ISCED 2011 level")
			}
			x.Level, x.Title = lv, text
			if e, ok := qes[ExtFieldOfStudy]; ok {
				if v := d.value(e, "CodeableConcept"); v != nil {
					fcs, _ := d.codings(v, e.path+".valueCodeableConcept")
					x.Field = enumOf[workforce.FieldOfStudy](d, d.pick(fcs, SystemFieldOfStudy, e.path+".valueCodeableConcept"), e.path+".valueCodeableConcept", true)
				}
			} else {
				d.add(workforce.CodeRequired, qp+".extension", "", ExtFieldOfStudy, "needs the extension "+ExtFieldOfStudy)
			}
			x.Country = enumOf[workforce.CountryCode](d, d.extCode(qes, ExtCountry, SystemISO3166, false, qp), qp+".extension", false)
			if e, ok := qes[ExtAccredited]; ok {
				if v := d.value(e, "Boolean"); v != nil {
					x.Accredited, _ = d.boolean(v, e.path+".valueBoolean")
				}
			}
			start, end := d.period(q.get("period"), qp+".period")
			if !start.IsZero() {
				d.add(workforce.CodeNotSupported, qp+".period.start", start.String(), "", "a qualification holds its completion date only (period.end)")
			}
			x.Completed = end
			if ref, disp := d.reference(q.get("issuer"), qp+".issuer"); ref != "" {
				d.add(workforce.CodeNotSupported, qp+".issuer.reference", ref, "", "the institution is read from issuer.display")
			} else {
				x.Institution = disp
			}
			w.Qualifications = append(w.Qualifications, x)
		case scheme != "" && level == "":
			var c workforce.Credential
			c.SchemeID = d.id(scheme, qp+".code")
			for j := range d.array(q.get("identifier"), qp+".identifier") {
				ip := qp + ".identifier[" + strconv.Itoa(j) + "]"
				id := &q.get("identifier").arr[j]
				if !d.object(id, ip, identifierElems) {
					continue
				}
				if j > 0 {
					d.add(CodeAmbiguous, ip, "", "", "a credential has one register number")
					continue
				}
				c.Number = d.str(id.get("value"), ip+".value")
			}
			c.Issued, c.Expires = d.period(q.get("period"), qp+".period")
			if c.Issued.IsZero() {
				d.add(workforce.CodeRequired, qp+".period.start", "", "", "a credential needs its issue date")
			}
			c.Status = enumOf[workforce.CredentialStatus](d, d.extCode(qes, ExtCredentialStatus, SystemCredentialStatus, true, qp), qp+".extension", true)
			w.Credentials = append(w.Credentials, c)
		default:
			d.add(workforce.CodeNotSupported, qp+".code", "", SystemISCED2011+" | "+SystemCredentialScheme,
				"a qualification is read by an ISCED 2011 level (an education) or a credential scheme code (a credential)")
		}
	}
	return w, !d.bad
}

func (r *Reader) role(d *dec, n *node, where loc) (recKind, int) {
	if _, ok := d.resourceHeader(n, roleElems, roleIgnored); !ok {
		return recBad, -1
	}
	es := d.extensions(n, "")
	if pr := n.get("practitioner"); pr != nil {
		var j jobRec
		j.loc = where
		j.practitionerRef, _ = d.reference(pr, ".practitioner")
		if j.practitionerRef == "" {
			d.add(workforce.CodeRequired, ".practitioner.reference", "", "", "is required")
		}
		if e, ok := es[ExtPost]; ok {
			if v := d.value(e, "Reference"); v != nil {
				j.postRef, _ = d.reference(v, e.path+".valueReference")
			}
			if j.postRef == "" {
				d.add(workforce.CodeRequired, e.path+".valueReference.reference", "", "", "is required")
			}
		} else {
			d.add(workforce.CodeRequired, ".extension", "", ExtPost, "an employment needs the extension "+ExtPost+" naming its post")
		}
		j.job.FTE = d.fte(es, "")
		j.job.Type = enumOf[workforce.EmploymentType](d, d.extCode(es, ExtEmploymentType, SystemEmploymentType, true, ""), ".extension", true)
		j.job.ExitReason = enumOf[workforce.ExitReason](d, d.extCode(es, ExtExitReason, SystemExitReason, false, ""), ".extension", false)
		j.job.Start, j.job.End = d.period(n.get("period"), ".period")
		if j.job.Start.IsZero() {
			d.add(workforce.CodeRequired, ".period.start", "", "", "an employment needs its start date")
		}
		if d.bad {
			return recBad, -1
		}
		r.jobs = append(r.jobs, j)
		return recJob, len(r.jobs) - 1
	}
	var p postRec
	p.loc = where
	p.post.ID = d.id(d.identifier(n, "", r.opts.PostSystem), ".identifier")
	p.post.Status = enumOf[workforce.PostStatus](d, d.extCode(es, ExtPostStatus, SystemPostStatus, true, ""), ".extension", true)
	p.post.FTE = d.fte(es, "")
	p.orgRef, _ = d.reference(n.get("organization"), ".organization")
	p.orgPath = ".organization"
	if p.orgRef == "" {
		d.add(workforce.CodeRequired, ".organization.reference", "", "", "a post needs its employer")
	}
	locs := d.array(n.get("location"), ".location")
	switch {
	case len(locs) == 0:
		d.add(workforce.CodeRequired, ".location", "", "", "a post needs the area it serves")
	case len(locs) > 1:
		d.add(CodeAmbiguous, ".location[1]", "", "", "a post serves one area")
	default:
		p.areaRef, _ = d.reference(&locs[0], ".location[0]")
		p.areaPath = ".location[0]"
	}
	codes := d.array(n.get("code"), ".code")
	if len(codes) == 0 {
		d.add(workforce.CodeRequired, ".code", "", "", "a post needs its cadre")
	} else {
		if len(codes) > 1 {
			d.add(CodeAmbiguous, ".code[1]", "", "", "a post has one role code")
		}
		cs, text := d.codings(&codes[0], ".code[0]")
		p.post.Cadre = enumOf[workforce.Cadre](d, d.pick(cs, SystemCadre, ".code[0]"), ".code[0]", true)
		p.post.Title = text
	}
	if d.bad {
		return recBad, -1
	}
	r.posts = append(r.posts, p)
	return recPost, len(r.posts) - 1
}

func (r *Reader) organization(d *dec, n *node, where loc) (recKind, int) {
	if _, ok := d.resourceHeader(n, orgElems, orgIgnored); !ok {
		return recBad, -1
	}
	d.extensions(n, "")
	types := d.types(n)
	if hasJurisdiction(types) {
		// The jurisdiction Organization paired with an area's Location:
		// the Location carries the area.
		return recJurisdictionOrg, -1
	}
	var e employerRec
	e.loc = where
	e.employer.ID = d.id(d.identifier(n, "", r.opts.EmployerSystem), ".identifier")
	e.employer.Name = d.str(n.get("name"), ".name")
	if e.employer.Name == "" {
		d.required(nil, ".name")
	}
	sector := d.pick(types, SystemSector, ".type")
	if sector == "" {
		if len(types) == 0 {
			d.add(workforce.CodeRequired, ".type", "", SystemSector, "an employer needs its sector")
		} else {
			r.ignored[string(TypeOrganization)]++
			return recIgnored, -1
		}
	}
	e.employer.Sector = enumOf[workforce.Sector](d, sector, ".type", true)
	e.partOfRef, e.employer.Ministry = d.reference(n.get("partOf"), ".partOf")
	if d.bad {
		return recBad, -1
	}
	r.employers = append(r.employers, e)
	return recEmployer, len(r.employers) - 1
}

func (r *Reader) location(d *dec, n *node, where loc) (recKind, int) {
	if _, ok := d.resourceHeader(n, locElems, locIgnored); !ok {
		return recBad, -1
	}
	es := d.extensions(n, "")
	types := d.types(n)
	if !hasJurisdiction(types) {
		r.ignored[string(TypeLocation)]++
		return recIgnored, -1
	}
	var a areaRec
	a.loc = where
	a.area.Code = d.areaCode(d.identifier(n, "", r.opts.AreaSystem), ".identifier")
	a.area.Name = d.str(n.get("name"), ".name")
	if a.area.Name == "" {
		d.required(nil, ".name")
	}
	a.area.Level = enumOf[workforce.AdminLevel](d, d.pick(types, SystemAdminLevel, ".type"), ".type", true)
	a.area.Setting = enumOf[workforce.Setting](d, d.extCode(es, ExtSetting, SystemSetting, false, ""), ".extension", false)
	if e, ok := es[ExtValidPeriod]; ok {
		if v := d.value(e, "Period"); v != nil {
			a.area.ValidFrom, a.area.ValidTo = d.period(v, e.path+".valuePeriod")
		}
	}
	a.parentRef, _ = d.reference(n.get("partOf"), ".partOf")
	if d.bad {
		return recBad, -1
	}
	r.areas = append(r.areas, a)
	return recArea, len(r.areas) - 1
}

// refKey normalises a reference to the key resources are filed under:
// "Type/id" for relative and absolute URLs (a version suffix removed),
// the reference itself for urn:uuid and urn:oid (Bundle fullUrls).
func refKey(ref string) string {
	if strings.HasPrefix(ref, "urn:") {
		return ref
	}
	if i := strings.Index(ref, "/_history/"); i >= 0 {
		ref = ref[:i]
	}
	parts := strings.Split(ref, "/")
	if len(parts) >= 2 {
		return parts[len(parts)-2] + "/" + parts[len(parts)-1]
	}
	return ref
}
