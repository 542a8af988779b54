package reader

import "strings"

// More ways a figure is set right inside one message (correct_total_test.go).
// Rules a clerk states:
//
//   - A correction inside what a correction left ("Nhầm, 12 chứ không
//     phải 14": "nhầm" takes back the last message, and "12 chứ không phải
//     14" says 12) is read again: the figure meant is the last word.
//   - "ý lộn", "ý nhầm", "lộn", "quên", "à ko", "à hông", "ấy chết"
//     between two figures ("6105 ý lộn 6150", "4518 à ko 4581") take the
//     first back, as "à nhầm" does; so does "sai rồi," ("14 sai rồi, 15"),
//     and a note that names the other figure as the mistake ("15 (lúc nãy
//     em ghi 14 là nhầm)") leaves the figure before it.
//   - After a correction, a total stated ("1.284 hs, à quên cộng xã cũ,
//     tổng 2.310") is the figure meant: the person forgot a part, and says
//     what it all comes to. Offered, as every correction is.

// cutCorrectionAgain cuts a correction from what a correction left, once.
func cutCorrectionAgain(after string) string {
	if again, ok := cutCorrection(after); ok && strings.ContainsFunc(again, isDigit) {
		return again
	}
	return after
}

// totalWords, folded, state a total: "tổng", "tổng cộng", "tổng số",
// "cả thảy", "tất cả".
var totalWords = [][]string{{"tong"}, {"cong"}, {"gop"}, {"ca", "thay"}, {"tat", "ca"}}

// statedTotal finds, in the words after a correction, a total stated: the
// one figure there, with a word of adding before it ("cộng xã cũ, tổng
// 2.310", "cộng cả xã cũ là 2.310", "quên thôn 5, tổng cộng là 2.310
// hộ"). The figure and what follows it (its unit, politeness) come back.
func statedTotal(after []string) (string, bool) {
	folded := make([]string, len(after))
	for i, w := range after {
		folded[i] = Fold(cleanWord(w))
	}
	fig := -1
	for k := range after {
		if k > 0 && placeNumberNouns[untelex(folded[k-1])] && isDigits(cleanWord(after[k])) {
			continue // "quên thôn 5": a village's name
		}
		if strings.ContainsFunc(after[k], isDigit) {
			if fig >= 0 || !figAt(after, k) {
				return "", false // two figures, or a figure inside a word
			}
			fig = k
		}
	}
	if fig < 0 {
		return "", false
	}
	if ts := Tokenize(strings.Join(after, " ")).Tokens; Approximate(ts) || hedged(ts) {
		return "", false
	}
	// "cộng", "gộp" say the total only with "là", "thì", "được", "ra"
	// before the figure: "cộng xã cũ 1.000" is what is added.
	says := fig > 0 && (folded[fig-1] == "la" || folded[fig-1] == "thi" || folded[fig-1] == "duoc" || folded[fig-1] == "ra")
	for i := 0; i < fig; i++ {
		for _, tw := range totalWords {
			if hasWordsAt(folded, i, tw) && (tw[0] != "cong" && tw[0] != "gop" || says) {
				return strings.Join(trimConfirmTail(after[fig:]), " "), true
			}
		}
	}
	return "", false
}
