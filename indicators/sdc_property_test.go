package indicators_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/sdcaudit"
	"github.com/sswkit/ssw/workforce"
)

// TestPropertyDifferencingRecoversNothing: on random registries and
// report options, an attacker that differences every relation the report
// publishes (area hierarchy, every breakdown, count and subset, the
// shares' complements), repeatedly and across relations, recovers no
// count from 1 to threshold − 1 (nor a zero, with SuppressZeros), and no
// published count is below the threshold.
func TestPropertyDifferencingRecoversNothing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		for range rapid.IntRange(0, 60).Draw(t, "more workers") {
			reg.Workers = append(reg.Workers, genWorker(t, len(reg.Workers), reg.Posts))
		}
		p := indicators.DisclosurePolicy{
			Threshold:     rapid.SampledFrom([]int64{2, 3, 5, 10}).Draw(t, "threshold"),
			SuppressZeros: rapid.Bool().Draw(t, "suppress zeros"),
		}
		opts := indicators.Options{Disclosure: &p, Norm: propNorm}
		if rapid.Bool().Draw(t, "some indicators") {
			opts.Indicators = rapid.SliceOfNDistinct(rapid.SampledFrom(personIDs), 1, 6, rapid.ID).Draw(t, "indicators")
		}
		opts.CrossLevels = rapid.SliceOfNDistinct(rapid.SampledFrom([]workforce.AdminLevel{
			workforce.LevelNational, workforce.LevelProvince, workforce.LevelCommune}), 0, 3, rapid.ID).Draw(t, "cross levels")
		if rapid.Bool().Draw(t, "some levels") {
			opts.AreaLevels = rapid.SliceOfNDistinct(rapid.SampledFrom([]workforce.AdminLevel{
				workforce.LevelNational, workforce.LevelProvince, workforce.LevelCommune}), 1, 3, rapid.ID).Draw(t, "area levels")
		}
		opts.Scope = rapid.SampledFrom([]indicators.CountScope{"", indicators.ScopeHeadCount, indicators.ScopeFTE}).Draw(t, "scope")
		tl, err := indicators.TallyRegistry(&reg, asOf, propRules)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := tl.Evaluate(opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := rep.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, r := range rep.Results {
			if r.Status == indicators.StatusSuppressed || r.Scope == indicators.ScopePositions {
				continue
			}
			def, _ := indicators.Lookup(r.Indicator)
			var persons []workforce.Decimal
			switch def.Sensitive {
			case indicators.SensitiveNumerator:
				persons = []workforce.Decimal{r.Numerator}
			case indicators.SensitiveDenominator:
				persons = []workforce.Decimal{r.Denominator}
			case indicators.SensitiveBoth:
				persons = []workforce.Decimal{r.Numerator, r.Denominator}
			}
			if r.Indicator == indicators.SSWGrowth || r.Indicator == indicators.RetAttrition {
				persons = persons[:0] // a difference or a mean, not a count
			}
			for _, c := range persons {
				if c.IsZero() {
					continue
				}
				v := c.Decimal()
				if r.Scope == indicators.ScopeFTE {
					v = v.Shift(2)
				}
				limit := p.Threshold
				if r.Scope == indicators.ScopeFTE {
					limit *= 100
				}
				if n := v.IntPart(); (n > 0 && n < limit) || (n == 0 && p.SuppressZeros) {
					t.Fatalf("%s %+v publishes the count %s", r.Indicator, r.Cell, c)
				}
			}
		}
		groups, _ := tl.Groups()
		if leaks := sdcaudit.Audit(rep, groups); len(leaks) > 0 {
			t.Fatalf("%d counts recovered below the threshold: %v", len(leaks), leaks)
		}
	})
}

// personIDs are the indicators that publish person counts.
var personIDs = []indicators.IndicatorID{
	indicators.SSWDenPop, indicators.SSWDenChild, indicators.SWDenPop, indicators.SWDenChild,
	indicators.SSWPopPerWorker, indicators.SSWChildPerWorker, indicators.SSWPerUnit,
	indicators.SSWShareGov, indicators.SSWShareCadre, indicators.SSWShareFemale, indicators.SSWAgeMedian,
	indicators.SSWQualSW, indicators.SWLicShare, indicators.CPDCompl, indicators.SupRatio,
	indicators.RetAttrition, indicators.SSWGrowth,
}
