package bot

// /xuat: the period's figures as a spreadsheet, for the supervisor's own
// tables and the reports they write upward.

import (
	"strings"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/report"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

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
	data, status := report.Sheets(t, u, first, lang)
	name := f.ID + "-" + p.Key + "-" + u.Code
	var file channel.File
	if format == FormatCSV {
		b, err := report.CSV(locales.Zone, data)
		if err != nil {
			return Attachment{}, err
		}
		file = channel.File{Name: name + ".csv", Data: b}
	} else {
		sheets := []report.Sheet{data, status}
		if ops := OpinionsSheet(t, u, lang); len(ops.Rows) > 0 {
			sheets = append(sheets, ops)
		}
		b, err := report.XLSX(locales.Zone, sheets...)
		if err != nil {
			return Attachment{}, err
		}
		file = channel.File{Name: name + ".xlsx", Data: b}
	}
	return Attachment{File: file, Caption: locales.M("export.caption", "title", f.Title, "period", p.Label(), "unit", u.Name,
		"done", len(t.Subs), "expected", len(u.Leaves()))}, nil
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
