package telegramtest

import (
	"encoding/json"
	"strings"
	"time"
)

// The update queue and getUpdates long polling.

type queuedUpdate struct {
	id   int
	kind string // message, callback_query, ... ("" when not an object)
	raw  json.RawMessage
}

type poller struct {
	terminated chan struct{}
}

var errConflictPoll = apiError{code: 409, desc: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}

// defaultSkipped are the update kinds Telegram leaves out unless asked for.
var defaultSkipped = map[string]bool{"chat_member": true, "message_reaction": true, "message_reaction_count": true}

// enqueueLocked assigns the next update_id and wakes pollers. Caller holds s.mu.
func (s *Server) enqueueLocked(build func(id int) json.RawMessage) int {
	s.nextUpdateID++
	id := s.nextUpdateID
	raw := build(id)
	s.updates = append(s.updates, queuedUpdate{id: id, kind: updateKind(raw), raw: raw})
	close(s.updNotify)
	s.updNotify = make(chan struct{})
	return id
}

func updateKind(raw json.RawMessage) string {
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) != nil {
		return ""
	}
	for k := range obj {
		if k != "update_id" {
			return k
		}
	}
	return ""
}

func (s *Server) getUpdates(c *call) (any, error) {
	limit := int(c.int("limit"))
	if limit <= 0 || limit > 100 { // Telegram clamps to 1-100, default 100
		limit = 100
	}
	timeout := time.Duration(max(c.int("timeout"), 0)) * time.Second

	s.mu.Lock()
	if s.webhook != "" {
		s.mu.Unlock()
		return nil, apiError{code: 409, desc: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"}
	}
	if s.poller != nil {
		close(s.poller.terminated)
	}
	p := &poller{terminated: make(chan struct{})}
	s.poller = p
	if c.has("allowed_updates") {
		var kinds []string
		_ = json.Unmarshal([]byte(c.str("allowed_updates")), &kinds)
		s.allowed = nil
		if len(kinds) > 0 {
			s.allowed = map[string]bool{}
			for _, k := range kinds {
				s.allowed[k] = true
			}
		}
	}
	if c.has("offset") {
		s.confirmLocked(c.int("offset"))
	}
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		select {
		case <-p.terminated:
			s.mu.Unlock()
			if c.ctx.Err() != nil { // the client already gave up; nobody reads this
				return nil, apiError{code: 499, desc: "client closed request"}
			}
			return nil, errConflictPoll
		default:
		}
		batch := s.batchLocked(limit)
		if len(batch) > 0 || timeout == 0 {
			if s.poller == p {
				s.poller = nil
			}
			s.mu.Unlock()
			return batch, nil
		}
		notify := s.updNotify
		s.mu.Unlock()
		select {
		case <-notify:
		case <-p.terminated:
		case <-deadline.C:
			timeout = 0
		case <-c.ctx.Done():
			timeout = 0
		}
		s.mu.Lock()
	}
}

// confirmLocked forgets updates before offset; a negative offset keeps only
// the last -offset updates. Caller holds s.mu.
func (s *Server) confirmLocked(offset int64) {
	if offset < 0 {
		if n := int(-offset); n < len(s.updates) {
			s.updates = append([]queuedUpdate(nil), s.updates[len(s.updates)-n:]...)
		}
		return
	}
	i := 0
	for i < len(s.updates) && int64(s.updates[i].id) < offset {
		i++
	}
	if i > 0 {
		s.updates = append([]queuedUpdate(nil), s.updates[i:]...)
	}
}

// batchLocked returns up to limit deliverable updates, dropping the kinds
// excluded by allowed_updates as Telegram does. Caller holds s.mu.
func (s *Server) batchLocked(limit int) []json.RawMessage {
	kept := s.updates[:0:0]
	batch := make([]json.RawMessage, 0, min(limit, len(s.updates)))
	for _, u := range s.updates {
		if !s.wants(u.kind) {
			continue
		}
		kept = append(kept, u)
		if len(batch) < limit {
			batch = append(batch, u.raw)
		}
	}
	s.updates = kept
	return batch
}

func (s *Server) wants(kind string) bool {
	if kind == "" || !isUpdateField(kind) {
		return true // raw or malformed updates are always delivered
	}
	if s.allowed != nil {
		return s.allowed[kind]
	}
	return !defaultSkipped[kind]
}

func isUpdateField(kind string) bool {
	t := getSpec().types["Update"]
	_, ok := t.byName[kind]
	return ok && !strings.HasPrefix(kind, "update_id")
}
