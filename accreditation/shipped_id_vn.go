package accreditation

import "github.com/sswkit/ssw/workforce"

// Shipped scheme IDs of Indonesia and Viet Nam.
const (
	// SchemeIDCompetency is the social worker competency certificate
	// (Sertifikat Kompetensi).
	SchemeIDCompetency workforce.ID = "ID-SW-COMPETENCY"
	// SchemeIDRegistration is the registration certificate (STR).
	SchemeIDRegistration workforce.ID = "ID-SW-STR"
	// SchemeIDPermit is the district or city practice licence (SIPPS).
	SchemeIDPermit workforce.ID = "ID-SW-SIPPS"
	// ExamIDCompetency is the competency test.
	ExamIDCompetency workforce.ID = "ID-SW-COMPETENCY-TEST"
	// CourseIDProfessionalEducation is the post-bachelor professional
	// education programme.
	CourseIDProfessionalEducation workforce.ID = "ID-SW-PROFESSIONAL-EDUCATION"
	// SchemeVNPractice is the Viet Nam social work practice registration
	// certificate.
	SchemeVNPractice workforce.ID = "VN-SW-PRACTICE"
)

// Indonesia returns the Indonesian chain: competency certificate → STR →
// SIPPS (Law 14/2019). Validity, renewal and CPD of STR and SIPPS are not
// confirmed and are not encoded (the health sector's STR rules are a
// different profession's and are not borrowed).
func Indonesia() []Scheme {
	notes := []string{"Versions start on 3 Sep 2019, the date the DPR adopted Law 14/2019 [S41]; the promulgation date is not given.",
		"STR and SIPPS validity, renewal and CPD are not confirmed and are not encoded [S39].",
		"About 15,000 existing Ministry of Social Affairs social workers were promised a transition and recognition of prior education [S36]; its terms are not given."}
	return []Scheme{
		{
			ID: SchemeIDCompetency, Title: "Social worker competency certificate, Sertifikat Kompetensi (Indonesia)",
			Jurisdiction: "ID", Basis: BasisStatutory, Kind: KindCompetencyCertification,
			IssuingBody: "Professional certification body (LSP) of the Ministry of Social Affairs, licensed by BNSP",
			Source:      cite("S30", "Law 14/2019, Art. 1", "a social worker is someone who holds a competency certificate"), Confidence: ConfidencePartial,
			Notes: notes,
			Exams: []ExamRule{{ID: ExamIDCompetency, Title: "Social worker competency test", From: date("2019-09-03"), Scoring: ScoringOwnerResult,
				Source: cite("S34", "Education Ministry Reg. 15/2022 on professional education and competency testing", ""), Confidence: ConfidencePartial}},
			Versions: []RuleVersion{{
				ID: "id.competency.grant", Purpose: PurposeGrant, EventDate: EventDecisionDate, From: date("2019-09-03"),
				Source: cite("S34", "route: bachelor's degree, professional education, competency test", ""), Confidence: ConfidencePartial,
				Requirements: []Requirement{
					{ID: "id.competency.degree", Kind: ReqQualification, Title: "Bachelor's degree", MinLevel: workforce.EducationBachelor,
						Source: cite("S40", "2018 draft bill", "the final eligibility wording is not confirmed; any bachelor's degree is accepted here"), Confidence: ConfidenceUnconfirmed},
					{ID: "id.competency.professional_education", Kind: ReqTraining, Title: "Post-bachelor professional education programme", Courses: []workforce.ID{CourseIDProfessionalEducation}},
					{ID: "id.competency.test", Kind: ReqExam, Title: "Passed the competency test", Exam: ExamIDCompetency},
				},
			}},
		},
		{
			ID: SchemeIDRegistration, Title: "Registration certificate, STR (Indonesia)",
			Jurisdiction: "ID", Basis: BasisStatutory, Kind: KindRegistration, PracticeRestricted: Yes,
			IssuingBody:   "Social workers' professional organisation",
			Prerequisites: []workforce.ID{SchemeIDCompetency},
			Source:        cite("S31", "Law 14/2019, Arts. 28-29", "mandatory for anyone practising"), Confidence: ConfidencePartial,
			Notes: notes,
			Versions: []RuleVersion{{
				ID: "id.str.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2019-09-03"),
				Source: cite("S31", "Law 14/2019, Art. 29", "content confirmed; the source is a law-firm summary"), Confidence: ConfidencePartial,
				Notes: []string{"The competency certificate is the scheme's prerequisite."},
				Requirements: []Requirement{
					doc("id.str.health", "Certificate of physical and mental health", DocHealthCertificate),
					doc("id.str.oath", "Statement of having taken the social worker oath", DocOathStatement),
					doc("id.str.ethics", "Statement committing to the code of ethics", DocEthicsUndertaking),
					whenReq("id.str.foreign", "Foreign social workers: able to use Indonesian",
						[]Requirement{{ID: "id.str.foreign_citizen", Kind: ReqCitizenship, Title: "Citizen of another country", Abroad: true}},
						Requirement{ID: "id.str.language", Kind: ReqDocument, Title: "Able to use the Indonesian language", Document: DocLanguage,
							Source: cite("S37", "foreign social workers", "read in a news report; the article of Law 14/2019 is not cited"), Confidence: ConfidencePartial}),
				},
			}},
		},
		{
			ID: SchemeIDPermit, Title: "Practice licence for social workers, SIPPS (Indonesia)",
			Jurisdiction: "ID", Basis: BasisStatutory, Kind: KindPracticePermit, PracticeRestricted: Yes,
			IssuingBody:   "District or city government",
			Prerequisites: []workforce.ID{SchemeIDRegistration},
			Source:        cite("S33", "SIPPS definition", ""), Confidence: ConfidencePartial,
			Notes: append(notes, "Only the prerequisite (a current STR) is encoded; that SIPPS lasts as long as the STR is an assumption and is not encoded."),
			Versions: []RuleVersion{{
				ID: "id.sipps.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2019-09-03"),
				Source: cite("S32", "MoSA Reg. 17/2020 on registration and practice licensing", ""), Confidence: ConfidencePartial,
			}},
		},
	}
}

