package reader

import "strings"

// More rules a clerk states about yes and no (numbered after yesno.go's),
// each with its table test (yesno_turns_test.go):
//
// 11. A hedge before a plain answer leans to it: "hình như có", "chắc là
//     chưa", "có lẽ không", "em nghĩ là có rồi". The answer is offered,
//     never stored. A hedge alone ("có lẽ", "chưa chắc") is still neither.
// 12. "Đâu" after "có" turns it into a no, whatever stands between:
//     "có cái gì đâu", "có ai đâu", "có được đâu", "có đâu mà báo". Not
//     "đầu" ("có đầu tư"), which folds the same.
// 13. A correction in the message ("chưa, à có rồi", "có, ờ chưa") means
//     the later answer, offered: the person changed their mind once.
// 14. After a plain "có", what was done is detail: "Có - đã kết nối huyện
//     và tỉnh" is có, stored.
// 15. Two negations make a yes: "không phải là không có" is có, offered.
//     "Không phải không muốn" (not that we do not want to) is not.
// 16. "Không đúng", "chưa chính xác" say that something said is wrong, not
//     that a thing is missing: không, offered.
// 17. "Chỉ" (only) before what was done makes it a part: "chỉ kết nối
//     được với huyện", "chỉ mới lắp ở 2 thôn" is neither. "Chỉ có 1" (only
//     one) is still a yes. So is a share short of 100%: "đã xong 80%".
// 18. "Đạt" (met) is how a report says yes to a standard: offered; "chưa
//     đạt", "không đạt" is no, offered too (round seven): not meeting a
//     standard is not the same as not having. Typed bare, "dat" may be
//     "đặt" (ordered).
// 19. How long, or a rhetorical "why not", after a yes is the yes: "có lâu
//     rồi", "có từ lâu lắm rồi", "có chứ sao không", "sao lại không có".
// 20. Không or chưa with two letters swapped ("khôgn", "cuha") is a slip
//     of the fingers: offered.
// Also: "chưa có gì", "không có ai cả" (nothing at all) is a no; "có thì
// phải" (so I think) leans as rule 11's hedges do. "Không có thông tin",
// "chưa có số liệu" is not knowing: neither.
// 23. Broken or given up ("hỏng rồi", "bỏ rồi", "đã dừng") is neither: there
//     was, and is no more; the person is asked for có or không.
// 24. Central speech says đâu as "mô" and sao as "răng": "có mô", "mô có",
//     "chưa mô", "có chi mô", "răng mà có" are a no, as "có đâu" is.
// And rule 4 again: a no, then "but" and a plan or approval ("chưa có,
// nhưng huyện đã phê duyệt") stays a no.

// clauseOpeners start a clause after "và": "đã có và đang sử dụng". Other
// words after "và" are more of the same object: "huyện và tỉnh".
var clauseOpeners = setOf("dang", "da", "van", "chua", "khong", "co", "se", "duoc", "hien", "con", "sap")

// clauseWords are the clause's tokens with a word in them, their folded
// skeletons, without a trailing "ạ", "nhé" and a since-when phrase.
func clauseWords(ts []Token) ([]Token, []string) {
	var tk []Token
	var fs []string
	for _, t := range ts {
		if f := strings.Trim(t.Skel, edgePunct); f != "" {
			tk, fs = append(tk, t), append(fs, negSkel(t, f)) // "hông sai" is "không sai" (rule 25)
		}
	}
	for len(fs) > 1 && clauseTail[fs[len(fs)-1]] { // rule 33
		tk, fs = tk[:len(tk)-1], fs[:len(fs)-1]
	}
	return tk, fs
}

// leanWords lean an answer after them (rule 11).
var leanWords = setOfPhrases("hinh nhu", "hinh nhu la", "chac", "chac la", "co le", "co le la", "duong nhu",
	"nghi la", "em nghi la", "em nghi", "toi nghi la", "chac co le", "co ve", "co ve nhu", "co ve la", "nghe noi",
	"nghe noi la", "nghe bao", "nghe dau", "nghe dau la", "co khi", "co khi la")

