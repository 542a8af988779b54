package webhook

// The operator's commands (baocao webhooks add|list|log|resend|remove),
// each one transaction on the store, answered with catalog messages.

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// AuditAction is the audit log's action for the operator's adding,
// removing and resending (bot.AdminWebhooks writes the entries).
const AuditAction = "webhook"

// Refusal is a command the operator must correct; Msg says how.
type Refusal struct{ Msg locales.Msg }

func (r *Refusal) Error() string { return locales.Render(locales.EN, r.Msg) }

func refuse(key string, kv ...any) error { return &Refusal{locales.M(key, kv...)} }

// Add creates a receiver of rawURL for events (none: all of them) with a
// new secret (in the result: the caller shows it once, and never logs it).
func Add(tx *store.Tx, rawURL string, events []string, by string, now time.Time) (*store.Webhook, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, refuse("webhooks.bad_url", "url", rawURL)
	}
	var evs []string
	for _, e := range events {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		if !known(e) {
			return nil, refuse("webhooks.bad_event", "event", e, "events", strings.Join(Events, ", "))
		}
		evs = append(evs, e)
	}
	// 256 random bits in hex: typed as is into a receiver's configuration
	// and into openssl -hmac, with no encoding to get wrong.
	h := &store.Webhook{ID: newID("wh_", 4), URL: rawURL, Secret: newID("", 32), Events: evs, Created: now, By: by}
	return h, tx.PutWebhook(h)
}

func known(event string) bool {
	for _, e := range Events {
		if e == event {
			return true
		}
	}
	return false
}

// eventsOf is a receiver's events as the operator reads them.
func eventsOf(h *store.Webhook) any {
	if len(h.Events) == 0 {
		return locales.M("webhooks.all_events")
	}
	return strings.Join(h.Events, ", ")
}

// Added is what the operator reads after Add, before the secret.
func Added(h *store.Webhook) locales.Msg {
	return locales.M("webhooks.added", "id", h.ID, "url", h.URL, "events", eventsOf(h))
}

// List says who receives what, and how their deliveries stand.
func List(tx *store.Tx) (locales.Msg, error) {
	hooks, err := tx.Webhooks()
	if err != nil {
		return locales.Msg{}, err
	}
	if len(hooks) == 0 {
		return locales.M("webhooks.none"), nil
	}
	type tally struct{ pending, delivered, failed int }
	counts := map[string]*tally{}
	for _, h := range hooks {
		counts[h.ID] = &tally{}
	}
	err = tx.Deliveries(func(d *store.WebhookDelivery) bool {
		if c := counts[d.Hook]; c != nil {
			switch d.State {
			case store.DeliveryPending:
				c.pending++
			case store.DeliveryDelivered:
				c.delivered++
			case store.DeliveryFailed:
				c.failed++
			}
		}
		return true
	})
	if err != nil {
		return locales.Msg{}, err
	}
	var lines []locales.Msg
	for _, h := range hooks {
		c := counts[h.ID]
		lines = append(lines, locales.M("webhooks.list_row", "id", h.ID, "url", h.URL, "events", eventsOf(h),
			"added", locales.DateTime(h.Created), "delivered", c.delivered, "pending", c.pending, "failed", c.failed))
	}
	return locales.M("op.lines", "lines", lines), nil
}

// LogLines is how many deliveries `baocao webhooks log` shows.
const LogLines = 50

// Log lists the latest deliveries, newest first (only the failed ones
// with failedOnly), at most limit of them.
func Log(tx *store.Tx, cfg *flows.Config, failedOnly bool, limit int) (locales.Msg, error) {
	var lines []locales.Msg
	err := tx.Deliveries(func(d *store.WebhookDelivery) bool {
		if failedOnly && d.State != store.DeliveryFailed {
			return true
		}
		lines = append(lines, logRow(cfg, d))
		return len(lines) < limit
	})
	if err != nil {
		return locales.Msg{}, err
	}
	if len(lines) == 0 {
		if failedOnly {
			return locales.M("webhooks.log_none_failed"), nil
		}
		return locales.M("webhooks.log_none"), nil
	}
	return locales.M("op.lines", "lines", lines), nil
}

