package reader

import "strings"

// Rules a clerk states about yes and no as the south types them (round
// six), each with its table test (yesno_south_test.go):
//
// 25. Every chat spelling of "không" is "không" in the turns and hedges it
//     opens: "hông sai", "ko sai", "k sai" are "không sai" (a yes, offered);
//     "hông hẳn vậy", "ko chắc" are "không hẳn", "không chắc" (neither).
//     "Hỏng" typed with its mark is broken, not "hổng" (rule 23).
// 26. "Ai nói …" (who said …) asks who said the answer after it, and means
//     its opposite: "ai nói là chưa", "ai bảo không có", "ai biểu chưa",
//     "ai mà nói vậy là không có" are a yes; "ai nói có" a no. Offered,
//     as every turned answer is (rule 2).
// 27. An answer that ends in a question mark asks as much as it answers:
//     "có?", "chưa ạ?", "không?" may ask back "có (là sao)?". Offered,
//     never stored, at a question; to the bot's own "Ghi có?" it is read.
// 28. Southern words, typed with their marks, are the words: "chớ" is
//     "chứ" ("có chớ"), "xài" is "dùng", "mần" is "làm" ("mần rồi"), "ừa"
//     is "ừ", and "hôn" is the "không" that asks ("có hôn", bare "co hon",
//     is "có không");
//     "nghen", "hen" end a reply politely as "nhé" does ("có nghen");
//     "từ hồi 2023", "từ hồi đó giờ" say since when (rule 10).
//     And what is used, then that it works, says it works (rule 8):
//     "xài được rồi", "dùng tốt", "chạy ổn định".
// 29. What was done "theo" a document is what was done: "Đã thực hiện theo
//     Kế hoạch số 12/KH-UBND", "đã triển khai theo đúng chỉ đạo của huyện"
//     are "đã thực hiện", "đã triển khai". The plan cited there is the
//     ground of the work, not a plan still to carry out (rule 3). Alone
//     ("Theo chỉ đạo của cấp trên") it answers nothing.
// 30. A half of a hedge is a hedge only in it: "hình" hedges in "hình
//     như", not in "truyền hình" ("Đã có điểm cầu truyền hình hội nghị" is
//     a yes); "thể" not in "thể thao".
// 31. A plain "có" or "không", then after a comma or a dash a remark that
//     holds no yes, no, negation, hedge, "but", "only" or breakdown, is
//     that answer, offered: "Có - dùng chung phòng họp trực tuyến của
//     UBND xã", "Không, xã dùng chung với huyện", "Có (dùng chung với
//     UBND xã)". The remark may say more
//     than the reader knows, never less than the answer.
// 32. "Chưa" (not yet), then in brackets what is planned or under way, is
//     a no, offered: "Chưa (dự kiến quý II/2027)", "chưa có (đang chờ
//     kinh phí)". The plan tells when the "yet" may end; rule 4 in
//     brackets. A "không" with such a note ("không (đang xin kinh phí)")
//     says no and that it is coming at once: still refused (note.go).
// 33. The words that end a reply politely or to someone ("ạ", "nhé",
//     "nhen", "nghen", "hen", "nè", "anh", "chị", "em") are off before the
//     turns are read: "đâu có đâu nghen" is "đâu có đâu", a no.
// 34. "Có" and a verb of work, then "đâu", is that work not done: "có làm
//     đâu", "có lắp đặt gì đâu", "có ai triển khai đâu" are a no, offered
//     (rule 12). With another verb ("có ai xài đâu": nobody uses it) it
//     may be there and idle: neither, never the yes its "có" says.
// 35. A yes word typed with marks that make another word ("dùng", "dụng"
//     for đúng; "rơi" for rồi) is a slip of the keys only alone (rule 3 of
//     yesno_plain.go); in a sentence it is that other word: "Dùng chung
//     điểm cầu của huyện" says nothing of có, and "chưa sử dụng" no "đúng".
//     Typed bare, "dung" before "chung" or after "sử" is "dùng" too.
// 36. A little or makeshift is a part: "có chút chút", "có sơ sơ", "có
//     đỡ" are neither (rule 3). A time ahead makes a plan: "tuần sau có",
//     "sang năm có" are neither; after a no, "chưa có, năm sau có" is the
//     no and its plan (rule 4).
// 37. A no with a letter held down is the no: "hônggg", "hongg có",
//     "hokk", "kooo"; "hog" is "hok". And "zồi", "dzồi" are the south's
//     "rồi" as chats spell it.
// 38. "Đâu" before a yes turns it, whatever follows: "đâu phải", "đâu
//     phải vậy", "đâu đúng", "đâu được", "đâu có chuyện đó", "đâu có tiền
//     mà lắp" are a no, offered (rule 2). "Đâu rồi" (where is it?) asks
//     back: neither. "Có khi" (maybe) alone is neither; "có khi có" leans.
//     And "có" with a thing said in mockery is nothing: "có con khỉ",
//     "có cái nịt", "có khỉ khô" are a no, offered.