// centralWords are words of Nghệ An, Hà Tĩnh and Huế speech, typed with
// their marks, by skeleton, with the word of the north (rule 24).
var centralWords = map[string][2]string{"mo": {"mô", "đâu"}, "rang": {"răng", "sao"}}

// central puts a clause's central words in northern ones: "có mô" is "có
// đâu", "răng mà có" is "sao mà có". Bare, "mo" is mô only last ("co mo")
// or before "có" ("mo co"), "rang" only before "mà" or "lại"; ok is false
// when there is none.
func central(tk []Token) ([]Token, bool) {
	var fixed []Token
	for i, t := range tk {
		w, found := centralWords[t.Skel]
		if !found {
			w, found = southWords[t.Skel] // rule 28
		}
		bare := t.Lower == t.Skel && (t.Skel == "mo" && (i == len(tk)-1 && i > 0 || i == 0 && len(tk) > 1 && tk[1].Skel == "co") ||
			t.Skel == "rang" && i == 0 && len(tk) > 2 && (tk[1].Skel == "ma" || tk[1].Skel == "lai"))
		if t.Skel == "chi" && t.Lower == "chi" && centralChi(tk, i) {
			w, found, bare = [2]string{"chi", "gì"}, true, true // "làm chi có", "không có chi" (yesno_r8.go)
		}
		if t.Lower == "j" && i > 0 && tk[i-1].Skel == "lam" {
			w, found, bare = [2]string{"j", "gì"}, true, true // chat's "j" for gì: "làm j có" is "làm gì có"
		}
		if !found || !(SameWord(t, w[0]) || bare) {
			continue
		}
		if fixed == nil {
			fixed = append([]Token(nil), tk...)
		}
		fixed[i] = MakeToken(w[1])
	}
	return fixed, fixed != nil
}

// shapedAs reports a word typed with the letters of form and no tone, its
// shape marks telling it from the bare word: "duwng" is dừng, not "dung".
func shapedAs(t Token, form string) bool {
	a, ok := Marked(t.Lower)
	if !ok || a[len(a)-1] != ' ' || a[:len(a)-1] == t.Skel {
		return false
	}
	b, _ := Marked(form)
	return a[:len(a)-1] == b[:len(b)-1]
}

// brokenWords say that what there was is broken or given up: typed with
// their marks (bare, "hong" is the chat "hông", không).
// By skeleton, so that only a word that may be one is looked at closely.
var brokenWords = map[string][]string{"hong": {"hỏng"}, "hu": {"hư"}, "bo": {"bỏ"}, "dung": {"dừng"},
	"ngung": {"ngừng", "ngưng"}}

// dauFill may stand between "có" and "đâu" (rule 12).
var dauFill = setOf("cai", "gi", "nao", "ai", "duoc", "chi", "may", "nhieu", "dau", "chut", "ti", "it", "mot")

