package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/flows/sample"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// /bieudo of May 2025 for today's Xã Ngọc Trạo: its progress chart counts
// the four old units that owed the period then (three reported), as the
// digest of that era does, not today's one commune, which has no sum
// since old Ngọc Trạo sent nothing.
func TestTheProgressChartOfAnEarlierEraCountsTheOldUnits(t *testing.T) {
	db, cfg, f, p := mayOf2025(t)
	var err error
	n := 100.0
	err = db.Update(func(tx *store.Tx) error {
		for _, code := range []string{"15247", "15250", "15259"} {
			s := &flows.Submission{Form: f.ID, Period: p.Key, Unit: code, By: "p" + code, ByName: "Cán bộ " + code,
				At: p.Deadline.Add(-48 * time.Hour), Channel: "zalo", Answers: map[string]flows.Value{"ho_so_dvc": {Num: &n}}}
			if err := tx.PutSubmission(s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var files []Attachment
	err = db.View(func(tx *store.Tx) error {
		files, err = Charts(tx, cfg, cfg.Units.Get("15250"), f, p, locales.VI)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var caption string
	for _, a := range files {
		if strings.HasSuffix(a.File.Name, "-tien-do.png") {
			caption = locales.Render(locales.VI, a.Caption)
		}
	}
	if !strings.Contains(caption, "3/4 đơn vị cũ đã nộp") || !strings.Contains(caption, "30/06/2025") {
		t.Errorf("the progress chart of May 2025 says %q, want 3/4 old units", caption)
	}
}

// Figures imported from a file have no day of submission: the progress
// chart draws only the reports sent through the bot by their day, and its
// caption counts the imported ones apart. With every report imported
// there is no progress to draw, and /bieudo still answers.
func TestTheProgressChartKeepsImportedReportsOffItsLine(t *testing.T) {
	db, cfg, f, p := mayOf2025(t)
	n := 100.0
	put := func(codes []string, imported bool) {
		t.Helper()
		err := db.Update(func(tx *store.Tx) error {
			for _, code := range codes {
				s := &flows.Submission{Form: f.ID, Period: p.Key, Unit: code, By: "p" + code, ByName: "Cán bộ " + code,
					At: p.Deadline.Add(-48 * time.Hour), Channel: "zalo", Answers: map[string]flows.Value{"ho_so_dvc": {Num: &n}}}
				if imported {
					s.At = p.Deadline.AddDate(1, 0, 0)
					s.Channel = "import"
					s.Imported = &flows.Imported{File: "nam-2025.xlsx", At: s.At, By: "cli"}
				}
				if err := tx.PutSubmission(s); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	charts := func() (caption string, drawn bool) {
		t.Helper()
		var files []Attachment
		err := db.View(func(tx *store.Tx) error {
			var err error
			files, err = Charts(tx, cfg, cfg.Units.Get("15250"), f, p, locales.VI)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range files {
			if strings.HasSuffix(a.File.Name, "-tien-do.png") {
				return locales.Render(locales.VI, a.Caption), true
			}
		}
		return "", false
	}

	put([]string{"15247", "15250"}, true)
	if caption, drawn := charts(); drawn {
		t.Errorf("every report imported, yet a progress chart was drawn: %q", caption)
	}
	put([]string{"15259"}, false)
	caption, drawn := charts()
	if !drawn {
		t.Fatal("one report sent through the bot, and no progress chart")
	}
	if !strings.Contains(caption, "3/4 đơn vị cũ đã nộp") || !strings.Contains(caption, "2 báo cáo là số liệu nhập từ tệp") {
		t.Errorf("caption %q, want 3/4 reported of which 2 imported", caption)
	}
}

// mayOf2025 opens an empty store for the Thanh Hóa sample's monthly form
// of May 2025, a period of the era before 07/2025.
func mayOf2025(t *testing.T) (*store.DB, *flows.Config, *flows.Form, flows.Period) {
	t.Helper()
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cfg := sample.MustNamed("thanh-hoa")
	f := cfg.Form("thang")
	p, err := f.Period("2025-05")
	if err != nil {
		t.Fatal(err)
	}
	return db, cfg, f, p
}
