package bot

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func TestAPersonWhoWritesAgainIsReachableAgain(t *testing.T) {
	db := mustOpen(t)
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	db.Update(func(tx *store.Tx) error {
		tx.PutPerson(&flows.Person{ID: "p", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}, Unreachable: true, UnreachableSince: now.AddDate(0, 0, -3)})
		return tx.Link(store.Identity{Channel: "test", ChatID: "7"}, "p")
	})
	app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger()}
	if err := app.Handle(context.Background(), channel.Incoming{Channel: "test", ChatID: "7", Kind: channel.KindText, Text: "/hanchot"}, nil); err != nil {
		t.Fatal(err)
	}
	db.View(func(tx *store.Tx) error {
		if p, _ := tx.Person("p"); p.Unreachable {
			t.Error("still marked unreachable after writing to the bot")
		}
		return nil
	})
}

func TestAnInviteIsValidToTheEndOfItsLastDay(t *testing.T) {
	db := mustOpen(t)
	made := time.Date(2026, 12, 1, 9, 30, 0, 0, locales.Zone)
	var inv *flows.Invite
	db.Update(func(tx *store.Tx) error {
		var err error
		inv, err = CreateInvite(tx, sample.MustNamed("thach-thanh"), nil, "15247", flows.Officer, flows.TTL{Days: 14}, made, rand.NewChaCha8([32]byte{1}))
		return err
	})
	lastMinute := time.Date(2026, 12, 15, 23, 59, 0, 0, locales.Zone)
	if inv.State(lastMinute) != flows.InviteValid {
		t.Errorf("invalid at 23:59 on its last day (expires %v)", inv.ExpiresAt)
	}
	if inv.State(lastMinute.Add(time.Minute)) != flows.InviteExpired {
		t.Errorf("still valid the next day (expires %v)", inv.ExpiresAt)
	}
}

func TestAChatGuessingInviteCodesIsSlowedDown(t *testing.T) {
	db := mustOpen(t)
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger(), Rand: rand.NewChaCha8([32]byte{2})}
	var good *flows.Invite
	db.Update(func(tx *store.Tx) error {
		var err error
		good, err = CreateInvite(tx, app.Config, nil, "15247", flows.Officer, flows.TTL{}, now, app.Rand)
		return err
	})
	say := func(text string) string {
		t.Helper()
		if err := app.Handle(context.Background(), channel.Incoming{Channel: "test", ChatID: "guesser", Kind: channel.KindText, Text: text}, nil); err != nil {
			t.Fatal(err)
		}
		var last string
		db.Update(func(tx *store.Tx) error {
			for _, it := range tx.Outbox(100) {
				last = string(it.Data)
				tx.Sent(it.Key)
			}
			return nil
		})
		return last
	}
	for i := 0; i < maxBadCodes; i++ {
		if got := say("/start CB-ZZZZZ" + string(rune('A'+i))); !strings.Contains(got, "không đúng") {
			t.Fatalf("wrong code %d: %s", i, got)
		}
	}
	if got := say("/start " + good.Code); !strings.Contains(got, "nhiều lần") {
		t.Fatalf("after %d wrong codes even a good one must wait: %s", maxBadCodes, got)
	}
	now = now.Add(badCodeWindow)
	if got := say("/start " + good.Code); !strings.Contains(got, "đã được kích hoạt cho") {
		t.Fatalf("after the window the good code must work: %s", got)
	}
	// Nothing was stored for the guessing chat but the link itself.
	db.View(func(tx *store.Tx) error {
		if _, err := tx.PersonByIdentity(store.Identity{Channel: "test", ChatID: "guesser"}); err != nil {
			t.Errorf("not linked after the good code: %v", err)
		}
		return nil
	})
}
