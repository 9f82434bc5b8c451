package main

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

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
func groupDecimal(d workforce.Decimal) string { return groupText(d.String()) }

// groupText groups the integer part of a decimal number's text.
func groupText(s string) string {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	n, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return s
	}
	g := group(n)
	if n == 0 && strings.HasPrefix(intPart, "-") {
		g = "-0"
	}
	if hasFrac {
		return g + "." + frac
	}
	return g
}

// percent writes an exact percentage for people with one decimal, as
// every percentage of the report is written: "66.67" → "66.7 %".
func percent(d workforce.Decimal) string {
	return groupText(d.Decimal().Round(1).StringFixed(1)) + " %"
}

// words writes an enumeration's wire value as words: "not_met" → "not
// met".
func words(v string) string { return strings.ReplaceAll(v, "_", " ") }

// codeWords maps the wire values of the enumerations a finding's found
// and required values name (fields of study, work settings) to their
// titles in lower case, without the ISCED-F code: "social_work_counselling"
// → "social work and counselling". Built once, never changed.
var codeWords = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(code, title string) {
		if title == "" || !strings.Contains(code, "_") {
			return // a code without "_" already reads as a word
		}
		if i := strings.Index(title, " (ISCED"); i >= 0 {
			title = title[:i]
		}
		m[code] = strings.ToLower(title[:1]) + title[1:]
	}
	for _, f := range workforce.FieldOfStudyValues() {
		add(string(f), f.Title())
	}
	for _, s := range accreditation.ServiceSettingValues() {
		add(string(s), s.Title())
	}
	return m
})

// snakeCode matches a snake_case token: a candidate enumeration code.
var snakeCode = regexp.MustCompile(`\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b`)

// plainCodes writes the enumeration codes in a finding's found or
// required text as words ("field social_work_counselling" → "field social
// work and counselling"); other text is left as it is.
func plainCodes(s string) string {
	words := codeWords()
	return snakeCode.ReplaceAllStringFunc(s, func(code string) string {
		if w, ok := words[code]; ok {
			return w
		}
		return code
	})
}

// Footnote marks, shared by the text and the page.
const (
	markUnreliable = "†"
	markTruncated  = "¹"
)

// isRatio reports whether the indicator is a "1 : N" ratio.
func isRatio(id indicators.IndicatorID) bool {
	return id == indicators.SSWPopPerWorker || id == indicators.SSWChildPerWorker
}

