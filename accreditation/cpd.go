package accreditation

import (
	"slices"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/internal/exact"
	"github.com/sswkit/ssw/workforce"
)

// CPDAssessment is the accounting of one CPD counting window, as done by
// the "cpd" requirement and returned by [AssessCPD]. Quantities are in
// Unit and exact (conversions may give up to four decimals).
type CPDAssessment struct {
	// Outcome is the result after exemptions and deferral.
	Outcome Outcome `json:"outcome"`
	// Reason explains it (satisfied, below_minimum, exempted, deferred,
	// parameter_unconfirmed, missing_fact, …).
	Reason FindingReason `json:"reason"`
	// WindowStart and WindowEnd bound the counting window.
	WindowStart workforce.CivilDate `json:"window_start,omitzero"`
	WindowEnd   workforce.CivilDate `json:"window_end,omitzero"`
	// Unit is what the quantities count.
	Unit CPDUnit `json:"unit"`
	// Required is the total needed (phase-in and owed obligations
	// included); unset when the rule's total is not confirmed.
	Required workforce.Decimal `json:"required,omitzero"`
	// Raw is the converted total before caps.
	Raw workforce.Decimal `json:"raw,omitzero"`
	// Counted is the total after caps.
	Counted workforce.Decimal `json:"counted,omitzero"`
	// CarriedIn is the excess carried from the previous window.
	CarriedIn workforce.Decimal `json:"carried_in,omitzero"`
	// CarryOut is the excess this window carries to the next.
	CarryOut workforce.Decimal `json:"carry_out,omitzero"`
	// Shortfall is what is missing (the larger of the total shortfall and
	// the sum of the minimums' shortfalls).
	Shortfall workforce.Decimal `json:"shortfall,omitzero"`
	// Records is the number of activities that counted.
	Records int `json:"records"`
	// ActivityTypes is the number of distinct activity types that counted.
	ActivityTypes int `json:"activity_types"`
	// Limits reports each cap and minimum.
	Limits []CPDLimitResult `json:"limits,omitempty"`
	// Exemption names the exemption applied, if any.
	Exemption workforce.ID `json:"exemption,omitempty"`
	// Obligations are created by a deferral.
	Obligations []Obligation `json:"obligations,omitempty"`
}

// CPDLimitResult is the state of one [CPDLimit] in an assessment.
type CPDLimitResult struct {
	// ID is the limit's stable code.
	ID workforce.ID `json:"id"`
	// Outcome is met when the selected records reach the limit's minimum
	// amount and count (or it has none), not_met when they fall short, unknown
	// when it is not known whether the limit's circumstance applies to the
	// holder.
	Outcome Outcome `json:"outcome"`
	// Raw is what the selected records are worth before the cap, in the rule's
	// unit.
	Raw workforce.Decimal `json:"raw"`
	// Counted is what they count towards the total after the cap.
	Counted workforce.Decimal `json:"counted"`
	// Count is the number of selected records.
	Count int `json:"count"`
}

