package reader

import (
	"regexp"
	"slices"
	"strings"

	"github.com/baocao/baocao/locales"
)

// Round nine's rules at a yes/no question, as a clerk states them (the
// lead's policies 1 and 4 of round nine, and what the Mekong-delta and
// mountain officers' batches showed), each with its table test
// (yesno_r9_test.go):
//
//  1. A yes or a no with a figure in it ("có5", "co1", "kho6ng", "chu7a")
//     may be the answer and a count typed together, or VNI keys left in:
//     offered, never stored (policy 4). A whole reply typed with VNI keys
//     ("co1 ro62i", "kho6ng co1") is a VNI keyboard: the words. Telex keys
//     ("khoongf", "cos") are letters and make no figure: still the word.
//  2. "coa" typed without any mark is not the chats' "cóa" for sure:
//     offered. "cóa" stays có (policy 4).
//  3. "r" alone is "rồi" as often as "seen": offered, as "ok" and "được"
//     are (policy 1); "được rồi", "ok rồi", "đc r" acknowledge as "được"
//     does: offered. "rồi" typed in full answers "đã … chưa?": stored.
//  4. A yes put as a question ("sao lại không có", "chẳng phải có rồi à",
//     "không phải có rồi sao?") leans to yes: offered, never stored.
//  5. Done "100%" ("hoàn thành 100%", "đã lắp 100%") is done in full: the
//     reading of what was done, as if the share were not there. A share
//     short of 100% stays a part (rule 17).
//  6. Only a plan or a decision, then what is not done ("đã có chủ trương,
//     chưa lắp", "có kế hoạch rồi nhưng chưa triển khai") is a no, offered:
//     a plan is not the thing.
//  7. A negated verb, then "được" ("chưa kết nối được", "không lắp được")
//     is "could not": a no as without "được". The "được" is no yes.
//  8. Since when, said with the words of a year before ("có từ năm ngoái
//     rồi", "có từ năm kia"), is since when (rule 10).
//  9. Offices' verbs of work done are the full natural list (rule 21):
//     "bố trí", "phân công", "hỗ trợ", "tập huấn", "tuyên truyền"…. Not
//     "phê duyệt", "đăng ký" (approved or registered is not done).
// 11. One word a slip away from có, không or chưa, that no reply means
//     otherwise: a zero for an o ("kh0ng", "c0"), Telex's w for ư without
//     its u ("chwa"), two keys swapped, typed bare ("cso", Telex's "cos";
//     not "cháu", a word with its marks), the last
//     letter of "không" dropped ("khôn"): offered, never stored.
// 12. Then and now ("huyện cũ có, giờ sáp nhập chưa có", "trước có, giờ
//     chưa", "năm ngoái chưa, năm nay có rồi"): the question asks about
//     now; the answer of the clause that says now, offered.
// 10. Meeting a requirement ("đã đáp ứng", "đảm bảo yêu cầu", "chưa đáp
//     ứng") is a standard met or not, as "đạt" is (rule 18): offered
//     either way.

func init() {
	for _, w := range []string{"bo tri", "phan cong", "ho tro", "duy tri",
		"sua chua", "khac phuc", "cap nhat", "tuyen truyen", "pho bien", "quan triet",
		"bo sung", "tap huan", "phat dong", "cung cap", "cap phat", "boi duong", "so hoa", "sap xep",
		"bo tri du", "bo tri day du", "kiem tra xong"} {
		officeVerbs[w] = true
	}
	for _, w := range []string{"ngoai", "kia", "roi", "qua"} {
		sinceWhen[w] = true // "từ năm ngoái rồi", "từ năm kia" (rule 8)
	}
}

