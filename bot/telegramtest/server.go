package telegramtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/baocao/baocao/bot/internal/fakeapi"
)

// Options configure a fake server. The zero value is usable.
type Options struct {
	// Token the bot must use; default "123:abc". The bot's user id is the
	// number before the colon.
	Token string
	// BotUsername is returned by getMe; default "baocao_test_bot".
	BotUsername string
	// BotName is the bot's first_name; default "Báo cáo (test)".
	BotName string

	// GlobalPerSecond limits messages sent across all chats (Telegram: about
	// 30). PerChatPerSecond limits messages sent into one chat (Telegram:
	// about 1). GroupPerMinute limits messages into one group or supergroup
	// chat, a chat with a negative id (Telegram: about 20). Zero disables a
	// limit. Limits are token buckets holding at most one second's (for
	// groups one minute's) worth of messages, so a burst never exceeds the
	// limit. Raise them together (e.g. 300 and 10) to run big benchmarks in
	// a few seconds; retry_after stays in whole seconds, at least 1.
	GlobalPerSecond  float64
	PerChatPerSecond float64
	GroupPerMinute   float64
}

// Server is a strict fake Telegram Bot API server listening on 127.0.0.1.
// All methods are safe for concurrent use.
type Server struct {
	opts    Options
	spec    *apiSpec
	bot     apiUser
	ln      net.Listener
	hs      *http.Server
	limiter *rateLimiter

	mu        sync.Mutex
	chats     map[int64]*chat
	files     map[string]*File
	callbacks map[string]*callbackState
	commands  map[string]json.RawMessage
	webhook   string
	// webhookSecret is setWebhook's secret_token; closing ends webhook
	// deliveries; deliveries records them.
	webhookSecret string
	closing       chan struct{}
	deliveries    []WebhookDelivery
	requests      map[string]int
	stats         Stats
	violations    []Violation
	calls         []Call
	faults        fakeapi.Faults[Fault]
	blocked       map[int64]bool
	seq           int // for file and callback ids
	changed       chan struct{}
	updates       []queuedUpdate
	nextUpdateID  int
	updNotify     chan struct{}
	poller        *poller
	allowed       map[string]bool
}

// Stats counts what happened on the server.
type Stats struct {
	Requests     int // every HTTP request, valid or not
	Sent         int // messages created by the bot (sendMessage, sendPhoto, ...)
	Edits        int // successful edits
	TooMany429   int // 429 answers: rate limits and injected faults
	Forbidden403 int // 403 answers: blocked chats and injected faults
	Violations   int // rejected invalid requests (see Violations)
	Downloads    int // GET /file/bot<token>/<path> requests
}

// Call is one valid request as it arrived on the wire: the method and
// every parameter as text (an uploaded file as "file:NAME (SIZE bytes)").
type Call struct {
	Method string
	Params map[string]string
}

// Violation is one request the server rejected because the bot did
// something the real Bot API would refuse.
type Violation struct {
	Method      string
	Code        int
	Description string
	Params      map[string]string
	Time        time.Time
}

type apiError struct {
	code       int
	desc       string
	retryAfter int
}

func (e apiError) Error() string { return e.desc }

var (
	errNotFound     = apiError{code: 404, desc: "Not Found"}
	errUnauthorized = apiError{code: 401, desc: "Unauthorized"}
	errUnsupported  = badRequest("method not supported by the fake server (only methods returning True are answered generically)")
)

// New starts a fake server on a random port of 127.0.0.1.
func New(opts Options) *Server {
	if opts.Token == "" {
		opts.Token = "123:abc"
	}
	if opts.BotUsername == "" {
		opts.BotUsername = "baocao_test_bot"
	}
	if opts.BotName == "" {
		opts.BotName = "Báo cáo (test)"
	}
	botID, _ := strconv.ParseInt(strings.SplitN(opts.Token, ":", 2)[0], 10, 64)
	s := &Server{
		opts:         opts,
		spec:         getSpec(),
		bot:          apiUser{ID: botID, IsBot: true, FirstName: opts.BotName, Username: opts.BotUsername},
		limiter:      newRateLimiter(opts),
		chats:        map[int64]*chat{},
		files:        map[string]*File{},
		callbacks:    map[string]*callbackState{},
		commands:     map[string]json.RawMessage{},
		requests:     map[string]int{},
		blocked:      map[int64]bool{},
		changed:      make(chan struct{}),
		updNotify:    make(chan struct{}),
		nextUpdateID: 100000,
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic("telegramtest: cannot listen on 127.0.0.1: " + err.Error())
	}
	s.ln = ln
	s.hs = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	s.closing = make(chan struct{})
	go func() { _ = s.hs.Serve(ln) }()
	go s.webhookLoop()
	return s
}

