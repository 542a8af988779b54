package reader

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/baocao/baocao/locales"
)

// Reading figures: counts, decimals and percentages, and the unit words
// officers type after them ("2.345 hộ", "93,1%").

// readNumberAnswer reads an integer, decimal or percent answer and checks
// the question's bounds. A probable reading comes back with its reason.
func readNumberAnswer(q *Question, s string) (float64, *Unsure, *locales.Msg) {
	var (
		f float64
		u *Unsure
		p *locales.Msg
	)
	rule := q.unitRule()
	switch q.Type {
	case TypeInt:
		var n int64
		n, u, p = readInt(s, rule)
		f = float64(n)
	case TypeDecimal:
		f, u, p = readDecimal(s, rule)
	default:
		f, u, p = readPercent(s, rule)
	}
	if p != nil {
		return 0, nil, p
	}
	if p := checkBounds(q, f); p != nil {
		return 0, nil, p
	}
	if p := moneyLikeCount(q, rule, s, f); p != nil { // number_r8.go
		return 0, nil, p
	}
	if u == nil && beyondCommune(q, rule, f) { // figure_bounds.go
		u = &Unsure{Key: "reading.beyond_commune", Input: string(quoted(s))}
		if h, ok := pastedTwice(q, rule, f); ok { // "12451245"
			f, u = h, &Unsure{Key: "reading.figure_repeated", Input: string(quoted(s))}
		}
	}
	if u == nil && q.Type == TypeInt && placeFamily(rule) && placeNumberAlone(s) { // number_r9.go
		u = &Unsure{Key: "reading.place_number", Input: string(quoted(s))}
	}
	return f, u, nil
}

// checkBounds says when f lies outside [q.Min, q.Max], naming both bounds
// when the question has both so the officer sees the whole allowed range.
func checkBounds(q *Question, f float64) *locales.Msg {
	low := q.Min != nil && f < *q.Min
	high := q.Max != nil && f > *q.Max
	if !low && !high {
		return nil
	}
	arg := func(x float64) any { return numberArg(q.Type, x) }
	switch {
	case q.Min != nil && q.Max != nil:
		return problem("answer.out_of_range", "value", arg(f), "min", arg(*q.Min), "max", arg(*q.Max))
	case low:
		return problem("answer.below_min", "value", arg(f), "min", arg(*q.Min))
	default:
		return problem("answer.above_max", "value", arg(f), "max", arg(*q.Max))
	}
}

// numberArg is x as a message argument that prints the way the question's
// answers print: 2.345 for counts, 93,1% for percentages.
func numberArg(t Kind, x float64) any {
	switch t {
	case TypeInt:
		if x == math.Trunc(x) && math.Abs(x) < NumberLimit {
			return int64(x)
		}
	case TypePercent:
		return locales.Percent(x)
	}
	return x
}

// number is what was read from a typed figure, before deciding whether it
// fits the question.
type number struct {
	neg     bool
	whole   string // digits before the decimal mark, leading zeros removed
	frac    string // digits after it; "" when there is none
	percent bool   // followed by "%" or "phần trăm"
	// commaThousands is set for "32,657": one comma followed by exactly
	// three digits, which Vietnamese reads as a decimal and an English
	// phone as a thousands group.
	commaThousands bool
	// dotThousands is set for "1.250": one dot followed by exactly three
	// digits, which Vietnamese reads as a thousands group (1250) and an
	// English phone as a decimal (1,25). At a count only the first makes
	// sense; at a decimal question both do.
	dotThousands bool
	// englishMarks is set for "1,234.5": commas group thousands and a dot
	// marks the fraction, as a phone set to English writes (number_r8.go).
	englishMarks bool
}

// value is n as a float64.
func (n number) value() float64 {
	s := n.whole
	if s == "" {
		s = "0"
	}
	if n.frac != "" {
		s += "." + n.frac
	}
	f, _ := strconv.ParseFloat(s, 64)
	if n.neg && f != 0 {
		f = -f
	}
	return f
}

// isWhole reports whether n has no fraction (or only zeros after the mark).
func (n number) isWhole() bool { return strings.Trim(n.frac, "0") == "" }

// Words that make a figure an estimate. Before it: "khoảng 300", "hơn
// 200", "gần 50", "ít nhất 10". After it: "300 hơn", "50 ngoài", "300 trở
// lên", "300 gì đó". They differ because "trên" before a figure means
// "over" but after it usually "in" ("300 hộ trên địa bàn").
var (
	approxBeforeFolded = setOf("khoang", "chung", "gan", "hon", "tren", "duoi", "xap", "uoc",
		"it", "about", "around", "approx", "approximately", "roughly", "nearly",
		"almost", "over", "under")
	approxAfterFolded = setOf("hon", "ngoai", "tro", "chut", "gi", "khoang", "chung", "xap")
)

// numberLead are words a person may put before a figure, folded: "có 300",
// "tổng cộng 300", "đạt 95,2%", "hiện có 12", "tỉ lệ 61%", "kết quả: 12",
// and written short: "kq: 12", "tc: 12", "ts: 12".
// The clean stage takes them off.
var numberLead = setOf("chuc", "la", "co", "duoc", "tong", "cong", "so", "luong", "gom", "total", "dat", "hien",
	"nay", "ti", "ty", "le", "toan", "xa", "bao", "cao", "ok", "oke", "vang", "ket", "qua", "thuc", "te",
	"chinh", "xac", "tat", "ca", "con", "la", "dang", "da", "sl", "tl", "tong so", "ghi", "nhan", "nhap", "chac", "chan", "sua", "lai", "thanh", "lieu",
	"kq", "tc", "ts",
	"bang", // "bằng 0": equal to (round eight)
	// Other ways of "ok", "ừ" before the figure: "oki 23 nhé", "okay 23".
	"oki", "okie", "okay", "okey", "uh", "uhm", "ukm", "uk")

