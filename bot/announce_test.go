package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// An announcement goes through the real outbox: each delivery is counted,
// a person who blocked the bot counts as failed, and the sender gets the
// result once the last message is done.
func TestAnnouncementDeliveriesAreCountedAndReportedBack(t *testing.T) {
	db := mustOpen(t)
	cfg := FanoutConfig(t, 5)
	SeedPeople(t, db, "fake", 5)
	now := time.Date(2026, 12, 28, 10, 0, 0, 0, locales.Zone)
	app := &App{Store: db, Config: cfg, Now: func() time.Time { return now }}
	say := func(text string) {
		t.Helper()
		if err := app.Handle(context.Background(), Incoming{Channel: "fake", ChatID: "99", Kind: flows.InputText, Text: text}, nil); err != nil {
			t.Fatal(err)
		}
	}
	ch := &fakeChannel{send: func(m Outgoing) error {
		if m.ChatID == "100003" { // the third officer blocked the bot
			return &SendError{Kind: Stopped}
		}
		return nil
	}}
	o := &Outbox{Store: db, Channels: map[string]Channel{"fake": ch}, PerChat: time.Millisecond, PerSecond: 1000, Done: CountDelivery}
	app.Wake = o.Wake
	stop := runOutbox(t, o)
	defer stop()
	say("/thongbao Họp giao ban sáng thứ Hai")
	var id string
	waitUntil(t, "the confirmation", func() bool {
		for _, m := range ch.sent() {
			for _, row := range m.Buttons {
				if strings.HasPrefix(row[0].Data, "/thongbao gui ") {
					id = strings.TrimPrefix(row[0].Data, "/thongbao gui ")
				}
			}
		}
		return id != ""
	})
	say("/thongbao gui " + id)
	var report string
	waitUntil(t, "the report back", func() bool {
		for _, m := range ch.sent() {
			if m.ChatID == "99" && strings.Contains(m.Text, "đã đến") {
				report = m.Text
			}
		}
		return report != ""
	})
	if !strings.Contains(report, "đã đến 4/5 người; 1 người không nhận được") {
		t.Errorf("report %q", report)
	}
	db.View(func(tx *store.Tx) error {
		a, err := tx.Announcement(id)
		if err != nil || a.Total != 5 || a.Delivered != 4 || a.Failed != 1 || !a.Reported {
			t.Errorf("announcement %+v (%v)", a, err)
		}
		p, _ := tx.Person("o3")
		if !p.Unreachable {
			t.Error("the officer who blocked the bot is not marked")
		}
		return nil
	})
}
