package report

// The indicator chart, drawn for a phone held upright in a review meeting:
// 1080 px wide, one horizontal bar per unit sorted from the highest, the
// unit's name written level on the left at a size that reads when the
// picture fills a phone's width, the figure at the end of each bar, and
// the target as one dashed line across. go-chart has no horizontal bars,
// so this draws with its renderer (the same fonts and PNG encoder as the
// progress chart).

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Sizes of the indicator chart, in pixels (drawn at 72 dpi: a point is a
// pixel). A phone shows the 1080 px picture about a third as large: the
// names at 28 px read like 9–10 pt print.
const (
	hbarWidth    = 1080
	hbarPad      = 48
	hbarTitle    = 34
	hbarLabel    = 28
	hbarSmall    = 24
	hbarRow      = 52
	hbarThick    = 34
	hbarMaxLabel = 450 // px at most for the names (0.42 of the width)
	// MaxBars is how many units a chart shows one by one; beyond it the
	// middle of the ranking is summarised in one row.
	MaxBars  = 30
	hbarEdge = 12 // units kept at each end when summarising
)

var (
	colorText  = drawing.ColorFromHex("212121")
	colorMuted = drawing.ColorFromHex("616161")
	colorGrid  = drawing.ColorFromHex("e0e0e0")
	colorBand  = drawing.ColorFromHex("bdbdbd")
	colorWhite = drawing.ColorFromHex("ffffff")
)

// Legend names what the colours and marks of an indicator chart mean.
type Legend struct {
	Met, Missed string
	OwnTarget   string // the diamond: a unit's own target, different from the line
	// Others describes the summarised middle of a long ranking: n units
	// whose figures run from lo to hi ("… 118 đơn vị khác: 61,2% – 84,0%").
	Others func(n int, lo, hi string) string
	// Missing is written on the row of a unit without a figure ("chưa có
	// số liệu").
	Missing string
}

// hbarRowData is one drawn row: a unit, or the summary of many.
type hbarRowData struct {
	bar     Bar
	summary string
	lo, hi  float64
}

func (c IndicatorChart) rows() []hbarRowData {
	var bars, unranked, missing []Bar
	for _, b := range c.Bars {
		switch {
		case b.Missing:
			missing = append(missing, b)
		case b.Unranked:
			unranked = append(unranked, b)
		default:
			bars = append(bars, b)
		}
	}
	byValue := func(l []Bar) {
		sort.SliceStable(l, func(i, j int) bool { return l[i].Value > l[j].Value })
	}
	byValue(bars)
	byValue(unranked)
	out := c.ranked(bars)
	for _, b := range unranked {
		out = append(out, hbarRowData{bar: b})
	}
	for _, b := range missing {
		out = append(out, hbarRowData{bar: b})
	}
	return out
}

// ranked lays out the bars with a figure, highest first, the middle of a
// long ranking summarised.
func (c IndicatorChart) ranked(bars []Bar) []hbarRowData {
	var out []hbarRowData
	if len(bars) <= MaxBars || c.Legend.Others == nil {
		for _, b := range bars {
			out = append(out, hbarRowData{bar: b})
		}
		return out
	}
	for _, b := range bars[:hbarEdge] {
		out = append(out, hbarRowData{bar: b})
	}
	mid := bars[hbarEdge : len(bars)-hbarEdge]
	hi, lo := mid[0].Value, mid[len(mid)-1].Value
	out = append(out, hbarRowData{summary: c.Legend.Others(len(mid), c.format(lo), c.format(hi)), lo: lo, hi: hi})
	for _, b := range bars[len(bars)-hbarEdge:] {
		out = append(out, hbarRowData{bar: b})
	}
	return out
}

func (c IndicatorChart) format(v float64) string {
	if c.Format == nil {
		return fmt.Sprint(v)
	}
	return c.Format(v)
}

// PNG renders the chart.
func (c IndicatorChart) PNG() ([]byte, error) {
	if len(c.Bars) == 0 {
		return nil, fmt.Errorf("report.IndicatorChart: no bars")
	}
	font, err := chart.GetDefaultFont()
	if err != nil {
		return nil, fmt.Errorf("report.IndicatorChart: %w", err)
	}
	rows := c.rows()
	// Measure first with a scratch renderer: the height depends on how the
	// title and legend wrap.
	m, err := chart.PNG(hbarWidth, 100)
	if err != nil {
		return nil, fmt.Errorf("report.IndicatorChart: %w", err)
	}
	m.SetDPI(72)
	m.SetFont(font)
	inner := hbarWidth - 2*hbarPad
	m.SetFontSize(hbarTitle)
	title := wrapText(m, c.Title, inner)
	m.SetFontSize(hbarSmall)
	legend := c.legendItems()
	legendLines := layoutLegend(m, legend, inner)
	m.SetFontSize(hbarLabel)
	labelW := 0
	for _, r := range rows {
		if r.summary == "" {
			labelW = max(labelW, m.MeasureText(r.bar.Label).Width())
		}
	}
	labelW = min(labelW, hbarMaxLabel)
	// A name longer than the room (a cluster's "Cụm thi đua số 11 (địa
	// bàn huyện Thạch Thành cũ)") takes two lines and a taller row.
	labels := make([][]string, len(rows))
	tops := make([]int, len(rows)+1)
	for i, r := range rows {
		h := hbarRow
		if r.summary == "" {
			labels[i] = wrapText(m, r.bar.Label, labelW)
			if len(labels[i]) > 2 {
				labels[i] = []string{labels[i][0], fitText(m, strings.Join(labels[i][1:], " "), labelW)}
			}
			h += (len(labels[i]) - 1) * hbarLabel
		}
		tops[i+1] = tops[i] + h
	}

	axisMin, axisMax, step := c.axis()

	titleH := len(title) * hbarTitle * 5 / 4
	legendH := len(legendLines) * hbarSmall * 3 / 2
	plotTop := hbarPad + titleH + 16 + legendH + 24
	plotH := tops[len(rows)]
	height := plotTop + plotH + 16 + hbarSmall + hbarPad

	r, err := chart.PNG(hbarWidth, height)
	if err != nil {
		return nil, fmt.Errorf("report.IndicatorChart: %w", err)
	}
	r.SetDPI(72)
	r.SetFont(font)
	fillRect(r, 0, 0, hbarWidth, height, colorWhite)

	// Title, then the legend.
	y := hbarPad
	for _, line := range title {
		y += hbarTitle
		say(r, line, hbarPad, y, hbarTitle, colorText)
		y += hbarTitle / 4
	}
	y += 16
	r.SetFontSize(hbarSmall)
	for _, line := range legendLines {
		x := hbarPad
		for _, it := range line {
			it.draw(r, x, y+hbarSmall/2)
			say(r, it.text, x+it.swatch+10, y+hbarSmall*4/5, hbarSmall, colorMuted)
			x += it.width
		}
		y += hbarSmall * 3 / 2
	}

	// The plot: names on the left, bars from x0 to x1, figures after them.
	x0 := hbarPad + labelW + 16
	valueW := measure(r, c.format(axisMax)+"0", hbarSmall)
	x1 := hbarWidth - hbarPad - valueW - 10
	xOf := func(v float64) int {
		v = math.Max(axisMin, math.Min(v, axisMax))
		return x0 + int(math.Round((v-axisMin)/(axisMax-axisMin)*float64(x1-x0)))
	}
	bottom := plotTop + plotH

	// Grid and axis labels.
	for v := axisMin; v <= axisMax+step/1000; v += step {
		x := xOf(v)
		line(r, x, plotTop-8, x, bottom, colorGrid, 1, nil)
		lbl := c.format(v)
		say(r, lbl, x-measure(r, lbl, hbarSmall)/2, bottom+16+hbarSmall*4/5, hbarSmall, colorMuted)
	}
	line(r, x0, plotTop-8, x0, bottom, colorMuted, 2, nil)
	// The target line goes under the bars: it shows between the rows and
	// never crosses a figure.
	if c.Target != nil {
		x := xOf(*c.Target)
		line(r, x, plotTop-8, x, bottom, colorTarget, 4, []float64{14, 8})
	}

	for i, row := range rows {
		cy := plotTop + (tops[i]+tops[i+1])/2
		if row.summary != "" {
			fillRect(r, xOf(row.lo), cy+2, max(2, xOf(row.hi)-xOf(row.lo)), hbarThick/3, colorBand)
			r.SetFontSize(hbarSmall)
			text := fitText(r, row.summary, hbarWidth-2*hbarPad)
			say(r, text, hbarPad, cy-6, hbarSmall, colorMuted)
			continue
		}
		b := row.bar
		color := colorPlain
		if b.Met != nil {
			color = colorMissed
			if *b.Met {
				color = colorMet
			}
		}
		r.SetFontSize(hbarLabel)
		for k, name := range labels[i] {
			ly := cy + hbarLabel*7/20 + (2*k-len(labels[i])+1)*hbarLabel*11/20
			say(r, name, x0-16-measure(r, name, hbarLabel), ly, hbarLabel, colorText)
		}
		if b.Missing {
			say(r, c.Legend.Missing, x0+12, cy+hbarSmall*7/20, hbarSmall, colorMuted)
			continue
		}
		end := xOf(b.Value)
		fillRect(r, x0, cy-hbarThick/2, max(1, end-x0), hbarThick, color)
		// The figure and the note where they fit (placeFigure).
		fig := c.format(b.Value)
		w := measure(r, fig, hbarSmall)
		note, nw := b.Note, 0
		if note != "" {
			nw = measure(r, note, hbarSmall)
		}
		pl := placeFigure(x0, end, w, nw, hbarWidth-hbarPad)
		noteColor := colorMuted
		if pl.noteInside {
			noteColor = colorWhite
		}
		if nw > 0 && pl.noteRoom < nw {
			// No room anywhere: shortened, never past the picture's edge.
			r.SetFontSize(hbarSmall)
			note = fitText(r, note, pl.noteRoom)
		}
		if pl.figInside {
			say(r, fig, end-10-w, cy+hbarSmall*7/20, hbarSmall, colorWhite)
		} else {
			say(r, fig, end+8, cy+hbarSmall*7/20, hbarSmall, colorText)
		}
		if note != "" {
			say(r, note, pl.noteAt, cy+hbarSmall*7/20, hbarSmall, noteColor)
		}
		if b.Target != nil {
			diamond(r, xOf(*b.Target), cy, 11, colorTarget)
		}
	}

	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		return nil, fmt.Errorf("report.IndicatorChart: %w", err)
	}
	return buf.Bytes(), nil
}

