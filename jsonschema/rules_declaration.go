package jsonschema

import (
	"reflect"
	"regexp"

	ijs "github.com/invopop/jsonschema"
	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/declaration"
)

// equalsDecimal returns a pattern matching the decimal texts equal to d
// in value: the same digits with any number of trailing fraction zeros.
func equalsDecimal(d decimal.Decimal) *ijs.Schema {
	s := d.String() // shortest form: no trailing fraction zeros
	q := regexp.QuoteMeta(s)
	if d.IsInteger() {
		return stringPattern(`^` + q + `(\.0+)?$`)
	}
	return stringPattern(`^` + q + `0*$`)
}

// scoreOf is a commitment's score for its points, as ScoreMethod computes
// it: points × 100 ÷ MaxStatusPoints, rounded half away from zero to
// ScorePlaces digits.
func scoreOf(points int) decimal.Decimal {
	return decimal.NewFromInt(int64(points*100)).DivRound(decimal.NewFromInt(declaration.MaxStatusPoints), declaration.ScorePlaces)
}

// scoreStatus: the status and the presence of the score follow from the
// maximum points (undefined and absent when it is 0).
func scoreStatus(score string) effect {
	return when([]effect{is("max_points", 0)},
		[]effect{member("status", oneOfValues([]declaration.ScoreStatus{declaration.ScoreUndefined})), forbid(score)},
		[]effect{member("status", oneOfValues([]declaration.ScoreStatus{declaration.ScoreDefined})), require(score)})
}

// declarationRules are the expressible cross-field rules of the
// declaration documents. Each is read from the declaration package's own
// tables — the comparators' rules, the successors each kind of area change
// names, the dependent members of a target, the value members of an
// observation, the scoring method — so nothing here restates a rule.
func declarationRules() []objectRule {
	unique := &ijs.Schema{UniqueItems: true}
	method := &ijs.Schema{Const: declaration.ScoreMethod}
	var commitmentScore []effect
	for _, s := range declaration.ImplementationStatusValues() {
		commitmentScore = append(commitmentScore, ifThen([]effect{is("status", s)}, member("points", oneOfValues([]int{s.Points()}))))
	}
	for p := range declaration.MaxStatusPoints + 1 {
		commitmentScore = append(commitmentScore, ifThen([]effect{is("points", p)}, member("score", equalsDecimal(scoreOf(p)))))
	}
	var everyCommitment []effect
	for _, id := range declaration.CommitmentIDs() {
		everyCommitment = append(everyCommitment, someItem("commitments", reflect.TypeFor[declaration.RegionalCommitmentScore](), is("commitment", id)))
	}
	value := declaration.ObservationValueMembers()
	observation := []effect{requireAny(value...), notBoth(value...)}
	for _, m := range declaration.ObservationNumberMembers() {
		observation = append(observation, notBoth(m, value[1]))
	}
	return []objectRule{
		{
			typ:     reflect.TypeFor[declaration.Plan](),
			members: []memberRule{{"commitments", unique}},
			mirrors: "declaration.Plan.Validate 3: no commitment listed twice",
		},
		{
			typ:               reflect.TypeFor[declaration.Target](),
			dependentRequired: declaration.TargetDependentRequired(),
			clauses:           comparatorClauses(),
			mirrors:           "declaration.Plan.Validate 6: a relative target has a baseline year and a positive change, at most 100 % for a decrease; a published baseline has its year",
		},
		{
			typ:     reflect.TypeFor[declaration.Observation](),
			clauses: observation,
			mirrors: "declaration.Observation.Validate: exactly one of value and policy; a numerator only with a value",
		},
		{
			typ:     reflect.TypeFor[declaration.ProgressData](),
			members: []memberRule{{"preferred_sources", unique}},
			mirrors: "declaration.ProgressData.Validate 5: no preferred source named twice",
		},
		{
			typ:     reflect.TypeFor[declaration.AreaChange](),
			clauses: successorClauses(),
			mirrors: "declaration.ProgressData.Validate 3: the number of successors a change of each kind needs",
		},
		{
			typ:     reflect.TypeFor[declaration.Scorecard](),
			members: []memberRule{{"method", method}, {"missing", unique}},
			mirrors: "declaration.Scorecard.Validate 1, 4: the method is ScoreMethod; missing commitments listed once",
		},
		{
			typ:     reflect.TypeFor[declaration.CommitmentScore](),
			members: []memberRule{{"max_points", &ijs.Schema{Const: declaration.MaxStatusPoints}}},
			clauses: commitmentScore,
			mirrors: "declaration.Scorecard.Validate 3: points, maximum and score follow from the status",
		},
		{
			typ:      reflect.TypeFor[declaration.RegionalScorecard](),
			members:  []memberRule{{"method", method}, {"missing", unique}},
			required: []string{"commitments"},
			clauses:  []effect{ifThen([]effect{isSet("commitments")}, everyCommitment...)},
			mirrors:  "declaration.RegionalScorecard.Validate 1, 3, 4: the method is ScoreMethod; missing countries listed once; all eleven commitments rolled up",
		},
		{
			typ:     reflect.TypeFor[declaration.CountryScore](),
			clauses: []effect{scoreStatus("overall")},
			mirrors: "declaration.RegionalScorecard.Validate 2: a country's status and overall score follow from its maximum points",
		},
		{
			typ:     reflect.TypeFor[declaration.RegionalCommitmentScore](),
			clauses: []effect{scoreStatus("score")},
			mirrors: "declaration.RegionalScorecard.Validate 4: a commitment's status and score follow from its maximum points",
		},
	}
}

