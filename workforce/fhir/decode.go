package fhir

import (
	"strconv"
	"strings"

	"github.com/sswkit/ssw/workforce"
)

// Problem codes of the reader beside the workforce ones (syntax,
// duplicate, required, not_supported, invalid_value, dangling_reference,
// unknown_field, type, too_deep, line_too_long).
const (
	// CodeModifier: a modifierExtension or implicitRules, which a reader
	// must understand and ssw does not (IHE mCSD profiles forbid both).
	CodeModifier = "modifier_not_understood"
	// CodeAmbiguous: two values where the mapping takes one (two
	// identifiers in the same system, two locations of a post).
	CodeAmbiguous = "ambiguous"
	// CodeDependsOnSkipped: a resource that refers to one that was
	// skipped, and is skipped with it.
	CodeDependsOnSkipped = "depends_on_skipped"
)

const (
	codeSyntax    = workforce.CodeSyntax
	codeDuplicate = workforce.CodeDuplicate
	codeTooDeep   = workforce.CodeTooDeep
)

// The R4 elements of the structures the reader reads, as constant
// space-separated lists. A member outside its list is an unknown element,
// which FHIR JSON does not allow; a member "_x" carries the id and
// extensions of the primitive x.
const (
	domainElems       = " resourceType id meta implicitRules language text contained extension modifierExtension identifier "
	practitionerElems = domainElems + "active name telecom address gender birthDate photo qualification communication "
	qualificationEl   = " id extension modifierExtension identifier code period issuer "
	roleElems         = domainElems + "active period practitioner organization code specialty location healthcareService telecom availableTime notAvailable availabilityExceptions endpoint "
	orgElems          = domainElems + "active type name alias telecom address partOf contact endpoint "
	locElems          = domainElems + "status operationalStatus name alias description mode type telecom address physicalType position managingOrganization partOf hoursOfOperation availabilityExceptions endpoint "
	identifierElems   = " id extension use type system value period assigner "
	ccElems           = " id extension coding text "
	codingElems       = " id extension system version code display userSelected "
	periodElems       = " id extension start end "
	referenceElems    = " id extension reference type identifier display "
	extensionElems    = " id extension url value* "
)

// The JSON kind of each element a resource may hold that the reader does
// not map, as "name:kind" (b boolean, s string, a array, o object): the
// reader ignores their content but not their form, so "active":"yes" is a
// problem, as FHIR JSON requires.
const (
	domainIgnored       = " meta:o language:s text:o contained:a "
	practitionerIgnored = domainIgnored + "active:b name:a telecom:a address:a photo:a communication:a "
	roleIgnored         = domainIgnored + "active:b specialty:a healthcareService:a telecom:a availableTime:a notAvailable:a availabilityExceptions:s endpoint:a "
	orgIgnored          = domainIgnored + "active:b alias:a telecom:a address:a contact:a endpoint:a "
	locIgnored          = domainIgnored + "status:s operationalStatus:o alias:a description:s mode:s telecom:a address:o position:o hoursOfOperation:a availabilityExceptions:s endpoint:a "
)

// kindNames are the kinds of the ignored-element lists.
var kindNames = [...]struct {
	letter byte
	kind   kind
	name   string
}{{'b', kBool, "a JSON boolean"}, {'s', kString, "a JSON string"}, {'a', kArray, "a JSON array"}, {'o', kObject, "a JSON object"}}

// ignoredKind returns the kind the list gives the element n, if any.
func ignoredKind(list, n string) (kind, string, bool) {
	i := strings.Index(list, " "+n+":")
	if n == "" || i < 0 {
		return 0, "", false
	}
	letter := list[i+len(n)+2]
	for _, k := range kindNames {
		if k.letter == letter {
			return k.kind, k.name, true
		}
	}
	return 0, "", false
}

// loc says where a resource was read: file, line and the FHIRPath-like
// path of the resource (see the package documentation).
type loc struct {
	file string
	line int
	root string
}

// dec decodes one resource, collecting its problems.
type dec struct {
	loc
	ps  *workforce.Problems
	bad bool
}

