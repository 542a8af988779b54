package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/bot/zalo"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// BenchmarkMessageByChannel measures one officer's message on each path
// side by side, two messages per iteration (an answer, then /quaylai):
//
//   - direct: App.Handle, the baseline (as BenchmarkHandleAnswer);
//   - zalo-webhook: the same through the Zalo webhook handler (secret check,
//     body limit, JSON decoding, the message_id mark in the same bbolt
//     transaction) and on a channel without buttons, so the reply's choices
//     are rendered as a numbered list and the chat's menu is stored.
func BenchmarkMessageByChannel(b *testing.B) {
	for _, path := range []string{"direct", "zalo-webhook"} {
		b.Run(path, func(b *testing.B) {
			db, err := store.Open(b.TempDir(), time.Second)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
			ch := "test"
			if path != "direct" {
				ch = zalo.Name
			}
			db.Update(func(tx *store.Tx) error {
				tx.PutPerson(&flows.Person{ID: "p", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
				return tx.Link(store.Identity{Channel: ch, ChatID: "7"}, "p")
			})
			app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger(),
				Caps: map[string]channel.Caps{zalo.Name: zalo.Caps}}
			hook := &zalo.Webhook{Secret: "bench-secret-123", Log: discardLogger(),
				Handle: func(ctx context.Context, u channel.Update) error { return app.Handle(ctx, *u.In, nil) }}
			ctx := context.Background()
			seq := 0
			send := func(text string) {
				if path == "direct" {
					if err := app.Handle(ctx, channel.Incoming{Channel: ch, ChatID: "7", Kind: channel.KindText, Text: text}, nil); err != nil {
						b.Fatal(err)
					}
					return
				}
				seq++
				body := fmt.Sprintf(`{"ok":true,"result":{"event_name":"message.text.received","message":{"message_id":"m%d","date":1,"from":{"id":"7","display_name":"Lan"},"chat":{"id":"7","chat_type":"PRIVATE"},"text":%q}}}`, seq, text)
				req := httptest.NewRequest(http.MethodPost, zalo.WebhookPath, strings.NewReader(body))
				req.Header.Set(zalo.SecretHeader, "bench-secret-123")
				rec := httptest.NewRecorder()
				hook.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("webhook answered %d", rec.Code)
				}
			}
			send("/baocao thang 2026-11")
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				send("2.345")
				send("/quaylai")
			}
			b.ReportMetric(float64(2*b.N)/b.Elapsed().Seconds(), "msgs/s")
		})
	}
}
