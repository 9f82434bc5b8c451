package declaration_test

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/internal/gen"
	"github.com/sswkit/ssw/workforce"
)

// genDecimal draws a non-negative decimal with up to 6 integer and 4
// fraction digits.
func genDecimal() *rapid.Generator[workforce.Decimal] {
	return rapid.Custom(func(t *rapid.T) workforce.Decimal {
		return workforce.MustParseDecimal(gen.Fixed(6, 4).Draw(t, "decimal"))
	})
}

func add(a, b workforce.Decimal) workforce.Decimal {
	return workforce.DecimalOf(a.Decimal().Add(b.Decimal()))
}

// comparatorPlan is a plan with one target of the comparator on a
// catalogue ratio, baseline year 2022, target year 2030.
func comparatorPlan(c declaration.Comparator, threshold workforce.Decimal) declaration.Plan {
	return declaration.Plan{
		ID: "PROP.plan", Country: "TH", Title: "Property plan", Instrument: "Test",
		Issued: workforce.MustParseDate("2022-01-01"), StartYear: 2022, EndYear: 2030,
		Targets: []declaration.Target{{ID: "T", Indicator: indicators.SSWDenChild, Comparator: c, Threshold: threshold,
			BaselineYear: 2022, TargetYear: 2030, Reach: declaration.ReachNational, Confidence: declaration.ConfidenceConfirmed}},
		Confidence: declaration.ConfidenceConfirmed,
	}
}

func evaluateValue(t *rapid.T, p declaration.Plan, baseline, v workforce.Decimal, on string) declaration.TargetEvaluation {
	data := declaration.ProgressData{AsOf: workforce.MustParseDate(on), Observations: []declaration.Observation{
		{Country: "TH", Indicator: indicators.SSWDenChild, Date: workforce.MustParseDate("2022-12-31"), Value: baseline, Source: testSource},
		{Country: "TH", Indicator: indicators.SSWDenChild, Date: workforce.MustParseDate(on), Value: v, Source: testSource},
	}}
	r, err := declaration.EvaluateTarget(p, "T", "", data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A threshold target met at value v stays met for larger values (at
// least, relative increase) and smaller values (at most, relative
// decrease); on-track likewise stays on track.
func TestPropertyThresholdMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom([]declaration.Comparator{declaration.AtLeast, declaration.AtMost, declaration.RelativeIncrease, declaration.RelativeDecrease}).Draw(t, "comparator")
		threshold := genDecimal().Draw(t, "threshold")
		if c.IsRelative() {
			threshold = workforce.MustParseDecimal(rapid.SampledFrom([]string{"1", "5", "12.5", "20", "50", "99.99", "100"}).Draw(t, "percent"))
		}
		baseline := add(genDecimal().Draw(t, "baseline"), workforce.MustParseDecimal("0.0001"))
		v := genDecimal().Draw(t, "v")
		delta := genDecimal().Draw(t, "delta")
		on := rapid.SampledFrom([]string{"2024-06-30", "2027-01-01", "2030-12-31"}).Draw(t, "on")
		p := comparatorPlan(c, threshold)
		r1 := evaluateValue(t, p, baseline, v, on)
		better := add(v, delta)
		if c == declaration.AtMost || c == declaration.RelativeDecrease {
			d := v.Decimal().Sub(delta.Decimal())
			if d.Sign() < 0 {
				d = decimal.Zero
			}
			better = workforce.DecimalOf(d)
		}
		r2 := evaluateValue(t, p, baseline, better, on)
		if r1.Outcome == declaration.OutcomeMet && r2.Outcome != declaration.OutcomeMet {
			t.Fatalf("%s %s: met at %s but %s at %s", c, threshold, v, r2.Outcome, better)
		}
		if r1.Trajectory == declaration.OnTrack && r2.Trajectory != declaration.OnTrack {
			t.Fatalf("%s %s: on track at %s but %s at %s", c, threshold, v, r2.Trajectory, better)
		}
		if r1.Outcome != declaration.OutcomeMet && r1.Outcome != declaration.OutcomeNotMet {
			t.Fatalf("outcome %s (%s) with full data", r1.Outcome, r1.Message)
		}
	})
}

