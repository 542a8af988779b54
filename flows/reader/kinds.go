package reader

import "strings"

// Rules a clerk states about figures, each with its table test
// (kinds_test.go):
//
//  1. A phone number, a citizen ID or any code is never a count: a figure
//     that starts with 0 and runs on ("0912 345 678", "001234"), that
//     starts with "+84", or nine digits and more typed without grouping.
//  2. Money is never a count: a figure with đ, đồng, VNĐ, USD; and a figure
//     with nothing after it but the shorthand chats use for money ("500k",
//     "2,5 triệu", "3 củ", "1 tỷ", and hundreds of thousands said with
//     nghìn: "500 nghìn"). No commune counts by the thousand with
//     a "k" nor by the million: a unit after the shorthand ("2k hộ") is
//     left to the figure stage, which refuses or asks.
//  3. A time is never a count: "8h", "8h30", "8:30", "8 giờ".
//  4. A date is never a count: "15/12", "15-12-2026", "15 tháng 12".
//  5. An approximation is never a figure to store: "khoảng", "tầm", "cỡ",
//     "chừng", "gần", "hơn", "trên", "~", a range. A word that means it
//     only when typed so ("tầm", not "tám" = eight; "cỡ", not "có") counts
//     when typed with its marks, or typed bare before a figure.

// Why a figure is not a count, as the catalog key of the problem.
const (
	KeyCode  = "answer.code_not_count"
	KeyMoney = "answer.money_not_count"
	KeyTime  = "answer.time_not_count"
	KeyDate  = "answer.date_not_count"
)

// NotACount says why ts, an answer to a number question, is an identifier,
// money, a time or a date rather than a figure; "" when none of these.
// money is true when the question itself counts money.
func NotACount(ts []Token, money bool) string {
	i := firstFigure(ts)
	if i < 0 {
		return ""
	}
	t := ts[i]
	if k := codeAt(ts, i); k != "" {
		return k
	}
	w := t.Lower
	if isSlashDate(w) || isDayMonth(w) {
		return KeyDate
	}
	if isClock(w) {
		return KeyTime
	}
	if !money && (strings.HasSuffix(w, "đ") || strings.HasPrefix(w, "$") || strings.HasSuffix(w, "vnđ") || strings.HasSuffix(w, "vnd")) {
		return KeyMoney
	}
	for _, n := range ts[i+1:] {
		switch {
		case IsFigure(n.Lower):
			continue
		case !money && moneyWords[n.Fold] && (n.Fold != "dong" || n.Lower == "đồng" || n.Lower == "dong"):
			return KeyMoney
		case n.Fold == "h" && canBeHour(t.Lower) || n.Lower == "giờ" || n.Lower == "gio" || n.Fold == "phut":
			return KeyTime
		case n.Fold == "thang" || n.Fold == "thg":
			return KeyDate
		}
		break
	}
	return ""
}

// canBeHour reports whether a figure could be the hour of a time: at
// most two digits, and not past 24. "4518 h" is 4518 hộ, shortened to its
// first letter as clerks do; "8 h" is eight o'clock.
func canBeHour(w string) bool {
	return len(w) <= 2 && strings.Trim(w, "0123456789") == "" && (len(w) < 2 || w <= "24")
}

// moneyWords are the currencies after a figure, folded.
var moneyWords = map[string]bool{"d": true, "dong": true, "vnd": true, "vnđ": true, "usd": true, "$": true, "đ": true, "trieu dong": true}

// moneyShort are the shorthands of money after a figure, as typed
// (lowercased): "500k", "2,5 triệu", "3 củ", "1 tỷ", "2tr".
var moneyShort = setOf("k", "tr", "triệu", "trieu", "củ", "tỷ", "tỉ", "ty", "ti")

// thousandWords are nghìn and ngàn as typed (lowercased): "500 nghìn"
// alone, hundreds of thousands with nothing counted after it, is how a
// sum of money is said; "2 nghìn", "15 ngàn" and "120 nghìn người" are
// counts.
var thousandWords = setOf("nghìn", "nghin", "ngàn", "ngan")

// hundredsBefore reports whether w, the figure before "nghìn", is a whole
// number of hundreds of thousands: three digits, the first not 0.
func hundredsBefore(w string) bool {
	return len(w) == 3 && isDigits(w) && w[0] != '0'
}

// thousandsSaid reports the first figure of ts followed by nghìn or ngàn,
// glued or apart.
func thousandsSaid(ts []Token) bool {
	i := firstFigure(ts)
	if i < 0 {
		return false
	}
	if suffix := strings.TrimLeft(ts[i].Lower, "0123456789.,"); suffix != "" {
		return thousandWords[suffix]
	}
	return i+1 < len(ts) && thousandWords[ts[i+1].Lower]
}

