package indicators

import (
	"slices"

	"github.com/sswkit/ssw/internal/enum"
)

// IndicatorID is the stable identifier of an indicator definition, such as
// "SSW-DEN-CHILD". IDs never change meaning once published: other packages
// (declaration links the Ha Noi Declaration commitments to them) and other
// systems store them. The zero value is unset.
type IndicatorID string

// IndicatorIDPattern is the pattern every [IndicatorID] matches: an
// upper-case letter, then upper-case letters and digits, then one or more
// hyphen-separated segments.
const IndicatorIDPattern = `^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$`

// IsValid reports whether id matches [IndicatorIDPattern]. It does not
// check that the catalogue defines id; use [Lookup] for that.
func (id IndicatorID) IsValid() bool {
	if len(id) == 0 || len(id) > 64 || id[0] < 'A' || id[0] > 'Z' {
		return false
	}
	segments, segLen := 0, 1
	for i := 1; i < len(id); i++ {
		c := id[i]
		switch {
		case c == '-':
			if segLen == 0 {
				return false
			}
			segments++
			segLen = 0
		case (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'):
			segLen++
		default:
			return false
		}
	}
	return segments >= 1 && segLen > 0
}

// CheckValue implements the "valid" validation rule.
func (id IndicatorID) CheckValue() (code, param, message string) {
	if id.IsValid() {
		return "", "", ""
	}
	return "pattern", IndicatorIDPattern, "must be an indicator id such as SSW-DEN-CHILD: upper-case letters and digits in hyphen-separated segments"
}

// SchemaPattern returns [IndicatorIDPattern], for schema generation.
func (IndicatorID) SchemaPattern() string { return IndicatorIDPattern }

// Quantitative indicators. Their formulas are documented on [Catalogue].
const (
	SSWDenPop         IndicatorID = "SSW-DEN-POP"          // workforce per 100,000 population
	SSWDenChild       IndicatorID = "SSW-DEN-CHILD"        // workforce per 100,000 children aged 0–17
	SWDenPop          IndicatorID = "SW-DEN-POP"           // qualified social workers per 100,000 population
	SWDenChild        IndicatorID = "SW-DEN-CHILD"         // qualified social workers per 100,000 children
	SSWPopPerWorker   IndicatorID = "SSW-POP-PER-WORKER"   // population per worker, "1 : N"
	SSWChildPerWorker IndicatorID = "SSW-CHILD-PER-WORKER" // children per worker, "1 : N"
	SSWPerUnit        IndicatorID = "SSW-PER-UNIT"         // workers per administrative unit
	SSWUnitCoverage   IndicatorID = "SSW-UNIT-COVERAGE"    // % of units with at least the norm
	SSWNormReq        IndicatorID = "SSW-NORM-REQ"         // workers the staffing norm requires
	SSWNormGap        IndicatorID = "SSW-NORM-GAP"         // shortfall against the norm, unit by unit
	SSWNormAttain     IndicatorID = "SSW-NORM-ATTAIN"      // % of the requirement met
	SSWPostVac        IndicatorID = "SSW-POST-VAC"         // vacancy rate of funded posts
	SSWPostFill       IndicatorID = "SSW-POST-FILL"        // fill rate of funded posts
	SSWShareGov       IndicatorID = "SSW-SHARE-GOV"        // % employed by government
	SSWShareCadre     IndicatorID = "SSW-SHARE-CADRE"      // % in each cadre
	SSWShareFemale    IndicatorID = "SSW-SHARE-FEMALE"     // % female
	SSWAgeMedian      IndicatorID = "SSW-AGE-MEDIAN"       // median age in years
	SSWQualSW         IndicatorID = "SSW-QUAL-SW"          // % holding a social work degree
	SWLicShare        IndicatorID = "SW-LIC-SHARE"         // % of qualified social workers licensed or registered
	CPDCompl          IndicatorID = "CPD-COMPL"            // % of licensed workers meeting the CPD rule
	SupRatio          IndicatorID = "SUP-RATIO"            // front-line workers per supervisor
	RetAttrition      IndicatorID = "RET-ATTRITION"        // % leaving the workforce over a period
	SSWGrowth         IndicatorID = "SSW-GROWTH"           // % change in head-count over a period
)

// NHWA-aligned indicators, from what a registry records about each
// worker (nationality, where they trained, contract, FTE, exits,
// credentials held). They are evaluated on request: list them in
// [Options.Indicators] ([NHWAIndicators] gives them all), so reports of
// the default catalogue do not change.
const (
	SSWCount             IndicatorID = "SSW-COUNT"                 // workers in scope
	SSWCountLicensed     IndicatorID = "SSW-COUNT-LICENSED"        // practising workers with a credential in good standing
	SSWCountRegistered   IndicatorID = "SSW-COUNT-REGISTERED"      // persons with a credential in good standing, employed or not
	SSWActivityRatio     IndicatorID = "SSW-ACTIVITY-RATIO"        // % of registered persons practising (NHWA 1-05)
	SSWShareForeignNat   IndicatorID = "SSW-SHARE-FOREIGN-NAT"     // % foreign nationals (NHWA 1-09)
	SSWShareForeignTrain IndicatorID = "SSW-SHARE-FOREIGN-TRAINED" // % trained abroad (NHWA 1-09)
	SSWSharePartTime     IndicatorID = "SSW-SHARE-PART-TIME"       // % working less than full time
	SSWShareContract     IndicatorID = "SSW-SHARE-CONTRACT"        // % in each employment type
	RetEntry             IndicatorID = "RET-ENTRY"                 // % entering over a period
	RetExitVoluntary     IndicatorID = "RET-EXIT-VOLUNTARY"        // % leaving voluntarily over a period
	RetExitInvoluntary   IndicatorID = "RET-EXIT-INVOLUNTARY"      // % leaving involuntarily over a period
)

// NHWAIndicators returns the IDs of the indicators evaluated on request
// (Definition.OnRequest), in catalogue order: list them in
// [Options.Indicators], with any others wanted.
func NHWAIndicators() []IndicatorID {
	var out []IndicatorID
	for i := range catalogueEntries {
		if catalogueEntries[i].OnRequest {
			out = append(out, catalogueEntries[i].ID)
		}
	}
	return out
}

// Policy-status indicators: yes, partial, no or unknown, with evidence.
const (
	GovSWLaw                 IndicatorID = "GOV-SW-LAW"                 // law defining social work roles in force
	GovRegulator             IndicatorID = "GOV-REGULATOR"              // licensing or registration body exists
	GovEthicsCode            IndicatorID = "GOV-ETHICS-CODE"            // national code of ethics adopted
	GovCostedPlan            IndicatorID = "GOV-COSTED-PLAN"            // costed national workforce strategy or plan
	GovHRIS                  IndicatorID = "GOV-HRIS"                   // information system able to report stock
	GovAssociation           IndicatorID = "GOV-ASSOCIATION"            // national professional association or council
	GovCareerPath            IndicatorID = "GOV-CAREER-PATH"            // scheme of service or career path
	GovBudgetLine            IndicatorID = "GOV-BUDGET-LINE"            // dedicated budget for the workforce
	GovCompetencyFramework   IndicatorID = "GOV-COMPETENCY-FRAMEWORK"   // national competency framework
	GovCurriculumStandards   IndicatorID = "GOV-CURRICULUM-STANDARDS"   // core curriculum or accreditation standards
	GovSupervisionGuidelines IndicatorID = "GOV-SUPERVISION-GUIDELINES" // supervision guidelines
	GovInteragency           IndicatorID = "GOV-INTERAGENCY"            // inter-agency coordination mechanism
	GovRegionalNetwork       IndicatorID = "GOV-REGIONAL-NETWORK"       // participation in a regional network
	GovRecognition           IndicatorID = "GOV-RECOGNITION"            // professional recognition arrangement
	GovAwareness             IndicatorID = "GOV-AWARENESS"              // public awareness campaign on social work
)

// Definition is one indicator of the catalogue: what it counts, how, and
// how it is presented. Definitions are plain data, built fresh by
// [Catalogue]; a caller may change its copy without affecting anyone else.
//
// A ratio's exact value is Numerator × Multiplier ÷ Denominator, computed
// from the raw integer counts and cut at Precision fraction digits
// (truncated; toward negative infinity for a negative growth) with a flag
// saying whether anything was cut off;
// presentation rounding is the separate step [Round] applies with
// Rounding.
type Definition struct {
	// ID is the stable identifier.
	ID IndicatorID `json:"id" validate:"required,valid"`
	// Name is a short English name.
	Name string `json:"name" validate:"required,max=200"`
	// Description says what the indicator measures and how to read it.
	Description string `json:"description" validate:"required,max=2000"`
	// Kind is ratio, count, median or policy status.
	Kind IndicatorKind `json:"kind" validate:"required,valid"`
	// Numerator describes what the numerator counts (ratios and counts).
	Numerator string `json:"numerator,omitempty" validate:"max=500"`
	// Denominator describes what the denominator counts (ratios only).
	Denominator string `json:"denominator,omitempty" validate:"max=500"`
	// Multiplier is the exact integer the quotient is multiplied by:
	// 100000 for "per 100,000", 100 for a percentage, 1 for a plain ratio.
	Multiplier int64 `json:"multiplier,omitempty" validate:"omitempty,gte=1"`
	// Unit names the unit of the value ("per 100,000 children aged 0-17",
	// "%", "persons per worker", "years", "workers").
	Unit string `json:"unit" validate:"required,max=100"`
	// Universe is the population the indicator divides by, when it is a
	// population: the whole population or children.
	Universe PopulationUniverse `json:"universe,omitempty" validate:"omitempty,valid"`
	// AgeMin is the lowest age in years included in the universe (0 when
	// omitted).
	AgeMin int `json:"age_min,omitempty" validate:"omitempty,gte=1,lte=150"`
	// AgeMax is the highest age in years included in the universe;
	// omitted when there is no upper bound. Children are 0 to 17.
	AgeMax int `json:"age_max,omitempty" validate:"omitempty,gte=1,lte=150"`
	// Scope is the default unit of the workforce count: head-count,
	// positions or FTE.
	Scope CountScope `json:"scope,omitempty" validate:"omitempty,valid"`
	// Scopes lists every scope the indicator may be computed in; an
	// evaluation that asks for another scope is an error.
	Scopes []CountScope `json:"scopes,omitempty" validate:"omitempty,dive,valid"`
	// Subset is the part of the workforce counted: the whole workforce,
	// qualified social workers or licensed workers.
	Subset WorkforceSubset `json:"subset,omitempty" validate:"omitempty,valid"`
	// Disaggregations are the default breakdowns.
	Disaggregations []Disaggregation `json:"disaggregations,omitempty" validate:"omitempty,dive,valid"`
	// Parameters are the evaluation parameters the value depends on.
	Parameters []IndicatorParameter `json:"parameters,omitempty" validate:"omitempty,dive,valid"`
	// Sensitive says which of the counts count persons, for disclosure
	// control and reliability flags. In the positions scope the counts
	// are posts, which disclosure control publishes as they are.
	Sensitive SensitiveSide `json:"sensitive,omitempty" validate:"omitempty,valid"`
	// Precision is the number of fraction digits of the exact value.
	Precision int `json:"precision" validate:"gte=0,lte=12"`
	// Rounding is the presentation rounding: a mode and a number of
	// fraction digits.
	Rounding PresentationRounding `json:"rounding"`
	// Sources cite the frameworks or publications the definition follows.
	Sources []DefinitionSource `json:"sources,omitempty"`
	// Confidence says how firmly the sources establish the definition.
	Confidence DefinitionConfidence `json:"confidence" validate:"required,valid"`
	// OnRequest is true for indicators evaluated only when
	// [Options.Indicators] lists them (the NHWA-aligned set,
	// [NHWAIndicators]); the default evaluation leaves them out.
	OnRequest bool `json:"on_request,omitempty"`
	// TopOnly is true for indicators given for the top area only:
	// registered persons without an employment have no area.
	TopOnly bool `json:"top_only,omitempty"`
}

// HasDisaggregation reports whether d is one of the default breakdowns.
func (d Definition) HasDisaggregation(x Disaggregation) bool {
	return slices.Contains(d.Disaggregations, x)
}

// AllowsScope reports whether the indicator may be computed in scope s.
func (d Definition) AllowsScope(s CountScope) bool { return slices.Contains(d.Scopes, s) }

// PresentationRounding is how a value is rounded for publication: a mode
// and the number of fraction digits kept. It is applied by [Round], never
// to intermediate results.
//
// Published figures are rounded to fraction digits (Places 1: 64.4), to
// tens, hundreds or thousands (Places −1, −2, −3: "about 155,000" is
// 155,000 at −3), or to significant figures (Significant 3: 28,907.63
// is 28,900).
type PresentationRounding struct {
	// Mode is half_up, half_even, down (truncate toward zero) or ceiling.
	Mode RoundingMode `json:"mode" validate:"required,valid"`
	// Places is the number of fraction digits kept (0 for whole numbers);
	// negative to round to tens (−1), hundreds (−2), thousands (−3), ….
	Places int `json:"places" validate:"gte=-18,lte=12"`
	// Significant, when set, rounds to that many significant figures
	// instead; Places must then be 0.
	Significant int `json:"significant,omitempty" validate:"omitempty,gte=1,lte=18"`
}

// DefinitionSource cites a framework, guidance or publication an
// indicator definition follows.
type DefinitionSource struct {
	// Title names the source.
	Title string `json:"title" validate:"required,max=300"`
	// URL locates it, when it is online.
	URL string `json:"url,omitempty" validate:"max=500"`
}

// IndicatorKind says how an indicator's value is obtained.
type IndicatorKind string

// IndicatorKind values.
const (
	KindRatio  IndicatorKind = "ratio"         // numerator × multiplier ÷ denominator
	KindCount  IndicatorKind = "count"         // a count of workers (requirement, gap)
	KindMedian IndicatorKind = "median"        // the median of a distribution
	KindPolicy IndicatorKind = "policy_status" // yes, partial, no or unknown, with evidence
)

var kindTable = [...]enum.Entry[IndicatorKind]{
	{Value: KindRatio, Title: "Ratio of two counts"},
	{Value: KindCount, Title: "Count"},
	{Value: KindMedian, Title: "Median"},
	{Value: KindPolicy, Title: "Policy status"},
}

// CountScope is the unit a workforce count is made in. Sources mix them
// (Cambodia's 3,764 are government positions; most densities count
// people), so every count and result carries its scope and formulas never
// combine counts of different scopes.
type CountScope string

// CountScope values.
const (
	// ScopeHeadCount counts each active worker once.
	ScopeHeadCount CountScope = "head_count"
	// ScopePositions counts funded posts (filled or funded and vacant).
	ScopePositions CountScope = "positions"
	// ScopeFTE sums the full-time equivalents of active employments.
	ScopeFTE CountScope = "fte"
)

var scopeTable = [...]enum.Entry[CountScope]{
	{Value: ScopeHeadCount, Title: "Head-count of active workers"},
	{Value: ScopePositions, Title: "Funded positions (posts)"},
	{Value: ScopeFTE, Title: "Full-time equivalents"},
}

// WorkforceSubset is the part of the workforce an indicator counts.
type WorkforceSubset string

// WorkforceSubset values.
const (
	// SubsetAll is the whole social service workforce: every cadre,
	// qualified or not.
	SubsetAll WorkforceSubset = "all_workforce"
	// SubsetQualified is qualified social workers: workers holding a
	// social work qualification at the minimum level or above.
	SubsetQualified WorkforceSubset = "qualified_social_workers"
	// SubsetLicensed is workers holding a credential in good standing.
	SubsetLicensed WorkforceSubset = "licensed_workers"
)

var subsetTable = [...]enum.Entry[WorkforceSubset]{
	{Value: SubsetAll, Title: "Whole social service workforce"},
	{Value: SubsetQualified, Title: "Qualified social workers"},
	{Value: SubsetLicensed, Title: "Licensed or registered workers"},
}

// PopulationUniverse is the population a density divides by.
type PopulationUniverse string

// PopulationUniverse values.
const (
	// UniverseTotal is the whole population, all ages.
	UniverseTotal PopulationUniverse = "total_population"
	// UniverseChildren is children aged 0 to 17 (under 18), as
	// [workforce.PopulationFigure.Children] counts them.
	UniverseChildren PopulationUniverse = "children_0_17"
)

var universeTable = [...]enum.Entry[PopulationUniverse]{
	{Value: UniverseTotal, Title: "Total population, all ages"},
	{Value: UniverseChildren, Title: "Children aged 0 to 17"},
}

// Disaggregation is a dimension results can be broken down by.
type Disaggregation string

// Disaggregation values.
const (
	// ByArea breaks down by administrative area at every level of the
	// area tree, rolling counts up from the units to the nation.
	ByArea Disaggregation = "area"
	// BySex breaks down by the worker's recorded sex.
	BySex Disaggregation = "sex"
	// ByCadre breaks down by the worker's cadre (or the post's cadre for
	// position counts).
	ByCadre Disaggregation = "cadre"
	// BySector breaks down by the employer's sector.
	BySector Disaggregation = "sector"
	// ByAgeBand breaks down by age band on the as-of date.
	ByAgeBand Disaggregation = "age_band"
	// ByQualification breaks down by whether the worker is a qualified
	// social worker.
	ByQualification Disaggregation = "qualification"
	// BySetting breaks down by the urban, rural or mixed setting of the
	// area of the worker's main employment (of the post, for positions).
	// An area without a setting takes that of its nearest ancestor with
	// one on the as-of date; when none has one, its workers are in
	// "not recorded". It is given only when [Options.Disaggregations]
	// lists it, so reports that do not ask keep their rows.
	BySetting Disaggregation = "setting"
)

var disaggregationTable = [...]enum.Entry[Disaggregation]{
	{Value: ByArea, Title: "Administrative area, every level"},
	{Value: BySex, Title: "Sex"},
	{Value: ByCadre, Title: "Cadre"},
	{Value: BySector, Title: "Employer sector"},
	{Value: ByAgeBand, Title: "Age band"},
	{Value: ByQualification, Title: "Social work qualification"},
	{Value: BySetting, Title: "Urban or rural setting of the area"},
}

// RoundingMode is a presentation rounding mode. Published figures use
// different conventions ("1 : N" ratios are often truncated, percentages
// rounded half up), so the mode is always explicit.
type RoundingMode string

// RoundingMode values. All act on the exact value; none is ever applied
// to an intermediate result.
const (
	// RoundHalfUp rounds to the nearest, ties away from zero (2.45 → 2.5).
	RoundHalfUp RoundingMode = "half_up"
	// RoundHalfEven rounds to the nearest, ties to the even digit (2.45 → 2.4).
	RoundHalfEven RoundingMode = "half_even"
	// RoundDown truncates toward zero (28,907.63 → 28,907).
	RoundDown RoundingMode = "down"
	// RoundCeiling rounds toward positive infinity (2.01 → 3): whole
	// workers needed to meet a requirement.
	RoundCeiling RoundingMode = "ceiling"
)

var roundingTable = [...]enum.Entry[RoundingMode]{
	{Value: RoundHalfUp, Title: "Half up (ties away from zero)"},
	{Value: RoundHalfEven, Title: "Half even (ties to even)"},
	{Value: RoundDown, Title: "Down (truncate toward zero)"},
	{Value: RoundCeiling, Title: "Ceiling (toward positive infinity)"},
}

// IndicatorParameter names an evaluation parameter an indicator depends
// on. The values are set in [Options] (record path) or
// [AggregateFigures] (aggregate path) and echoed in every [Report].
type IndicatorParameter string

// IndicatorParameter values.
const (
	ParamStaffingNorm      IndicatorParameter = "staffing_norm"           // the norm: k workers per unit, or per population
	ParamPeriodStart       IndicatorParameter = "period_start"            // start of the period of a flow indicator
	ParamQualificationRule IndicatorParameter = "qualification_min_level" // lowest ISCED level that qualifies
	ParamLicenceSchemes    IndicatorParameter = "licence_schemes"         // credential schemes that count as a licence
	ParamCPDRule           IndicatorParameter = "cpd_rule"                // minimum hours or credits over a window
	ParamScope             IndicatorParameter = "scope"                   // head-count, positions or FTE
)

var parameterTable = [...]enum.Entry[IndicatorParameter]{
	{Value: ParamStaffingNorm, Title: "Staffing norm"},
	{Value: ParamPeriodStart, Title: "Start of the period"},
	{Value: ParamQualificationRule, Title: "Minimum qualification level"},
	{Value: ParamLicenceSchemes, Title: "Credential schemes counted as licensed"},
	{Value: ParamCPDRule, Title: "CPD compliance rule"},
	{Value: ParamScope, Title: "Count scope"},
}

// SensitiveSide says which counts of an indicator count persons. Disclosure
// control suppresses small person counts and flags rates based on fewer
// than the reliability minimum of them; counts of posts, units and
// population are not sensitive.
type SensitiveSide string

// SensitiveSide values.
const (
	SensitiveNumerator   SensitiveSide = "numerator"   // the numerator counts persons
	SensitiveDenominator SensitiveSide = "denominator" // the denominator counts persons ("1 : N")
	SensitiveBoth        SensitiveSide = "both"        // both count persons (shares)
	SensitiveNone        SensitiveSide = "none"        // nothing counts persons
)

var sensitiveTable = [...]enum.Entry[SensitiveSide]{
	{Value: SensitiveNumerator, Title: "Numerator counts persons"},
	{Value: SensitiveDenominator, Title: "Denominator counts persons"},
	{Value: SensitiveBoth, Title: "Numerator and denominator count persons"},
	{Value: SensitiveNone, Title: "No person counts"},
}

// DefinitionConfidence says how firmly the cited sources establish a
// definition.
type DefinitionConfidence string

// DefinitionConfidence values.
const (
	// ConfidenceConfirmed: the formula follows a source that was read.
	ConfidenceConfirmed DefinitionConfidence = "confirmed"
	// ConfidencePartial: the concept is sourced, details (denominator,
	// scope) are this library's documented choice.
	ConfidencePartial DefinitionConfidence = "partial"
	// ConfidenceUnconfirmed: modelled on an analogue; the source could
	// not be checked.
	ConfidenceUnconfirmed DefinitionConfidence = "unconfirmed"
)

var confidenceTable = [...]enum.Entry[DefinitionConfidence]{
	{Value: ConfidenceConfirmed, Title: "Confirmed by the cited source"},
	{Value: ConfidencePartial, Title: "Partly confirmed; details are documented choices"},
	{Value: ConfidenceUnconfirmed, Title: "Not confirmed"},
}

// Sources cited by the catalogue.
var (
	srcNHWA = DefinitionSource{
		Title: "WHO National Health Workforce Accounts: a handbook (2017), indicators 1-02, 1-03, 1-06, 1-08 and module 5",
		URL:   "http://www.who.int/hrh/documents/brief_nhwa_handbook/en/",
	}
	srcASEANRatios = DefinitionSource{
		Title: "ASEAN Regional Guidance on the development and use of social service workforce-to-population ratios",
		URL:   "https://www.socialserviceworkforce.org/resources/regional-guidance-development-and-use-social-service-workforce-population-ratios-asean",
	}
	srcGSSWAFramework = DefinitionSource{
		Title: "Global Social Service Workforce Alliance, Social Service Workforce Strengthening Framework",
		URL:   "https://www.socialserviceworkforce.org/strengthening-social-service-workforce",
	}
	srcMinRatios = DefinitionSource{
		Title: "UNICEF and GSSWA, Proposed Guidance on Developing Minimum Social Service Workforce Ratios (2022)",
		URL:   "https://socialserviceworkforce.org/resources/proposed-guidance-on-developing-minimum-social-service-workforce-ratios",
	}
	srcCambodiaPlan = DefinitionSource{
		Title: "Cambodia MoSVY, Strategic Plan on the Social Services Workforce 2022-2031 (at least 2 per commune/sangkat)",
		URL:   "https://phnompenhpost.com/national/ministry-launches-plan-social-services",
	}
	srcNHWA105 = DefinitionSource{
		Title: "WHO, National Health Workforce Accounts: a handbook (2017, ISBN 978-92-4-151311-1), indicator 1-05 Activity ratio",
		URL:   "http://www.who.int/hrh/documents/brief_nhwa_handbook/en/",
	}
	srcNHWA109 = DefinitionSource{
		Title: "WHO, National Health Workforce Accounts: a handbook (2017, ISBN 978-92-4-151311-1), indicator 1-09 Dependency on foreign health workers",
		URL:   "http://www.who.int/hrh/documents/brief_nhwa_handbook/en/",
	}
	srcNHWA102 = DefinitionSource{
		Title: "WHO, National Health Workforce Accounts: a handbook (2017, ISBN 978-92-4-151311-1), indicators 1-01 and 1-02 (the stock counted as a head-count)",
		URL:   "http://www.who.int/hrh/documents/brief_nhwa_handbook/en/",
	}
	srcNHWAModule5 = DefinitionSource{
		Title: "WHO, National Health Workforce Accounts: a handbook (2017, ISBN 978-92-4-151311-1), module 5, health labour market flows: entries, voluntary and involuntary exits",
		URL:   "http://www.who.int/hrh/documents/brief_nhwa_handbook/en/",
	}
	srcNHWAModule6 = DefinitionSource{
		Title: "WHO, National Health Workforce Accounts: a handbook (2017, ISBN 978-92-4-151311-1), module 6, employment characteristics and working conditions",
		URL:   "http://www.who.int/hrh/documents/brief_nhwa_handbook/en/",
	}
	srcUNICEFGuidelines = DefinitionSource{
		Title: "UNICEF, Guidelines to Strengthen the Social Service Workforce for Child Protection (2019)",
		URL:   "http://socialserviceworkforce.org/resources/guidelines-strengthen-social-service-workforce-child-protection",
	}
)

// catalogueEntries is the read-only catalogue; [Catalogue] copies it.
var catalogueEntries = [...]Definition{
	{
		ID: SSWDenPop, Name: "Social service workforce density per 100,000 population",
		Description: "Active social service workers per 100,000 people of all ages. Computed from the raw pair (workers, population); the population figure, its source and vintage are recorded with the result.",
		Kind:        KindRatio, Numerator: "social service workers in scope on the as-of date", Denominator: "total population (figure applicable on the as-of date)",
		Multiplier: 100000, Unit: "per 100,000 population", Universe: UniverseTotal,
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveNumerator,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA, srcASEANRatios}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWDenChild, Name: "Social service workforce density per 100,000 children",
		Description: "Active social service workers per 100,000 children aged 0 to 17. Censuses often publish 0-14; this indicator always uses the under-18 figure.",
		Kind:        KindRatio, Numerator: "social service workers in scope on the as-of date", Denominator: "population aged 0 to 17",
		Multiplier: 100000, Unit: "per 100,000 children aged 0-17", Universe: UniverseChildren, AgeMax: 17,
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveNumerator,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcASEANRatios, srcUNICEFGuidelines}, Confidence: ConfidencePartial,
	},
	{
		ID: SWDenPop, Name: "Qualified social worker density per 100,000 population",
		Description: "Qualified social workers (a social work qualification at the minimum level or above) per 100,000 people of all ages: the 'qualified social workers only' variant of the workforce-to-population ratio.",
		Kind:        KindRatio, Numerator: "qualified social workers in scope on the as-of date", Denominator: "total population",
		Multiplier: 100000, Unit: "per 100,000 population", Universe: UniverseTotal,
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetQualified,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand},
		Parameters:      []IndicatorParameter{ParamScope, ParamQualificationRule}, Sensitive: SensitiveNumerator,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcASEANRatios}, Confidence: ConfidencePartial,
	},
	{
		ID: SWDenChild, Name: "Qualified social worker density per 100,000 children",
		Description: "Qualified social workers per 100,000 children aged 0 to 17.",
		Kind:        KindRatio, Numerator: "qualified social workers in scope on the as-of date", Denominator: "population aged 0 to 17",
		Multiplier: 100000, Unit: "per 100,000 children aged 0-17", Universe: UniverseChildren, AgeMax: 17,
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetQualified,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand},
		Parameters:      []IndicatorParameter{ParamScope, ParamQualificationRule}, Sensitive: SensitiveNumerator,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcASEANRatios, srcUNICEFGuidelines}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWPopPerWorker, Name: "Population per social service worker (1 : N)",
		Description: "People of all ages per active worker, published as '1 : N'. Derived from the raw pair (population, workers), never by inverting a rounded density; published figures are usually truncated (1 : 28,907 for 28,907.63).",
		Kind:        KindRatio, Numerator: "total population", Denominator: "social service workers in scope on the as-of date",
		Multiplier: 1, Unit: "persons per worker", Universe: UniverseTotal,
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveDenominator,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundDown, Places: 0},
		Sources: []DefinitionSource{srcASEANRatios}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWChildPerWorker, Name: "Children per social service worker (1 : N)",
		Description: "Children aged 0 to 17 per active worker, published as '1 : N' and truncated; derived from the raw pair.",
		Kind:        KindRatio, Numerator: "population aged 0 to 17", Denominator: "social service workers in scope on the as-of date",
		Multiplier: 1, Unit: "children per worker", Universe: UniverseChildren, AgeMax: 17,
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveDenominator,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundDown, Places: 0},
		Sources: []DefinitionSource{srcASEANRatios}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWPerUnit, Name: "Workers per administrative unit",
		Description: "Workers in the area (at every level, rolled up) divided by the number of units of the norm's level in it. An average: it can exceed the norm while most units fall short; read it with SSW-UNIT-COVERAGE.",
		Kind:        KindRatio, Numerator: "social service workers in scope in the area, all levels", Denominator: "administrative units of the norm level in the area",
		Multiplier: 1, Unit: "workers per unit",
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea},
		Parameters:      []IndicatorParameter{ParamScope, ParamStaffingNorm}, Sensitive: SensitiveNumerator,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 2},
		Sources: []DefinitionSource{srcCambodiaPlan, srcMinRatios}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWUnitCoverage, Name: "Units meeting the staffing norm",
		Description: "Percentage of administrative units of the norm's level whose own workers meet the norm (k workers per unit, or the unit's population-based requirement). Computed unit by unit, never from an average. Presented truncated so that a shortfall never displays as 100%.",
		Kind:        KindRatio, Numerator: "units whose workers assigned at that unit meet the norm", Denominator: "units of the norm level in the area",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea},
		Parameters:      []IndicatorParameter{ParamScope, ParamStaffingNorm}, Sensitive: SensitiveNone,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundDown, Places: 1},
		Sources: []DefinitionSource{srcCambodiaPlan, srcMinRatios}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWNormReq, Name: "Staffing requirement under the norm",
		Description: "Workers the norm requires in the area: the sum over its units of each unit's requirement (k for a per-unit norm; the unit's driver population × workers ÷ per, rounded up to whole workers, for a population norm).",
		Kind:        KindCount, Numerator: "sum over units of the unit requirement",
		Multiplier: 1, Unit: "workers",
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea},
		Parameters:      []IndicatorParameter{ParamScope, ParamStaffingNorm}, Sensitive: SensitiveNone,
		Precision: 0, Rounding: PresentationRounding{Mode: RoundCeiling, Places: 0},
		Sources: []DefinitionSource{srcCambodiaPlan, srcMinRatios}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWNormGap, Name: "Gap to the staffing norm",
		Description: "Workers missing to meet the norm, unit by unit: the sum over units of max(0, requirement − workers at the unit). A surplus in one unit never offsets a shortfall in another.",
		Kind:        KindCount, Numerator: "sum over units of max(0, unit requirement − unit workers)",
		Multiplier: 1, Unit: "workers",
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea},
		Parameters:      []IndicatorParameter{ParamScope, ParamStaffingNorm}, Sensitive: SensitiveNone,
		Precision: 0, Rounding: PresentationRounding{Mode: RoundCeiling, Places: 0},
		Sources: []DefinitionSource{srcCambodiaPlan, srcMinRatios}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWNormAttain, Name: "Attainment of the staffing norm",
		Description: "Share of the requirement that is met: (requirement − gap) ÷ requirement × 100, that is the sum over units of min(workers, requirement) over the requirement. Never above 100; presented truncated.",
		Kind:        KindRatio, Numerator: "requirement − gap", Denominator: "requirement",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea},
		Parameters:      []IndicatorParameter{ParamScope, ParamStaffingNorm}, Sensitive: SensitiveNone,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundDown, Places: 1},
		Sources: []DefinitionSource{srcMinRatios}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWPostVac, Name: "Vacancy rate of funded posts",
		Description: "Funded posts that are vacant on the as-of date as a percentage of funded posts (filled or funded and vacant). Frozen and abolished posts are outside both counts.",
		Kind:        KindRatio, Numerator: "funded vacant posts", Denominator: "funded posts (filled + funded vacant)",
		Multiplier: 100, Unit: "%",
		Scope: ScopePositions, Scopes: []CountScope{ScopePositions}, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, ByCadre, BySector, BySetting},
		Sensitive:       SensitiveNone,
		Precision:       6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWPostFill, Name: "Fill rate of funded posts",
		Description: "Filled posts as a percentage of funded posts; the complement of SSW-POST-VAC.",
		Kind:        KindRatio, Numerator: "filled posts", Denominator: "funded posts (filled + funded vacant)",
		Multiplier: 100, Unit: "%",
		Scope: ScopePositions, Scopes: []CountScope{ScopePositions}, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, ByCadre, BySector, BySetting},
		Sensitive:       SensitiveNone,
		Precision:       6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWShareGov, Name: "Government share of the workforce",
		Description: "Workers whose employment is with a government employer as a percentage of all workers.",
		Kind:        KindRatio, Numerator: "workers employed by government", Denominator: "all workers",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcGSSWAFramework}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWShareCadre, Name: "Cadre mix",
		Description: "Workers in each cadre as a percentage of all workers: one result per cadre, the cadre naming the category of the numerator.",
		Kind:        KindRatio, Numerator: "workers in the cadre", Denominator: "all workers",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcGSSWAFramework, srcUNICEFGuidelines}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWShareFemale, Name: "Female share of the workforce",
		Description: "Workers recorded as female as a percentage of all workers (workers whose sex is not stated stay in the denominator).",
		Kind:        KindRatio, Numerator: "female workers", Denominator: "all workers",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA}, Confidence: ConfidenceConfirmed,
	},
	{
		ID: SSWAgeMedian, Name: "Median age of the workforce",
		Description: "Median age in completed years on the as-of date of workers whose age is known: the middle age, or the mean of the two middle ages. Workers born in a known year only are taken as born on 1 July of that year.",
		Kind:        KindMedian, Numerator: "ages of workers with a known birth date or year",
		Multiplier: 1, Unit: "years",
		Scope: ScopeHeadCount, Scopes: []CountScope{ScopeHeadCount}, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByQualification, BySetting},
		Sensitive:       SensitiveNumerator,
		Precision:       1, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA}, Confidence: ConfidenceConfirmed,
	},
	{
		ID: SSWQualSW, Name: "Share holding a social work degree",
		Description: "Workers with a social work and counselling qualification (ISCED-F 0923) at the minimum level (bachelor's by default) or above, as a percentage of all workers.",
		Kind:        KindRatio, Numerator: "qualified social workers", Denominator: "all workers",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, BySetting},
		Parameters:      []IndicatorParameter{ParamScope, ParamQualificationRule}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcGSSWAFramework}, Confidence: ConfidencePartial,
	},
	{
		ID: SWLicShare, Name: "Licensed or registered share of qualified social workers",
		Description: "Qualified social workers holding a credential in good standing on the as-of date (active or provisional, not expired; optionally only listed schemes) as a percentage of qualified social workers.",
		Kind:        KindRatio, Numerator: "qualified social workers with a credential in good standing", Denominator: "qualified social workers",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetQualified,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, BySetting},
		Parameters:      []IndicatorParameter{ParamScope, ParamQualificationRule, ParamLicenceSchemes}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA}, Confidence: ConfidencePartial,
	},
	{
		ID: CPDCompl, Name: "CPD compliance",
		Description: "Licensed workers meeting the CPD rule (minimum hours, and credits when set, over a window of months ending on the as-of date) as a percentage of licensed workers.",
		Kind:        KindRatio, Numerator: "licensed workers meeting the CPD rule", Denominator: "licensed workers",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: []CountScope{ScopeHeadCount}, Subset: SubsetLicensed,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamCPDRule, ParamLicenceSchemes}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcGSSWAFramework}, Confidence: ConfidenceUnconfirmed,
	},
	{
		ID: SupRatio, Name: "Workers per supervisor",
		Description: "Front-line workers (every cadre except supervisors or managers and educators or researchers) per worker in the supervisor or manager cadre.",
		Kind:        KindRatio, Numerator: "front-line workers", Denominator: "supervisors and managers",
		Multiplier: 1, Unit: "workers per supervisor",
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySector, BySetting},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcGSSWAFramework}, Confidence: ConfidencePartial,
	},
	{
		ID: RetAttrition, Name: "Attrition over a period",
		Description: "Workers who left the workforce during the period (an employment ended in the period with an exit reason other than transfer, and no employment active at the period end) as a percentage of the mean of the head-counts at the period start and end. Over the period as given; not annualised.",
		Kind:        KindRatio, Numerator: "leavers in the period", Denominator: "(head-count at start + head-count at end) ÷ 2",
		Multiplier: 100, Unit: "% over the period",
		Scope: ScopeHeadCount, Scopes: []CountScope{ScopeHeadCount}, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamPeriodStart}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWGrowth, Name: "Workforce growth between two dates",
		Description: "Change in head-count from the period start to the as-of date as a percentage of the head-count at the start; negative for a shrinking workforce.",
		Kind:        KindRatio, Numerator: "head-count at the end − head-count at the start", Denominator: "head-count at the start",
		Multiplier: 100, Unit: "% over the period",
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamPeriodStart, ParamScope}, Sensitive: SensitiveDenominator,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA}, Confidence: ConfidencePartial,
	},
	{
		ID: SSWCount, Name: "Workforce count",
		Description: "Active social service workers on the as-of date: a head-count (each worker once, at the post of the main employment), a count of funded positions, or a sum of FTE, as the scope says.",
		Kind:        KindCount, Numerator: "social service workers in scope on the as-of date",
		Multiplier: 1, Unit: "workers",
		Scope: ScopeHeadCount, Scopes: allScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveNumerator,
		Precision: 0, Rounding: PresentationRounding{Mode: RoundHalfUp},
		Sources: []DefinitionSource{srcNHWA102}, Confidence: ConfidenceConfirmed, OnRequest: true,
	},
	{
		ID: SSWCountLicensed, Name: "Licensed workers practising",
		Description: "Active workers holding a credential in good standing on the as-of date (active or provisional, not expired; only the schemes of rules.licence_schemes when listed): the practising part of the register.",
		Kind:        KindCount, Numerator: "active workers with a credential in good standing",
		Multiplier: 1, Unit: "workers",
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetLicensed,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamScope, ParamLicenceSchemes}, Sensitive: SensitiveNumerator,
		Precision: 0, Rounding: PresentationRounding{Mode: RoundHalfUp},
		Sources: []DefinitionSource{srcNHWA105}, Confidence: ConfidencePartial, OnRequest: true,
	},
	{
		ID: SSWCountRegistered, Name: "Registered or licensed persons",
		Description: "Persons holding a credential in good standing on the as-of date, employed or not: the practising (SSW-COUNT-LICENSED) and those without an active employment. Given for the top area only: a person without an employment has no area of work.",
		Kind:        KindCount, Numerator: "persons with a credential in good standing, employed or not",
		Multiplier: 1, Unit: "persons",
		Scope: ScopeHeadCount, Scopes: []CountScope{ScopeHeadCount}, Subset: SubsetLicensed,
		Disaggregations: []Disaggregation{ByArea},
		Parameters:      []IndicatorParameter{ParamLicenceSchemes}, Sensitive: SensitiveNumerator,
		Precision: 0, Rounding: PresentationRounding{Mode: RoundHalfUp},
		Sources: []DefinitionSource{srcNHWA105}, Confidence: ConfidencePartial, OnRequest: true, TopOnly: true,
	},
	{
		ID: SSWActivityRatio, Name: "Activity ratio of the register",
		Description: "Registered or licensed persons who practise (hold an active employment) on the as-of date, as a percentage of all registered or licensed persons. NHWA 1-05 relates the practising to those licensed to practise. Given for the top area only.",
		Kind:        KindRatio, Numerator: "practising persons with a credential in good standing", Denominator: "persons with a credential in good standing, employed or not",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: []CountScope{ScopeHeadCount}, Subset: SubsetLicensed,
		Disaggregations: []Disaggregation{ByArea},
		Parameters:      []IndicatorParameter{ParamLicenceSchemes}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA105}, Confidence: ConfidencePartial, OnRequest: true, TopOnly: true,
	},
	{
		ID: SSWShareForeignNat, Name: "Foreign-national share of the workforce",
		Description: "Workers whose recorded nationality is not the registry's country, as a percentage of workers whose nationality is recorded (workers without one are left out of both counts). NHWA 1-09 measures dependency on foreign workers by nationality or place of birth; registries record nationality.",
		Kind:        KindRatio, Numerator: "foreign nationals", Denominator: "workers whose nationality is recorded",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA109}, Confidence: ConfidencePartial, OnRequest: true,
	},
	{
		ID: SSWShareForeignTrain, Name: "Foreign-trained share of the workforce",
		Description: "Workers whose first qualification was awarded abroad, as a percentage of workers with a qualification whose country is recorded. The first qualification is the earliest completed of those that record a country (undated ones after dated ones, then in record order).",
		Kind:        KindRatio, Numerator: "workers whose first qualification was awarded abroad", Denominator: "workers with a qualification whose country is recorded",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWA109}, Confidence: ConfidencePartial, OnRequest: true,
	},
	{
		ID: SSWSharePartTime, Name: "Part-time share of the workforce",
		Description: "Workers whose active employments add up to less than one full-time equivalent on the as-of date, as a percentage of all workers.",
		Kind:        KindRatio, Numerator: "workers below 1.00 FTE", Denominator: "all workers",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: []CountScope{ScopeHeadCount}, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Sensitive:       SensitiveBoth,
		Precision:       6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWAModule6}, Confidence: ConfidenceUnconfirmed, OnRequest: true,
	},
	{
		ID: SSWShareContract, Name: "Contract-type mix",
		Description: "Workers by the contractual basis of their main employment (permanent, fixed-term, casual, contractor, volunteer) as a percentage of all workers: one result per type, the result's employment_type naming it.",
		Kind:        KindRatio, Numerator: "workers whose main employment is of the type", Denominator: "all workers",
		Multiplier: 100, Unit: "%",
		Scope: ScopeHeadCount, Scopes: personScopes, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamScope}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWAModule6}, Confidence: ConfidenceUnconfirmed, OnRequest: true,
	},
	{
		ID: RetEntry, Name: "Entry rate over a period",
		Description: "Workers active on the as-of date who were not active on the period start (new entrants and re-entrants) as a percentage of the mean of the head-counts at the period start and end. Over the period as given; not annualised.",
		Kind:        KindRatio, Numerator: "entrants in the period", Denominator: "(head-count at start + head-count at end) ÷ 2",
		Multiplier: 100, Unit: "% over the period",
		Scope: ScopeHeadCount, Scopes: []CountScope{ScopeHeadCount}, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamPeriodStart}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWAModule5}, Confidence: ConfidencePartial, OnRequest: true,
	},
	{
		ID: RetExitVoluntary, Name: "Voluntary exit rate over a period",
		Description: "Leavers (as RET-ATTRITION counts them) whose exit reason is resignation or retirement, as a percentage of the mean of the head-counts at the period start and end.",
		Kind:        KindRatio, Numerator: "leavers by resignation or retirement", Denominator: "(head-count at start + head-count at end) ÷ 2",
		Multiplier: 100, Unit: "% over the period",
		Scope: ScopeHeadCount, Scopes: []CountScope{ScopeHeadCount}, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamPeriodStart}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWAModule5}, Confidence: ConfidencePartial, OnRequest: true,
	},
	{
		ID: RetExitInvoluntary, Name: "Involuntary exit rate over a period",
		Description: "Leavers whose exit reason is dismissal, end of contract or death, as a percentage of the mean of the head-counts at the period start and end. Leavers for other reasons are in RET-ATTRITION only.",
		Kind:        KindRatio, Numerator: "leavers by dismissal, end of contract or death", Denominator: "(head-count at start + head-count at end) ÷ 2",
		Multiplier: 100, Unit: "% over the period",
		Scope: ScopeHeadCount, Scopes: []CountScope{ScopeHeadCount}, Subset: SubsetAll,
		Disaggregations: []Disaggregation{ByArea, BySex, ByCadre, BySector, ByAgeBand, ByQualification, BySetting},
		Parameters:      []IndicatorParameter{ParamPeriodStart}, Sensitive: SensitiveBoth,
		Precision: 6, Rounding: PresentationRounding{Mode: RoundHalfUp, Places: 1},
		Sources: []DefinitionSource{srcNHWAModule5}, Confidence: ConfidencePartial, OnRequest: true,
	},
	policy(GovSWLaw, "Social work law in force", "A law defining social work and the roles of social service workers is in force."),
	policy(GovRegulator, "Licensing or registration body", "A body licenses or registers social workers."),
	policy(GovEthicsCode, "National code of ethics", "A national code of ethics for social work has been adopted."),
	policy(GovCostedPlan, "Costed workforce strategy", "A costed national social service workforce strategy or plan exists."),
	policy(GovHRIS, "Workforce information system", "A workforce information system can report the stock of workers."),
	policy(GovAssociation, "Professional association or council", "A national professional association or council of social workers exists."),
	policy(GovCareerPath, "Career path", "A scheme of service or career path for social workers exists."),
	policy(GovBudgetLine, "Dedicated budget line", "A dedicated budget funds the workforce, its education and training."),
	policy(GovCompetencyFramework, "Competency framework", "A national competency framework for the workforce exists."),
	policy(GovCurriculumStandards, "Curriculum standards", "A core curriculum or programme accreditation standards for social work education exist."),
	policy(GovSupervisionGuidelines, "Supervision guidelines", "Supervision guidelines for the workforce exist."),
	policy(GovInteragency, "Inter-agency coordination", "An inter-agency coordination mechanism for the workforce exists."),
	policy(GovRegionalNetwork, "Regional network participation", "The country takes part in a regional network such as the ASEAN Social Work Consortium."),
	policy(GovRecognition, "Professional recognition arrangement", "A regional or bilateral professional recognition arrangement covers social workers."),
	policy(GovAwareness, "Public awareness campaign", "A public awareness or media campaign on social work has run."),
}

