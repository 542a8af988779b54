package web

import (
	"net/http"
	"strings"

	"github.com/baocao/baocao/store"
)

type remindBody struct {
	Lines     []string // what /nhac answered, message by message
	ConfirmID string   // set on the confirmation step
	Target    string
	Sent      bool
}

// remind is the "Nhắc" action, in two POSTs like the chat's two taps: the
// first shows /nhac's confirmation (who would be reminded of what), the
// second sends with the one-time id that confirmation issued. Both run
// the chat's /nhac, so scope, quiet hours and "already sent" are its own.
func (h *Handler) remind(w http.ResponseWriter, r *http.Request, v *visit) {
	target := r.PostFormValue("unit")
	if target == "" {
		target = "all"
	}
	if target != "all" {
		if u := h.cfg().Units.Get(target); !h.may(v.person, u) {
			h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
			return
		}
	}
	id := r.PostFormValue("confirm")
	args := target
	if id != "" {
		args = "ok " + id
	}
	body := remindBody{Target: target, Sent: id != ""}
	var texts, buttons []string
	err := h.Store.Update(func(tx *store.Tx) error {
		var err error
		texts, buttons, err = h.Bot.RunAs(tx, v.person, v.lang, "nhac", args, v.now)
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	body.Lines = texts
	for _, b := range buttons {
		if rest, ok := strings.CutPrefix(b, "/nhac ok "); ok && id == "" {
			body.ConfirmID = rest
		}
	}
	if id != "" {
		h.Bot.Wake() // the reminders are in the outbox: send them now
	}
	h.render(w, r, http.StatusOK, "remind", &page{Lang: v.lang, Title: tr(v.lang, "web.remind_title"), Who: v.person.Name,
		CSRF: v.sess.CSRF, Body: body})
}
