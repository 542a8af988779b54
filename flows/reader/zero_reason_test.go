package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule: one clause that says there are none of what is asked, with a
// reason beside it, is 0 offered; not reported, an estimate, a plan, a
// negation alone or a count every commune has is not 0.
func TestNoneSaidWithItsReason(t *testing.T) {
	visits := countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt")
	area := &Question{Type: TypeDecimal, Label: locales.T("Diện tích đất dành cho thể dục thể thao?", ""), Unit: locales.T("ha", "")}
	checkReads(t, []readCase{
		{qContests, "năm nay không tổ chức được giải nào do mưa lũ", "? 0"},
		{qContests, "chưa tổ chức giải nào vì thiếu kinh phí", "? 0"},
		{qProgs, "Không có chương trình nào tự sản xuất, chỉ tiếp sóng", "? 0"},
		{qProgs, "chưa có chương trình mô tự sản xuất, toàn tiếp sóng", "? 0"},
		{visits, "chưa có thư viện nên không có", "? 0"},
		{visits, "không có lượt nào, tủ sách chưa hoạt động", "? 0"},
		{qProgs, "đài xã hư rồi nên hông có", "? 0"},
		{qClubs, "chưa có à nghen", "? 0"},
		{qProgs, "có chi mô", "? 0"},
		{qClubs, "có gì đâu", "? 0"},
		{area, "chưa có đất TDTT", "? 0"},
		{qUnits, "hổng có đơn vị nào đạt, do mới sáp nhập", "? 0"},
		// not none
		{area, "chưa đo đạc", "!"},
		{qClubs, "chưa có số liệu nên chưa báo", "!"},
		{qClubs, "chưa tổng hợp, do thôn chưa gửi", "!"},
		{qContests, "chưa có giải nào, đang chuẩn bị", "!"},
		{qContests, "chưa có giải nào, sắp tổ chức", "!"},
		{qHouseholds, "không có hộ nào do chưa thống kê", "!"},
		{qVillages, "không có thôn nào vì mới sáp nhập", "!"},
		{qClubs, "khoảng không có CLB nào do dịch", "!"},
	})
}

// Rule: a zero with the question's unit and a note that adds no figure is
// the officer's zero: stored when the note says none, offered otherwise.
func TestAZeroWithItsUnitAndANote(t *testing.T) {
	checkReads(t, []readCase{
		{qContests, "0 giải (do không có kinh phí)", "= 0"},
		{qItems, "0 tin (tháng này ko có tin nào)", "= 0"},
		{qClubs, "0 CLB (các CLB đã giải thể sau sáp nhập)", "? 0"},
		{qFiles, "0 hồ sơ (bộ phận một cửa nghỉ Tết)", "? 0"},
		{qClubs, "0 CLB (chưa báo cáo)", "!"},
		{qContests, "0 giải (đang chuẩn bị)", "!"},
	})
}
