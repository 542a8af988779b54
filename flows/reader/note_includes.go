package reader

import "strings"

// A note that says what the figure includes, of the very thing asked:
// "2.318 hộ (tính cả hộ tạm trú)", "8432 hộ (gồm cả hộ tạm trú)", "46 tin
// bài (tính cả tin đăng fanpage xã)", "18 hoạt động (tính cả các hoạt
// động ở thôn)". The clerk's rule (the lead's policy, "what the figure
// includes"): the figure is the total asked, counted with those, and is
// written down. It is so only when the note names the question's own
// unit or its label's words, carries no figure and no negation or doubt:
// "(tính cả 2 thôn mới)", "(chưa tính thôn 5)", "(kể cả TDP)" at another
// unit, "(tính cả số tạm)" are read as before.

// includeLeads, folded, open a note of what the figure includes.
var includeLeads = [][]string{{"tinh", "ca"}, {"gom", "ca"}, {"ke", "ca"}, {"bao", "gom", "ca"}, {"bao", "gom"}, {"tinh", "luon"},
	// round fourteen: "đã gồm", "đã tính cả", "có cả", "cả", "gồm"
	{"da", "gom", "ca"}, {"da", "tinh", "ca"}, {"da", "gom"}, {"co", "ca"}, {"ca"}, {"gom"}}

// includeDoubts, as skeletons, make an include note more than that: an
// old, provisional or estimated figure, a mistake, a guess.
var includeDoubts = setOf("cu", "tam", "uoc", "chua", "du", "kien", "sai", "nham", "khac", "khoang", "chac",
	"nghi", "doan", "so", "lieu")

// includesOwn reports note, in brackets after a figure, saying only that
// the figure includes more of what the question asks.
func (r unitRule) includesOwn(note string) bool {
	if strings.ContainsFunc(note, isDigit) || strings.ContainsAny(note, "~≈?<>/") {
		return false
	}
	ts := Tokenize(note).Tokens
	f := Folds(ts)
	n := 0
	for _, p := range includeLeads {
		if hasWordsAt(f, 0, p) {
			n = len(p)
			break
		}
	}
	if n == 0 || n >= len(ts) || hedged(ts) || Approximate(ts) {
		return false
	}
	own := false
	rest := ts[n:]
	for i, t := range rest {
		w := t.Skel
		if w == "tam" && i+1 < len(rest) && (rest[i+1].Skel == "tru" || rest[i+1].Skel == "vang") {
			continue // "hộ tạm trú", "tạm vắng": residents, not a provisional figure
		}
		if negations[w] || includeDoubts[w] && !r.own[w] || numberWords(t.Lower) {
			return false // "(tính cả số cũ)", "(kể cả hai thôn)"
		}
		if r.own[w] || len(w) > 1 && !partStop[w] && r.asked.has(w) {
			own = true
		}
	}
	return own
}
