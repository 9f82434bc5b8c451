package workforce_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/internal/problem"
	"github.com/sswkit/ssw/internal/strictjson"
	"github.com/sswkit/ssw/internal/vcheck"
	. "github.com/sswkit/ssw/workforce"
)

// The generated decoders and validators (codec_gen.go) are tested against
// the references they replace on the hot path: the reflective decoder of
// internal/strictjson and the go-playground validator. Every document and
// value drawn here must get the same verdict, the same problems and the
// same decoded value from both.

var cmpAll = cmp.Exporter(func(reflect.Type) bool { return true })

// fatal reports whether the problems include one that stops decoding, after
// which the partly decoded value is not meaningful.
func fatal(items []problem.Problem) bool {
	return slices.ContainsFunc(items, func(it problem.Problem) bool {
		return it.Code == problem.CodeSyntax || it.Code == problem.CodeTooDeep || it.Code == problem.CodeTrailingData
	})
}

// differential decodes data as T with the generated decoder, in owned and
// in borrowed mode, and with the reflective reference; it fails on any
// difference.
func differential[T any](t interface {
	Helper()
	Fatalf(string, ...any)
}, data []byte) {
	t.Helper()
	var ref, owned, borrowed T
	refItems := strictjson.Unmarshal(data, &ref)

	ownedItems, known := GeneratedDecode(data, &owned)
	if !known {
		t.Fatalf("no generated decoder for %T", owned)
	}

	// Dirty the arenas and the record first: nothing of an earlier record
	// may leak into the next.
	var b Borrower
	b.Decode([]byte(dirty[reflect.TypeFor[T]()]), &borrowed)
	borrowedItems := b.Decode(data, &borrowed)

	if diff := cmp.Diff(refItems, ownedItems); diff != "" {
		t.Fatalf("%T: problems differ (reference -, generated +) for %q:\n%s", owned, data, diff)
	}
	if diff := cmp.Diff(refItems, borrowedItems); diff != "" {
		t.Fatalf("%T: borrowed problems differ (reference -, generated +) for %q:\n%s", owned, data, diff)
	}
	if fatal(refItems) {
		return
	}
	if diff := cmp.Diff(ref, owned, cmpAll); diff != "" {
		t.Fatalf("%T: values differ (reference -, generated +) for %q:\n%s", owned, data, diff)
	}
	if diff := cmp.Diff(ref, borrowed, cmpAll); diff != "" {
		t.Fatalf("%T: borrowed values differ (reference -, generated +) for %q:\n%s", owned, data, diff)
	}
}

// dirty holds a full record of each type, decoded before the record under
// test so that reuse of the arenas and of the record is exercised.
var dirty = map[reflect.Type]string{
	reflect.TypeFor[Worker](): `{"id":"OLD","sex":"male","birth_date":"1970-01-01","birth_year":1970,"cadre":"allied_professional","isco":"2635","nationality":"KH",` +
		`"qualifications":[{"title":"t","level":"bachelor","field":"social_work_counselling","institution":"i","country":"KH","accredited":true,"completed":"1990-01-01"}],` +
		`"credentials":[{"scheme_id":"S","number":"1","issued":"2000-01-01","expires":"2030-01-01","status":"active"}],` +
		`"employments":[{"post_id":"P","start":"2000-01-01","end":"2001-01-01","fte":"0.5","type":"permanent","exit_reason":"retirement"}],` +
		`"cpd":[{"date":"2020-01-01","hours":"1","credits":"2","category":"structured","activity":"course","topics":["ethics"],"provider":"p","title":"t","accredited":true}]}`,
	reflect.TypeFor[Post](): `{"id":"OLD","title":"t","cadre":"para_professional","level":"commune","area":"KH-1","employer_id":"E","status":"filled","fte":"1"}`,
	reflect.TypeFor[AdminArea](): `{"code":"OLD","name":"n","level":"commune","parent":"KH","setting":"urban","valid_from":"2000-01-01","valid_to":"2030-01-01",` +
		`"population":[{"date":"2019-01-01","total":10,"children":5,"source":"s","vintage":"v"}]}`,
	reflect.TypeFor[Employer](): `{"id":"OLD","name":"n","sector":"ngo","ministry":"m"}`,
	reflect.TypeFor[Registry](): `{"country":"KH","as_of":"2025-01-01","source":"s","areas":[{"code":"KH","name":"n","level":"national"}],` +
		`"employers":[{"id":"E","name":"n","sector":"ngo"}],"posts":[{"id":"P","cadre":"para_professional","level":"commune","area":"KH-1","employer_id":"E","status":"filled","fte":"1"}],` +
		`"workers":[{"id":"W","sex":"male","cadre":"allied_professional"}]}`,
}

