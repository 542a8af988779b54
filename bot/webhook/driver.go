package webhook

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/store"
)

// Body is what a receiver gets: the event, the delivery's id (as in
// X-Baocao-Delivery), when this try was sent (unix seconds, as in
// X-Baocao-Timestamp) and the submission in its wire shape.
type Body struct {
	Event       string          `json:"event"`
	ID          string          `json:"id"`
	DeliveredAt int64           `json:"delivered_at"`
	Resent      bool            `json:"resent,omitempty"` // sent again by the operator (baocao webhooks resend)
	Submission  json.RawMessage `json:"submission"`
}

// Driver sends the queued deliveries. Run it once per data file.
type Driver struct {
	Store store.Store
	// Client sends the requests; by default one with a 15 s timeout that
	// follows no redirect.
	Client *http.Client
	Now    func() time.Time
	Log    *slog.Logger
	// Workers is how many receivers are called at once (4 by default);
	// one receiver's deliveries go one after the other, in order.
	Workers int
	// Batch is how many due deliveries a round reads (500 by default).
	Batch int

	once   sync.Once
	wake   chan struct{}
	counts counts
	defCli *http.Client
}

type counts struct{ delivered, retried, failed atomic.Int64 }

// Stats are the driver's counts since start.
type Stats struct {
	Delivered int64 // tries a receiver took (2xx)
	Retried   int64 // failed tries that will be tried again
	Failed    int64 // deliveries given up
}

// Stats returns them.
func (d *Driver) Stats() Stats {
	return Stats{d.counts.delivered.Load(), d.counts.retried.Load(), d.counts.failed.Load()}
}

func (d *Driver) init() {
	d.once.Do(func() {
		d.wake = make(chan struct{}, 1)
		d.defCli = &http.Client{Timeout: 15 * time.Second,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	})
}

func (d *Driver) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Driver) log() *slog.Logger {
	if d.Log != nil {
		return d.Log
	}
	return slog.New(slog.DiscardHandler)
}

func (d *Driver) client() *http.Client {
	if d.Client != nil {
		return d.Client
	}
	return d.defCli
}

