package accreditation_test

import (
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// TestShippedDataItems: the data items added with their sources.
func TestShippedDataItems(t *testing.T) {
	t.Run("TH written exam admission through Council membership [S52][S53]", func(t *testing.T) {
		s := scheme(t, accreditation.SchemeTHProvisional)
		for _, c := range []struct {
			name string
			f    accreditation.Facts
			want accreditation.Outcome
		}{
			{"member", accreditation.Facts{Credentials: []workforce.Credential{thMember()}}, accreditation.OutcomeMet},
			{"membership applied for", accreditation.Facts{Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocMembershipApplication, Date: d("2025-01-05")}},
				KnownEmpty: []accreditation.FactList{accreditation.ListCredentials}}, accreditation.OutcomeMet},
			{"membership expired, nothing applied for", accreditation.Facts{Credentials: []workforce.Credential{held(accreditation.SchemeTHMembership, "2018-01-10", "2023-01-09")},
				KnownEmpty: []accreditation.FactList{accreditation.ListDocuments}}, accreditation.OutcomeNotMet},
		} {
			if dec := evaluate(t, s, accreditation.PurposeExamAdmission, c.f, "2025-01-20"); dec.Outcome != c.want {
				t.Errorf("%s: %s, want %s", c.name, dec.Outcome, c.want)
			}
		}
	})
	t.Run("ID foreign social workers able to use Indonesian [S37] (M)", func(t *testing.T) {
		s := scheme(t, accreditation.SchemeIDRegistration)
		f := accreditation.Facts{
			Citizenship: []workforce.CountryCode{"AU"},
			Credentials: []workforce.Credential{held(accreditation.SchemeIDCompetency, "2023-05-10", "")},
			Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocHealthCertificate, Date: d("2025-01-05")},
				{Kind: accreditation.DocOathStatement, Date: d("2025-01-06")}, {Kind: accreditation.DocEthicsUndertaking, Date: d("2025-01-06")}},
		}
		dec := evaluate(t, s, accreditation.PurposeGrant, f, "2025-01-10")
		wantOutcome(t, dec, accreditation.OutcomeNotMet)
		if got := codes(dec.Unmet()); len(got) != 1 || got[0] != "id.str.language" {
			t.Errorf("unmet %v", got)
		}
		f.Documents = append(f.Documents, accreditation.SupportingDocument{Kind: accreditation.DocLanguage, Date: d("2024-11-01")})
		wantOutcome(t, evaluate(t, s, accreditation.PurposeGrant, f, "2025-01-10"), accreditation.OutcomeMet)
	})
	t.Run("SG RSSP closed to new applicants since June 2012 [S75]", func(t *testing.T) {
		s := scheme(t, accreditation.SchemeSGRSSP)
		f := accreditation.Facts{Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocApplicationForm, Date: d("2011-05-01")}}}
		wantOutcome(t, evaluate(t, s, accreditation.PurposeGrant, f, "2011-05-02"), accreditation.OutcomeMet)
		f.Documents[0].Date = d("2015-05-01")
		dec := evaluate(t, s, accreditation.PurposeGrant, f, "2015-05-02")
		wantOutcome(t, dec, accreditation.OutcomeNotMet)
		if got := find(t, dec, "sg.rssp.new_accreditation"); got.Reason != accreditation.ReasonWindowClosed {
			t.Errorf("reason %s, want window_closed", got.Reason)
		}
	})
}
