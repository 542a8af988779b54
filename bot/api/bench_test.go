package api

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"golang.org/x/time/rate"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/store"
)

// BenchmarkProvinceFigures: the figures of Tỉnh Thanh Hóa (166 communes,
// 26 clusters, every commune reported, and November 2025 for the change)
// three ways, with the digest as the baseline in the same run:
//
//	digest   /tonghop's digest alone (what the chat and the web view compute)
//	figures  the API's figures: the digest, the standing and the totals
//	call     a whole GET /api/v1/figures: token, rate, figures, JSON, and
//	         the audit entry committed to disk before the answer
//
// go test ./bot/api -run '^$' -bench ProvinceFigures -benchtime 200x -count 3
func BenchmarkProvinceFigures(b *testing.B) {
	f := newFixture(b, allReported)
	f.h.Rate = rate.Inf
	cfg := f.app.Config
	form := cfg.Form(formID)
	p, _ := form.Period(periodID)
	u := cfg.Units.Get("38")
	b.Run("digest", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			err := f.db.View(func(tx *store.Tx) error {
				d, err := bot.WebSide{App: f.app}.Digest(tx, u, form, p, f.clock())
				if err == nil && d.Done != 166 {
					b.Fatalf("%d reported", d.Done)
				}
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	path := "/api/v1/figures?form=thang&period=2026-11&unit=38"
	b.Run("figures", func(b *testing.B) {
		r := httptest.NewRequest("GET", path, nil)
		b.ReportAllocs()
		for b.Loop() {
			c := &call{h: f.h, r: r, now: f.clock(), token: &store.APIToken{Unit: "38"}}
			c.person = holder(c.token)
			err := f.db.View(func(tx *store.Tx) error {
				c.tx = tx
				got, _, err := c.figures()
				if err == nil && got.(Figures).Submitted != 166 {
					b.Fatalf("%+v", got)
				}
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("call", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r := httptest.NewRequest("GET", path, nil)
			r.Header.Set("Authorization", "Bearer "+f.tokens["38"])
			w := httptest.NewRecorder()
			f.h.ServeHTTP(w, r)
			if w.Code != http.StatusOK {
				b.Fatalf("%d %s", w.Code, w.Body)
			}
		}
	})
}
