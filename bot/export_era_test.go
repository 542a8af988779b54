package bot

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
	"github.com/baocao/baocao/store"
)

// The status sheet of a period before 07/2025 lists who owed the report
// then: the old units, under their codes and names of that era. Today's
// Xã Ngọc Trạo (15250) did not exist in May 2025 and sent nothing; old Xã
// Thành An (15250), Thành Tâm, Thành Long and Ngọc Trạo did, and the one
// whose figures were imported from a file is not "on time".
func TestTheStatusSheetOfAnEarlierEraListsTheOldUnitsThatOwedIt(t *testing.T) {
	db, cfg, f, p := mayOf2025(t)
	var err error
	u := cfg.Units.Get("15250")
	n := 100.0
	err = db.Update(func(tx *store.Tx) error {
		for _, code := range []string{"15247", "15250", "15259"} {
			s := &flows.Submission{Form: f.ID, Period: p.Key, Unit: code, By: "p" + code, ByName: "Cán bộ " + code,
				At: p.Deadline.Add(-48 * time.Hour), Channel: "zalo", Answers: map[string]flows.Value{"ho_so_dvc": {Num: &n}}}
			if code == "15250" {
				s.Imported = &flows.Imported{File: "/tmp/2025.xlsx", At: p.End, By: "cli"}
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
	var a Attachment
	err = db.View(func(tx *store.Tx) error {
		var err error
		a, err = Export(tx, cfg, u, f, p, FormatXLSX, locales.VI, time.Date(2026, 12, 21, 9, 0, 0, 0, locales.Zone))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	rows := statusRows(t, a.File.Data)
	got := map[string][]string{}
	for _, r := range rows[1:] {
		if len(r) > 0 {
			got[r[0]] = r
		}
	}
	want := map[string][2]string{
		"15247": {"Xã Thành Tâm", "Đã nộp"}, "15250": {"Xã Thành An", "Nhập từ tệp"},
		"15259": {"Xã Thành Long", "Đã nộp"}, "15268": {"Xã Ngọc Trạo", "Chưa nộp"},
	}
	if len(got) != len(want) {
		t.Errorf("status rows %v, want the four old units", rows[1:])
	}
	for code, w := range want {
		r := got[code]
		if len(r) < 3 || r[1] != w[0] || r[2] != w[1] {
			t.Errorf("%s in May 2025: %q, want %s %s", code, r, w[0], w[1])
		}
	}
}

// statusRows reads the rows of a workbook's status sheet ("Tình trạng
// nộp"), its header first.
func statusRows(t *testing.T, workbook []byte) [][]string {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(workbook))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows(locales.Render(locales.VI, locales.M("export.sheet_status")))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}
