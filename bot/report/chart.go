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
}

// IndicatorChart draws an indicator across units, with the target line.
type IndicatorChart struct {
	Title       string
	Bars        []Bar
	Target      *float64
	TargetLabel string
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

// Chart sizes: wide enough for a district's 24 communes on a phone, growing
// with a province's hundred and more.
const (
	chartHeight  = 640
	minWidth     = 960
	pxPerUnit    = 26
	maxWidth     = 4000
	labelRunes   = 22
	progressW    = 960
	progressH    = 540
	dpi          = 96
	fontSize     = 11
	titleSize    = 14
	barFill      = 0.55
	plotMarginPx = 200 // the y axis and padding, left out of a bar's share
)

// PNG renders the chart.
func (c IndicatorChart) PNG() ([]byte, error) {
	if len(c.Bars) == 0 {
		return nil, fmt.Errorf("report.IndicatorChart: no bars")
	}
	n := len(c.Bars)
	width := min(max(minWidth, n*pxPerUnit+plotMarginPx), maxWidth)
	barWidth := math.Max(2, float64(width-plotMarginPx)/float64(n)*barFill)
	top := 0.0
	var series []chart.Series
	// go-chart sets the x range to the span of the ticks when ticks are
	// given (chart.go getRanges), so blank ticks at both ends keep the
	// first and last bars off the edges and the y labels visible.
	ticks := make([]chart.Tick, 0, n+2)
	ticks = append(ticks, chart.Tick{Value: -0.7, Label: "·"})
	for i, b := range c.Bars {
		x := float64(i)
		top = math.Max(top, b.Value)
		color := colorPlain
		if b.Met != nil {
			color = colorMissed
			if *b.Met {
				color = colorMet
			}
		}
		series = append(series, chart.ContinuousSeries{
			XValues: []float64{x, x}, YValues: []float64{0, b.Value},
			Style: chart.Style{StrokeColor: color, StrokeWidth: barWidth},
		})
		ticks = append(ticks, chart.Tick{Value: x, Label: shortLabel(b.Label)})
	}
	ticks = append(ticks, chart.Tick{Value: float64(n) - 0.3, Label: "·"})
	if c.Target != nil {
		top = math.Max(top, *c.Target)
		series = append(series, chart.ContinuousSeries{
			Name:    c.TargetLabel,
			XValues: []float64{-0.5, float64(n) - 0.5}, YValues: []float64{*c.Target, *c.Target},
			Style: chart.Style{StrokeColor: colorTarget, StrokeWidth: 3, StrokeDashArray: []float64{8, 5}},
		})
	}
	top = niceCeil(top * 1.08)
	format := c.Format
	if format == nil {
		format = func(v float64) string { return fmt.Sprint(v) }
	}
	g := chart.Chart{
		Title:      c.Title,
		TitleStyle: chart.Style{FontSize: titleSize},
		Width:      width, Height: chartHeight, DPI: dpi,
		Background: chart.Style{Padding: chart.Box{Top: 90, Left: 20, Right: 20, Bottom: 20}},
		XAxis: chart.XAxis{
			Range:     &chart.ContinuousRange{Min: -0.9, Max: float64(n) - 0.1},
			Ticks:     ticks,
			TickStyle: chart.Style{TextRotationDegrees: 90, FontSize: fontSize},
		},
		YAxis: chart.YAxis{
			Range:          &chart.ContinuousRange{Min: 0, Max: top},
			Ticks:          yTicks(top, format),
			Style:          chart.Style{FontSize: fontSize},
			GridMajorStyle: chart.Style{StrokeColor: drawing.ColorFromHex("e0e0e0"), StrokeWidth: 1},
		},
		Series: series,
	}
	if c.Target != nil {
		g.Elements = []chart.Renderable{chart.LegendThin(&g, chart.Style{FontSize: fontSize})}
	}
	var buf bytes.Buffer
	if err := g.Render(chart.PNG, &buf); err != nil {
		return nil, fmt.Errorf("report.IndicatorChart: %w", err)
	}
	return buf.Bytes(), nil
}

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
	top := niceCeil(float64(c.Expected) * 1.1)
	format := c.DateFormat
	if format == nil {
		format = func(t time.Time) string { return t.Format("02/01") }
	}
	g := chart.Chart{
		Title:      c.Title,
		TitleStyle: chart.Style{FontSize: titleSize},
		Width:      progressW, Height: progressH, DPI: dpi,
		Background: chart.Style{Padding: chart.Box{Top: 90, Left: 20, Right: 30, Bottom: 20}},
		XAxis: chart.XAxis{
			Range: &chart.ContinuousRange{Min: float64(first.UnixNano()), Max: float64(last.UnixNano())},
			Ticks: dayTicks(first, last, format),
			Style: chart.Style{FontSize: fontSize},
		},
		YAxis: chart.YAxis{
			Range:          &chart.ContinuousRange{Min: 0, Max: top},
			Ticks:          yTicks(top, func(v float64) string { return fmt.Sprintf("%.0f", v) }),
			Style:          chart.Style{FontSize: fontSize},
			GridMajorStyle: chart.Style{StrokeColor: drawing.ColorFromHex("e0e0e0"), StrokeWidth: 1},
		},
		Series: []chart.Series{
			chart.TimeSeries{Name: c.SeriesLabel, XValues: c.Days, YValues: ys,
				Style: chart.Style{StrokeColor: colorPlain, StrokeWidth: 3, DotWidth: 4, DotColor: colorPlain}},
			chart.TimeSeries{Name: c.ExpectedLabel, XValues: []time.Time{first, last}, YValues: []float64{float64(c.Expected), float64(c.Expected)},
				Style: chart.Style{StrokeColor: colorGrey, StrokeWidth: 2, StrokeDashArray: []float64{6, 4}}},
			chart.TimeSeries{Name: c.DeadlineLabel, XValues: []time.Time{c.Deadline, c.Deadline}, YValues: []float64{0, top},
				Style: chart.Style{StrokeColor: colorTarget, StrokeWidth: 3, StrokeDashArray: []float64{8, 5}}},
		},
	}
	g.Elements = []chart.Renderable{chart.LegendThin(&g, chart.Style{FontSize: fontSize})}
	var buf bytes.Buffer
	if err := g.Render(chart.PNG, &buf); err != nil {
		return nil, fmt.Errorf("report.ProgressChart: %w", err)
	}
	return buf.Bytes(), nil
}

// yTicks puts five or so round ticks on a value axis from 0 to top.
func yTicks(top float64, format func(float64) string) []chart.Tick {
	step := niceCeil(top / 5)
	var out []chart.Tick
	for v := 0.0; v <= top+step/1000; v += step {
		out = append(out, chart.Tick{Value: v, Label: format(v)})
	}
	return out
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

// shortLabel keeps axis labels readable: long names are cut with an ellipsis.
func shortLabel(s string) string {
	r := []rune(s)
	if len(r) <= labelRunes {
		return s
	}
	return string(r[:labelRunes-1]) + "…"
}
