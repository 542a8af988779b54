package store

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A file written before webhooks (the committed schema-2 fixture) opens,
// gains the three buckets, and keeps receivers and deliveries.
func TestAFileFromBeforeWebhooksOpensAndTakesThem(t *testing.T) {
	db, _ := openFixture(t)
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	err := db.Update(func(tx *Tx) error {
		if hs, err := tx.Webhooks(); err != nil || len(hs) != 0 {
			t.Errorf("webhooks of an old file: %v, %v", hs, err)
		}
		if err := tx.PutWebhook(&Webhook{ID: "wh_1", URL: "https://example.org/h", Secret: "s", Created: now}); err != nil {
			return err
		}
		return tx.AddDelivery(&WebhookDelivery{ID: "d_1", Hook: "wh_1", State: DeliveryPending, Created: now, Next: now, Submission: []byte(`{}`)})
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		due, next, err := tx.DueDeliveries(now, 10)
		if err != nil || len(due) != 1 || due[0].ID != "d_1" || !next.IsZero() || tx.QueuedDeliveries() != 1 {
			t.Errorf("due %+v next %s err %v", due, next, err)
		}
		return nil
	})
}

// A current file that lacks them (written by a baocao of this schema
// before webhooks came) is not damaged: they are created at open.
func TestASchema3FileWithoutTheWebhookBucketsOpens(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	b, err := bolt.Open(filepath.Join(dir, FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	b.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bWebhooks, bDeliveries, bDeliveryQueue} {
			if err := tx.DeleteBucket(name); err != nil {
				t.Fatal(err)
			}
		}
		return nil
	})
	b.Close()
	db, err = OpenChecked(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *Tx) error { return tx.PutWebhook(&Webhook{ID: "wh_1", URL: "https://example.org/h"}) }); err != nil {
		t.Fatal(err)
	}
}

// The queue holds only what is to be tried: a delivered or failed
// delivery leaves it and stays in the log.
func TestTheQueueFollowsADeliverysState(t *testing.T) {
	dir := t.TempDir()
	db, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC)
	db.Update(func(tx *Tx) error {
		for i, next := range []time.Time{now, now.Add(time.Minute), now.Add(-time.Minute)} {
			d := &WebhookDelivery{ID: "d" + string(rune('a'+i)), State: DeliveryPending, Created: now, Next: next}
			if err := tx.AddDelivery(d); err != nil {
				return err
			}
		}
		return nil
	})
	db.Update(func(tx *Tx) error {
		due, next, _ := tx.DueDeliveries(now, 10)
		if len(due) != 2 || due[0].ID != "da" || due[1].ID != "dc" || !next.Equal(now.Add(time.Minute)) {
			t.Errorf("due %d, next %s", len(due), next)
		}
		due[0].State = DeliveryDelivered
		return tx.PutDelivery(due[0])
	})
	db.View(func(tx *Tx) error {
		due, _, _ := tx.DueDeliveries(now, 10)
		n := 0
		tx.Deliveries(func(*WebhookDelivery) bool { n++; return true })
		if len(due) != 1 || n != 3 {
			t.Errorf("due %d, logged %d", len(due), n)
		}
		return nil
	})
}

// The delivery log forgets what is done and old: delivered and given-up
// deliveries queued before the cut go; a pending one stays however old,
// and so does everything queued after the cut.
func TestPruningTheDeliveryLogKeepsWhatIsPendingOrRecent(t *testing.T) {
	db, err := Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cut := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	type entry struct {
		id    string
		age   time.Duration // before the cut (negative: after)
		state string
		kept  bool
	}
	entries := []entry{
		{"old-delivered", 90 * 24 * time.Hour, DeliveryDelivered, false},
		{"old-failed", 60 * 24 * time.Hour, DeliveryFailed, false},
		{"old-pending", 30 * 24 * time.Hour, DeliveryPending, true},
		{"new-delivered", -time.Hour, DeliveryDelivered, true},
		{"new-pending", -2 * time.Hour, DeliveryPending, true},
	}
	if err := db.Update(func(tx *Tx) error {
		for _, e := range entries {
			at := cut.Add(-e.age)
			if err := tx.AddDelivery(&WebhookDelivery{ID: e.id, State: e.state, Created: at, Next: at}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.Update(func(tx *Tx) (err error) { n, err = tx.PruneDeliveries(cut); return err }); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("pruned %d, want 2", n)
	}
	left := map[string]bool{}
	db.View(func(tx *Tx) error {
		return tx.Deliveries(func(d *WebhookDelivery) bool { left[d.ID] = true; return true })
	})
	for _, e := range entries {
		if left[e.id] != e.kept {
			t.Errorf("%s kept = %v, want %v", e.id, left[e.id], e.kept)
		}
	}
	db.View(func(tx *Tx) error {
		if q := tx.QueuedDeliveries(); q != 2 {
			t.Errorf("%d queued after pruning, want the 2 pending", q)
		}
		return nil
	})
}
