package declaration

import (
	"github.com/sswkit/ssw/workforce"
)

// IDs of the shipped regional instruments. Three different ASEAN
// instruments are called "Ha Noi Declaration"; always key them by ID,
// never by the short name.
const (
	// HaNoiDeclarationID is the Ha Noi Declaration on Strengthening
	// Social Work Towards Cohesive and Responsive ASEAN Community (2020).
	HaNoiDeclarationID workforce.ID = "asean.hanoi-sw.2020"
	// RoadmapID is the ASEAN Roadmap for implementing it, noted in 2021.
	RoadmapID workforce.ID = "asean.hanoi-sw.roadmap.2021"
)

// Instrument is a regional instrument around the Ha Noi Declaration: the
// Declaration itself, its Roadmap, regional guidance and related
// statements, as dated reference data with sources and confidence.
// Values are built fresh by [Instruments] and [InstrumentByID].
type Instrument struct {
	// ID is the stable identifier ("asean.hanoi-sw.2020").
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Title is the official title, or the best known one.
	Title string `json:"title" validate:"required,max=300"`
	// Kind is declaration, roadmap, guidance, statement or work plan.
	Kind InstrumentKind `json:"kind" validate:"required,valid"`
	// Body is the [Body] that adopted, noted or published it.
	Body workforce.ID `json:"body,omitempty" validate:"omitempty,valid"`
	// Event names the meeting where the endorsement happened.
	Event string `json:"event,omitempty" validate:"max=300"`
	// Date is the date of that event; unset when unknown.
	Date workforce.CivilDate `json:"date,omitzero"`
	// Endorsement is how far the body took it up: the Roadmap was noted,
	// not adopted.
	Endorsement EndorsementLevel `json:"endorsement" validate:"required,valid"`
	// Implements is the instrument this one implements or follows from.
	Implements workforce.ID `json:"implements,omitempty" validate:"omitempty,valid"`
	// StartYear is the first year of the period covered, when known (0
	// when not: the Roadmap's period is not confirmed).
	StartYear int `json:"start_year,omitempty" validate:"omitempty,gte=1900,lte=2200"`
	// EndYear is the last year of the period, when known.
	EndYear int `json:"end_year,omitempty" validate:"omitempty,gte=1900,lte=2200"`
	// Accounts are the sources' accounts of the endorsement event, the
	// accepted one first, then those that conflict with it, each with its
	// sources, so a disagreement is recorded rather than resolved
	// silently.
	Accounts []Account `json:"accounts,omitempty"`
	// Confidence says how firmly the sources establish the facts above.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
	// Sources cite them.
	Sources []Citation `json:"sources,omitempty"`
	// Notes record what is and is not confirmed.
	Notes string `json:"notes,omitempty" validate:"max=2000"`
}

// Account is one account of an event in an instrument's history (its
// adoption, its endorsement) as some sources give it.
type Account struct {
	// Event names the meeting the sources say the event happened at.
	Event string `json:"event" validate:"required,max=300"`
	// Date is the date they give, when they give one.
	Date workforce.CivilDate `json:"date,omitzero"`
	// Accepted is true for the account this package relies on (Event and
	// Date of the instrument); false for one that conflicts with it.
	Accepted bool `json:"accepted"`
	// Sources cite the account.
	Sources []Citation `json:"sources"`
	// Notes say how the account is read.
	Notes string `json:"notes,omitempty" validate:"max=2000"`
}

