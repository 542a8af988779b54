package reader

import "testing"

// The same figure said twice with a break between is that figure, stored;
// said once in words and once in digits, the two must agree
// (said_twice.go). Side by side with only a space it is still asked.
func TestAFigureSaidTwiceIsStored(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"clb", "7 nhé, 7", "= 7", ""},
		{"clb", "7 CLB ạ. 7", "= 7", ""},
		{"hs", "25 hồ sơ nha, 25 hồ sơ", "= 25", ""},
		{"ha", "2,5 ha, 2,5", "= 2.5", ""},
		{"pct", "93,1%, 93,1", "= 93.1", ""},
		// in words and in digits
		{"hs", "một trăm lẻ năm hồ sơ, 105", "= 105", ""},
		{"ho", "hai nghìn ba trăm, 2.300", "= 2300", ""},
		{"clb", "muoi bay CLB, 17", "= 17", ""},
		{"clb", "năm CLB nhé, năm", "= 5", ""},
		{"so", "5 hoạt động; năm", "= 5", ""},
		// traps: they differ, one is another unit, no break, neither sure
		{"clb", "mười bảy CLB, 18", "!", ""},
		{"clb", "5 CLB, 5 thôn", "? 5", "reading.sentence"}, // the villages named too: offered
		{"clb", "12 12", "? 12", "reading.figure_repeated"},
		{"so", "năm, năm", "!", ""},
		{"hs", "hai lăm, hai lăm", "? 25", ""},
	})
}
