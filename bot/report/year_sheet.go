package report

import (
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// YearSheet is the export's sheet against the same period a year earlier:
// for each reporting unit and each key indicator, the figure now, the
// figure then (a new commune's is its old units' full sum, or none) and
// the change, then the whole unit over the units with both figures. A
// figure missing on either side leaves the three cells empty, never 0.
// ok is false when there is no earlier table or nothing in it.
func YearSheet(t, earlier *flows.Table, u *flows.Unit, lang locales.Lang) (Sheet, bool) {
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
	row := func(code, name string, x *flows.Unit) []any {
		r := []any{code, name}
		for _, q := range qs {
			c, ok := t.CompareWith(earlier, x, q)
			if !ok {
				r = append(r, nil, nil, nil)
				continue
			}
			if q.Type != flows.TypePercent && q.Type != flows.TypeDecimal {
				r = append(r, c.Now, c.Then, c.Change())
				continue
			}
			// As many decimals as make the change read as the difference
			// of the two figures shown (the chat's rule,
			// flows.CompareDigits): 83,04% against 80,15% at one decimal
			// would read 83,0%, 80,2% and +2,9.
			d := flows.CompareDigits(q, c.Now, c.Then)
			r = append(r, Fixed{c.Now, d}, Fixed{c.Then, d}, Fixed{c.Change(), d})
		}
		return r
	}
	for _, l := range u.Leaves() {
		s.Rows = append(s.Rows, row(l.Code, l.Name, l))
	}
	if !u.IsLeaf() {
		// The whole unit: each indicator over the units with both figures,
		// said in its name cell (the counts differ per indicator only when
		// a unit skipped one; the first indicator's are named).
		c, _ := t.CompareWith(earlier, u, qs[0])
		s.Rows = append(s.Rows, row(u.Code, tr("export.year_total", "unit", u.Named(), "units", c.Units, "of", c.Of), u))
	}
	return s, true
}