// Instruments returns the regional instruments, the Declaration first.
// Every call returns fresh values.
func Instruments() []Instrument {
	return []Instrument{
		{
			ID: HaNoiDeclarationID, Title: "Ha Noi Declaration on Strengthening Social Work Towards Cohesive and Responsive ASEAN Community",
			Kind: InstrumentDeclaration, Body: "ASEAN-Summit", Event: "37th ASEAN Summit (virtual, Viet Nam chair)",
			Date: workforce.MustParseDate(DeclarationAdopted), Endorsement: EndorsementAdopted,
			Accounts: []Account{
				{Event: "37th ASEAN Summit (virtual, Viet Nam chair)", Date: workforce.MustParseDate(DeclarationAdopted), Accepted: true,
					Sources: []Citation{srcUNICEFStory(), srcRoadmapKickoff(), srcGSSWABlog(), srcChairStatement37()},
					Notes:   "UNICEF (17 November 2020) reports the adoption by Heads of State during the 37th Summit; VietnamPlus (March 2021) says the Declaration was adopted by ASEAN leaders at the 37th Summit; the GSSWA says November 2020."},
				{Event: "38th and 39th ASEAN Summits (Brunei chair, videoconference, 26-28 October 2021)", Date: workforce.MustParseDate("2021-10-26"),
					Sources: []Citation{srcRegionalConference2022()},
					Notes:   "VietnamPlus (April 2022) reports a Vietnamese deputy minister describing the Declaration as adopted at the 38th and 39th Summits. Most likely a confusion with the Roadmap, which leaders noted at those Summits."},
				{Event: "ASEAN Summits of 2021",
					Sources: []Citation{srcRoadmapVOV()},
					Notes:   "VOV World says leaders recognised the Roadmap at last year's Summits after the Declaration was approved in 2021; read as the same confusion."},
			},
			Confidence: ConfidencePartial,
			Sources:    []Citation{srcUNICEFStory(), srcChairStatement37(), srcASCCCouncil(), srcCount11()},
			Notes:      "Adopted at the 37th Summit, which convened on 12 November 2020 (confirmed); the date printed on the signed text is not confirmed, and two reports place the adoption at the 2021 Summits (see Accounts). Drafted under Viet Nam's 2020 chairmanship (MOLISA) with UNICEF EAPRO and the ASEAN Secretariat; cleared by the ASCC Council for the Summit. Eleven commitments (confirmed).",
		},
		{
			ID: RoadmapID, Title: "ASEAN Roadmap for the Implementation of the Ha Noi Declaration on Strengthening Social Work",
			Kind: InstrumentRoadmap, Body: "ASEAN-Summit", Event: "38th and 39th ASEAN Summits (Brunei chair, videoconference, 26-28 October 2021)",
			Date: workforce.MustParseDate("2021-10-26"), Endorsement: EndorsementNoted, Implements: HaNoiDeclarationID,
			Confidence: ConfidencePartial,
			Sources:    []Citation{srcRoadmapNoted(), srcRoadmapVOV(), srcRoadmapKickoff(), srcRoadmapWG(), srcCount11()},
			Notes:      "Leaders noted (recognised) the Roadmap; they did not adopt it (confirmed). The date is the first day of the 26-28 October 2021 Summits. The title is descriptive; the official title, the period (2021-2025 or to 2030), the list of its seven priority sectors and its indicators are not confirmed.",
		},
		{
			ID: "asean.argrsw", Title: "ASEAN Regional Guidance on the Role of Social Workers in Social Protection",
			Kind: InstrumentGuidance, Body: "SOMSWD", Event: "ASEAN consultation (hybrid) organised by Cambodia's MoSVY",
			Date: workforce.MustParseDate("2022-07-14"), Endorsement: EndorsementDraft, Implements: RoadmapID,
			Confidence: ConfidencePartial, Sources: []Citation{srcARGRSW()},
			Notes: "A draft was consulted on 14 July 2022; the final adoption body and date were not found. The body shown is the expected owner, not a confirmed adopter.",
		},
		{
			ID: "asean.ssw-ratio-guidance", Title: "Regional Guidance on the Development and Use of Social Service Workforce to Population Ratios in ASEAN",
			Kind: InstrumentGuidance, Body: "ASEC", Endorsement: EndorsementPublished, Implements: RoadmapID,
			Confidence: ConfidencePartial, Sources: []Citation{srcRatioGuidance()},
			Notes: "Published by the ASEAN Secretariat. Recommends that each member state set a minimum worker-to-population ratio, for social workers only or for the whole workforce, and use it to drive resourcing. Publication year and any recommended numeric ratio are not captured.",
		},
		{
			ID: "asean.guidance-health", Title: "Regional Guidance on Strengthening the Role of Social Workers and the Wider Social Service Workforce in Health",
			Kind: InstrumentGuidance, Body: "SOMSWD", Event: "Inter-sectoral consultation (virtual) hosted by DSWD with ASWC and the ASEAN Secretariat",
			Date: workforce.MustParseDate("2023-02-07"), Endorsement: EndorsementDraft, Implements: RoadmapID,
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcHealthJustice()},
			Notes: "Confirmed as a draft, consulted on 7-8 February 2023.",
		},
		{
			ID: "asean.guidance-justice", Title: "Regional Guidance on Strengthening the Role of Social Workers and the Wider Social Service Workforce in the Justice System",
			Kind: InstrumentGuidance, Body: "SOMSWD", Event: "Inter-sectoral consultation (virtual) hosted by DSWD with ASWC and the ASEAN Secretariat",
			Date: workforce.MustParseDate("2023-02-07"), Endorsement: EndorsementDraft, Implements: RoadmapID,
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcHealthJustice()},
			Notes: "Confirmed as a draft, consulted on 7-8 February 2023.",
		},
		{
			ID: "asean.somswd-work-plan-2021-2025", Title: "SOMSWD Work Plan 2021-2025 and its Results Framework",
			Kind: InstrumentWorkPlan, Body: "SOMSWD", Endorsement: EndorsementPublished,
			StartYear: 2021, EndYear: 2025,
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcASEANAbout()},
			Notes: "Its Results Framework may carry the Roadmap's indicators (not confirmed).",
		},
		{
			ID: "aswc.manila-statement.2011", Title: "Manila Statement of the First ASEAN Social Work Consortium Conference",
			Kind: InstrumentStatement, Body: "ASWC", Event: "First ASWC Conference, Manila, 1-3 March 2011 (75 participants, all ten member states)",
			Date: workforce.MustParseDate("2011-03-01"), Endorsement: EndorsementAdopted,
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcManilaStatement(), srcASWCHistory()},
			Notes: "The date is the conference's first day.",
		},
		{
			ID: "asean.hanoi-wcd.2010", Title: "Ha Noi Declaration on the Enhancement of Welfare and Development of ASEAN Women and Children",
			Kind: InstrumentDeclaration, Body: "ASEAN-Summit", Event: "17th ASEAN Summit, Ha Noi",
			Date: workforce.MustParseDate("2010-10-28"), Endorsement: EndorsementAdopted,
			Confidence: ConfidencePartial, Sources: []Citation{srcWCD2010(), srcAMMSWD()},
			Notes: "A different instrument with the same short name, listed so it is not confused with the 2020 Declaration. One ASEAN page dates it 2012.",
		},
		{
			ID: "asean.hanoi-post2025.2020", Title: "Ha Noi Declaration on the ASEAN Community's Post-2025 Vision",
			Kind: InstrumentDeclaration, Body: "ASEAN-Summit", Event: "37th ASEAN Summit (virtual, Viet Nam chair)",
			Date: workforce.MustParseDate(DeclarationAdopted), Endorsement: EndorsementAdopted,
			Confidence: ConfidencePartial, Sources: []Citation{srcPost2025()},
			Notes: "Adopted at the same Summit as the social work Declaration and also called the Ha Noi Declaration; listed to avoid confusion. Exact title and date not confirmed.",
		},
	}
}

