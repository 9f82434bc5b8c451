package jsonschema

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
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
