package store

// Voice notes kept as answers (flows/voice.go): their audio, so that a
// supervisor can play what an officer said, whatever channel it came
// from; the platform's link to it expires. Like photos, the bytes live in
// a bucket of their own, keyed by the answer's reference, and go when the
// draft they were sent for is thrown away (DiscardSession).

import (
	"errors"
	"fmt"

	"github.com/baocao/baocao/flows"
)

// MaxVoiceBytes bounds one kept voice note: Zalo's voice notes are AAC at
// 16 kHz mono, about 4 KB a second, so this holds flows.MaxVoiceMinutes
// minutes with room to spare; Telegram's Opus notes are smaller still.
const MaxVoiceBytes = 2 << 20

// PutVoice keeps a voice note's audio under key. It refuses more than
// MaxVoiceBytes with ErrPhotoTooBig (the same bound's error as photos).
func (t *Tx) PutVoice(key string, data []byte) error {
	if len(data) > MaxVoiceBytes {
		return fmt.Errorf("store.PutVoice %s: %d bytes: %w", key, len(data), ErrPhotoTooBig)
	}
	if key == "" {
		return fmt.Errorf("store.PutVoice: no key")
	}
	return wrap("store.PutVoice", t.tx.Bucket(bVoices).Put([]byte(key), data))
}

// Voice returns a kept voice note's audio, or ErrNotFound.
func (t *Tx) Voice(key string) ([]byte, error) {
	b := t.tx.Bucket(bVoices)
	if b == nil || key == "" {
		return nil, wrap("store.Voice", ErrNotFound)
	}
	raw := b.Get([]byte(key))
	if raw == nil {
		return nil, wrap("store.Voice "+key, ErrNotFound)
	}
	return append([]byte(nil), raw...), nil
}

// DiscardSession deletes a person's draft that is thrown away (discarded,
// replaced by another report's, expired, its person revoked) together
// with the photos and voice notes kept for its answers, unless a version
// of the same report refers to them (a revision's draft starts with the
// submitted report's photos). A draft that was submitted is deleted with
// DeleteSession: its media now belong to the report.
func (t *Tx) DiscardSession(personID string) error {
	s, err := t.Session(personID)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		return fmt.Errorf("store.DiscardSession: %w", err)
	}
	mine := map[string]bool{}
	refs(s.Answers, s.Voices, mine)
	keys := make([]string, 0, len(mine))
	for k := range mine {
		keys = append(keys, k)
	}
	if err := t.PruneMedia(s.Form, s.Period, s.Unit, keys); err != nil {
		return fmt.Errorf("store.DiscardSession: %w", err)
	}
	return t.DeleteSession(personID)
}

// PruneMedia deletes the photos and voice notes under keys, which a draft
// of a unit's report no longer refers to (an answer replaced, the draft
// restarted or thrown away), except those a version of that report still
// refers to.
func (t *Tx) PruneMedia(form, period, unit string, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	kept := map[string]bool{}
	versions, err := t.History(form, period, unit)
	if err != nil {
		return fmt.Errorf("store.PruneMedia: %w", err)
	}
	if cur, err := t.Submission(form, period, unit); err == nil {
		versions = append(versions, cur)
	}
	for _, sub := range versions {
		refs(sub.Answers, sub.Voices, kept)
	}
	for _, key := range keys {
		if kept[key] || key == "" {
			continue
		}
		// A key is a photo's or a voice note's; deleting a key a bucket
		// does not hold does nothing.
		if err := t.tx.Bucket(bPhotos).Delete([]byte(key)); err != nil {
			return wrap("store.PruneMedia", err)
		}
		if err := t.tx.Bucket(bVoices).Delete([]byte(key)); err != nil {
			return wrap("store.PruneMedia", err)
		}
	}
	return nil
}

// refs adds the media keys answers may refer to: a photo answer's text is
// its key; a voice note's key is in voices.
func refs(answers map[string]flows.Value, voices map[string]flows.Voice, into map[string]bool) {
	for _, v := range answers {
		if v.Text != "" && !v.Skipped {
			into[v.Text] = true
		}
	}
	for _, v := range voices {
		if v.Key != "" {
			into[v.Key] = true
		}
	}
}
