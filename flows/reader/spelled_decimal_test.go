package reader

import "testing"

// A decimal said in full is stored; "năm" alone may be "year" and is
// offered; "mười tư" is said in full; thousands with the hundreds left
// unsaid are said short (spelled_decimal.go).
func TestFiguresSaidInFullOrShort(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		// A decimal said in full: every place, each digit of the fraction.
		{"ha", "không phẩy tám", "= 0.8", ""},
		{"ha", "một phẩy năm héc ta", "= 1.5", ""},
		{"dec", "ba phẩy không năm", "= 3.05", ""},
		{"pct", "tám mươi bảy phẩy bốn phần trăm", "= 87.4", ""},
		{"pct", "Dạ chín mươi mốt phẩy hai phần trăm ạ", "= 91.2", ""},
		// Said short, or typed without marks: offered.
		{"ha", "một phẩy hai lăm héc ta", "? 1.25", ""},
		{"pct", "chín ba phẩy một phần trăm", "? 93.1", ""},
		{"pct", "tam muoi bay phay bon phan tram", "? 87.4", ""},
		{"dec", "muoi hai phay nam", "? 12.5", ""},
		// "năm" alone is five or "year": offered; with what is counted, stored.
		{"so", "năm", "? 5", "reading.five_or_year"},
		{"clb", "Dạ năm ạ", "? 5", "reading.five_or_year"},
		{"clb", "Năm.", "? 5", "reading.five_or_year"},
		{"clb", "năm CLB", "= 5", ""},
		{"clb", "năm câu lạc bộ nhé", "= 5", ""},
		{"clb", "sáu", "= 6", ""},
		// "mười tư" is fourteen said in full.
		{"so", "mười tư", "= 14", ""},
		{"clb", "mười tư CLB", "= 14", ""},
		{"hs", "một trăm mười tư hồ sơ", "= 114", ""},
		{"so", "muoi tu", "? 14", ""},
		// The hundreds left unsaid after thousands: said short, offered.
		{"ho", "ba nghìn lẻ năm hộ", "? 3005", ""},
		{"ho", "mười ngàn lẻ sáu", "? 10006", ""},
		{"ho", "ba nghìn không trăm lẻ năm hộ", "= 3005", ""},
		{"hs", "một trăm lẻ năm", "= 105", ""},
	})
}