func (d *dec) add(code, path, value, param, msg string) {
	d.bad = true
	*d.ps = append(*d.ps, workforce.Problem{Code: code, Path: d.root + path, Value: clip(value), Param: param, Message: msg, File: d.file, Line: d.line})
}

func clip(s string) string {
	if len(s) <= 80 {
		return s
	}
	cut := 77
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "..."
}

// allowed reports whether n is one of the space-separated names.
func allowed(names, n string) bool {
	if n == "" {
		return false
	}
	for names != "" {
		tok, rest, _ := strings.Cut(names, " ")
		if tok == n {
			return true
		}
		names = rest
	}
	return false
}

// object checks that n is an object with only the allowed members.
func (d *dec) object(n *node, path string, names string) bool {
	if n.kind != kObject {
		d.add(workforce.CodeType, path, "", "object", "must be a JSON object, not "+n.kind.String())
		return false
	}
	if len(n.obj) == 0 {
		d.add(workforce.CodeRequired, path, "", "", "an object must not be empty in FHIR JSON")
	}
	for i := range n.obj {
		m := &n.obj[i]
		name := strings.TrimPrefix(m.name, "_")
		ok := allowed(names, name)
		if !ok && allowed(names, "value*") && strings.HasPrefix(m.name, "value") && len(m.name) > 5 {
			ok = true
		}
		if !ok {
			d.add(workforce.CodeUnknownField, path+"."+m.name, "", "", "is not an element of this FHIR R4 structure")
		}
		if m.val.kind == kNull && !strings.HasPrefix(m.name, "_") {
			d.add(workforce.CodeType, path+"."+m.name, "null", "", "null is not allowed in FHIR JSON")
		}
		if m.val.kind == kArray && len(m.val.arr) == 0 {
			d.add(workforce.CodeRequired, path+"."+m.name, "", "", "an array must not be empty in FHIR JSON")
		}
	}
	return true
}

// array returns the elements of an array member (nil when absent).
func (d *dec) array(n *node, path string) []node {
	if n == nil {
		return nil
	}
	if n.kind != kArray {
		d.add(workforce.CodeType, path, "", "array", "must be a JSON array, not "+n.kind.String())
		return nil
	}
	return n.arr
}

// str returns a string member ("" when absent).
func (d *dec) str(n *node, path string) string {
	if n == nil {
		return ""
	}
	if n.kind != kString {
		d.add(workforce.CodeType, path, n.s, "string", "must be a JSON string, not "+n.kind.String())
		return ""
	}
	if n.s == "" {
		d.add(workforce.CodeRequired, path, "", "", "must not be empty in FHIR JSON")
	}
	return n.s
}

func (d *dec) required(n *node, path string) bool {
	if n == nil {
		d.add(workforce.CodeRequired, path, "", "", "is required")
		return false
	}
	return true
}

func (d *dec) boolean(n *node, path string) (v, ok bool) {
	if n == nil {
		return false, false
	}
	if n.kind != kBool {
		d.add(workforce.CodeType, path, n.s, "boolean", "must be true or false")
		return false, false
	}
	return n.s == "true", true
}

// date reads a full date YYYY-MM-DD.
func (d *dec) date(n *node, path string) workforce.CivilDate {
	s := d.str(n, path)
	if s == "" {
		return workforce.CivilDate{}
	}
	v, err := workforce.ParseDate(s)
	if err != nil {
		msg := "must be a full date YYYY-MM-DD"
		if ve, ok := err.(*workforce.ValueError); ok && len(s) == 10 {
			msg = ve.Reason
		} else if len(s) < 10 {
			msg += " (ssw holds no partial dates here)"
		}
		d.add(workforce.CodeInvalidValue, path, s, workforce.DatePattern, msg)
	}
	return v
}

type coding struct {
	system, code string
}

// codings reads a CodeableConcept's codings.
func (d *dec) codings(n *node, path string) (out []coding, text string) {
	if n == nil || !d.object(n, path, ccElems) {
		return nil, ""
	}
	for i, c := range d.array(n.get("coding"), path+".coding") {
		cp := path + ".coding[" + strconv.Itoa(i) + "]"
		out = append(out, d.coding(&c, cp))
	}
	return out, d.str(n.get("text"), path+".text")
}

