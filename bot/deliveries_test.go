package bot

import (
	"context"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// A webhook repeats an update until it sees a 200: handled once, whether
// it comes with an update_id (Telegram) or a message_id (Zalo).
func TestARepeatedDeliveryChangesAndSendsNothing(t *testing.T) {
	db := mustOpen(t)
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger()}
	queued := func() int {
		n := 0
		db.View(func(tx *store.Tx) error { n = tx.OutboxLen(); return nil })
		return n
	}
	ctx := context.Background()
	tg := app.Deliveries("telegram")
	up := channel.Update{Offset: 7, In: &channel.Incoming{Channel: "telegram", ChatID: "42", Kind: channel.KindText, Text: "xin chào"}}
	for range 3 {
		if err := tg(ctx, up); err != nil {
			t.Fatal(err)
		}
	}
	if n := queued(); n != 1 {
		t.Errorf("update 7 delivered three times queued %d replies, want 1", n)
	}
	z := channel.Incoming{Channel: "zalo", ChatID: "z1", Kind: channel.KindText, Text: "xin chào", MessageID: "m-1"}
	for range 3 {
		if err := app.Handle(ctx, z, nil); err != nil {
			t.Fatal(err)
		}
	}
	if n := queued(); n != 2 {
		t.Errorf("message m-1 delivered three times: %d replies in all, want 2", n)
	}
	z.MessageID = "m-2"
	app.Handle(ctx, z, nil)
	if n := queued(); n != 3 {
		t.Errorf("a new message id was not handled: %d replies", n)
	}
}
