package reader

import (
	"slices"
	"strings"

	"github.com/baocao/baocao/locales"
)

// Round eight's policies at a yes/no question (the lead's, round eight):
//
//  1. "0", "1" or "no" alone (politeness aside) is offered, never stored:
//     "1" may be a count of points, "no" may be "nó" typed without its
//     tone. "yes" alone stays a plain có.
//  2. "Không áp dụng", "N/A", "k áp dụng", "không thuộc diện": the
//     question does not apply to the commune, which is neither yes nor no.
//  8. "có khi", "có lẽ", "chắc là", "chắc": a guess, never stored.

// notApplicable are the ways of saying the question does not apply,
// folded; a negation before "áp dụng" is read as one of them too.
var notApplicable = setOfPhrases("n/a", "na", "khong ap dung", "khong thuoc dien", "khong thuoc doi tuong",
	"khong lien quan", "khong thuoc pham vi", "khong phai doi tuong")

// guesses are the words of a guess, as typed (lowercased): "có khi chưa",
// "có lẽ có", "chắc là có", "hình như có", "dường như".
var guesses = []string{"có khi", "co khi", "có lẽ", "co le", "chắc là", "chac la", "chắc có", "chắc chưa", "chắc không",
	"chắc ko", "hình như", "hinh nhu", "có vẻ", "co ve", "dường như", "duong nhu", "có thể", "co the", "chắc vậy", "chắc thế"}

// guessed is policy 8: a yes or a no the reader would store, said with the
// words of a guess, is offered instead ("có lẽ", "có khi", "chắc là").
func guessed(s string) bool {
	l := " " + strings.ToLower(Normalize(s)) + " "
	for _, g := range guesses {
		if i := strings.Index(l, g); i > 0 && l[i-1] == ' ' {
			if j := i + len(g); j < len(l) && strings.ContainsRune(" ,.!?", rune(l[j])) {
				return true
			}
		}
	}
	return false
}

// yesNoPolicyR8 applies policies 1 and 2 to s typed at a question; ok
// is false when none applies.
func yesNoPolicyR8(s string, in locales.Plain) (yes bool, u *Unsure, p *locales.Msg, ok bool) {
	if !mayPolicyR8(strings.ToLower(s)) {
		return false, nil, nil, false // the cheap path: none of the words the policies read
	}
	if nothingCentral(s) {
		// "không có chi": the central "không có gì", also the answer to thanks
		return false, &Unsure{Key: "reading.no_or_welcome", Input: string(in)}, nil, true
	}
	var ws []string
	var cut []bool // a comma, a full stop or a dash after the word
	for _, t := range Tokenize(cleanAnswer(Normalize(s), nil).text).Tokens {
		w := strings.Trim(t.Skel, edgePunct)
		if w == "" || w == "-" || w == "–" {
			if len(cut) > 0 {
				cut[len(cut)-1] = true
			}
			continue
		}
		if len(ws) == 0 && leadPolite[w] {
			continue
		}
		ws = append(ws, w)
		cut = append(cut, strings.ContainsAny(t.Typed[len(t.Typed)-1:], ",;.:!?"))
	}
	for len(ws) > 0 && (tailPolite[ws[len(ws)-1]] || politeWords[ws[len(ws)-1]]) {
		ws, cut = ws[:len(ws)-1], cut[:len(cut)-1]
	}
	if len(ws) == 0 {
		return false, nil, nil, false
	}
	if len(ws) == 1 {
		switch w := ws[0]; {
		case w == "1" || w == "01":
			return true, &Unsure{Key: "reading.yes_no_digit", Input: string(in)}, nil, true
		case w == "0" || w == "00":
			return false, &Unsure{Key: "reading.yes_no_digit", Input: string(in)}, nil, true
		case w == "coa" && !strings.Contains(strings.ToLower(s), "coa") && !strings.Contains(strings.ToLower(s), "cóa"):
			// "cóa" is how chats spell có; "coá", "coà" put the tone on
			// the wrong letter: a slip, offered
			return true, &Unsure{Key: "reading.yes_no_typo", Input: string(in)}, nil, true
		case neighbourSlip(w, "khong"):
			// "khônh", "không" with a key beside the right one: offered
			return false, &Unsure{Key: "reading.yes_no_typo", Input: string(in)}, nil, true
		case w == "no" && !strings.ContainsAny(strings.ToLower(s), "óòỏõọ"):
			return false, &Unsure{Key: "reading.no_english", Input: string(in)}, nil, true
		}
	}
	all := strings.Join(ws, " ")
	if all == "not yet" {
		// English "chưa" (round fourteen): as "no" alone, offered in a
		// Vietnamese chat, stored in an English one (englishNo)
		return false, &Unsure{Key: "reading.no_english", Input: string(in)}, nil, true
	}
	if len(ws) >= 2 && ws[0] == "co" && ws[1] == "khi" && !cut[0] && mayBe(s) {
		return false, nil, problem("answer.yes_no_hedged", "input", in), true // "có khi chưa": may be, as "có thể"
	}
	if borrowed(ws) {
		return false, nil, problem("answer.yes_no_borrowed", "input", in), true
	}
	opens := func(set map[string]bool, n int) bool {
		return len(ws) >= n && !slices.Contains(cut[:n-1], true) && set[strings.Join(ws[:n], " ")]
	}
	switch {
	case notApplicable[all] || opens(notApplicable, 3) ||
		len(ws) >= 3 && !cut[0] && !cut[1] && negations[ws[0]] && ws[1] == "ap" && ws[2] == "dung":
		return false, nil, problem("answer.not_applicable", "input", in), true
	}
	return false, nil, nil, false
}