// AssessCPD runs the CPD accounting of the scheme's renewal rule in force
// on asOf for the facts, with the exemptions and deferral of the rule.
// It is what a "cpd" requirement does, exposed for reports.
//
// The evaluation order is fixed and applies to every rule:
//
//  1. window: the held credential's current term (the credential of this
//     scheme with the latest issue date on or before asOf: issue date to
//     expiry), the fixed cycle containing asOf (cycles start on
//     CycleStartMonth/CycleStartDay, every WindowMonths months counted
//     from the year 2000), or the WindowMonths ending on asOf;
//  2. select the records dated within the window and not after asOf;
//  3. convert each to units: a conversion for its activity (per hour, or
//     per activity; accredited-only conversions give 0 for records not
//     marked accredited), else hours (hours unit) or certified credits
//     (credits unit), falling back to credits as hours, or hours times
//     DefaultRate (1 when unset);
//  4. apply caps in the order the limits are listed: when the selected
//     records exceed a limit's Max, the excess is taken off the latest
//     records first, so the earliest activities keep their value;
//  5. check minimums on the capped amounts (special hours count inside
//     the total, never beside it) and minimum counts; a minimum tied to a
//     circumstance applies only to holders with it;
//  6. check the total: counted + carried-in ≥ Total × phase-in percentage
//     + obligations owed by the end of this window (each capped by the
//     rule's first matching transition, by its creation date); then the number of
//     activities, the number of distinct activity types and the share
//     from accredited providers (a share of the required total);
//  7. carry-over: the previous window (a term of the same length before
//     the current one, or the previous cycle; never for rolling windows)
//     is accounted the same way and its capped excess over its own total
//     is carried in, limited to CarryOverMax (capped) or to the units from
//     CarryOverActivities (by_activity); carried units never carry again,
//     and this window's own capped excess is reported as CarryOut;
//  8. exemptions: if one applies, the outcome is met (exempted);
//  9. deferral: a shortfall becomes met (deferred) when the deferral is
//     open on asOf and an undertaking document is dated within the window
//     or up to asOf; the shortfall, rounded up to two decimals, becomes an
//     [Obligation] due at the end of the next window (the current window's
//     end plus its length).
//
// An unconfirmed Total (unset) makes the total check unknown, never met or
// not met.
func AssessCPD(s Scheme, f Facts, asOf workforce.CivilDate) (CPDAssessment, error) {
	e, err := NewEvaluator(s, PurposeRenewal)
	if err != nil {
		return CPDAssessment{}, err
	}
	if err := f.Validate(); err != nil {
		return CPDAssessment{}, inputError("facts", err)
	}
	var v *RuleVersion
	if cv := e.inForce(asOf); cv != nil {
		v = cv.v
	}
	if v == nil || v.CPD == nil {
		return CPDAssessment{Outcome: OutcomeNotApplicable, Reason: ReasonNoRuleVersion}, nil
	}
	r := &Requirement{ID: "cpd", Kind: ReqCPD}
	n := compile(&e.scheme, v, r, v.Source)
	c := ctx{e: e, f: &f, asOf: asOf, explain: true}
	var a CPDAssessment
	c.assessment = &a
	o, fnd := c.eval(&n)
	if fnd.Reason == ReasonExempted {
		a = CPDAssessment{Unit: v.CPD.Unit}
		for _, cf := range fnd.Conditions {
			if cf.Outcome == OutcomeMet {
				a.Exemption = cf.Code
				break
			}
		}
	}
	a.Outcome, a.Reason = o, fnd.Reason
	a.Obligations = c.obligations
	return a, nil
}

// cpdPlan holds a CPD rule's parameters as [exact.Fixed] coefficients in
// units of the rule (scale 4: ten-thousandths; rates at scale 2). Hours
// and credits have at most two decimals and rates at most two, so a
// converted amount is exact at scale 4. Validation bounds rates at 1000
// and quantities at 9,999,999.99, so sums of many records stay far from
// overflow; they saturate all the same ([exact.SatAdd]).
type cpdPlan struct {
	rule        *CPDRule
	total       int64
	hasTotal    bool
	defaultRate int64 // hundredths
	convRate    []int64
	convFixed   []int64
	limMin      []int64
	limMax      []int64
	carryMax    int64
}

const unitScale = 4

func planCPD(r *CPDRule) *cpdPlan {
	p := &cpdPlan{rule: r, hasTotal: !r.Total.IsZero(), total: r.Total.Hundredths() * 100, defaultRate: 100}
	if !r.DefaultRate.IsZero() {
		p.defaultRate = fixedAt(r.DefaultRate.Decimal(), 2)
	}
	for _, cv := range r.Conversions {
		var rate int64
		if !cv.PerHour.IsZero() {
			rate = fixedAt(cv.PerHour.Decimal(), 2)
		}
		p.convRate = append(p.convRate, rate)
		p.convFixed = append(p.convFixed, cv.PerActivity.Hundredths()*100)
	}
	for _, l := range r.Limits {
		p.limMin = append(p.limMin, l.Min.Hundredths()*100)
		p.limMax = append(p.limMax, l.Max.Hundredths()*100)
	}
	p.carryMax = r.CarryOverMax.Hundredths() * 100
	return p
}

