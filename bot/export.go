package bot

// /xuat: the period's figures as a spreadsheet, for the supervisor's own
// tables and the reports they write upward.

import (
	"strings"
	"time"

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
		a, err := ExportLinked(r.tx, r.cfg(), u, f, p, format, r.lang, r.person.Name, r.app.PublicURL, r.now)
		if err != nil {
			return err
		}
		if err := r.tx.Audit(store.AuditEntry{At: r.now, By: r.person.ID, ByName: r.person.Name, Action: store.AuditExport, Unit: u.Code,
			Detail: f.ID + " " + p.Key + " " + format}); err != nil {
			return err
		}
		r.sendFile(a)
		return nil
	})
}

// Export renders a form's period for the units under u as an .xlsx
// workbook (the official report sheet, the written answers, the photos,
// the reporting status) or a .csv of the report sheet's table, made at
// now (its year goes on the sheet's dating line).
func Export(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, format string, lang locales.Lang, now time.Time) (Attachment, error) {
	return ExportBy(tx, cfg, u, f, p, format, lang, "", now)
}

// ExportBy is Export prepared by the named person (printed under
// "Người lập biểu").
func ExportBy(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, format string, lang locales.Lang, by string, now time.Time) (Attachment, error) {
	return ExportLinked(tx, cfg, u, f, p, format, lang, by, "", now)
}

// ExportLinked is ExportBy where the web view is served at publicURL: a
// voice note in the written answers links to where it is played.
func ExportLinked(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, format string, lang locales.Lang, by, publicURL string, now time.Time) (Attachment, error) {
	t, first, err := loadTable(tx, cfg, u, f, p)
	if err != nil {
		return Attachment{}, err
	}
	in := report.ExportInput{Config: cfg, Unit: u, Table: t, Lang: lang, By: by, FirstAt: first, Photo: photoBytes(tx), Now: now,
		VoiceLink: voiceLink(tx, publicURL)}
	if cfg.Earlier(p) {
		if in.MissingNotes, err = eraMissingNotes(tx, cfg, u, f, p, lang); err != nil {
			return Attachment{}, err
		}
	}
	doc := report.OfficialDocument(in)
	name := f.ID + "-" + p.Key + "-" + u.Code
	var file channel.File
	if format == FormatCSV {
		b, err := doc.CSV()
		if err != nil {
			return Attachment{}, err
		}
		file = channel.File{Name: name + ".csv", Data: b}
	} else {
		var extra []report.Sheet
		if s, ok := report.TextSheet(in); ok {
			extra = append(extra, s)
		}
		if s, ok := report.PhotoSheet(in); ok {
			extra = append(extra, s)
		}
		if cfg.Earlier(p) {
			// Who owed the report then were the old units, under their
			// codes and names of that era: today's unit that took a code
			// sent nothing (its figures here are their sums).
			s, err := eraStatus(tx, cfg, u, f, p, lang)
			if err != nil {
				return Attachment{}, err
			}
			extra = append(extra, s)
		} else {
			extra = append(extra, report.Status(t, u, first, lang))
		}
		if !cfg.Earlier(p) {
			earlier, err := yearAgoTable(tx, cfg, u, f, p)
			if err != nil {
				return Attachment{}, err
			}
			if s, ok := report.YearSheet(cfg, t, earlier, u, lang); ok {
				extra = append(extra, s)
			}
		}
		b, err := report.Official(locales.Zone, doc, extra...)
		if err != nil {
			return Attachment{}, err
		}
		file = channel.File{Name: name + ".xlsx", Data: b}
	}
	return Attachment{File: file, Caption: locales.M("export.caption", "title", f.Title, "period", p.Label(), "unit", u.Named(),
		"done", len(t.Subs), "expected", len(u.Leaves()))}, nil
}

// eraStatus is the status sheet of a period of an earlier era: one row per
// old unit that went, wholly or in part, into the units under u, with its
// own report (the first version's time decides, as in the digest).
func eraStatus(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, lang locales.Lang) (report.Sheet, error) {
	old, subs, first, err := eraOwed(tx, cfg, u, f, p)
	if err != nil {
		return report.Sheet{}, err
	}
	return report.StatusOf(flows.NewTable(f, p, subs), old, first, lang), nil
}

// eraOwed lists, for a period of an earlier era, the old units that went,
// wholly or in part, into the units under u (who owed the period then,
// under their codes and names of that era), their own reports by code, and
// when the first version of each revised one came.
func eraOwed(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period) ([]*flows.Unit, map[string]*flows.Submission, map[string]time.Time, error) {
	var old []*flows.Unit
	seen := map[string]bool{}
	for _, o := range cfg.OldUnitsOf(u, p) {
		if seen[o.Code] {
			continue
		}
		seen[o.Code] = true
		if n := cfg.UnitOf(o.Code, p); n != nil && n.Name != "" {
			o = &flows.Unit{Code: o.Code, Name: n.Name}
		}
		old = append(old, o)
	}
	subs, err := tx.SubmissionsFor(f.ID, p.Key, old)
	if err != nil {
		return nil, nil, nil, err
	}
	first := map[string]time.Time{}
	for code, s := range subs {
		if s.Version > 1 {
			at, err := tx.FirstSubmittedAt(f.ID, p.Key, code)
			if err != nil && !isNotFound(err) {
				return nil, nil, nil, err
			}
			if err == nil {
				first[code] = at
			}
		}
	}
	return old, subs, first, nil
}

// eraMissingNotes says, for each of today's units under u left without a
// figure of a period of an earlier era, why: how many of its old units
// reported ("3/4 đơn vị cũ đã nộp"), or that it took part of an old unit.
func eraMissingNotes(tx *store.Tx, cfg *flows.Config, u *flows.Unit, f *flows.Form, p flows.Period, lang locales.Lang) (map[string]string, error) {
	old, err := tx.SubmissionsFor(f.ID, p.Key, cfg.PastUnits(u, p))
	if err != nil {
		return nil, err
	}
	notes := map[string]string{}
	for _, g := range cfg.EraGaps(u, old) {
		if g.Note == flows.PastPartial {
			notes[g.Unit.Code] = locales.Render(lang, locales.M("doc.era_partly"))
			continue
		}
		total := len(g.Unit.Formerly)
		if total == 0 || total == len(g.Missing) {
			continue // none reported: "Chưa nộp" says it
		}
		notes[g.Unit.Code] = locales.Render(lang, locales.M("doc.era_incomplete", "done", total-len(g.Missing), "total", total))
	}
	return notes, nil
}
