package reader

import "testing"

// Rule: the question's unit followed by a kind of it is the figure:
// stored. A kind that makes a subset, a period, another unit or initials
// the reader does not know are not read. An "ok" after the figure is the
// sender's.
func TestAKindAfterTheUnit(t *testing.T) {
	checkReads(t, []readCase{
		{qClubs, "9 clb cầu lông", "= 9"},
		{qClubs, "9 CLB dưỡng sinh", "= 9"},
		{qProgs, "30 chương trình tiếng Ê Đê", "= 30"},
		{qHouseholds, "320 hộ nghèo", "!"},
		{qClubs, "9 CLB mới", "!"},
		{qFiles, "40 hồ sơ/ngày", "!"},
		{qFiles, "40 hồ sơ XYZ", "!"},
		{qClubs, "9 clb 120 người", "? 9"}, // two figures, each with its unit (sentence_r8.go)
		{qClubs, "9 ok", "= 9"},
		{qClubs, "9 CLB oke ạ", "= 9"},
	})
}
