package outbox

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
)

// A Telegram outage (500 for 275 s) as the sender sees it: each retried
// send fails; after a minute the log warns with the count, after five it
// is an error (said by the loop's timer, even with no send failing at that
// moment), /readyz names the channel, and a send that goes ends it.
func TestAChannelOutageIsLoggedAndShownOnReadyz(t *testing.T) {
	var logs bytes.Buffer
	t0 := time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)
	now := t0
	o := &Sender{Log: slog.New(slog.NewTextHandler(&logs, nil)), Now: func() time.Time { return now }, Channels: map[string]channel.Channel{}}
	o.init()
	item := func(i int) *Item {
		return NewItem([]byte{1, byte(i)}, channel.Outgoing{Channel: "telegram", ChatID: "42", Text: "x"})
	}
	fail := &channel.SendError{Kind: channel.Retryable, Err: errors.New("telegram: 500 Internal Server Error")}
	for i, at := range []time.Duration{0, 30 * time.Second, 90 * time.Second, 210 * time.Second} {
		now = t0.Add(at)
		o.apply([]Result{{Item: item(i), At: now, Err: fail}})
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "failures=3") || !strings.Contains(logs.String(), "telegram: sending") {
		t.Fatalf("no warning with the count after the first minute:\n%s", logs.String())
	}
	if err := o.Ready(); err == nil || !strings.Contains(err.Error(), "telegram") || !strings.Contains(err.Error(), "4 failures") {
		t.Errorf("readyz during the outage: %v", err)
	}
	if f, since := o.Outage("telegram"); f != 4 || !since.Equal(t0) {
		t.Errorf("metrics: %d failures since %v", f, since)
	}
	now = t0.Add(5 * time.Minute)
	if !o.tickOutages(now) {
		t.Error("the outage is not in progress")
	}
	if !strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("no error after five minutes:\n%s", logs.String())
	}
	now = t0.Add(6 * time.Minute)
	o.apply([]Result{{Item: item(9), At: now}}) // sent: Telegram answers again
	if err := o.Ready(); err != nil {
		t.Errorf("readyz after the outage: %v", err)
	}
	if !strings.Contains(logs.String(), "answers again") {
		t.Errorf("the end of the outage is not logged:\n%s", logs.String())
	}
}
