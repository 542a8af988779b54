package bot

import (
	"context"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// BenchmarkHandleAnswer measures one officer's message end to end inside
// the process: routing, the conversation step, and the one bbolt
// transaction (with its fsync) that stores the draft and queues the reply.
// Each iteration answers a question and steps back, two messages.
func BenchmarkHandleAnswer(b *testing.B) {
	db, err := store.Open(b.TempDir(), time.Second)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	db.Update(func(tx *store.Tx) error {
		tx.PutPerson(&flows.Person{ID: "p", Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
		return tx.Link(store.Identity{Channel: "test", ChatID: "7"}, "p")
	})
	app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger()}
	ctx := context.Background()
	send := func(text string) {
		if err := app.Handle(ctx, channel.Incoming{Channel: "test", ChatID: "7", Kind: channel.KindText, Text: text}, nil); err != nil {
			b.Fatal(err)
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
}
