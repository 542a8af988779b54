package reader

import "testing"

// Rule: a phone number or opening hours after the figure and a comma are
// no part of it: the figure is read alone, confirmed. Any other figure
// after the comma is a second figure, refused as before.
func TestAPhoneOrHoursAfterTheFigure(t *testing.T) {
	visits := countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt")
	checkReads(t, []readCase{
		{qClubs, "7 CLB, có gì gọi em 0918234567", "? 7"},
		{qClubs, "7 CLB, sđt 0918 234 567", "? 7"},
		{qClubs, "7, zalo 0918.234.567", "? 7"},
		{visits, "1540 lượt, mở cửa 7h-17h", "? 1540"},
		{visits, "1.540 lượt; mở cửa từ 7h30", "? 1540"},
		{qClubs, "7 CLB. Có gì gọi em 0918234567", "? 7"},
		{qClubs, "7 CLB - zalo 0918234567", "? 7"},
		{qHouseholds, "2. 0918234567", "!"},
		{qHouseholds, "2345 hộ, 12 thôn", "? 2345"}, // each figure with its unit (round twelve, sentence_r8.go)
		{qHouseholds, "2345 hộ, chưa tính 12 hộ, gọi 0918234567", "!"},
		{qHouseholds, "0918234567, 2345", "!"},
		{qHouseholds, "2,5", "!"},
	})
}
