package webhook_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/webhook"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/store"
)

// What webhooks add to a report's commit: the commit alone (PutSubmission,
// as before webhooks), with Enqueue and no receiver, and with three
// receivers (three deliveries written in the same transaction).
//
//	go test ./bot/webhook -run '^$' -bench Commit -benchtime 200x -count 3
func BenchmarkCommit(b *testing.B) {
	cfg := sample.MustNamed("thach-thanh")
	f := cfg.Form("thang")
	p, _ := f.Period("2026-11")
	var units []string
	for _, u := range cfg.Units.All() {
		if len(u.Children) == 0 {
			units = append(units, u.Code)
		}
	}
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name      string
		enqueue   bool
		receivers int
	}{{"alone", false, 0}, {"receivers=0", true, 0}, {"receivers=3", true, 3}} {
		b.Run(c.name, func(b *testing.B) {
			db, err := store.Open(b.TempDir(), time.Second)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			db.Update(func(tx *store.Tx) error {
				for i := range c.receivers {
					if _, err := webhook.Add(tx, fmt.Sprintf("https://example.org/%d", i), nil, "bench", now); err != nil {
						return err
					}
				}
				return nil
			})
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				tin := float64(i)
				s := &flows.Submission{Form: f.ID, Period: p.Key, Unit: units[i%len(units)], By: "p1", ByName: "Lê Thị Hoa", At: now,
					Channel: "zalo", Answers: map[string]flows.Value{"tin_cds": {Num: &tin}, "ho_so_dvc": {Num: &tin}}}
				err := db.Update(func(tx *store.Tx) error {
					if err := tx.PutSubmission(s); err != nil {
						return err
					}
					if c.enqueue {
						return webhook.Enqueue(tx, cfg, f, p, s, now)
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// How fast one round sends 100 deliveries to a receiver on this machine
// (signing, the request, recording the outcome in one commit).
func BenchmarkRound100(b *testing.B) {
	cfg := sample.MustNamed("thach-thanh")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	db, err := store.Open(b.TempDir(), time.Second)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)
	f := cfg.Form("thang")
	p, _ := f.Period("2026-11")
	db.Update(func(tx *store.Tx) error { _, err := webhook.Add(tx, srv.URL, nil, "bench", now); return err })
	d := &webhook.Driver{Store: db, Now: func() time.Time { return now }}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db.Update(func(tx *store.Tx) error {
			for j := range 100 {
				tin := float64(j)
				s := &flows.Submission{Form: f.ID, Period: p.Key, Unit: "15247", At: now, Answers: map[string]flows.Value{"tin_cds": {Num: &tin}}}
				if err := tx.PutSubmission(s); err != nil {
					return err
				}
				if err := webhook.Enqueue(tx, cfg, f, p, s, now); err != nil {
					return err
				}
			}
			return nil
		})
		b.StartTimer()
		if _, err := d.Round(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
