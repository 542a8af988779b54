package report

import (
	"testing"
	"time"

	"github.com/baocao/baocao/flows"
	"github.com/baocao/baocao/locales"
)

// A row whose figures were imported from a file, long after the deadline,
// is noted "Nhập từ tệp" in the signed document, as in the status sheet,
// never "Nộp trễ hạn".
func TestTheDocumentNotesImportedFiguresNotLate(t *testing.T) {
	dist := &flows.Unit{Code: "391", Name: "Huyện Thạch Thành", Level: "huyện"}
	a := &flows.Unit{Code: "15247", Name: "Xã Thành Tâm", Level: "xã", Parent: dist}
	b := &flows.Unit{Code: "15250", Name: "Xã Thành An", Level: "xã", Parent: dist}
	dist.Children = []*flows.Unit{a, b}
	f := &flows.Form{ID: "thang", Questions: []*flows.Question{{ID: "ho", Type: flows.TypeInt}}}
	deadline := time.Date(2025, 6, 20, 0, 0, 0, 0, locales.Zone)
	p := flows.Period{Key: "2025-05", Deadline: deadline}
	n := 5.0
	late := deadline.AddDate(1, 0, 0)
	subs := map[string]*flows.Submission{
		"15247": {Unit: "15247", At: late, Answers: map[string]flows.Value{"ho": {Num: &n}}},
		"15250": {Unit: "15250", At: late, Answers: map[string]flows.Value{"ho": {Num: &n}},
			Imported: &flows.Imported{File: "/tmp/2025.xlsx", At: late, By: "cli"}},
	}
	d := OfficialDocument(ExportInput{Unit: dist, Table: flows.NewTable(f, p, subs), Lang: locales.VI})
	notes := map[string]string{}
	for _, g := range d.Groups {
		for _, r := range g.Rows {
			notes[r.Code] = r.Note
		}
	}
	if notes["15247"] != "Nộp trễ hạn" || notes["15250"] != "Nhập từ tệp" {
		t.Errorf("notes %q, want 15247 late and 15250 imported", notes)
	}
}
