package reader

import "testing"

// Rule: words that look like a reason only out of their phrase — a word
// addressed ("Bot ơi"), "con số", "một cửa", "Ban chỉ đạo", "năm nay",
// "trong năm", "các thôn" — give no reason to ask; alone they still do.
func TestNoReasonInPhrasesThatOnlyLookLikeOne(t *testing.T) {
	visits := countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt")
	checkReads(t, []readCase{
		{qPeople, "Bot ơi ghi giúp em 21.075 người", "= 21075"},
		{qHouseholds, "bot oi ghi giùm em 8432 hộ", "= 8432"},
		{qClubs, "Anh ơi ghi giúp em 14 CLB", "= 14"},
		{qPeople, "Dạ con số dân số là 9.436 người ạ", "= 9436"},
		{qFiles, "Dạ bộ phận một cửa tiếp nhận 356 hồ sơ ạ", "= 356"},
		{qProcs, "dạ 312 thủ tục, số liệu bộ phận một cửa cung cấp", "= 312"},
		{qUnits, "Dạ 35 ạ, em lấy theo danh sách Ban chỉ đạo", "= 35"},
		{qContests, "Năm nay xã đăng cai được 3 giải", "= 3"},
		{qProgs, "dạ đài xã tự sản xuất 52 chương trình trong năm nha", "= 52"},
		{visits, "Dạ thư viện xã và tủ sách các thôn được 860 lượt ạ", "= 860"},
		{qClubs, "Theo báo cáo của các thôn thì có 12 câu lạc bộ thể dục thể thao ạ", "= 12"},
		{qHouseholds, "tổng các bản là 1.200 hộ", "= 1200"},
		// the word alone keeps its reason
		{qClubs, "thôn Đông có 12 CLB", "!"},
		{qClubs, "14 CLB, con số chưa chắc", "!"},
		{visits, "860 lượt, một thôn chưa báo", "!"},
		{qContests, "6 giải năm ngoái", "!"},
		{qContests, "Dạ năm 2025 xã tổ chức được 6 giải ạ", "!"},
		{visits, "thôn 3 được 120 lượt", "!"},
		{qHouseholds, "Ban Văn hóa xã 1.200 hộ", "? 1200"},
	})
}