// Close stops the server and ends pending long polls.
func (s *Server) Close() {
	s.mu.Lock()
	select {
	case <-s.closing:
	default:
		close(s.closing)
	}
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := s.hs.Shutdown(ctx); err != nil {
		_ = s.hs.Close()
	}
}

// URL is the base URL, e.g. http://127.0.0.1:41234.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() }

// Endpoint is the format string tgbotapi wants:
// http://127.0.0.1:PORT/bot%s/%s.
func (s *Server) Endpoint() string { return s.URL() + "/bot%s/%s" }

// Token is the token the server accepts.
func (s *Server) Token() string { return s.opts.Token }

// call is one validated API request.
type call struct {
	ctx    context.Context
	method string // canonical name from the spec
	params map[string]param
}

func (c *call) str(name string) string { return c.params[name].value }

func (c *call) has(name string) bool { _, ok := c.params[name]; return ok }

func (c *call) int(name string) int64 {
	n, _ := strconv.ParseInt(c.params[name].value, 10, 64)
	return n
}

func (c *call) bool(name string) bool {
	b, _ := parseBool(c.params[name].value)
	return b
}

// ServeHTTP implements the Bot API over HTTP.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.stats.Requests++
	s.mu.Unlock()

	if rest, ok := strings.CutPrefix(r.URL.Path, "/file/bot"); ok {
		s.serveFile(w, r, rest)
		return
	}
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, name, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 || name == "" || strings.Contains(name, "/") {
		s.reject(w, name, nil, errNotFound)
		return
	}
	if token != s.opts.Token {
		s.reject(w, name, nil, errUnauthorized)
		return
	}
	m, ok := s.spec.methods[strings.ToLower(name)]
	if !ok {
		s.reject(w, name, nil, errNotFound)
		return
	}
	s.mu.Lock()
	s.requests[m.Name]++
	s.mu.Unlock()

	params, err := readParams(r)
	if err != nil {
		s.reject(w, m.Name, params, err)
		return
	}
	if err := s.spec.validateParams(m, params); err != nil {
		s.reject(w, m.Name, params, err)
		return
	}
	if err := checkLimits(m.Name, params); err != nil {
		s.reject(w, m.Name, params, err)
		return
	}
	s.mu.Lock()
	s.calls = append(s.calls, Call{Method: m.Name, Params: flatParams(params)})
	s.mu.Unlock()
	c := &call{ctx: r.Context(), method: m.Name, params: params}
	if err := s.applyFaults(c); err != nil {
		s.fail(w, m.Name, params, err)
		return
	}
	result, err := s.dispatch(m, c)
	if err != nil {
		s.fail(w, m.Name, params, err)
		return
	}
	if raws, ok := result.([]json.RawMessage); ok {
		// A batch of updates is written as it is queued, so a raw update
		// that is not JSON (SendRaw) reaches the bot the way a broken
		// answer would, instead of failing the fake's own encoding.
		writeBatch(w, raws)
		return
	}
	writeJSON(w, http.StatusOK, response{Ok: true, Result: result})
}

func (s *Server) dispatch(m *specEntry, c *call) (any, error) {
	if h := handlers[m.Name]; h != nil {
		return h(s, c)
	}
	if len(m.Returns) == 1 && m.Returns[0] == "Boolean" {
		return true, nil
	}
	return nil, errUnsupported
}

// fail writes an error; client mistakes (400, 401, 404, 409) are recorded
// as violations, deliberate refusals (403, 429, 5xx) are counted.
func (s *Server) fail(w http.ResponseWriter, method string, params map[string]param, err error) {
	var ae apiError
	if !errors.As(err, &ae) {
		ae = apiError{code: 500, desc: "Internal Server Error: " + err.Error()}
	}
	switch ae.code {
	case 400, 401, 404, 409:
		s.reject(w, method, params, ae)
		return
	case 429:
		s.mu.Lock()
		s.stats.TooMany429++
		s.mu.Unlock()
	case 403:
		s.mu.Lock()
		s.stats.Forbidden403++
		s.mu.Unlock()
	}
	writeError(w, ae)
}