// axis picks the value axis: always from zero, so that a bar's length is
// its figure and a one-point gap between 84% and 85% looks like one point,
// not like a halving. It always takes in the targets.
func (c IndicatorChart) axis() (lo, hi, step float64) {
	top, bottom := math.Inf(-1), 0.0
	see := func(v float64) {
		top, bottom = math.Max(top, v), math.Min(bottom, v)
	}
	for _, b := range c.Bars {
		if b.Missing {
			continue
		}
		see(b.Value)
		if b.Target != nil {
			see(*b.Target)
		}
	}
	if c.Target != nil {
		see(*c.Target)
	}
	if top <= 0 {
		return 0, 1, 0.2
	}
	step = niceCeil(top / 5)
	hi = math.Ceil(top/step) * step
	if hi <= 0 {
		hi = step
	}
	return bottom, hi, step
}

// legendItem is one entry of the legend: a swatch and its words.
type legendItem struct {
	text   string
	swatch int // width of the swatch
	width  int // swatch, words and the gap after
	draw   func(r chart.Renderer, x, cy int)
}

func (c IndicatorChart) legendItems() []legendItem {
	box := func(col drawing.Color) func(chart.Renderer, int, int) {
		return func(r chart.Renderer, x, cy int) { fillRect(r, x, cy-10, 28, 20, col) }
	}
	var items []legendItem
	met, missed, own := false, false, false
	for _, b := range c.Bars {
		if b.Met != nil && *b.Met {
			met = true
		}
		if b.Met != nil && !*b.Met {
			missed = true
		}
		if b.Target != nil {
			own = true
		}
	}
	if met && c.Legend.Met != "" {
		items = append(items, legendItem{text: c.Legend.Met, swatch: 28, draw: box(colorMet)})
	}
	if missed && c.Legend.Missed != "" {
		items = append(items, legendItem{text: c.Legend.Missed, swatch: 28, draw: box(colorMissed)})
	}
	if c.Target != nil && c.TargetLabel != "" {
		items = append(items, legendItem{text: c.TargetLabel, swatch: 36, draw: func(r chart.Renderer, x, cy int) {
			line(r, x, cy, x+36, cy, colorTarget, 4, []float64{14, 8})
		}})
	}
	if own && c.Legend.OwnTarget != "" {
		items = append(items, legendItem{text: c.Legend.OwnTarget, swatch: 24, draw: func(r chart.Renderer, x, cy int) {
			diamond(r, x+12, cy, 11, colorTarget)
		}})
	}
	return items
}