// mutate changes a JSON document the way damaged and hand-made files
// differ from good ones: members removed, repeated, nulled, retyped,
// emptied or renamed, bytes replaced, text cut short.
func mutate(t *rapid.T, doc []byte) []byte {
	switch rapid.IntRange(0, 6).Draw(t, "mutation") {
	case 0:
		return doc
	case 1: // replace one byte with a significant one
		if len(doc) == 0 {
			return doc
		}
		i := rapid.IntRange(0, len(doc)-1).Draw(t, "at")
		c := rapid.SampledFrom([]byte(`"{}[],: n0-1.e\\`+"\xff\x01")).Draw(t, "byte")
		out := slices.Clone(doc)
		out[i] = c
		return out
	case 2: // cut short
		return doc[:rapid.IntRange(0, len(doc)).Draw(t, "cut")]
	case 3: // repeat a member of the top object
		var m map[string]json.RawMessage
		if json.Unmarshal(doc, &m) != nil || len(m) == 0 {
			return doc
		}
		keys := sortedKeys(m)
		k := rapid.SampledFrom(keys).Draw(t, "key")
		v := m[rapid.SampledFrom(keys).Draw(t, "value of")]
		return append([]byte(fmt.Sprintf(`{%q:%s,`, k, v)), doc[1:]...)
	default: // change the value of a member, at the top or one level down
		var tree any
		if json.Unmarshal(doc, &tree) != nil {
			return doc
		}
		changeSomewhere(t, tree, 0)
		out, err := json.Marshal(tree)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var replacements = []any{nil, "", "x", "2023-02-29", "-1", "1.234", 0, 1.5, -3, 1e40, true, []any{}, map[string]any{}, strings.Repeat("é", 300), "not_a_value"}

// changeSomewhere replaces, deletes or adds one member somewhere in the
// tree.
func changeSomewhere(t *rapid.T, v any, depth int) {
	switch x := v.(type) {
	case map[string]any:
		keys := sortedKeys(x)
		if len(keys) > 0 && depth < 3 && rapid.Bool().Draw(t, fmt.Sprint("descend", depth)) {
			k := rapid.SampledFrom(keys).Draw(t, fmt.Sprint("into", depth))
			switch c := x[k].(type) {
			case map[string]any:
				changeSomewhere(t, c, depth+1)
				return
			case []any:
				if len(c) > 0 {
					changeSomewhere(t, c[rapid.IntRange(0, len(c)-1).Draw(t, fmt.Sprint("elem", depth))], depth+1)
					return
				}
			}
		}
		switch op := rapid.IntRange(0, 2).Draw(t, fmt.Sprint("op", depth)); {
		case op == 0 && len(keys) > 0:
			delete(x, rapid.SampledFrom(keys).Draw(t, fmt.Sprint("delete", depth)))
		case op == 1:
			x[rapid.SampledFrom([]string{"extra", "Sex", "a/b"}).Draw(t, fmt.Sprint("add", depth))] = 1
		case len(keys) > 0:
			x[rapid.SampledFrom(keys).Draw(t, fmt.Sprint("set", depth))] = rapid.SampledFrom(replacements).Draw(t, fmt.Sprint("to", depth))
		}
	}
}

func TestGeneratedDecodersMatchReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var doc any
		var check func([]byte)
		switch rapid.IntRange(0, 4).Draw(t, "type") {
		case 0:
			doc, check = gen.AnyWorker().Draw(t, "worker"), func(b []byte) { differential[Worker](t, b) }
		case 1:
			doc, check = gen.Registry().Draw(t, "registry"), func(b []byte) { differential[Registry](t, b) }
		case 2:
			reg := gen.Registry().Draw(t, "registry")
			if len(reg.Posts) == 0 {
				return
			}
			doc, check = reg.Posts[0], func(b []byte) { differential[Post](t, b) }
		case 3:
			doc, check = gen.AdminArea("KH-1", LevelProvince, "KH", MustParseDate("2025-06-30")).Draw(t, "area"), func(b []byte) { differential[AdminArea](t, b) }
		default:
			doc, check = gen.Employer("E-1").Draw(t, "employer"), func(b []byte) { differential[Employer](t, b) }
		}
		data, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		check(mutate(t, data))
	})
}

