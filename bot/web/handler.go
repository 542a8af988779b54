package web

import (
	"crypto/subtle"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// CookieName is the session cookie; it holds the session token only.
const CookieName = "baocao_web"

// Bot is what the web view asks of the chat side, so that a page says what
// the chat says: package bot's WebSide implements it (this package does
// not import bot: the rooms of bot/ never import the app).
type Bot interface {
	// Table is a period's submissions under u, with when the first version
	// of each revised one came.
	Table(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period) (*flows.Table, map[string]time.Time, error)
	// Digest is /tonghop's digest of u.
	Digest(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period, now time.Time) (flows.Digest, error)
	// Standing is where u stands, as /ketqua computes it.
	Standing(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period) (flows.Standing, error)
	// Export is /xuat's file ("xlsx" or "csv") as person downloads it at
	// now: its name and bytes; the download is written to the audit log in
	// tx, which is read-write.
	Export(tx *store.Tx, person *flows.Person, u *flows.Unit, f *flows.Form, p flows.Period, format string, lang locales.Lang, now time.Time) (string, []byte, error)
	// Audit writes an entry (a store.Audit… action) to the audit log in tx.
	Audit(tx *store.Tx, person *flows.Person, action, detail string, now time.Time) error
	// Charts are /bieudo's PNGs.
	Charts(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period, lang locales.Lang) ([][]byte, error)
	// Trend is /xuhuong's series of u for f's main indicator at now, and
	// its chart (nil when there is no figure).
	Trend(tx *store.Tx, u *flows.Unit, f *flows.Form, lang locales.Lang, now time.Time) (flows.Trend, []byte, error)
	// RunAs runs a chat command for person in tx and returns the replies'
	// texts and buttons' data instead of sending them.
	RunAs(tx *store.Tx, person *flows.Person, lang locales.Lang, command, args string, now time.Time) (texts, buttons []string, err error)
	// Wake starts sending what a command queued.
	Wake()
}

// Options are what a Handler is made of. PublicURL is the address people
// reach the server at (--public-url): it decides the Origin that changing
// requests must come from, the path everything is under and whether the
// cookie is Secure. Now and Log may be nil (the system clock, slog's
// default).
type Options struct {
	Store     store.Store
	Config    *flows.Config
	Bot       Bot
	Now       func() time.Time
	Log       *slog.Logger
	PublicURL string
}

// Handler serves the web view.
type Handler struct {
	Options

	base string // the public URL's path ("" or "/baocao"): every path is under it
	mux  *http.ServeMux
}

// New returns a Handler.
func New(o Options) *Handler {
	h := &Handler{Options: o}
	h.PublicURL = strings.TrimRight(o.PublicURL, "/")
	// Behind a proxy at https://example.gov.vn/baocao the paths arrive
	// with /baocao in front (the proxy forwards them unchanged).
	if u, err := url.Parse(h.PublicURL); err == nil {
		h.base = strings.TrimRight(u.Path, "/")
	}
	m := http.NewServeMux()
	at := func(pattern string, fn http.HandlerFunc) {
		method, path, _ := strings.Cut(pattern, " ")
		m.HandleFunc(method+" "+h.base+path, fn)
	}
	at("GET /web/l/{token}", h.linkPage)
	at("POST /web/l", h.openSession)
	at("GET /web/style.css", serveCSS)
	at("GET /web/{$}", h.signedIn(h.overview))
	at("GET /web/bang", h.signedIn(h.figures))
	at("GET /web/don-vi/{code}", h.signedIn(h.unitPage))
	at("GET /web/anh/{code}/{question}", h.signedIn(h.photo))
	at("GET /web/ghi-am/{code}/{question}", h.signedIn(h.voice))
	at("GET /web/bieu-do", h.signedIn(h.charts))
	at("GET /web/xu-huong/{code}", h.signedIn(h.trendPNG))
	at("GET /web/bieu-do/{n}", h.signedIn(h.chartPNG))
	at("GET /web/tai/{format}", h.signedIn(h.download))
	at("POST /web/nhac", h.signedIn(h.remind))
	at("POST /web/mo-khoa", h.signedIn(h.unlock))
	at("POST /web/mo-ky", h.signedIn(h.openPeriod))
	at("POST /web/thoat", h.signedIn(h.signOut))
	at("POST /web/ngon-ngu", h.signedIn(h.switchLang))
	m.HandleFunc(h.base+"/web", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, h.home(), http.StatusSeeOther) })
	m.HandleFunc(h.base+"/web/", h.notFound)
	h.mux = m
	return h
}

