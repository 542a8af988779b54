package bot

// /xuhuong [chỉ tiêu] [đơn vị]: an indicator of a unit, a cluster or the
// province over its last periods, as one chart and one line of text
// (issue 21, point 3). flows decides what each point is (trend*.go);
// this file reads the reports each period needs, and lays the trend out
// for report.TrendChart.

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/report"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// trend: /xuhuong [chỉ tiêu] [đơn vị]. Anyone may see their own unit's;
// a unit or cluster named must be one they may see (flows.May).
func (r *request) trend(args string) error {
	cfg := r.cfg()
	q := cfg.ParseTrend(args)
	if q.Unknown != "" {
		r.say(locales.M("trend.unknown", "input", locales.Plain(shorten(q.Unknown, 40)), "list", trendIndicators(cfg)))
		return nil
	}
	u := q.Unit
	switch {
	case u == nil:
		if u = r.ownUnit(); u == nil {
			r.say(locales.M("trend.no_unit"))
			return nil
		}
	case !flows.May(r.person, cfg.Units, flows.See, u):
		r.say(locales.M("trend.denied", "unit", u.Named()))
		return nil
	}
	r.typing()
	_, line, png, err := TrendFor(r.tx, cfg, u, q.Form, q.Question, r.now, r.lang)
	if err != nil {
		return err
	}
	if png == nil {
		r.say(line)
		return nil
	}
	r.sendFile(Attachment{
		File:    channel.File{Name: "xu-huong-" + q.Form.ID + "-" + q.Question.ID + "-" + u.Code + ".png", Photo: true, Data: png},
		Caption: line,
	})
	return nil
}

// trendIndicators lists what /xuhuong can draw: each form's key
// indicators, a question shared by two forms once.
func trendIndicators(cfg *flows.Config) []locales.Msg {
	var out []locales.Msg
	seen := map[string]bool{}
	for _, f := range cfg.Forms {
		for _, q := range f.Indicators() {
			if seen[q.ID] {
				continue
			}
			seen[q.ID] = true
			out = append(out, locales.M("trend.indicator", "label", q.ShortLabel(), "id", locales.Plain(q.ID), "title", f.Title))
		}
	}
	return out
}

// TrendFor is u's trend of q at now, its line of text, and its chart
// (nil when there is no figure at all to draw).
func TrendFor(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, q *flows.Question, now time.Time, lang locales.Lang) (flows.Trend, locales.Msg, []byte, error) {
	points := map[string]flows.TrendPoint{}
	reports := map[string]map[string]*flows.Submission{}
	load := func(p flows.Period) (map[string]*flows.Submission, error) {
		if subs, ok := reports[p.Key]; ok {
			return subs, nil
		}
		subs, err := tx.SubmissionsFor(f.ID, p.Key, cfg.TrendSources(u, p))
		if err != nil {
			return nil, fmt.Errorf("bot.TrendFor: %w", err)
		}
		reports[p.Key] = subs
		return subs, nil
	}
	at := func(p flows.Period) (flows.TrendPoint, error) {
		if pt, ok := points[p.Key]; ok {
			return pt, nil
		}
		subs, err := load(p)
		if err != nil {
			return flows.TrendPoint{}, err
		}
		pt := cfg.TrendPointOf(u, f, q, p, subs)
		points[p.Key] = pt
		return pt, nil
	}
	var all []flows.TrendPoint
	for _, p := range flows.TrendPeriods(f, now) {
		pt, err := at(p)
		if err != nil {
			return flows.Trend{}, locales.Msg{}, nil, err
		}
		all = append(all, pt)
	}
	tr := flows.NewTrend(u, f, q, all)
	latest, ok := tr.Latest()
	if !ok {
		return tr, tr.Line(flows.TrendPoint{}, flows.TrendPoint{}), nil, nil
	}
	// The periods compared lie in the trend, or, when the latest figure
	// is not of its last period, perhaps before it. A group's change is
	// the digest's: over its units that have both figures.
	yearP, prevP, _ := flows.TrendComparisons(f, latest.Period)
	then := func(p flows.Period) (flows.TrendPoint, error) {
		pt, err := at(p)
		if err != nil || u.IsLeaf() || !pt.Has {
			return pt, err
		}
		nowSubs, err := load(latest.Period)
		if err != nil {
			return pt, err
		}
		thenSubs, err := load(p)
		if err != nil {
			return pt, err
		}
		c, _ := cfg.TrendCompare(u, f, q, latest.Period, p, nowSubs, thenSubs)
		pt.Change = &c
		return pt, nil
	}
	year, err := then(yearP)
	if err != nil {
		return tr, locales.Msg{}, nil, err
	}
	prev, err := then(prevP)
	if err != nil {
		return tr, locales.Msg{}, nil, err
	}
	line := tr.Line(year, prev)
	png, err := trendChart(cfg, tr, year.Period.Key, lang).PNG()
	if err != nil {
		return tr, locales.Msg{}, nil, err
	}
	return tr, line, png, nil
}

