package flows

import (
	"strings"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

func TestHistoryListsWhatEachVersionChanged(t *testing.T) {
	cfg := sampleConfig(t)
	f := cfg.Form("nam")
	p, _ := f.Period("2026")
	u := cfg.Units.Get("15247")
	n := func(x float64) Value { return Value{Num: &x} }
	yes, no := true, false
	at := time.Date(2027, 1, 5, 8, 0, 0, 0, locales.Zone)
	v1 := &Submission{Version: 1, ByName: "Nguyễn Văn An", At: at, Answers: map[string]Value{"tong_ho": n(2345), "gdvh": n(2100), "diem_cau": {Bool: &no}, "kho_khan": {Skipped: true}}}
	v2 := &Submission{Version: 2, ByName: "Nguyễn Văn An", At: at.Add(26 * time.Hour), Answers: map[string]Value{"tong_ho": n(2345), "gdvh": n(2150), "diem_cau": {Bool: &yes}, "kho_khan": {Text: "Thiếu kinh phí"}}}
	v3 := &Submission{Version: 3, ByName: "Trần Thị Bình", At: at.Add(50 * time.Hour), Answers: v2.Answers}
	got := locales.Render(locales.VI, HistoryMessage(f, p, u, []*Submission{v1, v2, v3}))
	want := `🕘 Lịch sử Báo cáo tổng kết năm kỳ năm 2026 — Xã Thành Tâm: 3 phiên bản.

Phiên bản 3 — 10:00 07/01/2027, Trần Thị Bình: gửi lại, không thay đổi câu trả lời nào.

Phiên bản 2 — 10:00 06/01/2027, Nguyễn Văn An:
• Số hộ đạt danh hiệu "Gia đình văn hóa": 2.100 hộ → 2.150 hộ
• Xã đã có điểm cầu truyền hình hội nghị kết nối với huyện, tỉnh chưa: Không → Có
• Khó khăn, vướng mắc, kiến nghị (nếu có): (bỏ qua) → “Thiếu kinh phí”

Phiên bản 1 — 08:00 05/01/2027, Nguyễn Văn An: nộp lần đầu (3 câu trả lời).`
	if got != want {
		t.Errorf("got\n%s\n\nwant\n%s", got, want)
	}
	if c := Changes(f, v2, v3); len(c) != 0 {
		t.Errorf("identical versions differ: %+v", c)
	}
	if !strings.Contains(locales.Render(locales.EN, HistoryMessage(f, p, u, nil)), "no history") {
		t.Error("no history message")
	}
}
