package jsonschema

import (
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// Descriptions come from the Go doc comments. One gap is filled here: a
// comment that names several fields at its start ("From and To bound …",
// "Met, Missing and Undetermined sort …") describes each field it names,
// though Go attaches it to the first only. A field with no description
// at all is caught by the tests, so the fix is always a doc comment in
// the domain package.

// groupNames matches a comment that begins with a list of field names:
// "From and To", "Met, Missing and Undetermined".
var groupNames = regexp.MustCompile(`^([A-Z][A-Za-z0-9]*(?:, [A-Z][A-Za-z0-9]*)*(?:,? and [A-Z][A-Za-z0-9]*)?)\b`)

// namesOf returns the field names a comment begins with; one name when
// the comment is about its own field only.
func namesOf(comment string) []string {
	m := groupNames.FindStringSubmatch(comment)
	if m == nil {
		return nil
	}
	list := strings.ReplaceAll(m[1], " and ", ", ")
	var out []string
	for n := range strings.SplitSeq(list, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// completeComments adds to comments (keyed "<import path>.<Type>.<Field>")
// a description for every exported field of the given module struct
// types that has no doc comment but is named at the start of the comment
// of an earlier field of the same struct.
func (g *generator) completeComments(comments map[string]string, types []reflect.Type) {
	for _, t := range structsOf(types) {
		prefix := t.PkgPath() + "." + t.Name() + "."
		var group []string
		var groupText string
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() || f.Anonymous || f.Tag.Get("json") == "-" {
				continue
			}
			key := prefix + f.Name
			if c, ok := comments[key]; ok && c != "" {
				if names := namesOf(c); len(names) > 1 && names[0] == f.Name {
					group, groupText = names[1:], c
				} else {
					group = nil
				}
				continue
			}
			if slices.Contains(group, f.Name) {
				comments[key] = groupText
			}
		}
	}
}

// structsOf returns the named struct types of the ssw module that the
// given types reach through fields and elements, each once, in the order
// first reached.
func structsOf(types []reflect.Type) []reflect.Type {
	seen := make(map[reflect.Type]bool)
	var out []reflect.Type
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			visit(t.Elem())
		case reflect.Map:
			visit(t.Elem())
		case reflect.Struct:
			if p := t.PkgPath(); t.Name() != "" && (p == modulePath || strings.HasPrefix(p, modulePath+"/")) {
				out = append(out, t)
			}
			for i := range t.NumField() {
				visit(t.Field(i).Type)
			}
		}
	}
	for _, t := range types {
		visit(t)
	}
	return out
}

// # Titles
//
// Every schema and every $defs entry has a title in words, derived from
// the Go type's name ("AdminArea" → "Administrative area", "CPDRecord" →
// "CPD record"), except the few names that do not read well on their own,
// which titleOverride names. Code generators name their types after the
// title (json-schema-to-typescript turns "Administrative area" into
// AdministrativeArea), so titles are unique across the published schemas.

// titleOverride returns the title of a type whose name alone would not
// read well outside its Go package, or "".
func titleOverride(t reflect.Type) string {
	switch t {
	case reflect.TypeFor[indicators.Report]():
		return "Indicator report"
	case reflect.TypeFor[indicators.Definition]():
		return "Indicator definition"
	case reflect.TypeFor[indicators.Options]():
		return "Indicator options"
	case reflect.TypeFor[workforce.ID]():
		return "Identifier"
	case reflect.TypeFor[workforce.ISCO08]():
		return "ISCO-08 occupation code"
	case reflect.TypeFor[accreditation.YesNo]():
		return "Yes or no"
	case reflect.TypeFor[workforce.FTE]():
		return "Full-time equivalent"
	case reflect.TypeFor[accreditation.Scheme]():
		return "Credential scheme"
	case reflect.TypeFor[accreditation.SchemeCatalogue]():
		return "Credential scheme catalogue"
	}
	return ""
}

// wordExpansions spell out abbreviated words of Go type names.
func wordExpansion(w string) string {
	switch w {
	case "Admin":
		return "administrative"
	}
	return ""
}

