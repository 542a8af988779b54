package zalo

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync"

	"github.com/baocao/baocao/bot/channel"
)

// SecretHeader carries the webhook secret on every delivery.
const SecretHeader = "X-Bot-Api-Secret-Token"

// MaxBody bounds a webhook delivery; an event is a few hundred bytes.
const MaxBody = 64 << 10

// WebhookPath is where the webhook is mounted on the public server.
const WebhookPath = "/zalo/webhook"

// Webhook takes the platform's deliveries: it checks the secret before it
// reads anything, hands the update to the app and answers 200 only after
// the app committed its effects, so that a delivery that fails is not
// lost (the platform may deliver it again, and the app handles a
// message_id once).
type Webhook struct {
	Secret string
	Handle channel.Handler
	Log    *slog.Logger
	// Channel, when set, downloads the photos people send (Incoming.Fetch).
	Channel *Channel

	// chats serialises one chat's deliveries (*sync.Mutex per chat id): the
	// platform may deliver concurrently, and a person's answers must be
	// read in the order they arrive.
	chats sync.Map
}

func (h *Webhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, ok := channel.ReadDelivery(w, r, SecretHeader, h.Secret, MaxBody, h.Log, "zalo")
	if !ok {
		return
	}
	u, err := ParseUpdate(body)
	if err != nil {
		// Delivering it again cannot make it readable: accept and drop.
		h.Log.Warn("zalo: malformed webhook delivery ignored", "bytes", len(body), "err", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	in, ok := Translate(u)
	if !ok {
		w.WriteHeader(http.StatusOK)
		return
	}
	if in.Kind == channel.KindPhoto && h.Channel != nil {
		in.Fetch = h.Channel.fetcher(in.FileID)
	}
	mu, _ := h.chats.LoadOrStore(in.ChatID, &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	err = h.Handle(r.Context(), channel.Update{In: &in})
	mu.(*sync.Mutex).Unlock()
	if err != nil {
		h.Log.Error("zalo: update not handled; the platform may deliver it again", "err", err)
		http.Error(w, "not handled, try again", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Register points the platform at url with secret.
func (c *Channel) Register(ctx context.Context, url, secret string) error {
	if err := c.api.SetWebhook(ctx, url, secret); err != nil {
		return fmt.Errorf("zalo.Register: %w", err)
	}
	return nil
}
