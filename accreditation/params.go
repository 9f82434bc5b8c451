package accreditation

import (
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/sswkit/ssw/workforce"
)

// Rule families as values. Requirement kinds, validity kinds, exam
// scorings, CPD windows and carry-over kinds are each one table owned by
// this package: per kind its title, the rules on its parameters (by JSON
// member name) and its evaluator. [Scheme.Validate], evaluation, the
// rules reference ([WriteReference]) and the JSON Schema generator all
// read the same table, exported as a [KindTable].

// KindTable is a rule family as data: the member that says which kind an
// object is, and the kinds with the rules on their parameters.
type KindTable struct {
	// Member is the JSON member that holds the kind ("kind", "scoring",
	// "window", "carry_over").
	Member string
	// Kinds lists the kinds in table order.
	Kinds []KindSpec
	// Common are the rules every object of the family meets whatever its
	// kind, checked after the kind's own (validity: members given one way
	// or the other, not both).
	Common []ParamClause
}

// KindSpec is one kind of a rule family.
type KindSpec struct {
	// Value is the kind's wire value ("supervised_practice").
	Value string
	// Title describes the kind.
	Title string
	// Default marks the kind that applies when Member is unset
	// (carry_over: none).
	Default bool
	// Parameters lists, for requirement kinds, the parameters the kind
	// reads, in the order of [RequirementParameters].
	Parameters []string
	// Clauses are the rules on the members of an object of this kind, in
	// the order they are checked.
	Clauses []ParamClause
}

// ParamClause is one rule on the members of an object, by JSON name.
type ParamClause struct {
	// Op is what the clause requires.
	Op ClauseOp
	// Members are the members it is about: for day_in_month the month
	// and the day member, for each the array member.
	Members []string
	// Max is the largest number of items (max_items).
	Max int
	// Each holds the clauses every item of the array member must meet
	// (each).
	Each []ParamClause
}

// ClauseOp is the operation of a [ParamClause].
type ClauseOp string

// ClauseOp values.
const (
	// ClauseRequire: every member is set.
	ClauseRequire ClauseOp = "require"
	// ClauseRequireAny: at least one member is set.
	ClauseRequireAny ClauseOp = "require_any"
	// ClauseForbid: no member is set (the kind does not read it).
	ClauseForbid ClauseOp = "forbid"
	// ClauseMaxItems: the array member has at most Max items.
	ClauseMaxItems ClauseOp = "max_items"
	// ClauseDayInMonth: when both are set, the day member names a day
	// that exists every year in the month member's month.
	ClauseDayInMonth ClauseOp = "day_in_month"
	// ClausePositivePercent: the members, percentages when set, are above 0.
	ClausePositivePercent ClauseOp = "positive_percent"
	// ClauseEach: every item of the array member meets Each.
	ClauseEach ClauseOp = "each"
	// ClauseNotBoth: at most one of the members is set.
	ClauseNotBoth ClauseOp = "not_both"
	// ClauseTogether: the members are set together or not at all.
	ClauseTogether ClauseOp = "together"
	// ClauseNeeds: when the first member is set, so are the others.
	ClauseNeeds ClauseOp = "needs"
)

func needAll(members ...string) ParamClause { return ParamClause{Op: ClauseRequire, Members: members} }
func needAny(members ...string) ParamClause {
	return ParamClause{Op: ClauseRequireAny, Members: members}
}
func forbid(members ...string) ParamClause { return ParamClause{Op: ClauseForbid, Members: members} }
func positivePercent(members ...string) ParamClause {
	return ParamClause{Op: ClausePositivePercent, Members: members}
}
func dayInMonth(month, day string) ParamClause {
	return ParamClause{Op: ClauseDayInMonth, Members: []string{month, day}}
}
func each(member string, cs ...ParamClause) ParamClause {
	return ParamClause{Op: ClauseEach, Members: []string{member}, Each: cs}
}
func notBoth(members ...string) ParamClause { return ParamClause{Op: ClauseNotBoth, Members: members} }
func together(members ...string) ParamClause {
	return ParamClause{Op: ClauseTogether, Members: members}
}
func needs(member string, others ...string) ParamClause {
	return ParamClause{Op: ClauseNeeds, Members: append([]string{member}, others...)}
}
func clauses(cs ...ParamClause) []ParamClause { return cs }

// jsonMember returns the field of the struct value v with the JSON name, or
// an invalid value.
func jsonMember(v reflect.Value, name string) reflect.Value {
	t := v.Type()
	for i := range t.NumField() {
		if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); tag == name {
			return v.Field(i)
		}
	}
	return reflect.Value{}
}

