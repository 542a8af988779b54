package bot

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/bot/admin"
	"github.com/baocao/baocao/bot/channel"
	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

func importConfig(t testing.TB) (*flows.Config, *flows.Form, flows.Period) {
	t.Helper()
	name, data, ok := sample.Named("thach-thanh")
	if !ok {
		t.Fatal("no sample thach-thanh")
	}
	cfg, err := flows.ParseConfig(name, data)
	if err != nil {
		t.Fatal(err)
	}
	f := cfg.Form("nam")
	p, err := f.Period("2024")
	if err != nil {
		t.Fatal(err)
	}
	return cfg, f, p
}

// seedYear stores a year report for every leaf but the last three, as the
// units would have sent them.
func seedYear(t testing.TB, db store.Store, cfg *flows.Config, f *flows.Form, p flows.Period) int {
	t.Helper()
	leaves := rootOf(cfg).Leaves()
	n := 0
	err := db.Update(func(tx *store.Tx) error {
		for i, l := range leaves[:len(leaves)-3] {
			vals := map[string]float64{"tong_ho": float64(3000 + 37*i), "gdvh": float64(2500 + 29*i), "gdtt": float64(1200 + i),
				"tong_thon": 20, "kdcvh": float64(10 + i%9), "huong_uoc": 18, "co_quan_vh": 7, "clb_tdtt": 4, "giai_tt": 3,
				"dan_so": float64(12000 + 101*i), "tap_luyen": float64(4000 + 13*i)}
			ans := map[string]flows.Value{}
			for _, q := range f.Questions {
				if v, ok := vals[q.ID]; ok && q.Asked() {
					ans[q.ID] = flows.Value{Num: &v}
				}
			}
			if err := tx.PutSubmission(&flows.Submission{Form: f.ID, Period: p.Key, Unit: l.Code, Answers: ans, By: "o", ByName: "Cán bộ", At: p.Deadline.Add(-48 * time.Hour), Channel: "telegram"}); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func digestText(t testing.TB, db store.Store, cfg *flows.Config, f *flows.Form, p flows.Period, now time.Time) string {
	t.Helper()
	var text string
	err := db.View(func(tx *store.Tx) error {
		d, err := buildDigest(tx, cfg, rootOf(cfg), f, p, now)
		text = locales.Render(locales.VI, d.Reply().Msg)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// doneLine is a digest's line of how many reported ("✔️ 21/24 …").
func doneLine(digest string) string {
	for _, l := range strings.Split(digest, "\n") {
		if strings.HasPrefix(l, "✔️") {
			return l
		}
	}
	return ""
}

func TestAnExportImportedIntoAnEmptyStoreGivesTheSameDigest(t *testing.T) {
	for _, format := range []string{FormatXLSX, FormatCSV} {
		t.Run(format, func(t *testing.T) {
			cfg, f, p := importConfig(t)
			now := p.Deadline.AddDate(1, 0, 0)
			src := mustOpen(t)
			n := seedYear(t, src, cfg, f, p)
			var att Attachment
			if err := src.View(func(tx *store.Tx) error {
				var err error
				att, err = Export(tx, cfg, rootOf(cfg), f, p, format, locales.VI, now)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			dst := mustOpen(t)
			a := &App{Store: dst, Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
			resp := a.AdminImport(adminImport(att.File.Name, att.File.Data, f.ID, p.Key, false, false))
			if resp.Error != "" {
				t.Fatalf("import refused:\n%s", resp.Error)
			}
			if !strings.Contains(resp.Text, "của "+itoa(n)+" đơn vị") {
				t.Errorf("import says:\n%s\nwant %d units", resp.Text, n)
			}
			// The same digest, but for its count of who reported on time:
			// figures imported from a file are neither on time nor late.
			want, got := digestText(t, src, cfg, f, p, now), digestText(t, dst, cfg, f, p, now)
			wantDone, gotDone := doneLine(want), doneLine(got)
			if strings.Replace(want, wantDone, "", 1) != strings.Replace(got, gotDone, "", 1) {
				t.Errorf("digest after the round trip:\n%s\nwant:\n%s", got, want)
			}
			if !strings.Contains(gotDone, "0 đúng hạn, 0 trễ hạn, "+itoa(n)+" nhập từ tệp") {
				t.Errorf("the imported digest counts %q, want %d imported, none on time or late", gotDone, n)
			}
			if format == FormatXLSX {
				statusNamesTheImport(t, dst, cfg, f, p, now, att.File.Name)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// statusNamesTheImport checks the status sheet of a store whose figures
// were all imported: each unit reads "Nhập từ tệp", the operator and the
// file, and is neither on time nor late (the import was a year later).
func statusNamesTheImport(t *testing.T, db *store.DB, cfg *flows.Config, f *flows.Form, p flows.Period, now time.Time, file string) {
	t.Helper()
	var att Attachment
	if err := db.View(func(tx *store.Tx) error {
		var err error
		att, err = Export(tx, cfg, rootOf(cfg), f, p, FormatXLSX, locales.VI, now)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	rows := statusRows(t, att.File.Data)
	seen := 0
	for _, r := range rows[1:] {
		if len(r) < 6 || r[2] == "Chưa nộp" {
			continue
		}
		seen++
		if r[2] != "Nhập từ tệp" || !strings.Contains(r[4], "vanthu") || !strings.Contains(r[4], file) || r[5] == "Trễ hạn" || r[5] == "Đúng hạn" {
			t.Errorf("status row %q, want an import by vanthu from %s, not timed", r, file)
		}
	}
	if seen == 0 {
		t.Error("no imported unit in the status sheet")
	}
}

func adminImport(name string, data []byte, form, period string, dry, replace bool) admin.Request {
	return admin.Request{Op: "import", Form: form, Period: period, Lang: "vi", File: &channel.File{Name: name, Data: data},
		DryRun: dry, Replace: replace, Operator: "vanthu"}
}

// A district office's sheet, names without diacritics and prefixes, two
// bad cells: both named by row and column, and nothing stored.
func TestADryRunNamesEveryBadCellAndNothingIsStoredUntilAllAreRight(t *testing.T) {
	cfg, f, p := importConfig(t)
	now := p.Deadline.AddDate(1, 0, 0)
	leaves := rootOf(cfg).Leaves()
	bad := "Đơn vị,Tổng số hộ,gdvh\n" +
		leaves[0].Code + ",\"3.120\",2.800\n" +
		flows.Fold(strings.TrimPrefix(leaves[1].Name, "Xã ")) + ",2.500,nhieu\n" +
		leaves[2].Name + ",\"2,500\",1.900\n"
	db := mustOpen(t)
	a := &App{Store: db, Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
	resp := a.AdminImport(adminImport("huyen-2024.csv", []byte(bad), f.ID, p.Key, true, false))
	for _, want := range []string{"dòng 3, cột C:", "dòng 4, cột B:", "có 2 chỗ cần sửa; chưa ghi số liệu nào"} {
		if !strings.Contains(resp.Error, want) {
			t.Errorf("dry run says:\n%s\nwant %q", resp.Error, want)
		}
	}
	resp = a.AdminImport(adminImport("huyen-2024.csv", []byte(bad), f.ID, p.Key, false, false))
	if resp.Error == "" {
		t.Fatal("a file with bad cells was imported")
	}
	db.View(func(tx *store.Tx) error {
		subs, _ := tx.Submissions(f.ID, p.Key)
		if len(subs) != 0 {
			t.Errorf("%d reports stored from a refused file", len(subs))
		}
		return nil
	})
	good := strings.Replace(strings.Replace(bad, "nhieu", "2.100", 1), "\"2,500\"", "2.500", 1)
	resp = a.AdminImport(adminImport("huyen-2024.csv", []byte(good), f.ID, p.Key, true, false))
	if resp.Error != "" || !strings.Contains(resp.Text, "dòng 2: ") || !strings.Contains(resp.Text, "Chạy thử") {
		t.Fatalf("dry run of the corrected file: %q %q", resp.Error, resp.Text)
	}
	resp = a.AdminImport(adminImport("huyen-2024.csv", []byte(good), f.ID, p.Key, false, false))
	if resp.Error != "" {
		t.Fatal(resp.Error)
	}
	db.View(func(tx *store.Tx) error {
		s, err := tx.Submission(f.ID, p.Key, leaves[1].Code)
		if err != nil || s.Imported == nil || s.Imported.File != "huyen-2024.csv" || s.Imported.By != "vanthu" {
			t.Errorf("stored %+v, %v: want marked imported", s, err)
		}
		if v, _ := s.Num("gdvh"); v != 2100 {
			t.Errorf("gdvh %v, want 2100", v)
		}
		log, _, _ := tx.AuditLog(time.Time{}, nil, 100)
		if len(log) != 3 || log[0].Action != store.AuditImport {
			t.Errorf("audit %+v: want 3 imports", log)
		}
		return nil
	})
}

// A re-import replaces what was imported, never a unit's own report
// unless --replace.
func TestAReimportNeverOverwritesAUnitsOwnReportUnlessAsked(t *testing.T) {
	cfg, f, p := importConfig(t)
	now := p.Deadline.AddDate(1, 0, 0)
	leaves := rootOf(cfg).Leaves()
	db := mustOpen(t)
	a := &App{Store: db, Config: cfg, Log: discardLogger(), Now: func() time.Time { return now }}
	file := "Mã,tong_ho\n" + leaves[0].Code + ",3.000\n" + leaves[1].Code + ",4.165\n"
	if r := a.AdminImport(adminImport("a.csv", []byte(file), f.ID, p.Key, false, false)); r.Error != "" {
		t.Fatal(r.Error)
	}
	if r := a.AdminImport(adminImport("b.csv", []byte(file), f.ID, p.Key, false, false)); r.Error != "" || !strings.Contains(r.Text, "thay số liệu đã nhập trước đó") {
		t.Fatalf("re-import: %q %q", r.Error, r.Text)
	}
	v := 5000.0
	db.Update(func(tx *store.Tx) error {
		return tx.PutSubmission(&flows.Submission{Form: f.ID, Period: p.Key, Unit: leaves[0].Code, Answers: map[string]flows.Value{"tong_ho": {Num: &v}}, By: "o", At: now})
	})
	r := a.AdminImport(adminImport("c.csv", []byte(file), f.ID, p.Key, false, false))
	if !strings.Contains(r.Error, "dòng 2: ") || !strings.Contains(r.Error, "--replace") {
		t.Fatalf("import over a unit's own report: %q %q", r.Error, r.Text)
	}
	if r := a.AdminImport(adminImport("c.csv", []byte(file), f.ID, p.Key, false, true)); r.Error != "" || !strings.Contains(r.Text, "ghi đè báo cáo lần 3") {
		t.Fatalf("--replace: %q %q", r.Error, r.Text)
	}
}

// rootOf is the configuration's unit with the most reporting units.
func rootOf(cfg *flows.Config) *flows.Unit {
	var root *flows.Unit
	for _, u := range cfg.Units.All() {
		if root == nil || len(u.Leaves()) > len(root.Leaves()) {
			root = u
		}
	}
	return root
}

// A whole column typed one wrong way lists its first problems and counts
// the rest, instead of one line per row of a 166-row file.
func TestManyProblemsAreCountedNotAllListed(t *testing.T) {
	cfg := sample.MustNamed("thanh-hoa")
	f := cfg.Form("nam")
	p, _ := f.Period("2026")
	var b strings.Builder
	b.WriteString("Mã,tong_ho\n")
	leaves := rootOf(cfg).Leaves()
	for _, l := range leaves {
		b.WriteString(l.Code + ",nhiều\n")
	}
	a := &App{Store: mustOpen(t), Config: cfg, Log: discardLogger()}
	r := a.AdminImport(adminImport("x.csv", []byte(b.String()), f.ID, p.Key, true, false))
	lines := strings.Split(r.Error, "\n")
	if len(lines) != maxShownProblems+2 || !strings.Contains(r.Error, "… và "+itoa(len(leaves)-maxShownProblems)+" chỗ khác cần sửa") ||
		!strings.Contains(r.Error, "có "+itoa(len(leaves))+" chỗ cần sửa") {
		t.Errorf("%d lines:\n%s", len(lines), r.Error)
	}
}
