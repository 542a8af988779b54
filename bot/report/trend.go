package report

// The trend chart (/xuhuong), drawn for a phone held upright like the
// indicator chart: 1080 px wide, one point per period from left to right,
// joined by a line that breaks where a period has no figure (a hollow
// grey ring on the axis says so: never a point at 0). Figures summed from
// the old units of before the 07/2025 reform are joined by a dashed line,
// and a vertical line marks the reform. The latest figure, and the one a
// year before it, are written beside their points; with few points, all
// are.

import (
	"bytes"
	"fmt"
	"math"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// TrendPoint is one period of a trend chart.
type TrendPoint struct {
	// Tick names the period under the axis; Year, when not empty, is
	// written under it (the first point, and where the year changes).
	Tick, Year string
	Value      float64
	Has        bool // false: no figure, drawn as a gap
	Merged     bool // a sum of the old units: dashed
	// Labelled writes the figure beside the point.
	Labelled bool
}

// TrendChart draws a figure over periods.
type TrendChart struct {
	Title  string
	Points []TrendPoint
	// MergeAt is the index of the first point after the reform (the line
	// is drawn before it), -1 for none; MergeLabel is written along it.
	MergeAt    int
	MergeLabel string
	// Legend words: the reported figures, the old units' sums (shown only
	// when a point is one) and the gaps (only when there is one).
	Reported, MergedLegend, GapLegend string
	// Format prints a figure the reader's way ("93,1%", "5.420").
	Format func(float64) string
}

const (
	trendH     = 900
	trendValue = 28 // the figures beside the points
	trendDot   = 9
)

var colorMerged = drawing.ColorFromHex("6a1b9a")

func (c TrendChart) format(v float64) string {
	if c.Format == nil {
		return fmt.Sprint(v)
	}
	return c.Format(v)
}

// PNG renders the chart.
func (c TrendChart) PNG() ([]byte, error) {
	if len(c.Points) == 0 {
		return nil, fmt.Errorf("report.TrendChart: no points")
	}
	font, err := chart.GetDefaultFont()
	if err != nil {
		return nil, fmt.Errorf("report.TrendChart: %w", err)
	}
	r, err := chart.PNG(hbarWidth, trendH)
	if err != nil {
		return nil, fmt.Errorf("report.TrendChart: %w", err)
	}
	r.SetDPI(72)
	r.SetFont(font)
	fillRect(r, 0, 0, hbarWidth, trendH, colorWhite)
	inner := hbarWidth - 2*hbarPad

	// Title and legend.
	r.SetFontSize(hbarTitle)
	title := wrapText(r, c.Title, inner)
	y := hbarPad
	for _, l := range title {
		y += hbarTitle
		say(r, l, hbarPad, y, hbarTitle, colorText)
		y += hbarTitle / 4
	}
	y += 16
	r.SetFontSize(hbarSmall)
	var items []legendItem
	items = append(items, legendItem{text: c.Reported, swatch: 44, draw: func(r chart.Renderer, x, cy int) {
		line(r, x, cy, x+44, cy, colorPlain, 5, nil)
		dot(r, x+22, cy, trendDot, colorPlain)
	}})
	gaps, mergedPts := false, false
	for _, p := range c.Points {
		gaps = gaps || !p.Has
		mergedPts = mergedPts || (p.Merged && p.Has)
	}
	if mergedPts && c.MergedLegend != "" {
		items = append(items, legendItem{text: c.MergedLegend, swatch: 44, draw: func(r chart.Renderer, x, cy int) {
			line(r, x, cy, x+44, cy, colorMerged, 5, []float64{12, 8})
			dot(r, x+22, cy, trendDot, colorMerged)
		}})
	}
	if gaps && c.GapLegend != "" {
		items = append(items, legendItem{text: c.GapLegend, swatch: 24, draw: func(r chart.Renderer, x, cy int) {
			ring(r, x+12, cy, trendDot, colorGrey)
		}})
	}
	for _, l := range layoutLegend(r, items, inner) {
		x := hbarPad
		for _, it := range l {
			it.draw(r, x, y+hbarSmall/2)
			say(r, it.text, x+it.swatch+10, y+hbarSmall*4/5, hbarSmall, colorMuted)
			x += it.width
		}
		y += hbarSmall * 3 / 2
	}

	// The plot: the value axis on the left, the periods along the bottom.
	lo, hi, step := c.axis()
	labelW := 0
	for v := lo; v <= hi+step/1000; v += step {
		labelW = max(labelW, measure(r, c.format(v), hbarSmall))
	}
	plotTop := y + 24 + trendValue // room for a figure above the highest point
	bottom := trendH - hbarPad - 2*hbarSmall - 24
	x0 := hbarPad + labelW + 16
	x1 := hbarWidth - hbarPad - 40
	n := len(c.Points)
	xOf := func(i int) int {
		if n == 1 {
			return (x0 + x1) / 2
		}
		return x0 + 30 + i*(x1-x0-60)/(n-1)
	}
	yOf := func(v float64) int {
		return bottom - int(math.Round((v-lo)/(hi-lo)*float64(bottom-plotTop)))
	}
	for v := lo; v <= hi+step/1000; v += step {
		gy := yOf(v)
		line(r, x0, gy, x1, gy, colorGrid, 1, nil)
		lbl := c.format(v)
		say(r, lbl, x0-12-measure(r, lbl, hbarSmall), gy+hbarSmall*7/20, hbarSmall, colorMuted)
	}
	line(r, x0, bottom, x1, bottom, colorMuted, 2, nil)

	// The reform.
	if c.MergeAt > 0 && c.MergeAt < n {
		mx := (xOf(c.MergeAt-1) + xOf(c.MergeAt)) / 2
		line(r, mx, plotTop-trendValue, mx, bottom, colorTarget, 3, []float64{10, 8})
		if c.MergeLabel != "" {
			w := measure(r, c.MergeLabel, hbarSmall)
			lx := min(max(mx-w/2, x0), hbarWidth-hbarPad-w)
			fillRect(r, lx-6, plotTop-trendValue-hbarSmall-4, w+12, hbarSmall+8, colorWhite)
			say(r, c.MergeLabel, lx, plotTop-trendValue-8, hbarSmall, colorTarget)
		}
	}

	// Period names, and the year under them where it changes.
	for i, p := range c.Points {
		x := xOf(i)
		line(r, x, bottom, x, bottom+8, colorMuted, 2, nil)
		say(r, p.Tick, x-measure(r, p.Tick, hbarSmall)/2, bottom+16+hbarSmall*4/5, hbarSmall, colorMuted)
		if p.Year != "" {
			say(r, p.Year, x-measure(r, p.Year, hbarSmall)/2, bottom+24+hbarSmall*9/5, hbarSmall, colorMuted)
		}
	}

	// The line: a segment joins two neighbours that both have a figure,
	// dashed when either is a sum of old units.
	for i := 1; i < n; i++ {
		a, b := c.Points[i-1], c.Points[i]
		if !a.Has || !b.Has {
			continue
		}
		col, dash := colorPlain, []float64(nil)
		if a.Merged || b.Merged {
			col, dash = colorMerged, []float64{12, 8}
		}
		line(r, xOf(i-1), yOf(a.Value), xOf(i), yOf(b.Value), col, 5, dash)
	}
	for i, p := range c.Points {
		x := xOf(i)
		if !p.Has {
			ring(r, x, bottom, trendDot, colorGrey)
			continue
		}
		col := colorPlain
		if p.Merged {
			col = colorMerged
		}
		py := yOf(p.Value)
		dot(r, x, py, trendDot, col)
		if p.Labelled {
			fig := c.format(p.Value)
			w := measure(r, fig, trendValue)
			lx := min(max(x-w/2, x0+4), hbarWidth-hbarPad-w)
			// Above the point, or below it when the point is at the top.
			ly := py - trendDot - 10
			if ly-trendValue < plotTop-trendValue+4 {
				ly = py + trendDot + trendValue + 4
			}
			fillRect(r, lx-4, ly-trendValue+4, w+8, trendValue+2, colorWhite)
			say(r, fig, lx, ly, trendValue, colorText)
		}
	}

	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		return nil, fmt.Errorf("report.TrendChart: %w", err)
	}
	return buf.Bytes(), nil
}

