package telegram_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/outbox"
	"github.com/baocao/baocao/bot/telegram"
	"github.com/baocao/baocao/bot/telegramtest"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// The adapter with the real app behind it: these tests live outside the
// package so that the adapter itself never imports the app.

// running is the bot in-process: the real adapter, App, outbox and store,
// against the strict fake server.
type running struct {
	srv  *telegramtest.Server
	db   *store.DB
	ch   *telegram.Channel
	stop func()
}

func startInProcess(t *testing.T) *running {
	t.Helper()
	return startWith(t, nil, io.Discard)
}

// startWith runs the bot with its store seen through wrap (nil: as it is)
// and its log written to logs.
func startWith(t *testing.T, wrap func(store.Store) store.Store, logs io.Writer) *running {
	t.Helper()
	srv := telegramtest.New(telegramtest.Options{})
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(logs, nil))
	ch, err := telegram.New(srv.Token(), srv.Endpoint(), log)
	if err != nil {
		t.Fatal(err)
	}
	ch.StoreBackoff = 20 * time.Millisecond
	var st store.Store = db
	if wrap != nil {
		st = wrap(db)
	}
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	sender := &outbox.Sender{Store: db, Channels: map[string]channel.Channel{telegram.Name: ch}, Log: log, PerChat: time.Millisecond}
	app := &bot.App{Store: st, Config: sample.MustNamed("thach-thanh"), Log: log, Now: func() time.Time { return now }, Wake: sender.Wake}
	// An officer of Xã Thành Tâm, already linked.
	db.Update(func(tx *store.Tx) error {
		tx.PutPerson(&flows.Person{ID: "p1", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		return tx.Link(store.Identity{Channel: telegram.Name, ChatID: "7"}, "p1")
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{}, 2)
	go func() { sender.Run(ctx); done <- struct{}{} }()
	go func() { ch.Poll(ctx, 0, app.Batch(telegram.Name)); done <- struct{}{} }()
	r := &running{srv: srv, db: db, ch: ch}
	r.stop = func() { cancel(); <-done; <-done; db.Close(); srv.Close() }
	t.Cleanup(r.stop)
	return r
}

var lan = telegramtest.User{ID: 7, FirstName: "Lan", LanguageCode: "vi"}

func TestBadUpdatesGetAnAnswerOrAreSkippedWithoutStoppingTheBot(t *testing.T) {
	r := startInProcess(t)
	r.srv.SendRaw(json.RawMessage(`{"update_id": 1, "message": "not an object"}`))
	r.srv.SendRaw(json.RawMessage(`{"update_id": 2, "edited_message": {"message_id": 1, "date": 1, "chat": {"id": 7, "type": "private"}, "text": "x"}}`))
	r.srv.SendSticker(lan)
	msgs, err := r.srv.WaitMessagesFor(10*time.Second, lan.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msgs[0].Text, "nhãn dán") {
		t.Errorf("a sticker outside a report got %q", msgs[0].Text)
	}
	r.srv.SendText(lan, "/baocao thang 2026-11")
	if _, err := r.srv.WaitMessagesFor(10*time.Second, lan.ID, 3); err != nil {
		t.Fatal(err)
	}
	if v := r.srv.Violations(); len(v) > 0 {
		t.Errorf("invalid requests: %+v", v)
	}
	waitPending(t, r.srv)
}

func TestAPressedButtonIsAnsweredAndItsKeyboardRemoved(t *testing.T) {
	r := startInProcess(t)
	r.srv.SendText(lan, "/nhanh tin=12 hs=200 tt=150")
	msgs, err := r.srv.WaitMessagesFor(10*time.Second, lan.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	q := msgs[len(msgs)-1]
	if len(q.Buttons) == 0 {
		t.Fatalf("the yes/no question has no buttons: %q", q.Text)
	}
	if _, err := r.srv.PressButton(lan, q.ID, q.Buttons[0][0].Data); err != nil {
		t.Fatal(err)
	}
	if _, err := r.srv.WaitMessagesFor(10*time.Second, lan.ID, 2); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(r.srv.CallbacksUnanswered()) > 0 || len(r.srv.Messages(lan.ID)[0].Buttons) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("callbacks unanswered %v; keyboard %v", r.srv.CallbacksUnanswered(), r.srv.Messages(lan.ID)[0].Buttons)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if v := r.srv.Violations(); len(v) > 0 {
		t.Errorf("invalid requests: %+v", v)
	}
}

func waitPending(t *testing.T, srv *telegramtest.Server) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for srv.PendingUpdates() > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d updates never confirmed", srv.PendingUpdates())
		}
		time.Sleep(10 * time.Millisecond)
	}
}
