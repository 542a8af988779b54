package telegramtest

import (
	"math"
	"sync"
	"time"
)

// Rate limits on sent messages, as token buckets. A bucket holds at most one
// window's worth of tokens (one second, one minute for groups), so a burst
// never exceeds the configured rate.

type bucket struct {
	tokens float64
	last   time.Time
}

type rateLimiter struct {
	global, perChat, group float64 // tokens per second; 0 = off
	globalCap, chatCap     float64
	groupCap               float64

	mu    sync.Mutex
	all   bucket
	chats map[int64]*bucket
	grps  map[int64]*bucket
}

func newRateLimiter(o Options) *rateLimiter {
	return &rateLimiter{
		global: o.GlobalPerSecond, globalCap: math.Max(1, o.GlobalPerSecond),
		perChat: o.PerChatPerSecond, chatCap: math.Max(1, o.PerChatPerSecond),
		group: o.GroupPerMinute / 60, groupCap: math.Max(1, o.GroupPerMinute),
		all:   bucket{tokens: math.Max(1, o.GlobalPerSecond)},
		chats: map[int64]*bucket{}, grps: map[int64]*bucket{},
	}
}

// refill tops b up for the time since it was last used and returns the
// seconds until it holds one token (0 if it already does).
func (b *bucket) refill(rate, capacity float64, now time.Time) float64 {
	if !b.last.IsZero() {
		b.tokens = math.Min(capacity, b.tokens+now.Sub(b.last).Seconds()*rate)
	}
	b.last = now
	if b.tokens >= 1 {
		return 0
	}
	return (1 - b.tokens) / rate
}

func getBucket(m map[int64]*bucket, id int64, capacity float64) *bucket {
	b := m[id]
	if b == nil {
		b = &bucket{tokens: capacity}
		m[id] = b
	}
	return b
}

// take consumes one message from every enabled limit that applies to chatID,
// or consumes nothing and returns retry_after in whole seconds (>= 1).
func (l *rateLimiter) take(chatID int64, now time.Time) int {
	if l.global == 0 && l.perChat == 0 && l.group == 0 {
		return 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var used []*bucket
	wait := 0.0
	if l.global > 0 {
		wait = math.Max(wait, l.all.refill(l.global, l.globalCap, now))
		used = append(used, &l.all)
	}
	if l.perChat > 0 {
		b := getBucket(l.chats, chatID, l.chatCap)
		wait = math.Max(wait, b.refill(l.perChat, l.chatCap, now))
		used = append(used, b)
	}
	if l.group > 0 && chatID < 0 {
		b := getBucket(l.grps, chatID, l.groupCap)
		wait = math.Max(wait, b.refill(l.group, l.groupCap, now))
		used = append(used, b)
	}
	if wait > 0 {
		return max(1, int(math.Ceil(wait)))
	}
	for _, b := range used {
		b.tokens--
	}
	return 0
}
