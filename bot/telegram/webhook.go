package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	got := r.Header.Get(SecretHeader)
	if got == "" {
		http.Error(w, "missing secret", http.StatusUnauthorized)
		return
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(h.Secret)) != 1 {
		h.Channel.log.Warn("telegram: webhook delivery with a wrong secret refused", "remote", r.RemoteAddr)
		http.Error(w, "wrong secret", http.StatusForbidden)
		return
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxUpdate))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
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
