package main

import (
	"cmp"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/declaration"
	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
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

// provinceChart draws one indicator by province, largest first.
func (j *journey) provinceChart(title, subtitle string, pick func(provinceRow) indicators.IndicatorResult, ref decimal.Decimal, refLabel string, axisMax decimal.Decimal) template.HTML {
	var bars []bar
	for _, p := range j.provinces {
		r := pick(p)
		v, ok := value(r)
		bars = append(bars, bar{label: shortName(p.Name), value: v, display: show(r), muted: !ok})
	}
	slices.SortStableFunc(bars, func(a, b bar) int { return b.value.Cmp(a.value) })
	c := chart{title: title, subtitle: subtitle, bars: bars, refLabel: refLabel, max: axisMax}
	if !ref.IsZero() {
		c.reference = &ref
	}
	return template.HTML(c.svg()) // the chart escapes every text it writes
}

func shortName(name string) string { return strings.TrimSuffix(name, " ("+examples.SyntheticLabel+")") }

type headline struct {
	Label, Value, Detail string
}

type findingView struct {
	Outcome, Code, Detail string
	Children              []findingView
}

func viewFinding(f accreditation.Finding) findingView {
	v := findingView{Outcome: string(f.Outcome), Code: string(f.Code)}
	switch {
	case f.Outcome == accreditation.OutcomeUnknown && f.Path != "":
		v.Detail = "missing fact " + f.Path
	case f.Outcome == accreditation.OutcomeNotMet && f.Required != "":
		v.Detail = "found " + f.Found + "; required " + f.Required
	default:
		v.Detail = f.Found
	}
	for _, k := range f.Children {
		v.Children = append(v.Children, viewFinding(k))
	}
	return v
}

type scoreView struct {
	Title, Status, Score string
	Width                int64 // bar width in pixels, 0–200
}

func (j *journey) writeHTML(w io.Writer) error {
	n := j.national
	hundred := decimal.NewFromInt(100)
	data := struct {
		Label, AsOf, Country, Source string
		Seed                         uint64
		Headlines                    []headline
		Coverage, Density            template.HTML
		Provinces                    []provinceRow
		Show                         func(indicators.IndicatorResult) string
		Short                        func(string) string
		Home, Comparison             accreditation.DecisionSummary
		CompTitle                    string
		Explained                    []findingView
		ExplainedWorker              string
		Plan                         []declaration.TargetEvaluation
		Scores                       []scoreView
		Overall                      string
		Missing                      int
		Notes                        []string
	}{
		Label: examples.SyntheticLabel, AsOf: j.registry.AsOf.String(), Country: string(j.registry.Country),
		Source: j.registry.Source, Seed: j.cfg.seed,
		Provinces: j.provinces, Show: show, Short: shortName,
		Home: j.home, Comparison: j.comparison, CompTitle: j.compScheme.Title,
		Overall: j.scorecard.Overall.String(), Missing: len(j.scorecard.Missing), Notes: j.country.Notes,
	}
	data.Headlines = []headline{
		{"Workforce per 100,000 children", show(n[indicators.SSWDenChild]), "children aged 0-17"},
		{"Communes meeting the norm", show(n[indicators.SSWUnitCoverage]), "at least 2 workers per commune"},
		{"Gap to the norm", show(n[indicators.SSWNormGap]), "workers, commune by commune"},
		{"Hiring a year to close it by 2031", group(j.projection.YearlyHiring), "replacing attrition of " + show(n[indicators.RetAttrition])},
		{"Vacancy of funded posts", show(n[indicators.SSWPostVac]), ""},
		{"Holding a social work degree", show(n[indicators.SSWQualSW]), ""},
		{"Licensed or registered", "not applicable", "no statutory licensing regime"},
	}
	data.Coverage = j.provinceChart("Communes meeting the staffing norm, by province",
		"Share of communes with at least 2 workers; dashed line: the plan target of 100% by 2031",
		func(p provinceRow) indicators.IndicatorResult { return p.Coverage }, hundred, "target 100%", hundred)
	data.Density = j.provinceChart("Workforce density against the norm, by province",
		"Workers per 100,000 children aged 0-17; dashed line: the density the commune norm alone implies nationally",
		func(p provinceRow) indicators.IndicatorResult { return p.Density }, j.normDensity, "norm-implied "+j.normDensity.StringFixed(1), decimal.Zero)
	if len(j.explained) > 0 {
		data.Explained = []findingView{viewFinding(j.explained[0].decision.Finding)}
		data.ExplainedWorker = string(j.explained[0].worker.ID)
	}
	for _, ev := range j.plan.Evaluations {
		if ev.Area == "" {
			data.Plan = append(data.Plan, ev)
		}
	}
	titles := map[declaration.CommitmentID]string{}
	for _, c := range declaration.Commitments() {
		titles[c.ID] = c.Title
	}
	for _, s := range j.scorecard.Commitments {
		width := s.Score.Decimal().Mul(decimal.NewFromInt(2)).IntPart()
		data.Scores = append(data.Scores, scoreView{Title: titles[s.Commitment], Status: strings.ReplaceAll(string(s.Status), "_", " "),
			Score: s.Score.String(), Width: min(200, max(0, width))})
	}
	slices.SortStableFunc(data.Provinces, func(a, b provinceRow) int { return cmp.Compare(shortName(a.Name), shortName(b.Name)) })
	return page.Execute(w, data)
}

var page = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social service workforce report — {{.Label}} Cambodia-shaped example</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a202c;background:#f7fafc}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:8px 0}h2{font-size:20px;margin-top:36px;border-bottom:2px solid #cbd5e0;padding-bottom:4px}
.banner{background:#fefcbf;border:1px solid #d69e2e;padding:10px 14px;border-radius:6px;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px;margin-top:16px}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px}
.card .v{font-size:24px;font-weight:700;color:#2b6cb0}.card .l{font-size:13px;color:#4a5568}.card .d{font-size:12px;color:#718096}
figure{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:16px;margin:16px 0;overflow-x:auto}
svg .t{font-size:15px;font-weight:700;fill:#1a202c}svg .s{font-size:12px;fill:#4a5568}svg .l,svg .v{font-size:12px;fill:#2d3748}svg .v{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}svg .r{font-size:12px;fill:#c53030;font-weight:600}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}th,td{border-bottom:1px solid #e2e8f0;padding:6px 8px;text-align:right}th:first-child,td:first-child{text-align:left}
.tree,.tree ul{list-style:none;padding-left:18px}.met{color:#276749}.not_met{color:#c53030}.unknown{color:#b7791f}.not_applicable{color:#718096}
.score{display:inline-block;height:12px;background:#2b6cb0;border-radius:2px;vertical-align:middle}
footer{font-size:12px;color:#4a5568;margin-top:40px}
</style>
</head>
<body><main>
<p class="banner">{{.Label}} DATA — a Cambodia-shaped example generated by the ssw library (seed {{.Seed}}). Not a real registry, not official statistics.</p>
<h1>Social service workforce report, {{.Country}}, as of {{.AsOf}}</h1>
<p>Computed exactly from worker and post records with the ssw library: counts below 10 are suppressed, rates on fewer than 20 persons are flagged unreliable.</p>
<div class="cards">{{range .Headlines}}<div class="card"><div class="l">{{.Label}}</div><div class="v">{{.Value}}</div><div class="d">{{.Detail}}</div></div>{{end}}</div>

<h2>Coverage by province</h2>
<figure>{{.Coverage}}</figure>
<h2>Density against target</h2>
<figure>{{.Density}}</figure>

<h2>Provinces</h2>
<table><thead><tr><th>Province</th><th>Workers per 100,000 children</th><th>Communes meeting the norm</th><th>Gap (workers)</th></tr></thead><tbody>
{{range .Provinces}}<tr><td>{{call $.Short .Name}}</td><td>{{call $.Show .Density}}</td><td>{{call $.Show .Coverage}}</td><td>{{call $.Show .Gap}}</td></tr>
{{end}}</tbody></table>

<h2>Licensing</h2>
<p>Cambodia has no statutory licensing of social workers: all {{.Home.Evaluated}} workers in post are <strong>not applicable</strong> under {{.Home.SchemeID}} — which never means "not eligible".</p>
<p>For comparison, the {{.CompTitle}} rules ({{.Comparison.Purpose}}) applied to {{.Comparison.Evaluated}} professional social workers: met {{.Comparison.Met}}, not met {{.Comparison.NotMet}}, unknown {{.Comparison.Unknown}}.</p>
<ul>{{range .Comparison.Unmet}}<li>Not met most often: <code>{{.Code}}</code> in {{.Decisions}} decisions — {{.Message}}</li>{{end}}
{{range .Comparison.Missing}}<li>Unknown most often: <code>{{.Code}}</code> in {{.Decisions}} decisions (missing <code>{{.Path}}</code>)</li>{{end}}</ul>
{{if .Explained}}<p>The explanation of one decision ({{.ExplainedWorker}}):</p>
<ul class="tree">{{range .Explained}}{{template "finding" .}}{{end}}</ul>{{end}}

<h2>Ha Noi Declaration</h2>
{{range .Plan}}<p>Plan target <strong>{{.Target}}</strong> ({{.Indicator}} at least {{.Threshold}}% by {{.TargetYear}}, confidence {{.Confidence}}): <strong class="{{.Outcome}}">{{.Outcome}}</strong>; observed {{.Observed}}% on {{.ObservedOn}}.</p>{{end}}
<p>Scorecard of an <em>illustrative</em> assessment: <strong>{{.Overall}}%</strong> overall ({{.Missing}} commitments not assessed, reported as missing, not zero).</p>
<table><thead><tr><th>Commitment</th><th>Status</th><th>Score</th><th></th></tr></thead><tbody>
{{range .Scores}}<tr><td>{{.Title}}</td><td>{{.Status}}</td><td>{{.Score}}%</td><td style="text-align:left"><span class="score" style="width:{{.Width}}px"></span></td></tr>
{{end}}</tbody></table>

<footer>{{range .Notes}}<p>{{.}}</p>{{end}}<p>Source: {{.Source}}</p>
<p>Shipped rule data (licensing schemes, plan targets) is illustrative reference data with sources and confidence marks; check it against the regulator before relying on it.</p></footer>
</main></body></html>
{{define "finding"}}<li><span class="{{.Outcome}}">{{.Outcome}}</span> <code>{{.Code}}</code>{{if .Detail}} — {{.Detail}}{{end}}{{if .Children}}<ul>{{range .Children}}{{template "finding" .}}{{end}}</ul>{{end}}</li>{{end}}
`))
