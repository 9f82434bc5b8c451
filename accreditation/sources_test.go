package accreditation_test

import (
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sswkit/ssw/accreditation"
)

// walkStrings calls fn for every RuleSource and every string reachable
// from v, with the path of the member.
func walk(v reflect.Value, path string, src func(path string, s accreditation.RuleSource), str func(path, s string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), path, src, str)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walk(v.Index(i), path+"/"+strconv.Itoa(i), src, str)
		}
	case reflect.String:
		str(path, v.String())
	case reflect.Struct:
		if s, ok := v.Interface().(accreditation.RuleSource); ok {
			src(path, s)
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.IsExported() {
				walk(v.Field(i), path+"/"+strings.Split(f.Tag.Get("json"), ",")[0], src, str)
			}
		}
	}
}

var keyRef = regexp.MustCompile(`\[(S[0-9]+[a-z]?)\]`)

// TestShippedSourcesResolve: every source key of the shipped data, and
// every key cited in brackets in a note, is in the source table; keys are
// unique and every table entry has a title and an address.
func TestShippedSourcesResolve(t *testing.T) {
	var keys []string
	for _, s := range accreditation.Sources() {
		if slices.Contains(keys, s.Ref) {
			t.Errorf("source key %s listed twice", s.Ref)
		}
		keys = append(keys, s.Ref)
		if s.Title == "" || !strings.HasPrefix(s.URL, "http") {
			t.Errorf("source %s: title %q, address %q", s.Ref, s.Title, s.URL)
		}
	}
	used := 0
	walk(reflect.ValueOf(accreditation.Catalogue()), "", func(path string, s accreditation.RuleSource) {
		if s.Ref == "" {
			return
		}
		used++
		if !slices.Contains(keys, s.Ref) || strings.HasPrefix(s.Title, "unknown source") {
			t.Errorf("%s: source key %s is not in the source table", path, s.Ref)
		}
	}, func(path, s string) {
		for _, m := range keyRef.FindAllStringSubmatch(s, -1) {
			if !slices.Contains(keys, m[1]) {
				t.Errorf("%s cites [%s], which is not in the source table", path, m[1])
			}
		}
	})
	if used == 0 {
		t.Fatal("no source keys found in the shipped data")
	}
}
