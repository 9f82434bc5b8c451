package accreditation

import "slices"

// Clone returns a deep copy of the scheme: no slice, pointer or nested
// requirement is shared with s, so either may be changed without
// affecting the other. Decimal values are immutable and are copied as
// values.
func (s Scheme) Clone() Scheme {
	c := s
	c.ProtectedTitles = slices.Clone(s.ProtectedTitles)
	c.Prerequisites = slices.Clone(s.Prerequisites)
	c.Notes = slices.Clone(s.Notes)
	c.Terms = cloneEach(s.Terms, ValidityRule.clone)
	c.Exams = cloneEach(s.Exams, ExamRule.clone)
	c.Versions = cloneEach(s.Versions, RuleVersion.clone)
	return c
}

// Clone returns a deep copy of the recognition rule.
func (r RecognitionRule) Clone() RecognitionRule {
	c := r
	c.OriginSchemes = slices.Clone(r.OriginSchemes)
	c.OriginCountries = slices.Clone(r.OriginCountries)
	c.OriginKinds = slices.Clone(r.OriginKinds)
	c.HostSchemes = slices.Clone(r.HostSchemes)
	c.HostCountries = slices.Clone(r.HostCountries)
	c.Conditions = cloneEach(r.Conditions, Requirement.Clone)
	c.Waives = slices.Clone(r.Waives)
	c.Adaptable = slices.Clone(r.Adaptable)
	c.Restrictions = slices.Clone(r.Restrictions)
	c.Notes = slices.Clone(r.Notes)
	return c
}

// Clone returns a deep copy of the requirement and its subtree.
func (r Requirement) Clone() Requirement {
	c := r
	c.Exemptions = cloneEach(r.Exemptions, Exemption.clone)
	c.Of = cloneEach(r.Of, Requirement.Clone)
	c.If = cloneEach(r.If, Requirement.Clone)
	c.Levels = slices.Clone(r.Levels)
	c.Fields = slices.Clone(r.Fields)
	c.Institutions = slices.Clone(r.Institutions)
	c.Countries = slices.Clone(r.Countries)
	c.Settings = slices.Clone(r.Settings)
	if r.Supervisor != nil {
		sup := *r.Supervisor
		sup.Credentials = slices.Clone(sup.Credentials)
		c.Supervisor = &sup
	}
	c.Courses = slices.Clone(r.Courses)
	c.Schemes = slices.Clone(r.Schemes)
	c.Proceedings = slices.Clone(r.Proceedings)
	c.Circumstances = slices.Clone(r.Circumstances)
	return c
}

// cloneEach copies a slice, cloning each element; nil stays nil.
func cloneEach[T any](s []T, clone func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i := range s {
		out[i] = clone(s[i])
	}
	return out
}

func (e Exemption) clone() Exemption {
	c := e
	c.If = cloneEach(e.If, Requirement.Clone)
	return c
}

func (t ValidityRule) clone() ValidityRule {
	c := t
	c.Surcharges = cloneEach(t.Surcharges, func(x Surcharge) Surcharge {
		if x.Amount != nil {
			a := *x.Amount
			x.Amount = &a
		}
		return x
	})
	c.Notes = slices.Clone(t.Notes)
	return c
}

func (e ExamRule) clone() ExamRule {
	c := e
	c.Subjects = slices.Clone(e.Subjects)
	if e.Waiver != nil {
		w := *e.Waiver
		c.Waiver = &w
	}
	c.Notes = slices.Clone(e.Notes)
	return c
}

func (v RuleVersion) clone() RuleVersion {
	c := v
	c.Requirements = cloneEach(v.Requirements, Requirement.Clone)
	if v.CPD != nil {
		r := v.CPD.clone()
		c.CPD = &r
	}
	c.Notes = slices.Clone(v.Notes)
	return c
}

func (r CPDRule) clone() CPDRule {
	c := r
	c.Conversions = slices.Clone(r.Conversions)
	c.Limits = cloneEach(r.Limits, func(l CPDLimit) CPDLimit {
		l.Categories = slices.Clone(l.Categories)
		l.Activities = slices.Clone(l.Activities)
		l.Topics = slices.Clone(l.Topics)
		return l
	})
	c.CarryOverActivities = slices.Clone(r.CarryOverActivities)
	c.PhaseIn = slices.Clone(r.PhaseIn)
	c.Exemptions = cloneEach(r.Exemptions, Exemption.clone)
	if r.Deferral != nil {
		d := *r.Deferral
		c.Deferral = &d
	}
	c.Transitions = slices.Clone(r.Transitions)
	return c
}
