package main

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
	"github.com/sswkit/ssw/workforce"
)

// value returns a result's presented value as a decimal for charts, and
// whether there is one.
func value(r indicators.IndicatorResult) (decimal.Decimal, bool) {
	if r.Status != indicators.StatusOK && r.Status != indicators.StatusUnreliable {
		return decimal.Decimal{}, false
	}
	v, err := r.Present()
	if err != nil {
		return decimal.Decimal{}, false
	}
	return v.Decimal(), true
}

func shortName(name string) string { return strings.TrimSuffix(name, " ("+examples.SyntheticLabel+")") }

// provinceChart draws one indicator by province, largest first; rows
// without a value (suppressed, undefined) come last, marked.
func (j *journey) provinceChart(id, title, unit string, pick func(provinceRow) indicators.IndicatorResult, marker func(provinceRow) (decimal.Decimal, bool)) chart {
	var bars []bar
	for _, p := range j.provinces {
		r := pick(p)
		v, _ := value(r)
		b := bar{label: shortName(p.Name), value: v, display: show(r), status: r.Status}
		if marker != nil {
			if m, ok := marker(p); ok {
				b.marker = &m
			}
		}
		bars = append(bars, b)
	}
	slices.SortStableFunc(bars, func(a, b bar) int {
		if a.hasValue() != b.hasValue() {
			if a.hasValue() {
				return -1
			}
			return 1
		}
		return b.value.Cmp(a.value)
	})
	return chart{id: id, title: title, unit: unit, bars: bars}
}

// cell is one table cell: its text and how it is marked.
type cell struct {
	Text  string
	Class string // "", "unreliable", "suppressed" or "none"
}

func resultCell(r indicators.IndicatorResult) cell {
	c := cell{Text: show(r)}
	switch r.Status {
	case indicators.StatusUnreliable:
		c.Class = "unreliable"
	case indicators.StatusSuppressed:
		c.Class = "suppressed"
	case indicators.StatusOK:
	default:
		c.Class = "none"
	}
	return c
}

// row is one table row: a label and its cells.
type row struct {
	Label string
	Cells []cell
}

// figure is one chart on the page, with what a reader needs beside it.
type figure struct {
	ID, Title, Subtitle string
	Legend              []legendItem
	SVG                 template.HTML
	Note                string
}

// legendItem is one key of a chart's legend; Swatch is the CSS class of
// its sample.
type legendItem struct {
	Swatch, Text string
}

// statusLegend returns the legend keys of the marks the bars use.
func (j *journey) statusLegend(c chart) []legendItem {
	var out []legendItem
	has := func(s indicators.ResultStatus) bool {
		return slices.ContainsFunc(c.bars, func(b bar) bool { return b.status == s })
	}
	if has(indicators.StatusUnreliable) {
		out = append(out, legendItem{"sw-unreliable", j.noteUnreliable()})
	}
	if has(indicators.StatusSuppressed) {
		out = append(out, legendItem{"sw-suppressed", j.noteSuppressed()})
	}
	if has(indicators.StatusUndefined) {
		out = append(out, legendItem{"sw-none", noteUndefined})
	}
	return out
}

func (j *journey) noteSuppressed() string {
	return fmt.Sprintf(noteSuppressed, j.threshold())
}

func (j *journey) noteUnreliable() string {
	return fmt.Sprintf(noteUnreliable, j.reliabilityMinimum())
}

// threshold is the disclosure threshold the report applied.
func (j *journey) threshold() int64 {
	if j.report.Disclosure == nil {
		return 0
	}
	return j.report.Disclosure.Threshold
}

// reliabilityMinimum is the person count below which a rate is flagged
// unreliable (0 in the options means 20).
func (j *journey) reliabilityMinimum() int64 {
	if m := j.report.Parameters.Options.ReliabilityMinimum; m > 0 {
		return int64(m)
	}
	return 20
}

// denominatorNote names the density's denominator: its source, vintage
// and reference date.
func denominatorNote(r indicators.IndicatorResult) string {
	p := r.Population
	if p == nil {
		return ""
	}
	s := fmt.Sprintf("Denominator: %s — %s, %s", strings.ToLower(p.Universe.Title()), p.Source, p.Vintage)
	if !p.Date.IsZero() {
		s += ", reference date " + p.Date.String()
	}
	return s + "."
}

