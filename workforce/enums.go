package workforce

import "github.com/sswkit/ssw/internal/enum"

// Every enumeration below is a named string whose wire value is its
// snake_case constant text. The empty string means "unset": validation
// reports it as required where the field is required, and reports any
// other value outside the table as not supported, listing the allowed
// values. Each enumeration has one ordered table, read-only, from which
// its Values function, IsValid, Title, its validation rule and its JSON
// Schema enum are all derived.

// Sex of a worker, as recorded by the registry.
type Sex string

// Sex values.
const (
	SexFemale    Sex = "female"
	SexMale      Sex = "male"
	SexOther     Sex = "other"
	SexNotStated Sex = "not_stated"
)

var sexTable = [...]enum.Entry[Sex]{
	{Value: SexFemale, Title: "Female"},
	{Value: SexMale, Title: "Male"},
	{Value: SexOther, Title: "Other"},
	{Value: SexNotStated, Title: "Not stated"},
}

// SexValues returns the values of [Sex] in table order.
func SexValues() []Sex { return enum.Values(sexTable[:]) }

// IsValid reports whether s is in the table.
func (s Sex) IsValid() bool { return enum.Valid(sexTable[:], s) }

// Title returns the English title of s, or "".
func (s Sex) Title() string { return enum.Title(sexTable[:], s) }

// CheckValue implements the "valid" validation rule.
func (s Sex) CheckValue() (code, param, message string) { return enum.Check(sexTable[:], s) }

// EnumValues returns the wire values, for schema generation.
func (Sex) EnumValues() []string { return enum.Strings(sexTable[:]) }

// Cadre is the broad category of a social service worker, following the
// GSSWA and UNICEF distinction between qualified professionals,
// para-professionals, allied workers and community or volunteer workers.
type Cadre string

// Cadre values.
const (
	CadreProfessional     Cadre = "professional_social_worker"
	CadreParaProfessional Cadre = "para_professional"
	CadreAllied           Cadre = "allied_professional"
	CadreCommunity        Cadre = "community_worker"
	CadreSupervisor       Cadre = "supervisor_manager"
	CadreEducator         Cadre = "educator_researcher"
)

var cadreTable = [...]enum.Entry[Cadre]{
	{Value: CadreProfessional, Title: "Professional social worker"},
	{Value: CadreParaProfessional, Title: "Para-professional social service worker"},
	{Value: CadreAllied, Title: "Allied professional with social service functions"},
	{Value: CadreCommunity, Title: "Community or volunteer social service worker"},
	{Value: CadreSupervisor, Title: "Supervisor or manager"},
	{Value: CadreEducator, Title: "Educator or researcher"},
}

// CadreValues returns the values of [Cadre] in table order.
func CadreValues() []Cadre { return enum.Values(cadreTable[:]) }

// IsValid reports whether c is in the table.
func (c Cadre) IsValid() bool { return enum.Valid(cadreTable[:], c) }

// Title returns the English title of c, or "".
func (c Cadre) Title() string { return enum.Title(cadreTable[:], c) }

// CheckValue implements the "valid" validation rule.
func (c Cadre) CheckValue() (code, param, message string) { return enum.Check(cadreTable[:], c) }

// EnumValues returns the wire values, for schema generation.
func (Cadre) EnumValues() []string { return enum.Strings(cadreTable[:]) }

// ISCO returns the ISCO-08 unit group a worker of this cadre is usually
// classified in:
//
//   - professional social worker: 2635 social work and counselling professionals;
//   - para-professional: 3412 social work associate professionals;
//   - community or volunteer worker: 3412 when paid (ISCO does not classify
//     unpaid work);
//   - supervisor or manager: 1344 social welfare managers;
//   - educator or researcher: 2310 university and higher education teachers;
//   - allied professional: "" — allied workers keep the code of their own
//     occupation (teacher, nurse, police officer), recorded on the worker.
func (c Cadre) ISCO() ISCO08 {
	switch c {
	case CadreProfessional:
		return ISCOSocialWorkProfessionals
	case CadreParaProfessional, CadreCommunity:
		return ISCOSocialWorkAssociates
	case CadreSupervisor:
		return ISCOSocialWelfareManagers
	case CadreEducator:
		return ISCOUniversityTeachers
	}
	return ""
}

