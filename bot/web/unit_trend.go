package web

// The unit page's trend: the series /xuhuong draws for the period's form's
// main indicator, as a table (every period, "chưa có số liệu" for a gap,
// the note of a sum of old units) and the same chart image.

import (
	"math"
	"net/http"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

type trendRow struct {
	Period, Value, Note string
	Has                 bool
}

// trendOf fills the unit page's trend.
func (h *Handler) trendOf(tx *store.Tx, n *nav, v *visit, body *unitBody) error {
	series, png, err := h.Bot.Trend(tx, n.Unit, n.Form, v.lang, v.now)
	if err != nil || series.Question == nil || len(series.Points) == 0 {
		return err
	}
	body.TrendTitle = tr(v.lang, "trend.web_title", "label", series.Question.ShortLabel())
	if png != nil {
		body.TrendImage = h.base + "/web/xu-huong/" + n.Unit.Code + "?" + n.values().Encode()
	}
	body.Trend = trendRows(series, v.lang)
	return nil
}

// trendPNG is the unit page's trend chart.
func (h *Handler) trendPNG(w http.ResponseWriter, r *http.Request, v *visit) {
	n, ok := h.choose(r, v)
	if !ok {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	var png []byte
	err := h.Store.View(func(tx *store.Tx) error {
		var err error
		_, png, err = h.Bot.Trend(tx, n.Unit, n.Form, v.lang, v.now)
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	if png == nil {
		h.notFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Write(png)
}

// trendRows are the trend's table rows, the latest period first.
func trendRows(series flows.Trend, lang locales.Lang) []trendRow {
	var rows []trendRow
	// The figures carry the decimals that tell them apart, as the chart's
	// labels and /bieudo's do: 85,24% and 85,18% are not both "85,2%".
	var values []float64
	for _, p := range series.Points {
		if p.Has {
			values = append(values, p.Value)
		}
	}
	digits := flows.Digits(series.Question, values)
	for i := len(series.Points) - 1; i >= 0; i-- {
		p := series.Points[i]
		row := trendRow{Period: locales.Render(lang, p.Period.Label()), Has: p.Has}
		switch {
		case p.Has:
			row.Value = locales.Render(lang, flows.FigureDigits(series.Question, p.Value, digits))
			if p.Value == math.Trunc(p.Value) {
				row.Value = locales.Render(lang, flows.FigureWithUnit(series.Question, p.Value))
			}
			// A group's share says what it is summed from and over how
			// many units, as /xuhuong's line does: "13.970/16.380; 19/24
			// đơn vị có số liệu" is what a supervisor checks it by.
			if remark, ok := series.Remark(p); ok {
				row.Note = locales.Render(lang, remark)
			}
		case p.Expected > 1:
			row.Value = tr(lang, "trend.web_gap_group", "done", p.Done, "expected", p.Expected)
		default:
			row.Value = tr(lang, "trend.web_gap")
		}
		rows = append(rows, row)
	}
	return rows
}
