package indicators

import (
	"strconv"

	"github.com/sswkit/ssw/internal/jsonptr"
	"github.com/sswkit/ssw/internal/report"
	"github.com/sswkit/ssw/workforce"
)

// Report is the JSON document an evaluation produces: the indicator
// results for one country on one date, with the parameters they were
// computed with, the disclosure policy applied and the areas they refer
// to. Other systems read it; its schema is published by the jsonschema
// package. Results are in catalogue order, then area order (the tree from
// the top down, children by code), then breakdown order.
type Report struct {
	// Country is the ISO 3166-1 alpha-2 code.
	Country workforce.CountryCode `json:"country" validate:"required,valid"`
	// AsOf is the date the results describe.
	AsOf workforce.CivilDate `json:"as_of" validate:"required"`
	// Input says whether counts came from records or aggregate figures.
	Input InputPath `json:"input" validate:"required,valid"`
	// Source describes the data, when the input named it.
	Source string `json:"source,omitempty" validate:"max=500"`
	// Parameters are the options and counting rules the results were
	// generated for.
	Parameters ReportParameters `json:"parameters"`
	// Disclosure is the disclosure control policy applied to the results;
	// absent when none was (the results then carry every count and are
	// for internal use, not publication).
	Disclosure *DisclosurePolicy `json:"disclosure,omitempty"`
	// Areas are the areas the results refer to, from the top down.
	Areas []ReportArea `json:"areas,omitempty"`
	// Results are the indicator values.
	Results []IndicatorResult `json:"results,omitempty"`
	// Notes explain what was not evaluated and why.
	Notes []string `json:"notes,omitempty" validate:"omitempty,dive,max=1000"`
}

// ReportParameters echoes what a [Report] was generated for.
type ReportParameters struct {
	// Options are the evaluation options, with defaults filled in.
	Options Options `json:"options"`
	// Rules are the counting rules (record path only).
	Rules RecordRules `json:"rules,omitzero"`
}

// ReportArea is an area a report refers to.
type ReportArea struct {
	// Code identifies the area (the country code for a national root
	// added above several top areas).
	Code workforce.AreaCode `json:"code" validate:"required,valid"`
	// Name is the area's name.
	Name string `json:"name" validate:"required,max=200"`
	// Level is the area's administrative level.
	Level workforce.AdminLevel `json:"level" validate:"required,valid"`
	// Parent is the enclosing area; absent for the top area.
	Parent workforce.AreaCode `json:"parent,omitempty" validate:"omitempty,valid"`
}

// IndicatorResult is one indicator's value in one cell: an area and, for
// a breakdown, one value of one dimension. It says what was counted
// (scope, subset, numerator, denominator, multiplier), the exact value,
// its status and its provenance.
//
// Value is numerator × multiplier ÷ denominator cut at Precision fraction
// digits toward negative infinity (for non-negative values: truncated;
// trailing zeros dropped when nothing was cut off); Exact says whether it
// is the whole value. Present it with
// [IndicatorResult.Present] or [Round], never by re-rounding a rounded
// figure. Only results with status ok or unreliable carry a value;
// suppressed results carry no counts either.
type IndicatorResult struct {
	// Indicator is the definition's ID.
	Indicator IndicatorID `json:"indicator" validate:"required,valid"`
	// Cell is where the value applies.
	Cell ResultCell `json:"cell"`
	// Status is ok, unreliable, undefined, suppressed or missing.
	Status ResultStatus `json:"status" validate:"required,valid"`
	// Scope is the unit of the workforce counts.
	Scope CountScope `json:"scope,omitempty" validate:"omitempty,valid"`
	// Subset is the part of the workforce counted.
	Subset WorkforceSubset `json:"subset,omitempty" validate:"omitempty,valid"`
	// Numerator is the numerator count (for a median: the number of
	// values; for a count indicator: the count).
	Numerator workforce.Decimal `json:"numerator,omitzero"`
	// Denominator is the denominator count (ratios only).
	Denominator workforce.Decimal `json:"denominator,omitzero"`
	// Multiplier is the definition's multiplier (ratios only).
	Multiplier int64 `json:"multiplier,omitempty" validate:"omitempty,gte=1"`
	// Value is the exact value, cut at Precision digits (see above).
	Value workforce.Decimal `json:"value,omitzero"`
	// Precision is the number of fraction digits Value was computed to.
	Precision int `json:"precision" validate:"gte=0,lte=18"`
	// Exact is true when Value is the whole value, nothing truncated.
	Exact bool `json:"exact,omitempty"`
	// Unit is the definition's unit.
	Unit string `json:"unit" validate:"required,max=100"`
	// Population is the population figure used, with its provenance.
	Population *ResultPopulation `json:"population,omitempty"`
	// Policy is the status of a policy-status indicator.
	Policy PolicyStatus `json:"policy,omitempty" validate:"omitempty,valid"`
	// Evidence supports a policy status.
	Evidence []PolicyEvidence `json:"evidence,omitempty"`
	// Notes explain a status or a caveat.
	Notes []string `json:"notes,omitempty" validate:"omitempty,dive,max=1000"`
}

