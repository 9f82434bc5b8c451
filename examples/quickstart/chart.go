package main

import (
	"fmt"
	"html"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/sswkit/ssw/examples"
	"github.com/sswkit/ssw/indicators"
)

// bar is one row of a horizontal bar chart.
type bar struct {
	label   string
	value   decimal.Decimal // the presented value; used when hasValue
	display string          // the value as printed beside the bar, in the report's number format
	status  indicators.ResultStatus
	// marker, when set, is a reference of this row alone, drawn as a
	// thick tick across the bar (a province's norm-implied density).
	marker *decimal.Decimal
}

// hasValue reports whether the bar has a length to draw.
func (b bar) hasValue() bool {
	return b.status == indicators.StatusOK || b.status == indicators.StatusUnreliable
}

// chart is a horizontal bar chart with an optional reference line for
// all rows, optional per-row markers, an axis with a scale, and the
// synthetic-data mark. It renders as SVG in two layouts: wide (labels
// left, values right) and narrow (label and value above each bar) for
// phones; the page shows one or the other by the viewport's width. Both
// scale with their viewBox to the width of the page.
type chart struct {
	id        string // unique on the page; prefixes the SVG ids
	title     string // the accessible name
	unit      string // appended to scale labels: " %" or ""
	bars      []bar
	reference *decimal.Decimal // drawn as a dashed line across every row
	refLabel  string
	max       decimal.Decimal // the axis maximum; 0 means from the data
}

// layout is one of the chart's geometries, in SVG user units (pixels at
// scale 1).
type layout struct {
	name                 string
	width                int
	plotX0, plotX1       int // the plot area
	top                  int // y of the first row
	rowH, barY, barH     int // row height; bar offset and height in the row
	labelX, labelY       int // label position in the row
	labelAnchor          string
	valueX, valueY       int // value position in the row
	valueAnchor          string
	continuousReferences bool // reference and grid lines span all rows (labels are outside the plot)
}

var (
	wideLayout = layout{name: "wide", width: 880, plotX0: 170, plotX1: 720, top: 28, rowH: 24, barY: 2, barH: 16,
		labelX: 162, labelY: 15, labelAnchor: "end", valueX: 730, valueY: 15, valueAnchor: "start", continuousReferences: true}
	narrowLayout = layout{name: "narrow", width: 340, plotX0: 0, plotX1: 334, top: 26, rowH: 40, barY: 19, barH: 13,
		labelX: 1, labelY: 14, labelAnchor: "start", valueX: 340, valueY: 14, valueAnchor: "end"}
)

// axis returns the axis maximum and the tick step: a step of 1, 2, 2.5
// or 5 times a power of ten, at most five steps, covering every value,
// marker and the reference.
func (c chart) axis() (maxV, step decimal.Decimal) {
	top := c.max
	if top.IsZero() {
		for _, b := range c.bars {
			if b.hasValue() {
				top = decimal.Max(top, b.value)
			}
			if b.marker != nil {
				top = decimal.Max(top, *b.marker)
			}
		}
		if c.reference != nil {
			top = decimal.Max(top, *c.reference)
		}
	}
	if top.Sign() <= 0 {
		top = decimal.NewFromInt(1)
	}
	four := decimal.NewFromInt(4)
	for p := int32(-3); ; p++ {
		pow := decimal.New(1, p)
		for _, m := range []string{"1", "2", "2.5", "5"} {
			step = decimal.RequireFromString(m).Mul(pow)
			if step.Mul(four).Cmp(top) >= 0 {
				n := top.Div(step).Ceil()
				return n.Mul(step), step
			}
		}
	}
}