// figureJoined reports a yes or a no word, or a polite word beside one,
// with a figure in it (rule 1): "có5", "co1", "5có", "kho6ng", "có ạ1".
// One word with a figure may be a figure typed into the word; when every
// word with a figure is bare and there are two or more ("co1 ro62i",
// "kho6ng co1"), the keyboard is VNI and the figures are its keys.
func figureJoined(s string) bool {
	if !strings.ContainsFunc(s, isDigit) {
		return false // the cheap path
	}
	joined, marked, vni := false, false, 0
	for _, t := range Tokenize(Normalize(s)).Tokens {
		l := strings.Trim(t.Lower, edgePunct)
		letters := strings.Map(func(r rune) rune {
			if isDigit(r) {
				return -1
			}
			return r
		}, l)
		if letters == l || letters == "" {
			continue
		}
		vni++
		if w := untelex(Fold(letters)); w != "" && (yesWords[w] || noWords[w] || negations[w] || politeWords[w] || tailPolite[w] || leadPolite[w]) {
			joined = true
			marked = marked || !IsASCII(letters)
		}
	}
	return joined && (vni == 1 || marked)
}

// questionTails end a yes put as a question (rule 4).
var questionTails = setOf("a", "ha", "u", "sao", "chu", "nhi", "ma", "con", "gi", "nua", "ta", "he", "ne")

// hundredDone is a share of 100% at the end (rule 5).
var hundredDone = regexp.MustCompile(`(?i)[\s:,-]*100\s*(?:%|phần\s+trăm|phan\s+tram)[\s.!]*(?:ạ|a|nhé|nha)?[\s.!]*$`)

// planNouns are what is planned or decided rather than done (rule 6).
var planNouns = setOfPhrases("chu truong", "ke hoach", "kh", "du an", "de an", "quyet dinh", "qd", "phuong an",
	"du toan", "thiet ke", "van ban", "cong van", "chi dao", "y kien", "de xuat", "to trinh")

// yesNoPolicyR9 applies rules 2 to 7 to s typed at a question; ok is
// false when none applies.
func yesNoPolicyR9(s string, in locales.Plain, echo *lazyWords) (yes bool, u *Unsure, p *locales.Msg, ok bool) {
	if !mayPolicyR9(strings.ToLower(s)) {
		return false, nil, nil, false // the cheap path: none of the words the rules read
	}
	tk, fs := clauseWords(yesNoTokens(s))
	for len(fs) > 1 && ackWords[fs[0]] && tk[0].Lower != "đã" {
		tk, fs = tk[1:], fs[1:] // "dạ r", "vâng được rồi"
	}
	if len(fs) == 0 {
		return false, nil, nil, false
	}
	ask := func(yes bool, key string) (bool, *Unsure, *locales.Msg, bool) {
		return yes, &Unsure{Key: key, Input: string(in)}, nil, true
	}
	switch {
	case len(fs) == 1 && tk[0].Lower == "coa":
		return ask(true, "reading.yes_no_typo") // rule 2
	case len(fs) == 1 && tk[0].Lower == "r":
		return ask(true, "reading.yes_ack_letter") // rule 3
	case len(fs) == 2 && (okayWords[fs[0]] || okayWords[collapse(fs[0])]) && (fs[1] == "roi" || fs[1] == "r" || fs[1] == "rui"):
		return ask(true, "reading.yes_okay") // rule 3: "được rồi", "ok r"
	}
	switch meetsNeeds(fs) { // rule 10
	case YesAsk:
		return ask(true, "reading.yes_by_verb")
	case NoAsk:
		return ask(false, "reading.not_met")
	}
	if rhetoricalYes(tk, fs, s) {
		return ask(true, "reading.yes_no_turned") // rule 4
	}
	return false, nil, nil, false
}

