package telegramtest

import (
	"fmt"
	"strconv"
	"time"
)

// Fault is an injected failure: an error answer, a delay, or both. Build one
// with TooManyRequests, Blocked, ServerError or Delay, then narrow it with
// Times and InChat.
type Fault struct {
	Code        int           // HTTP status and error_code; 0 = answer normally after Delay
	Description string        // Telegram description
	RetryAfter  int           // parameters.retry_after for 429
	Delay       time.Duration // wait before answering
	Count       int           // how many matching calls it hits; 0 = 1, negative = forever
	ChatID      int64         // only calls whose chat_id is this; 0 = any
}

// TooManyRequests answers 429 "Too Many Requests: retry after N" with
// parameters.retry_after = N, exactly as Telegram.
func TooManyRequests(retryAfter int) Fault {
	return Fault{Code: 429, Description: fmt.Sprintf("Too Many Requests: retry after %d", retryAfter), RetryAfter: retryAfter}
}

// Blocked answers 403 "Forbidden: bot was blocked by the user".
func Blocked() Fault { return Fault{Code: 403, Description: errForbiddenBlocked.desc} }

// ServerError answers 502 "Bad Gateway".
func ServerError() Fault { return Fault{Code: 502, Description: "Bad Gateway"} }

// InternalError answers 500 "Internal Server Error".
func InternalError() Fault { return Fault{Code: 500, Description: "Internal Server Error"} }

// Delay holds matching calls for d, then answers them normally.
func Delay(d time.Duration) Fault { return Fault{Delay: d} }

// Times makes the fault hit the next n matching calls (n < 0: all of them).
func (f Fault) Times(n int) Fault { f.Count = n; return f }

// InChat restricts the fault to calls whose chat_id is chatID.
func (f Fault) InChat(chatID int64) Fault { f.ChatID = chatID; return f }

type faultRule struct {
	method string // "*" = any method
	f      Fault
	left   int // remaining hits, negative = forever
}

// Inject queues a fault for method ("*" for any method). Faults apply to
// valid requests only, after validation, in the order injected.
func (s *Server) Inject(method string, f Fault) {
	left := f.Count
	if left == 0 {
		left = 1
	}
	s.mu.Lock()
	s.faults = append(s.faults, &faultRule{method: method, f: f, left: left})
	s.mu.Unlock()
}

// ClearFaults removes every injected fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	s.faults = nil
	s.mu.Unlock()
}

// Block makes every send, edit and chat action into chatID fail with 403
// "Forbidden: bot was blocked by the user" until Unblock.
func (s *Server) Block(chatID int64) {
	s.mu.Lock()
	s.blocked[chatID] = true
	s.mu.Unlock()
}

// Unblock undoes Block, as when the person restarts the bot.
func (s *Server) Unblock(chatID int64) {
	s.mu.Lock()
	delete(s.blocked, chatID)
	s.mu.Unlock()
}

func (s *Server) applyFaults(c *call) error {
	s.mu.Lock()
	var hit *Fault
	for i, r := range s.faults {
		if r.method != "*" && r.method != c.method {
			continue
		}
		if r.f.ChatID != 0 && c.str("chat_id") != strconv.FormatInt(r.f.ChatID, 10) {
			continue
		}
		f := r.f
		hit = &f
		if r.left > 0 {
			r.left--
			if r.left == 0 {
				s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
			}
		}
		break
	}
	s.mu.Unlock()
	if hit == nil {
		return nil
	}
	if hit.Delay > 0 {
		t := time.NewTimer(hit.Delay)
		select {
		case <-t.C:
		case <-c.ctx.Done():
			t.Stop()
		}
	}
	if hit.Code == 0 {
		return nil
	}
	return apiError{code: hit.Code, desc: hit.Description, retryAfter: hit.RetryAfter}
}
