package reader

import "strings"

// Zero said plainly in words, at a count. A clerk who reads "không có",
// "hổng có", "ko có chương trình nào", "Không phát sinh hồ sơ", "chưa
// thành lập" (at clubs) or "chưa có đâu" writes 0: the officer says there
// are none. The earlier stages offer 0 ("Ghi 0?") or miss the longer
// forms; here they are stored. A zero stays asked when it may mean
// something else:
//   - a negation alone ("không", "ko", "chưa", "chưa mô"), which may be
//     no answer rather than none;
//   - "chưa có" alone, which may be "no figure yet" as well as none;
//   - a count every commune has (households, people, villages), where a
//     zero is more likely a slip than the truth.
// Not reported ("chưa báo cáo", "chưa có số liệu", "chưa tổng hợp") is
// never 0: those words are not among plainNoneTail and the answer stays refused.

// plainNoneTail, as skeletons, may follow the negation in a plain "none".
var plainNoneTail = setOf("co", "nao", "mo", "dau", "het", "ca", "luon", "gi", "tron",
	"phat", "sinh", "to", "chuc", "thanh", "lap", "tiep", "nhan", "duoc", "dat",
	"chuan", "san", "xuat", "dang", "ai",
	// chat abbreviations of the words above (round fourteen): "đc" được, "sx" sản xuất, "tc" tổ chức
	"dc", "sx", "tc")

// plainNoneSays, as skeletons, are what makes a plain "none" more than a
// negation: "có", "nào", "hết", "phát sinh", "tổ chức", "thành lập".
var plainNoneSays = setOf("co", "nao", "dau", "het", "gi", "phat", "chuc", "lap", "xuat", "dang")

// noneLead, as typed, are words of time before a plain none: "chừ"
// (central: now), "giờ", "hiện", "hiện nay", "hiện tại".
var noneLead = setOf("chừ", "giờ", "hiện", "nay", "tại")

// alwaysSome are the unit families every commune has some of.
var alwaysSome = setOf("ho", "nguoi", "thon")

// noneSaidPlainly reports s, at q, a count, saying plainly there are none.
func noneSaidPlainly(q *Question, s string) bool {
	if q.Type != TypeInt || strings.ContainsFunc(s, isASCIIDigit) {
		return false
	}
	rule := q.unitRule()
	if alwaysSome[rule.family] {
		return false
	}
	ts := Tokenize(s).Tokens
	i := 0
	for i < len(ts) && (leadPolite[ts[i].Skel] && ts[i].Skel != "k" || ts[i].Skel == "" || noneLead[ts[i].Lower] || (rule.asked.has(ts[i].Skel) || rule.own[ts[i].Skel]) && !negations[ts[i].Skel]) {
		i++ // "Trong tháng không phát sinh hồ sơ", "Chừ chưa tổ chức giải mô hết"
	}
	if i < len(ts) && rhetoricalNo(ts[i:]) {
		return true // "mô có", "đâu có", "làm gì có"
	}
	if i >= len(ts) || !negations[ts[i].Skel] {
		return false
	}
	rest := ts[i+1:]
	says, onlyCo := false, true
	for k, t := range rest {
		w := t.Skel
		switch {
		case w == "":
		case t.Lower == "số" || w == "so" && (k == 0 || rest[k-1].Skel != "ho"):
			return false // "chưa có số": no figure yet, not none
		case plainNoneTail[w] || tailPolite[w] || classifiers[w] || rule.own[w] || rule.asked.has(w):
		case familyOf(w) != "" && familyOf(w) == rule.family:
		default:
			return false
		}
		if plainNoneSays[w] || rule.own[w] && ts[i].Skel != "chua" { // "chưa nhận hồ sơ mô": not yet
			says = true
		}
		if w != "co" && w != "" && !tailPolite[w] {
			onlyCo = false
		}
	}
	if ts[i].Skel == "chua" && onlyCo {
		return false // "chưa có": none, or not yet known
	}
	return says
}

// rhetoricalNo reports "mô có", "đâu có", "làm gì có": there are none.
func rhetoricalNo(ts []Token) bool {
	n := 0
	switch {
	case len(ts) >= 2 && (ts[0].Lower == "mô" || ts[0].Lower == "đâu") && ts[1].Skel == "co":
		n = 2
	case len(ts) >= 3 && ts[0].Skel == "lam" && ts[1].Skel == "gi" && ts[2].Skel == "co":
		n = 3
	default:
		return false
	}
	for _, t := range ts[n:] {
		if !tailPolite[t.Skel] && t.Skel != "" {
			return false
		}
	}
	return true
}

// zeroWithNone reports a 0 with a note that says there are none, or
// "none" with a 0 in brackets: "0 (tháng này ko có hồ sơ)", "0 (xã chưa
// có thư viện)", "Không (0)". The note adds no other figure: the zero is
// the officer's, said twice. A note that the figure is not reported
// ("0 (chưa báo cáo)") is no none.
func zeroWithNone(q *Question, s string) bool {
	if q.Type != TypeInt {
		return false
	}
	ans, note, ok := CutNote(s)
	if !ok {
		return false
	}
	a, n := strings.TrimSpace(ans), strings.TrimSpace(note)
	if a != "0" {
		a, n = n, a
	}
	if a != "0" || strings.ContainsFunc(n, isASCIIDigit) {
		return false
	}
	ts := Tokenize(n).Tokens
	negated := false
	for k, t := range ts {
		if notReported(ts, k) {
			return false
		}
		if negations[t.Skel] {
			negated = true
		}
	}
	return negated && !Approximate(ts) && !hedged(ts)
}

// notReported reports "báo cáo", "số liệu", "tổng hợp", "thống kê" at ts[k]:
// words of a figure not yet given, never of none.
func notReported(ts []Token, k int) bool {
	if k+1 >= len(ts) {
		return false
	}
	switch ts[k].Skel + " " + ts[k+1].Skel {
	case "bao cao", "so lieu", "tong hop", "thong ke", "cap nhat":
		return true
	}
	return false
}
