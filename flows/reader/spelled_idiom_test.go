package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// Rule: two consecutive digit words alone, or "năm bảy", are the idiom
// "five or seven": refused as not exact. Digits further apart and tens
// said short stay offered.
func TestDigitsIdiomIsAnEstimate(t *testing.T) {
	checkReads(t, []readCase{
		{qActs, "năm bảy hoạt động", "!"},
		{qClubs, "dạ dăm bảy CLB", "!"},
		{qContests, "hai ba giải", "!"},
		{qItems, "sáu bảy tin", "!"},
		{qClubs, "tám chín", "!"},
		{qItems, "bốn sáu tin bài", "? 46"},
		{qClubs, "sáu hai", "? 62"},
		{qClubs, "hai mốt", "? 21"},
		{qActs, "năm nay 7 hoạt động", "= 7"},
	})
}

// Rule: "âm" before a figure said in full is its sign: stored, as "âm
// 2,5" is.
func TestNegativeSaidInWords(t *testing.T) {
	q := &Question{Type: TypeDecimal, Label: locales.T("Số liệu đo được?", "")}
	checkReads(t, []readCase{
		{q, "âm ba phẩy hai", "= -3.2"},
		{q, "âm mười hai phẩy năm", "= -12.5"},
		{q, "âm ba phẩy hai lăm", "? -3.25"}, // the fraction said short
	})
}