// ServeHTTP sets the headers every page has, then routes.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	// No scripts at all, nothing from elsewhere, never framed; a Referer
	// only to this site, so a link's token never leaves in one (and not
	// "no-referrer", with which browsers send "Origin: null" on our own
	// forms); nothing kept in caches. Photos and voice notes come from
	// this site only.
	hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	hd.Set("Referrer-Policy", "same-origin")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Cache-Control", "no-store")
	// The forms carry a few short fields: a large body is not ours.
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	h.mux.ServeHTTP(w, r)
}

func (h *Handler) now() time.Time {
	if h.Now != nil {
		return h.Options.Now()
	}
	return time.Now()
}

func (h *Handler) log() *slog.Logger {
	if h.Log != nil {
		return h.Log
	}
	return slog.Default()
}

func (h *Handler) cfg() *flows.Config { return h.Config }

// home is the overview's path.
func (h *Handler) home() string { return h.base + "/web/" }

// visit is one signed-in request: who, in which language, with which token
// for their forms.
type visit struct {
	person *flows.Person
	sess   *flows.WebSession
	token  string
	lang   locales.Lang
	now    time.Time
}

// signedIn runs next for a request with a valid session of a person who
// may still use the web view; anything else gets the "open /web again" page.
func (h *Handler) signedIn(next func(http.ResponseWriter, *http.Request, *visit)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		now := h.now()
		c, err := r.Cookie(CookieName)
		if err != nil || c.Value == "" {
			h.refuse(w, r, http.StatusUnauthorized, locales.VI, "web.need_link")
			return
		}
		v := &visit{token: c.Value, now: now, lang: locales.VI}
		err = h.Store.View(func(tx *store.Tx) error {
			s, err := tx.WebSession(c.Value)
			if err != nil {
				return err
			}
			if !s.Valid(now) {
				return store.ErrNotFound
			}
			p, err := tx.Person(s.Person)
			if err != nil {
				return err
			}
			v.sess, v.person = s, p
			return nil
		})
		if errors.Is(err, store.ErrNotFound) {
			h.clearCookie(w, r)
			h.refuse(w, r, http.StatusUnauthorized, locales.VI, "web.session_over")
			return
		}
		if err != nil {
			h.fail(w, r, locales.VI, err)
			return
		}
		v.lang = locales.ParseLang(v.sess.Lang)
		if !v.person.CanUseWeb() {
			h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_supervisor")
			return
		}
		if r.Method == http.MethodPost {
			if !h.sameOrigin(r) || subtle.ConstantTimeCompare([]byte(r.PostFormValue("csrf")), []byte(v.sess.CSRF)) != 1 {
				h.refuse(w, r, http.StatusForbidden, v.lang, "web.csrf")
				return
			}
		}
		next(w, r, v)
	}
}

// origin is the scheme and host changing requests must come from.
func (h *Handler) origin(r *http.Request) string {
	if h.PublicURL != "" {
		if u, err := url.Parse(h.PublicURL); err == nil && u.Host != "" {
			return u.Scheme + "://" + u.Host
		}
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// sameOrigin checks a POST's Origin (every current browser sends one), or,
// without one, the browser's Sec-Fetch-Site; the CSRF token is checked too.
func (h *Handler) sameOrigin(r *http.Request) bool {
	if o := r.Header.Get("Origin"); o != "" {
		return o == h.origin(r)
	}
	site := r.Header.Get("Sec-Fetch-Site")
	return site == "" || site == "same-origin" || site == "none"
}

func (h *Handler) secure(r *http.Request) bool {
	return r.TLS != nil || strings.HasPrefix(h.PublicURL, "https://")
}

func (h *Handler) setCookie(w http.ResponseWriter, r *http.Request, token string, now, until time.Time) {
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: token, Path: h.base + "/web",
		MaxAge: int(until.Sub(now).Seconds()), HttpOnly: true, Secure: h.secure(r), SameSite: http.SameSiteStrictMode})
}

func (h *Handler) clearCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: "", Path: h.base + "/web", MaxAge: -1,
		HttpOnly: true, Secure: h.secure(r), SameSite: http.SameSiteStrictMode})
}

func (h *Handler) notFound(w http.ResponseWriter, r *http.Request) {
	h.refuse(w, r, http.StatusNotFound, locales.VI, "web.not_found")
}
