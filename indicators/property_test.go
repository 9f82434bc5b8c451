package indicators_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// genRegistry draws a small registry: a nation, 1-3 provinces with 1-3
// communes each, three employers, posts anywhere and workers holding one
// or two employments that start and end around the period.
var genRegistry = rapid.Custom(func(t *rapid.T) workforce.Registry {
	reg := workforce.Registry{Country: "KH", AsOf: asOf}
	popFig := func(label string) []workforce.PopulationFigure {
		total := rapid.Int64Range(0, 200000).Draw(t, label+" population")
		children := rapid.Int64Range(0, total).Draw(t, label+" children")
		return []workforce.PopulationFigure{{Date: d("2019-03-03"), Total: total, Children: children, Source: "NIS",
			Vintage: rapid.SampledFrom([]string{"census", "projection"}).Draw(t, label+" vintage")}}
	}
	reg.Areas = append(reg.Areas, workforce.AdminArea{Code: "N", Name: "N", Level: workforce.LevelNational})
	if rapid.Bool().Draw(t, "national figure") {
		reg.Areas[0].Population = popFig("N")
	}
	for p := range rapid.IntRange(1, 3).Draw(t, "provinces") {
		pc := workforce.AreaCode(fmt.Sprintf("P%d", p))
		reg.Areas = append(reg.Areas, workforce.AdminArea{Code: pc, Name: string(pc), Level: workforce.LevelProvince, Parent: "N"})
		for c := range rapid.IntRange(1, 3).Draw(t, "communes") {
			cc := workforce.AreaCode(fmt.Sprintf("P%dC%d", p, c))
			reg.Areas = append(reg.Areas, workforce.AdminArea{Code: cc, Name: string(cc), Level: workforce.LevelCommune, Parent: pc, Population: popFig(string(cc))})
		}
	}
	reg.Employers = []workforce.Employer{
		{ID: "G", Name: "G", Sector: workforce.SectorGovernment}, {ID: "O", Name: "O", Sector: workforce.SectorNGO},
		{ID: "F", Name: "F", Sector: workforce.SectorFaithBased},
	}
	levelOf := map[workforce.AreaCode]workforce.AdminLevel{}
	codes := make([]workforce.AreaCode, 0, len(reg.Areas))
	for _, a := range reg.Areas {
		levelOf[a.Code] = a.Level
		codes = append(codes, a.Code)
	}
	for i := range rapid.IntRange(1, 10).Draw(t, "posts") {
		area := rapid.SampledFrom(codes).Draw(t, "post area")
		reg.Posts = append(reg.Posts, workforce.Post{
			ID: workforce.ID(fmt.Sprintf("p%d", i)), Area: area, Level: levelOf[area],
			Cadre:      rapid.SampledFrom(workforce.CadreValues()).Draw(t, "post cadre"),
			EmployerID: rapid.SampledFrom([]workforce.ID{"G", "O", "F"}).Draw(t, "employer"),
			Status:     rapid.SampledFrom(workforce.PostStatusValues()).Draw(t, "status"),
			FTE:        workforce.MustParseFTE(rapid.SampledFrom([]string{"1", "0.5", "0.25"}).Draw(t, "post fte")),
		})
	}
	n := rapid.IntRange(0, 40).Draw(t, "workers")
	for i := range n {
		reg.Workers = append(reg.Workers, genWorker(t, i, reg.Posts))
	}
	return reg
})

