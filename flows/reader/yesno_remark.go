package reader

import (
	"slices"
	"strings"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// Rules a clerk states at a yes/no question about what comes with the
// answer, each with its table test (yesno_remark_test.go):
//
//  1. An office's yes — "có", "có rồi", "đã có", or "đã" and a verb of
//     work done — then a remark that only describes the thing asked and
//     what was done to it, is the yes a clerk records: "Đã triển khai,
//     đưa vào sử dụng", "có điểm cầu ở UBND phường", "Có rồi, kết nối từ
//     tháng 3/2025", "Tính đến ngày 31/12/2026 đơn vị đã có điểm cầu",
//     "có rồi nờ". The remark may hold the question's own words, verbs of
//     work done, how fully, where in the unit, how many and since when;
//     any other word — a negation, a hedge, "nhưng", "đang", "mới", a
//     condition, another's ("của huyện", "nhờ", "dùng chung"), a word the
//     rule does not know — leaves the answer to the other rules, which ask.
//     A remark that names fewer of the levels the question names ("với
//     huyện" of "huyện, tỉnh") is a part: not this rule, and a yes
//     stored by the others ("có, kết nối với huyện") is offered instead.
//  2. A question asked back in the form of one ("có … không?", "đã …
//     chưa?", "… phải không?") is no answer: refused, whatever words it
//     holds. "Có ạ?" alone is a yes asked back (rule 27), and "không phải
//     có rồi sao?" a yes put as a question (round nine): both offered.
//  3. A plain no, then a yes that says it is done ("không, có rồi",
//     "chưa, đã lắp rồi", "chưa, à có rồi, mới lắp tháng trước"): the
//     person corrected themselves; the yes is offered. Two bare words
//     ("không, có"), or a yes then a no without "à" ("có, chưa có"), stay
//     both: refused.
//  4. TRUE or FALSE alone, a spreadsheet's values pasted, is offered: the
//     cell may hold a default or a formula rather than the answer.
//  6. "Chưa" (not yet), then what is missing to do it ("Chưa có kinh phí
//     đầu tư", "Chưa đủ điều kiện triển khai") or the work not done and
//     why ("Chưa lắp đặt do thiếu kinh phí"), is the no a clerk records;
//     what is under way may follow in a clause of its own (rule 4 of
//     yesno.go). "Không đủ kinh phí", "thiếu kinh phí" tell of a lack, not
//     that the thing is missing, and funds to upgrade or repair it ("chưa
//     có kinh phí nâng cấp") say it is there: offered as before.
//  7. A verb of work, then only how well it was done ("Thực hiện tốt",
//     "Triển khai đầy đủ"), says it was done: a yes, offered, as "đã" and
//     the verb would be. The verb alone stays refused.
//  8. Only proposed or asked for ("đã đề xuất", "đã xin chủ trương",
//     "đã lập dự toán"), then not done ("chưa được phê duyệt"), is a plan
//     and not the thing, as round nine's rule 6 reads "đã có chủ trương,
//     chưa lắp": a no, offered.
//  9. Why first, then the answer after "nên" or "vì vậy" (so): "bản em
//     chưa có sóng 4G nên chưa", "có kinh phí của tỉnh nên có rồi". The
//     answer is the one after "nên", offered, when the reason does not say
//     the other ("có kinh phí nên chưa" is both: refused).
//  5. "Đã" typed with its tone but not its stroke ("da4", "dax", "dã") is
//     the keys half typed: the yes is offered. The whole reply in VNI keys
//     with every word whole ("dda4 co1", "co1 ro62i") stays the words, as
//     batch B's writers and round nine agree.

// afterWords applies rules 1 to 4 to the reading (b, u, p) of s at a
// question (echo not nil).
func afterWords(s string, echo *lazyWords, b bool, u *Unsure, p *locales.Msg) (bool, *Unsure, *locales.Msg) {
	if u == nil && p == nil && !b && !strings.ContainsAny(s, "?？") && len(s) > 16 {
		return b, u, p // the cheap path: a no stored, none of the rules' forms
	}
	in := string(quoted(s))
	if questionBack(s) {
		return false, nil, problem("answer.yes_no_question_back", "input", quoted(s))
	}
	if len(s) <= 16 {
		switch strings.Trim(strings.ToLower(Normalize(s)), " .!") {
		case "true":
			return true, &Unsure{Key: "reading.yes_no_cell", Input: in}, nil
		case "false":
			return false, &Unsure{Key: "reading.yes_no_cell", Input: in}, nil
		}
	}
	if p != nil && (p.Key == "answer.not_yes_no" || p.Key == "answer.yes_no_ambiguous") {
		if yes, ok := plainThenOther(s, echo); ok {
			return yes, &Unsure{Key: "reading.corrected", Input: in}, nil
		}
	}
	asked := u != nil && b && (u.Key == "reading.yes_by_verb" || u.Key == "reading.yes_no_extra")
	refused := p != nil && (p.Key == "answer.not_yes_no" || p.Key == "answer.yes_no_ambiguous")
	if (asked || refused) && recordedYes(s, echo) {
		return true, nil, nil
	}
	if (u != nil && !b && u.Key == "reading.yes_no_extra" || refused) && recordedNo(s) {
		return false, nil, nil // "Chưa có kinh phí đầu tư" (rule 6)
	}
	if p != nil && p.Key == "answer.not_yes_no" {
		if yes, ok := reasonThenAnswer(s, echo); ok {
			return yes, &Unsure{Key: "reading.yes_no_extra", Input: in}, nil // "… nên chưa" (rule 9)
		}
	}
	if p != nil && p.Key == "answer.not_yes_no" && doneWell(s) {
		return true, &Unsure{Key: "reading.yes_by_verb", Input: in}, nil // "Thực hiện tốt" (rule 7)
	}
	if b && u == nil && p == nil && someLevels(s, echo.q) {
		// "có rồi, kết nối với huyện": a part of what was asked (rule 1)
		return true, &Unsure{Key: "reading.yes_no_some_levels", Input: in}, nil
	}
	return b, u, p
}

// questionEnds close a question asked back (rule 2): "… phải không?".
var questionEnds = setOfPhrases("phai khong", "phai ko", "phai k", "dung khong", "dung ko", "hay khong", "hay ko",
	"hay chua", "duoc khong", "phai hong", "phai hok")

// askedBackTail are the words after a question that address the asker.
var askedBackTail = setOf("a", "anh", "chi", "em", "ad", "admin", "vay", "the", "ha", "nhi", "oi", "ban", "ong", "ba", "co")

// questionBack applies rule 2: s ends with a question mark and its words
// are a yes/no question: "có" or "đã" … a negation, or a question's end.
func questionBack(s string) bool {
	if !strings.ContainsAny(s, "?？") || !asksBack(s) {
		return false
	}
	tk, fs := clauseWords(yesNoTokens(s))
	if len(fs) > 0 && fs[0] == "da" && !SameWord(tk[0], "đã") && !IsASCII(tk[0].Lower) {
		return false // "Dạ chưa? ạ": the polite "dạ", then an answer asked back
	}
	for len(fs) > 2 && askedBackTail[fs[len(fs)-1]] {
		fs = fs[:len(fs)-1] // "… không anh?", "… chưa ạ?"
	}
	if len(fs) < 2 {
		return false
	}
	if questionEnds[strings.Join(fs[len(fs)-2:], " ")] {
		return true
	}
	last := fs[len(fs)-1]
	return (fs[0] == "co" || fs[0] == "da") && (last == "khong" || last == "ko" || last == "k" || last == "chua" ||
		last == "hong" || last == "hok")
}

// plainThenOther applies rule 3: ok when s is a bare yes or no, then the
// other answer in full (two words or more, or after "à"), then nothing
// but a remark of what was done (rule 1's) or when; yes is the last.
func plainThenOther(s string, echo *lazyWords) (yes, ok bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) < 2 {
		return false, false
	}
	_, first := clauseWords(yesNoTokens(parts[0]))
	if len(first) != 1 {
		return false, false
	}
	var was bool
	switch first[0] {
	case "co":
		was = true
	case "khong", "ko", "k", "chua":
	default:
		return false, false
	}
	ts := yesNoTokens(parts[1])
	marked := false
	if rest, ok := correcting(ts); ok {
		ts, marked = rest, true // "à có rồi"
	}
	tk, fs := clauseWords(ts)
	if len(fs) < 2 && !marked {
		return false, false // "không, có": both
	}
	v, _ := clauseVerdict(tk)
	if v != Yes && v != No || (v == Yes) == was {
		return false, false
	}
	if !marked && (v == No || !slices.ContainsFunc(fs, func(f string) bool { return f == "roi" || f == "da" || f == "xong" })) {
		return false, false // "có, không có", "không, có chứ": unmarked, only a yes that says it is done corrects
	}
	for _, p := range parts[2:] {
		if v == No || !doneRemark(clauseWords(yesNoTokens(p))) {
			return false, false
		}
	}
	return v == Yes, true
}

