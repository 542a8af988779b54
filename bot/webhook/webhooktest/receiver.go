// Package webhooktest is a strict fake receiver of baocao's webhooks, for
// tests and benchmarks: it checks every request as a careful receiver
// would (method, content type, the signature over the timestamp and the
// body, a timestamp near its clock, the delivery id in the header and the
// body alike) and fails the test on the first that is wrong.
package webhooktest

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/webhook"
	"github.com/baocao/baocao/bot/wire"
)

// Tolerance is how far from its clock the receiver takes a timestamp.
const Tolerance = 5 * time.Minute

// Request is one request the receiver took and checked.
type Request struct {
	Delivery string // X-Baocao-Delivery
	Body     webhook.Body
	Sub      wire.Submission
	Answered int // the status it answered
}

// Receiver is the fake. Its zero value is not usable: call New.
type Receiver struct {
	t   testing.TB
	now func() time.Time
	srv *httptest.Server

	mu     sync.Mutex
	secret string
	status int // what it answers a good request
	got    []Request
}

// New starts a receiver that judges timestamps by now (the test's clock)
// and answers 200 until told otherwise.
func New(t testing.TB, now func() time.Time) *Receiver {
	r := &Receiver{t: t, now: now, status: http.StatusOK}
	r.srv = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.srv.Close)
	return r
}

// URL is where it listens.
func (r *Receiver) URL() string { return r.srv.URL + "/hooks/baocao" }

// SetSecret gives it the secret baocao printed once.
func (r *Receiver) SetSecret(s string) { r.mu.Lock(); r.secret = s; r.mu.Unlock() }

// Answer makes it answer every good request with status (503: it is down).
func (r *Receiver) Answer(status int) { r.mu.Lock(); r.status = status; r.mu.Unlock() }

// Got lists the requests taken so far, those it refused included.
func (r *Receiver) Got() []Request {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Request(nil), r.got...)
}

// Delivered lists the deliveries it accepted, each once however often it
// came (as a receiver that dedupes by X-Baocao-Delivery keeps them).
func (r *Receiver) Delivered() []Request {
	seen := map[string]bool{}
	var out []Request
	for _, q := range r.Got() {
		if q.Answered/100 == 2 && !seen[q.Delivery] {
			seen[q.Delivery] = true
			out = append(out, q)
		}
	}
	return out
}

func (r *Receiver) serve(w http.ResponseWriter, req *http.Request) {
	r.mu.Lock()
	secret, status := r.secret, r.status
	r.mu.Unlock()
	body, err := io.ReadAll(req.Body)
	bad := func(format string, args ...any) {
		r.t.Errorf("webhook receiver: "+format, args...)
		http.Error(w, "bad request", http.StatusBadRequest)
	}
	switch {
	case err != nil:
		bad("reading the body: %v", err)
		return
	case req.Method != http.MethodPost:
		bad("method %s, want POST", req.Method)
		return
	case req.Header.Get("Content-Type") != "application/json":
		bad("Content-Type %q", req.Header.Get("Content-Type"))
		return
	case secret == "":
		bad("a request before the receiver was given its secret")
		return
	}
	ts := req.Header.Get(webhook.HeaderTimestamp)
	if !webhook.Verify(secret, req.Header.Get(webhook.HeaderSignature), ts, body, r.now(), Tolerance) {
		bad("signature %q with timestamp %q does not verify (now %s)", req.Header.Get(webhook.HeaderSignature), ts, r.now().UTC())
		return
	}
	var q Request
	q.Delivery = req.Header.Get(webhook.HeaderDelivery)
	if err := json.Unmarshal(body, &q.Body); err != nil {
		bad("body is not JSON: %v", err)
		return
	}
	if err := json.Unmarshal(q.Body.Submission, &q.Sub); err != nil {
		bad("submission is not the wire shape: %v", err)
		return
	}
	switch {
	case q.Delivery == "" || q.Body.ID != q.Delivery:
		bad("delivery id %q in the header, %q in the body", q.Delivery, q.Body.ID)
		return
	case strconv.FormatInt(q.Body.DeliveredAt, 10) != ts:
		bad("delivered_at %d, timestamp %s", q.Body.DeliveredAt, ts)
		return
	case req.Header.Get(webhook.HeaderEvent) != q.Body.Event:
		bad("event %q in the header, %q in the body", req.Header.Get(webhook.HeaderEvent), q.Body.Event)
		return
	}
	q.Answered = status
	r.mu.Lock()
	r.got = append(r.got, q)
	r.mu.Unlock()
	w.WriteHeader(status)
}
