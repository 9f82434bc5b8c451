package declaration

import (
	"slices"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/enum"
)

// CommitmentID is the stable identifier of one of the Ha Noi
// Declaration's eleven commitments. The number in the ID is the
// commitment's position in the Declaration as this package lists it; the
// text after it names the theme, so that an ID stays readable if the
// official numbering turns out to differ. IDs never change meaning; other
// systems store them. The zero value is unset.
type CommitmentID string

// The eleven commitments, in the order the Declaration lists them (order
// and scope: see [Commitment.Confidence]).
const (
	C01LegalFramework     CommitmentID = "c01_legal_framework"
	C02StrategicPlan      CommitmentID = "c02_strategic_plan"
	C03Regulation         CommitmentID = "c03_regulation"
	C04Coordination       CommitmentID = "c04_coordination"
	C05ProfessionalBodies CommitmentID = "c05_professional_bodies"
	C06Retention          CommitmentID = "c06_retention"
	C07Resources          CommitmentID = "c07_resources"
	C08RegionalNetworks   CommitmentID = "c08_regional_networks"
	C09RegionalStandards  CommitmentID = "c09_regional_standards"
	C10PublicPerception   CommitmentID = "c10_public_perception"
	C11CrossPillar        CommitmentID = "c11_cross_pillar"
)

var commitmentIDTable = [...]enum.Entry[CommitmentID]{
	{Value: C01LegalFramework, Title: "Laws and policies defining the workforce's roles"},
	{Value: C02StrategicPlan, Title: "Needs-based strategic plan"},
	{Value: C03Regulation, Title: "Accreditation, certification, registration and licensing"},
	{Value: C04Coordination, Title: "Inter-agency and cross-sectoral coordination"},
	{Value: C05ProfessionalBodies, Title: "National associations and councils"},
	{Value: C06Retention, Title: "Retention, career progression and professional development"},
	{Value: C07Resources, Title: "Adequate resources, education, training and research"},
	{Value: C08RegionalNetworks, Title: "Regional networks"},
	{Value: C09RegionalStandards, Title: "Regional recognition and shared standards"},
	{Value: C10PublicPerception, Title: "Positive public perception"},
	{Value: C11CrossPillar, Title: "Cross-sectoral and inter-pillar ASEAN cooperation"},
}

// CommitmentIDs returns the eleven commitment IDs in the Declaration's
// order.
func CommitmentIDs() []CommitmentID { return enum.Values(commitmentIDTable[:]) }

// IsValid reports whether id is one of the eleven commitments.
func (id CommitmentID) IsValid() bool { return enum.Valid(commitmentIDTable[:], id) }

// Title returns the short English title of id, or "".
func (id CommitmentID) Title() string { return enum.Title(commitmentIDTable[:], id) }

// Number returns the position of id in the Declaration (1 to 11), or 0
// for an unknown ID.
func (id CommitmentID) Number() int {
	for i, e := range commitmentIDTable {
		if e.Value == id {
			return i + 1
		}
	}
	return 0
}

// Commitment is one of the Ha Noi Declaration's eleven commitments, with
// this package's paraphrase of it, the level at which progress is
// measured, the workforce-strengthening pillars it serves and the
// catalogue indicators ([indicators.Catalogue]) that evidence it. Every
// commitment links at least one policy-status indicator, so qualitative
// progress (a law in force, a regulator, a code of ethics) can be
// evidenced, not only counted.
//
// Values are built fresh by [Commitments] and [CommitmentByID]; a
// caller may change its copy without affecting anyone else.
type Commitment struct {
	// ID is the stable identifier.
	ID CommitmentID `json:"id" validate:"required,valid"`
	// Number is the position in the Declaration, 1 to 11.
	Number int `json:"number" validate:"gte=1,lte=11"`
	// Title is a short paraphrased title.
	Title string `json:"title" validate:"required,max=200"`
	// Summary paraphrases what the commitment asks of member states and
	// ASEAN bodies.
	Summary string `json:"summary" validate:"required,max=2000"`
	// Level says where progress is measured.
	Level CommitmentLevel `json:"level" validate:"required,valid"`
	// Pillars are the workforce-strengthening pillars served, the main
	// one first. The assignment is this package's classification after
	// the GSSWA framework, not the Declaration's.
	Pillars []Pillar `json:"pillars,omitempty" validate:"omitempty,dive,valid"`
	// Indicators are the catalogue indicators that evidence progress,
	// policy-status indicators first.
	Indicators []indicators.IndicatorID `json:"indicators,omitempty" validate:"omitempty,dive,valid"`
	// Wording is the commitment's text as the Declaration publishes it,
	// kept beside Summary, this package's paraphrase. It is empty while
	// the official text has not been retrieved, which is the case for
	// every commitment today.
	Wording string `json:"wording,omitempty" validate:"max=4000"`
	// Corroborations are the sources that bear on the commitment, each
	// with what it says and its kind; they decide Confidence.
	Corroborations []Corroboration `json:"corroborations,omitempty"`
	// Confidence says how firmly the sources establish the commitment's
	// position and scope, by one rule: confirmed when the Declaration's
	// own text corroborates it, partial when a report of the Declaration,
	// its adoption or its follow-up does, unconfirmed otherwise (context
	// alone does not raise it). The count of eleven is confirmed; the
	// order and wording are not.
	Confidence Confidence `json:"confidence" validate:"required,valid"`
	// Sources cite the corroborations' sources, in order, and last the
	// GSSWA framework the pillars follow.
	Sources []Citation `json:"sources,omitempty"`
	// Notes record caveats.
	Notes string `json:"notes,omitempty" validate:"max=2000"`
}

