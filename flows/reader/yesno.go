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
//     confirmed; since round twelve the plain turns alone are stored
//     (yesno_rhetoric.go), "có gì đâu" still confirmed.
//  3. A hedge or a half is neither: "không hẳn", "chưa hẳn", "có nhưng
//     chưa…", "đang triển khai", "sắp", "dự kiến", "một phần", "một nửa".
//     The person is asked to say có or không.
//  4. A no, then what is under way, is a no: "chưa, đang xin kinh phí",
//     "chưa có, dự kiến năm sau". A plan does not make a yes.
//  5. Equipment and works are reported by what was done to them: "đã lắp
//     đặt", "đã đưa vào sử dụng", "đã trang bị", "đã xây dựng" are a yes.
//  6. Stress and reporting words before the answer change nothing: "tất
//     nhiên là có", "em báo cáo là xã đã có".
//  7. Chat spellings of the two words are the words: "cóa", "khôg"; and
//     "khôg có" is "không có".
//  8. A yes, then that it works, is a yes: "đã có, đang hoạt động tốt",
//     "đã có và đang sử dụng". "Đang" there tells how it stands, not that
//     it is still to come.
//  9. A no, then why, is a no: "không có ạ, xã chưa có kinh phí".
// 10. A yes or a no, then since when, is that yes or no: "có từ năm 2023",
//     "đã có từ tháng 3/2024", "chưa có từ trước đến nay".

// Verdict is what a yes/no rule made of an answer.
type Verdict int

const (
	NoRule Verdict = iota // no rule applies: the word reader decides
	Yes                   // a yes, certain
	No                    // a no, certain
	YesAsk                // a yes, to confirm
	NoAsk                 // a no, to confirm
	Hedged                // neither: ask for có or không
	Both                  // có and không at once ("2. Có"): ask for one
)

// officeVerbs are the verbs of any task an office reports as done or not
// done, folded; a task's own verb ("kết nối") is a yes only to its own
// question, which package flows knows.
var officeVerbs = setOfPhrases("thuc hien", "trien khai", "to chuc", "co", "lam", "xong", "hoan thanh",
	"hoan tat", "thuc hien xong", "trien khai xong", "to chuc xong", "trien khai thuc hien", "co roi", "lam xong",
	"to chuc thuc hien", "trien khai to chuc",
	// what is done to equipment and works (rule 5)
	"lap dat", "lap", "dua vao su dung", "dua vao hoat dong", "dua vao van hanh", "trang bi", "dau tu",
	"xay dung", "van hanh", "lap dat va dua vao su dung",
	// what offices report as done (yesno_office.go)
	"di vao hoat dong", "di vao su dung", "di vao van hanh", "ban hanh", "thanh lap", "cong nhan", "cai dat",
	"nang cap", "mua sam", "ap dung", "kien toan", "dau tu xay dung", "xay dung xong", "lap dat xong",
	"trien khai lap dat", "to chuc trien khai", "duoc dau tu", "duoc trang bi", "duoc lap dat", "duoc cong nhan",
	"ban giao", "nghiem thu", "hoan thien", "ban giao dua vao su dung", "nghiem thu dua vao su dung")

// doneWords close a yes: "rồi", "xong", "xong rồi", "hết rồi".
var doneWords = setOfPhrases("roi", "xong", "xong roi", "het roi", "xong het", "hoan thanh", "hoan tat", "xong het roi")

// turnedNo are the ways of saying no with "có" in them; turnedYes the ways
// of saying yes with "không" in them.
var (
	turnedNo = setOfPhrases("co dau", "dau co", "lam gi co", "co gi dau", "dau co dau", "co dau ma", "lam sao co", "co dau co", "dau ma co", "co duoc dau",
		"sao ma co", "lam sao ma co", "lam sao co duoc", "lam sao ma co duoc", "sao ma co duoc", "lay dau ra",
		"lam gi ma co",
		// "nào" asks where, as "đâu" does: "nào có", "nào có đâu" (round seven)
		"nao co", "nao co dau", "nao ma co", "nao co duoc", "nao co duoc dau")
	turnedYes = setOfPhrases("khong sai", "khong sai dau", "chang sai", "khong he sai", "khong phai la khong",
		"khong co sai", "khong co gi sai", "khong sai gi")
)

