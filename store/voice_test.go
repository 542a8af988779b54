package store

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
)

func TestVoiceNotesAreKeptUpToTheirBound(t *testing.T) {
	db := MustOpen(t)
	audio := bytes.Repeat([]byte{0xff, 0xf1}, 100<<10)
	err := db.Update(func(tx *Tx) error {
		if err := tx.PutVoice("v1", audio); err != nil {
			return err
		}
		if err := tx.PutVoice("v2", make([]byte, MaxVoiceBytes+1)); !errors.Is(err, ErrPhotoTooBig) {
			t.Errorf("a voice note over the bound: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		if got, err := tx.Voice("v1"); err != nil || !bytes.Equal(got, audio) {
			t.Errorf("kept audio: %d bytes, %v", len(got), err)
		}
		if _, err := tx.Voice("v2"); !errors.Is(err, ErrNotFound) {
			t.Errorf("refused audio: %v", err)
		}
		return nil
	})
}

// A draft thrown away takes its photos and voice notes with it, but not
// those the submitted report it revises still shows.
func TestDiscardingADraftPrunesItsOwnMediaOnly(t *testing.T) {
	db := MustOpen(t)
	at := time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)
	err := db.Update(func(tx *Tx) error {
		for _, k := range []string{"photo-old", "photo-new", "photo-other"} {
			if err := tx.PutPhoto(k, []byte("jpeg "+k)); err != nil {
				return err
			}
		}
		for _, k := range []string{"voice-old", "voice-new"} {
			if err := tx.PutVoice(k, []byte("aac "+k)); err != nil {
				return err
			}
		}
		sub := &flows.Submission{Form: "thang", Period: "2026-11", Unit: "15247", Version: 1, By: "p1", At: at,
			Answers: map[string]flows.Value{"anh": {Text: "photo-old"}, "kk": {Text: "🎤 ghi âm 0:42"}},
			Voices:  map[string]flows.Voice{"kk": {Key: "voice-old", Seconds: 42, Label: "🎤 ghi âm 0:42"}}}
		if err := tx.PutSubmission(sub); err != nil {
			return err
		}
		// The revision's draft replaced both, then is thrown away.
		s := &flows.Session{Form: "thang", Period: "2026-11", Unit: "15247", State: flows.Reviewing, Version: 1,
			Answers: map[string]flows.Value{"anh": {Text: "photo-new"}, "kk": {Text: "🎤 ghi âm 0:07"}, "hd": {Text: "Hội diễn"}},
			Voices:  map[string]flows.Voice{"kk": {Key: "voice-new", Seconds: 7, Label: "🎤 ghi âm 0:07"}}}
		if err := tx.PutSession("p1", s); err != nil {
			return err
		}
		return tx.DiscardSession("p1")
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *Tx) error {
		if _, err := tx.Session("p1"); !errors.Is(err, ErrNotFound) {
			t.Errorf("the draft is still there: %v", err)
		}
		for key, want := range map[string]bool{"photo-old": true, "photo-other": true, "photo-new": false} {
			if _, err := tx.Photo(key); (err == nil) != want {
				t.Errorf("photo %s kept %v, want %v", key, err == nil, want)
			}
		}
		for key, want := range map[string]bool{"voice-old": true, "voice-new": false} {
			if _, err := tx.Voice(key); (err == nil) != want {
				t.Errorf("voice %s kept %v, want %v", key, err == nil, want)
			}
		}
		return nil
	})
	if err := db.Update(func(tx *Tx) error { return tx.DiscardSession("nobody") }); err != nil {
		t.Errorf("discarding no draft: %v", err)
	}
}