// InstrumentByID returns the instrument with the ID and true, or false.
func InstrumentByID(id workforce.ID) (Instrument, bool) {
	for _, in := range Instruments() {
		if in.ID == id {
			return in, true
		}
	}
	return Instrument{}, false
}

// Body is an ASEAN body involved in the Declaration and its follow-up.
// Values are built fresh by [Bodies] and [BodyByID].
type Body struct {
	// ID is the stable identifier, the body's usual abbreviation.
	ID workforce.ID `json:"id" validate:"required,valid"`
	// Name is the full name.
	Name string `json:"name" validate:"required,max=300"`
	// Kind is the kind of body.
	Kind BodyKind `json:"kind" validate:"required,valid"`
	// Pillar is the ASEAN Community pillar the body belongs to, when it
	// belongs to one.
	Pillar CommunityPillar `json:"pillar,omitempty" validate:"omitempty,valid"`
	// Parent is the body this one reports to, when known.
	Parent workforce.ID `json:"parent,omitempty" validate:"omitempty,valid"`
	// Confidence says how firmly the sources establish the body's name and
	// role in the Declaration's follow-up.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
	// Sources cite them.
	Sources []Citation `json:"sources,omitempty"`
	// Notes record the body's role.
	Notes string `json:"notes,omitempty" validate:"max=2000"`
}

