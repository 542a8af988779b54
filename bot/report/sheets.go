package report

import (
	"cmp"
	"path"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// Status is the export's reporting status sheet, one row per reporting
// unit: when it reported, who, on time or late, which version.
func Status(t *flows.Table, u *flows.Unit, first map[string]time.Time, lang locales.Lang) Sheet {
	return StatusOf(t, u.Leaves(), first, lang)
}

// StatusOf is the status sheet of the reporting units listed, in their
// order: for a period of an earlier era, the old units that owed it.
func StatusOf(t *flows.Table, leaves []*flows.Unit, first map[string]time.Time, lang locales.Lang) Sheet {
	tr := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
	status := Sheet{Name: tr("export.sheet_status"), Frozen: 2, Columns: []Column{
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
		if s.LateEntry {
			timely = tr("export.late_entry", "timely", timely) // a period a supervisor opened again
		}
		if im := s.Imported; im != nil {
			// Figures an operator imported from last years' files: not the
			// unit's report, and neither on time nor late.
			by := tr("export.imported_by", "by", cmp.Or(s.ByName, im.By), "file", path.Base(im.File))
			status.Rows = append(status.Rows, []any{l.Code, l.Name, tr("export.status_imported"), s.At, by, tr("export.not_timed"), s.Version})
			continue
		}
		status.Rows = append(status.Rows, []any{l.Code, l.Name, tr("export.status_submitted"), s.At, s.ByName, timely, s.Version})
	}
	return status
}
