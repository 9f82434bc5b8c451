package workforce

import "github.com/sswkit/ssw/internal/enum"

// Every enumeration below is a named string whose wire value is its
// snake_case constant text. The empty string means "unset": validation
// reports it as required where the field is required, and reports any
// other value outside the table as not supported, listing the allowed
// values. Each enumeration has one ordered table, read-only, from which
// its Values function, IsValid, Title, its validation rule and its JSON
// Schema enum are all derived: internal/cmd/genenum writes them into
// enums_gen.go (a member written here by hand, such as a Values function
// with its own documentation, is left out of it).

//go:generate go run ../internal/cmd/genenum -out enums_gen.go

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
