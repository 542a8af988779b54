package flows

// The supervisor's web view opens from the chat: /web answers with a
// one-time link that, opened in a browser, starts a session scoped to the
// person (their role and units are read from the person at each request,
// so an unlinked supervisor loses the view at once). Nothing here touches a
// store or a clock; the store keeps only hashes of the tokens.

import (
	"encoding/base64"
	"time"
)

// WebLinkTTL is how long a /web link can be opened: long enough to switch
// from the phone's chat to a desk browser, short enough that a link seen
// over a shoulder or forwarded later is dead.
const WebLinkTTL = 10 * time.Minute

// WebSessionTTL is a working day: a session opened in the morning ends in
// the evening even if the browser stays open.
const WebSessionTTL = 10 * time.Hour

// WebLinkPath is where a one-time link opens, under the public URL.
const WebLinkPath = "/web/l/"

// WebTokenBytes is the randomness of a link or session token: 256 bits.
const WebTokenBytes = 32

// WebToken turns random bytes (WebTokenBytes of them, from crypto/rand)
// into a token for a URL or a cookie. The caller supplies the randomness,
// so this stays pure.
func WebToken(random []byte) string { return base64.RawURLEncoding.EncodeToString(random) }

// WebLink is a one-time link to open a web session.
type WebLink struct {
	Person    string    `json:"person"`
	CreatedAt time.Time `json:"created"`
	ExpiresAt time.Time `json:"expires"`
	UsedAt    time.Time `json:"used_at,omitzero"`
}

// State of the link at now: valid, used or expired (the same states as an
// invite's).
func (l *WebLink) State(now time.Time) InviteState {
	switch {
	case !l.UsedAt.IsZero():
		return InviteUsed
	case !now.Before(l.ExpiresAt):
		return InviteExpired
	}
	return InviteValid
}

// WebSession is a browser signed in from a link. CSRF is the token its
// forms carry; Lang the language the pages are shown in.
type WebSession struct {
	Person    string    `json:"person"`
	Lang      string    `json:"lang,omitempty"`
	CSRF      string    `json:"csrf"`
	CreatedAt time.Time `json:"created"`
	ExpiresAt time.Time `json:"expires"`
}

// Valid reports whether the session still holds at now.
func (s *WebSession) Valid(now time.Time) bool { return now.Before(s.ExpiresAt) }

// CanUseWeb reports whether the person may open the web view: it shows
// the units a person follows, so it is for supervisors and admins.
func (p *Person) CanUseWeb() bool { return May(p, nil, Supervise, nil) }