func logRow(cfg *flows.Config, d *store.WebhookDelivery) locales.Msg {
	unit := d.Unit
	if f := cfg.Form(d.Form); f != nil {
		if p, err := f.Period(d.Period); err == nil {
			if name := unitName(cfg, d.Unit, p); name != "" {
				unit += " " + name
			}
		}
	}
	last := any(locales.M("webhooks.not_tried"))
	switch {
	case d.LastStatus != 0:
		last = locales.Plain("HTTP " + strconv.Itoa(d.LastStatus))
	case d.LastError != "":
		last = d.LastError
	}
	var state locales.Msg
	switch d.State {
	case store.DeliveryDelivered:
		state = locales.M("webhooks.state_delivered", "last", last)
	case store.DeliveryFailed:
		state = locales.M("webhooks.state_failed", "last", last)
	default:
		state = locales.M("webhooks.state_pending", "last", last, "next", locales.DateTime(d.Next))
	}
	event := any(d.Event)
	if d.Resent {
		event = locales.M("webhooks.resent_event", "event", d.Event)
	}
	return locales.M("webhooks.log_row", "at", locales.DateTime(d.Created), "id", locales.Plain(d.ID), "url", d.URL,
		"event", event, "form", d.Form, "period", locales.Plain(d.Period), "unit", locales.Plain(unit),
		"version", d.Version, "attempts", d.Attempts, "state", state)
}

// Resend queues again, to the receivers that take their events (only
// receiver to, if given): the delivery id, or with since every unit's
// current report stored (or imported) from since on. Each is a new
// delivery with a new id, marked resent: a receiver that dropped the
// first one by its id takes this one. It returns how many were queued.
func Resend(tx *store.Tx, cfg *flows.Config, id string, since time.Time, to string, now time.Time) (int, error) {
	hooks, err := tx.Webhooks()
	if err != nil {
		return 0, err
	}
	if to != "" {
		var one []*store.Webhook
		for _, h := range hooks {
			if h.ID == to {
				one = append(one, h)
			}
		}
		if len(one) == 0 {
			return 0, refuse("webhooks.no_hook", "id", to)
		}
		hooks = one
	}
	if len(hooks) == 0 {
		return 0, refuse("webhooks.none")
	}
	if id != "" {
		return resendOne(tx, hooks, id, now)
	}
	queued := 0
	var failed error
	err = tx.AllSubmissions(func(s *flows.Submission) bool {
		at := s.At
		if s.Imported != nil {
			at = s.Imported.At
		}
		if at.Before(since) {
			return true
		}
		f := cfg.Form(s.Form)
		if f == nil {
			return true // a form no longer configured: its shape is unknown
		}
		p, err := f.Period(s.Period)
		if err != nil {
			return true
		}
		var n int
		n, failed = enqueue(tx, cfg, f, p, s, hooks, true, now)
		queued += n
		return failed == nil
	})
	if err == nil {
		err = failed
	}
	return queued, err
}

// resendOne queues delivery id again, to its own receiver.
func resendOne(tx *store.Tx, hooks []*store.Webhook, id string, now time.Time) (int, error) {
	var found *store.WebhookDelivery
	err := tx.Deliveries(func(d *store.WebhookDelivery) bool {
		if d.ID == id {
			found = d
		}
		return found == nil
	})
	if err != nil {
		return 0, err
	}
	if found == nil {
		return 0, refuse("webhooks.no_delivery", "id", id)
	}
	for _, h := range hooks {
		if h.ID != found.Hook {
			continue
		}
		d := *found
		d.ID, d.URL, d.Resent, d.Created, d.Next, d.State = newID("d_", 8), h.URL, true, now, now, store.DeliveryPending
		d.Attempts, d.LastStatus, d.LastError, d.LastAttempt, d.DeliveredAt = 0, 0, "", time.Time{}, time.Time{}
		return 1, tx.AddDelivery(&d)
	}
	return 0, refuse("webhooks.no_hook", "id", found.Hook)
}

// Remove deletes receiver id; its deliveries still waiting are marked
// failed (they are kept in the log). It returns how many were.
func Remove(tx *store.Tx, id string, now time.Time) (int, error) {
	if _, err := tx.Webhook(id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return 0, refuse("webhooks.no_hook", "id", id)
		}
		return 0, err
	}
	var pending []*store.WebhookDelivery
	err := tx.Deliveries(func(d *store.WebhookDelivery) bool {
		if d.Hook == id && d.State == store.DeliveryPending {
			pending = append(pending, d)
		}
		return true
	})
	if err != nil {
		return 0, err
	}
	for _, d := range pending {
		d.State, d.Next, d.LastError = store.DeliveryFailed, time.Time{}, "receiver removed"
		if err := tx.PutDelivery(d); err != nil {
			return 0, err
		}
	}
	return len(pending), tx.DeleteWebhook(id)
}
