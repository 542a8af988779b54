package telegramtest

import (
	"net/http"
	"time"

	"github.com/baocao/baocao/bot/internal/fakeapi"
)

// Webhook delivery: after setWebhook, updates are POSTed to the URL one at
// a time and in order, with the X-Telegram-Bot-Api-Secret-Token header
// when a secret_token was set, and sent again after a pause until the bot
// answers 2xx, as Telegram does.

// WebhookSecretHeader carries setWebhook's secret_token.
const WebhookSecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// WebhookDelivery is one webhook request the fake made.
type WebhookDelivery struct {
	UpdateID int
	Status   int    // the bot's HTTP status; 0 when the request failed
	Err      string // the transport error, if any
}

// webhookLoop delivers while a webhook is set; it ends when the server
// closes.
func (s *Server) webhookLoop() {
	client := &http.Client{Timeout: 10 * time.Second}
	for {
		s.mu.Lock()
		url, secret := s.webhook, s.webhookSecret
		var u *queuedUpdate
		if url != "" && len(s.updates) > 0 {
			u = &s.updates[0]
		}
		wake, closing := s.updNotify, s.closing
		s.mu.Unlock()
		if u == nil {
			select {
			case <-wake:
			case <-closing:
				return
			case <-time.After(50 * time.Millisecond): // setWebhook does not notify
			}
			continue
		}
		status, err := fakeapi.Post(client, url, WebhookSecretHeader, secret, u.raw, 0, closing)
		d := WebhookDelivery{UpdateID: u.id, Status: status}
		if err != nil {
			d.Err = err.Error()
		}
		ok := err == nil && status >= 200 && status < 300
		s.mu.Lock()
		s.deliveries = append(s.deliveries, d)
		if ok && len(s.updates) > 0 && s.updates[0].id == u.id {
			s.updates = s.updates[1:]
		}
		s.mu.Unlock()
		if !ok {
			select {
			case <-time.After(50 * time.Millisecond):
			case <-closing:
				return
			}
		}
	}
}

// WebhookDeliveries lists every webhook request so far.
func (s *Server) WebhookDeliveries() []WebhookDelivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]WebhookDelivery(nil), s.deliveries...)
}

// Webhook is the URL and secret_token the bot registered ("" when none).
func (s *Server) Webhook() (url, secret string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhook, s.webhookSecret
}

// Redeliver queues a copy of an update already delivered, as Telegram
// does when it did not see the bot's answer.
func (s *Server) Redeliver(raw []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.updates = append(s.updates, queuedUpdate{id: -1, kind: updateKind(raw), raw: append([]byte(nil), raw...)})
	close(s.updNotify)
	s.updNotify = make(chan struct{})
}