// hedgeWords make a yes or a no neither, folded: "không hẳn", "đang".
var hedgeWords = setOfPhrases("khong han", "chua han", "khong chac", "chua chac", "co le", "co the", "hinh nhu",
	"dang", "sap", "se", "du kien", "chuan bi", "mot phan", "mot so", "tam thoi", "chua hoan thanh",
	"chua xong", "chua day du", "chua het", "it nhieu", "ke hoach", "du dinh", "mot nua", "1 nua", "nua",
	"phan nao", "mot it", "1 phan", "1 so", "1 it",
	// a little, makeshift (rule 36): "có chút chút", "có sơ sơ", "có đỡ"
	"chut chut", "chut xiu", "chut it", "so so", "do",
	// a time ahead makes a plan (rule 36): "tuần sau có", "sang năm"
	"tuan sau", "thang sau", "nam sau", "quy sau", "tuan toi", "thang toi", "nam toi", "quy toi", "sang nam",
	"sap toi", "ngay mai",
	// maybe (rule 38): "có khi" alone; "có khi có" leans (rule 11)
	"co khi",
	// not knowing: "em không nắm", "chưa nắm được"
	"khong nam", "chua nam")

// butWords join a yes to what takes part of it back: "có nhưng chưa…".
var butWords = setOfPhrases("nhung", "ma chua", "tuy nhien", "nhung ma", "chi moi")

// YesNo applies the rules to ts, the answer's words after politeness. A
// reply of several clauses ("có, đã triển khai") is read clause by clause;
// the clauses must agree, and one the rules cannot read leaves the whole
// reply to the word reader.
func YesNo(ts []Token) Verdict {
	v, _ := yesNoWhy(ts)
	return v
}

