package bot

import (
	"context"
	"fmt"
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

// BenchmarkBatchAnswers measures the group commit: 50 officers' answers
// arriving in one getUpdates batch, handled in one transaction. Each
// iteration is one batch of 50 messages (an answer or a step back each).
func BenchmarkBatchAnswers(b *testing.B) {
	db, err := store.Open(b.TempDir(), time.Second)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, locales.Zone)
	const n = 50
	db.Update(func(tx *store.Tx) error {
		for i := range n {
			id := fmt.Sprint("p", i)
			tx.PutPerson(&flows.Person{ID: id, Name: "Lan", Links: []flows.Link{{Unit: "15247", Role: flows.Officer}}})
			tx.Link(store.Identity{Channel: "test", ChatID: fmt.Sprint(i)}, id)
		}
		return nil
	})
	app := &App{Store: db, Config: sample.MustNamed("thach-thanh"), Now: func() time.Time { return now }, Log: discardLogger()}
	handle := app.Batch("test")
	ctx := context.Background()
	offset := int64(0)
	batch := func(text string) {
		us := make([]channel.Update, n)
		for i := range us {
			offset++
			us[i] = channel.Update{Offset: offset, In: &channel.Incoming{Channel: "test", ChatID: fmt.Sprint(i), Kind: channel.KindText, Text: text}}
		}
		if _, err := handle(ctx, us); err != nil {
			b.Fatal(err)
		}
	}
	batch("/baocao thang 2026-11")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%2 == 0 {
			batch("2.345")
		} else {
			batch("/quaylai")
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "msgs/s")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(n*b.N), "µs/msg")
}