// englishNo drops the doubt of policy 1 about "no" from a chat held in
// English, where "nó" is not typed.
func englishNo(u *Unsure, lang locales.Lang) *Unsure {
	if u != nil && u.Key == "reading.no_english" && lang == locales.EN {
		return nil
	}
	return u
}

// centralChi reports whether "chi" at i of tk is the central "chi" (gì),
// not "chị" typed bare: after "làm" and before "có" ("làm chi có", "làm
// chi mà có"), or last after a negated "có" ("không có chi", which also
// answers thanks).
func centralChi(tk []Token, i int) bool {
	switch {
	case i > 0 && tk[i-1].Skel == "lam" && i+1 < len(tk) && (tk[i+1].Skel == "co" || tk[i+1].Skel == "ma"):
		return true
	case i == len(tk)-1 && i >= 2 && tk[i-1].Skel == "co" && negations[tk[i-2].Skel]:
		return true
	}
	return false
}

// nothingCentral reports "không có chi" (politeness aside), "chi" typed
// bare: the central "không có gì".
func nothingCentral(s string) bool {
	var ws []string
	for _, t := range Tokenize(Normalize(s)).Tokens {
		w := strings.Trim(t.Skel, edgePunct)
		switch {
		case strings.HasSuffix(t.Typed, ":"):
			ws = ws[:0] // "Dạ em xin báo cáo ạ: không có chi"
		case w == "" || len(ws) == 0 && (leadPolite[w] || politeWords[w]) || !strings.ContainsFunc(w, isLetter):
		case w == "chi" && t.Lower != "chi":
			return false // "chị"
		default:
			ws = append(ws, w)
		}
	}
	for len(ws) > 3 && tailPolite[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return len(ws) == 3 && negations[ws[0]] && ws[0] != "chua" && ws[1] == "co" && ws[2] == "chi"
}

// borrowed reports a reply that the commune uses what belongs to another
// ("Sử dụng chung điểm cầu của huyện", "nhờ hội trường của xã bạn",
// "mượn máy của trường"): it has none of its own, which is not a plain
// yes, nor quite a no. What the commune shares of its own ("dùng chung
// với hội trường UBND xã") is not this.
func borrowed(ws []string) bool {
	shared := false
	for i, w := range ws {
		switch {
		case !shared && (negations[w] || w == "co" || w == "roi"):
			return false // "Không - xã dùng chung … của huyện": the answer, then a remark
		case w == "chung" || w == "nho" || w == "muon" || w == "ke" && i+1 < len(ws) && ws[i+1] == "nho":
			shared = true
		case w == "cua" && shared && i+1 < len(ws):
			owner := strings.Join(ws[i+1:], " ")
			for _, o := range []string{"huyen", "tinh", "thanh pho", "quan", "thi xa", "xa khac", "xa ban", "xa ben", "xa lan can",
				"don vi khac", "co quan khac", "truong", "tram", "trung tam", "buu dien", "nguoi khac", "thon", "ban"} {
				if owner == o || strings.HasPrefix(owner, o+" ") {
					return true
				}
			}
		}
	}
	return false
}

// mayBe reports "có khi" typed as such (not "có khỉ"): it may be, or it
// may not, as "có thể" says; neither a yes nor a no (policy 8).
func mayBe(s string) bool {
	l := strings.ToLower(Normalize(s))
	return strings.Contains(l, "có khi") || strings.Contains(l, "co khi") || strings.Contains(l, "cos khi") || strings.Contains(l, "co1 khi")
}

// policyR8Marks are pieces of every form the round-eight rules read; an
// answer without any of them is left to the other rules untokenized.
var policyR8Marks = []string{"0", "1", "no", "na", "n/a", "áp", "ap", "thuộc", "thuoc", "liên", "lien", "chi", "khi",
	"chung", "nhờ", "nho", "kh", "mượn", "muon", "coá", "coà", "coả", "coã", "coạ", "coa"}

func mayPolicyR8(l string) bool {
	for _, m := range policyR8Marks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// keyRows are the rows of a keyboard, for the keys beside each other.
var keyRows = []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// besideKey reports whether a and b are keys next to each other in a row.
func besideKey(a, b byte) bool {
	for _, r := range keyRows {
		i, j := strings.IndexByte(r, a), strings.IndexByte(r, b)
		if i >= 0 && j >= 0 && (i-j == 1 || j-i == 1) {
			return true
		}
	}
	return false
}

// neighbourSlip reports whether the folded w is word with one letter
// typed with the key beside it ("khonh", "khobg"), the first letter kept.
func neighbourSlip(w, word string) bool {
	if len(w) != len(word) || w == word || w[0] != word[0] {
		return false
	}
	diff := 0
	for i := range w {
		if w[i] != word[i] {
			if diff++; diff > 1 || !besideKey(w[i], word[i]) {
				return false
			}
		}
	}
	return true
}