func genWorker(t *rapid.T, i int, posts []workforce.Post) workforce.Worker {
	w := workforce.Worker{
		ID:    workforce.ID(fmt.Sprintf("w%d", i)),
		Sex:   rapid.SampledFrom(workforce.SexValues()).Draw(t, "sex"),
		Cadre: rapid.SampledFrom(workforce.CadreValues()).Draw(t, "cadre"),
	}
	switch rapid.IntRange(0, 2).Draw(t, "birth") {
	case 1:
		w.BirthYear = rapid.IntRange(1950, 2005).Draw(t, "birth year")
	case 2:
		w.BirthDate = d("1950-01-01").AddDays(rapid.IntRange(0, 20000).Draw(t, "birth day"))
	}
	w.Nationality = rapid.SampledFrom([]workforce.CountryCode{"", "KH", "PH"}).Draw(t, "nationality")
	if rapid.Bool().Draw(t, "qualified") {
		w.Qualifications = []workforce.Qualification{{
			Level:   rapid.SampledFrom([]workforce.EducationLevel{workforce.EducationShortCycle, workforce.EducationBachelor, workforce.EducationMaster}).Draw(t, "level"),
			Field:   rapid.SampledFrom([]workforce.FieldOfStudy{workforce.FieldSocialWork, workforce.FieldPsychology}).Draw(t, "field"),
			Country: rapid.SampledFrom([]workforce.CountryCode{"", "KH", "TH"}).Draw(t, "trained in"),
		}}
	}
	if rapid.Bool().Draw(t, "credential") {
		w.Credentials = []workforce.Credential{{SchemeID: "S1", Issued: d("2020-01-01"),
			Expires: d("2023-01-01").AddDays(rapid.IntRange(0, 1000).Draw(t, "expiry")),
			Status:  rapid.SampledFrom(workforce.CredentialStatusValues()).Draw(t, "credential status")}}
		for k := range rapid.IntRange(0, 3).Draw(t, "cpd") {
			w.CPD = append(w.CPD, workforce.CPDRecord{Date: d("2023-01-01").AddDays(150 * k),
				Hours:    workforce.MustParseHours(rapid.SampledFrom([]string{"5", "7.5", "12.25"}).Draw(t, "hours")),
				Category: workforce.CPDStructured, Activity: workforce.ActivityCourse})
		}
	}
	for range rapid.IntRange(0, 2).Draw(t, "employments") {
		p := rapid.SampledFrom(posts).Draw(t, "post")
		e := workforce.Employment{PostID: p.ID, Start: d("2022-01-01").AddDays(rapid.IntRange(0, 900).Draw(t, "start")),
			FTE:  workforce.MustParseFTE(rapid.SampledFrom([]string{"1", "0.5", "0.3"}).Draw(t, "fte")),
			Type: rapid.SampledFrom(workforce.EmploymentTypeValues()).Draw(t, "type")}
		if rapid.Bool().Draw(t, "ended") {
			e.End = e.Start.AddDays(rapid.IntRange(0, 600).Draw(t, "length"))
			e.ExitReason = rapid.SampledFrom(workforce.ExitReasonValues()).Draw(t, "exit")
		}
		w.Employments = append(w.Employments, e)
	}
	return w
}

// sampleIDs is one indicator of each family, to keep the heavier
// properties fast; the others evaluate the whole catalogue.
var sampleIDs = []indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWPopPerWorker, indicators.SSWNormGap,
	indicators.SSWPostVac, indicators.SSWShareCadre, indicators.SSWAgeMedian, indicators.SWLicShare, indicators.CPDCompl,
	indicators.SupRatio, indicators.RetAttrition, indicators.SSWGrowth}

var propRules = indicators.RecordRules{PeriodStart: start, CPD: &indicators.CPDComplianceRule{MinHours: workforce.MustParseHours("10"), WindowMonths: 12}}
var propNorm = &indicators.StaffingNorm{Basis: indicators.NormPerUnit, Level: workforce.LevelCommune, Workers: 2}

func evaluate(t *rapid.T, reg workforce.Registry, rules indicators.RecordRules, opts indicators.Options) indicators.Report {
	tl, err := indicators.TallyRegistry(&reg, asOf, rules)
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
	return rep
}

