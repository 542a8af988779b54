package reader

import "testing"

// Round eight's rules on sentences around a figure.
func TestSentencesOfRoundEight(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		// A mention's display name runs over names typed with marks no
		// number word has ("Hải", "Bá"), up to the figure.
		{"ho", "@Nguyễn Văn Hải số hộ 9.871", "= 9871", ""},
		{"ho", "@Lê Bá Sáu 2.345", "!", ""}, // "Sáu" may be six,
		{"ho", "@Trần Thị Hải Yến tổng số hộ 2.345", "= 2345", ""},
		{"ho", "@Anh Hai 2.345", "!", ""}, // "Hai" unmarked: maybe two
		// The one-stop office names itself, its "một" no figure.
		{"hs", "Bộ phận một cửa tiếp nhận 236 hồ sơ", "= 236", ""},
		{"hs", "Dạ bộ phận một cửa đã tiếp nhận 219 hồ sơ ạ", "= 219", ""},
		{"hs", "một cửa liên thông tiếp nhận 75 hồ sơ", "= 75", ""},
		{"hs", "một cửa 75", "= 75", ""},
		{"hs", "một 75", "!", ""},
		// A line's number: "Mục 6", "Mức 4", "STT 2".
		{"hs", "Mục 6: 9 hồ sơ", "= 9", ""},
		{"hs", "STT 2: 15 hồ sơ", "= 15", ""},
		// Central politeness and periods: "nghe", "năm ni".
		{"pct", "dạ 93% nghe", "= 93", ""},
		{"ho", "2.345 hộ nghe anh", "= 2345", ""},
		{"clb", "năm ni xã có 4 CLB ạ", "? 4", ""}, // as "năm nay"
		{"clb", "năm nay xã có 4 CLB ạ", "? 4", ""},
		{"clb", "tháng ni có 4 CLB", "= 4", ""},
		// Several figures each with its unit, in a sentence: the one of
		// the question's family, offered.
		{"ho", "Xã có 14 thôn bản, 1.245 hộ", "? 1245", ""},
		{"ho", "xã em có 12 thôn, 3.400 hộ, 14.200 người", "? 3400", ""},
		{"clb", "Xã có 12 CLB, 3 giải", "? 12", ""},
		{"ho", "Xã có 1.245 hộ, 300 hộ nghèo", "!", ""},
		{"ho", "Xã có 14 thôn, 1.245", "!", ""},
		// a bare list names what each figure counts: offered (round twelve)
		{"ho", "14 thôn, 1.245 hộ", "? 1245", ""},
		{"ho", "Dạ 12 hộ, 3 thôn ạ", "? 12", ""},
	})
}

// Zero said the central way, or with the question's verb; "bằng 0";
// the Central Highlands' "plei" (village).
func TestNoneAndUnitsOfRoundEight(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"clb", "không có mô", "= 0", ""},
		{"clb", "dạ không có CLB mô ạ", "= 0", ""},
		{"clb", "chưa có mô", "= 0", ""},
		{"so", "không tổ chức được hoạt động nào", "= 0", ""},
		{"so", "chưa tổ chức được hoạt động nào ạ", "= 0", ""},
		{"clb", "không có mô 3", "!", ""},
		{"clb", "dạ bằng 0", "= 0", ""},
		{"clb", "bằng 12", "= 12", ""},
		{"ho", "8 plei", "!", "answer.unit_other"}, // villages, as "8 thôn"
	})
}

// A word typed with marks no number word has ("làm", "Hải") is a word, not
// a figure in words; "chứ" at the end insists on the figure, offered.
func TestMarkedWordsAndChuOfRoundEight(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"clb", "Tháng 12 làm đc 4 CLB", "= 4", ""},
		{"clb", "Tháng 12 làm được 4 CLB", "= 4", ""},
		{"clb", "tháng 12 lam dc 4 CLB", "!", ""}, // "lam" may be lăm
		{"clb", "tháng 12 lăm 4 CLB", "!", ""},
		{"clb", "hai 4 CLB", "!", ""},
		{"clb", "7 chứ", "? 7", ""},
		{"clb", "6 CLB.. à 7 chứ", "? 7", ""},
		{"clb", "7 chứ không phải 6", "? 7", "reading.corrected"},
		{"clb", "7 chứ?", "!", ""},
	})
}

