package dhis2

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/enum"
	"github.com/sswkit/ssw/workforce"
)

// UIDPattern is the pattern of a DHIS2 UID: a letter and ten letters or
// digits (DHIS2 Developer Manual, "Identifier schemes").
const UIDPattern = `^[A-Za-z][A-Za-z0-9]{10}$`

// IsUID reports whether s matches [UIDPattern].
func IsUID(s string) bool {
	if len(s) != 11 || !letter(s[0]) {
		return false
	}
	for i := 1; i < 11; i++ {
		if !letter(s[i]) && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

func letter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// PeriodType is a DHIS2 period type. The period of a data value set is
// the period of this type that contains the report's as-of date.
type PeriodType string

// Period types, with the DHIS2 period identifiers they produce for the
// date 2025-06-30.
const (
	Daily          PeriodType = "Daily"          // 20250630
	Weekly         PeriodType = "Weekly"         // 2025W27 (ISO 8601 week)
	Monthly        PeriodType = "Monthly"        // 202506
	Quarterly      PeriodType = "Quarterly"      // 2025Q2
	SixMonthly     PeriodType = "SixMonthly"     // 2025S1
	Yearly         PeriodType = "Yearly"         // 2025
	FinancialApril PeriodType = "FinancialApril" // 2025April (April 2025 to March 2026)
	FinancialJuly  PeriodType = "FinancialJuly"  // 2024July (July 2024 to June 2025)
	FinancialOct   PeriodType = "FinancialOct"   // 2024Oct (October 2024 to September 2025)
)

var periodTypeTable = [...]enum.Entry[PeriodType]{
	{Value: Daily, Title: "Day"},
	{Value: Weekly, Title: "ISO 8601 week"},
	{Value: Monthly, Title: "Month"},
	{Value: Quarterly, Title: "Quarter"},
	{Value: SixMonthly, Title: "Half year from January"},
	{Value: Yearly, Title: "Calendar year"},
	{Value: FinancialApril, Title: "Financial year from April"},
	{Value: FinancialJuly, Title: "Financial year from July"},
	{Value: FinancialOct, Title: "Financial year from October"},
}

// PeriodTypeValues returns the period types in the order above.
func PeriodTypeValues() []PeriodType { return enum.Values(periodTypeTable[:]) }

// IsValid reports whether t is one of the period types.
func (t PeriodType) IsValid() bool { return enum.Valid(periodTypeTable[:], t) }

// Title returns the English title of t, or "".
func (t PeriodType) Title() string { return enum.Title(periodTypeTable[:], t) }

// EnumValues returns the values as strings.
func (PeriodType) EnumValues() []string { return enum.Strings(periodTypeTable[:]) }

// Period returns the DHIS2 identifier of the period of type t that
// contains d.
func (t PeriodType) Period(d workforce.CivilDate) (string, error) {
	if d.IsZero() {
		return "", errors.New("dhis2: no date")
	}
	y, m, day := d.Date()
	ys := strconv.Itoa(y)
	fy := func(start time.Month) string {
		if m >= start {
			return ys
		}
		return strconv.Itoa(y - 1)
	}
	switch t {
	case Daily:
		return fmt.Sprintf("%04d%02d%02d", y, int(m), day), nil
	case Weekly:
		wy, w := d.Time().ISOWeek()
		return fmt.Sprintf("%04dW%d", wy, w), nil
	case Monthly:
		return fmt.Sprintf("%04d%02d", y, int(m)), nil
	case Quarterly:
		return ys + "Q" + strconv.Itoa((int(m)-1)/3+1), nil
	case SixMonthly:
		return ys + "S" + strconv.Itoa((int(m)-1)/6+1), nil
	case Yearly:
		return ys, nil
	case FinancialApril:
		return fy(time.April) + "April", nil
	case FinancialJuly:
		return fy(time.July) + "July", nil
	case FinancialOct:
		return fy(time.October) + "Oct", nil
	}
	return "", fmt.Errorf("dhis2: unknown period type %q", t)
}

// ValueKind says which number of a result a data element receives.
type ValueKind string

// Value kinds.
const (
	// Value is the result's exact value as the report states it (cut at
	// the definition's precision), the default.
	Value ValueKind = "value"
	// Presented is the value rounded for publication with the
	// definition's presentation rounding ([indicators.IndicatorResult.Present]).
	Presented ValueKind = "presented"
	// Numerator and Denominator are the result's counts, for DHIS2
	// indicators that compute the ratio themselves.
	Numerator   ValueKind = "numerator"
	Denominator ValueKind = "denominator"
)

var valueKindTable = [...]enum.Entry[ValueKind]{
	{Value: Value, Title: "Exact value at the definition's precision"},
	{Value: Presented, Title: "Value rounded for presentation"},
	{Value: Numerator, Title: "Numerator count"},
	{Value: Denominator, Title: "Denominator count"},
}

// ValueKindValues returns the value kinds.
func ValueKindValues() []ValueKind { return enum.Values(valueKindTable[:]) }

// IsValid reports whether k is a value kind.
func (k ValueKind) IsValid() bool { return enum.Valid(valueKindTable[:], k) }

// Title returns the English title of k, or "".
func (k ValueKind) Title() string { return enum.Title(valueKindTable[:], k) }

// EnumValues returns the values as strings.
func (ValueKind) EnumValues() []string { return enum.Strings(valueKindTable[:]) }

// Breakdown is the breakdown part of a result cell: empty for an area's
// total, one dimension set for a breakdown.
type Breakdown struct {
	// Sex, Cadre, Sector, AgeBand, Qualification and Setting are the
	// breakdowns of [indicators.ResultCell]; EmploymentType is the
	// contract type whose share SSW-SHARE-CONTRACT gives (as Cadre is the
	// cadre of SSW-SHARE-CADRE), beside which one breakdown may be set.
	// At most one breakdown is set: a result of a breakdown no data
	// element names is not sent (it is counted as unmapped), never under
	// the area's total.
	Sex            workforce.Sex                 `json:"sex,omitempty"`
	Cadre          workforce.Cadre               `json:"cadre,omitempty"`
	Sector         workforce.Sector              `json:"sector,omitempty"`
	AgeBand        indicators.AgeBand            `json:"age_band,omitempty"`
	Qualification  indicators.QualificationGroup `json:"qualification,omitempty"`
	Setting        indicators.SettingGroup       `json:"setting,omitempty"`
	EmploymentType workforce.EmploymentType      `json:"employment_type,omitempty"`
}

// BreakdownOf returns the breakdown of a result's cell: the key a data
// element is looked up by, with the area.
func BreakdownOf(c indicators.ResultCell) Breakdown {
	return Breakdown{Sex: c.Sex, Cadre: c.Cadre, Sector: c.Sector, AgeBand: c.AgeBand, Qualification: c.Qualification,
		Setting: c.Setting, EmploymentType: c.EmploymentType}
}

// DataElement maps one indicator and breakdown onto a DHIS2 data element
// and category option combination.
type DataElement struct {
	// Indicator is the ssw indicator.
	Indicator indicators.IndicatorID `json:"indicator"`
	// Breakdown selects the results of one breakdown; empty selects the
	// areas' totals.
	Breakdown Breakdown `json:"breakdown,omitzero"`
	// Value is the number sent; empty means [Value].
	Value ValueKind `json:"value,omitempty"`
	// DataElement is the DHIS2 data element UID.
	DataElement string `json:"data_element"`
	// CategoryOptionCombo is the DHIS2 category option combo UID; empty
	// means DHIS2's default.
	CategoryOptionCombo string `json:"category_option_combo,omitempty"`
	// AttributeOptionCombo overrides the mapping's attribute option combo.
	AttributeOptionCombo string `json:"attribute_option_combo,omitempty"`
}

// OrgUnit maps an ssw area onto a DHIS2 organisation unit.
type OrgUnit struct {
	// Area is the ssw area code.
	Area workforce.AreaCode `json:"area"`
	// OrgUnit is the DHIS2 organisation unit UID.
	OrgUnit string `json:"org_unit"`
}

// Mapping is the caller's mapping table, supplied as data (read it with
// [ReadMapping]): which results go to which DHIS2 data element, category
// option combo and organisation unit, and the period type. Results that
// no entry maps are not sent.
type Mapping struct {
	// DataSet is the DHIS2 data set UID, when the values are reported
	// for one.
	DataSet string `json:"data_set,omitempty"`
	// PeriodType decides the period from the report's as-of date.
	PeriodType PeriodType `json:"period_type"`
	// AttributeOptionCombo is the attribute option combo UID of every
	// value; empty means DHIS2's default.
	AttributeOptionCombo string `json:"attribute_option_combo,omitempty"`
	// OrgUnits maps areas to organisation units.
	OrgUnits []OrgUnit `json:"org_units"`
	// DataElements maps indicators and breakdowns to data elements.
	DataElements []DataElement `json:"data_elements"`
}

// Problem codes of mapping validation beside the workforce ones.
const (
	// CodeUnknownIndicator: an indicator outside the catalogue.
	CodeUnknownIndicator = "unknown_indicator"
)

// Validate checks the mapping and returns every problem as
// [workforce.Problems] with JSON Pointers, or nil: UIDs match
// [UIDPattern]; the period type, value kinds and breakdown values are in
// their tables; indicators are in the catalogue; a breakdown sets at most
// one dimension; an area is mapped once, an organisation unit to one
// area, and an indicator, breakdown and value kind once.
func (m Mapping) Validate() error {
	var ps workforce.Problems
	add := func(code, path, value, param, msg string) {
		ps = append(ps, workforce.Problem{Code: code, Path: path, Value: value, Param: param, Message: msg})
	}
	uid := func(path, s string, required bool) {
		switch {
		case s == "" && required:
			add(workforce.CodeRequired, path, "", "", "is required")
		case s != "" && !IsUID(s):
			add(workforce.CodePattern, path, s, UIDPattern, "must be a DHIS2 UID: a letter and ten letters or digits")
		}
	}
	uid("/data_set", m.DataSet, false)
	uid("/attribute_option_combo", m.AttributeOptionCombo, false)
	if !m.PeriodType.IsValid() {
		add(workforce.CodeNotSupported, "/period_type", string(m.PeriodType), strings.Join(m.PeriodType.EnumValues(), "|"), "is not a supported period type")
	}
	areas := map[workforce.AreaCode]int{}
	units := map[string]int{}
	for i, o := range m.OrgUnits {
		path := "/org_units/" + strconv.Itoa(i)
		if !o.Area.IsValid() {
			add(workforce.CodePattern, path+"/area", string(o.Area), workforce.AreaCodePattern, "must be an area code")
		}
		uid(path+"/org_unit", o.OrgUnit, true)
		if j, dup := areas[o.Area]; dup {
			add(workforce.CodeDuplicate, path+"/area", string(o.Area), "", "is mapped before, at /org_units/"+strconv.Itoa(j))
		} else {
			areas[o.Area] = i
		}
		if j, dup := units[o.OrgUnit]; dup && o.OrgUnit != "" {
			add(workforce.CodeDuplicate, path+"/org_unit", o.OrgUnit, "", "receives another area too, at /org_units/"+strconv.Itoa(j)+"; its values would be counted twice")
		} else {
			units[o.OrgUnit] = i
		}
	}
	type key struct {
		id indicators.IndicatorID
		b  Breakdown
		v  ValueKind
	}
	seen := map[key]int{}
	for i, d := range m.DataElements {
		path := "/data_elements/" + strconv.Itoa(i)
		if _, ok := indicators.Lookup(d.Indicator); !ok {
			add(CodeUnknownIndicator, path+"/indicator", string(d.Indicator), "", "is not in the indicator catalogue")
		}
		if d.Value != "" && !d.Value.IsValid() {
			add(workforce.CodeNotSupported, path+"/value", string(d.Value), strings.Join(d.Value.EnumValues(), "|"), "is not a value kind")
		}
		uid(path+"/data_element", d.DataElement, true)
		uid(path+"/category_option_combo", d.CategoryOptionCombo, false)
		uid(path+"/attribute_option_combo", d.AttributeOptionCombo, false)
		b, bp := d.Breakdown, path+"/breakdown"
		n := 0
		checkEnum(&n, add, bp+"/sex", b.Sex)
		checkEnum(&n, add, bp+"/cadre", b.Cadre)
		checkEnum(&n, add, bp+"/sector", b.Sector)
		checkEnum(&n, add, bp+"/age_band", b.AgeBand)
		checkEnum(&n, add, bp+"/qualification", b.Qualification)
		checkEnum(&n, add, bp+"/setting", b.Setting)
		var measured int // the type whose share is given, not a breakdown
		checkEnum(&measured, add, bp+"/employment_type", b.EmploymentType)
		if n > 1 {
			add(workforce.CodeNotSupported, bp, "", "", "a result breaks down by one dimension at most")
		}
		k := key{d.Indicator, b, d.Value}
		if k.v == "" {
			k.v = Value
		}
		if j, dup := seen[k]; dup {
			add(workforce.CodeDuplicate, path, string(d.Indicator), "", "maps the same indicator, breakdown and value as /data_elements/"+strconv.Itoa(j))
		} else {
			seen[k] = i
		}
	}
	return ps.Err()
}

func checkEnum[T interface {
	~string
	IsValid() bool
}](n *int, add func(code, path, value, param, msg string), path string, v T) {
	if v == "" {
		return
	}
	*n++
	if !v.IsValid() {
		add(workforce.CodeNotSupported, path, string(v), "", "is not a supported value")
	}
}

// ReadMapping decodes a mapping table from its JSON document strictly
// (see [workforce.Decode]: a repeated member is a problem too) and
// validates it.
func ReadMapping(data []byte) (Mapping, error) {
	var m Mapping
	if err := workforce.Decode(data, &m); err != nil {
		return Mapping{}, err
	}
	if err := m.Validate(); err != nil {
		return Mapping{}, err
	}
	return m, nil
}