// recordedYes applies rule 1 to s at the question whose words are echo.
func recordedYes(s string, echo *lazyWords) bool {
	if echo == nil || echo.q == nil || strings.ContainsAny(s, "?？") {
		return false
	}
	tk, fs := remarkWordsOnly(clauseWords(yesNoTokens(s)))
	particle := false
	for len(fs) > 1 && centralTail(tk[len(tk)-1]) {
		tk, fs, particle = tk[:len(tk)-1], fs[:len(fs)-1], true // "có rồi nờ"
	}
	tk, fs = cutWhoWhen(tk, fs)
	n, ownVerb := yesOpening(tk, fs, echo)
	if n == 0 {
		return false
	}
	rest, restTk := fs[n:], tk[n:]
	if len(rest) == 0 {
		return particle && !ownVerb
	}
	if !remarkOfThing(restTk, rest, echo, false) || !allLevels(rest, echo.q) {
		return false
	}
	// The question's own verb done ("đã kết nối") says how fully, or to
	// every level the question names, before it is more than a part.
	return !ownVerb || fullyCut(rest) || levelsNamed(rest) > 0
}

// remarkWordsOnly drops from tk and fs the marks standing alone ("Có - 01
// điểm", "Có: đặt tại …"): they join the answer to its remark.
func remarkWordsOnly(tk []Token, fs []string) ([]Token, []string) {
	var otk []Token
	var ofs []string
	for i, f := range fs {
		if strings.ContainsFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			otk, ofs = append(otk, tk[i]), append(ofs, f)
		}
	}
	return otk, ofs
}