func TestPropertySharesWithin0And100(t *testing.T) {
	shares := []indicators.IndicatorID{indicators.SSWShareGov, indicators.SSWShareCadre, indicators.SSWShareFemale, indicators.SSWQualSW,
		indicators.SWLicShare, indicators.CPDCompl, indicators.SSWPostVac, indicators.SSWPostFill, indicators.SSWUnitCoverage, indicators.SSWNormAttain}
	rapid.Check(t, func(t *rapid.T) {
		scope := rapid.SampledFrom(indicators.CountScopeValues()).Draw(t, "scope")
		rep := evaluate(t, genRegistry.Draw(t, "registry"), propRules, indicators.Options{Norm: propNorm, Scope: scope})
		lo, hi := decimal.Zero, decimal.NewFromInt(100)
		for _, r := range rep.Results {
			if !slices.Contains(shares, r.Indicator) || r.Value.IsZero() {
				continue
			}
			if v := r.Value.Decimal(); v.LessThan(lo) || v.GreaterThan(hi) {
				t.Fatalf("%s %+v = %s", r.Indicator, r.Cell, r.Value)
			}
		}
	})
}

func TestPropertyAddingAWorkerNeverLowersADensity(t *testing.T) {
	dens := []indicators.IndicatorID{indicators.SSWDenPop, indicators.SSWDenChild, indicators.SWDenPop, indicators.SWDenChild}
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		scope := rapid.SampledFrom([]indicators.CountScope{indicators.ScopeHeadCount, indicators.ScopeFTE}).Draw(t, "scope")
		opts := indicators.Options{Indicators: dens, Scope: scope}
		before := evaluate(t, reg, propRules, opts)
		reg.Workers = append(reg.Workers, genWorker(t, len(reg.Workers), reg.Posts))
		after := evaluate(t, reg, propRules, opts)
		if len(before.Results) != len(after.Results) {
			t.Fatal("different result sets")
		}
		for i, b := range before.Results {
			a := after.Results[i]
			if a.Indicator != b.Indicator || a.Cell != b.Cell {
				t.Fatal("results out of order")
			}
			if !b.Value.IsZero() && a.Value.Decimal().LessThan(b.Value.Decimal()) {
				t.Fatalf("%s %+v fell from %s to %s", b.Indicator, b.Cell, b.Value, a.Value)
			}
		}
	})
}

func TestPropertyPer100000Is10TimesPer10000(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		num := rapid.Int64Range(0, 1<<50).Draw(t, "num")
		den := rapid.Int64Range(1, 1<<50).Draw(t, "den")
		p := rapid.IntRange(0, 12).Draw(t, "precision")
		a, ea, err := indicators.RatioParts{Numerator: num, Denominator: den, Multiplier: 100000, Precision: p}.Value()
		if err != nil {
			t.Fatal(err)
		}
		b, eb, err := indicators.RatioParts{Numerator: num, Denominator: den, Multiplier: 10000, Precision: p + 1}.Value()
		if err != nil {
			t.Fatal(err)
		}
		if !a.Decimal().Equal(b.Decimal().Shift(1)) || ea != eb {
			t.Fatalf("per 100,000 = %s (exact %v); 10 × per 10,000 = %s (exact %v)", a, ea, b.Decimal().Shift(1), eb)
		}
	})
}

// TestPropertyRoundMatchesRationalOracle rounds exact rationals with
// math/big and compares with Round on the truncated value.
func TestPropertyRoundMatchesRationalOracle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		num := rapid.Int64Range(-1<<40, 1<<40).Draw(t, "num")
		den := rapid.Int64Range(1, 1<<30).Draw(t, "den")
		mult := rapid.SampledFrom([]int64{1, 100, 100000}).Draw(t, "mult")
		p := rapid.IntRange(1, 8).Draw(t, "precision")
		places := rapid.IntRange(-6, p-1).Draw(t, "places")
		mode := rapid.SampledFrom(indicators.RoundingModeValues()).Draw(t, "mode")
		v, exact, err := indicators.RatioParts{Numerator: num, Denominator: den, Multiplier: mult, Precision: p}.Value()
		if err != nil {
			t.Fatal(err)
		}
		got, err := indicators.Round(v, exact, indicators.PresentationRounding{Mode: mode, Places: places})
		if err != nil {
			t.Fatal(err)
		}
		want := oracleRound(new(big.Rat).SetFrac(big.NewInt(num*mult), big.NewInt(den)), mode, places)
		if got.String() != want {
			t.Fatalf("Round(%d×%d÷%d, %s, %d) = %s, want %s", num, mult, den, mode, places, got, want)
		}
	})
}

