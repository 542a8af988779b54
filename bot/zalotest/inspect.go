package zalotest

import (
	"context"
	"fmt"
	"time"
)

// Reading what the bot did.

// Messages returns the bot's messages to u's chat (by id), oldest first.
func (s *Server) Messages(chatID string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ch := s.chats[chatID]; ch != nil {
		return append([]Message(nil), ch.msgs...)
	}
	return nil
}

// ChatActions returns the chat actions the bot sent to chatID, in order.
func (s *Server) ChatActions(chatID string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ch := s.chats[chatID]; ch != nil {
		return append([]string(nil), ch.actions...)
	}
	return nil
}

// WaitMessages waits until chatID holds at least n bot messages and
// returns them, or fails when ctx ends.
func (s *Server) WaitMessages(ctx context.Context, chatID string, n int) ([]Message, error) {
	for {
		s.mu.Lock()
		var msgs []Message
		if ch := s.chats[chatID]; ch != nil {
			msgs = append(msgs, ch.msgs...)
		}
		wake := s.changed
		s.mu.Unlock()
		if len(msgs) >= n {
			return msgs, nil
		}
		select {
		case <-wake:
		case <-ctx.Done():
			return msgs, fmt.Errorf("zalotest: chat %s has %d bot messages, waited for %d: %w", chatID, len(msgs), n, ctx.Err())
		}
	}
}

// WaitMessagesFor is WaitMessages with a timeout.
func (s *Server) WaitMessagesFor(d time.Duration, chatID string, n int) ([]Message, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return s.WaitMessages(ctx, chatID, n)
}

// Requests is how many valid-path requests named method (case-sensitive)
// reached the server, accepted or not.
func (s *Server) Requests(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[method]
}

// Stats returns the counters.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}

// Violations lists every request rejected as invalid.
func (s *Server) Violations() []Violation {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Violation(nil), s.violations...)
}
