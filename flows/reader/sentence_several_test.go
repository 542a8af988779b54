package reader

import "testing"

// Several figures of the question's kind in a sentence: the total, or the
// one whose verb is the question's, offered (sentence_several.go).
func TestSeveralFiguresOfTheQuestionsKind(t *testing.T) {
	checkReads(t, []readCase{
		{qClubs, "Năm 2026 xã thành lập mới 2 CLB, tổng cộng 9 CLB", "? 9"},
		{qFiles, "Tháng này có 40 hồ sơ trực tuyến, tổng cộng là 312 hồ sơ", "? 312"},
		{qVillages, "Xã có 12 thôn, 3 TDP, tổng 15", "? 15"},
		{qFiles, "Trong tháng tiếp nhận 1.015 hs, giải quyết 998", "? 1015"},
		{qFiles, "Tiếp nhận 312 hồ sơ, trả kết quả 300 hồ sơ", "? 312"},
		{qContests, "Xã tổ chức 5 giải, tham gia 3 giải cấp huyện", "? 5"},
		{qHouseholds, "xã A 3.120, xã B 2.985, tổng 6.105", "? 6105"},
		{qFiles, "Tiếp nhận: 1.284 hồ sơ, đã giải quyết: 1.250 hồ sơ", "? 1284"},
		{qItems, "Năm nay 32 tin, năm ngoái 28 tin", "? 32"},
		{qItems, "Năm ngoái 28 tin, năm nay 32 tin bài", "? 32"},
		{qFiles, "Tháng này 1.284 hồ sơ, tháng trước 1.100 hồ sơ", "? 1284"},
		{qHouseholds, "bản em 120 hộ, cả xã 1.620 hộ", "? 1620"},
		{qHouseholds, "Thôn 5: 320 hộ, toàn xã 4.518 hộ", "? 4518"},
		{qClubs, "bản em 2 CLB, cả xã 14 CLB", "? 14"},
		// traps
		{qHouseholds, "thôn Đông 320 hộ, thôn Tây 400 hộ", "!"},
		{qHouseholds, "cả xã 1.620 hộ, toàn xã 1.700 hộ", "!"},
		{qItems, "Năm nay 32 tin, năm nay 28 tin", "!"},
		{qFiles, "Tháng trước 1.100, tháng kia 900", "!"},
		{qItems, "Năm ngoái 28 tin", "!"},
		{qCultured, "Tổng số hộ 4.518, đạt GĐVH 4.102 hộ", "!"},
		{qHouseholds, "Tổng số: 2.345 hộ, trong đó 2.100 hộ GĐVH", "? 2345"}, // a breakdown (sentence_bound.go)
		{qHouseholds, "Tổng số: 2.345 hộ, trong đó 2.500 hộ GĐVH", "!"},      // a part above the whole
		{qFiles, "tiếp nhận 312 hồ sơ, tiếp nhận 300 hồ sơ", "!"},
		{qFiles, "312 hồ sơ, 300 hồ sơ", "!"},
		{qClubs, "tổng 9 CLB, tổng 12 CLB", "!"},
		{qFiles, "tiep nhan 312 ho so, tra 300 ho so", "!"},       // typed bare: "tra" may be any word
		{qContests, "Dạ 6 giair, update laij 7 giair nha ạ", "!"}, // "Dạ" is no verb, "laij" keys left in
	})
}