// titleOf returns the human title of a named type.
func titleOf(t reflect.Type) string {
	if s := titleOverride(t); s != "" {
		return s
	}
	words := splitName(t.Name())
	for i, w := range words {
		if x := wordExpansion(w); x != "" {
			w = x
		} else if !isAcronym(w) {
			w = strings.ToLower(w)
		}
		if i == 0 {
			w = upperFirst(w)
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

// inlineTitle is a title for use inside a sentence: "CPD record",
// "indicator report".
func inlineTitle(title string) string {
	first, _, _ := strings.Cut(title, " ")
	if isAcronym(first) {
		return title
	}
	return strings.ToLower(title[:1]) + title[1:]
}

// typeName is the name code generators derive from a title: its words
// joined with a capital each ("Yes or no" → "YesOrNo").
func typeName(title string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}) {
		b.WriteString(upperFirst(w))
	}
	return b.String()
}

// splitName splits a Go name into words: "CPDRecord" → CPD, Record;
// "AdminArea" → Admin, Area; "SchemeID" → Scheme, ID.
func splitName(name string) []string {
	var words []string
	start := 0
	isUpper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isLower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	for i := 1; i < len(name); i++ {
		switch {
		case isLower(name[i-1]) && isUpper(name[i]):
			// "adminArea": a new word at the capital
		case isUpper(name[i-1]) && isUpper(name[i]) && i+1 < len(name) && isLower(name[i+1]):
			// "CPDRecord": the last capital of an acronym starts a word
		default:
			continue
		}
		words = append(words, name[start:i])
		start = i
	}
	return append(words, name[start:])
}

// isAcronym reports whether a word is written in capitals and digits only
// ("CPD", "ISCED", "ID").
func isAcronym(w string) bool {
	upper := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return upper > 1 || w == "I"
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// # Descriptions in plain words
//
// A Go doc comment opens with the name it documents ("Code identifies the
// area.", "AdminLevel is a level of administration …") and refers to
// other Go names ("[IndicatorResult]", "Per"). A schema reader knows the
// JSON member names and the titles, not the Go names, so each description
// is rewritten from its comment:
//
//  1. the opening name goes: "Name is the area's name." → "The area's
//     name."; "Code identifies the area." → "Identifies the area.";
//     "Disclosure, when set, applies …" → "When set, applies …";
//  2. a Go name of a member of the same object becomes its JSON name in
//     backticks ("… per `per` driver units"), also when the comment opens
//     with several names ("From and To bound …" → "`from` and `to`
//     bound …");
//  3. the name of a type with a schema becomes its title in the sentence
//     ("one IndicatorResult per cell" → "one indicator result per cell");
//  4. Go doc links lose their brackets; a link to a Go name with no
//     schema counterpart (a function, a constant) is for Go readers only,
//     so a parenthesis holding one ("rounded to 2 digits ([ScorePlaces])")
//     or a closing "; see [EvaluatePlan]" is left out.
//
// Any other Go name stays as written and the tests report it: the fix is
// to reword the doc comment.

// describer rewrites doc comments into descriptions; see above.
type describer struct {
	// types maps the Go names of the module's types that the published
	// documents reach to the types.
	types map[string]reflect.Type
}

// newDescriber collects the module's named types reached from the given
// types, with their titles.
func newDescriber(types []reflect.Type) *describer {
	d := &describer{types: make(map[string]reflect.Type)}
	moduleTypes(types, func(t reflect.Type) {
		if t.Name() != "" {
			d.types[t.Name()] = t
		}
	})
	return d
}

// describeAll rewrites, in place, the comments of the types the
// describer knows and of their fields (keyed as loadComments keys them).
// A type keeps the first sentence of its comment.
func (d *describer) describeAll(comments map[string]string) {
	for _, t := range d.types {
		key := t.PkgPath() + "." + t.Name()
		var members map[string]string
		if t.Kind() == reflect.Struct {
			members = memberNames(t)
		}
		if c, ok := comments[key]; ok {
			comments[key] = firstSentence(d.describe(c, t.Name(), members))
		}
		if t.Kind() != reflect.Struct {
			continue
		}
		for i := range t.NumField() {
			f := t.Field(i)
			if c, ok := comments[key+"."+f.Name]; ok {
				comments[key+"."+f.Name] = d.describe(c, f.Name, members)
			}
		}
	}
}

// memberNames maps the Go names of a struct's JSON members (promoted
// fields included) to their JSON names.
func memberNames(t reflect.Type) map[string]string {
	out := make(map[string]string)
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		out[f.Name] = name
	}
	return out
}

// goName matches a Go identifier or doc link, qualified or not:
// "IndicatorResult", "[Scheme]", "[workforce.Hours]", "Worker.Employments".
var goName = regexp.MustCompile(`\[?\b[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*\]?`)

// camelCase matches names that are Go identifiers, not English words:
// two capitals with a lower-case letter between ("PopulationFigure",
// "AsOf").
var camelCase = regexp.MustCompile(`^[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*$`)

// describe rewrites one doc comment. self is the Go name the comment
// documents (a type's or a field's); members maps the Go names of the
// object's members to their JSON names (nil for a type's own comment).
func (d *describer) describe(comment, self string, members map[string]string) string {
	s := strings.Join(strings.Fields(comment), " ")
	s = d.dropGoOnly(s, members)
	orig := s
	s = stripSubject(s, self)
	stripped := s != orig
	// "From and To bound …": the names a comment opens with are members.
	if names := namesOf(s); len(names) > 1 && members != nil {
		n := 0
		for _, name := range names {
			if _, ok := members[name]; ok {
				n++
			}
		}
		if n == len(names) {
			m := groupNames.FindStringIndex(s)
			head := goName.ReplaceAllStringFunc(s[:m[1]], func(w string) string {
				if j, ok := members[w]; ok {
					return "`" + j + "`"
				}
				return w
			})
			s = head + s[m[1]:]
		}
	}
	var b strings.Builder
	last := 0
	for _, loc := range goName.FindAllStringIndex(s, -1) {
		word := s[loc[0]:loc[1]]
		link := strings.HasPrefix(word, "[") && strings.HasSuffix(word, "]")
		if !link { // a bracket that is not a doc link, such as "[From, To]", stays
			if strings.HasPrefix(word, "[") {
				loc[0]++
			}
			if strings.HasSuffix(word, "]") {
				loc[1]--
			}
			word = s[loc[0]:loc[1]]
		}
		name := strings.Trim(word, "[]")
		// The first word of a description whose subject was stripped is
		// as Go-like as a word inside a sentence ("Points × 100 ÷ …").
		start := sentenceStart(s, loc[0]) && !(stripped && loc[0] == 0)
		if r, ok := d.replace(name, link, start, members); ok {
			b.WriteString(s[last:loc[0]])
			if sentenceStart(s, loc[0]) && !strings.HasPrefix(r, "`") {
				r = upperFirst(r)
			}
			b.WriteString(r)
			last = loc[1]
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// goOnly matches a parenthesis that holds a Go doc link, and a "; see
// [Name]" or ", see [Name]" before the end of a sentence.
var goOnly = regexp.MustCompile(` ?\([^()]*\[[A-Za-z_.]+\][^()]*\)|[;,] see \[[A-Za-z_.]+\](?:[.;]|$)`)

// docLink matches a Go doc link.
var docLink = regexp.MustCompile(`\[([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\]`)

// dropGoOnly removes the parentheses and "see" references that hold a
// link to a Go name with no schema counterpart.
func (d *describer) dropGoOnly(s string, members map[string]string) string {
	return goOnly.ReplaceAllStringFunc(s, func(m string) string {
		for _, l := range docLink.FindAllStringSubmatch(m, -1) {
			if r, _ := d.replace(l[1], true, false, members); r == l[1] { // unresolved
				if strings.HasSuffix(m, ".") {
					return "."
				}
				if strings.HasSuffix(m, ";") {
					return ";"
				}
				return ""
			}
		}
		return m
	})
}

// replace returns the schema reader's word for a Go name, and whether
// the name is one. Plain words are kept: only doc links, camel-case names
// and member names not opening a sentence are replaced.
func (d *describer) replace(name string, link, sentenceStart bool, members map[string]string) (string, bool) {
	qual := strings.Split(name, ".")
	// "workforce.Hours" → "Hours"; "Worker.Employments" → member of Worker.
	if len(qual) > 1 && qual[0] != "" && qual[0][0] >= 'a' && qual[0][0] <= 'z' {
		qual = qual[1:]
	}
	goLike := link || len(qual) > 1 || camelCase.MatchString(qual[0])
	switch len(qual) {
	case 1:
		n := qual[0]
		if j, ok := members[n]; ok && (goLike || !sentenceStart) {
			return "`" + j + "`", true
		}
		if t, ok := d.types[n]; ok && goLike {
			return inlineTitle(titleOf(t)), true
		}
	case 2:
		if t, ok := d.types[qual[0]]; ok && t.Kind() == reflect.Struct {
			if j, ok := memberNames(t)[qual[1]]; ok {
				return "`" + j + "`", true
			}
		}
	}
	if link {
		return name, true // an unresolved link loses its brackets; the tests report the name
	}
	return "", false
}

// sentenceStart reports whether position i of s opens a sentence.
func sentenceStart(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '(' || s[j-1] == '"') {
		j--
	}
	return j == 0 || s[j-1] == '.' || s[j-1] == ':' || s[j-1] == ';'
}

// valueList matches the start of a list of wire values: "ok, unreliable,
// undefined, suppressed or missing".
var valueList = regexp.MustCompile(`^[a-z0-9_]+, [a-z0-9_]+(,| or)`)

// stripSubject removes the Go name a comment opens with: "Name is the
// area's name." → "The area's name."
func stripSubject(s, self string) string {
	rest, ok := strings.CutPrefix(s, self)
	if !ok || rest == "" || (rest[0] != ' ' && rest[0] != ',') || len(namesOf(s)) > 1 {
		return s // "From and To bound …": the names become member names
	}
	if r, ok := strings.CutPrefix(rest, ", "); ok { // "Disclosure, when set, applies …"
		return upperFirst(r)
	}
	rest = rest[1:]
	for _, verb := range []string{"is ", "are "} {
		if r, ok := strings.CutPrefix(rest, verb); ok {
			if valueList.MatchString(r) { // "Status is ok, unreliable, … or missing."
				return "One of " + r
			}
			return upperFirst(r)
		}
	}
	// "Code identifies the area." → "Identifies the area."; but
	// "Restrictions apply to …" → "The restrictions apply to …" and
	// "Multiplier of …" → "The multiplier of …".
	verb, _, _ := strings.Cut(rest, " ")
	if strings.HasSuffix(verb, "s") {
		return upperFirst(rest)
	}
	words := splitName(self)
	for i, w := range words {
		if !isAcronym(w) {
			words[i] = strings.ToLower(w)
		}
	}
	return "The " + strings.Join(words, " ") + " " + rest
}
