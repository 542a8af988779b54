package reader

import "testing"

// Rule: of two figures, one named as the old one (cũ, trước, năm ngoái,
// an earlier year) and the other not, the other is offered: the report
// asks for the figure now. Both or neither named old: read as before.
func TestTheFigureNowOfTwo(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "xã cũ 1.245 hộ, xã mới 3.412 hộ", "? 3412"},
		{qProgs, "24 (cũ) 42 (mới)", "? 42"},
		{qVillages, "trước sáp nhập 9 thôn, chừ 18 thôn", "? 18"},
		{qClubs, "năm 2025 là 13, năm 2026 là 15", "? 15"},
		{qHouseholds, "1.245 hộ (năm 2025 là 1.230 hộ)", "? 1245"},
		{qClubs, "năm ngoái 11 CLB, năm nay 14 CLB", "? 14"},
		{qVillages, "12 bản (trước sáp nhập 7 bản)", "? 12"},
		// not one old and one now
		{qHouseholds, "xã cũ 1.245 hộ, xã cũ 3.412 hộ", "!"},
		{qHouseholds, "1.245 hộ, 3.412 hộ", "!"},
		{qHouseholds, "năm 2025 là 1.230 hộ, 5.320 người", "!"},
		{qFiles, "1.284 hồ sơ, à quên cộng xã cũ 1.000", "!"},
		{qHouseholds, "xã cũ 3.000 hộ, tổng 5.930 hộ", "!"},
	})
}
