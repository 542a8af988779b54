package flows

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// An imported version says it came from a file and when it was imported,
// not the period's end it is dated at (audit of 05/12/2026, item 6).
func TestHistorySaysAVersionWasImportedAndWhen(t *testing.T) {
	cfg := sampleConfig(t)
	f := cfg.Form("nam")
	p, _ := f.Period("2025")
	u := cfg.Units.Get("15187")
	x := 2500.0
	imported := time.Date(2026, 12, 6, 2, 1, 0, 0, locales.Zone)
	v1 := &Submission{Version: 1, By: "cli", ByName: "root", At: p.End, Answers: map[string]Value{"tong_ho": {Num: &x}},
		Imported: &Imported{File: "y2025.csv", At: imported, By: "root"}}
	got := locales.Render(locales.VI, HistoryMessage(f, p, u, []*Submission{v1}))
	want := "Lần nộp thứ 1 — nhập từ tệp y2025.csv lúc 02:01 ngày 06/12/2026, người vận hành (tài khoản root): nộp lần đầu (1 câu trả lời)."
	if !strings.HasSuffix(got, want) {
		t.Errorf("got\n%s\nwant it to end\n%s", got, want)
	}
	v1.Imported = &Imported{File: "y2025.csv", By: "cli"}
	if got := locales.Render(locales.VI, HistoryMessage(f, p, u, []*Submission{v1})); !strings.Contains(got, "Lần nộp thứ 1 — nhập từ tệp y2025.csv, người vận hành:") {
		t.Errorf("no import time: %s", got)
	}
}