// numberTail are words after a figure that add nothing: "95% đạt".
// "14 ok ạ": an ok after the figure is the sender's, not the figure's.
var numberTail = setOf("dat", "a", "nhe", "nha", "ak", "ah", "ok", "oke", "okie", "okay")

// Words that shorten a figure: "2k", "3 triệu". A report needs every digit.
var shorthandWords = setOf("k", "nghin", "ngan", "tr", "trieu", "ty", "ti", "million", "thousand", "bn")

// Words that say a figure is a percentage.
var percentWords = [][]string{{"phan", "tram"}, {"percent"}, {"pt"}}

// rangeWords join two figures into a range: "300 đến 400".
var rangeWords = setOf("den", "toi", "to", "hoac", "or")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// readNumber reads a figure with an optional sign, lead words before it
// and a unit after it that rule allows. notKey is the problem key for "this
// is not a number" in the caller's terms (a count, a number, a percentage).
// A reading that is probable but not certain ("1o" for 10, "3 thôn" for a
// count of households) comes back with its reason.
func readNumber(s, notKey string, rule unitRule) (number, *Unsure, *locales.Msg) {
	in := quoted(s)
	if fig, words, ok := cutBracket(s); ok {
		// "0 (không có)", "2.345 (hai nghìn ba trăm bốn mươi lăm)": the
		// figure with itself in words. Read when the two agree.
		n, u, p := readNumber(fig, notKey, rule)
		if p == nil && saysSame(words, n.value(), rule) {
			return n, u, nil
		}
		if p == nil {
			return number{}, nil, problem("answer.figures_disagree", "input", in)
		}
	}
	if fig, words, rest, ok := cutMidBracket(s); ok {
		// "17 (mười bảy) đơn vị": the figure said again in words between
		// it and its unit. Read without them when the two agree.
		n, u, p := readNumber(fig+" "+rest, notKey, rule)
		if p == nil && saysSame(words, n.value(), rule) {
			return n, u, nil
		}
		if p == nil {
			return number{}, nil, problem("answer.figures_disagree", "input", in)
		}
	}
	if !rule.percent || !strings.Contains(s, "=") {
		// only a share is worked out before "="
	} else if a, b, ans, ok := cutWorkedShare(foldNumber(Normalize(s))); ok {
		// "1650/1772 hộ = 93,1%": the share, checked against its parts.
		n, u, p := readNumber(ans, notKey, rule)
		if p == nil && !shareAgrees(a, b, n.value(), len(n.frac)) {
			return number{}, nil, problem("answer.share_disagrees", "input", in)
		}
		return n, u, p
	}
	if ans, note, ok := CutNote(s); ok && NoteAside(note, false) && !rule.otherUnitIn(note) && !rule.placesIn(note) && !rule.unitOnly(note) && !numberWords(note) {
		// "2,5 ha (sân vận động xã)": the note is no part of the figure
		// (note.go). What a note says of a figure ("số cũ", "tăng 12
		// hộ") a clerk reads before storing it: the figure is asked.
		n, u, p := readNumber(ans, notKey, rule)
		if p == nil && u == nil && !sourceNote(note) && !(rule.percent && partsAgree(note, n)) { // share_parts.go
			// A note that only names the figure's source ("số liệu Công
			// an xã cung cấp") says nothing of the figure: stored.
			u = &Unsure{Key: "reading.note_aside", Input: string(in)}
		}
		return n, u, p
	}
	if ans, note, ok := CutNote(s); ok && rule.includesOwn(note) && !rule.otherUnitIn(note) {
		// "2.318 hộ (tính cả hộ tạm trú)": what the total includes, of
		// the thing asked (note_includes.go): stored.
		return readNumber(ans, notKey, rule)
	}
	if ans, ok := asideClause(s, rule.family == "dong"); ok {
		// "7 CLB, có gì gọi em 0918234567": a phone number or the hours
		// after the figure (aside.go); the figure is read alone, confirmed.
		n, u, p := readNumber(ans, notKey, rule)
		if p == nil && u == nil {
			u = &Unsure{Key: "reading.sentence", Input: string(in)}
		}
		return n, u, p
	}
	c := cleanAnswer(breakAtControls(s), numberLead)
	if ts := Tokenize(c.text).Tokens; firstFigure(ts) < 0 && DigitsAreKeys(ts) {
		// "co1" is "có" typed with VNI, not the figure 1.
		return number{}, nil, noDigits(strings.Join(skeletons(ts), " "), notKey, in)
	}
	c = labelBeforeFigure(c, rule)
	f := spokenDecimal.ReplaceAllString(foldNumber(c.text), "$1,$2")
	f = strings.TrimSpace(strings.TrimRight(f, ".!"))
	if f == "" {
		return number{}, nil, problem("answer.empty")
	}
	if n, ok := unitAsMark(f, rule); ok && notKey == "answer.not_a_number" {
		// "1ha2": 1,2 ha said the spoken way.
		return n, &Unsure{Key: "reading.unit_as_mark", Input: string(in)}, nil
	}
	ts := Tokenize(c.text).Tokens
	if key := NotACount(ts, rule.family == "dong"); key != "" {
		return number{}, nil, problem(key, "input", in)
	}
	if StrayDigit(ts, Words(strings.ToLower(rule.unit[locales.VI]))) {
		// "12 hooj3", "450 nguoi5": a digit that may be the figure's own.
		if notKey == "answer.not_a_count" {
			return number{}, nil, notACount(s, rule, in)
		}
		return number{}, nil, problem("answer.malformed_number", "input", in)
	}
	if notKey == "answer.not_a_count" && rule.family != "dong" && MoneyShorthand(ts) && !(rule.family == "nguoi" && thousandsSaid(ts)) {
		// A town's people may run to hundreds of thousands: "100 nghìn"
		// there is a round figure, not money.
		return number{}, nil, problem(KeyMoney, "input", in)
	}
	if fig, used, ok := Repeated(ts); ok {
		// "115 115": the figure sent twice, not 115115. Read once, asked.
		n, u, p := readNumber(fig+" "+Join(ts[used:]), notKey, rule)
		if p == nil && u == nil {
			u = &Unsure{Key: "reading.figure_repeated", Input: string(in)}
		}
		return n, u, p
	}
	if raw := Tokenize(s).Tokens; BareCoLead(raw) {
		// "co 4500" typed without marks is "có 4.500" (there are) or
		// "cỡ 4.500" (about): read, and asked, never stored as it stands.
		n, u, p := readNumber(Join(raw[1:]), notKey, rule)
		if p == nil && u == nil {
			u = &Unsure{Key: "reading.co_or_about", Input: string(in)}
		}
		return n, u, p
	}
	if Approximate(ts) || Approximate(Tokenize(s).Tokens) {
		return estimateOrNot(s, notKey, rule, in)
	}
	if n, ok := readSpelledNumber(f, c.text, rule, notKey, in); ok && !isEstimate(f) && !(rule.percent && n.value() > 100) {
		// "hai nghìn ba trăm", "2k", "3 trăm": read, and offered to confirm;
		// said in full ("ba trăm năm mươi sáu hồ sơ"), stored.
		if loneYearWord(Tokenize(c.text).Tokens) { // spelled_decimal.go
			return n, &Unsure{Key: "reading.five_or_year", Input: string(in)}, nil
		}
		if (saidInFullNumber(c.text, n) || saidTensShort(c.text, n.value()) && !alwaysSome[rule.family]) && (len(c.label) == 0 || rule.labelKnown(c.label) && rule.labelFit(c.label) != unitOther) {
			return n, nil, nil
		}
		return n, &Unsure{Key: "reading.number_words", Input: string(in)}, nil
	}
	f, zeroTypo := fixZeroTypo(f)
	if !strings.ContainsFunc(f, isASCIIDigit) {
		if isEstimate(f) {
			// "khoảng hai nghìn hộ": an estimate in words.
			if n, u, p := estimateOrNot(s, notKey, rule, in); p == nil {
				return n, u, nil
			}
		}
		return number{}, nil, noDigits(f, notKey, in)
	}
	if isEstimate(f) && isEstimate(foldNumber(estimateWordsAsTyped(c.text))) { // number_r9.go
		return estimateOrNot(s, notKey, rule, in)
	}
	rest, neg := stripLead(f)
	tok, rest := cutFigure(rest)
	if tok == "" {
		return number{}, nil, problem(notKey, "input", in)
	}
	n, ok := parseFigure(tok)
	if !ok {
		return number{}, nil, problem("answer.malformed_number", "input", in)
	}
	n.neg = neg
	if len(n.whole) > maxDigits || n.value() <= -NumberLimit || n.value() >= NumberLimit {
		return number{}, nil, problem("answer.too_large", "input", in)
	}
	pct, unsure, p := readTail(n, tok, rest, rule, notKey, c.text, in)
	if p != nil {
		return number{}, nil, p
	}
	if len(c.label) > 0 && rule.labelNamesOther(leadWords(s), words(Fold(s))) { // label_other.go
		return number{}, nil, problem(keyLabelOther, "input", in, "unit", rule.unit)
	}
	n.percent = pct
	switch {
	case unsure != "":
	case zeroTypo:
		unsure = "reading.letter_o"
	case rule.labelFit(c.label) == unitOther:
		unsure = "reading.unit_other"
	case !rule.labelKnown(c.label):
		unsure = "reading.label_unknown"
	}
	if unsure != "" {
		return n, &Unsure{Key: unsure, Input: string(in)}, nil
	}
	return n, nil, nil
}

