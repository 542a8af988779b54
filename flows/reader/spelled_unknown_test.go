package reader

import "testing"

// Rule: "mươi" with no digit word before it is never read by dropping the
// word there: a word one key off one digit word is that digit, offered;
// anything else is refused.
func TestTensWithAnUnknownWordBefore(t *testing.T) {
	checkReads(t, []readCase{
		{qItems, "chính mươi lăm tin", "? 95"},
		{qItems, "chính mươi lăm", "? 95"},
		{qClubs, "haii mươi", "? 20"},
		{qUnits, "bqa mươi tám đơn vị", "? 38"},
		{qFiles, "hai trăm tấm mươi bảy", "? 287"},
		{qPeople, "sáu nghìn bốnn mươi người", "? 6040"},
		// not one digit word: refused
		{qItems, "mươi lăm tin", "!"},
		{qClubs, "khoảng mươi lăm", "!"},
		{qClubs, "xyz mươi", "!"},
		{qClubs, "bam mươi", "!"},            // ba, năm, tám or bảy: not one
		{qFiles, "Dạ mươi lăm hồ sơ ạ", "!"}, // a polite word, no digit
		{qFiles, "em gửi anh chị: mươi lăm hồ sơ nhé", "!"},
		// a digit word before it: as before
		{qItems, "chín mươi lăm tin", "= 95"},
	})
}
