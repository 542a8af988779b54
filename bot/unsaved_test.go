package bot

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// A full disk at 0 bytes free: the store's commit fails with ENOSPC (the
// failure is injected at the commit, store.DB.FailWrites; making a full
// filesystem in a test needs root). An officer's first message, /start
// with an invite code, must not be lost: no apology takes its place, the
// update stays unconfirmed, the officer is told once that it is kept, and
// once space returns the same update links the account.
func TestAFullDiskKeepsTheFirstMessageAndTellsThePersonOnce(t *testing.T) {
	for _, via := range []string{"poll batch", "webhook"} {
		t.Run(via, func(t *testing.T) {
			db := mustOpen(t)
			now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
			app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger(),
				Rand: rand.NewChaCha8([32]byte{3})}
			var mu sync.Mutex
			var direct []channel.Outgoing
			app.Direct = func(_ context.Context, out channel.Outgoing) error {
				mu.Lock()
				defer mu.Unlock()
				direct = append(direct, out)
				return nil
			}
			var inv *flows.Invite
			if err := db.Update(func(tx *store.Tx) (err error) {
				inv, err = CreateInvite(tx, app.Config, nil, "15247", flows.Officer, flows.TTL{Days: 14}, now, app.Rand)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			var full atomic.Bool
			full.Store(true)
			db.FailWrites(func() error {
				if full.Load() {
					return syscall.ENOSPC
				}
				return nil
			})
			start := channel.Incoming{Channel: "test", ChatID: "77", Name: "Lan", Kind: channel.KindText, Text: "/start " + inv.Code}
			again := channel.Incoming{Channel: "test", ChatID: "77", Name: "Lan", Kind: channel.KindText, Text: "/baocao"}
			deliver := func(off int64, in channel.Incoming) error {
				if via == "webhook" {
					return app.Handle(context.Background(), in, &Cursor{Channel: "test", Offset: off, Redelivered: true})
				}
				confirmed, err := app.Batch("test")(context.Background(), []channel.Update{{Offset: off, In: &in}})
				if err != nil && confirmed != 0 {
					t.Errorf("confirmed %d while the disk is full", confirmed)
				}
				return err
			}
			// The platform delivers the first message, then again (a retry),
			// then the officer writes once more: three tries, one note.
			for i, in := range []channel.Incoming{start, start, again} {
				err := deliver(int64(1+i/2), in)
				if !errors.Is(err, syscall.ENOSPC) {
					t.Fatalf("try %d on a full disk: %v, want the update left unconfirmed (ENOSPC)", i+1, err)
				}
			}
			if len(direct) != 1 || direct[0].ChatID != "77" || !strings.Contains(direct[0].Text, "sẽ được xử lý") {
				t.Fatalf("told %d times, want once that the message is kept: %+v", len(direct), direct)
			}
			if r := app.StoreReady(); r == nil || !strings.Contains(r.Error(), "the disk is full") || !strings.Contains(r.Error(), "1 chats") {
				t.Errorf("readiness while the disk is full: %v", r)
			}
			if app.Waiting() != 1 || app.counts.unsaved.Load() != 3 {
				t.Errorf("waiting %d, unsaved tries %d; want 1 and 3", app.Waiting(), app.counts.unsaved.Load())
			}
			db.View(func(tx *store.Tx) error {
				if off := tx.Offset("test"); off != 0 {
					t.Errorf("offset %d stored on a full disk", off)
				}
				if n := len(tx.Outbox(10)); n != 0 {
					t.Errorf("%d messages queued on a full disk (an apology in place of the message?)", n)
				}
				return nil
			})

			full.Store(false) // space freed: the platform delivers the update again
			if err := deliver(1, start); err != nil {
				t.Fatalf("with space again: %v", err)
			}
			db.View(func(tx *store.Tx) error {
				if p, err := tx.PersonByIdentity(store.Identity{Channel: "test", ChatID: "77"}); err != nil || p.Name != "Lan" {
					t.Errorf("the account is not linked after space returned: %+v %v", p, err)
				}
				if tx.Offset("test") != 1 {
					t.Errorf("offset %d, want 1", tx.Offset("test"))
				}
				return nil
			})
			if r := app.StoreReady(); r != nil {
				t.Errorf("still not ready after a commit: %v", r)
			}
			if app.Waiting() != 0 {
				t.Errorf("%d chats still waiting", app.Waiting())
			}
		})
	}
}

// A damaged data file met while serving: the same, naming restore on
// /readyz, and no write (not even an apology) is attempted.
func TestADamagedFileMetWhileServingHoldsMessagesAndTellsOnce(t *testing.T) {
	db := mustOpen(t)
	app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Log: discardLogger()}
	var told atomic.Int32
	app.Direct = func(context.Context, channel.Outgoing) error { told.Add(1); return nil }
	db.FailWrites(func() error { return store.ErrDamaged }) // as a damaged page found in a commit
	in := channel.Incoming{Channel: "test", ChatID: "9", Kind: channel.KindText, Text: "xin chào"}
	for i := range 3 {
		if _, err := app.Batch("test")(context.Background(), []channel.Update{{Offset: int64(i + 1), In: &in}}); !errors.Is(err, store.ErrDamaged) {
			t.Fatalf("try %d: %v", i+1, err)
		}
	}
	if told.Load() != 1 {
		t.Errorf("told %d times, want once", told.Load())
	}
	if r := app.StoreReady(); r == nil || !strings.Contains(r.Error(), "baocao restore") {
		t.Errorf("readiness: %v", r)
	}
}
