package reader

import "strings"

// A tens figure said short with "tư" (round fourteen): "ba tư", "hai tư
// chương trình". "tư" is four as the units after tens, and never heard
// for another word there, so a digit word before it is the tens and the
// figure is certain: stored, as "hai mươi tư" is (the lead's policy lists
// "ba tư"). "lăm" and "mốt" stay asked: batches of central officers ask
// "ba lăm", "chín lăm phần trăm" and "bốn mốt" (heard for "năm", or "mốt"
// the day after tomorrow), and older batches must not lose; two plain
// digit words ("bốn sáu") may be two figures. At households, people and
// villages (alwaysSome), where a slip costs most, it stays asked.

// tensShortDigits are the digit words that may open a tens figure said
// short, with their value.
var tensShortDigits = map[string]int{"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}

// tensShortUnits are the words that are a unit digit only after tens
// and stored so.
var tensShortUnits = map[string]int{"tư": 4}

// saidTensShort reports text, the words of a figure, as a tens figure said
// short whose value is v.
func saidTensShort(text string, v float64) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 2 || len(ws) > 2 && (numberWordsMarked[ws[2]] || tensShortDigits[ws[2]] > 0) {
		return false // the figure's words are the two; a unit may follow
	}
	d, ok := tensShortDigits[ws[0]]
	u, ok2 := tensShortUnits[ws[1]]
	return ok && ok2 && float64(d*10+u) == v
}
