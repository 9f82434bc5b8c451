package fhir

import (
	"encoding/json"
	"io"
	"strconv"

	"github.com/sswkit/ssw/workforce"
)

// Base is the canonical base URL of everything ssw defines for FHIR: its
// code systems ([Base]/CodeSystem/…), its extensions
// ([Base]/StructureDefinition/…) and its default identifier systems
// ([Base]/sid/…).
const Base = "https://sswkit.github.io/ssw/fhir"

// Code systems of other publishers, by the URIs their users exchange.
const (
	// SystemISO3166 is ISO 3166-1 (countries), as registered in HL7
	// Terminology (THO): CodeSystem ISO3166Part1.
	SystemISO3166 = "urn:iso:std:iso:3166"
	// SystemISO3166Part2 is ISO 3166-2 (country subdivisions), THO
	// CodeSystem ISO3166Part2.
	SystemISO3166Part2 = "urn:iso:std:iso:3166:-2"
	// SystemISCO08 is ISCO-08, the ILO's International Standard
	// Classification of Occupations 2008, by the URI of the ILO's ISCO-08
	// pages that WHO SMART Base (smart.who.int/base, CodeSystem ISCO08)
	// uses as its canonical URL.
	SystemISCO08 = "http://www.ilo.org/public/english/bureau/stat/isco/isco08/"
	// SystemMCSDTypes is the IHE mCSD type code system (facility,
	// jurisdiction): IHE ITI mCSD, CodeSystem
	// IHE.mCSD.Organization.Location.Types.
	SystemMCSDTypes = "https://profiles.ihe.net/ITI/mCSD/CodeSystem/IHE.mCSD.Organization.Location.Types"
	// SystemLocationPhysicalType is HL7's location physical type code
	// system (code jdn: jurisdiction).
	SystemLocationPhysicalType = "http://terminology.hl7.org/CodeSystem/location-physical-type"
)

// Code systems ssw publishes under [Base]. ISCED 2011 and ISCED-F 2013 have
// no URI registered in HL7 Terminology, so ssw publishes them with
// UNESCO's codes ("6" for a bachelor's level, "0923" for social work and
// counselling); the others are the workforce package's enumerations,
// with their wire values as codes.
const (
	SystemISCED2011        = Base + "/CodeSystem/isced-2011"
	SystemISCEDF2013       = Base + "/CodeSystem/isced-f-2013"
	SystemCadre            = Base + "/CodeSystem/cadre"
	SystemSector           = Base + "/CodeSystem/sector"
	SystemAdminLevel       = Base + "/CodeSystem/admin-level"
	SystemSetting          = Base + "/CodeSystem/setting"
	SystemPostStatus       = Base + "/CodeSystem/post-status"
	SystemEmploymentType   = Base + "/CodeSystem/employment-type"
	SystemExitReason       = Base + "/CodeSystem/exit-reason"
	SystemFieldOfStudy     = Base + "/CodeSystem/field-of-study"
	SystemCredentialStatus = Base + "/CodeSystem/credential-status"
	// SystemCredentialScheme codes credential schemes by their ssw
	// scheme ID ("PH-RSW-PIC"); the schemes themselves are data of the
	// accreditation package, so its CodeSystem lists no concepts.
	SystemCredentialScheme = Base + "/CodeSystem/credential-scheme"
)

// Extensions ssw defines: each is a simple extension whose value type is
// given beside it. The package documentation says where each appears.
const (
	ExtCadre            = Base + "/StructureDefinition/cadre"             // valueCoding, SystemCadre
	ExtISCO08           = Base + "/StructureDefinition/isco-08"           // valueCoding, SystemISCO08
	ExtNationality      = Base + "/StructureDefinition/nationality"       // valueCoding, SystemISO3166
	ExtFieldOfStudy     = Base + "/StructureDefinition/field-of-study"    // valueCodeableConcept
	ExtCountry          = Base + "/StructureDefinition/country"           // valueCoding, SystemISO3166
	ExtAccredited       = Base + "/StructureDefinition/accredited"        // valueBoolean
	ExtCredentialStatus = Base + "/StructureDefinition/credential-status" // valueCoding
	ExtPostStatus       = Base + "/StructureDefinition/post-status"       // valueCoding
	ExtFTE              = Base + "/StructureDefinition/fte"               // valueDecimal
	ExtPost             = Base + "/StructureDefinition/post"              // valueReference(PractitionerRole)
	ExtEmploymentType   = Base + "/StructureDefinition/employment-type"   // valueCoding
	ExtExitReason       = Base + "/StructureDefinition/exit-reason"       // valueCoding
	ExtValidPeriod      = Base + "/StructureDefinition/valid-period"      // valuePeriod
	ExtSetting          = Base + "/StructureDefinition/setting"           // valueCoding
)

