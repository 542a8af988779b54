package telegram

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/baocao/baocao/bot/channel"
)

// WebhookPath is where the webhook is mounted on the public server.
const WebhookPath = "/telegram/webhook"

// SecretHeader carries setWebhook's secret_token on every delivery.
const SecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// maxUpdate bounds a webhook delivery; updates are a few kilobytes.
const maxUpdate = 1 << 20

// Webhook takes Telegram's deliveries: the secret is checked before
// anything is read, and the answer is 200 only once the update's effects
// (with its update_id as the offset) are committed; otherwise Telegram
// delivers it again, and an update_id at or below the stored offset
// changes nothing.
type Webhook struct {
	Channel *Channel
	Secret  string
	Handle  channel.Handler
}

func (h *Webhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	raw, ok := channel.ReadDelivery(w, r, SecretHeader, h.Secret, maxUpdate, h.Channel.log, "telegram")
	if !ok {
		return
	}
	// The same decoding as a polled update (a malformed one is confirmed
	// and skipped, a photo gets its Fetch), one update per delivery.
	ups, cbs := h.Channel.decode([]json.RawMessage{raw}, nil, 0)
	for _, up := range ups {
		if err := h.Handle(r.Context(), up); err != nil {
			h.Channel.log.Error("telegram: update not handled; Telegram will deliver it again", "err", err)
			http.Error(w, "not handled, try again", http.StatusServiceUnavailable)
			return
		}
	}
	for _, cb := range cbs {
		h.Channel.answer(cb.q)
	}
	w.WriteHeader(http.StatusOK)
}

// Register points Telegram at url with secret. One connection at a time
// keeps a chat's updates in order, as polling does.
func (c *Channel) Register(ctx context.Context, url, secret string) error {
	params := tgbotapi.Params{"url": url, "secret_token": secret, "max_connections": "1",
		"allowed_updates": `["message","callback_query"]`}
	if _, err := c.api.MakeRequest("setWebhook", params); err != nil {
		return fmt.Errorf("telegram.Register: %w", c.Redact(err))
	}
	return nil
}