var (
	allScopes    = []CountScope{ScopeHeadCount, ScopePositions, ScopeFTE}
	personScopes = []CountScope{ScopeHeadCount, ScopeFTE}
)

func policy(id IndicatorID, name, description string) Definition {
	return Definition{
		ID: id, Name: name,
		Description: description + " Value yes, partial, no or unknown, with evidence (a source reference and its date); supplied as a fact, never computed.",
		Kind:        KindPolicy, Unit: "status", Sensitive: SensitiveNone,
		Rounding: PresentationRounding{Mode: RoundHalfUp},
		Sources:  []DefinitionSource{srcUNICEFGuidelines, srcNHWA}, Confidence: ConfidencePartial,
	}
}

// Catalogue returns the indicator definitions, in a stable order:
// densities, ratios and norms, posts, composition, qualification and
// licensing, supervision, flows, then the policy-status indicators. Every
// call returns a fresh deep copy.
//
// Formulas (N numerator, D denominator, M multiplier; values are exact,
// cut at the definition's Precision toward negative infinity, which for
// non-negative values is truncation; a zero denominator gives the status
// undefined, never a number):
//
//   - SSW-DEN-POP, SW-DEN-POP: N workers (qualified social workers for
//     SW-) × 100,000 ÷ D total population.
//   - SSW-DEN-CHILD, SW-DEN-CHILD: N × 100,000 ÷ D population aged 0–17.
//   - SSW-POP-PER-WORKER, SSW-CHILD-PER-WORKER: N population (total,
//     children) ÷ D workers; presented truncated ("1 : N").
//   - SSW-PER-UNIT: N workers in the area, every level ÷ D units of the
//     norm level in the area.
//   - SSW-UNIT-COVERAGE: N units whose own workers meet their requirement
//     × 100 ÷ D units.
//   - SSW-NORM-REQ: Σ over units of the unit requirement r(u).
//   - SSW-NORM-GAP: Σ over units of max(0, r(u) − w(u)).
//   - SSW-NORM-ATTAIN: (REQ − GAP) × 100 ÷ REQ.
//   - SSW-POST-VAC, SSW-POST-FILL: vacant (filled) funded posts × 100 ÷
//     funded posts.
//   - SSW-SHARE-GOV, -CADRE, -FEMALE, SSW-QUAL-SW: workers with the
//     attribute × 100 ÷ all workers in the same cell.
//   - SSW-AGE-MEDIAN: median of completed ages.
//   - SW-LIC-SHARE: licensed qualified social workers × 100 ÷ qualified
//     social workers.
//   - CPD-COMPL: licensed workers meeting the CPD rule × 100 ÷ licensed
//     workers.
//   - SUP-RATIO: front-line workers ÷ supervisors.
//   - RET-ATTRITION: leavers × 100 ÷ ((start + end) ÷ 2), computed as
//     leavers × 200 ÷ (start + end).
//   - SSW-GROWTH: (end − start) × 100 ÷ start.
//
// On request ([NHWAIndicators]):
//
//   - SSW-COUNT, SSW-COUNT-LICENSED: the count itself (workers; active
//     workers with a credential in good standing).
//   - SSW-COUNT-REGISTERED: practising licensed workers + persons with a
//     credential in good standing and no active employment.
//   - SSW-ACTIVITY-RATIO: practising licensed × 100 ÷ registered.
//   - SSW-SHARE-FOREIGN-NAT: foreign nationals × 100 ÷ workers of
//     recorded nationality; SSW-SHARE-FOREIGN-TRAINED likewise with the
//     country of the first qualification.
//   - SSW-SHARE-PART-TIME: workers below 1.00 FTE × 100 ÷ workers.
//   - SSW-SHARE-CONTRACT: workers whose main employment is of the type
//     × 100 ÷ workers.
//   - RET-ENTRY, RET-EXIT-VOLUNTARY, RET-EXIT-INVOLUNTARY: entrants
//     (voluntary, involuntary leavers) × 200 ÷ (start + end).
func Catalogue() []Definition {
	out := make([]Definition, len(catalogueEntries))
	for i := range catalogueEntries {
		out[i] = catalogueEntries[i].clone()
	}
	return out
}

// Lookup returns the definition with the ID and true, or false when the
// catalogue has none. The definition is a fresh copy.
func Lookup(id IndicatorID) (Definition, bool) {
	if i := definitionIndex(id); i >= 0 {
		return catalogueEntries[i].clone(), true
	}
	return Definition{}, false
}

// IDs returns the IDs of the catalogue in catalogue order.
func IDs() []IndicatorID {
	out := make([]IndicatorID, len(catalogueEntries))
	for i := range catalogueEntries {
		out[i] = catalogueEntries[i].ID
	}
	return out
}

func definitionIndex(id IndicatorID) int {
	for i := range catalogueEntries {
		if catalogueEntries[i].ID == id {
			return i
		}
	}
	return -1
}

func (d Definition) clone() Definition {
	d.Scopes = slices.Clone(d.Scopes)
	d.Disaggregations = slices.Clone(d.Disaggregations)
	d.Parameters = slices.Clone(d.Parameters)
	d.Sources = slices.Clone(d.Sources)
	return d
}
