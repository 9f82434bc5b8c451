package accreditation

import (
	"slices"
	"strings"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// ruleOutcomes are the outcomes a recognition rule gives when met.
var ruleOutcomes = [...]RecognitionOutcome{RecognitionRecognised, RecognitionRestricted}

// RecognitionRuleOutcomes returns the outcomes a [RecognitionRule] may
// give when its conditions are met: recognised, or recognised with
// restrictions. [RecognitionRule.Validate] and the JSON Schema read this
// list.
func RecognitionRuleOutcomes() []RecognitionOutcome { return slices.Clone(ruleOutcomes[:]) }

// RecognitionRule links credentials of origin schemes to a host scheme
// (Ha Noi Declaration commitment 9): the conditions a holder must meet
// (current origin credential, continuous practice, CPD compliance, no
// pending investigation), the host requirements the arrangement waives,
// the host requirements a period of adaptation can supply, and the
// outcome when everything is met (recognised, or recognised with
// restrictions such as working in collaboration with a host
// professional). A rule is a JSON document like a [Scheme].
type RecognitionRule struct {
	// ID identifies the rule.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Title names it.
	Title string `json:"title" validate:"required,max=200"`
	// OriginSchemes lists the origin schemes covered; empty covers any
	// scheme matching OriginCountries and OriginKinds.
	OriginSchemes []workforce.ID `json:"origin_schemes,omitempty" validate:"omitempty,dive,valid"`
	// OriginCountries lists the origin jurisdictions covered; empty covers all.
	OriginCountries []workforce.CountryCode `json:"origin_countries,omitempty" validate:"omitempty,dive,valid"`
	// OriginKinds lists the origin credential kinds covered; empty covers all.
	OriginKinds []SchemeKind `json:"origin_kinds,omitempty" validate:"omitempty,dive,valid"`
	// HostSchemes lists the host schemes covered; empty covers any scheme
	// in HostCountries.
	HostSchemes []workforce.ID `json:"host_schemes,omitempty" validate:"omitempty,dive,valid"`
	// HostCountries lists the host jurisdictions covered; empty covers all.
	HostCountries []workforce.CountryCode `json:"host_countries,omitempty" validate:"omitempty,dive,valid"`
	// SameCountry allows origin and host in the same jurisdiction (off:
	// recognition is between jurisdictions).
	SameCountry bool `json:"same_country,omitempty"`
	// CountryBased says the arrangement is between countries (reciprocity),
	// not between credentials: it needs no origin credential, applies
	// whether or not the origin has a regime (or the applicant holds no
	// credential at all), and its waivers follow from its conditions
	// alone.
	CountryBased bool `json:"country_based,omitempty"`
	// HostPurpose is the host rule evaluated: grant when unset, or
	// exam_admission when the arrangement opens the host's examination
	// (PH: foreign applicants with reciprocity).
	HostPurpose RulePurpose `json:"host_purpose,omitempty" validate:"omitempty,valid"`
	// From and To bound the evaluation dates the rule is in force.
	From workforce.CivilDate `json:"from" validate:"required"`
	To   workforce.CivilDate `json:"to,omitzero"`
	// Conditions must all be met by the holder's facts.
	Conditions []Requirement `json:"conditions,omitempty"`
	// Waives lists host requirement IDs the arrangement counts as met.
	Waives []workforce.ID `json:"waives,omitempty" validate:"omitempty,dive,valid"`
	// Adaptable lists host requirement IDs that a period of adaptation
	// (supervised practice or study in the host country) can supply.
	Adaptable []workforce.ID `json:"adaptable,omitempty" validate:"omitempty,dive,valid"`
	// Outcome is the result when the conditions and the host requirements
	// are met: recognised or recognised_with_restrictions.
	Outcome RecognitionOutcome `json:"outcome" validate:"required,valid"`
	// Restrictions describe what a restricted recognition allows.
	Restrictions []string `json:"restrictions,omitempty" validate:"omitempty,dive,min=1,max=500"`
	// Source cites the arrangement.
	Source RuleSource `json:"source"`
	// Confidence grades it.
	Confidence RuleConfidence `json:"confidence" validate:"required,valid"`
	// Notes record interpretations.
	Notes []string `json:"notes,omitempty" validate:"omitempty,dive,min=1,max=1000"`
}

// Validate checks the rule: field rules, a source title, dates in order,
// an outcome of recognised or recognised_with_restrictions (restrictions
// listed exactly when restricted), unique waived and adaptable IDs, and
// condition trees under the rules of [Scheme.Validate] (without exams or
// CPD, which belong to schemes).
func (r RecognitionRule) Validate() error { return r.appendProblems(nil, "").Err() }

func (r *RecognitionRule) appendProblems(ps workforce.Problems, base string) workforce.Problems {
	ps = report.Fields(ps, base, r)
	ps = needTitle(ps, base+"/source", r.Source)
	ps = dateOrder(ps, base+"/to", r.From, r.To, "from")
	switch r.Outcome {
	case RecognitionRecognised:
		if len(r.Restrictions) > 0 {
			ps = inconsistent(ps, base+"/restrictions", "", "restrictions need the outcome recognised_with_restrictions")
		}
	case RecognitionRestricted:
		if len(r.Restrictions) == 0 {
			ps = append(ps, workforce.Problem{Code: CodeMissingParameter, Path: base + "/restrictions",
				Message: "a restricted recognition must list its restrictions"})
		}
	case "":
	default:
		ps = append(ps, workforce.Problem{Code: workforce.CodeNotSupported, Path: base + "/outcome", Value: string(r.Outcome), Param: joinStrings(ruleOutcomes[:], "|"),
			Message: "a rule's outcome when met must be " + joinStrings(ruleOutcomes[:], " or ")})
	}
	for _, list := range [2]struct {
		name string
		ids  []workforce.ID
	}{{"waives", r.Waives}, {"adaptable", r.Adaptable}} {
		for i, id := range list.ids {
			if slices.Index(list.ids, id) != i {
				ps = append(ps, workforce.Problem{Code: CodeDuplicate, Path: jsonptr.Index(base+"/"+list.name, i), Value: string(id),
					Message: "listed twice"})
			}
		}
	}
	var b backing
	b, ps = backing{}.under(ps, base, r.Source, r.Confidence)
	c := treeChecker{scheme: &Scheme{}, version: &RuleVersion{}, seen: make(map[workforce.ID]string)}
	for i := range r.Conditions {
		ps = c.check(ps, &r.Conditions[i], jsonptr.Index(base+"/conditions", i), 1, b)
	}
	return ps
}

// RecognitionDecision is the result of [Recognise]: the outcome, the
// findings of the rule's conditions, the host decision, and which host
// requirements (the top-level requirements of the host's rule and its
// prerequisites, by code) are already met, missing or undetermined.
type RecognitionDecision struct {
	// RuleID is the recognition rule applied.
	RuleID workforce.ID `json:"rule_id" validate:"required,valid"`
	// OriginSchemeID is the scheme of the credential held; unset for an
	// applicant who holds none (a graduate).
	OriginSchemeID workforce.ID `json:"origin_scheme_id,omitempty" validate:"omitempty,valid"`
	// HostSchemeID is the scheme the credential is recognised in.
	HostSchemeID workforce.ID `json:"host_scheme_id" validate:"required,valid"`
	// AsOf is the evaluation date (the date the host rule is about).
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// Outcome is recognised, recognised with restrictions, adaptation
	// required, refused, undetermined or not applicable.
	Outcome RecognitionOutcome `json:"outcome" validate:"required,valid"`
	// Message summarises the outcome.
	Message string `json:"message" validate:"required,max=1000"`
	// Conditions are the findings of the rule's conditions.
	Conditions []Finding `json:"conditions,omitempty"`
	// Host is the host scheme's decision with the waivers applied.
	Host *Decision `json:"host,omitempty"`
	// Met, Missing and Undetermined sort the host requirements.
	Met          []workforce.ID `json:"met,omitempty" validate:"omitempty,dive,valid"`
	Missing      []workforce.ID `json:"missing,omitempty" validate:"omitempty,dive,valid"`
	Undetermined []workforce.ID `json:"undetermined,omitempty" validate:"omitempty,dive,valid"`
	// Restrictions apply to a restricted recognition.
	Restrictions []string `json:"restrictions,omitempty"`
}

// Validate checks the field rules of the decision, its condition findings
// and its host decision.
func (d RecognitionDecision) Validate() error {
	var ps workforce.Problems
	shallow := d
	shallow.Host = nil
	ps = report.Fields(ps, "", &shallow)
	for i := range d.Conditions {
		ps = d.Conditions[i].appendProblems(ps, jsonptr.Index("/conditions", i), 0)
	}
	if d.Host != nil {
		for _, p := range workforce.AsProblems(d.Host.Validate()) {
			p.Path = "/host" + p.Path
			ps = append(ps, p)
		}
	}
	return ps.Err()
}

// covers reports whether the rule covers the origin and host schemes; an
// origin without an ID is an applicant with no credential, whose origin
// countries are their citizenships.
func (r *RecognitionRule) covers(origin, host *Scheme, f *Facts) bool {
	if len(r.HostSchemes) > 0 && !slices.Contains(r.HostSchemes, host.ID) {
		return false
	}
	if len(r.HostCountries) > 0 && !slices.Contains(r.HostCountries, host.Jurisdiction) {
		return false
	}
	if origin.ID == "" {
		if len(r.OriginSchemes) > 0 {
			return false
		}
		if len(r.OriginCountries) > 0 && !slices.ContainsFunc(f.Citizenship, func(cc workforce.CountryCode) bool { return slices.Contains(r.OriginCountries, cc) }) {
			return false
		}
		return r.SameCountry || slices.ContainsFunc(f.Citizenship, func(cc workforce.CountryCode) bool { return cc != host.Jurisdiction })
	}
	if len(r.OriginSchemes) > 0 && !slices.Contains(r.OriginSchemes, origin.ID) {
		return false
	}
	if len(r.OriginCountries) > 0 && !slices.Contains(r.OriginCountries, origin.Jurisdiction) {
		return false
	}
	if len(r.OriginKinds) > 0 && origin.Basis != BasisNoRegime && !slices.Contains(r.OriginKinds, origin.Kind) {
		return false
	}
	return r.SameCountry || origin.Jurisdiction != host.Jurisdiction
}

// Recognise evaluates a holder of a credential of the origin scheme
// against the host scheme under a recognition rule, on asOf. The
// algorithm:
//
//  1. the rule, both schemes and the facts are validated;
//  2. not_applicable when the host has no regime (only qualification
//     recognition can apply), the rule is not in force on asOf, or it does
//     not cover the origin and host schemes;
//  3. the rule's conditions are evaluated, preceded, when the origin has
//     a regime and the rule is credential-based, by "a current credential
//     of the origin scheme is held"; when the origin has no regime (or
//     is the zero Scheme: an applicant holding no credential) there is no
//     credential to recognise, so a credential-based rule waives no host
//     requirement (qualification recognition only), while a
//     country-based rule (reciprocity) waives what it lists on its
//     conditions alone;
//  4. the host's rule for HostPurpose (grant by default) is evaluated
//     with the waived requirements
//     counted as met, and its top-level requirements are sorted into met,
//     missing and undetermined;
//  5. the outcome: refused when a condition is not met; undetermined when
//     a condition or the host decision is unknown; the rule's outcome when
//     the host rule is met; adaptation_required when every missing host
//     requirement is adaptable; otherwise refused. A host decision that is
//     not applicable (no rule in force) gives not_applicable.
//
// Recognise prepares the rule and the schemes for each call; to decide
// many applicants under one rule, prepare them once with [NewRecogniser].
func Recognise(rule RecognitionRule, origin, host Scheme, f Facts, asOf workforce.CivilDate) (RecognitionDecision, error) {
	r, err := NewRecogniser(rule, origin, host)
	if err != nil {
		return RecognitionDecision{}, err
	}
	return r.Recognise(f, asOf)
}

// A Recogniser decides applicants under one recognition rule from one
// origin scheme to one host scheme, as [Recognise] does, with the rule
// and the schemes validated and prepared once. It keeps private copies:
// the caller may change what it passed. It is safe for concurrent use.
type Recogniser struct {
	rule       RecognitionRule
	origin     Scheme
	host       *Evaluator
	purpose    RulePurpose
	credential bool   // the origin has a regime: a credential to recognise
	conds      []node // the conditions, the origin credential first when credential-based
}

// NewRecogniser validates the rule and the origin scheme (unless it is the
// zero Scheme: an applicant holding no credential) and prepares the host
// scheme's rule for the rule's HostPurpose (grant by default). Problems
// are [*InputError]s, as [Recognise] returns them.
func NewRecogniser(rule RecognitionRule, origin, host Scheme) (*Recogniser, error) {
	if err := rule.Validate(); err != nil {
		return nil, inputError("recognition_rule", err)
	}
	if origin.ID != "" {
		if err := origin.Validate(); err != nil {
			return nil, inputError("scheme", err)
		}
	}
	purpose := rule.HostPurpose
	if purpose == "" {
		purpose = PurposeGrant
	}
	e, err := NewEvaluator(host, purpose)
	if err != nil {
		return nil, err
	}
	r := &Recogniser{rule: rule.Clone(), origin: origin.Clone(), host: e, purpose: purpose,
		credential: origin.ID != "" && origin.Basis != BasisNoRegime}
	rule = r.rule
	r.conds = make([]node, 0, len(rule.Conditions)+1)
	if r.credential && !rule.CountryBased {
		req := &Requirement{ID: "origin.credential", Kind: ReqCredential, Title: "Current credential of the origin scheme " + string(origin.ID), Schemes: []workforce.ID{origin.ID}}
		r.conds = append(r.conds, compile(&e.scheme, nil, req, rule.Source))
	}
	for i := range rule.Conditions {
		r.conds = append(r.conds, compile(&e.scheme, nil, &r.rule.Conditions[i], rule.Source))
	}
	return r, nil
}

// Recognise decides one applicant, from their facts, on asOf: steps 1 (the
// facts) to 5 of [Recognise].
func (r *Recogniser) Recognise(f Facts, asOf workforce.CivilDate) (RecognitionDecision, error) {
	rule, origin, host, e, purpose, credential := &r.rule, &r.origin, &r.host.scheme, r.host, r.purpose, r.credential
	if err := f.Validate(); err != nil {
		return RecognitionDecision{}, inputError("facts", err)
	}
	d := RecognitionDecision{RuleID: rule.ID, OriginSchemeID: origin.ID, HostSchemeID: host.ID, AsOf: asOf}
	switch {
	case host.Basis == BasisNoRegime:
		d.Outcome = RecognitionNotApplicable
		d.Message = "the host jurisdiction " + string(host.Jurisdiction) + " has no regime for this credential; only recognition of the qualification can apply"
		return d, nil
	case !asOf.Within(rule.From, rule.To):
		d.Outcome = RecognitionNotApplicable
		d.Message = "the arrangement " + string(rule.ID) + " is not in force on " + asOf.String()
		return d, nil
	case !rule.covers(origin, host, &f):
		d.Outcome = RecognitionNotApplicable
		from := string(origin.ID)
		if from == "" {
			from = "an applicant without a credential"
		}
		d.Message = "the arrangement " + string(rule.ID) + " does not cover " + from + " to " + string(host.ID)
		return d, nil
	}
	c := ctx{e: e, f: &f, asOf: asOf, explain: true}
	co, cf := c.evalAll(r.conds)
	d.Conditions = cf
	if (credential || rule.CountryBased) && co != OutcomeNotMet {
		c.waived = make(map[workforce.ID]bool, len(rule.Waives))
		for _, id := range rule.Waives {
			c.waived[id] = true
		}
	}
	hd := c.decide()
	d.Host = &hd
	for _, k := range hd.Finding.Children {
		switch k.Outcome {
		case OutcomeMet:
			d.Met = append(d.Met, k.Code)
		case OutcomeNotMet:
			d.Missing = append(d.Missing, k.Code)
		case OutcomeUnknown:
			d.Undetermined = append(d.Undetermined, k.Code)
		}
	}
	switch {
	case co == OutcomeNotMet:
		d.Outcome = RecognitionRefused
		d.Message = "the holder does not meet the conditions of " + string(rule.ID)
	case hd.Outcome == OutcomeNotApplicable:
		d.Outcome = RecognitionNotApplicable
		d.Message = "the host scheme has no " + string(purpose) + " rule in force on " + asOf.String()
	case co == OutcomeUnknown || hd.Outcome == OutcomeUnknown:
		d.Outcome = RecognitionUndetermined
		d.Message = "facts needed for the conditions or the host requirements are missing"
	case hd.Outcome == OutcomeMet:
		d.Outcome = rule.Outcome
		d.Restrictions = slices.Clone(rule.Restrictions)
		d.Message = "recognised under " + string(rule.ID)
		if rule.Outcome == RecognitionRestricted {
			d.Message += ", with restrictions: " + strings.Join(rule.Restrictions, "; ")
		}
	default:
		adaptable := len(d.Missing) > 0
		for _, id := range d.Missing {
			if !slices.Contains(rule.Adaptable, id) {
				adaptable = false
			}
		}
		if adaptable {
			d.Outcome = RecognitionAdaptation
			d.Message = "a period of adaptation can supply: " + joinStrings(d.Missing, ", ")
		} else {
			d.Outcome = RecognitionRefused
			d.Message = "host requirements missing that adaptation cannot supply: " + joinStrings(d.Missing, ", ")
		}
	}
	if !credential && !rule.CountryBased {
		d.Message += " (no origin credential: qualification recognition only)"
	}
	return d, nil
}
