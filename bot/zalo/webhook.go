package zalo

import (
	"context"
	"errors"
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
	if probe(r) {
		// Seen once from the platform: a POST with no body, no content
		// type and no secret. Nothing is read and nothing changes.
		h.Log.Debug("zalo: empty probe answered")
		w.WriteHeader(http.StatusOK)
		return
	}
	body, ok := channel.ReadDelivery(w, r, SecretHeader, h.Secret, MaxBody, h.Log, "zalo")
	if !ok {
		return
	}
	u, err := ParseUpdate(body)
	if errors.Is(err, ErrEmpty) {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err != nil {
		// Delivering it again cannot make it readable: accept and drop.
		h.Log.Warn("zalo: malformed webhook delivery ignored", "bytes", len(body), "err", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	in, ok := incoming(u, h.Channel, h.Log)
	if !ok {
		w.WriteHeader(http.StatusOK)
		return
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

// probe reports whether r is the empty request the platform was seen to
// send: a POST with no body, no content type and no secret. It carries
// nothing to check or to handle; anything else goes through the checks.
func probe(r *http.Request) bool {
	return r.Method == http.MethodPost && r.ContentLength == 0 &&
		r.Header.Get("Content-Type") == "" && r.Header.Get(SecretHeader) == ""
}