// A place named, then the whole commune right before the figure: the
// commune's figure, offered.
func TestWholeCommuneAfterAPlace(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"ho", "Em ở bản Nà Sự, tổng xã 2.104 hộ ạ", "? 2104", ""},
		{"ho", "Em ở thôn Đông, toàn xã có 2.104 hộ", "? 2104", ""},
		{"ho", "Em ở thôn Đông, cả xã 2.104 hộ", "? 2104", ""},
		{"ho", "Em ở thôn Đông, tổng số hộ toàn xã 2.104", "? 2104", ""},
		{"ho", "Thôn Đông 2.104 hộ", "!", ""},
		{"ho", "Em ở thôn Đông, xã 2.104 hộ", "!", ""},
		{"ho", "toàn xã, thôn Đông 2.104 hộ", "!", ""},
	})
}

// A period of months ("6 tháng cuối năm") is a label: the figure offered.
func TestMonthsOfTheYearAreAPeriod(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"clb", "CLB 6 tháng cuối năm: 14", "? 14", ""},
		{"clb", "6 tháng đầu năm: 14 CLB", "? 14", ""},
		{"clb", "6 tháng đầu năm 2026 có 14 CLB", "? 14", ""},
		{"clb", "9 tháng đầu năm 2024 có 14 CLB", "!", ""},
		{"clb", "6 tháng", "!", ""},
		{"clb", "14 CLB trong 6 tháng", "!", ""},
		{"clb", "6 tháng cuối năm 14 CLB, 6 tháng đầu năm 12 CLB", "!", ""},
	})
}

// A change said after the figure compares it with another period: the
// figure before "tăng"/"giảm" is the answer, offered.
func TestAChangeAfterTheFigure(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"pct", "89,4% tăng 2,1% so với năm trước", "? 89.4", ""},
		{"pct", "89,4%, giảm 1% so với cùng kỳ", "? 89.4", ""},
		{"ho", "2.345 hộ, tăng 12 hộ so với năm trước", "? 2345", ""},
		{"ho", "2.345 tăng 12", "? 2345", ""},
		{"ho", "tăng 12 hộ", "!", ""},
		{"ho", "2.345 hộ tăng", "!", ""},
		{"ho", "khoảng 2.345 hộ, tăng 12 hộ", "!", ""}, // an estimate stays refused
		{"ho", "2.300 đến 2.400 hộ, tăng 12", "!", ""},
	})
}

// A note that says the figure updates an earlier one: the figure,
// offered. One that leaves a part out, or an update under way, stays
// refused.
func TestANoteThatUpdates(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"ho", "1.102 (đã báo hôm trước là 1.098, nay cập nhật)", "? 1102", ""},
		{"ho", "1.102 hộ (số mới)", "? 1102", ""},
		{"ho", "1.102 (đã cập nhật)", "? 1102", ""},
		{"ho", "1.102 (đang cập nhật)", "!", ""},
		{"ho", "1.102 (chưa tính TDP)", "!", ""},
		{"ha", "2,5 ha (chưa tính sân trường)", "!", ""},
		{"ho", "1.102 (chưa chắc)", "!", ""},
	})
}

// A figure in words sent twice, as voice typing does: the figure, stored
// as it is said once in full (round ten, said_twice.go).
func TestAFigureInWordsSentTwice(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"hs", "Hai trăm ba mươi sáu. Hai trăm ba mươi sáu.", "= 236", ""},
		{"hs", "hai trăm ba mươi sáu hai trăm ba mươi sáu", "= 236", ""},
		{"hs", "Hai trăm ba mươi sáu.\nHai trăm ba mươi sáu.", "= 236", ""},
		{"hs", "hai trăm ba sáu. hai trăm ba sáu", "? 236", ""}, // said short: offered
		{"hs", "Hai trăm ba mươi sáu. Hai trăm ba mươi bảy.", "!", ""},
	})
}

// "mức độ 4" names a level, not "about 4": the figure after it is read.
func TestALevelIsNoEstimate(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"hs", "Hồ sơ mức độ 4: 86", "? 86", ""},
		{"hs", "mức độ 4: 86 hồ sơ", "? 86", ""},
		{"hs", "độ 86 hồ sơ", "? 86", ""},
		{"hs", "mức độ 4", "!", ""},
	})
}

// None said after its reason: the reason is no part of the figure.
func TestNoneAfterItsReason(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"clb", "xã chưa có nhà văn hóa nên chưa có CLB nào", "? 0", ""},
		{"clb", "xã chưa có nhà văn hóa, vì vậy chưa có CLB nào ạ", "? 0", ""},
		{"clb", "xã chưa có nhà văn hóa nên có 2 CLB", "!", ""},
		{"clb", "xã có nhà văn hóa nên có CLB", "!", ""},
		{"clb", "nên chưa có CLB nào", "!", ""}, // no reason before it
	})
}
