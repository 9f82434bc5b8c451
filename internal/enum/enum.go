// Package enum holds the helpers behind every enumeration of the ssw
// packages: one ordered table of entries per enumeration, from which the
// list of values, membership, titles, the validation rule and the schema
// enum are all derived.
package enum

import "strings"

// Entry is one value of an enumeration with its short English title.
type Entry[T ~string] struct {
	Value T
	Title string
}

// Values returns the values of the table in order, as a fresh slice.
func Values[T ~string](table []Entry[T]) []T {
	out := make([]T, len(table))
	for i, e := range table {
		out[i] = e.Value
	}
	return out
}

// Strings returns the values as plain strings, in order.
func Strings[T ~string](table []Entry[T]) []string {
	out := make([]string, len(table))
	for i, e := range table {
		out[i] = string(e.Value)
	}
	return out
}

// Valid reports whether v is in the table.
func Valid[T ~string](table []Entry[T], v T) bool {
	for _, e := range table {
		if e.Value == v {
			return true
		}
	}
	return false
}

// Title returns the title of v, or "" when v is not in the table.
func Title[T ~string](table []Entry[T], v T) string {
	for _, e := range table {
		if e.Value == v {
			return e.Title
		}
	}
	return ""
}

// Check is the validation rule of an enumeration: "" for a member,
// otherwise the not_supported code, the allowed values joined by "|" as
// the parameter, and a message listing them. The empty value is reported
// as required by the "required" tag before this runs.
func Check[T ~string](table []Entry[T], v T) (code, param, message string) {
	if Valid(table, v) {
		return "", "", ""
	}
	allowed := strings.Join(Strings(table), "|")
	return "not_supported", allowed, "must be one of " + strings.Join(Strings(table), ", ")
}