// yesNoRetryR9 applies rules 5 to 7 to s typed at a question that the
// other rules refused; ok is false when none applies.
func yesNoRetryR9(s string, echo *lazyWords) (yes bool, u *Unsure, p *locales.Msg, ok bool) {
	if b, ok := oneSlipAway(s); ok {
		return b, &Unsure{Key: "reading.yes_no_typo", Input: string(quoted(s))}, nil, true // rule 11
	}
	if b, ok := thenAndNow(s, echo); ok {
		return b, &Unsure{Key: "reading.yes_no_now", Input: string(quoted(s))}, nil, true // rule 12
	}
	if l := strings.ToLower(s); !strings.Contains(l, "100") && !strings.Contains(l, "chưa") && !strings.Contains(l, "chua") &&
		!strings.Contains(l, "được") && !strings.Contains(l, "duoc") {
		return false, nil, nil, false // the cheap path: none of rules 5 to 7's words
	}
	in := quoted(s)
	tk, fs := clauseWords(yesNoTokens(s))
	if len(fs) == 0 {
		return false, nil, nil, false
	}
	n := Normalize(s)
	if loc := hundredDone.FindStringIndex(n); loc != nil && loc[0] > 0 && strings.ContainsFunc(n[:loc[0]], isLetter) {
		if b, u, p := readYesNoWords(n[:loc[0]], echo); p == nil && b {
			if u == nil {
				u = &Unsure{Key: "reading.yes_no_extra", Input: string(in)}
			}
			return b, u, nil, true // rule 5
		}
	}
	if onlyPlanned(s) {
		return false, &Unsure{Key: "reading.no_only_planned", Input: string(in)}, nil, true // rule 6
	}
	if len(fs) >= 3 && negations[fs[0]] && fs[len(fs)-1] == "duoc" && !slices.Contains(fs[1:], "co") {
		rest := make([]string, 0, len(tk)-1)
		for _, t := range tk[:len(tk)-1] {
			rest = append(rest, t.Typed)
		}
		if b, u, p := readYesNoWords(strings.Join(rest, " "), echo); p == nil && !b {
			if u == nil && !(officeVerbs[strings.Join(fs[1:len(fs)-1], " ")] || echo.has(fs[1])) {
				u = &Unsure{Key: "reading.yes_no_extra", Input: string(in)}
			}
			return b, u, nil, true // rule 7
		}
	}
	return false, nil, nil, false
}

// rhetoricalYes reports a yes put as a question (rule 4): "sao lại không
// có", "chẳng phải có rồi à", "không phải có rồi sao?", "chẳng lẽ không
// có".
func rhetoricalYes(tk []Token, fs []string, s string) bool {
	i := 0
	ws := strings.Fields(Fold(strings.ToLower(Normalize(s))))
	asked := strings.HasSuffix(strings.TrimSpace(s), "?") || len(ws) > 0 && questionTails[strings.Trim(ws[len(ws)-1], edgePunct)]
	switch {
	case len(fs) > 3 && fs[0] == "sao" && fs[1] == "lai" && negations[fs[2]]:
		i = 3
	case len(fs) > 3 && fs[0] == "chang" && fs[1] == "le" && negations[fs[2]]:
		i = 3
	case len(fs) > 2 && (fs[0] == "chang" || fs[0] == "khong" || fs[0] == "ko" || fs[0] == "cha") && fs[1] == "phai":
		i = 2
		if fs[i] == "la" {
			i++
		}
		if i < len(fs) && negations[fs[i]] {
			return false // "không phải là không có": rule 15's
		}
		if !asked {
			return false
		}
	default:
		return false
	}
	if i >= len(fs) || fs[i] != "co" && fs[i] != "da" {
		return false
	}
	for _, f := range fs[i+1:] {
		if !(questionTails[f] || f == "roi" || f == "co" || f == "chu") {
			return false
		}
	}
	for _, t := range tk {
		if strings.ContainsAny(t.Typed, ",;") && t != tk[len(tk)-1] {
			return false // "không phải, có": a correction, not a question
		}
	}
	return true
}