// VietNam returns the Viet Nam practice registration certificate under
// Decree 110/2024/ND-CP.
func VietNam() []Scheme {
	fields := []workforce.FieldOfStudy{workforce.FieldSocialWork, workforce.FieldSociology, workforce.FieldPsychology, workforce.FieldEducation,
		workforce.FieldSocialSciencesOther, workforce.FieldPoliticalScience}
	facilities := []ServiceSetting{SettingSocialAssistance, SettingRehabilitation, SettingHealth, SettingEducation, SettingSocialWorkAgency,
		SettingChildProtection, SettingFamilyService, SettingDisability, SettingElderCare, SettingCommunity}
	internship := cite("S92", "internship rules", "read in the Ministry of Justice's summary of Decree 110/2024; the decree's own article is not cited")
	route := func(id, title string, level workforce.EducationLevel, months int) Requirement {
		return allOfReq("vn.internship."+id, title,
			Requirement{ID: workforce.ID("vn.internship." + id + ".diploma"), Kind: ReqQualification, Title: "Diploma at this level in a qualifying field",
				Levels: levelsFrom(level), Fields: fields},
			Requirement{ID: workforce.ID("vn.internship." + id + ".months"), Kind: ReqSupervisedPractice,
				Title:     "Internship of at least the minimum length at a facility providing social work services, under a practice supervisor",
				MinMonths: months, Settings: facilities, Supervisor: &SupervisorRule{Supervised: true}, Source: internship, Confidence: ConfidencePartial},
		)
	}
	return []Scheme{{
		ID: SchemeVNPractice, Title: "Social work practice registration certificate (Viet Nam)",
		Jurisdiction: "VN", Basis: BasisStatutory, Kind: KindRegistration,
		IssuingBody: "Provincial department responsible for labour and social affairs (MOLISA Decision 1858/QD-BLDTBXH, 2024); the 2025 restructuring may have moved this function",
		Source:      cite("S90", "Decree 110/2024/ND-CP on social work, in force 15 Oct 2024", ""), Confidence: ConfidenceConfirmed,
		Notes: []string{
			"Not encoded (not confirmed): the certificate's validity period, CPD for re-grant, the current issuing authority after the 2025 restructuring.",
			"Diploma levels: intermediate (trung cap) is read as ISCED 4, college (cao dang) as ISCED 5, university as ISCED 6 or above.",
			"That the internship matches the diploma is not checked.",
		},
		Terms: []ValidityRule{{
			ID: "vn.term", From: date("2024-10-15"), Kind: ValidityFixedTerm, RenewalClosesWorkingDays: 15,
			Source:     cite("S94", "re-grant procedure, Decision 1858", "apply at least 15 working days before expiry, counted back from the expiry day; the term itself is not confirmed, so expiry comes from the register; read in a legal news summary of the decision"),
			Confidence: ConfidencePartial,
		}},
		Versions: []RuleVersion{{
			ID: "vn.practice.grant", Purpose: PurposeGrant, EventDate: EventFilingDate, From: date("2024-10-15"),
			Source: cite("S93", "Decree 110/2024, Art. 41 dossier", ""), Confidence: ConfidenceConfirmed,
			Requirements: []Requirement{
				{ID: "vn.internship", Kind: ReqAllOf, Title: "Practice internship by diploma level, with a certificate of satisfactory internship", Source: internship, Confidence: ConfidencePartial,
					Exemptions: []Exemption{{ID: "vn.internship.foreign_licence", Title: "Holder of a foreign social work practice licence",
						If: []Requirement{doc("vn.internship.foreign_licence_held", "Foreign social work practice licence", DocForeignPracticeLicence)}, Source: internship}},
					Of: []Requirement{
						anyOfReq("vn.internship.routes", "Internship length matching the diploma level",
							route("university", "University degree or higher: at least 12 months", workforce.EducationBachelor, 12),
							route("college", "College diploma: at least 9 months", workforce.EducationShortCycle, 9),
							route("intermediate", "Intermediate diploma: at least 6 months", workforce.EducationPostSecondary, 6),
						),
						doc("vn.internship.certificate", "Certificate of satisfactory internship", DocInternshipCertificate),
					}},
				doc("vn.dossier.application", "Application form", DocApplicationForm),
				doc("vn.dossier.diploma", "Copy of the diploma", DocDiplomaCopy),
				{ID: "vn.dossier.health", Kind: ReqHealthCertificate, Title: "Health certificate issued at most 12 months before submission", MaxAgeMonths: 12},
				doc("vn.dossier.photos", "Photographs", DocPhotograph),
			},
		}},
	}}
}

// levelsFrom returns the level itself, or the level and every level above
// it for a university degree.
func levelsFrom(l workforce.EducationLevel) []workforce.EducationLevel {
	if l == workforce.EducationBachelor {
		return []workforce.EducationLevel{workforce.EducationBachelor, workforce.EducationMaster, workforce.EducationDoctoral}
	}
	return []workforce.EducationLevel{l}
}
