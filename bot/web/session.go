package web

import (
	"crypto/rand"
	"errors"
	"net/http"
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// linkPage is what the link from the chat opens. It does not use the link:
// chat apps and mail scanners fetch links to preview them, and a preview
// must not burn a one-time link. The person presses "Mở" (a POST), which
// opens the session.
func (h *Handler) linkPage(w http.ResponseWriter, r *http.Request) {
	token := r.PathValue("token")
	now := h.now()
	var l *flows.WebLink
	var p *flows.Person
	err := h.Store.View(func(tx *store.Tx) error {
		var err error
		if l, err = tx.WebLink(token); err != nil {
			return err
		}
		p, err = tx.Person(l.Person)
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		h.refuse(w, r, http.StatusNotFound, locales.VI, "web.link_unknown")
		return
	}
	if err != nil {
		h.fail(w, r, locales.VI, err)
		return
	}
	lang := locales.ParseLang(p.Lang)
	switch l.State(now) {
	case flows.InviteUsed:
		h.refuse(w, r, http.StatusGone, lang, "web.link_used")
		return
	case flows.InviteExpired:
		h.refuse(w, r, http.StatusGone, lang, "web.link_expired")
		return
	}
	h.render(w, r, http.StatusOK, "link", &page{Lang: lang, Title: tr(lang, "web.link_title"), Body: map[string]any{
		"Token": token, "Name": p.Name, "Until": locales.DateTime(l.ExpiresAt)}})
}

// openSession uses the link, once, and starts the person's session.
func (h *Handler) openSession(w http.ResponseWriter, r *http.Request) {
	if !h.sameOrigin(r) {
		h.refuse(w, r, http.StatusForbidden, locales.VI, "web.csrf")
		return
	}
	token := r.PostFormValue("t")
	now := h.now()
	session, err := newToken()
	if err != nil {
		h.fail(w, r, locales.VI, err)
		return
	}
	csrf, err := newToken()
	if err != nil {
		h.fail(w, r, locales.VI, err)
		return
	}
	refusal := ""
	lang := locales.VI
	var s *flows.WebSession
	err = h.Store.Update(func(tx *store.Tx) error {
		l, err := tx.WebLink(token)
		if errors.Is(err, store.ErrNotFound) {
			refusal = "web.link_unknown"
			return nil
		}
		if err != nil {
			return err
		}
		p, err := tx.Person(l.Person)
		if err != nil {
			return err
		}
		lang = locales.ParseLang(p.Lang)
		switch l.State(now) {
		case flows.InviteUsed:
			refusal = "web.link_used"
			return nil
		case flows.InviteExpired:
			refusal = "web.link_expired"
			return nil
		}
		if !p.CanUseWeb() {
			refusal = "web.not_supervisor"
			return nil
		}
		if err := tx.UseWebLink(token, now); err != nil {
			return err
		}
		s = &flows.WebSession{Person: p.ID, Lang: string(lang), CSRF: csrf, CreatedAt: now, ExpiresAt: now.Add(flows.WebSessionTTL)}
		if err := tx.PutWebSession(session, s); err != nil {
			return err
		}
		return h.Bot.Audit(tx, p, store.AuditWeb, "until "+s.ExpiresAt.In(locales.Zone).Format("2006-01-02 15:04"), now)
	})
	if err != nil {
		h.fail(w, r, lang, err)
		return
	}
	if refusal != "" {
		h.refuse(w, r, http.StatusGone, lang, refusal)
		return
	}
	h.setCookie(w, r, session, now, s.ExpiresAt)
	http.Redirect(w, r, h.home(), http.StatusSeeOther)
}

// signOut ends every session of the person, like /web thoat in the chat.
func (h *Handler) signOut(w http.ResponseWriter, r *http.Request, v *visit) {
	err := h.Store.Update(func(tx *store.Tx) error {
		_, err := tx.EndWebSessions(v.person.ID, v.now)
		return err
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	h.audit("web.signed_out", v.person.ID)
	h.clearCookie(w, r)
	h.render(w, r, http.StatusOK, "message", &page{Lang: v.lang, Title: tr(v.lang, "web.signed_out_title"),
		Body: message{Text: tr(v.lang, "web.signed_out")}})
}

// switchLang shows the pages in the other language from now on.
func (h *Handler) switchLang(w http.ResponseWriter, r *http.Request, v *visit) {
	lang := locales.ParseLang(r.PostFormValue("lang"))
	err := h.Store.Update(func(tx *store.Tx) error {
		s, err := tx.WebSession(v.token)
		if err != nil {
			return err
		}
		s.Lang = string(lang)
		return tx.PutWebSession(v.token, s)
	})
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	back := r.PostFormValue("back")
	if !strings.HasPrefix(back, h.home()) || strings.ContainsAny(back, "\\\r\n") {
		back = h.home() // only a page of this site
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

// newToken is a random session or CSRF token.
func newToken() (string, error) {
	b := make([]byte, flows.WebTokenBytes)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return flows.WebToken(b), nil
}

// audit records who did what, never a token.
func (h *Handler) audit(event, person string, kv ...any) {
	h.log().Info(event, append([]any{"person", person}, kv...)...)
}
