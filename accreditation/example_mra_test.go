package accreditation_test

import (
	"fmt"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// A Philippine professional engineer asks to be registered in Singapore
// as a Registered Foreign Professional Engineer under the ASEAN
// engineering MRA. The host's own RFPE rule is stated by the caller (here
// an application only); the arrangement's ACPE criteria are shipped.
func ExampleASEANEngineeringMRA() {
	src := accreditation.RuleSource{Title: "Stated by the caller"}
	origin := accreditation.Scheme{ID: "PH-PE", Title: "Philippine professional engineer", Jurisdiction: "PH",
		Basis: accreditation.BasisStatutory, Kind: accreditation.KindRegistration, IssuingBody: "Professional Regulation Commission",
		Source: src, Confidence: accreditation.ConfidenceUnconfirmed}
	host := accreditation.Scheme{ID: "SG-RFPE", Title: "Registered Foreign Professional Engineer", Jurisdiction: "SG",
		Basis: accreditation.BasisStatutory, Kind: accreditation.KindRegistration, IssuingBody: "Host regulatory authority",
		Source: src, Confidence: accreditation.ConfidenceUnconfirmed,
		Versions: []accreditation.RuleVersion{{ID: "rfpe.grant", Purpose: accreditation.PurposeGrant, EventDate: accreditation.EventFilingDate,
			From: workforce.MustParseDate("2005-12-09"), Source: src, Confidence: accreditation.ConfidenceUnconfirmed,
			Requirements: []accreditation.Requirement{{ID: "rfpe.application", Kind: accreditation.ReqDocument, Title: "Application", Document: accreditation.DocApplicationForm}}}}}
	day := workforce.MustParseDate
	f := accreditation.Facts{
		Qualifications: []workforce.Qualification{{Title: "BS Civil Engineering", Level: workforce.EducationBachelor, Field: workforce.FieldOther,
			Accredited: true, Completed: day("2016-04-30")}},
		Credentials: []workforce.Credential{{SchemeID: "PH-PE", Issued: day("2017-01-15"), Status: workforce.CredentialActive}},
		Work:        []accreditation.WorkPeriod{{Start: day("2016-06-01"), End: day("2022-12-31"), Country: "PH"}},
		Documents: []accreditation.SupportingDocument{{Kind: accreditation.DocResponsibleCharge, Date: day("2022-11-01")},
			{Kind: accreditation.DocCPDCompliance, Date: day("2022-12-01")}, {Kind: accreditation.DocApplicationForm, Date: day("2023-01-05")}},
		KnownEmpty: []accreditation.FactList{accreditation.ListProceedings},
	}
	rd, err := accreditation.Recognise(accreditation.ASEANEngineeringMRA(), origin, host, f, day("2023-01-10"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rd.Outcome)
	for _, c := range rd.Conditions {
		if c.Outcome != accreditation.OutcomeMet {
			fmt.Println(" ", c.Code, c.Outcome, c.Found)
		}
	}

	// Seven years after graduation, still practising.
	f.Work[0].End = day("2023-06-30")
	rd, _ = accreditation.Recognise(accreditation.ASEANEngineeringMRA(), origin, host, f, day("2023-07-10"))
	fmt.Println(rd.Outcome)
	for _, r := range rd.Restrictions {
		fmt.Println(" ", r)
	}
	// Output:
	// refused
	//   mra.eng.experience not_met 2405 days
	// recognised_with_restrictions
	//   Registered Foreign Professional Engineer: works in collaboration with designated professional engineers of the host country, not in independent practice unless the host's regulatory authority specifically permits it
	//   Subject to the host's domestic laws and regulations; where applicable, makes no submissions to the host's statutory authorities
	//   Only in the areas of competence and the disciplines the host's regulatory authority registers
}
