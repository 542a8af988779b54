package outbox

import (
	"bytes"
	"sort"
	"time"

	json "github.com/goccy/go-json"

	"github.com/baocao/baocao/bot/channel"
)

// Item is one waiting message, decoded once.
type Item struct {
	Key  []byte // its key in the store's outbox: priority, then sequence
	Msg  channel.Outgoing
	skey string
	chat string
}

// NewItem makes an Item of a stored message.
func NewItem(key []byte, msg channel.Outgoing) *Item {
	return &Item{Key: key, Msg: msg, skey: string(key), chat: msg.Channel + ":" + msg.ChatID}
}

// Limits are the rates the plan keeps.
type Limits struct {
	PerSecond float64       // messages a second overall (Telegram: about 30)
	PerChat   time.Duration // the gap between two messages to one chat (about 1s)
	// A message whose sends fail retryably (5xx, network) is kept, retried
	// with a backoff capped at about two minutes, until it goes or MaxAge
	// has passed since its first failure (then dropped with a log line).
	// MaxAttempts, when above 0, also caps the failed sends.
	MaxAge      time.Duration
	MaxAttempts int
	// StallAfter is how long a chat's message may keep failing before the
	// chat counts as stalled (Stalls).
	StallAfter time.Duration
}

// DefaultMaxAge keeps a message through a long outage: two days, enough
// for a weekend without Telegram, short enough that a reminder does not
// arrive long after it made sense.
const DefaultMaxAge = 48 * time.Hour

// DefaultStallAfter is when a failing chat is reported as stalled.
const DefaultStallAfter = 10 * time.Minute

// Stats counts what the outbox did.
type Stats struct {
	Sent, Throttled, Retried, Stopped, Dropped int
}

// Plan is the outbox's decisions, without I/O and without a clock: the
// time is an argument of every call. It keeps the waiting messages in the
// store's order (replies before bulk, oldest first), lets one chat's
// messages go one at a time and in order, spaces them by PerChat, spends a
// token bucket of PerSecond, pauses everything for a 429's retry_after and
// backs retryable failures off exponentially. A Plan is not safe for
// concurrent use; the Sender guards it with a mutex.
type Plan struct {
	limits   Limits
	queue    []*Item // waiting, in key order; nil entries are holes
	holes    int     // nil entries in queue
	inflight map[string]*Item
	chatBusy map[string]bool      // chats with a send in flight
	chatNext map[string]time.Time // earliest next send per chat
	retryAt  map[string]time.Time // backoff per key
	failing  map[string]*Item     // chats whose next message keeps failing
	paused   time.Time            // a 429 pauses everything until then
	tokens   float64
	refill   time.Time
	stats    Stats
}

// NewPlan starts an empty plan at now, with one token in the bucket.
func NewPlan(l Limits, now time.Time) *Plan {
	return &Plan{limits: l, tokens: 1, refill: now,
		inflight: map[string]*Item{}, chatBusy: map[string]bool{},
		chatNext: map[string]time.Time{}, retryAt: map[string]time.Time{}, failing: map[string]*Item{}}
}

// Stats returns the counters so far.
func (p *Plan) Stats() Stats { return p.stats }

// Waiting is the number of messages not yet handed out; InFlight those
// handed out and not finished.
func (p *Plan) Waiting() int  { return len(p.queue) - p.holes }
func (p *Plan) InFlight() int { return len(p.inflight) }

// Add puts a message in key order: at the end for a new message of the
// lowest priority loaded so far (the usual case), by binary search
// otherwise.
func (p *Plan) Add(q *Item) {
	n := len(p.queue)
	if n == 0 || p.lastKey() == nil || bytes.Compare(p.lastKey(), q.Key) < 0 {
		p.queue = append(p.queue, q)
		return
	}
	p.compact()
	i := sort.Search(len(p.queue), func(i int) bool { return bytes.Compare(p.queue[i].Key, q.Key) > 0 })
	p.queue = append(p.queue, nil)
	copy(p.queue[i+1:], p.queue[i:])
	p.queue[i] = q
}

func (p *Plan) lastKey() []byte {
	for i := len(p.queue) - 1; i >= 0; i-- {
		if p.queue[i] != nil {
			return p.queue[i].Key
		}
	}
	return nil
}

// compact removes the holes left by handed-out messages.
func (p *Plan) compact() {
	if p.holes == 0 {
		return
	}
	out := p.queue[:0]
	for _, q := range p.queue {
		if q != nil {
			out = append(out, q)
		}
	}
	clear(p.queue[len(out):])
	p.queue, p.holes = out, 0
}

// Pause stops all sending until retryAfter (at least a second) after at.
func (p *Plan) Pause(at time.Time, retryAfter time.Duration) {
	if until := at.Add(max(retryAfter, time.Second)); until.After(p.paused) {
		p.paused = until
	}
}

// Paused reports whether a 429 holds all sending at now.
func (p *Plan) Paused(now time.Time) bool { return now.Before(p.paused) }

