package jsonschema_test

import (
	"bytes"
	"encoding"
	"errors"
	"io/fs"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"

	sjs "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/jsonschema"
	"github.com/sswkit/ssw/workforce"
)

// beyond is one Go rule JSON Schema cannot express, identified by the
// problem code Go reports for it and, where the package uses the same
// code for rules the schema does express, by the problem's path, param
// or value (regular expressions; "" matches anything).
type beyond struct {
	code, path, param, value string
}

// workforceBeyond lists the workforce rules JSON Schema cannot express
// (the package documentation lists them).
var workforceBeyond = []beyond{
	{code: workforce.CodeDateOrder},       // end ≥ start, expiry after issue, valid_to ≥ valid_from
	{code: workforce.CodeFTEOverCapacity}, // concurrent FTE ≤ 1
	{code: workforce.CodeChildrenTotal},   // children ≤ total
	{code: workforce.CodeBirthMismatch},   // birth_year agrees with birth_date
	{code: workforce.CodeDuplicate},       // unique IDs, codes and population dates
	{code: workforce.CodeDangling},        // references resolve
	{code: workforce.CodeCycle},           // area tree acyclic, area not its own parent
	{code: workforce.CodeLevelOrder},      // levels descend down the area tree
	{code: workforce.CodeLevelMismatch},   // post level equals area level
	{code: workforce.CodeNotCurrent},      // a post's area exists on as_of
	{code: workforce.CodeAfterAsOf},       // dated facts not after as_of
	// a population universe marked unknown has no value; parts within their whole
	{code: workforce.CodeInconsistent, path: `/population/[0-9]+/(total|children|universes/[0-9]+/(value|unknown))$`},
}

// schemeBeyond lists the rules of schemes, scheme catalogues and
// recognition rules that JSON Schema cannot express.
var schemeBeyond = []beyond{
	{code: accreditation.CodeDateOrder},                           // every to on or after its from
	{code: accreditation.CodeOverlap},                             // effective-dated versions, terms, exams, phases
	{code: accreditation.CodeDuplicate, path: `/(id|activity)$`},  // IDs unique in their lists and trees
	{code: accreditation.CodeCycle},                               // no scheme is its own prerequisite
	{code: accreditation.CodeDangling},                            // exams and prerequisites named exist
	{code: accreditation.CodeWeightsSum},                          // weights sum to 100
	{code: accreditation.CodeArity, path: `/n$`},                  // at_least_n: n ≤ children
	{code: workforce.CodeMin, path: `/(max_age|max_months|max)$`}, // a maximum not below its minimum
	{code: accreditation.CodeMissingParameter, param: `^cpd$`},    // a cpd requirement in a version with a CPD rule
	{code: accreditation.CodeTooDeep},                             // trees nest at most 32 levels
}