// estimateOrNot reads an answer hedged as an estimate. One figure
// estimated ("khoảng 4.500 hộ", "~4500", "4.500 (ước)") is offered, with a
// word that an exact figure is better; a range or a bound ("khoảng 4-5",
// "khoảng trên 300", "hơn 4.500") is refused as not exact.
func estimateOrNot(s, notKey string, rule unitRule, in locales.Plain) (number, *Unsure, *locales.Msg) {
	// The figure must be less than the answer: "!~~~3" comes back whole
	// from singleEstimate, and reading it again would come back here
	// without end (a stack overflow takes the whole bot down).
	if fig, ok := singleEstimate(s); ok && strings.TrimSpace(fig) != strings.TrimSpace(s) {
		if n, _, p := readNumber(fig, notKey, rule); p == nil {
			return n, &Unsure{Key: "reading.estimate", Input: string(in)}, nil
		}
	}
	return number{}, nil, problem("answer.not_exact", "input", in)
}

// breakAtControls keeps a control character, a tab or a line break inside
// a figure from joining its two sides: "2\t345" is two cells pasted from a
// spreadsheet and "1\x002" a broken keyboard, never 2345 or 12.
func breakAtControls(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '|'
		}
		return r
	}, strings.TrimSpace(s))
}

// labelBeforeFigure treats the words before the figure as a label when they
// are only lead words, unit words, the question's own words or the period
// the report is for ("tổng số hộ 2345", "dân số 32.657", "tiếp nhận 342 hồ
// sơ" to "… hồ sơ đã tiếp nhận …", "năm nay tổ chức được 3 giải"): they
// are taken off, and the unit stage checks them.
func labelBeforeFigure(c cleaned, rule unitRule) cleaned {
	i := strings.IndexFunc(c.text, isASCIIDigit)
	if i <= 0 {
		return c
	}
	before := c.text[:i]
	if strings.ContainsFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && !unicode.Is(unicode.Mn, r) }) {
		return c // a sign, a mark: "dân số -5" stays negative, "~300" an estimate
	}
	ws := words(Fold(before))
	if len(ws) == 0 || len(ws) > 10 { // the question quoted whole: "tổng số hộ gia đình trên địa bàn xã 2345"
		return c
	}
	for i := 0; i < len(ws); i++ {
		w := untelex(ws[i])
		if i+1 < len(ws) && periodWords[w+" "+untelex(ws[i+1])] {
			i++
			continue
		}
		if dateNouns[w] {
			return c // "tháng 12", "năm 2025": the figure is a date, never a count
		}
		if !numberLead[w] && familyOf(ws[i]) == "" && !rule.asked.has(w) && !rule.asked.initials(w) {
			return c
		}
	}
	c.label = append(c.label, ws...)
	c.text = c.text[i:]
	return c
}