// The relative comparison agrees with its definition written with exact
// multiplication: v × 100 ≥ b × (100 + p).
func TestPropertyRelativeIncreaseExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := add(genDecimal().Draw(t, "p"), workforce.MustParseDecimal("0.01"))
		b := add(genDecimal().Draw(t, "b"), workforce.MustParseDecimal("1"))
		v := genDecimal().Draw(t, "v")
		r := evaluateValue(t, comparatorPlan(declaration.RelativeIncrease, p), b, v, "2030-12-31")
		hundred := decimal.NewFromInt(100)
		want := v.Decimal().Mul(hundred).Cmp(b.Decimal().Mul(hundred.Add(p.Decimal()))) >= 0
		if (r.Outcome == declaration.OutcomeMet) != want {
			t.Fatalf("b %s p %s v %s: outcome %s, want met=%v", b, p, v, r.Outcome, want)
		}
	})
}

// A missing baseline is unknown, never not met, whatever the value.
func TestPropertyMissingBaselineUnknown(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom([]declaration.Comparator{declaration.RelativeIncrease, declaration.RelativeDecrease}).Draw(t, "comparator")
		v := genDecimal().Draw(t, "v")
		data := declaration.ProgressData{AsOf: workforce.MustParseDate("2030-12-31"), Observations: []declaration.Observation{
			{Country: "TH", Indicator: indicators.SSWDenChild, Date: workforce.MustParseDate("2030-12-31"), Value: v, Source: testSource},
		}}
		r, err := declaration.EvaluateTarget(comparatorPlan(c, workforce.MustParseDecimal("10")), "T", "", data)
		if err != nil {
			t.Fatal(err)
		}
		if r.Outcome != declaration.OutcomeUnknown || r.Reason != declaration.ReasonBaselineMissing {
			t.Fatalf("outcome %s (%s)", r.Outcome, r.Reason)
		}
	})
}

var allStatuses = []declaration.ImplementationStatus{declaration.StatusNotStarted, declaration.StatusPlanned, declaration.StatusInProgress, declaration.StatusAchieved}

// genStatuses draws a status for some of the commitments.
func genStatuses() *rapid.Generator[map[declaration.CommitmentID]declaration.ImplementationStatus] {
	return rapid.Custom(func(t *rapid.T) map[declaration.CommitmentID]declaration.ImplementationStatus {
		m := map[declaration.CommitmentID]declaration.ImplementationStatus{}
		for _, id := range declaration.CommitmentIDs() {
			if rapid.IntRange(0, 3).Draw(t, "skip") > 0 {
				m[id] = rapid.SampledFrom(allStatuses).Draw(t, string(id))
			}
		}
		return m
	})
}

func inBounds(d workforce.Decimal) bool {
	return d.Decimal().Sign() >= 0 && d.Decimal().Cmp(decimal.NewFromInt(100)) <= 0
}

// Scorecards lie in their documented bounds, validate, and survive a JSON
// round trip through the strict decoder.
func TestPropertyScorecardBounds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		sc := scorecardFor(t, "ID", genStatuses().Draw(t, "statuses"))
		if err := sc.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, c := range sc.Commitments {
			if !inBounds(c.Score) || c.Points < 0 || c.Points > c.MaxPoints {
				t.Fatalf("commitment score out of bounds: %+v", c)
			}
		}
		if sc.Assessed+len(sc.Missing) != 11 || sc.Points > sc.MaxPoints {
			t.Fatalf("totals %+v", sc)
		}
		if (sc.Status == declaration.ScoreDefined) != (sc.Assessed > 0) {
			t.Fatalf("status %s with %d assessed", sc.Status, sc.Assessed)
		}
		if sc.Status == declaration.ScoreDefined && !inBounds(sc.Overall) {
			t.Fatalf("overall %s", sc.Overall)
		}
		b, err := json.Marshal(sc)
		if err != nil {
			t.Fatal(err)
		}
		var back declaration.Scorecard
		if err := workforce.Decode(b, &back); err != nil {
			t.Fatal(err)
		}
		if b2, _ := json.Marshal(back); !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed\n%s\n%s", b, b2)
		}
	})
}

