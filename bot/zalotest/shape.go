package zalotest

// The captured shape. Public captures of the live platform in 2026 differ
// from its docs (../shared/zalo/README.md, "Seen in real deliveries"): the
// webhook body has no {ok, result} wrapper; a message says its kind in
// message_type (CHAT_TEXT, CHAT_PHOTO, CHAT_VOICE, CHAT_STICKER); a photo's
// address is photo_url; media links expire. With Options.Captured (or
// SetCaptured) the fake sends events so, and a bot must read them as it
// reads the documented ones; tests run both.

import (
	"bytes"
	"context"
	"net/http"
)

var messageTypes = map[string]string{
	"message.text.received":    "CHAT_TEXT",
	"message.image.received":   "CHAT_PHOTO",
	"message.voice.received":   "CHAT_VOICE",
	"message.sticker.received": "CHAT_STICKER",
}

// captureShape rewrites a documented message into the captured shape.
func captureShape(event string, msg map[string]any) {
	if t, ok := messageTypes[event]; ok {
		msg["message_type"] = t
	}
	if p, ok := msg["photo"]; ok {
		delete(msg, "photo")
		msg["photo_url"] = p
	}
}

// SetCaptured switches the shape of the events sent from now on.
func (s *Server) SetCaptured(on bool) {
	s.mu.Lock()
	s.captured = on
	s.mu.Unlock()
}

// ExpireMedia makes every media link handed out so far answer 403, as the
// platform's do after a while: a bot must fetch media while it handles the
// delivery.
func (s *Server) ExpireMedia() {
	s.mu.Lock()
	for name := range s.photos {
		s.expired[name] = true
	}
	s.mu.Unlock()
}

// SendInGroup delivers a text from u in a group chat the bot is in
// (groups are beta on the platform).
func (s *Server) SendInGroup(groupID string, u User, text string) string {
	return s.eventIn(groupID, "GROUP", u, "message.text.received", map[string]any{"text": text})
}

// Probe posts the empty request the platform was seen to send once (no
// body, no content type, no secret) to the webhook; it returns the bot's
// status.
func (s *Server) Probe() (int, error) {
	s.mu.Lock()
	hook := s.webhook
	s.mu.Unlock()
	if hook.url == "" {
		return 0, http.ErrServerClosed
	}
	req, err := http.NewRequestWithContext(context.Background(), http.MethodPost, hook.url, bytes.NewReader(nil))
	if err != nil {
		return 0, err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}