// Sector is the ownership of an employer.
type Sector string

// Sector values.
const (
	SectorGovernment     Sector = "government"
	SectorNGO            Sector = "ngo"
	SectorPrivate        Sector = "private"
	SectorFaithBased     Sector = "faith_based"
	SectorInternational  Sector = "international"
	SectorCommunityBased Sector = "community_based"
)

var sectorTable = [...]enum.Entry[Sector]{
	{Value: SectorGovernment, Title: "Government"},
	{Value: SectorNGO, Title: "Non-governmental organisation"},
	{Value: SectorPrivate, Title: "Private for-profit"},
	{Value: SectorFaithBased, Title: "Faith-based organisation"},
	{Value: SectorInternational, Title: "International organisation"},
	{Value: SectorCommunityBased, Title: "Community-based organisation"},
}

// SectorValues returns the values of [Sector] in table order.
func SectorValues() []Sector { return enum.Values(sectorTable[:]) }

// IsValid reports whether s is in the table.
func (s Sector) IsValid() bool { return enum.Valid(sectorTable[:], s) }

// Title returns the English title of s, or "".
func (s Sector) Title() string { return enum.Title(sectorTable[:], s) }

// CheckValue implements the "valid" validation rule.
func (s Sector) CheckValue() (code, param, message string) { return enum.Check(sectorTable[:], s) }

// EnumValues returns the wire values, for schema generation.
func (Sector) EnumValues() []string { return enum.Strings(sectorTable[:]) }

// AdminLevel is a level of administration or government, from the nation
// down to the village. Countries name their levels differently (Cambodia:
// province, district, commune/sangkat; Viet Nam since 2025: province and
// commune; the Philippines: region, province, city/municipality, barangay);
// each maps its levels onto this ordered scale. A child area is always at
// a deeper level than its parent.
type AdminLevel string

// AdminLevel values, from the top down.
const (
	LevelNational AdminLevel = "national"
	LevelRegion   AdminLevel = "region"
	LevelProvince AdminLevel = "province"
	LevelDistrict AdminLevel = "district"
	LevelCommune  AdminLevel = "commune"
	LevelVillage  AdminLevel = "village"
)

var levelTable = [...]enum.Entry[AdminLevel]{
	{Value: LevelNational, Title: "National"},
	{Value: LevelRegion, Title: "Region"},
	{Value: LevelProvince, Title: "Province, state or city of equivalent rank"},
	{Value: LevelDistrict, Title: "District, municipality or town"},
	{Value: LevelCommune, Title: "Commune, sangkat, ward or barangay"},
	{Value: LevelVillage, Title: "Village"},
}

// AdminLevelValues returns the values of [AdminLevel] from the top down.
func AdminLevelValues() []AdminLevel { return enum.Values(levelTable[:]) }

// IsValid reports whether l is in the table.
func (l AdminLevel) IsValid() bool { return enum.Valid(levelTable[:], l) }

// Title returns the English title of l, or "".
func (l AdminLevel) Title() string { return enum.Title(levelTable[:], l) }

// CheckValue implements the "valid" validation rule.
func (l AdminLevel) CheckValue() (code, param, message string) { return enum.Check(levelTable[:], l) }

// EnumValues returns the wire values, for schema generation.
func (AdminLevel) EnumValues() []string { return enum.Strings(levelTable[:]) }

// Depth returns 0 for national, 1 for region, … 5 for village, and -1 for
// a value outside the table.
func (l AdminLevel) Depth() int {
	for i, e := range levelTable {
		if e.Value == l {
			return i
		}
	}
	return -1
}

// PostStatus is the state of an established position.
type PostStatus string

// PostStatus values.
const (
	PostFundedVacant PostStatus = "funded_vacant"
	PostFilled       PostStatus = "filled"
	PostFrozen       PostStatus = "frozen"
	PostAbolished    PostStatus = "abolished"
)

