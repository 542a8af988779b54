package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule: the question's unit glued to its figure, words after it, is read
// as if the space were typed.
func TestAUnitGluedToItsFigureWithWordsAfter(t *testing.T) {
	area := &Question{Type: TypeDecimal, Label: locales.T("Diện tích đất dành cho thể dục thể thao?", ""), Unit: locales.T("ha", "")}
	checkReads(t, []readCase{
		{area, "2,5ha sân bóng", "= 2.5"},
		{area, "1,2ha sân cỏ", "= 1.2"},
		{qClubs, "15CLB bóng chuyền", "= 15"},
		{qHouseholds, "2345hộ", "= 2345"},
		{area, "2,5m2 sân bóng", "!"}, // another unit
	})
}