// trendChart lays out a trend for report.TrendChart in lang; yearKey is
// the period the latest figure is compared with, labelled on the chart.
func trendChart(cfg *flows.Config, tr flows.Trend, yearKey string, lang locales.Lang) report.TrendChart {
	q := tr.Question
	latest, _ := tr.Latest()
	var values []float64
	for _, p := range tr.Points {
		if p.Has {
			values = append(values, p.Value)
		}
	}
	// The figures carry the decimals that tell them apart, as /bieudo's.
	digits := flows.Digits(q, values)
	format := func(v float64) string {
		if v == math.Trunc(v) {
			return locales.Value(lang, flows.FormatFigure(q, v))
		}
		return locales.Value(lang, flows.FormatDigits(q, v, digits))
	}
	since := cfg.EraStart()
	if since.IsZero() {
		since = flows.MergedOn
	}
	c := report.TrendChart{
		Title:    locales.Render(lang, locales.M("trend.chart_title", "label", q.ShortLabel(), "unit", locales.Plain(tr.Unit.Name))),
		MergeAt:  tr.MergedUntil(),
		Format:   format,
		Reported: locales.Render(lang, locales.M("trend.legend_reported")),
		MergedLegend: locales.Render(lang, locales.M("trend.legend_merged",
			"month", locales.Plain(since.Format("01/2006")), "what", tr.OldWord())),
		GapLegend:  locales.Render(lang, locales.M("trend.legend_gap")),
		MergeLabel: locales.Render(lang, locales.M("trend.merge_line", "date", locales.Date(since))),
	}
	few := len(tr.Points) <= 7
	for i, p := range tr.Points {
		tick, year := periodTick(p.Period, lang)
		if i > 0 && year == periodYear(tr.Points[i-1].Period) {
			year = ""
		}
		c.Points = append(c.Points, report.TrendPoint{
			Tick: tick, Year: year, Value: p.Value, Has: p.Has, Merged: p.Merged,
			Labelled: p.Has && (few || i == 0 || p.Period.Key == latest.Period.Key || p.Period.Key == yearKey),
		})
	}
	return c
}

// periodTick names a period under the chart's axis: "T11" over "2026",
// "Quý IV" over "2026", "2024".
func periodTick(p flows.Period, lang locales.Lang) (tick, year string) {
	year = periodYear(p)
	switch p.Kind {
	case flows.Monthly:
		return locales.Render(lang, locales.M("trend.tick_month", "month", locales.Plain(strconv.Itoa(int(p.Start.Month()))))), year
	case flows.Quarterly:
		return locales.Render(lang, locales.M("trend.tick_quarter",
			"quarter", locales.Plain([]string{"I", "II", "III", "IV"}[(int(p.Start.Month())-1)/3]))), year
	case flows.HalfYear:
		if p.Start.Month() == time.January {
			return locales.Render(lang, locales.M("trend.tick_half1")), year
		}
		return locales.Render(lang, locales.M("trend.tick_half2")), year
	}
	return year, ""
}

func periodYear(p flows.Period) string { return strconv.Itoa(p.Start.Year()) }