// doneRemark reports a clause of rule 1's remark after a corrected yes
// (rule 3), where "mới" is the "just" of "mới lắp tháng trước".
func doneRemark(tk []Token, fs []string) bool {
	tk, fs = remarkWordsOnly(tk, fs)
	return len(fs) > 0 && remarkOfThing(tk, fs, nil, true)
}

// centralTail reports a particle of the centre or the south closing a
// yes, typed with its marks: "nờ", "nớ", "hỉ", "tê", "hè", "chơ", or
// "nghe" ("có rồi nghe"). "No" typed bare is the English no.
func centralTail(t Token) bool {
	switch f, _ := Marked(t.Lower); f {
	case "nơ\\", "nơ/", "hi?", "tê ", "he\\", "chơ ", "nghe ":
		return true
	}
	return false
}

// whenLeads open when the answer holds: "tính đến ngày 31/12/2026",
// "đến thời điểm này", "tính tới nay".
var whenLeads = setOfPhrases("tinh den", "tinh toi", "den", "toi", "tai thoi diem", "cho den")

// cutWhoWhen takes who and when off the front of a yes (rule 1): the
// fillers of rule 6 ("xã", "đơn vị", "hiện nay") and a date it holds at.
func cutWhoWhen(tk []Token, fs []string) ([]Token, []string) {
	for cut := true; cut && len(fs) > 2; {
		cut = false
		for n := 3; n >= 1; n-- {
			if len(fs) <= n+1 || !whenLeads[strings.Join(fs[:n], " ")] {
				continue
			}
			i := n
			for i < len(fs)-1 && (fs[i] == "ngay" || fs[i] == "thoi" || fs[i] == "diem" || fs[i] == "thang" || fs[i] == "nam" ||
				fs[i] == "het") {
				i++
			}
			if i < len(fs)-1 && (isDateFigure(fs[i]) || fs[i] == "nay") {
				tk, fs, cut = tk[i+1:], fs[i+1:], true
			}
			break
		}
		for n := 4; n >= 1 && !cut; n-- {
			if len(fs) > n+1 && leadFillers[strings.Join(fs[:n], " ")] {
				tk, fs, cut = tk[n:], fs[n:], true
			}
		}
	}
	return tk, fs
}