type headline struct {
	Label, Value, Detail string
}

type findingView struct {
	Outcome, Class, Requirement, Detail string
	Children                            []findingView
}

func (j *journey) viewFinding(f accreditation.Finding) findingView {
	v := findingView{Outcome: words(string(f.Outcome)), Class: string(f.Outcome), Requirement: j.requirement(f.Code)}
	switch {
	case f.Outcome == accreditation.OutcomeUnknown && f.Path != "":
		v.Detail = "missing fact " + f.Path
	case f.Outcome == accreditation.OutcomeNotMet && f.Required != "":
		v.Detail = "found " + plainCodes(f.Found) + "; required " + plainCodes(f.Required)
	default:
		v.Detail = plainCodes(f.Found)
	}
	for _, k := range f.Children {
		v.Children = append(v.Children, j.viewFinding(k))
	}
	return v
}

type requirementView struct {
	Requirement, Count, Path string
}

type targetView struct {
	Target, Indicator, Threshold, Outcome, OutcomeClass, Trajectory, Observed, ObservedOn, Confidence string
	TargetYear                                                                                        int
}

type scoreView struct {
	Title, Status, Score string
	Width                string // bar width in percent of its column
}

// breakdownIndicators are the columns of the national breakdown table.
var breakdownIndicators = [...]indicators.IndicatorID{indicators.SSWDenChild, indicators.SSWQualSW, indicators.SSWShareFemale, indicators.SSWShareGov, indicators.RetAttrition}

// breakdownRows returns the national results broken down by one
// dimension, a row per dimension value in the report's order.
func (j *journey) breakdownRows() []row {
	type key struct{ dim, value string }
	var order []key
	rows := map[key][]cell{}
	top := workforce.AreaCode(j.registry.Country)
	for _, r := range j.report.Results {
		if r.Cell.Area != top || r.Cell.Level != workforce.LevelNational {
			continue
		}
		dim, val := dimension(r.Cell)
		if dim == "" {
			continue
		}
		col := slices.Index(breakdownIndicators[:], r.Indicator)
		if col < 0 {
			continue
		}
		k := key{dim, val}
		if _, ok := rows[k]; !ok {
			order = append(order, k)
			cells := make([]cell, len(breakdownIndicators))
			for i := range cells {
				cells[i] = cell{Text: "not computed", Class: "none"}
			}
			rows[k] = cells
		}
		rows[k][col] = resultCell(r)
	}
	out := make([]row, 0, len(order))
	for _, k := range order {
		out = append(out, row{Label: k.dim + ": " + k.value, Cells: rows[k]})
	}
	return out
}

// dimension names the one breakdown of a cell, or "" for none.
func dimension(c indicators.ResultCell) (dim, value string) {
	switch {
	case c.Sex != "":
		return "Sex", c.Sex.Title()
	case c.Cadre != "":
		return "Cadre", c.Cadre.Title()
	case c.Sector != "":
		return "Sector", c.Sector.Title()
	case c.AgeBand != "":
		return "Age", c.AgeBand.Title()
	case c.Qualification != "":
		return "Qualification", c.Qualification.Title()
	}
	return "", ""
}

