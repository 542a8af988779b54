package bot

// /web: a one-time link to the supervisor's web view (bot/web), and
// /web thoat to end every browser session it opened.

import (
	"io"
	"strings"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

func (r *request) web(args string) error {
	switch flows.Fold(strings.TrimSpace(args)) {
	case "thoat", "logout", "dang xuat", "exit":
		n, err := r.tx.EndWebSessions(r.person.ID, r.now)
		if err != nil {
			return err
		}
		if n == 0 {
			r.say(locales.M("web.ended_none"))
		} else {
			r.say(locales.M("web.ended", "count", n))
		}
		return nil
	case "":
	default:
		r.say(locales.M("web.usage"))
		return nil
	}
	if r.app.PublicURL == "" {
		r.say(locales.M("web.not_served"))
		return nil
	}
	if err := r.tx.PruneWeb(r.now); err != nil {
		return err
	}
	random := make([]byte, flows.WebTokenBytes)
	if _, err := io.ReadFull(r.app.rand(), random); err != nil {
		return err
	}
	token := flows.WebToken(random)
	l := &flows.WebLink{Person: r.person.ID, CreatedAt: r.now, ExpiresAt: r.now.Add(flows.WebLinkTTL)}
	if err := r.tx.PutWebLink(token, l); err != nil {
		return err
	}
	url := strings.TrimRight(r.app.PublicURL, "/") + flows.WebLinkPath + token
	r.say(locales.M("web.link", "url", locales.Plain(url), "minutes", int(flows.WebLinkTTL.Minutes()),
		"until", locales.DateTime(l.ExpiresAt)))
	return nil
}
