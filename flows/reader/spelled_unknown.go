package reader

import "strings"

// A number in words with a word the reader does not know where its first
// digit should be: "chính mươi lăm" (chín typed with one key too many).
// "mươi" (the tens said after their digit) cannot open a number, so the
// word before it was meant as that digit. The clerk's rule: never read
// such a number by dropping the word ("mươi lăm" is no 15); when the word
// is one key off exactly one digit word, or has a digit word's letters
// under another mark ("tấm" for tám), offer the number with that digit
// ("Ghi 95?"); otherwise refuse and ask for digits. "mươi lăm" at the
// start of a message, or after "khoảng", is the colloquial "ten-odd":
// refused too.

// digitWordsFolded are the digit words that come before "mươi", folded,
// with their marked forms.
var digitWordsFolded = map[string]string{
	"mot": "một", "hai": "hai", "ba": "ba", "bon": "bốn", "nam": "năm",
	"sau": "sáu", "bay": "bảy", "tam": "tám", "chin": "chín",
}

// tensWithoutDigit reads s when a "mươi" in it has no digit word before
// it. fixed is s with the word before it put right when that word is one
// key off exactly one digit word; ok is false when s has no such "mươi".
func tensWithoutDigit(s string) (fixed string, ok bool) {
	if !strings.Contains(s, "ươi") && !strings.Contains(s, "ƯƠI") && !strings.Contains(s, "ƯơI") || strings.ContainsFunc(s, isASCIIDigit) {
		return "", false
	}
	ts := Tokenize(s).Tokens
	for i, t := range ts {
		if t.Lower != "mươi" {
			continue
		}
		if i > 0 && numberLike(ts[i-1]) {
			continue // "chín mươi": a digit before it
		}
		if i == 0 {
			return "", true
		}
		prev := ts[i-1].Fold
		if len(prev) < 3 || leadPolite[ts[i-1].Skel] || tailPolite[ts[i-1].Skel] || strings.ContainsAny(ts[i-1].Typed, ",;:.") {
			return "", true // "Dạ mươi lăm", "anh chị: mươi lăm": a word of its own, refused
		}
		var near []string
		if marked, same := digitWordsFolded[prev]; same {
			near = []string{marked} // "tấm mươi": the letters of tám, a mark off
		} else {
			for w, marked := range digitWordsFolded {
				if editDistance(prev, w, 1) == 1 {
					near = append(near, marked)
				}
			}
		}
		if len(near) != 1 || strings.ContainsFunc(ts[i-1].Lower, func(r rune) bool { return !isLetterRune(r) }) {
			return "", true
		}
		words := make([]string, len(ts))
		for k, w := range ts {
			words[k] = w.Typed
		}
		words[i-1] = near[0]
		return strings.Join(words, " "), true
	}
	return "", false
}

func isLetterRune(r rune) bool { return HasLetter(string(r)) }
