package store

// Webhooks: the operator's receivers (other software told of every
// submission) and the deliveries to them. Three buckets, all created at
// open in any file that lacks them, so older files need no migration:
//
//	webhooks            receiver id → Webhook (JSON), its secret included
//	webhook_deliveries  8-byte sequence → WebhookDelivery (JSON): the
//	                    delivery log, every delivery ever queued
//	webhook_queue       8-byte sequence → 8-byte due time (unix ns): the
//	                    deliveries still to be tried, so the sender reads
//	                    a short list, not the whole log
//
// A delivery is queued in the transaction that stores its submission
// (commit, then send): a crash between the two loses none.

import (
	"encoding/binary"
	"sort"
	"time"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/flows"
)

// Webhook is one receiver.
type Webhook struct {
	ID  string `json:"id"`
	URL string `json:"url"`
	// Secret keys the HMAC of every request. It is kept here because it
	// must be (each request is signed with it) and shown only once, when
	// the receiver is added.
	Secret string `json:"secret"`
	// Events it receives (submission, revision, import); empty: all.
	Events  []string  `json:"events,omitempty"`
	Created time.Time `json:"created"`
	By      string    `json:"by,omitempty"`
}

// Wants reports whether the receiver takes event.
func (h *Webhook) Wants(event string) bool {
	if len(h.Events) == 0 {
		return true
	}
	for _, e := range h.Events {
		if e == event {
			return true
		}
	}
	return false
}

// Delivery states.
const (
	DeliveryPending   = "pending"
	DeliveryDelivered = "delivered"
	DeliveryFailed    = "failed" // given up: out of time, or its receiver removed
)

// WebhookDelivery is one submission's event to one receiver.
type WebhookDelivery struct {
	Seq uint64 `json:"-"` // the key; set by AddDelivery
	// ID is sent as X-Baocao-Delivery: random, so a file restored from a
	// backup never hands a receiver an id it already took for another.
	ID    string `json:"id"`
	Hook  string `json:"hook"`
	URL   string `json:"url"` // the receiver's when queued, for the log
	Event string `json:"event"`
	// Form, Period, Unit and Version say which report, for the log.
	Form    string    `json:"form"`
	Period  string    `json:"period"`
	Unit    string    `json:"unit"`
	Version int       `json:"version"`
	Resent  bool      `json:"resent,omitempty"` // queued by `baocao webhooks resend`
	Created time.Time `json:"created"`
	// Next is when it is tried next, while pending.
	Next     time.Time `json:"next,omitzero"`
	Attempts int       `json:"attempts,omitempty"`
	State    string    `json:"state"`
	// LastStatus is the HTTP status of the last try (0: none answered);
	// LastError what went wrong without an answer (a timeout…).
	LastStatus  int       `json:"last_status,omitempty"`
	LastError   string    `json:"last_error,omitempty"`
	LastAttempt time.Time `json:"last_attempt,omitzero"`
	DeliveredAt time.Time `json:"delivered_at,omitzero"`
	// Submission is the wire shape of the submission (bot/wire), frozen
	// when queued: a retry sends the version it was queued for.
	Submission json.RawMessage `json:"submission"`
}

func seqKey(seq uint64) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, seq)
	return k
}

// PutWebhook adds or replaces a receiver.
func (t *Tx) PutWebhook(h *Webhook) error {
	return wrap("store.PutWebhook", t.put(bWebhooks, h.ID, h))
}

// Webhook returns the receiver with id.
func (t *Tx) Webhook(id string) (*Webhook, error) {
	var h Webhook
	return &h, wrap("store.Webhook "+id, t.get(bWebhooks, id, &h))
}

// DeleteWebhook removes a receiver; its deliveries stay in the log.
func (t *Tx) DeleteWebhook(id string) error {
	return wrap("store.DeleteWebhook", t.tx.Bucket(bWebhooks).Delete([]byte(id)))
}

// Webhooks lists the receivers, oldest first.
func (t *Tx) Webhooks() ([]*Webhook, error) {
	var out []*Webhook
	b := t.tx.Bucket(bWebhooks)
	if b == nil { // a read-only look at a file never opened for writing since
		return nil, nil
	}
	err := b.ForEach(func(k, v []byte) error {
		var h Webhook
		if err := json.Unmarshal(v, &h); err != nil {
			return err
		}
		out = append(out, &h)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created.Before(out[j].Created) })
	return out, wrap("store.Webhooks", err)
}

// AddDelivery logs d under the next sequence number (set in d.Seq) and,
// if it is pending, queues it for d.Next.
func (t *Tx) AddDelivery(d *WebhookDelivery) error {
	seq, err := t.tx.Bucket(bDeliveries).NextSequence()
	if err != nil {
		return wrap("store.AddDelivery", err)
	}
	d.Seq = seq
	return wrap("store.AddDelivery", t.PutDelivery(d))
}

