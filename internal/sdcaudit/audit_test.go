package sdcaudit_test

import (
	"strings"
	"testing"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/sdcaudit"
	"github.com/sswkit/ssw/workforce"
)

// result is a published (or, with an empty numerator, withheld) head-count
// result.
func result(id indicators.IndicatorID, cell indicators.ResultCell, num, den string) indicators.IndicatorResult {
	r := indicators.IndicatorResult{Indicator: id, Cell: cell, Status: indicators.StatusOK, Scope: indicators.ScopeHeadCount}
	if num == "" && den == "" {
		r.Status = indicators.StatusSuppressed
		return r
	}
	if num != "" {
		r.Numerator = workforce.MustParseDecimal(num)
	}
	if den != "" {
		r.Denominator = workforce.MustParseDecimal(den)
	}
	return r
}

func TestAudit(t *testing.T) {
	n := indicators.ResultCell{Area: "N"}
	p1 := indicators.ResultCell{Area: "P1"}
	p2 := indicators.ResultCell{Area: "P2"}
	sex := func(c indicators.ResultCell, s workforce.Sex) indicators.ResultCell { c.Sex = s; return c }
	setting := func(c indicators.ResultCell, s indicators.SettingGroup) indicators.ResultCell {
		c.Setting = s
		return c
	}
	areas := []indicators.ReportArea{{Code: "N", Level: workforce.LevelNational}, {Code: "P1", Parent: "N"}, {Code: "P2", Parent: "N"}}
	settings := []workforce.AdminArea{{Code: "N"}, {Code: "P1", Setting: workforce.SettingUrban}, {Code: "P2"}}
	for _, tc := range []struct {
		name      string
		results   []indicators.IndicatorResult
		knowledge sdcaudit.Knowledge
		zeros     bool
		want      []string // a substring of each leak's box, in order; none: no leak
	}{
		{name: "sex breakdown: male = total − female − zeros", results: []indicators.IndicatorResult{
			result(indicators.SSWCount, n, "5", ""), result(indicators.SSWCount, sex(n, workforce.SexFemale), "4", ""),
			result(indicators.SSWCount, sex(n, workforce.SexMale), "", ""),
			result(indicators.SSWCount, sex(n, workforce.SexOther), "0", ""), result(indicators.SSWCount, sex(n, workforce.SexNotStated), "0", ""),
		}, want: []string{"N active sex=10 "}},
		{name: "a withheld other sex leaves male unknown", results: []indicators.IndicatorResult{
			result(indicators.SSWCount, n, "5", ""), result(indicators.SSWCount, sex(n, workforce.SexFemale), "4", ""),
			result(indicators.SSWCount, sex(n, workforce.SexMale), "", ""),
			result(indicators.SSWCount, sex(n, workforce.SexOther), "", ""), result(indicators.SSWCount, sex(n, workforce.SexNotStated), "0", ""),
		}},
		{name: "flow rate: the stock at the start = 2 × mean − active", results: []indicators.IndicatorResult{
			result(indicators.RetEntry, n, "", ""), result(indicators.SSWCount, n, "10", ""),
			{Indicator: indicators.RetExitVoluntary, Cell: n, Status: indicators.StatusOK, Scope: indicators.ScopeHeadCount,
				Numerator: workforce.MustParseDecimal("4"), Denominator: workforce.MustParseDecimal("5.5")},
		}, want: []string{"N period_start"}},
		{name: "register: not practising = registered − licensed active", results: []indicators.IndicatorResult{
			result(indicators.SSWCountRegistered, n, "12", ""), result(indicators.SSWCountLicensed, n, "10", ""),
			result(indicators.SSWActivityRatio, n, "", ""),
		}, want: []string{"N registered_not_practising"}},
		{name: "areas: a province = the nation − the other", results: []indicators.IndicatorResult{
			result(indicators.SSWCount, n, "12", ""), result(indicators.SSWCount, p1, "", ""), result(indicators.SSWCount, p2, "10", ""),
		}, knowledge: sdcaudit.Knowledge{Groups: []indicators.TallyGroup{}}, want: []string{"P1 active"}},
		{name: "settings private: urban is one of three unknown counts", results: []indicators.IndicatorResult{
			result(indicators.SSWCount, n, "12", ""), result(indicators.SSWCount, setting(n, indicators.SettingGroupUrban), "", ""),
			result(indicators.SSWCount, setting(n, indicators.SettingGroupNotRecorded), "10", ""),
			result(indicators.SSWCount, setting(n, indicators.SettingGroupRural), "", ""),
			result(indicators.SSWCount, setting(n, indicators.SettingGroupMixed), "", ""),
		}, zeros: true, knowledge: sdcaudit.Knowledge{Areas: settings}},
		{name: "settings public: no area is rural or mixed, so urban = total − not recorded", results: []indicators.IndicatorResult{
			result(indicators.SSWCount, n, "12", ""), result(indicators.SSWCount, setting(n, indicators.SettingGroupUrban), "", ""),
			result(indicators.SSWCount, setting(n, indicators.SettingGroupNotRecorded), "10", ""),
			result(indicators.SSWCount, setting(n, indicators.SettingGroupRural), "", ""),
			result(indicators.SSWCount, setting(n, indicators.SettingGroupMixed), "", ""),
		}, zeros: true, knowledge: sdcaudit.Knowledge{Areas: settings, SettingsPublic: true}, want: []string{"N active"}},
		{name: "without the zero rule the rest of a whole is unknown", results: []indicators.IndicatorResult{
			result(indicators.SSWCount, n, "5", ""), result(indicators.SSWCount, sex(n, workforce.SexFemale), "5", ""),
			result(indicators.SSWCount, sex(n, workforce.SexMale), "", ""),
		}, zeros: true},
		{name: "zero rule: parts beside a whole are zeros", results: []indicators.IndicatorResult{
			result(indicators.SSWCount, n, "5", ""), result(indicators.SSWCount, sex(n, workforce.SexFemale), "5", ""),
			result(indicators.SSWCount, sex(n, workforce.SexMale), "", ""),
		}, zeros: true, knowledge: sdcaudit.Knowledge{ZeroRule: true}, want: []string{"N active sex=10 "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := indicators.Report{Disclosure: &indicators.DisclosurePolicy{Threshold: 3, SuppressZeros: tc.zeros}, Areas: areas, Results: tc.results}
			leaks := sdcaudit.AuditWith(rep, tc.knowledge)
			if len(leaks) != len(tc.want) {
				t.Fatalf("%d leaks, want %d: %v", len(leaks), len(tc.want), leaks)
			}
			for i, l := range leaks {
				if !strings.Contains(l.Box, tc.want[i]) {
					t.Errorf("leak %d: %s, want %q in it", i, l, tc.want[i])
				}
			}
		})
	}
}