// turnRules are rules 11 to 20 on one clause; NoRule when none applies.
func turnRules(ts []Token) (Verdict, string) {
	tk, fs := clauseWords(ts)
	if len(fs) == 0 {
		return NoRule, ""
	}
	for i, t := range tk {
		if share := strings.TrimSpace(strings.TrimSuffix(t.Lower, "%")); strings.HasSuffix(t.Lower, "%") &&
			(share != "" && share != "100" || share == "" && i > 0 && tk[i-1].Lower != "100") {
			return Hedged, "" // "đã xong 80%": a part (rule 17)
		}
		for _, w := range brokenWords[t.Skel] {
			if SameWord(t, w) || shapedAs(t, w) {
				return Hedged, "" // "hỏng rồi", "bỏ rồi": there was, and is no more (rule 23)
			}
		}
	}
	if fixed, ok := central(tk); ok {
		return clauseVerdict(fixed) // "có mô" is "có đâu" (rule 24)
	}
	if len(fs) > 2 && fs[0] == "da" && negations[fs[1]] {
		tk, fs = tk[1:], fs[1:] // "da không có thông tin": dạ, or đã, then the no
	}
	s := strings.Join(fs, " ")
	switch {
	case yesTypos[s]:
		return YesAsk, "reading.yes_no_typo"
	case noTypos[s] || len(fs) == 1 && (swapped(s, "khong") || swapped(s, "chua") && s != "chau"):
		return NoAsk, "reading.yes_no_typo" // rule 20
	case coreYes[collapse(s)] && collapse(s) != s:
		return Yes, "" // "rồii", "có rồii": a key held down
	}
	for i, f := range fs {
		if len(fs) > 1 && (swapped(f, "khong") || swapped(f, "chua") && f != "chau") {
			// "khôgn có": the clause with the word put right, offered
			fixed := append([]Token(nil), tk...)
			fixed[i] = MakeToken(map[bool]string{true: "không", false: "chưa"}[f[0] == 'k'])
			switch v, _ := clauseVerdict(fixed); v {
			case Yes, YesAsk:
				return YesAsk, "reading.yes_no_typo"
			case No, NoAsk:
				return NoAsk, "reading.yes_no_typo"
			}
			return Hedged, ""
		}
	}
	// rule 11: a hedge, then a plain answer; or the answer, then "thì phải"
	if len(fs) > 2 && fs[len(fs)-2] == "thi" && fs[len(fs)-1] == "phai" {
		switch v, _ := clauseVerdict(tk[:len(tk)-2]); v {
		case Yes, YesAsk:
			return YesAsk, "reading.yes_no_leaning"
		case No, NoAsk:
			return NoAsk, "reading.yes_no_leaning"
		}
		return Hedged, ""
	}
	if len(fs) > 3 && negations[fs[0]] && (fs[1] == "co" || fs[1] == "nhan" && fs[2] == "duoc") && noInfo[strings.Join(fs[len(fs)-2:], " ")] {
		return Hedged, "" // "không có thông tin": not knowing, not a no
	}
	if nothing(fs) {
		if len(fs) == 3 && fs[0] != "chua" && fs[2] == "gi" {
			// "không có gì" is also how one answers thanks: offered
			return NoAsk, "reading.no_or_welcome"
		}
		return No, "" // "chưa có gì", "không có ai cả"
	}
	if v := whoSaid(tk, fs); v != NoRule {
		return v, "" // "ai nói là chưa" (rule 26)
	}
	if v := dauFirst(tk, fs); v != NoRule {
		return v, "" // "đâu phải", "đâu có chuyện đó", "có cái nịt" (rule 38)
	}
	for n := 3; n >= 1; n-- {
		if len(fs) > n && leanWords[strings.Join(fs[:n], " ")] && !(fs[0] == "chac" && fs[1] == "chan") {
			if fs[0] == "chac" && !SameWord(tk[0], "chắc") && tk[0].Lower != "chac" {
				break
			}
			switch v, _ := clauseVerdict(tk[n:]); v {
			case Yes, YesAsk:
				return YesAsk, "reading.yes_no_leaning"
			case No, NoAsk:
				return NoAsk, "reading.yes_no_leaning"
			}
			return Hedged, ""
		}
	}
	if len(fs) > 2 && fs[0] == "co" && fs[1] == "da" && doneDetail(tk[1:]) {
		return Yes, "" // "Có (đã lắp đặt năm 2023)": rule 14 without the comma
	}
	if len(fs) > 1 && serving(tk) {
		return YesAsk, "reading.yes_by_verb" // "đang hoạt động", "đang sử dụng tốt" (rule 8 alone)
	}
	if dauNo(tk, fs) || len(fs) > 2 && fs[0] == "da" && !SameWord(tk[0], "đã") && dauNo(tk[1:], fs[1:]) {
		return NoAsk, "" // rule 12
	}
	if v := dauOther(tk, fs); v != NoRule {
		return v, "" // "có lắp đâu", "có ai xài đâu" (rule 34)
	}

	if v := doubleNegation(fs); v != NoRule {
		return v, "" // rule 15
	}
	switch strings.TrimPrefix(strings.TrimPrefix(s, "da "), "la ") {
	case "khong dung", "chua dung", "ko dung", "k dung", "khong chinh xac", "chua chinh xac", "ko chinh xac",
		"khong dung lam", "chua dung lam", "khong dung a":
		return NoAsk, "reading.yes_no_right" // rule 16
	}
	if onlyPart(tk, fs) {
		return Hedged, "" // rule 17
	}
	if v := met(tk, fs); v != NoRule {
		if v == NoAsk {
			return v, "reading.not_met" // rule 18
		}
		return v, "reading.yes_by_verb" // rule 18
	}
	// rule 19: how long, or why not, after a yes; "sao lại không" alone
	if s == "sao lai khong" || s == "chu sao" || s == "sao lai khong chu" {
		return YesAsk, ""
	}
	if cut := cutStress(cutHowLong(fs)); len(cut) < len(fs) && len(cut) > 0 {
		if r := strings.Join(cut, " "); coreYes[r] || officeYes(cut) {
			return Yes, ""
		}
	}
	return NoRule, ""
}

