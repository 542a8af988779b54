package web

import (
	"net/http"

	"github.com/baocao/baocao/store"
)

type unlockBody struct {
	Question string // the confirmation asked, before
	Lines    []string
	Action   string // the path posted to: mo-khoa or mo-ky
	Button   string
	Back     string // the page to go back to
	Unit     string
	Form     string
	Period   string
}

// unlock lets a unit correct a locked report once, as /mokhoa does in the
// chat: a first POST asks, a second (confirm=yes) runs /mokhoa.
func (h *Handler) unlock(w http.ResponseWriter, r *http.Request, v *visit) {
	h.confirmed(w, r, v, "mokhoa", "mo-khoa", "web.unlock", "web.unlock_confirm", "web.unlock_title")
}

// openPeriod lets the units that have not reported enter a locked period
// late, as /moky does in the chat, after the same confirmation.
func (h *Handler) openPeriod(w http.ResponseWriter, r *http.Request, v *visit) {
	h.confirmed(w, r, v, "moky", "mo-ky", "web.open_period", "web.open_period_confirm", "web.open_period_title")
}

// confirmed runs a chat command about a unit's period after a page that
// asks first: the first POST shows question, the second (confirm=yes)
// runs command with "UNIT FORM PERIOD" (mokhoa) or "FORM PERIOD UNIT".
func (h *Handler) confirmed(w http.ResponseWriter, r *http.Request, v *visit, command, path, button, question, title string) {
	cfg := h.cfg()
	u := cfg.Units.Get(r.PostFormValue("unit"))
	f := cfg.Form(r.PostFormValue("form"))
	if !h.may(v.person, u) || f == nil {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	p, err := f.Period(r.PostFormValue("period"))
	if err != nil {
		h.notFound(w, r)
		return
	}
	body := unlockBody{Unit: u.Code, Form: f.ID, Period: p.Key, Action: path, Button: tr(v.lang, button),
		Back: "/web/don-vi/" + u.Code}
	if !u.IsLeaf() {
		body.Back = "/web/"
	}
	if r.PostFormValue("confirm") != "yes" {
		body.Question = tr(v.lang, question, "unit", u.Name, "title", f.Title, "period", p.Label())
		h.render(w, r, http.StatusOK, "unlock", &page{Lang: v.lang, Title: tr(v.lang, title), Who: v.person.Name, CSRF: v.sess.CSRF, Body: body})
		return
	}
	args := u.Code + " " + f.ID + " " + p.Key
	if command == "moky" {
		args = f.ID + " " + p.Key + " " + u.Code
	}
	var texts []string
	err = h.Store.Update(func(tx *store.Tx) error {
		var err error
		texts, _, err = h.Bot.RunAs(tx, v.person, v.lang, command, args, v.now)
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	body.Lines = texts
	h.Bot.Wake()
	h.render(w, r, http.StatusOK, "unlock", &page{Lang: v.lang, Title: tr(v.lang, title), Who: v.person.Name, CSRF: v.sess.CSRF, Body: body})
}