// credit converts one record to units (ten-thousandths).
func (p *cpdPlan) credit(rec *workforce.CPDRecord) int64 {
	r := p.rule
	for i := range r.Conversions {
		cv := &r.Conversions[i]
		if cv.Activity != rec.Activity {
			continue
		}
		if cv.AccreditedOnly && !rec.Accredited {
			return 0
		}
		if p.convFixed[i] > 0 {
			return p.convFixed[i]
		}
		if rec.Hours.IsZero() {
			return rec.Credits.Hundredths() * 100
		}
		return exact.SatMul(rec.Hours.Hundredths(), p.convRate[i])
	}
	if r.Unit == UnitHours {
		if !rec.Hours.IsZero() {
			return rec.Hours.Hundredths() * 100
		}
		return rec.Credits.Hundredths() * 100
	}
	if !rec.Credits.IsZero() {
		return rec.Credits.Hundredths() * 100
	}
	return exact.SatMul(rec.Hours.Hundredths(), p.defaultRate)
}

func (l *CPDLimit) selects(rec *workforce.CPDRecord) bool {
	if len(l.Categories) > 0 && !slices.Contains(l.Categories, rec.Category) {
		return false
	}
	if len(l.Activities) > 0 && !slices.Contains(l.Activities, rec.Activity) {
		return false
	}
	if len(l.Topics) > 0 && !slices.ContainsFunc(rec.Topics, func(t workforce.CPDTopic) bool { return slices.Contains(l.Topics, t) }) {
		return false
	}
	return true
}

// ledger is the accounting of one window.
type ledger struct {
	idx     []int   // records in the window, by date then index
	credit  []int64 // capped credit per entry of idx
	raw     int64
	counted int64
	limRaw  []int64
	buf     [32]int
	cbuf    [32]int64
}

func (p *cpdPlan) account(recs []workforce.CPDRecord, from, to workforce.CivilDate, l *ledger) {
	l.idx, l.credit = l.buf[:0], l.cbuf[:0]
	for i := range recs {
		if recs[i].Date.Within(from, to) {
			l.idx = append(l.idx, i)
		}
	}
	slices.SortStableFunc(l.idx, func(a, b int) int { return recs[a].Date.Compare(recs[b].Date) })
	for _, i := range l.idx {
		v := p.credit(&recs[i])
		l.credit = append(l.credit, v)
		l.raw = exact.SatAdd(l.raw, v)
	}
	r := p.rule
	l.limRaw = make([]int64, len(r.Limits))
	for k := range r.Limits {
		lim := &r.Limits[k]
		var sum int64
		for j, i := range l.idx {
			if lim.selects(&recs[i]) {
				sum = exact.SatAdd(sum, l.credit[j])
			}
		}
		l.limRaw[k] = sum
		if p.limMax[k] <= 0 || lim.Max.IsZero() || sum <= p.limMax[k] {
			continue
		}
		excess := sum - p.limMax[k]
		for j := len(l.idx) - 1; j >= 0 && excess > 0; j-- {
			if !lim.selects(&recs[l.idx[j]]) {
				continue
			}
			cut := min(l.credit[j], excess)
			l.credit[j] -= cut
			excess -= cut
		}
	}
	for _, v := range l.credit {
		l.counted = exact.SatAdd(l.counted, v)
	}
}

// required returns the total needed on asOf before obligations.
func (p *cpdPlan) required(asOf workforce.CivilDate) int64 {
	pct := decimal.Decimal{}
	found := false
	for _, ph := range p.rule.PhaseIn {
		if asOf.Within(ph.From, ph.To) {
			pct, found = ph.Percent.Decimal(), true
		}
	}
	if !found {
		return p.total
	}
	v := decimal.New(p.total, -unitScale).Mul(pct).Shift(-2).RoundCeil(unitScale)
	return fixedAt(v, unitScale)
}

// fixedAt returns d as an [exact.Fixed] coefficient at the scale, or 0
// when d has more decimals or does not fit (validation bounds rates at
// two decimals and 1000, and totals at two decimals).
func fixedAt(d decimal.Decimal, scale int) int64 {
	f, err := exact.FromDecimal(d)
	if err != nil {
		return 0
	}
	g, ok := f.Rescale(scale)
	if !ok {
		return 0
	}
	return g.Coef
}

// fixedText renders the coefficient v at the scale without trailing
// fraction zeros ("48", "12.5", "0.495"); whole numbers go through
// strconv, which does not allocate for small ones.
func fixedText(v int64, scale int) string {
	f := exact.New(v, scale).TrimZeros()
	if f.Scale == 0 {
		return strconv.FormatInt(f.Coef, 10)
	}
	return f.String()
}

