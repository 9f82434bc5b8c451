package accreditation

import "github.com/sswkit/ssw/workforce"

// Schemes returns every shipped scheme, fresh on each call, in a fixed
// order: the ASEAN jurisdictions (Philippines, Thailand, Singapore,
// Indonesia, Viet Nam, then the no-regime entries for Malaysia, Cambodia,
// Lao PDR, Myanmar, Brunei Darussalam and Timor-Leste) and the reference
// systems (ASWB examinations, Texas, New York, Pennsylvania, New Mexico,
// Social Work England, the Scottish Social Services Council, CSWE field
// education), then the nursing schemes the ASEAN nursing MRA applies
// between (Philippine registered nurse, Singapore Nursing Board). Every rule carries its source and a confidence mark;
// what the research marks as not confirmed is left out and said so in the
// notes.
func Schemes() []Scheme {
	var out []Scheme
	out = append(out, Philippines()...)
	out = append(out, Thailand()...)
	out = append(out, Singapore()...)
	out = append(out, Indonesia()...)
	out = append(out, VietNam()...)
	out = append(out, NoRegimes()...)
	out = append(out, ReferenceSystems()...)
	out = append(out, NursingSchemes()...)
	return out
}

// SchemeByID returns a fresh copy of the shipped scheme with the ID.
func SchemeByID(id workforce.ID) (Scheme, bool) {
	for _, s := range Schemes() {
		if s.ID == id {
			return s, true
		}
	}
	return Scheme{}, false
}

// RecognitionRules returns the shipped recognition rules, fresh on each
// call: the ASEAN nursing MRA as a model (no ASEAN social work MRA exists),
// the ASEAN engineering MRA (ACPE registered as RFPE), and the Philippine admission of foreign applicants to the licensure
// examination under reciprocity.
func RecognitionRules() []RecognitionRule {
	return []RecognitionRule{ASEANNursingMRA(), ASEANEngineeringMRA(), PhilippineReciprocity()}
}

// Catalogue returns every shipped scheme and recognition rule as one
// document.
func Catalogue() SchemeCatalogue {
	return SchemeCatalogue{Schemes: Schemes(), Recognition: RecognitionRules()}
}

// Helpers for building the shipped data. They return fresh values.

func date(s string) workforce.CivilDate { return workforce.MustParseDate(s) }

func dec(s string) workforce.Decimal { return workforce.MustParseDecimal(s) }

func hours(s string) workforce.Hours { return workforce.MustParseHours(s) }

func credits(s string) workforce.Credits { return workforce.MustParseCredits(s) }

func allOfReq(id, title string, of ...Requirement) Requirement {
	return Requirement{ID: workforce.ID(id), Kind: ReqAllOf, Title: title, Of: of}
}

func anyOfReq(id, title string, of ...Requirement) Requirement {
	return Requirement{ID: workforce.ID(id), Kind: ReqAnyOf, Title: title, Of: of}
}

func whenReq(id, title string, cond []Requirement, of ...Requirement) Requirement {
	return Requirement{ID: workforce.ID(id), Kind: ReqWhen, Title: title, If: cond, Of: of}
}

func notReq(id, title string, r Requirement) Requirement {
	return Requirement{ID: workforce.ID(id), Kind: ReqNot, Title: title, Of: []Requirement{r}}
}

func doc(id, title string, kind DocumentKind) Requirement {
	return Requirement{ID: workforce.ID(id), Kind: ReqDocument, Title: title, Document: kind}
}

func circumstance(id, title string, cs ...Circumstance) Requirement {
	return Requirement{ID: workforce.ID(id), Kind: ReqCircumstance, Title: title, Circumstances: cs}
}

// aseanMembers lists the ASEAN member states other than Timor-Leste,
// which joined on 2025-10-26 and has no social work regime to recognise.
func aseanMembers() []workforce.CountryCode {
	return []workforce.CountryCode{"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"}
}

func socialWork() []workforce.FieldOfStudy {
	return []workforce.FieldOfStudy{workforce.FieldSocialWork}
}
