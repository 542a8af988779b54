package bot_test

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
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// Telegram's voice notes get what Zalo's get: at a figure the officer is
// asked to type it; at a question asked in words the note is the answer,
// downloaded (getFile, then the file endpoint) and kept with the length
// Telegram gives. A group the bot is in is told once how to write to it
// privately, and nothing said there is taken.
func TestTelegramVoiceNotesAndGroups(t *testing.T) {
	srv := telegramtest.New(telegramtest.Options{})
	t.Cleanup(srv.Close)
	officer := telegramtest.User{ID: bot.OfficerChat(1), FirstName: "Cán bộ 1", LanguageCode: "vi"}
	srv.RegisterUser(officer)
	const group = -1001234
	srv.RegisterChat(telegramtest.Chat{ID: group, Type: "group", Title: "Văn hóa xã"})
	tg, err := telegram.New(srv.Token(), srv.Endpoint(), quietLog())
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := flows.ParseConfig("voice.yaml", []byte(voiceConfig))
	if err != nil {
		t.Fatal(err)
	}
	db := bot.MustOpen(t)
	bot.SeedPeople(t, db, telegram.Name, 1)
	now := time.Date(2026, 12, 18, 9, 0, 0, 0, time.UTC)
	sender := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{telegram.Name: tg}, Log: quietLog(), PerSecond: fast, PerChat: fastGap}
	app := &bot.App{Store: db, Config: cfg, Now: func() time.Time { return now }, Log: quietLog(), Wake: sender.Wake}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); sender.Run(ctx) }()
	go func() { defer wg.Done(); tg.Poll(ctx, 0, app.Batch(telegram.Name)) }()
	t.Cleanup(func() { cancel(); wg.Wait() })

	wait := func(chat int64, from int, want string) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); !saidSince(texts(srv.Messages(chat)), from, want); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %q; the chat read %q", want, texts(srv.Messages(chat)))
			}
		}
	}
	step := func(send func(), want string) {
		t.Helper()
		n := len(srv.Messages(officer.ID))
		send()
		wait(officer.ID, n, want)
	}
	step(func() { srv.SendText(officer, "/baocao") }, "Số buổi sinh hoạt")
	step(func() { srv.SendVoice(officer) }, "vui lòng gõ số liệu")
	step(func() { srv.SendText(officer, "3") }, "Khó khăn")
	step(func() { srv.SendVoice(officer) }, "🎤 ghi âm 0:03")

	db.View(func(tx *store.Tx) error {
		p, err := tx.PersonByIdentity(store.Identity{Channel: telegram.Name, ChatID: "100001"})
		if err != nil {
			t.Fatal(err)
		}
		s, err := tx.Session(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		vo, ok := s.VoiceOf("kk")
		if !ok || vo.Seconds != 3 {
			t.Fatalf("the voice note in the draft: %+v %v", vo, ok)
		}
		if audio, err := tx.Voice(vo.Key); err != nil || len(audio) != 9000 {
			t.Errorf("kept audio: %d bytes, %v", len(audio), err)
		}
		return nil
	})

	srv.SendTextIn(group, officer, "15")
	wait(group, 0, "nhắn tin riêng")
	srv.SendTextIn(group, officer, "/baocao")
	srv.SendText(officer, "/trogiup") // handled after the group's second message
	wait(officer.ID, 0, "/baocao")
	if ms := texts(srv.Messages(group)); len(ms) != 1 || !strings.Contains(ms[0], "@") {
		t.Errorf("the group read %q; want one message naming the bot", ms)
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("requests Telegram would refuse: %+v", v)
	}
}