// noInfo is what a person lacks who does not know: "không có thông tin",
// "chưa có số liệu" say nothing of what there is.
var noInfo = setOfPhrases("thong tin", "so lieu", "du lieu", "bao cao", "tin tuc")

// nothing reports a negation, "có", and only "gì", "ai", "cái nào", "cả":
// "chưa có gì", "không có ai cả", "chẳng có cái nào" is a no.
func nothing(fs []string) bool {
	if len(fs) < 3 || !negations[fs[0]] || fs[1] != "co" {
		return false
	}
	for _, f := range fs[2:] {
		if f != "gi" && f != "ai" && f != "cai" && f != "nao" && f != "ca" && f != "het" {
			return false
		}
	}
	return true
}

// swapped reports whether w is word with two letters next to each other
// swapped: "khogn", "khnog", "cuha".
func swapped(w, word string) bool {
	if len(w) != len(word) || w == word {
		return false
	}
	for i := 0; i+1 < len(w); i++ {
		if w[i] != word[i] {
			return w[i] == word[i+1] && w[i+1] == word[i] && w[i+2:] == word[i+2:]
		}
	}
	return false
}

// dauNo reports "có …  đâu": "có đâu", "có cái gì đâu", "có ai đâu", "có
// đâu mà báo" (rule 12).
func dauNo(tk []Token, fs []string) bool {
	i := 0
	switch {
	case len(fs) > 2 && fs[0] == "lam" && fs[1] == "gi" && fs[2] == "co":
		i = 3
	case len(fs) > 1 && fs[0] == "dau" && fs[1] == "co":
		i = 2
	case fs[0] == "co":
		i = 1
	default:
		return false
	}
	for ; i < len(fs) && fs[i] != "dau"; i++ {
		if !dauFill[fs[i]] {
			return false
		}
	}
	if i == len(fs) || !(SameWord(tk[i], "đâu") || tk[i].Lower == "dau") {
		return false
	}
	rest := fs[i+1:]
	switch {
	case len(rest) == 0:
		return true
	case rest[0] == "ma": // "có đâu mà báo"
		return true
	}
	for _, w := range rest {
		if !tailPolite[w] && w != "ca" && w != "het" {
			return false
		}
	}
	return true
}

// doubleNegation reads "không phải (là) không có" as a yes to offer;
// "không phải không muốn" and other such turns are neither (rule 15).
func doubleNegation(fs []string) Verdict {
	if len(fs) < 3 || !(fs[0] == "khong" || fs[0] == "chua" || fs[0] == "ko") || fs[1] != "phai" {
		return NoRule
	}
	rest := fs[2:]
	if rest[0] == "la" {
		rest = rest[1:]
	}
	if len(rest) == 0 || !(rest[0] == "khong" || rest[0] == "chua" || rest[0] == "ko") {
		return NoRule
	}
	switch r := strings.Join(rest[1:], " "); {
	case r == "" || r == "co" || r == "co dau" || officeVerbs[r]:
		return YesAsk
	}
	return Hedged
}

