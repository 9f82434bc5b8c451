package dhis2

import (
	"errors"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// DataValueSet is a DHIS2 data value set as the DHIS2 Web API imports it
// (POST /api/dataValueSets, JSON). Its member names are DHIS2's
// (camelCase), not ssw's; values are strings, as DHIS2 writes them, so
// every number keeps its exact decimal text.
type DataValueSet struct {
	// DataSet is the data set UID, when the mapping names one.
	DataSet string `json:"dataSet,omitempty"`
	// Period is the period of every value.
	Period string `json:"period"`
	// DataValues are the values, in report order.
	DataValues []DataValue `json:"dataValues"`
}

// DataValue is one value of a data value set.
type DataValue struct {
	// DataElement is the data element UID.
	DataElement string `json:"dataElement"`
	// Period is the DHIS2 period identifier.
	Period string `json:"period"`
	// OrgUnit is the organisation unit UID.
	OrgUnit string `json:"orgUnit"`
	// CategoryOptionCombo is the category option combo UID; empty means
	// DHIS2's default.
	CategoryOptionCombo string `json:"categoryOptionCombo,omitempty"`
	// AttributeOptionCombo is the attribute option combo UID; empty
	// means DHIS2's default.
	AttributeOptionCombo string `json:"attributeOptionCombo,omitempty"`
	// Value is the number as exact decimal text.
	Value string `json:"value"`
	// Comment is "unreliable" for a result flagged unreliable.
	Comment string `json:"comment,omitempty"`
}

// SkipReason says why a mapped result was not sent.
type SkipReason string

// Skip reasons.
const (
	// SkipSuppressed: disclosure control suppressed the result. It is
	// never sent, neither as a number nor as an empty value.
	SkipSuppressed SkipReason = "suppressed"
	// SkipNoValue: the result has no value (undefined, missing, a policy
	// status) or lacks the count the mapping asks for.
	SkipNoValue SkipReason = "no_value"
	// SkipArea: the result's area is not mapped to an organisation unit.
	SkipArea SkipReason = "unmapped_area"
)

// Skip is a result a data element maps that was not sent, and why.
type Skip struct {
	// Indicator and Cell name the result.
	Indicator indicators.IndicatorID `json:"indicator"`
	Cell      indicators.ResultCell  `json:"cell"`
	// Reason says why it was not sent.
	Reason SkipReason `json:"reason"`
}

// Summary says what an export did.
type Summary struct {
	// Sent is the number of data values.
	Sent int `json:"sent"`
	// Skipped lists the mapped results not sent, in report order.
	Skipped []Skip `json:"skipped,omitempty"`
	// Unmapped counts the results no data element maps.
	Unmapped int `json:"unmapped"`
}

// Options configures [Export].
type Options struct {
	// AllowUnprotected exports a report evaluated without a disclosure
	// policy. Leave it false for anything published: a report without
	// disclosure control carries every small count.
	AllowUnprotected bool
}

// ErrUnprotected is returned when the report was evaluated without a
// disclosure policy and [Options].AllowUnprotected is false.
var ErrUnprotected = errors.New("dhis2: the report has no disclosure control (evaluate it with indicators.Options.Disclosure, or set AllowUnprotected for internal use)")

// Export turns an indicators report into a DHIS2 data value set through
// the mapping. The steps, in order:
//
//  1. the mapping is validated ([Mapping.Validate]) and so is the
//     report ([indicators.Report.Validate]); either failing is returned
//     as [workforce.Problems];
//  2. a report without a disclosure policy is refused ([ErrUnprotected])
//     unless the options allow it;
//  3. the period is the mapping's period type's period containing the
//     report's as-of date;
//  4. each result, in report order, is matched to the data elements with
//     its indicator and breakdown (the cell without area and level); no
//     match counts as unmapped;
//  5. a matched result is skipped when it is suppressed (disclosure
//     control: it is never sent, in no form), when it has no value or
//     not the count asked for, or when its area has no organisation unit;
//  6. otherwise one data value is sent with the number the data element
//     asks for, as exact decimal text; an unreliable result carries the
//     comment "unreliable".
func Export(rep indicators.Report, m Mapping, opts Options) (DataValueSet, Summary, error) {
	if err := m.Validate(); err != nil {
		return DataValueSet{}, Summary{}, err
	}
	if err := rep.Validate(); err != nil {
		return DataValueSet{}, Summary{}, err
	}
	if rep.Disclosure == nil && !opts.AllowUnprotected {
		return DataValueSet{}, Summary{}, ErrUnprotected
	}
	period, err := m.PeriodType.Period(rep.AsOf)
	if err != nil {
		return DataValueSet{}, Summary{}, err
	}
	units := make(map[workforce.AreaCode]string, len(m.OrgUnits))
	for _, o := range m.OrgUnits {
		units[o.Area] = o.OrgUnit
	}
	type key struct {
		id indicators.IndicatorID
		b  Breakdown
	}
	byKey := map[key][]int{}
	for i, d := range m.DataElements {
		k := key{d.Indicator, d.Breakdown}
		byKey[k] = append(byKey[k], i)
	}
	set := DataValueSet{DataSet: m.DataSet, Period: period, DataValues: []DataValue{}}
	var sum Summary
	for _, r := range rep.Results {
		des := byKey[key{r.Indicator, BreakdownOf(r.Cell)}]
		if len(des) == 0 {
			sum.Unmapped++
			continue
		}
		for _, i := range des {
			d := m.DataElements[i]
			skip := func(why SkipReason) {
				sum.Skipped = append(sum.Skipped, Skip{Indicator: r.Indicator, Cell: r.Cell, Reason: why})
			}
			if r.Status == indicators.StatusSuppressed {
				skip(SkipSuppressed)
				continue
			}
			unit, ok := units[r.Cell.Area]
			if !ok {
				skip(SkipArea)
				continue
			}
			v, ok := number(r, d.Value)
			if !ok {
				skip(SkipNoValue)
				continue
			}
			dv := DataValue{DataElement: d.DataElement, Period: period, OrgUnit: unit, CategoryOptionCombo: d.CategoryOptionCombo,
				AttributeOptionCombo: m.AttributeOptionCombo, Value: v}
			if d.AttributeOptionCombo != "" {
				dv.AttributeOptionCombo = d.AttributeOptionCombo
			}
			if r.Status == indicators.StatusUnreliable {
				dv.Comment = "unreliable"
			}
			set.DataValues = append(set.DataValues, dv)
			sum.Sent++
		}
	}
	return set, sum, nil
}

// number returns the number of r that kind asks for, as exact text; ok
// is false when r has none. Only results with status ok or unreliable
// carry numbers: a suppressed result never reaches here.
func number(r indicators.IndicatorResult, kind ValueKind) (string, bool) {
	if r.Status != indicators.StatusOK && r.Status != indicators.StatusUnreliable {
		return "", false
	}
	var d workforce.Decimal
	switch kind {
	case "", Value:
		d = r.Value
	case Presented:
		p, err := r.Present()
		if err != nil {
			return "", false
		}
		d = p
	case Numerator:
		d = r.Numerator
	case Denominator:
		d = r.Denominator
	default: // not reached: Validate refuses other kinds
		return "", false
	}
	if d.IsZero() {
		return "", false
	}
	return d.String(), true
}
