package reader

import "testing"

// Rule 1: a number that belongs to a label (a period, a question's
// number, a village's number) is not the answer; what remains is.
func TestALabelsNumberIsNotTheAnswer(t *testing.T) {
	checkReads(t, []readCase{
		{qItems, "Tháng 12 có 5 tin bài", "= 5"},
		{qItems, "thang 11 co 5 tin", "? 5"},
		{qContests, "Năm 2026 tổ chức 4 giải", "= 4"},
		{qContests, "Năm 2027 đã tổ chức được 4 giải ạ", "? 4"},
		{qFiles, "Số hồ sơ đã tiếp nhận trong tháng 11: 210", "? 210"},
		{qPeople, "Dân số năm 2026: 9.876 người", "= 9876"},
		{qPeople, "Quý 4 dân số 9876", "? 9876"},
		{qHouseholds, "Thôn 3: 210 hộ", "!"}, // one village's figure (sentence_place.go)
		{qFiles, "Trong tháng 12 năm 2026 tiếp nhận 210 hồ sơ", "= 210"},
		{qFiles, "Tháng 12/2026: 210 hồ sơ", "? 210"},
		{qFiles, "Tháng 12/2024: 210 hồ sơ", "!"},
		// Not a label.
		{qContests, "năm 2024 tổ chức 4 giải", "!"}, // a year long past
		{qHouseholds, "15 tháng 12 có 300 hộ", "!"}, // a date
		{qHouseholds, "Số hộ: 2.345, số thôn: 12", "!"},
		{qHouseholds, "tháng 12 có 300 hộ, tháng 11 có 290 hộ", "!"},
		{qContests, "Tháng 12 tổ chức 2 giải, cả năm 5 giải", "!"}, // "năm 5" is five, no year
		{qItems, "tháng 13 có 5 tin", "!"},                         // no month
		{qItems, "quý 5 có 5 tin", "!"},
	})
}

// Rule 2: a sentence around one figure is read; stored when the words
// are politeness, the question's, the unit, a label or who writes to
// whom; confirmed when other words are there; refused when they say
// more than a figure.
func TestASentenceAroundOneFigure(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "Chào bạn, tổng số hộ là 2345", "= 2345"},
		{qHouseholds, "chao ban so ho la 2345", "= 2345"},
		{qHouseholds, "Đ/c cho em báo cáo số hộ là 2.345 hộ", "= 2345"},
		{qContests, "Thưa đồng chí, 4 giải ạ", "= 4"},
		{qContests, "Thua dong chi 4 giai a", "= 4"},
		{qClubs, "bên em 6 cái", "= 6"},
		{qClubs, "Xã em có 6 CLB TDTT đang hoạt động ạ", "= 6"},
		{qVillages, "Xã có 9 thôn ạ. Em Hoa VHXH", "= 9"},
		{qHouseholds, "Em là Mai, cán bộ VH xã Quảng Tân, báo cáo: 2345 hộ", "= 2345"},
		{qHouseholds, "Kính gửi Ban chỉ đạo. UBND xã Quảng Tân báo cáo tổng số hộ: 2345", "= 2345"},
		{qHouseholds, "Xã Quảng Tân: 2.345 hộ", "= 2345"},
		{qHouseholds, "@Văn hóa xã Quảng Tân 2345", "= 2345"}, // words it does not know are no reason to ask (figure_reason.go)
		{qClubs, "Xã em hiện có 6 CLB, mới thành lập", "= 6"},
		{qHouseholds, "Xã có 12 thôn ạ", "!"}, // another unit: refused (policy, round seven)
		{qHouseholds, "Số xã: 12", "? 12"},    // a count of communes
		{qHouseholds, "Thôn Đông: 320 hộ", "!"},
		{qHouseholds, "Bản Mường: 320 hộ", "!"},
		{qHouseholds, "Tổ Bắc có 320 hộ", "!"},
		// Refused: a hedge, a negation, money, another figure, a word
		// right beside the figure.
		{qHouseholds, "Chào bạn, số hộ khoảng 2345", "!"},
		{qHouseholds, "Chào bạn, số hộ chưa tới 2345", "!"},
		{qHouseholds, "Chào bạn, số hộ tăng 25", "!"},
		{qHouseholds, "Chào bạn, số hộ là 2345 hoặc 2354", "!"},
		{qHouseholds, "Chào bạn, 2345 hộ và 12 thôn", "!"},
		{qHouseholds, "Chào bạn, số hộ là hai nghìn", "= 2000"}, // said in full, no reason to ask: stored (round twelve)
		{qHouseholds, "Chào bạn, số hộ có lẽ 2345", "!"},
		{qHouseholds, "Chào bạn, số hộ là 2345?", "!"},
		{qProgs, "Thưa đồng chí, kinh phí 5 triệu", "!"},
		{qHouseholds, "bên mình 2345 con gà", "!"},
		{qClubs, "bên mình 6 sào", "!"},
		{qHouseholds, "Thưa đồng chí, gaan 2345 hộ", "!"},
		{qHouseholds, "Chào bạn, ,5 hộ", "!"},
	})
}