// periodWords name the period a figure is for, folded: "năm nay 3 giải",
// "tháng này tiếp nhận 342 hồ sơ". Pairs only: "năm" alone is five.
var periodWords = setOf("nam nay", "thang nay", "quy nay", "ky nay", "dot nay", "trong thang", "trong nam",
	"trong quy", "trong ky", "nam qua", "thang qua",
	// central speech: "năm ni" is "năm nay" (round eight)
	"nam ni", "thang ni", "quy ni", "ky ni", "dot ni")

// dateNouns before a figure make it a date, a time or a year, whatever
// the question's words: they are never a label.
var dateNouns = setOf("nam", "thang", "ngay", "quy", "tuan", "ky", "dot", "gio", "luc", "hom", "sang", "chieu", "toi")

// spokenDecimal is a decimal read out to a phone's voice typing or typed
// as said: "12 phẩy 5" is 12,5.
var spokenDecimal = regexp.MustCompile(`(\d) ?phay ?(\d)`)

// fixZeroTypo reads the letter o typed for the digit 0 in a figure ("1o",
// "1o.ooo", "9o%"): the words made of digits, marks and o, with at least
// one digit first and one o, get 0 for o. It reports whether it did.
func fixZeroTypo(f string) (string, bool) {
	ws := strings.Split(f, " ")
	fixed := false
	for i, w := range ws {
		body := strings.TrimRight(w, "%")
		if body == "" || !isASCIIDigit(rune(body[0])) || !strings.Contains(body, "o") || strings.Trim(body, "o0123456789.,") != "" {
			continue
		}
		ws[i] = strings.ReplaceAll(body, "o", "0") + w[len(body):]
		fixed = true
	}
	return strings.Join(ws, " "), fixed
}

// noDigits is the problem for an answer to a number question with no digit
// in it, fitted to what was typed: a yes or no ("có") is told that a
// figure is asked; a number in words ("ba trăm") to use digits.
func noDigits(f, notKey string, in locales.Plain) *locales.Msg {
	ws := words(f)
	numberWords, yesNo := 0, 0
	for _, w := range ws {
		switch {
		case spelledDigits[untelex(w)]:
			numberWords++
		case yesWords[untelex(w)] || noWords[untelex(w)] || negations[untelex(w)]:
			yesNo++
		}
	}
	switch {
	case len(ws) == 0:
		return problem(notKey, "input", in)
	case numberWords > 0 && numberWords*2 >= len(ws):
		return problem("answer.type_digits", "input", in)
	case yesNo == len(ws):
		return problem("answer.figure_not_yes_no", "input", in)
	case strings.ContainsFunc(f, unicode.IsLetter):
		return problem("answer.figure_expected", "input", in)
	}
	return problem(notKey, "input", in)
}

// spelledDigits are the number words, folded, that voice typing and some
// officers write instead of digits: "hai nghìn", "ba trăm", "mười hai".
var spelledDigits = untelexSet("mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin",
	"muoi", "muoi", "tram", "nghin", "ngan", "trieu", "ty", "linh", "le", "ruoi", "khong", "mươi", "chuc", "van")

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// isEstimate reports whether a folded figure is hedged: "~300", "300?",
// "300+", "khoảng 300", "300 trở lên", "300-400", "300 đến 400".
func isEstimate(f string) bool {
	if strings.ContainsAny(f, "~≈?") || strings.HasSuffix(f, "+") || estimateRange.MatchString(f) {
		return true
	}
	first := strings.IndexFunc(f, isASCIIDigit)
	if first < 0 {
		first = len(f) // a figure in words: "khoảng hai nghìn"
	}
	for _, w := range words(f[:first]) {
		if approxBeforeFolded[w] {
			return true
		}
	}
	ws := words(f[first:])
	for i, w := range ws {
		if approxAfterFolded[w] && !(w == "gi" && i > 0 && ws[i-1] == "co") { // "có gì": if anything comes up (round nine)
			return true
		}
		if rangeWords[w] && i > 0 && i+1 < len(ws) && isDigits(ws[i-1]) && isDigits(ws[i+1]) {
			return true
		}
	}
	return false
}

// estimateRange is a range of two figures: "300-400".
var estimateRange = regexp.MustCompile(`\d\s*-\s*\d`)

func isDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !isASCIIDigit(r) }) < 0
}

// stripLead removes filler words and a sign before the figure; "âm" (minus)
// and "-" make it negative.
func stripLead(f string) (rest string, neg bool) {
	for {
		w, after, _ := strings.Cut(f, " ")
		w = strings.TrimRight(w, ":,")
		if w == "" || !(numberLead[w] || w == "am") {
			break
		}
		neg = neg || w == "am"
		f = strings.TrimSpace(after)
	}
	switch {
	case strings.HasPrefix(f, "+"):
		f = f[1:]
	case strings.HasPrefix(f, "-"):
		f, neg = f[1:], true
	}
	return strings.TrimSpace(f), neg
}

