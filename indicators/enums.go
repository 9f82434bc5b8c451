package indicators

import (
	"github.com/sswkit/ssw/internal/enum"
	"github.com/sswkit/ssw/workforce"
)

//go:generate go run ../internal/cmd/genenum -out enums_gen.go

// ResultStatus is the status of an [IndicatorResult]. Only ok and unreliable results carry a value.
type ResultStatus string

// ResultStatus values.
const (
	// StatusOK: computed from complete inputs.
	StatusOK ResultStatus = "ok"
	// StatusUnreliable: computed, but the person count it rests on is below the reliability minimum (20 by default).
	StatusUnreliable ResultStatus = "unreliable"
	// StatusUndefined: the denominator is zero: there is no value.
	StatusUndefined ResultStatus = "undefined"
	// StatusSuppressed: withheld by disclosure control, with its counts.
	StatusSuppressed ResultStatus = "suppressed"
	// StatusMissing: an input the formula needs (a population figure, a count, a parameter) was not available.
	StatusMissing ResultStatus = "missing"
)

var resultStatusTable = [...]enum.Entry[ResultStatus]{
	{Value: StatusOK, Title: "Computed"},
	{Value: StatusUnreliable, Title: "Computed, unreliable (few events)"},
	{Value: StatusUndefined, Title: "Undefined (zero denominator)"},
	{Value: StatusSuppressed, Title: "Suppressed for disclosure control"},
	{Value: StatusMissing, Title: "Missing input"},
}

// PolicyStatus is the value of a policy-status indicator such as GOV-SW-LAW.
type PolicyStatus string

// PolicyStatus values.
const (
	// PolicyYes: in place.
	PolicyYes PolicyStatus = "yes"
	// PolicyPartial: partly in place (drafted, pending adoption, covering part of the country or workforce).
	PolicyPartial PolicyStatus = "partial"
	// PolicyNo: not in place.
	PolicyNo PolicyStatus = "no"
	// PolicyUnknown: not known; never read as no.
	PolicyUnknown PolicyStatus = "unknown"
)

var policyStatusTable = [...]enum.Entry[PolicyStatus]{
	{Value: PolicyYes, Title: "Yes"},
	{Value: PolicyPartial, Title: "Partially"},
	{Value: PolicyNo, Title: "No"},
	{Value: PolicyUnknown, Title: "Unknown"},
}

// AgeBand is an age band of the age disaggregation, from the age in completed years on the as-of date.
type AgeBand string

// AgeBand values.
const (
	// AgeUnder25: younger than 25.
	AgeUnder25 AgeBand = "under_25"
	// Age25To34: 25 to 34.
	Age25To34 AgeBand = "age_25_34"
	// Age35To44: 35 to 44.
	Age35To44 AgeBand = "age_35_44"
	// Age45To54: 45 to 54.
	Age45To54 AgeBand = "age_45_54"
	// Age55To64: 55 to 64.
	Age55To64 AgeBand = "age_55_64"
	// Age65Plus: 65 and over.
	Age65Plus AgeBand = "age_65_plus"
	// AgeUnknown: neither birth date nor birth year recorded.
	AgeUnknown AgeBand = "age_unknown"
)

var ageBandTable = [...]enum.Entry[AgeBand]{
	{Value: AgeUnder25, Title: "Under 25"},
	{Value: Age25To34, Title: "25 to 34"},
	{Value: Age35To44, Title: "35 to 44"},
	{Value: Age45To54, Title: "45 to 54"},
	{Value: Age55To64, Title: "55 to 64"},
	{Value: Age65Plus, Title: "65 and over"},
	{Value: AgeUnknown, Title: "Age unknown"},
}

// QualificationGroup is the qualification disaggregation: qualified social worker or not.
type QualificationGroup string

// QualificationGroup values.
const (
	// Qualified: holds a social work qualification at the minimum level or above.
	Qualified QualificationGroup = "qualified_social_worker"
	// NotQualified: holds no such qualification.
	NotQualified QualificationGroup = "not_qualified"
)

var qualificationGroupTable = [...]enum.Entry[QualificationGroup]{
	{Value: Qualified, Title: "Qualified social worker"},
	{Value: NotQualified, Title: "Not a qualified social worker"},
}

// InputPath is how a report's counts arrived.
type InputPath string

// InputPath values.
const (
	// PathRecords: counted from records by a [Tally].
	PathRecords InputPath = "records"
	// PathAggregates: supplied as [AggregateFigures].
	PathAggregates InputPath = "aggregates"
)

var inputPathTable = [...]enum.Entry[InputPath]{
	{Value: PathRecords, Title: "Counted from worker and post records"},
	{Value: PathAggregates, Title: "Supplied as aggregate figures"},
}

// NormBasis is what a staffing norm is proportional to.
type NormBasis string

// NormBasis values.
const (
	// NormPerUnit: k workers in every unit (Cambodia: 2 per commune/sangkat).
	NormPerUnit NormBasis = "per_unit"
	// NormPerPopulation: k workers per Per people of the unit's total population.
	NormPerPopulation NormBasis = "total_population"
	// NormPerChildren: k workers per Per children aged 0-17 in the unit.
	NormPerChildren NormBasis = "children_0_17"
	// NormPerDriver: k workers per Per units of a driver supplied with aggregate figures (Indonesia: 1 social worker per 100 PMKS families).
	NormPerDriver NormBasis = "supplied_driver"
	// NormStated: the requirement of each unit is stated as a number, given
	// with aggregate figures as the unit's driver (a plan's "155,000 social
	// workers needed" at the national level).
	NormStated NormBasis = "stated_requirement"
)

