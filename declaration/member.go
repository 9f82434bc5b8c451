package declaration

import (
	"github.com/sswkit/ssw/workforce"
)

// Member is an ASEAN member state: its name in ASEAN usage, its ISO
// 3166-1 codes and the date it joined. Values are built fresh by
// [Members], [MembersOn] and [MemberByCode].
//
// Membership has one rule, [Member.IsMemberOn]: a state is a member from
// the day it joined (no member state has left ASEAN). [IsMemberOn] and
// [MembersOn] apply that rule to a country code and to a date.
type Member struct {
	// Name is the name in ASEAN usage ("Lao PDR", "Viet Nam").
	Name string `json:"name" validate:"required,max=100"`
	// Alpha2 is the ISO 3166-1 alpha-2 code, the key used everywhere else.
	Alpha2 workforce.CountryCode `json:"alpha2" validate:"required,valid"`
	// Alpha3 is the ISO 3166-1 alpha-3 code.
	Alpha3 string `json:"alpha3" validate:"required,min=3,max=3"`
	// Numeric is the ISO 3166-1 numeric code, three digits with leading
	// zeros ("096").
	Numeric string `json:"numeric" validate:"required,min=3,max=3"`
	// Joined is the date the state became a member; founders joined on
	// 1967-08-08 (the Bangkok Declaration).
	Joined workforce.CivilDate `json:"joined" validate:"required"`
	// Founder is true for the five founding members.
	Founder bool `json:"founder,omitempty"`
	// Confidence says how firmly the sources establish the codes and date.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
	// Sources cite the join date and codes.
	Sources []Citation `json:"sources,omitempty"`
}

// IsMemberOn reports whether the state was a member on the date: on or
// after the day it joined. The unset date is never a membership date.
func (m Member) IsMemberOn(d workforce.CivilDate) bool { return memberOn(m.Joined, d) }

// memberOn is the membership rule, for a join date.
func memberOn(joined, d workforce.CivilDate) bool {
	return !d.IsZero() && !joined.IsZero() && !d.Before(joined)
}

// memberRow is one row of the read-only membership table.
type memberRow struct {
	name, alpha2, alpha3, numeric, joined string
	founder                               bool
}

// memberTable lists the member states in alphabetical order of their
// ASEAN names. Joining dates: the ASEAN Secretariat's "About ASEAN" block
// (cited by every member's Sources); ISO codes: the ISO 3166-1 list;
// Timor-Leste admitted at the 47th Summit, Kuala Lumpur, 26 October 2025.
var memberTable = [...]memberRow{
	{"Brunei Darussalam", "BN", "BRN", "096", "1984-01-07", false},
	{"Cambodia", "KH", "KHM", "116", "1999-04-30", false},
	{"Indonesia", "ID", "IDN", "360", "1967-08-08", true},
	{"Lao PDR", "LA", "LAO", "418", "1997-07-23", false},
	{"Malaysia", "MY", "MYS", "458", "1967-08-08", true},
	{"Myanmar", "MM", "MMR", "104", "1997-07-23", false},
	{"Philippines", "PH", "PHL", "608", "1967-08-08", true},
	{"Singapore", "SG", "SGP", "702", "1967-08-08", true},
	{"Thailand", "TH", "THA", "764", "1967-08-08", true},
	{"Timor-Leste", "TL", "TLS", "626", "2025-10-26", false},
	{"Viet Nam", "VN", "VNM", "704", "1995-07-28", false},
}

func (r memberRow) member() Member {
	m := Member{
		Name: r.name, Alpha2: workforce.CountryCode(r.alpha2), Alpha3: r.alpha3, Numeric: r.numeric,
		Joined: workforce.MustParseDate(r.joined), Founder: r.founder,
		Confidence: ConfidenceConfirmed,
		Sources:    []Citation{srcASEANAbout(), srcISOCodes()},
	}
	if r.alpha2 == "TL" {
		m.Sources = append(m.Sources, srcTimorLeste(), srcTimorLeste2())
	}
	return m
}

// Members returns the eleven ASEAN member states, in alphabetical order of
// their ASEAN names, whenever they joined. Every call returns fresh
// values. Use [MembersOn] for the members on a date.
func Members() []Member {
	out := make([]Member, len(memberTable))
	for i, r := range memberTable {
		out[i] = r.member()
	}
	return out
}

// MemberByCode returns the member state with the code and true, or false
// when code is not a member state's. code may be the alpha-2 ("VN"),
// alpha-3 ("VNM") or numeric ("704") ISO 3166-1 code.
func MemberByCode(code string) (Member, bool) {
	for _, r := range memberTable {
		if r.alpha2 == code || r.alpha3 == code || r.numeric == code {
			return r.member(), true
		}
	}
	return Member{}, false
}