// yesNoWhy is YesNo with the reason to confirm a YesAsk or NoAsk, a key
// under reading. ("" for the default, reading.yes_no_turned).
func yesNoWhy(ts []Token) (Verdict, string) {
	if len(ts) > 2 && ts[0].Skel == "da" {
		if _, ok := optionNumber(ts[1:]); ok {
			ts = ts[1:] // "da 2. Co": politeness, then the option copied
		}
	}
	if n, ok := optionNumber(ts); ok {
		// "1. Có", "2 - Không": the answer copied with the number the bot
		// shows it with (1 Có, 2 Không). The two must agree.
		rest := ts[1:]
		if rest[0].Typed == "-" || rest[0].Typed == "–" {
			rest = rest[1:]
		}
		v, why := yesNoWhy(rest)
		switch {
		case v == NoRule || v == Hedged:
			return v, ""
		case isYes(v) != (n == 1):
			return Both, ""
		}
		return v, why
	}
	var clauses [][]Token
	start := 0
	for i, t := range ts {
		if t.Skel == "nhung" && i > start && i < len(ts)-1 {
			if v, _ := clauseVerdict(ts[start:i]); v == No || v == NoAsk {
				// "chưa có nhưng sắp có": a no, then "but" and a plan (rule 4)
				clauses = append(clauses, ts[start:i])
				start = i
				continue
			}
		}
		if (t.Skel == "va" && i < len(ts)-1 && clauseOpeners[ts[i+1].Skel] || t.Typed == "-" || t.Typed == "–") && i > start {
			// "đã có và đang sử dụng": two clauses joined by "và";
			// "Có - đã kết nối": a dash between the answer and more.
			clauses = append(clauses, ts[start:i])
			start = i + 1
			continue
		}
		if strings.ContainsAny(t.Typed[len(t.Typed)-1:], ",;.") || i == len(ts)-1 {
			clauses = append(clauses, ts[start:i+1])
			start = i + 1
		}
	}
	var out Verdict
	var outWhy string
	for _, c := range clauses {
		if out != NoRule {
			if rest, ok := correcting(c); ok {
				// "chưa, à có rồi": the answer corrected (rule 13)
				if v, _ := clauseVerdict(rest); v != NoRule && v != Hedged && v != Both && isYes(v) != isYes(out) {
					out, outWhy = NoAsk, "reading.corrected"
					if isYes(v) {
						out = YesAsk
					}
					continue
				}
			}
		}
		if out != NoRule && out != Hedged && sinceOnly(c) {
			continue // "có rồi, từ năm 2023": since when, as its own clause (rule 10)
		}
		v, why := clauseVerdict(c)
		switch {
		case (out == No || out == NoAsk) && butPlan(c):
			continue // "chưa có, nhưng huyện đã phê duyệt": a no, and what is planned (rule 4)
		case out == Yes && v != Hedged && doneDetail(c):
			continue // "Có - đã kết nối huyện và tỉnh": a yes, and what was done (rule 14)
		case v == Hedged && (out == No || out == NoAsk) && underWay(c):
			continue // "chưa, đang xin kinh phí": a no, and why (rule 4)
		case v != No && v != NoAsk && (out == Yes || out == YesAsk) && (inService(c) || serving(c) || usedOften(c)):
			continue // "đã có, đang hoạt động tốt", "có, hoạt động tốt": a yes, and how it stands (rule 8)
		case v == Hedged:
			return Hedged, ""
		case v == NoRule && (out == No || out == NoAsk) && negatedReason(c):
			continue // "không có ạ, xã chưa có kinh phí": a no, and why (rule 9)
		case v == NoRule:
			return NoRule, ""
		case out == NoRule:
			out, outWhy = v, why
		case isYes(out) != isYes(v):
			return NoRule, "" // "có, không": the word reader says it is both
		case v == YesAsk || v == NoAsk:
			out, outWhy = v, why
		case (v == Yes || v == No) && outWhy == "" && (out == YesAsk || out == NoAsk):
			out = v // "có đâu, chưa có": a turned no, then said plainly (round seven)
		}
	}
	return out, outWhy
}

// underWayWords open a clause that tells what is being done or planned.
var underWayWords = setOfPhrases("dang", "sap", "se", "du kien", "chuan bi", "ke hoach", "du dinh", "dang xin",
	"cho", "dang cho",
	// a time ahead (rule 36): "chưa có, năm sau có"
	"tuan sau", "thang sau", "nam sau", "quy sau", "tuan toi", "thang toi", "nam toi", "quy toi", "sang nam", "sap toi")

// underWay reports whether the clause ts starts with what is under way or
// planned: "đang xin kinh phí", "dự kiến năm sau", "sẽ lắp trong quý 2".
func underWay(ts []Token) bool {
	for len(ts) > 1 && (leadFillers[ts[0].Skel] || leadPolite[ts[0].Skel]) {
		ts = ts[1:] // "xã đang đề xuất"
	}
	if len(ts) == 0 {
		return false
	}
	f := ts[0].Skel
	if underWayWords[f] && typedAs(ts[:1], f) {
		return true
	}
	return len(ts) > 1 && underWayWords[f+" "+strings.Trim(ts[1].Skel, edgePunct)]
}

// inServiceWords, after "đang", say that what there is works: "đang hoạt
// động", "đang sử dụng", "đang vận hành". Not a hedge: a state.
var inServiceWords = setOfPhrases("hoat dong", "su dung", "van hanh")

// inService reports whether the clause ts is "đang" and a word of service:
// "đang hoạt động tốt", "vẫn đang sử dụng".
func inService(ts []Token) bool {
	var fs []string
	for _, t := range ts {
		if f := strings.Trim(t.Skel, edgePunct); f != "" {
			fs = append(fs, f)
		}
	}
	for len(fs) > 0 && (fs[0] == "van" || leadFillers[fs[0]]) {
		fs = fs[1:]
	}
	if len(fs) < 2 || fs[0] != "dang" {
		return false
	}
	return inServiceWords[fs[1]] || len(fs) > 2 && inServiceWords[fs[1]+" "+fs[2]]
}