// Bodies returns the regional bodies, the summit and council first, then
// the social welfare bodies, then the sectoral bodies of the Roadmap
// working group. Every call returns fresh values.
func Bodies() []Body {
	wg := srcRoadmapWG()
	return []Body{
		{ID: "ASEAN-Summit", Name: "ASEAN Summit of Heads of State or Government", Kind: BodySummit,
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcChairStatement37()},
			Notes: "Adopted the Declaration (37th Summit, 2020) and noted the Roadmap (38th and 39th Summits, 2021)."},
		{ID: "ASCC-Council", Name: "ASEAN Socio-Cultural Community Council", Kind: BodyCommunityCouncil, Pillar: PillarSocioCultural,
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcASCCCouncil()},
			Notes: "Cleared the Declaration for the 37th Summit (November 2020)."},
		{ID: "AMMSWD", Name: "ASEAN Ministerial Meeting on Social Welfare and Development", Kind: BodyMinisterial, Pillar: PillarSocioCultural,
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcAMMSWD()}},
		{ID: "SOMSWD", Name: "Senior Officials Meeting on Social Welfare and Development", Kind: BodySeniorOfficials, Pillar: PillarSocioCultural, Parent: "AMMSWD",
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcASEANAbout(), wg},
			Notes: "Focal agencies per member state (DSWD for the Philippines; MOLISA for Viet Nam at the time). Expected to track the Roadmap with the ASWC (not confirmed)."},
		{ID: "ASWC", Name: "ASEAN Social Work Consortium", Kind: BodyNetwork, Pillar: PillarSocioCultural,
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcASWCHistory(), srcManilaStatement()},
			Notes: "Regional network of practitioners, educators and schools of social work, endorsed through the 5th SOMSWD; first conference Manila 2011; chair rotates (Viet Nam 2020-2021)."},
		{ID: "ASEC", Name: "ASEAN Secretariat", Kind: BodySecretariat,
			Confidence: ConfidenceConfirmed, Sources: []Citation{srcRatioGuidance()},
			Notes: "Publisher of the ratio guidance."},
		{ID: "ACWC", Name: "ASEAN Commission on the Promotion and Protection of the Rights of Women and Children", Kind: BodyCommission, Pillar: PillarSocioCultural,
			Confidence: ConfidenceConfirmed, Sources: []Citation{wg},
			Notes: "Member of the Roadmap working group."},
		{ID: "ACW", Name: "ASEAN Committee on Women", Kind: BodyCommittee, Pillar: PillarSocioCultural,
			Confidence: ConfidencePartial, Sources: []Citation{wg},
			Notes: "The working group lists \"women\"; the body is inferred."},
		{ID: "SOMHD", Name: "Senior Officials Meeting on Health Development", Kind: BodySeniorOfficials, Pillar: PillarSocioCultural,
			Confidence: ConfidencePartial, Sources: []Citation{wg},
			Notes: "The working group lists \"health\"; the body's exact name is inferred."},
		{ID: "SOM-ED", Name: "Senior Officials Meeting on Education", Kind: BodySeniorOfficials, Pillar: PillarSocioCultural,
			Confidence: ConfidencePartial, Sources: []Citation{wg},
			Notes: "The working group lists \"education\"; the body's exact name is inferred."},
		{ID: "SOMTC", Name: "Senior Officials Meeting on Transnational Crime", Kind: BodySeniorOfficials, Pillar: PillarPoliticalSecurity,
			Confidence: ConfidencePartial, Sources: []Citation{wg},
			Notes: "The working group lists \"transnational crime\", which makes the Roadmap cross-pillar."},
		{ID: "SLOM", Name: "Senior Labour Officials Meeting", Kind: BodySeniorOfficials, Pillar: PillarSocioCultural,
			Confidence: ConfidenceUnconfirmed, Sources: []Citation{srcRoadmapKickoff()},
			Notes: "\"Labour\" was named at the Roadmap kick-off only."},
		{ID: "ACDM", Name: "ASEAN Committee on Disaster Management", Kind: BodyCommittee, Pillar: PillarSocioCultural,
			Confidence: ConfidenceUnconfirmed, Sources: []Citation{srcRegionalConference2022()},
			Notes: "\"Disaster management\" was named at the April 2022 conference only."},
	}
}

// BodyByID returns the body with the ID and true, or false.
func BodyByID(id workforce.ID) (Body, bool) {
	for _, b := range Bodies() {
		if b.ID == id {
			return b, true
		}
	}
	return Body{}, false
}