// ResultCell is the cell of a result: an area and at most one breakdown
// value. For SSW-SHARE-CADRE, Cadre names the cadre whose share is given
// (the numerator's category), possibly together with one breakdown.
type ResultCell struct {
	// Area is the area; its counts include every area below it.
	Area workforce.AreaCode `json:"area" validate:"required,valid"`
	// Level is the area's level.
	Level workforce.AdminLevel `json:"level,omitempty" validate:"omitempty,valid"`
	// Sex restricts the cell to workers of one sex.
	Sex workforce.Sex `json:"sex,omitempty" validate:"omitempty,valid"`
	// Cadre restricts the cell to one cadre (for SSW-SHARE-CADRE: the
	// cadre whose share is given).
	Cadre workforce.Cadre `json:"cadre,omitempty" validate:"omitempty,valid"`
	// Sector restricts the cell to employers of one sector.
	Sector workforce.Sector `json:"sector,omitempty" validate:"omitempty,valid"`
	// AgeBand restricts the cell to one age band.
	AgeBand AgeBand `json:"age_band,omitempty" validate:"omitempty,valid"`
	// Qualification restricts the cell to qualified social workers or to
	// the others.
	Qualification QualificationGroup `json:"qualification,omitempty" validate:"omitempty,valid"`
	// Setting restricts the cell to workers (or posts) in areas of one
	// setting: urban, rural, mixed, or not recorded (see [BySetting]).
	Setting SettingGroup `json:"setting,omitempty" validate:"omitempty,valid"`
	// EmploymentType names the contract type whose share
	// SSW-SHARE-CONTRACT gives.
	EmploymentType workforce.EmploymentType `json:"employment_type,omitempty" validate:"omitempty,valid"`
}

// ResultPopulation is the population figure a result divides by (or
// divides), with its provenance.
type ResultPopulation struct {
	// Universe is the whole population or children 0-17.
	Universe PopulationUniverse `json:"universe" validate:"required,valid"`
	// Value is the figure.
	Value int64 `json:"value" validate:"gte=0"`
	// Source names the publisher of the figure.
	Source string `json:"source" validate:"required,max=200"`
	// Vintage names the series and release.
	Vintage string `json:"vintage" validate:"required,max=200"`
	// Date is the reference date of the figure (unset when summed from
	// figures of different dates).
	Date workforce.CivilDate `json:"date,omitzero"`
	// Derived is true when the figure is the sum of the child areas'
	// figures, the area having none of its own.
	Derived bool `json:"derived,omitempty"`
	// MixedVintages is true when the summed figures differ in source,
	// vintage or date.
	MixedVintages bool `json:"mixed_vintages,omitempty"`
}

// PolicyEvidence supports a policy status: a source reference and its
// date.
type PolicyEvidence struct {
	// Source names the law, decree, plan or report ("Decision
	// 112/QD-TTg").
	Source string `json:"source" validate:"required,max=300"`
	// URL locates it, when online.
	URL string `json:"url,omitempty" validate:"max=500"`
	// Date is the date of the source (adoption, publication).
	Date workforce.CivilDate `json:"date" validate:"required"`
}

// Present rounds the result's value for publication with its definition's
// presentation rounding. It fails for results without a value (undefined,
// suppressed, missing, policy) and for IDs outside the catalogue.
func (r IndicatorResult) Present() (workforce.Decimal, error) {
	def, ok := Lookup(r.Indicator)
	if !ok {
		return workforce.Decimal{}, &Error{Code: CodeUnknownIndicator, Indicator: r.Indicator, Reason: "not in the catalogue"}
	}
	return r.Rounded(def.Rounding)
}

// Rounded rounds the result's value with spec; see [Round].
func (r IndicatorResult) Rounded(spec PresentationRounding) (workforce.Decimal, error) {
	if r.Value.IsZero() {
		return workforce.Decimal{}, &Error{Code: CodeNoValue, Indicator: r.Indicator, Reason: "result has no value (status " + string(r.Status) + ")"}
	}
	return Round(r.Value, r.Exact, spec)
}

// Result returns the first result of the indicator in the cell, or false.
// The cell's level may be left unset: area codes are unique, so
// ResultCell{Area: "KH"} finds the nation's result; the other members
// (sex, cadre, …) must match as given, unset meaning the whole area.
func (rep Report) Result(id IndicatorID, cell ResultCell) (IndicatorResult, bool) {
	for _, r := range rep.Results {
		c := r.Cell
		if cell.Level == "" {
			c.Level = ""
		}
		if r.Indicator == id && c == cell {
			return r, true
		}
	}
	return IndicatorResult{}, false
}

// ResultIn returns the result of the indicator for the whole of an area
// (no breakdown), or false: Result(id, ResultCell{Area: area}).
func (rep Report) ResultIn(id IndicatorID, area workforce.AreaCode) (IndicatorResult, bool) {
	return rep.Result(id, ResultCell{Area: area})
}