// negSpellings are the chat and regional spellings of "không", by
// skeleton: "ko", "k", "kg", "hk", "hok", "hông", "hổng", "hem", "khum".
// Not "kh" (also "kế hoạch" in "12/KH-UBND").
var negSpellings = setOf("khog", "khomg", "khng", "ko", "k", "kg", "khg", "hk", "hok", "hog", "hong", "hem", "khum")

// negSkel is t's skeleton with a chat spelling of "không" made "khong".
func negSkel(t Token, f string) string {
	if negSpellings[f] && !(f == "hong" && (SameWord(t, "hỏng") || shapedAs(t, "hỏng"))) {
		return "khong"
	}
	if f == "chx" {
		return "chua" // the chats' "chưa": "chx", "chx có" (round seven)
	}
	return f
}

// saidWords say "said", the south's too: "nói", "bảo", "biểu", "kêu".
var saidWords = setOf("noi", "bao", "bieu", "keu")

// whoSaid reads rule 26: "ai nói (là) X" is the opposite of X, offered;
// NoRule when the clause is no such question, Hedged when X is no plain
// answer.
func whoSaid(tk []Token, fs []string) Verdict {
	if len(fs) > 3 && fs[0] == "da" && fs[1] == "ai" {
		tk, fs = tk[1:], fs[1:] // "da ai noi la chua": dạ, typed bare
	}
	i := 1
	if len(fs) < 3 || fs[0] != "ai" {
		return NoRule
	}
	if fs[i] == "ma" {
		i++ // "ai mà nói"
	}
	if i >= len(fs) || !saidWords[fs[i]] {
		return NoRule
	}
	i++
	if i+1 < len(fs) && fs[i] == "voi" && (politeWords[fs[i+1]] || fs[i+1] == "ban" || fs[i+1] == "ong" || fs[i+1] == "ba") {
		i += 2 // "ai nói với anh"
	}
	if i < len(fs) && (fs[i] == "vay" || fs[i] == "the") && i+1 < len(fs) && fs[i+1] == "la" {
		i++ // "ai nói vậy là"
	}
	if i < len(fs) && fs[i] == "la" {
		i++
	}
	if i >= len(fs) {
		return NoRule // "ai nói": a question, not an answer
	}
	switch v, _ := clauseVerdict(tk[i:]); v {
	case Yes, YesAsk:
		return NoAsk
	case No, NoAsk:
		return YesAsk
	}
	return Hedged
}

// asksBack reports an answer that ends in a question mark, politeness and
// emoji after it aside: "chưa? ạ", "có ạ?", "có? 🙏" (rule 27).
func asksBack(s string) bool {
	if !strings.ContainsAny(s, "?？") {
		return false
	}
	ts := Tokenize(strings.Map(decoration, Normalize(s))).Tokens
	for i := len(ts) - 1; i >= 0; i-- {
		switch t := ts[i]; {
		case strings.ContainsAny(t.Typed, "?？"):
			return true
		case t.Skel != "" && !tailPolite[t.Skel]:
			return false
		}
	}
	return false
}

// useVerbs are the one-word verbs of use, by skeleton, with the form that
// must be typed: bare, "dung" may be "đúng" or "dừng", "chay" "cháy".
var useVerbs = map[string]string{"dung": "dùng", "xai": "xài", "chay": "chạy"}

// worksWords, after a verb of use, say that it works: "được", "tốt", "ổn",
// "bình thường", "ngon", "đều", "hiệu quả", "rồi".
var worksWords = setOf("duoc", "tot", "on", "binh", "ngon", "deu", "hieu", "roi")

// usedWell reports "xài được", "dùng tốt", "chạy ổn" at the start of fs
// (rule 28): a verb of use, typed so, then that it works.
func usedWell(tk []Token, fs []string) bool {
	form, ok := useVerbs[fs[0]]
	return ok && (SameWord(tk[0], form) || fs[0] == "xai" && tk[0].Lower == "xai") && worksWords[fs[1]]
}