// onlyPart reports "chỉ" (only), typed so, before what was done rather
// than before a count: "chỉ kết nối với huyện", not "chỉ có 1" (rule 17).
func onlyPart(tk []Token, fs []string) bool {
	for i := range fs {
		if !onlyWord(tk, i) {
			continue
		}
		j := i + 1
		for j < len(fs) && (fs[j] == "moi" || fs[j] == "co" || fs[j] == "la" || fs[j] == "duoc") {
			j++
		}
		if j < len(fs) && (isDateFigure(fs[j]) || fs[j] == "mot") {
			return false // "chỉ có 1 điểm cầu": a yes, and how many
		}
		return j < len(fs) || i > 0
	}
	return false
}

// trialWords make a service not yet a service: "chạy thử", "thử nghiệm".
var trialWords = setOf("thu", "nghiem", "tam", "sua", "hong", "ngung", "cho")

// serving reports a clause that says something works: "đang hoạt động
// tốt", "vẫn đang sử dụng", "hoạt động bình thường"; not "đang chạy thử",
// "đang sửa", nor with a negation.
func serving(c []Token) bool {
	tk, fs := clauseWords(c)
	for len(fs) > 2 && (fs[0] == "van" && fs[1] != "hanh" || fs[0] == "dang" || fs[0] == "hien" || leadFillers[fs[0]]) {
		tk, fs = tk[1:], fs[1:] // "vẫn đang", not the "vận" of "vận hành"
	}
	if len(fs) < 2 || !inServiceWords[fs[0]+" "+fs[1]] && !usedWell(tk, fs) {
		return false
	}
	for i, f := range fs {
		if negations[f] || noWords[f] || trialWords[f] || butWords[f] || hedgeWords[f] && typedAs(tk[i:i+1], f) ||
			f == "dung" && SameWord(tk[i], "dừng") {
			return false
		}
	}
	return true
}

// onlyWord reports "chỉ" (only) at ts[i]: typed so, or typed bare ("chi",
// which may be "chị") right before a verb of work: "chi ket noi voi huyen".
func onlyWord(ts []Token, i int) bool {
	switch {
	case ts[i].Skel != "chi":
		return false
	case SameWord(ts[i], "chỉ"):
		return true
	}
	return ts[i].Lower == "chi" && i+1 < len(ts) && (workStarts[ts[i+1].Skel] || ts[i+1].Skel == "moi")
}

// workStarts are the first words of the verbs of work: "lắp", "triển".
var workStarts = func() map[string]bool {
	m := map[string]bool{"ket": true}
	for v := range officeVerbs {
		if f := strings.Fields(v)[0]; f != "co" && f != "lam" && f != "xong" {
			m[f] = true
		}
	}
	return m
}()

// met reads "đạt" (rule 18): "đạt", "đã đạt", "đạt chuẩn" a yes to offer,
// "chưa đạt", "không đạt" a no.
func met(tk []Token, fs []string) Verdict {
	i := 0
	if fs[0] == "da" && len(fs) > 1 {
		i = 1
	}
	neg := fs[0] == "chua" || fs[0] == "khong" || fs[0] == "ko"
	if neg {
		i = 1
	}
	if i >= len(fs) || fs[i] != "dat" || len(fs) > i+2 || len(fs) == i+2 && fs[i+1] != "chuan" && fs[i+1] != "roi" {
		return NoRule
	}
	switch {
	case neg:
		return NoAsk
	case SameWord(tk[i], "đạt"):
		return YesAsk
	}
	return NoRule
}

// officeYes reports "đã" or "có" and a verb of what was done.
func officeYes(fs []string) bool {
	return len(fs) > 1 && (fs[0] == "da" || fs[0] == "co") && (officeVerbs[strings.Join(fs[1:], " ")] || doneWords[strings.Join(fs[1:], " ")])
}

