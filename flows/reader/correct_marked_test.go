package reader

import "testing"

// Rule: a figure marked as the right one ("mới đúng", "số đúng là",
// "chứ", "…, không phải", an apology for a figure sent before) is the
// answer, confirmed.
func TestAFigureMarkedRight(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "nhầm rồi, 2.140 mới đúng", "? 2140"},
		{qFiles, "88, à 86 hồ sơ mới đúng", "? 86"},
		{qFiles, "Em gửi nhầm, số chính xác là 86", "? 86"},
		{qItems, "31 tin, sửa lại 33 tin", "? 33"},
		{qActs, "8... 9 chứ", "? 9"},
		{qUnits, "17, không phải 71", "? 17"},
		{qActs, "9 chứ không phải 8", "? 9"},
		{qProgs, "30, em xin lỗi, tin trên kia em gõ nhầm", "? 30"},
		{qClubs, "7 ko phải 6", "!"},                            // run together: "7, no: 6"? not read here
		{qHouseholds, "khoảng 2.100, 2.140 mới đúng", "? 2140"}, // the estimate was the first try
	})
}