func isYes(v Verdict) bool { return v == Yes || v == YesAsk }

// leadFillers say when or who before a yes or a no: "hiện chưa có", "xã
// đã có", "bên em chưa triển khai".
var leadFillers = setOfPhrases("hien", "hien tai", "hien nay", "hien gio", "xa", "xa em", "ben em", "den nay",
	"tinh den nay", "den thoi diem nay", "thon", "phuong", "dia phuong", "don vi",
	// stress and reporting words (rule 6)
	"tat nhien", "tat nhien la", "duong nhien", "duong nhien la", "di nhien", "di nhien la", "chac chan", "chac chan la",
	"bao cao", "bao cao la", "em bao cao", "em bao cao la", "xin bao cao", "xin bao cao la", "la")

// coreYes and coreNo are the plain answers a clause may be.
var (
	coreYes = setOfPhrases("co", "vang", "roi", "dung", "ok", "duoc", "co roi", "da co", "da co roi", "co a",
		"dung roi", "da duoc", "co chu")
	coreNo = setOfPhrases("khong", "ko", "k", "kg", "chua", "khong co", "chua co", "ko co", "k co", "chua duoc",
		"khong duoc", "chua a", "khong a", "chua dau", "khong dau", "khong co dau", "chua co dau",
		// "hề", "từng", "bao giờ" stress a no: "không hề có", "chưa từng có"
		"khong he co", "chua he co", "chang he co", "khong he", "chua he", "chua tung co", "khong tung co",
		"chua bao gio co", "khong bao gio co")
)

// clauseVerdict reads one clause, with the reason for a YesAsk or NoAsk.
func clauseVerdict(ts []Token) (Verdict, string) {
	ts = cutBasis(ts) // "đã thực hiện theo Kế hoạch số 12" (rule 29)
	if v, why := turnRules(ts); v != NoRule {
		return v, why
	}
	return clauseRules(ts), ""
}

