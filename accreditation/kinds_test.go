package accreditation_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/sswkit/ssw/accreditation"
)

// TestRequirementParameters: the parameter list is exactly the members of
// Requirement that are not common to every kind, each parameter is read
// by some kind, and every kind's parameters are parameters.
func TestRequirementParameters(t *testing.T) {
	common := []string{"id", "kind", "title", "source", "confidence", "available_from", "available_until", "exemptions"}
	var members []string
	rt := reflect.TypeFor[accreditation.Requirement]()
	for i := range rt.NumField() {
		name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
		if !slices.Contains(common, name) {
			members = append(members, name)
		}
	}
	params := accreditation.RequirementParameters()
	slices.Sort(members)
	sorted := slices.Sorted(slices.Values(params))
	if !slices.Equal(members, sorted) {
		t.Errorf("parameters %v, members of Requirement %v", sorted, members)
	}
	read := map[string]bool{}
	for _, k := range accreditation.RequirementKinds().Kinds {
		for _, p := range k.Parameters {
			if !slices.Contains(params, p) {
				t.Errorf("kind %s reads %s, which is not a parameter", k.Value, p)
			}
			read[p] = true
		}
	}
	for _, p := range params {
		if !read[p] {
			t.Errorf("no kind reads the parameter %s", p)
		}
	}
}

// TestKindTables: every kind of every table is a value of its
// enumeration, once, with a title, and the enumeration has no other
// values; every member a clause names exists.
func TestKindTables(t *testing.T) {
	cases := []struct {
		table  accreditation.KindTable
		values []string
		typ    reflect.Type
	}{
		{accreditation.RequirementKinds(), strs(accreditation.RequirementKindValues()), reflect.TypeFor[accreditation.Requirement]()},
		{accreditation.ValidityKinds(), strs(accreditation.ValidityKindValues()), reflect.TypeFor[accreditation.ValidityRule]()},
		{accreditation.ExamScorings(), strs(accreditation.ExamScoringValues()), reflect.TypeFor[accreditation.ExamRule]()},
		{accreditation.CPDWindows(), strs(accreditation.CPDWindowKindValues()), reflect.TypeFor[accreditation.CPDRule]()},
		{accreditation.CarryOverKinds(), strs(accreditation.CarryOverKindValues()), reflect.TypeFor[accreditation.CPDRule]()},
	}
	for _, c := range cases {
		if _, ok := fieldByJSON(c.typ, c.table.Member); !ok {
			t.Errorf("%s has no member %s", c.typ.Name(), c.table.Member)
		}
		var got []string
		defaults := 0
		for _, k := range c.table.Kinds {
			if k.Default {
				defaults++
			}
			got = append(got, k.Value)
			if k.Title == "" {
				t.Errorf("%s %s has no title", c.table.Member, k.Value)
			}
			checkMembers(t, c.typ, k.Value, k.Clauses)
		}
		if !slices.Equal(got, c.values) {
			t.Errorf("%s: table %v, enumeration %v", c.table.Member, got, c.values)
		}
		if defaults > 1 {
			t.Errorf("%s: %d default kinds", c.table.Member, defaults)
		}
	}
}

func checkMembers(t *testing.T, typ reflect.Type, kind string, cs []accreditation.ParamClause) {
	t.Helper()
	for _, c := range cs {
		for _, m := range c.Members {
			f, ok := fieldByJSON(typ, m)
			if !ok {
				t.Errorf("%s: a clause names %s, which %s does not have", kind, m, typ.Name())
				continue
			}
			if c.Op == accreditation.ClauseEach {
				checkMembers(t, f.Type.Elem(), kind, c.Each)
			}
		}
	}
}

func fieldByJSON(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		if n, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); n == name {
			return t.Field(i), true
		}
	}
	return reflect.StructField{}, false
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// TestGeneratorCoversEveryKind: the property tests draw every kind of
// the table, so a new kind is exercised by them once it is added to the
// generator.
func TestGeneratorCoversEveryKind(t *testing.T) {
	drawn := append(slices.Clone(genLeafKinds), genCombinators...)
	drawn = append(drawn, accreditation.ReqExam, accreditation.ReqExamAdmission, accreditation.ReqCPD)
	for _, k := range accreditation.RequirementKindValues() {
		if !slices.Contains(drawn, k) {
			t.Errorf("the property-test generator never draws requirement kind %s", k)
		}
	}
}
