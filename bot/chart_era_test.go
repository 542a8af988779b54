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
	db, err := store.Open(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg := sample.MustNamed("thanh-hoa")
	f := cfg.Form("thang")
	p, err := f.Period("2025-05")
	if err != nil {
		t.Fatal(err)
	}
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