// PutDelivery rewrites a delivery after a try, keeping the queue in step:
// queued while pending, out of it once delivered or failed.
func (t *Tx) PutDelivery(d *WebhookDelivery) error {
	raw, err := json.Marshal(d)
	if err != nil {
		return wrap("store.PutDelivery", err)
	}
	k := seqKey(d.Seq)
	if err := t.tx.Bucket(bDeliveries).Put(k, raw); err != nil {
		return wrap("store.PutDelivery", err)
	}
	q := t.tx.Bucket(bDeliveryQueue)
	if d.State != DeliveryPending {
		return wrap("store.PutDelivery", q.Delete(k))
	}
	due := make([]byte, 8)
	binary.BigEndian.PutUint64(due, uint64(d.Next.UnixNano()))
	return wrap("store.PutDelivery", q.Put(k, due))
}

// Delivery returns the delivery of sequence seq.
func (t *Tx) Delivery(seq uint64) (*WebhookDelivery, error) {
	raw := t.tx.Bucket(bDeliveries).Get(seqKey(seq))
	if raw == nil {
		return nil, wrap("store.Delivery", ErrNotFound)
	}
	d := &WebhookDelivery{Seq: seq}
	if err := json.Unmarshal(raw, d); err != nil {
		return nil, wrap("store.Delivery", ErrDamaged)
	}
	return d, nil
}

// DueDeliveries returns, oldest first, up to limit pending deliveries due
// at now, and the earliest time one that is not due yet will be (zero:
// none waits). A queue longer than limit leaves the rest for the next
// call.
func (t *Tx) DueDeliveries(now time.Time, limit int) ([]*WebhookDelivery, time.Time, error) {
	var out []*WebhookDelivery
	var next time.Time
	q := t.tx.Bucket(bDeliveryQueue)
	if q == nil {
		return nil, next, nil
	}
	c := q.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		due := time.Unix(0, int64(binary.BigEndian.Uint64(v)))
		if due.After(now) {
			if next.IsZero() || due.Before(next) {
				next = due
			}
			continue
		}
		if len(out) == limit {
			next = now
			continue
		}
		d, err := t.Delivery(binary.BigEndian.Uint64(k))
		if err != nil {
			return nil, next, wrap("store.DueDeliveries", err)
		}
		out = append(out, d)
	}
	return out, next, nil
}

// QueuedDeliveries counts the deliveries still to be tried.
func (t *Tx) QueuedDeliveries() int {
	if q := t.tx.Bucket(bDeliveryQueue); q != nil {
		return q.Stats().KeyN
	}
	return 0
}

// Deliveries calls fn with each logged delivery, newest first, until it
// returns false.
func (t *Tx) Deliveries(fn func(*WebhookDelivery) bool) error {
	b := t.tx.Bucket(bDeliveries)
	if b == nil {
		return nil
	}
	c := b.Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		d := &WebhookDelivery{Seq: binary.BigEndian.Uint64(k)}
		if err := json.Unmarshal(v, d); err != nil {
			return wrap("store.Deliveries", ErrDamaged)
		}
		if !fn(d) {
			return nil
		}
	}
	return nil
}

// AllSubmissions calls fn with the current version of every report, in
// key order (form, period, unit), until it returns false: what
// `baocao webhooks resend --since` sends again.
func (t *Tx) AllSubmissions(fn func(*flows.Submission) bool) error {
	c := t.tx.Bucket(bSubmissions).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var s flows.Submission
		if err := json.Unmarshal(v, &s); err != nil {
			return wrap("store.AllSubmissions", ErrDamaged)
		}
		if !fn(&s) {
			return nil
		}
	}
	return nil
}

// PruneDeliveries deletes from the log the deliveries queued before
// before that are done (delivered or given up), oldest first, and reports
// how many went. A pending one is never deleted, however old. The log is
// in sequence order, which is the order deliveries were queued, so the
// walk stops at the first one queued after before: its cost follows what
// is deleted, not the log's length.
func (t *Tx) PruneDeliveries(before time.Time) (int, error) {
	b := t.tx.Bucket(bDeliveries)
	if b == nil {
		return 0, nil
	}
	var old [][]byte
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var d WebhookDelivery
		if err := json.Unmarshal(v, &d); err != nil {
			continue // a damaged record stays for `baocao check` to name
		}
		if !d.Created.Before(before) {
			break
		}
		if d.State != DeliveryPending {
			old = append(old, append([]byte(nil), k...))
		}
	}
	for _, k := range old {
		if err := b.Delete(k); err != nil {
			return 0, wrap("store.PruneDeliveries", err)
		}
	}
	return len(old), nil
}