// Raising one commitment's status never lowers its score, the country's
// overall score or the regional scores.
func TestPropertyScoreMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		statuses := genStatuses().Draw(t, "statuses")
		id := rapid.SampledFrom(declaration.CommitmentIDs()).Draw(t, "raised")
		from := rapid.IntRange(0, 3).Draw(t, "from")
		to := rapid.IntRange(from, 3).Draw(t, "to")
		statuses[id] = allStatuses[from]
		other := scorecardFor(t, "SG", genStatuses().Draw(t, "other"))
		low := scorecardFor(t, "LA", statuses)
		statuses[id] = allStatuses[to]
		high := scorecardFor(t, "LA", statuses)
		lc, _ := low.Score(id)
		hc, _ := high.Score(id)
		if hc.Score.Cmp(lc.Score) < 0 || high.Overall.Cmp(low.Overall) < 0 {
			t.Fatalf("raising %s from %s to %s lowered a score", id, allStatuses[from], allStatuses[to])
		}
		rl, err := declaration.RollUp([]declaration.Scorecard{low, other})
		if err != nil {
			t.Fatal(err)
		}
		rh, err := declaration.RollUp([]declaration.Scorecard{high, other})
		if err != nil {
			t.Fatal(err)
		}
		n := id.Number() - 1
		if rh.Overall.Cmp(rl.Overall) < 0 || rh.Commitments[n].Score.Cmp(rl.Commitments[n].Score) < 0 {
			t.Fatalf("raising %s lowered a regional score", id)
		}
	})
}

// genCards draws scorecards for distinct member states.
func genCards() *rapid.Generator[[]declaration.Scorecard] {
	return rapid.Custom(func(t *rapid.T) []declaration.Scorecard {
		codes := []workforce.CountryCode{"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"}
		codes = rapid.Permutation(codes).Draw(t, "countries")[:rapid.IntRange(1, len(codes)).Draw(t, "n")]
		cards := make([]declaration.Scorecard, len(codes))
		for i, c := range codes {
			cards[i] = scorecardFor(t, c, genStatuses().Draw(t, string(c)))
		}
		return cards
	})
}

func encode(t *rapid.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The regional roll-up equals the roll-up of its parts, merged in any
// order, and does not depend on the order of the scorecards.
func TestPropertyRollUpOrderAndParts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cards := genCards().Draw(t, "cards")
		whole, err := declaration.RollUp(cards)
		if err != nil {
			t.Fatal(err)
		}
		if err := whole.Validate(); err != nil {
			t.Fatal(err)
		}
		if !inBounds(whole.Overall) && whole.Status == declaration.ScoreDefined {
			t.Fatalf("overall %s", whole.Overall)
		}
		for _, c := range whole.Commitments {
			if c.Status == declaration.ScoreDefined && !inBounds(c.Score) {
				t.Fatalf("commitment %s score %s", c.Commitment, c.Score)
			}
		}
		want := encode(t, whole)
		shuffled, err := declaration.RollUp(rapid.Permutation(cards).Draw(t, "shuffled"))
		if err != nil {
			t.Fatal(err)
		}
		if got := encode(t, shuffled); !bytes.Equal(got, want) {
			t.Fatalf("order changed the roll-up\n%s\n%s", got, want)
		}
		if len(cards) < 2 {
			return
		}
		// Split into three parts (the last possibly empty) and merge.
		perm := rapid.Permutation(cards).Draw(t, "partition")
		i := rapid.IntRange(1, len(perm)-1).Draw(t, "cut1")
		j := rapid.IntRange(i, len(perm)).Draw(t, "cut2")
		parts := [][]declaration.Scorecard{perm[:i], perm[i:j], perm[j:]}
		var rolled []declaration.RegionalScorecard
		for _, part := range parts {
			if len(part) == 0 {
				continue
			}
			r, err := declaration.RollUp(part)
			if err != nil {
				t.Fatal(err)
			}
			rolled = append(rolled, r)
		}
		rolled = rapid.Permutation(rolled).Draw(t, "merge order")
		merged := rolled[0]
		for _, r := range rolled[1:] {
			if merged, err = merged.Merge(r); err != nil {
				t.Fatal(err)
			}
		}
		if got := encode(t, merged); !bytes.Equal(got, want) {
			t.Fatalf("merged parts differ from the whole\n%s\n%s", got, want)
		}
	})
}

