package reader

import "strings"

// An estimate of one figure. "Khoảng 4.500", "tầm 7", "cỡ 200", "~4500",
// "ước tính 4.500 hộ", "4.500 hộ (ước)", "trên dưới 50", "xấp xỉ 93%":
// the officer names one figure and says it is not exact. A clerk writes
// that figure down in pencil and asks whether there is an exact one: the
// reader offers it for confirmation (reading.estimate), never stores it.
//
// A bound is not a figure: "hơn 4.500", "trên 300", "dưới 50", "gần 1
// nghìn", "ít nhất 10", "300 trở lên" say where the figure lies, not what
// it is; nor is a range ("6-7", "20 đến 25", "4 hoặc 5"). They stay refused
// (answer.not_exact), and so does a hedge about the whole answer ("có lẽ",
// "dự kiến", "thì phải"), which the figure stage refuses.

// aboutWords, folded, say "about" before a figure. Each is read so only
// when typed with its own marks (or Telex/VNI keys making them), as
// approxBefore lists them: "tầm" and not "tám", "độ" and not "đó". Typed
// bare, only right before a figure in digits ("tam 7", "khoang 19000").
var aboutWords = setOf("khoang", "khoan", "tam", "co", "chung", "do", "uoc", "xap",
	"about", "around", "approx", "approximately", "roughly", "circa")

// aboutSecond, folded, complete an "about" phrase after its first word:
// "xấp xỉ", "ước tính", "ước lượng", "áng chừng", "khoảng chừng".
var aboutSecond = map[string]string{"xi": "xỉ", "tinh": "tính", "luong": "lượng", "chung": "chừng", "khoang": "khoảng"}

// aboutAfter, folded, say "estimated" after the figure, at the end of the
// answer: "4.500 hộ (ước)", "4.500 ước tính".
var aboutAfter = map[string]string{"uoc": "ước", "tinh": "tính", "luong": "lượng"}

// singleEstimate reports an answer that estimates one figure, and the
// answer without its words of estimate ("Dạ khoảng 4.500 hộ ạ" gives "Dạ
// 4.500 hộ ạ"), for the figure stage to read. A bound word in the phrase
// ("khoảng trên 300", "hơn 4.500") makes it no estimate of one figure.
func singleEstimate(s string) (string, bool) {
	ts := Tokenize(s).Tokens
	// The figure: the first token that starts with a digit (after a "~"),
	// or the first number word typed with its marks.
	fig := -1
	tilde := false
	for i, t := range ts {
		w := strings.TrimLeft(t.Lower, "~≈")
		if w != t.Lower && w == "" {
			continue // "~ 4.500": the sign alone
		}
		if w != "" && isDigit(rune(w[0])) {
			fig, tilde = i, w != t.Lower
			break
		}
		if spelledMarked(t) && !aboutToken(ts, i) {
			fig = i
			break
		}
	}
	if fig < 0 {
		return "", false
	}
	digits := isDigit(rune(strings.TrimLeft(ts[fig].Lower, "~≈")[0]))
	// The phrase right before the figure.
	start, about := fig, tilde
phrase:
	for k := fig - 1; k >= 0; k-- {
		t := ts[k]
		switch {
		case t.Lower == "~" || t.Lower == "≈":
			about = true
		case approxWord(t, approxBefore, digits && (k == fig-1 || k == fig-2 && aboutSecond[ts[k+1].Fold] != "")) && aboutWords[approxFold(t)]:
			about = true
		case aboutSecond[t.Fold] != "" && sameOrBare(t, aboutSecond[t.Fold]) && k > 0 && phraseHead(ts[k-1]):
			// the second word of "xấp xỉ", "ước tính", "áng chừng"
		case t.Fold == "ang" && k+1 < fig && ts[k+1].Fold == "chung" && sameOrBare(t, "áng"):
			about = true
		case t.Fold == "tren" && k+1 < fig && ts[k+1].Fold == "duoi" && sameOrBare(t, "trên") && sameOrBare(ts[k+1], "dưới"):
			about = true // "trên dưới 50": about 50, not over it
		case t.Fold == "duoi" && k > 0 && ts[k-1].Fold == "tren" && k+1 <= fig:
			// the second word of "trên dưới"
		case t.Fold == "chac" && k+1 < fig && sameOrBare(t, "chắc"):
			// "chắc khoảng 4500": the hedge is the estimate's own
		case t.Fold == "la":
			// "khoảng là 300"
		default:
			break phrase
		}
		start = k
	}
	// Or "(ước)", "ước tính" at the end.
	end := len(ts)
	for end > fig+1 && tailPolite[untelex(ts[end-1].Fold)] {
		end--
	}
	tail := end
	for tail > fig+1 && aboutAfter[ts[tail-1].Fold] != "" && sameOrBare(ts[tail-1], aboutAfter[ts[tail-1].Fold]) {
		tail--
	}
	if tail == end && end > fig+1 && strings.HasPrefix(ts[end-1].Typed, "(") && aboutWords[ts[end-1].Fold] &&
		approxWord(ts[end-1], approxBefore, false) {
		tail-- // "4.500 (khoảng)", "4.500 (tầm)"
	}
	if tail < end && (ts[tail].Fold == "uoc" || strings.HasPrefix(ts[tail].Typed, "(") && aboutWords[ts[tail].Fold]) {
		about = true
	} else {
		tail = end
	}
	for start < fig && ts[start].Fold == "la" {
		start++ // "là khoảng 300" keeps its "là" for the lead words
	}
	if !about {
		return "", false
	}
	out := make([]Token, 0, len(ts))
	out = append(out, ts[:start]...)
	for i := fig; i < len(ts); i++ {
		if i >= tail && i < end {
			continue
		}
		t := ts[i]
		if i == fig && tilde {
			t.Typed = strings.TrimLeft(t.Typed, "~≈")
		}
		out = append(out, t)
	}
	return Join(out), true
}

// approxFold is the folded word an approximation token stands for.
func approxFold(t Token) string {
	if _, ok := approxBefore[t.Fold]; ok {
		return t.Fold
	}
	return t.Skel
}

// phraseHead reports a first word of a two-word "about" phrase.
func phraseHead(t Token) bool {
	switch t.Fold {
	case "xap", "uoc", "ang", "khoang", "tam", "co", "do":
		return true
	}
	return t.Skel == "xap" || t.Skel == "uoc" || t.Skel == "khoang"
}

// sameOrBare reports t typed as form, or bare (no marks at all).
func sameOrBare(t Token, form string) bool {
	return SameWord(t, form) || t.Lower == Fold(form)
}

// aboutToken reports whether ts[i], a word that folds like a number word
// ("tầm" and "tám" both fold to "tam"), is an "about" word before the rest.
func aboutToken(ts []Token, i int) bool {
	return approxWord(ts[i], approxBefore, false) && aboutWords[approxFold(ts[i])]
}

// spelledMarked reports a number word typed with its marks: "bảy", "hai",
// "nghìn". Bare forms ("tam", "nam") are other words too.
func spelledMarked(t Token) bool {
	return properNumberWords[t.Lower]
}

// properNumberWords are the number words as written with their marks, and
// the digits' other spellings: "bẩy" for bảy, "ngàn" for nghìn.
var properNumberWords = setOf("không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "nhăm", "sáu",
	"bảy", "bẩy", "tám", "chín", "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "linh", "lẻ")