var postStatusTable = [...]enum.Entry[PostStatus]{
	{Value: PostFundedVacant, Title: "Funded and vacant"},
	{Value: PostFilled, Title: "Filled"},
	{Value: PostFrozen, Title: "Frozen (established but not funded for recruitment)"},
	{Value: PostAbolished, Title: "Abolished"},
}

// PostStatusValues returns the values of [PostStatus] in table order.
func PostStatusValues() []PostStatus { return enum.Values(postStatusTable[:]) }

// IsValid reports whether s is in the table.
func (s PostStatus) IsValid() bool { return enum.Valid(postStatusTable[:], s) }

// Title returns the English title of s, or "".
func (s PostStatus) Title() string { return enum.Title(postStatusTable[:], s) }

// CheckValue implements the "valid" validation rule.
func (s PostStatus) CheckValue() (code, param, message string) {
	return enum.Check(postStatusTable[:], s)
}

// EnumValues returns the wire values, for schema generation.
func (PostStatus) EnumValues() []string { return enum.Strings(postStatusTable[:]) }

// Funded reports whether the post is funded: filled or funded and vacant.
// Vacancy rates are computed over funded posts only.
func (s PostStatus) Funded() bool { return s == PostFilled || s == PostFundedVacant }

// EmploymentType is the contractual basis of an employment.
type EmploymentType string

// EmploymentType values.
const (
	EmploymentPermanent  EmploymentType = "permanent"
	EmploymentFixedTerm  EmploymentType = "fixed_term"
	EmploymentCasual     EmploymentType = "casual"
	EmploymentContractor EmploymentType = "contractor"
	EmploymentVolunteer  EmploymentType = "volunteer"
)

var employmentTypeTable = [...]enum.Entry[EmploymentType]{
	{Value: EmploymentPermanent, Title: "Permanent or civil service"},
	{Value: EmploymentFixedTerm, Title: "Fixed-term contract"},
	{Value: EmploymentCasual, Title: "Casual or daily-paid"},
	{Value: EmploymentContractor, Title: "Contractor or consultant"},
	{Value: EmploymentVolunteer, Title: "Volunteer or stipended"},
}

// EmploymentTypeValues returns the values of [EmploymentType] in table order.
func EmploymentTypeValues() []EmploymentType { return enum.Values(employmentTypeTable[:]) }

// IsValid reports whether t is in the table.
func (t EmploymentType) IsValid() bool { return enum.Valid(employmentTypeTable[:], t) }

// Title returns the English title of t, or "".
func (t EmploymentType) Title() string { return enum.Title(employmentTypeTable[:], t) }

// CheckValue implements the "valid" validation rule.
func (t EmploymentType) CheckValue() (code, param, message string) {
	return enum.Check(employmentTypeTable[:], t)
}

// EnumValues returns the wire values, for schema generation.
func (EmploymentType) EnumValues() []string { return enum.Strings(employmentTypeTable[:]) }

// ExitReason is why an employment ended. Attrition counts exits from the
// workforce, so transfers between posts are kept apart.
type ExitReason string

// ExitReason values.
const (
	ExitResignation   ExitReason = "resignation"
	ExitRetirement    ExitReason = "retirement"
	ExitEndOfContract ExitReason = "end_of_contract"
	ExitDismissal     ExitReason = "dismissal"
	ExitDeath         ExitReason = "death"
	ExitTransfer      ExitReason = "transfer"
	ExitOther         ExitReason = "other"
)

var exitReasonTable = [...]enum.Entry[ExitReason]{
	{Value: ExitResignation, Title: "Resignation"},
	{Value: ExitRetirement, Title: "Retirement"},
	{Value: ExitEndOfContract, Title: "End of contract"},
	{Value: ExitDismissal, Title: "Dismissal"},
	{Value: ExitDeath, Title: "Death"},
	{Value: ExitTransfer, Title: "Transfer to another post"},
	{Value: ExitOther, Title: "Other"},
}

