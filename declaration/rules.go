package declaration

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// The cross-field rules of this package's documents that JSON Schema can
// also express are written once, in the tables of this file. The Validate
// methods read them, and so does the schema generator (package
// jsonschema), so the published schemas cannot drift from the Go rules.
// To change one of these rules, change its table entry; the validation,
// the schema and the documentation that lists the rule follow.

// comparatorRule is what a comparator asks of a target and how it judges.
type comparatorRule struct {
	c Comparator
	// relative: the threshold is a percentage change against the value
	// in the baseline year, so the target needs a baseline year and a
	// threshold greater than 0.
	relative bool
	// max is the largest threshold allowed, in percent (0: no bound).
	max int64
	// direction is +1 when a larger value is better, -1 when a smaller
	// one is, 0 for equal (decided by the baseline and required values).
	direction int
	// symbol is the comparison as written in messages.
	symbol string
	// met says whether an observation is met from its comparison with
	// the required value (observed.Cmp(required)).
	met func(cmp int) bool
	// required is the value the observation is compared with, from the
	// threshold p and the baseline b; nil means the threshold itself.
	required func(p, b decimal.Decimal) decimal.Decimal
}

var (
	atLeastOrAbove = func(c int) bool { return c >= 0 }
	atMostOrBelow  = func(c int) bool { return c <= 0 }
	hundred        = decimal.NewFromInt(100)
)

var comparatorRules = [...]comparatorRule{
	{c: AtLeast, direction: +1, symbol: "≥", met: atLeastOrAbove},
	{c: AtMost, direction: -1, symbol: "≤", met: atMostOrBelow},
	{c: Equal, symbol: "=", met: func(c int) bool { return c == 0 }},
	// Baseline × (100 ± p) ÷ 100 is exact: dividing by 100 only moves the
	// decimal point.
	{c: RelativeIncrease, relative: true, direction: +1, symbol: "≥", met: atLeastOrAbove,
		required: func(p, b decimal.Decimal) decimal.Decimal { return b.Mul(hundred.Add(p)).Shift(-2) }},
	{c: RelativeDecrease, relative: true, max: 100, direction: -1, symbol: "≤", met: atMostOrBelow,
		required: func(p, b decimal.Decimal) decimal.Decimal { return b.Mul(hundred.Sub(p)).Shift(-2) }},
}

func (c Comparator) rule() comparatorRule {
	for _, r := range comparatorRules {
		if r.c == c {
			return r
		}
	}
	return comparatorRule{c: c, symbol: "=", met: func(int) bool { return false }}
}

// IsRelative reports whether the comparator is a relative change: its
// threshold is a percentage change against the baseline year's value, so
// a target with it needs a baseline year and a threshold greater than 0
// ([Plan.Validate] rule 6).
func (c Comparator) IsRelative() bool { return c.rule().relative }

// ThresholdMax returns the largest threshold, in percent, a target with
// the comparator may state, and true; false when there is no bound. A
// relative decrease cannot exceed 100 %.
func (c Comparator) ThresholdMax() (int64, bool) {
	r := c.rule()
	return r.max, r.max > 0
}

// Symbol returns the comparison as messages write it: ≥, ≤ or =.
func (c Comparator) Symbol() string { return c.rule().symbol }

// areaChangeRule is what a kind of administrative change means.
type areaChangeRule struct {
	k AreaChangeKind
	// min and max bound the number of successor areas (max -1: none).
	min, max int
	// ceases: the area's code stops designating an area on the change's
	// effective date.
	ceases bool
}

var areaChangeRules = [...]areaChangeRule{
	{k: ChangeMerged, min: 1, max: 1, ceases: true},
	{k: ChangeSplit, min: 2, max: -1, ceases: true},
	{k: ChangeRenamed, min: 1, max: 1, ceases: true},
	{k: ChangeAbolished, min: 0, max: 0, ceases: true},
	{k: ChangeBoundary, min: 0, max: 0},
}

func (k AreaChangeKind) rule() (areaChangeRule, bool) {
	for _, r := range areaChangeRules {
		if r.k == k {
			return r, true
		}
	}
	return areaChangeRule{}, false
}

// Successors returns how many successor areas a change of kind k names:
// at least min and at most max, max -1 meaning no upper bound (a merger or
// renaming names one, a split two or more, an abolition or a boundary
// change none). ok is false for a kind outside the table.
func (k AreaChangeKind) Successors() (min, max int, ok bool) {
	r, ok := k.rule()
	return r.min, r.max, ok
}

// Ceases reports whether the changed area stops existing under its code
// on the change's effective date: true for a merger into another area, a
// split, a renaming and an abolition; false for a boundary change, after
// which the area continues with other borders.
func (k AreaChangeKind) Ceases() bool {
	r, _ := k.rule()
	return r.ceases
}

// describeSuccessors says what a change of kind k needs, for messages:
// "1", "2 or more", "0".
func (r areaChangeRule) describeSuccessors() string {
	switch {
	case r.max < 0:
		return fmt.Sprintf("%d or more", r.min)
	case r.min == r.max:
		return fmt.Sprint(r.min)
	}
	return fmt.Sprintf("%d to %d", r.min, r.max)
}

// memberDependency is a rule "when member is set, needs must be set too"
// of one document type, with the accessors that read the two members.
type memberDependency[T any] struct {
	member, needs string
	isSet         func(*T) bool
	needsSet      func(*T) bool
	message       string
}

// targetDependencies are the dependent members of a [Target].
var targetDependencies = [...]memberDependency[Target]{
	{
		member: "published_baseline", needs: "baseline_year",
		isSet:    func(t *Target) bool { return !t.PublishedBaseline.IsZero() },
		needsSet: func(t *Target) bool { return t.BaselineYear != 0 },
		message:  "a published baseline needs its year",
	},
}

// TargetDependentRequired returns, by JSON member name, the members of a
// [Target] that require others when set ([Plan.Validate] rule 6): a
// published baseline needs its baseline year. A fresh map.
func TargetDependentRequired() map[string][]string {
	out := make(map[string][]string, len(targetDependencies))
	for _, d := range targetDependencies {
		out[d.member] = append(out[d.member], d.needs)
	}
	return out
}

// observationValueMembers are the members of an [Observation] of which
// exactly one is given: the value of a quantitative indicator or the
// policy value of a policy-status indicator.
var observationValueMembers = [2]string{"value", "policy"}

// ObservationValueMembers returns the JSON names of the members of an
// [Observation] of which exactly one must be given ("value", "policy").
func ObservationValueMembers() []string {
	return []string{observationValueMembers[0], observationValueMembers[1]}
}

// observationNumberMembers are the members of an [Observation] that go
// with a value, never with a policy value.
var observationNumberMembers = [...]string{"numerator"}

// ObservationNumberMembers returns the JSON names of the members of an
// [Observation] that go with a value and never with a policy value
// ("numerator"). A fresh slice.
func ObservationNumberMembers() []string {
	return append([]string(nil), observationNumberMembers[:]...)
}
