package web

import (
	"net/http"

	"github.com/baocao/baocao/store"
)

type unlockBody struct {
	Question string // the confirmation asked, before
	Lines    []string
	Unit     string
	Form     string
	Period   string
}

// unlock lets a unit correct a locked report once, as /mokhoa does in the
// chat: a first POST asks, a second (confirm=yes) runs /mokhoa.
func (h *Handler) unlock(w http.ResponseWriter, r *http.Request, v *visit) {
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
	body := unlockBody{Unit: u.Code, Form: f.ID, Period: p.Key}
	if r.PostFormValue("confirm") != "yes" {
		body.Question = tr(v.lang, "web.unlock_confirm", "unit", u.Name, "title", f.Title, "period", p.Label())
		h.render(w, r, http.StatusOK, "unlock", &page{Lang: v.lang, Title: tr(v.lang, "web.unlock_title"), Who: v.person.Name, CSRF: v.sess.CSRF, Body: body})
		return
	}
	var texts []string
	err = h.Store.Update(func(tx *store.Tx) error {
		var err error
		texts, _, err = h.Bot.RunAs(tx, v.person, v.lang, "mokhoa", u.Code+" "+f.ID+" "+p.Key, v.now)
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	body.Lines = texts
	h.Bot.Wake()
	h.render(w, r, http.StatusOK, "unlock", &page{Lang: v.lang, Title: tr(v.lang, "web.unlock_title"), Who: v.person.Name, CSRF: v.sess.CSRF, Body: body})
}
