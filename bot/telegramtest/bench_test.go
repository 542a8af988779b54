package telegramtest

import (
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestKeyboards(t *testing.T) {
	t.Run("reply keyboards and their removal pass validation", func(t *testing.T) {
		srv, api := newBot(t, Options{})
		srv.RegisterUser(lan)
		msg := tgbotapi.NewMessage(lan.ID, "Chọn")
		kb := tgbotapi.NewReplyKeyboard(tgbotapi.NewKeyboardButtonRow(tgbotapi.NewKeyboardButton("Có"), tgbotapi.NewKeyboardButtonLocation("Vị trí")))
		kb.OneTimeKeyboard = true
		msg.ReplyMarkup = kb
		if _, err := api.Send(msg); err != nil {
			t.Fatal(err)
		}
		msg = tgbotapi.NewMessage(lan.ID, "Xong")
		msg.ReplyMarkup = tgbotapi.NewRemoveKeyboard(true)
		if _, err := api.Send(msg); err != nil {
			t.Fatal(err)
		}
		msgs := srv.Messages(lan.ID)
		if len(msgs[0].Keyboard) != 1 || msgs[0].Keyboard[0][1] != "Vị trí" || !msgs[1].RemoveKeyboard {
			t.Fatalf("messages = %+v", msgs)
		}
		scoped := tgbotapi.NewSetMyCommandsWithScope(tgbotapi.NewBotCommandScopeChat(lan.ID), tgbotapi.BotCommand{Command: "huy", Description: "Hủy"})
		if _, err := api.Request(scoped); err != nil {
			t.Fatal(err)
		}
		noViolations(t, srv)
	})
}

// BenchmarkSend pushes sends from many goroutines through the real client.
func BenchmarkSend(b *testing.B) {
	srv := New(Options{})
	defer srv.Close()
	api, err := tgbotapi.NewBotAPIWithClient(srv.Token(), srv.Endpoint(), &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}})
	if err != nil {
		b.Fatal(err)
	}
	for i := range int64(100) {
		srv.RegisterUser(User{ID: 1000 + i})
	}
	var n atomic.Int64
	b.SetParallelism(8)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			id := 1000 + n.Add(1)%100
			if _, err := api.Send(tgbotapi.NewMessage(id, "Báo cáo ngày")); err != nil {
				b.Error(err)
				return
			}
		}
	})
	if v := srv.Violations(); len(v) > 0 {
		b.Fatal(v[0])
	}
}

func TestRateLimitedBroadcast(t *testing.T) {
	if testing.Short() {
		t.Skip("takes a second")
	}
	t.Run("a broadcast that obeys retry_after delivers everything within the limits", func(t *testing.T) {
		// The global limit is low enough that even a slow, loaded machine
		// sends faster than it, so the fake must answer some sends with 429.
		srv, api := newBot(t, Options{GlobalPerSecond: 50, PerChatPerSecond: 20})
		for i := range int64(50) {
			srv.RegisterUser(User{ID: 1000 + i})
		}
		start := time.Now()
		var wg sync.WaitGroup
		for w := range int64(10) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range int64(10) {
					for {
						_, err := api.Send(tgbotapi.NewMessage(1000+(w*10+i)%50, "tin"))
						var te *tgbotapi.Error
						if errors.As(err, &te) && te.Code == 429 {
							time.Sleep(20 * time.Millisecond) // scaled-down retry_after
							continue
						}
						if err != nil {
							t.Error(err)
							return
						}
						break
					}
				}
			}()
		}
		wg.Wait()
		st := srv.Stats()
		elapsed := time.Since(start)
		if st.Sent != 100 || st.Violations != 0 || st.TooMany429 == 0 {
			t.Fatalf("stats = %+v", st)
		}
		// A full bucket lets 50 go at once; the other 50 need a second.
		if elapsed < 950*time.Millisecond {
			t.Fatalf("limits not enforced: %v, stats %+v", elapsed, st)
		}
		t.Logf("%v, %+v", elapsed, st)
	})
}
