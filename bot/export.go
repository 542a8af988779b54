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
	r.typing()
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
		b, err := report.XLSX(locales.Zone, data, status)
		if err != nil {
			return Attachment{}, err
		}
		file = channel.File{Name: name + ".xlsx", Data: b}
	}
	return Attachment{File: file, Caption: locales.M("export.caption", "title", f.Title, "period", p.Label(), "unit", u.Name,
		"done", len(t.Subs), "expected", len(u.Leaves()))}, nil
}
