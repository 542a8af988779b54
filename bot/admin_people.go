package bot

// The operator's side of running people and reading the audit log:
// `baocao people`, `baocao revoke`, `baocao audit`, through App.Admin like
// every operator request (over the socket while the bot runs).

import (
	"errors"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// AdminPeople lists who is linked to a unit and under it.
func (a *App) AdminPeople(req admin.Request) admin.Response {
	lang := locales.ParseLang(req.Lang)
	u := a.Config.Units.Get(req.Unit)
	if u == nil {
		return admin.Response{Error: locales.Render(lang, locales.M("op.no_unit", "unit", req.Unit, "file", a.Config.Source))}
	}
	var text string
	err := a.Store.View(func(tx *store.Tx) error {
		ms, err := MembersOf(tx, a.Config, u)
		if err != nil {
			return err
		}
		m := MembersMessage(a.Config, u, ms)
		if len(ms) == 0 { // the chat's hint names /moi; the operator has baocao invite
			m = locales.M("op.people_none", "unit", u.Name, "code", locales.Plain(u.Code))
		}
		text = locales.Render(lang, m)
		return nil
	})
	if err != nil {
		a.log().Error("admin people failed", "err", err)
		return admin.Response{Error: locales.Render(lang, locales.M("op.failed", "detail", err.Error()))}
	}
	return admin.Response{Text: text + "\n"}
}

// AdminRevoke takes a person's access to a unit away (Unit set), or
// unlinks their chats on a channel (Channel set), as the operator.
func (a *App) AdminRevoke(req admin.Request) admin.Response {
	lang := locales.ParseLang(req.Lang)
	var msg locales.Msg
	err := a.Store.Update(func(tx *store.Tx) error {
		if req.Channel != "" {
			p, n, err := UnlinkChannel(tx, a.Config, nil, req.Person, req.Channel, a.now())
			if err != nil {
				return err
			}
			msg = locales.M("people.unlinked", "name", locales.Plain(p.Name), "count", n, "channel", locales.Plain(req.Channel))
			return nil
		}
		if req.Unit == "" {
			p, err := tx.Person(req.Person)
			if isNotFound(err) {
				return &PeopleError{locales.M("people.no_person", "id", locales.Plain(req.Person))}
			}
			if err != nil {
				return err
			}
			if len(p.Links) == 0 {
				return &PeopleError{locales.M("people.no_access", "name", locales.Plain(p.Name))}
			}
			var lines []locales.Msg
			for _, l := range append(p.Links[:0:0], p.Links...) {
				l, _, err := Revoke(tx, a.Config, nil, p.ID, l.Unit, a.now())
				if err != nil {
					return err
				}
				lines = append(lines, locales.M("people.revoked", "name", locales.Plain(p.Name), "unit", unitName(a, l.Unit), "role", locales.M("role."+string(l.Role))))
			}
			msg = locales.M("op.lines", "lines", lines)
			return nil
		}
		l, p, err := Revoke(tx, a.Config, nil, req.Person, req.Unit, a.now())
		if err != nil {
			return err
		}
		msg = locales.M("people.revoked", "name", locales.Plain(p.Name), "unit", unitName(a, l.Unit), "role", locales.M("role."+string(l.Role)))
		return nil
	})
	var pe *PeopleError
	if errors.As(err, &pe) {
		if pe.Msg.Key == "people.no_person" { // the chat's hint names /danhsach
			pe.Msg.Key = "op.no_person"
		}
		return admin.Response{Error: locales.Render(lang, pe.Msg)}
	}
	if err != nil {
		a.log().Error("admin revoke failed", "err", err)
		return admin.Response{Error: locales.Render(lang, locales.M("op.failed", "detail", err.Error()))}
	}
	return admin.Response{Text: locales.Render(lang, msg) + "\n"}
}

func unitName(a *App, code string) any {
	if u := a.Config.Units.Get(code); u != nil {
		return u.Name
	}
	return locales.Plain(code)
}

// AdminAudit prints the audit log, for a unit or everything, from Since.
func (a *App) AdminAudit(req admin.Request) admin.Response {
	lang := locales.ParseLang(req.Lang)
	q := AuditQuery{Since: req.Since, Limit: auditCLILines}
	if q.Since.IsZero() {
		q.Since = a.now().Add(-auditDefault)
	}
	if req.Unit != "" {
		if q.Unit = a.Config.Units.Get(req.Unit); q.Unit == nil {
			return admin.Response{Error: locales.Render(lang, locales.M("op.no_unit", "unit", req.Unit, "file", a.Config.Source))}
		}
	}
	var m locales.Msg
	err := a.Store.View(func(tx *store.Tx) error {
		var err error
		m, err = ReadAudit(tx, a.Config, q)
		return err
	})
	if err != nil {
		a.log().Error("admin audit failed", "err", err)
		return admin.Response{Error: locales.Render(lang, locales.M("op.failed", "detail", err.Error()))}
	}
	return admin.Response{Text: locales.Render(lang, m) + "\n"}
}
