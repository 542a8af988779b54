package bot

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func TestRepliesToStrangersAreLimitedPerChatAndHourWithoutStoringAnything(t *testing.T) {
	db := mustOpen(t)
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger(), Rand: rand.NewChaCha8([32]byte{3})}
	send := func(chat, text string) {
		t.Helper()
		if err := app.Handle(context.Background(), channel.Incoming{Channel: "test", ChatID: chat, Kind: channel.KindText, Text: text}, &Cursor{Channel: "test", Offset: 1}); err != nil {
			t.Fatal(err)
		}
	}
	queued := func() int {
		n := 0
		db.View(func(tx *store.Tx) error { n = tx.OutboxLen(); return nil })
		return n
	}
	for i := range 500 {
		send("spammer", fmt.Sprintf("tin rác %d", i))
	}
	if n := queued(); n != strangerRepliesPerChat {
		t.Errorf("500 messages of a stranger queued %d replies, want %d", n, strangerRepliesPerChat)
	}
	t.Run("another stranger still gets an answer", func(t *testing.T) {
		before := queued()
		send("newcomer", "xin chào")
		if queued() != before+1 {
			t.Error("a first message of another chat was not answered")
		}
	})
	t.Run("a muted chat that sends a valid invite code is linked and told so", func(t *testing.T) {
		var inv *flows.Invite
		db.Update(func(tx *store.Tx) error {
			var err error
			inv, err = CreateInvite(tx, app.Config, nil, "15247", flows.Officer, flows.TTL{Days: 1}, now, app.Rand)
			return err
		})
		before := queued()
		send("spammer", "/start "+inv.Code)
		if queued() != before+1 {
			t.Error("the linking reply was not queued")
		}
		db.View(func(tx *store.Tx) error {
			if _, err := tx.PersonByIdentity(store.Identity{Channel: "test", ChatID: "spammer"}); err != nil {
				t.Errorf("not linked: %v", err)
			}
			return nil
		})
	})
	t.Run("the next hour the chat is answered again", func(t *testing.T) {
		for range 20 {
			send("other", "?")
		}
		before := queued()
		now = now.Add(time.Hour)
		send("other", "?")
		if queued() != before+1 {
			t.Error("not answered in the next hour")
		}
	})
	t.Run("a flood from many chats is capped overall", func(t *testing.T) {
		now = now.Add(time.Hour)
		before := queued()
		for i := range strangerRepliesOverall + 200 {
			send(fmt.Sprint("bot-", i), "?")
		}
		if got := queued() - before; got != strangerRepliesOverall {
			t.Errorf("%d replies queued, want the overall cap %d", got, strangerRepliesOverall)
		}
	})
}