// cutFigure splits off the leading figure: digits with single dots, commas
// or spaces between them ("1.234.567", "32 657", "1.234,5").
func cutFigure(f string) (tok, rest string) {
	i := 0
	for i < len(f) {
		c := f[i]
		if isASCIIDigit(rune(c)) {
			i++
			continue
		}
		if (c == '.' || c == ',' || c == ' ') && i > 0 && i+1 < len(f) && isASCIIDigit(rune(f[i+1])) {
			i++
			continue
		}
		break
	}
	return f[:i], f[i:]
}

// parseFigure decides which marks in tok group thousands and which one, if
// any, is the decimal mark. See the file comment for why.
func parseFigure(tok string) (number, bool) {
	groups, seps := splitFigure(tok)
	if len(seps) == 0 {
		return number{whole: trimZeros(tok)}, true
	}
	dots, commas := strings.Count(string(seps), "."), strings.Count(string(seps), ",")
	last := len(seps) - 1
	if dots > 0 && commas > 0 {
		// Both marks: the last is the decimal mark, used once, at the end.
		mark := seps[last]
		if mark == ' ' || strings.Count(string(seps), string(mark)) != 1 {
			return number{}, false
		}
		n, ok := decimalAfterGroups(groups)
		n.englishMarks = mark == '.'
		return n, ok
	}
	if dots+commas == 0 {
		return groupedWhole(groups)
	}
	mark := byte('.')
	if commas > 0 {
		mark = ','
	}
	if dots+commas > 1 || seps[last] != mark {
		// Repeated, or followed by space groups: only thousands make sense.
		return groupedWhole(groups)
	}
	after := groups[len(groups)-1]
	if len(after) == 3 && isThousands(groups) {
		if mark == '.' {
			n, ok := groupedWhole(groups)
			n.dotThousands = len(groups) == 2
			return n, ok
		}
		n, ok := decimalAfterGroups(groups)
		n.commaThousands = true
		return n, ok
	}
	return decimalAfterGroups(groups)
}

// splitFigure splits "1.234,5" into its digit groups and the marks between them.
func splitFigure(tok string) (groups []string, seps []byte) {
	start := 0
	for i := 0; i < len(tok); i++ {
		if !isASCIIDigit(rune(tok[i])) {
			groups = append(groups, tok[start:i])
			seps = append(seps, tok[i])
			start = i + 1
		}
	}
	return append(groups, tok[start:]), seps
}

