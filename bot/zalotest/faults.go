package zalotest

import (
	"time"
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

type faultRule struct {
	method string // "*" = any method
	f      Fault
	left   int
}

// Inject queues a fault for method ("*" for any). Faults apply to valid
// requests only, after validation, in the order injected.
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

func (s *Server) applyFaults(c *call) error {
	s.mu.Lock()
	var hit *Fault
	for i, r := range s.faults {
		if r.method != "*" && r.method != c.method {
			continue
		}
		if r.f.ChatID != "" && c.str("chat_id") != r.f.ChatID {
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
	return apiError{hit.Code, hit.Description}
}