// comparatorClauses: the relative comparators ([declaration.Comparator.IsRelative])
// need a baseline year and a positive threshold, in the target and its
// overrides; a comparator with a maximum threshold
// ([declaration.Comparator.ThresholdMax]) bounds them. A maximum other
// than 100 has no pattern here and fails the generation.
func comparatorClauses() []effect {
	override := reflect.TypeFor[declaration.TargetOverride]()
	var relative []declaration.Comparator
	var out []effect
	for _, c := range declaration.ComparatorValues() {
		if c.IsRelative() {
			relative = append(relative, c)
		}
	}
	if len(relative) > 0 {
		out = append(out, ifThen([]effect{is("comparator", relative...)}, require("baseline_year"),
			member("threshold", positiveSchema), eachItem("overrides", override, member("threshold", positiveSchema))))
	}
	for _, c := range declaration.ComparatorValues() {
		max, ok := c.ThresholdMax()
		if !ok {
			continue
		}
		if max != 100 {
			out = append(out, func(b *branch) { b.fail("no schema pattern for a threshold of at most %d (comparator %s)", max, c) })
			continue
		}
		out = append(out, ifThen([]effect{is("comparator", c)},
			member("threshold", positivePercentSchema), eachItem("overrides", override, member("threshold", positivePercentSchema))))
	}
	return out
}

// successorClauses: the number of successors each kind of area change
// names ([declaration.AreaChangeKind.Successors]), one clause per distinct
// bound, kinds in table order.
func successorClauses() []effect {
	type bounds struct{ min, max int }
	var order []bounds
	kinds := map[bounds][]declaration.AreaChangeKind{}
	for _, k := range declaration.AreaChangeKindValues() {
		min, max, _ := k.Successors()
		b := bounds{min, max}
		if _, seen := kinds[b]; !seen {
			order = append(order, b)
		}
		kinds[b] = append(kinds[b], k)
	}
	var out []effect
	for _, b := range order {
		var then []effect
		if b.max == 0 {
			then = []effect{forbid("successors")}
		} else {
			if b.min > 0 {
				then = append(then, require("successors"))
			}
			list := &ijs.Schema{Type: "array"}
			if b.min > 1 {
				list.MinItems = ptr(uint64(b.min))
			}
			if b.max > 0 {
				list.MaxItems = ptr(uint64(b.max))
			}
			if list.MinItems != nil || list.MaxItems != nil {
				then = append(then, member("successors", list))
			}
		}
		out = append(out, ifThen([]effect{is("kind", kinds[b]...)}, then...))
	}
	return out
}
