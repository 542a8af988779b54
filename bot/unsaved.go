package bot

// When the store cannot write at all (a full disk, a damaged file), a
// message is not a failure of its own to apologise for: nothing it caused
// can be kept, and an apology stored in its place (which might fit where
// the message did not) would confirm the update and lose the message.
// So the update stays unconfirmed (the platform keeps it and it is
// handled when writes work again), and the person is told once, directly
// through the channel (the outbox is in the store), that their message is
// kept and will be handled. The operator sees the spell on /readyz
// (StoreReady), in the metrics and in the log (the channel's loop says it).

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// unsavedSpell is the time the store has been refusing writes.
type unsavedSpell struct {
	mu    sync.Mutex
	since time.Time // zero: writes work
	last  error
	chats map[string]bool // channel + chat whose messages wait, in this spell
	told  map[string]bool // those told so
}

// cannotSave records messages that could not be stored because of err
// (store.Unwritable) and tells each sender once per spell. It returns
// err wrapped, for the caller to return: the update stays unconfirmed.
func (a *App) cannotSave(ctx context.Context, ins []channel.Incoming, err error) error {
	s := &a.unsaved
	s.mu.Lock()
	if s.since.IsZero() {
		s.since = time.Now()
		s.chats, s.told = map[string]bool{}, map[string]bool{}
	}
	s.last = err
	var tell []channel.Incoming
	for _, in := range ins {
		a.counts.unsaved.Add(1)
		key := in.Channel + "\x00" + in.ChatID
		s.chats[key] = true
		if !s.told[key] {
			s.told[key] = true
			tell = append(tell, in)
		}
	}
	s.mu.Unlock()
	for _, in := range tell {
		if !a.tellUnsaved(ctx, in) {
			s.mu.Lock()
			delete(s.told, in.Channel+"\x00"+in.ChatID) // try again with the next message
			s.mu.Unlock()
		}
	}
	return fmt.Errorf("bot: %w, the message is left unconfirmed: %w", channel.ErrCannotStore, err)
}

// tellUnsaved sends the person the note that their message is kept, at
// once; false if it could not be sent.
func (a *App) tellUnsaved(ctx context.Context, in channel.Incoming) bool {
	if a.Direct == nil {
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	lang := locales.ParseLang(in.LangCode)
	out := channel.Outgoing{Channel: in.Channel, ChatID: in.ChatID, Text: locales.Render(lang, locales.M("error.unsaved"))}
	if err := a.Direct(ctx, out); err != nil {
		a.log().Warn("telling a person their message is kept failed", "channel", in.Channel, "chat", in.ChatID, "err", err)
		return false
	}
	return true
}

// saved ends a spell of refused writes: a commit worked.
func (a *App) saved() {
	s := &a.unsaved
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.since.IsZero() {
		return
	}
	a.log().Info("the store saves again: the messages kept are being handled", "chats", len(s.chats), "for", time.Since(s.since).Round(time.Second).String())
	s.since, s.last, s.chats, s.told = time.Time{}, nil, nil, nil
}

// StoreReady is the readiness of writing: an error while messages are
// held unconfirmed because the store cannot write, naming why and since
// when; nil otherwise.
func (a *App) StoreReady() error {
	s := &a.unsaved
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.since.IsZero() {
		return nil
	}
	why := "cannot write"
	switch {
	case store.DiskFull(s.last):
		why = "the disk is full"
	case isDamaged(s.last):
		why = "the data file is damaged (baocao restore)"
	}
	return fmt.Errorf("%s: messages of %d chats held unconfirmed since %s (%s ago): %v", why, len(s.chats),
		s.since.Format(time.RFC3339), time.Since(s.since).Round(time.Second), s.last)
}

// Waiting is how many chats have messages held unconfirmed now because
// the store cannot write (0 while it can), for the metrics.
func (a *App) Waiting() int {
	a.unsaved.mu.Lock()
	defer a.unsaved.mu.Unlock()
	return len(a.unsaved.chats)
}

func isDamaged(err error) bool { return errors.Is(err, store.ErrDamaged) }
