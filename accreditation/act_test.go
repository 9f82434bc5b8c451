package accreditation_test

import (
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// TestMayActWithout: may this person practise, hold a social work post
// or use the title without a Philippine certificate of registration?
// RA 4373 s.10 as amended by RA 5175 (1967) [S3]: not without one,
// unless a social worker or authority of another country is called in
// for consultation by an agency working with the United Nations or a
// similar international social agency; using the title has no such
// exemption [S8].
func TestMayActWithout(t *testing.T) {
	invitation := []accreditation.SupportingDocument{{Kind: accreditation.DocConsultationInvitation, Date: d("2025-03-01")}}
	cases := []struct {
		name    string
		purpose accreditation.RulePurpose
		facts   accreditation.Facts
		want    accreditation.Outcome
		decided string // the finding that decides, when met
	}{
		{"registered social worker", accreditation.PurposePractice,
			accreditation.Facts{Credentials: []workforce.Credential{held(accreditation.SchemePHRegistration, "2015-09-01", "")}},
			accreditation.OutcomeMet, "ph.practice.1967.registered"},
		{"UN consultant, citizen of another country", accreditation.PurposePractice,
			accreditation.Facts{Citizenship: []workforce.CountryCode{"US"}, Documents: invitation, KnownEmpty: []accreditation.FactList{accreditation.ListCredentials}},
			accreditation.OutcomeMet, "ph.practice.1967.foreign_consultant"},
		{"UN consultant, Filipino resident abroad", accreditation.PurposeRole,
			accreditation.Facts{Citizenship: []workforce.CountryCode{"PH"}, Documents: invitation, Circumstances: []accreditation.Circumstance{accreditation.CircumstanceResidentAbroad},
				KnownEmpty: []accreditation.FactList{accreditation.ListCredentials}},
			accreditation.OutcomeMet, "ph.role.1967.foreign_consultant"},
		{"Filipino in the Philippines without a certificate", accreditation.PurposePractice,
			accreditation.Facts{Citizenship: []workforce.CountryCode{"PH"}, Documents: invitation, KnownEmpty: []accreditation.FactList{accreditation.ListCredentials, accreditation.ListCircumstances}},
			accreditation.OutcomeNotMet, ""},
		{"invited, citizenship and residence unknown", accreditation.PurposePractice,
			accreditation.Facts{Documents: invitation, KnownEmpty: []accreditation.FactList{accreditation.ListCredentials}},
			accreditation.OutcomeUnknown, ""},
		{"UN consultant using the title", accreditation.PurposeTitleUse,
			accreditation.Facts{Citizenship: []workforce.CountryCode{"US"}, Documents: invitation, KnownEmpty: []accreditation.FactList{accreditation.ListCredentials}},
			accreditation.OutcomeNotMet, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dec := evaluate(t, scheme(t, accreditation.SchemePHRegistration), c.purpose, c.facts, "2025-03-10")
			wantOutcome(t, dec, c.want)
			if c.decided != "" {
				if f := find(t, dec, c.decided); f.Outcome != accreditation.OutcomeMet {
					t.Errorf("%s: %s", c.decided, f.Outcome)
				}
			}
			if c.want == accreditation.OutcomeUnknown {
				paths := codesPaths(dec.Missing())
				if len(paths) == 0 {
					t.Error("unknown without a missing fact")
				}
			}
		})
	}
	// No regime: nothing restricts the act, and that is not a refusal.
	dec := evaluate(t, scheme(t, "MY-NO-REGIME"), accreditation.PurposePractice, accreditation.Facts{}, "2025-03-10")
	wantOutcome(t, dec, accreditation.OutcomeNotApplicable)
}

// TestActExemptionsAsData: supervised students and emergency deployment
// as statutory exemptions of a (fixture) scheme; the scheme's
// prerequisites do not apply to acts.
func TestActExemptionsAsData(t *testing.T) {
	s := minimalScheme()
	s.Prerequisites = []workforce.ID{"XX-OTHER"}
	s.Versions = append(s.Versions, accreditation.RuleVersion{ID: "practice", Purpose: accreditation.PurposePractice, EventDate: accreditation.EventDecisionDate,
		From: d("2020-01-01"), Source: s.Source, Confidence: accreditation.ConfidencePartial,
		Requirements: []accreditation.Requirement{{ID: "routes", Kind: accreditation.ReqAnyOf, Of: []accreditation.Requirement{
			{ID: "licensed", Kind: accreditation.ReqCredential, Schemes: []workforce.ID{"XX-TEST"}},
			{ID: "student", Kind: accreditation.ReqCircumstance, Circumstances: []accreditation.Circumstance{accreditation.CircumstanceSupervisedStudent}},
			{ID: "emergency", Kind: accreditation.ReqCircumstance, Circumstances: []accreditation.Circumstance{accreditation.CircumstanceEmergency},
				AvailableFrom: d("2024-11-01"), AvailableUntil: d("2024-12-31")},
		}}}})
	none := []accreditation.FactList{accreditation.ListCredentials}
	for _, c := range []struct {
		circumstance accreditation.Circumstance
		on           string
		want         accreditation.Outcome
	}{
		{accreditation.CircumstanceSupervisedStudent, "2025-01-10", accreditation.OutcomeMet},
		{accreditation.CircumstanceEmergency, "2024-11-20", accreditation.OutcomeMet},
		{accreditation.CircumstanceEmergency, "2025-01-10", accreditation.OutcomeNotMet},
	} {
		f := accreditation.Facts{Circumstances: []accreditation.Circumstance{c.circumstance}, KnownEmpty: none}
		dec := evaluate(t, s, accreditation.PurposePractice, f, c.on)
		if dec.Outcome != c.want {
			t.Errorf("%s on %s: %s, want %s", c.circumstance, c.on, dec.Outcome, c.want)
		}
		if _, ok := dec.Find("prerequisite.XX-OTHER"); ok {
			t.Error("a prerequisite was applied to an act")
		}
	}
}