func (d *dec) coding(n *node, path string) coding {
	if !d.object(n, path, codingElems) {
		return coding{}
	}
	return coding{system: d.str(n.get("system"), path+".system"), code: d.str(n.get("code"), path+".code")}
}

// pick returns the code of the codings in system: "" when none, a
// problem when they disagree.
func (d *dec) pick(cs []coding, system, path string) string {
	code := ""
	for _, c := range cs {
		if c.system != system {
			continue
		}
		if code != "" && c.code != code {
			d.add(CodeAmbiguous, path, c.code, code, "two codings of "+system+" disagree")
			continue
		}
		code = c.code
	}
	return code
}

func (d *dec) period(n *node, path string) (start, end workforce.CivilDate) {
	if n == nil || !d.object(n, path, periodElems) {
		return
	}
	start = d.date(n.get("start"), path+".start")
	end = d.date(n.get("end"), path+".end")
	if !start.IsZero() && !end.IsZero() && end.Before(start) {
		d.add(workforce.CodeDateOrder, path+".end", end.String(), start.String(), "must not be before the start")
	}
	return
}

// reference reads a Reference: the reference text (normalised by
// refKey) and the display.
func (d *dec) reference(n *node, path string) (ref, display string) {
	if n == nil || !d.object(n, path, referenceElems) {
		return "", ""
	}
	ref = d.str(n.get("reference"), path+".reference")
	display = d.str(n.get("display"), path+".display")
	if ref != "" && strings.HasPrefix(ref, "#") {
		d.add(workforce.CodeNotSupported, path+".reference", ref, "", "references to contained resources are not read")
	}
	return ref, display
}

// identifier returns the value of the identifier in system.
func (d *dec) identifier(n *node, path, system string) string {
	v := ""
	for i, id := range d.array(n.get("identifier"), path+".identifier") {
		ip := path + ".identifier[" + strconv.Itoa(i) + "]"
		if !d.object(&id, ip, identifierElems) {
			continue
		}
		if d.str(id.get("system"), ip+".system") != system {
			continue
		}
		val := d.str(id.get("value"), ip+".value")
		if v != "" && val != v {
			d.add(CodeAmbiguous, ip+".value", val, v, "a second identifier in "+system)
			continue
		}
		v = val
	}
	if v == "" {
		d.add(workforce.CodeRequired, path+".identifier", "", system, "needs an identifier in the system "+system)
	}
	return v
}

// ext is one extension of a resource or element, by url.
type ext struct {
	n    *node
	path string
}

// extensions reads the extension list of n and returns the ssw ones by
// url. Other extensions are ignored, as FHIR allows; a modifierExtension
// is a problem.
func (d *dec) extensions(n *node, path string) map[string]ext {
	if m := n.get("modifierExtension"); m != nil {
		d.add(CodeModifier, path+".modifierExtension", "", "", "modifier extensions change the meaning of the element and are not understood")
	}
	var out map[string]ext
	for i := range d.array(n.get("extension"), path+".extension") {
		e := &n.get("extension").arr[i]
		ep := path + ".extension[" + strconv.Itoa(i) + "]"
		if !d.object(e, ep, extensionElems) {
			continue
		}
		url := d.str(e.get("url"), ep+".url")
		if !strings.HasPrefix(url, Base+"/StructureDefinition/") {
			continue
		}
		if out == nil {
			out = map[string]ext{}
		}
		if _, dup := out[url]; dup {
			d.add(workforce.CodeDuplicate, ep, url, "", "the extension appears twice")
			continue
		}
		out[url] = ext{n: e, path: ep}
	}
	return out
}

// value returns the value[x] member of an extension, checking its type.
func (d *dec) value(e ext, typ string) *node {
	var v *node
	for i := range e.n.obj {
		m := &e.n.obj[i]
		if strings.HasPrefix(m.name, "value") {
			if m.name != "value"+typ {
				d.add(workforce.CodeType, e.path+"."+m.name, "", "value"+typ, "this extension takes value"+typ)
				return nil
			}
			v = &m.val
		}
	}
	if v == nil {
		d.add(workforce.CodeRequired, e.path+".value"+typ, "", "", "is required")
	}
	return v
}

