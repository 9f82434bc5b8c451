// Package report lets the ssw domain packages build workforce.Problems
// lists from the internal validator and decoder: their problems are
// workforce problems already (one type, internal/problem.Problem), placed
// under the path of the value checked.
package report

import (
	"github.com/sswkit/ssw/internal/problem"
	"github.com/sswkit/ssw/internal/vcheck"
	"github.com/sswkit/ssw/workforce"
)

// Fields validates the struct tags of the struct ptr points to and
// appends its problems to dst with paths under base.
func Fields(dst workforce.Problems, base string, ptr any) workforce.Problems {
	return From(dst, base, vcheck.Struct(nil, "", ptr))
}

// From appends the problems to dst, prefixing their paths with base.
func From(dst workforce.Problems, base string, items []problem.Problem) workforce.Problems {
	for _, it := range items {
		it.Path = base + it.Path
		dst = append(dst, it)
	}
	return dst
}

// Add appends one problem.
func Add(dst workforce.Problems, code, path, value, param, message string) workforce.Problems {
	return append(dst, workforce.Problem{Code: code, Path: path, Value: value, Param: param, Message: message})
}