// ExitReasonValues returns the values of [ExitReason] in table order.
func ExitReasonValues() []ExitReason { return enum.Values(exitReasonTable[:]) }

// IsValid reports whether r is in the table.
func (r ExitReason) IsValid() bool { return enum.Valid(exitReasonTable[:], r) }

// Title returns the English title of r, or "".
func (r ExitReason) Title() string { return enum.Title(exitReasonTable[:], r) }

// CheckValue implements the "valid" validation rule.
func (r ExitReason) CheckValue() (code, param, message string) {
	return enum.Check(exitReasonTable[:], r)
}

// EnumValues returns the wire values, for schema generation.
func (ExitReason) EnumValues() []string { return enum.Strings(exitReasonTable[:]) }

// LeavesWorkforce reports whether the exit removes the worker from the
// workforce (everything but a transfer).
func (r ExitReason) LeavesWorkforce() bool { return r != ExitTransfer && r != "" }

// EducationLevel is an ISCED 2011 level of education.
type EducationLevel string

// EducationLevel values, ISCED 2011 levels 0 to 8.
const (
	EducationEarlyChildhood EducationLevel = "early_childhood"
	EducationPrimary        EducationLevel = "primary"
	EducationLowerSecondary EducationLevel = "lower_secondary"
	EducationUpperSecondary EducationLevel = "upper_secondary"
	EducationPostSecondary  EducationLevel = "post_secondary_non_tertiary"
	EducationShortCycle     EducationLevel = "short_cycle_tertiary"
	EducationBachelor       EducationLevel = "bachelor"
	EducationMaster         EducationLevel = "master"
	EducationDoctoral       EducationLevel = "doctoral"
)

var educationTable = [...]enum.Entry[EducationLevel]{
	{Value: EducationEarlyChildhood, Title: "ISCED 0 Early childhood education"},
	{Value: EducationPrimary, Title: "ISCED 1 Primary education"},
	{Value: EducationLowerSecondary, Title: "ISCED 2 Lower secondary education"},
	{Value: EducationUpperSecondary, Title: "ISCED 3 Upper secondary education"},
	{Value: EducationPostSecondary, Title: "ISCED 4 Post-secondary non-tertiary education"},
	{Value: EducationShortCycle, Title: "ISCED 5 Short-cycle tertiary education"},
	{Value: EducationBachelor, Title: "ISCED 6 Bachelor's or equivalent level"},
	{Value: EducationMaster, Title: "ISCED 7 Master's or equivalent level"},
	{Value: EducationDoctoral, Title: "ISCED 8 Doctoral or equivalent level"},
}

// EducationLevelValues returns the values of [EducationLevel], ISCED 0 to 8.
func EducationLevelValues() []EducationLevel { return enum.Values(educationTable[:]) }

// IsValid reports whether l is in the table.
func (l EducationLevel) IsValid() bool { return enum.Valid(educationTable[:], l) }

// Title returns the English title of l, or "".
func (l EducationLevel) Title() string { return enum.Title(educationTable[:], l) }

// CheckValue implements the "valid" validation rule.
func (l EducationLevel) CheckValue() (code, param, message string) {
	return enum.Check(educationTable[:], l)
}

// EnumValues returns the wire values, for schema generation.
func (EducationLevel) EnumValues() []string { return enum.Strings(educationTable[:]) }

// ISCED returns the ISCED 2011 level number 0–8, or -1 outside the table.
func (l EducationLevel) ISCED() int {
	for i, e := range educationTable {
		if e.Value == l {
			return i
		}
	}
	return -1
}

// AtLeast reports whether l is at or above level m (both in the table).
func (l EducationLevel) AtLeast(m EducationLevel) bool {
	return l.ISCED() >= 0 && m.ISCED() >= 0 && l.ISCED() >= m.ISCED()
}

// FieldOfStudy is an ISCED-F 2013 field of education and training: social
// work and counselling (0923) and the fields that licensing rules accept
// beside it.
type FieldOfStudy string

