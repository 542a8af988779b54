package flows

// Reading an answer typed on a phone, the Vietnamese way.
//
// The officers who answer are commune culture staff typing on whatever
// phone they have, with or without a Vietnamese input method. The readers
// here accept everything that has one sensible meaning and, when a reply
// could mean two things, ask rather than guess: a wrong figure in a report
// costs far more than one more message.
//
// Numbers follow the Vietnamese convention: the dot groups thousands and
// the comma marks decimals (32.657 hộ; 93,1%). Phones set to English
// produce the opposite, so:
//
//   - "32.657" is 32657: a dot followed by exactly three digits is a
//     thousands group, as every Vietnamese form and newspaper writes it.
//   - "93.1" is 93,1: a dot followed by anything but three digits cannot be
//     a thousands group, so it is a decimal mark from an English keyboard.
//   - "32,657" in a count is ambiguous: in Vietnamese it literally reads
//     "32 phẩy 657", which is not a count, yet an English phone writes
//     thirty-two thousand that way. Both readings are plausible, so the
//     officer is asked, and shown both. In a decimal question it is 32,657
//     (the Vietnamese reading), since there a fraction is expected.
//   - When both marks appear ("1.234,5" or "1,234.5") the last one is the
//     decimal mark: that is true in both conventions.
//
// A problem is returned as a *locales.Msg (a key under "answer." and its
// arguments) that says politely what is wrong and how to type it; nil means
// the answer was read.

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/baocao/baocao/locales"
)

// Value is one answer as stored.
type Value struct {
	Num     *float64 `json:"n,omitempty"` // integer, decimal, percent (integers are whole floats)
	Bool    *bool    `json:"b,omitempty"`
	Text    string   `json:"s,omitempty"` // text; for a photo, the channel's file id
	Date    string   `json:"d,omitempty"` // 2006-01-02
	Picks   []string `json:"c,omitempty"` // choice ids
	Skipped bool     `json:"x,omitempty"` // an optional question the person skipped
}

// dateLayout is how Value.Date is stored: sortable and zone-free.
const dateLayout = "2006-01-02"

// Limits on what is read.
const (
	// maxDigits keeps every accepted number exact in a float64 (below 2^53)
	// and catches a figure pasted twice.
	maxDigits = 15
	// maxText is the longest free-text answer, in runes.
	maxText = 2000
	// quoteLen is how much of the input a problem message repeats.
	quoteLen = 40
)

// numberLimit is the first value with more than maxDigits whole digits.
var numberLimit = math.Pow10(maxDigits)

// problem builds a problem message.
func problem(key string, kv ...any) *locales.Msg {
	m := locales.M(key, kv...)
	return &m
}

// quoted is the input as a problem message repeats it: normalised and short.
func quoted(s string) locales.Plain { return locales.Plain(shorten(Normalize(s), quoteLen)) }

// ReadAnswer reads s as the answer to q: it dispatches on q.Type and, for
// numbers, checks q.Min and q.Max (both inclusive). Photos cannot be typed.
func ReadAnswer(q *Question, s string, now time.Time, lang locales.Lang) (Value, *locales.Msg) {
	if q == nil {
		return Value{}, problem("answer.cannot_read", "input", quoted(s))
	}
	switch q.Type {
	case TypeInt, TypeDecimal, TypePercent:
		return readNumberAnswer(q, s)
	case TypeYesNo:
		b, p := ReadYesNo(s)
		if p != nil {
			return Value{}, p
		}
		return Value{Bool: &b}, nil
	case TypeChoice:
		id, p := ReadChoice(s, q.Options, lang)
		if p != nil {
			return Value{}, p
		}
		return Value{Picks: []string{id}}, nil
	case TypeMulti:
		ids, p := ReadChoices(s, q.Options, lang)
		if p != nil {
			return Value{}, p
		}
		return Value{Picks: ids}, nil
	case TypeDate:
		d, p := ReadDate(s, now)
		if p != nil {
			return Value{}, p
		}
		return Value{Date: d.Format(dateLayout)}, nil
	case TypeText:
		t, p := ReadText(s)
		if p != nil {
			return Value{}, p
		}
		return Value{Text: t}, nil
	case TypePhoto:
		return Value{}, problem("answer.photo_expected")
	}
	return Value{}, problem("answer.cannot_read", "input", quoted(s))
}