// yesOpening is how many words of fs open rule 1's yes: "có", "có rồi",
// "đã có", "đã" and a verb of work done ("đã được" one), "có" and a
// verb ("có tổ chức"); 0 when none. ownVerb is set when the verb is the
// question's own ("đã kết nối"), not an office's.
func yesOpening(tk []Token, fs []string, echo *lazyWords) (n int, ownVerb bool) {
	if len(fs) == 0 {
		return 0, false
	}
	switch {
	case fs[0] == "co" && (SameWord(tk[0], "có") || IsASCII(tk[0].Lower)):
		n = 1
		if v := verbAt(fs[1:]); v > 0 {
			n += v // "có tổ chức"
		}
	case fs[0] == "da" && (SameWord(tk[0], "đã") || IsASCII(tk[0].Lower) && !SameWord(tk[0], "dạ")) && len(fs) > 1:
		n = 1
		if fs[1] == "duoc" {
			n++ // "đã được đầu tư"
		}
		switch v := verbAt(fs[n:]); {
		case n == 1 && fs[1] == "co":
			n++
		case v > 0:
			n += v
		case n == 1 && len(fs) > 2 && echo.has(fs[1]) && echo.has(fs[2]) && verbOfQuestion(echo.q, fs[1], fs[2]):
			n, ownVerb = 3, true // "đã kết nối"
		default:
			return 0, false
		}
	default:
		return 0, false
	}
	if n < len(fs) && (fs[n] == "roi" || fs[n] == "r" || fs[n] == "xong") {
		n++
	}
	return n, ownVerb
}

// verbOfQuestion reports a pair of the question's words that is its verb
// rather than its thing: not "điểm cầu", the pair after "có"; "kết nối".
func verbOfQuestion(q *Question, a, b string) bool {
	return a == "ket" && b == "noi" || workStarts[a] && officeVerbs[a+" "+b]
}

// levelWords are the levels of government, folded: a remark names the
// ones it connects to.
var levelWords = setOfPhrases("huyen", "quan", "tinh", "thi xa", "thanh pho", "trung uong", "tw")

// levelsNamed counts the levels fs names as where it connects to, each
// once: after "với", "đến", "tới", "lên" or "nối" ("kết nối huyện").
// "Được huyện đầu tư" names who paid, not a level connected.
func levelsNamed(fs []string) int {
	seen := map[string]bool{}
	to := -10
	for i := range fs {
		switch {
		case fs[i] == "voi" || fs[i] == "den" || fs[i] == "toi" || fs[i] == "len" || fs[i] == "noi":
			to = i
		case i+1 < len(fs) && levelWords[fs[i]+" "+fs[i+1]] && i-to <= 4:
			seen[fs[i]+" "+fs[i+1]] = true
		case levelWords[fs[i]] && i-to <= 4 && !(i > 0 && (fs[i-1] == "thi" || fs[i-1] == "thanh")):
			seen[fs[i]] = true
			to = i // "với huyện, tỉnh": the next level after this one
		}
	}
	return len(seen)
}