func (j *journey) writeHTML(w io.Writer) error {
	n := j.national
	den := n[indicators.SSWDenChild]
	data := struct {
		Label, AsOf, Country, CountryName, Source string
		Seed                                      uint64
		Threshold                                 int64
		Headlines                                 []headline
		Figures                                   []figure
		ProvinceHead                              []string
		Provinces                                 []row
		ProvinceNotes                             []string
		BreakdownHead                             []string
		Breakdowns                                []row
		StatusNotes                               []legendItem
		Ratio                                     string
		HomeScheme                                string
		HomeEvaluated                             string
		NoRegime                                  bool
		CompTitle, CompScheme                     string
		CompEvaluated                             string
		CompMet, CompNotMet                       string
		CompUnknown                               string
		Unmet, Missing                            []requirementView
		Explained                                 []findingView
		ExplainedWorker                           string
		Plan                                      []targetView
		Scores                                    []scoreView
		Overall                                   string
		NotAssessed                               []string
		Notes                                     []string
	}{
		Label: examples.SyntheticLabel, AsOf: j.registry.AsOf.String(), Country: string(j.registry.Country),
		Source: j.registry.Source, Seed: j.cfg.seed, Threshold: j.threshold(),
		HomeScheme: string(j.home.SchemeID), HomeEvaluated: group(int64(j.home.Evaluated)),
		NoRegime:  j.home.Basis == accreditation.BasisNoRegime,
		CompTitle: j.compScheme.Title, CompScheme: string(j.compScheme.ID), CompEvaluated: group(int64(j.comparison.Evaluated)),
		CompMet: group(int64(j.comparison.Met)), CompNotMet: group(int64(j.comparison.NotMet)), CompUnknown: group(int64(j.comparison.Unknown)),
		Notes: j.country.Notes,
	}
	for _, a := range j.registry.Areas {
		if a.Level == workforce.LevelNational {
			data.CountryName = shortName(a.Name)
		}
	}
	ratio := n[indicators.SSWChildPerWorker]
	ratioValue := show(ratio)
	if _, ok := value(ratio); ok {
		ratioValue += " " + markTruncated
		data.Ratio = fmt.Sprintf(noteTruncated, groupDecimal(ratio.Numerator), groupDecimal(ratio.Denominator), strings.TrimPrefix(show(ratio), "1 : "))
	}
	data.Headlines = []headline{
		{"Workforce per 100,000 children", show(den), "children aged 0-17"},
		{"Children per worker", ratioValue, "all workers in post"},
		{"Communes meeting the norm", show(n[indicators.SSWUnitCoverage]), fmt.Sprintf("at least %d %s per commune", normPerCommune, normWho)},
		{"Gap to the norm", show(n[indicators.SSWNormGap]), "workers, commune by commune"},
		{fmt.Sprintf("Hiring a year to close it by %d", targetYear), group(j.projection.YearlyHiring), "replacing attrition of " + show(n[indicators.RetAttrition])},
		{"Vacancy of funded posts", show(n[indicators.SSWPostVac]), ""},
		{"Holding a social work degree", show(n[indicators.SSWQualSW]), ""},
		{"Licensed or registered", "not applicable", "no statutory licensing regime"},
	}
	if !data.NoRegime {
		data.Headlines[len(data.Headlines)-1] = headline{"Licensed or registered", "not computed", ""}
	}

	// Charts.
	hundred := decimal.NewFromInt(100)
	coverage := j.provinceChart("coverage", "Communes meeting the staffing norm, by province", " %",
		func(p provinceRow) indicators.IndicatorResult { return p.Coverage }, nil)
	coverage.reference, coverage.refLabel, coverage.max = &hundred, fmt.Sprintf("plan target: 100 %% by %d", targetYear), hundred
	density := j.provinceChart("density", "Workforce density against the density the norm implies, by province", "",
		func(p provinceRow) indicators.IndicatorResult { return p.Density }, provinceRow.normImplied)
	for i, b := range density.bars {
		if b.marker != nil && b.hasValue() {
			density.bars[i].display += " (norm " + groupText(b.marker.StringFixed(1)) + ")"
		}
	}
	degree := j.provinceChart("degree", "Share of the workforce holding a social work degree, by province", " %",
		func(p provinceRow) indicators.IndicatorResult { return p.Qualified }, nil)
	degree.max = hundred
	data.Figures = []figure{
		{ID: "coverage", Title: coverage.title,
			Subtitle: fmt.Sprintf("Share of each province's communes with at least %d %s (professional or para-professional workers) in post.", normPerCommune, normWho),
			Legend:   append([]legendItem{{"sw-bar", "communes meeting the norm"}, {"sw-ref", coverage.refLabel}}, j.statusLegend(coverage)...),
			SVG:      template.HTML(coverage.html()), // the chart escapes every text it writes
			Note:     "Communes counted from the registry's area tree; no person count is published here.",
		},
		{ID: "density", Title: density.title,
			Subtitle: fmt.Sprintf("Workers per 100,000 children aged 0-17, against what %d workers in each of the province's communes would give for its children.", normPerCommune),
			Legend: append([]legendItem{{"sw-bar", "workers in post per 100,000 children"},
				{"sw-marker", fmt.Sprintf("the province's norm-implied density: %d × its communes per 100,000 of its children", normPerCommune)}}, j.statusLegend(density)...),
			SVG:  template.HTML(density.html()),
			Note: denominatorNote(den),
		},
		{ID: "degree", Title: degree.title,
			Subtitle: "Workers in post with a degree in social work, as a share of all workers in post.",
			Legend:   append([]legendItem{{"sw-bar", "share with a social work degree"}}, j.statusLegend(degree)...),
			SVG:      template.HTML(degree.html()),
		},
	}

	// Tables.
	data.ProvinceHead = []string{"Province", "Workers per 100,000 children", "Norm implies", "Communes meeting the norm", "Gap (workers)",
		"Social work degree", "Attrition", "Government share"}
	provinces := slices.Clone(j.provinces)
	slices.SortStableFunc(provinces, func(a, b provinceRow) int { return cmp.Compare(shortName(a.Name), shortName(b.Name)) })
	marks := map[string]bool{}
	for _, p := range provinces {
		implied := cell{Text: "not computed", Class: "none"}
		if v, ok := p.normImplied(); ok {
			implied = cell{Text: groupText(v.StringFixed(1))}
		}
		r := row{Label: shortName(p.Name), Cells: []cell{resultCell(p.Density), implied, resultCell(p.Coverage), resultCell(p.Gap),
			resultCell(p.Qualified), resultCell(p.Attrition), resultCell(p.Government)}}
		for _, c := range r.Cells {
			marks[c.Class] = true
		}
		data.Provinces = append(data.Provinces, r)
	}
	data.BreakdownHead = []string{"Group"}
	for _, id := range breakdownIndicators {
		name := string(id)
		if d, ok := indicators.Lookup(id); ok {
			name = d.Name
		}
		data.BreakdownHead = append(data.BreakdownHead, name)
	}
	data.Breakdowns = j.breakdownRows()
	for _, r := range data.Breakdowns {
		for _, c := range r.Cells {
			marks[c.Class] = true
		}
	}
	data.StatusNotes = []legendItem{{"sw-suppressed", j.noteSuppressed()}, {"sw-unreliable", j.noteUnreliable()}, {"sw-none", noteUndefined}}

	// Licensing.
	for _, u := range j.comparison.Unmet {
		data.Unmet = append(data.Unmet, requirementView{Requirement: j.requirement(u.Code), Count: group(int64(u.Decisions))})
	}
	for _, m := range j.comparison.Missing {
		data.Missing = append(data.Missing, requirementView{Requirement: j.requirement(m.Code), Count: group(int64(m.Decisions)), Path: m.Path})
	}
	if len(j.explained) > 0 {
		data.Explained = []findingView{j.viewFinding(j.explained[0].decision.Finding)}
		data.ExplainedWorker = string(j.explained[0].worker.ID)
	}

	// The Declaration.
	for _, ev := range j.plan.Evaluations {
		if ev.Area != "" {
			continue
		}
		name := string(ev.Indicator)
		if d, ok := indicators.Lookup(ev.Indicator); ok {
			name = d.Name
		}
		tv := targetView{Target: string(ev.Target), Indicator: name, Threshold: groupDecimal(ev.Threshold) + " %", TargetYear: ev.TargetYear,
			Outcome: words(string(ev.Outcome)), OutcomeClass: string(ev.Outcome), Trajectory: strings.ToLower(ev.Trajectory.Title()),
			Confidence: words(string(ev.Confidence))}
		if !ev.Observed.IsZero() || !ev.ObservedOn.IsZero() {
			tv.Observed, tv.ObservedOn = percent(ev.Observed), ev.ObservedOn.String()
		}
		data.Plan = append(data.Plan, tv)
	}
	if j.scorecard.Status == declaration.ScoreDefined {
		data.Overall = percent(j.scorecard.Overall)
	}
	for _, s := range j.scorecard.Commitments {
		data.Scores = append(data.Scores, scoreView{Title: commitmentTitle(s.Commitment), Status: words(string(s.Status)),
			Score: percent(s.Score), Width: s.Score.Decimal().Round(1).StringFixed(1)})
	}
	for _, id := range j.scorecard.Missing {
		data.NotAssessed = append(data.NotAssessed, commitmentTitle(id))
	}
	return page.Execute(w, data)
}

