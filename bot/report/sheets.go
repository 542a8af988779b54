package report

import (
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// Sheets lays out a flows table for an export: the figures, one row per reporting unit
// then one per unit above them with its aggregate, one column per number;
// and the reporting status, one row per reporting unit.
func Sheets(t *flows.Table, u *flows.Unit, first map[string]time.Time, lang locales.Lang) (data, status Sheet) {
	tr := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
	var qs []*flows.Question
	data = Sheet{Name: tr("export.sheet_data"), Frozen: 2, Columns: []Column{
		{Header: tr("export.col_code"), Width: 10}, {Header: tr("export.col_unit")}, {Header: tr("export.col_parent")},
	}}
	for _, q := range t.Form.Questions {
		if !q.Numeric() {
			continue
		}
		qs = append(qs, q)
		kind := Decimal
		switch {
		case q.Type == flows.TypePercent:
			kind = Share
		case q.Type == flows.TypeInt:
			kind = Count
		}
		data.Columns = append(data.Columns, Column{Header: strings.TrimSuffix(q.Label.In(lang), "?"), Kind: kind, Width: 16})
	}
	row := func(x *flows.Unit, name string) []any {
		parent := ""
		if x.Parent != nil {
			parent = x.Parent.Name
		}
		r := []any{x.Code, name, parent}
		for _, q := range qs {
			if v, ok := t.Value(x, q); ok {
				r = append(r, v)
			} else {
				r = append(r, nil)
			}
		}
		return r
	}
	leaves := u.Leaves()
	for _, l := range leaves {
		data.Rows = append(data.Rows, row(l, l.Name))
	}
	var totals func(x *flows.Unit)
	totals = func(x *flows.Unit) {
		if x.IsLeaf() {
			return
		}
		for _, c := range x.Children {
			totals(c)
		}
		data.Rows = append(data.Rows, row(x, tr("export.total", "unit", x.Name)))
	}
	totals(u)

	status = Sheet{Name: tr("export.sheet_status"), Frozen: 2, Columns: []Column{
		{Header: tr("export.col_code"), Width: 10}, {Header: tr("export.col_unit")}, {Header: tr("export.col_status"), Width: 14},
		{Header: tr("export.col_at"), Kind: Moment}, {Header: tr("export.col_by"), Width: 24},
		{Header: tr("export.col_timely"), Width: 16}, {Header: tr("export.col_version"), Kind: Count, Width: 10},
	}}
	for _, l := range leaves {
		s := t.Sub(l.Code)
		if s == nil {
			status.Rows = append(status.Rows, []any{l.Code, l.Name, tr("export.status_missing"), nil, nil, nil, nil})
			continue
		}
		at := s.At
		if f, ok := first[l.Code]; ok {
			at = f
		}
		timely := tr("export.on_time")
		if t.Period.IsLate(at) {
			timely = tr("export.late")
		}
		status.Rows = append(status.Rows, []any{l.Code, l.Name, tr("export.status_submitted"), s.At, s.ByName, timely, s.Version})
	}
	return data, status
}
