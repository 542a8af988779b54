package web

import (
	"bytes"
	"errors"
	"net/http"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// voiceKept reports whether question id of sub is answered by a voice
// note whose audio the store kept.
func voiceKept(tx *store.Tx, sub *flows.Submission, id string) bool {
	vo, ok := sub.VoiceOf(id)
	if !ok {
		return false
	}
	_, err := tx.Voice(vo.Key)
	return err == nil
}

// voice serves the audio of a voice note answering a question of a unit's
// current report, to a supervisor of the unit (choose checks it), for the
// page's player and for the link in the written-answers sheet.
func (h *Handler) voice(w http.ResponseWriter, r *http.Request, v *visit) {
	n, ok := h.choose(r, v)
	if !ok {
		h.refuse(w, r, http.StatusForbidden, v.lang, "web.not_yours")
		return
	}
	q := n.Form.Question(r.PathValue("question"))
	if !flows.TakesVoice(q) {
		h.notFound(w, r)
		return
	}
	var data []byte
	err := h.Store.View(func(tx *store.Tx) error {
		if h.cfg().Earlier(n.Period) {
			return store.ErrNotFound // an old unit's report under a reused code
		}
		cur, err := tx.Submission(n.Form.ID, n.Period.Key, n.Unit.Code)
		if err != nil {
			return err
		}
		vo, ok := cur.VoiceOf(q.ID)
		if !ok {
			return store.ErrNotFound
		}
		data, err = tx.Voice(vo.Key)
		return err
	})
	if errors.Is(err, store.ErrNotFound) {
		h.notFound(w, r)
		return
	}
	if err != nil {
		h.fail(w, r, v.lang, err)
		return
	}
	w.Header().Set("Content-Type", audioType(data))
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data)) // ranges: players seek
}

// audioType names a voice note's format from its first bytes: Zalo's are
// raw ADTS AAC, Telegram's Ogg Opus.
func audioType(b []byte) string {
	switch {
	case len(b) >= 2 && b[0] == 0xFF && b[1]&0xF6 == 0xF0:
		return "audio/aac"
	case bytes.HasPrefix(b, []byte("OggS")):
		return "audio/ogg"
	}
	return "application/octet-stream"
}