// Corroboration is a source that bears on a commitment: what it says, and
// whether it is the Declaration's text, a report of the Declaration, or
// context ([CorroborationKind]).
type Corroboration struct {
	// Source cites it.
	Source Citation `json:"source"`
	// Kind says what kind of source it is.
	Kind CorroborationKind `json:"kind" validate:"required,valid"`
	// Says paraphrases what the source says that bears on the commitment.
	Says string `json:"says" validate:"required,max=1000"`
}

// corroborated is the rule of [Commitment.Confidence]: the strongest
// confidence any corroboration gives, unconfirmed without one.
func corroborated(cs []Corroboration) Confidence {
	out := ConfidenceUnconfirmed
	for _, c := range cs {
		if k := c.Kind.confidence(); k.rank() > out.rank() {
			out = k
		}
	}
	return out
}

// LinksIndicator reports whether the commitment lists the indicator.
func (c Commitment) LinksIndicator(id indicators.IndicatorID) bool {
	return slices.Contains(c.Indicators, id)
}

const orderNote = "The Declaration's official text could not be retrieved, so Wording is empty: the count of eleven commitments is confirmed, but this position and scope follow a news-derived list."

// Commitments returns the eleven commitments in the Declaration's order.
// Every call returns fresh values.
//
// The indicator links are this package's proposal (the Roadmap's own
// indicator set could not be retrieved), built from the GSSWA
// plan-develop-support framework and the national instruments in the
// reference material. Every linked ID exists in [indicators.Catalogue].
func Commitments() []Commitment {
	count := Corroboration{Source: srcCount11(), Kind: CorroborationContext,
		Says: "The Roadmap works through seven priority sectors to realise the eleven commitments of ASEAN leaders: the count, not this commitment's place or scope."}
	gsswa := func(says string) Corroboration {
		return Corroboration{Source: srcGSSWABlog(), Kind: CorroborationReport, Says: says}
	}
	cs := []Commitment{
		{
			ID: C01LegalFramework, Title: C01LegalFramework.Title(),
			Summary: "Put in place or strengthen legislation and policy that recognise social work and set out the roles and functions of social workers and the wider social service workforce, including in sectors beyond social welfare (health, education, justice, labour).",
			Level:   LevelNational, Pillars: []Pillar{PillarPlanning},
			Indicators:     []indicators.IndicatorID{indicators.GovSWLaw},
			Corroborations: []Corroboration{count},
			Notes:          orderNote + " The theme matches national instruments such as Viet Nam's Decree 110/2024, Indonesia's Law 14/2019 and Thailand's Social Work Professions Act 2013.",
		},
		{
			ID: C02StrategicPlan, Title: C02StrategicPlan.Title(),
			Summary: "Adopt a national strategic plan, based on an assessment of needs, for the progressive strengthening of the social service workforce: how many workers are needed where, how they are recruited, deployed and financed, and how progress is monitored.",
			Level:   LevelNational, Pillars: []Pillar{PillarPlanning},
			Indicators: []indicators.IndicatorID{
				indicators.GovCostedPlan, indicators.GovHRIS,
				indicators.SSWNormReq, indicators.SSWNormGap, indicators.SSWNormAttain,
				indicators.SSWShareGov, indicators.SSWShareCadre, indicators.SSWShareFemale, indicators.SSWAgeMedian,
			},
			Corroborations: []Corroboration{count,
				gsswa("The Declaration commits member states to invest in the workforce by, among other things, planning for it.")},
			Notes: orderNote + " Cambodia's Strategic Plan 2022-2031 and Viet Nam's Decision 112/QD-TTg are instances. The workforce-profile indicators (sector, cadre, sex, age) are the needs assessment's baseline.",
		},
		{
			ID: C03Regulation, Title: C03Regulation.Title(),
			Summary: "Establish or strengthen the accreditation of social work education programmes and the certification, registration and licensing of practitioners, with continuing professional development as a condition of practice.",
			Level:   LevelNational, Pillars: []Pillar{PillarDeveloping, PillarSupporting},
			Indicators: []indicators.IndicatorID{
				indicators.GovRegulator, indicators.GovCurriculumStandards,
				indicators.SWLicShare, indicators.CPDCompl,
			},
			Corroborations: []Corroboration{count,
				gsswa("The Declaration commits member states to invest in the workforce by, among other things, professionalising it.")},
			Notes: orderNote + " Regulators exist in the Philippines (PRC board), Thailand (Social Work Professions Council) and Indonesia (competency certificate); Viet Nam registers practice under Decree 110/2024.",
		},
		{
			ID: C04Coordination, Title: C04Coordination.Title(),
			Summary: "Coordinate the agencies that employ or rely on social service workers (social welfare, health, education, justice, labour and others) nationally, with referral mechanisms across sectors, and collaborate across sectors at ASEAN level.",
			Level:   LevelBoth, Pillars: []Pillar{PillarPlanning},
			Indicators:     []indicators.IndicatorID{indicators.GovInteragency},
			Corroborations: []Corroboration{count},
			Notes:          orderNote + " Kept apart from c11_cross_pillar: this commitment is about coordination inside each member state, the other about cooperation among ASEAN bodies.",
		},
		{
			ID: C05ProfessionalBodies, Title: C05ProfessionalBodies.Title(),
			Summary: "Establish or support national professional associations and councils of social workers and the wider workforce.",
			Level:   LevelNational, Pillars: []Pillar{PillarSupporting},
			Indicators:     []indicators.IndicatorID{indicators.GovAssociation},
			Corroborations: []Corroboration{count},
			Notes:          orderNote + " Thailand's Social Work Professions Council is a statutory council; Malaysia's draft bill proposes one.",
		},
		{
			ID: C06Retention, Title: C06Retention.Title(),
			Summary: "Retain the workforce through career ladders and progression, supervision, continuing professional development and fair remuneration.",
			Level:   LevelNational, Pillars: []Pillar{PillarSupporting, PillarDeveloping},
			Indicators: []indicators.IndicatorID{
				indicators.GovCareerPath,
				indicators.RetAttrition, indicators.SSWPostVac, indicators.SSWPostFill,
				indicators.SupRatio, indicators.CPDCompl,
			},
			Corroborations: []Corroboration{count},
			Notes:          orderNote,
		},
		{
			ID: C07Resources, Title: C07Resources.Title(),
			Summary: "Allocate adequate resources to the workforce, including financing for social work education, training, research and publications, so that enough qualified workers are produced and deployed.",
			Level:   LevelNational, Pillars: []Pillar{PillarPlanning, PillarDeveloping},
			Indicators: []indicators.IndicatorID{
				indicators.GovBudgetLine,
				indicators.SSWDenPop, indicators.SSWDenChild, indicators.SWDenPop, indicators.SWDenChild,
				indicators.SSWPopPerWorker, indicators.SSWChildPerWorker,
				indicators.SSWPerUnit, indicators.SSWUnitCoverage, indicators.SSWGrowth, indicators.SSWQualSW,
			},
			Corroborations: []Corroboration{count,
				gsswa("The Declaration commits member states to invest in the social service workforce and system and to expand the workforce."),
				{Source: srcUNICEFStory(), Kind: CorroborationReport, Says: "The Declaration's adoption is a commitment to invest in and expand social work and the social service workforce in the region."}},
			Notes: orderNote + " Densities and coverage show whether resources reach the population; the ASEAN ratio guidance recommends a national minimum ratio.",
		},
		{
			ID: C08RegionalNetworks, Title: C08RegionalNetworks.Title(),
			Summary: "Strengthen regional networks of practitioners, educators and schools of social work, notably the ASEAN Social Work Consortium, for exchange and collaboration; member states take part through national focal points.",
			Level:   LevelBoth, Pillars: []Pillar{PillarSupporting},
			Indicators: []indicators.IndicatorID{indicators.GovRegionalNetwork},
			Corroborations: []Corroboration{count,
				{Source: srcASWCHistory(), Kind: CorroborationContext, Says: "The ASEAN Social Work Consortium, the regional network of practitioners, educators and schools, exists and is active."}},
			Notes: orderNote + " The ASEAN Social Work Consortium exists and is active (confirmed), but no retrieved report says the Declaration itself commits to regional networks, so the commitment stays unconfirmed.",
		},
		{
			ID: C09RegionalStandards, Title: C09RegionalStandards.Title(),
			Summary: "Work at regional level towards professional recognition across member states and closing education gaps, with shared standards: a code of ethics, a competency framework, a core curriculum and supervision guidelines, adopted nationally.",
			Level:   LevelBoth, Pillars: []Pillar{PillarDeveloping, PillarSupporting},
			Indicators: []indicators.IndicatorID{
				indicators.GovRecognition, indicators.GovEthicsCode, indicators.GovCompetencyFramework,
				indicators.GovCurriculumStandards, indicators.GovSupervisionGuidelines,
				indicators.SSWQualSW,
			},
			Corroborations: []Corroboration{count},
			Notes:          orderNote + " No regional mutual-recognition arrangement for social workers is known.",
		},
		{
			ID: C10PublicPerception, Title: C10PublicPerception.Title(),
			Summary: "Build a positive public perception of social work and counter negative perceptions, including through the media, awareness campaigns and national social work days.",
			Level:   LevelBoth, Pillars: []Pillar{PillarSupporting},
			Indicators: []indicators.IndicatorID{indicators.GovAwareness},
			Corroborations: []Corroboration{count,
				{Source: srcPerception(), Kind: CorroborationReport, Says: "The Declaration recognises the need to address negative public perceptions of social work."}},
			Notes: orderNote + " That the Declaration addresses negative public perceptions is confirmed; Viet Nam's Social Work Day is 25 March.",
		},
		{
			ID: C11CrossPillar, Title: C11CrossPillar.Title(),
			Summary: "Implement the Declaration through cooperation across ASEAN sectoral bodies and community pillars, tasking the relevant bodies with follow-up (the Roadmap) and regional guidance for each sector.",
			Level:   LevelRegional, Pillars: []Pillar{PillarPlanning},
			Indicators: []indicators.IndicatorID{indicators.GovRegionalNetwork, indicators.GovInteragency},
			Corroborations: []Corroboration{count,
				{Source: srcRoadmapKickoff(), Kind: CorroborationReport, Says: "The Roadmap implementing the Declaration's commitments is to integrate the plans of social welfare, health, education, labour and other sectoral bodies."},
				{Source: srcRoadmapWG(), Kind: CorroborationContext, Says: "The Roadmap working group brings together sectoral bodies of two community pillars."}},
			Notes: orderNote + " The Roadmap working group spans sectoral bodies of two community pillars (confirmed). Whether follow-up tasking is counted in this commitment or in a separate paragraph is not known.",
		},
	}
	for i := range cs {
		c := &cs[i]
		c.Number = c.ID.Number()
		c.Confidence = corroborated(c.Corroborations)
		for _, k := range c.Corroborations {
			c.Sources = append(c.Sources, k.Source)
		}
		c.Sources = append(c.Sources, srcGSSWAFramework())
	}
	return cs
}

// CommitmentByID returns the commitment with the ID and true, or false
// when id is not one of the eleven. The value is fresh.
func CommitmentByID(id CommitmentID) (Commitment, bool) {
	n := id.Number()
	if n == 0 {
		return Commitment{}, false
	}
	return Commitments()[n-1], true
}

// CommitmentsFor returns the IDs of the commitments that link the
// indicator, in the Declaration's order (nil when none does).
func CommitmentsFor(id indicators.IndicatorID) []CommitmentID {
	var out []CommitmentID
	for _, c := range Commitments() {
		if c.LinksIndicator(id) {
			out = append(out, c.ID)
		}
	}
	return out
}