// MoneyShorthand reports whether ts, an answer to a count, is money
// written the way chats write it (rule 2): "500k", "2,5 triệu", "1 tỷ".
// A decimal question may measure in millions, so only counts ask it.
func MoneyShorthand(ts []Token) bool {
	i := firstFigure(ts)
	return i >= 0 && moneyShorthand(ts, i)
}

// moneyShorthand reports a figure at ts[i] followed, glued or apart, by a
// money shorthand and then nothing but a currency word: "500k", "2,5
// triệu", "1 tỷ đồng". "2k hộ" names what is counted and is not money.
func moneyShorthand(ts []Token, i int) bool {
	w := ts[i].Lower
	rest := ts[i+1:]
	suffix := strings.TrimLeft(w, "0123456789.,")
	if suffix == "" {
		if len(rest) == 0 {
			return false
		}
		suffix, rest = rest[0].Lower, rest[1:]
	}
	if !moneyShort[suffix] && !(thousandWords[suffix] && hundredsBefore(strings.TrimSuffix(w, suffix))) {
		return false
	}
	if len(rest) > 0 && (rest[0].Fold == "ruoi" || len(rest[0].Lower) == 1 && isDigit(rune(rest[0].Lower[0]))) {
		rest = rest[1:] // "2 triệu rưỡi", "2 triệu 5": still money
	}
	for _, n := range rest {
		if !moneyWords[n.Fold] {
			return false
		}
	}
	return true
}

// firstFigure is the index of the first token that starts with a digit
// (or "+", "$" and then a digit), -1 when none.
func firstFigure(ts []Token) int {
	for i, t := range ts {
		w := strings.TrimLeft(t.Lower, "+$-") // "-2,5 độ": a figure below zero (round nine)
		if w != "" && isDigit(rune(w[0])) {
			return i
		}
	}
	return -1
}

// codeAt reports a phone number, an ID or a code starting at ts[i]: the
// digits of the figure and those right after it, with spaces, dots or
// dashes between, are counted.
func codeAt(ts []Token, i int) string {
	first := ts[i].Lower
	if strings.HasPrefix(first, "+84") || strings.HasPrefix(first, "+") && len(first) > 6 {
		return KeyCode
	}
	digits := 0
	ungrouped := 0
	for k := i; k < len(ts); k++ {
		w := ts[k].Lower
		if !isCodeWord(w) || k > i && digitsIn(w) > 4 && !strings.ContainsAny(w, ".-") && len(w) != 3 {
			break
		}
		digits += digitsIn(w)
		if k == i && strings.Trim(w, "0123456789") == "" {
			ungrouped = len(w)
		}
	}
	switch {
	case len(first) >= 2 && first[0] == '0' && isDigit(rune(first[1])) && digits >= 5:
		return KeyCode // 0912…, 001234: nobody writes a count with a leading zero
	case ungrouped >= 9 && ungrouped <= 15:
		return KeyCode // a citizen ID, a phone without its 0: no commune counts 100 million
	}
	return ""
}

func isCodeWord(w string) bool {
	return w != "" && strings.Trim(w, "0123456789.-") == "" && strings.ContainsFunc(w, isDigit)
}

func digitsIn(w string) int {
	n := 0
	for _, r := range w {
		if isDigit(r) {
			n++
		}
	}
	return n
}

// isDayMonth reports "15-12" and "15-12-2026" (a dash between day and
// month; "300-400" is a range, which the estimate rule refuses).
func isDayMonth(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return len(parts) == 3 && len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2
}

// isClock reports "8h", "8h30", "8g", "8:30", "08:00".
func isClock(w string) bool {
	i := 0
	for i < len(w) && isDigit(rune(w[i])) {
		i++
	}
	if i == 0 || i > 2 || i == len(w) {
		return false
	}
	rest := w[i:]
	switch {
	case rest == "h" || rest == "g" || rest == "giờ":
		return true
	case rest[0] == 'h' || rest[0] == ':' || rest[0] == 'g':
		m := strings.TrimSuffix(strings.TrimSuffix(rest[1:], "p"), "'")
		return len(m) == 2 && strings.Trim(m, "0123456789") == ""
	}
	return false
}