// readNumberAnswer reads an integer, decimal or percent answer and checks
// the question's bounds.
func readNumberAnswer(q *Question, s string) (Value, *locales.Msg) {
	var (
		f float64
		p *locales.Msg
	)
	rule := ruleFor(q)
	switch q.Type {
	case TypeInt:
		var n int64
		n, p = readInt(s, rule)
		f = float64(n)
	case TypeDecimal:
		f, p = readDecimal(s, rule)
	default:
		f, p = readPercent(s, rule)
	}
	if p != nil {
		return Value{}, p
	}
	if p := checkBounds(q, f); p != nil {
		return Value{}, p
	}
	return Value{Num: &f}, nil
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
func numberArg(t QuestionType, x float64) any {
	switch t {
	case TypeInt:
		if x == math.Trunc(x) && math.Abs(x) < numberLimit {
			return int64(x)
		}
	case TypePercent:
		return locales.Percent(x)
	}
	return x
}

// ---- Numbers ----------------------------------------------------------

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
	approxBefore = setOf("khoang", "tam", "chung", "gan", "hon", "tren", "duoi", "xap", "uoc",
		"do", "it", "about", "around", "approx", "approximately", "roughly", "nearly",
		"almost", "over", "under")
	approxAfter = setOf("hon", "ngoai", "tro", "chut", "gi", "khoang", "chung", "xap")
)

// Words a person may put before a figure: "có 300", "tổng cộng 300".
var fillerWords = setOf("da", "la", "co", "duoc", "tong", "cong", "so", "luong", "gom", "total")

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