// basisWords name what work is done by, folded: plans, decisions,
// letters, instructions, and their usual abbreviations.
var basisWords = setOfPhrases("ke hoach", "kh", "quyet dinh", "qd", "cong van", "cv", "chi thi", "nghi quyet", "nq",
	"huong dan", "thong bao", "chi dao", "van ban", "de an", "chuong trinh", "thong tu", "nghi dinh", "chu truong",
	"quy dinh", "yeu cau", "lich")

// cutBasis takes "theo" and the document after it off the end of a
// clause (rule 29): "đã thực hiện theo KH số 12" is "đã thực hiện".
func cutBasis(ts []Token) []Token {
	if len(ts) < 3 {
		return ts
	}
	for i := 1; i+1 < len(ts); i++ {
		if ts[i].Skel != "theo" {
			continue
		}
		var fs []string
		for _, t := range ts[i+1 : min(i+4, len(ts))] {
			if f := strings.Trim(t.Skel, edgePunct); f != "" {
				fs = append(fs, f)
			}
		}
		if len(fs) > 1 && fs[0] == "dung" {
			fs = fs[1:] // "theo đúng kế hoạch"
		}
		if len(fs) > 0 && (basisWords[fs[0]] || len(fs) > 1 && basisWords[fs[0]+" "+fs[1]]) {
			return ts[:i]
		}
		return ts
	}
	return ts
}

// nounHalf reports ws[i], a word of the hedges, that is half of a noun
// there rather than of a hedge (rule 30): "hình" not before "như", "thể"
// before "thao".
func nounHalf(ws []string, i int) bool {
	switch ws[i] {
	case "hinh":
		return i+1 >= len(ws) || ws[i+1] != "nhu"
	case "the":
		return i+1 < len(ws) && ws[i+1] == "thao"
	}
	return false
}

// yesForms are yes words as typed with their marks: a word typed with
// other marks is another word ("dùng" is not "đúng").
var yesForms = map[string][]string{"co": {"có"}, "dung": {"đúng"}, "roi": {"rồi"}, "duoc": {"được"},
	"da": {"dạ", "đã"}, "phai": {"phải"}, "vang": {"vâng"}, "chuan": {"chuẩn"}, "u": {"ừ"}, "um": {"ừm"}}

// answerThenRemark reads s as rule 31 does: ok when it is a plain yes or
// no, then a remark.
func answerThenRemark(s string) (yes, ok bool) {
	if ans, note, ok := CutNote(s); ok {
		// "Có (dùng chung với UBND xã)": the remark in brackets
		v, _ := clauseVerdict(yesNoTokens(ans))
		return v == Yes, (v == Yes || v == No) && remark(Tokenize(note).Tokens)
	}
	ts := yesNoTokens(s)
	cut := -1
	for i, t := range ts {
		if t.Typed == "-" || t.Typed == "–" || t.Typed == ":" {
			cut = i
			break
		}
		if strings.ContainsAny(t.Typed[len(t.Typed)-1:], ",;:") {
			cut = i + 1
			break
		}
	}
	if cut <= 0 || cut >= len(ts) {
		return false, false
	}
	rest := ts[cut:]
	if rest[0].Typed == "-" || rest[0].Typed == "–" || rest[0].Typed == ":" {
		rest = rest[1:]
	}
	switch v, _ := clauseVerdict(ts[:cut]); {
	case v != Yes && v != No || !remark(rest):
		return false, false
	default:
		return v == Yes, true
	}
}

// remark reports a clause that takes nothing from an answer before it
// (rule 31): none of its words says yes or no, negates, hedges, turns
// ("nhưng"), narrows ("chỉ"), or says broken, on trial or a part.
func remark(c []Token) bool {
	tk, fs := clauseWords(c)
	if len(fs) == 0 {
		return false
	}
	for i, f := range fs {
		t := tk[i]
		switch {
		case negations[f] || noWords[f] || butWords[f] || trialWords[f] || onlyWord(tk, i) || strings.Contains(t.Lower, "%"):
			return false
		case hedgeWords[f] && typedAs(tk[i:i+1], f) || i+1 < len(fs) && (hedgeWords[f+" "+fs[i+1]] || butWords[f+" "+fs[i+1]]):
			return false
		case hedges[f] && !keyedOther(t.Lower, f) && !nounHalf(fs, i) && (IsASCII(t.Lower) || SameWord(t, hedgeForms[f])):
			return false
		case yesWords[f] && yesTyped(t, f):
			return false
		}
		for _, w := range brokenWords[f] {
			if SameWord(t, w) || shapedAs(t, w) {
				return false
			}
		}
	}
	return true
}