func FuzzGeneratedDecoders(f *testing.F) {
	for _, d := range dirty {
		f.Add([]byte(d))
	}
	f.Add([]byte(`{"id":"W-1","sex":"female","cadre":"para_professional","sex":"male"}`))
	f.Add([]byte(`{"id":"W\u002d1","sex":"fem\u0061le","cadre":"para_professional","birth_year":1.99e3}`))
	f.Add([]byte(`{"id":"W-1","sex":null,"cadre":[],"employments":[{"fte":1}],"cpd":[{"topics":[null,"ethics"]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		differential[Worker](t, data)
		differential[Post](t, data)
		differential[AdminArea](t, data)
		differential[Employer](t, data)
		differential[Registry](t, data)
	})
}

// TestGeneratedChecksMatchValidator: the generated field checks accept
// exactly what the go-playground validator accepts.
func TestGeneratedChecksMatchValidator(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := gen.AnyWorker().Draw(t, "worker")
		breakSome(t, &w)
		agree := func(ptr any) {
			valid, known := GeneratedFieldsValid(ptr)
			if !known {
				t.Fatalf("no generated check for %T", ptr)
			}
			if want := vcheck.ValidatorOnly(ptr); valid != want {
				t.Fatalf("%T %+v: generated check says %v, validator %v", ptr, ptr, valid, want)
			}
		}
		agree(&w)
		for i := range w.Qualifications {
			agree(&w.Qualifications[i])
		}
		for i := range w.Credentials {
			agree(&w.Credentials[i])
		}
		for i := range w.Employments {
			agree(&w.Employments[i])
		}
		for i := range w.CPD {
			agree(&w.CPD[i])
		}
		reg := gen.Registry().Draw(t, "registry")
		reg.Country = rapid.SampledFrom([]CountryCode{reg.Country, "", "XX", "kh"}).Draw(t, "country")
		reg.Source = rapid.SampledFrom([]string{"", "s", strings.Repeat("ü", 500), strings.Repeat("u", 501)}).Draw(t, "source")
		agree(&reg)
		for i := range reg.Areas {
			a := &reg.Areas[i]
			a.Name = rapid.SampledFrom([]string{a.Name, "", strings.Repeat("ก", 200), strings.Repeat("ก", 201)}).Draw(t, "area name")
			a.Setting = rapid.SampledFrom([]Setting{a.Setting, "", "suburban"}).Draw(t, "setting")
			agree(a)
			for j := range a.Population {
				p := &a.Population[j]
				p.Total = rapid.SampledFrom([]int64{p.Total, -1, 9007199254740991, 9007199254740992}).Draw(t, "total")
				agree(p)
			}
		}
		for i := range reg.Posts {
			p := &reg.Posts[i]
			p.Status = rapid.SampledFrom([]PostStatus{p.Status, "", "open"}).Draw(t, "status")
			p.FTE = rapid.SampledFrom([]FTE{p.FTE, {}}).Draw(t, "fte")
			agree(p)
		}
		for i := range reg.Employers {
			e := &reg.Employers[i]
			e.Name = rapid.SampledFrom([]string{e.Name, "", strings.Repeat("a", 201)}).Draw(t, "employer name")
			agree(e)
		}
	})
}

// breakSome sets some fields of w to values that break or sit on the edge
// of their rules.
func breakSome(t *rapid.T, w *Worker) {
	w.ID = rapid.SampledFrom([]ID{w.ID, "", "W 1", ID(strings.Repeat("a", 64)), ID(strings.Repeat("a", 65))}).Draw(t, "id")
	w.Sex = rapid.SampledFrom([]Sex{w.Sex, "", "F"}).Draw(t, "sex")
	w.BirthYear = rapid.SampledFrom([]int{w.BirthYear, 0, 1899, 1900, 2100, 2101}).Draw(t, "birth year")
	w.ISCO = rapid.SampledFrom([]ISCO08{w.ISCO, "", "263", "26a5"}).Draw(t, "isco")
	w.Nationality = rapid.SampledFrom([]CountryCode{w.Nationality, "", "XK"}).Draw(t, "nationality")
	for i := range w.Qualifications {
		q := &w.Qualifications[i]
		q.Title = rapid.SampledFrom([]string{q.Title, strings.Repeat("ñ", 200), strings.Repeat("ñ", 201), strings.Repeat("n", 201)}).Draw(t, "title")
		q.Level = rapid.SampledFrom([]EducationLevel{q.Level, "", "phd"}).Draw(t, "level")
	}
	for i := range w.Credentials {
		c := &w.Credentials[i]
		c.Number = rapid.SampledFrom([]string{c.Number, strings.Repeat("9", 65)}).Draw(t, "number")
		c.Issued = rapid.SampledFrom([]CivilDate{c.Issued, {}}).Draw(t, "issued")
	}
	for i := range w.Employments {
		e := &w.Employments[i]
		e.PostID = rapid.SampledFrom([]ID{e.PostID, "", "-x"}).Draw(t, "post id")
		e.ExitReason = rapid.SampledFrom([]ExitReason{e.ExitReason, "", "fired"}).Draw(t, "exit")
	}
	for i := range w.CPD {
		r := &w.CPD[i]
		r.Topics = rapid.SampledFrom([][]CPDTopic{r.Topics, nil, {}, {"ethics", "bogus"}, {""}}).Draw(t, "topics")
		r.Provider = rapid.SampledFrom([]string{r.Provider, strings.Repeat("p", 201)}).Draw(t, "provider")
	}
}

// TestBorrowedDecodeAllocatesNothing: decoding a valid worker into a
// borrowed record allocates nothing once the arenas have grown.
func TestBorrowedDecodeAllocatesNothing(t *testing.T) {
	data := []byte(dirty[reflect.TypeFor[Worker]()])
	var b Borrower
	var w Worker
	allocs := testing.AllocsPerRun(100, func() {
		if items := b.Decode(data, &w); len(items) > 0 {
			t.Fatal(items)
		}
		if err := ValidateStreamRecord(&w); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Fatalf("%.1f allocations per borrowed worker, want 0", allocs)
	}
	if !bytes.Contains(data, []byte(w.CPD[0].Provider)) {
		t.Fatal("the decoded record lost its content")
	}
}