// Rule 3: a share beside the count it comes from is the share; a count
// over its whole, where those reaching a standard are counted, the part.
func TestAShareOrAPartInASentence(t *testing.T) {
	checkReads(t, []readCase{
		{qShare, "2.100 hộ, đạt 91,3%", "? 91.3"},
		{qShare, "91,3 % so với tổng số hộ", "= 91.3"},
		{qShare, "Dạ 91,3 phần trăm so với tổng số hộ", "? 91.3"},
		{qCultured, "Số hộ đạt GĐVH: 2.100/2.300", "? 2100"},
		{qShare, "91 , 3%", "!"},            // a stray comma, not a count beside a share
		{qShare, "2.100 hộ, 2.300 hộ", "!"}, // no share
		{qShare, "đạt 91,3%, năm ngoái 90,1%", "!"},
		{qHouseholds, "2.100/2.300", "!"}, // a total is asked: which?
		{qCultured, "2.300/2.100", "!"},   // the part is not over its whole
		{qCultured, "5/12", "!"},          // a date
	})
}

// Rule 4: a figure and its breakdown in brackets is the figure,
// confirmed, when the parts add up (or, after "trong đó", fit in it).
func TestAFigureWithItsBreakdown(t *testing.T) {
	checkReads(t, []readCase{
		{qVillages, "Dạ 9 (gồm 7 thôn và 2 tổ dân phố)", "? 9"},
		{qVillages, "9 thôn (bao gồm 7 thôn, 2 TDP)", "? 9"},
		{qHouseholds, "2.345 (trong đó 300 hộ nghèo)", "? 2345"},
		{qVillages, "9 (gồm 7 thôn và 3 tổ dân phố)", "!"},     // the parts do not add up
		{qVillages, "9 (gồm khoảng 7 thôn và 2 tổ)", "!"},      // an estimate
		{qVillages, "9 (gồm bảy thôn và hai tổ dân phố)", "!"}, // parts in words
	})
}

// Rule 5: zero said as a sentence is 0; said plainly, stored (round
// twelve, zero_said.go), otherwise confirmed.
func TestZeroSaidAsASentence(t *testing.T) {
	checkReads(t, []readCase{
		{qContests, "chưa có cái nào", "= 0"},
		{qProgs, "chưa có chương trình nào ạ", "= 0"},
		{qProgs, "Dạ không có chương trình nào", "= 0"},
		{qContests, "khong co giai nao", "= 0"},
		{qClubs, "chưa có CLB nào", "= 0"},
		{qProgs, "không có chương trình nào hết ạ", "= 0"},
		{qContests, "năm nay chưa có giải nào", "? 0"},
		{qContests, "chưa có giải nào năm nay", "? 0"},
		{qContests, "chưa có giải nào năm 2025", "!"},
		{qContests, "chưa có giải nào, đang chuẩn bị", "!"},
		{qItems, "chưa có số liệu", "!"},
		{qItems, "chưa thống kê", "!"},
		{qContests, "chưa có giải nào nhưng tháng sau có 2", "!"},
		{qContests, "chưa có con nào", "!"},
	})
}