// Codes of report validation.
const (
	CodeStatusValue = "status_value" // a value present or absent against the status
)

// Validate checks the report and returns all problems at once as
// [workforce.Problems], or nil:
//
//  1. the field rules of the report, its parameters, areas and results;
//  2. area codes are unique, parents and result cells name listed areas
//     (when areas are listed);
//  3. every result's indicator is in the catalogue, policy values only on
//     policy-status indicators;
//  4. results with status ok or unreliable have a value whose scale is at
//     most Precision; other statuses have none; suppressed results carry
//     no numerator or denominator;
//  5. the disclosure policy applied equals the one in the options, and a
//     report with suppressed results names it.
func (rep Report) Validate() error {
	var ps workforce.Problems
	ps = report.Fields(ps, "", &rep)
	if o := rep.Parameters.Options.Disclosure; (o == nil) != (rep.Disclosure == nil) || (o != nil && *o != *rep.Disclosure) {
		ps = report.Add(ps, CodeInconsistent, "/disclosure", "", "/parameters/options/disclosure", "must be the disclosure policy of the options")
	}
	if rep.Disclosure == nil {
		for i := range rep.Results {
			if rep.Results[i].Status == StatusSuppressed {
				ps = report.Add(ps, workforce.CodeRequired, "/disclosure", "", "", "a report with suppressed results names the disclosure policy applied")
				break
			}
		}
	}
	ps = rep.Parameters.Options.check(ps, "/parameters/options")
	ps = rep.Parameters.Rules.check(ps, "/parameters/rules", rep.AsOf)
	areas := make(map[workforce.AreaCode]bool, len(rep.Areas))
	for i := range rep.Areas {
		a := &rep.Areas[i]
		path := jsonptr.Index("/areas", i)
		ps = report.Fields(ps, path, a)
		if areas[a.Code] {
			ps = report.Add(ps, workforce.CodeDuplicate, path+"/code", string(a.Code), "", "another area has the same code")
		}
		areas[a.Code] = true
	}
	for i := range rep.Areas {
		if p := rep.Areas[i].Parent; p != "" && !areas[p] {
			ps = report.Add(ps, CodeUnknownArea, jsonptr.Index("/areas", i)+"/parent", string(p), "", "no listed area has this code")
		}
	}
	for i := range rep.Results {
		ps = rep.Results[i].check(ps, jsonptr.Index("/results", i), areas)
	}
	return ps.Err()
}

func (r *IndicatorResult) check(ps workforce.Problems, path string, areas map[workforce.AreaCode]bool) workforce.Problems {
	ps = report.Fields(ps, path, r)
	if r.Population != nil {
		ps = report.Fields(ps, path+"/population", r.Population)
	}
	for j := range r.Evidence {
		ps = report.Fields(ps, jsonptr.Index(path+"/evidence", j), &r.Evidence[j])
	}
	if len(areas) > 0 && r.Cell.Area != "" && !areas[r.Cell.Area] {
		ps = report.Add(ps, CodeUnknownArea, path+"/cell/area", string(r.Cell.Area), "", "no listed area has this code")
	}
	def, ok := Lookup(r.Indicator)
	if r.Indicator != "" && !ok {
		ps = report.Add(ps, CodeUnknownIndicator, path+"/indicator", string(r.Indicator), "", "not in the indicator catalogue")
	}
	if ok && def.Kind != KindPolicy && (r.Policy != "" || len(r.Evidence) > 0) {
		ps = report.Add(ps, CodeStatusValue, path+"/policy", string(r.Policy), "", "only policy-status indicators carry a policy status")
	}
	if ok && def.Kind == KindPolicy && r.Status == StatusOK && r.Policy == "" {
		ps = report.Add(ps, workforce.CodeRequired, path+"/policy", "", "", "a policy-status result needs a policy status")
	}
	hasValue := r.Status == StatusOK || r.Status == StatusUnreliable
	if ok && def.Kind == KindPolicy {
		hasValue = false
	}
	switch {
	case hasValue && r.Value.IsZero():
		ps = report.Add(ps, CodeStatusValue, path+"/value", "", string(r.Status), "a result with status "+string(r.Status)+" needs a value")
	case !hasValue && !r.Value.IsZero():
		ps = report.Add(ps, CodeStatusValue, path+"/value", r.Value.String(), string(r.Status), "a result with status "+string(r.Status)+" carries no value")
	case hasValue:
		if s := -int(r.Value.Decimal().Exponent()); s > r.Precision {
			ps = report.Add(ps, workforce.CodeScale, path+"/value", r.Value.String(), strconv.Itoa(r.Precision), "has more fraction digits than the stated precision")
		}
	}
	if r.Status == StatusSuppressed && (!r.Numerator.IsZero() || !r.Denominator.IsZero()) {
		ps = report.Add(ps, CodeStatusValue, path+"/numerator", "", "", "a suppressed result carries no counts")
	}
	return ps
}
