package bot_test

import (
	"bytes"
	"context"
	"image"
	_ "image/jpeg"
	"strings"
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

// A photo an officer sends on Zalo is downloaded from the URL in the
// event, kept, and shown to a supervisor on Zalo as a photo Zalo fetches
// from baocao's own link: the same bytes all the way.
func TestAPhotoSentOnZaloIsKeptAndShownToTheSupervisor(t *testing.T) {
	srv := zalotest.New(zalotest.Options{MaxPollTimeout: 300 * time.Millisecond})
	t.Cleanup(srv.Close)
	officer := zalotest.User{ID: "100001", Name: "Cán bộ 1"}
	supervisor := zalotest.User{ID: "99", Name: "Giám sát"}
	srv.RegisterUser(officer)
	srv.RegisterUser(supervisor)
	zc, err := zalo.New(context.Background(), srv.Token(), srv.Endpoint(), quietLog())
	if err != nil {
		t.Fatal(err)
	}
	web, err := public.New("127.0.0.1:0", "", quietLog())
	if err != nil {
		t.Fatal(err)
	}
	links, err := public.NewLinks(web, t.TempDir(), nil, quietLog())
	if err != nil {
		t.Fatal(err)
	}
	zc.Files = links
	cfg, err := flows.ParseConfig("photo.yaml", []byte(photoConfig))
	if err != nil {
		t.Fatal(err)
	}
	db := bot.MustOpen(t)
	bot.SeedPeople(t, db, zalo.Name, 1)
	now := time.Date(2026, 12, 28, 9, 0, 0, 0, time.UTC)
	sender := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{zalo.Name: zc}, Log: quietLog(), PerSecond: fast, PerChat: fastGap}
	app := &bot.App{Store: db, Config: cfg, Now: func() time.Time { return now }, Log: quietLog(), Wake: sender.Wake,
		Caps: map[string]channel.Caps{zalo.Name: zalo.Caps}}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); web.Serve(ctx) }()
	go func() { defer wg.Done(); sender.Run(ctx) }()
	go func() {
		defer wg.Done()
		zc.Poll(ctx, func(ctx context.Context, u channel.Update) error { return app.Handle(ctx, *u.In, nil) })
	}()
	t.Cleanup(func() { cancel(); wg.Wait() })

	wait := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	count := func(u zalotest.User) int { return len(srv.Messages(u.ID)) }

	srv.SendText(officer, "/baocao anh 2026-11")
	wait("the photo question", func() bool { return count(officer) >= 1 })
	n := count(officer)
	srv.SendPhoto(officer, "")
	wait("the review", func() bool { return saidSince(ztexts(srv.Messages(officer.ID)), n, "kiểm tra lại") })
	n = count(officer)
	srv.SendText(officer, "1") // "1. ✅ Gửi báo cáo"
	wait("the receipt", func() bool { return saidSince(ztexts(srv.Messages(officer.ID)), n, "Đã nhận") })
	var kept []byte
	db.View(func(tx *store.Tx) error {
		s, err := tx.Submission("anh", "2026-11", "C00001")
		if err != nil {
			t.Fatalf("no submission: %v\n%q", err, srv.Messages(officer.ID))
		}
		kept, err = tx.Photo(s.Answers["anh"].Text)
		if _, format, derr := image.DecodeConfig(bytes.NewReader(kept)); err != nil || derr != nil || format != "jpeg" {
			t.Errorf("kept %d bytes (%v, %v), want the JPEG the officer sent", len(kept), err, derr)
		}
		return nil
	})

	srv.SendText(supervisor, "/anh C00001")
	var got zalotest.Message
	defer func() { t.Logf("supervisor got: %q", srv.Messages(supervisor.ID)) }()
	wait("the photo to the supervisor", func() bool {
		for _, m := range srv.Messages(supervisor.ID) {
			if m.Method == "sendPhoto" {
				got = m
				return true
			}
		}
		return false
	})
	if !bytes.Equal(got.PhotoData, kept) || !strings.Contains(got.Caption, "Xã số 1") {
		t.Errorf("Zalo fetched %d bytes (%s), caption %q; want the %d kept", len(got.PhotoData), got.PhotoType, got.Caption, len(kept))
	}
	if v := srv.Violations(); len(v) > 0 {
		t.Errorf("requests the platform would refuse: %+v", v)
	}
}

func ztexts(ms []zalotest.Message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

// saidSince reports whether a text from index from on contains want: waits
// on what was said, not on how many messages came, so a reply in two
// messages cannot end a wait early.
func saidSince(ts []string, from int, want string) bool {
	for _, s := range ts[min(from, len(ts)):] {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}
