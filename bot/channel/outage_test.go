package channel

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestALongOutageIsAWarningAfterAMinuteAndAnErrorAfterFive(t *testing.T) {
	var logs bytes.Buffer
	o := &Outage{Name: "telegram: sending", Log: slog.New(slog.NewTextHandler(&logs, nil))}
	t0 := time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)
	e500 := errors.New("500 Internal Server Error")
	lines := func() []string { return strings.Split(strings.TrimSpace(logs.String()), "\n") }

	o.Fail(t0, e500)
	o.Fail(t0.Add(20*time.Second), e500)
	o.OK(t0.Add(30 * time.Second)) // a blip: nothing to say
	if logs.Len() != 0 || o.Err(t0.Add(30*time.Second)) != nil {
		t.Fatalf("a 30-second blip was logged or not ready:\n%s", logs.String())
	}

	// 500 for 275 s, a try every 25 s or so.
	start := t0.Add(time.Minute)
	for at := time.Duration(0); at <= 275*time.Second; at += 25 * time.Second {
		o.Fail(start.Add(at), e500)
		if at == 50*time.Second && (logs.Len() != 0 || o.Err(start.Add(at)) != nil) {
			t.Fatalf("a warning before the first minute:\n%s", logs.String())
		}
	}
	if l := lines(); len(l) != 1 || !strings.Contains(l[0], "level=WARN") || !strings.Contains(l[0], "failures=4") || !strings.Contains(l[0], "for=1m15s") {
		t.Fatalf("want one warning with the count after the first minute:\n%s", logs.String())
	}
	if err := o.Err(start.Add(275 * time.Second)); err == nil || !strings.Contains(err.Error(), "12 failures") {
		t.Errorf("readiness during the outage: %v", err)
	}
	o.Tick(start.Add(5 * time.Minute)) // no failure at the five-minute mark itself: the timer says it
	if l := lines(); len(l) != 2 || !strings.Contains(l[1], "level=ERROR") || !strings.Contains(l[1], "failures=12") || !strings.Contains(l[1], "for=5m0s") {
		t.Fatalf("want an error with the count after five minutes:\n%s", logs.String())
	}
	o.Fail(start.Add(6*time.Minute), e500)
	o.Tick(start.Add(7 * time.Minute))
	if len(lines()) != 2 {
		t.Errorf("the error was repeated:\n%s", logs.String())
	}
	o.OK(start.Add(8 * time.Minute))
	if l := lines(); len(l) != 3 || !strings.Contains(l[2], "answers again") || !strings.Contains(l[2], "failures=13") {
		t.Errorf("the end of the outage:\n%s", logs.String())
	}
	if o.Err(start.Add(8*time.Minute)) != nil || !o.Since().IsZero() || o.Failures() != 15 {
		t.Errorf("after: err %v, since %v, failures %d", o.Err(start.Add(8*time.Minute)), o.Since(), o.Failures())
	}
}
