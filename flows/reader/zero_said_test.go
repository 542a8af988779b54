package reader

import "testing"

// Rule: zero said plainly in words at a count is 0, stored; a negation
// alone, "chưa có" alone, a zero of households, and a figure not reported
// are not.
func TestZeroSaidPlainlyIsStored(t *testing.T) {
	checkReads(t, []readCase{
		{qClubs, "hổng có đâu", "= 0"},
		{qClubs, "dạ không có ạ", "= 0"},
		{qProgs, "k có chương trình nào", "= 0"},
		{qUnits, "chưa có đơn vị nào", "= 0"},
		{qFiles, "không phát sinh hồ sơ ạ", "= 0"},
		{qClubs, "chưa thành lập", "= 0"},
		{qItems, "mô có", "= 0"},
		{qItems, "Chưa có (0)", "= 0"},
		{qFiles, "0 (không có ai nộp)", "= 0"},
		{qContests, "0 (xã không tổ chức)", "= 0"},
		{qFiles, "Trong tháng không tiếp nhận hồ sơ nào", "= 0"},
		{qContests, "Chừ chưa tổ chức giải nào", "= 0"},
		{qClubs, "Số CLB: không có", "= 0"},
		// still asked or refused
		{qClubs, "không", "? 0"},
		{qClubs, "chưa có", "? 0"},
		{qFiles, "chưa nhận hồ sơ mô", "? 0"},
		{qHouseholds, "không có", "? 0"},
		{qClubs, "chưa có số", "!"},
		{qClubs, "chưa báo cáo", "!"},
		{qClubs, "chưa tổng hợp được", "!"},
		{qClubs, "0 (chưa có số liệu)", "!"},
	})
}

// Round fourteen: chat abbreviations of the words of a plain none ("đc"
// được, "sx" sản xuất, "tc" tổ chức) read as the words; not reported
// stays refused.
func TestZeroSaidWithChatAbbreviations(t *testing.T) {
	checkReads(t, []readCase{
		{qContests, "ko tổ chức đc giải nào", "= 0"},
		{qProgs, "chưa có chương trình nào tự sx", "= 0"},
		{qProgs, "ko sx đc chương trình nào", "= 0"},
		{qContests, "chưa tc giải nào", "= 0"},
		{qContests, "ko đc", "!"},
		{qClubs, "chưa có số liệu nào", "!"},
		{qHouseholds, "ko có hộ nào đc", "!"}, // households: never stored as none
	})
}
