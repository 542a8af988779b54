package report

import (
	"sort"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// YearSheet is the export's sheet against the same period a year earlier:
// for each reporting unit and each key indicator, the figure now, the
// figure then (a new commune's is its old units' full sum, or none) and
// the change, then the whole unit over the units with both figures. A
// figure missing on either side leaves the three cells empty, never 0.
// ok is false when there is no earlier table or nothing in it. cfg gives
// the targets each figure is told apart from (nil: none).
func YearSheet(cfg *flows.Config, t, earlier *flows.Table, u *flows.Unit, lang locales.Lang) (Sheet, bool) {
	if t == nil || earlier == nil || len(earlier.Subs) == 0 {
		return Sheet{}, false
	}
	qs := t.Form.Indicators()
	if len(qs) == 0 {
		return Sheet{}, false
	}
	tr := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
	then := earlier.Period.Label()
	s := Sheet{Name: tr("export.sheet_year"), Frozen: 2, Columns: []Column{
		// The unit's name wraps: the last row names the whole unit and how
		// many units the comparison covers.
		{Header: tr("export.col_code"), Width: 10}, {Header: tr("export.col_unit"), Width: 34, Wrap: true},
	}}
	for _, q := range qs {
		label := flows.Label(q)
		kind, moved, change := Count, Change, "export.col_change"
		switch {
		case q.Type == flows.TypePercent:
			kind, moved, change = Share, ChangeShare, "export.col_change_points"
		case q.Type == flows.TypeDecimal:
			kind, moved = Decimal, ChangeDecimal
		}
		s.Columns = append(s.Columns,
			Column{Header: tr("export.col_now", "label", label, "period", t.Period.Label()), Kind: kind, Width: 16},
			Column{Header: tr("export.col_then", "label", label, "period", then), Kind: kind, Width: 16},
			Column{Header: tr(change, "label", label), Kind: moved, Width: 16})
	}
	// Each figure is told apart from the figures of the other units in its
	// column and from its target of its year (the report sheet's rule,
	// cellDigits): 88,192% and 88,195% do not both read 88,2%, nor 85,96%
	// 86,0% beside a target of 86%. The whole unit's line is told apart
	// from its own targets.
	nowYear, thenYear := t.Period.Start.Year(), earlier.Period.Start.Year()
	target := func(x *flows.Unit, q *flows.Question, year int) *float64 {
		if cfg == nil {
			return nil
		}
		if tg := cfg.Targets.For(t.Form.ID, q.ID, x, year); tg != nil {
			v := tg.Value()
			return &v
		}
		return nil
	}
	leaves := u.Leaves()
	nows, thens := make([][]float64, len(qs)), make([][]float64, len(qs))
	for j, q := range qs {
		for _, l := range leaves {
			if c, ok := t.CompareWith(earlier, l, q); ok {
				nows[j] = append(nows[j], c.Now)
				thens[j] = append(thens[j], c.Then)
			}
		}
		sort.Float64s(nows[j])
		sort.Float64s(thens[j])
	}
	row := func(code, name string, x *flows.Unit, peers bool) []any {
		r := []any{code, name}
		for j, q := range qs {
			c, ok := t.CompareWith(earlier, x, q)
			if !ok {
				r = append(r, nil, nil, nil)
				continue
			}
			if q.Type != flows.TypePercent && q.Type != flows.TypeDecimal {
				r = append(r, c.Now, c.Then, c.Change())
				continue
			}
			var pn, pt []float64
			if peers {
				pn, pt = nows[j], thens[j]
			}
			from := max(apartOf(q, c.Now, pn, target(x, q, nowYear)), apartOf(q, c.Then, pt, target(x, q, thenYear)))
			// From those, as many decimals as make the change read as the
			// difference of the two figures shown (the chat's rule,
			// flows.CompareDigitsFrom): 83,04% against 80,15% at one
			// decimal would read 83,0%, 80,2% and +2,9.
			d := flows.CompareDigitsFrom(q, from, c.Now, c.Then)
			r = append(r, Fixed{c.Now, d}, Fixed{c.Then, d}, Fixed{c.Change(), d})
		}
		return r
	}
	for _, l := range leaves {
		s.Rows = append(s.Rows, row(l.Code, l.Name, l, true))
	}
	if !u.IsLeaf() {
		// The whole unit: each indicator over the units with both figures,
		// said in its name cell (the counts differ per indicator only when
		// a unit skipped one; the first indicator's are named).
		c, _ := t.CompareWith(earlier, u, qs[0])
		s.Rows = append(s.Rows, row(u.Code, tr("export.year_total", "unit", u.Named(), "units", c.Units, "of", c.Of), u, false))
	}
	return s, true
}
