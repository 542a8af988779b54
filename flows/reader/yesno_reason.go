package reader

import (
	"strings"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// Asking only with a reason (the lead's decision of round twelve). A
// clerk writes a yes or a no down when the words around it only describe
// it — where the thing is, since when, how it connects, why not, what the
// commune asks for — and asks back only when some word gives a reason to:
// a hedge or a plan, a condition, a part, a "but", a question, the thing
// broken or gone, borrowed from another body, or the yes and no at once.
// The readers before this one ask whenever a word is unknown to them
// ("reading.yes_no_extra"), whenever "đã" and a verb stand for the yes
// ("reading.yes_by_verb"), and whenever a remark names fewer levels than
// the question ("reading.yes_no_some_levels"); settleByReason stores
// those readings when no reason is found (yesno_reason_test.go).
//
// A reply that borrows another body's equipment ("chưa có điểm cầu riêng,
// dùng chung với UBND quận") is neither a yes nor a no: the commune uses a
// point it does not have. It is refused with the hedge's message, whether
// it was read as yes or no.

// askedWithoutReason are the reasons to confirm that the words themselves
// may not bear out: the reading is stored when no reason is in the words.
var askedWithoutReason = setOf("reading.yes_no_extra", "reading.yes_by_verb", "reading.yes_no_some_levels")

// yesNoReasons take from any answer, folded, one or two words: hedges and
// plans (hedgeWords, yesno.go), "but" (butWords), conditions, a part
// ("chỉ", "thôi", "mới", "một số"), what used to be, and the doubt of
// whoever answers.
var yesNoReasons = setOfPhrases("neu", "khi nao", "tru khi", "mien la", "chi", "thoi", "moi", "tung",
	"truoc day", "hoi truoc", "khong con", "chua chac", "hinh nhu", "nghe noi", "tuy", "hay sao", "khong biet",
	"chua biet", "chua ro", "khong ro", "hoi lai", "xem lai", "kiem tra", "duoc khong", "it",
	"khong thuong xuyen", "luc co luc khong", "thi diem",
	// "có thì có": a yes granted, a "but" to come
	"thi co")

// reasonAfterYes take from a yes only, folded: a negation, the thing
// broken, old or weak, only proposed or asked for, another's ("của
// huyện"). After a no they only say more of the no ("chưa có, đề nghị tỉnh
// hỗ trợ").
var reasonAfterYes = setOfPhrases("chua", "khong", "ko", "k", "kh", "hok", "chang", "chap chon", "truc trac",
	"xuong cap", "ngung", "de xuat", "de nghi", "kien nghi", "xin", "dang ky", "du toan", "cua huyen", "cua quan",
	"cua tinh", "cua phuong", "cua truong", "xa ben", "xa khac", "nho", "muon", "thue",
	// a want said after a yes speaks against it: "có, xã nghèo lắm"
	"ngheo", "kho khan", "thieu")

// wornWords, with their marks (their folded forms are other words:
// "cư", "hồng", "mặt"), say the thing a yes names is broken, old or weak.
var wornWords = setOf("cũ", "hư", "hỏng", "mất", "yếu", "kém", "lỗi", "chờ", "hong",
	// "đạt" (up to the mark) answers whether a standard is met, not
	// whether the thing is there
	"đạt")

// partPlaces name a part of the commune, with their marks (the folded
// "ban", "ap" are other words too): a yes or no of one village is a part.
var partPlaces = setOf("thôn", "buôn", "bản", "ấp", "làng", "sóc", "plei", "xóm")

// otherBodies are the bodies whose equipment a commune may borrow,
// folded: after "dùng chung", "nhờ", "mượn" they make the reply neither.
var otherBodies = setOf("huyen", "quan", "phuong", "khac", "ben", "tran", "trung", "cong", "buu",
	"vien", "doanh", "hoc", "thcs", "thpt", "tieu", "mam", "tram", "benh")

// borrowWords say the equipment is used with or from another body.
var borrowWords = setOfPhrases("dung chung", "su dung chung", "muon", "ghep")

// settleByReason stores a reading asked without a reason, and refuses one
// that borrows another body's equipment.
func settleByReason(s string, echo *lazyWords, b bool, u *Unsure, p *locales.Msg) (bool, *Unsure, *locales.Msg) {
	if p != nil || u == nil {
		if p == nil && borrowsOther(s) {
			return false, nil, problem("answer.yes_no_hedged", "input", quoted(s))
		}
		return b, u, p
	}
	if borrowsOther(s) {
		return false, nil, problem("answer.yes_no_hedged", "input", quoted(s))
	}
	if !askedWithoutReason[u.Key] || asksBack(s) || strings.ContainsAny(s, "?？") {
		return b, u, p
	}
	if u.Key == "reading.yes_by_verb" && !saysItDone(s) {
		return b, u, p // "Triển khai đầy đủ": a verb, no "đã" or "rồi"
	}
	if u.Key == "reading.yes_by_verb" {
		first, _, _ := strings.Cut(s, ",")
		if _, fs := clauseWords(yesNoTokens(first)); strangerBeside(fs, echo) {
			return b, u, p // "đã trang bị loa": done, to another thing
		}
	}
	if hasReason(s, b, echo) || u.Key == "reading.yes_no_extra" && keyFragments(s) {
		return b, u, p
	}
	return b, nil, p
}

// shortAnswers are the chat shorthands of yes and no that are parts of
// other words too ("hong" of "Hong Kong", "k", "c", "kh" of a word broken
// by a line): beside words the reader does not know they may be a slip.
var shortAnswers = setOf("hong", "hok", "hog", "hem", "khum", "hum", "k", "kg", "kc", "kh", "c", "cs", "u", "uk", "dk", "dc")

// knownShort are the words of two letters or fewer a reply may hold.
var knownShort = setOf("a", "e", "r", "em", "ad", "ak", "ah", "oi", "ok", "co", "ko", "da", "xa", "tw", "ub", "o", "ma", "vs", "va", "la",
	"do", "di", "ra", "ve", "lo", "nd", "hd", "cp", "ct", "tp", "uy", "nv", "so", "01", "02", "1", "2", "3", "4")

// keyFragments reports a reply whose answer is a shorthand that may be
// part of a word, or that holds a piece of two letters or fewer the reader
// does not know ("dj có"), a percentage ("hoàn thành 100%": a share), or a
// line break inside its few words ("kh\nong"): the keys, not the words,
// may be what was sent.
func keyFragments(s string) bool {
	if strings.Contains(s, "%") {
		return true
	}
	ts := yesNoTokens(s)
	if len(ts) <= 3 && strings.Contains(strings.TrimSpace(s), "\n") {
		return true
	}
	for _, t := range ts {
		f := strings.Trim(t.Fold, edgePunct)
		if shortAnswers[f] || len(f) > 0 && len(f) <= 2 && IsASCII(t.Lower) && strings.ContainsFunc(f, unicode.IsLetter) &&
			!knownShort[f] && !politeWords[f] && !particles[f] {
			return true
		}
	}
	return false
}

// saysItDone reports "đã", "rồi", "xong" or "có" among the words: a verb of
// work then says it was done.
func saysItDone(s string) bool {
	for _, t := range Tokenize(strings.Map(decoration, Normalize(s))).Tokens {
		if SameWord(t, "đã") || t.Fold == "roi" || t.Fold == "r" || t.Fold == "xong" || t.Fold == "co" {
			return true
		}
	}
	return false
}

// districtsGone is a clause that says the districts are gone ("huyện giải
// thể rồi", "giờ không còn huyện", "hết huyện rồi"): since 07/2025 the
// province is the level above the commune. It takes nothing from a yes.
func districtsGone(fs []string) bool {
	huyen := false
	for _, f := range fs {
		huyen = huyen || f == "huyen" || f == "quan"
	}
	if !huyen {
		return false
	}
	j := " " + strings.Join(fs, " ") + " "
	for _, m := range []string{" giai the", " khong con", " het huyen", " bo huyen", " bo cap huyen", " sap nhap"} {
		if strings.Contains(j, m) {
			return true
		}
	}
	return false
}

// hasReason reports a word in s that takes from its yes (yes) or no. The
// answer's own clause may hold only the answer, politeness, the
// question's words, verbs of work done and the words of a remark (where,
// when, how fully); a word the reader cannot place beside the answer
// ("có con nít") is a reason. A clause of its own after it (after a
// comma, a bracket, a dash) is a remark, read for reasons only.
func hasReason(s string, yes bool, echo *lazyWords) bool {
	answered, anyAnswer := false, false
	type clause struct {
		tk []Token
		fs []string
	}
	var cs []clause
	for _, c := range strings.FieldsFunc(Normalize(s), func(r rune) bool { return strings.ContainsRune(",;()[]\n:-–.", r) }) {
		tk, fs := clauseWords(Tokenize(strings.Map(decoration, c)).Tokens)
		if districtsGone(fs) || len(fs) == 0 {
			continue
		}
		cs = append(cs, clause{tk, fs})
		anyAnswer = anyAnswer || holdsAnswer(fs)
	}
	for _, c := range cs {
		if reasonIn(c.tk, c.fs, yes) {
			return true
		}
		if !anyAnswer && lacking(c.tk, c.fs, yes, echo) {
			return true // "xã thiếu trang thiết bị": no answer word, a lack
		}
		if answered || !holdsAnswer(c.fs) {
			continue
		}
		answered = true // the answer's own clause: "không đủ kinh phí"
		if strangerBeside(c.fs, echo) || lacking(c.tk, c.fs, yes, echo) {
			return true
		}
	}
	return false
}

// reasonIn reports a reason word in one clause.
func reasonIn(tk []Token, fs []string, yes bool) bool {
	district, province := false, false
	for i, f := range fs {
		two := ""
		if i+1 < len(fs) {
			two = f + " " + fs[i+1]
		}
		district = district || f == "huyen" || f == "quan"
		province = province || f == "tinh"
		switch {
		case yesNoReasons[f] || yesNoReasons[two] || butWords[f] || butWords[two] || trialWords[f] && f != "cho" && f != "hong":
			return true
		case hedgeWords[f] && typedAs(tk[i:i+1], f) || hedgeWords[two]:
			return true
		case yes && (reasonAfterYes[f] || reasonAfterYes[two]):
			return true
		case yes && wornWords[tk[i].Lower]:
			return true
		case partPlaces[tk[i].Lower]:
			return true
		case f == "da" && i+1 < len(fs) && (askedForVerbs[fs[i+1]] || i+2 < len(fs) && askedForVerbs[fs[i+1]+" "+fs[i+2]]):
			return true // "đã xin chủ trương", "đã đề xuất": a plan
		case !yes && (f == "rieng" || useWords[f] || useWords[two]):
			return true // "chưa có điểm cầu riêng", "chưa sử dụng": there may be one
		case yes && isASCIIDigitWord(f) && i == len(fs)-1 && i > 0 && yesAt(fs, i-1) > 0:
			return true // "có 3": three of what?
		}
	}
	// A yes that names the district and not the province: a part, or the
	// district's point (districts are gone since 07/2025).
	return yes && district && !province
}

// askedForVerbs after "đã" say only that it was asked for: a plan, not the thing.
var askedForVerbs = setOfPhrases("xin", "de xuat", "de nghi", "dang ky", "trinh", "lap du toan", "kien nghi", "bao cao")

// useWords after a no say the thing is not used, not that it is missing.
var useWords = setOfPhrases("su dung", "dung", "xai", "van hanh", "hoat dong", "khai thac")

// timeWords place an answer in time: "chừ", "giờ", "lâu", "hiện tại".
var timeWords = setOf("chu", "gio", "bay", "lau", "hien", "tai", "nay", "luc", "thi", "het", "cung", "van", "vua", "da", "nua")

// holdsAnswer reports a clause with a yes or no word in it.
func holdsAnswer(fs []string) bool {
	for i := range fs {
		if ackWords[fs[i]] && len(fs) > 1 {
			continue // "Dạ em xin báo cáo": the polite "dạ", no answer
		}
		if yesAt(fs, i) > 0 || noWords[fs[i]] || negations[fs[i]] {
			return true
		}
	}
	return false
}

// strangerBeside reports a word in the answer's clause the reader cannot
// place: not the answer, politeness, the question's words, work done, a
// remark's word or a time.
func strangerBeside(fs []string, echo *lazyWords) bool {
	for i, f := range fs {
		switch {
		case yesAt(fs, i) > 0 || noWords[f] || negations[f] || politeWords[f] || particles[f] || ackWords[f]:
		case leadPolite[f] || tailPolite[f] || echo.has(f) || workWords[f] || remarkWords[f] || timeWords[f]:
		case doneWords[f] || isASCIIDigitWord(f):
		default:
			return true
		}
	}
	return false
}

// lacking reports a no of something else than the thing asked: "không
// đủ kinh phí", "thiếu trang thiết bị", "chưa có cán bộ phụ trách". What
// is lacking is not what was asked; there may be the thing.
func lacking(tk []Token, fs []string, yes bool, echo *lazyWords) bool {
	if yes {
		return false
	}
	for i, f := range fs {
		if f == "thieu" || f == "du" && SameWord(tk[i], "đủ") {
			return true
		}
		if f == "co" && i > 0 && (negations[fs[i-1]] || fs[i-1] == "khong" || fs[i-1] == "chua") && i+1 < len(fs) &&
			!echo.has(fs[i+1]) && !politeWords[fs[i+1]] && !tailPolite[fs[i+1]] && !particles[fs[i+1]] && !timeWords[fs[i+1]] {
			return true
		}
	}
	return false
}

// isASCIIDigitWord reports a word of digits only.
func isASCIIDigitWord(f string) bool {
	return f != "" && !strings.ContainsFunc(f, func(r rune) bool { return r < '0' || r > '9' })
}

// borrowsOther reports equipment used with or from another body: "dùng
// chung với UBND quận", "nhờ điểm cầu của huyện". The commune's own hall
// ("dùng chung hội trường UBND xã") is its own.
func borrowsOther(s string) bool {
	l := Fold(strings.ToLower(Normalize(s)))
	if !strings.Contains(l, "chung") && !strings.Contains(l, "muon") && !strings.Contains(l, "ghep") {
		return false // the cheap path
	}
	_, fs := clauseWords(Tokenize(strings.Map(decoration, Normalize(s))).Tokens)
	for i := range fs {
		n := 0
		if i+1 < len(fs) && borrowWords[fs[i]+" "+fs[i+1]] {
			n = 2
		} else if i+2 < len(fs) && borrowWords[fs[i]+" "+fs[i+1]+" "+fs[i+2]] {
			n = 3
		} else if borrowWords[fs[i]] {
			n = 1
		}
		if n == 0 {
			continue
		}
		rest := fs[i+n:]
		for k, f := range rest {
			if (f == "xa" || f == "minh") && !(k+1 < len(rest) && otherBodies[rest[k+1]]) {
				break // "… UBND xã", "… của mình": the commune's own ("xã bên" is not)
			}
			if otherBodies[f] {
				return true
			}
		}
	}
	return false
}