// Next hands out up to budget messages that may be sent at now, in order,
// marking them in flight. When it hands out fewer, wait is how long until
// looking again is worthwhile (a result arriving is the other reason).
func (p *Plan) Next(now time.Time, budget int) (start []*Item, wait time.Duration) {
	wait = 2 * time.Second
	if now.Before(p.paused) {
		return nil, p.paused.Sub(now)
	}
	if p.holes > 256 && p.holes > len(p.queue)/4 {
		p.compact()
	}
	seenChat := map[string]bool{}
	for i, q := range p.queue {
		if q == nil {
			continue
		}
		// One chat's messages go in order: only its oldest waiting one may go.
		if seenChat[q.chat] {
			continue
		}
		seenChat[q.chat] = true
		if p.chatBusy[q.chat] {
			continue
		}
		if t := p.retryAt[q.skey]; now.Before(t) {
			wait = min(wait, t.Sub(now))
			continue
		}
		if t := p.chatNext[q.chat]; now.Before(t) {
			wait = min(wait, t.Sub(now))
			continue
		}
		if len(start) == budget {
			break // every worker is busy; a result will wake the sender
		}
		if !p.take(now) {
			wait = min(wait, time.Duration((1-p.tokens)/p.limits.PerSecond*float64(time.Second))+time.Millisecond)
			break
		}
		p.queue[i] = nil
		p.holes++
		p.inflight[q.skey], p.chatBusy[q.chat] = q, true
		start = append(start, q)
	}
	// Trim leading holes so the next scan starts at a waiting message.
	for len(p.queue) > 0 && p.queue[0] == nil {
		p.queue, p.holes = p.queue[1:], p.holes-1
	}
	return start, wait
}

// take spends one token of the overall rate, refilled continuously. The
// bucket holds a tenth of a second's worth: after an idle spell our burst
// stays far below Telegram's own one-second bucket, so jitter in transit
// cannot push a burst over its limit.
func (p *Plan) take(now time.Time) bool {
	p.tokens += now.Sub(p.refill).Seconds() * p.limits.PerSecond
	p.refill = now
	if capacity := max(1, p.limits.PerSecond/10); p.tokens > capacity {
		p.tokens = capacity
	}
	if p.tokens < 1 {
		return false
	}
	p.tokens--
	return true
}

// Result is how one handed-out message fared.
type Result struct {
	Item *Item
	Err  *channel.SendError // nil: sent
	At   time.Time          // when the send finished
	// Deferred: not tried, because a 429 paused sending meanwhile.
	Deferred bool
}

// Outcome is what the store must do about a finished message.
type Outcome struct {
	Remove      bool   // delete it: sent, or given up
	Replace     []byte // rewrite it (its retry count, the parts not sent yet)
	Unreachable bool   // the person blocked the bot: mark them
	Dropped     bool   // given up on: worth a log line
}

// Finish takes a message back from flight and decides what happens to it.
func (p *Plan) Finish(r Result) Outcome {
	q := r.Item
	delete(p.inflight, q.skey)
	delete(p.chatBusy, q.chat)
	if !r.Deferred {
		p.chatNext[q.chat] = r.At.Add(p.limits.PerChat)
	}
	var out Outcome
	switch {
	case r.Deferred:
		p.Add(q)
	case r.Err == nil:
		p.stats.Sent++
		delete(p.retryAt, q.skey)
		delete(p.failing, q.chat)
		out.Remove = true
	case r.Err.Kind == channel.Throttled:
		p.stats.Throttled++
		p.Pause(r.At, r.Err.RetryAfter)
		if r.Err.Partial { // keep only the parts not sent yet
			q.Msg.Text = r.Err.Rest
			out.Replace, _ = json.Marshal(q.Msg)
		}
		p.Add(q) // nothing lost: it goes again after the pause
	case r.Err.Kind == channel.Retryable && p.keep(q, r.At):
		p.stats.Retried++
		p.retryAt[q.skey] = r.At.Add(Backoff(q.Msg.Attempts))
		q.Msg.Attempts++
		if q.Msg.FailingSince.IsZero() {
			q.Msg.FailingSince = r.At
		}
		p.failing[q.chat] = q
		if r.Err.Partial {
			q.Msg.Text = r.Err.Rest
		}
		out.Replace, _ = json.Marshal(q.Msg)
		p.Add(q)
	case r.Err.Kind == channel.Stopped:
		p.stats.Stopped++
		out.Remove, out.Unreachable = true, true
	default:
		p.stats.Dropped++
		delete(p.failing, q.chat)
		out.Remove, out.Dropped = true, true
	}
	return out
}

// keep reports whether a message that failed retryably at now is tried
// again: until MaxAge after its first failure (and MaxAttempts, if set).
func (p *Plan) keep(q *Item, now time.Time) bool {
	if p.limits.MaxAttempts > 0 && q.Msg.Attempts+1 >= p.limits.MaxAttempts {
		return false
	}
	age := p.limits.MaxAge
	if age <= 0 {
		age = DefaultMaxAge
	}
	return q.Msg.FailingSince.IsZero() || now.Sub(q.Msg.FailingSince) < age
}

// Stall is a chat whose next message has kept failing for StallAfter.
type Stall struct {
	Chat     string // channel:chat
	PersonID string
	Since    time.Time
}

// Stalls lists the stalled chats at now, longest first.
func (p *Plan) Stalls(now time.Time) []Stall {
	after := p.limits.StallAfter
	if after <= 0 {
		after = DefaultStallAfter
	}
	var out []Stall
	for chat, q := range p.failing {
		if !q.Msg.FailingSince.IsZero() && now.Sub(q.Msg.FailingSince) >= after {
			out = append(out, Stall{Chat: chat, PersonID: q.Msg.PersonID, Since: q.Msg.FailingSince})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Since.Before(out[j].Since) })
	return out
}

// Backoff is the wait before retry n+1 of a message that failed n+1
// times: half a second, doubling, at most about two minutes (then every
// two minutes until it goes or ages out).
func Backoff(attempts int) time.Duration {
	return time.Duration(1<<min(attempts, 8)) * 500 * time.Millisecond
}
