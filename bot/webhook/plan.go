package webhook

import (
	"time"

	"github.com/baocao/baocao/store"
)

// The retry schedule: the first retry after FirstRetry, each later one
// twice as late up to MaxRetry apart, and none after GiveUp from when
// the delivery was queued (a last try is made at GiveUp).
const (
	FirstRetry = 30 * time.Second
	MaxRetry   = 6 * time.Hour
	GiveUp     = 72 * time.Hour
)

// Backoff is the wait after the attempts-th failed try.
func Backoff(attempts int) time.Duration {
	d := FirstRetry
	for i := 1; i < attempts && d < MaxRetry; i++ {
		d *= 2
	}
	return min(d, MaxRetry)
}

// Delivered reports whether an HTTP status means the receiver took it:
// any 2xx. A redirect is not followed (a POST must not become a GET), so
// it counts as a failure the operator sees in the log.
func Delivered(status int) bool { return status >= 200 && status < 300 }

// After is d after a try at now that got status (0: no answer, errText
// says why): delivered, pending with its next try, or failed once the
// time to retry has run out.
func After(d store.WebhookDelivery, now time.Time, status int, errText string) store.WebhookDelivery {
	d.Attempts++
	d.LastAttempt, d.LastStatus, d.LastError = now, status, errText
	if Delivered(status) {
		d.State, d.DeliveredAt, d.Next = store.DeliveryDelivered, now, time.Time{}
		return d
	}
	end := d.Created.Add(GiveUp)
	if !now.Before(end) {
		d.State, d.Next = store.DeliveryFailed, time.Time{}
		return d
	}
	d.State, d.Next = store.DeliveryPending, now.Add(Backoff(d.Attempts))
	if d.Next.After(end) {
		d.Next = end
	}
	return d
}

// Hold is d, not tried, behind an earlier delivery to the same receiver
// that failed and is next tried at until: it waits for that one, so a
// receiver that is down is not called once per waiting delivery, and
// gets a unit's versions in order. It fails, untried, once its own time
// has run out.
func Hold(d store.WebhookDelivery, until, now time.Time) store.WebhookDelivery {
	end := d.Created.Add(GiveUp)
	if !now.Before(end) {
		d.State, d.Next = store.DeliveryFailed, time.Time{}
		if d.LastError == "" && d.LastStatus == 0 {
			d.LastError = "receiver unreachable"
		}
		return d
	}
	d.Next = until
	if d.Next.After(end) {
		d.Next = end
	}
	return d
}
