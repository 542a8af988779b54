package bot

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// A bug that panics while a message is handled must not stop the bot, nor
// come back with every redelivery of the update: the person gets the
// apology with a reference, the operator the stack under that reference,
// the update is confirmed, and nothing the handler wrote is kept.
func TestAPanicWhileHandlingAMessageIsAnApologyAndTheUpdateIsConfirmed(t *testing.T) {
	db := mustOpen(t)
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	db.Update(func(tx *store.Tx) error {
		tx.PutPerson(&flows.Person{ID: "s", Name: "Minh", Links: []flows.Link{{Unit: "391", Role: flows.Supervisor}}})
		return tx.Link(store.Identity{Channel: "test", ChatID: "s"}, "s")
	})
	var logs bytes.Buffer
	panics := true
	app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now },
		Log: slog.New(slog.NewTextHandler(&logs, nil)),
		// /bieudo shows "typing…" from inside the transaction: the bug.
		Typing: func(string, string) {
			if panics {
				panic("index out of range [3] with length 3")
			}
		}}
	for _, handle := range []struct {
		name string
		run  func(in channel.Incoming, off int64) error
	}{
		{"webhook", func(in channel.Incoming, off int64) error {
			return app.Handle(context.Background(), in, &Cursor{Channel: "test", Offset: off})
		}},
		{"poll batch", func(in channel.Incoming, off int64) error {
			_, err := app.Batch("test")(context.Background(), []channel.Update{{Offset: off, In: &in}})
			return err
		}},
	} {
		t.Run(handle.name, func(t *testing.T) {
			logs.Reset()
			db.Update(func(tx *store.Tx) error {
				for _, it := range tx.Outbox(100) {
					tx.Sent(it.Key)
				}
				return nil
			})
			off := int64(len(handle.name))
			in := channel.Incoming{Channel: "test", ChatID: "s", Kind: channel.KindText, Text: "/bieudo"}
			if err := handle.run(in, off); err != nil {
				t.Fatalf("the panic reached the caller: %v", err)
			}
			var texts []string
			db.View(func(tx *store.Tx) error {
				if tx.Offset("test") != off {
					t.Errorf("offset %d, want %d: the update would come back", tx.Offset("test"), off)
				}
				for _, it := range tx.Outbox(100) {
					texts = append(texts, string(it.Data))
				}
				return nil
			})
			if len(texts) != 1 || !strings.Contains(texts[0], "Mã tra cứu") {
				t.Fatalf("queued %q, want the one apology", texts)
			}
			if strings.Contains(texts[0], "index out of range") || strings.Contains(texts[0], "goroutine") {
				t.Errorf("the person reads the panic: %s", texts[0])
			}
			if !strings.Contains(logs.String(), "index out of range") || !strings.Contains(logs.String(), "panic_test.go") {
				t.Errorf("the log lacks the panic and its stack:\n%s", logs.String())
			}
		})
	}
	panics = false
	if err := app.Handle(context.Background(), channel.Incoming{Channel: "test", ChatID: "s", Kind: channel.KindText, Text: "/tonghop"}, &Cursor{Channel: "test", Offset: 99}); err != nil {
		t.Fatal(err)
	}
}