// allLevels reports whether fs names every level the question names, or
// none: "với huyện" of "huyện, tỉnh" is a part. "Các cấp", "3 cấp" name
// them all.
func allLevels(fs []string, q *Question) bool {
	n := levelsNamed(fs)
	if n == 0 || slices.Contains(fs, "tinh") {
		// Since 07/2025 there are no districts: the province is the
		// level above the commune, and "kết nối với tỉnh" is all of
		// "với huyện, tỉnh" (round twelve).
		return true
	}
	for i := 1; i < len(fs); i++ {
		if fs[i] == "cap" && (fs[i-1] == "cac" || fs[i-1] == "3" || fs[i-1] == "ba" || fs[i-1] == "4" || fs[i-1] == "bon") {
			return true
		}
	}
	return n >= levelsNamed(Words(Fold(q.Label[locales.VI])))
}

// someLevels reports a yes that names some of the levels the question
// names, not all: "có, kết nối với huyện" to "… với huyện, tỉnh chưa?".
func someLevels(s string, q *Question) bool {
	if !mayNameLevel(strings.ToLower(s)) {
		return false // the cheap path
	}
	_, fs := clauseWords(Tokenize(strings.Map(decoration, Normalize(s))).Tokens)
	return !allLevels(fs, q)
}

// remarkWords may stand in rule 1's remark besides the question's words,
// the verbs of work done and the places of the unit: joining words, the
// levels, how fully, when.
var remarkWords = setOf("va", "voi", "den", "toi", "cac", "ca", "deu", "cap", "gom", "vao", "tai", "o", "trong",
	"duoc", "roi", "xong", "da", "co", "huyen", "quan", "tinh", "thanh", "pho", "thi", "xa", "phuong", "tran",
	"trung", "uong", "tw", "tren", "day", "du", "thong", "suot", "dong", "bo", "hoan", "chinh", "toan", "on",
	"dinh", "tot", "thang", "nam", "ngay", "tuan", "quy", "tu", "nay", "ngoai", "truoc", "dau", "cuoi", "diem",
	"ket", "noi", "dat", "tru", "so", "ubnd", "ub", "uy", "ban", "nhan", "dan",
	"truc", "tuyen", "online") // round thirteen: "điểm cầu trực tuyến", the thing asked said as offices say it

// workWords are the words of the verbs of work done (officeVerbs).
var workWords = func() map[string]bool {
	m := map[string]bool{}
	for v := range officeVerbs {
		for _, w := range strings.Fields(v) {
			m[w] = true
		}
	}
	return m
}()

// takesFrom reports a word of a remark that takes from the yes before it:
// a negation, a no, a "but", a hedge typed as one, "chỉ", "mới".
func takesFrom(tk []Token, fs []string, i int, justDone bool) bool {
	f := fs[i]
	switch {
	case negations[f] || noWords[f] || butWords[f] || f == "neu" || f == "tru" && !(i+1 < len(fs) && fs[i+1] == "so") || f == "chi" || trialWords[f] && f != "cho":
		return true
	case f == "moi":
		return !justDone
	case hedgeWords[f] && typedAs(tk[i:i+1], f), i+1 < len(fs) && hedgeWords[f+" "+fs[i+1]]:
		return true
	case hedges[f] && !nounHalf(fs, i) && !placeHalf(fs, i):
		form, ok := hedgeForms[f]
		return !ok || tk[i].Lower == f || SameWord(tk[i], form) // "hội" and "tâm" typed so are not "hỏi", "tạm"
	}
	return false
}

// remarkOfThing reports a remark (rule 1) of only the words it may hold,
// none taking from the yes. After "tại" or "ở" only a place of the unit's
// own may follow ("tại trụ sở UBND phường"; not "ở huyện", "ở thôn"), up
// to a time. echo may be nil (rule 3's remark of when).
func remarkOfThing(tk []Token, fs []string, echo *lazyWords, justDone bool) bool {
	place := false
	for i, f := range fs {
		if place && (whenLead[f] || f == "va") {
			place = false // "tại UBND xã từ tháng 5"
		}
		switch {
		case takesFrom(tk, fs, i, justDone):
			return false
		case f == "cua" && !(i > 0 && fs[i-1] == "mot"):
			return false // another's: "của huyện"; not the "cửa" of "một cửa"
		case f == "thi" && !(i+1 < len(fs) && (fs[i+1] == "xa" || fs[i+1] == "tran")):
			return false // "thí điểm" is a trial; "thị xã", "thị trấn" are places
		case f == "tai" || f == "o":
			place = true
		case place:
			if !communePlaces[f] && f != "phuong" && f != "tran" && f != "thi" && f != "ubnd" && f != "ub" {
				return false
			}
		case isDateFigure(f):
			// a count of the thing ("01 điểm cầu"), or a time ("tháng 3/2025")
			if !(i > 0 && (whenLead[fs[i-1]] || fs[i-1] == "thang" || fs[i-1] == "nam")) &&
				!(i+1 < len(fs) && (echo.has(fs[i+1]) || fs[i+1] == "diem" || fs[i+1] == "cap")) { // "kết nối 3 cấp": levels linked (round thirteen)
				return false
			}
		case f == "moi" && justDone, remarkWords[f], workWords[f], communePlaces[f], echo.has(f) && f != "chua" && f != "khong":
		default:
			return false
		}
	}
	return true
}

