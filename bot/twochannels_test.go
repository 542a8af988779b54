package bot_test

// One person on two channels, through both real adapters against their
// strict fakes: reminders go to the chat the person wrote from last, once.

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/telegram"
	"github.com/baocao/baocao/bot/telegramtest"
	"github.com/baocao/baocao/bot/zalo"
	"github.com/baocao/baocao/bot/zalotest"
	"github.com/baocao/baocao/store"
)

func TestRemindersGoToTheChannelUsedLastOnce(t *testing.T) {
	tgSrv := telegramtest.New(telegramtest.Options{})
	defer tgSrv.Close()
	zSrv := zalotest.New(zalotest.Options{MaxPollTimeout: 300 * time.Millisecond})
	defer zSrv.Close()
	tgUser := telegramtest.User{ID: bot.OfficerChat(1), FirstName: "Lan", LanguageCode: "vi"}
	zUser := zalotest.User{ID: "z-lan-0001", Name: "Lan"}
	tgSrv.RegisterUser(tgUser)
	tgSrv.RegisterUser(telegramtest.User{ID: bot.SupervisorChat, FirstName: "Giám sát"})

	tg, err := telegram.New(tgSrv.Token(), tgSrv.Endpoint(), quietLog())
	if err != nil {
		t.Fatal(err)
	}
	zc, err := zalo.New(context.Background(), zSrv.Token(), zSrv.Endpoint(), quietLog())
	if err != nil {
		t.Fatal(err)
	}
	db := bot.MustOpen(t)
	bot.SeedPeople(t, db, telegram.Name, 1)
	// Lan, linked on Telegram, also linked her Zalo chat (as typing an
	// invite code there does).
	db.Update(func(tx *store.Tx) error { return tx.Link(store.Identity{Channel: zalo.Name, ChatID: zUser.ID}, "o1") })

	var mu sync.Mutex
	now := bot.At("2026-12-16 09:00")
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	sender := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{telegram.Name: tg, zalo.Name: zc}, Log: quietLog(), PerSecond: 1000, PerChat: time.Millisecond}
	app := &bot.App{Store: db, Config: bot.FanoutConfig(t, 1), Now: clock, Log: quietLog(), Wake: sender.Wake, Caps: map[string]channel.Caps{zalo.Name: zalo.Caps}}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); sender.Run(ctx) }()
	go func() { defer wg.Done(); tg.Poll(ctx, 0, app.Batch(telegram.Name)) }()
	go func() {
		defer wg.Done()
		zc.Poll(ctx, func(ctx context.Context, u channel.Update) error { return app.Handle(ctx, *u.In, nil) })
	}()
	defer func() { cancel(); wg.Wait() }()

	tick := func(at string) {
		t.Helper()
		mu.Lock()
		now = bot.At(at)
		mu.Unlock()
		if _, err := app.Scheduler().Tick(context.Background()); err != nil {
			t.Fatal(err)
		}
		wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer wcancel()
		sender.WaitIdle(wctx)
	}
	reminders := func() (onTelegram, onZalo int) {
		for _, m := range tgSrv.Messages(tgUser.ID) {
			if strings.Contains(m.Text, "còn") && strings.Contains(m.Text, "ngày") {
				onTelegram++
			}
		}
		for _, m := range zSrv.Messages(zUser.ID) {
			if strings.Contains(m.Text, "còn") && strings.Contains(m.Text, "ngày") {
				onZalo++
			}
		}
		return
	}

	// Lan writes on Zalo: the next reminder goes there, and only there.
	zSrv.SendText(zUser, "/hanchot")
	if _, err := zSrv.WaitMessagesFor(10*time.Second, zUser.ID, 1); err != nil {
		t.Fatal(err)
	}
	tick("2026-12-17 08:00")
	tick("2026-12-17 08:01")
	if tgN, zN := reminders(); tgN != 0 || zN != 1 {
		t.Fatalf("after writing on Zalo: %d reminders on Telegram, %d on Zalo; want 0 and 1", tgN, zN)
	}
	last := zSrv.Messages(zUser.ID)[len(zSrv.Messages(zUser.ID))-1]
	if !strings.Contains(last.Text, "\n1. ") {
		t.Errorf("the reminder's button is not a numbered choice on Zalo:\n%s", last.Text)
	}

	// Then on Telegram: the next rung goes to Telegram.
	tgSrv.SendText(tgUser, "/hanchot")
	if _, err := tgSrv.WaitMessagesFor(10*time.Second, tgUser.ID, 1); err != nil {
		t.Fatal(err)
	}
	tick("2026-12-19 08:00")
	if tgN, zN := reminders(); tgN != 1 || zN != 1 {
		t.Fatalf("after writing on Telegram: %d reminders on Telegram, %d on Zalo; want 1 and 1", tgN, zN)
	}
	if v := zSrv.Violations(); len(v) > 0 {
		t.Errorf("zalo: %+v", v)
	}
	if v := tgSrv.Violations(); len(v) > 0 {
		t.Errorf("telegram: %+v", v)
	}
}