// isThousands reports whether the groups are a thousands grouping: the
// first of one to three digits and not starting with 0, every other of three.
func isThousands(groups []string) bool {
	if len(groups[0]) > 3 || groups[0][0] == '0' {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// groupedWhole reads groups as one whole number grouped by thousands.
func groupedWhole(groups []string) (number, bool) {
	if !isThousands(groups) {
		return number{}, false
	}
	return number{whole: trimZeros(strings.Join(groups, ""))}, true
}

// decimalAfterGroups reads the last group as the fraction and the others
// as a whole number, grouped by thousands when there are several.
func decimalAfterGroups(groups []string) (number, bool) {
	wholeGroups := groups[:len(groups)-1]
	if len(wholeGroups) > 1 && !isThousands(wholeGroups) {
		return number{}, false
	}
	return number{whole: trimZeros(strings.Join(wholeGroups, "")), frac: groups[len(groups)-1]}, true
}

func trimZeros(s string) string { return strings.TrimLeft(s, "0") }

// Words that multiply the figure before them: "3 trăm" is 300, "5 chục"
// 50, "2 vạn" 20.000. Read alone they would store 3, 5 and 2, so they are
// refused and the officer is asked for every digit. Each maps to its value
// and to how it is written, for the message.
var multiplierWords = map[string]struct {
	times float64
	word  string
}{
	"tram": {100, "trăm"},
	"chuc": {10, "chục"},
	"muoi": {10, "mươi"},
	"van":  {10000, "vạn"},
}

// politeAfter are words of politeness after a figure: "300 ạ", "300 hộ nhé".
var politeAfter = setOf("a", "nhe", "nha", "nghe", "nghen", "nhen", "hen") // central and southern "nghe", "nghen" (round eight)

// readTail reads what follows the figure: an optional percent sign or
// words, then an optional unit that the unit stage checks ("hộ", "CLB
// TDTT", "hộ gia đình", "hooj"), then perhaps "ạ". Shorthands ("2k", "3
// triệu"), multipliers ("3 trăm"), letters stuck to the digits ("12abc",
// "1e3"), unknown words and more figures are refused; a unit of another
// family ("3 thôn" for households) and a letter a stuck to the digits
// ("12a": 12 ạ, or 12A?) are asked about.
func readTail(n number, tok, rest string, rule unitRule, notKey, raw string, in locales.Plain) (percent bool, unsure string, p *locales.Msg) {
	glued := rest != "" && startsWithLetter(rest)
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, "%") {
		// "93,1%%": a key held a moment too long; the sign is one.
		percent, glued, rest = true, false, strings.TrimSpace(strings.TrimLeft(rest, "%"))
	}
	perPeriod := false
	if i := strings.LastIndex(rest, "/"); i >= 0 && perPeriodWords[untelex(strings.Trim(rest[i+1:], " .,;:!"))] {
		// "1.108 lượt/năm": the unit per a period (number_r8.go)
		rest, perPeriod = rest[:i], true
	}
	ws := strings.Fields(strings.NewReplacer("/", " ", ",", " ").Replace(rest)) // "tin,bài" is "tin, bài"
	for i := range ws {
		ws[i] = strings.Trim(ws[i], ".,;:!")
	}
	ws = slices.DeleteFunc(ws, func(w string) bool { return w == "" })
	ws = unitsJoined(ws) // number_r9.go
	for _, pw := range percentWords {
		if len(ws) >= len(pw) && (equalWords(untelexAll(ws[:len(pw)]), pw) || equalWords(ws[:len(pw)], pw)) {
			percent, glued, ws = true, false, ws[len(pw):]
			break
		}
	}
	for len(ws) > 0 && (politeAfter[ws[len(ws)-1]] || numberTail[ws[len(ws)-1]] || tailPolite[untelex(ws[len(ws)-1])] && len(ws) > 1 || ws[len(ws)-1] == "gui") && !(glued && len(ws) == 1) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 && perPeriod {
		return false, "", problem(notKey, "input", in)
	}
	if len(ws) == 0 {
		return percent, "", nil
	}
	if perPeriod {
		defer func() {
			if p == nil && unsure == "" {
				unsure = "reading.per_period"
			}
		}()
	}
	ws = trimPlace(ws)
	if len(ws) == 0 {
		return percent, "", nil
	}
	first := ws[0]
	if shorthandWords[first] {
		return false, "", problem("answer.no_shorthand", "input", in)
	}
	if m, ok := multiplierWords[first]; ok && isMultiplier(first, m.word, glued, ws, rule, raw) {
		return false, "", problem("answer.spelled_multiplier", "input", in,
			"word", locales.Plain(m.word), "example", timesArg(n, m.times))
	}
	if glued && len(ws) == 1 && first == "a" {
		if typedWord(raw, "a") == "ạ" {
			return percent, "", nil // "12ạ": politeness stuck to the figure
		}
		return percent, "reading.letters_glued", nil
	}
	if percent && rule.percent {
		// "61% số hộ", "95% hộ": what the share is of.
		of := ws
		if of[0] == "tong" && len(of) > 2 && of[1] == "so" {
			of = of[1:] // "93,2% tổng số hộ" (round ten)
		}
		if of[0] == "so" && len(of) > 1 {
			of = of[1:]
		}
		if familyOf(strings.Join(of, " ")) != "" || rule.ownAll(ws) {
			return true, "", nil
		}
	}
	for _, w := range ws {
		if hasDigit(w) && typedWord(raw, w) != w {
			// Digits in a word typed with its diacritics ("12hộ3", "12 hộ.5")
			// are no VNI leftovers but figures: never swallowed by a unit.
			return false, "", problem(notKey, "input", in)
		}
	}
	fit := rule.fit(ws)
	if fit != unitFits {
		fit = rule.fitBeforeAsked(ws, fit)
	}
	switch {
	case glued && fit == unitUnknown:
		return false, "", problem("answer.letters_in_number", "input", in)
	case fit == unitFits:
		return percent, "", nil
	case fit == unitOther && !percent && (measures[rule.family] || measures[familyOfAll(ws)]):
		// "12.500 m2" where hectares are asked: another quantity, not
		// another name for the same one. Never offered as 12.500 ha.
		return false, "", problem("answer.other_measure", "input", in, "unit", rule.unit)
	case fit == unitOther && !percent && !rule.unit.IsZero() && familyOfAll(ws) != "":
		// "3.126 hộ" where people are counted, "23 thôn" where clubs are:
		// another figure, refused naming what is asked, never offered (the
		// lead's policy, round seven), as a share at a count is. A unit
		// cut to its first letter ("4518 h") may be the question's own and
		// is still offered.
		return false, "", problem("answer.unit_other", "input", in, "unit", rule.unit)
	case fit == unitOther && !percent:
		return false, "reading.unit_other", nil
	case !glued && kindAfterUnit(ws, rule, raw): // unit_kind.go: "7 clb bóng chuyền"
		return percent, "", nil
	case rule.percent || len(ws) > 3 || slices.ContainsFunc(ws, hasDigit):
		return false, "", problem(notKey, "input", in)
	}
	return false, "", problem("answer.unknown_unit", "input", in)
}

// isMultiplier reports whether first, a folded word after the figure that
// folds like a multiplier, is one. Typed with its diacritics ("trăm",
// "vạn") it always is. Typed without ("tram", "van") it is, unless the
// words after the figure are the question's own unit (a question counting
// "trạm" or "buổi văn nghệ"), or "van" is stuck to the digits ("2van" is
// refused as letters instead). Typed with other diacritics ("trạm", "văn")
// it is another word and is read as a unit, or refused as one.
func isMultiplier(first, word string, glued bool, ws []string, rule unitRule, raw string) bool {
	typed := typedWord(raw, first)
	switch {
	case typed == word:
		return true
	case typed != first:
		return false
	case glued && first == "van":
		return false
	}
	return !rule.ownAll(ws)
}

// typedWord is the word of raw, lowercased but with its diacritics, that
// folds to the folded word w; w itself when none does.
func typedWord(raw, w string) string {
	for _, f := range strings.Fields(strings.ToLower(Normalize(raw))) {
		f = strings.TrimLeft(f, "0123456789.,+-%")
		f = strings.TrimRight(f, ".,!")
		if f != "" && foldNumber(f) == w {
			return f
		}
	}
	return w
}

func hasDigit(w string) bool { return strings.ContainsFunc(w, isASCIIDigit) }

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// timesArg is n times m as a message argument: a whole count when it is one.
func timesArg(n number, m float64) any {
	f := n.value() * m
	if f == math.Trunc(f) && math.Abs(f) < NumberLimit {
		return int64(f)
	}
	return f
}

func untelexAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = untelex(w)
	}
	return out
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ReadInt reads a count: "32.657", "32 657", "32657 hộ", "+300", "007".
// A fraction, an estimate, a negative figure, a shorthand, a multiplier
// word ("3 trăm") or a word that is not a unit is a problem. A probable
// reading ("32,657" from an English phone, "1o" for 10, "không có" for 0)
// is a problem here too, keyed by its reason: only Read offers to confirm.
func ReadInt(s string) (int64, *locales.Msg) { return sureOnly(readInt(s, unitRule{})) }

