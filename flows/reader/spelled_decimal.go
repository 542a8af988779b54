package reader

import (
	"strconv"
	"strings"
)

// Figures in words said in full, and the words that say a figure only
// maybe (spelled_decimal_test.go). Rules a clerk states:
//
//   - A decimal said in full is written down at once, as a whole figure
//     said in full is (spelled_full.go): the whole part said in full, then
//     "phẩy", then each digit of the fraction said on its own, every word
//     typed with its marks: "hai phẩy năm héc ta" is 2,5 ha, "mười hai
//     phẩy năm" 12,5, "chín mươi hai phẩy năm phần trăm" 92,5%. The
//     fraction said short ("ba phẩy hai lăm") stays offered.
//   - "năm" alone is five or "year", the word every report is full of: a
//     figure only when something counted follows it ("năm giải"); alone
//     it is offered. So is any figure said as a lone "năm" with politeness.
//   - "mười tư" is fourteen said in full, as "mười bốn" is; "hai mươi tư"
//     already was.
//   - Thousands with the hundreds left unsaid ("ba nghìn lẻ năm", "mười
//     ngàn lẻ năm") are said short: 3.005 to one listener, and to another
//     the start of a longer figure. Offered, never stored; "ba nghìn không
//     trăm lẻ năm" says every place and is stored.

// saidInFullNumber reports whether the figure at the start of text (the
// answer cleaned, words as typed) is n said in full: a whole figure
// (saidInFull) or a decimal whose fraction is said digit by digit.
func saidInFullNumber(text string, n number) bool {
	if n.frac == "" || n.isWhole() && !strings.Contains(strings.ToLower(text), "phẩy") {
		return saidInFull(text, n.value())
	}
	ts := Tokenize(text).Tokens
	mark := -1
	for i, t := range ts {
		if t.Lower == "phẩy" {
			mark = i
			break
		}
		if !properNumberWords[t.Lower] {
			return false
		}
	}
	if mark < 1 || mark+len(n.frac) > len(ts) {
		return false
	}
	whole := make([]string, mark)
	for i := range whole {
		whole[i] = ts[i].Lower
	}
	w := n.whole
	if w == "" {
		if mark != 1 || ts[0].Lower != "không" {
			return false
		}
	} else if v, err := strconv.ParseInt(w, 10, 64); err != nil || !saidInFull(strings.Join(whole, " "), float64(v)) {
		return false
	}
	for k, d := range n.frac {
		t := ts[mark+1+k]
		if !inWords(t.Lower, digitSaid[d-'0']) {
			return false
		}
	}
	after := mark + 1 + len(n.frac)
	return after == len(ts) || !properNumberWords[ts[after].Lower]
}

// loneYearWord reports an answer that is the word "năm" alone, politeness
// aside: five, or the word "year" that a report is full of. ts are the
// answer's tokens.
func loneYearWord(ts []Token) bool {
	k := 0
	for _, t := range ts {
		switch {
		case t.Fold == "":
		case leadPolite[t.Skel] || tailPolite[t.Skel] || politeAfter[t.Fold]:
		case t.Lower == "năm" || t.Lower == "nam":
			k++
		default:
			return false
		}
	}
	return k == 1
}
