package bot

// baocao webhooks: the operator adds, lists and removes the receivers of
// signed webhooks, reads the delivery log and sends past reports again
// (bot/webhook does the work; this is its door on the admin socket).

import (
	"errors"
	"fmt"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/webhook"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// AdminWebhooks answers `baocao webhooks …`. After add, Code holds the
// receiver's secret, which the command prints once; it is never logged.
func (a *App) AdminWebhooks(req admin.Request) admin.Response {
	lang := locales.ParseLang(req.Lang)
	w := req.Webhooks
	if w == nil {
		return admin.Response{Error: locales.Render(lang, locales.M("webhooks.usage"))}
	}
	var text locales.Msg
	var secret string
	var err error
	write := func(fn func(tx *store.Tx) error) { err = a.Store.Update(fn) }
	// What changes who receives the reports is in the audit log, never
	// the secret.
	audit := func(tx *store.Tx, detail string) error {
		return tx.Audit(store.AuditEntry{At: a.now(), By: "cli", ByName: req.Operator, Action: webhook.AuditAction, Detail: detail})
	}
	switch w.Cmd {
	case "add":
		write(func(tx *store.Tx) error {
			h, err := webhook.Add(tx, w.URL, w.Events, req.Operator, a.now())
			if err != nil {
				return err
			}
			text, secret = webhook.Added(h), h.Secret
			return audit(tx, "add "+h.ID+" "+webhook.Redacted(h.URL))
		})
	case "list":
		err = a.Store.View(func(tx *store.Tx) (err error) { text, err = webhook.List(tx); return })
	case "log":
		err = a.Store.View(func(tx *store.Tx) (err error) {
			text, err = webhook.Log(tx, a.Config, w.Failed, webhook.LogLines)
			return
		})
	case "resend":
		write(func(tx *store.Tx) error {
			n, err := webhook.Resend(tx, a.Config, w.ID, w.Since, w.To, a.now())
			if err != nil {
				return err
			}
			text = locales.M("webhooks.resent", "count", n)
			what := "resend " + w.ID
			if w.ID == "" {
				what = "resend --since " + w.Since.In(locales.Zone).Format("2006-01-02")
			}
			if w.To != "" {
				what += " --to " + w.To
			}
			return audit(tx, fmt.Sprintf("%s (%d)", what, n))
		})
		a.wake()
	case "remove":
		write(func(tx *store.Tx) error {
			n, err := webhook.Remove(tx, w.ID, a.now())
			if err != nil {
				return err
			}
			text = locales.M("webhooks.removed", "id", w.ID, "count", n)
			return audit(tx, "remove "+w.ID)
		})
	default:
		return admin.Response{Error: locales.Render(lang, locales.M("webhooks.usage"))}
	}
	var refusal *webhook.Refusal
	switch {
	case errors.As(err, &refusal):
		return admin.Response{Error: locales.Render(lang, refusal.Msg)}
	case err != nil:
		a.log().Error("admin webhooks failed", "cmd", w.Cmd, "err", err)
		return admin.Response{Error: locales.Render(lang, locales.M("op.failed", "detail", err.Error()))}
	}
	return admin.Response{Text: locales.Render(lang, text) + "\n", Code: secret}
}