// Approximation words, folded, each with the forms it is typed in when it
// means "about": "tầm" and not "tám" (eight), "cỡ" and not "có", "lẻ" and
// not "lễ". Typed bare (without marks) it counts only right before a
// figure in digits ("tam 300").
var (
	approxBefore = map[string][]string{"khoang": {"khoảng", "khoản"}, "khoan": {"khoản"}, "chung": {"chừng"},
		"xap": {"xấp"}, "ngot": {"ngót"}, "uoc": {"ước"}, "gan": {"gần"}, "hon": {"hơn"}, "tren": {"trên"},
		"duoi": {"dưới"}, "vai": {"vài"}, "may": {"mấy"}, "dam": {"dăm"}, "tam": {"tầm"}, "co": {"cỡ"},
		"do": {"độ"}, "toi": {"tới"}, "hang": {"hàng"}, "about": nil, "around": nil, "approx": nil,
		"approximately": nil, "roughly": nil, "nearly": nil, "almost": nil, "over": nil, "under": nil}
	// approxAfter follow a figure: "300 hơn", "300 trở lên", "300 lẻ".
	// "độ" is about only before it ("độ 300"); after it, degrees ("12,5 độ").
	approxAfter = map[string][]string{"hon": {"hơn"}, "ngoai": {"ngoài"}, "tro": {"trở"}, "chut": {"chút"},
		"khoang": {"khoảng"}, "chung": {"chừng"}, "xap": {"xấp"}, "le": {"lẻ"}, "may": {"mấy"},
		"plus": nil}
)

// approxWord reports whether t means "about": typed as one of the forms,
// or typed bare when bare counts.
//
// Typed with Telex or VNI keys left in ("cowx", "treen", "ta6m2") the word
// is the word its keys make. A word with the letters of "có" right before
// a figure that is neither "có" nor a bare "co" ("cơ", "cò", "cowx") is no
// word a clerk can be sure of: it is read as the "cỡ" it may be.
func approxWord(t Token, m map[string][]string, bare bool) bool {
	forms, ok := m[t.Fold]
	if !ok {
		forms, ok = m[t.Skel]
	}
	if !ok {
		return false
	}
	plain := t.Lower == t.Fold && t.Fold == t.Skel
	if forms == nil || bare && plain && t.Fold != "co" {
		return true
	}
	for _, f := range forms {
		if SameWord(t, f) {
			return true
		}
	}
	if bare && t.Skel == "co" && !plain && !SameWord(t, "có") {
		return true
	}
	return false
}

// Approximate reports whether ts hedge a figure: approximation words right
// before the first figure ("khoảng 300", "tầm khoảng 300") or right after
// it ("300 hơn", "300 trở lên"). Ranges and signs ("~", "?", "300-400")
// are the figure stage's. "Tổng số hộ trên địa bàn: 300" says where, not
// about: "trên" is not next to the figure.
func Approximate(ts []Token) bool {
	if hedged(ts) {
		return true
	}
	i := firstFigure(ts)
	end := i
	if i < 0 {
		end = len(ts) // a figure in words: "khoảng hai nghìn"
	}
	for k := end - 1; k >= 0 && k >= end-3; k-- {
		t := ts[k]
		if approxWord(t, approxBefore, k == end-1 && i >= 0) && !levelWord(ts, k) { // levelWord: sentence_r8.go
			return true
		}
		if !approxLink[t.Fold] {
			break
		}
	}
	if i < 0 {
		return false
	}
	for k := i + 1; k < len(ts) && k <= i+2; k++ {
		t := ts[k]
		if !approxWord(t, approxAfter, false) {
			continue
		}
		if t.Fold == "le" && k+1 < len(ts) && (IsFigure(ts[k+1].Lower) || spelledDigit(ts[k+1].Fold)) {
			continue // "một trăm lẻ năm"
		}
		return true
	}
	return false
}

// hedgePhrases, folded, make a figure a guess wherever they stand: "có lẽ
// 2345", "2345 thì phải", "dự kiến 300", "tối đa 300", "300 (tạm tính)".
var hedgePhrases = [][]string{{"uoc"}, {"co", "le"}, {"chac", "la"}, {"chac"}, {"hinh", "nhu"}, {"du", "kien"},
	{"du", "tinh"}, {"tam", "tinh"}, {"so", "bo"}, {"uoc", "tinh"}, {"uoc", "chung"}, {"uoc", "luong"},
	{"thi", "phai"}, {"chua", "chac"}, {"tam", "thoi"}, {"chua", "chinh", "xac"}, {"toi", "da"},
	{"toi", "thieu"}, {"it", "nhat"}, {"khong", "qua"}, {"khong", "duoi"}, {"chua", "den"}, {"chua", "toi"},
	{"xap", "xi"}, {"tren", "duoi"}, {"hon", "kem"}, {"hoac"}, {"hay", "la"}, {"ang", "chung"},
	{"phong", "chung"}, {"co", "the"}, {"khong", "chac"}, {"chua", "ro"}, {"chua", "chot"}}

