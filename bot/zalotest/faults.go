package zalotest

import (
	"time"

	"github.com/baocao/baocao/bot/internal/fakeapi"
)

// Fault is an injected failure: an error answer, a delay, or both. Build
// one with TooManyRequests, ServerError, Forbidden or Delay, then narrow it
// with Times and InChat.
type Fault struct {
	Code        int           // HTTP status and error_code; 0 = answer normally after Delay
	Description string        // the platform's description
	Delay       time.Duration // wait before answering
	Count       int           // how many matching calls it hits; 0 = 1, negative = forever
	ChatID      string        // only calls with this chat_id; "" = any
}

// TooManyRequests answers 429, the platform's "quota exceeded". The docs
// publish no retry_after, so the bot must choose its own pause.
func TooManyRequests() Fault {
	return Fault{Code: 429, Description: "Too Many Requests: quota exceeded"}
}

// ServerError answers 502.
func ServerError() Fault { return Fault{Code: 502, Description: "Bad Gateway"} }

// InternalError answers 500.
func InternalError() Fault { return Fault{Code: 500, Description: "Internal Server Error"} }

// Forbidden answers 403.
func Forbidden() Fault { return Fault{Code: 403, Description: errBlocked.Description} }

// Delay holds matching calls for d, then answers them normally.
func Delay(d time.Duration) Fault { return Fault{Delay: d} }

// Times makes the fault hit the next n matching calls (n < 0: all).
func (f Fault) Times(n int) Fault { f.Count = n; return f }

// InChat restricts the fault to calls whose chat_id is id.
func (f Fault) InChat(id string) Fault { f.ChatID = id; return f }

// Inject queues a fault for method ("*" for any). Faults apply to valid
// requests only, after validation, in the order injected.
func (s *Server) Inject(method string, f Fault) { s.faults.Add(method, f.ChatID, f.Count, f) }

// ClearFaults removes every injected fault.
func (s *Server) ClearFaults() { s.faults.Clear() }

func (s *Server) applyFaults(c *call) error {
	hit, ok := s.faults.Take(c.method, c.str("chat_id"))
	if !ok {
		return nil
	}
	fakeapi.Hold(c.ctx, hit.Delay)
	if hit.Code == 0 {
		return nil
	}
	return apiError{hit.Code, hit.Description}
}
