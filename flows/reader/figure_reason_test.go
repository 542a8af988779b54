package reader

import "testing"

// Rule: a remark that carries no other figure and no word that changes
// the figure is no reason to ask: the figure is stored. Words that give a
// reason (an estimate, a part, another period, a plan, a negation, a
// correction, a change, another unit, another figure) keep it asked or
// refused as before.
func TestFigureStoredWhenRemarkGivesNoReason(t *testing.T) {
	checkReads(t, []readCase{
		// a remark after the figure
		{qFiles, "52 hồ sơ, phần lớn là cấp đổi giấy tờ", "? 52"}, // "phần": a part, asked
		{qFiles, "52 hồ sơ, chủ yếu cấp đổi CCCD", "= 52"},
		{qContests, "2 giải, vì thời tiết xấu", "= 2"},
		{qVillages, "18 thôn (đã gộp)", "= 18"},
		{qClubs, "9 CLB (cầu lông, bóng bàn)", "= 9"},
		{qProgs, "30 chương trình (phát bằng tiếng Ê Đê)", "= 30"},
		{qProgs, "Dạ 30 ạ, em báo hơi muộn", "= 30"},
		// a speaker, a source or the report's own period before it
		{qClubs, "Y Sơn báo cáo: 11 CLB", "= 11"},
		{qProgs, "Rơ Châm Bin gửi: 30", "= 30"},
		{qPeople, "Em báo cáo: 21.340 người", "= 21340"},
		{qFiles, "Tháng 12: 88 hồ sơ", "= 88"},
		{qCultured, "Số hộ GĐVH năm 2026: 1.402", "= 1402"},
		{qHouseholds, "theo số liệu Công an xã: 2.310 hộ", "= 2310"},
		// reasons stay
		{qHouseholds, "theo số khẩu: 2.310", "!"},
		{qHouseholds, "Dạ em báo cáo ạ: Số hộ GĐVH: 2.100", "? 2100"}, // a part of the households
		{qCultured, "Dạ em báo cáo ạ: Số hộ GĐVH: 2.100", "= 2100"},   // the label's own initials
		{qHouseholds, "Em o ban Na Su, tong xa 2.104 ho a", "? 2104"}, // "ban": bàn or bản
		{qFiles, "Tháng 11: 88 hồ sơ", "? 88"},
		{qCultured, "Số hộ GĐVH năm 2025: 1.402", "!"},
		{qHouseholds, "1.402 hộ, tăng 40 hộ", "? 1402"},
		{qHouseholds, "1.402 hộ (số cũ)", "? 1402"},
		{qHouseholds, "1.402 hộ (số tạm)", "? 1402"},
		{qClubs, "11, để em hỏi lại", "!"}, // taken back until checked (figure_safety.go, round fourteen)
		{qClubs, "11 CLB (theo em nghĩ)", "? 11"},
		{qClubs, "Plei Kần có 2 CLB", "? 2"},
		{qHouseholds, "khoảng 1.402 hộ", "? 1402"},
		{qHouseholds, "kế hoạch 1.402 hộ", "!"},
		{qHouseholds, "1.402 hộ năm ngoái", "!"},
		{qHouseholds, "1.402 hộ, chưa tính thôn 5", "!"},
	})
}

// Rule: a figure said in full in words inside a sentence that gives no
// reason to ask is stored, as it is alone; said in pieces or with
// dictation words, or with a reason, it stays offered.
func TestFigureInWordsInASentence(t *testing.T) {
	checkReads(t, []readCase{
		{qPeople, "Dân số xã em là chín nghìn bốn trăm mười hai người ạ", "= 9412"},
		{qClubs, "Xã em có mười hai câu lạc bộ nha", "= 12"},
		{qClubs, "Xã em có mười hai câu lạc bộ, năm ngoái có mười", "!"},
		{qFiles, "hai trăm, ba mươi hồ sơ", "? 230"},
		{qClubs, "hai mốt", "? 21"},
	})
}
