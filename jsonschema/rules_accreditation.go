package jsonschema

import (
	"reflect"
	"slices"

	ijs "github.com/invopop/jsonschema"

	"github.com/sswkit/ssw/accreditation"
)

// kindClauses turns a rule family of the accreditation package (one
// table there, read by validation and evaluation too) into if/then
// clauses: when the member holds a kind's value, the kind's clauses hold;
// the default kind's clauses hold when the member holds none of the other
// values, or is unset. Kinds that read the same parameters are listed
// together, in the order of the first of them.
func kindClauses(t accreditation.KindTable) []effect {
	var out, last []effect
	var others []string
	var kinds []accreditation.KindSpec
	for i, k := range t.Kinds {
		if !k.Default {
			others = append(others, k.Value)
		}
		same := func(o accreditation.KindSpec) bool { return slices.Equal(o.Parameters, k.Parameters) }
		if slices.ContainsFunc(t.Kinds[:i], same) {
			continue
		}
		for _, o := range t.Kinds[i:] {
			if same(o) {
				kinds = append(kinds, o)
			}
		}
	}
	for _, k := range kinds {
		then := clauseEffects(k.Clauses)
		if k.Default {
			last = append(last, when([]effect{is(t.Member, others...)}, nil, then))
			continue
		}
		out = append(out, ifThen([]effect{is(t.Member, k.Value)}, then...))
	}
	return append(out, last...)
}

// clauseEffects translates parameter clauses into schema effects.
func clauseEffects(cs []accreditation.ParamClause) []effect {
	var out []effect
	for _, c := range cs {
		switch c.Op {
		case accreditation.ClauseRequire:
			out = append(out, require(c.Members...))
		case accreditation.ClauseRequireAny:
			out = append(out, requireAny(c.Members...))
		case accreditation.ClauseForbid:
			out = append(out, forbid(c.Members...))
		case accreditation.ClauseMaxItems:
			out = append(out, member(c.Members[0], &ijs.Schema{Type: "array", MaxItems: ptr(uint64(c.Max))}))
		case accreditation.ClauseDayInMonth:
			out = append(out, dayInMonth(c.Members[0], c.Members[1])...)
		case accreditation.ClausePositivePercent:
			for _, m := range c.Members {
				out = append(out, member(m, positivePercentSchema))
			}
		case accreditation.ClauseEach:
			m, each := c.Members[0], clauseEffects(c.Each)
			out = append(out, func(b *branch) { eachItem(m, b.field(m).Elem(), each...)(b) })
		case accreditation.ClauseNotBoth:
			out = append(out, notBoth(c.Members...))
		case accreditation.ClauseTogether, accreditation.ClauseNeeds:
			// dependentRequired of the object ([dependentRequired]).
		default:
			out = append(out, func(b *branch) { b.fail("unknown parameter clause %q", c.Op) })
		}
	}
	return out
}

// dependentRequired translates the together and needs clauses of a
// family into the object's dependentRequired keyword: together, each
// member needs the others; needs, the first member needs the rest.
func dependentRequired(cs []accreditation.ParamClause) map[string][]string {
	out := make(map[string][]string)
	for _, c := range cs {
		switch c.Op {
		case accreditation.ClauseTogether:
			for _, m := range c.Members {
				for _, o := range c.Members {
					if o != m {
						out[m] = append(out[m], o)
					}
				}
			}
		case accreditation.ClauseNeeds:
			out[c.Members[0]] = append(out[c.Members[0]], c.Members[1:]...)
		}
	}
	return out
}

// primaryKinds are the source kinds that may back the confidence
// confirmed (accreditation.SourceKind.Primary).
func primaryKinds() []accreditation.SourceKind {
	var out []accreditation.SourceKind
	for _, k := range accreditation.SourceKindValues() {
		if k.Primary() {
			out = append(out, k)
		}
	}
	return out
}

// confirmedOnPrimary: a rule marked confirmed that states the kind of
// its own source names a primary kind. (A rule that inherits its source
// or its confidence is checked by Go only.)
func confirmedOnPrimary() effect {
	return ifThen([]effect{is("confidence", accreditation.ConfidenceConfirmed)},
		nested("source", reflect.TypeFor[accreditation.RuleSource](), member("kind", oneOfValues(primaryKinds()))))
}

// dayInMonth: a cycle's start day exists in its month in every year
// (the Go rule counts the days of the month in 2001).
func dayInMonth(monthMember, dayMember string) []effect {
	return []effect{
		ifThen([]effect{is(monthMember, 2)}, member(dayMember, &ijs.Schema{Type: "integer", Maximum: "28"})),
		ifThen([]effect{is(monthMember, 4, 6, 9, 11)}, member(dayMember, &ijs.Schema{Type: "integer", Maximum: "30"})),
	}
}

