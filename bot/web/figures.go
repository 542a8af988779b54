package web

import (
	"net/http"
	"sort"
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// cell is one figure of the table: shown as the chat shows it, with the
// target reached or not when the unit has one.
type cell struct {
	Text  string
	Value float64
	Has   bool
	Met   *bool
	Parts string // for a share: "9/12", the summed parts it is computed from
}

type figureRow struct {
	Unit  *flows.Unit
	Leaf  bool
	Cells []cell
	// Reported is "3/24 đã nộp" for a unit above others: its figures are
	// the sum of those alone, and it is not ranked before half reported.
	Reported string
}

type column struct {
	Question *flows.Question
	Label    string
	Sort     string // the dir a click on the header sorts by
	Sorted   string // "asc"/"desc" when the table is sorted by it
}

type figuresBody struct {
	Columns []column
	Rows    []figureRow
	Total   figureRow
	Met     []string // per column: "3/5 units reach the target"
	// YearLabel names the same period a year earlier ("" when the digest
	// has nothing to compare); Year holds, per column, the figure then
	// and the change, as the chat's digest computes them (merger-aware).
	YearLabel string
	Year      []string
	// Moves are the lines naming the largest rises and falls.
	Moves  []string
	SortBy string
	Dir    string
}

// figures: units × key indicators for the chosen unit's children, with
// the total row of the digest (same flows.Table.Aggregate, same targets).
func (h *Handler) figures(w http.ResponseWriter, r *http.Request, v *visit) {
	n, ok := h.choose(r, v)
	if !ok {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	var body figuresBody
	err := h.Store.View(func(tx *store.Tx) error {
		var err error
		body, err = h.buildFigures(tx, n, v, r.URL.Query().Get("sort"), r.URL.Query().Get("dir"))
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	h.render(w, r, http.StatusOK, "figures", h.page(r, v, n, tr(v.lang, "web.figures_title"), body))
}

// tableColumns are the form's figures, as in the export: the counts a
// share is computed from stand beside it.
func tableColumns(f *flows.Form) []*flows.Question {
	var out []*flows.Question
	for _, q := range f.Questions {
		if q.Numeric() {
			out = append(out, q)
		}
	}
	return out
}

func (h *Handler) buildFigures(tx *store.Tx, n *nav, v *visit, sortBy, dir string) (figuresBody, error) {
	cfg := h.cfg()
	f, p, u := n.Form, n.Period, n.Unit
	t, _, err := h.Bot.Table(tx, u, f, p)
	if err != nil {
		return figuresBody{}, err
	}
	d, err := h.Bot.Digest(tx, u, f, p, v.now)
	if err != nil {
		return figuresBody{}, err
	}
	year := p.Start.Year()
	qs := tableColumns(f)
	if dir != "asc" {
		dir = "desc"
	}
	body := figuresBody{SortBy: sortBy, Dir: dir}
	for _, q := range qs {
		c := column{Question: q, Label: flows.Label(q).In(v.lang), Sort: "desc"}
		if q.ID == sortBy {
			c.Sorted = dir
			if dir == "desc" {
				c.Sort = "asc"
			}
		}
		body.Columns = append(body.Columns, c)
	}
	// Each figure with the decimals that tell it from the other rows'
	// figures and from its target, as /tonghop and /ketqua print it
	// (85,24% beside 85,18%; 85,96% beside a target of 86%).
	rows := u.Children
	if len(rows) == 0 {
		rows = []*flows.Unit{u}
	}
	column := map[string][]float64{}
	for _, q := range qs {
		for _, x := range rows {
			if val, ok := t.Value(x, q); ok {
				column[q.ID] = append(column[q.ID], val)
			}
		}
	}
	figure := func(x *flows.Unit, q *flows.Question) cell {
		val, ok := t.Value(x, q)
		if !ok {
			return cell{Text: "—"} // not reported: never 0 (the hint says so)
		}
		others := column[q.ID]
		tg := cfg.Targets.For(f.ID, q.ID, x, year)
		if tg != nil {
			others = append(append([]float64(nil), others...), tg.Value())
		}
		digits := flows.DigitsApart(q, val, others)
		c := cell{Value: val, Has: true, Text: locales.Value(v.lang, flows.FormatDigits(q, val, digits))}
		if _, ratio := q.Ratio(); ratio {
			if a := t.Aggregate(x, q); a.Units > 0 {
				c.Parts = locales.Value(v.lang, int64(a.Num)) + "/" + locales.Value(v.lang, int64(a.Den))
			}
		}
		if tg != nil && t.Rankable(x) { // a district is judged once half its units reported
			met := flows.TargetMet(q, tg, val)
			c.Met = &met
		}
		return c
	}
	for _, x := range rows {
		row := figureRow{Unit: x, Leaf: x.IsLeaf()}
		if !row.Leaf {
			done, expected := t.Reported(x)
			row.Reported = tr(v.lang, "web.row_reported", "done", done, "expected", expected)
		}
		for _, q := range qs {
			row.Cells = append(row.Cells, figure(x, q))
		}
		body.Rows = append(body.Rows, row)
	}
	for i, q := range qs {
		if q.ID != sortBy {
			continue
		}
		sort.SliceStable(body.Rows, func(a, b int) bool {
			ca, cb := body.Rows[a].Cells[i], body.Rows[b].Cells[i]
			if ca.Has != cb.Has {
				return ca.Has // units without the figure last, either way
			}
			if dir == "asc" {
				return ca.Value < cb.Value
			}
			return ca.Value > cb.Value
		})
	}
	// The total row is the digest's: its lines hold the aggregate (summed,
	// or a share from summed parts) and how many units met their target.
	lines := map[string]flows.DigestLine{}
	lineAt := map[string]int{}
	for i, l := range d.Lines {
		lines[l.Question.ID] = l
		lineAt[l.Question.ID] = i
	}
	body.yearRow(d, qs, lineAt, v.lang)
	body.Total = figureRow{Unit: u}
	for _, q := range qs {
		var c cell
		if l, ok := lines[q.ID]; ok {
			c = cell{Text: "—"}
			if l.Agg.Units > 0 {
				digits := totalDigits(d, lineAt[q.ID])
				c = cell{Value: l.Agg.Value, Has: true, Text: locales.Value(v.lang, flows.FormatDigits(q, l.Agg.Value, digits))}
				if l.Target != nil {
					met := flows.TargetMet(q, l.Target, l.Agg.Value)
					c.Met = &met
				}
			}
			if _, ratio := q.Ratio(); ratio && l.Agg.Units > 0 {
				c.Parts = locales.Value(v.lang, int64(l.Agg.Num)) + "/" + locales.Value(v.lang, int64(l.Agg.Den))
			}
			met := ""
			if l.Judged > 0 {
				met = tr(v.lang, "web.met", "met", l.Met, "judged", l.Judged)
			}
			body.Met = append(body.Met, met)
		} else {
			// Not a key indicator (a form without any): the same
			// aggregation, without targets.
			c = figure(u, q)
			if a := t.Aggregate(u, q); a.Units > 0 {
				if _, ratio := q.Ratio(); ratio {
					c.Parts = locales.Value(v.lang, int64(a.Num)) + "/" + locales.Value(v.lang, int64(a.Den))
				}
			}
			body.Met = append(body.Met, "")
		}
		body.Total.Cells = append(body.Total.Cells, c)
	}
	return body, nil
}

// totalDigits are the decimals of the total row's figure on the digest's
// line i: those that tell it from its target, and as many more as make
// the change printed under it the difference of the two figures.
func totalDigits(d flows.Digest, i int) int {
	l := d.Lines[i]
	digits := flows.DigitsApart(l.Question, l.Agg.Value, nil)
	if l.Target != nil {
		digits = flows.DigitsApart(l.Question, l.Agg.Value, []float64{l.Target.Value()})
	}
	return d.YearDigits(i, digits)
}

// yearRow fills the row against the same period a year earlier and the
// rises and falls, from the digest: the same figures /tonghop shows.
func (b *figuresBody) yearRow(d flows.Digest, qs []*flows.Question, lineAt map[string]int, lang locales.Lang) {
	if d.Year == nil {
		return
	}
	has := false
	for _, q := range qs {
		cell := ""
		if i, ok := lineAt[q.ID]; ok {
			if m, ok := d.YearCell(i, totalDigits(d, i)); ok {
				cell, has = locales.Render(lang, m), true
			}
		}
		b.Year = append(b.Year, cell)
	}
	if !has {
		b.Year = nil
		return
	}
	b.YearLabel = tr(lang, "web.year_row", "period", d.Year.Period.Label())
	if m := d.Moves(); m != nil {
		b.Moves = strings.Split(locales.Render(lang, *m), "\n")
	}
}
