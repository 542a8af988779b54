package bot

import (
	"sync"
	"time"
)

// Guessing invite codes: a code has 31⁶ ≈ 887 million values, so a chat
// that keeps sending wrong ones is slowed down, not served. The count lives
// in memory only: nothing may be stored for a stranger's chat, and a
// restart forgiving a few attempts costs nothing.
const (
	maxBadCodes   = 5                // wrong codes a chat may send…
	badCodeWindow = 30 * time.Minute // …within this window
)

// codeGuard counts wrong invite codes per chat.
type codeGuard struct {
	mu    sync.Mutex
	chats map[string][]time.Time
}

// blocked reports whether chat must wait, and until when.
func (g *codeGuard) blocked(chat string, now time.Time) (bool, time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	recent := g.recent(chat, now)
	if len(recent) < maxBadCodes {
		return false, time.Time{}
	}
	return true, recent[0].Add(badCodeWindow)
}

// wrong records a wrong code from chat.
func (g *codeGuard) wrong(chat string, now time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.chats == nil {
		g.chats = map[string][]time.Time{}
	}
	g.chats[chat] = append(g.recent(chat, now), now)
	if len(g.chats) > 10_000 { // a flood of chats: forget the oldest state
		for k := range g.chats {
			delete(g.chats, k)
			break
		}
	}
}

// recent drops attempts older than the window; the caller holds mu.
func (g *codeGuard) recent(chat string, now time.Time) []time.Time {
	var out []time.Time
	for _, t := range g.chats[chat] {
		if now.Sub(t) < badCodeWindow {
			out = append(out, t)
		}
	}
	if len(out) == 0 {
		delete(g.chats, chat)
	} else {
		g.chats[chat] = out
	}
	return out
}