func oracleRound(x *big.Rat, mode indicators.RoundingMode, places int) string {
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(places, -places))), nil))
	if places < 0 {
		scale.Inv(scale)
	}
	y := new(big.Rat).Mul(x, scale) // round y to an integer
	neg := y.Sign() < 0
	m := new(big.Rat).Abs(y)
	q, r := new(big.Int).QuoRem(m.Num(), m.Denom(), new(big.Int))
	frac := new(big.Rat).SetFrac(r, m.Denom())
	half := big.NewRat(1, 2)
	up := false
	switch mode {
	case indicators.RoundCeiling:
		up = !neg && frac.Sign() > 0
	case indicators.RoundHalfUp:
		up = frac.Cmp(half) >= 0
	case indicators.RoundHalfEven:
		c := frac.Cmp(half)
		up = c > 0 || (c == 0 && q.Bit(0) == 1)
	}
	if up {
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	if places < 0 {
		return decimal.NewFromBigInt(q, -int32(places)).String()
	}
	return decimal.NewFromBigInt(q, -int32(places)).StringFixed(int32(places))
}

// TestPropertySignificantFiguresMatchRationalOracle rounds to
// significant figures and compares with the oracle at the places the
// exact rational's magnitude gives.
func TestPropertySignificantFiguresMatchRationalOracle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		num := rapid.Int64Range(-1<<40, 1<<40).Draw(t, "num")
		den := rapid.Int64Range(1, 1<<30).Draw(t, "den")
		mult := rapid.SampledFrom([]int64{1, 100, 100000}).Draw(t, "mult")
		p := rapid.IntRange(1, 8).Draw(t, "precision")
		sig := rapid.IntRange(1, 6).Draw(t, "significant")
		mode := rapid.SampledFrom(indicators.RoundingModeValues()).Draw(t, "mode")
		x := new(big.Rat).SetFrac(big.NewInt(num*mult), big.NewInt(den))
		v, exact, err := indicators.RatioParts{Numerator: num, Denominator: den, Multiplier: mult, Precision: p}.Value()
		if err != nil {
			t.Fatal(err)
		}
		got, err := indicators.Round(v, exact, indicators.PresentationRounding{Mode: mode, Significant: sig})
		if x.Sign() == 0 {
			if err != nil || got.String() != "0" {
				t.Fatalf("zero: %s, %v", got, err)
			}
			return
		}
		// e with 10^e ≤ |x| < 10^(e+1), from the rational itself.
		abs := new(big.Rat).Abs(x)
		e := 0
		ten := big.NewRat(10, 1)
		for p := big.NewRat(1, 1); ; {
			next := new(big.Rat).Mul(p, ten)
			if abs.Cmp(p) >= 0 && abs.Cmp(next) < 0 {
				break
			}
			if abs.Cmp(p) < 0 {
				p.Quo(p, ten)
				e--
			} else {
				p = next
				e++
			}
		}
		places := sig - 1 - e
		if !exact && places >= p {
			if !errors.Is(err, indicators.ErrRounding) {
				t.Fatalf("%s at %d figures: %s, %v; want ErrRounding", x.RatString(), sig, got, err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if want := oracleRound(x, mode, places); got.String() != want {
			t.Fatalf("Round(%s, %s, %d figures) = %s, want %s", x.RatString(), mode, sig, got, want)
		}
	})
}

func TestPropertyInvariantUnderRecordOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		opts := indicators.Options{Norm: propNorm, Indicators: sampleIDs,
			CrossLevels: []workforce.AdminLevel{workforce.LevelNational, workforce.LevelProvince}}
		want, _ := json.Marshal(evaluate(t, reg, propRules, opts))
		shuffled := reg
		shuffled.Areas = rapid.Permutation(reg.Areas).Draw(t, "areas")
		shuffled.Posts = rapid.Permutation(reg.Posts).Draw(t, "posts")
		shuffled.Employers = rapid.Permutation(reg.Employers).Draw(t, "employers")
		shuffled.Workers = rapid.Permutation(reg.Workers).Draw(t, "workers")
		for i := range shuffled.Workers {
			w := shuffled.Workers[i]
			w.Employments = rapid.Permutation(w.Employments).Draw(t, "employments")
			w.CPD = rapid.Permutation(w.CPD).Draw(t, "cpd")
			shuffled.Workers[i] = w
		}
		got, _ := json.Marshal(evaluate(t, shuffled, propRules, opts))
		if string(got) != string(want) {
			t.Fatal("the report depends on record order")
		}
	})
}

