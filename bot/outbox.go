package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/baocao/baocao/store"
)

// Outbox drains the store's outbox through the channels, within the rate
// limits Telegram sets (about 30 messages a second overall, 1 a second per
// chat). Messages are removed only after the channel accepted them, so a
// crash resends at most the few that were in flight or whose removal had
// not committed yet; nothing is lost.
//
// On failure it acts on the channel's classification: throttled pauses all
// sending for RetryAfter; retryable backs off and tries again; stopped (the
// person blocked the bot) marks the person unreachable and drops the
// message; permanent drops it with a log line.
//
// The waiting messages are held in memory, in the store's order (replies
// before bulk, oldest first), and only messages committed since the last
// read are loaded on Wake: a fan-out of 30.000 is read from bbolt once,
// not once per send. Results are recorded by a separate goroutine in group
// commits, so a slow fsync never stalls sending and a sent message's
// removal commits within one commit's time.
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
	// Now is the clock; tests replace it.
	Now func() time.Time
	// Done is told, in the transaction that removes it, of each tagged
	// message the outbox is done with: sent, or given up on.
	Done func(tx *store.Tx, m Outgoing, sent bool, at time.Time) error

	once  sync.Once
	wake  chan struct{}
	dirty atomic.Bool // messages were committed since the last load

	mu       sync.Mutex
	stats    OutboxStats
	queue    []*queued            // waiting, in key order; nil entries are holes
	holes    int                  // nil entries in queue
	lastSeq  uint64               // highest outbox sequence loaded
	inflight map[string]*queued   // keys being sent
	chatBusy map[string]bool      // chats with a send in flight
	chatNext map[string]time.Time // earliest next send per chat
	retryAt  map[string]time.Time // backoff per key
	paused   time.Time            // a 429 pauses everything until then
	tokens   float64
	refill   time.Time

	recMu   sync.Mutex
	recCond *sync.Cond
	toWrite []result // finished sends waiting for their group commit
	writing bool
	recStop bool
}

// OutboxStats counts what the outbox did.
type OutboxStats struct {
	Sent, Throttled, Retried, Stopped, Dropped int
}

// queued is one waiting message, decoded once.
type queued struct {
	key  []byte
	skey string
	chat string
	msg  Outgoing
}

