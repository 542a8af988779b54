package bot_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
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

const photoConfig = `units:
  - code: "391"
    name: Huyện Thạch Thành
    children:
      - {code: "C00001", name: "Xã số 1"}
forms:
  - id: anh
    title: {vi: "Ảnh hoạt động", en: "Activity photos"}
    period: month
    open_days: 5
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: anh, type: photo, required: true, label: {vi: "Ảnh hoạt động tiêu biểu?", en: "A photo?"}}
`

// A photo an officer sends on Telegram is downloaded (getFile, then the
// file endpoint of the strict fake), kept, and shown to the supervisor by
// /anh as the same picture.
func TestAPhotoSentOnTelegramIsKeptAndShownToTheSupervisor(t *testing.T) {
	srv := telegramtest.New(telegramtest.Options{})
	t.Cleanup(srv.Close)
	officer := telegramtest.User{ID: bot.OfficerChat(1), FirstName: "Cán bộ 1", LanguageCode: "vi"}
	srv.RegisterUser(officer)
	srv.RegisterUser(telegramtest.User{ID: bot.SupervisorChat, FirstName: "Giám sát", LanguageCode: "vi"})
	tg, err := telegram.New(srv.Token(), srv.Endpoint(), quietLog())
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := flows.ParseConfig("photo.yaml", []byte(photoConfig))
	if err != nil {
		t.Fatal(err)
	}
	db := bot.MustOpen(t)
	bot.SeedPeople(t, db, telegram.Name, 1)
	now := time.Date(2026, 12, 28, 9, 0, 0, 0, time.UTC)
	sender := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{telegram.Name: tg}, Log: quietLog(), PerSecond: fast, PerChat: fastGap}
	app := &bot.App{Store: db, Config: cfg, Now: func() time.Time { return now }, Log: quietLog(), Wake: sender.Wake}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); sender.Run(ctx) }()
	go func() { defer wg.Done(); tg.Poll(ctx, 0, app.Batch(telegram.Name)) }()
	t.Cleanup(func() { cancel(); wg.Wait() })

	wait := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	count := func(chat int64) int { return len(srv.Messages(chat)) }

	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for x := 0; x < 64; x++ {
		img.Set(x, x%48, color.RGBA{200, 30, 30, 255})
	}
	var pic bytes.Buffer
	jpeg.Encode(&pic, img, nil)

	srv.SendText(officer, "/baocao anh 2026-11")
	wait("the photo question", func() bool { return count(officer.ID) >= 1 })
	n := count(officer.ID)
	srv.SendPhotoData(officer, "", pic.Bytes())
	wait("the review", func() bool { return saidSince(texts(srv.Messages(officer.ID)), n, "kiểm tra lại") })
	n = count(officer.ID)
	srv.SendText(officer, "gửi")
	wait("the receipt", func() bool { return saidSince(texts(srv.Messages(officer.ID)), n, "Đã nhận") })
	if srv.Stats().Downloads != 1 {
		t.Errorf("%d downloads, want the photo once", srv.Stats().Downloads)
	}
	db.View(func(tx *store.Tx) error {
		s, err := tx.Submission("anh", "2026-11", "C00001")
		if err != nil {
			t.Fatalf("no submission: %v", err)
		}
		kept, err := tx.Photo(s.Answers["anh"].Text)
		if err != nil || !bytes.Equal(kept, pic.Bytes()) {
			t.Errorf("kept %d bytes (%v), want the %d sent", len(kept), err, pic.Len())
		}
		return nil
	})

	srv.SendText(telegramtest.User{ID: bot.SupervisorChat, FirstName: "Giám sát", LanguageCode: "vi"}, "/anh C00001")
	wait("the photo to the supervisor", func() bool {
		for _, m := range srv.Messages(bot.SupervisorChat) {
			if m.Photo != nil {
				return true
			}
		}
		return false
	})
	for _, m := range srv.Messages(bot.SupervisorChat) {
		if m.Photo != nil && (m.Photo.Size != int64(pic.Len()) || !strings.Contains(m.Caption, "Xã số 1")) {
			t.Errorf("photo %+v caption %q", m.Photo, m.Caption)
		}
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("requests the real Bot API would refuse: %+v", v)
	}
}