// sureOnly turns a probable reading into a problem, for the callers that
// cannot ask back.
func sureOnly[T any](v T, u *Unsure, p *locales.Msg) (T, *locales.Msg) {
	var zero T
	switch {
	case p != nil:
		return zero, p
	case u != nil:
		m := u.Msg(locales.Plain(fmt.Sprint(v)))
		return zero, &m
	}
	return v, nil
}

// readInt is ReadInt with the units a question allows.
func readInt(s string, rule unitRule) (int64, *Unsure, *locales.Msg) {
	in := quoted(s)
	if isNoneAnswer(s) {
		return 0, &Unsure{Key: "reading.none_is_zero", Input: string(in)}, nil
	}
	n, u, p := readNumber(s, "answer.not_a_count", rule)
	switch {
	case p != nil && p.Key == "answer.not_a_count":
		return 0, nil, notACount(s, rule, in)
	case p != nil:
		return 0, nil, p
	case n.percent:
		return 0, nil, notACount(s, rule, in)
	case n.commaThousands:
		// "32,657": Vietnamese reads 32 phẩy 657, which is no count; an
		// English phone writes thirty-two thousand so. Ask with that.
		v, _ := strconv.ParseInt(n.whole+n.frac, 10, 64)
		return v, &Unsure{Key: "reading.comma_thousands", Input: string(in)}, nil
	case !n.isWhole():
		return 0, nil, problem("answer.not_whole", "input", in)
	case n.neg && n.value() != 0:
		return 0, nil, problem("answer.negative", "input", in)
	case len(n.frac) == 2 && len(n.whole) <= 3:
		// "1.00" is 1 from a spreadsheet, or 100 typed with a slip.
		w := n.whole
		if w == "" {
			w = "0"
		}
		a, _ := strconv.ParseInt(w, 10, 64)
		return 0, nil, problem("answer.count_two_readings", "input", in, "a", a, "b", a*100)
	case u == nil && n.frac == "0" && zeroFraction.MatchString(Normalize(s)): // figure_zero_fraction.go
		return int64(n.value()), &Unsure{Key: "reading.zero_fraction", Input: string(in)}, nil
	}
	return int64(n.value()), u, nil
}

// isNoneAnswer reports whether s says "none" at a count: "không có", "chưa
// có", "ko", "không phát sinh", "chưa có giải nào". It is read as 0, asked.
func isNoneAnswer(s string) bool {
	c := cleanAnswer(s, nil)
	ws := words(Fold(c.text))
	if len(ws) == 0 || !negations[untelex(ws[0])] && !noWords[untelex(ws[0])] || strings.ContainsFunc(c.text, isASCIIDigit) ||
		len(ws[0]) == 1 && ws[0] != "k" {
		// "N/A" is not applicable or not available: never a 0.
		return false
	}
	for _, w := range ws[1:] {
		w = untelex(w)
		if !noneWords[w] && familyOf(w) == "" && !tailPolite[w] {
			return false
		}
	}
	return untelex(ws[0]) != "0"
}

// noneWords may follow the negation in a "none" answer: "không có hộ nào",
// "chưa tổ chức", "không phát sinh", "không có gì".
var noneWords = untelexSet("co", "nao", "gi", "ai", "het", "ca", "luon", "to", "chuc", "phat", "sinh", "duoc", "ạ", "a")

// ReadDecimal reads a number that may have a fraction: "93,1", "93.1",
// "1.234,5", "1,234.5", "-2,5". A "%" after it is allowed.
func ReadDecimal(s string) (float64, *locales.Msg) { return sureOnly(readDecimal(s, unitRule{})) }

// readDecimal is ReadDecimal with the units a question allows.
//
// A rule a clerk states: at a decimal question (an area, a measure)
// "1.250" may be 1250 or, from a phone set to English, 1,25: it is
// refused with both readings named ("1,25 hay 1.250 (một nghìn hai trăm
// năm mươi)?") and a word on how to type a decimal, never stored nor
// offered (the lead's policy, round seven). The bot echoes a whole decimal of four to six
// digits without a thousands dot ("1250 ha", flows.Value.Format), so
// what it echoes reads back as itself. "1,250" keeps its Vietnamese
// reading (1,25), as a comma is the decimal mark here; "1,234.5" (both
// marks) and "1.234.567" (two groups) are one figure either way.
func readDecimal(s string, rule unitRule) (float64, *Unsure, *locales.Msg) {
	n, u, p := readNumber(s, "answer.not_a_number", rule)
	if p != nil {
		return 0, nil, p
	}
	if n.dotThousands && !n.percent {
		return 0, nil, dotTwoReadings(s, n)
	}
	if u == nil {
		u = marksUnsure(s, n) // number_r8.go
	}
	return n.value(), u, nil
}

// ReadPercent reads a percentage between 0 and 100: "93,1%", "93.1 %",
// "93", "93,1 phần trăm" all give 93.1 or 93. Nothing but a percent sign
// or "phần trăm" may follow the figure: "10 thôn" is not 10%.
func ReadPercent(s string) (float64, *locales.Msg) {
	return sureOnly(readPercent(s, unitRule{percent: true}))
}

