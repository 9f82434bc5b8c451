// Package vcheck owns the one go-playground validator instance used by the
// ssw packages and turns its findings into problem items with JSON
// Pointers.
//
// The instance is built once, on first use, with every custom validation
// registered before it is shared; it is never exposed, so nobody can
// register more functions on it while it is in use. The validator's own
// caches are its only state and are safe for concurrent use.
//
// # Tags
//
// Only the tags listed in [Tags] may appear in validate struct tags; the
// jsonschema package translates exactly these into schema keywords, and a
// test fails on any other tag. The custom tag "valid" delegates to the
// field's own [Checker] method, so enumerations, codes and quantities carry
// their rule (and its schema) in one place.
package vcheck

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/problem"
)

// Checker is implemented, on a value receiver, by value types that know
// their own rule: enumerations, codes and decimal quantities. CheckValue
// returns an empty code when the value is acceptable; otherwise a stable
// problem code, the rule's parameter (for example the allowed values) and
// a short message.
type Checker interface {
	CheckValue() (code, param, message string)
}

// Tags returns the validate tags the ssw packages may use, in the order of
// [OpKind]. The jsonschema package translates each of them; any other tag
// fails [ParseTag], and so schema generation, code generation and the
// precheck alike.
func Tags() []string { return append([]string(nil), tagNames[:]...) }

// OpKind is one tag of the validate tag language.
type OpKind uint8

// The tags, in the order of [Tags].
const (
	OpRequired  OpKind = iota // required: the zero value is a problem
	OpOmitEmpty               // omitempty: the zero value skips the rules after it
	OpValid                   // valid: the value's own [Checker] rule
	OpDive                    // dive: the rules after it apply to each element
	OpMin                     // min=N: at least N (characters, items or value)
	OpMax                     // max=N: at most N (characters, items or value)
	OpGTE                     // gte=N: a number at least N
	OpLTE                     // lte=N: a number at most N
	numOps
)

var tagNames = [numOps]string{"required", "omitempty", "valid", "dive", "min", "max", "gte", "lte"}

// String returns the tag name.
func (k OpKind) String() string { return tagNames[k] }

// HasParam reports whether the tag takes an integer parameter (min=N).
func (k OpKind) HasParam() bool { return k >= OpMin }

// Op is one item of a validate tag: its kind and, for min, max, gte and
// lte, its integer parameter.
type Op struct {
	Kind OpKind
	N    int64
}

// ParseTag parses a validate struct tag into its operations. It is the
// one interpreter of the tag language: the precheck, the generated
// validators (internal/cmd/gencodec) and the schema generator all read
// tags through it, and the go-playground validator is the reference
// semantics they are tested against. An empty tag or "-" has no
// operations; an unknown tag or a bad parameter is an error.
func ParseTag(tag string) ([]Op, error) {
	if tag == "" || tag == "-" {
		return nil, nil
	}
	var ops []Op
	for part := range strings.SplitSeq(tag, ",") {
		name, param, hasParam := strings.Cut(part, "=")
		kind := numOps
		for k, n := range tagNames {
			if n == name {
				kind = OpKind(k)
			}
		}
		if kind == numOps {
			return nil, fmt.Errorf("validate tag %q is not in the whitelist vcheck.Tags %v", part, tagNames)
		}
		o := Op{Kind: kind}
		switch {
		case kind.HasParam():
			n, err := strconv.ParseInt(param, 10, 64)
			if !hasParam || err != nil {
				return nil, fmt.Errorf("validate tag %q needs an integer parameter", part)
			}
			o.N = n
		case hasParam:
			return nil, fmt.Errorf("validate tag %q takes no parameter", part)
		}
		ops = append(ops, o)
	}
	return ops, nil
}

var instance = sync.OnceValue(func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		if name == "" {
			return f.Name
		}
		return name
	})
	if err := v.RegisterValidation("valid", validValue); err != nil {
		panic(err) // programming error: the tag name is fixed above
	}
	return v
})

var checkerType = reflect.TypeFor[Checker]()

func checkerOf(v reflect.Value) (Checker, bool) {
	if v.CanAddr() {
		if c, ok := v.Addr().Interface().(Checker); ok {
			return c, true
		}
	}
	if v.Type().Implements(checkerType) && v.CanInterface() {
		return v.Interface().(Checker), true
	}
	return nil, false
}

