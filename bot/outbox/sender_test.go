package outbox

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// fakeChannel is a Channel whose Send is a function field.
type fakeChannel struct {
	mu   sync.Mutex
	send func(m channel.Outgoing) error
	got  []channel.Outgoing
}

func (c *fakeChannel) Name() string { return "fake" }

func (c *fakeChannel) Send(_ context.Context, m channel.Outgoing) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	err := error(nil)
	if c.send != nil {
		err = c.send(m)
	}
	if err == nil {
		c.got = append(c.got, m)
	}
	return err
}

func (c *fakeChannel) sent() []channel.Outgoing {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]channel.Outgoing(nil), c.got...)
}

func mustOpen(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func queue(t *testing.T, db *store.DB, msgs ...channel.Outgoing) {
	t.Helper()
	err := db.Update(func(tx *store.Tx) error {
		for _, m := range msgs {
			if err := Enqueue(tx, store.PriorityReply, m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func runOutbox(t *testing.T, o *Sender) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { o.Run(ctx); close(done) }()
	o.Wake()
	return func() { cancel(); <-done }
}

// waitUntil lets the sender settle (nothing waiting, in flight or
// unrecorded, the store's outbox empty) and then checks cond.
func waitUntil(t *testing.T, o *Sender, what string, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	o.WaitIdle(ctx)
	if ctx.Err() != nil {
		t.Fatalf("the outbox did not settle within 10s, waiting until %s", what)
	}
	if !cond() {
		t.Fatalf("the outbox settled, but not %s", what)
	}
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestTheOutboxSendsEachChatsMessagesInOrder(t *testing.T) {
	db := mustOpen(t)
	ch := &fakeChannel{}
	var msgs []channel.Outgoing
	for i := 0; i < 5; i++ {
		msgs = append(msgs, channel.Outgoing{Channel: "fake", ChatID: "1", Text: string(rune('a' + i))}, channel.Outgoing{Channel: "fake", ChatID: "2", Text: string(rune('A' + i))})
	}
	queue(t, db, msgs...)
	o := &Sender{Store: db, Channels: map[string]channel.Channel{"fake": ch}, PerChat: time.Millisecond, PerSecond: 1000, Log: discardLogger()}
	stop := runOutbox(t, o)
	defer stop()
	waitUntil(t, o, "all ten are sent", func() bool { return len(ch.sent()) == 10 })
	var one, two string
	for _, m := range ch.sent() {
		if m.ChatID == "1" {
			one += m.Text
		} else {
			two += m.Text
		}
	}
	if one != "abcde" || two != "ABCDE" {
		t.Errorf("orders %q and %q, want abcde and ABCDE", one, two)
	}
	// Sent messages are struck from the store in group commits, just after.
	waitUntil(t, o, "the outbox is empty", func() bool {
		n := -1
		db.View(func(tx *store.Tx) error { n = tx.OutboxLen(); return nil })
		return n == 0
	})
}

func TestA429PausesAllSendingAndLosesNothing(t *testing.T) {
	db := mustOpen(t)
	var mu sync.Mutex
	throttled := 0
	var resumedAt, throttledAt time.Time
	ch := &fakeChannel{send: func(m channel.Outgoing) error {
		mu.Lock()
		defer mu.Unlock()
		if throttled == 0 {
			throttled++
			throttledAt = time.Now()
			return &channel.SendError{Kind: channel.Throttled, RetryAfter: time.Second}
		}
		if resumedAt.IsZero() {
			resumedAt = time.Now()
		}
		return nil
	}}
	queue(t, db, channel.Outgoing{Channel: "fake", ChatID: "1", Text: "x"}, channel.Outgoing{Channel: "fake", ChatID: "2", Text: "y"}, channel.Outgoing{Channel: "fake", ChatID: "3", Text: "z"})
	o := &Sender{Store: db, Channels: map[string]channel.Channel{"fake": ch}, PerChat: time.Millisecond, PerSecond: 1000, Workers: 1, Log: discardLogger()}
	stop := runOutbox(t, o)
	defer stop()
	waitUntil(t, o, "all three are sent", func() bool { return len(ch.sent()) == 3 })
	mu.Lock()
	defer mu.Unlock()
	// Ordering, not timing: nothing went out before the pause ended.
	if !resumedAt.After(throttledAt.Add(900 * time.Millisecond)) {
		t.Errorf("sending resumed %v after the 429, before its retry_after of 1s", resumedAt.Sub(throttledAt))
	}
	if o.Stats().Throttled != 1 {
		t.Errorf("stats %+v", o.Stats())
	}
}

func TestAPersonWhoBlockedTheBotIsMarkedUnreachableAndNotRetried(t *testing.T) {
	db := mustOpen(t)
	db.Update(func(tx *store.Tx) error {
		return tx.PutPerson(&flows.Person{ID: "p1", Name: "Lan"})
	})
	calls := 0
	ch := &fakeChannel{send: func(m channel.Outgoing) error {
		calls++
		return &channel.SendError{Kind: channel.Stopped, Err: errors.New("Forbidden: bot was blocked by the user")}
	}}
	queue(t, db, channel.Outgoing{Channel: "fake", ChatID: "1", PersonID: "p1", Text: "x"})
	o := &Sender{Store: db, Channels: map[string]channel.Channel{"fake": ch}, PerChat: time.Millisecond, Log: discardLogger()}
	stop := runOutbox(t, o)
	waitUntil(t, o, "the send is recorded", func() bool { return o.Stats().Stopped == 1 })
	stop()
	db.View(func(tx *store.Tx) error {
		p, _ := tx.Person("p1")
		if !p.Unreachable {
			t.Error("the person is not marked unreachable")
		}
		if tx.OutboxLen() != 0 {
			t.Error("the message is still queued")
		}
		return nil
	})
	ch.mu.Lock()
	defer ch.mu.Unlock()
	if calls != 1 {
		t.Errorf("sent %d times, want once", calls)
	}
}

func TestAServerErrorIsRetriedUntilItGoesThrough(t *testing.T) {
	db := mustOpen(t)
	fails := 2
	ch := &fakeChannel{send: func(m channel.Outgoing) error {
		if fails > 0 {
			fails--
			return &channel.SendError{Kind: channel.Retryable, Err: errors.New("502 Bad Gateway")}
		}
		return nil
	}}
	queue(t, db, channel.Outgoing{Channel: "fake", ChatID: "1", Text: "x"})
	o := &Sender{Store: db, Channels: map[string]channel.Channel{"fake": ch}, PerChat: time.Millisecond, Log: discardLogger()}
	stop := runOutbox(t, o)
	defer stop()
	waitUntil(t, o, "it is sent", func() bool { return len(ch.sent()) == 1 })
	if s := o.Stats(); s.Retried != 2 || s.Sent != 1 {
		t.Errorf("stats %+v, want 2 retries then 1 sent", s)
	}
}

func TestAfterAPartialSendOnlyTheUnsentPartsGoAgain(t *testing.T) {
	db := mustOpen(t)
	calls := 0
	var texts []string
	ch := &fakeChannel{send: func(m channel.Outgoing) error {
		calls++
		texts = append(texts, m.Text)
		if calls == 1 { // part one went out, part two hit a 502
			return &channel.SendError{Kind: channel.Retryable, Err: errors.New("502 Bad Gateway"), Partial: true, Rest: "phần hai"}
		}
		return nil
	}}
	queue(t, db, channel.Outgoing{Channel: "fake", ChatID: "1", Text: "phần một\n\nphần hai"})
	o := &Sender{Store: db, Channels: map[string]channel.Channel{"fake": ch}, PerChat: time.Millisecond, Log: discardLogger()}
	stop := runOutbox(t, o)
	defer stop()
	waitUntil(t, o, "it is sent", func() bool { return len(ch.sent()) == 1 })
	ch.mu.Lock()
	defer ch.mu.Unlock()
	if len(texts) != 2 || texts[1] != "phần hai" {
		t.Errorf("sends %q, want the whole text and then only the rest", texts)
	}
}
