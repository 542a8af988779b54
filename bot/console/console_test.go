package console

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func TestThePlaygroundNumbersChoicesAndATypedNumberPressesOne(t *testing.T) {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.Update(func(tx *store.Tx) error {
		tx.PutPerson(&flows.Person{ID: "p", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		return tx.Link(store.Identity{Channel: Name, ChatID: "me"}, "p")
	})
	var out bytes.Buffer
	ch := &Channel{Out: &out}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ob := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{Name: ch}, Log: log, PerChat: time.Millisecond, PerSecond: 1000}
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	app := &bot.App{Store: db, Config: sample.Config(), Log: log, Now: func() time.Time { return now }, Wake: ob.Wake, Caps: map[string]channel.Caps{Name: Caps}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { ob.Run(ctx); close(done) }()
	handle := func(ctx context.Context, in channel.Incoming) error { return app.Handle(ctx, in, nil) }
	s := &Session{Handle: handle, Channel: ch, ChatID: "me", Name: "Lan", Flush: ob.WaitIdle}
	err = s.Run(ctx, strings.NewReader("/baocao\n2\n!sticker\n"))
	cancel()
	<-done
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"< 1. Báo cáo tổng kết năm",            // choices are numbered
		"[1/6] Số tin, bài về chuyển đổi số",   // "2" pressed the monthly report
		"Bot chưa đọc được nhãn dán (sticker)", // "!sticker" sends one
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the playground did not show %q:\n%s", want, got)
		}
	}
}
