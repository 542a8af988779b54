package webhook

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/bot/wire"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// Events a receiver may take.
const (
	EventSubmission = "submission" // a unit's first version of a period's report
	EventRevision   = "revision"   // a later version (/sua, or sent again)
	EventImport     = "import"     // figures imported from a file (baocao figures import)
)

// Events lists them, in the order the operator reads them.
var Events = []string{EventSubmission, EventRevision, EventImport}

// EventOf names what storing s was.
func EventOf(s *flows.Submission) string {
	switch {
	case s.Imported != nil:
		return EventImport
	case s.Version > 1:
		return EventRevision
	}
	return EventSubmission
}

// Enqueue queues, in tx, a delivery of s (just stored, its Version set)
// to every receiver that takes its event, due at once. It is called in the
// transaction that stores s: the two commit together or not at all. With
// no receiver it reads one empty bucket and writes nothing.
func Enqueue(tx *store.Tx, cfg *flows.Config, f *flows.Form, p flows.Period, s *flows.Submission, now time.Time) error {
	hooks, err := tx.Webhooks()
	if err != nil || len(hooks) == 0 {
		return err
	}
	_, err = enqueue(tx, cfg, f, p, s, hooks, false, now)
	return err
}

// enqueue queues s to each of hooks that takes its event, and says to
// how many.
func enqueue(tx *store.Tx, cfg *flows.Config, f *flows.Form, p flows.Period, s *flows.Submission, hooks []*store.Webhook, resent bool, now time.Time) (int, error) {
	n := 0
	event := EventOf(s)
	var body json.RawMessage
	for _, h := range hooks {
		if !h.Wants(event) {
			continue
		}
		if body == nil {
			var err error
			if body, err = json.Marshal(wire.SubmissionOf(f, *s, unitName(cfg, s.Unit, p))); err != nil {
				return n, fmt.Errorf("webhook.Enqueue: %w", err)
			}
		}
		d := &store.WebhookDelivery{ID: newID("d_", 8), Hook: h.ID, URL: h.URL, Event: event,
			Form: s.Form, Period: s.Period, Unit: s.Unit, Version: s.Version, Resent: resent,
			Created: now, Next: now, State: store.DeliveryPending, Submission: body}
		if err := tx.AddDelivery(d); err != nil {
			return n, fmt.Errorf("webhook.Enqueue: %w", err)
		}
		n++
	}
	return n, nil
}

// unitName is the unit's name in its period's era (empty if the
// configuration no longer has it).
func unitName(cfg *flows.Config, code string, p flows.Period) string {
	if u := cfg.UnitOf(code, p); u != nil {
		return u.Name
	}
	return ""
}

// newID is prefix and n random bytes in hex.
func newID(prefix string, n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand since Go 1.24)
	return prefix + hex.EncodeToString(b)
}
