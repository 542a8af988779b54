package bot

import (
	"sync"
	"time"
)

// Replies to strangers (chats linked to nobody) are limited: each is an
// outbox entry, and a script sending thousands of messages would otherwise
// grow the data file and keep the outbox busy for an hour (2 × 5,000
// messages once grew it from 32 KB to 8 MB, with 83 minutes of backlog).
// The counts live in memory only, like codeGuard's: nothing is stored for
// a stranger, and a restart forgiving a few replies costs nothing. An
// invite code that links the chat is always answered.
const (
	strangerRepliesPerChat = 10    // replies one stranger chat gets (more than the 5 wrong codes codeGuard allows, so its "wait" is heard)…
	strangerRepliesOverall = 1_000 // …and all strangers together…
	strangerWindow         = time.Hour
	strangerChatsKept      = 20_000 // chats counted before the counts start over
)

// strangerGuard counts replies to strangers per chat and overall, in
// fixed windows of strangerWindow.
type strangerGuard struct {
	mu      sync.Mutex
	window  time.Time
	overall int
	chats   map[string]int
}

// allow reports whether chat may get one more reply at now, and counts it.
func (g *strangerGuard) allow(chat string, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if w := now.Truncate(strangerWindow); !w.Equal(g.window) || g.chats == nil || len(g.chats) > strangerChatsKept {
		g.window, g.overall, g.chats = w, 0, map[string]int{}
	}
	if g.chats[chat] >= strangerRepliesPerChat || g.overall >= strangerRepliesOverall {
		return false
	}
	g.chats[chat]++
	g.overall++
	return true
}
