package dhis2_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/indicators/dhis2"
	"github.com/sswkit/ssw/workforce"
)

func TestPeriod(t *testing.T) {
	cases := []struct {
		typ  dhis2.PeriodType
		date string
		want string
	}{
		{dhis2.Daily, "2025-06-30", "20250630"},
		{dhis2.Weekly, "2025-06-30", "2025W27"},
		{dhis2.Weekly, "2021-01-03", "2020W53"}, // ISO week of the previous year
		{dhis2.Monthly, "2025-06-30", "202506"},
		{dhis2.Quarterly, "2025-06-30", "2025Q2"},
		{dhis2.Quarterly, "2025-07-01", "2025Q3"},
		{dhis2.SixMonthly, "2025-06-30", "2025S1"},
		{dhis2.SixMonthly, "2025-07-01", "2025S2"},
		{dhis2.Yearly, "2025-12-31", "2025"},
		{dhis2.FinancialApril, "2025-03-31", "2024April"},
		{dhis2.FinancialApril, "2025-04-01", "2025April"},
		{dhis2.FinancialJuly, "2025-06-30", "2024July"},
		{dhis2.FinancialJuly, "2025-07-01", "2025July"},
		{dhis2.FinancialOct, "2025-09-30", "2024Oct"},
		{dhis2.FinancialOct, "2025-10-01", "2025Oct"},
	}
	for _, c := range cases {
		got, err := c.typ.Period(workforce.MustParseDate(c.date))
		if err != nil || got != c.want {
			t.Errorf("%s %s = %q, %v; want %q", c.typ, c.date, got, err, c.want)
		}
	}
	if _, err := dhis2.PeriodType("Decadely").Period(workforce.MustParseDate("2025-01-01")); err == nil {
		t.Error("unknown period type accepted")
	}
}

func TestMappingValidate(t *testing.T) {
	good := func() dhis2.Mapping {
		return dhis2.Mapping{PeriodType: dhis2.Yearly,
			OrgUnits:     []dhis2.OrgUnit{{Area: "KH", OrgUnit: "OUKH0000001"}},
			DataElements: []dhis2.DataElement{{Indicator: indicators.SSWDenChild, DataElement: "DEden000001"}}}
	}
	if err := good().Validate(); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		edit func(m *dhis2.Mapping)
		code string
		path string
	}{
		{"period type", func(m *dhis2.Mapping) { m.PeriodType = "yearly" }, workforce.CodeNotSupported, "/period_type"},
		{"data set UID", func(m *dhis2.Mapping) { m.DataSet = "1abcdefghij" }, workforce.CodePattern, "/data_set"},
		{"org unit UID", func(m *dhis2.Mapping) { m.OrgUnits[0].OrgUnit = "OU" }, workforce.CodePattern, "/org_units/0/org_unit"},
		{"area twice", func(m *dhis2.Mapping) {
			m.OrgUnits = append(m.OrgUnits, dhis2.OrgUnit{Area: "KH", OrgUnit: "OUKH0000002"})
		}, workforce.CodeDuplicate, "/org_units/1/area"},
		{"org unit twice", func(m *dhis2.Mapping) {
			m.OrgUnits = append(m.OrgUnits, dhis2.OrgUnit{Area: "KH-1", OrgUnit: "OUKH0000001"})
		}, workforce.CodeDuplicate, "/org_units/1/org_unit"},
		{"unknown indicator", func(m *dhis2.Mapping) { m.DataElements[0].Indicator = "SSW-NOPE" }, dhis2.CodeUnknownIndicator, "/data_elements/0/indicator"},
		{"data element missing", func(m *dhis2.Mapping) { m.DataElements[0].DataElement = "" }, workforce.CodeRequired, "/data_elements/0/data_element"},
		{"value kind", func(m *dhis2.Mapping) { m.DataElements[0].Value = "rounded" }, workforce.CodeNotSupported, "/data_elements/0/value"},
		{"breakdown value", func(m *dhis2.Mapping) { m.DataElements[0].Breakdown.Sex = "f" }, workforce.CodeNotSupported, "/data_elements/0/breakdown/sex"},
		{"two dimensions", func(m *dhis2.Mapping) {
			m.DataElements[0].Breakdown = dhis2.Breakdown{Sex: workforce.SexFemale, Sector: workforce.SectorNGO}
		}, workforce.CodeNotSupported, "/data_elements/0/breakdown"},
		{"mapped twice", func(m *dhis2.Mapping) {
			m.DataElements = append(m.DataElements, dhis2.DataElement{Indicator: indicators.SSWDenChild, Value: dhis2.Value, DataElement: "DEden000002"})
		}, workforce.CodeDuplicate, "/data_elements/1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := good()
			c.edit(&m)
			ps := workforce.AsProblems(m.Validate())
			if at := ps.At(c.path); len(at) == 0 || at[0].Code != c.code {
				t.Fatalf("want %s at %s, got %v", c.code, c.path, ps)
			}
		})
	}
}