// Default identifier systems: the namespaces of the ssw IDs and area codes
// when [Options] names no system of the caller's own.
const (
	DefaultWorkerSystem   = Base + "/sid/worker"
	DefaultPostSystem     = Base + "/sid/post"
	DefaultEmployerSystem = Base + "/sid/employer"
	DefaultAreaSystem     = Base + "/sid/area"
)

// IHE mCSD profiles the resources claim in meta.profile. Source: IHE ITI
// Mobile Care Services Discovery (mCSD) 4.0, "Artifacts: Structures:
// Resource Profiles" (https://profiles.ihe.net/ITI/mCSD/artifacts.html),
// defined in the FSH sources practitioner.fsh, organization.fsh,
// location.fsh and jurisdiction.fsh of github.com/IHE/ITI.mCSD.
const (
	ProfilePractitioner             = "https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.Practitioner"
	ProfilePractitionerRole         = "https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.PractitionerRole"
	ProfileOrganization             = "https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.Organization"
	ProfileJurisdictionOrganization = "https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.JurisdictionOrganization"
	ProfileJurisdictionLocation     = "https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.JurisdictionLocation"
)

// Concept is one code of a [CodeSystem].
type Concept struct {
	// Code is the code, the enumeration's wire value (or UNESCO's code).
	Code string `json:"code"`
	// Display is its English title.
	Display string `json:"display,omitempty"`
}

// CodeSystem is a FHIR R4 CodeSystem resource as ssw publishes it.
// [CodeSystems] builds them from the workforce enumeration tables, so a
// published concept list can never disagree with the values the library
// writes.
type CodeSystem struct {
	// ResourceType is "CodeSystem".
	ResourceType string `json:"resourceType"`
	// ID is the last segment of URL ("cadre").
	ID string `json:"id"`
	// URL is the canonical URL, the system of the codings.
	URL string `json:"url"`
	// Name is a computer-friendly name ("Cadre").
	Name string `json:"name"`
	// Title is a human-friendly name.
	Title string `json:"title"`
	// Status is "active".
	Status string `json:"status"`
	// Experimental is false.
	Experimental bool `json:"experimental"`
	// Publisher is ssw.
	Publisher string `json:"publisher"`
	// Description says what the codes are and where they come from.
	Description string `json:"description"`
	// CaseSensitive is true.
	CaseSensitive bool `json:"caseSensitive"`
	// Content is complete, fragment (ISCED-F) or not-present (credential
	// schemes).
	Content string `json:"content"`
	// Count is the number of concepts listed.
	Count int `json:"count,omitempty"`
	// Concept lists the codes.
	Concept []Concept `json:"concept,omitempty"`
}