// fixedDecimal returns an amount in units (ten-thousandths) as a decimal
// without trailing fraction zeros ("48", "12.5", "0.495").
func fixedDecimal(v int64) workforce.Decimal {
	return workforce.DecimalOf(exact.New(v, unitScale).TrimZeros().Decimal())
}

// licenceTermWindow: the held credential's current term (the credential
// of this scheme with the latest issue date on or before asOf: issue date
// to expiry), and before it a term of the same length.
func licenceTermWindow(c *ctx, _ *CPDRule) (from, to, prevFrom, prevTo workforce.CivilDate, fail leaf, ok bool) {
	f := c.f
	if !f.known(ListCredentials, len(f.Credentials)) {
		return from, to, prevFrom, prevTo, missing("/credentials"), false
	}
	at := -1
	for i := range f.Credentials {
		cr := &f.Credentials[i]
		if cr.SchemeID == c.e.scheme.ID && !cr.Issued.After(c.asOf) && (at < 0 || cr.Issued.After(f.Credentials[at].Issued)) {
			at = i
		}
	}
	if at < 0 {
		return from, to, prevFrom, prevTo, leaf{o: OutcomeNotMet, reason: ReasonNoMatch, path: "/credentials", found: "no term of " + string(c.e.scheme.ID) + " held to count CPD in"}, false
	}
	cr := &f.Credentials[at]
	if cr.Expires.IsZero() {
		return from, to, prevFrom, prevTo, missing(c.path("/credentials", at) + c.sfx("/expires")), false
	}
	from, to = cr.Issued, cr.Expires
	length := workforce.DaysBetween(from, to) + 1
	prevTo = from.AddDays(-1)
	prevFrom = from.AddDays(-length)
	return from, to, prevFrom, prevTo, leaf{}, true
}

// fixedCycleWindow: the cycle containing asOf (cycles start on
// CycleStartMonth/CycleStartDay, every WindowMonths months counted from
// the year 2000), and the cycle before it.
func fixedCycleWindow(c *ctx, r *CPDRule) (from, to, prevFrom, prevTo workforce.CivilDate, fail leaf, ok bool) {
	w := r.WindowMonths
	base := workforce.MustNewDate(2000, time.Month(r.CycleStartMonth), r.CycleStartDay)
	m := (c.asOf.Year()-2000)*12 + int(c.asOf.Month()) - r.CycleStartMonth
	k := m / w
	if m < 0 && m%w != 0 {
		k--
	}
	from = base.AddMonths(k * w)
	for from.After(c.asOf) {
		k--
		from = base.AddMonths(k * w)
	}
	for next := base.AddMonths((k + 1) * w); !next.After(c.asOf); next = base.AddMonths((k + 1) * w) {
		k++
		from = next
	}
	to = base.AddMonths((k + 1) * w).AddDays(-1)
	prevFrom, prevTo = base.AddMonths((k-1)*w), from.AddDays(-1)
	return from, to, prevFrom, prevTo, leaf{}, true
}

// rollingWindow: the WindowMonths ending on asOf; nothing carries over
// into a rolling window.
func rollingWindow(c *ctx, r *CPDRule) (from, to, prevFrom, prevTo workforce.CivilDate, fail leaf, ok bool) {
	return c.asOf.AddMonths(-r.WindowMonths).AddDays(1), c.asOf, prevFrom, prevTo, leaf{}, true
}

func (c *ctx) hasCircumstance(x Circumstance) tri {
	f := c.f
	if !f.known(ListCircumstances, len(f.Circumstances)) {
		return maybe
	}
	if slices.Contains(f.Circumstances, x) {
		return yes
	}
	return no
}

