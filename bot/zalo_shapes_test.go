package bot_test

import (
	"bytes"
	"context"
	"image"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/public"
	"github.com/baocao/baocao/bot/zalo"
	"github.com/baocao/baocao/bot/zalotest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

const voiceConfig = `units:
  - code: "391"
    name: Huyện Thạch Thành
    children:
      - {code: "C00001", name: "Xã số 1"}
forms:
  - id: thang
    title: {vi: "Báo cáo tháng", en: "Monthly report"}
    period: month
    open_days: 5
    deadline_days: 20
    lock_days: 30
    questions:
      - {id: so, type: integer, required: true, label: {vi: "Số buổi sinh hoạt?", en: "Number of events?"}}
      - {id: kk, type: text, label: {vi: "Khó khăn, kiến nghị (nếu có)?", en: "Difficulties?"}}
      - {id: anh, type: photo, required: true, label: {vi: "Ảnh hoạt động tiêu biểu?", en: "A photo?"}}
`

// An officer on Zalo, through the real adapter's webhook and the strict
// fake, in the documented shape and in the shape captured from the live
// platform: a voice note where a figure is asked is asked to be typed; at
// the difficulties question it is the answer, kept with its length; the
// photo is kept; both were fetched while their delivery was handled (the
// links expire right after). A group is told once how to write privately;
// the empty probe changes nothing.
func TestZaloEveryShapeEndToEnd(t *testing.T) {
	for _, captured := range []bool{false, true} {
		name := "documented shape"
		if captured {
			name = "captured shape"
		}
		t.Run(name, func(t *testing.T) { zaloShapeRun(t, captured) })
	}
}

func zaloShapeRun(t *testing.T, captured bool) {
	srv := zalotest.New(zalotest.Options{Captured: captured})
	t.Cleanup(srv.Close)
	officer := zalotest.User{ID: strconv.FormatInt(bot.OfficerChat(1), 10), Name: "Cán bộ 1"}
	srv.RegisterUser(officer)
	zc, err := zalo.New(context.Background(), srv.Token(), srv.Endpoint(), quietLog())
	if err != nil {
		t.Fatal(err)
	}
	web, err := public.New("127.0.0.1:0", "", quietLog())
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := flows.ParseConfig("voice.yaml", []byte(voiceConfig))
	if err != nil {
		t.Fatal(err)
	}
	db := bot.MustOpen(t)
	bot.SeedPeople(t, db, zalo.Name, 1)
	now := time.Date(2026, 12, 18, 9, 0, 0, 0, time.UTC)
	sender := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{zalo.Name: zc}, Log: quietLog(), PerSecond: fast, PerChat: fastGap}
	app := &bot.App{Store: db, Config: cfg, Now: func() time.Time { return now }, Log: quietLog(), Wake: sender.Wake,
		Caps: map[string]channel.Caps{zalo.Name: zalo.Caps}}
	web.Handle("POST "+zalo.WebhookPath, &zalo.Webhook{Secret: "shape-secret-0123", Log: quietLog(), Channel: zc,
		Handle: func(ctx context.Context, u channel.Update) error { return app.Handle(ctx, *u.In, nil) }})
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); web.Serve(ctx) }()
	go func() { defer wg.Done(); sender.Run(ctx) }()
	t.Cleanup(func() { cancel(); wg.Wait() })
	if err := zc.Register(ctx, web.URL(zalo.WebhookPath), "shape-secret-0123"); err != nil {
		t.Fatal(err)
	}

	wait := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s; the officer read %q", what, ztexts(srv.Messages(officer.ID)))
			}
		}
	}
	step := func(send func(), want string) {
		t.Helper()
		n := len(srv.Messages(officer.ID))
		send()
		wait(want, func() bool { return saidSince(ztexts(srv.Messages(officer.ID)), n, want) })
	}
	step(func() { srv.SendText(officer, "/baocao") }, "Số buổi sinh hoạt")
	step(func() { srv.SendVoiceOf(officer, 15) }, "vui lòng gõ số liệu")
	step(func() { srv.SendText(officer, "1") }, "Khó khăn")
	step(func() { srv.SendVoiceOf(officer, 42) }, "🎤 ghi âm 0:42")
	step(func() { srv.SendPhoto(officer, "") }, "kiểm tra lại")
	srv.ExpireMedia() // the links no longer work: what was not fetched is lost
	step(func() { srv.SendText(officer, "Nộp báo cáo") }, "Đã nhận")

	db.View(func(tx *store.Tx) error {
		s, err := tx.Submission("thang", "2026-11", "C00001")
		if err != nil {
			t.Fatalf("no submission: %v", err)
		}
		if v := s.Answers["so"]; v.Num == nil || *v.Num != 1 {
			t.Errorf("the figure typed after the voice note: %+v", v)
		}
		vo, ok := s.VoiceOf("kk")
		if !ok || vo.Seconds != 42 {
			t.Fatalf("the voice note: %+v %v", vo, ok)
		}
		audio, err := tx.Voice(vo.Key)
		if err != nil || !bytes.Equal(audio, zalotest.VoiceNote(42)) {
			t.Errorf("kept audio: %d bytes, %v", len(audio), err)
		}
		photo, err := tx.Photo(s.Answers["anh"].Text)
		if _, _, derr := image.DecodeConfig(bytes.NewReader(photo)); err != nil || derr != nil {
			t.Errorf("kept photo: %d bytes, %v %v", len(photo), err, derr)
		}
		return nil
	})

	// A group: answered once, nothing taken.
	group := "g-" + officer.ID
	srv.SendInGroup(group, officer, "15")
	wait("the group's answer", func() bool { return len(srv.Messages(group)) == 1 })
	srv.SendInGroup(group, officer, "/baocao")
	if err := srv.WaitDelivered(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // the outbox would have sent by now
	if ms := srv.Messages(group); len(ms) != 1 || !bytes.Contains([]byte(ms[0].Text), []byte("nhắn tin riêng cho tài khoản bot.baocao")) {
		t.Errorf("the group read: %q", ztexts(ms))
	}
	if code, err := srv.Probe(); err != nil || code != 200 {
		t.Errorf("the empty probe: %d %v", code, err)
	}
	for _, d := range srv.Deliveries() {
		if d.Status != 200 {
			t.Errorf("a delivery answered %d", d.Status)
		}
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("requests the platform would refuse: %+v", v)
	}
}
