package reader

import "strings"

// Rules a clerk states about yes and no, beyond the words themselves
// (which package flows knows: "có", "không", "ko", "dạ có", …), each with
// its table test (yesno_test.go):
//
//  1. Offices say yes with what was done: "đã thực hiện", "đã triển
//     khai", "đã tổ chức", "đã có", "rồi", "xong", "đã hoàn thành"; and no
//     with what was not: "chưa thực hiện", "chưa triển khai", "chưa có".
//  2. Vietnamese turns a yes into a no and back: "có đâu", "đâu có", "làm
//     gì có", "có gì đâu" are a no; "không sai" is a yes. Read, and
//     confirmed, since the words say the opposite of what they mean.
//  3. A hedge or a half is neither: "không hẳn", "chưa hẳn", "có nhưng
//     chưa…", "đang triển khai", "sắp", "dự kiến", "một phần". The person
//     is asked to say có or không.

// Verdict is what a yes/no rule made of an answer.
type Verdict int

const (
	NoRule  Verdict = iota // no rule applies: the word reader decides
	Yes                    // a yes, certain
	No                     // a no, certain
	YesAsk                 // a yes, to confirm
	NoAsk                  // a no, to confirm
	Hedged                 // neither: ask for có or không
)

// officeVerbs are the verbs of any task an office reports as done or not
// done, folded; a task's own verb ("kết nối") is a yes only to its own
// question, which package flows knows.
var officeVerbs = setOfPhrases("thuc hien", "trien khai", "to chuc", "co", "lam", "xong", "hoan thanh",
	"hoan tat", "thuc hien xong", "trien khai xong", "to chuc xong", "trien khai thuc hien", "co roi", "lam xong")

// doneAfter close a yes: "rồi", "xong", "xong rồi", "hết rồi".
var doneWords = setOfPhrases("roi", "xong", "xong roi", "het roi", "xong het", "hoan thanh", "hoan tat", "da xong", "da hoan thanh", "xong het roi")

// turnedNo are the ways of saying no with "có" in them; turnedYes the ways
// of saying yes with "không" in them.
var (
	turnedNo  = setOfPhrases("co dau", "dau co", "lam gi co", "co gi dau", "dau co dau", "co dau ma", "lam sao co", "co dau co", "dau ma co", "co duoc dau")
	turnedYes = setOfPhrases("khong sai", "khong sai dau", "chang sai", "khong he sai", "khong phai la khong")
)

// hedgeWords make a yes or a no neither, folded: "không hẳn", "đang".
var hedgeWords = setOfPhrases("khong han", "chua han", "khong chac", "chua chac", "co le", "co the", "hinh nhu",
	"dang", "sap", "se", "du kien", "chuan bi", "mot phan", "mot so", "tam thoi", "chua hoan thanh",
	"chua xong", "chua day du", "chua het", "it nhieu", "ke hoach", "du dinh")

// butWords join a yes to what takes part of it back: "có nhưng chưa…".
var butWords = setOfPhrases("nhung", "ma chua", "tuy nhien", "nhung ma", "chi moi")

// YesNo applies the rules to ts, the answer's words after politeness.
func YesNo(ts []Token) Verdict {
	fs := make([]string, 0, len(ts))
	for _, t := range ts {
		if f := strings.Trim(t.Fold, edgePunct); f != "" {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return NoRule
	}
	s := strings.Join(fs, " ")
	switch {
	case turnedYes[s]:
		return YesAsk
	case turnedNo[s] || turnedNo[strings.TrimSuffix(s, " ca")]:
		return NoAsk
	}
	// A hedge or a "but" anywhere after the first word: neither.
	for i := range fs {
		if hedgeWords[fs[i]] && typedAs(ts, fs[i]) || i+1 < len(fs) && hedgeWords[fs[i]+" "+fs[i+1]] {
			return Hedged
		}
		if i > 0 && (butWords[fs[i]] || i+1 < len(fs) && butWords[fs[i]+" "+fs[i+1]]) {
			return Hedged
		}
	}
	switch {
	case doneWords[s] && s != "roi":
		return YesAsk // "xong", "xong rồi": done, said without a yes
	case yesTypos[s]:
		return YesAsk
	case noTypos[s]:
		return NoAsk
	}
	first := ts[0]
	rest := strings.Join(fs[1:], " ")
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, " roi"), " xong")
	switch {
	case first.Lower == "đã" || first.Fold == "da" && first.Lower != "dạ" && len(fs) > 1 && officeVerbs[rest]:
		if officeVerbs[rest] || doneWords[rest] {
			return Yes
		}
	case fs[0] == "chua" || fs[0] == "khong" || fs[0] == "ko":
		if officeVerbs[rest] && rest != "co" {
			return No
		}
	case len(fs) >= 2 && fs[len(fs)-1] == "roi" && officeVerbs[strings.Join(fs[:len(fs)-1], " ")]:
		return Yes // "làm rồi", "tổ chức rồi"
	case len(fs) >= 2 && fs[len(fs)-1] == "xong" && officeVerbs[strings.Join(fs[:len(fs)-1], " ")]:
		return Yes // "triển khai xong"
	}
	return NoRule
}

// yesTypos and noTypos are có and không with a key slipped, folded.
var (
	yesTypos = setOfPhrases("coa", "coo", "cooa", "cps", "cp", "xo", "vo")
	noTypos  = setOfPhrases("khog", "khoq", "kog", "khng", "khongg", "khonng", "khpng", "jhong", "khomg", "khoong co", "kohng", "khnog")
)

func setOfPhrases(ps ...string) map[string]bool {
	m := make(map[string]bool, len(ps))
	for _, p := range ps {
		m[p] = true
	}
	return m
}

// typedHedge are hedge words whose folded form is another word too
// ("đăng" is to post, "đáng" worth): they hedge only when typed so.
var typedHedge = map[string][]string{"dang": {"đang", "dang"}, "se": {"sẽ", "se"}, "sap": {"sắp", "sap"}}

// typedAs reports whether the word folding to f was typed as a hedge.
func typedAs(ts []Token, f string) bool {
	forms, ok := typedHedge[f]
	if !ok {
		return true
	}
	for _, t := range ts {
		if t.Fold == f {
			for _, form := range forms {
				if t.Lower == form {
					return true
				}
			}
		}
	}
	return false
}