// clauseRules are rules 1 to 10 on one clause (turnRules, in
// yesno_turns.go, are the others).
func clauseRules(ts []Token) Verdict {
	ts = trimTail(ts) // "đâu có đâu nghen" is "đâu có đâu" (rule 33)
	fs := make([]string, 0, len(ts))
	for _, t := range ts {
		// Skeletons: "dax thuwcj hieenj" (Telex left on) is "đã thực hiện".
		if f := strings.Trim(t.Skel, edgePunct); f != "" {
			fs = append(fs, negSkel(t, f)) // "hông sai" is "không sai" (rule 25)
		}
	}
	fs = cutSince(fs)
	if len(fs) == 0 {
		return NoRule
	}
	s := strings.Join(fs, " ")
	if len(fs) > 1 && fs[0] == "da" {
		// "da co dau": typed bare, "da" is the polite "dạ" or the "đã" of
		// what was done; either way the turn of the rest is what it says.
		if r := strings.Join(fs[1:], " "); turnedYes[r] || turnedNo[r] || strings.HasPrefix(r, "khong phai khong") {
			s, fs = r, fs[1:]
			for len(ts) > 1 && strings.Trim(ts[0].Skel, edgePunct) == "" {
				ts = ts[1:]
			}
			ts = ts[1:]
		}
	}
	switch {
	case turnedYes[s]:
		return YesAsk
	case turnedNo[s] || turnedNo[strings.TrimSuffix(s, " ca")] || turnedNo[strings.TrimSuffix(s, " anh")] || turnedNo[strings.TrimSuffix(s, " chi")]:
		return NoAsk
	case strings.HasPrefix(s, "khong phai khong") || strings.HasPrefix(s, "chua phai khong"):
		return Hedged // a double negation: neither plainly
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
		return Yes // "xong", "xong rồi": done, as offices say yes (rule 1)
	case chatYes[s]:
		return Yes // "cóa": how chats spell có (rule 7)
	case chatNo[s] || collapse(s) == "khong" && s != "khong":
		return No // "khôg", "khônggg": how chats spell and stress không
	case yesTypos[s]:
		return YesAsk
	case noTypos[s]:
		return NoAsk
	}
	// Who and when before the answer do not change it, nor stress: "em
	// báo cáo là xã đã có" is "đã có". "Vẫn", "cũng" stress a plain
	// answer: "vẫn chưa", "cũng chưa ạ", "vẫn có" (round seven).
	if len(fs) > 1 && (fs[0] == "van" || fs[0] == "cung") {
		if r := strings.Join(fs[1:], " "); coreYes[r] || coreNo[r] {
			fs, ts = fs[1:], ts[len(ts)-len(fs)+1:]
			s = r
		}
	}
	for cut := true; cut; {
		cut = false
		for n := 4; n >= 1; n-- {
			if len(fs) > n && leadFillers[strings.Join(fs[:n], " ")] {
				fs = fs[n:]
				ts = ts[len(ts)-len(fs):]
				s = strings.Join(fs, " ")
				cut = true
				break
			}
		}
	}
	switch {
	case coreYes[s] && !(fs[0] == "da" && len(fs) == 1):
		return Yes
	case coreNo[s]:
		return No
	}
	first := ts[0]
	rest := strings.Join(fs[1:], " ")
	rest = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(rest, " roi"), " xong"), " duoc")
	if r := strings.TrimPrefix(strings.TrimPrefix(rest, "hoan thanh "), "xong "); r != rest && officeVerbs[r] {
		rest = r // "đã hoàn thành lắp đặt": done, and what was done
	}
	switch {
	case (first.Lower == "đã" || fs[0] == "da" && first.Lower != "dạ" || fs[0] == "co") && len(fs) > 1:
		if officeVerbs[rest] || doneWords[rest] {
			return Yes // "đã thực hiện", "có tổ chức", "đã triển khai xong"
		}
		if r, n := cutHowWhoWhen(fs[1:]); n > 0 && fs[0] == "da" && (officeVerbs[strings.Join(r, " ")] ||
			len(r) > 1 && r[0] == "duoc" && officeVerbs[strings.Join(r[1:], " ")]) {
			return Yes // "đã được trang bị đầy đủ", "đã được UBND huyện đầu tư năm 2024" (rule 39)
		}
	case fs[0] == "chua" || fs[0] == "khong" || fs[0] == "ko" || fs[0] == "k":
		if officeVerbs[rest] {
			return No // "chưa thực hiện", "không tổ chức", "chưa thực hiện được"
		}
	case len(fs) >= 2 && (fs[len(fs)-1] == "roi" || fs[len(fs)-1] == "xong") && officeVerbs[strings.Join(fs[:len(fs)-1], " ")]:
		return Yes // "làm rồi", "tổ chức rồi", "triển khai xong"
	}
	return NoRule
}