// Shipped plans and generated scorecards decode strictly from their own
// JSON and pass validation.
func TestPropertyRegionalRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, err := declaration.RollUp(genCards().Draw(t, "cards"))
		if err != nil {
			t.Fatal(err)
		}
		b := encode(t, r)
		var back declaration.RegionalScorecard
		if err := workforce.Decode(b, &back); err != nil {
			t.Fatal(err)
		}
		if err := back.Validate(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(encode(t, back), b) {
			t.Fatal("round trip changed the roll-up")
		}
	})
}

// genProgressDraw draws valid progress data for Decision 112: figures of
// three measures for the nation and five provinces (two of which ceased
// in 2025, two of which absorbed them), on dates around the 2025
// mergers, from a few sources of different confidence that may disagree,
// with or without a caller's area change and named sources.
type progressDraw struct {
	data declaration.ProgressData
	seen map[string]bool // area|indicator|date|source keys drawn
}

var (
	propAreas      = []workforce.AreaCode{"", "VN-59", "VN-56", "VN-55", "VN-54", "VN-HP"}
	propIndicators = []indicators.IndicatorID{"VN112-SW-STAFFED", "VN112-STAFF-TRAINED", "VN112-PEOPLE-SUPPORTED"}
	propDates      = []string{"2020-12-31", "2022-12-31", "2024-12-31", "2025-06-30", "2025-07-01", "2025-12-31", "2026-12-31"}
	propConfidence = []declaration.Confidence{"", declaration.ConfidenceUnconfirmed, declaration.ConfidencePartial, declaration.ConfidenceConfirmed}
)

// drawObservation draws a figure of one of the sources; a source gives one
// value per thing and date, so a repeated key is skipped.
func (d *progressDraw) drawObservation(t *rapid.T, sources []string, label string) {
	area := rapid.SampledFrom(propAreas).Draw(t, label+" area")
	ind := rapid.SampledFrom(propIndicators).Draw(t, label+" indicator")
	date := rapid.SampledFrom(propDates).Draw(t, label+" date")
	src := rapid.SampledFrom(sources).Draw(t, label+" source")
	key := string(area) + "|" + string(ind) + "|" + date + "|" + src
	value := rapid.IntRange(2, 99).Draw(t, label+" value") // shares above 1, counts
	conf := rapid.SampledFrom(propConfidence).Draw(t, label+" confidence")
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	o := obs("VN", area, ind, date, strconv.Itoa(value))
	o.Source, o.Confidence = declaration.Citation{Title: src}, conf
	d.data.Observations = append(d.data.Observations, o)
}

func drawProgress(t *rapid.T) *progressDraw {
	d := &progressDraw{seen: map[string]bool{}}
	d.data.AsOf = workforce.MustParseDate(rapid.SampledFrom([]string{"2024-12-31", "2025-06-30", "2025-07-01", "2025-12-31", "2030-12-31"}).Draw(t, "as of"))
	for i, n := 0, rapid.IntRange(0, 40).Draw(t, "observations"); i < n; i++ {
		d.drawObservation(t, []string{"Ministry", "Province", "Press"}, "obs")
	}
	if rapid.Bool().Draw(t, "caller change") {
		d.data.AreaChanges = append(d.data.AreaChanges, declaration.AreaChange{Area: "VN-HP", Kind: declaration.ChangeBoundary, Effective: workforce.MustParseDate("2025-01-01")},
			declaration.AreaChange{Area: "VN-HN", Kind: declaration.ChangeBoundary, Effective: workforce.MustParseDate("2023-01-01")})
	}
	return d
}