// nonExpressible lists, per schema, the problem codes (and paths) of the
// rules JSON Schema cannot express (the package documentation lists the
// rules). A document that breaks only such rules is accepted by the
// schema and rejected by Go; every other problem must make the schema
// reject the document too.
var nonExpressible = withReports(map[string][]beyond{
	"registry":         workforceBeyond,
	"worker":           workforceBeyond,
	"post":             workforceBeyond,
	"employer":         workforceBeyond,
	"admin-area":       workforceBeyond,
	"scheme":           schemeBeyond,
	"scheme-catalogue": schemeBeyond,
	"recognition-rule": schemeBeyond,
	"facts": {
		{code: accreditation.CodeDateOrder},                           // ends after starts, nothing before the birth date
		{code: accreditation.CodeDuplicate, path: `/(subject|year)$`}, // subjects of a sitting, fee years
		{code: accreditation.CodeInconsistent, path: `/years_local$`}, // local years within total years
	},
	"decision":             {{code: accreditation.CodeDateOrder}, {code: accreditation.CodeTooDeep}},
	"recognition-decision": {{code: accreditation.CodeDateOrder}, {code: accreditation.CodeTooDeep}},
	"holding": {
		{code: accreditation.CodeEventOrder}, // events in date order
		{code: accreditation.CodeDateOrder},  // expiry after, suspension end on or after the event
		{code: accreditation.CodeDuplicate},  // fee years unique
	},
	"indicator-report": {
		{code: indicators.CodeInconsistent, path: `^/disclosure$`},                  // the policy applied is the options' policy
		{code: workforce.CodeDateOrder},                                             // period start before as_of
		{code: workforce.CodeDuplicate},                                             // area codes unique
		{code: indicators.CodeUnknownArea},                                          // parents and cells name listed areas
		{code: indicators.CodeUnknownIndicator},                                     // indicators in the catalogue
		{code: indicators.CodeStatusValue, path: `/results/[0-9]+/(value|policy)$`}, // value and policy by status and indicator kind
		{code: workforce.CodeRequired, path: `/results/[0-9]+/policy$`},             // a policy-status result has a policy
		{code: workforce.CodeScale, path: `/results/[0-9]+/value$`},                 // value scale within precision
	},
	"aggregate-figures": {
		{code: workforce.CodeDateOrder},     // period start before as_of; the areas' own dates
		{code: workforce.CodeChildrenTotal}, // the areas' population figures
		{code: workforce.CodeInconsistent, path: `/population/[0-9]+/(total|children|universes/[0-9]+/(value|unknown))$`}, // ... and their universes
		{code: workforce.CodeDuplicate},                                         // areas, counts, drivers, policies unique
		{code: workforce.CodeCycle},                                             // the area tree is acyclic
		{code: indicators.CodeUnknownArea},                                      // counts, drivers and parents name areas
		{code: indicators.CodeUnknownIndicator},                                 // policies name catalogue indicators
		{code: indicators.CodeStatusValue, path: `/policies/[0-9]+/indicator$`}, // ... of the policy-status kind
		{code: indicators.CodeInconsistent, path: `/value$`},                    // counts that add up
		{code: workforce.CodeMax, path: `^/areas$`},                             // at most 2^24-1 areas
	},
	"count-table": {{code: indicators.CodeShape}}, // a rectangle of at least one row and column, with matching labels
	"projection-input": {
		{code: workforce.CodeDateOrder},                                      // target year 1 to 100 years after the base year
		{code: workforce.CodeOutOfRange, path: `^/population$`, value: `^$`}, // the requirement or the hiring overflows
	},
	"plan": {
		{code: declaration.CodeNotMember},                                                      // an ASEAN member state
		{code: declaration.CodeDateOrder},                                                      // years in order
		{code: declaration.CodeOutOfPeriod},                                                    // phases and target years in the period
		{code: declaration.CodeOverlap},                                                        // phases, overrides of an area
		{code: declaration.CodeDuplicate, path: `/id$`},                                        // measure and target IDs
		{code: declaration.CodeUnknownIndicator},                                               // indicators in the catalogue or the plan
		{code: declaration.CodeKindMismatch},                                                   // threshold or policy by indicator kind
		{code: declaration.CodeRequired, path: `/(threshold|policy)$`},                         // a confirmed target states its value
		{code: declaration.CodeNotSupported, path: `/comparator$`, param: `^at_least\|equal$`}, // policy targets compare at least or equal
		{code: declaration.CodeInconsistent},                                                   // an override's area in the plan's country
	},
	"progress-data": {
		{code: declaration.CodeInconsistent, path: `/(area|successors/[0-9]+)$`}, // an area of the country; no area succeeds itself
		{code: declaration.CodeNotMember},                                        // a member state on the date
		{code: declaration.CodeConflict},                                         // no two values for one thing and date
	},
	"plan-progress": {
		{code: declaration.CodeInconsistent, path: `^/evaluations/[0-9]+/(plan|country|as_of)$`}, // evaluations of this plan, country and date
		{code: declaration.CodeInconsistent, path: `/area_changes/[0-9]+/successors/[0-9]+$`},    // no area succeeds itself
		{code: declaration.CodeMismatch}, // outcome counts
	},
	"assessment": {
		{code: declaration.CodeDateOrder},
		{code: declaration.CodeNotMember},
		{code: declaration.CodeNotApplicable},
		{code: declaration.CodeDuplicate},                              // a commitment assessed once
		{code: declaration.CodeInconsistent, path: `/(area|country)$`}, // observations of the assessment's country
		{code: declaration.CodeUnknownIndicator},
		{code: declaration.CodeKindMismatch},
		{code: declaration.CodeUnitMismatch}, // a stated unit is the catalogue indicator's
		{code: declaration.CodeOutOfPeriod},
	},
	"scorecard": {
		{code: declaration.CodeDateOrder},
		{code: declaration.CodeNotMember},
		{code: declaration.CodeNotApplicable},
		{code: declaration.CodeInconsistent, path: `/(basis|missing(/[0-9]+)?)$`},                // basis as DeclarationApplies; missing is the complement
		{code: declaration.CodeDuplicate, path: `/commitments/[0-9]+/commitment$`},               // a commitment scored once
		{code: declaration.CodeMismatch, path: `^/(assessed|points|max_points|status|overall)$`}, // totals are sums
		{code: declaration.CodeRequired, path: `^/overall$`},                                     // ... and the overall score follows
	},
	"regional-scorecard": {
		{code: declaration.CodeDateOrder},
		{code: declaration.CodeNotMember},
		{code: declaration.CodeInconsistent, path: `/(basis_confidence|missing(/[0-9]+)?)$`},
		{code: declaration.CodeDuplicate, path: `/(country|commitment)$`},
		{code: declaration.CodeMismatch, path: `^/(commitments|points|max_points|status|overall)$`},
		{code: declaration.CodeMismatch, path: `/countries/[0-9]+/max_points$`},
		{code: declaration.CodeMismatch, path: `/commitments/[0-9]+/(countries|points|max_points)$`},
		{code: declaration.CodeMismatch, path: `/(overall|score)$`, param: `.`}, // a stated score equals the one recomputed
		{code: declaration.CodeRequired, path: `^/overall$`},
	},
})