// placeHalf reports a word of the hedges that is half of a place or a
// meeting there: "hội trường", "hội nghị", "trung tâm".
func placeHalf(fs []string, i int) bool {
	switch fs[i] {
	case "hoi":
		return i+1 < len(fs) && (fs[i+1] == "truong" || fs[i+1] == "nghi")
	case "tam":
		return i > 0 && fs[i-1] == "trung"
	}
	return false
}

// halfKeyed applies rule 5: a word read as "đã" typed with a tone but
// without the stroke of its đ ("da4", "dax", "dã").
func halfKeyed(s string) bool {
	if l := strings.ToLower(s); !strings.Contains(l, "da") && !strings.Contains(l, "dã") && !strings.Contains(l, "dà") &&
		!strings.Contains(l, "dá") && !strings.Contains(l, "dả") {
		return false // the cheap path: "đã" typed with its stroke, "dạ", or neither
	}
	for _, t := range Tokenize(s).Tokens {
		if t.Skel != "da" {
			continue
		}
		if f, ok := Marked(t.Lower); ok && f != "da " && f != "da." && strings.HasPrefix(f, "da") {
			return true
		}
	}
	return false
}

// verbLen is how many words of fs, from its start, make a verb of work
// done (officeVerbs, longest first), the whole of fs allowed; 0 when none.
func verbLen(fs []string) int {
	for n := min(4, len(fs)); n >= 1; n-- {
		if w := strings.Join(fs[:n], " "); officeVerbs[w] && w != "co" && w != "lam" && w != "xong" {
			return n
		}
	}
	return 0
}

// meansAt is how many words of fs, from its start, name what a task
// needs (meansWords of yesno_office.go); 0 when none.
func meansAt(fs []string) int {
	for n := min(4, len(fs)); n >= 1; n-- {
		if meansWords[strings.Join(fs[:n], " ")] {
			return n
		}
	}
	return 0
}

// upkeepVerbs are work on what is there already: funds for them say it is.
var upkeepVerbs = setOfPhrases("nang cap", "sua chua", "bao tri", "duy tri", "khac phuc", "thay the", "bo sung", "cap nhat",
	"mo rong", "hoan thien", "van hanh", "dua vao su dung", "dua vao hoat dong", "dua vao van hanh", "di vao hoat dong",
	"di vao su dung", "di vao van hanh")