func TestReadMapping(t *testing.T) {
	in := `{"period_type":"Yearly","org_units":[{"area":"KH","org_unit":"OUKH0000001"}],
"data_elements":[{"indicator":"SSW-DEN-CHILD","breakdown":{"sex":"female"},"value":"presented","data_element":"DEden000001"}]}`
	m, err := dhis2.ReadMapping([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if m.DataElements[0].Breakdown.Sex != workforce.SexFemale || m.DataElements[0].Value != dhis2.Presented {
		t.Fatalf("%+v", m)
	}
	_, err = dhis2.ReadMapping([]byte(`{"period_type":"Yearly","org_units":[],"data_elements":[],"period_type":"Monthly"}`))
	if ps := workforce.AsProblems(err); !ps.HasCode(workforce.CodeDuplicateMember) || ps[0].Path != "/period_type" {
		t.Fatalf("a repeated member must be refused, got %v", err)
	}
	if _, err := dhis2.ReadMapping([]byte(`{"period_type":"Yearly","org_units":[],"data_elements":[],"orgunit":1}`)); !workforce.AsProblems(err).HasCode(workforce.CodeUnknownField) {
		t.Fatalf("an unknown member must be refused, got %v", err)
	}
}

func TestExportRefusesUnprotected(t *testing.T) {
	rep := protectedReport(t)
	rep.Disclosure, rep.Parameters.Options.Disclosure = nil, nil
	for i := range rep.Results {
		if rep.Results[i].Status == indicators.StatusSuppressed {
			rep.Results[i].Status = indicators.StatusUndefined // keep the report valid without a policy
		}
	}
	if _, _, err := dhis2.Export(rep, fullMapping(rep), dhis2.Options{}); !errors.Is(err, dhis2.ErrUnprotected) {
		t.Fatalf("want ErrUnprotected, got %v", err)
	}
	if _, _, err := dhis2.Export(rep, fullMapping(rep), dhis2.Options{AllowUnprotected: true}); err != nil {
		t.Fatal(err)
	}
}

// TestExportNeverSendsSuppressed is the disclosure law, over random
// subsets of a full mapping and every value kind: a suppressed result is
// never sent in any form; every value sent is the exact text of the
// number of an ok or unreliable result; and every mapped result is sent
// or skipped with its reason, once per data element.
func TestExportNeverSendsSuppressed(t *testing.T) {
	rep := protectedReport(t)
	full := fullMapping(rep)
	suppressed := 0
	for _, r := range rep.Results {
		if r.Status == indicators.StatusSuppressed {
			suppressed++
		}
	}
	if suppressed == 0 {
		t.Fatal("the test report has no suppressed result: the law is not exercised")
	}
	rapid.Check(t, func(t *rapid.T) {
		m := full
		m.PeriodType = rapid.SampledFrom(dhis2.PeriodTypeValues()).Draw(t, "period")
		m.DataElements = nil
		for _, d := range full.DataElements {
			if rapid.Bool().Draw(t, "keep") {
				d.Value = rapid.SampledFrom(append(dhis2.ValueKindValues(), "")).Draw(t, "kind")
				m.DataElements = append(m.DataElements, d)
			}
		}
		m.OrgUnits = nil
		for _, o := range full.OrgUnits {
			if rapid.IntRange(0, 4).Draw(t, "unit") > 0 {
				m.OrgUnits = append(m.OrgUnits, o)
			}
		}
		set, sum, err := dhis2.Export(rep, m, dhis2.Options{})
		if err != nil {
			t.Fatal(err)
		}
		unitArea := map[string]workforce.AreaCode{}
		for _, o := range m.OrgUnits {
			unitArea[o.OrgUnit] = o.Area
		}
		type key struct {
			de string
			ar workforce.AreaCode
		}
		sent := map[key]dhis2.DataValue{}
		for _, v := range set.DataValues {
			sent[key{v.DataElement, unitArea[v.OrgUnit]}] = v
		}
		if len(sent) != len(set.DataValues) || sum.Sent != len(set.DataValues) {
			t.Fatalf("%d values, %d distinct, summary %d", len(set.DataValues), len(sent), sum.Sent)
		}
		accounted := 0
		for _, r := range rep.Results {
			for _, d := range m.DataElements {
				if d.Indicator != r.Indicator || d.Breakdown != (dhis2.Breakdown{Sex: r.Cell.Sex, Cadre: r.Cell.Cadre, Sector: r.Cell.Sector, AgeBand: r.Cell.AgeBand, Qualification: r.Cell.Qualification,
					Setting: r.Cell.Setting, EmploymentType: r.Cell.EmploymentType}) {
					continue
				}
				accounted++
				v, ok := sent[key{d.DataElement, r.Cell.Area}]
				if r.Status == indicators.StatusSuppressed && ok {
					t.Fatalf("suppressed %s %+v sent as %q", r.Indicator, r.Cell, v.Value)
				}
				if !ok {
					continue
				}
				if r.Status != indicators.StatusOK && r.Status != indicators.StatusUnreliable {
					t.Fatalf("%s %+v with status %s sent", r.Indicator, r.Cell, r.Status)
				}
				want := map[dhis2.ValueKind]workforce.Decimal{"": r.Value, dhis2.Value: r.Value, dhis2.Numerator: r.Numerator, dhis2.Denominator: r.Denominator}[d.Value]
				if d.Value == dhis2.Presented {
					want, _ = r.Present()
				}
				if v.Value != want.String() {
					t.Fatalf("%s %+v: sent %q, the report has %q", r.Indicator, r.Cell, v.Value, want.String())
				}
			}
		}
		if accounted != sum.Sent+len(sum.Skipped) {
			t.Fatalf("%d mapped results, %d sent + %d skipped", accounted, sum.Sent, len(sum.Skipped))
		}
	})
}

func TestExportJSON(t *testing.T) {
	rep := protectedReport(t)
	set, sum, err := dhis2.Export(rep, fullMapping(rep), dhis2.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(set)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"dataSet":"DS000000001"`, `"period":"2025"`, `"dataValues":[{"dataElement":"DE`} {
		if !strings.Contains(s, want) {
			t.Errorf("no %s in %.300s", want, s)
		}
	}
	// Values are strings: no JSON number anywhere in the values.
	var raw struct {
		DataValues []map[string]any `json:"dataValues"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	for _, v := range raw.DataValues {
		if _, ok := v["value"].(string); !ok {
			t.Fatalf("value is not a string: %v", v)
		}
	}
	if sum.Sent == 0 || len(sum.Skipped) == 0 {
		t.Fatalf("summary %+v: the full mapping should send some values and skip the suppressed ones", sum)
	}
}
