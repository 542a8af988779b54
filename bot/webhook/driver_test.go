package webhook_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/webhook"
	"github.com/baocao/baocao/bot/webhook/webhooktest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// clock is the tests' time, moved by hand.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }
func newClock() *clock               { return &clock{now: time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)} }
func open(t *testing.T, dir string) *store.DB {
	t.Helper()
	db, err := store.Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// addReceiver adds r as a receiver of events and gives it its secret.
func addReceiver(t *testing.T, db *store.DB, r *webhooktest.Receiver, now time.Time, events ...string) *store.Webhook {
	t.Helper()
	var h *store.Webhook
	err := db.Update(func(tx *store.Tx) error {
		var err error
		h, err = webhook.Add(tx, r.URL(), events, "test", now)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	r.SetSecret(h.Secret)
	return h
}

// submit stores a report of form thang, period 2026-11 for unit with its
// webhooks, as bot/report.go does.
func submit(t *testing.T, db *store.DB, cfg *flows.Config, unit string, tin float64, now time.Time) *flows.Submission {
	t.Helper()
	f := cfg.Form("thang")
	p, err := f.Period("2026-11")
	if err != nil {
		t.Fatal(err)
	}
	s := &flows.Submission{Form: f.ID, Period: p.Key, Unit: unit, By: "p1", ByName: "Lê Thị Hoa", At: now, Channel: "zalo",
		Answers: map[string]flows.Value{"tin_cds": {Num: &tin}}}
	err = db.Update(func(tx *store.Tx) error {
		if err := tx.PutSubmission(s); err != nil {
			return err
		}
		return webhook.Enqueue(tx, cfg, f, p, s, now)
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func round(t *testing.T, d *webhook.Driver) time.Time {
	t.Helper()
	next, err := d.Round(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return next
}

func deliveries(t *testing.T, db *store.DB) []*store.WebhookDelivery {
	t.Helper()
	var out []*store.WebhookDelivery
	db.View(func(tx *store.Tx) error {
		return tx.Deliveries(func(d *store.WebhookDelivery) bool { out = append([]*store.WebhookDelivery{d}, out...); return true })
	})
	return out
}

// The receiver is down when a report comes in, and baocao is restarted
// while it is: the delivery waits in the data file and arrives, signed
// and whole, once the receiver is back.
func TestAReportSentWhileTheReceiverIsDownArrivesAfterARestart(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	c := newClock()
	r := webhooktest.New(t, c.Now)
	dir := t.TempDir()
	db := open(t, dir)
	addReceiver(t, db, r, c.Now())
	r.Answer(http.StatusServiceUnavailable)
	submit(t, db, cfg, "15247", 12, c.Now())

	d := &webhook.Driver{Store: db, Now: c.Now}
	next := round(t, d)
	if got := len(r.Got()); got != 1 {
		t.Fatalf("%d requests to the receiver, want 1", got)
	}
	if want := c.Now().Add(30 * time.Second); !next.Equal(want) {
		t.Errorf("next try at %s, want %s (30 s later)", next, want)
	}
	c.Add(10 * time.Second)
	round(t, d) // not due yet: nothing is sent
	if got := len(r.Got()); got != 1 {
		t.Errorf("%d requests before the retry was due, want 1", got)
	}
	db.Close() // baocao stops

	c.Add(time.Hour)
	r.Answer(http.StatusOK)
	db = open(t, dir)
	defer db.Close()
	d = &webhook.Driver{Store: db, Now: c.Now}
	if next := round(t, d); !next.IsZero() {
		t.Errorf("something still waits for %s", next)
	}
	got := r.Delivered()
	if len(got) != 1 {
		t.Fatalf("%d deliveries accepted, want 1", len(got))
	}
	s := got[0].Sub
	if got[0].Body.Event != webhook.EventSubmission || s.Unit != "15247" || s.UnitName != "Xã Thành Tâm" || s.Version != 1 ||
		s.Answers["tin_cds"] != 12.0 || s.Period != "2026-11" {
		t.Errorf("delivered %+v %+v", got[0].Body, s)
	}
	ds := deliveries(t, db)
	if len(ds) != 1 || ds[0].State != store.DeliveryDelivered || ds[0].Attempts != 2 || ds[0].LastStatus != 200 {
		t.Errorf("log: %+v", ds[0])
	}
	if m := d.Stats(); m.Delivered != 1 {
		t.Errorf("stats %+v", m)
	}
}

// A receiver that is down is called once per round, not once per waiting
// report, and gets a unit's versions in the order they were made.
func TestAReceiverDownIsCalledOnceARoundAndGetsVersionsInOrder(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	c := newClock()
	r := webhooktest.New(t, c.Now)
	db := open(t, t.TempDir())
	defer db.Close()
	addReceiver(t, db, r, c.Now())
	r.Answer(http.StatusBadGateway)
	for i := range 3 {
		submit(t, db, cfg, "15247", float64(10+i), c.Now())
	}
	d := &webhook.Driver{Store: db, Now: c.Now}
	round(t, d)
	if got := len(r.Got()); got != 1 {
		t.Errorf("%d requests to a receiver that is down, want 1", got)
	}
	r.Answer(http.StatusOK)
	c.Add(time.Minute)
	round(t, d)
	var versions []int
	for _, q := range r.Delivered() {
		versions = append(versions, q.Sub.Version)
	}
	if len(versions) != 3 || versions[0] != 1 || versions[1] != 2 || versions[2] != 3 {
		t.Errorf("versions delivered %v, want [1 2 3]", versions)
	}
	if ev := r.Delivered()[1].Body.Event; ev != webhook.EventRevision {
		t.Errorf("version 2 came as %q, want revision", ev)
	}
}

// Three days of failures end the retries: the delivery is marked failed
// and shown as such in the log.
func TestADeliveryFailingForThreeDaysIsMarkedFailed(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	c := newClock()
	r := webhooktest.New(t, c.Now)
	db := open(t, t.TempDir())
	defer db.Close()
	addReceiver(t, db, r, c.Now())
	r.Answer(http.StatusInternalServerError)
	submit(t, db, cfg, "15247", 12, c.Now())
	d := &webhook.Driver{Store: db, Now: c.Now}
	for i := 0; ; i++ {
		next := round(t, d)
		if next.IsZero() {
			break
		}
		if i > 100 {
			t.Fatal("still retrying")
		}
		c.Add(next.Sub(c.Now()))
	}
	ds := deliveries(t, db)
	if ds[0].State != store.DeliveryFailed || ds[0].LastStatus != 500 {
		t.Errorf("after three days: %+v", ds[0])
	}
	if m := d.Stats(); m.Failed != 1 || m.Delivered != 0 || m.Retried != int64(ds[0].Attempts-1) {
		t.Errorf("stats %+v after %d tries", m, ds[0].Attempts)
	}
	db.View(func(tx *store.Tx) error {
		msg, err := webhook.Log(tx, cfg, true, 10)
		text := locales.Render(locales.VI, msg)
		if err != nil || !strings.Contains(text, "thất bại (lần cuối: HTTP 500)") || !strings.Contains(text, "15247 Xã Thành Tâm") {
			t.Errorf("log --failed:\n%s", text)
		}
		return err
	})
}

// Each receiver gets only the events it asked for.
func TestAReceiverGetsOnlyItsEvents(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	c := newClock()
	all, firsts := webhooktest.New(t, c.Now), webhooktest.New(t, c.Now)
	db := open(t, t.TempDir())
	defer db.Close()
	addReceiver(t, db, all, c.Now())
	addReceiver(t, db, firsts, c.Now(), webhook.EventSubmission)
	submit(t, db, cfg, "15247", 12, c.Now())
	submit(t, db, cfg, "15247", 13, c.Now())
	round(t, &webhook.Driver{Store: db, Now: c.Now})
	if n, m := len(all.Delivered()), len(firsts.Delivered()); n != 2 || m != 1 {
		t.Errorf("all events: %d deliveries, want 2; submissions only: %d, want 1", n, m)
	}
}

// A report of a period before the 07/2025 reform is sent under the unit
// of its era: code 15250 was Xã Thành An then, Xã Ngọc Trạo since.
func TestAReportIsSentUnderTheUnitOfItsPeriodsEra(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	c := newClock()
	r := webhooktest.New(t, c.Now)
	db := open(t, t.TempDir())
	defer db.Close()
	addReceiver(t, db, r, c.Now())
	for _, key := range []string{"2024", "2026"} {
		f := cfg.Form("nam")
		p, err := f.Period(key)
		if err != nil {
			t.Fatal(err)
		}
		s := &flows.Submission{Form: "nam", Period: key, Unit: "15250", At: c.Now(), Answers: map[string]flows.Value{}}
		db.Update(func(tx *store.Tx) error {
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
			return webhook.Enqueue(tx, cfg, f, p, s, c.Now())
		})
	}
	round(t, &webhook.Driver{Store: db, Now: c.Now})
	names := map[string]string{}
	for _, q := range r.Delivered() {
		names[q.Sub.Period] = q.Sub.UnitName
	}
	if names["2024"] != "Xã Thành An" || names["2026"] != "Xã Ngọc Trạo" {
		t.Errorf("unit names by period: %v", names)
	}
}

// A redirect is not followed (a POST must not turn into a GET elsewhere):
// it is a failure the operator reads in the log.
func TestARedirectIsAFailureNotFollowed(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	c := newClock()
	r := webhooktest.New(t, c.Now)
	db := open(t, t.TempDir())
	defer db.Close()
	addReceiver(t, db, r, c.Now())
	r.Answer(http.StatusFound)
	submit(t, db, cfg, "15247", 12, c.Now())
	round(t, &webhook.Driver{Store: db, Now: c.Now})
	if ds := deliveries(t, db); ds[0].State != store.DeliveryPending || ds[0].LastStatus != 302 {
		t.Errorf("after a 302: %+v", ds[0])
	}
}

// Resending: one delivery by its id, or everything since a day, as new
// deliveries with new ids (a receiver that dropped the first by its id
// takes these), marked resent.
func TestResendQueuesNewDeliveriesOfPastReports(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	c := newClock()
	r := webhooktest.New(t, c.Now)
	db := open(t, t.TempDir())
	defer db.Close()
	submit(t, db, cfg, "15187", 7, c.Now().AddDate(0, 0, -10)) // before any receiver, before the day
	h := addReceiver(t, db, r, c.Now())
	submit(t, db, cfg, "15247", 12, c.Now())
	submit(t, db, cfg, "15247", 13, c.Now()) // a revision: the current version is sent again
	d := &webhook.Driver{Store: db, Now: c.Now}
	round(t, d)
	first := r.Delivered()[0]
	resend := func(id string, since time.Time, to string) int {
		var n int
		err := db.Update(func(tx *store.Tx) error {
			var err error
			n, err = webhook.Resend(tx, cfg, id, since, to, c.Now())
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := resend(first.Delivery, time.Time{}, ""); n != 1 {
		t.Errorf("resend by id queued %d", n)
	}
	if n := resend("", c.Now().AddDate(0, 0, -1), h.ID); n != 1 {
		t.Errorf("resend since yesterday queued %d, want 1 (15247's current version)", n)
	}
	if n := resend("", c.Now().AddDate(0, 0, -30), ""); n != 2 {
		t.Errorf("resend since a month ago queued %d, want 2", n)
	}
	round(t, d)
	got := r.Delivered()
	if len(got) != 6 {
		t.Fatalf("%d deliveries, want 2 + 4 resent", len(got))
	}
	again := got[2]
	if again.Delivery == first.Delivery || !again.Body.Resent || again.Sub.Version != 1 || again.Sub.Answers["tin_cds"] != 12.0 {
		t.Errorf("resent by id: %+v %+v", again.Body, again.Sub)
	}
	if s := got[3].Sub; s.Version != 2 || s.Answers["tin_cds"] != 13.0 {
		t.Errorf("resent since: %+v, want 15247's version 2", s)
	}
	err := db.Update(func(tx *store.Tx) error {
		_, err := webhook.Resend(tx, cfg, "d_nosuch", time.Time{}, "", c.Now())
		return err
	})
	var ref *webhook.Refusal
	if !asRefusal(err, &ref) || ref.Msg.Key != "webhooks.no_delivery" {
		t.Errorf("resend of an unknown id: %v", err)
	}
}

func asRefusal(err error, ref **webhook.Refusal) bool {
	r, ok := err.(*webhook.Refusal)
	*ref = r
	return ok
}

// Removing a receiver fails what still waited for it; nothing more is
// sent to it.
func TestARemovedReceiverGetsNothingMore(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	c := newClock()
	r := webhooktest.New(t, c.Now)
	db := open(t, t.TempDir())
	defer db.Close()
	h := addReceiver(t, db, r, c.Now())
	submit(t, db, cfg, "15247", 12, c.Now())
	var n int
	db.Update(func(tx *store.Tx) (err error) { n, err = webhook.Remove(tx, h.ID, c.Now()); return })
	if n != 1 {
		t.Errorf("%d waiting deliveries failed, want 1", n)
	}
	submit(t, db, cfg, "15247", 13, c.Now())
	round(t, &webhook.Driver{Store: db, Now: c.Now})
	if len(r.Got()) != 0 {
		t.Errorf("a removed receiver got %d requests", len(r.Got()))
	}
	if ds := deliveries(t, db); len(ds) != 1 || ds[0].State != store.DeliveryFailed {
		t.Errorf("log: %+v", ds)
	}
}

// The secret never reaches the log, whatever happens to a delivery.
func TestTheSecretIsNeverLogged(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	c := newClock()
	r := webhooktest.New(t, c.Now)
	db := open(t, t.TempDir())
	defer db.Close()
	h := addReceiver(t, db, r, c.Now())
	var buf bytes.Buffer
	d := &webhook.Driver{Store: db, Now: c.Now, Log: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	r.Answer(http.StatusUnauthorized)
	submit(t, db, cfg, "15247", 12, c.Now())
	round(t, d)
	r.Answer(http.StatusOK)
	c.Add(time.Minute)
	round(t, d)
	if !strings.Contains(buf.String(), "will retry") || !strings.Contains(buf.String(), "webhook delivered") {
		t.Fatalf("the log says nothing of the deliveries:\n%s", buf.String())
	}
	if strings.Contains(buf.String(), h.Secret) {
		t.Errorf("the secret is in the log:\n%s", buf.String())
	}
}

// What a submission's transaction pays with no receiver: nothing written.
func TestWithNoReceiverNothingIsQueued(t *testing.T) {
	cfg := sample.MustNamed("thach-thanh")
	c := newClock()
	db := open(t, t.TempDir())
	defer db.Close()
	submit(t, db, cfg, "15247", 12, c.Now())
	if ds := deliveries(t, db); len(ds) != 0 {
		t.Errorf("%d deliveries queued with no receiver", len(ds))
	}
}