// cutHowLong takes how long off the end of a yes: "co lau roi", "co lau
// lam roi", "da co tu lau" (rule 19).
func cutHowLong(fs []string) []string {
	for i := 1; i < len(fs); i++ {
		if fs[i] != "lau" {
			continue
		}
		for _, w := range fs[i+1:] {
			if w != "lam" && w != "roi" && w != "nay" && w != "qua" {
				return fs
			}
		}
		if fs[i-1] == "tu" && i > 1 {
			i--
		}
		return fs[:i]
	}
	return fs
}

// stressTails are rhetorical ends of a yes: "có chứ sao không" (rule 19).
var stressTails = [][]string{{"chu", "sao", "khong"}, {"chu", "lai", "khong"}, {"sao", "lai", "khong"},
	{"chu", "sao"}, {"sao", "khong"}, {"chu", "con", "gi"}, {"chu", "con", "gi", "nua"}, {"chu"}}

// cutStress takes a rhetorical end off a yes; "sao lại không có" is "có".
func cutStress(fs []string) []string {
	if len(fs) > 3 && fs[0] == "sao" && fs[1] == "lai" && fs[2] == "khong" {
		return fs[3:]
	}
	for _, t := range stressTails {
		if len(fs) > len(t) && strings.Join(fs[len(fs)-len(t):], " ") == strings.Join(t, " ") {
			return fs[:len(fs)-len(t)]
		}
	}
	return fs
}

// correcting reports a clause that opens with a correction ("à", "ờ",
// "à nhầm", "à mà", "ý là") and returns what it says (rule 13).
func correcting(c []Token) ([]Token, bool) {
	tk, fs := clauseWords(c)
	if len(fs) < 2 {
		return nil, false
	}
	switch tk[0].Lower {
	case "à", "ờ", "ơ", "ồ", "a", "o":
	default:
		if !(fs[0] == "y" && fs[1] == "la") {
			return nil, false
		}
		return tk[2:], len(tk) > 2
	}
	tk, fs = tk[1:], fs[1:]
	for len(fs) > 1 && (fs[0] == "nham" || fs[0] == "ma" || fs[0] == "quen" || fs[0] == "khong phai") {
		tk, fs = tk[1:], fs[1:]
	}
	return tk, true
}

// planWords tell what is planned or approved, not done: "phê duyệt",
// "kế hoạch", "đề xuất", "kinh phí", "dự án".
var planWords = setOf("phe", "duyet", "hoach", "de", "xuat", "kinh", "phi", "du", "kien", "dang", "se", "sap",
	"chu", "truong", "xin", "cho", "hua", "dang", "ky", "an", "bo", "tri", "von")

// butPlan reports a clause "but" and a plan or approval: "nhưng huyện đã
// phê duyệt", "tuy nhiên đã có kế hoạch" (rule 4).
func butPlan(c []Token) bool {
	tk, fs := clauseWords(c)
	if len(fs) < 2 || !(fs[0] == "nhung" || fs[0] == "tuy" || fs[0] == "ma") {
		return false
	}
	for i, f := range fs[1:] {
		if planWords[f] && (f != "dang" && f != "se" && f != "sap" || typedAs(tk[i+1:i+2], f)) {
			return true
		}
	}
	return false
}

// doneDetail reports a clause that says what was done, after a plain
// "có": "đã kết nối huyện và tỉnh", "kết nối 3 cấp" (rule 14). No
// negation, hedge or "but" in it.
func doneDetail(c []Token) bool {
	tk, fs := clauseWords(c)
	if len(fs) < 2 || fs[0] != "da" || tk[0].Lower == "dạ" {
		return false
	}
	for i, f := range fs {
		if negations[f] || noWords[f] || butWords[f] || hedgeWords[f] && typedAs(tk, f) ||
			hedges[f] && !keyedOther(tk[i].Fold, f) && !nounHalf(fs, i) || f == "chi" || i+1 < len(fs) && hedgeWords[f+" "+fs[i+1]] {
			return false
		}
	}
	return true
}
