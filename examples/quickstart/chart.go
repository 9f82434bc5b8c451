package main

import (
	"fmt"
	"html"
	"strings"

	"github.com/shopspring/decimal"
)

// bar is one bar of a horizontal bar chart.
type bar struct {
	label   string
	value   decimal.Decimal
	display string // the value as printed next to the bar
	muted   bool   // drawn in grey (for example a suppressed or undefined value)
}

// chart is a horizontal bar chart with an optional reference line.
type chart struct {
	title     string
	subtitle  string
	bars      []bar
	reference *decimal.Decimal // drawn as a dashed vertical line
	refLabel  string
	max       decimal.Decimal // axis maximum; 0 means the largest value or reference
}

const (
	chartWidth  = 760
	labelWidth  = 170
	valueWidth  = 90
	barHeight   = 18
	barGap      = 6
	chartTop    = 54
	chartBottom = 34
)

// svg renders the chart as an inline SVG element. Pixel positions are
// computed exactly with decimals and truncated to whole pixels.
func (c chart) svg() string {
	axisMax := c.max
	if axisMax.IsZero() {
		for _, b := range c.bars {
			axisMax = decimal.Max(axisMax, b.value)
		}
		if c.reference != nil {
			axisMax = decimal.Max(axisMax, *c.reference)
		}
	}
	if axisMax.Sign() <= 0 {
		axisMax = decimal.NewFromInt(1)
	}
	plot := int64(chartWidth - labelWidth - valueWidth)
	x := func(v decimal.Decimal) int64 {
		if v.Sign() < 0 {
			return labelWidth
		}
		px := v.Mul(decimal.NewFromInt(plot)).DivRound(axisMax, 2).IntPart()
		return labelWidth + min(px, plot)
	}
	height := chartTop + len(c.bars)*(barHeight+barGap) + chartBottom
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="%d" height="%d" viewBox="0 0 %d %d" aria-label="%s">`,
		chartWidth, height, chartWidth, height, html.EscapeString(c.title))
	fmt.Fprintf(&b, `<title>%s</title>`, html.EscapeString(c.title))
	fmt.Fprintf(&b, `<text x="0" y="18" class="t">%s</text>`, html.EscapeString(c.title))
	if c.subtitle != "" {
		fmt.Fprintf(&b, `<text x="0" y="38" class="s">%s</text>`, html.EscapeString(c.subtitle))
	}
	for i, br := range c.bars {
		y := chartTop + i*(barHeight+barGap)
		fill := "#2b6cb0"
		if br.muted {
			fill = "#b8c2cc"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="l" text-anchor="end">%s</text>`, labelWidth-8, y+barHeight-4, html.EscapeString(br.label))
		w := x(br.value) - labelWidth
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"><title>%s: %s</title></rect>`,
			labelWidth, y, w, barHeight, fill, html.EscapeString(br.label), html.EscapeString(br.display))
	}
	axisY := chartTop + len(c.bars)*(barHeight+barGap)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#555"/>`, labelWidth, chartTop-4, labelWidth, axisY)
	if c.reference != nil {
		rx := x(*c.reference)
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#c53030" stroke-width="2" stroke-dasharray="6 4"/>`, rx, chartTop-8, rx, axisY)
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="r" text-anchor="middle">%s</text>`, rx, axisY+20, html.EscapeString(c.refLabel))
	}
	// Values last, with a halo, so that the reference line never hides
	// one.
	for i, br := range c.bars {
		y := chartTop + i*(barHeight+barGap)
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="v">%s</text>`, x(br.value)+6, y+barHeight-4, html.EscapeString(br.display))
	}
	b.WriteString(`</svg>`)
	return b.String()
}