// onlyPlanned reports a plan or a decision beside what is not done (rule
// 6): "đã có chủ trương, chưa lắp", "có kế hoạch rồi nhưng chưa làm".
func onlyPlanned(s string) bool {
	l := " " + Fold(strings.ToLower(Normalize(s))) + " "
	if !strings.Contains(l, "chua ") {
		return false // the cheap path
	}
	plan, not := false, false
	for _, c := range strings.FieldsFunc(l, func(r rune) bool { return r == ',' || r == ';' || r == '.' }) {
		_, fs := clauseWords(Tokenize(c).Tokens)
		if len(fs) > 0 && (fs[0] == "nhung" || fs[0] == "ma") {
			fs = fs[1:]
		}
		if len(fs) > 2 && fs[len(fs)-2] == "nhung" {
			continue
		}
		if j := slices.Index(fs, "nhung"); j > 0 && j+1 < len(fs) {
			// "có kế hoạch rồi nhưng chưa triển khai": two clauses
			return plannedClause(fs[:j]) && notDoneClause(fs[j+1:])
		}
		switch {
		case plannedClause(fs):
			plan = true
		case notDoneClause(fs):
			not = true
		default:
			return false
		}
	}
	return plan && not
}

// plannedClause: "đã có chủ trương", "có kế hoạch rồi", "đã được phê
// duyệt chủ trương".
func plannedClause(fs []string) bool {
	if len(fs) > 0 && fs[0] == "da" {
		fs = fs[1:]
	}
	if len(fs) > 0 && fs[len(fs)-1] == "roi" {
		fs = fs[:len(fs)-1]
	}
	if len(fs) > 1 && fs[0] == "co" {
		return planNouns[strings.Join(fs[1:], " ")] || len(fs) > 2 && planNouns[strings.Join(fs[1:3], " ")]
	}
	return len(fs) > 1 && fs[0] == "duoc" && (fs[1] == "phe" || fs[1] == "chap") || // "được phê duyệt", "được chấp thuận"
		planVerbs[strings.Join(fs, " ")] // "đã đề xuất" (rule 8 of yesno_remark.go)
}

// notDoneClause: "chưa lắp", "chưa triển khai", "chưa có", "chưa làm".
func notDoneClause(fs []string) bool {
	return len(fs) > 1 && fs[0] == "chua" && len(fs) <= 4
}

// meetTails may follow a verb of meeting: "đáp ứng đủ", "đảm bảo yêu cầu".
var meetTails = setOf("du", "day", "yeu", "cau", "roi", "duoc", "tot", "chuan", "tieu", "nhu", "theo", "quy", "dinh")

// meetsNeeds reads rule 10: "(đã) đáp ứng (đủ/yêu cầu)", "chưa đảm bảo".
func meetsNeeds(fs []string) Verdict {
	i, neg := 0, false
	switch {
	case len(fs) > 0 && fs[0] == "da":
		i = 1
	case len(fs) > 0 && (fs[0] == "chua" || fs[0] == "khong" || fs[0] == "ko" || fs[0] == "k" || fs[0] == "chang"):
		i, neg = 1, true
	}
	if i+1 >= len(fs) || !(fs[i] == "dap" && fs[i+1] == "ung" || fs[i] == "dam" && fs[i+1] == "bao" || fs[i] == "bao" && fs[i+1] == "dam") {
		return NoRule
	}
	for _, f := range fs[i+2:] {
		if !meetTails[f] {
			return NoRule
		}
	}
	if neg {
		return NoAsk
	}
	return YesAsk
}

// policyR9Marks are pieces of every form rules 2 to 4 and 10 read; "r"
// alone is looked for as a word.
var policyR9Marks = []string{"coa", "ro", "rồ", "rô", "ru", "sao", "phải", "phai", "lẽ", "le", "đáp", "dap", "đảm", "dam", "bảo", "bao"}

func mayPolicyR9(l string) bool {
	for _, m := range policyR9Marks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return slices.ContainsFunc(strings.Fields(l), func(w string) bool { return strings.Trim(w, edgePunct) == "r" })
}