// isoDate matches a date written YYYY-MM-DD inside a text.
var isoDate = regexp.MustCompile(`\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b`)

// tightPercent matches a percentage written without a space: "80%".
var tightPercent = regexp.MustCompile(`([0-9])%`)

// unbreakable lists the spaces the page never breaks a line at: inside
// "28.1 %", "1 : 1,429" and before a footnote mark.
var unbreakable = strings.NewReplacer(" %", "\u00a0%", " : ", "\u00a0:\u00a0", " "+markUnreliable, "\u00a0"+markUnreliable,
	" "+markTruncated, "\u00a0"+markTruncated)

// prose writes a text for the page: escaped, with numbers and their
// units kept on one line and every date in a <time> element that does
// not wrap.
func prose(s string) template.HTML {
	s = tightPercent.ReplaceAllString(s, "$1 %") // shipped rule titles write "80%"
	esc := template.HTMLEscapeString(unbreakable.Replace(s))
	return template.HTML(isoDate.ReplaceAllString(esc, `<time datetime="$0">$0</time>`)) // escaped above; the date pattern has no markup
}

var page = template.Must(template.New("report").Funcs(template.FuncMap{"inc": func(i int) int { return i + 1 }, "prose": prose}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social service workforce report — {{.Label}} Cambodia-shaped example</title>
<style>
*,*::before,*::after{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#1a202c;background:#f7fafc;line-height:1.45;overflow-wrap:break-word}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:8px 0}h2{font-size:20px;margin-top:36px;border-bottom:2px solid #cbd5e0;padding-bottom:4px}
time,.nowrap{white-space:nowrap}
.banner{background:#fefcbf;border:1px solid #d69e2e;padding:10px 14px;border-radius:6px;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:12px;margin-top:16px}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px}
.card .v{font-size:24px;font-weight:700;color:#2b6cb0;line-height:1.2}.card .l{font-size:13px;color:#4a5568}.card .d{font-size:12px;color:#718096}
figure{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:16px;margin:16px 0}
figcaption .t{font-size:16px;font-weight:700;margin:0}figcaption .s{font-size:13px;color:#4a5568;margin:4px 0 8px}
.legend{list-style:none;padding:0;margin:0 0 8px;font-size:13px;color:#2d3748;display:flex;flex-wrap:wrap;gap:4px 16px}
.legend li{display:flex;align-items:center;gap:6px}
.sw{display:inline-block;flex:none;width:18px;height:12px;border-radius:2px}
.sw-bar{background:#2b6cb0}.sw-ref{height:0;border-top:2px dashed #c53030}.sw-marker{width:4px;height:16px;background:#1a202c}
.sw-unreliable{background:repeating-linear-gradient(45deg,#2b6cb0 0 3px,#c3dafe 3px 6px)}
.sw-suppressed{background:repeating-linear-gradient(45deg,#a0aec0 0 2px,#edf2f7 2px 5px);border:1px dashed #718096}
.sw-none{background:#fff;border:1px solid #a0aec0}
svg.chart{display:block;width:100%;height:auto}svg.narrow{display:none}
svg .syn{font-size:11px;font-weight:700;fill:#975a16;letter-spacing:.04em}
svg .label,svg .value{font-size:13px;fill:#1a202c}svg .value{font-weight:600}svg .value.none{fill:#718096;font-style:italic;font-weight:400}
svg .tick{font-size:11px;fill:#4a5568}svg .grid{stroke:#e2e8f0;stroke-width:1}svg .axis{stroke:#4a5568;stroke-width:1}
svg .ref{stroke:#c53030;stroke-width:2;stroke-dasharray:6 4}svg .reflabel{font-size:12px;fill:#c53030;font-weight:600}
svg .marker{stroke:#1a202c;stroke-width:3}
svg .bar.suppressed{fill:#edf2f7;stroke:#718096;stroke-dasharray:3 2}
.note{font-size:12px;color:#4a5568;margin:8px 0 0}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}th,td{border-bottom:1px solid #e2e8f0;padding:6px 8px;text-align:right;vertical-align:top}
th{font-size:13px;color:#2d3748}th:first-child,td:first-child{text-align:left}#provinces td:first-child{white-space:nowrap}
td.unreliable{background:repeating-linear-gradient(45deg,#ebf4ff 0 4px,#fff 4px 8px)}
td.suppressed{color:#4a5568;font-style:italic;background:repeating-linear-gradient(45deg,#edf2f7 0 3px,#fff 3px 7px)}
td.none{color:#718096;font-style:italic}
.marks{font-size:13px;color:#2d3748;list-style:none;padding:0}.marks li{display:flex;gap:8px;align-items:baseline;margin:4px 0}
.tree,.tree ul{list-style:none;padding-left:16px}.tree{padding-left:0}
.met{color:#276749}.not_met{color:#c53030}.unknown{color:#975a16}.not_applicable{color:#718096}
.whatif{border:2px dashed #d69e2e;border-radius:8px;padding:4px 16px 12px;background:#fffff0}
.whatif h3{margin:10px 0 4px}
.score{display:block;height:10px;background:#2b6cb0;border-radius:2px}td.scorebar{min-width:80px;width:20%}
footer{font-size:12px;color:#4a5568;margin-top:40px}
@media (max-width:640px){
main{padding:16px}h1{font-size:22px}
.cards{grid-template-columns:repeat(2,minmax(0,1fr));gap:8px}.card{padding:10px}.card .v{font-size:20px}
figure{padding:12px;margin:12px 0}
svg.wide{display:none}svg.narrow{display:block}
table.stack thead{display:none}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack tr{border-bottom:2px solid #cbd5e0;padding:6px 0}
table.stack td{border:0;padding:3px 8px;display:flex;justify-content:space-between;gap:12px;text-align:right}
table.stack td::before{content:attr(data-label);text-align:left;color:#4a5568;font-weight:400;font-style:normal}
table.stack td:first-child{font-weight:700;justify-content:flex-start;white-space:normal;text-align:left}
table.stack td>span{white-space:nowrap}
table.stack .scorebar{display:none}
table.stack td:first-child::before{content:none}
}
</style>
</head>
<body><main>
<p class="banner">{{prose .Label}} DATA — a Cambodia-shaped example generated by the ssw library (seed {{.Seed}}). Not a real registry, not official statistics.</p>
<h1>Social service workforce report, {{.CountryName}} ({{.Country}}), as of <time datetime="{{.AsOf}}">{{.AsOf}}</time></h1>
<p>Computed exactly from worker and post records with the ssw library. Person counts below {{.Threshold}} are suppressed, with any cell that would reveal them; rates on few persons are marked unreliable. How cells are marked:</p>
<ul class="marks">{{range .StatusNotes}}<li><span class="sw {{.Swatch}}"></span><span>{{prose .Text}}</span></li>{{end}}</ul>
<div class="cards">{{range .Headlines}}<div class="card"><div class="l">{{prose .Label}}</div><div class="v">{{prose .Value}}</div><div class="d">{{prose .Detail}}</div></div>{{end}}</div>
{{if .Ratio}}<p class="note">{{prose .Ratio}}</p>{{end}}

<h2>Provinces</h2>
{{range .Figures}}<figure id="{{.ID}}">
<figcaption><p class="t">{{prose .Title}}</p><p class="s">{{prose .Subtitle}}</p>
<ul class="legend">{{range .Legend}}<li><span class="sw {{.Swatch}}"></span><span>{{prose .Text}}</span></li>{{end}}</ul></figcaption>
{{.SVG}}
{{if .Note}}<p class="note">{{prose .Note}}</p>{{end}}
</figure>
{{end}}
<h3>Every indicator by province</h3>
<table class="stack" id="provinces"><thead><tr>{{range .ProvinceHead}}<th>{{.}}</th>{{end}}</tr></thead><tbody>
{{range .Provinces}}<tr><td>{{prose .Label}}</td>{{range $i, $c := .Cells}}<td class="{{$c.Class}}" data-label="{{index $.ProvinceHead (inc $i)}}"><span>{{prose $c.Text}}</span></td>{{end}}</tr>
{{end}}</tbody></table>

<h2>National breakdowns</h2>
<table class="stack" id="breakdowns"><thead><tr>{{range .BreakdownHead}}<th>{{.}}</th>{{end}}</tr></thead><tbody>
{{range .Breakdowns}}<tr><td>{{prose .Label}}</td>{{range $i, $c := .Cells}}<td class="{{$c.Class}}" data-label="{{index $.BreakdownHead (inc $i)}}"><span>{{prose $c.Text}}</span></td>{{end}}</tr>
{{end}}</tbody></table>

<h2>Licensing</h2>
{{if .NoRegime}}<p>Cambodia has no statutory registration or licensing of social workers (scheme <span class="nowrap">{{.HomeScheme}}</span>). For each of its {{prose .HomeEvaluated}} workers in post the decision is <strong>not applicable</strong>, which never means "not eligible".</p>{{end}}
<div class="whatif">
<h3>What-if, for illustration only</h3>
<p>These rules do not apply in Cambodia. If it applied another country's rules, those of <em>{{prose .CompTitle}}</em> (<span class="nowrap">{{.CompScheme}}</span>), its {{prose .CompEvaluated}} professional social workers in post would be: met {{prose .CompMet}}, not met {{prose .CompNotMet}}, unknown {{prose .CompUnknown}} (the registry does not hold a fact the rules need).</p>
{{if .Unmet}}<p>Most often not met:</p><ul>{{range .Unmet}}<li>{{prose .Requirement}} — {{prose .Count}} workers</li>{{end}}</ul>{{end}}
{{if .Missing}}<p>Most often unknown:</p><ul>{{range .Missing}}<li>{{prose .Requirement}} — {{prose .Count}} workers (missing <code>{{.Path}}</code>)</li>{{end}}</ul>{{end}}
{{if .Explained}}<p>One decision explained in full, worker <span class="nowrap">{{.ExplainedWorker}}</span>:</p>
<ul class="tree">{{range .Explained}}{{template "finding" .}}{{end}}</ul>{{end}}
</div>

<h2>Ha Noi Declaration</h2>
{{range .Plan}}<p>Plan target <strong>{{.Target}}</strong>: {{prose .Indicator}} at least {{prose .Threshold}} by {{.TargetYear}} (confidence: {{.Confidence}}) — <strong class="{{.OutcomeClass}}">{{prose .Outcome}}</strong>; trajectory {{prose .Trajectory}}.{{if .ObservedOn}} Observed {{prose .Observed}} on {{prose .ObservedOn}}.{{end}}</p>{{end}}
{{if .Overall}}<p>Scorecard of an <em>illustrative</em> assessment: <strong>{{prose .Overall}}</strong> overall.</p>{{else}}<p>Scorecard of an <em>illustrative</em> assessment: no commitment assessed, so no score.</p>{{end}}
<table class="stack" id="scores"><thead><tr><th>Commitment</th><th>Status</th><th>Score</th><th class="scorebar">Score bar</th></tr></thead><tbody>
{{range .Scores}}<tr><td>{{prose .Title}}</td><td data-label="Status">{{prose .Status}}</td><td data-label="Score">{{prose .Score}}</td><td class="scorebar" data-label="Score bar"><span class="score" style="width:{{.Width}}%"></span></td></tr>
{{end}}</tbody></table>
{{if .NotAssessed}}<p>Not yet assessed (reported as missing, never as zero):</p><ul>{{range .NotAssessed}}<li>{{prose .}}</li>{{end}}</ul>{{end}}

<footer>{{range .Notes}}<p>{{prose .}}</p>{{end}}<p>Source: {{prose .Source}}</p>
<p>Shipped rule data (licensing schemes, plan targets) is illustrative reference data with sources and confidence marks; check it against the regulator before relying on it.</p></footer>
</main></body></html>
{{define "finding"}}<li><span class="{{.Class}}">{{prose .Outcome}}</span> {{prose .Requirement}}{{if .Detail}} — {{prose .Detail}}{{end}}{{if .Children}}<ul>{{range .Children}}{{template "finding" .}}{{end}}</ul>{{end}}</li>{{end}}
`))
