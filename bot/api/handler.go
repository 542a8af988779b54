package api

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// Bot is what the API asks of the chat side, so that its figures are the
// digest's and the standing's own: package bot's WebSide implements it
// (this package does not import bot: the rooms of bot/ never import the app).
type Bot interface {
	// Table is a period's submissions under u, with when the first version
	// of each revised one came.
	Table(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period) (*flows.Table, map[string]time.Time, error)
	// Digest is /tonghop's digest of u.
	Digest(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period, now time.Time) (flows.Digest, error)
	// Standing is where u stands, as /ketqua computes it.
	Standing(tx *store.Tx, u *flows.Unit, f *flows.Form, p flows.Period) (flows.Standing, error)
}

// Options are what a Handler is made of. PublicURL is the address the
// server is reached at (--public-url): its path is the prefix every path
// arrives with. Now and Log may be nil (the system clock, slog's default).
// Rate is the calls a token may make per second, Burst how many at once
// (zero: DefaultRate, DefaultBurst).
type Options struct {
	Store     store.Store
	Config    *flows.Config
	Bot       Bot
	Now       func() time.Time
	Log       *slog.Logger
	PublicURL string
	Rate      rate.Limit
	Burst     int
}

// The default rate limit of a token: enough for a system that reads a
// province's figures every few minutes, too little to hammer the bot.
const (
	DefaultRate  = rate.Limit(5)
	DefaultBurst = 20
)

// Handler serves /api/v1/.
type Handler struct {
	Options
	base string // the public URL's path ("" or "/baocao")

	mu     sync.Mutex
	limits map[string]*rate.Limiter // by token id
}

// New returns a Handler.
func New(o Options) *Handler {
	h := &Handler{Options: o, limits: map[string]*rate.Limiter{}}
	if u, err := url.Parse(strings.TrimRight(o.PublicURL, "/")); err == nil {
		h.base = strings.TrimRight(u.Path, "/")
	}
	if h.Rate == 0 {
		h.Rate = DefaultRate
	}
	if h.Burst == 0 {
		h.Burst = DefaultBurst
	}
	return h
}

// Prefix is where the API lives, below the public URL's path.
const Prefix = "/api/v1/"

// routes are the API's resources: each answers with JSON and, when it has
// a table, with CSV.
var routes = map[string]func(*call) (any, *table, error){
	"units":       (*call).units,
	"forms":       (*call).forms,
	"periods":     (*call).periods,
	"figures":     (*call).figures,
	"submissions": (*call).submissions,
	"status":      (*call).status,
}

// call is one authenticated request.
type call struct {
	h      *Handler
	r      *http.Request
	token  *store.APIToken
	person *flows.Person // the token as a supervisor of its unit
	lang   locales.Lang
	now    time.Time
	tx     *store.Tx
	unit   string // the unit the call was about, for the audit log
}

// ServeHTTP routes a request: the OpenAPI document is open to all; every
// other path needs a valid token, within its rate and its unit.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Cache-Control", "no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	lang := locales.ParseLang(r.Header.Get("Accept-Language"))
	name, ok := strings.CutPrefix(r.URL.Path, h.base+Prefix)
	if !ok || strings.Contains(name, "/") {
		h.refuse(w, lang, errNotFound("api.no_route"))
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		h.refuse(w, lang, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed", key: "api.method"})
		return
	}
	if name == "openapi.json" {
		hd.Set("Content-Type", "application/json")
		w.Write(openAPI)
		return
	}
	asCSV := false
	if n, ok := strings.CutSuffix(name, ".csv"); ok {
		name, asCSV = n, true
	} else if wantsCSV(r.Header.Get("Accept")) {
		asCSV = true
	}
	route := routes[name]
	if route == nil {
		h.refuse(w, lang, errNotFound("api.no_route"))
		return
	}
	c := &call{h: h, r: r, lang: lang, now: h.now()}
	if err := h.authenticate(c); err != nil {
		var ae *apiError
		if errors.As(err, &ae) {
			h.refuse(w, lang, ae)
		} else {
			h.fail(w, r, c, lang, err)
		}
		return
	}
	if !h.allow(c.token.ID) {
		hd.Set("Retry-After", strconv.Itoa(int(max(1, 1/float64(h.Rate)))))
		h.refuse(w, lang, &apiError{status: http.StatusTooManyRequests, code: "rate_limited", key: "api.rate_limited"})
		return
	}
	var body any
	var tab *table
	err := h.Store.View(func(tx *store.Tx) error {
		c.tx = tx
		var err error
		body, tab, err = route(c)
		return err
	})
	c.tx = nil
	status := http.StatusOK
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		status = ae.status
	case err != nil:
		status = http.StatusInternalServerError
	case asCSV && tab == nil:
		ae, status = &apiError{status: http.StatusNotAcceptable, code: "not_acceptable", key: "api.no_csv"}, http.StatusNotAcceptable
	}
	// Every call a token makes is in the audit log before it is answered:
	// an answer the log cannot record is not given.
	if aerr := h.audit(c, status); aerr != nil {
		err = aerr
		ae, status = nil, http.StatusInternalServerError
	}
	switch {
	case ae != nil:
		h.refuse(w, lang, ae)
	case status == http.StatusInternalServerError:
		h.fail(w, r, c, lang, err)
	case asCSV:
		hd.Set("Content-Type", "text/csv; charset=utf-8")
		hd.Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
		w.Write(tab.csv())
	default:
		writeJSON(w, http.StatusOK, body)
	}
}