// cpdLeaf evaluates a cpd requirement: steps 1–7 and 9 of [AssessCPD];
// exemptions (step 8) are applied by the node wrapper before this runs.
func (c *ctx) cpdLeaf(n *node) leaf {
	f, r := c.f, n.cpd
	if r == nil {
		return leaf{o: OutcomeUnknown, reason: ReasonParameterUnconfirmed}
	}
	if !f.known(ListCPD, len(f.CPD)) {
		return missing("/cpd")
	}
	from, to, prevFrom, prevTo, fail, ok := windowOf(r.Window).find(c, r)
	if !ok {
		return fail
	}
	p := n.plan()
	end := to
	if end.After(c.asOf) {
		end = c.asOf
	}
	var l ledger
	p.account(f.CPD, from, end, &l)

	var carriedIn int64
	carry := carryOf(r.CarryOver).carry
	if carry != nil && !prevFrom.IsZero() && p.hasTotal {
		var pl ledger
		p.account(f.CPD, prevFrom, prevTo, &pl)
		if excess := pl.counted - p.required(prevTo); excess > 0 {
			carriedIn = carry(p, f.CPD, &pl, excess)
		}
	}

	var owed int64
	var rewritten []Finding
	for i := range f.Obligations {
		ob := &f.Obligations[i]
		if ob.Kind != ObligationCPDShortfall || ob.SchemeID != c.e.scheme.ID || !ob.DueBy.Within(from, to) {
			continue
		}
		amount := ob.Amount.Hundredths() * 100
		if tr := transitionFor(r, ob.Created); tr != nil {
			limit := tr.Max.Hundredths() * 100
			if tr.AtMostTotal {
				limit = p.total // unknown when the total is: the total check is then unknown anyway
			}
			if amount > limit {
				if c.explain {
					rewritten = append(rewritten, Finding{Code: subCode(n.r.ID, tr.ID), Outcome: OutcomeMet, Reason: ReasonSatisfied,
						Path: c.path("/obligations", i), Found: "owed " + fixedText(amount, unitScale) + ", counted " + fixedText(limit, unitScale), Source: n.src,
						Message: "CPD transition " + string(tr.ID) + ": an obligation created on " + ob.Created.String() + " owes at most " + fixedText(limit, unitScale)})
				}
				amount = limit
			}
		}
		owed = exact.SatAdd(owed, amount)
	}

	var outs [8]Outcome
	checks := outs[:0]
	kids := rewritten
	add := func(code workforce.ID, o Outcome, reason FindingReason, found, req string) {
		checks = append(checks, o)
		if c.explain {
			kids = append(kids, Finding{Code: subCode(n.r.ID, code), Outcome: o, Reason: reason, Path: "/cpd", Found: found, Required: req,
				Source: n.src, Message: "CPD " + string(code) + ": " + outcomePhrase(o)})
		}
	}
	var minShort int64
	var limits []CPDLimitResult
	for k := range r.Limits {
		lim := &r.Limits[k]
		var sum int64
		count := 0
		for j, i := range l.idx {
			if lim.selects(&f.CPD[i]) {
				sum = exact.SatAdd(sum, l.credit[j])
				if l.credit[j] > 0 {
					count++
				}
			}
		}
		o, reason := OutcomeMet, ReasonSatisfied
		if !lim.Min.IsZero() || lim.MinCount > 0 {
			short := !lim.Min.IsZero() && sum < p.limMin[k] || lim.MinCount > 0 && count < lim.MinCount
			if short {
				applies := yes
				if lim.Circumstance != "" {
					applies = c.hasCircumstance(lim.Circumstance)
				}
				switch applies {
				case yes:
					o, reason = OutcomeNotMet, ReasonBelowMinimum
					if !lim.Min.IsZero() && sum < p.limMin[k] {
						minShort = exact.SatAdd(minShort, p.limMin[k]-sum)
					}
				case maybe:
					o, reason = OutcomeUnknown, ReasonMissingFact
				}
			}
		}
		if c.assessment != nil {
			limits = append(limits, CPDLimitResult{ID: lim.ID, Outcome: o, Raw: fixedDecimal(l.limRaw[k]), Counted: fixedDecimal(sum), Count: count})
		}
		if c.explain {
			found := fixedText(sum, unitScale)
			if l.limRaw[k] != sum {
				found += " (capped from " + fixedText(l.limRaw[k], unitScale) + ")"
			}
			if lim.MinCount > 0 {
				found += ", " + strconv.Itoa(count) + " activities"
			}
			add(lim.ID, o, reason, found, limitText(lim))
		} else {
			checks = append(checks, o)
		}
	}

	need := int64(-1)
	if p.hasTotal {
		need = exact.SatAdd(p.required(c.asOf), owed)
	}
	have := exact.SatAdd(l.counted, carriedIn)
	var totalShort int64
	switch {
	case need < 0:
		add("total", OutcomeUnknown, ReasonParameterUnconfirmed, fixedText(have, unitScale), "the total for this scheme is not confirmed")
	case have >= need:
		add("total", OutcomeMet, ReasonSatisfied, fixedText(have, unitScale), "at least "+fixedText(need, unitScale))
	default:
		totalShort = need - have
		add("total", OutcomeNotMet, ReasonBelowMinimum, fixedText(have, unitScale), "at least "+fixedText(need, unitScale))
	}

	records, types := 0, 0
	var seen [16]workforce.CPDActivity
	kinds := seen[:0]
	var accredited int64
	for j, i := range l.idx {
		if l.credit[j] <= 0 {
			continue
		}
		records++
		if !slices.Contains(kinds, f.CPD[i].Activity) {
			kinds = append(kinds, f.CPD[i].Activity)
		}
		if f.CPD[i].Accredited {
			accredited = exact.SatAdd(accredited, l.credit[j])
		}
	}
	types = len(kinds)
	if r.MinRecords > 0 {
		o, reason := OutcomeMet, ReasonSatisfied
		if records < r.MinRecords {
			o, reason = OutcomeNotMet, ReasonBelowMinimum
		}
		add("records", o, reason, strconv.Itoa(records), "at least "+strconv.Itoa(r.MinRecords)+" activities")
	}
	if r.MinActivityTypes > 0 {
		o, reason := OutcomeMet, ReasonSatisfied
		if types < r.MinActivityTypes {
			o, reason = OutcomeNotMet, ReasonBelowMinimum
		}
		add("activity_types", o, reason, strconv.Itoa(types), "at least "+strconv.Itoa(r.MinActivityTypes)+" activity types")
	}
	if !r.MinAccreditedShare.IsZero() {
		switch {
		case need < 0:
			add("accredited_share", OutcomeUnknown, ReasonParameterUnconfirmed, fixedText(accredited, unitScale), "a share of an unconfirmed total")
		default:
			want := decimal.New(need, -unitScale).Mul(r.MinAccreditedShare.Decimal()).Shift(-2)
			o, reason := OutcomeMet, ReasonSatisfied
			if decimal.New(accredited, -unitScale).Cmp(want) < 0 {
				o, reason = OutcomeNotMet, ReasonBelowMinimum
			}
			add("accredited_share", o, reason, fixedText(accredited, unitScale), "at least "+want.String()+" from accredited providers")
		}
	}

	var carryOut int64
	if carry != nil {
		used := max(int64(0), need-carriedIn)
		if excess := l.counted - used; need >= 0 && excess > 0 {
			carryOut = carry(p, f.CPD, &l, excess)
		}
		if c.explain {
			kids = append(kids, Finding{Code: subCode(n.r.ID, "carry_over"), Outcome: OutcomeMet, Reason: ReasonSatisfied, Path: "/cpd",
				Found: "carried in " + fixedText(carriedIn, unitScale) + ", carries out " + fixedText(carryOut, unitScale), Source: n.src,
				Message: "CPD carry-over (" + string(r.CarryOver) + "): reported, not a condition"})
		}
	}

	o := allOf(checks)
	if o == OutcomeNotApplicable {
		o = OutcomeMet
	}
	shortfall := max(totalShort, minShort)
	reason := ReasonSatisfied
	switch o {
	case OutcomeNotMet:
		reason = ReasonBelowMinimum
	case OutcomeUnknown:
		reason = ReasonMissingFact
		if need < 0 {
			reason = ReasonParameterUnconfirmed
		}
	}

	if o == OutcomeNotMet && r.Deferral != nil && c.asOf.Within(r.Deferral.From, r.Deferral.Until) {
		d := r.Deferral
		switch t := c.undertaking(d.Document, from); t {
		case yes:
			o, reason = OutcomeMet, ReasonDeferred
			if shortfall > 0 {
				due := to.AddDays(workforce.DaysBetween(from, to) + 1)
				amount, _ := workforce.ParseCredits(fixedText((shortfall+99)/100, 2))
				src := d.Source
				if src.IsZero() {
					src = n.src
				}
				c.obligations = append(c.obligations, Obligation{Kind: ObligationCPDShortfall, SchemeID: c.e.scheme.ID, Requirement: n.r.ID,
					Amount: amount, Unit: r.Unit, Created: c.asOf, DueBy: due, Source: src})
			}
			if c.explain {
				kids = append(kids, Finding{Code: subCode(n.r.ID, d.ID), Outcome: OutcomeMet, Reason: ReasonDeferred, Path: "/documents",
					Found: "shortfall " + fixedText(shortfall, unitScale) + " owed", Source: n.src,
					Message: "CPD deferral " + string(d.ID) + ": the shortfall is owed in the next cycle"})
			}
		case maybe:
			o, reason = OutcomeUnknown, ReasonMissingFact
		}
	}

	if a := c.assessment; a != nil {
		*a = CPDAssessment{Outcome: o, Reason: reason, WindowStart: from, WindowEnd: to, Unit: r.Unit,
			Raw: fixedDecimal(l.raw), Counted: fixedDecimal(l.counted), Records: records, ActivityTypes: types, Limits: limits}
		if need >= 0 {
			a.Required = fixedDecimal(need)
		}
		if carriedIn > 0 {
			a.CarriedIn = fixedDecimal(carriedIn)
		}
		if carryOut > 0 {
			a.CarryOut = fixedDecimal(carryOut)
		}
		if shortfall > 0 {
			a.Shortfall = fixedDecimal(shortfall)
		}
	}
	found := ""
	if c.explain {
		found = fixedText(have, unitScale) + " " + string(r.Unit) + " counted in " + from.String() + " to " + to.String()
	}
	return leaf{o: o, reason: reason, path: "/cpd", found: found, kids: kids}
}