// layoutLegend puts the items on as many lines as the width needs.
func layoutLegend(r chart.Renderer, items []legendItem, width int) [][]legendItem {
	var lines [][]legendItem
	x := 0
	for _, it := range items {
		it.width = it.swatch + 10 + r.MeasureText(it.text).Width() + 32
		if len(lines) == 0 || x+it.width > width {
			lines = append(lines, nil)
			x = 0
		}
		lines[len(lines)-1] = append(lines[len(lines)-1], it)
		x += it.width
	}
	return lines
}

// wrapText breaks text into lines no wider than width, at spaces.
func wrapText(r chart.Renderer, text string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		next := w
		if cur != "" {
			next = cur + " " + w
		}
		if cur != "" && r.MeasureText(next).Width() > width {
			lines = append(lines, cur)
			cur = w
			continue
		}
		cur = next
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// fitText cuts text with an ellipsis to fit width.
func fitText(r chart.Renderer, text string, width int) string {
	if r.MeasureText(text).Width() <= width {
		return text
	}
	runes := []rune(text)
	for n := len(runes) - 1; n > 0; n-- {
		s := strings.TrimSpace(string(runes[:n])) + "…"
		if r.MeasureText(s).Width() <= width {
			return s
		}
	}
	return "…"
}

// say writes text with its baseline at y.
func say(r chart.Renderer, text string, x, y int, size float64, col drawing.Color) {
	r.SetFontSize(size)
	r.SetFontColor(col)
	r.Text(text, x, y)
}

func measure(r chart.Renderer, text string, size float64) int {
	r.SetFontSize(size)
	return r.MeasureText(text).Width()
}

func fillRect(r chart.Renderer, x, y, w, h int, col drawing.Color) {
	r.SetFillColor(col)
	r.SetStrokeColor(col)
	r.SetStrokeWidth(0)
	r.MoveTo(x, y)
	r.LineTo(x+w, y)
	r.LineTo(x+w, y+h)
	r.LineTo(x, y+h)
	r.Close()
	r.Fill()
	r.ResetStyle()
}

func line(r chart.Renderer, x1, y1, x2, y2 int, col drawing.Color, width float64, dash []float64) {
	r.SetStrokeColor(col)
	r.SetStrokeWidth(width)
	r.SetStrokeDashArray(dash)
	r.MoveTo(x1, y1)
	r.LineTo(x2, y2)
	r.Stroke()
	r.ResetStyle()
}

func diamond(r chart.Renderer, cx, cy, size int, col drawing.Color) {
	r.SetFillColor(col)
	r.SetStrokeColor(colorWhite)
	r.SetStrokeWidth(2)
	r.MoveTo(cx, cy-size)
	r.LineTo(cx+size, cy)
	r.LineTo(cx, cy+size)
	r.LineTo(cx-size, cy)
	r.Close()
	r.FillStroke()
	r.ResetStyle()
}

// placement is where a bar's figure and note go.
type placement struct {
	figInside  bool // the figure in white inside the bar's end, else just after the bar
	noteAt     int  // where the note starts
	noteInside bool // the note in white inside the bar, from its start
	noteRoom   int  // the width the note may take there
}

// placeFigure places a bar's figure (w wide) and note (nw wide, 0 for
// none) for a bar from x0 to end, in a picture whose drawing ends at
// right. The figure goes inside the bar's end when it fits, else after
// the bar (the axis always leaves it room there). The note goes inside
// the bar before the figure when both fit; else after the figure when it
// fits in the picture; else inside the bar alone, with the figure after
// the bar: a note is never cut at the picture's edge ("8/10 đơn vị đã
// nộp" was, on a province's chart).
func placeFigure(x0, end, w, nw, right int) placement {
	const pad, gap = 10, 12
	p := placement{figInside: end-x0 > w+24}
	figEnd := end + 8 + w // the figure's end when it is after the bar
	switch {
	case nw == 0:
	case p.figInside && end-x0 > nw+w+2*pad+gap:
		p.noteAt, p.noteInside = x0+pad, true
	case p.figInside && end+8+nw <= right:
		p.noteAt = end + 8
	case !p.figInside && figEnd+gap+nw <= right:
		p.noteAt = figEnd + gap
	case end-x0 > nw+2*pad:
		p.noteAt, p.noteInside, p.figInside = x0+pad, true, false
	default:
		// Nowhere whole: shortened where the most of it shows.
		p.figInside = false
		inside, after := end-x0-2*pad, right-(figEnd+gap)
		if inside >= after {
			p.noteAt, p.noteInside, p.noteRoom = x0+pad, true, max(0, inside)
		} else {
			p.noteAt, p.noteRoom = figEnd+gap, after
		}
		return p
	}
	p.noteRoom = nw
	return p
}