// accreditationRules are the expressible cross-field rules of the
// accreditation documents, in the order of the Validate methods' lists.
func accreditationRules() []objectRule {
	unique := &ijs.Schema{UniqueItems: true}
	percent := func(members ...string) []memberRule {
		var out []memberRule
		for _, m := range members {
			out = append(out, memberRule{m, percentSchema})
		}
		return out
	}
	facts := reflect.TypeFor[accreditation.Facts]()
	var knownEmpty []effect
	for _, l := range accreditation.FactListValues() {
		knownEmpty = append(knownEmpty, ifThen([]effect{hasValue("known_empty", l)}, forbid(string(l))))
	}
	validityKinds := accreditation.ValidityKinds()
	validity := append(kindClauses(validityKinds), clauseEffects(validityKinds.Common)...)
	subject := reflect.TypeFor[accreditation.ExamSubject]()
	exam := append(kindClauses(accreditation.ExamScorings()),
		ifThen([]effect{isNot("scoring", accreditation.ScoringWeightedAverage)}, forbid("rounding")),
		ifThen([]effect{is("rounding", accreditation.RoundExact)}, forbid("rounding_digits")),
	)
	cpd := append(kindClauses(accreditation.CPDWindows()), kindClauses(accreditation.CarryOverKinds())...)
	var policy []objectRule
	for _, t := range []reflect.Type{reflect.TypeFor[accreditation.Scheme](), reflect.TypeFor[accreditation.RuleVersion](),
		reflect.TypeFor[accreditation.ValidityRule](), reflect.TypeFor[accreditation.ExamRule](), reflect.TypeFor[accreditation.Requirement](),
		reflect.TypeFor[accreditation.Exemption](), reflect.TypeFor[accreditation.CPDLimit](), reflect.TypeFor[accreditation.CPDDeferral](),
		reflect.TypeFor[accreditation.RecognitionRule](), reflect.TypeFor[accreditation.Surcharge](), reflect.TypeFor[accreditation.CPDTransition]()} {
		policy = append(policy, objectRule{typ: t, clauses: []effect{confirmedOnPrimary()},
			mirrors: "accreditation.Scheme.Validate (confidence policy): a rule marked confirmed on its own source names a primary source kind"})
	}
	return append(policy, []objectRule{
		{
			typ:     reflect.TypeFor[accreditation.Scheme](),
			members: []memberRule{{"source", titledSource()}, {"prerequisites", unique}, {"issuing_body", stringPattern(nonBlank)}},
			clauses: []effect{
				ifThen([]effect{is("basis", accreditation.BasisNoRegime)}, forbid("kind", "issuing_body", "prerequisites", "terms", "exams", "versions")),
				ifThen([]effect{isNot("basis", accreditation.BasisNoRegime)}, require("kind", "issuing_body")),
			},
			mirrors: "accreditation.Scheme.Validate 2-3: no-regime schemes have no credential; others a kind and issuing body; sources titled; prerequisites unique",
		},
		{
			typ:     reflect.TypeFor[accreditation.RuleVersion](),
			members: []memberRule{{"source", titledSource()}},
			mirrors: "accreditation.Scheme.Validate 2: a rule version's source has a title",
		},
		{
			typ:               reflect.TypeFor[accreditation.ValidityRule](),
			members:           []memberRule{{"source", titledSource()}},
			dependentRequired: dependentRequired(validityKinds.Common),
			clauses:           validity,
			mirrors:           "accreditation.Scheme.Validate 2, 7 (terms): parameters match the validity kind; renewal opening given one way; a rolling extension follows an extension",
		},
		{
			typ:               reflect.TypeFor[accreditation.ExamRule](),
			members:           append([]memberRule{{"source", titledSource()}}, percent("pass_average", "subject_floor")...),
			dependentRequired: map[string][]string{"rounding_digits": {"rounding"}},
			clauses:           exam,
			mirrors:           "accreditation.Scheme.Validate 5: parameters match the scoring method; marks are percentages",
		},
		{
			typ:     subject,
			members: percent("weight", "pass_mark", "sitting_mean", "sitting_floor"),
			mirrors: "accreditation.Scheme.Validate 5: subject weights and marks are percentages",
		},
		{
			typ:     reflect.TypeFor[accreditation.Requirement](),
			members: percent("min_share", "min_score"),
			clauses: kindClauses(accreditation.RequirementKinds()),
			mirrors: "accreditation.Scheme.Validate 6: each kind has the parameters it needs and no others; not has one child",
		},
		{
			typ:      reflect.TypeFor[accreditation.Exemption](),
			required: []string{"if"},
			mirrors:  "accreditation.Scheme.Validate 6: an exemption has a condition",
		},
		{
			typ:     reflect.TypeFor[accreditation.CPDRule](),
			members: []memberRule{{"default_rate", rateSchema}, {"min_accredited_share", percentSchema}},
			clauses: cpd,
			mirrors: "accreditation.Scheme.Validate 7: window and carry-over parameters match their kinds; rates and shares in range",
		},
		{
			typ:     reflect.TypeFor[accreditation.CPDConversion](),
			members: []memberRule{{"per_hour", rateSchema}},
			clauses: []effect{requireAny("per_hour", "per_activity"), notBoth("per_hour", "per_activity")},
			mirrors: "accreditation.Scheme.Validate 7: a conversion has exactly one rate",
		},
		{
			typ:     reflect.TypeFor[accreditation.CPDLimit](),
			clauses: []effect{requireAny("min", "max", "min_count")},
			mirrors: "accreditation.Scheme.Validate 7: a limit has a bound",
		},
		{
			typ:     reflect.TypeFor[accreditation.CPDTransition](),
			clauses: []effect{requireAny("max", "at_most_total"), notBoth("max", "at_most_total")},
			mirrors: "accreditation.Scheme.Validate 7: a CPD transition caps at max or at the total, not both",
		},
		{
			typ:     reflect.TypeFor[accreditation.Surcharge](),
			clauses: []effect{requireAny("percent", "amount"), notBoth("percent", "amount"), member("percent", positiveSchema)},
			mirrors: "accreditation.Scheme.Validate (terms): a surcharge has a percentage above 0 or an amount, not both",
		},
		{
			typ:     reflect.TypeFor[accreditation.CPDPhase](),
			members: percent("percent"),
			mirrors: "accreditation.Scheme.Validate 7: phase-in percentages are 0-100",
		},
		{
			typ: reflect.TypeFor[accreditation.RecognitionRule](),
			members: []memberRule{{"source", titledSource()}, {"waives", unique}, {"adaptable", unique},
				{"outcome", oneOfValues(accreditation.RecognitionRuleOutcomes())}},
			clauses: []effect{
				ifThen([]effect{is("outcome", accreditation.RecognitionRecognised)}, forbid("restrictions")),
				ifThen([]effect{is("outcome", accreditation.RecognitionRestricted)}, require("restrictions")),
			},
			mirrors: "accreditation.RecognitionRule.Validate: outcome recognised or restricted, restrictions exactly when restricted; source titled; waived and adaptable IDs unique",
		},
		{
			typ:     facts,
			members: []memberRule{{"known_empty", unique}},
			clauses: append(knownEmpty, ifThen([]effect{isSet("fees")},
				eachItem("fees", reflect.TypeFor[accreditation.FeeRecord](), ifThen([]effect{isSet("waived")}, forbid("paid"))))),
			mirrors: "accreditation.Facts.Validate 5-6: a fee is not both paid and waived; known_empty names each list once, and only empty lists",
		},
		{
			typ:     reflect.TypeFor[accreditation.PracticeBlock](),
			clauses: []effect{requireAnyGroup([]string{"hours"}, []string{"start", "end"})},
			mirrors: "accreditation.Facts.Validate 4: a practice block gives hours, or start and end",
		},
		{
			typ:     reflect.TypeFor[accreditation.SupervisorFacts](),
			members: []memberRule{{"years_experience", nonNegativeSchema}, {"years_local", nonNegativeSchema}},
			mirrors: "accreditation.Facts.Validate 3: supervisor years are not negative",
		},
		{
			typ:     reflect.TypeFor[accreditation.WorkPeriod](),
			members: percent("social_work_share"),
			mirrors: "accreditation.Facts.Validate 3: the social work share is a percentage",
		},
		{
			typ:     reflect.TypeFor[accreditation.TrainingRecord](),
			clauses: []effect{requireAny("hours", "course")},
			mirrors: "accreditation.Facts.Validate 4: a training record gives hours or a course",
		},
		{
			typ:     reflect.TypeFor[accreditation.ExamSitting](),
			clauses: []effect{member("result", oneOfValues([]accreditation.SittingResult{accreditation.ResultPassed, accreditation.ResultFailed}))},
			mirrors: "accreditation.Facts.Validate: a sitting's own result is passed or failed (not_taken is a subject's)",
		},
		{
			typ:     reflect.TypeFor[accreditation.SubjectScore](),
			members: percent("score"),
			clauses: []effect{requireAny("score", "result")},
			mirrors: "accreditation.Facts.Validate 3-4: a subject gives a mark (a percentage), a result or both",
		},
		{
			typ:     reflect.TypeFor[accreditation.QuizAttempt](),
			members: percent("score"),
			mirrors: "accreditation.Facts.Validate 3: a quiz score is a percentage",
		},
		{
			typ: reflect.TypeFor[accreditation.Decision](),
			clauses: []effect{ifThen([]effect{is("outcome", accreditation.OutcomeNotApplicable)},
				nested("finding", reflect.TypeFor[accreditation.Finding](), member("reason", oneOfValues(accreditation.NotApplicableReasons()))))},
			mirrors: "accreditation.Decision.Validate: a not_applicable decision says why",
		},
		{
			typ:     reflect.TypeFor[accreditation.Finding](),
			members: []memberRule{{"path", pointerSchema}},
			mirrors: "accreditation.Decision.Validate: a finding's path is a JSON Pointer",
		},
		{
			typ: reflect.TypeFor[accreditation.LifecycleEvent](),
			clauses: []effect{
				ifThen([]effect{is("kind", accreditation.EventExtended)}, requireAny("months", "expires")),
				ifThen([]effect{isNot("kind", accreditation.EventExtended)}, forbid("months")),
				ifThen([]effect{isNot("kind", accreditation.EventSuspended)}, forbid("until")),
			},
			mirrors: "accreditation.Holding.Validate: an extension gives months or an expiry; months only on extensions, until only on suspensions",
		},
	}...)
}
