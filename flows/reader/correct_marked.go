package reader

import "strings"

// A figure marked as the right one, in the words people use when they
// correct themselves (correct.go lists the older ways):
//   - the figure before "mới đúng": "sai rồi, 1254 mới đúng", "1.250 à mà
//     1.205 mới đúng nghen", "12.540, em báo lại 12.450 mới đúng";
//   - the figure after "số đúng là", "số chính xác là", "ý em là",
//     "chữa lại", "sửa lại", "báo lại": "340 ý e là 304", "24 tin, chữa
//     lại 25 tin";
//   - the figure before "chứ" closing the message: "15... 16 chứ ạ";
//   - the figure before "(chứ) không phải" another: "23, không phải 32",
//     "Sorry, 13 chứ ko phải 12", "13 (sửa lại, ko phải 12)";
//   - one figure, then an apology for a figure sent before: "45, xin lỗi
//     em gõ nhầm trên kia".
// The person changed their mind once already: the figure is confirmed,
// never stored. An estimate or a plan in the message leaves it refused.

// rightAfter, as skeleton pairs, come right before the right figure.
var rightAfter = [][]string{{"dung", "la"}, {"xac", "la"}, {"e", "la"}, {"em", "la"},
	{"chua", "lai"}, {"sua", "lai"}, {"bao", "lai"}, {"gui", "lai"}}

// mistakeWords, as skeletons, tell of a figure typed wrong.
var mistakeWords = setOf("nham", "sai", "lon")

// markedRight finds the figure marked as the right one in s and reads it
// at q, to be confirmed.
func markedRight(q *Question, s string) (float64, *Unsure, bool) {
	ts := Tokenize(s).Tokens
	if len(ts) < 2 || hedged(ts) || Approximate(ts) {
		return 0, nil, false
	}
	var figs []int
	for i, t := range ts {
		if startsWithDigit(t.Lower) {
			figs = append(figs, i)
		}
	}
	if len(figs) == 0 || len(figs) > 2 {
		return 0, nil, false
	}
	at := -1
	for i := range ts {
		switch {
		case i+2 < len(ts) && ts[i+1].Skel == "moi" && ts[i+2].Skel == "dung" && isFig(ts, i):
			at = i // "1254 mới đúng"
		case i+2 < len(ts) && ts[i+1].Skel == "moi" && ts[i+2].Skel == "dung" && i > 0 && isFig(ts, i-1) && familyOf(ts[i].Skel) != "":
			at = i - 1 // "25 tin mới đúng"
		case i >= 2 && isFig(ts, i) && pairAt(ts, i-2, rightAfter):
			at = i // "số đúng là 254"
		case isFig(ts, i) && notThisOne(ts, i+1):
			at = i // "23, không phải 32"
		}
		if at >= 0 {
			break
		}
	}
	last := figs[len(figs)-1]
	if at < 0 && len(figs) == 2 && closesWithChu(ts, last) {
		at = last // "15... 16 chứ ạ"
	}
	if at < 0 && len(figs) == 1 && figs[0] == 0 && apologyAfter(ts[1:]) {
		at = 0 // "45, xin lỗi em gõ nhầm trên kia"
	}
	if at < 0 {
		return 0, nil, false
	}
	fig := strings.TrimRight(ts[at].Typed, ",.;:)")
	if at+1 < len(ts) && familyOf(ts[at+1].Skel) != "" {
		fig += " " + ts[at+1].Lower
	}
	f, u, p := readNumberAnswer(q, fig)
	if p != nil || u != nil && u.Key != "reading.number_words" {
		return 0, nil, false
	}
	return f, &Unsure{Key: "reading.corrected", Input: string(quoted(s))}, true
}

func isFig(ts []Token, i int) bool { return i >= 0 && i < len(ts) && startsWithDigit(ts[i].Lower) }

// pairAt reports one of pairs at ts[i:].
func pairAt(ts []Token, i int, pairs [][]string) bool {
	for _, p := range pairs {
		if i+1 < len(ts) && ts[i].Skel == p[0] && ts[i+1].Skel == p[1] {
			return true
		}
	}
	return false
}

// notThisOne reports "không phải" and another figure after the figure
// ending at ts[i-1], set apart from it by "chứ", "sửa lại" or a comma:
// "23, không phải 32", "13 chứ ko phải 12". Run together ("7 ko phải 6",
// "21.000 ko phải 21.400") it reads the other way, "7, no: 6", and is
// left to correct.go.
func notThisOne(ts []Token, i int) bool {
	apart := strings.HasSuffix(ts[i-1].Typed, ",")
	for i < len(ts) && (familyOf(ts[i].Skel) != "" || ts[i].Skel == "sua" || ts[i].Skel == "lai" || ts[i].Skel == "chu" || ts[i].Skel == "") {
		apart = apart || ts[i].Skel == "chu" || ts[i].Skel == "sua" || strings.HasSuffix(ts[i].Typed, ",")
		i++
	}
	return apart && i+2 < len(ts) && negations[ts[i].Skel] && ts[i+1].Skel == "phai" && isFig(ts, i+2) && i+3 >= len(ts)-1
}

// closesWithChu reports the figure at last followed only by "chứ" and
// politeness, or its unit.
func closesWithChu(ts []Token, last int) bool {
	chu := false
	for _, t := range ts[last+1:] {
		switch {
		case t.Lower == "chứ" || t.Lower == "chu":
			chu = true
		case tailPolite[t.Skel] || familyOf(t.Skel) != "" || t.Skel == "":
		default:
			return false
		}
	}
	return chu
}

// earlierWords, as skeletons, point to a message sent before: "trên
// kia", "lúc nãy", "tin trước", "vừa rồi".
var earlierWords = setOf("tren", "truoc", "nay", "vua")

// apologyAfter reports words after a lone figure that tell of a mistake
// in a message before ("xin lỗi em gõ nhầm trên kia"). A mistake alone
// ("2345 nhầm") may be this figure's, and is not read.
func apologyAfter(ts []Token) bool {
	mistake, earlier := false, false
	for _, t := range ts {
		mistake = mistake || mistakeWords[t.Skel]
		earlier = earlier || earlierWords[t.Skel] && t.Lower != "này"
	}
	return mistake && earlier
}