// collapse makes each run of one letter a single letter: "khônggg" (folded
// "khonggg") is "khong".
func collapse(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// yesTypos and noTypos are có and không with a key slipped, folded.
// chatYes and chatNo are có and không as chats spell them on purpose or
// with a letter dropped, folded: no other word reads so.
var (
	yesTypos = setOfPhrases("coo", "cooa", "cps", "cp", "xo", "vo")
	noTypos  = setOfPhrases("khoq", "kog", "khng", "khpng", "jhong", "khomg", "khoong co", "kohng", "khnog")
	chatYes  = setOfPhrases("coa", "coa a", "rui", "co rui", "rui a", "xong rui", "zoi", "dzoi", "co zoi", "co dzoi")
	chatNo   = setOfPhrases("khog", "khongg", "khonng", "khog a")
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
var typedHedge = map[string][]string{"dang": {"đang", "dang"}, "se": {"sẽ", "se"}, "sap": {"sắp", "sap"},
	"nua": {"nửa"}, "do": {"đỡ"}}

// typedAs reports whether the word folding to f was typed as a hedge.
func typedAs(ts []Token, f string) bool {
	forms, ok := typedHedge[f]
	if !ok {
		return true
	}
	for _, t := range ts {
		if t.Fold == f || t.Skel == f {
			for _, form := range forms {
				if SameWord(t, form) || shapedAs(t, form) {
					return true // "đang", and "ddang", "d9ang" with the keys left in; "ddow", đỡ without its tone
				}
			}
		}
	}
	return false
}

// optionNumber reads "1." or "2 -" before a yes or a no: the number of
// the option as a channel without buttons shows it.
func optionNumber(ts []Token) (int, bool) {
	if len(ts) < 2 {
		return 0, false
	}
	w, next := ts[0].Typed, ts[1].Typed
	switch {
	case w == "1." || w == "1)" || w == "1:" || (w == "1" && (next == "-" || next == "–")):
		if next == "-" || next == "–" {
			return 1, len(ts) > 2
		}
		return 1, true
	case w == "2." || w == "2)" || w == "2:" || (w == "2" && (next == "-" || next == "–")):
		return 2, true
	}
	return 0, false
}

// negatedReason reports a clause that gives the reason for a no with a
// negation of its own: "xã chưa có kinh phí", "không đủ kinh phí",
// "thiếu kinh phí". No hedge or plan in it (those are rule 4's).
func negatedReason(ts []Token) bool {
	var fs []string
	for _, t := range ts {
		if f := strings.Trim(t.Skel, edgePunct); f != "" {
			fs = append(fs, f)
		}
	}
	for len(fs) > 1 && (leadFillers[fs[0]] || leadPolite[fs[0]]) {
		fs = fs[1:]
	}
	if len(fs) < 2 {
		return false
	}
	for i, f := range fs {
		if hedgeWords[f] && typedAs(ts, f) || butWords[f] || i+1 < len(fs) && hedgeWords[f+" "+fs[i+1]] {
			return false
		}
	}
	switch fs[0] {
	case "chua", "khong", "ko", "k", "thieu", "het":
		return !turnedYes[strings.Join(fs, " ")]
	}
	return false
}

// sinceWords open when a yes or a no began: "từ năm 2023", "từ lâu".
var sinceWhen = setOf("nam", "thang", "ngay", "quy", "dau", "cuoi", "lau", "truoc", "khi", "hom",
	"hoi", "xua", "do") // the south's "từ hồi 2023", "từ hồi đó giờ" (rule 28)

// cutSince takes a since-when phrase off the end of a clause's words:
// "co tu nam 2023" is "co". Only a time may follow "từ": figures, date
// words, "lâu", "trước đến nay".
func cutSince(fs []string) []string {
	for i := 1; i < len(fs)-1; i++ {
		if fs[i] != "tu" || fs[i-1] == "dau" {
			continue // not the "tư" of "đầu tư năm 2024"
		}
		rest := fs[i+1:]
		if !sinceWhen[rest[0]] && !isDateFigure(rest[0]) {
			return fs
		}
		for _, w := range rest {
			if !sinceWhen[w] && !isDateFigure(w) && w != "den" && w != "nay" && w != "gio" && w != "toi" {
				return fs
			}
		}
		return fs[:i]
	}
	return fs
}

// isDateFigure reports a figure of a date or year: "2023", "3/2024".
func isDateFigure(w string) bool {
	return w != "" && strings.Trim(w, "0123456789/.-") == "" && strings.ContainsFunc(w, isDigit)
}

// sinceOnly reports a clause that is only since when: "từ năm 2023", "từ
// tháng 6/2025", "từ lâu rồi" (rule 10, after a comma).
func sinceOnly(c []Token) bool {
	_, fs := clauseWords(c)
	if len(fs) < 2 || fs[0] != "tu" {
		return false
	}
	if fs[len(fs)-1] == "roi" {
		fs = fs[:len(fs)-1]
	}
	return len(cutSince(append([]string{"co"}, fs...))) == 1
}