func (o *Outbox) init() {
	o.once.Do(func() {
		o.wake = make(chan struct{}, 1)
		o.dirty.Store(true)
		o.inflight, o.chatBusy = map[string]*queued{}, map[string]bool{}
		o.chatNext, o.retryAt = map[string]time.Time{}, map[string]time.Time{}
		o.recCond = sync.NewCond(&o.recMu)
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
	o.dirty.Store(true)
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
	item   *queued
	err    *SendError
	sentAt time.Time
	// What the store must do, decided when the result is applied: delete
	// the message (sent, or given up) or rewrite it with its retry count.
	remove  bool
	replace []byte
	// deferred: not sent, because a 429 paused sending meanwhile.
	deferred bool
}

// pause stops all sending until retry_after (at least a second) has passed.
// Callers hold no lock.
func (o *Outbox) pause(at time.Time, retryAfter time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if until := at.Add(max(retryAfter, time.Second)); until.After(o.paused) {
		o.paused = until
	}
}

// Run sends until ctx is done, then waits for the sends in flight and
// records them before returning.
func (o *Outbox) Run(ctx context.Context) error {
	o.init()
	results := make(chan result, o.Workers*2)
	sem := make(chan struct{}, o.Workers)
	var wg sync.WaitGroup
	recDone := make(chan struct{})
	go o.recorder(recDone)
	defer func() {
		wg.Wait()
		o.apply(drain(results, nil))
		o.recMu.Lock()
		o.recCond.Broadcast()
		o.recMu.Unlock()
		o.stopRecorder()
		<-recDone
	}()
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	lastLoad := time.Time{}
	for {
		if rs := drain(results, nil); len(rs) > 0 {
			o.apply(rs)
		}
		if ctx.Err() != nil {
			return nil
		}
		// Load what was committed since the last look; every few seconds
		// even without a Wake, in case a writer did not call it.
		if o.dirty.Swap(false) || time.Since(lastLoad) > 5*time.Second {
			o.load()
			lastLoad = time.Now()
		}
		dispatched, wait := o.dispatch(ctx, sem, results, &wg)
		if dispatched {
			continue
		}
		timer.Reset(wait)
		select {
		case <-ctx.Done():
		case <-o.wake:
		case r := <-results:
			o.apply([]result{r})
		case <-timer.C:
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
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

// load appends the messages committed since the last load to the queue.
func (o *Outbox) load() {
	o.mu.Lock()
	after := o.lastSeq
	o.mu.Unlock()
	var items []store.OutboxItem
	var top uint64
	o.Store.View(func(tx *store.Tx) error {
		items, top = tx.OutboxSince(after)
		return nil
	})
	if len(items) == 0 {
		return
	}
	var bad [][]byte
	o.mu.Lock()
	o.lastSeq = max(o.lastSeq, top)
	for _, it := range items {
		q := &queued{key: it.Key, skey: string(it.Key)}
		if err := json.Unmarshal(it.Data, &q.msg); err != nil {
			o.Log.Error("outbox: unreadable message dropped", "err", err)
			bad = append(bad, it.Key)
			continue
		}
		q.chat = q.msg.Channel + ":" + q.msg.ChatID
		o.insert(q)
	}
	o.mu.Unlock()
	for _, k := range bad {
		o.Store.Update(func(tx *store.Tx) error { return tx.Sent(k) })
	}
}

// insert puts q in key order: at the end for a new message of the lowest
// priority loaded so far (the usual case), by binary search otherwise.
func (o *Outbox) insert(q *queued) {
	n := len(o.queue)
	if n == 0 || o.lastKey() == nil || bytes.Compare(o.lastKey(), q.key) < 0 {
		o.queue = append(o.queue, q)
		return
	}
	o.compact()
	i := sort.Search(len(o.queue), func(i int) bool { return bytes.Compare(o.queue[i].key, q.key) > 0 })
	o.queue = append(o.queue, nil)
	copy(o.queue[i+1:], o.queue[i:])
	o.queue[i] = q
}

func (o *Outbox) lastKey() []byte {
	for i := len(o.queue) - 1; i >= 0; i-- {
		if o.queue[i] != nil {
			return o.queue[i].key
		}
	}
	return nil
}

// compact removes the holes left by dispatched messages.
func (o *Outbox) compact() {
	if o.holes == 0 {
		return
	}
	out := o.queue[:0]
	for _, q := range o.queue {
		if q != nil {
			out = append(out, q)
		}
	}
	clear(o.queue[len(out):])
	o.queue, o.holes = out, 0
}

// dispatch starts every send that the limits allow now. It returns whether
// it started any, and otherwise how long to wait before looking again.
func (o *Outbox) dispatch(ctx context.Context, sem chan struct{}, results chan result, wg *sync.WaitGroup) (bool, time.Duration) {
	now := o.Now()
	wait := 2 * time.Second
	o.mu.Lock()
	defer o.mu.Unlock()
	if now.Before(o.paused) {
		return false, o.paused.Sub(now)
	}
	if o.holes > 256 && o.holes > len(o.queue)/4 {
		o.compact()
	}
	started := false
	seenChat := map[string]bool{}
	for i, q := range o.queue {
		if q == nil {
			continue
		}
		// One chat's messages go in order: only its oldest waiting one may go.
		if seenChat[q.chat] {
			continue
		}
		seenChat[q.chat] = true
		if o.chatBusy[q.chat] {
			continue
		}
		if t := o.retryAt[q.skey]; now.Before(t) {
			wait = min(wait, t.Sub(now))
			continue
		}
		if t := o.chatNext[q.chat]; now.Before(t) {
			wait = min(wait, t.Sub(now))
			continue
		}
		if !o.take(now) {
			wait = min(wait, time.Duration((1-o.tokens)/o.PerSecond*float64(time.Second))+time.Millisecond)
			break
		}
		select {
		case sem <- struct{}{}:
		default:
			o.tokens++ // not spent: every worker is busy; a result will wake us
			return started, wait
		}
		o.queue[i] = nil
		o.holes++
		o.inflight[q.skey], o.chatBusy[q.chat] = q, true
		started = true
		ch := o.Channels[q.msg.Channel]
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			// Another worker may have met a 429 since this send was
			// dispatched: then it waits with the rest instead of going.
			o.mu.Lock()
			paused := o.Now().Before(o.paused)
			o.mu.Unlock()
			if paused {
				results <- result{item: q, sentAt: o.Now(), deferred: true}
				return
			}
			var err error
			if ch == nil {
				err = &SendError{Kind: Permanent, Err: errNoChannel(q.msg.Channel)}
			} else {
				err = ch.Send(ctx, q.msg)
			}
			r := result{item: q, sentAt: o.Now()}
			if err != nil {
				r.err = AsSendError(err)
				if r.err.Kind == Throttled {
					o.pause(r.sentAt, r.err.RetryAfter) // at once, for the other workers
				}
			}
			results <- r
		}()
	}
	// Trim leading holes so the next scan starts at a waiting message.
	for len(o.queue) > 0 && o.queue[0] == nil {
		o.queue, o.holes = o.queue[1:], o.holes-1
	}
	return started, wait
}

// take spends one token of the overall rate, refilled continuously. The
// bucket holds a tenth of a second's worth: after an idle spell our burst
// stays far below Telegram's own one-second bucket, so jitter in transit
// cannot push a burst over its limit.
func (o *Outbox) take(now time.Time) bool {
	o.tokens += now.Sub(o.refill).Seconds() * o.PerSecond
	o.refill = now
	if capacity := max(1, o.PerSecond/10); o.tokens > capacity {
		o.tokens = capacity
	}
	if o.tokens < 1 {
		return false
	}
	o.tokens--
	return true
}

// apply updates the in-memory state for finished sends at once and hands
// them to the recorder for the store.
func (o *Outbox) apply(rs []result) {
	if len(rs) == 0 {
		return
	}
	o.mu.Lock()
	for i := range rs {
		r := &rs[i]
		q := r.item
		delete(o.inflight, q.skey)
		delete(o.chatBusy, q.chat)
		if !r.deferred {
			o.chatNext[q.chat] = r.sentAt.Add(o.PerChat)
		}
		switch {
		case r.deferred:
			o.insert(q)
		case r.err == nil:
			o.stats.Sent++
			delete(o.retryAt, q.skey)
			r.remove = true
		case r.err.Kind == Throttled:
			o.stats.Throttled++ // paused already by the worker
			if r.err.Partial {  // keep only the parts not sent yet
				q.msg.Text = r.err.Rest
				r.replace, _ = json.Marshal(q.msg)
			}
			o.insert(q) // nothing lost: it goes again after the pause
		case r.err.Kind == Retryable && q.msg.Attempts+1 < o.MaxAttempts:
			o.stats.Retried++
			backoff := time.Duration(1<<min(q.msg.Attempts, 8)) * 500 * time.Millisecond
			o.retryAt[q.skey] = r.sentAt.Add(backoff)
			q.msg.Attempts++
			if r.err.Partial {
				q.msg.Text = r.err.Rest
			}
			r.replace, _ = json.Marshal(q.msg)
			o.insert(q)
		case r.err.Kind == Stopped:
			o.stats.Stopped++
			r.remove = true
		default:
			r.remove = true
			o.stats.Dropped++
			o.Log.Warn("outbox: message dropped", "channel", q.msg.Channel, "chat", q.msg.ChatID, "reason", r.err.Kind.String(), "err", r.err.Err)
		}
	}
	o.mu.Unlock()
	o.recMu.Lock()
	o.toWrite = append(o.toWrite, rs...)
	o.recCond.Signal()
	o.recMu.Unlock()
}

// recorder writes finished sends to the store, as many per transaction as
// have accumulated while the previous one committed.
func (o *Outbox) recorder(done chan struct{}) {
	defer close(done)
	for {
		o.recMu.Lock()
		for len(o.toWrite) == 0 && !o.recStop {
			o.recCond.Wait()
		}
		batch, stop := o.toWrite, o.recStop
		o.toWrite = nil
		o.writing = len(batch) > 0
		o.recMu.Unlock()
		if len(batch) > 0 {
			o.record(batch)
			o.recMu.Lock()
			o.writing = false
			o.recMu.Unlock()
		}
		if stop && len(batch) == 0 {
			return
		}
	}
}

func (o *Outbox) stopRecorder() {
	o.recMu.Lock()
	o.recStop = true
	o.recCond.Broadcast()
	o.recMu.Unlock()
}

// record applies finished sends to the store: delete what went out or was
// refused for good, count a retry, mark people who blocked the bot.
func (o *Outbox) record(rs []result) {
	told := false // Done was called: it may have queued a message (a report back)
	defer func() {
		if told {
			o.Wake()
		}
	}()
	err := o.Store.Update(func(tx *store.Tx) error {
		for _, r := range rs {
			q := r.item
			switch {
			case r.remove:
				if err := tx.Sent(q.key); err != nil {
					return err
				}
				if o.Done != nil && q.msg.Tag != "" {
					told = true
					if err := o.Done(tx, q.msg, r.err == nil, r.sentAt); err != nil {
						return err
					}
				}
			case r.replace != nil:
				if err := tx.Replace(q.key, r.replace); err != nil {
					return err
				}
			}
			if r.err != nil && r.err.Kind == Stopped {
				if err := markUnreachable(tx, q.msg.PersonID, r.sentAt); err != nil {
					return err
				}
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

// WaitIdle blocks until nothing is waiting, in flight or unrecorded (or
// ctx is done). The playground uses it to print all replies before the
// next prompt.
func (o *Outbox) WaitIdle(ctx context.Context) {
	o.init()
	for ctx.Err() == nil {
		// Memory first: counting the store's outbox walks the bucket.
		o.mu.Lock()
		busy := len(o.inflight) + len(o.queue) - o.holes
		o.mu.Unlock()
		o.recMu.Lock()
		busy += len(o.toWrite)
		if o.writing {
			busy++
		}
		o.recMu.Unlock()
		if busy == 0 {
			n := 0
			o.Store.View(func(tx *store.Tx) error { n = tx.OutboxLen(); return nil })
			if n == 0 {
				return
			}
			o.Wake()
		}
		time.Sleep(2 * time.Millisecond)
	}
}