// shardTallies counts the registry's workers into k shards (posts into
// the first) and returns them with the tally of the whole.
func shardTallies(t *rapid.T, reg workforce.Registry, k int) ([]*indicators.Tally, *indicators.Tally) {
	whole, err := indicators.TallyRegistry(&reg, asOf, propRules)
	if err != nil {
		t.Fatal(err)
	}
	shards := make([]*indicators.Counter, k)
	for i := range shards {
		if shards[i], err = indicators.NewCounter(&reg, asOf, propRules); err != nil {
			t.Fatal(err)
		}
	}
	for i := range reg.Posts {
		s := rapid.IntRange(0, k-1).Draw(t, "post shard")
		if err := shards[s].AddPost(reg.Posts[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	for i := range reg.Workers {
		s := rapid.IntRange(0, k-1).Draw(t, "worker shard")
		if err := shards[s].AddWorker(&reg.Workers[i]); err != nil {
			t.Fatal(err)
		}
	}
	out := make([]*indicators.Tally, k)
	for i, c := range shards {
		out[i] = c.Tally()
	}
	return out, whole
}

func merged(t *rapid.T, ts ...*indicators.Tally) *indicators.Tally {
	m := ts[0].Clone()
	for _, x := range ts[1:] {
		if err := m.Merge(x); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

func TestPropertyMergeLaws(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		s, whole := shardTallies(t, reg, 3)
		a, b, c := s[0], s[1], s[2]
		if !merged(t, merged(t, a, b), c).Equal(merged(t, a, merged(t, b, c))) {
			t.Fatal("merge is not associative")
		}
		if !merged(t, a, b).Equal(merged(t, b, a)) {
			t.Fatal("merge is not commutative")
		}
		all := merged(t, c, a, b)
		if !all.Equal(whole) {
			t.Fatal("the merged shards differ from the tally of the whole")
		}
		opts := indicators.Options{Norm: propNorm, Indicators: sampleIDs}
		r1, _ := all.Evaluate(opts)
		r2, _ := whole.Evaluate(opts)
		if diff := jsonDiff(r2, r1); diff != "" {
			t.Fatalf("reports differ (-whole +merged):\n%s", diff)
		}
	})
}

// TestPropertyGroupsRoundTrip: the groups of a tally, fed into a fresh
// tally, rebuild it (how another engine hands its counts over).
func TestPropertyGroupsRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		s, whole := shardTallies(t, reg, 1)
		c, _ := indicators.NewCounter(&reg, asOf, propRules)
		ws, ps := s[0].Groups()
		for _, g := range ws {
			if err := c.Tally().AddGroup(g); err != nil {
				t.Fatal(err)
			}
		}
		for _, g := range ps {
			if err := c.Tally().AddPostGroup(g); err != nil {
				t.Fatal(err)
			}
		}
		if !c.Tally().Equal(whole) {
			t.Fatal("groups do not rebuild the tally")
		}
	})
}