// decisionSummaryBeyond lists the rules of decision summaries that JSON
// Schema cannot express.
var decisionSummaryBeyond = []beyond{
	{code: accreditation.CodeInconsistent, path: `^/evaluated$`}, // the outcome counts add up
	{code: workforce.CodeMax, path: `/decisions$`},               // a requirement in at most as many decisions as the outcome
	{code: workforce.CodeDuplicate, path: `/code$`},              // a requirement listed once
}

// withReports adds to m the rules of the documents made of others: a
// decision summary's own, and a country report's with those of the
// documents nested in it.
func withReports(m map[string][]beyond) map[string][]beyond {
	m["decision-summary"] = decisionSummaryBeyond
	m["country-report"] = slices.Concat(
		[]beyond{
			// the nested documents describe the report's country and date
			{code: declaration.CodeInconsistent, path: `^/(indicators/(country|as_of)|plans/[0-9]+/(country|as_of)|credentialing/[0-9]+/as_of|scorecard/country)$`},
			{code: declaration.CodeOutOfPeriod, path: `^/scorecard/period_end$`},
		},
		within(`/indicators`, m["indicator-report"]),
		within(`/plans/[0-9]+`, m["plan-progress"]),
		within(`/credentialing/[0-9]+`, decisionSummaryBeyond),
		within(`/scorecard`, m["scorecard"]),
	)
	return m
}

// within re-roots rules of a document nested at prefix (a path
// expression): anchored paths are anchored below the prefix, the others
// match anywhere below it.
func within(prefix string, rules []beyond) []beyond {
	out := make([]beyond, len(rules))
	for i, r := range rules {
		switch {
		case r.path == "":
			r.path = `^` + prefix + `(/|$)`
		case strings.HasPrefix(r.path, `^`):
			r.path = `^` + prefix + r.path[1:]
		default:
			r.path = `^` + prefix + `(/.*)?` + r.path
		}
		out[i] = r
	}
	return out
}

// compiledBeyond holds nonExpressible with the expressions compiled.
var compiledBeyond = sync.OnceValue(func() map[string][]compiledRule {
	re := func(e string) *regexp.Regexp {
		if e == "" {
			return nil
		}
		return regexp.MustCompile(e)
	}
	out := make(map[string][]compiledRule)
	for name, rules := range nonExpressible {
		for _, r := range rules {
			out[name] = append(out[name], compiledRule{code: r.code, path: re(r.path), param: re(r.param), value: re(r.value)})
		}
	}
	return out
})

type compiledRule struct {
	code               string
	path, param, value *regexp.Regexp
}

func matches(re *regexp.Regexp, s string) bool { return re == nil || re.MatchString(s) }

// isBeyond reports whether p breaks a rule the named schema cannot
// express.
func isBeyond(name string, p workforce.Problem) bool {
	for _, r := range compiledBeyond()[name] {
		if r.code == p.Code && matches(r.path, p.Path) && matches(r.param, p.Param) && matches(r.value, p.Value) {
			return true
		}
	}
	return false
}

// compiled holds the committed schemas compiled once with santhosh-tekuri
// (draft 2020-12, format assertions on).
var compiled = sync.OnceValues(func() (map[string]*sjs.Schema, error) {
	c := sjs.NewCompiler()
	c.DefaultDraft(sjs.Draft2020)
	c.AssertFormat()
	out := make(map[string]*sjs.Schema)
	for _, d := range jsonschema.Documents() {
		b, err := fs.ReadFile(jsonschema.FS(), jsonschema.FileName(d.Name))
		if err != nil {
			return nil, err
		}
		doc, err := sjs.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(d.ID, doc); err != nil {
			return nil, err
		}
		s, err := c.Compile(d.ID)
		if err != nil {
			return nil, err
		}
		out[d.Name] = s
	}
	return out, nil
})

func schemas(t tb) map[string]*sjs.Schema {
	t.Helper()
	m, err := compiled()
	if err != nil {
		t.Fatalf("compiling the committed schemas: %v", err)
	}
	return m
}

