package telegramtest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"time"
)

// Reading what the bot did.

// Messages returns the bot's messages in chatID that were not deleted,
// oldest first, with their current text and buttons.
func (s *Server) Messages(chatID int64) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.messagesLocked(chatID)
}

func (s *Server) messagesLocked(chatID int64) []Message {
	ch := s.chats[chatID]
	if ch == nil {
		return nil
	}
	var out []Message
	for _, m := range ch.msgs {
		if m.fromBot && !m.deleted {
			out = append(out, m.pub)
		}
	}
	return out
}

// LastMessage returns the bot's newest message in chatID.
func (s *Server) LastMessage(chatID int64) (Message, bool) {
	msgs := s.Messages(chatID)
	if len(msgs) == 0 {
		return Message{}, false
	}
	return msgs[len(msgs)-1], true
}

// WaitMessages waits until chatID holds at least n bot messages (see
// Messages) and returns them, or fails when ctx ends.
func (s *Server) WaitMessages(ctx context.Context, chatID int64, n int) ([]Message, error) {
	for {
		s.mu.Lock()
		msgs := s.messagesLocked(chatID)
		changed := s.changed
		s.mu.Unlock()
		if len(msgs) >= n {
			return msgs, nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return msgs, fmt.Errorf("telegramtest: chat %d has %d bot messages, waited for %d: %w", chatID, len(msgs), n, ctx.Err())
		}
	}
}

// WaitAfter waits until chatID holds more than from bot messages and
// returns those after the first from. Unlike WaitMessages it copies only
// the new ones, so a load generator with many chats waiting stays cheap.
func (s *Server) WaitAfter(ctx context.Context, chatID int64, from int) ([]Message, error) {
	for {
		s.mu.Lock()
		var out []Message
		if ch := s.chats[chatID]; ch != nil {
			k := 0
			for i := range ch.msgs {
				if m := ch.msgs[i]; m.fromBot && !m.deleted {
					if k >= from {
						out = append(out, m.pub)
					}
					k++
				}
			}
		}
		changed := s.changed
		s.mu.Unlock()
		if len(out) > 0 {
			return out, nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return nil, fmt.Errorf("telegramtest: chat %d: no bot message after %d: %w", chatID, from, ctx.Err())
		}
	}
}

// WaitMessagesFor is WaitMessages with a timeout instead of a context.
func (s *Server) WaitMessagesFor(d time.Duration, chatID int64, n int) ([]Message, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return s.WaitMessages(ctx, chatID, n)
}

// Sent is the number of messages the bot has sent, in all chats.
func (s *Server) Sent() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats.Sent
}

// CallbacksUnanswered lists callback query ids the bot has not answered.
func (s *Server) CallbacksUnanswered() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for id, cb := range s.callbacks {
		if !cb.answered {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// CallbackAnswer returns the text the bot answered a callback query with.
func (s *Server) CallbackAnswer(id string) (text string, answered bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cb := s.callbacks[id]; cb != nil {
		return cb.answer, cb.answered
	}
	return "", false
}

// PendingUpdates is the number of updates not yet confirmed with offset.
func (s *Server) PendingUpdates() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}

// Requests is the number of requests for method (as named in the spec,
// e.g. "sendMessage") that reached validation, valid or not.
func (s *Server) Requests(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[method]
}

// Calls returns the valid requests of the given methods (all methods when
// none is named), in the order they arrived.
func (s *Server) Calls(methods ...string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if len(methods) == 0 || slices.Contains(methods, c.Method) {
			out = append(out, Call{Method: c.Method, Params: maps.Clone(c.Params)})
		}
	}
	return out
}

// Violations lists every request the server rejected as invalid (400, 401,
// 404, 409), oldest first.
func (s *Server) Violations() []Violation {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Violation(nil), s.violations...)
}

// Stats returns the counters.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}
