package zalotest

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/baocao/baocao/bot/internal/fakeapi"
)

// Options configure a fake server. The zero value is usable.
type Options struct {
	// Token the bot must use; default "1459232241454765289:fake-zalo-token".
	// The bot's id is the part before the colon.
	Token string
	// BotName is getMe's account_name; default "bot.baocao".
	BotName string
	// RedeliverAfter is the pause before a webhook delivery answered with
	// anything but 2xx (or not answered) is tried again; default 50ms.
	RedeliverAfter time.Duration
	// DeliveryTimeout bounds one webhook request; default 10s.
	DeliveryTimeout time.Duration
	// MaxPollTimeout caps the getUpdates wait, so tests stay quick; default
	// 30s (the platform's own default).
	MaxPollTimeout time.Duration
	// Captured sends events in the shape public captures of the live
	// platform show instead of the documented one (shape.go); SetCaptured
	// switches it while the server runs.
	Captured bool
}

// Server is a strict fake Zalo Bot API server on 127.0.0.1. All methods are
// safe for concurrent use.
type Server struct {
	opts   Options
	botID  string
	ln     net.Listener
	hs     *http.Server
	client *http.Client // fetches photos and posts webhook deliveries

	mu         sync.Mutex
	chats      map[string]*chat
	blocked    map[string]bool
	requests   map[string]int
	stats      Stats
	violations []Violation
	calls      []Call
	faults     fakeapi.Faults[Fault]
	changed    chan struct{} // closed and replaced on every change
	seq        int

	queue      []*update // not yet handed out or delivered
	delivered  []*update // handed out or delivered (for Redeliver)
	queueReady chan struct{}
	webhook    webhook
	deliveries []Delivery
	closed     chan struct{}
	wg         sync.WaitGroup
	photos     map[string][]byte // images people sent, served under /files/
	types      map[string]string // their Content-Type when not image/jpeg
	expired    map[string]bool   // media links that no longer answer (ExpireMedia)
	captured   bool              // events in the captured shape (shape.go)
}

type webhook struct {
	url, secret string
	updatedAt   int64
}

// Stats counts what happened on the server.
type Stats struct {
	Requests   int // every API request, valid or not
	Sent       int // messages created by the bot (sendMessage, sendPhoto, sendSticker, sendVoice)
	Throttled  int // 429 answers (injected)
	Refused    int // other deliberate refusals: 403 for a blocked chat, injected 5xx
	Violations int // rejected invalid requests (see Violations)
}

// Violation is one request the server rejected because the bot did
// something the real platform would refuse.
type Violation struct {
	Method      string
	Code        int
	Description string
	Body        string
	Time        time.Time
}

// apiError is an error answer: the HTTP status and error_code are Code.
type apiError struct {
	Code        int
	Description string
}

func (e apiError) Error() string { return e.Description }

func badRequest(desc string) apiError { return apiError{400, "Bad Request: " + desc} }

var (
	errNotFound     = apiError{404, "Not Found"}
	errUnauthorized = apiError{401, "Unauthorized"}
)

// New starts a fake server on a random port of 127.0.0.1.
func New(opts Options) *Server {
	if opts.Token == "" {
		opts.Token = "1459232241454765289:fake-zalo-token"
	}
	if opts.BotName == "" {
		opts.BotName = "bot.baocao"
	}
	if opts.RedeliverAfter == 0 {
		opts.RedeliverAfter = 50 * time.Millisecond
	}
	if opts.DeliveryTimeout == 0 {
		opts.DeliveryTimeout = 10 * time.Second
	}
	if opts.MaxPollTimeout == 0 {
		opts.MaxPollTimeout = 30 * time.Second
	}
	id, _, _ := strings.Cut(opts.Token, ":")
	s := &Server{
		opts:       opts,
		botID:      id,
		client:     &http.Client{Timeout: opts.DeliveryTimeout},
		chats:      map[string]*chat{},
		blocked:    map[string]bool{},
		requests:   map[string]int{},
		changed:    make(chan struct{}),
		queueReady: make(chan struct{}),
		closed:     make(chan struct{}),
		photos:     map[string][]byte{},
		expired:    map[string]bool{},
		captured:   opts.Captured,
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic("zalotest: cannot listen on 127.0.0.1: " + err.Error())
	}
	s.ln = ln
	s.hs = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.hs.Serve(ln) }()
	s.wg.Add(1)
	go s.deliverLoop()
	return s
}

// Close stops the server, its webhook deliveries and pending long polls.
func (s *Server) Close() {
	s.mu.Lock()
	select {
	case <-s.closed:
	default:
		close(s.closed)
	}
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := s.hs.Shutdown(ctx); err != nil {
		_ = s.hs.Close()
	}
	s.wg.Wait()
}

// URL is the base URL, e.g. http://127.0.0.1:41234.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() }

// Endpoint is the format string for ZALO_API_ENDPOINT:
// http://127.0.0.1:PORT/bot%s/%s (token, method).
func (s *Server) Endpoint() string { return s.URL() + "/bot%s/%s" }

