package bot

// The operator's requests (invite, reminders, export, backup): the admin
// socket (bot/admin) calls App.Admin in the running bot, the command line
// calls it directly when no bot runs, so both paths are the same code.

import (
	"errors"
	"fmt"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// Admin answers one operator request. The admin socket calls it in the
// running bot; the command line calls it directly when no bot runs, so
// both paths are the same code.
func (a *App) Admin(req admin.Request) admin.Response {
	switch req.Op {
	case "invite":
		return a.AdminInvite(req)
	case "reminders":
		lang := locales.ParseLang(req.Lang)
		text, err := a.RemindersReport(req.At, req.Full, lang)
		var re *reportError
		if errors.As(err, &re) {
			return admin.Response{Error: locales.Render(lang, re.msg)}
		}
		if err != nil {
			a.log().Error("admin reminders failed", "err", err)
			return admin.Response{Error: locales.Render(lang, locales.M("op.failed", "detail", err.Error()))}
		}
		return admin.Response{Text: text}
	case "export":
		return a.AdminExport(req)
	case "backup":
		return a.AdminBackup(req)
	case "open_period":
		return a.AdminOpenPeriod(req)
	case "people":
		return a.AdminPeople(req)
	case "revoke":
		return a.AdminRevoke(req)
	case "audit":
		return a.AdminAudit(req)
	case "relink":
		return a.AdminRelink(req)
	case "import":
		return a.AdminImport(req)
	case "webhooks":
		return a.AdminWebhooks(req)
	}
	return admin.Response{Error: locales.Render(locales.ParseLang(req.Lang), locales.M("op.unknown_op", "op", req.Op))}
}

// AdminExport renders a form's period for a unit as .xlsx or .csv, in a
// read-only transaction: the bot keeps serving while the operator exports.
func (a *App) AdminExport(req admin.Request) admin.Response {
	f := a.Config.Form(req.Form)
	if f == nil {
		return admin.Response{Error: locales.Render(locales.ParseLang(req.Lang), locales.M("op.no_form", "form", req.Form, "file", a.Config.Source))}
	}
	p, err := f.Period(req.Period)
	if err != nil {
		return admin.Response{Error: locales.Render(locales.ParseLang(req.Lang), locales.M("op.bad_period", "period", req.Period))}
	}
	u := a.Config.Units.Get(req.Unit)
	if u == nil {
		return admin.Response{Error: locales.Render(locales.ParseLang(req.Lang), locales.M("op.no_unit", "unit", req.Unit, "file", a.Config.Source))}
	}
	format := FormatXLSX
	if req.Format == FormatCSV {
		format = FormatCSV
	}
	lang := locales.ParseLang(req.Lang)
	var att Attachment
	err = a.Store.View(func(tx *store.Tx) error {
		var err error
		att, err = Export(tx, a.Config, u, f, p, format, lang, a.now())
		return err
	})
	if err != nil {
		a.log().Error("admin export failed", "err", err)
		return admin.Response{Error: locales.Render(locales.ParseLang(req.Lang), locales.M("op.see_log", "what", locales.M("op.what_export")))}
	}
	file := att.File
	return admin.Response{File: &file, Text: locales.Render(lang, att.Caption)}
}

// AdminBackup writes a consistent copy of the data file to req.Path while
// the bot keeps serving. Text says how many bytes were written.
func (a *App) AdminBackup(req admin.Request) admin.Response {
	b, ok := a.Store.(interface{ Backup(string) (int64, error) })
	if !ok {
		return admin.Response{Error: locales.Render(locales.ParseLang(req.Lang), locales.M("op.see_log", "what", locales.M("op.what_backup")))}
	}
	n, err := b.Backup(req.Path)
	if err != nil {
		a.log().Error("admin backup failed", "err", err)
		return admin.Response{Error: err.Error()}
	}
	return admin.Response{Text: fmt.Sprint(n)}
}

// AdminInvite creates an invite with the operator's full rights.
func (a *App) AdminInvite(req admin.Request) admin.Response {
	var inv *flows.Invite
	err := a.Store.Update(func(tx *store.Tx) error {
		var err error
		inv, err = CreateInvite(tx, a.Config, nil, req.Unit, req.Role, flows.TTL{Days: req.TTLDays, Exact: req.TTL}, a.now(), a.rand())
		if err != nil {
			return err
		}
		if req.Days < 0 || req.Days > flows.MaxSubstituteDays {
			return &InviteError{locales.M("invite.bad_days", "max", flows.MaxSubstituteDays)}
		}
		if req.Days > 0 {
			inv.Days = req.Days
			if err := tx.PutInvite(inv); err != nil {
				return err
			}
		}
		return tx.Audit(store.AuditEntry{At: a.now(), By: "cli", Action: store.AuditInvite, Unit: inv.Unit, Detail: inviteDetail(inv)})
	})
	var ie *InviteError
	if errors.As(err, &ie) {
		return admin.Response{Error: locales.Render(locales.ParseLang(req.Lang), ie.Msg)}
	}
	if err != nil {
		a.log().Error("admin invite failed", "err", err)
		return admin.Response{Error: locales.Render(locales.ParseLang(req.Lang), locales.M("op.see_log", "what", locales.M("op.what_invite")))}
	}
	resp := admin.Response{Code: inv.Code}
	if name := a.botName(); name != "" {
		// A t.me link only for a bot that has a Telegram name: on Zalo the
		// person types the code.
		resp.Link = DeepLink(name, inv.Code)
	}
	return resp
}

// botName is the Telegram username: known to a running bot, remembered in
// the store for the command line.
func (a *App) botName() string {
	if a.BotName != "" {
		return a.BotName
	}
	name := ""
	a.Store.View(func(tx *store.Tx) error { name = tx.Meta("bot_username"); return nil })
	return name
}

// AdminOpenPeriod opens a form's period for the reporting units under a
// unit (`baocao periods open`), as a supervisor's /moky does.
func (a *App) AdminOpenPeriod(req admin.Request) admin.Response {
	f := a.Config.Form(req.Form)
	if f == nil {
		return admin.Response{Error: fmt.Sprintf("--form %q is not a form of %s", req.Form, a.Config.Source)}
	}
	p, err := f.Period(req.Period)
	if err != nil {
		return admin.Response{Error: fmt.Sprintf("--period %q: expected e.g. 2026, 2026-H1, 2026-Q4 or 2026-11", req.Period)}
	}
	u := a.Config.Units.Get(req.Unit)
	if a.Config.Earlier(p) && req.Unit != "" {
		// A period of an earlier era: the code is that era's (15250 in
		// 2024 is old Xã Thành An, not new Xã Ngọc Trạo).
		old, ok := a.Config.OldUnitNamed(req.Unit, a.Config.EraUntil(p))
		if !ok {
			return admin.Response{Error: locales.Render(locales.ParseLang(req.Lang), locales.M("era.not_old_unit", "code", locales.Plain(req.Unit), "period", p.Label()))}
		}
		u = old
	}
	if u == nil {
		return admin.Response{Error: fmt.Sprintf("--unit %q is not a unit of %s", req.Unit, a.Config.Source)}
	}
	lang := locales.ParseLang(req.Lang)
	var n int
	err = a.Store.Update(func(tx *store.Tx) error {
		var err error
		n, err = OpenPeriod(tx, a.Config, f, p, u, locales.Render(lang, locales.M("opening.operator")), a.now())
		return err
	})
	if err != nil {
		return admin.Response{Error: err.Error()}
	}
	if a.Wake != nil {
		a.Wake()
	}
	if n == 0 {
		return admin.Response{Text: locales.Render(lang, locales.M("opening.nothing", "unit", a.Config.Label(u), "title", f.Title, "period", p.Label()))}
	}
	return admin.Response{Text: locales.Render(lang, locales.M("opening.done", "title", f.Title, "period", p.Label(), "count", n, "unit", a.Config.Label(u)))}
}
