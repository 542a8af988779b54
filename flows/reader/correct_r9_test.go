package reader

import "testing"

// Round nine's corrections: the figure meant is offered, never stored;
// what says neither plainly stays refused.
func TestMoreWaysAFigureIsSetRight(t *testing.T) {
	const fixed = "reading.corrected"
	checkR9(t, []ruleCase{
		{"ho", "4512, 4521 mới đúng ạ", "? 4521", fixed},
		{"nguoi", "9.604 ấy chết sai, 9.640 mới đúng", "? 9640", fixed},
		{"tin", "21 tin, e gõ nhầm 12 thì 21 mới đúng", "? 21", fixed},
		{"ho", "4512\n4521 mới đúng ạ", "? 4521", fixed},
		{"ho", "4512\nxl 4521 ạ", "? 4521", fixed},
		{"hs", "1.250 => 1.520", "? 1520", fixed},
		{"hs", "1.408 → 1.480 nha", "? 1480", fixed},
		{"ho", "4512->4521", "? 4521", fixed},
		{"hs", "1.063 hồ sơ - sai - 1.036 hồ sơ", "? 1036", fixed},
		{"dv", "30 đv, ko 31 đv", "? 31", fixed},
		{"ho", "4512 hộ, không 4521", "? 4521", fixed},
		{"giai", "6 giải, update lại 7 giải nha", "? 7", fixed},
		{"giai", "6 giải, cập nhật 7 giải", "? 7", fixed},
		{"so", "14 hay 15 nhỉ, 15 ạ", "? 15", fixed},
		{"hs", "1480 (1408 là số tháng trước)", "? 1480", fixed},
		{"hs", "1480\n(1408 là số tháng trước)", "? 1480", fixed},
		{"hs", "24 (42 là số cũ)", "? 24", fixed},
		{"ho", "5.720\ndạ đúng 5.720 ạ", "= 5720", ""}, // said again: stored (said_twice.go)
		// neither said plainly
		{"so", "14 hay 15 nhỉ, 16 ạ", "!", ""},
		{"so", "14 hay 15", "!", ""},
		{"ho", "4512\n4521", "!", ""},
		{"ho", "5.720\nđúng 5.270", "!", ""},
		{"ho", "4.512 hộ, sai số 12 hộ", "!", ""},
		{"ho", "4512 - 4521", "!", ""},
		{"ho", "4512, chưa 4521", "!", ""},
		{"nguoi", "21.000 ko phải 21.400", "!", ""},
		{"ho", "2345 hộ sai 5 hộ", "!", ""},
		{"clb", "có 5 CLB, 2 CLB mới chính thức", "!", ""},
		{"ho", "4512, 4521 mới chính xác", "? 4521", fixed},
		{"hs", "24 (42 là số tháng này)", "!", ""},
	})
}
