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

// A sheet of 2024 seen through today's units says, for a unit whose old
// units did not all report, how many did: new Xã Ngọc Trạo had 3 of its
// 4 (audit of 05/12/2026, item 9b), not "Chưa nộp".
func TestAnEarlierEraSheetSaysHowManyOldUnitsReported(t *testing.T) {
	db := mustOpen(t)
	cfg := sample.MustNamed("thanh-hoa")
	f := cfg.Form("nam")
	p, _ := f.Period("2024")
	n := 100.0
	if err := db.Update(func(tx *store.Tx) error {
		for _, code := range []string{"15247", "15250", "15268"} {
			if err := tx.PutSubmission(&flows.Submission{Form: f.ID, Period: p.Key, Unit: code, By: "cli", At: p.End, Channel: "import",
				Answers: map[string]flows.Value{"tong_ho": {Num: &n}}}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var a Attachment
	if err := db.View(func(tx *store.Tx) error {
		var err error
		a, err = Export(tx, cfg, cfg.Units.Get("cum_391"), f, p, FormatCSV, locales.VI, time.Date(2026, 12, 21, 9, 0, 0, 0, locales.Zone))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(a.File.Data), "\n") {
		if strings.Contains(line, "Xã Ngọc Trạo,15250") {
			if !strings.HasSuffix(strings.TrimSpace(line), "3/4 đơn vị cũ đã nộp") {
				t.Errorf("Ngọc Trạo: %s", line)
			}
			return
		}
	}
	t.Errorf("no row of Xã Ngọc Trạo:\n%s", a.File.Data)
}