// wantsCSV reads an Accept header that prefers CSV to JSON.
func wantsCSV(accept string) bool {
	for _, part := range strings.Split(accept, ",") {
		mt, _, _ := strings.Cut(part, ";")
		switch strings.TrimSpace(strings.ToLower(mt)) {
		case "text/csv":
			return true
		case "application/json":
			return false
		}
	}
	return false
}

// authenticate finds the call's token: a valid Bearer token that has not
// been revoked. The token itself goes nowhere: not into the log, not into
// an error.
func (h *Handler) authenticate(c *call) error {
	auth := c.r.Header.Get("Authorization")
	scheme, secret, ok := strings.Cut(auth, " ")
	secret = strings.TrimSpace(secret)
	if auth == "" {
		return &apiError{status: http.StatusUnauthorized, code: "unauthorized", key: "api.no_token"}
	}
	if !ok || !strings.EqualFold(scheme, "Bearer") || secret == "" {
		return &apiError{status: http.StatusUnauthorized, code: "unauthorized", key: "api.bad_token"}
	}
	err := h.Store.View(func(tx *store.Tx) error {
		t, err := tx.APITokenFor(secret)
		c.token = t
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		return &apiError{status: http.StatusUnauthorized, code: "unauthorized", key: "api.bad_token"}
	}
	if err == nil && !c.token.Active() {
		// A revoked token is still somebody's: its use after revocation
		// is what an operator looks for in the log (a leaked copy, a
		// script nobody stopped). A secret that matches no token is a
		// stranger's, and is not written: junk must not fill the log.
		c.person = holder(c.token)
		refused := &apiError{status: http.StatusUnauthorized, code: "unauthorized", key: "api.bad_token"}
		if aerr := c.h.audit(c, refused.status); aerr != nil {
			return fmt.Errorf("api.authenticate: %w", aerr)
		}
		return refused
	}
	if err != nil {
		return fmt.Errorf("api.authenticate: %w", err)
	}
	c.person = holder(c.token)
	return nil
}

// allow takes one call from the token's budget.
func (h *Handler) allow(id string) bool {
	h.mu.Lock()
	l := h.limits[id]
	if l == nil {
		l = rate.NewLimiter(h.Rate, h.Burst)
		h.limits[id] = l
	}
	h.mu.Unlock()
	return l.AllowN(h.now(), 1)
}

// audit writes the call to the audit log: which token, what it asked
// (the path and query: no secret is ever in them) and the answer's status.
func (h *Handler) audit(c *call, status int) error {
	unit := c.unit
	if unit == "" {
		unit = c.token.Unit
	}
	asked := c.r.URL.Path + querySuffix(c.r.URL)
	if len(asked) > maxAudited { // a caller's junk does not fill the log
		asked = asked[:maxAudited] + "…"
	}
	e := store.AuditEntry{At: c.now, By: c.person.ID, ByName: c.token.Name, Action: store.AuditAPI, Unit: unit,
		Detail: c.r.Method + " " + asked + " " + strconv.Itoa(status)}
	write := func(tx *store.Tx) error { return tx.Audit(e) }
	// Concurrent calls share a commit when the store can group them.
	if g, ok := h.Store.(interface {
		Group(func(*store.Tx) error) error
	}); ok {
		return g.Group(write)
	}
	return h.Store.Update(write)
}

// maxAudited caps the path and query an audit entry keeps.
const maxAudited = 300

func querySuffix(u *url.URL) string {
	if u.RawQuery == "" {
		return ""
	}
	return "?" + u.RawQuery
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

// apiError is a refusal: its status, a code for programs and a catalog
// key for the message people read.
type apiError struct {
	status int
	code   string
	key    string
	args   []any
}

func (e *apiError) Error() string { return "api: " + e.code + " (" + e.key + ")" }

func errNotFound(key string, kv ...any) *apiError {
	return &apiError{status: http.StatusNotFound, code: "not_found", key: key, args: kv}
}

func errBadRequest(key string, kv ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, code: "bad_request", key: key, args: kv}
}

func errForbidden(key string, kv ...any) *apiError {
	return &apiError{status: http.StatusForbidden, code: "forbidden", key: key, args: kv}
}

// Error is the body of every refusal.
type Error struct {
	Error   string `json:"error"`   // for programs: unauthorized, forbidden, not_found…
	Message string `json:"message"` // for people, in the Accept-Language (Vietnamese by default)
}

func (h *Handler) refuse(w http.ResponseWriter, lang locales.Lang, e *apiError) {
	if e.status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="baocao"`)
	}
	writeJSON(w, e.status, Error{Error: e.code, Message: locales.Render(lang, locales.M(e.key, e.args...))})
}

// fail logs an unexpected error under a reference and answers with that
// reference, never the error.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, c *call, lang locales.Lang, err error) {
	b := make([]byte, 4)
	rand.Read(b)
	ref := "E" + hex.EncodeToString(b)
	id := ""
	if c != nil && c.token != nil {
		id = c.token.ID
	}
	h.log().Error("api: call failed", "ref", ref, "path", r.URL.Path, "token", id, "err", err)
	writeJSON(w, http.StatusInternalServerError, Error{Error: "internal", Message: locales.Render(lang, locales.M("api.internal", "ref", locales.Plain(ref)))})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"internal","message":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}
