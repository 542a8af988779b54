package zalotest

import (
	"context"
	"io"
	"time"

	"github.com/baocao/baocao/bot/internal/fakeapi"
)

// Delivery is one webhook request the fake made.
type Delivery struct {
	MessageID string
	Status    int    // the bot's HTTP status; 0 when the request failed
	Err       string // the transport error, if any
	Time      time.Time
}

// deliverLoop posts queued updates to the webhook, one at a time and in
// order, repeating a delivery until the bot answers 2xx.
func (s *Server) deliverLoop() {
	defer s.wg.Done()
	for {
		s.mu.Lock()
		hook := s.webhook
		var u *update
		if hook.url != "" && len(s.queue) > 0 {
			u = s.queue[0]
		}
		wake := s.changed
		s.mu.Unlock()
		if u == nil {
			select {
			case <-wake:
				continue
			case <-s.closed:
				return
			}
		}
		status, err := s.post(hook, u.body, hook.secret, u.bare)
		d := Delivery{MessageID: u.messageID, Status: status, Time: time.Now()}
		if err != nil {
			d.Err = err.Error()
		}
		ok := err == nil && status >= 200 && status < 300
		s.mu.Lock()
		s.deliveries = append(s.deliveries, d)
		if ok && len(s.queue) > 0 && s.queue[0] == u {
			s.queue = s.queue[1:]
			s.delivered = append(s.delivered, u)
		}
		s.notifyLocked()
		s.mu.Unlock()
		if !ok {
			select {
			case <-time.After(s.opts.RedeliverAfter):
			case <-s.closed:
				return
			}
		}
	}
}

// post sends one webhook request: {"ok": true, "result": {event}} with the
// secret header, or the bare event (the captured shape).
func (s *Server) post(hook webhook, result []byte, secret string, bare bool) (int, error) {
	body := result
	if !bare {
		body = append(append([]byte(`{"ok":true,"result":`), result...), '}')
	}
	return fakeapi.Post(s.client, hook.url, SecretHeader, secret, body, s.opts.DeliveryTimeout, s.closed)
}

// Forge posts a text from u straight to the webhook with the given secret
// ("" for none), outside the queue, as an attacker who knows the URL
// would; it returns the bot's HTTP status.
func (s *Server) Forge(u User, text, secret string) (int, error) {
	s.mu.Lock()
	hook := s.webhook
	s.mu.Unlock()
	if hook.url == "" {
		return 0, io.ErrClosedPipe
	}
	body := mustJSON(map[string]any{"event_name": "message.text.received", "message": map[string]any{
		"from": map[string]any{"id": u.ID, "display_name": u.Name, "is_bot": false},
		"chat": map[string]any{"id": u.ID, "chat_type": "PRIVATE"}, "message_id": "forged" + u.ID + text,
		"date": time.Now().UnixMilli(), "text": text,
	}})
	return s.post(hook, body, secret, false)
}

// Deliveries lists every webhook request so far.
func (s *Server) Deliveries() []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Delivery(nil), s.deliveries...)
}

// Pending is the number of updates not yet handed out or delivered.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

// WaitDelivered waits until no update is pending, or ctx ends.
func (s *Server) WaitDelivered(ctx context.Context) error {
	for {
		s.mu.Lock()
		n, wake := len(s.queue), s.changed
		s.mu.Unlock()
		if n == 0 {
			return nil
		}
		select {
		case <-wake:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Webhook is the URL and secret the bot registered ("" when none).
func (s *Server) Webhook() (url, secret string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhook.url, s.webhook.secret
}