// transitionFor returns the first transition of the rule that rewrites an
// obligation created on d.
func transitionFor(r *CPDRule, d workforce.CivilDate) *CPDTransition {
	for i := range r.Transitions {
		if d.Within(r.Transitions[i].CreatedFrom, r.Transitions[i].CreatedUntil) {
			return &r.Transitions[i]
		}
	}
	return nil
}

// undertaking looks for a deferral document dated from the window start
// up to asOf.
func (c *ctx) undertaking(kind DocumentKind, from workforce.CivilDate) tri {
	f := c.f
	if !f.known(ListDocuments, len(f.Documents)) {
		return maybe
	}
	best := no
	for i := range f.Documents {
		d := &f.Documents[i]
		if d.Kind != kind {
			continue
		}
		switch {
		case d.Date.IsZero():
			best = max(best, maybe)
		case d.Date.Within(from, c.asOf):
			return yes
		}
	}
	return best
}

// carryByActivity: the excess, limited to the units from the listed
// activity types (and to CarryOverMax when set).
func carryByActivity(p *cpdPlan, recs []workforce.CPDRecord, l *ledger, excess int64) int64 {
	r := p.rule
	var from int64
	for j, i := range l.idx {
		if slices.Contains(r.CarryOverActivities, recs[i].Activity) {
			from = exact.SatAdd(from, l.credit[j])
		}
	}
	if !r.CarryOverMax.IsZero() {
		from = min(from, p.carryMax)
	}
	return min(excess, from)
}

// cpdRequired renders the total a CPD rule asks for.
func cpdRequired(r *CPDRule) string {
	window := windowOf(r.Window).text(r)
	switch {
	case r.Total.IsZero():
		return "a total not confirmed for this scheme, in " + window
	case r.Total.Decimal().Sign() == 0:
		return "no total; the listed conditions in " + window
	}
	return "at least " + r.Total.String() + " " + string(r.Unit) + " in " + window
}

func limitText(l *CPDLimit) string {
	var s string
	if !l.Min.IsZero() {
		s = "at least " + l.Min.String()
	}
	if !l.Max.IsZero() {
		if s != "" {
			s += ", "
		}
		s += "at most " + l.Max.String() + " counted"
	}
	if l.MinCount > 0 {
		if s != "" {
			s += ", "
		}
		s += "at least " + strconv.Itoa(l.MinCount) + " activities"
	}
	if l.Circumstance != "" {
		s += " (for " + string(l.Circumstance) + ")"
	}
	return s
}
