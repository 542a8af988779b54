package outbox

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/store"
)

// Sender drains the store's outbox through the channels, within the rate
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
// commits, so one slow fsync does not stall sending; but no new send starts
// while Workers×4 sent messages still wait for their removal to commit, so
// a crash repeats at most the sends in flight plus that many, however slow
// the disk.
type Sender struct {
	Store    store.Store
	Channels map[string]channel.Channel
	Log      *slog.Logger
	// PerSecond is the overall rate (default 30); PerChat the gap between
	// two messages to one chat (default 1s); Workers the sends in flight.
	PerSecond float64
	PerChat   time.Duration
	Workers   int
	// A message failing retryably is kept until MaxAge after its first
	// failure (default DefaultMaxAge, two days); MaxAttempts, if above 0,
	// also caps its failed sends. StallAfter (default 10 minutes) is when
	// a chat whose message keeps failing counts as stalled: the operator
	// reads it in the log and on /readyz (Ready), and OnStall is called
	// once per stalled chat, so the app can tell the unit's supervisor.
	MaxAge      time.Duration
	MaxAttempts int
	StallAfter  time.Duration
	OnStall     func(s Stall)
	// Now is the clock; tests replace it.
	Now func() time.Time
	// Done is told, in the transaction that removes it, of each tagged
	// message the sender is done with: sent, or given up on (an
	// announcement counts its deliveries this way).
	Done func(tx *store.Tx, m channel.Outgoing, sent bool, at time.Time) error

	// outages follow each channel's spells of failed sends (5xx, network
	// errors): logged after a minute and five, on /readyz, in the metrics.
	outages sync.Map // channel name → *channel.Outage

	stalled  map[string]bool // chats reported stalled (guarded by mu)
	stalls   []Stall         // the stalls at the last look (guarded by mu)
	lastLook time.Time

	once  sync.Once
	wake  chan struct{}
	dirty atomic.Bool // messages were committed since the last load

	mu      sync.Mutex
	plan    *Plan  // every decision: order, rates, pauses, backoff
	lastSeq uint64 // highest outbox sequence loaded

	recMu   sync.Mutex
	recCond *sync.Cond
	toWrite []finished // finished sends waiting for their group commit
	writing bool
	// unrecorded counts finished sends whose result has not committed yet
	// (in toWrite or being written): the crash window dispatch bounds.
	unrecorded int
	recStop    bool
}

func (o *Sender) init() {
	o.once.Do(func() {
		o.wake = make(chan struct{}, 1)
		o.dirty.Store(true)
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
		o.stalled = map[string]bool{}
		if o.Now == nil {
			o.Now = time.Now
		}
		if o.Log == nil {
			o.Log = slog.Default()
		}
		o.plan = NewPlan(Limits{PerSecond: o.PerSecond, PerChat: o.PerChat, MaxAttempts: o.MaxAttempts, MaxAge: o.MaxAge, StallAfter: o.StallAfter}, o.Now())
	})
}

// rideWait is how long the removal of sent messages waits to ride along
// with an update's commit before it commits on its own.
const rideWait = 5 * time.Millisecond

// maxUnrecorded is how many sent messages may wait for their removal to
// commit before sending waits for the recorder (guarded by recMu).
func (o *Sender) maxUnrecorded() int { return o.Workers * 4 }

