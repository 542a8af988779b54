package bot

// baocao figures import: last years' figures from a spreadsheet, stored
// as each unit's report of that period and marked as imported (the file,
// the time, the operator) so that history and the audit log tell them
// from what a unit sent itself.

import (
	"errors"
	"strings"
	"time"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/report"
	"github.com/baocao/baocao/bot/webhook"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// maxShownProblems is how many problems an import lists.
const maxShownProblems = 40

// ImportOptions are the command's switches.
type ImportOptions struct {
	File     string // the file's name, as the messages and the marks say it
	DryRun   bool   // only say what would be stored
	Replace  bool   // a unit's own report may be overwritten
	Operator string // who imports, for the audit log
	Lang     locales.Lang
}

// ImportResult is what an import did or would do, line by line.
type ImportResult struct {
	Lines  []locales.Msg // one per row, then problems, then the summary
	Stored int
	OK     bool // no problem: stored (or, in a dry run, would be)
}

// Text renders the result in lang.
func (r ImportResult) Text(lang locales.Lang) string {
	var b strings.Builder
	for i, m := range r.Lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(locales.Render(lang, m))
	}
	return b.String()
}

// Import reads rows as form f's figures of period p and, unless o.DryRun
// or a row is wrong, stores them in tx: nothing is stored when one
// problem remains. A unit's current report that was imported is
// replaced; one it sent itself only with o.Replace.
func Import(tx *store.Tx, cfg *flows.Config, f *flows.Form, p flows.Period, rows [][]string, o ImportOptions, now time.Time) (ImportResult, error) {
	plan := cfg.PlanImport(flows.ImportInput{Form: f, Period: p, Rows: rows, Now: now, Lang: o.Lang})
	var res ImportResult
	var puts []flows.ImportRow
	problems := plan.Problems
	for _, r := range plan.Rows {
		cur, err := tx.Submission(f.ID, p.Key, r.Unit.Code)
		switch {
		case errors.Is(err, store.ErrNotFound):
			cur = nil
		case err != nil:
			return res, err
		}
		key := "import.row"
		if cur != nil && cur.Imported != nil {
			key = "import.row_replaces"
		} else if cur != nil {
			if !o.Replace {
				problems = append(problems, flows.ImportProblem{Line: r.Line, Msg: locales.M("import.own_report",
					"unit", cfg.Label(r.Unit), "version", cur.Version, "at", locales.Plain(locales.FormatDate(cur.At)))})
				continue
			}
			key = "import.row_overrides"
		}
		version := 0
		if cur != nil {
			version = cur.Version
		}
		res.Lines = append(res.Lines, locales.M(key, "line", r.Line, "unit", cfg.Label(r.Unit),
			"answers", locales.Plain(answersLine(f, r.Answers, o.Lang)), "version", version))
		puts = append(puts, r)
	}
	for _, r := range plan.Empty {
		res.Lines = append(res.Lines, locales.M("import.empty_row", "line", r.Line, "unit", cfg.Label(r.Unit)))
	}
	for i, pr := range problems {
		if i == maxShownProblems {
			// A whole column typed one wrong way is one mistake: the
			// first ones show it, the rest only add to the count.
			res.Lines = append(res.Lines, locales.M("import.more_problems", "count", len(problems)-i))
			break
		}
		res.Lines = append(res.Lines, pr.Message())
	}
	file := locales.Plain(o.File)
	if len(problems) > 0 {
		res.Lines = append(res.Lines, locales.M("import.refused", "file", file, "count", len(problems)))
		return res, nil
	}
	res.OK = true
	if o.DryRun {
		res.Lines = append(res.Lines, locales.M("import.dry_summary", "title", f.Title, "period", p.Label(), "count", len(puts), "file", file))
		return res, nil
	}
	for _, r := range puts {
		// When the unit reported is not known: At is the period's
		// period's end, so an imported report never counts as late, and the
		// import's own time is kept in Imported.
		at := p.End
		if at.IsZero() || at.After(now) {
			at = now
		}
		s := &flows.Submission{Form: f.ID, Period: p.Key, Unit: r.Unit.Code, Answers: r.Answers,
			By: "cli", ByName: o.Operator, At: at, Channel: "import",
			Imported: &flows.Imported{File: o.File, At: now, By: o.Operator}}
		if err := tx.PutSubmission(s); err != nil {
			return res, err
		}
		if err := webhook.Enqueue(tx, cfg, f, p, s, now); err != nil {
			return res, err
		}
		res.Stored++
	}
	res.Lines = append(res.Lines, locales.M("import.done", "title", f.Title, "period", p.Label(), "count", res.Stored, "file", file))
	return res, nil
}

// answersLine is a row's figures as the dry run shows them:
// "Tổng số hộ: 2.345; Số hộ GĐVH: 2.100".
func answersLine(f *flows.Form, answers map[string]flows.Value, lang locales.Lang) string {
	var parts []string
	for _, q := range f.Questions {
		v, ok := answers[q.ID]
		if !ok || !q.Asked() {
			continue
		}
		parts = append(parts, q.ShortLabel().In(lang)+": "+v.Format(q, lang))
	}
	return strings.Join(parts, "; ")
}

// AdminImport is `baocao figures import` through the operator's socket,
// or on the data file when no bot runs: the file is read, checked and
// stored in one transaction (a dry run in a read-only one).
func (a *App) AdminImport(req admin.Request) admin.Response {
	lang := locales.ParseLang(req.Lang)
	f := a.Config.Form(req.Form)
	if f == nil {
		return admin.Response{Error: locales.Render(lang, locales.M("op.no_form", "form", req.Form, "file", a.Config.Source))}
	}
	p, err := f.Period(req.Period)
	if err != nil {
		return admin.Response{Error: locales.Render(lang, locales.M("op.bad_period", "period", req.Period))}
	}
	if req.File == nil {
		return admin.Response{Error: locales.Render(lang, locales.M("import.usage"))}
	}
	rows, err := report.ReadTable(req.File.Name, req.File.Data)
	if err != nil {
		return admin.Response{Error: locales.Render(lang, locales.M("import.unreadable", "file", locales.Plain(req.File.Name), "detail", err.Error()))}
	}
	o := ImportOptions{File: req.File.Name, DryRun: req.DryRun, Replace: req.Replace, Operator: req.Operator, Lang: lang}
	var res ImportResult
	run := func(tx *store.Tx) error {
		var err error
		res, err = Import(tx, a.Config, f, p, rows, o, a.now())
		return err
	}
	if req.DryRun {
		err = a.Store.View(run)
	} else {
		err = a.Store.Update(run)
	}
	if err != nil {
		a.log().Error("admin import failed", "err", err)
		return admin.Response{Error: locales.Render(lang, locales.M("op.failed", "detail", err.Error()))}
	}
	if !res.OK {
		return admin.Response{Error: res.Text(lang)}
	}
	if res.Stored > 0 {
		a.wake() // their webhooks
	}
	return admin.Response{Text: res.Text(lang)}
}