func evaluateJSON(t *rapid.T, p declaration.Plan, data declaration.ProgressData) (declaration.PlanProgress, []byte) {
	pr, err := declaration.EvaluatePlan(p, data)
	if err != nil {
		t.Fatal(err)
	}
	return pr, encode(t, pr)
}

// TestPropertyEvaluationOrderInvariant: the evaluation does not depend on
// the order of the observations or of the area changes, whatever sources
// disagree and whatever areas ceased.
func TestPropertyEvaluationOrderInvariant(t *testing.T) {
	plan := declaration.VietNamDecision112()
	seen := map[string]int{}
	wanted := []string{"unknown sources_disagree", "not_applicable area_ceased", "needs_remapping area_changed", "met  stronger_confidence", "not_met  preferred_source"}
	missing := func() []string {
		var out []string
		for _, want := range wanted {
			if !slices.ContainsFunc(slices.Collect(maps.Keys(seen)), func(k string) bool { return strings.HasPrefix(k, want) }) {
				out = append(out, want)
			}
		}
		return out
	}
	// One round of 100 draws misses one of the rarer cases about once in
	// 25 runs; each round draws afresh, so checking until every case was
	// reached, at most 5 rounds, makes that miss practically impossible
	// without weakening the property, which holds in every round.
	for round := 0; round < 5 && (round == 0 || len(missing()) > 0); round++ {
		rapid.Check(t, orderInvariant(plan, seen))
	}
	// The draws reach the cases the property is about.
	for _, want := range missing() {
		t.Errorf("no draw gave %q: %v", want, seen)
	}
}

// orderInvariant is the property of TestPropertyEvaluationOrderInvariant;
// it counts the outcomes, reasons and source bases it sees in seen.
func orderInvariant(plan declaration.Plan, seen map[string]int) func(*rapid.T) {
	return func(t *rapid.T) {
		d := drawProgress(t)
		if rapid.Bool().Draw(t, "named") {
			d.data.PreferredSources = []string{"Press"}
		}
		pr, want := evaluateJSON(t, plan, d.data)
		for _, r := range pr.Evaluations {
			seen[string(r.Outcome)+" "+string(r.Reason)+" "+string(r.SourceBasis)]++
		}
		shuffled := d.data
		shuffled.Observations = rapid.Permutation(d.data.Observations).Draw(t, "observations order")
		shuffled.AreaChanges = rapid.Permutation(d.data.AreaChanges).Draw(t, "changes order")
		if _, got := evaluateJSON(t, plan, shuffled); !bytes.Equal(got, want) {
			t.Fatalf("the order of the observations changed the evaluation:\n%s\n%s", want, got)
		}
	}
}

// TestPropertyNamedSourceStable: adding figures of another source never
// changes a result that names its source (source basis preferred_source).
func TestPropertyNamedSourceStable(t *testing.T) {
	plan := declaration.VietNamDecision112()
	named := 0
	rapid.Check(t, func(t *rapid.T) {
		d := drawProgress(t)
		d.data.PreferredSources = rapid.SampledFrom([][]string{{"Province"}, {"Press", "Ministry"}}).Draw(t, "named")
		before, _ := evaluateJSON(t, plan, d.data)
		for i, n := 0, rapid.IntRange(1, 20).Draw(t, "added"); i < n; i++ {
			d.drawObservation(t, []string{"Newcomer"}, "added")
		}
		after, _ := evaluateJSON(t, plan, d.data)
		type key struct {
			target workforce.ID
			area   workforce.AreaCode
		}
		later := map[key]declaration.TargetEvaluation{}
		for _, r := range after.Evaluations {
			later[key{r.Target, r.Area}] = r
		}
		for _, r := range before.Evaluations {
			if r.SourceBasis != declaration.SourcePreferred {
				continue
			}
			named++
			got, ok := later[key{r.Target, r.Area}]
			if a, b := encode(t, r), encode(t, got); !ok || !bytes.Equal(a, b) {
				t.Fatalf("adding a source changed a result that names its source:\n%s\n%s", a, b)
			}
		}
	})
	if named == 0 {
		t.Error("no draw gave a result that names its source: the property was not exercised")
	}
}
