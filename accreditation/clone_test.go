package accreditation_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// opaque values: types whose fields are unexported (or immutable) are
// filled with a sample and compared as values.
var opaque = map[reflect.Type]reflect.Value{
	reflect.TypeFor[workforce.CivilDate](): reflect.ValueOf(workforce.MustParseDate("2024-02-29")),
	reflect.TypeFor[workforce.Decimal]():   reflect.ValueOf(workforce.MustParseDecimal("12.50")),
	reflect.TypeFor[workforce.Hours]():     reflect.ValueOf(workforce.MustParseHours("7.25")),
	reflect.TypeFor[workforce.Credits]():   reflect.ValueOf(workforce.MustParseCredits("3.5")),
	reflect.TypeFor[workforce.Money]():     reflect.ValueOf(workforce.Money{Amount: workforce.MustParseAmount("90.00"), Currency: "GBP"}),
}

// fill sets every exported member of v: slices get two elements,
// pointers a value, recursion stops at depth 4.
func fill(v reflect.Value, depth int) {
	if o, ok := opaque[v.Type()]; ok {
		v.Set(o)
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Pointer:
		if depth > 4 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		if depth > 4 {
			return
		}
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth)
			}
		}
	}
}

// shared reports the path of the first slice or pointer that a and b
// share.
func shared(a, b reflect.Value, path string) string {
	if _, ok := opaque[a.Type()]; ok {
		return ""
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return ""
		}
		if a.Pointer() == b.Pointer() {
			return path
		}
		return shared(a.Elem(), b.Elem(), path)
	case reflect.Slice:
		if a.Len() == 0 || b.Len() == 0 {
			return ""
		}
		if a.Pointer() == b.Pointer() {
			return path
		}
		for i := range a.Len() {
			if p := shared(a.Index(i), b.Index(i), path+"/"+string(rune('0'+i))); p != "" {
				return p
			}
		}
	case reflect.Struct:
		for i := range a.NumField() {
			if a.Type().Field(i).IsExported() {
				if p := shared(a.Field(i), b.Field(i), path+"/"+a.Type().Field(i).Name); p != "" {
					return p
				}
			}
		}
	}
	return ""
}

// TestClone fills every member of a scheme and a recognition rule and
// checks that Clone gives an equal value that shares nothing: a member
// added to the model and forgotten by Clone fails here.
func TestClone(t *testing.T) {
	var s accreditation.Scheme
	var r accreditation.RecognitionRule
	fill(reflect.ValueOf(&s).Elem(), 0)
	fill(reflect.ValueOf(&r).Elem(), 0)
	for _, c := range []struct{ name, orig, clone any }{{"scheme", s, s.Clone()}, {"rule", r, r.Clone()}} {
		if !reflect.DeepEqual(c.orig, c.clone) {
			t.Fatalf("the clone differs from the %s", c.name)
		}
		if p := shared(reflect.ValueOf(c.orig), reflect.ValueOf(c.clone), ""); p != "" {
			t.Errorf("the clone shares %s with the %s", p, c.name)
		}
	}
	// Shipped schemes: the clone is the same document.
	for _, s := range accreditation.Schemes() {
		a, _ := json.Marshal(s)
		b, _ := json.Marshal(s.Clone())
		if string(a) != string(b) {
			t.Errorf("%s: the clone's JSON differs", s.ID)
		}
	}
}

// TestEvaluatorKeepsItsCopy: changing the scheme after NewEvaluator, or
// the copy Scheme returns, does not change the evaluator.
func TestEvaluatorKeepsItsCopy(t *testing.T) {
	s := scheme(t, accreditation.SchemeSGProvisional)
	ev, err := accreditation.NewEvaluator(s, accreditation.PurposeGrant)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ev.Evaluate(sgApplicant("80"), d("2025-02-01"))
	s.Versions[0].Requirements[0].Institutions[0] = "Another university"
	got := ev.Scheme()
	got.Versions[0].Requirements = nil
	again, _ := ev.Evaluate(sgApplicant("80"), d("2025-02-01"))
	if want.Outcome != accreditation.OutcomeMet || again.Outcome != want.Outcome {
		t.Errorf("outcome %s then %s", want.Outcome, again.Outcome)
	}
	if ev.Scheme().Versions[0].Requirements[0].Institutions[0] != "National University of Singapore" {
		t.Error("the evaluator's copy changed")
	}
}