func validValue(fl validator.FieldLevel) bool {
	c, ok := checkerOf(fl.Field())
	if !ok {
		// A "valid" tag on a type without a rule is a programming error;
		// report it loudly rather than accept the value.
		return false
	}
	code, _, _ := c.CheckValue()
	return code == ""
}

// Struct validates the struct that ptr points to with the shared
// validator and appends one problem per failed rule to dst. Paths are JSON
// Pointers below base. Nested structs are validated; slices are not (the
// caller walks them, so that each element gets its own pointer).
func Struct(dst []problem.Problem, base string, ptr any) []problem.Problem {
	if Precheck(ptr) {
		return dst
	}
	err := instance().Struct(ptr)
	if err == nil {
		return dst
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		return append(dst, problem.Problem{Code: "invalid", Path: base, Message: err.Error()})
	}
	for _, fe := range ves {
		dst = append(dst, item(base, fe))
	}
	return dst
}

// Var validates a single value against a tag list, for values that are not
// struct fields.
func Var(dst []problem.Problem, path string, v any, tag string) []problem.Problem {
	err := instance().Var(v, tag)
	if err == nil {
		return dst
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		return append(dst, problem.Problem{Code: "invalid", Path: path, Message: err.Error()})
	}
	for _, fe := range ves {
		it := item("", fe)
		it.Path = path
		dst = append(dst, it)
	}
	return dst
}

// pointer converts a validator namespace such as
// "Worker.qualifications[0].level" into "/qualifications/0/level".
func pointer(base, ns string) string {
	if i := strings.IndexByte(ns, '.'); i >= 0 {
		ns = ns[i+1:]
	} else {
		return base
	}
	var b strings.Builder
	b.WriteString(base)
	for part := range strings.SplitSeq(ns, ".") {
		name := part
		var idx []string
		if j := strings.IndexByte(part, '['); j >= 0 {
			name = part[:j]
			for rest := part[j:]; strings.HasPrefix(rest, "["); {
				k := strings.IndexByte(rest, ']')
				if k < 0 {
					break
				}
				idx = append(idx, rest[1:k])
				rest = rest[k+1:]
			}
		}
		b.WriteString("/")
		b.WriteString(jsonptr.Escape(name))
		for _, x := range idx {
			b.WriteString("/")
			b.WriteString(jsonptr.Escape(x))
		}
	}
	return b.String()
}

func render(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return problem.ClipValue(x)
	case fmt.Stringer:
		return problem.ClipValue(x.String())
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return problem.ClipValue(rv.String())
	case reflect.Slice, reflect.Map, reflect.Struct:
		return ""
	}
	return problem.ClipValue(fmt.Sprint(v))
}

func item(base string, fe validator.FieldError) problem.Problem {
	it := problem.Problem{Path: pointer(base, fe.Namespace()), Value: render(fe.Value()), Param: fe.Param()}
	kind := fe.Kind()
	switch fe.Tag() {
	case "required":
		it.Code = problem.CodeRequired
		it.Message = "is required"
		it.Value = ""
	case "valid":
		c, ok := asChecker(fe.Value())
		if !ok {
			it.Code = "invalid"
			it.Message = "value has no rule to check it (programming error)"
			break
		}
		it.Code, it.Param, it.Message = c.CheckValue()
	case "min":
		if kind == reflect.Slice || kind == reflect.Array || kind == reflect.Map {
			it.Code, it.Message = "too_few", "must have at least "+fe.Param()+" items"
		} else if kind == reflect.String {
			it.Code, it.Message = "too_short", "must be at least "+fe.Param()+" characters long"
		} else {
			it.Code, it.Message = "min", "must be at least "+fe.Param()
		}
	case "max":
		if kind == reflect.Slice || kind == reflect.Array || kind == reflect.Map {
			it.Code, it.Message = "too_many", "must have at most "+fe.Param()+" items"
			it.Value = ""
		} else if kind == reflect.String {
			it.Code, it.Message = "too_long", "must be at most "+fe.Param()+" characters long"
		} else {
			it.Code, it.Message = "max", "must be at most "+fe.Param()
		}
	case "gte":
		it.Code, it.Message = "min", "must be at least "+fe.Param()
	case "lte":
		it.Code, it.Message = "max", "must be at most "+fe.Param()
	default:
		it.Code = fe.Tag()
		it.Message = "fails rule " + strconv.Quote(fe.Tag())
	}
	return it
}

func asChecker(v any) (Checker, bool) {
	if c, ok := v.(Checker); ok {
		return c, true
	}
	return nil, false
}