var normBasisTable = [...]enum.Entry[NormBasis]{
	{Value: NormPerUnit, Title: "Workers per administrative unit"},
	{Value: NormPerPopulation, Title: "Workers per population"},
	{Value: NormPerChildren, Title: "Workers per children"},
	{Value: NormPerDriver, Title: "Workers per supplied driver"},
	{Value: NormStated, Title: "Requirement stated as a number"},
}

// CellStatus is the disclosure status of one cell of a [ProtectedTable].
type CellStatus string

// CellStatus values.
const (
	// CellPublished: published as counted.
	CellPublished CellStatus = "published"
	// CellPrimary: suppressed because the count is below the threshold (or a zero, when zeros are suppressed).
	CellPrimary CellStatus = "primary"
	// CellComplementary: suppressed so that a primary cell cannot be recovered from the margins.
	CellComplementary CellStatus = "complementary"
)

var cellStatusTable = [...]enum.Entry[CellStatus]{
	{Value: CellPublished, Title: "Published"},
	{Value: CellPrimary, Title: "Suppressed (primary)"},
	{Value: CellComplementary, Title: "Suppressed (complementary)"},
}

// TallyObservation is what a [TallyGroup] observed: workers active on the
// as-of date, active on the period start, or leaving during the period.
type TallyObservation string

// TallyObservation values, in the order of the tally's internal index.
const (
	// ObservedActive: active on the as-of date (the stock).
	ObservedActive TallyObservation = "active"
	// ObservedPeriodStart: active on the period start (the earlier stock).
	ObservedPeriodStart TallyObservation = "period_start"
	// ObservedLeaver: left the workforce during the period.
	ObservedLeaver TallyObservation = "leaver"
	// ObservedRegisteredNotPractising: holds a credential in good standing
	// on the as-of date but no active employment (counted at the top
	// area: a person without an employment has no area of work).
	ObservedRegisteredNotPractising TallyObservation = "registered_not_practising"
)

var tallyObservationTable = [...]enum.Entry[TallyObservation]{
	{Value: ObservedActive, Title: "Active on the as-of date"},
	{Value: ObservedPeriodStart, Title: "Active on the period start"},
	{Value: ObservedLeaver, Title: "Left the workforce during the period"},
	{Value: ObservedRegisteredNotPractising, Title: "Registered or licensed, not practising on the as-of date"},
}

// Origin says whether a worker's nationality, or the country of their
// first qualification, is the registry's country or another.
type Origin string

// Origin values, in the order of the tally's internal index; "" is not
// recorded.
const (
	// OriginNational: the registry's country.
	OriginNational Origin = "national"
	// OriginForeign: another country.
	OriginForeign Origin = "foreign"
)

var originTable = [...]enum.Entry[Origin]{
	{Value: OriginNational, Title: "The registry's country"},
	{Value: OriginForeign, Title: "Another country"},
}

// TallyFlow is the flow of a [TallyGroup]: for active workers, whether
// they entered during the period; for leavers, the kind of exit.
type TallyFlow string

// TallyFlow values, in the order of the tally's internal index (after
// "", none).
const (
	// FlowEntrant: active on the as-of date, not on the period start.
	FlowEntrant TallyFlow = "entrant"
	// FlowVoluntaryExit: left by resignation or retirement.
	FlowVoluntaryExit TallyFlow = "voluntary_exit"
	// FlowInvoluntaryExit: left by dismissal, end of contract or death.
	FlowInvoluntaryExit TallyFlow = "involuntary_exit"
)

var tallyFlowTable = [...]enum.Entry[TallyFlow]{
	{Value: FlowEntrant, Title: "Entered during the period"},
	{Value: FlowVoluntaryExit, Title: "Voluntary exit (resignation, retirement)"},
	{Value: FlowInvoluntaryExit, Title: "Involuntary exit (dismissal, end of contract, death)"},
}

// ExitKind returns the flow of an exit reason: [FlowVoluntaryExit] for
// resignation and retirement, [FlowInvoluntaryExit] for dismissal, end
// of contract and death, and "" for other reasons and transfers (a
// transfer does not leave the workforce).
func ExitKind(r workforce.ExitReason) TallyFlow {
	switch exitFlow(r) {
	case flowVoluntary:
		return FlowVoluntaryExit
	case flowInvoluntary:
		return FlowInvoluntaryExit
	}
	return ""
}

// SettingGroup is a value of the setting breakdown: the setting of
// an area, or not recorded.
type SettingGroup string

// SettingGroup values.
const (
	SettingGroupUrban       SettingGroup = "urban"
	SettingGroupRural       SettingGroup = "rural"
	SettingGroupMixed       SettingGroup = "mixed"
	SettingGroupNotRecorded SettingGroup = "not_recorded"
)

var settingGroupTable = [...]enum.Entry[SettingGroup]{
	{Value: SettingGroupUrban, Title: "Urban"},
	{Value: SettingGroupRural, Title: "Rural"},
	{Value: SettingGroupMixed, Title: "Mixed"},
	{Value: SettingGroupNotRecorded, Title: "Setting not recorded for the area or any area above it"},
}
