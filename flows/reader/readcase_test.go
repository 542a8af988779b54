package reader

import (
	"strconv"
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// Questions and a helper shared by the table tests of the rules: each
// case names a question, what was typed and the outcome in answers.tsv's
// notation ("= 12", "? 12", "!").

func countQ(label, unit string) *Question {
	zero := 0.0
	return &Question{Type: TypeInt, Label: locales.T(label, ""), Unit: locales.T(unit, ""), Min: &zero}
}

var (
	qHouseholds = countQ("Tổng số hộ gia đình trên địa bàn xã?", "hộ")
	qCultured   = countQ("Số hộ đạt danh hiệu \"Gia đình văn hóa\"?", "hộ")
	qPeople     = countQ("Dân số của xã?", "người")
	qVillages   = countQ("Tổng số thôn, tổ dân phố (khu dân cư)?", "thôn")
	qClubs      = countQ("Số câu lạc bộ thể dục thể thao?", "CLB")
	qContests   = countQ("Số giải thể thao quần chúng đã tổ chức?", "giải")
	qItems      = countQ("Số tin, bài về chuyển đổi số đăng trên trang thông tin điện tử?", "tin, bài")
	qFiles      = countQ("Tổng số hồ sơ thủ tục hành chính đã tiếp nhận trong tháng?", "hồ sơ")
	qUnits      = countQ("Số cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa?", "đơn vị")
	qActs       = countQ("Số hoạt động đã tổ chức?", "")
	qProgs      = countQ("Số chương trình phát thanh tự sản xuất?", "chương trình")
	qShare      = &Question{Type: TypePercent, Label: locales.T("Tỷ lệ hộ đạt danh hiệu \"Gia đình văn hóa\"?", "")}
)

// outcome is how Read read s: "= V", "? V" or "!".
func outcome(q *Question, s string) string {
	r := Read(q, s, time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone), locales.VI)
	switch {
	case r.Problem != nil:
		return "!"
	case r.Num == nil:
		return "?? no number"
	case r.Unsure != nil:
		return "? " + strconv.FormatFloat(*r.Num, 'f', -1, 64)
	}
	return "= " + strconv.FormatFloat(*r.Num, 'f', -1, 64)
}

type readCase struct {
	q          *Question
	typed, out string
}

func checkReads(t *testing.T, cases []readCase) {
	t.Helper()
	for _, c := range cases {
		if got := outcome(c.q, c.typed); got != c.out {
			t.Errorf("%q: got %s, want %s", c.typed, got, c.out)
		}
	}
}
