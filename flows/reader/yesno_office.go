package reader

import "strings"

// Rule 21, as a clerk states it: an office answers a yes/no question with
// what was done and to what: "Đã lắp đặt điểm cầu", "Đã kết nối 2 cấp",
// "Đã đầu tư xây dựng năm 2022" — "đã", a verb of work done (one of
// officeVerbs, or the question's own verb), then its object: a yes,
// offered. And with what is missing: "Chưa có kinh phí đầu tư", "Không
// triển khai do thiếu vốn" — "chưa" or "không", then "có" or a verb of
// work, then what: a no, offered. Nothing else may be said done, hedged or
// taken back ("nhưng", "chỉ", "đang") in the same sentence.

// Rule 22: lacking the means to do it ("chưa đủ điều kiện", "không đủ
// kinh phí", "thiếu trang thiết bị") is a no, offered as rule 21's. Not
// enough of anything else ("chưa đủ 3 cấp") may be a part: no rule.

// meansWords are what a task needs, folded: conditions, money, equipment,
// people, a place.
var meansWords = setOfPhrases("dieu kien", "kinh phi", "von", "nguon von", "ngan sach", "nguon luc", "nguon kinh phi",
	"thiet bi", "trang thiet bi", "co so vat chat", "nhan luc", "nhan su", "can bo", "may moc", "mat bang",
	"dia diem", "phong hop", "tieu chuan", "tieu chi")

// means reports fs opening with what a task needs (meansWords), then
// only what it is for ("kinh phí đầu tư", "điều kiện để lắp").
func means(fs []string) bool {
	for n := min(4, len(fs)); n >= 1; n-- {
		if meansWords[strings.Join(fs[:n], " ")] {
			return true
		}
	}
	return false
}

// doneOrNot reads s by rule 21: YesAsk, NoAsk, or NoRule. echo is the
// question's words.
func doneOrNot(s string, echo *lazyWords) Verdict {
	tk, fs := clauseWords(yesNoTokens(s))
	for len(fs) > 3 && (leadFillers[fs[0]] || leadFillers[fs[0]+" "+fs[1]]) {
		n := 1
		if leadFillers[fs[0]+" "+fs[1]] {
			n = 2 // "hiện tại", "bên em": who and when (rule 6)
		}
		tk, fs = tk[n:], fs[n:]
	}
	if len(fs) < 3 {
		return NoRule // "đã lắp": no object; the word rules have read it
	}
	for i, f := range fs {
		if butWords[f] || hedgeWords[f] && typedAs(tk[i:i+1], f) || i+1 < len(fs) && hedgeWords[f+" "+fs[i+1]] ||
			hedges[f] && (tk[i].Lower == f || SameWord(tk[i], hedgeForms[f])) && !nounHalf(fs, i) || f == "chi" && SameWord(tk[i], "chỉ") || f == "moi" && i > 0 && fs[i-1] == "chi" {
			return NoRule
		}
	}
	switch {
	case fs[0] == "da" && SameWord(tk[0], "đã"): // not "dạ", nor "da" typed bare
		n := verbAt(fs[1:])
		if n == 0 && fs[1] != "co" && echo.has(fs[1]) && echo.has(fs[2]) {
			n = 2 // "đã kết nối 2 cấp": the question's own verb
		}
		if n == 0 {
			return NoRule
		}
		for _, f := range fs[1+n:] {
			if negations[f] || f == "0" {
				return NoRule
			}
		}
		return YesAsk
	case fs[0] == "thieu" && means(fs[1:]):
		return NoAsk // "thiếu kinh phí", "thiếu trang thiết bị" (rule 22)
	case fs[0] == "chua" || fs[0] == "khong" || fs[0] == "ko" || fs[0] == "chang" || fs[0] == "cha":
		i := 1
		if fs[i] == "co" && fs[i+1] == "du" {
			i++ // "không có đủ kinh phí"
		}
		if fs[i] == "du" && SameWord(tk[i], "đủ") && means(fs[i+1:]) {
			return NoAsk // "chưa đủ điều kiện", "không đủ kinh phí" (rule 22)
		}
		if fs[i] == "duoc" {
			i++ // "chưa được đầu tư …"
		}
		n := verbAt(fs[i:])
		if fs[i] == "co" {
			n = 1
		}
		if n == 0 {
			return NoRule
		}
		for _, f := range fs[i+n:] {
			if f == "co" || f == "da" || f == "roi" || f == "xong" || f == "ok" || f == "dat" {
				return NoRule // "chưa có kinh phí nhưng đã làm": said done too
			}
		}
		return NoAsk
	}
	return NoRule
}

// verbAt is how many words of fs, from its start, make a verb of work
// done (officeVerbs, longest first), 0 when none.
func verbAt(fs []string) int {
	for n := min(4, len(fs)-1); n >= 1; n-- {
		if w := strings.Join(fs[:n], " "); officeVerbs[w] && w != "co" && w != "lam" {
			return n
		}
	}
	return 0
}