// axis picks the value axis. It starts at zero when the figures are
// spread over more than half their height (a share from 40% to 93%), so a
// change looks as large as it is; figures close together (5.309 and 5.420
// households) get an axis around them, its ticks labelled, since from zero
// every year would draw as the same flat line.
func (c TrendChart) axis() (lo, hi, step float64) {
	top, bottom := math.Inf(-1), math.Inf(1)
	for _, p := range c.Points {
		if p.Has {
			top, bottom = math.Max(top, p.Value), math.Min(bottom, p.Value)
		}
	}
	if math.IsInf(top, -1) {
		return 0, 1, 0.2
	}
	if bottom >= 0 && bottom < top/2 || top == bottom && top == 0 {
		step = niceCeil(math.Max(top, 1) / 5)
		return 0, math.Ceil(math.Max(top, step)/step) * step, step
	}
	span := top - bottom
	if span == 0 {
		span = math.Max(math.Abs(top)/10, 1)
	}
	step = niceCeil(span / 4)
	lo = math.Floor(bottom/step)*step - step
	if bottom >= 0 && lo < 0 {
		lo = 0
	}
	hi = math.Ceil(top/step)*step + step
	return lo, hi, step
}

// dot is a filled point with a white rim.
func dot(r chart.Renderer, cx, cy, radius int, col drawing.Color) {
	circle(r, cx, cy, radius, col, colorWhite)
}

// ring is a hollow point: a period without a figure.
func ring(r chart.Renderer, cx, cy, radius int, col drawing.Color) {
	circle(r, cx, cy, radius, colorWhite, col)
}

// circle draws a point filled with fill and rimmed with rim.
func circle(r chart.Renderer, cx, cy, radius int, fill, rim drawing.Color) {
	r.SetFillColor(fill)
	r.SetStrokeColor(rim)
	r.SetStrokeWidth(3)
	r.MoveTo(cx+radius, cy)
	r.ArcTo(cx, cy, float64(radius), float64(radius), 0, 2*math.Pi)
	r.Close()
	r.FillStroke()
	r.ResetStyle()
}