// extCode reads an extension whose value is a Coding of system.
func (d *dec) extCode(es map[string]ext, url, system string, required bool, path string) string {
	e, ok := es[url]
	if !ok {
		if required {
			d.add(workforce.CodeRequired, path+".extension", "", url, "needs the extension "+url)
		}
		return ""
	}
	v := d.value(e, "Coding")
	if v == nil {
		return ""
	}
	c := d.coding(v, e.path+".valueCoding")
	if c.system != system {
		d.add(workforce.CodeNotSupported, e.path+".valueCoding.system", c.system, system, "must be "+system)
		return ""
	}
	if c.code == "" {
		d.add(workforce.CodeRequired, e.path+".valueCoding.code", "", "", "is required")
	}
	return c.code
}

// enum checks a code against an enumeration.
func enumOf[T interface {
	~string
	IsValid() bool
}](d *dec, code, path string, required bool) T {
	v := T(code)
	switch {
	case code == "" && required:
		d.add(workforce.CodeRequired, path, "", "", "is required")
	case code != "" && !v.IsValid():
		d.add(workforce.CodeNotSupported, path, code, "", "is not a supported code")
		return ""
	}
	return v
}

func (d *dec) fte(es map[string]ext, path string) workforce.FTE {
	e, ok := es[ExtFTE]
	if !ok {
		d.add(workforce.CodeRequired, path+".extension", "", ExtFTE, "needs the extension "+ExtFTE)
		return workforce.FTE{}
	}
	v := d.value(e, "Decimal")
	if v == nil {
		return workforce.FTE{}
	}
	if v.kind != kNumber {
		d.add(workforce.CodeType, e.path+".valueDecimal", v.s, "number", "must be a JSON number")
		return workforce.FTE{}
	}
	f, err := workforce.ParseFTE(v.s)
	if err != nil {
		d.add(codeOf(err), e.path+".valueDecimal", v.s, workforce.FTEPattern, "must be an FTE greater than 0 and at most 1 with at most 2 decimals")
	}
	return f
}

func codeOf(err error) string {
	if ve, ok := err.(*workforce.ValueError); ok {
		return ve.Code
	}
	return workforce.CodeInvalidValue
}

func (d *dec) id(s, path string) workforce.ID {
	id := workforce.ID(s)
	if s != "" && !id.IsValid() {
		d.add(workforce.CodePattern, path, s, workforce.IDPattern, "must be an ssw ID: 1-64 letters, digits or . _ : - starting with a letter or digit")
	}
	return id
}

func (d *dec) areaCode(s, path string) workforce.AreaCode {
	c := workforce.AreaCode(s)
	if s != "" && !c.IsValid() {
		d.add(workforce.CodePattern, path, s, workforce.AreaCodePattern, "must be an ssw area code")
	}
	return c
}

// resourceHeader checks the members every resource shares.
func (d *dec) resourceHeader(n *node, elems, ignored string) (id string, ok bool) {
	if !d.object(n, "", elems) {
		return "", false
	}
	for i := range n.obj {
		m := &n.obj[i]
		if k, name, ok := ignoredKind(ignored, m.name); ok && m.val.kind != k && m.val.kind != kNull {
			d.add(workforce.CodeType, "."+m.name, "", name, "must be "+name+", not "+m.val.kind.String())
		}
	}
	if n.get("implicitRules") != nil {
		d.add(CodeModifier, ".implicitRules", "", "", "implicit rules change the meaning of the resource and are not understood")
	}
	id = d.str(n.get("id"), ".id")
	if id != "" && (!plainID(id) || len(id) > 64) {
		d.add(workforce.CodePattern, ".id", id, `[A-Za-z0-9\-\.]{1,64}`, "must be a FHIR id")
	}
	return id, true
}

// types reads the codings of the resource's type list.
func (d *dec) types(n *node) []coding {
	var all []coding
	for i := range d.array(n.get("type"), ".type") {
		cs, _ := d.codings(&n.get("type").arr[i], ".type["+strconv.Itoa(i)+"]")
		all = append(all, cs...)
	}
	return all
}

func hasJurisdiction(cs []coding) bool {
	for _, c := range cs {
		if c.system == SystemMCSDTypes && c.code == "jurisdiction" {
			return true
		}
	}
	return false
}
