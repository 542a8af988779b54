package outbox

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
)

// The plan's tests run on a fake clock: t0 plus whatever a step says.
var t0 = time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)

func at(d time.Duration) time.Time { return t0.Add(d) }

func item(key, chat, text string) *Item {
	return NewItem([]byte(key), channel.Outgoing{Channel: "fake", ChatID: chat, Text: text})
}

func texts(items []*Item) []string {
	var out []string
	for _, q := range items {
		out = append(out, q.Msg.Text)
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// fast has room for every test's burst, so only the limit under test bites.
var fast = Limits{PerSecond: 1000, PerChat: time.Second, MaxAttempts: 3}

// fullPlan starts a second before t0, so its token bucket is full at t0.
func fullPlan(l Limits) *Plan { return NewPlan(l, t0.Add(-time.Second)) }

func TestThePlanHandsOutMessagesInKeyOrderOneAtATimePerChat(t *testing.T) {
	for _, tc := range []struct {
		name  string
		add   []*Item
		want  []string
		after []string // once the first batch finished, PerChat later
	}{
		{"replies come before bulk whatever the order they were loaded in",
			[]*Item{item("2/0001", "a", "digest"), item("1/0002", "b", "reply b"), item("1/0001", "c", "reply c")},
			[]string{"reply c", "reply b", "digest"}, nil},
		{"one chat's second message waits for its first",
			[]*Item{item("1/0001", "a", "first"), item("1/0002", "a", "second"), item("1/0003", "b", "other")},
			[]string{"first", "other"}, []string{"second"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := fullPlan(fast)
			for _, q := range tc.add {
				p.Add(q)
			}
			got, _ := p.Next(t0, 8)
			if !equal(texts(got), tc.want) {
				t.Fatalf("handed out %q, want %q", texts(got), tc.want)
			}
			for _, q := range got {
				p.Finish(Result{Item: q, At: t0})
			}
			if again, _ := p.Next(t0.Add(time.Millisecond), 8); len(again) != 0 {
				t.Errorf("%q handed out before the per-chat gap", texts(again))
			}
			later, _ := p.Next(at(time.Second), 8)
			if !equal(texts(later), tc.after) {
				t.Errorf("after the gap %q, want %q", texts(later), tc.after)
			}
		})
	}
}

func TestThePerChatGapIsTheWaitTheSenderIsTold(t *testing.T) {
	p := fullPlan(fast)
	p.Add(item("1/0001", "a", "one"))
	p.Add(item("1/0002", "a", "two"))
	got, _ := p.Next(t0, 8)
	p.Finish(Result{Item: got[0], At: at(200 * time.Millisecond)})
	if none, wait := p.Next(at(300*time.Millisecond), 8); len(none) != 0 || wait != 900*time.Millisecond {
		t.Errorf("handed out %q, wait %v; want nothing for 900ms", texts(none), wait)
	}
}

func TestTheOverallRateIsATokenBucketOfATenthOfASecond(t *testing.T) {
	p := NewPlan(Limits{PerSecond: 10, PerChat: time.Second, MaxAttempts: 3}, t0)
	for _, c := range []string{"a", "b", "c", "d", "e"} {
		p.Add(item("1/000"+c, c, c))
	}
	for _, step := range []struct {
		at       time.Duration
		want     []string
		wantWait time.Duration
	}{
		{0, []string{"a"}, 101 * time.Millisecond}, // the bucket holds one token at 10/s
		{50 * time.Millisecond, nil, 51 * time.Millisecond},
		{100 * time.Millisecond, []string{"b"}, 101 * time.Millisecond},
		{time.Second, []string{"c"}, 101 * time.Millisecond}, // an idle spell refills one token, not ten
	} {
		got, wait := p.Next(at(step.at), 8)
		if !equal(texts(got), step.want) || wait != step.wantWait {
			t.Errorf("at +%v: %q, wait %v; want %q, wait %v", step.at, texts(got), wait, step.want, step.wantWait)
		}
	}
}

func TestNoMoreAreHandedOutThanThereAreFreeWorkers(t *testing.T) {
	p := fullPlan(fast)
	for _, c := range []string{"a", "b", "c"} {
		p.Add(item("1/000"+c, c, c))
	}
	if got, _ := p.Next(t0, 2); !equal(texts(got), []string{"a", "b"}) {
		t.Errorf("with two free workers %q", texts(got))
	}
	if got, _ := p.Next(t0, 0); len(got) != 0 {
		t.Errorf("with no free worker %q", texts(got))
	}
	if p.Waiting() != 1 || p.InFlight() != 2 {
		t.Errorf("waiting %d, in flight %d; want 1 and 2", p.Waiting(), p.InFlight())
	}
}

func TestA429PausesEveryChatForItsRetryAfterAndKeepsTheMessage(t *testing.T) {
	p := fullPlan(fast)
	p.Add(item("1/0001", "a", "phần một\n\nphần hai"))
	p.Add(item("1/0002", "b", "other"))
	got, _ := p.Next(t0, 1)
	out := p.Finish(Result{Item: got[0], At: t0, Err: &channel.SendError{Kind: channel.Throttled, RetryAfter: 3 * time.Second, Partial: true, Rest: "phần hai"}})
	if out.Remove || out.Dropped {
		t.Errorf("a throttled message is %+v; it must stay", out)
	}
	var kept channel.Outgoing
	if err := json.Unmarshal(out.Replace, &kept); err != nil || kept.Text != "phần hai" {
		t.Errorf("stored again as %q (%v); want only the part not sent", kept.Text, err)
	}
	if none, wait := p.Next(at(time.Second), 8); len(none) != 0 || wait != 2*time.Second {
		t.Errorf("during the pause %q, wait %v; want nothing for 2s", texts(none), wait)
	}
	if !p.Paused(at(2*time.Second)) || p.Paused(at(3*time.Second)) {
		t.Error("the pause does not end exactly after retry_after")
	}
	if got, _ := p.Next(at(3*time.Second), 8); !equal(texts(got), []string{"phần hai", "other"}) {
		t.Errorf("after the pause %q; want the rest first, then the other chat", texts(got))
	}
	if s := p.Stats(); s.Throttled != 1 {
		t.Errorf("stats %+v", s)
	}
}

func TestARetryableFailureBacksOffDoublingThenIsDropped(t *testing.T) {
	p := fullPlan(Limits{PerSecond: 1000, PerChat: time.Millisecond, MaxAttempts: 3})
	p.Add(item("1/0001", "a", "x"))
	fail := &channel.SendError{Kind: channel.Retryable, Err: errors.New("502 Bad Gateway")}
	now := t0
	for i, wantBackoff := range []time.Duration{500 * time.Millisecond, time.Second} {
		got, _ := p.Next(now, 8)
		if len(got) != 1 {
			t.Fatalf("attempt %d: nothing handed out at %v", i+1, now.Sub(t0))
		}
		out := p.Finish(Result{Item: got[0], At: now, Err: fail})
		if out.Remove || out.Replace == nil {
			t.Fatalf("attempt %d: %+v; want it kept with its retry count", i+1, out)
		}
		if none, wait := p.Next(now.Add(wantBackoff-time.Millisecond), 8); len(none) != 0 || wait != time.Millisecond {
			t.Errorf("attempt %d: retried before its backoff of %v (wait %v)", i+1, wantBackoff, wait)
		}
		now = now.Add(wantBackoff)
	}
	got, _ := p.Next(now, 8)
	if len(got) != 1 || got[0].Msg.Attempts != 2 {
		t.Fatalf("third attempt: %+v", got)
	}
	if out := p.Finish(Result{Item: got[0], At: now, Err: fail}); !out.Remove || !out.Dropped {
		t.Errorf("out of attempts: %+v; want dropped", out)
	}
	if s := p.Stats(); s.Retried != 2 || s.Dropped != 1 || p.Waiting() != 0 {
		t.Errorf("stats %+v, waiting %d", s, p.Waiting())
	}
}

func TestOutcomesOfASend(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  *channel.SendError
		want Outcome
	}{
		{"sent is struck", nil, Outcome{Remove: true}},
		{"a blocked bot is struck and the person marked", &channel.SendError{Kind: channel.Stopped}, Outcome{Remove: true, Unreachable: true}},
		{"a refused message is dropped", &channel.SendError{Kind: channel.Permanent}, Outcome{Remove: true, Dropped: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := fullPlan(fast)
			p.Add(item("1/0001", "a", "x"))
			got, _ := p.Next(t0, 8)
			if out := p.Finish(Result{Item: got[0], At: t0, Err: tc.err}); out.Remove != tc.want.Remove || out.Unreachable != tc.want.Unreachable || out.Dropped != tc.want.Dropped || out.Replace != nil {
				t.Errorf("%+v, want %+v", out, tc.want)
			}
			if p.Waiting() != 0 || p.InFlight() != 0 {
				t.Errorf("waiting %d, in flight %d after a final outcome", p.Waiting(), p.InFlight())
			}
		})
	}
}

func TestASendDeferredByAPauseGoesAgainWithoutWaitingForItsChat(t *testing.T) {
	p := fullPlan(fast)
	p.Add(item("1/0001", "a", "x"))
	got, _ := p.Next(t0, 8)
	p.Pause(t0, time.Second)
	p.Finish(Result{Item: got[0], At: t0, Deferred: true})
	if again, _ := p.Next(at(time.Second), 8); !equal(texts(again), []string{"x"}) {
		t.Errorf("after the pause %q; a deferred send keeps no per-chat gap", texts(again))
	}
}
