package web

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// A report of May 2025 stored under 15250 is old Xã Thành An's: today's
// Xã Ngọc Trạo took its code on 01/07/2025. Ngọc Trạo's page of May 2025
// must not show Thành An's answers and versions as its own report (nor
// serve its photos or voice notes).
func TestAUnitPageOfAnEarlierEraNeverShowsTheOldUnitOfItsCodeAsItsOwnReport(t *testing.T) {
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{t: t, db: db, now: time.Date(2026, 12, 21, 9, 30, 0, 0, locales.Zone), log: &syncBuffer{}}
	f.app = &bot.App{Store: db, Config: sample.MustNamed("thanh-hoa"), Now: f.clock, Log: slog.New(slog.NewTextHandler(f.log, nil))}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { f.h.ServeHTTP(w, r) }))
	t.Cleanup(f.srv.Close)
	f.serveAt(f.srv.URL)
	cfg := f.app.Config
	if u := cfg.Units.Get("15250"); u == nil || !strings.Contains(u.Name, "Ngọc Trạo") {
		t.Fatalf("15250 today: %v, want Xã Ngọc Trạo", u)
	}
	tong, tt := 200.0, 150.0
	share := 75.0
	err = db.Update(func(tx *store.Tx) error {
		p := &flows.Person{ID: "p-sup", Name: "Giám sát Ngọc Trạo", Lang: "vi", CreatedAt: f.now.AddDate(0, -2, 0),
			Links: []flows.Link{{Unit: "15250", Role: flows.Supervisor, Since: time.Date(2025, 7, 1, 0, 0, 0, 0, locales.Zone)}}}
		if err := tx.PutPerson(p); err != nil {
			return err
		}
		if err := tx.Link(store.Identity{Channel: "test", ChatID: "sup"}, p.ID); err != nil {
			return err
		}
		return tx.PutSubmission(&flows.Submission{Form: "thang", Period: "2025-05", Unit: "15250", By: "p-old", ByName: "Cán bộ Xã Thành An",
			At: time.Date(2025, 6, 10, 9, 0, 0, 0, locales.Zone), Channel: "zalo", Answers: map[string]flows.Value{
				"ho_so_dvc": {Num: &tong}, "ho_so_truc_tuyen": {Num: &tt}, "ty_le_truc_tuyen": {Num: &share},
				"noi_dung": {Text: "Hội diễn của Xã Thành An cũ"}}})
	})
	if err != nil {
		t.Fatal(err)
	}
	b := f.browser()
	if res := b.open(f.link("sup")); res.Status != http.StatusOK {
		t.Fatalf("signing in: %d", res.Status)
	}
	page := b.get("/web/don-vi/15250?form=thang&period=2025-05&unit=15250")
	if page.Status != http.StatusOK {
		t.Fatalf("unit page: %d\n%s", page.Status, page.Body)
	}
	for _, old := range []string{"Hội diễn của Xã Thành An cũ", "Cán bộ Xã Thành An"} {
		if strings.Contains(page.Body, old) {
			t.Errorf("Ngọc Trạo's page of May 2025 shows old Thành An's report (%q)", old)
		}
	}
}