// TestPropertyAggregatePathAgreesWithRecordPath sums the tally's groups
// up the area tree in test code (inclusive totals, as published figures
// are), feeds them as AggregateFigures and compares every area result.
func TestPropertyAggregatePathAgreesWithRecordPath(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		tl, err := indicators.TallyRegistry(&reg, asOf, propRules)
		if err != nil {
			t.Fatal(err)
		}
		scope := rapid.SampledFrom(indicators.CountScopeValues()).Draw(t, "scope")
		opts := indicators.Options{Norm: propNorm, Scope: scope, Disaggregations: []indicators.Disaggregation{indicators.ByArea}}
		fromRecords, err := tl.Evaluate(opts)
		if err != nil {
			t.Fatal(err)
		}
		fromAggregates, err := indicators.EvaluateAggregates(aggregatesOf(reg, tl), opts)
		if err != nil {
			t.Fatal(err)
		}
		if diff := jsonDiff(fromRecords.Results, fromAggregates.Results); diff != "" {
			t.Fatalf("record and aggregate paths differ (-records +aggregates):\n%s", diff)
		}
		// The NHWA-aligned indicators, evaluated on request, in the
		// scopes each allows.
		var ids []indicators.IndicatorID
		for _, id := range indicators.NHWAIndicators() {
			if d, _ := indicators.Lookup(id); d.AllowsScope(scope) {
				ids = append(ids, id)
			}
		}
		opts.Indicators = ids
		fromRecords, err = tl.Evaluate(opts)
		if err != nil {
			t.Fatal(err)
		}
		fromAggregates, err = indicators.EvaluateAggregates(aggregatesOf(reg, tl), opts)
		if err != nil {
			t.Fatal(err)
		}
		if diff := jsonDiff(fromRecords.Results, fromAggregates.Results); diff != "" {
			t.Fatalf("NHWA indicators: record and aggregate paths differ (-records +aggregates):\n%s", diff)
		}
	})
}

// jsonDiff compares two values through their JSON documents (the exchange
// form), line by line.
func jsonDiff(want, got any) string {
	a, _ := json.MarshalIndent(want, "", " ")
	b, _ := json.MarshalIndent(got, "", " ")
	return cmp.Diff(strings.Split(string(a), "\n"), strings.Split(string(b), "\n"))
}