// FieldOfStudy values with their ISCED-F 2013 codes.
const (
	FieldSocialWork          FieldOfStudy = "social_work_counselling"           // 0923
	FieldChildCareYouth      FieldOfStudy = "child_care_youth_services"         // 0922
	FieldElderlyDisabledCare FieldOfStudy = "care_elderly_disabled_adults"      // 0921
	FieldPsychology          FieldOfStudy = "psychology"                        // 0313
	FieldSociology           FieldOfStudy = "sociology_cultural_studies"        // 0314
	FieldPoliticalScience    FieldOfStudy = "political_sciences_civics"         // 0312
	FieldSocialSciencesOther FieldOfStudy = "social_behavioural_sciences_other" // 0319
	FieldEducation           FieldOfStudy = "education"                         // 011
	FieldNursing             FieldOfStudy = "nursing_midwifery"                 // 0913
	FieldLaw                 FieldOfStudy = "law"                               // 0421
	FieldOther               FieldOfStudy = "other"                             // any other field
)

var fieldTable = [...]enum.Entry[FieldOfStudy]{
	{Value: FieldSocialWork, Title: "Social work and counselling (ISCED-F 0923)"},
	{Value: FieldChildCareYouth, Title: "Child care and youth services (ISCED-F 0922)"},
	{Value: FieldElderlyDisabledCare, Title: "Care of the elderly and of disabled adults (ISCED-F 0921)"},
	{Value: FieldPsychology, Title: "Psychology (ISCED-F 0313)"},
	{Value: FieldSociology, Title: "Sociology and cultural studies (ISCED-F 0314)"},
	{Value: FieldPoliticalScience, Title: "Political sciences and civics (ISCED-F 0312)"},
	{Value: FieldSocialSciencesOther, Title: "Social and behavioural sciences not elsewhere classified (ISCED-F 0319)"},
	{Value: FieldEducation, Title: "Education, including special needs education (ISCED-F 011)"},
	{Value: FieldNursing, Title: "Nursing and midwifery (ISCED-F 0913)"},
	{Value: FieldLaw, Title: "Law (ISCED-F 0421)"},
	{Value: FieldOther, Title: "Any other field"},
}

var fieldCodes = [...]string{"0923", "0922", "0921", "0313", "0314", "0312", "0319", "011", "0913", "0421", ""}

// FieldOfStudyValues returns the values of [FieldOfStudy] in table order.
func FieldOfStudyValues() []FieldOfStudy { return enum.Values(fieldTable[:]) }

// IsValid reports whether f is in the table.
func (f FieldOfStudy) IsValid() bool { return enum.Valid(fieldTable[:], f) }

// Title returns the English title of f, or "".
func (f FieldOfStudy) Title() string { return enum.Title(fieldTable[:], f) }

// CheckValue implements the "valid" validation rule.
func (f FieldOfStudy) CheckValue() (code, param, message string) {
	return enum.Check(fieldTable[:], f)
}

// EnumValues returns the wire values, for schema generation.
func (FieldOfStudy) EnumValues() []string { return enum.Strings(fieldTable[:]) }

// ISCEDF returns the ISCED-F 2013 code ("0923"), or "" for other fields.
func (f FieldOfStudy) ISCEDF() string {
	for i, e := range fieldTable {
		if e.Value == f {
			return fieldCodes[i]
		}
	}
	return ""
}

// CredentialStatus is the status of a held credential as its register
// records it. The accreditation package derives the status on a given
// date from the scheme's rules; this field is what the register says.
type CredentialStatus string

// CredentialStatus values.
const (
	CredentialActive      CredentialStatus = "active"
	CredentialProvisional CredentialStatus = "provisional"
	CredentialExpired     CredentialStatus = "expired"
	CredentialLapsed      CredentialStatus = "lapsed"
	CredentialSuspended   CredentialStatus = "suspended"
	CredentialRevoked     CredentialStatus = "revoked"
	CredentialSurrendered CredentialStatus = "surrendered"
)

