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

// TestReferenceRegimes: Pennsylvania [S122], New Mexico [S123], the
// Scottish Social Services Council [S132][S133] and New York's
// conditional registration [S146].
func TestReferenceRegimes(t *testing.T) {
	rec := func(date, h string, topics ...workforce.CPDTopic) workforce.CPDRecord {
		return workforce.CPDRecord{Date: d(date), Hours: hrs(h), Category: workforce.CPDStructured, Activity: workforce.ActivityCourse, Topics: topics}
	}
	t.Run("PA 30 hours, 3 ethics", func(t *testing.T) {
		s := scheme(t, accreditation.SchemePennsylvania)
		f := accreditation.Facts{Credentials: []workforce.Credential{held(accreditation.SchemePennsylvania, "2023-03-01", "2025-02-28")},
			CPD: []workforce.CPDRecord{rec("2023-06-01", "2", workforce.TopicEthics), rec("2024-06-01", "28")}}
		dec := evaluate(t, s, accreditation.PurposeRenewal, f, "2025-02-10")
		if got := codes(dec.Unmet()); len(got) != 1 || got[0] != "pa.ce:ethics" {
			t.Errorf("2 ethics hours: unmet %v", got)
		}
		f.CPD[0].Hours = hrs("3")
		wantOutcome(t, evaluate(t, s, accreditation.PurposeRenewal, f, "2025-02-10"), accreditation.OutcomeMet)
	})
	t.Run("NM 30 hours from 1 July, 6 cultural awareness", func(t *testing.T) {
		s := scheme(t, accreditation.SchemeNewMexico)
		f := accreditation.Facts{CPD: []workforce.CPDRecord{rec("2024-06-15", "24"), rec("2024-08-01", "6", workforce.TopicCulturalCompetence), rec("2025-03-01", "24")}}
		a, err := accreditation.AssessCPD(s, f, d("2026-05-01"))
		if err != nil || a.WindowStart != d("2024-07-01") || a.WindowEnd != d("2026-06-30") || a.Counted.String() != "30" || a.Outcome != accreditation.OutcomeMet {
			t.Errorf("assessment %+v %v: want 2024-07-01 to 2026-06-30, 30 counted", a, err)
		}
	})
	t.Run("SSSC restoration and non-UK practice learning", func(t *testing.T) {
		s := scheme(t, accreditation.SchemeSSSC)
		h := accreditation.Holding{SchemeID: s.ID, Events: []accreditation.LifecycleEvent{ev(accreditation.EventIssued, "2016-05-01"), ev(accreditation.EventRevoked, "2020-03-01"),
			ev(accreditation.EventRestorationRefused, "2023-06-01")}}
		st, err := accreditation.Standing(s, h, d("2024-01-01"), accreditation.Calendar{})
		if err != nil || st.RestorableFrom != d("2025-06-01") {
			t.Errorf("restorable from %s %v, want 2025-06-01 (2 years after the refusal)", st.RestorableFrom, err)
		}
		q := workforce.Qualification{Level: workforce.EducationMaster, Field: workforce.FieldSocialWork, Country: "PH", Completed: d("2018-03-31")}
		f := accreditation.Facts{Qualifications: []workforce.Qualification{q}, Practice: []accreditation.PracticeBlock{{Hours: hrs("700"), Start: d("2017-06-01"), End: d("2018-02-28")}}}
		wantOutcome(t, evaluate(t, s, accreditation.PurposeGrant, f, "2024-01-10"), accreditation.OutcomeNotMet)
		f.Qualifications[0].Country = "GB"
		wantOutcome(t, evaluate(t, s, accreditation.PurposeGrant, f, "2024-01-10"), accreditation.OutcomeMet)
	})
	t.Run("NY conditional registration", func(t *testing.T) {
		s := scheme(t, accreditation.SchemeNewYork)
		f := accreditation.Facts{Credentials: []workforce.Credential{held(accreditation.SchemeNewYork, "2022-03-01", "2025-02-28")},
			CPD:        []workforce.CPDRecord{rec("2023-06-01", "20")},
			Documents:  []accreditation.SupportingDocument{{Kind: accreditation.DocConditionalRegistration, Date: d("2025-02-20")}},
			KnownEmpty: []accreditation.FactList{accreditation.ListCircumstances},
		}
		dec := evaluate(t, s, accreditation.PurposeRenewal, f, "2025-02-25")
		wantOutcome(t, dec, accreditation.OutcomeMet)
		if got := find(t, dec, "ny.ce"); got.Outcome != accreditation.OutcomeNotMet {
			t.Errorf("ny.ce %s", got.Outcome)
		}
	})
}