// nudge makes Run look again without reloading the store.
func (o *Sender) nudge() {
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// Wake tells the outbox that new messages were committed.
func (o *Sender) Wake() {
	o.init()
	o.dirty.Store(true)
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// Stats returns counters since start.
func (o *Sender) Stats() Stats {
	o.init()
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.plan.Stats()
}

// finished is a result with what the store must do about it.
type finished struct {
	Result
	Outcome
}

// Run sends until ctx is done, then waits for the sends in flight and
// records them before returning.
func (o *Sender) Run(ctx context.Context) error {
	o.init()
	results := make(chan Result, o.Workers*2)
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
		if now := o.Now(); o.dirty.Swap(false) || now.Sub(lastLoad) > 5*time.Second {
			o.load()
			lastLoad = now
		}
		o.lookForStalls()
		dispatched, wait := o.dispatch(ctx, sem, results, &wg)
		if dispatched {
			continue
		}
		if o.tickOutages(o.Now()) {
			wait = min(wait, 15*time.Second) // the outage's lines come on time
		}
		timer.Reset(wait)
		select {
		case <-ctx.Done():
		case <-o.wake:
		case r := <-results:
			o.apply([]Result{r})
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

// lookForStalls, every few seconds, reports chats that became stalled
// (once each: a log line and OnStall) and forgets those that recovered.
func (o *Sender) lookForStalls() {
	now := o.Now()
	o.mu.Lock()
	if now.Sub(o.lastLook) < 5*time.Second {
		o.mu.Unlock()
		return
	}
	o.lastLook = now
	o.stalls = o.plan.Stalls(now)
	var fresh []Stall
	still := map[string]bool{}
	for _, s := range o.stalls {
		still[s.Chat] = true
		if !o.stalled[s.Chat] {
			fresh = append(fresh, s)
		}
	}
	o.stalled = still
	o.mu.Unlock()
	for _, s := range fresh {
		o.Log.Error("outbox: a chat's messages keep failing; they are kept and retried", "chat", s.Chat, "person", s.PersonID, "since", s.Since.Format(time.RFC3339))
		if o.OnStall != nil {
			o.OnStall(s)
		}
	}
}

// Ready reports a stalled outbox for /readyz: the chats whose messages
// have kept failing for StallAfter, and since when; and a channel whose
// sends have failed for over a minute.
func (o *Sender) Ready() error {
	o.init()
	var bad []string
	o.outages.Range(func(k, v any) bool {
		if err := v.(*channel.Outage).Err(o.Now()); err != nil {
			bad = append(bad, k.(string)+" "+err.Error())
		}
		return true
	})
	sort.Strings(bad)
	o.mu.Lock()
	defer o.mu.Unlock()
	if len(o.stalls) > 0 {
		bad = append(bad, fmt.Sprintf("%d chats stalled, the oldest since %s (messages kept, retried)", len(o.stalls), o.stalls[0].Since.Format(time.RFC3339)))
	}
	if len(bad) == 0 {
		return nil
	}
	return errors.New(strings.Join(bad, "; "))
}

// outage is the channel's outage tracker.
func (o *Sender) outage(ch string) *channel.Outage {
	if v, ok := o.outages.Load(ch); ok {
		return v.(*channel.Outage)
	}
	v, _ := o.outages.LoadOrStore(ch, &channel.Outage{Name: ch + ": sending", Log: o.Log})
	return v.(*channel.Outage)
}

// tickOutages lets each channel's outage log on time; true while one is
// in progress.
func (o *Sender) tickOutages(now time.Time) bool {
	inProgress := false
	o.outages.Range(func(_, v any) bool {
		out := v.(*channel.Outage)
		out.Tick(now)
		if !out.Since().IsZero() {
			inProgress = true
		}
		return true
	})
	return inProgress
}

// Outage is a channel's spell of failed sends, for the metrics: failures
// ever, and when the spell in progress began (zero: none).
func (o *Sender) Outage(ch string) (failures int64, since time.Time) {
	out := o.outage(ch)
	return out.Failures(), out.Since()
}

// Outages are the channels' trackers of failed sends, by channel name.
func (o *Sender) Outages() map[string]*channel.Outage {
	m := map[string]*channel.Outage{}
	o.outages.Range(func(k, v any) bool { m[k.(string)] = v.(*channel.Outage); return true })
	return m
}

func drain(ch chan Result, into []Result) []Result {
	for {
		select {
		case r := <-ch:
			into = append(into, r)
		default:
			return into
		}
	}
}

// load adds the messages committed since the last load to the plan.
func (o *Sender) load() {
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
		var msg channel.Outgoing
		if err := json.Unmarshal(it.Data, &msg); err != nil {
			o.Log.Error("outbox: unreadable message dropped", "err", err)
			bad = append(bad, it.Key)
			continue
		}
		o.plan.Add(NewItem(it.Key, msg))
	}
	o.mu.Unlock()
	for _, k := range bad {
		o.Store.Update(func(tx *store.Tx) error { return tx.Sent(k) })
	}
}

// dispatch starts every send the plan allows now. It returns whether it
// started any, and otherwise how long to wait before looking again.
func (o *Sender) dispatch(ctx context.Context, sem chan struct{}, results chan Result, wg *sync.WaitGroup) (bool, time.Duration) {
	budget := cap(sem) - len(sem)
	o.recMu.Lock()
	budget = min(budget, o.maxUnrecorded()-o.unrecorded-len(sem))
	o.recMu.Unlock()
	if budget <= 0 {
		// The recorder wakes the loop when its commit is done.
		return false, time.Second
	}
	o.mu.Lock()
	start, wait := o.plan.Next(o.Now(), budget)
	o.mu.Unlock()
	for _, q := range start {
		sem <- struct{}{} // free: the budget was the free workers, and only this loop takes them
		ch := o.Channels[q.Msg.Channel]
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			// Another worker may have met a 429 since this send was
			// dispatched: then it waits with the rest instead of going.
			o.mu.Lock()
			paused := o.plan.Paused(o.Now())
			o.mu.Unlock()
			if paused {
				results <- Result{Item: q, At: o.Now(), Deferred: true}
				return
			}
			var err error
			if ch == nil {
				err = &channel.SendError{Kind: channel.Permanent, Err: errNoChannel(q.Msg.Channel)}
			} else {
				err = ch.Send(ctx, q.Msg)
			}
			r := Result{Item: q, At: o.Now()}
			if err != nil {
				r.Err = channel.AsSendError(err)
				if r.Err.Kind == channel.Throttled {
					o.mu.Lock()
					o.plan.Pause(r.At, r.Err.RetryAfter) // at once, for the other workers
					o.mu.Unlock()
				}
			}
			results <- r
		}()
	}
	return len(start) > 0, wait
}

// apply hands finished sends back to the plan at once and to the recorder
// for the store.
func (o *Sender) apply(rs []Result) {
	if len(rs) == 0 {
		return
	}
	done := make([]finished, len(rs))
	o.mu.Lock()
	for i, r := range rs {
		done[i] = finished{Result: r, Outcome: o.plan.Finish(r)}
	}
	o.mu.Unlock()
	for _, f := range done {
		switch {
		case f.Deferred:
		case f.Err == nil:
			o.outage(f.Item.Msg.Channel).OK(f.At)
		case f.Err.Kind == channel.Retryable:
			o.outage(f.Item.Msg.Channel).Fail(f.At, f.Err.Err)
		default: // throttled, blocked, refused: the platform answered
			o.outage(f.Item.Msg.Channel).OK(f.At)
		}
		if f.Dropped {
			o.Log.Warn("outbox: message dropped", "channel", f.Item.Msg.Channel, "chat", f.Item.Msg.ChatID, "reason", f.Err.Kind.String(), "err", f.Err.Err)
		}
	}
	o.recMu.Lock()
	o.toWrite = append(o.toWrite, done...)
	o.unrecorded += len(done)
	o.recCond.Signal()
	o.recMu.Unlock()
}

// recorder writes finished sends to the store, as many per transaction as
// have accumulated while the previous one committed.
func (o *Sender) recorder(done chan struct{}) {
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
			o.unrecorded -= len(batch)
			o.recMu.Unlock()
			o.nudge() // sending may have waited for this commit
		}
		if stop && len(batch) == 0 {
			return
		}
	}
}

