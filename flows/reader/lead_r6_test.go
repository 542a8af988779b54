package reader

import "testing"

// Rules: what comes before a figure. A form's line number before its
// label ("1. Tổng số hộ: 3456") is no figure; "kq", "tc", "ts" are kết
// quả, tổng cộng, tổng số written short; "dân số xã em" is the commune's
// population, not a number of communes.
func TestBeforeTheFigure(t *testing.T) {
	visits := countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt")
	checkReads(t, []readCase{
		{qHouseholds, "1. Tổng số hộ: 3456", "= 3456"},
		{qHouseholds, "2) Tổng số hộ: 3.456 hộ", "= 3456"},
		{qClubs, "a. Số CLB: 7", "= 7"},
		{qPeople, "12. Dân số: 15.320", "= 15320"},
		{qHouseholds, "2. 345", "!"}, // a figure, never the line number
		{qHouseholds, "1. 3456", "!"},
		{visits, "kq: 1540", "= 1540"},
		{visits, "KQ 1540 lượt", "= 1540"},
		{qHouseholds, "tc: 2.345 hộ", "= 2345"},
		{qPeople, "Dạ dân số xã em 15.320 người nhen anh", "= 15320"},
		{qPeople, "dân số xã 15.320", "= 15320"},
		{qHouseholds, "Số xã: 12", "? 12"}, // a number of communes: another unit
	})
}

// Rule: a dash set apart after a quoted question separates it from the
// answer; glued to the figure it is a minus.
func TestADashAfterTheQuestion(t *testing.T) {
	visits := countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt")
	measured := &Question{Type: TypeDecimal}
	checkReads(t, []readCase{
		{visits, "Số lượt bạn đọc thư viện, tủ sách? - 1.540 lượt", "= 1540"},
		{visits, "Số lượt bạn đọc thư viện? – 1540", "= 1540"},
		{visits, "Số lượt bạn đọc thư viện? : 1540", "= 1540"},
		{visits, "Số lượt bạn đọc thư viện, tủ sách? -1.540 lượt", "!"},
		{measured, "Số liệu đo được? -5", "= -5"},
	})
}

// Rule: the commune's office that speaks in the report ("Đài truyền thanh
// xã", "Nhà văn hóa xã") is who answers, not what: the figure is stored.
func TestTheOfficeThatAnswers(t *testing.T) {
	visits := countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt")
	checkReads(t, []readCase{
		{qProgs, "Đài truyền thanh xã tự sx 24 ct ạ", "= 24"},
		{qProgs, "đài phát thanh xã 24 chương trình", "= 24"},
		{visits, "Nhà văn hóa xã 1.540 lượt", "= 1540"},
		{qProgs, "Đài truyền thanh xã khoảng 24", "!"},
		{qHouseholds, "Nhà văn hóa thôn 3 120 hộ", "!"},
	})
}
