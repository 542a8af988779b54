package telegramtest

import (
	"fmt"
	"strconv"
	"time"

	"github.com/baocao/baocao/bot/internal/fakeapi"
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

// Inject queues a fault for method ("*" for any method). Faults apply to
// valid requests only, after validation, in the order injected.
func (s *Server) Inject(method string, f Fault) {
	chat := ""
	if f.ChatID != 0 {
		chat = strconv.FormatInt(f.ChatID, 10)
	}
	s.faults.Add(method, chat, f.Count, f)
}

// ClearFaults removes every injected fault.
func (s *Server) ClearFaults() { s.faults.Clear() }

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
	hit, ok := s.faults.Take(c.method, c.str("chat_id"))
	if !ok {
		return nil
	}
	fakeapi.Hold(c.ctx, hit.Delay)
	if hit.Code == 0 {
		return nil
	}
	return apiError{code: hit.Code, desc: hit.Description, retryAfter: hit.RetryAfter}
}