var credentialStatusTable = [...]enum.Entry[CredentialStatus]{
	{Value: CredentialActive, Title: "Active"},
	{Value: CredentialProvisional, Title: "Provisional"},
	{Value: CredentialExpired, Title: "Expired"},
	{Value: CredentialLapsed, Title: "Lapsed"},
	{Value: CredentialSuspended, Title: "Suspended"},
	{Value: CredentialRevoked, Title: "Revoked"},
	{Value: CredentialSurrendered, Title: "Surrendered voluntarily"},
}

// CredentialStatusValues returns the values of [CredentialStatus] in table order.
func CredentialStatusValues() []CredentialStatus { return enum.Values(credentialStatusTable[:]) }

// IsValid reports whether s is in the table.
func (s CredentialStatus) IsValid() bool { return enum.Valid(credentialStatusTable[:], s) }

// Title returns the English title of s, or "".
func (s CredentialStatus) Title() string { return enum.Title(credentialStatusTable[:], s) }

// CheckValue implements the "valid" validation rule.
func (s CredentialStatus) CheckValue() (code, param, message string) {
	return enum.Check(credentialStatusTable[:], s)
}

// EnumValues returns the wire values, for schema generation.
func (CredentialStatus) EnumValues() []string { return enum.Strings(credentialStatusTable[:]) }

// InGoodStanding reports whether the status allows practice: active or
// provisional.
func (s CredentialStatus) InGoodStanding() bool {
	return s == CredentialActive || s == CredentialProvisional
}

// CPDCategory is the broad category a regulator puts a CPD activity in.
// Structured activities are formal and verifiable (courses, supervised
// learning with a provider); unstructured ones are self-directed (reading,
// reflection). Schemes with numbered categories map onto these two.
type CPDCategory string

// CPDCategory values.
const (
	CPDStructured   CPDCategory = "structured"
	CPDUnstructured CPDCategory = "unstructured"
)

var cpdCategoryTable = [...]enum.Entry[CPDCategory]{
	{Value: CPDStructured, Title: "Structured (formal, verifiable learning)"},
	{Value: CPDUnstructured, Title: "Unstructured (self-directed learning)"},
}

// CPDCategoryValues returns the values of [CPDCategory] in table order.
func CPDCategoryValues() []CPDCategory { return enum.Values(cpdCategoryTable[:]) }

// IsValid reports whether c is in the table.
func (c CPDCategory) IsValid() bool { return enum.Valid(cpdCategoryTable[:], c) }

// Title returns the English title of c, or "".
func (c CPDCategory) Title() string { return enum.Title(cpdCategoryTable[:], c) }

// CheckValue implements the "valid" validation rule.
func (c CPDCategory) CheckValue() (code, param, message string) {
	return enum.Check(cpdCategoryTable[:], c)
}

// EnumValues returns the wire values, for schema generation.
func (CPDCategory) EnumValues() []string { return enum.Strings(cpdCategoryTable[:]) }

// CPDActivity is the type of a CPD activity. Diversity rules ("at least
// two activity types") count distinct values.
type CPDActivity string

// CPDActivity values.
const (
	ActivityCourse              CPDActivity = "course"
	ActivityWorkshop            CPDActivity = "workshop"
	ActivityConference          CPDActivity = "conference"
	ActivityELearning           CPDActivity = "e_learning"
	ActivitySupervisionReceived CPDActivity = "supervision_received"
	ActivitySupervisionProvided CPDActivity = "supervision_provided"
	ActivityPeerReflection      CPDActivity = "peer_reflection"
	ActivitySelfStudy           CPDActivity = "self_study"
	ActivityPublication         CPDActivity = "publication"
	ActivityTeaching            CPDActivity = "teaching"
	ActivityPostgraduate        CPDActivity = "postgraduate_study"
)

var cpdActivityTable = [...]enum.Entry[CPDActivity]{
	{Value: ActivityCourse, Title: "Course or training programme"},
	{Value: ActivityWorkshop, Title: "Workshop or seminar"},
	{Value: ActivityConference, Title: "Conference"},
	{Value: ActivityELearning, Title: "E-learning"},
	{Value: ActivitySupervisionReceived, Title: "Professional supervision received"},
	{Value: ActivitySupervisionProvided, Title: "Professional supervision provided"},
	{Value: ActivityPeerReflection, Title: "Peer reflection or case discussion"},
	{Value: ActivitySelfStudy, Title: "Self-study or reading"},
	{Value: ActivityPublication, Title: "Publication or research output"},
	{Value: ActivityTeaching, Title: "Teaching or presenting"},
	{Value: ActivityPostgraduate, Title: "Postgraduate study"},
}

