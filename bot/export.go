package bot

// /xuat: the period's figures as a spreadsheet, for the supervisor's own
// tables and the reports they write upward.

import (
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/report"
	"github.com/baocao/baocao/store"
)

func init() {
	register(&command{names: []string{"xuat", "export", "excel"}, menu: "menu.export", allowed: isSupervisor, run: (*request).export})
}

// Export formats.
const (
	FormatXLSX = "xlsx"
	FormatCSV  = "csv"
)

// export: /xuat [csv] [FORM PERIOD [UNIT]].
func (r *request) export(args string) error {
	format, command := FormatXLSX, "xuat"
	fields := strings.Fields(args)
	if len(fields) > 0 {
		switch flows.Fold(fields[0]) {
		case FormatCSV:
			format, command = FormatCSV, "xuat csv"
			args = strings.Join(fields[1:], " ")
		case FormatXLSX, "excel":
			args = strings.Join(fields[1:], " ")
		}
	}
	return r.eachSupervised(command, "pick.export", args, func(u *flows.Unit, f *flows.Form, p flows.Period) error {
		a, err := Export(r.tx, r.cfg(), u, f, p, format, r.lang)
		if err != nil {
			return err
		}
		r.sendFile(a)
		return nil
	})
}

// Export renders a form's period for the units under u as an .xlsx
// workbook (figures and reporting status) or a .csv of the figures.
func Export(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, format string, lang locales.Lang) (Attachment, error) {
	t, first, err := loadTable(tx, u, f, p)
	if err != nil {
		return Attachment{}, err
	}
	data, status := ExportSheets(t, u, first, lang)
	name := f.ID + "-" + p.Key + "-" + u.Code
	var file File
	if format == FormatCSV {
		b, err := report.CSV(locales.Zone, data)
		if err != nil {
			return Attachment{}, err
		}
		file = File{Name: name + ".csv", Data: b}
	} else {
		sheets := []report.Sheet{data, status}
		if ops := OpinionsSheet(t, u, lang); len(ops.Rows) > 0 {
			sheets = append(sheets, ops)
		}
		b, err := report.XLSX(locales.Zone, sheets...)
		if err != nil {
			return Attachment{}, err
		}
		file = File{Name: name + ".xlsx", Data: b}
	}
	return Attachment{File: file, Caption: locales.M("export.caption", "title", f.Title, "period", p.Label(), "unit", u.Name,
		"done", len(t.Subs), "expected", len(u.Leaves()))}, nil
}

// ExportSheets lays out the table: the figures, one row per reporting unit
// then one per unit above them with its aggregate, one column per number;
// and the reporting status, one row per reporting unit.
func ExportSheets(t *flows.Table, u *flows.Unit, first map[string]time.Time, lang locales.Lang) (data, status report.Sheet) {
	tr := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
	var qs []*flows.Question
	data = report.Sheet{Name: tr("export.sheet_data"), Frozen: 2, Columns: []report.Column{
		{Header: tr("export.col_code"), Width: 10}, {Header: tr("export.col_unit")}, {Header: tr("export.col_parent")},
	}}
	for _, q := range t.Form.Questions {
		if !q.Numeric() {
			continue
		}
		qs = append(qs, q)
		kind := report.Decimal
		switch {
		case q.Type == flows.TypePercent:
			kind = report.Share
		case q.Type == flows.TypeInt:
			kind = report.Count
		}
		data.Columns = append(data.Columns, report.Column{Header: strings.TrimSuffix(q.Label.In(lang), "?"), Kind: kind, Width: 16})
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

	status = report.Sheet{Name: tr("export.sheet_status"), Frozen: 2, Columns: []report.Column{
		{Header: tr("export.col_code"), Width: 10}, {Header: tr("export.col_unit")}, {Header: tr("export.col_status"), Width: 14},
		{Header: tr("export.col_at"), Kind: report.Moment}, {Header: tr("export.col_by"), Width: 24},
		{Header: tr("export.col_timely"), Width: 16}, {Header: tr("export.col_version"), Kind: report.Count, Width: 10},
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

// OpinionsSheet lists the text answers (difficulties, proposals), one row
// each: the sheet a department reads before its review meeting.
func OpinionsSheet(t *flows.Table, u *flows.Unit, lang locales.Lang) report.Sheet {
	tr := func(key string, kv ...any) string { return locales.Render(lang, locales.M(key, kv...)) }
	s := report.Sheet{Name: tr("export.sheet_opinions"), Frozen: 1, Columns: []report.Column{
		{Header: tr("export.col_code"), Width: 10}, {Header: tr("export.col_unit")},
		{Header: tr("export.col_question"), Width: 36}, {Header: tr("export.col_answer"), Width: 80},
	}}
	for _, o := range t.Opinions(u) {
		s.Rows = append(s.Rows, []any{o.Unit.Code, o.Unit.Name, strings.TrimSuffix(o.Question.Label.In(lang), "?"), o.Text})
	}
	return s
}
