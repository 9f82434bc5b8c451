package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// group writes an integer with thousands separators: 1652 → "1,652".
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// groupDecimal groups the integer part of a decimal's text.
func groupDecimal(d workforce.Decimal) string {
	s := d.String()
	intPart, frac, hasFrac := strings.Cut(s, ".")
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return s
	}
	if hasFrac {
		return group(n) + "." + frac
	}
	return group(n)
}

// show renders a result for people: the presented value, or why there is
// none.
func show(r indicators.IndicatorResult) string {
	switch r.Status {
	case indicators.StatusOK, indicators.StatusUnreliable:
		v, err := r.Present()
		if err != nil {
			return "not available"
		}
		s := groupDecimal(v)
		if r.Indicator == indicators.SSWPopPerWorker || r.Indicator == indicators.SSWChildPerWorker {
			s = "1 : " + s
		}
		if strings.HasPrefix(r.Unit, "%") {
			s += " %"
		}
		if r.Status == indicators.StatusUnreliable {
			s += " (unreliable: few persons)"
		}
		return s
	case indicators.StatusSuppressed:
		return "suppressed"
	case indicators.StatusUndefined:
		return "undefined"
	case "":
		return "not computed"
	}
	return "not available"
}

func (j *journey) writeText(w io.Writer) {
	reg := &j.registry
	fmt.Fprintf(w, "ssw quickstart — %s data, Cambodia-shaped; not a real registry and not official statistics\n", examples.SyntheticLabel)
	fmt.Fprintf(w, "Seed %d, as of %s\n\n", j.cfg.seed, reg.AsOf)

	fmt.Fprintln(w, "1. Registry")
	fmt.Fprintf(w, "   %d provinces, %s districts and %s communes with population figures; %d employers; %s posts; %s workers\n",
		j.levels[workforce.LevelProvince], group(int64(j.levels[workforce.LevelDistrict])), group(int64(j.levels[workforce.LevelCommune])),
		len(reg.Employers), group(int64(len(reg.Posts))), group(int64(len(reg.Workers))))
	fmt.Fprintf(w, "   Validation: %d problems (field rules, references, area tree, dates, concurrent FTE)\n\n", len(j.problems))

	n := j.national
	fmt.Fprintln(w, "2. Headline indicators (national; counts below 10 suppressed)")
	line := func(label string, r indicators.IndicatorResult, detail string) {
		fmt.Fprintf(w, "   %-52s %s", label, show(r))
		if detail != "" {
			fmt.Fprintf(w, "  %s", detail)
		}
		fmt.Fprintln(w)
	}
	den := n[indicators.SSWDenChild]
	pop := ""
	if den.Population != nil {
		pop = fmt.Sprintf("(%s workers ÷ %s children, %s)", groupDecimal(den.Numerator), groupDecimal(den.Denominator), den.Population.Vintage)
	}
	line("Workforce per 100,000 children aged 0-17", den, pop)
	line("Qualified social workers per 100,000 children", n[indicators.SWDenChild], "")
	line("Children per worker", n[indicators.SSWChildPerWorker], "(from the raw pair, truncated)")
	cov := n[indicators.SSWUnitCoverage]
	line(fmt.Sprintf("Communes with at least %d workers", normPerCommune), cov,
		fmt.Sprintf("(%s of %s communes)", groupDecimal(cov.Numerator), groupDecimal(cov.Denominator)))
	line("Workers the norm requires at commune level", n[indicators.SSWNormReq], "")
	line("Gap to the norm, commune by commune", n[indicators.SSWNormGap], "")
	line("Attrition over the last year", n[indicators.RetAttrition], "")
	if p := j.projection; p.Years > 0 {
		fmt.Fprintf(w, "   %-52s %s a year\n", fmt.Sprintf("Hiring to staff every commune by %d", targetYear), group(p.YearlyHiring))
		fmt.Fprintf(w, "   %-52s %s needed, %s counting today, %d years, replacing attrition\n", "", group(p.Needed), group(p.Needed-p.Gap), p.Years)
	}
	line("Vacancy rate of funded posts", n[indicators.SSWPostVac], "")
	line("Government share of the workforce", n[indicators.SSWShareGov], "")
	line("Female share", n[indicators.SSWShareFemale], "")
	line("Share holding a social work degree", n[indicators.SSWQualSW], "")
	fmt.Fprintf(w, "   %-52s %s\n", "Licensed or registered share", "not applicable: no statutory licensing regime in Cambodia")
	fmt.Fprintf(w, "   The commune norm alone implies %s workers per 100,000 children.\n\n", j.normDensity.StringFixed(1))

	fmt.Fprintln(w, "   By province                                   per 100,000 children   communes meeting the norm   gap")
	for _, p := range j.provinces {
		name := strings.TrimSuffix(p.Name, " ("+examples.SyntheticLabel+")")
		fmt.Fprintf(w, "   %-44s %22s %27s %6s\n", name, show(p.Density), show(p.Coverage), show(p.Gap))
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, "3. Licensing")
	h := j.home
	fmt.Fprintf(w, "   Cambodia (%s): %s workers in post evaluated — %s not applicable: no regime, which never means \"not eligible\".\n",
		h.SchemeID, group(int64(h.Evaluated)), group(int64(h.NotApplicable)))
	c := j.comparison
	fmt.Fprintf(w, "   For comparison, %s (%s), %s professional social workers:\n", j.compScheme.Title, c.Purpose, group(int64(c.Evaluated)))
	fmt.Fprintf(w, "     met %s, not met %s, unknown %s (facts the registry does not hold)\n", group(int64(c.Met)), group(int64(c.NotMet)), group(int64(c.Unknown)))
	for _, u := range c.Unmet {
		fmt.Fprintf(w, "     most often not met: %s in %s decisions\n", u.Code, group(int64(u.Decisions)))
	}
	for _, m := range c.Missing {
		fmt.Fprintf(w, "     most often unknown: %s in %s decisions (missing %s)\n", m.Code, group(int64(m.Decisions)), m.Path)
	}
	for _, e := range j.explained {
		fmt.Fprintf(w, "   Decision for %s (%s): %s\n", e.worker.ID, e.worker.Cadre, e.decision.Outcome)
		writeFinding(w, e.decision.Finding, "     ")
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, "4. Ha Noi Declaration")
	for _, ev := range j.plan.Evaluations {
		if ev.Area != "" {
			continue
		}
		fmt.Fprintf(w, "   Plan target %s (%s ≥ %s %% by %d, confidence %s): %s, %s\n", ev.Target, ev.Indicator, ev.Threshold, ev.TargetYear, ev.Confidence, ev.Outcome, ev.Trajectory)
		if !ev.Expected.IsZero() {
			fmt.Fprintf(w, "     observed %s %% on %s; the straight line to the target expects %s %%\n", ev.Observed, ev.ObservedOn, ev.Expected)
		}
	}
	fmt.Fprintf(w, "   Provinces: %d met, %d not met, %d unknown\n", j.plan.Met, j.plan.NotMet-countNational(j.plan, declaration.OutcomeNotMet), j.plan.Unknown-countNational(j.plan, declaration.OutcomeUnknown))
	sc := j.scorecard
	fmt.Fprintf(w, "   Scorecard (illustrative assessment, method %s): %s %% overall, %d of %d points over %d assessed commitments\n",
		sc.Method, sc.Overall, sc.Points, sc.MaxPoints, sc.Assessed)
	titles := map[declaration.CommitmentID]string{}
	for _, cm := range declaration.Commitments() {
		titles[cm.ID] = cm.Title
	}
	for _, s := range sc.Commitments {
		fmt.Fprintf(w, "     %-62s %-12s %6s %%\n", titles[s.Commitment], s.Status, s.Score)
	}
	if len(sc.Missing) > 0 {
		fmt.Fprintf(w, "     not assessed (reported as missing, not zero): %d commitments\n", len(sc.Missing))
	}
}

// countNational counts the national evaluations with the outcome, so the
// province line can leave them out.
func countNational(p declaration.PlanProgress, o declaration.TargetOutcome) int {
	n := 0
	for _, e := range p.Evaluations {
		if e.Area == "" && e.Outcome == o {
			n++
		}
	}
	return n
}

// writeFinding prints a findings tree, one line per requirement.
func writeFinding(w io.Writer, f accreditation.Finding, indent string) {
	fmt.Fprintf(w, "%s%-9s %s", indent, f.Outcome, f.Code)
	switch {
	case f.Outcome == accreditation.OutcomeUnknown && f.Path != "":
		fmt.Fprintf(w, " — missing fact %s", f.Path)
	case f.Found != "" && f.Required != "" && f.Outcome == accreditation.OutcomeNotMet:
		fmt.Fprintf(w, " — found %s; required %s", f.Found, f.Required)
	case f.Found != "":
		fmt.Fprintf(w, " — %s", f.Found)
	}
	fmt.Fprintln(w)
	for _, k := range f.Children {
		writeFinding(w, k, indent+"  ")
	}
}