// readPercent is ReadPercent with the units a question allows.
func readPercent(s string, rule unitRule) (float64, *Unsure, *locales.Msg) {
	n, u, p := readNumber(s, "answer.not_a_percent", rule)
	if p != nil {
		return 0, nil, p
	}
	if u == nil && n.englishMarks {
		u = marksUnsure(s, n) // number_r8.go
	}
	f := n.value()
	if f < 0 || f > 100 {
		return 0, nil, problem("answer.percent_range", "input", quoted(s))
	}
	if u == nil && !n.percent && f > 0 && f < 1 && len(n.frac) >= 2 {
		// "0,952" is how a spreadsheet holds 95,2% when the cell's format is
		// lost in the copy; it may also be 0,952%. Ask with the share.
		return math.Round(f*1e6) / 1e4, &Unsure{Key: "reading.share_as_fraction", Input: string(quoted(s))}, nil
	}
	return f, u, nil
}

// placeWords say where the figure was counted, after it and its unit:
// "2.345 hộ trên địa bàn xã", "12 thôn của xã", "300 người toàn xã". They
// add nothing to the figure and are taken off.
var placePhrases = [][]string{{"tren", "dia", "ban"}, {"cua", "xa"}, {"toan", "xa"}, {"trong", "xa"},
	{"tai", "xa"}, {"o", "xa"}, {"cua", "phuong"}, {"toan", "phuong"}, {"tren", "dia", "ban", "xa"}, {"tren", "dia", "ban", "phuong"}}

// trimPlace takes a place phrase off the end of ws, folded words.
func trimPlace(ws []string) []string {
	for _, p := range placePhrases {
		if len(ws) > len(p) || len(ws) == len(p) {
			tail := ws[len(ws)-len(p):]
			if equalWords(tail, p) {
				return ws[:len(ws)-len(p)]
			}
		}
	}
	return ws
}

// cutBracket splits "0 (không có)" into the figure and the words in
// brackets after it, when those words hold no digit.
func cutBracket(s string) (fig, words string, ok bool) {
	fig, words, ok = CutNote(s) // "Dạ 2345 (hai nghìn) ạ": politeness after the bracket too
	if !ok || !strings.ContainsFunc(fig, isASCIIDigit) || strings.ContainsFunc(words, isASCIIDigit) {
		return "", "", false
	}
	if !isNoneAnswer(words) && !saysFigure(words) {
		return "", "", false // "4.120 (hộ)", "95% (đạt)": a unit or a note
	}
	return fig, words, true
}

// cutMidBracket splits "17 (mười bảy) đơn vị" into the text up to the
// figure, the words in brackets right after it and what follows them,
// when the brackets hold a figure in words and no digit, and more than
// politeness follows (a bracket at the end is cutBracket's).
func cutMidBracket(s string) (fig, words, rest string, ok bool) {
	open := strings.IndexByte(s, '(')
	if open <= 0 {
		return "", "", "", false
	}
	end := strings.IndexByte(s[open:], ')')
	if end < 0 {
		return "", "", "", false
	}
	end += open
	fig, words, rest = strings.TrimSpace(s[:open]), strings.TrimSpace(s[open+1:end]), strings.TrimSpace(s[end+1:])
	if fig == "" || !isASCIIDigit(rune(fig[len(fig)-1])) || strings.ContainsFunc(words, isASCIIDigit) ||
		strings.ContainsAny(rest, "()") || Fold(rest) == "" || !saysFigure(words) {
		return "", "", "", false
	}
	return fig, words, rest, true
}

// saysFigure reports whether words are a figure in words.
func saysFigure(words string) bool {
	_, ok := readSpelledNumber(foldNumber(words), words, unitRule{}, "answer.not_a_count", "")
	return ok
}

// saysSame reports whether words say the figure v: "không có" for 0, or
// the same figure in words.
func saysSame(words string, v float64, rule unitRule) bool {
	if isNoneAnswer(words) {
		return v == 0
	}
	f := foldNumber(words)
	n, ok := readSpelledNumber(f, words, rule, "answer.not_a_count", "")
	return ok && n.value() == v
}

// measures are the unit families of quantities that convert (area,
// length, weight, money): a figure in another of them is another value.
var measures = setOf("ha", "m2", "m", "km", "km2", "kg", "tan", "dong", "cm", "mm")

// NumberArg is x as a message argument that prints the way answers of
// kind t print: 2.345 for counts, 93,1% for percentages.
func NumberArg(t Kind, x float64) any { return numberArg(t, x) }

// notACount says what a count question asks, in its own unit, when the
// answer is not a count: a share typed where households are counted is
// told so ("Câu này hỏi số hộ, không phải tỷ lệ %"), with one example.
func notACount(s string, rule unitRule, in locales.Plain) *locales.Msg {
	share := strings.ContainsAny(s, "%％") || hasAnyWord(Fold(s), "phan tram", "percent")
	switch {
	case share && !rule.unit.IsZero():
		return problem("answer.share_at_count", "input", in, "unit", rule.unit)
	case share:
		return problem("answer.share_at_count_plain", "input", in)
	case !rule.unit.IsZero():
		return problem("answer.not_a_count_unit", "input", in, "unit", rule.unit)
	}
	return problem("answer.not_a_count", "input", in)
}

// hasAnyWord reports whether folded text f holds one of the folded
// phrases as whole words.
func hasAnyWord(f string, phrases ...string) bool {
	padded := " " + f + " "
	for _, ph := range phrases {
		if strings.Contains(padded, " "+ph+" ") {
			return true
		}
	}
	return false
}

// numberWords reports a note that is mostly number words ("hai nghinf",
// "ba trăm"): a figure in words beside the figure, a second answer that
// must agree with the first, never an aside.
func numberWords(note string) bool {
	ws := words(Fold(note))
	n := 0
	for _, w := range ws {
		if spelledDigits[untelex(w)] {
			n++
		}
	}
	return len(ws) > 0 && n*2 > len(ws)
}
