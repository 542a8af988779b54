package web

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/store"
)

// The overview page of a district (24 communes) against its baseline, the
// digest /tonghop computes from the same store: what the page adds is the
// drafts, the officers and the HTML.
//
//	go test ./bot/web -run '^$' -bench . -benchmem
func BenchmarkOverviewPage(b *testing.B) {
	f := newFixture(b)
	br := f.browser()
	br.open(f.link(chatDistrict))
	req, _ := http.NewRequest("GET", f.srv.URL+"/web/?form=thang&period=2026-11&unit=391", nil)
	for _, c := range br.c.Jar.Cookies(req.URL) {
		req.AddCookie(c)
	}
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		f.h.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}

func BenchmarkDigestBaseline(b *testing.B) {
	f := newFixture(b)
	cfg := f.app.Config
	fm := cfg.Form(formID)
	p, _ := fm.Period(periodID)
	u := cfg.Units.Get("391")
	b.ReportAllocs()
	for b.Loop() {
		var d flows.Digest
		err := f.db.View(func(tx *store.Tx) error {
			var err error
			d, err = f.h.Bot.Digest(tx, u, fm, p, f.clock())
			return err
		})
		if err != nil || d.Expected != 24 {
			b.Fatal(err)
		}
	}
}
