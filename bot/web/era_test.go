package web

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
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

// eraFixture is a web view of Thanh Hóa's configuration on 21/12/2026
// with the supervisors of today's Xã Ngọc Trạo (15250, chat "sup") and of
// today's Xã Kim Tân (15187, chat "kimtan"), and the reports of May 2025
// that old units sent: Xã Thành Tâm (15247) on time, revised after the
// deadline; Xã Thành An (15250) imported from a file; Xã Thành Long
// (15259) late; old Xã Ngọc Trạo (15268) nothing.
func eraFixture(t *testing.T) *fixture {
	t.Helper()
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
	since := time.Date(2025, 7, 1, 0, 0, 0, 0, locales.Zone)
	err = db.Update(func(tx *store.Tx) error {
		for chat, unit := range map[string]string{"sup": "15250", "kimtan": "15187"} {
			p := &flows.Person{ID: "p-" + chat, Name: "Giám sát " + unit, Lang: "vi", CreatedAt: f.now.AddDate(0, -2, 0),
				Links: []flows.Link{{Unit: unit, Role: flows.Supervisor, Since: since}}}
			if err := tx.PutPerson(p); err != nil {
				return err
			}
			if err := tx.Link(store.Identity{Channel: "test", ChatID: chat}, p.ID); err != nil {
				return err
			}
		}
		put := func(unit, by string, at time.Time, imported bool) error {
			tong := 100.0
			s := &flows.Submission{Form: "thang", Period: "2025-05", Unit: unit, By: "p-" + unit, ByName: by, At: at,
				Channel: "zalo", Answers: map[string]flows.Value{"ho_so_dvc": {Num: &tong}}}
			if imported {
				s.ByName = ""
				s.Imported = &flows.Imported{File: "/srv/nhap/thang-2025-05.xlsx", At: at, By: "vanthu"}
			}
			return tx.PutSubmission(s)
		}
		for _, x := range []struct {
			unit, by string
			at       time.Time
			imported bool
		}{
			{"15247", "Cán bộ Thành Tâm", time.Date(2025, 6, 10, 9, 0, 0, 0, locales.Zone), false},
			{"15247", "Cán bộ Thành Tâm", time.Date(2025, 6, 25, 9, 0, 0, 0, locales.Zone), false},
			{"15250", "", time.Date(2026, 11, 2, 9, 0, 0, 0, locales.Zone), true},
			{"15259", "Cán bộ Thành Long", time.Date(2025, 6, 28, 9, 0, 0, 0, locales.Zone), false},
		} {
			if err := put(x.unit, x.by, x.at, x.imported); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// unitRowRe reads an overview's rows: the unit's code, then its badge.
var unitRowRe = regexp.MustCompile(`(?s)<li class="unit s-([a-z]+)" data-unit="(\d+)">(.*?)</li>`)

// The overview of May 2025 lists what the status sheet lists: the old
// units that owed the period, each with its own status and sender, never
// today's Xã Ngọc Trạo as "on time" with its old units' sums, and no
// button to remind units that no longer exist.
func TestTheOverviewOfAnEarlierEraListsTheOldUnitsThatOwedIt(t *testing.T) {
	f := eraFixture(t)
	b := f.browser()
	if res := b.open(f.link("sup")); res.Status != http.StatusOK {
		t.Fatalf("signing in: %d", res.Status)
	}
	page := b.get("/web/?form=thang&period=2025-05&unit=15250")
	if page.Status != http.StatusOK {
		t.Fatalf("overview: %d\n%s", page.Status, page.Body)
	}
	got := map[string]string{}
	rows := map[string]string{}
	for _, m := range unitRowRe.FindAllStringSubmatch(page.Body, -1) {
		got[m[2]], rows[m[2]] = m[1], m[3]
	}
	want := map[string][2]string{
		"15247": {"ontime", "Xã Thành Tâm"}, "15250": {"imported", "Xã Thành An"},
		"15259": {"late", "Xã Thành Long"}, "15268": {"missing", "Xã Ngọc Trạo"},
	}
	if len(got) != len(want) {
		t.Errorf("rows %v, want the four old units", got)
	}
	for code, w := range want {
		if got[code] != w[0] || !strings.Contains(rows[code], w[1]) {
			t.Errorf("%s in May 2025: %s %q, want %s %s", code, got[code], rows[code], w[1], w[0])
		}
	}
	for code, sender := range map[string]string{"15247": "Cán bộ Thành Tâm", "15259": "Cán bộ Thành Long", "15250": "thang-2025-05.xlsx"} {
		if !strings.Contains(rows[code], sender) {
			t.Errorf("%s's row does not name %q: %s", code, sender, rows[code])
		}
	}
	if !strings.Contains(rows["15250"], "vanthu") || strings.Contains(rows["15250"], "/srv/nhap") {
		t.Errorf("the imported row names the file by its name and who imported it: %s", rows["15250"])
	}
	// The first version's time decides: Thành Tâm revised after the
	// deadline is still on time, and its row says when it first came.
	if !strings.Contains(rows["15247"], "10/06/2025") {
		t.Errorf("Thành Tâm's row lacks its first version's time: %s", rows["15247"])
	}
	c := counts(page.Body)
	for k, v := range map[string]string{"done": "3", "expected": "4", "n-ontime": "1", "n-late": "1", "n-imported": "1", "n-missing": "1"} {
		if c[k] != v {
			t.Errorf("%s = %q, want %s (all: %v)", k, c[k], v, c)
		}
	}
	for _, none := range []string{"/web/nhac", "/web/mo-ky", "/web/don-vi/15250", "n-draft", "n-noofficer"} {
		if strings.Contains(page.Body, none) {
			t.Errorf("the overview of May 2025 has %q", none)
		}
	}
	// Today's unit page of May 2025 names its old units' statuses, not
	// "on time" with no sender.
	unit := b.get("/web/don-vi/15250?form=thang&period=2025-05&unit=15250")
	if unit.Status != http.StatusOK {
		t.Fatalf("unit page: %d", unit.Status)
	}
	for _, w := range []string{"Số liệu cộng từ đơn vị cũ", "3/4 đơn vị cũ đã nộp", "Xã Thành An: Nhập từ tệp"} {
		if !strings.Contains(unit.Body, w) {
			t.Errorf("the unit page of May 2025 lacks %q", w)
		}
	}
	if strings.Contains(unit.Body, "Nộp đúng hạn") && !strings.Contains(unit.Body, "Xã Thành Tâm: Nộp đúng hạn") {
		t.Error("the unit page of May 2025 says today's unit reported on time")
	}
}

// A supervisor of today's Kim Tân sees the old units that went into Kim
// Tân, and is refused Ngọc Trạo's old units.
func TestTheOverviewOfAnEarlierEraKeepsToTheSupervisorsUnits(t *testing.T) {
	f := eraFixture(t)
	b := f.browser()
	if res := b.open(f.link("kimtan")); res.Status != http.StatusOK {
		t.Fatalf("signing in: %d", res.Status)
	}
	if res := b.get("/web/?form=thang&period=2025-05&unit=15250"); res.Status != http.StatusForbidden {
		t.Errorf("Kim Tân's supervisor opened Ngọc Trạo's overview of May 2025: %d", res.Status)
	}
	page := b.get("/web/?form=thang&period=2025-05&unit=15187")
	if page.Status != http.StatusOK {
		t.Fatalf("overview: %d", page.Status)
	}
	var codes []string
	for _, m := range unitRowRe.FindAllStringSubmatch(page.Body, -1) {
		codes = append(codes, m[2])
	}
	old := map[string]bool{}
	for _, o := range f.app.Config.OldUnitsOf(f.app.Config.Units.Get("15187"), mustPeriod(t, f, "2025-05")) {
		old[o.Code] = true
	}
	if len(codes) != len(old) || len(codes) == 0 {
		t.Errorf("Kim Tân's rows of May 2025: %v, want its old units %v", codes, old)
	}
	for _, c := range codes {
		if !old[c] {
			t.Errorf("Kim Tân's overview of May 2025 lists %s, not one of its old units", c)
		}
	}
}

// Figures imported from a file in the current period: the overview says
// "Nhập từ tệp" with the file and who imported it, and counts them apart,
// as the digest does, never as on time.
func TestTheOverviewCountsImportedFiguresApart(t *testing.T) {
	f := newFixture(t)
	err := f.db.Update(func(tx *store.Tx) error {
		s, err := tx.Submission(formID, periodID, "15199")
		if err != nil {
			return err
		}
		c := *s
		c.Version = 0
		c.ByName = ""
		c.Imported = &flows.Imported{File: "/tmp/thang-2026-11.xlsx", At: c.At, By: "vanthu"}
		return tx.PutSubmission(&c)
	})
	if err != nil {
		t.Fatal(err)
	}
	b := f.browser()
	if res := b.open(f.link(chatDistrict)); res.Status != http.StatusOK {
		t.Fatalf("signing in: %d", res.Status)
	}
	page := b.get("/web/")
	got := counts(page.Body)
	for k, v := range map[string]string{"done": "8", "expected": "24", "n-ontime": "5", "n-late": "2", "n-imported": "1"} {
		if got[k] != v {
			t.Errorf("%s = %q, want %s (all: %v)", k, got[k], v, got)
		}
	}
	for _, m := range unitRowRe.FindAllStringSubmatch(page.Body, -1) {
		if m[2] == "15199" && (m[1] != "imported" || !strings.Contains(m[3], "thang-2026-11.xlsx") || !strings.Contains(m[3], "Nhập từ tệp")) {
			t.Errorf("15199's row: %s %s", m[1], m[3])
		}
	}
	var d flows.Digest
	f.db.View(func(tx *store.Tx) error {
		fm := f.app.Config.Form(formID)
		p, _ := fm.Period(periodID)
		var err error
		d, err = bot.WebSide{App: f.app}.Digest(tx, f.app.Config.Units.Get("391"), fm, p, f.clock())
		return err
	})
	if d.OnTime != 5 || d.Imported != 1 || d.Late() != 2 {
		t.Errorf("the digest: %d on time, %d late, %d imported; want 5 2 1", d.OnTime, d.Late(), d.Imported)
	}
}