// isSet reports whether a member is present in the JSON document: a
// non-empty list, or a value other than its zero (which omitempty and
// omitzero leave out).
func isSet(f reflect.Value) bool {
	switch {
	case !f.IsValid():
		return false
	case f.Kind() == reflect.Slice:
		return f.Len() > 0
	}
	return !f.IsZero()
}

// setMembers returns the members set on the struct value v, in order.
func setMembers(v reflect.Value, members []string) []string {
	var out []string
	for _, m := range members {
		if isSet(jsonMember(v, m)) {
			out = append(out, m)
		}
	}
	return out
}

// memberText renders a member's value for a problem: an integer in
// decimal, anything else as its text.
func memberText(f reflect.Value) string {
	switch f.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(f.Int(), 10)
	case reflect.String:
		return f.String()
	}
	if t, ok := f.Interface().(interface{ String() string }); ok {
		return t.String()
	}
	return ""
}

// kindChecker applies the clauses of one kind to one object.
type kindChecker struct {
	family string // "validity kind", "scoring", … for messages
	kind   string
}

// check appends the problems of the object v (a struct value) at path.
func (k kindChecker) check(ps workforce.Problems, path string, v reflect.Value, cs []ParamClause) workforce.Problems {
	for _, c := range cs {
		switch c.Op {
		case ClauseForbid:
			for _, m := range c.Members {
				if isSet(jsonMember(v, m)) {
					ps = append(ps, workforce.Problem{Code: CodeUnusedParameter, Path: path + "/" + m, Param: k.kind,
						Message: "is not used by " + k.family + " " + k.kind})
				}
			}
		case ClauseRequire:
			for _, m := range c.Members {
				if !isSet(jsonMember(v, m)) {
					ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: path + "/" + m,
						Message: k.family + " " + k.kind + " needs " + m})
				}
			}
		case ClauseRequireAny:
			any := false
			for _, m := range c.Members {
				any = any || isSet(jsonMember(v, m))
			}
			if !any {
				ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: path, Param: strings.Join(c.Members, "|"),
					Message: k.family + " " + k.kind + " needs " + strings.Join(c.Members, " or ")})
			}
		case ClauseMaxItems:
			if f := jsonMember(v, c.Members[0]); f.IsValid() && f.Len() > c.Max {
				ps = append(ps, workforce.Problem{Code: CodeArity, Path: path + "/" + c.Members[0], Value: strconv.Itoa(f.Len()), Param: strconv.Itoa(c.Max),
					Message: k.kind + " takes at most " + strconv.Itoa(c.Max) + " " + c.Members[0]})
			}
		case ClauseDayInMonth:
			month, day := jsonMember(v, c.Members[0]), jsonMember(v, c.Members[1])
			if isSet(month) && isSet(day) && int(day.Int()) > workforce.DaysIn(2001, time.Month(month.Int())) {
				ps = append(ps, workforce.Problem{Code: workforce.CodeInvalidValue, Path: path + "/" + c.Members[1], Value: strconv.Itoa(int(day.Int())),
					Message: "the day does not exist in every year in that month"})
			}
		case ClausePositivePercent:
			for _, m := range c.Members {
				if d, ok := jsonMember(v, m).Interface().(workforce.Decimal); ok && !d.IsZero() && d.Decimal().Sign() <= 0 {
					ps = append(ps, workforce.Problem{Code: CodePercentRange, Path: path + "/" + m, Value: d.String(), Param: "0-100",
						Message: m + " must be greater than 0"})
				}
			}
		case ClauseNotBoth:
			if set := setMembers(v, c.Members); len(set) > 1 {
				last := set[len(set)-1]
				ps = append(ps, workforce.Problem{Code: CodeInconsistent, Path: path + "/" + last, Value: memberText(jsonMember(v, last)),
					Message: "give " + strings.Join(c.Members, " or ") + ", not both"})
			}
		case ClauseTogether:
			if set := setMembers(v, c.Members); len(set) > 0 && len(set) < len(c.Members) {
				ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: path + "/" + c.Members[0],
					Message: strings.Join(c.Members, " and ") + " go together"})
			}
		case ClauseNeeds:
			if isSet(jsonMember(v, c.Members[0])) {
				for _, m := range c.Members[1:] {
					if !isSet(jsonMember(v, m)) {
						ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: path + "/" + m,
							Message: c.Members[0] + " needs " + m})
					}
				}
			}
		case ClauseEach:
			items := jsonMember(v, c.Members[0])
			for i := range items.Len() {
				ps = k.check(ps, path+"/"+c.Members[0]+"/"+strconv.Itoa(i), items.Index(i), c.Each)
			}
		}
	}
	return ps
}