// recordedNo applies rule 6 to s.
func recordedNo(s string) bool {
	if l := strings.ToLower(s); strings.ContainsAny(s, "?？") || !strings.Contains(l, "chưa") && !strings.Contains(l, "chua") {
		return false // the cheap path
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts[1:] {
		if !underWay(yesNoTokens(p)) {
			return false // "chưa có kinh phí, đang xin": what is under way (rule 4)
		}
	}
	tk, fs := remarkWordsOnly(clauseWords(yesNoTokens(parts[0])))
	tk, fs = cutWhoWhen(tk, fs)
	if len(fs) < 2 || fs[0] != "chua" || !(SameWord(tk[0], "chưa") || IsASCII(tk[0].Lower)) {
		return false
	}
	i := 1
	if fs[i] == "co" || fs[i] == "du" {
		i++ // "chưa có kinh phí", "chưa đủ điều kiện"
		n := meansAt(fs[i:])
		if n == 0 {
			return false
		}
		i += n
	} else {
		n := verbLen(fs[i:]) // "chưa lắp đặt"
		if n == 0 {
			return false
		}
		i += n
		if i < len(fs) && fs[i] == "duoc" {
			i++ // "chưa bố trí được"
		}
		i += meansAt(fs[i:])
	}
	if i < len(fs) && fs[i] == "de" {
		i++ // "để triển khai"
	}
	if n := verbLen(fs[i:]); n > 0 {
		if upkeepVerbs[strings.Join(fs[i:i+n], " ")] {
			return false // "chưa có kinh phí nâng cấp": it is there
		}
		i += n
	}
	if i < len(fs) && (fs[i] == "do" || fs[i] == "vi" || fs[i] == "boi") {
		i++ // why: "do thiếu kinh phí", "vì chưa có nguồn vốn"
		switch {
		case i < len(fs) && fs[i] == "thieu":
			i++
		case i+1 < len(fs) && (fs[i] == "chua" || fs[i] == "khong") && (fs[i+1] == "co" || fs[i+1] == "du"):
			i += 2
		default:
			return false
		}
		n := meansAt(fs[i:])
		if n == 0 {
			return false
		}
		i += n
	}
	return i == len(fs)
}

// howWell are the words that say how well work was done (rule 7).
var howWell = setOf("tot", "day", "du", "hoan", "chinh", "nghiem", "tuc", "hieu", "qua", "on", "dinh", "thong", "suot",
	"dong", "bo", "rat", "xong", "roi")

// doneWell applies rule 7 to s.
func doneWell(s string) bool {
	if strings.ContainsAny(s, "?？") {
		return false
	}
	_, fs := remarkWordsOnly(clauseWords(yesNoTokens(s)))
	n := verbLen(fs)
	if n == 0 || n == len(fs) || len(fs)-n > 3 {
		return false
	}
	for _, f := range fs[n:] {
		if !howWell[f] {
			return false
		}
	}
	return true
}

// planVerbs are what an office does before the work (rule 8), folded.
var planVerbs = setOfPhrases("de xuat", "xin", "xin chu truong", "xin kinh phi", "lap ke hoach", "xay dung ke hoach",
	"trinh", "to trinh", "dang ky", "lap du toan", "lap du an", "de nghi", "kien nghi", "bao cao de xuat")

// soWords join a reason to the answer it gives (rule 9), folded.
var soWords = []string{" nen la ", " vi vay ", " vi the ", " do do ", " cho nen ", " nen "}

// reasonThenAnswer applies rule 9 to s at a question.
func reasonThenAnswer(s string, echo *lazyWords) (yes, ok bool) {
	if strings.ContainsAny(s, "?？") {
		return false, false
	}
	f := " " + strings.Join(strings.Fields(Fold(strings.ToLower(Normalize(s)))), " ") + " "
	for _, so := range soWords {
		i := strings.LastIndex(f, so)
		if i <= 0 {
			continue
		}
		reason, answer := strings.TrimSpace(f[:i]), strings.TrimSpace(f[i+len(so):])
		if reason == "" || answer == "" {
			return false, false
		}
		v, _ := clauseVerdict(yesNoTokens(answer))
		if v != Yes && v != No {
			return false, false
		}
		if rb, _, rp := readYesNoWords(reason, echo); rp == nil && rb != (v == Yes) {
			return false, false // "có kinh phí nên chưa": the reason says the other
		}
		if r := " " + reason + " "; v == No && strings.Contains(r, " co ") && !strings.Contains(r, " chua co ") &&
			!strings.Contains(r, " khong co ") {
			return false, false // a "có" in the reason: both
		}
		return v == Yes, true
	}
	return false, false
}

// mayNameLevel reports a piece of a level's name in l, lowercased: the
// cheap path of someLevels.
func mayNameLevel(l string) bool {
	for _, m := range []string{"huy", "tinh", "tỉnh", "quan", "quận", "pho", "phố", "tw", "trung"} {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}
