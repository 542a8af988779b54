package webhook

import (
	"testing"
	"time"

	"github.com/baocao/baocao/store"
)

func TestRetriesWaitThirtySecondsDoublingToSixHours(t *testing.T) {
	want := []time.Duration{30 * time.Second, time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute,
		16 * time.Minute, 32 * time.Minute, 64 * time.Minute, 128 * time.Minute, 256 * time.Minute, 6 * time.Hour, 6 * time.Hour}
	for i, w := range want {
		if got := Backoff(i + 1); got != w {
			t.Errorf("after %d failures: wait %v, want %v", i+1, got, w)
		}
	}
}

func TestADeliveryIsTriedForThreeDaysThenFails(t *testing.T) {
	start := time.Date(2026, 12, 5, 3, 0, 0, 0, time.UTC)
	d := store.WebhookDelivery{Created: start, Next: start, State: store.DeliveryPending}
	now := start
	tries := 0
	for d.State == store.DeliveryPending {
		if d.Next.Before(now) {
			t.Fatalf("try %d: next %s is before the last try %s", tries, d.Next, now)
		}
		now = d.Next
		d = After(d, now, 503, "")
		tries++
		if tries > 100 {
			t.Fatal("never gives up")
		}
	}
	if d.State != store.DeliveryFailed || d.Attempts != tries || d.LastStatus != 503 {
		t.Errorf("ended %+v after %d tries", d, tries)
	}
	if !now.Equal(start.Add(GiveUp)) {
		t.Errorf("last try at %s, want exactly three days after it was queued (%s)", now, start.Add(GiveUp))
	}
	// 30 s … 256 min is 10 tries in 8.5 h; then one every 6 h to 72 h.
	if tries < 18 || tries > 22 {
		t.Errorf("%d tries in three days", tries)
	}
}

func TestOnly2xxIsDelivered(t *testing.T) {
	start := time.Date(2026, 12, 5, 3, 0, 0, 0, time.UTC)
	for status, want := range map[int]string{200: store.DeliveryDelivered, 204: store.DeliveryDelivered,
		301: store.DeliveryPending, 400: store.DeliveryPending, 410: store.DeliveryPending, 500: store.DeliveryPending, 0: store.DeliveryPending} {
		d := After(store.WebhookDelivery{Created: start, State: store.DeliveryPending}, start.Add(time.Second), status, "")
		if d.State != want {
			t.Errorf("HTTP %d: %s, want %s", status, d.State, want)
		}
	}
}

func TestADeliveryHeldBehindAFailureWaitsForItAndFailsUntriedOnceOutOfTime(t *testing.T) {
	start := time.Date(2026, 12, 5, 3, 0, 0, 0, time.UTC)
	d := store.WebhookDelivery{Created: start, Next: start, State: store.DeliveryPending}
	h := Hold(d, start.Add(time.Minute), start.Add(time.Second))
	if h.State != store.DeliveryPending || !h.Next.Equal(start.Add(time.Minute)) || h.Attempts != 0 {
		t.Errorf("held: %+v", h)
	}
	h = Hold(d, start.Add(GiveUp+time.Hour), start.Add(GiveUp))
	if h.State != store.DeliveryFailed || h.LastError == "" {
		t.Errorf("held past three days: %+v", h)
	}
}
