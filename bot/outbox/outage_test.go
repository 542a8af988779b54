package outbox

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
)

// A Telegram outage longer than the old ten tries (about 4½ minutes) must
// not drop messages: they are retried every two minutes at most, until
// they go or are two days old.
func TestDuringALongOutageMessagesAreKeptUntilTheyGoOrAgeOut(t *testing.T) {
	p := fullPlan(Limits{PerSecond: 1000, PerChat: time.Millisecond})
	p.Add(NewItem([]byte("1/0001"), channel.Outgoing{Channel: "fake", ChatID: "a", Text: "nhắc hạn", PersonID: "lan"}))
	fail := &channel.SendError{Kind: channel.Retryable, Err: errors.New("502 Bad Gateway")}
	now := t0
	tries := 0
	var stored []byte
	for now.Sub(t0) < time.Hour {
		got, wait := p.Next(now, 8)
		if len(got) == 0 {
			if wait > 2*time.Minute+time.Second {
				t.Fatalf("after %d tries the next is %v away: the backoff is not capped", tries, wait)
			}
			now = now.Add(wait)
			continue
		}
		tries++
		out := p.Finish(Result{Item: got[0], At: now, Err: fail})
		if out.Remove {
			t.Fatalf("dropped after %d tries, %v into the outage", tries, now.Sub(t0))
		}
		stored = out.Replace
	}
	if tries < 30 {
		t.Errorf("only %d tries in an hour", tries)
	}
	var m channel.Outgoing
	if err := json.Unmarshal(stored, &m); err != nil || !m.FailingSince.Equal(t0) {
		t.Errorf("the stored message does not keep when it first failed: %+v %v", m, err)
	}
	t.Run("a chat failing for ten minutes is reported stalled, with its person", func(t *testing.T) {
		s := p.Stalls(now)
		if len(s) != 1 || s[0].PersonID != "lan" || !s[0].Since.Equal(t0) {
			t.Errorf("stalls %+v", s)
		}
		if s := p.Stalls(t0.Add(9 * time.Minute)); len(s) != 0 {
			t.Errorf("stalled after 9 minutes: %+v", s)
		}
	})
	t.Run("when the outage ends the message goes and the stall clears", func(t *testing.T) {
		got, wait := p.Next(now, 8)
		for len(got) == 0 {
			now = now.Add(wait)
			got, wait = p.Next(now, 8)
		}
		if out := p.Finish(Result{Item: got[0], At: now}); !out.Remove || out.Dropped {
			t.Errorf("%+v", out)
		}
		if s := p.Stalls(now); len(s) != 0 {
			t.Errorf("still stalled: %+v", s)
		}
	})
	t.Run("two days after its first failure it is dropped", func(t *testing.T) {
		p := fullPlan(Limits{PerSecond: 1000, PerChat: time.Millisecond})
		old := NewItem([]byte("1/0002"), channel.Outgoing{Channel: "fake", ChatID: "b", Attempts: 900, FailingSince: t0})
		p.Add(old)
		late := t0.Add(DefaultMaxAge)
		got, _ := p.Next(late, 8)
		if len(got) != 1 {
			t.Fatal("not handed out")
		}
		if out := p.Finish(Result{Item: got[0], At: late, Err: fail}); !out.Remove || !out.Dropped {
			t.Errorf("after two days: %+v; want dropped", out)
		}
	})
}