// svg renders the chart in one layout.
func (c chart) svg(l layout) string {
	maxV, step := c.axis()
	plotW := decimal.NewFromInt(int64(l.plotX1 - l.plotX0))
	// width is a value's length on the plot; x its position.
	width := func(v decimal.Decimal) decimal.Decimal {
		if v.Sign() < 0 {
			v = decimal.Zero
		}
		return decimal.Min(v, maxV).Mul(plotW).Div(maxV)
	}
	x := func(v decimal.Decimal) string {
		return width(v).Add(decimal.NewFromInt(int64(l.plotX0))).StringFixed(1)
	}
	n := len(c.bars)
	axisY := l.top + n*l.rowH + 4
	height := axisY + 24
	if c.reference != nil {
		height += 18
	}
	pid := c.id + "-" + l.name
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart %s" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 %d %d" preserveAspectRatio="xMinYMin meet" aria-label="%s">`,
		l.name, l.width, height, html.EscapeString(c.title))
	fmt.Fprintf(&b, `<title>%s</title>`, html.EscapeString(c.title))
	fmt.Fprintf(&b, `<defs><pattern id="%s-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#c3dafe"/><line x1="0" y1="0" x2="0" y2="6" stroke="#2b6cb0" stroke-width="3"/></pattern></defs>`, pid)
	// The synthetic-data mark, on every chart.
	fmt.Fprintf(&b, `<text x="%d" y="14" class="syn" text-anchor="end">%s DATA</text>`, l.width, examples.SyntheticLabel)

	// Scale: grid lines and tick labels.
	var ticks []decimal.Decimal
	for t := decimal.Zero; t.Cmp(maxV) <= 0; t = t.Add(step) {
		ticks = append(ticks, t)
	}
	for _, t := range ticks {
		tx := x(t)
		if l.continuousReferences {
			fmt.Fprintf(&b, `<line class="grid" x1="%s" y1="%d" x2="%s" y2="%d"/>`, tx, l.top-4, tx, axisY)
		} else {
			for i := range n {
				y := l.top + i*l.rowH + l.barY
				fmt.Fprintf(&b, `<line class="grid" x1="%s" y1="%d" x2="%s" y2="%d"/>`, tx, y-2, tx, y+l.barH+2)
			}
		}
		anchor := "middle"
		switch {
		case t.IsZero():
			anchor = "start"
		case t.Equal(maxV) && !l.continuousReferences:
			anchor = "end"
		}
		fmt.Fprintf(&b, `<text x="%s" y="%d" class="tick" text-anchor="%s">%s</text>`, tx, axisY+16, anchor, groupText(t.String())+c.unit)
	}
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/>`, l.plotX0, axisY, l.plotX1, axisY)

	// Bars and per-row markers.
	for i, br := range c.bars {
		y := l.top + i*l.rowH + l.barY
		switch {
		case br.hasValue():
			fill := "#2b6cb0"
			if br.status == indicators.StatusUnreliable {
				fill = "url(#" + pid + "-hatch)"
			}
			fmt.Fprintf(&b, `<rect class="bar %s" x="%d" y="%d" width="%s" height="%d" fill="%s"><title>%s: %s</title></rect>`,
				br.status, l.plotX0, y, width(br.value).StringFixed(1), l.barH, fill,
				html.EscapeString(br.label), html.EscapeString(br.display))
		case br.status == indicators.StatusSuppressed:
			fmt.Fprintf(&b, `<rect class="bar suppressed" x="%d" y="%d" width="24" height="%d"><title>%s: suppressed</title></rect>`,
				l.plotX0, y, l.barH, html.EscapeString(br.label))
		}
		if br.marker != nil {
			mx := x(*br.marker)
			fmt.Fprintf(&b, `<line class="marker" x1="%s" y1="%d" x2="%s" y2="%d"><title>%s</title></line>`, mx, y-3, mx, y+l.barH+3,
				html.EscapeString(br.label+": "+groupText(br.marker.StringFixed(1))+c.unit))
		}
	}
	// The reference line: across the plot in the wide layout (labels and
	// values sit outside it), a segment on each bar in the narrow one, so
	// no line ever crosses a label.
	if c.reference != nil {
		rx := x(*c.reference)
		if l.continuousReferences {
			fmt.Fprintf(&b, `<line class="ref" x1="%s" y1="%d" x2="%s" y2="%d"/>`, rx, l.top-6, rx, axisY)
		} else {
			for i := range n {
				y := l.top + i*l.rowH + l.barY
				fmt.Fprintf(&b, `<line class="ref" x1="%s" y1="%d" x2="%s" y2="%d"/>`, rx, y-3, rx, y+l.barH+3)
			}
		}
		anchor := "middle"
		if c.reference.Mul(decimal.NewFromInt(10)).Cmp(maxV.Mul(decimal.NewFromInt(8))) > 0 {
			anchor = "end"
		}
		fmt.Fprintf(&b, `<text x="%s" y="%d" class="reflabel" text-anchor="%s">%s</text>`, rx, axisY+34, anchor, html.EscapeString(c.refLabel))
	}
	// Labels and values last, so nothing is drawn over them.
	for i, br := range c.bars {
		y := l.top + i*l.rowH
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="label" text-anchor="%s">%s</text>`, l.labelX, y+l.labelY, l.labelAnchor, html.EscapeString(br.label))
		cls := "value"
		if !br.hasValue() {
			cls += " none"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="%s" text-anchor="%s">%s</text>`, l.valueX, y+l.valueY, cls, l.valueAnchor, html.EscapeString(br.display))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// html renders the chart in both layouts; the page's style shows one.
func (c chart) html() string { return c.svg(wideLayout) + c.svg(narrowLayout) }
