package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule: "trừ" before a figure alone, at a measure that may be below zero,
// is the minus sign said aloud: offered. Where it cannot be below zero,
// or with other words, as before.
func TestMinusSaidAsTru(t *testing.T) {
	measure := &Question{Type: TypeDecimal, Label: locales.T("Số liệu đo được?", "")}
	area := &Question{Type: TypeDecimal, Label: locales.T("Diện tích đất dành cho thể dục thể thao?", ""), Unit: locales.T("ha", ""), Min: new(float64)}
	checkReads(t, []readCase{
		{measure, "trừ 1,5", "? -1.5"},
		{measure, "trừ 3", "? -3"},
		{measure, "âm 1,5", "= -1.5"},
		{area, "trừ 1,5", "!"},
		{measure, "trừ 1,5 của thôn 2", "!"},
	})
}