// hedged reports a hedge phrase, or a sign of more or less (">300",
// "≤ 300"), anywhere in ts. "Chắc chắn" is sure, not a guess.
func hedged(ts []Token) bool {
	for i, t := range ts {
		if strings.ContainsAny(t.Lower, "<>≥≤") {
			return true
		}
		for _, p := range hedgePhrases {
			if i+len(p) > len(ts) {
				continue
			}
			match := true
			for k, w := range p {
				if ts[i+k].Fold != w && ts[i+k].Skel != w {
					match = false
					break
				}
			}
			if match && !(p[0] == "chac" && i+1 < len(ts) && ts[i+1].Fold == "chan") {
				return true
			}
		}
	}
	return false
}

// approxLink may stand between an approximation word and its figure:
// "khoảng chừng 300", "tầm là 300", "hơn có 300".
var approxLink = map[string]bool{"la": true, "co": true, "chung": true, "khoang": true, "tam": true, "do": true, "duoc": true, "dat": true}

func spelledDigit(f string) bool {
	switch f {
	case "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi":
		return true
	}
	return false
}

// isSlashDate reports "15/12" and "15/12/2026": a day and a month that
// exist. "93/100" or "2100/2345" is a fraction, refused as no figure.
func isSlashDate(w string) bool {
	parts := strings.Split(w, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	n := make([]int, len(parts))
	for i, p := range parts {
		if p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return false
		}
		for _, r := range p {
			n[i] = n[i]*10 + int(r-'0')
		}
	}
	return n[0] >= 1 && n[0] <= 31 && n[1] >= 1 && n[1] <= 12
}

// BareCoLead reports an answer that opens with "co" typed without marks
// right before a figure in digits: "co 4500" is "có 4.500" (there are) to
// one officer and "cỡ 4.500" (about) to another, so the figure is asked
// back rather than stored. "hien co 4500" (hiện có) and "có 4500" typed
// with its mark say which.
//
// Politeness before it changes nothing: "Dạ co 4500 ạ" is asked as well.
func BareCoLead(ts []Token) bool {
	for len(ts) > 2 && (leadPolite[ts[0].Skel] || ts[0].Lower == "") {
		ts = ts[1:]
	}
	return len(ts) >= 2 && ts[0].Lower == "co" && IsFigure(ts[1].Lower)
}

// StrayDigit reports a word after the figure with a digit in it that no
// Vietnamese keyboard leaves there (rule 6): "12 hooj3" (two tones),
// "12 ho.5", "12hộ3" (a digit on a word already marked), or, on a word
// with the letters of the question's unit, a VNI key that makes another
// word than the unit ("450 nguoi5" is "nguội", not "người"; "12 ho3" is
// "hỏ", not "hộ"). Such a digit may be part of the figure: refused.
//
//  6. A digit glued to the unit is the unit typed with VNI only when its
//     keys make the unit's own word: "12 ho65" is 12 hộ.
func StrayDigit(ts []Token, unit []string) bool {
	i := firstFigure(ts)
	if i < 0 {
		return false
	}
	for k := i; k < len(ts); k++ {
		w := ts[k].Lower
		if k == i {
			w = strings.TrimLeft(w, "0123456789.,")
		}
		j := strings.IndexFunc(w, isDigit)
		if j <= 0 || !strings.ContainsAny(w[:j], "aeiouyăâêôơư") && !strings.ContainsFunc(w[:j], func(r rune) bool { return r > 0x7f }) {
			continue // "m2", "km2": a unit with its power, no keys
		}
		form, ok := Marked(w)
		if !ok {
			return true
		}
		skel := Skeleton(w)
		for _, u := range unit {
			uf, _ := Marked(u)
			if Skeleton(Fold(u)) == skel && toneOf(uf) != toneOf(form) {
				return true
			}
		}
	}
	return false
}

// toneOf is the tone sign Marked ends a form with.
func toneOf(form string) byte {
	if form == "" {
		return 0
	}
	return form[len(form)-1]
}

// DigitsAreKeys reports an answer whose only digits are VNI keys on words
// ("co1", "kho6ng"): it holds no figure at all.
//
//  7. A digit after the letters of a word is a key of the word, never a
//     figure: "co1" is "có", not 1.
func DigitsAreKeys(ts []Token) bool {
	keyed := false
	for _, t := range ts {
		if !strings.ContainsFunc(t.Lower, isDigit) {
			continue
		}
		if _, ok := Marked(t.Lower); !ok || !HasLetter(t.Lower[:1]) {
			return false
		}
		keyed = true
	}
	return keyed
}

// skeletons are the skeletons of ts.
func skeletons(ts []Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Skel
	}
	return out
}
