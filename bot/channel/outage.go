package channel

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// ErrCannotStore is a handler's error when the store cannot save anything
// now (a full disk, a damaged file): the update must stay unconfirmed and
// be tried again, however long it takes, never dropped.
var ErrCannotStore = errors.New("the store cannot save now")

// Outage follows a spell of failures to reach a platform (5xx answers,
// network errors), so the operator reads about a long one without a line
// per failed request: a warning once it has lasted WarnAfter (a minute),
// an error once it has lasted ErrorAfter (five), each with the count of
// failures, and an info line when the platform answers again. Err says
// it on /readyz, Failures and Since in the metrics. Short blips (a single
// 502) stay quiet. The zero value (with Name and Log set) is ready.
type Outage struct {
	// Name prefixes the log lines: "telegram: sending", "zalo: getUpdates".
	Name string
	Log  *slog.Logger
	// WarnAfter and ErrorAfter default to a minute and five.
	WarnAfter, ErrorAfter time.Duration

	mu       sync.Mutex
	since    time.Time // first failure of the spell; zero: none
	failures int       // in the spell
	last     error
	warned   bool
	errored  bool
	total    int64 // failures ever
}

// Fail records a failure at now.
func (o *Outage) Fail(now time.Time, err error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.since.IsZero() {
		o.since = now
	}
	o.failures++
	o.total++
	o.last = err
	o.tick(now)
}

// OK records an answer at now: the spell, if any, ends.
func (o *Outage) OK(now time.Time) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.since.IsZero() {
		return
	}
	if o.warned {
		o.Log.Info(o.Name+": the platform answers again", "after", now.Sub(o.since).Round(time.Second).String(), "failures", o.failures)
	}
	o.since, o.failures, o.last, o.warned, o.errored = time.Time{}, 0, nil, false, false
}

// Tick logs the spell's warning or error once its time has come; callers
// whose failures are spaced out (a retried send every two minutes) call
// it on a timer, so the lines come on time.
func (o *Outage) Tick(now time.Time) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.tick(now)
}

func (o *Outage) tick(now time.Time) {
	if o.since.IsZero() {
		return
	}
	lasted := now.Sub(o.since)
	warnAfter, errorAfter := o.limits()
	args := []any{"for", lasted.Round(time.Second).String(), "failures", o.failures, "since", o.since.Format(time.RFC3339), "err", o.last}
	switch {
	case lasted >= errorAfter && !o.errored:
		o.errored, o.warned = true, true
		o.Log.Error(o.Name+": the platform has not been reachable for minutes; messages are kept and retried", args...)
	case lasted >= warnAfter && !o.warned:
		o.warned = true
		o.Log.Warn(o.Name+": the platform is not reachable; retrying", args...)
	}
}

// limits are WarnAfter and ErrorAfter with their defaults.
func (o *Outage) limits() (warnAfter, errorAfter time.Duration) {
	warnAfter, errorAfter = o.WarnAfter, o.ErrorAfter
	if warnAfter <= 0 {
		warnAfter = time.Minute
	}
	if errorAfter <= 0 {
		errorAfter = 5 * time.Minute
	}
	return warnAfter, errorAfter
}

// Err is the spell for /readyz once it has lasted WarnAfter, else nil.
func (o *Outage) Err(now time.Time) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if warnAfter, _ := o.limits(); o.since.IsZero() || now.Sub(o.since) < warnAfter {
		return nil
	}
	return fmt.Errorf("not reachable for %s (%d failures since %s): %v", now.Sub(o.since).Round(time.Second), o.failures, o.since.Format(time.RFC3339), o.last)
}

// Failures is the count of failures ever; Since the start of the spell in
// progress (zero when the platform answers).
func (o *Outage) Failures() int64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.total
}

// Since is when the spell in progress began; zero when there is none.
func (o *Outage) Since() time.Time {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.since
}
