package reader

import "testing"

// A figure bound to the question's own unit in a sentence, with dates,
// periods and names around it (sentence_bound.go).
func TestAFigureBoundToItsUnitInASentence(t *testing.T) {
	const sentence = "reading.sentence"
	checkReads(t, []readCase{
		// A date the figure is counted to: a label, the figure offered.
		{qHouseholds, "Tính đến hết ngày 30/11/2026, xã có 4.512 hộ", "? 4512"},
		{qPeople, "Đến 31/12/2026 dân số xã là 12.480 người", "? 12480"},
		{qClubs, "tinh den ngay 31/12/2026 xa co 9 clb", "? 9"},
		{qHouseholds, "Tính đến 31/12/2024, xã có 4.512 hộ", "!"}, // another year's
		{qHouseholds, "31/12/2026", "!"},
		{qHouseholds, "Tính tới 31/12/2026 khoảng 4.500 hộ", "!"},
		{qPeople, "Dân số (đến 31/12/2026): 21.093 người", "? 21093"},
		{qPeople, "Dân số tính đến tháng 12/2026 là 21.093 người", "? 21093"},
		{qPeople, "Dân số (đến 31/12/2024): 21.093 người", "!"},
		{qHouseholds, "Dạ tính đến nay xã có 4.518 hộ", "= 4518"},
		{qPeople, "Theo thống kê 2026, dân số xã là 21.093 người", "? 21093"},
		{qPeople, "Theo thống kê 2024, dân số xã là 21.093 người", "!"},
		{qFiles, "2026 hồ sơ", "= 2026"},                                    // a year with a unit is a count (the lead's policy)
		{qHouseholds, "Năm 2026 toàn xã có 4.518 hộ, tăng 52 hộ", "? 4518"}, // a change after a sentence
		// A breakdown after "trong đó", as in brackets.
		{qClubs, "Có 9 CLB, trong đó 2 CLB mới", "? 9"},
		{qClubs, "Trên địa bàn xã có 9 CLB, trong đó 2 CLB bóng đá", "? 9"},
		{qClubs, "Có 9 CLB, trong đó 12 CLB mới", "!"},
		{qClubs, "14 CLB gồm 5 CLB bóng đá, 9 CLB khác", "? 14"},
		{qClubs, "Xã gồm 14 CLB", "= 14"},
		{qPeople, "Dân số năm 2026 là 21.093 người (nam 10.500, nữ 10.593)", "? 21093"},
		// A quarter as offices write it.
		{qItems, "Quý III/2026 đăng 18 tin bài", "? 18"},
		{qFiles, "quý 4/2026 tiếp nhận 1.015 hồ sơ", "? 1015"},
		{qFiles, "quý 4/2024 tiếp nhận 1.015 hồ sơ", "!"},
		{qItems, "Số tin quý IV: 32", "? 32"},
		// A period glued to the unit.
		{countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt"), "Thư viện phục vụ 1.108 lượt/năm", "? 1108"},
		{qProgs, "Đài xã phát 52 chương trình/tháng ạ", "? 52"},
		{qFiles, "Bộ phận một cửa nhận 236 hồ sơ/ngày", "!"}, // a day's is no period's count
		// After the unit: when, where, what about, at work.
		{qClubs, "Phường hiện có 9 CLB hoạt động hiệu quả", "= 9"},
		// round thirteen: "năm nay" is the report's year (figure_reason_names.go)
		{countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt"), "Thư viện xã phục vụ 2.870 lượt trong năm nay", "? 2870"}, // the library alone of the two the question sums (figure_one_listed.go)
		{qContests, "Xã tổ chức 4 giải tại sân vận động xã", "!"},                                                        // where may narrow it
		{qClubs, "12 CLB cho người cao tuổi", "!"},
		{qHouseholds, "Xã có 300 hộ thuộc diện nghèo", "!"},
		{qHouseholds, "Xã có 2.345 hộ nghèo", "!"}, // narrows the unit
		{qClubs, "Xã có 5 CLB mới thành lập", "!"}, // only the new ones
		{qClubs, "Xã có 5 CLB trong", "!"},         // nothing after the opener
		// The sentence's verb before the figure.
		{countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt"), "Dạ thư viện xã phục vụ 2.870 lượt ạ", "? 2870"}, // the library alone (figure_one_listed.go)
		// round thirteen: as batches F, X store it
		{qContests, "Năm nay xã đăng cai được 3 giải", "= 3"},
		{qContests, "Xã vừa khai mạc 3 giải", "= 3"},
		{countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt"), "Thư viện tăng 300 lượt", "!"},
		{qContests, "gấp 3 giải", "!"},
		{countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt"), "phuc vu 2870 luot", "= 2870"},
		{qClubs, "Xã phấn đấu 5 CLB", "!"}, // a target
		{qClubs, "Xã giải thể 2 CLB", "!"},
		{qClubs, "Xã có 3 CLB ngừng hoạt động", "!"},
		{qClubs, "Xã có 9 CLB, 2 CLB dừng hoạt động", "!"},
		{qClubs, "Xã đề nghị thành lập 2 CLB", "!"},
		{qClubs, "hổng có CLB nào, 3 CLB", "!"},
		// A part of the count said to be none.
		{qVillages, "Xã có 12 thôn, không có tổ dân phố", "? 12"},
		{qVillages, "12 thôn, chưa có TDP nào", "? 12"},
		{qVillages, "12 thôn, không có TDP nào đạt chuẩn", "!"},
		{qClubs, "Xã có 5 CLB, không có CLB nào hoạt động", "!"},
		// The merged communes added together.
		{qHouseholds, "Hai xã cũ cộng lại là 6.105 hộ", "? 6105"},
		{qPeople, "3 xã cũ gộp lại: 24.310 người", "? 24310"},
		{qHouseholds, "6.105 hộ (cộng cả 2 xã cũ)", "? 6105"},
		{qHouseholds, "6.105 hộ (2 xã cũ chưa cộng)", "!"},
		{qHouseholds, "2 xã cũ: 3.120 và 2.985", "!"},
		{qHouseholds, "2 xã cũ, mỗi xã 3.000 hộ", "!"}, // each, not the whole
		// As many names as the count, in brackets.
		{qVillages, "8 (thôn Đông, Tây, Nam, Bắc, Trung, Thượng, Hạ, Mới)", "? 8"},
		{qVillages, "3 (xóm Trên, xóm Giữa và xóm Dưới)", "? 3"},
		{qVillages, "8 (Đông, Tây, Nam, Bắc, Trung, Thượng, Hạ, Mới)", "? 8"},
		{qVillages, "5 (thôn Đông, Tây, Nam, Bắc)", "? 5"}, // a note aside, offered as before
		{qHouseholds, "5 (thôn Đông, Tây, Nam, Bắc, Trung)", "!"},
		{qClubs, "2 (thôn Đông, Tây)", "!"},      // villages named where clubs are counted
		{qHouseholds, "320 hộ (thôn Đông)", "!"}, // one village's figure
		// A month of a year is no part over a whole; a village named in
		// capitals or in small letters is one place.
		{qUnits, "Dạ 12/2026 ạ", "!"},
		{qUnits, "Dạ 17/45 ạ", "? 17"},
		{qHouseholds, "ẤP TÂN LỢI 320 HỘ", "!"},
		{qHouseholds, "ấp tân lợi 320 hộ", "!"},
		{qHouseholds, "xóm trên có 120 hộ", "!"},
		{qHouseholds, "Xã có 12 ấp, 4.518 hộ", "? 4518"},
		// None said beside a date, a quarter or a year: 0, offered.
		{qClubs, "Tính đến 31/12/2026 chưa có CLB nào", "? 0"},
		{qContests, "Quý IV/2026 chưa tổ chức giải nào", "? 0"},
		{qContests, "Năm 2026 không tổ chức giải nào", "? 0"},
		{qClubs, "Thôn 5 chưa có CLB nào", "!"},
		{qContests, "Năm 2024 không tổ chức giải nào", "!"},
		// The whole period after the unit.
		// round thirteen: "cả năm", the report's year
		{countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt"), "3.256 lượt cả năm", "= 3256"},
		{countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt"), "3.256 lượt (cả năm 2026)", "? 3256"},
		// Where the figure came from, after it.
		{qHouseholds, "4.518 hộ theo số liệu công an", "= 4518"},
		{qHouseholds, "4.518 hộ, nguồn Công an xã", "= 4518"},
		{qHouseholds, "4.518 hộ theo số liệu cũ", "!"},
		{qHouseholds, "4.518 hộ theo thôn 5", "!"},
		// Particles of the centre and the South.
		{qClubs, "7 CLB hỉ", "= 7"},
		{qContests, "Dạ 4 giải nờ", "= 4"},
		{qHouseholds, "4.518 hộ đó anh", "= 4518"},
		{qHouseholds, "Dạ 4.518 hộ luôn á", "= 4518"},
		{qItems, "đăng 32 bài rồi anh", "= 32"},
		// A share beside its count, at a percentage.
		{qShare, "7.980 hộ (đạt 93,2%)", "? 93.2"},
		{qShare, "Số hộ GĐVH: 4.206 hộ (chiếm 93,1%)", "? 93.1"},
		{qShare, "7.980 hộ (tăng 2,1%)", "!"},
		{qShare, "Số hộ đạt: 7.980 hộ, chiếm 93,2%", "? 93.2"},
		{qShare, "đạt 93,2% tổng số hộ", "= 93.2"},
		{qShare, "Số hộ được công nhận GĐVH năm 2026 là 5.820 hộ (đạt 95,3%)", "? 95.3"},
		{qCultured, "Số hộ được công nhận GĐVH năm 2026 là 5.820 hộ (đạt 95,3%)", "? 5820"},
		{qShare, "Tỷ lệ hộ GĐVH năm 2026: 95,3% (5.820/6.105)", "? 95.3"},
		{qShare, "Tỷ lệ hộ GĐVH năm 2026: 95,3% (5.820/6.205)", "!"},      // the parts give 93,8%
		{qFiles, "Tháng 12: tiếp nhận 1.284 hồ sơ (trực tuyến 900)", "!"}, // one part alone may be meant
		// Two figures, each with its own unit, joined by "với" or "/".
		{qHouseholds, "6.105 hộ với 24.310 nhân khẩu", "? 6105"},
		{qPeople, "6.105 hộ với 24.310 nhân khẩu", "? 24310"},
		{qHouseholds, "Xã hiện có 6.105 hộ/24.310 khẩu", "? 6105"},
		{qHouseholds, "2345 hộ/2345 hộ", "!"},
		{qHouseholds, "300 hộ với hoàn cảnh khó khăn", "!"},
		// A part over its whole that is no date.
		{qUnits, "17/20 cơ quan đạt chuẩn", "? 17"},
		{qUnits, "5/12 cơ quan đạt chuẩn", "!"},
	})
	_ = sentence
}
