package bot

// Re-linking a person of an old unit (dissolved or merged on 01/07/2025)
// to the unit that took theirs is an explicit act: the operator's
// `baocao relink --person ID --unit CODE`, or a supervisor's invite for
// the new unit that the person uses (/moi, then /start CODE). Until then
// the person keeps the link they were invited for, receives nothing of the
// new unit, and has been told once who will re-link them (stale.go).

import (
	"errors"
	"time"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// Relink moves the person's links to old units merged into unit over to
// it, audits it under by ("cli" for the operator) and tells the person.
func Relink(tx *store.Tx, cfg *flows.Config, by, byName, personID, unit string, now time.Time) (*flows.Person, []flows.Link, error) {
	u := cfg.Units.Get(unit)
	if u == nil {
		return nil, nil, &PeopleError{locales.M("era.relink_no_unit", "unit", locales.Plain(shorten(unit, 20)))}
	}
	p, err := tx.Person(personID)
	if isNotFound(err) {
		return nil, nil, &PeopleError{locales.M("people.no_person", "id", locales.Plain(personID))}
	}
	if err != nil {
		return nil, nil, err
	}
	moved := cfg.RelinkTo(p, u, now)
	if len(moved) == 0 {
		return nil, nil, &PeopleError{locales.M("era.relink_nothing", "name", locales.Plain(p.Name), "unit", u.Name)}
	}
	if err := tx.PutPerson(p); err != nil {
		return nil, nil, err
	}
	for _, l := range moved {
		code, until := flows.SplitRef(l.Unit)
		old := locales.Render(locales.VI, cfg.OldName(code, orEraStart(cfg, until)))
		if err := tx.Audit(store.AuditEntry{At: now, By: by, ByName: byName, Action: store.AuditRelink, Unit: u.Code,
			Detail: p.ID + " " + p.Name + ": " + string(l.Role) + " " + l.Unit + " (" + old + ") → " + u.Code}); err != nil {
			return nil, nil, err
		}
	}
	code, until := flows.SplitRef(moved[0].Unit)
	if err := notify(tx, p, store.PriorityReply, locales.M("era.relinked", "unit", u.Named(), "old", cfg.OldName(code, orEraStart(cfg, until)))); err != nil {
		return nil, nil, err
	}
	return p, moved, nil
}

// orEraStart is until, or for a link to a code no longer in the list
// (made before eras were settled) the start of today's era.
func orEraStart(cfg *flows.Config, until time.Time) time.Time {
	if until.IsZero() {
		return cfg.EraStart()
	}
	return until
}

// AdminRelink is `baocao relink`.
func (a *App) AdminRelink(req admin.Request) admin.Response {
	lang := locales.ParseLang(req.Lang)
	var msg locales.Msg
	err := a.Store.Update(func(tx *store.Tx) error {
		p, moved, err := Relink(tx, a.Config, "cli", "", req.Person, req.Unit, a.now())
		if err != nil {
			return err
		}
		msg = locales.M("era.relink_done", "name", locales.Plain(p.Name), "unit", a.Config.Units.Get(req.Unit).Name, "count", len(moved))
		return nil
	})
	var pe *PeopleError
	if errors.As(err, &pe) {
		return admin.Response{Error: locales.Render(lang, pe.Msg)}
	}
	if err != nil {
		a.log().Error("admin relink failed", "err", err)
		return admin.Response{Error: locales.Render(lang, locales.M("op.failed", "detail", err.Error()))}
	}
	if a.Wake != nil {
		a.Wake()
	}
	return admin.Response{Text: locales.Render(lang, msg) + "\n"}
}