// readNumber reads a figure with an optional sign, filler words before it
// and a unit after it that rule allows. notKey is the problem key for "this
// is not a number" in the caller's terms (a count, a number, a percentage).
func readNumber(s, notKey string, rule unitRule) (number, *locales.Msg) {
	in := quoted(s)
	f := strings.TrimRight(foldNumber(s), ".!")
	f = strings.TrimSpace(f)
	if f == "" {
		return number{}, problem("answer.empty")
	}
	if !strings.ContainsFunc(f, isASCIIDigit) {
		if strings.ContainsFunc(f, unicode.IsLetter) {
			return number{}, problem("answer.type_digits", "input", in)
		}
		return number{}, problem(notKey, "input", in)
	}
	if isEstimate(f) {
		return number{}, problem("answer.not_exact", "input", in)
	}
	rest, neg := stripLead(f)
	tok, rest := cutFigure(rest)
	if tok == "" {
		return number{}, problem(notKey, "input", in)
	}
	n, ok := parseFigure(tok)
	if !ok {
		return number{}, problem("answer.malformed_number", "input", in)
	}
	n.neg = neg
	if len(n.whole) > maxDigits || n.value() <= -numberLimit || n.value() >= numberLimit {
		return number{}, problem("answer.too_large", "input", in)
	}
	pct, p := readTail(n, tok, rest, rule, notKey, s, in)
	if p != nil {
		return number{}, p
	}
	n.percent = pct
	return n, nil
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// isEstimate reports whether a folded figure is hedged: "~300", "300?",
// "300+", "khoảng 300", "300 trở lên", "300-400", "300 đến 400".
func isEstimate(f string) bool {
	if strings.ContainsAny(f, "~≈?") || strings.HasSuffix(f, "+") || estimateRange.MatchString(f) {
		return true
	}
	first := strings.IndexFunc(f, isASCIIDigit)
	for _, w := range words(f[:first]) {
		if approxBefore[w] {
			return true
		}
	}
	ws := words(f[first:])
	for i, w := range ws {
		if approxAfter[w] {
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
		if w == "" || !(fillerWords[w] || w == "am") {
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
		return decimalAfterGroups(groups)
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
			return groupedWhole(groups)
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

// commonUnits are the units, folded, that may follow a figure whatever the
// question: counts of what a culture report counts, and a few measures.
// Anything else after a figure is a problem, so that "3 trăm" or "1o" is
// never stored as 3 or 1.
var commonUnits = setOf(
	"ho", "ho dan", "ho gia dinh", "gia dinh", "nguoi", "nguoi dan", "ng", "luot", "luot nguoi",
	"thon", "ban", "lang", "xom", "to", "to dan pho", "khu", "khu dan cu", "khu pho",
	"xa", "phuong", "thi tran", "clb", "cau lac bo", "doi", "nhom", "giai", "giai dau",
	"tin", "bai", "tin bai", "chuong trinh", "thu tuc", "ho so", "don vi", "co quan",
	"cai", "chiec", "buoi", "lan", "diem", "le hoi", "hoat dong", "su kien", "cuoc", "tran",
	"di tich", "nha van hoa", "thu vien", "cuon", "quyen", "dau sach", "lop", "hoc vien",
	"hoi vien", "thanh vien",
	"households", "people", "persons", "visits", "villages", "clubs", "items", "units",
	"times", "programmes", "programs", "procedures", "applications", "tournaments",
	"ha", "m", "m2", "m²", "km", "km2", "km²", "kg", "tan", "dong", "vnd", "d",
)

// politeAfter are words of politeness after a figure: "300 ạ", "300 hộ nhé".
var politeAfter = setOf("a", "nhe", "nha")

// unitRule says which words may follow a figure.
type unitRule struct {
	percent bool            // only "%", "phần trăm" and the question's unit
	own     map[string]bool // the words of the question's unit, folded
}

// ruleFor is the unit rule of a number question: its own unit, in every
// language, and for a percentage nothing else.
func ruleFor(q *Question) unitRule {
	r := unitRule{percent: q.Type == TypePercent, own: map[string]bool{}}
	for _, u := range q.Unit {
		for _, w := range words(Fold(u)) {
			r.own[w] = true
		}
	}
	return r
}

// accepts reports whether ws, folded and trimmed, is a unit the rule allows:
// words of the question's own unit, or one of the common units.
func (r unitRule) accepts(ws []string) bool {
	if r.ownAll(ws) {
		return true
	}
	return !r.percent && commonUnits[strings.Join(ws, " ")]
}

// ownAll reports whether every word of ws is a word of the question's unit.
func (r unitRule) ownAll(ws []string) bool {
	if len(ws) == 0 || len(r.own) == 0 {
		return false
	}
	for _, w := range ws {
		if !r.own[w] {
			return false
		}
	}
	return true
}

// readTail reads what follows the figure: an optional percent sign or
// words, then an optional unit of at most three words that the rule allows
// ("hộ", "CLB", "hộ gia đình"), then perhaps "ạ". Shorthands ("2k", "3
// triệu"), multipliers ("3 trăm"), letters stuck to the digits ("1o",
// "12abc", "1e3"), unknown words and more figures are refused.
func readTail(n number, tok, rest string, rule unitRule, notKey, raw string, in locales.Plain) (percent bool, p *locales.Msg) {
	glued := rest != "" && startsWithLetter(rest)
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, "%") {
		percent, glued, rest = true, false, strings.TrimSpace(rest[1:])
	}
	ws := strings.Fields(rest)
	for i := range ws {
		ws[i] = strings.Trim(ws[i], ".,")
	}
	for _, pw := range percentWords {
		if len(ws) >= len(pw) && equalWords(ws[:len(pw)], pw) {
			percent, glued, ws = true, false, ws[len(pw):]
			break
		}
	}
	for len(ws) > 0 && politeAfter[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return percent, nil
	}
	first := ws[0]
	if shorthandWords[first] {
		return false, problem("answer.no_shorthand", "input", in)
	}
	if m, ok := multiplierWords[first]; ok && isMultiplier(first, m.word, glued, ws, rule, raw) {
		return false, problem("answer.spelled_multiplier", "input", in,
			"word", locales.Plain(m.word), "example", timesArg(n, m.times))
	}
	if glued && isZeroTypo(first) {
		guess := tok + strings.ReplaceAll(first, "o", "0")
		return false, problem("answer.letter_o_for_zero", "input", in, "guess", locales.Plain(guess))
	}
	if glued && !rule.accepts(ws) {
		return false, problem("answer.letters_in_number", "input", in)
	}
	switch {
	case rule.accepts(ws):
		return percent, nil
	case rule.percent || len(ws) > 3 || slices.ContainsFunc(ws, hasDigit):
		return false, problem(notKey, "input", in)
	}
	return false, problem("answer.unknown_unit", "input", in)
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

// isZeroTypo reports whether w, stuck to a figure, is made of the letter o
// (and perhaps more digits and marks) with at least one o: "1o", "1oo",
// "1o.ooo", which are 10, 100 and 10.000 typed with o for 0.
func isZeroTypo(w string) bool {
	return strings.Contains(w, "o") && strings.Trim(w, "o0123456789.,%") == ""
}

// timesArg is n times m as a message argument: a whole count when it is one.
func timesArg(n number, m float64) any {
	f := n.value() * m
	if f == math.Trunc(f) && math.Abs(f) < numberLimit {
		return int64(f)
	}
	return f
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
// word ("3 trăm"), letters stuck to the digits ("1o") or a word that is not
// a common unit is a problem, and so is "32,657", which could mean two
// different numbers.
func ReadInt(s string) (int64, *locales.Msg) { return readInt(s, unitRule{}) }

// readInt is ReadInt with the units a question allows.
func readInt(s string, rule unitRule) (int64, *locales.Msg) {
	n, p := readNumber(s, "answer.not_a_count", rule)
	in := quoted(s)
	switch {
	case p != nil:
		return 0, p
	case n.percent:
		return 0, problem("answer.not_a_count", "input", in)
	case n.commaThousands:
		whole := n.whole + n.frac
		v, _ := strconv.ParseInt(whole, 10, 64)
		intPart := n.whole
		if intPart == "" {
			intPart = "0"
		}
		return 0, problem("answer.count_ambiguous", "input", in, "whole", v,
			"plain", locales.Plain(strconv.FormatInt(v, 10)),
			"int_part", locales.Plain(intPart), "frac_part", locales.Plain(n.frac))
	case !n.isWhole():
		return 0, problem("answer.not_whole", "input", in)
	case n.neg && n.value() != 0:
		return 0, problem("answer.negative", "input", in)
	}
	return int64(n.value()), nil
}

// ReadDecimal reads a number that may have a fraction: "93,1", "93.1",
// "1.234,5", "1,234.5", "-2,5". A "%" after it is allowed.
func ReadDecimal(s string) (float64, *locales.Msg) { return readDecimal(s, unitRule{}) }

// readDecimal is ReadDecimal with the units a question allows.
func readDecimal(s string, rule unitRule) (float64, *locales.Msg) {
	n, p := readNumber(s, "answer.not_a_number", rule)
	if p != nil {
		return 0, p
	}
	return n.value(), nil
}

// ReadPercent reads a percentage between 0 and 100: "93,1%", "93.1 %",
// "93", "93,1 phần trăm" all give 93.1 or 93. Nothing but a percent sign
// or "phần trăm" may follow the figure: "10 thôn" is not 10%.
func ReadPercent(s string) (float64, *locales.Msg) { return readPercent(s, unitRule{percent: true}) }

// readPercent is ReadPercent with the units a question allows.
func readPercent(s string, rule unitRule) (float64, *locales.Msg) {
	n, p := readNumber(s, "answer.not_a_percent", rule)
	if p != nil {
		return 0, p
	}
	f := n.value()
	if f < 0 || f > 100 {
		return 0, problem("answer.percent_range", "input", quoted(s))
	}
	return f, nil
}

// ---- Yes / no ---------------------------------------------------------

// Yes and no the ways they are typed, folded and without Telex leftovers.
// "Dạ" alone is a polite yes; before another word it is only politeness.
var (
	yesWords = untelexSet("co", "c", "ok", "oke", "okay", "okie", "dong y", "dung", "roi", "yes", "y",
		"yeah", "yep", "1", "vang", "uh", "u", "uhm", "um", "da", "duoc", "dc", "true", "chuan",
		"👍", "✓", "✔", "✅", "co roi", "dung roi", "dung vay")
	noWords = untelexSet("khong", "ko", "k", "kh", "hong", "hok", "hem", "0", "no", "n", "nope",
		"chua", "false", "sai", "👎", "✗", "✘", "❌")
	// politeWords carry no meaning for yes/no: "có ạ", "dạ không", "thưa có".
	politeWords = untelexSet("a", "thua", "nhe", "nha", "em", "minh", "toi")
	// negations turn the yes after them into a no: "không có", "chưa đồng ý".
	negations = untelexSet("khong", "ko", "k", "kh", "chua", "hong")
)

func untelexSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[untelexPhrase(w)] = true
	}
	return m
}

// untelexPhrase applies untelex to every word of a folded phrase.
func untelexPhrase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = untelex(w)
	}
	return strings.Join(ws, " ")
}

// ReadYesNo reads có or không, typed any of the ways people type them: with
// or without diacritics, abbreviated ("k", "ko", "c"), politely ("dạ có",
// "không ạ"), in English, or with Telex/VNI leftovers ("khoongf", "co1").
// A reply that says both ("có không", "co k") is a problem, not a guess.
func ReadYesNo(s string) (bool, *locales.Msg) {
	in := quoted(s)
	f := Fold(s)
	if f == "" {
		return false, problem("answer.empty")
	}
	var answers []bool
	for _, clause := range strings.FieldsFunc(f, func(r rune) bool { return strings.ContainsRune(",;/", r) }) {
		got, ok := yesNoClause(clause)
		if !ok {
			return false, problem("answer.not_yes_no", "input", in)
		}
		answers = append(answers, got...)
	}
	if len(answers) == 0 {
		return false, problem("answer.not_yes_no", "input", in)
	}
	for _, a := range answers[1:] {
		if a != answers[0] {
			return false, problem("answer.yes_no_ambiguous", "input", in)
		}
	}
	return answers[0], nil
}

// yesNoClause reads the yes and no words of one clause, in order. A
// negation followed by a yes word is one no ("không có", "chưa đồng ý").
func yesNoClause(clause string) ([]bool, bool) {
	var ws []string
	for _, w := range strings.Fields(strings.Trim(clause, " .!?…")) {
		w = untelex(strings.Trim(w, ".!?…:"))
		if w != "" && !politeWords[w] {
			ws = append(ws, w)
		}
	}
	if len(ws) > 1 && ws[0] == "da" { // "dạ có": dạ is politeness here
		ws = ws[1:]
	}
	var out []bool
	for i := 0; i < len(ws); i++ {
		if n := yesAt(ws, i); n > 0 {
			out = append(out, true)
			i += n - 1
			continue
		}
		switch w := ws[i]; {
		case negations[w] && yesAt(ws, i+1) > 0:
			out = append(out, false)
			i += yesAt(ws, i+1)
		case noWords[w]:
			out = append(out, false)
		default:
			return nil, false
		}
	}
	return out, len(out) > 0
}

// yesAt is how many words of ws, from i, make a yes: 2 for "đồng ý", 1
// for "có", 0 when ws[i] does not start one.
func yesAt(ws []string, i int) int {
	switch {
	case i+1 < len(ws) && yesWords[ws[i]+" "+ws[i+1]]:
		return 2
	case i < len(ws) && yesWords[ws[i]]:
		return 1
	}
	return 0
}

// ---- Dates ------------------------------------------------------------

var (
	// dmyDate is day, month and maybe year with / - . between: "5/3/2026",
	// "05-03-26", "5.3". Never month first: Vietnam writes the day first.
	dmyDate = regexp.MustCompile(`^(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*[/.-]\s*(\d+))?$`)
	// isoDate is 2026-03-05, unambiguous because the year comes first.
	isoDate = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	// wordDate is "ngày 5 tháng 3 năm 2026", "mùng 5 tháng 3", folded.
	wordDate = regexp.MustCompile(`^(?:(?:ngay|mung|hom) )*(\d{1,2}) thang (\d{1,2})(?:,? nam (\d+))?$`)
)

// Relative days, folded: how many days before today.
var relativeDays = map[string]int{
	"hom nay": 0, "nay": 0, "ngay hom nay": 0, "today": 0,
	"hom qua": 1, "qua": 1, "ngay hom qua": 1, "yesterday": 1,
	"hom kia": 2,
}

// ReadDate reads a day: "20/12/2026", "5/3" (this year), "5/3/26",
// "hôm nay", "hôm qua", "ngày 5 tháng 3 năm 2026". The day always comes
// before the month. The result is at 00:00 in now's location.
func ReadDate(s string, now time.Time) (time.Time, *locales.Msg) {
	f := strings.Trim(foldNumber(s), " .!")
	for _, lead := range []string{"ngay ", "mung "} {
		f = strings.TrimPrefix(f, lead)
	}
	if f == "" {
		return time.Time{}, problem("answer.empty")
	}
	loc := now.Location()
	if back, ok := relativeDays[f]; ok {
		y, m, d := now.Date()
		return time.Date(y, m, d-back, 0, 0, 0, 0, loc), nil
	}
	day, month, year, ok := splitDate(f)
	if !ok {
		return time.Time{}, problem("answer.not_a_date", "input", quoted(s))
	}
	if year == "" {
		year = strconv.Itoa(now.Year())
	}
	return makeDate(day, month, year, loc, s)
}

// splitDate finds the day, month and year (maybe "") in a folded date.
func splitDate(f string) (day, month, year string, ok bool) {
	if m := dmyDate.FindStringSubmatch(f); m != nil {
		return m[1], m[3], m[4], true
	}
	if m := isoDate.FindStringSubmatch(f); m != nil {
		return m[3], m[2], m[1], true
	}
	if m := wordDate.FindStringSubmatch(f); m != nil {
		return m[1], m[2], m[3], true
	}
	return "", "", "", false
}

// makeDate checks that the day exists and builds it. A two-digit year is in
// this century ("26" → 2026); a report date is never a century away.
func makeDate(day, month, year string, loc *time.Location, s string) (time.Time, *locales.Msg) {
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	y, _ := strconv.Atoi(year)
	switch len(year) {
	case 2:
		y += 2000
	case 4:
	default:
		return time.Time{}, problem("answer.not_a_date", "input", quoted(s))
	}
	named := locales.Plain(pad2(d) + "/" + pad2(m) + "/" + strconv.Itoa(y))
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
	if m < 1 || m > 12 || d < 1 || t.Day() != d || y < 1900 || y > 2200 {
		return time.Time{}, problem("answer.invalid_date", "date", named)
	}
	return t, nil
}

func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// ---- Choices ----------------------------------------------------------

// choiceLead are words before a choice number: "số 2", "phương án 2", "#2".
var choiceLead = []string{"so ", "phuong an ", "lua chon ", "chon ", "cau ", "muc ", "#", "no."}

// minPrefix is the shortest prefix that selects an option by its label:
// shorter ones match too much ("x" is every commune, "xa").
const minPrefix = 3

// ReadChoice reads one option: by its number ("2", "2.", "số 2"), by its
// label in any case, with or without diacritics ("xa thanh tam"), or by a
// unique beginning of the label or id of at least three letters.
func ReadChoice(s string, options []Option, lang locales.Lang) (string, *locales.Msg) {
	id, p := readOneChoice(s, options, lang)
	if p != nil && p.Key == "answer.choice_unknown" && namesSeveral(s, options, lang) {
		return "", problem("answer.one_choice_only", "input", quoted(s))
	}
	return id, p
}

// readOneChoice is ReadChoice without the check for several options, so
// that ReadChoices can use it on each part.
func readOneChoice(s string, options []Option, lang locales.Lang) (string, *locales.Msg) {
	in := quoted(s)
	f := Fold(s)
	if f == "" {
		return "", problem("answer.empty")
	}
	found := matchOptions(f, options, sameName)
	if i, isNum := choiceNumber(f); isNum && len(found) == 0 {
		if i < 1 || i > len(options) {
			return "", problem("answer.choice_out_of_range", "input", in, "count", len(options))
		}
		return options[i-1].ID, nil
	}
	if len(found) == 0 {
		found = matchOptions(f, options, startsName)
	}
	if len(found) == 0 {
		found = matchOptions(f, options, startsWordInName)
	}
	switch {
	case len(found) == 1:
		return options[found[0]].ID, nil
	case len(found) > 1:
		return "", problem("answer.choice_ambiguous", "input", in, "candidates", listOptions(options, found, lang))
	}
	return "", problem("answer.choice_unknown", "input", in, "options", listOptions(options, nil, lang))
}

// namesSeveral reports whether s names several options at once ("1, 3"),
// to tell the person that the question takes one.
func namesSeveral(s string, options []Option, lang locales.Lang) bool {
	ids, p := ReadChoices(s, options, lang)
	return p == nil && len(ids) > 1
}

// choiceNumber reads "2", "2.", "2)", "(2)", "số 2", "#2" as 2.
func choiceNumber(f string) (int, bool) {
	f = strings.Trim(foldNumber(f), " .)(:")
	for _, lead := range choiceLead {
		if strings.HasPrefix(f, lead) {
			f = strings.TrimSpace(f[len(lead):])
			break
		}
	}
	f = strings.Trim(f, " .)(:")
	if !isDigits(f) {
		return 0, false
	}
	if len(f) > 6 {
		return -1, true // out of range, whatever it is
	}
	n, _ := strconv.Atoi(f)
	return n, true
}

// matchOptions finds the options with a name that matches f. The label
// (or id) itself is tried first, even before a number, so that an option
// called "2026" is not read as option number 2026; then a beginning of at
// least minPrefix letters; then the start of a word inside the label
// ("thanh tam" for "Xã Thành Tâm").
func matchOptions(f string, options []Option, matches func(name, f string) bool) []int {
	var found []int
	for i, o := range options {
		for _, name := range optionNames(o) {
			if matches(name, f) {
				found = append(found, i)
				break
			}
		}
	}
	return found
}

func sameName(name, f string) bool { return name == f }

func startsName(name, f string) bool {
	return utf8.RuneCountInString(f) >= minPrefix && strings.HasPrefix(name, f)
}

func startsWordInName(name, f string) bool {
	return utf8.RuneCountInString(f) >= minPrefix && strings.Contains(" "+name, " "+f)
}

// optionNames are the folded names an option answers to: its id and its
// label in every language.
func optionNames(o Option) []string {
	names := []string{Fold(o.ID)}
	for _, lang := range locales.Langs {
		if l, ok := o.Label[lang]; ok && l != "" {
			names = append(names, Fold(l))
		}
	}
	return names
}

// listOptions prints the options at idx (all when nil) as "1. A; 2. B".
func listOptions(options []Option, idx []int, lang locales.Lang) locales.Plain {
	if idx == nil {
		for i := range options {
			idx = append(idx, i)
		}
	}
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = strconv.Itoa(i+1) + ". " + optionLabel(options[i], lang)
	}
	return locales.Plain(strings.Join(parts, "; "))
}

// optionLabel is the option's label in lang, or its id when it has none.
func optionLabel(o Option, lang locales.Lang) string {
	if l := o.Label.In(lang); l != "" {
		return l
	}
	return o.ID
}

// Words that choose every option.
var allWords = setOf("tat ca", "ca hai", "all", "both")

// ReadChoices reads several options: numbers separated by commas or spaces
// ("1, 3", "1 3"), labels separated by commas, semicolons, new lines or
// "và" ("Hát, Múa và Văn nghệ"), or "tất cả". Each is read as ReadChoice
// reads one. Repeats count once; ids come back in the options' order.
func ReadChoices(s string, options []Option, lang locales.Lang) ([]string, *locales.Msg) {
	if Fold(s) == "" {
		return nil, problem("answer.empty")
	}
	if allWords[strings.Trim(Fold(s), " .!")] && len(options) > 0 {
		ids := make([]string, len(options))
		for i, o := range options {
			ids[i] = o.ID
		}
		return ids, nil
	}
	picked := make([]bool, len(options))
	for _, part := range splitChoices(s) {
		if p := pickPart(part, options, lang, picked); p != nil {
			return nil, p
		}
	}
	var ids []string
	for i, on := range picked {
		if on {
			ids = append(ids, options[i].ID)
		}
	}
	if len(ids) == 0 {
		return nil, problem("answer.empty")
	}
	return ids, nil
}

// splitChoices splits on new lines, commas, semicolons, "+" and "&" (which
// never occur inside a sensible label) but not yet on "và", which may.
func splitChoices(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("\n,;+&", r) })
	var out []string
	for _, p := range parts {
		if p = Normalize(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// pickPart marks the options named by one part of a several-choice answer.
// A part is a run of numbers ("1 3"), one label, or labels joined by "và".
func pickPart(part string, options []Option, lang locales.Lang, picked []bool) *locales.Msg {
	if nums := strings.Fields(part); len(nums) > 1 && allNumbers(nums) {
		for _, n := range nums {
			if p := pickOne(n, options, lang, picked); p != nil {
				return p
			}
		}
		return nil
	}
	first := pickOne(part, options, lang, nil)
	if first == nil {
		return pickOne(part, options, lang, picked)
	}
	pieces := splitAnd(part)
	if len(pieces) < 2 {
		return first
	}
	for _, piece := range pieces {
		if pickOne(piece, options, lang, nil) != nil {
			return first
		}
	}
	for _, piece := range pieces {
		pickOne(piece, options, lang, picked)
	}
	return nil
}

// pickOne reads one option and marks it in picked (when not nil).
func pickOne(s string, options []Option, lang locales.Lang, picked []bool) *locales.Msg {
	id, p := readOneChoice(s, options, lang)
	if p != nil || picked == nil {
		return p
	}
	for i, o := range options {
		if o.ID == id {
			picked[i] = true
			break
		}
	}
	return nil
}

func allNumbers(ws []string) bool {
	for _, w := range ws {
		if !isDigits(strings.Trim(foldNumber(w), ".")) {
			return false
		}
	}
	return true
}

// andWord joins two labels: "và", typed with or without its accent, or "and".
var andWord = regexp.MustCompile(`(?i)\s+(?:và|va|and|với|voi)\s+`)

func splitAnd(s string) []string { return andWord.Split(Normalize(s), -1) }

// ---- Text -------------------------------------------------------------

// ReadText reads free text: anything not empty after Normalize, up to
// maxText runes.
func ReadText(s string) (string, *locales.Msg) {
	t := Normalize(s)
	if t == "" {
		return "", problem("answer.empty")
	}
	if n := utf8.RuneCountInString(t); n > maxText {
		return "", problem("answer.too_long", "max", maxText, "length", n)
	}
	return t, nil
}

// ---- Stored values ----------------------------------------------------

// Any is the value for expressions: float64 for numbers, bool, the date as
// "2006-01-02", []string of choice ids, the text; nil when skipped or empty.
func (v Value) Any() any {
	switch {
	case v.Skipped:
		return nil
	case v.Num != nil:
		return *v.Num
	case v.Bool != nil:
		return *v.Bool
	case v.Date != "":
		return v.Date
	case v.Picks != nil:
		return v.Picks
	case v.Text != "":
		return v.Text
	}
	return nil
}

// Format echoes the answer back the way the person reads it: "32.657 hộ",
// "93,1%", "Có", "20/12/2026", choice labels joined by ", ", the text in
// full. Numbers show every stored digit, so that what is confirmed is
// exactly what is kept.
func (v Value) Format(q *Question, lang locales.Lang) string {
	if v.Skipped {
		return locales.Render(lang, locales.M("answer.skipped"))
	}
	t := guessType(v)
	if q != nil {
		t = q.Type
	}
	switch t {
	case TypeInt, TypeDecimal, TypePercent:
		return formatNum(v, q, t, lang)
	case TypeYesNo:
		return formatBool(v, lang)
	case TypeDate:
		return formatDate(v.Date)
	case TypeChoice, TypeMulti:
		return formatPicks(v.Picks, q, lang)
	case TypePhoto:
		return locales.Render(lang, locales.M("answer.photo_received"))
	}
	return v.Text
}

// guessType infers how to print a value whose question is unknown.
func guessType(v Value) QuestionType {
	switch {
	case v.Num != nil:
		return TypeDecimal
	case v.Bool != nil:
		return TypeYesNo
	case v.Date != "":
		return TypeDate
	case v.Picks != nil:
		return TypeMulti
	}
	return TypeText
}

func formatNum(v Value, q *Question, t QuestionType, lang locales.Lang) string {
	if v.Num == nil {
		return ""
	}
	f := *v.Num
	var s string
	switch {
	case t == TypePercent:
		return formatNumber(lang, f) + "%"
	case t == TypeInt && f == math.Trunc(f) && math.Abs(f) < numberLimit:
		s = locales.Int(lang, int64(f))
	default:
		s = formatNumber(lang, f)
	}
	if q != nil {
		if unit := q.Unit.In(lang); unit != "" {
			s += " " + unit
		}
	}
	return s
}

// formatNumber prints f with the language's grouping and decimal mark and
// every digit it has (locales.Decimal stops at two, which would echo a
// typed 1,125 ha as 1,13).
func formatNumber(lang locales.Lang, f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "—"
	}
	if f == math.Trunc(f) && math.Abs(f) < numberLimit {
		return locales.Int(lang, int64(f))
	}
	plain := strconv.FormatFloat(f, 'f', -1, 64)
	if short := locales.Decimal(lang, f); sameDigits(short, plain) {
		return short
	}
	whole, frac, _ := strings.Cut(strings.TrimPrefix(plain, "-"), ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return plain
	}
	s := locales.Int(lang, w) + decimalMark(lang) + frac
	if f < 0 {
		s = "-" + s
	}
	return s
}

// sameDigits reports whether a formatted number keeps every digit of plain.
func sameDigits(formatted, plain string) bool {
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if isASCIIDigit(r) {
				return r
			}
			return -1
		}, s)
	}
	return digits(formatted) == digits(plain)
}

// decimalMark is "," in Vietnamese and "." in English, as locales prints it.
func decimalMark(lang locales.Lang) string {
	s := locales.Decimal(lang, 1.5)
	return strings.Trim(s, "0123456789")
}

func formatBool(v Value, lang locales.Lang) string {
	switch {
	case v.Bool == nil:
		return ""
	case *v.Bool:
		return locales.Render(lang, locales.M("answer.yes"))
	}
	return locales.Render(lang, locales.M("answer.no"))
}

// formatDate prints a stored 2006-01-02 as dd/mm/yyyy. It does not go
// through a time zone: a stored day is the same day everywhere.
func formatDate(d string) string {
	t, err := time.Parse(dateLayout, d)
	if err != nil {
		return d
	}
	return t.Format("02/01/2006")
}

func formatPicks(ids []string, q *Question, lang locales.Lang) string {
	labels := make([]string, len(ids))
	for i, id := range ids {
		labels[i] = id
		if q == nil {
			continue
		}
		for _, o := range q.Options {
			if o.ID == id {
				labels[i] = optionLabel(o, lang)
				break
			}
		}
	}
	return strings.Join(labels, ", ")
}
