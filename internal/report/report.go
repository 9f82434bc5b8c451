// Package report lets the ssw domain packages build problem lists from
// the internal validator and decoder: their problems are workforce
// problems already (one type, internal/problem.Problem, which
// workforce.Problem names), placed under the path of the value checked.
// It imports no domain package, so it sits below all of them; its
// functions keep the caller's list type (workforce.Problems).
package report

import (
	"github.com/sswkit/ssw/internal/problem"
	"github.com/sswkit/ssw/internal/vcheck"
)

// Fields validates the struct tags of the struct ptr points to and
// appends its problems to dst with paths under base.
func Fields[S ~[]problem.Problem](dst S, base string, ptr any) S {
	return From(dst, base, vcheck.Struct(nil, "", ptr))
}

// From appends the problems to dst, prefixing their paths with base.
func From[S ~[]problem.Problem](dst S, base string, items []problem.Problem) S {
	for _, it := range items {
		it.Path = base + it.Path
		dst = append(dst, it)
	}
	return dst
}

// Add appends one problem given by its fields in order. A problem
// literal (workforce.Problem{Code: …, Path: …, Message: …}) names them
// instead, so that a value and a parameter cannot change places; the
// accreditation and workforce packages append literals.
func Add[S ~[]problem.Problem](dst S, code, path, value, param, message string) S {
	return append(dst, problem.Problem{Code: code, Path: path, Value: value, Param: param, Message: message})
}
