package bot

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	"github.com/baocao/baocao/store"
)

// Outbox drains the store's outbox through the channels, within the rate
// limits Telegram sets (about 30 messages a second overall, 1 a second per
// chat). Messages are removed only after the channel accepted them, so a
// crash resends at most the few that were in flight; nothing is lost.
//
// On failure it acts on the channel's classification: throttled pauses all
// sending for RetryAfter; retryable backs off and tries again; stopped (the
// person blocked the bot) marks the person unreachable and drops the
// message; permanent drops it with a log line.
type Outbox struct {
	Store    store.Store
	Channels map[string]Channel
	Log      *slog.Logger
	// PerSecond is the overall rate (default 30); PerChat the gap between
	// two messages to one chat (default 1s); Workers the sends in flight.
	PerSecond float64
	PerChat   time.Duration
	Workers   int
	// MaxAttempts before a retryable message is dropped (default 10).
	MaxAttempts int
	// Now and Sleep are the clock; tests replace them.
	Now func() time.Time

	once     sync.Once
	wake     chan struct{}
	mu       sync.Mutex
	stats    OutboxStats
	inflight map[string]bool      // keys being sent
	chatBusy map[string]bool      // chats with a send in flight
	chatNext map[string]time.Time // earliest next send per chat
	retryAt  map[string]time.Time // backoff per key
	paused   time.Time            // a 429 pauses everything until then
	tokens   float64
	refill   time.Time
}

// OutboxStats counts what the outbox did.
type OutboxStats struct {
	Sent, Throttled, Retried, Stopped, Dropped int
}

func (o *Outbox) init() {
	o.once.Do(func() {
		o.wake = make(chan struct{}, 1)
		o.inflight, o.chatBusy = map[string]bool{}, map[string]bool{}
		o.chatNext, o.retryAt = map[string]time.Time{}, map[string]time.Time{}
		if o.PerSecond <= 0 {
			o.PerSecond = 30
		}
		if o.PerChat <= 0 {
			o.PerChat = time.Second
		}
		if o.Workers <= 0 {
			o.Workers = 8
		}
		if o.MaxAttempts <= 0 {
			o.MaxAttempts = 10
		}
		if o.Now == nil {
			o.Now = time.Now
		}
		if o.Log == nil {
			o.Log = slog.Default()
		}
		o.tokens, o.refill = 1, o.Now()
	})
}

// Wake tells the outbox that new messages were committed.
func (o *Outbox) Wake() {
	o.init()
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// Stats returns counters since start.
func (o *Outbox) Stats() OutboxStats {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.stats
}

type result struct {
	key    string
	chat   string
	msg    Outgoing
	err    *SendError
	sentAt time.Time
}

// Run sends until ctx is done, then waits for the sends in flight.
func (o *Outbox) Run(ctx context.Context) error {
	o.init()
	results := make(chan result, o.Workers*2)
	sem := make(chan struct{}, o.Workers)
	var wg sync.WaitGroup
	defer wg.Wait()
	var pending []result
	for {
		// Record finished sends first, in one transaction.
		pending = drain(results, pending)
		if len(pending) > 0 {
			o.record(pending)
			pending = pending[:0]
		}
		if ctx.Err() != nil {
			return nil
		}
		dispatched, wait := o.dispatch(ctx, sem, results, &wg)
		if dispatched {
			continue
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
		case <-o.wake:
		case r := <-results:
			pending = append(pending, r)
		case <-timer.C:
		}
		timer.Stop()
	}
}

func drain(ch chan result, into []result) []result {
	for {
		select {
		case r := <-ch:
			into = append(into, r)
		default:
			return into
		}
	}
}

// dispatch starts every send that the limits allow now. It returns whether
// it started any, and otherwise how long to wait before looking again.
func (o *Outbox) dispatch(ctx context.Context, sem chan struct{}, results chan result, wg *sync.WaitGroup) (bool, time.Duration) {
	var items []store.OutboxItem
	o.Store.View(func(tx *store.Tx) error {
		items = tx.Outbox(500)
		return nil
	})
	now := o.Now()
	wait := 2 * time.Second
	o.mu.Lock()
	defer o.mu.Unlock()
	if now.Before(o.paused) {
		return false, o.paused.Sub(now)
	}
	started := false
	seenChat := map[string]bool{}
	for _, it := range items {
		key := string(it.Key)
		if o.inflight[key] {
			continue
		}
		var m Outgoing
		if err := json.Unmarshal(it.Data, &m); err != nil {
			o.Log.Error("outbox: unreadable message dropped", "err", err)
			o.Store.Update(func(tx *store.Tx) error { return tx.Sent(it.Key) })
			continue
		}
		chat := m.Channel + ":" + m.ChatID
		// One chat's messages go in order: only its oldest waiting one may go.
		if seenChat[chat] {
			continue
		}
		seenChat[chat] = true
		if o.chatBusy[chat] {
			continue
		}
		if t := o.retryAt[key]; now.Before(t) {
			wait = min(wait, t.Sub(now))
			continue
		}
		if t := o.chatNext[chat]; now.Before(t) {
			wait = min(wait, t.Sub(now))
			continue
		}
		if !o.take(now) {
			wait = min(wait, time.Duration(float64(time.Second)/o.PerSecond))
			break
		}
		select {
		case sem <- struct{}{}:
		default:
			return started, wait // every worker busy; a result will wake us
		}
		ch := o.Channels[m.Channel]
		o.inflight[key], o.chatBusy[chat] = true, true
		started = true
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			var err error
			if ch == nil {
				err = &SendError{Kind: Permanent, Err: errNoChannel(m.Channel)}
			} else {
				err = ch.Send(ctx, m)
			}
			r := result{key: key, chat: chat, msg: m, sentAt: o.Now()}
			if err != nil {
				r.err = AsSendError(err)
			}
			results <- r
		}()
	}
	return started, wait
}