// CPDActivityValues returns the values of [CPDActivity] in table order.
func CPDActivityValues() []CPDActivity { return enum.Values(cpdActivityTable[:]) }

// IsValid reports whether a is in the table.
func (a CPDActivity) IsValid() bool { return enum.Valid(cpdActivityTable[:], a) }

// Title returns the English title of a, or "".
func (a CPDActivity) Title() string { return enum.Title(cpdActivityTable[:], a) }

// CheckValue implements the "valid" validation rule.
func (a CPDActivity) CheckValue() (code, param, message string) {
	return enum.Check(cpdActivityTable[:], a)
}

// EnumValues returns the wire values, for schema generation.
func (CPDActivity) EnumValues() []string { return enum.Strings(cpdActivityTable[:]) }

// CPDTopic is a subject a CPD activity covers. Rules that require hours on
// a topic (ethics, cultural competence) count them inside the total.
type CPDTopic string

// CPDTopic values.
const (
	TopicEthics             CPDTopic = "ethics"
	TopicCulturalCompetence CPDTopic = "cultural_competence"
	TopicChildProtection    CPDTopic = "child_protection"
	TopicSupervision        CPDTopic = "supervision"
	TopicLawPolicy          CPDTopic = "law_policy"
)

var cpdTopicTable = [...]enum.Entry[CPDTopic]{
	{Value: TopicEthics, Title: "Professional ethics"},
	{Value: TopicCulturalCompetence, Title: "Cultural competence"},
	{Value: TopicChildProtection, Title: "Child protection"},
	{Value: TopicSupervision, Title: "Supervision practice"},
	{Value: TopicLawPolicy, Title: "Law and policy"},
}

// CPDTopicValues returns the values of [CPDTopic] in table order.
func CPDTopicValues() []CPDTopic { return enum.Values(cpdTopicTable[:]) }

// IsValid reports whether t is in the table.
func (t CPDTopic) IsValid() bool { return enum.Valid(cpdTopicTable[:], t) }

// Title returns the English title of t, or "".
func (t CPDTopic) Title() string { return enum.Title(cpdTopicTable[:], t) }

// CheckValue implements the "valid" validation rule.
func (t CPDTopic) CheckValue() (code, param, message string) {
	return enum.Check(cpdTopicTable[:], t)
}

// EnumValues returns the wire values, for schema generation.
func (CPDTopic) EnumValues() []string { return enum.Strings(cpdTopicTable[:]) }

// Setting says whether an area is urban, rural or mixed. It is recorded
// with the area for grouping area results (the indicators package breaks
// results down by area, not yet by setting).
type Setting string

// Setting values.
const (
	SettingUrban Setting = "urban"
	SettingRural Setting = "rural"
	SettingMixed Setting = "mixed"
)

var settingTable = [...]enum.Entry[Setting]{
	{Value: SettingUrban, Title: "Urban"},
	{Value: SettingRural, Title: "Rural"},
	{Value: SettingMixed, Title: "Mixed urban and rural"},
}

// SettingValues returns the values of [Setting] in table order.
func SettingValues() []Setting { return enum.Values(settingTable[:]) }

// IsValid reports whether s is in the table.
func (s Setting) IsValid() bool { return enum.Valid(settingTable[:], s) }

// Title returns the English title of s, or "".
func (s Setting) Title() string { return enum.Title(settingTable[:], s) }

// CheckValue implements the "valid" validation rule.
func (s Setting) CheckValue() (code, param, message string) { return enum.Check(settingTable[:], s) }

// EnumValues returns the wire values, for schema generation.
func (Setting) EnumValues() []string { return enum.Strings(settingTable[:]) }
