package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule: at a decimal or a percentage, a whole figure followed by the
// decimal comma ("5,") may have lost its decimals: asked. A dot after it
// ends a sentence ("5."), a count has no decimals, a figure with its
// decimals is complete: read as before.
func TestDecimalsMayBeCutOff(t *testing.T) {
	area := &Question{Type: TypeDecimal, Label: locales.T("Diện tích đất dành cho thể dục thể thao?", ""), Unit: locales.T("ha", "")}
	measure := &Question{Type: TypeDecimal, Label: locales.T("Số liệu đo được?", "")}
	checkReads(t, []readCase{
		{measure, "5,", "? 5"},
		{measure, "-3,", "? -3"},
		{area, "2,", "? 2"},
		{area, "2, ha", "? 2"},
		{area, "Diện tích: 12,", "? 12"},
		{qShare, "93,", "? 93"},
		// complete
		{measure, "5.", "= 5"},
		{measure, "5", "= 5"},
		{area, "2,5", "= 2.5"},
		{area, "2,5 ha", "= 2.5"},
		{qHouseholds, "2345,", "= 2345"},
	})
}