// show renders a result for people: the presented value in the report's
// one number format ("1,429", "28.1 %", "1 : 1,429"), marked † when
// unreliable, or a word saying why there is none.
func show(r indicators.IndicatorResult) string {
	switch r.Status {
	case indicators.StatusOK, indicators.StatusUnreliable:
		v, err := r.Present()
		if err != nil {
			return "not available"
		}
		s := groupDecimal(v)
		if isRatio(r.Indicator) {
			s = "1 : " + s
		}
		if strings.HasPrefix(r.Unit, "%") {
			s += " %"
		}
		if r.Status == indicators.StatusUnreliable {
			s += " " + markUnreliable
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

// statusNote explains the marks show writes, for a legend or footnote.
const (
	noteSuppressed = "suppressed: a count below the threshold of %d, withheld with the cells that would reveal it, so no one can be identified"
	noteUnreliable = markUnreliable + " unreliable: the rate rests on fewer than %d persons"
	noteUndefined  = "undefined: nothing to divide by (no person or post in the group)"
	noteTruncated  = markTruncated + " Rounded down to a whole number (truncated), as such ratios are usually published: %s children ÷ %s workers is a little over %s."
)

// licensedShare says why the licensed share is not shown.
func (j *journey) licensedShare() string {
	if j.home.Basis == accreditation.BasisNoRegime {
		return "not applicable: no statutory licensing regime"
	}
	return "not computed"
}

// requirement names a requirement by its ID and title.
func (j *journey) requirement(code workforce.ID) string {
	if t := j.reqTitles[code]; t != "" {
		return fmt.Sprintf("%s (%s)", code, t)
	}
	return string(code)
}

// commitmentTitle names a commitment of the Declaration.
func commitmentTitle(id declaration.CommitmentID) string {
	for _, c := range declaration.Commitments() {
		if c.ID == id {
			return c.Title
		}
	}
	return string(id)
}

// normImplied returns the density per 100,000 children that a staffing
// norm requirement implies for a population of children, to one decimal.
func normImplied(required int64, children int64) (decimal.Decimal, bool) {
	if required <= 0 || children <= 0 {
		return decimal.Decimal{}, false
	}
	return decimal.NewFromInt(required).Mul(decimal.NewFromInt(100000)).DivRound(decimal.NewFromInt(children), 1), true
}

func (j *journey) writeText(w io.Writer) {
	reg := &j.registry
	fmt.Fprintf(w, "ssw quickstart — %s data, Cambodia-shaped; not a real registry and not official statistics\n", examples.SyntheticLabel)
	fmt.Fprintf(w, "Seed %d, as of %s\n\n", j.cfg.seed, reg.AsOf)

	fmt.Fprintln(w, "1. Registry")
	fmt.Fprintf(w, "   %d provinces, %s districts and %s communes with population figures; %d employers; %s posts\n",
		j.levels[workforce.LevelProvince], group(int64(j.levels[workforce.LevelDistrict])), group(int64(j.levels[workforce.LevelCommune])),
		len(reg.Employers), group(int64(len(reg.Posts))))
	fmt.Fprintf(w, "   %s workers in post (+%s former workers kept for attrition)\n", group(int64(j.inPost)), group(int64(j.former)))
	if len(j.problems) == 0 {
		fmt.Fprintln(w, "   Validation: no problems (field rules, references, area tree, dates, concurrent FTE)")
	} else {
		fmt.Fprintf(w, "   Validation: %s problems\n", group(int64(len(j.problems))))
	}
	fmt.Fprintln(w)

	n := j.national
	fmt.Fprintf(w, "2. Headline indicators (national; person counts below %d suppressed)\n", j.threshold())
	line := func(label string, value, detail string) {
		fmt.Fprintf(w, "   %-52s %s", label, value)
		if detail != "" {
			fmt.Fprintf(w, "  %s", detail)
		}
		fmt.Fprintln(w)
	}
	den := n[indicators.SSWDenChild]
	pop := ""
	if den.Population != nil && !den.Numerator.IsZero() {
		pop = fmt.Sprintf("(%s workers ÷ %s children, %s)", groupDecimal(den.Numerator), groupDecimal(den.Denominator), den.Population.Vintage)
	}
	line("Workforce per 100,000 children aged 0-17", show(den), pop)
	line("Qualified social workers per 100,000 children", show(n[indicators.SWDenChild]), "")
	ratio := n[indicators.SSWChildPerWorker]
	ratioText := show(ratio)
	if ratio.Status == indicators.StatusOK || ratio.Status == indicators.StatusUnreliable {
		ratioText += " " + markTruncated
	}
	line("Children per worker", ratioText, "")
	cov := n[indicators.SSWUnitCoverage]
	covDetail := ""
	if !cov.Denominator.IsZero() {
		covDetail = fmt.Sprintf("(%s of %s communes)", groupDecimal(cov.Numerator), groupDecimal(cov.Denominator))
	}
	line(fmt.Sprintf("Communes with at least %d %s", normPerCommune, normWho), show(cov), covDetail)
	line("Workers the norm requires at commune level", show(n[indicators.SSWNormReq]), "")
	line("Gap to the norm, commune by commune", show(n[indicators.SSWNormGap]), "")
	line("Attrition over the last year", show(n[indicators.RetAttrition]), "")
	if p := j.projection; p.Years > 0 {
		line(fmt.Sprintf("Hiring to staff every commune by %d", targetYear), group(p.YearlyHiring)+" a year",
			fmt.Sprintf("(%s needed, %s counted today, over %d years, replacing attrition)", group(p.Needed), group(p.Needed-p.Gap), p.Years))
	}
	line("Vacancy rate of funded posts", show(n[indicators.SSWPostVac]), "")
	line("Government share of the workforce", show(n[indicators.SSWShareGov]), "")
	line("Female share", show(n[indicators.SSWShareFemale]), "")
	line("Share holding a social work degree", show(n[indicators.SSWQualSW]), "")
	line("Licensed or registered share", j.licensedShare(), "")
	if !j.normDensity.IsZero() {
		fmt.Fprintf(w, "   The commune norm alone implies %s workers per 100,000 children nationally.\n", groupText(j.normDensity.StringFixed(1)))
	}
	if ratio.Status == indicators.StatusOK || ratio.Status == indicators.StatusUnreliable {
		fmt.Fprintf(w, "   "+noteTruncated+"\n", groupDecimal(ratio.Numerator), groupDecimal(ratio.Denominator), show(ratio)[len("1 : "):])
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, "   By province              per 100,000 children   the norm implies   communes meeting the norm    gap")
	marks := map[indicators.ResultStatus]bool{}
	for _, p := range j.provinces {
		implied := "—"
		if v, ok := p.normImplied(); ok {
			implied = groupText(v.StringFixed(1))
		}
		for _, r := range []indicators.IndicatorResult{p.Density, p.Coverage, p.Gap} {
			marks[r.Status] = true
		}
		fmt.Fprintf(w, "   %-24s %21s %18s %27s %6s\n", shortName(p.Name), show(p.Density), implied, show(p.Coverage), show(p.Gap))
	}
	fmt.Fprintln(w, "   The norm implies: 2 workers for each of the province's communes, per 100,000 of its children.")
	if marks[indicators.StatusSuppressed] {
		fmt.Fprintln(w, "   "+j.noteSuppressed()+".")
	}
	if marks[indicators.StatusUnreliable] {
		fmt.Fprintln(w, "   "+j.noteUnreliable()+".")
	}
	if marks[indicators.StatusUndefined] {
		fmt.Fprintln(w, "   "+noteUndefined+".")
	}
	fmt.Fprintln(w)

	j.writeLicensingText(w)
	j.writeDeclarationText(w)
}

// writeLicensingText writes section 3: the country's own regime, then,
// for a country without one, a clearly labelled what-if.
func (j *journey) writeLicensingText(w io.Writer) {
	fmt.Fprintln(w, "3. Licensing")
	h := j.home
	if h.Basis == accreditation.BasisNoRegime {
		fmt.Fprintf(w, "   Cambodia has no statutory registration or licensing of social workers (scheme %s).\n", h.SchemeID)
		fmt.Fprintf(w, "   For each of its %s workers in post the decision is \"not applicable\", which never means \"not eligible\".\n", group(int64(h.Evaluated)))
	} else {
		fmt.Fprintf(w, "   %s: %s workers in post evaluated: met %s, not met %s, unknown %s.\n",
			h.SchemeID, group(int64(h.Evaluated)), group(int64(h.Met)), group(int64(h.NotMet)), group(int64(h.Unknown)))
	}
	fmt.Fprintln(w)
	c := j.comparison
	fmt.Fprintln(w, "   WHAT-IF, for illustration only — these rules do not apply in Cambodia:")
	fmt.Fprintf(w, "   if Cambodia applied another country's rules, those of %s (%s),\n", j.compScheme.Title, c.SchemeID)
	fmt.Fprintf(w, "   its %s professional social workers in post would be:\n", group(int64(c.Evaluated)))
	fmt.Fprintf(w, "     met %s · not met %s · unknown %s (the registry does not hold a fact the rules need)\n",
		group(int64(c.Met)), group(int64(c.NotMet)), group(int64(c.Unknown)))
	if len(c.Unmet) > 0 {
		fmt.Fprintln(w, "     Most often not met:")
		for _, u := range c.Unmet {
			fmt.Fprintf(w, "       %s — %s workers\n", j.requirement(u.Code), group(int64(u.Decisions)))
		}
	}
	if len(c.Missing) > 0 {
		fmt.Fprintln(w, "     Most often unknown:")
		for _, m := range c.Missing {
			fmt.Fprintf(w, "       %s — %s workers (missing %s)\n", j.requirement(m.Code), group(int64(m.Decisions)), m.Path)
		}
	}
	for _, e := range j.explained {
		fmt.Fprintf(w, "   One decision explained, worker %s (%s): %s\n", e.worker.ID, words(string(e.worker.Cadre)), words(string(e.decision.Outcome)))
		j.writeFinding(w, e.decision.Finding, "     ")
	}
	fmt.Fprintln(w)
}

// writeDeclarationText writes section 4: the plan target and the
// scorecard.
func (j *journey) writeDeclarationText(w io.Writer) {
	fmt.Fprintln(w, "4. Ha Noi Declaration")
	for _, ev := range j.plan.Evaluations {
		if ev.Area != "" {
			continue
		}
		name := string(ev.Indicator)
		if d, ok := indicators.Lookup(ev.Indicator); ok {
			name = fmt.Sprintf("%s (%s)", d.Name, ev.Indicator)
		}
		fmt.Fprintf(w, "   Plan target %s: %s at least %s %% by %d (confidence: %s)\n", ev.Target, name, ev.Threshold, ev.TargetYear, words(string(ev.Confidence)))
		fmt.Fprintf(w, "     %s; trajectory %s\n", words(string(ev.Outcome)), strings.ToLower(ev.Trajectory.Title()))
		if !ev.Observed.IsZero() {
			fmt.Fprintf(w, "     observed %s on %s", percent(ev.Observed), ev.ObservedOn)
			if !ev.Expected.IsZero() {
				fmt.Fprintf(w, "; the straight line to the target expects %s", percent(ev.Expected))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "   Provinces: %d met, %d not met, %d unknown\n", j.plan.Met-countNational(j.plan, declaration.OutcomeMet),
		j.plan.NotMet-countNational(j.plan, declaration.OutcomeNotMet), j.plan.Unknown-countNational(j.plan, declaration.OutcomeUnknown))
	sc := j.scorecard
	if sc.Status == declaration.ScoreUndefined {
		fmt.Fprintln(w, "   Scorecard (illustrative assessment): no commitment assessed, so no score")
	} else {
		fmt.Fprintf(w, "   Scorecard (illustrative assessment): %s overall, %d of %d points over %d assessed commitments\n",
			percent(sc.Overall), sc.Points, sc.MaxPoints, sc.Assessed)
	}
	for _, s := range sc.Commitments {
		fmt.Fprintf(w, "     %-62s %-12s %7s\n", commitmentTitle(s.Commitment), words(string(s.Status)), percent(s.Score))
	}
	if len(sc.Missing) > 0 {
		fmt.Fprintf(w, "   Not yet assessed (reported as missing, never as zero), %d commitments:\n", len(sc.Missing))
		for _, id := range sc.Missing {
			fmt.Fprintf(w, "     %s\n", commitmentTitle(id))
		}
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

// writeFinding prints a findings tree, one line per requirement, each
// named by its ID and title.
func (j *journey) writeFinding(w io.Writer, f accreditation.Finding, indent string) {
	fmt.Fprintf(w, "%s%-15s %s", indent, words(string(f.Outcome)), j.requirement(f.Code))
	switch {
	case f.Outcome == accreditation.OutcomeUnknown && f.Path != "":
		fmt.Fprintf(w, " — missing fact %s", f.Path)
	case f.Found != "" && f.Required != "" && f.Outcome == accreditation.OutcomeNotMet:
		fmt.Fprintf(w, " — found %s; required %s", plainCodes(f.Found), plainCodes(f.Required))
	case f.Found != "":
		fmt.Fprintf(w, " — %s", plainCodes(f.Found))
	}
	fmt.Fprintln(w)
	for _, k := range f.Children {
		j.writeFinding(w, k, indent+"  ")
	}
}