// Token is the token the server accepts.
func (s *Server) Token() string { return s.opts.Token }

// notifyLocked wakes everyone waiting for a change. Caller holds s.mu.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// ServeHTTP answers the Bot API, and serves the photos people send under
// /files/ so the bot can download them.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if name, ok := strings.CutPrefix(r.URL.Path, "/files/"); ok {
		s.serveFile(w, r, name)
		return
	}
	s.mu.Lock()
	s.stats.Requests++
	s.mu.Unlock()

	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, name, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 || name == "" || strings.Contains(name, "/") {
		s.reject(w, name, "", errNotFound)
		return
	}
	if token != s.opts.Token {
		s.reject(w, name, "", errUnauthorized)
		return
	}
	m := methods[name] // case-sensitive, as the platform
	if m == nil {
		s.reject(w, name, "", errNotFound)
		return
	}
	s.mu.Lock()
	s.requests[name]++
	s.mu.Unlock()

	body, params, err := readBody(r)
	if err != nil {
		s.reject(w, name, body, err)
		return
	}
	if err := m.validate(params); err != nil {
		s.reject(w, name, body, err)
		return
	}
	c := &call{ctx: r.Context(), method: name, params: params}
	s.recordCall(c)
	if err := s.applyFaults(c); err != nil {
		s.fail(w, name, body, err)
		return
	}
	result, err := m.handle(s, c)
	if err != nil {
		s.fail(w, name, body, err)
		return
	}
	if result == nil { // sendChatAction: {"ok": true} and nothing else
		writeJSON(w, http.StatusOK, envelope{Ok: true})
		return
	}
	writeJSON(w, http.StatusOK, envelope{Ok: true, Result: result})
}

// readBody requires a POST with a JSON object body (an empty body counts
// as {} for methods without parameters).
func readBody(r *http.Request) (string, map[string]json.RawMessage, error) {
	if r.Method != http.MethodPost {
		return "", nil, badRequest("use POST")
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return "", nil, badRequest("can't read request body")
	}
	body := string(raw)
	params := map[string]json.RawMessage{}
	if strings.TrimSpace(body) == "" {
		return body, params, nil
	}
	if ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); ct != "application/json" {
		return body, nil, badRequest("Content-Type must be application/json, not " + strconv.Quote(ct))
	}
	if err := json.Unmarshal(raw, &params); err != nil || params == nil {
		return body, nil, badRequest("the body is not a JSON object")
	}
	return body, params, nil
}

// fail writes an error: the bot's mistakes (400, 401, 404) are recorded as
// violations, deliberate refusals (403, 429, 5xx) are counted.
func (s *Server) fail(w http.ResponseWriter, method, body string, err error) {
	var ae apiError
	if !errors.As(err, &ae) {
		ae = apiError{500, "Internal Server Error: " + err.Error()}
	}
	switch {
	case ae.Code == 400 || ae.Code == 401 || ae.Code == 404:
		s.reject(w, method, body, ae)
		return
	case ae.Code == 429:
		s.mu.Lock()
		s.stats.Throttled++
		s.mu.Unlock()
	case ae.Code != 408:
		s.mu.Lock()
		s.stats.Refused++
		s.mu.Unlock()
	}
	writeError(w, ae)
}

func (s *Server) reject(w http.ResponseWriter, method, body string, err error) {
	var ae apiError
	if !errors.As(err, &ae) {
		ae = badRequest(err.Error())
	}
	s.mu.Lock()
	s.violations = append(s.violations, Violation{Method: method, Code: ae.Code, Description: ae.Description, Body: body, Time: time.Now()})
	s.stats.Violations++
	s.notifyLocked()
	s.mu.Unlock()
	writeError(w, ae)
}

// Call is one valid request: its method and every parameter, strings as
// they are and other JSON values as their JSON text. Courier-style tests
// compare them with what an Outgoing should become.
type Call struct {
	Method string
	Params map[string]string
}

func (s *Server) recordCall(c *call) {
	p := map[string]string{}
	for k, raw := range c.params {
		var str string
		if json.Unmarshal(raw, &str) == nil {
			p[k] = str
		} else {
			p[k] = string(raw)
		}
	}
	s.mu.Lock()
	s.calls = append(s.calls, Call{Method: c.method, Params: p})
	s.mu.Unlock()
}

// Calls lists every valid request so far, in order.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// envelope is every answer: {"ok": true, "result": …} or {"ok": false,
// "error_code": N, "description": "…"}.
type envelope struct {
	Ok          bool   `json:"ok"`
	Result      any    `json:"result,omitempty"`
	ErrorCode   int    `json:"error_code,omitempty"`
	Description string `json:"description,omitempty"`
}

func writeError(w http.ResponseWriter, e apiError) {
	writeJSON(w, e.Code, envelope{ErrorCode: e.Code, Description: e.Description})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = 500, []byte(`{"ok":false,"error_code":500,"description":"Internal Server Error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(code)
	_, _ = w.Write(b)
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic("zalotest: " + err.Error())
	}
	return b
}
