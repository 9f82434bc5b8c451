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
// declaration documents.
func declarationRules() []objectRule {
	unique := &ijs.Schema{UniqueItems: true}
	method := &ijs.Schema{Const: declaration.ScoreMethod}
	override := reflect.TypeFor[declaration.TargetOverride]()
	relative := []declaration.Comparator{declaration.RelativeIncrease, declaration.RelativeDecrease}
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
	return []objectRule{
		{
			typ:     reflect.TypeFor[declaration.Plan](),
			members: []memberRule{{"commitments", unique}},
			mirrors: "declaration.Plan.Validate 3: no commitment listed twice",
		},
		{
			typ:               reflect.TypeFor[declaration.Target](),
			dependentRequired: map[string][]string{"published_baseline": {"baseline_year"}},
			clauses: []effect{
				ifThen([]effect{is("comparator", relative...)}, require("baseline_year"),
					member("threshold", positiveSchema), eachItem("overrides", override, member("threshold", positiveSchema))),
				ifThen([]effect{is("comparator", declaration.RelativeDecrease)},
					member("threshold", positivePercentSchema), eachItem("overrides", override, member("threshold", positivePercentSchema))),
			},
			mirrors: "declaration.Plan.Validate 6: a relative target has a baseline year and a positive change, at most 100 % for a decrease; a published baseline has its year",
		},
		{
			typ:     reflect.TypeFor[declaration.Observation](),
			clauses: []effect{requireAny("value", "policy"), notBoth("value", "policy")},
			mirrors: "declaration.Observation.Validate: exactly one of value and policy",
		},
		{
			typ: reflect.TypeFor[declaration.AreaChange](),
			clauses: []effect{
				ifThen([]effect{is("kind", declaration.ChangeMerged, declaration.ChangeRenamed)}, require("successors"),
					member("successors", &ijs.Schema{Type: "array", MaxItems: ptr(uint64(1))})),
				ifThen([]effect{is("kind", declaration.ChangeSplit)}, require("successors"),
					member("successors", &ijs.Schema{Type: "array", MinItems: ptr(uint64(2))})),
				ifThen([]effect{is("kind", declaration.ChangeAbolished, declaration.ChangeBoundary)}, forbid("successors")),
			},
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
