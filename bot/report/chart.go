package report

import (
	"bytes"
	"fmt"
	"math"
	"time"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Bar is one unit's figure in an indicator chart.
type Bar struct {
	Label string
	Value float64
	// Met colours the bar: green when the unit reaches its target, red when
	// it does not, blue when it has none.
	Met *bool
	// Target is the unit's own target when it differs from the chart's
	// line (a town given a higher one), marked on its bar.
	Target *float64
	// Missing is a unit with no figure yet: it is listed after the bars
	// with the words Legend.Missing, never drawn as a bar of 0.
	Missing bool
	// Note follows the figure ("3/6 đã nộp": a cluster not every commune
	// of which has reported).
	Note string
	// Unranked is a group fewer than half of whose units have reported:
	// its partial figure is drawn, after the ranked bars and without a
	// target colour, so it never heads a ranking it has not earned.
	Unranked bool
}

// IndicatorChart draws an indicator across units, with the target line.
type IndicatorChart struct {
	Title string
	Bars  []Bar
	// Target is the line: the target that applies to the group.
	Target      *float64
	TargetLabel string
	Legend      Legend
	// Format prints an axis value the reader's way ("93,1%").
	Format func(float64) string
}

var (
	colorMet    = drawing.ColorFromHex("2e7d32")
	colorMissed = drawing.ColorFromHex("c62828")
	colorPlain  = drawing.ColorFromHex("1565c0")
	colorTarget = drawing.ColorFromHex("ef6c00")
	colorGrey   = drawing.ColorFromHex("757575")
)

// ProgressChart draws how many units had reported by each day, against
// the number expected and the deadline.
type ProgressChart struct {
	Title         string
	Days          []time.Time // one point per day, in order
	Cumulative    []int       // units reported by the end of each day
	Expected      int
	ExpectedLabel string
	Deadline      time.Time
	DeadlineLabel string
	SeriesLabel   string
	// Imported counts reports whose figures were imported from a file:
	// they have no day of their own and are not on the line.
	Imported int
	// ImportedLabel says so in the legend, when Imported is not 0.
	ImportedLabel string
	// DateFormat prints a day on the axis ("05/01").
	DateFormat func(time.Time) string
}

// PNG renders the chart.
func (c ProgressChart) PNG() ([]byte, error) {
	if len(c.Days) == 0 || len(c.Days) != len(c.Cumulative) {
		return nil, fmt.Errorf("report.ProgressChart: %d days for %d values", len(c.Days), len(c.Cumulative))
	}
	ys := make([]float64, len(c.Cumulative))
	for i, v := range c.Cumulative {
		ys[i] = float64(v)
	}
	first, last := c.Days[0], c.Days[len(c.Days)-1]
	if c.Deadline.After(last) {
		last = c.Deadline
	}
	if !last.After(first) {
		last = first.Add(24 * time.Hour)
	}
	top, step := countAxis(c.Expected)
	format := c.DateFormat
	if format == nil {
		format = func(t time.Time) string { return t.Format("02/01") }
	}
	font, err := chart.GetDefaultFont()
	if err != nil {
		return nil, fmt.Errorf("report.ProgressChart: %w", err)
	}
	// The title and legend are drawn as on the indicator chart, above the
	// plot, wrapped to the width; measure them to leave their room.
	m, err := chart.PNG(hbarWidth, 100)
	if err != nil {
		return nil, fmt.Errorf("report.ProgressChart: %w", err)
	}
	m.SetDPI(72)
	m.SetFont(font)
	inner := hbarWidth - 2*hbarPad
	m.SetFontSize(hbarTitle)
	title := wrapText(m, c.Title, inner)
	m.SetFontSize(hbarSmall)
	dash := func(col drawing.Color, width float64, pattern []float64) func(chart.Renderer, int, int) {
		return func(r chart.Renderer, x, cy int) { line(r, x, cy, x+40, cy, col, width, pattern) }
	}
	items := []legendItem{
		{text: c.SeriesLabel, swatch: 40, draw: dash(colorPlain, 4, nil)},
		{text: c.ExpectedLabel, swatch: 40, draw: dash(colorGrey, 3, []float64{8, 6})},
		{text: c.DeadlineLabel, swatch: 40, draw: dash(colorTarget, 4, []float64{14, 8})},
	}
	if c.Imported > 0 && c.ImportedLabel != "" {
		// No swatch: nothing on the plot stands for them; the text lines up
		// with the other labels.
		items = append(items, legendItem{text: c.ImportedLabel, swatch: 40, draw: func(chart.Renderer, int, int) {}})
	}
	legend := layoutLegend(m, items, inner)
	head := hbarPad + len(title)*hbarTitle*5/4 + 16 + len(legend)*hbarSmall*3/2 + 24
	heading := func(r chart.Renderer, _ chart.Box, _ chart.Style) {
		r.SetFont(font)
		y := hbarPad
		for _, l := range title {
			y += hbarTitle
			say(r, l, hbarPad, y, hbarTitle, colorText)
			y += hbarTitle / 4
		}
		y += 16
		for _, l := range legend {
			x := hbarPad
			for _, it := range l {
				it.draw(r, x, y+hbarSmall/2)
				r.SetFont(font)
				say(r, it.text, x+it.swatch+10, y+hbarSmall*4/5, hbarSmall, colorMuted)
				x += it.width
			}
			y += hbarSmall * 3 / 2
		}
	}
	axis := chart.Style{FontSize: hbarSmall, FontColor: colorMuted}
	g := chart.Chart{
		Width: hbarWidth, Height: progressH, DPI: 72,
		Background: chart.Style{Padding: chart.Box{Top: head, Left: hbarPad, Right: hbarPad, Bottom: hbarPad}},
		XAxis: chart.XAxis{
			// Half a day each side keeps the first point and the deadline
			// off the axes.
			Range: &chart.ContinuousRange{Min: float64(first.Add(-12 * time.Hour).UnixNano()), Max: float64(last.Add(12 * time.Hour).UnixNano())},
			Ticks: padTicks(dayTicks(first, last, format), first.Add(-12*time.Hour), last.Add(12*time.Hour)),
			Style: axis,
		},
		YAxis: chart.YAxis{
			Range:          &chart.ContinuousRange{Min: 0, Max: top},
			Ticks:          countTicks(top, step),
			Style:          axis,
			GridMajorStyle: chart.Style{StrokeColor: colorGrid, StrokeWidth: 1},
		},
		Series: []chart.Series{
			chart.TimeSeries{XValues: c.Days, YValues: ys,
				Style: chart.Style{StrokeColor: colorPlain, StrokeWidth: 4, DotWidth: 6, DotColor: colorPlain}},
			chart.TimeSeries{XValues: []time.Time{first, last}, YValues: []float64{float64(c.Expected), float64(c.Expected)},
				Style: chart.Style{StrokeColor: colorGrey, StrokeWidth: 3, StrokeDashArray: []float64{8, 6}}},
			chart.TimeSeries{XValues: []time.Time{c.Deadline, c.Deadline}, YValues: []float64{0, top},
				Style: chart.Style{StrokeColor: colorTarget, StrokeWidth: 4, StrokeDashArray: []float64{14, 8}}},
		},
		Elements: []chart.Renderable{heading},
	}
	var buf bytes.Buffer
	if err := g.Render(chart.PNG, &buf); err != nil {
		return nil, fmt.Errorf("report.ProgressChart: %w", err)
	}
	return buf.Bytes(), nil
}

// progressH is the progress chart's height: the width of a phone's
// picture, a little less tall than wide.
const progressH = 860

// countAxis is the progress chart's count axis: it ends at the number of
// units expected (166, not 200), ticked every round step below it.
func countAxis(expected int) (top, step float64) {
	top = float64(max(expected, 1))
	return top, math.Max(1, niceCeil(top/8)) // whole units

}

// countTicks puts a tick every step from 0 and one at top itself; a round
// tick too close to top to be read beside it is left out.
func countTicks(top, step float64) []chart.Tick {
	var out []chart.Tick
	for v := 0.0; v < top-step*0.4; v += step {
		out = append(out, chart.Tick{Value: v, Label: fmt.Sprintf("%.0f", v)})
	}
	return append(out, chart.Tick{Value: top, Label: fmt.Sprintf("%.0f", top)})
}

// padTicks adds unlabelled ticks at both ends: go-chart spans the axis
// over the ticks given (chart.go getRanges), whatever its Range says.
func padTicks(ticks []chart.Tick, from, to time.Time) []chart.Tick {
	out := append([]chart.Tick{{Value: float64(from.UnixNano())}}, ticks...)
	return append(out, chart.Tick{Value: float64(to.UnixNano())})
}

// dayTicks labels days from first to last, at most about twelve of them.
func dayTicks(first, last time.Time, format func(time.Time) string) []chart.Tick {
	days := int(last.Sub(first).Hours()/24) + 1
	every := max(1, (days+11)/12)
	var out []chart.Tick
	for d := 0; d < days; d += every {
		t := first.AddDate(0, 0, d)
		out = append(out, chart.Tick{Value: float64(t.UnixNano()), Label: format(t)})
	}
	return out
}

// niceCeil rounds up to 1, 2 or 5 times a power of ten, for an axis that
// ends on a round number.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}