func (o *Sender) stopRecorder() {
	o.recMu.Lock()
	o.recStop = true
	o.recCond.Broadcast()
	o.recMu.Unlock()
}

// record applies finished sends to the store: delete what went out or was
// refused for good, count a retry, mark people who blocked the bot.
func (o *Sender) record(rs []finished) {
	told := false // Done was called: it may have queued a message (a report back)
	defer func() {
		if told {
			o.Wake()
		}
	}()
	// The removal rides along with the next update's transaction, as one
	// comes every few milliseconds under load; alone after rideWait.
	// Sending goes on meanwhile, up to maxUnrecorded.
	err := store.GroupLater(o.Store, func(tx *store.Tx) error {
		told = false
		for _, r := range rs {
			q := r.Item
			switch {
			case r.Remove:
				if err := tx.Sent(q.Key); err != nil {
					return err
				}
				if o.Done != nil && q.Msg.Tag != "" {
					told = true
					if err := o.Done(tx, q.Msg, r.Err == nil, r.At); err != nil {
						return err
					}
				}
			case r.Replace != nil:
				if err := tx.Replace(q.Key, r.Replace); err != nil {
					return err
				}
			}
			if r.Unreachable {
				if err := markUnreachable(tx, q.Msg.PersonID, r.At); err != nil {
					return err
				}
			}
		}
		return nil
	}, rideWait)
	if err != nil {
		o.Log.Error("outbox: recording sends failed; they may be sent again", "err", err)
	}
}

func markUnreachable(tx *store.Tx, personID string, now time.Time) error {
	if personID == "" {
		return nil
	}
	p, err := tx.Person(personID)
	if errors.Is(err, store.ErrNotFound) {
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
func (o *Sender) WaitIdle(ctx context.Context) {
	o.init()
	for ctx.Err() == nil {
		// Memory first: counting the store's outbox walks the bucket.
		o.mu.Lock()
		busy := o.plan.InFlight() + o.plan.Waiting()
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