// take spends one token of the overall rate, refilled continuously; the
// bucket holds at most one second's worth, so bursts stay within the limit.
func (o *Outbox) take(now time.Time) bool {
	o.tokens += now.Sub(o.refill).Seconds() * o.PerSecond
	o.refill = now
	if o.tokens > o.PerSecond {
		o.tokens = o.PerSecond
	}
	if o.tokens < 1 {
		return false
	}
	o.tokens--
	return true
}

// record applies finished sends: delete what went out, keep what must be
// retried, mark people who blocked the bot.
func (o *Outbox) record(rs []result) {
	o.mu.Lock()
	var unreachable []string
	for _, r := range rs {
		delete(o.inflight, r.key)
		delete(o.chatBusy, r.chat)
		o.chatNext[r.chat] = r.sentAt.Add(o.PerChat)
		switch {
		case r.err == nil:
			o.stats.Sent++
			delete(o.retryAt, r.key)
		case r.err.Kind == Throttled:
			o.stats.Throttled++
			wait := max(r.err.RetryAfter, time.Second)
			if until := r.sentAt.Add(wait); until.After(o.paused) {
				o.paused = until
			}
		case r.err.Kind == Retryable && r.msg.Attempts+1 < o.MaxAttempts:
			o.stats.Retried++
			backoff := time.Duration(1<<min(r.msg.Attempts, 8)) * 500 * time.Millisecond
			o.retryAt[r.key] = r.sentAt.Add(backoff)
		case r.err.Kind == Stopped:
			o.stats.Stopped++
			unreachable = append(unreachable, r.msg.PersonID)
		default:
			o.stats.Dropped++
			o.Log.Warn("outbox: message dropped", "channel", r.msg.Channel, "chat", r.msg.ChatID, "reason", r.err.Kind.String(), "err", r.err.Err)
		}
	}
	o.mu.Unlock()
	err := o.Store.Update(func(tx *store.Tx) error {
		for _, r := range rs {
			switch {
			case r.err == nil, r.err.Kind == Stopped, r.err.Kind == Permanent,
				r.err.Kind == Retryable && r.msg.Attempts+1 >= o.MaxAttempts:
				if err := tx.Sent([]byte(r.key)); err != nil {
					return err
				}
			case r.err.Kind == Retryable:
				r.msg.Attempts++
				data, _ := json.Marshal(r.msg)
				if err := tx.Replace([]byte(r.key), data); err != nil {
					return err
				}
			}
		}
		for _, id := range unreachable {
			if err := markUnreachable(tx, id, o.Now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		o.Log.Error("outbox: recording sends failed; they may be sent again", "err", err)
	}
}

func markUnreachable(tx *store.Tx, personID string, now time.Time) error {
	if personID == "" {
		return nil
	}
	p, err := tx.Person(personID)
	if isNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if p.Unreachable {
		return nil
	}
	p.Unreachable, p.UnreachableSince = true, now
	return tx.PutPerson(p)
}

type errNoChannel string

func (e errNoChannel) Error() string { return "no channel named " + string(e) }

// WaitIdle blocks until nothing is waiting or in flight (or ctx is done).
// The playground uses it to print all replies before the next prompt.
func (o *Outbox) WaitIdle(ctx context.Context) {
	o.init()
	for ctx.Err() == nil {
		n := 0
		o.Store.View(func(tx *store.Tx) error { n = tx.OutboxLen(); return nil })
		o.mu.Lock()
		busy := len(o.inflight)
		o.mu.Unlock()
		if n == 0 && busy == 0 {
			return
		}
		o.Wake()
		time.Sleep(2 * time.Millisecond)
	}
}