// aggregatesOf turns a tally into inclusive per-area counts.
func aggregatesOf(reg workforce.Registry, tl *indicators.Tally) indicators.AggregateFigures {
	parent := map[workforce.AreaCode]workforce.AreaCode{}
	for _, a := range reg.Areas {
		parent[a.Code] = a.Parent
	}
	type key struct {
		area    workforce.AreaCode
		measure indicators.AggregateMeasure
		scope   indicators.CountScope
		cadre   workforce.Cadre
	}
	counts := map[key]int64{}
	ages := map[workforce.AreaCode]map[int]int64{}
	add := func(area workforce.AreaCode, m indicators.AggregateMeasure, s indicators.CountScope, cadre workforce.Cadre, n int64) {
		for a := area; a != ""; a = parent[a] {
			counts[key{a, m, s, cadre}] += n
		}
	}
	persons := func(area workforce.AreaCode, m indicators.AggregateMeasure, g indicators.TallyGroup) {
		add(area, m, indicators.ScopeHeadCount, "", g.Workers)
		add(area, m, indicators.ScopeFTE, "", g.FTEHundredths)
	}
	byType := map[workforce.EmploymentType]indicators.AggregateMeasure{
		workforce.EmploymentPermanent: indicators.MeasurePermanent, workforce.EmploymentFixedTerm: indicators.MeasureFixedTerm,
		workforce.EmploymentCasual: indicators.MeasureCasual, workforce.EmploymentContractor: indicators.MeasureContractor,
		workforce.EmploymentVolunteer: indicators.MeasureVolunteer,
	}
	ws, ps := tl.Groups()
	for _, g := range ws {
		switch g.Observation {
		case indicators.ObservedPeriodStart:
			persons(g.Area, indicators.MeasureAtPeriodStart, g)
			continue
		case indicators.ObservedLeaver:
			persons(g.Area, indicators.MeasureLeavers, g)
			switch g.Flow {
			case indicators.FlowVoluntaryExit:
				persons(g.Area, indicators.MeasureVoluntaryLeavers, g)
			case indicators.FlowInvoluntaryExit:
				persons(g.Area, indicators.MeasureInvoluntaryLeaver, g)
			}
			continue
		case indicators.ObservedRegisteredNotPractising:
			add(g.Area, indicators.MeasureRegistered, indicators.ScopeHeadCount, "", g.Workers)
			continue
		}
		persons(g.Area, indicators.MeasureWorkers, g)
		if g.Licensed {
			add(g.Area, indicators.MeasureRegistered, indicators.ScopeHeadCount, "", g.Workers)
		}
		switch g.Nationality {
		case indicators.OriginForeign:
			persons(g.Area, indicators.MeasureForeignNational, g)
			persons(g.Area, indicators.MeasureNationalityKnown, g)
		case indicators.OriginNational:
			persons(g.Area, indicators.MeasureNationalityKnown, g)
		}
		switch g.Training {
		case indicators.OriginForeign:
			persons(g.Area, indicators.MeasureForeignTrained, g)
			persons(g.Area, indicators.MeasureTrainingKnown, g)
		case indicators.OriginNational:
			persons(g.Area, indicators.MeasureTrainingKnown, g)
		}
		if g.PartTime {
			add(g.Area, indicators.MeasurePartTime, indicators.ScopeHeadCount, "", g.Workers)
		}
		if g.Flow == indicators.FlowEntrant {
			persons(g.Area, indicators.MeasureEntrants, g)
		}
		if m, ok := byType[g.EmploymentType]; ok {
			persons(g.Area, m, g)
		}
		add(g.Area, indicators.MeasureInCadre, indicators.ScopeHeadCount, g.Cadre, g.Workers)
		add(g.Area, indicators.MeasureInCadre, indicators.ScopeFTE, g.Cadre, g.FTEHundredths)
		if g.Qualified {
			persons(g.Area, indicators.MeasureQualified, g)
		}
		if g.Licensed {
			persons(g.Area, indicators.MeasureLicensed, g)
			if g.Qualified {
				persons(g.Area, indicators.MeasureLicensedQualified, g)
			}
			if g.CPDCompliant {
				persons(g.Area, indicators.MeasureCPDCompliant, g)
			}
		}
		if g.Sex == workforce.SexFemale {
			persons(g.Area, indicators.MeasureFemale, g)
		}
		if g.Sector == workforce.SectorGovernment {
			persons(g.Area, indicators.MeasureGovernment, g)
		}
		switch g.Cadre {
		case workforce.CadreSupervisor:
			persons(g.Area, indicators.MeasureSupervisors, g)
		case workforce.CadreEducator:
		default:
			persons(g.Area, indicators.MeasureFrontline, g)
		}
		if g.AgeKnown {
			for a := g.Area; a != ""; a = parent[a] {
				if ages[a] == nil {
					ages[a] = map[int]int64{}
				}
				ages[a][g.Age] += g.Workers
			}
		}
	}
	for _, p := range ps {
		if p.Status != workforce.PostFilled && p.Status != workforce.PostFundedVacant {
			continue
		}
		add(p.Area, indicators.MeasureFundedPosts, indicators.ScopePositions, "", p.Posts)
		add(p.Area, indicators.MeasureInCadre, indicators.ScopePositions, p.Cadre, p.Posts)
		if p.Status == workforce.PostFundedVacant {
			add(p.Area, indicators.MeasureVacantPosts, indicators.ScopePositions, "", p.Posts)
		} else {
			add(p.Area, indicators.MeasureFilledPosts, indicators.ScopePositions, "", p.Posts)
		}
		if p.Sector == workforce.SectorGovernment {
			add(p.Area, indicators.MeasureGovernment, indicators.ScopePositions, "", p.Posts)
		}
		switch p.Cadre {
		case workforce.CadreSupervisor:
			add(p.Area, indicators.MeasureSupervisors, indicators.ScopePositions, "", p.Posts)
		case workforce.CadreEducator:
		default:
			add(p.Area, indicators.MeasureFrontline, indicators.ScopePositions, "", p.Posts)
		}
	}
	f := indicators.AggregateFigures{Country: reg.Country, AsOf: asOf, PeriodStart: start, Areas: reg.Areas}
	value := func(s indicators.CountScope, n int64) workforce.Decimal {
		if s == indicators.ScopeFTE {
			return workforce.MustParseDecimal(fmt.Sprintf("%d.%02d", n/100, n%100))
		}
		return workforce.DecimalFromInt(n)
	}
	// Every measure for every area, zeros included, in a fixed order.
	for _, a := range reg.Areas {
		for _, m := range indicators.AggregateMeasureValues() {
			for _, s := range indicators.CountScopeValues() {
				cadres := []workforce.Cadre{""}
				if m == indicators.MeasureInCadre {
					cadres = workforce.CadreValues()
				}
				for _, c := range cadres {
					if !measureAllowed(m, s) {
						continue
					}
					f.Counts = append(f.Counts, indicators.AggregateCount{Area: a.Code, Measure: m, Scope: s, Cadre: c,
						Value: value(s, counts[key{a.Code, m, s, c}])})
				}
			}
		}
		f.Counts = append(f.Counts, indicators.AggregateCount{Area: a.Code, Measure: indicators.MeasureOfAge, Scope: indicators.ScopeHeadCount,
			Age: 30, Value: workforce.DecimalFromInt(ages[a.Code][30])})
		for age := 1; age < 127; age++ {
			if n := ages[a.Code][age]; n > 0 && age != 30 {
				f.Counts = append(f.Counts, indicators.AggregateCount{Area: a.Code, Measure: indicators.MeasureOfAge,
					Scope: indicators.ScopeHeadCount, Age: age, Value: workforce.DecimalFromInt(n)})
			}
		}
	}
	return f
}