// Wake tells the driver that deliveries were committed.
func (d *Driver) Wake() {
	d.init()
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// idle is how long Run sleeps with nothing queued, in case a writer did
// not call Wake.
const idle = 10 * time.Minute

// Run sends until ctx is done: a round, then a sleep until the next
// delivery is due or Wake is called.
func (d *Driver) Run(ctx context.Context) {
	d.init()
	for {
		wait := idle
		next, err := d.Round(ctx)
		switch {
		case err != nil:
			d.log().Error("webhooks: a round failed", "err", err)
			wait = FirstRetry
		case !next.IsZero():
			wait = min(max(next.Sub(d.now()), 0), idle)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-d.wake:
		case <-t.C:
		}
		t.Stop()
	}
}

// Round tries every delivery due now once and records the outcomes in one
// commit. It returns when the next waiting one is due (zero: none waits).
func (d *Driver) Round(ctx context.Context) (time.Time, error) {
	d.init()
	var due []*store.WebhookDelivery
	var next time.Time
	hooks := map[string]*store.Webhook{}
	err := d.Store.View(func(tx *store.Tx) error {
		var err error
		batch := d.Batch
		if batch <= 0 {
			batch = 500
		}
		if due, next, err = tx.DueDeliveries(d.now(), batch); err != nil {
			return err
		}
		hs, err := tx.Webhooks()
		for _, h := range hs {
			hooks[h.ID] = h
		}
		return err
	})
	if err != nil || len(due) == 0 {
		return next, err
	}
	// One receiver's deliveries in order, receivers side by side.
	var order []string
	byHook := map[string][]*store.WebhookDelivery{}
	for _, dl := range due {
		if byHook[dl.Hook] == nil {
			order = append(order, dl.Hook)
		}
		byHook[dl.Hook] = append(byHook[dl.Hook], dl)
	}
	workers := d.Workers
	if workers <= 0 {
		workers = 4
	}
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var done []*store.WebhookDelivery
	for _, id := range order {
		wg.Add(1)
		sem <- struct{}{}
		go func(h *store.Webhook, list []*store.WebhookDelivery) {
			defer func() { <-sem; wg.Done() }()
			out := d.deliver(ctx, h, list)
			mu.Lock()
			done = append(done, out...)
			mu.Unlock()
		}(hooks[id], byHook[id])
	}
	wg.Wait()
	err = d.Store.Update(func(tx *store.Tx) error {
		for _, dl := range done {
			// The operator may have removed its receiver meanwhile:
			// what is no longer pending stays as they left it.
			cur, err := tx.Delivery(dl.Seq)
			if err != nil {
				return err
			}
			if cur.State != store.DeliveryPending {
				continue
			}
			if err := tx.PutDelivery(dl); err != nil {
				return err
			}
		}
		_, next, err = tx.DueDeliveries(d.now(), 0)
		return err
	})
	if err != nil {
		return time.Time{}, err
	}
	for _, dl := range done {
		switch dl.State {
		case store.DeliveryDelivered:
			d.counts.delivered.Add(1)
		case store.DeliveryFailed:
			d.counts.failed.Add(1)
		}
	}
	return next, nil
}

// deliver sends list to h in order and returns what became of each. After
// a failure the rest wait for the failed one's next try (Hold).
func (d *Driver) deliver(ctx context.Context, h *store.Webhook, list []*store.WebhookDelivery) []*store.WebhookDelivery {
	var out []*store.WebhookDelivery
	for i, dl := range list {
		if h == nil { // removed while this was queued
			n := *dl
			n.State, n.Next, n.LastError = store.DeliveryFailed, time.Time{}, "receiver removed"
			out = append(out, &n)
			continue
		}
		status, errText := d.send(ctx, h, dl)
		if ctx.Err() != nil {
			return out // shutting down: what was not recorded is tried again
		}
		n := After(*dl, d.now(), status, errText)
		out = append(out, &n)
		switch n.State {
		case store.DeliveryDelivered:
			d.log().Debug("webhook delivered", "delivery", n.ID, "receiver", h.ID, "url", Redacted(h.URL), "status", status)
			continue
		case store.DeliveryFailed:
			d.log().Warn("webhook delivery given up", "delivery", n.ID, "receiver", h.ID, "url", Redacted(h.URL),
				"attempts", n.Attempts, "status", status, "err", errText)
			continue
		}
		d.counts.retried.Add(1)
		d.log().Warn("webhook delivery failed; will retry", "delivery", n.ID, "receiver", h.ID, "url", Redacted(h.URL),
			"attempts", n.Attempts, "status", status, "err", errText, "next", n.Next.UTC().Format(time.RFC3339))
		for _, rest := range list[i+1:] {
			r := Hold(*rest, n.Next, d.now())
			out = append(out, &r)
		}
		break
	}
	return out
}

// send makes one try: the status (0 if none came) and, without one, why.
func (d *Driver) send(ctx context.Context, h *store.Webhook, dl *store.WebhookDelivery) (int, string) {
	now := d.now()
	body, err := json.Marshal(Body{Event: dl.Event, ID: dl.ID, DeliveredAt: now.Unix(), Resent: dl.Resent, Submission: dl.Submission})
	if err != nil {
		return 0, "encoding: " + err.Error()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(body))
	if err != nil {
		return 0, "bad url"
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "baocao-webhook/1")
	req.Header.Set(HeaderEvent, dl.Event)
	req.Header.Set(HeaderDelivery, dl.ID)
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(now.Unix(), 10))
	req.Header.Set(HeaderSignature, Sign(h.Secret, now.Unix(), body))
	resp, err := d.client().Do(req)
	if err != nil {
		return 0, reason(err)
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
	resp.Body.Close()
	return resp.StatusCode, ""
}

// reason is a failed request's cause without its URL (which may carry a
// receiver's own token in its query).
func reason(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne interface{ Timeout() bool }
	if errors.As(err, &ne) && ne.Timeout() {
		return "timeout"
	}
	return err.Error()
}

// Redacted is a receiver's URL for the log: without a user, password or
// query, which may hold the receiver's own credentials.
func Redacted(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable url)"
	}
	u.User = nil
	if u.RawQuery != "" {
		u.RawQuery = "…"
	}
	u.Fragment = ""
	return u.String()
}