func (s *Server) reject(w http.ResponseWriter, method string, params map[string]param, err error) {
	var ae apiError
	if !errors.As(err, &ae) {
		ae = apiError{code: 400, desc: "Bad Request: " + err.Error()}
	}
	v := Violation{Method: method, Code: ae.code, Description: ae.desc, Params: flatParams(params), Time: time.Now()}
	s.mu.Lock()
	s.violations = append(s.violations, v)
	s.stats.Violations++
	s.mu.Unlock()
	writeError(w, ae)
}

type response struct {
	Ok          bool          `json:"ok"`
	Result      any           `json:"result,omitempty"`
	ErrorCode   int           `json:"error_code,omitempty"`
	Description string        `json:"description,omitempty"`
	Parameters  *respParamsJS `json:"parameters,omitempty"`
}

type respParamsJS struct {
	RetryAfter int `json:"retry_after,omitempty"`
}

func writeError(w http.ResponseWriter, e apiError) {
	resp := response{ErrorCode: e.code, Description: e.desc}
	if e.retryAfter > 0 {
		resp.Parameters = &respParamsJS{RetryAfter: e.retryAfter}
	}
	writeJSON(w, e.code, resp)
}

func writeBatch(w http.ResponseWriter, raws []json.RawMessage) {
	b := []byte(`{"ok":true,"result":[`)
	for i, r := range raws {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, r...)
	}
	b = append(b, "]}"...)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code = 500
		b = []byte(`{"ok":false,"error_code":500,"description":"Internal Server Error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(code)
	_, _ = w.Write(b)
}

// readParams collects parameters from the query string and a urlencoded,
// multipart or JSON body, as Telegram accepts all of them.
func readParams(r *http.Request) (map[string]param, error) {
	params := map[string]param{}
	addValues := func(v url.Values) {
		for k, vs := range v {
			if _, dup := params[k]; !dup && len(vs) > 0 {
				params[k] = param{value: vs[0]}
			}
		}
	}
	addValues(r.URL.Query())
	if r.Method != http.MethodPost && r.Method != http.MethodGet {
		return params, apiError{code: 405, desc: "Method Not Allowed"}
	}
	if r.Body == nil || r.Method == http.MethodGet {
		return params, nil
	}
	ct, ctParams, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		body, err := io.ReadAll(io.LimitReader(r.Body, 50<<20))
		if err != nil {
			return params, badRequest("can't read request body")
		}
		if len(strings.TrimSpace(string(body))) == 0 {
			return params, nil
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(body, &obj); err != nil {
			return params, badRequest("can't parse JSON body: %v", err)
		}
		for k, raw := range obj {
			var sv string
			switch {
			case string(raw) == "null":
				continue
			case len(raw) > 0 && raw[0] == '"':
				_ = json.Unmarshal(raw, &sv)
			default: // numbers, booleans, objects and arrays keep their JSON text
				sv = string(raw)
			}
			params[k] = param{value: sv}
		}
	case "multipart/form-data":
		if ctParams["boundary"] == "" {
			return params, badRequest("multipart body without boundary")
		}
		if err := r.ParseMultipartForm(32 << 20); err != nil {
			return params, badRequest("can't parse multipart body: %v", err)
		}
		addValues(r.MultipartForm.Value)
		for k, fhs := range r.MultipartForm.File {
			if len(fhs) > 0 {
				params[k] = param{file: &upload{name: fhs[0].Filename, size: fhs[0].Size}}
			}
		}
		_ = r.MultipartForm.RemoveAll()
	case "application/x-www-form-urlencoded", "":
		body, err := io.ReadAll(io.LimitReader(r.Body, 50<<20))
		if err != nil {
			return params, badRequest("can't read request body")
		}
		v, err := url.ParseQuery(string(body))
		if err != nil {
			return params, badRequest("can't parse urlencoded body: %v", err)
		}
		for k := range v { // body wins over the query string
			delete(params, k)
		}
		addValues(v)
	default:
		return params, badRequest("unsupported Content-Type %q", ct)
	}
	return params, nil
}

// flatParams writes a request's parameters as text, for Calls and Violations.
func flatParams(params map[string]param) map[string]string {
	out := map[string]string{}
	for k, p := range params {
		if p.file != nil {
			out[k] = fmt.Sprintf("file:%s (%d bytes)", p.file.name, p.file.size)
		} else {
			out[k] = p.value
		}
	}
	return out
}