// schemaErr validates data against the named schema; nil means accepted.
func schemaErr(t tb, name string, data []byte) error {
	t.Helper()
	s, ok := schemas(t)[name]
	if !ok {
		t.Fatalf("no schema %q", name)
	}
	inst, err := sjs.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// goChecks are the Go rules of the documents whose type has no Validate
// method: the public function that reads the document, or else the field
// rules of every struct in it, applied as the Validate methods apply them.
var goChecks = map[string]func(v any) workforce.Problems{
	"indicator-definition": fieldRules,
	"protected-table":      fieldRules,
	"projection":           fieldRules,
	"count-table": func(v any) workforce.Problems {
		_, err := indicators.DefaultDisclosure().Protect(*v.(*indicators.CountTable))
		return rebased(workforce.AsProblems(err), "/table")
	},
	"projection-input": func(v any) workforce.Problems {
		_, err := indicators.Project(*v.(*indicators.ProjectionInput))
		return workforce.AsProblems(err)
	},
}

// rebased strips prefix from the problems' paths: the paths of a function
// that reads several inputs start with the input's name.
func rebased(ps workforce.Problems, prefix string) workforce.Problems {
	for i := range ps {
		ps[i].Path = strings.TrimPrefix(ps[i].Path, prefix)
	}
	return ps
}

// fieldRules applies the validate tags of v (a pointer to a struct) and of
// every struct it holds, in slices, maps and pointers too, with JSON
// Pointer paths.
func fieldRules(v any) workforce.Problems {
	var ps workforce.Problems
	var walk func(rv reflect.Value, path string)
	walk = func(rv reflect.Value, path string) {
		switch rv.Kind() {
		case reflect.Pointer:
			if !rv.IsNil() {
				walk(rv.Elem(), path)
			}
		case reflect.Slice, reflect.Array:
			for i := range rv.Len() {
				walk(rv.Index(i), jsonptr.Index(path, i))
			}
		case reflect.Struct:
			if _, own := rv.Addr().Interface().(encoding.TextUnmarshaler); own {
				return
			}
			ps = report.Fields(ps, path, rv.Addr().Interface())
			for i := range rv.NumField() {
				f := rv.Type().Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if !f.IsExported() || name == "-" {
					continue
				}
				if k := f.Type.Kind(); k == reflect.Slice || k == reflect.Array || k == reflect.Pointer || k == reflect.Struct {
					if k == reflect.Struct || k == reflect.Pointer {
						// report.Fields validated nested structs already;
						// walk them only for the slices they hold.
						walkSlicesOnly(rv.Field(i), path+"/"+jsonptr.Escape(name), walk)
						continue
					}
					walk(rv.Field(i), path+"/"+jsonptr.Escape(name))
				}
			}
		}
	}
	walk(reflect.ValueOf(v), "")
	return ps
}

// walkSlicesOnly walks the slices held by a nested struct (whose own
// fields the validator checked with its parent) with walk.
func walkSlicesOnly(rv reflect.Value, path string, walk func(reflect.Value, string)) {
	for rv.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return
	}
	if _, own := rv.Addr().Interface().(encoding.TextUnmarshaler); own {
		return
	}
	for i := range rv.NumField() {
		f := rv.Type().Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		switch f.Type.Kind() {
		case reflect.Slice, reflect.Array:
			walk(rv.Field(i), path+"/"+jsonptr.Escape(name))
		case reflect.Struct, reflect.Pointer:
			walkSlicesOnly(rv.Field(i), path+"/"+jsonptr.Escape(name), walk)
		}
	}
}

// goProblems reads data as the document type of d the way Go programs do
// (workforce.Decode, then Validate or the document's entry in goChecks)
// and returns the problems; nil means accepted.
func goProblems(t tb, d jsonschema.Document, data []byte) workforce.Problems {
	t.Helper()
	v := reflect.New(d.Type).Interface()
	var ps workforce.Problems
	if err := workforce.Decode(data, v); err != nil {
		if !errors.As(err, &ps) {
			t.Fatalf("%s: error is not workforce.Problems: %v", d.Name, err)
		}
	} else if check, ok := goChecks[d.Name]; ok {
		ps = check(v)
	} else {
		err := v.(interface{ Validate() error }).Validate()
		if err != nil && !errors.As(err, &ps) {
			t.Fatalf("%s: error is not workforce.Problems: %v", d.Name, err)
		}
		if err != nil && len(ps) == 0 {
			t.Fatalf("%s: empty problem list returned as an error", d.Name)
		}
	}
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// onlyBeyondSchema reports whether every problem breaks a rule the
// named schema cannot express.
func onlyBeyondSchema(name string, ps workforce.Problems) bool {
	for _, p := range ps {
		if !isBeyond(name, p) {
			return false
		}
	}
	return true
}

func document(t tb, name string) jsonschema.Document {
	t.Helper()
	for _, d := range jsonschema.Documents() {
		if d.Name == name {
			return d
		}
	}
	t.Fatalf("no document %q", name)
	return jsonschema.Document{}
}

// tb is the part of testing.TB that helpers use; *rapid.T has it too.
type tb interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}