// yesTyped reports t, whose skeleton f is a yes word, typed as the yes
// word or bare: "được", "dung"; not "dùng".
func yesTyped(t Token, f string) bool {
	forms, ok := yesForms[f]
	if !ok || IsASCII(t.Lower) {
		return true
	}
	for _, form := range forms {
		if SameWord(t, form) {
			return true
		}
	}
	return false
}

// notYetPlanned reports ans, a plain "chưa" or "chưa có", and note, in
// brackets after it, what is planned or under way with no yes, no or
// "but" of its own (rule 32).
func notYetPlanned(ans, note string) bool {
	ts := yesNoTokens(ans)
	if len(ts) == 0 || ts[0].Skel != "chua" {
		return false
	}
	if v, _ := clauseVerdict(ts); v != No {
		return false
	}
	nt := Tokenize(note).Tokens
	for len(nt) > 1 && (nt[0].Skel == "nhung" || nt[0].Skel == "ma") {
		nt = nt[1:] // "chưa (nhưng sắp có)": but, and the plan
	}
	if !underWay(nt) {
		return false
	}
	for _, t := range nt {
		if f := strings.Trim(t.Skel, edgePunct); negations[f] || noWords[f] || butWords[f] {
			return false
		}
	}
	return true
}

// clauseTail are the words, folded, that end a clause politely or to
// someone, and say nothing of the answer (rule 33).
var clauseTail = setOf("a", "ak", "ah", "nhe", "nha", "nhen", "nghen", "hen", "ne", "nhi", "oi", "anh", "chi", "em",
	"ad", "admin")

// trimTail takes clauseTail words (and the marks after them) off the end
// of ts while a word is left before them.
func trimTail(ts []Token) []Token {
	words := 0
	for _, t := range ts {
		if strings.Trim(t.Skel, edgePunct) != "" {
			words++
		}
	}
	for len(ts) > 0 && words > 1 {
		f := strings.Trim(ts[len(ts)-1].Skel, edgePunct)
		switch {
		case f == "":
			ts = ts[:len(ts)-1]
		case clauseTail[f]:
			ts = ts[:len(ts)-1]
			words--
		default:
			return ts
		}
	}
	return ts
}

// southWords are words of the south's speech typed with their marks, by
// skeleton, with the word of the north (rule 28).
var southWords = map[string][2]string{"cho": {"chớ", "chứ"}, "xai": {"xài", "dùng"}, "man": {"mần", "làm"},
	"hon": {"hôn", "không"}, "ua": {"ừa", "ừ"}}

