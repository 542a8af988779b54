package reader

import "testing"

// Rule: a lead written short (a dash for a colon, "P." for phường) is
// read as if written out; a village's figure and a reason stay refused.
func TestALeadWrittenShort(t *testing.T) {
	checkReads(t, []readCase{
		{qItems, "Phường Tân An - 22 tin bài", "= 22"},
		{qContests, "X. Ea Kly - 3 giải", "= 3"},
		{qItems, "P.Tân An 22 tin", "= 22"},
		{qClubs, "2.3. Số CLB TDTT: 11", "= 11"},
		{qClubs, "Mục 4.1: 11 CLB", "= 11"},
		{qClubs, "Mục 4: 11", "= 11"},
		{qItems, "Thôn 2 - 22 tin bài", "!"},
		{qItems, "Buôn Ko Tam - 22 tin bài", "!"},
		{qHouseholds, "năm ngoái - 1.245 hộ", "!"},
		{qHouseholds, "kế hoạch - 1.245 hộ", "!"},
	})
}