// measureAllowed lists the scopes of each measure, as documented, minus
// the ones the conversion does not produce.
func measureAllowed(m indicators.AggregateMeasure, s indicators.CountScope) bool {
	switch m {
	case indicators.MeasureFundedPosts, indicators.MeasureVacantPosts, indicators.MeasureFilledPosts:
		return s == indicators.ScopePositions
	case indicators.MeasureWorkers:
		return s != indicators.ScopePositions // given as funded_posts
	case indicators.MeasureGovernment, indicators.MeasureFrontline, indicators.MeasureSupervisors, indicators.MeasureInCadre:
		return true
	case indicators.MeasureOfAge:
		return false // added separately
	case indicators.MeasurePartTime, indicators.MeasureRegistered:
		return s == indicators.ScopeHeadCount
	}
	return s != indicators.ScopePositions
}

// TestPropertyFewerBreakdownsSameFigures: asking for some breakdowns only
// (Options.Disaggregations) gives a subset of the results of asking for
// every one, each with the same figures, and every area result.
func TestPropertyFewerBreakdownsSameFigures(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		reg := genRegistry.Draw(t, "registry")
		tl, err := indicators.TallyRegistry(&reg, asOf, propRules)
		if err != nil {
			t.Fatal(err)
		}
		dims := rapid.SliceOfNDistinct(rapid.SampledFrom(indicators.DisaggregationValues()), 1, -1, rapid.ID).Draw(t, "dims")
		all, err := tl.Evaluate(indicators.Options{Norm: propNorm, Disaggregations: indicators.DisaggregationValues()})
		if err != nil {
			t.Fatal(err)
		}
		some, err := tl.Evaluate(indicators.Options{Norm: propNorm, Disaggregations: dims})
		if err != nil {
			t.Fatal(err)
		}
		key := func(r indicators.IndicatorResult) string {
			b, _ := json.Marshal(r.Cell)
			return string(r.Indicator) + " " + string(b)
		}
		byKey := map[string]indicators.IndicatorResult{}
		for _, r := range all.Results {
			byKey[key(r)] = r
		}
		got := map[string]bool{}
		for _, r := range some.Results {
			want, ok := byKey[key(r)]
			if !ok {
				t.Fatalf("%s: not among the results with every breakdown", key(r))
			}
			if diff := jsonDiff(want, r); diff != "" {
				t.Fatalf("%s differs (-every breakdown +some):\n%s", key(r), diff)
			}
			got[key(r)] = true
		}
		for _, r := range all.Results {
			c := r.Cell
			if c.Sex == "" && c.Cadre == "" && c.Sector == "" && c.AgeBand == "" && c.Qualification == "" && c.Setting == "" && !got[key(r)] {
				t.Fatalf("%s: area result missing with breakdowns %v", key(r), dims)
			}
		}
	})
}