// southText is s with its southern words, typed with their marks, made
// the north's: "có hôn" is "có không" (rule 28).
func southText(s string) string {
	ws := strings.Fields(s)
	changed := false
	for i, w := range ws {
		t := MakeToken(w)
		if sw, ok := southWords[t.Skel]; ok && t.Skel != "xai" && t.Skel != "man" && (SameWord(t, sw[0]) ||
			t.Skel == "hon" && t.Lower == "hon" && i > 0 && i == len(ws)-1) { // "co hon": no "hơn" ends an answer
			// not "xài", "mần": the word reader takes "dùng" for "đúng"
			ws[i] = strings.Replace(w, strings.Trim(w, edgePunct), sw[1], 1)
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(ws, " ")
}

// dauOther reads rule 34: "có … đâu" with words rule 12 does not know
// between; NoRule when fs is no such clause.
func dauOther(tk []Token, fs []string) Verdict {
	n := len(fs)
	if n < 3 || fs[0] != "co" || fs[n-1] != "dau" || !(SameWord(tk[n-1], "đâu") || tk[n-1].Lower == "dau") {
		return NoRule
	}
	mid := fs[1 : n-1]
	for len(mid) > 0 && dauFill[mid[0]] {
		mid = mid[1:] // "có ai", "có cái gì"
	}
	for len(mid) > 0 && dauFill[mid[len(mid)-1]] {
		mid = mid[:len(mid)-1] // "lắp gì", "làm được"
	}
	if len(mid) > 0 && (officeVerbs[strings.Join(mid, " ")] || workStarts[mid[0]] && verbAt(append(mid, "")) > 0) {
		return NoAsk
	}
	return Hedged
}

// slipsInSentence adds to plain (words that are not what they fold to)
// the yes words of s typed, every time, as another word (slipWords),
// when s is more than one word (rule 35).
func slipsInSentence(s string, plain map[string]bool) map[string]bool {
	if IsASCII(s) {
		return plain // bare or Telex: "dung chung", "su dung" are read by useDung
	}
	if f := Fold(s); !strings.Contains(f, "dung") && !strings.Contains(f, "roi") {
		return plain // no "dùng", "rơi"
	}
	ts := yesNoTokens(s)
	words := 0
	for _, t := range ts {
		if strings.Trim(t.Skel, edgePunct) != "" {
			words++
		}
	}
	if words < 2 {
		return plain
	}
	var slip, kept map[string]bool
	for _, t := range ts {
		f := strings.Trim(t.Fold, edgePunct)
		if f != "dung" && f != "roi" {
			continue // "có" typed "cô" is a person as often ("Cô ơi, có ạ"): rule 3 reads it
		}
		if m, ok := Marked(t.Lower); ok && slipWords[m] {
			if slip == nil {
				slip = map[string]bool{}
			}
			slip[f] = true
		} else {
			if kept == nil {
				kept = map[string]bool{}
			}
			kept[f] = true
		}
	}
	for f := range slip {
		if kept[f] {
			continue
		}
		if plain == nil {
			plain = map[string]bool{}
		}
		plain[f] = true
	}
	return plain
}

// useDung reports ws[i], "dung", in "dùng chung" or "sử dụng": never
// "đúng" (rule 35).
func useDung(ws []string, i int) bool {
	return ws[i] == "dung" && (i > 0 && ws[i-1] == "su" || i+1 < len(ws) && ws[i+1] == "chung")
}

// mayBeSouth reports whether f, folded, may hold a word of southWords
// typed with or without Telex keys: only then is it looked at closely.
func mayBeSouth(f string) bool {
	for _, w := range []string{"cho", "hon", "hoon", "ho6n", "ua", "uwa", "u7a"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// heldNo is w, folded, with its held letters let go when that makes a
// word of no of two letters or more: "honggg" is "hong" (rule 37).
func heldNo(w string) string {
	if yesWords[w] || noWords[w] || len(w) < 3 {
		return w
	}
	if c := collapse(w); len(c) > 1 && c != w && (noWords[c] || negations[c]) {
		return c
	}
	return w
}

// dauFirst reads rule 38 on a clause's words: NoAsk, Hedged when a hedge
// or a "but" follows, NoRule when it is no such clause.
func dauFirst(tk []Token, fs []string) Verdict {
	if len(fs) > 2 && fs[0] == "da" && (fs[1] == "dau" || fs[1] == "co") && !SameWord(tk[0], "đã") {
		tk, fs = tk[1:], fs[1:] // "da dau phai vay", "da co cai nit": dạ, typed bare
	}
	switch {
	case len(fs) == 2 && fs[0] == "dau" && fs[1] == "roi" && (SameWord(tk[0], "đâu") || tk[0].Lower == "dau"):
		return Hedged // "đâu rồi": where is it? A question back
	case len(fs) > 1 && fs[0] == "dau" && (SameWord(tk[0], "đâu") || tk[0].Lower == "dau") &&
		(fs[1] == "co" || fs[1] == "phai" || fs[1] == "dung" || fs[1] == "duoc"):
		for i, f := range fs[2:] {
			if hedgeWords[f] && typedAs(tk[i+2:i+3], f) || butWords[f] || negations[f] {
				return Hedged
			}
		}
		return NoAsk
	case len(fs) > 1 && fs[0] == "co" && mocked(tk[1:], fs[1:]):
		return NoAsk
	}
	return NoRule
}

// mocked reports a thing said in mockery for nothing, after "có": "con
// khỉ", "cái nịt", "khỉ khô", typed with their marks.
func mocked(tk []Token, fs []string) bool {
	var cut []string
	for len(fs) > 1 && (fs[0] == "cai" || fs[0] == "con") {
		cut = append(cut, fs[0])
		tk, fs = tk[1:], fs[1:]
	}
	switch {
	case len(fs) == 1 && fs[0] == "khi":
		return SameWord(tk[0], "khỉ")
	case len(fs) == 2 && fs[0] == "khi" && fs[1] == "kho":
		return SameWord(tk[0], "khỉ") || tk[0].Lower == "khi"
	case len(fs) == 1 && fs[0] == "nit":
		return SameWord(tk[0], "nịt") || tk[0].Lower == "nit" && len(cut) > 0 && cut[len(cut)-1] == "cai" // not "con nít"
	}
	return false
}