// joinedOn returns the join date of the country and true, or false when
// it is not a member state. It allocates nothing.
func joinedOn(c workforce.CountryCode) (workforce.CivilDate, bool) {
	for _, r := range memberTable {
		if r.alpha2 == string(c) {
			return workforce.MustParseDate(r.joined), true
		}
	}
	return workforce.CivilDate{}, false
}

// IsMemberOn reports whether the country (ISO 3166-1 alpha-2) was an
// ASEAN member state on the date, by the rule of [Member.IsMemberOn].
func IsMemberOn(c workforce.CountryCode, d workforce.CivilDate) bool {
	j, ok := joinedOn(c)
	return ok && memberOn(j, d)
}

// MembersOn returns the member states on the date, in the order of
// [Members], by the rule of [Member.IsMemberOn]: ten before 2025-10-26,
// eleven from that day, five on 1967-08-08.
func MembersOn(d workforce.CivilDate) []Member {
	var out []Member
	for _, r := range memberTable {
		if memberOn(workforce.MustParseDate(r.joined), d) {
			out = append(out, r.member())
		}
	}
	return out
}

// memberCodesOn returns the alpha-2 codes of the members on the date, in
// the order of [Members].
func memberCodesOn(d workforce.CivilDate) []workforce.CountryCode {
	var out []workforce.CountryCode
	for _, r := range memberTable {
		if memberOn(workforce.MustParseDate(r.joined), d) {
			out = append(out, workforce.CountryCode(r.alpha2))
		}
	}
	return out
}

// DeclarationAdopted is the date the Ha Noi Declaration on Strengthening
// Social Work was adopted: the day the 37th ASEAN Summit convened
// (confidence partial: the date printed on the signed text is not
// confirmed).
const DeclarationAdopted = "2020-11-12"

// Applicability says whether the Ha Noi Declaration applies to a country
// on a date, why, and how sure that is.
type Applicability struct {
	// Country is the ISO 3166-1 alpha-2 code asked about.
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// Date is the date asked about.
	Date workforce.CivilDate `json:"date" validate:"required"`
	// Applies is true when the Declaration applies.
	Applies bool `json:"applies"`
	// Basis says why.
	Basis ApplicabilityBasis `json:"basis" validate:"required,valid"`
	// Since is the first day the Declaration applies to the country (its
	// adoption, or the join date of a later member); unset for a country
	// that is not a member state.
	Since workforce.CivilDate `json:"since,omitzero"`
	// Confidence is confirmed for members that took part in adopting the
	// Declaration, partial before the adoption date (the exact date is
	// not confirmed) and unconfirmed for later members: whether an
	// acceding state takes on the Declaration on joining is an open
	// question.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
}

// DeclarationApplies reports whether the Ha Noi Declaration applies to the
// country on the date. The rules, in order:
//
//  1. a country that is not an ASEAN member state on the date: it does
//     not apply (basis not_member; since is the join date when the
//     country joins later);
//  2. a date before the adoption on 2020-11-12: it does not apply (basis
//     before_adoption; confidence partial, because the adoption date is
//     the Summit's date, not one read on the signed text);
//  3. a member that joined on or before the adoption: it applies (basis
//     adopting_member, confirmed);
//  4. a member that joined after the adoption (Timor-Leste, 2025-10-26):
//     it applies from the join date (basis acceding_member) with
//     confidence unconfirmed, since no source says whether accession
//     included the Declaration.
func DeclarationApplies(c workforce.CountryCode, d workforce.CivilDate) Applicability {
	adopted := workforce.MustParseDate(DeclarationAdopted)
	a := Applicability{Country: c, Date: d, Confidence: ConfidenceConfirmed}
	joined, ok := joinedOn(c)
	switch {
	case !ok || d.IsZero() || d.Before(joined):
		a.Basis = BasisNotMember
		if ok {
			a.Since = maxDate(joined, adopted)
		}
	case d.Before(adopted):
		a.Basis = BasisBeforeAdoption
		a.Since = adopted
		a.Confidence = ConfidencePartial
	case !joined.After(adopted):
		a.Applies, a.Basis, a.Since = true, BasisAdoptingMember, adopted
	default:
		a.Applies, a.Basis, a.Since, a.Confidence = true, BasisAccedingMember, joined, ConfidenceUnconfirmed
	}
	return a
}

func maxDate(a, b workforce.CivilDate) workforce.CivilDate {
	if a.After(b) {
		return a
	}
	return b
}
