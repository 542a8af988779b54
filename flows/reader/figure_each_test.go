package reader

import "testing"

// Rule: a clause about each item counted ("mỗi chương trình 15 phút",
// "2 triệu/giải") carries no second count: the figure before it is
// offered. Without such a clause two figures are read as before.
func TestAClauseAboutEachItem(t *testing.T) {
	checkReads(t, []readCase{
		{qProgs, "52 chương trình, mỗi chương trình 15 phút", "? 52"},
		{qProgs, "24 chương trình, mỗi chương trình 15 phút", "? 24"},
		{qContests, "7 giải, giải thưởng 2 triệu/giải", "? 7"},
		{qClubs, "12 CLB, mỗi CLB 20 người", "? 12"},
		{qContests, "5 giải, mỗi giải 8 đội tham gia", "? 5"},
		// not about each item
		{qProgs, "52 chương trình, 15 phút", "!"},
	})
}