// oneSlipAway applies rule 11 to s: one word, politeness aside.
func oneSlipAway(s string) (yes bool, ok bool) {
	if len(s) > 32 {
		return false, false // the cheap path: one word and some politeness
	}
	tk, fs := clauseWords(yesNoTokens(s))
	for len(fs) > 1 && ackWords[fs[0]] {
		tk, fs = tk[1:], fs[1:]
	}
	if len(fs) != 1 || len(fs[0]) < 2 || len(fs[0]) > 6 {
		return false, false
	}
	w := Fold(strings.Trim(tk[0].Lower, edgePunct))
	word := func(c string) (bool, bool) {
		switch untelex(c) {
		case "co":
			return true, true
		case "khong", "chua":
			return false, true
		}
		return false, false
	}
	var tries []string
	if strings.Contains(w, "0") {
		tries = append(tries, strings.ReplaceAll(w, "0", "o")) // "kh0ng", "c0"
	}
	if i := strings.IndexByte(w, 'w'); i > 0 && !strings.ContainsRune("aeiouy", rune(w[i-1])) {
		tries = append(tries, w[:i]+"u"+w[i:]) // "chwa" is "chuwa"
	}
	for i := 0; i+1 < len(w) && IsASCII(tk[0].Lower); i++ {
		tries = append(tries, w[:i]+string(w[i+1])+string(w[i])+w[i+2:]) // "cso"; not "cháu", a word with its marks
	}
	if w == "khon" {
		tries = append(tries, "khong") // "khôn"
	}
	for _, c := range tries {
		if c != w && !strings.ContainsFunc(c, isDigit) {
			if b, ok := word(c); ok {
				return b, true
			}
		}
	}
	return false, false
}

// nowWords open the clause of rule 12 that says now, folded; thenWords
// are in the clause that says before.
var (
	nowWords  = []string{"bay gio", "hien gio", "hien nay", "hien tai", "gio", "nay", "nam nay", "sau sap nhap", "gio sap nhap", "sau khi sap nhap"}
	thenWords = setOf("truoc", "cu", "ngoai", "xua", "hoi", "truoc day", "truoc kia")
)

// thenAndNow applies rule 12 to s: two clauses, one of before and one
// of now, each a yes or a no.
func thenAndNow(s string, echo *lazyWords) (yes bool, ok bool) {
	s = centralNow(s) // "chừ" is "giờ" (yesno_then_now.go)
	l := Fold(strings.ToLower(Normalize(s)))
	if !strings.Contains(l, "gio") && !strings.Contains(l, "nay") && !strings.Contains(l, "hien") {
		return false, false // the cheap path
	}
	parts := strings.FieldsFunc(Normalize(s), func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) != 2 {
		return false, false
	}
	now, then := -1, -1
	var rest [2]string
	for i, part := range parts {
		ws := strings.Fields(Fold(strings.ToLower(part)))
		typed := strings.Fields(part)
		for _, n := range nowWords {
			nw := strings.Fields(n)
			if len(ws) > len(nw) && strings.Join(ws[:len(nw)], " ") == n {
				now = i
				k := len(nw)
				for k < len(ws) && (ws[k] == "thi" || ws[k] == "sap" || ws[k] == "nhap" || ws[k] == "la") {
					k++
				}
				if k > len(typed) {
					return false, false // the fold split a word: no cut to trust
				}
				rest[i] = strings.Join(typed[k:], " ")
				break
			}
		}
		if now != i && slices.ContainsFunc(ws, func(w string) bool { return thenWords[w] }) {
			then = i
			rest[i] = part
		}
	}
	if now < 0 || then < 0 || now == then || strings.TrimSpace(rest[now]) == "" {
		return false, false
	}
	if brokenNow(rest[now]) {
		return false, true // "trước có, chừ hư rồi" (yesno_then_now.go)
	}
	b, _, p := readYesNoWords(rest[now], echo)
	if p != nil {
		return false, false
	}
	return b, true
}