// CodeSystems returns the code systems ssw publishes under [Base], in a
// fixed order, as fresh values. Their concepts come from the workforce
// enumeration tables (values and titles), ISCED 2011 from
// [workforce.EducationLevel.ISCED] and ISCED-F 2013 from
// [workforce.FieldOfStudy.ISCEDF].
func CodeSystems() []CodeSystem {
	out := []CodeSystem{
		enumSystem("isced-2011", "ISCED2011", "ISCED 2011 levels of education",
			"The levels of the International Standard Classification of Education 2011 (UNESCO Institute for Statistics, http://uis.unesco.org/en/topic/international-standard-classification-education-isced), coded by their level numbers 0-8. HL7 Terminology registers no URI for ISCED, so ssw publishes this one.",
			workforce.EducationLevelValues(), func(l workforce.EducationLevel) string { return strconv.Itoa(l.ISCED()) }),
		iscedF(),
		enumSystem("cadre", "Cadre", "ssw cadres of the social service workforce",
			"Broad categories of social service workers (workforce.Cadre).", workforce.CadreValues(), nil),
		enumSystem("sector", "Sector", "ssw employer sectors", "The ownership of an employer (workforce.Sector).", workforce.SectorValues(), nil),
		enumSystem("admin-level", "AdminLevel", "ssw administrative levels",
			"Levels of administration from the nation down to the village (workforce.AdminLevel).", workforce.AdminLevelValues(), nil),
		enumSystem("setting", "Setting", "ssw area settings", "Urban, rural or mixed (workforce.Setting).", workforce.SettingValues(), nil),
		enumSystem("post-status", "PostStatus", "ssw post statuses",
			"The state of an established position (workforce.PostStatus): funded and vacant, filled, frozen or abolished.", workforce.PostStatusValues(), nil),
		enumSystem("employment-type", "EmploymentType", "ssw employment types", "The contractual basis of an employment (workforce.EmploymentType).", workforce.EmploymentTypeValues(), nil),
		enumSystem("exit-reason", "ExitReason", "ssw exit reasons", "Why an employment ended (workforce.ExitReason).", workforce.ExitReasonValues(), nil),
		enumSystem("field-of-study", "FieldOfStudy", "ssw fields of study",
			"Fields of education and training (workforce.FieldOfStudy); each but other has an ISCED-F 2013 code as well.", workforce.FieldOfStudyValues(), nil),
		enumSystem("credential-status", "CredentialStatus", "ssw credential statuses",
			"The status of a held credential as its register records it (workforce.CredentialStatus).", workforce.CredentialStatusValues(), nil),
		{
			ID: "credential-scheme", URL: SystemCredentialScheme, Name: "CredentialScheme", Title: "ssw credential schemes",
			Description: "Credential schemes by their ssw scheme ID (\"PH-RSW-PIC\"). The schemes are data of the github.com/sswkit/ssw/accreditation package; this code system lists none of them.",
			Content:     "not-present",
		},
	}
	for i := range out {
		cs := &out[i]
		cs.ResourceType, cs.Status, cs.Publisher, cs.CaseSensitive = "CodeSystem", "active", "ssw (github.com/sswkit/ssw)", true
		cs.Count = len(cs.Concept)
	}
	return out
}

type titled interface {
	~string
	Title() string
}

func enumSystem[T titled](id, name, title, desc string, values []T, code func(T) string) CodeSystem {
	cs := CodeSystem{ID: id, URL: Base + "/CodeSystem/" + id, Name: name, Title: title, Description: desc, Content: "complete"}
	for _, v := range values {
		c := string(v)
		if code != nil {
			c = code(v)
		}
		cs.Concept = append(cs.Concept, Concept{Code: c, Display: v.Title()})
	}
	return cs
}

func iscedF() CodeSystem {
	cs := CodeSystem{ID: "isced-f-2013", URL: SystemISCEDF2013, Name: "ISCEDF2013", Title: "ISCED-F 2013 fields of education (fragment)",
		Description: "The fields of the ISCED Fields of Education and Training 2013 (UNESCO Institute for Statistics) that ssw records, coded by their ISCED-F codes. HL7 Terminology registers no URI for ISCED-F, so ssw publishes this fragment.",
		Content:     "fragment"}
	for _, f := range workforce.FieldOfStudyValues() {
		if c := f.ISCEDF(); c != "" {
			cs.Concept = append(cs.Concept, Concept{Code: c, Display: f.Title()})
		}
	}
	return cs
}

// educationByISCED maps an ISCED level code back to the enumeration.
func educationByISCED(code string) (workforce.EducationLevel, bool) {
	for _, l := range workforce.EducationLevelValues() {
		if strconv.Itoa(l.ISCED()) == code {
			return l, true
		}
	}
	return "", false
}

// sexToGender maps [workforce.Sex] onto FHIR administrative gender, one to
// one: not_stated is unknown.
func sexToGender(s workforce.Sex) string {
	if s == workforce.SexNotStated {
		return "unknown"
	}
	return string(s)
}

func genderToSex(g string) (workforce.Sex, bool) {
	switch g {
	case "female", "male", "other":
		return workforce.Sex(g), true
	case "unknown":
		return workforce.SexNotStated, true
	}
	return "", false
}

// WriteCodeSystems writes [CodeSystems] to w as NDJSON, one CodeSystem a
// line (the CodeSystem.ndjson of a bulk export).
func WriteCodeSystems(w io.Writer) error {
	enc := json.NewEncoder(w)
	for _, cs := range CodeSystems() {
		if err := enc.Encode(cs); err != nil {
			return err
		}
	}
	return nil
}
