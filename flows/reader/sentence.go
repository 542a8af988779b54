package reader

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Rules a clerk states about a whole sentence typed around one figure
// (sentence_test.go). The figure reader reads a figure with its lead-in
// and unit; when it refuses the answer for its words, the answer is read
// again as a clerk reads a sentence:
//
//  1. A number that belongs to a label is not the answer: a month, a
//     year, a quarter named in the sentence ("Tháng 12 có 3 tin bài",
//     "Dân số trung bình năm 2026: 18.932 người"), a question's number
//     ("Câu 3: 12"), a village's number ("Thôn 5: 320 hộ"). What remains,
//     if it is exactly one figure (or one figure typed again), is the
//     answer.
//  2. The words around it decide. Politeness, the question's own words,
//     the unit, a label, who writes and to whom ("Em là Hà, cán bộ VH xã
//     Thành Tâm", "Kính gửi Ban chỉ đạo.", "Em Lan VH"): the figure is
//     stored. A period or a village named, or any other word: the figure
//     is offered for confirmation. A hedge, a negation, money, "or", a
//     rise or fall, a figure in words, a doubt ("?") or two different
//     figures: refused, as before.
//  3. A share beside the count it comes from ("4.206 hộ, đạt 93,1%") is
//     the share, confirmed; a count beside its whole ("4.206/4.518" where
//     those reaching a standard are counted) is the part, confirmed.
//  4. A figure and its breakdown in brackets ("12 (gồm 10 thôn và 2 tổ
//     dân phố)") is the figure, confirmed when the parts add up to it (or,
//     after "trong đó", none exceeds it).
//  5. Zero said as a sentence ("chưa có cái nào", "chưa có chương trình
//     nào ạ") is 0, confirmed.

// sentenceRetry are the refusals, by key, after which an answer is read as
// a sentence: words the figure reader did not expect. Every other refusal
// (a date, money, an estimate, a bound) stands.
var sentenceRetry = setOf("answer.not_a_count_unit", "answer.not_a_count", "answer.unknown_unit", "answer.share_at_count",
	"answer.not_a_percent", "answer.not_a_number", "answer.figure_expected", "answer.letters_in_number")

// maxSentenceWords bounds the answers read as a sentence.
const maxSentenceWords = 40

// readSentence reads s as a sentence around one figure at a number
// question; ok is false when it is not one (the refusal then stands).
func readSentence(q *Question, s string, now time.Time) (f float64, u *Unsure, ok bool) {
	in := string(quoted(s))
	s = dropFormerName(s)                                                // number_r9.go
	s = unwrapDateBracket(s)                                             // sentence_bound.go
	if head, ok := cutChangeReason(s); ok && placeFamily(q.unitRule()) { // number_r9.go
		if f, _, p := readNumberAnswer(q, head); p == nil {
			return f, &Unsure{Key: "reading.sentence", Input: in}, true
		}
		return 0, nil, false
	}
	if head, ok := cutSource(s); ok { // sentence_bound.go: "4.518 hộ theo số liệu công an"
		f, u, p := readNumberAnswer(q, head)
		if p != nil {
			var ok bool
			if f, u, ok = readSentence(q, head, now); !ok || refusedInSentence(u) {
				return 0, nil, false
			}
		}
		return f, u, true
	}
	if head, ok := cutReason(s); ok { // sentence_reason.go
		f, u, p := readNumberAnswer(q, head)
		if p != nil {
			var ok bool
			if f, u, ok = readSentence(q, head, now); !ok || refusedInSentence(u) {
				return 0, nil, false
			}
		}
		if u == nil {
			u = &Unsure{Key: "reading.sentence", Input: in}
		}
		return f, u, true
	}
	if head, ok := cutChange(s); ok { // sentence_r8.go
		f, u, p := readNumberAnswer(q, head)
		if p != nil && Tokenize(head).Tokens != nil && len(Tokenize(head).Tokens) > 1 {
			var ok bool // "Năm 2026 toàn xã có 4.518 hộ, tăng 52 hộ": the head a sentence (round ten)
			if f, u, ok = readSentence(q, head, now); ok && !refusedInSentence(u) {
				p = nil
			}
		}
		if p == nil {
			if u == nil {
				u = &Unsure{Key: "reading.sentence", Input: in}
			}
			return f, u, true
		}
		return 0, nil, false
	}
	if head, note, ok := breakdownUnbracketed(s); ok { // sentence_bound.go: "Có 9 CLB, trong đó 2 CLB mới"
		if f, u, ok := readBreakdown(q, head, note, in); ok {
			return f, u, ok
		}
		if f, u, ok := readBreakdownOfSentence(q, head, note, in, now); ok {
			return f, u, ok
		}
	}
	if ans, note, ok := CutNote(s); ok {
		if f, u, ok := shareBesideCount(q, ans, note, in); ok { // sentence_bound.go
			return f, u, true
		}
		if f, u, ok := namesAsMany(q, ans, note, in); ok { // sentence_bound.go
			return f, u, true
		}
		if f, u, ok := totalInNote(q, ans, note, in); ok { // figure_sums.go: "27 thôn, 3 TDP (tổng 30)"
			return f, u, true
		}
		if f, u, ok := sentenceBesideNote(q, ans, note, in, now); ok { // sentence_bound.go
			return f, u, true
		}
		if formerSumNote(note) { // sentence_bound.go: "(2 xã cũ cộng lại)"
			f, u, p := readNumberAnswer(q, ans)
			if p != nil {
				var ok bool
				if f, u, ok = readSentence(q, ans, now); !ok || refusedInSentence(u) {
					return 0, nil, false
				}
			}
			if u == nil {
				u = &Unsure{Key: "reading.sentence", Input: in}
			}
			return f, u, true
		}
		if noteUpdatesFigure(note) { // sentence_r8.go
			f, u, p := readNumberAnswer(q, ans)
			if p != nil || Approximate(Tokenize(note).Tokens) || hedged(Tokenize(note).Tokens) {
				return 0, nil, false
			}
			if u == nil {
				u = &Unsure{Key: "reading.sentence", Input: in}
			}
			return f, u, true
		}
		if f, u, ok := readBreakdown(q, ans, note, in); ok {
			return f, u, ok
		}
		return breakdownOfSentence(q, ans, note, in, now) // number_r9.go
	}
	if strings.ContainsAny(s, "~≈<>?()=") {
		return 0, nil, false
	}
	ts := Tokenize(s).Tokens
	if !strings.ContainsFunc(s, unicode.IsControl) {
		ts = spacedGroups(ts) // number_r9.go; "2\t345" is two cells
	}
	ts = splitPerPeriod(ts) // sentence_bound.go
	if len(ts) < 2 || len(ts) > maxSentenceWords || Approximate(withoutDates(ts)) || hedged(ts) {
		return 0, nil, false
	}
	rule := q.unitRule()
	sent := sentence{ts: ts, used: make([]bool, len(ts)), rule: rule}
	if !sent.labels(now) || !sent.labelsOfDates(now) || !sent.labelsOfQuarters(now) { // sentence_bound.go
		return 0, nil, false
	}
	sent.labelsPerPeriod() // sentence_bound.go
	sent.partsNone()
	sent.formerCommunes()
	sent.periodPhrases()
	sent.formerNames()       // number_r9.go
	sent.labelsOfRoundNine() // number_r9.go
	at, ok := sent.figure(q)
	if !ok {
		if sent.noFigure() && !sent.placeOnly && (sent.saysNone() || sent.noneByClauses()) { // zero_r9.go
			return 0, &Unsure{Key: "reading.none_is_zero", Input: in}, true
		}
		return 0, nil, false
	}
	text := sent.take(at)
	if !sent.rest() {
		return 0, nil, false
	}
	if sent.labelOfOtherClause() { // label_other.go: refused in readAs
		return 0, &Unsure{Key: keyLabelOther, Input: in}, true
	}
	f, u, p := readNumberAnswer(q, text)
	if p != nil {
		return 0, nil, false
	}
	if sent.placeOnly && sent.wholeCommuneBefore(sent.at) { // sentence_r8.go
		sent.placeOnly, sent.doubt = false, true
	}
	if sent.placeOnly {
		// One place's figure: the reason comes back under the problem's
		// key, and readAs refuses it (sentence_place.go).
		return 0, &Unsure{Key: keyPlaceOnly, Input: in}, true
	}
	if u == nil && sent.doubt {
		u = &Unsure{Key: "reading.sentence", Input: in}
	}
	return f, u, true
}

// sentence is an answer's tokens and which of them are accounted for.
type sentence struct {
	ts    []Token
	used  []bool
	rule  unitRule
	doubt bool // a word the reader does not know, a period or a part named
	// bound is set when the figure taken carries the question's own unit
	// (sentence_bound.go): the words around it are read more freely.
	bound bool
	part  string
	after int // the word after the figure and its unit
	at    int // the figure

	// placeOnly is set when the figure is said of one village, hamlet or
	// group of the commune ("Thôn 5: 320 hộ", "Ấp Tân Lợi 320 hộ"): that
	// place's figure, never the whole commune's (sentence_place.go).
	placeOnly bool
}

// periodNouns before a figure make it the period a figure is for.
var periodNouns = setOf("thang", "thg", "nam", "quy", "ky", "dot", "tuan", "ngay")

// placeNouns before a figure make it a place's number: "Thôn 5", "Tổ 3".
var placeNouns = setOf("thon", "xom", "to", "khu", "ap", "ban", "doi", "tdp", "lang", "buon", "khoi")

// labels marks the figures that belong to a label (rule 1). It reports
// false for a year long past ("năm 2024" in 2026): not the year reported.
func (s *sentence) labels(now time.Time) bool {
	s.monthsOfYear(now) // sentence_r8.go
	for i := 1; i < len(s.ts); i++ {
		w := s.ts[i].Lower
		if m, y, ok := strings.Cut(w, "/"); ok && (s.ts[i-1].Skel == "thang" || s.ts[i-1].Skel == "thg") &&
			isDigits(m) && isDigits(y) && len(y) == 4 && periodNumber("thang", m) {
			w = y // "tháng 12/2026": the month of a year
		}
		if !isDigits(w) || len(w) > 4 || s.used[i-1] {
			continue
		}
		switch p := s.ts[i-1].Skel; {
		case periodNouns[p] && i >= 2 && startsWithDigit(s.ts[i-2].Lower) && !s.used[i-2]:
			return false // "15 tháng 12": a date, never a count
		case periodNouns[p] && len(w) == 4:
			y, _ := strconv.Atoi(w)
			if y < now.Year()-1 || y > now.Year() {
				return false
			}
			s.doubt = true // "năm 2026": the year may not be the report's
		case periodNouns[p] && p != "nam" && len(w) <= 2 && periodNumber(p, w):
			s.doubt = true // "tháng 12": the period may not be the report's
		case p == "cau" || p == "c" || p == "muc" || p == "stt" || levelWord(s.ts, i-1):
			// "Câu 3: 12", "Mục 6: 9 bài", "Mức 4: 86", "STT 2: 15", "mức
			// độ 4: 86": the line's number (round eight: mục, mức, STT).
		case placeNouns[p] && len(w) <= 2 && !(i >= 2 && (countLead[s.ts[i-2].Skel] || startsWithDigit(s.ts[i-2].Lower))) && !endsClause(s.ts[i-1].Typed):
			// "Thôn 5: 320 hộ": one village's figure, not the commune's
			// (a place counted, "4 ấp, 1 khu phố", names none).
			s.place(s.ts[i-1])
		default:
			continue
		}
		s.used[i-1], s.used[i] = true, true
	}
	return true
}

// periodNumber reports whether w can number the period p names: a month
// 1 to 12, a quarter 1 to 4, a week, a day, a round up to 53. "năm 5" is
// five, never a year.
func periodNumber(p, w string) bool {
	n, _ := strconv.Atoi(w)
	switch p {
	case "thang", "thg":
		return n >= 1 && n <= 12
	case "quy":
		return n >= 1 && n <= 4
	}
	return n >= 1 && n <= 53
}

// populationOf reports "số" at i as the end of "dân số" (population):
// "dân số xã em" is the commune's population, not a number of communes.
func populationOf(ts []Token, i int) bool {
	return ts[i].Skel == "so" && i > 0 && ts[i-1].Skel == "dan"
}

// countLead, folded, before a place noun make what follows a count of
// places: "số thôn: 12", "có thôn 12", never village number 12.
var countLead = setOf("so", "tong", "sl", "co", "gom", "la", "duoc", "dat", "bao", "nhieu", "cac", "nhung", "may")

// figureText is the figure a token starts with: "4.518" of "4.518hộ",
// "93,1" of "93,1%".
func figureText(w string) string {
	i := 0
	for i < len(w) && (isDigit(rune(w[i])) || (w[i] == '.' || w[i] == ',') && i+1 < len(w) && isDigit(rune(w[i+1]))) {
		i++
	}
	return w[:i]
}

// figure finds the one figure left (rules 1 and 3): its token's index.
func (s *sentence) figure(q *Question) (int, bool) {
	var at []int
	for i, t := range s.ts {
		if !s.used[i] && t.Lower != "" && (isDigit(rune(t.Lower[0])) || belowZero(q, t.Lower)) {
			if c := strings.TrimLeft(t.Typed, quotes+"([{"); c == "" || !isDigit(rune(c[0])) && !belowZero(q, c) {
				return -1, false // ",5", "-5", "+5": a mark the figure reader reads
			}
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return -1, false
	}
	same := true
	for _, i := range at[1:] {
		same = same && s.ts[i].Lower == s.ts[at[0]].Lower
	}
	if same {
		for k, i := range at[1:] {
			s.used[i] = true
			if !s.brokenRepeat(at[k], i) { // said_twice.go
				s.doubt = true
			} else if s.takeUnitOwn(i+1) > 0 {
				s.takeUnit(i + 1) // "25 hồ sơ nha, 25 hồ sơ": the copy's unit is the figure's
			}
		}
		return at[0], s.whole(at[0], q)
	}
	if q.Type == TypeInt {
		if i, ok := s.oneBesideNone(at, q); ok { // number_r9.go
			return i, ok
		}
		if i, ok := s.countBesideShare(at, q); ok {
			return i, ok
		}
		if i, ok := s.figureOfOwnUnit(at, q); ok { // sentence_r8.go
			return i, ok
		}
		if i, ok := s.totalAmongOwn(at, q); ok { // sentence_several.go
			return i, ok
		}
		if i, ok := s.figureOfThisPeriod(at, q); ok { // sentence_several.go
			return i, ok
		}
		if i, ok := s.figureOfWholeCommune(at, q); ok { // sentence_several.go
			return i, ok
		}
		return s.figureOfOwnVerb(at, q)
	}
	if q.Type != TypePercent {
		return -1, false
	}
	// "4.206 hộ, đạt 93,1%": the share is the answer, the count its part.
	share := -1
	for _, i := range at {
		if s.isShare(i) {
			if share >= 0 {
				return -1, false
			}
			share = i
		}
	}
	if share < 0 {
		return -1, false
	}
	for _, i := range at {
		if i != share {
			s.used[i] = true
			if s.takeUnit(i+1) == 0 {
				return -1, false // "93 , 1%": no count beside a share
			}
		}
	}
	s.doubt = true
	return share, true
}

// countBesideShare is rule 3 at a count: "2615 hộ, đạt 91,9%" is the
// count, with the share it makes beside it, confirmed, where the question
// counts those that reach a standard ("đạt"). The count must
// come first with the question's own unit, and the share be the only
// other figure, with "%" or "phần trăm".
func (s *sentence) countBesideShare(at []int, q *Question) (int, bool) {
	if len(at) != 2 || !s.isShare(at[1]) || s.isShare(at[0]) || s.rule.family == "" ||
		!s.rule.asked.has("dat") || s.rule.asked.has("tong") {
		// Only where those reaching a standard are counted is a count the
		// part a share is of; "Tổng số hộ" has no share beside it.
		return -1, false
	}
	count, share := at[0], at[1]
	n := s.takeUnitOwn(count + 1)
	if n == 0 {
		return -1, false // "2615, 91,9%": which is the count?
	}
	s.used[share] = true
	if share+1 < len(s.ts) && (s.ts[share+1].Lower == "%" || s.ts[share+1].Fold == "pt") {
		s.used[share+1] = true
	} else if share+2 < len(s.ts) && s.ts[share+1].Fold == "phan" && s.ts[share+2].Fold == "tram" {
		s.used[share+1], s.used[share+2] = true, true
	}
	s.doubt = true
	return count, s.whole(count, q)
}

// takeUnitOwn is how many words after i are the question's own unit,
// without marking them: 0 when they are none or of another family.
func (s *sentence) takeUnitOwn(i int) int {
	for n := min(4, len(s.ts)-i); n >= 1; n-- {
		ws := Folds(s.ts[i : i+n])
		if familyOfAll(ws) == s.rule.family && s.rule.fit(ws) == unitFits {
			return n
		}
	}
	return 0
}

// isShare reports a figure with "%" or "phần trăm" after it.
func (s *sentence) isShare(i int) bool {
	if strings.HasSuffix(s.ts[i].Lower, "%") {
		return true
	}
	return i+1 < len(s.ts) && (s.ts[i+1].Lower == "%" || s.ts[i+1].Fold == "phan" || s.ts[i+1].Fold == "pt")
}

// whole checks a figure token: plain, or a part over its whole
// ("4.206/4.518", read as the part where the question counts those that
// reach a standard, "đạt", and not a total). A part is confirmed.
func (s *sentence) whole(i int, q *Question) bool {
	w := s.ts[i].Lower
	if belowZero(q, w) {
		w = w[1:] // number_r9.go
	}
	a, b, ok := strings.Cut(w, "/")
	if !ok {
		return !strings.ContainsAny(w, "-–+")
	}
	if q.Type != TypeInt || !s.rule.asked.has("dat") || s.rule.asked.has("tong") || figureText(a) != a || figureText(b) != b {
		return false
	}
	x, okA := parseFigure(a)
	y, okB := parseFigure(b)
	if !okA || !okB || !x.isWhole() || !y.isWhole() || x.value() > y.value() || y.value() < 32 && isSlashDate(w) {
		return false // "5/12" is a date; "17/20" is no day (round ten)
	}
	if x.value() >= 1 && x.value() <= 12 && len(b) == 4 && y.value() >= 1990 && y.value() <= 2100 {
		return false // "12/2026" is a month of a year (sentence_bound.go)
	}
	s.part = a
	s.doubt = true
	return true
}

// take marks the figure at i and the unit after it, and returns them as
// the figure reader is to read them.
func (s *sentence) take(i int) string {
	s.used[i] = true
	s.at = i
	fig := s.ts[i].Lower
	if s.part != "" {
		fig = s.part
	}
	words := []string{fig}
	if i+1 < len(s.ts) && (s.ts[i+1].Lower == "%" || s.ts[i+1].Fold == "pt") {
		s.used[i+1] = true
		s.after = i + 2
		return fig + "%"
	}
	if i+2 < len(s.ts) && s.ts[i+1].Fold == "phan" && s.ts[i+2].Fold == "tram" {
		s.used[i+1], s.used[i+2] = true, true
		s.after = i + 3
		return fig + "%"
	}
	n := s.takeUnit(i + 1)
	for k := i + 1; k < i+1+n; k++ {
		words = append(words, s.ts[k].Lower)
	}
	if n > 0 {
		if unit := Folds(s.ts[i+1 : i+1+n]); s.rule.family != "" && familyOfAll(unit) == s.rule.family || s.rule.ownAll(unit) {
			s.bound = true
		}
	}
	s.after = i + 1 + n
	return strings.Join(words, " ")
}

// takeUnit marks the unit that starts at i, the longest phrase of a
// family or a classifier, and returns how many words it took.
func (s *sentence) takeUnit(i int) int {
	for n := min(4, len(s.ts)-i); n >= 1; n-- {
		ws := Folds(s.ts[i : i+n])
		if familyOfAll(ws) != "" || n == 1 && (classifiers[s.ts[i].Skel] || s.rule.own[s.ts[i].Skel] || s.rule.ownInitials(s.ts[i].Skel)) ||
			s.rule.ownAll(ws) {
			for k := i; k < i+n; k++ {
				s.used[k] = true
			}
			return n
		}
		if n == 1 {
			break
		}
	}
	return 0
}

// sentenceBlocks, folded, make a sentence say more than a figure: a
// negation, a rise or fall, what is left out, "or", a first try, an
// estimate. sentenceBlocksTyped are those that fold like harmless words
// ("từ" from, not "tự"; "đến" to; "đồng", not "động"; "tỷ", not "tỷ lệ").
var (
	sentenceBlocks = setOf("khong", "ko", "k", "kh", "chua", "chang", "tru", "ngoai", "tang", "giam", "them",
		"thieu", "hoac", "hay", "uoc", "nham", "sua", "truoc", "vnd", "usd", "trieu", "nghin", "ngan", "tr", "ty", "ti")
	sentenceBlocksTyped = setOf("từ", "đến", "den", "tới", "đồng", "dong", "đ", "vnđ", "tỷ", "tỉ", "tạm", "cũ", "củ",
		"mỗi") // "2 xã cũ, mỗi xã 3.000 hộ": each, never the whole (round ten)
)

// blocks reports a word at i that makes the sentence more than a figure.
func (s *sentence) blocks(i int) bool {
	t := s.ts[i]
	if s.rule.asked.has(t.Skel) || s.rule.own[t.Skel] {
		return false
	}
	if (t.Lower == "tỷ" || t.Lower == "tỉ") && i+1 < len(s.ts) && s.ts[i+1].Fold == "le" {
		return false // "tỷ lệ": the share, not a billion
	}
	if i > 0 && placeNouns[s.ts[i-1].Skel] && isNameWord(t.Typed) {
		return false // "Xóm Đồng", "Ấp Mới": a place's name
	}
	return sentenceBlocks[t.Skel] || sentenceBlocks[t.Fold] || sentenceBlocksTyped[t.Lower]
}

// sentencePhrases, folded, are politeness and lead-ins beyond the clean
// stage's, which count only whole: "Chào bạn" but not "bạn" alone, "trên
// địa bàn" but not "trên" (over) alone, "Đ/c cho em báo cáo", "bên mình".
var sentencePhrases = [][]string{{"chao", "ban"}, {"cam", "on", "ban"}, {"dong", "chi"}, {"kinh", "gui"},
	{"xin", "phep"}, {"cho", "em"}, {"cho", "minh"}, {"ben", "em"}, {"ben", "minh"}, {"ben", "toi"},
	{"nhu", "sau"}, {"cu", "the"}, {"tra", "loi"}, {"hien", "nay"}, {"hien", "tai"}, {"tren", "dia", "ban", "xa"},
	{"tren", "dia", "ban", "phuong"}, {"tren", "dia", "ban"}, {"dia", "ban", "xa"}, {"dia", "ban"}, {"cua", "xa"}, {"toan", "xa"}, {"tai", "xa"}, {"trong", "xa"}, {"dang", "hoat", "dong"},
	{"so", "lieu"}, {"bao", "cao"},
	// the counted things at work: "14 CLB hoạt động thường xuyên" (round ten, sentence_bound.go)
	{"hoat", "dong", "thuong", "xuyen"}, {"thuong", "xuyen", "hoat", "dong"}, {"hoat", "dong", "hieu", "qua"},
	{"hoat", "dong", "on", "dinh"}, {"duy", "tri", "hoat", "dong"}, {"hoat", "dong"}, {"thua", "dong", "chi"}, {"can", "bo"}, {"ban", "chi", "dao"},
	{"so", "voi"},
	// done, reported: "done, 8 clb", "report 52 ct", "xong, 8 clb" (round nine)
	{"done"}, {"report"}, {"reported"}, {"xong"},
	// the commune as it is since the merger: "xã em sau sáp nhập có 18 thôn" (round nine)
	{"sau", "khi", "sap", "nhap"}, {"sau", "sap", "nhap"}, {"sap", "nhap"},
	// the commune's offices that speak in a report: "Đài truyền thanh xã tự sx 24 ct"
	{"dai", "truyen", "thanh"}, {"dai", "phat", "thanh"}, {"trung", "tam", "van", "hoa"}, {"nha", "van", "hoa"},
	{"buu", "dien", "van", "hoa"}, {"cong", "chuc", "van", "hoa"},
	// the one-stop office that receives applications: "Bộ phận một cửa tiếp nhận 236 hồ sơ" (round eight)
	{"bo", "phan", "mot", "cua", "lien", "thong"}, {"bo", "phan", "mot", "cua"}, {"mot", "cua", "lien", "thong"}, {"mot", "cua"}}

// nameHeads, folded, come before a name: of a person, an office, the
// commune ("Em là Hà", "cán bộ VH", "xã Thành Tâm", "UBND xã …").
var nameHeads = setOf("em", "e", "toi", "minh", "la", "anh", "chi", "dc", "d/c", "đ/c", "xa", "phuong", "ubnd",
	"bo", "cb", "gui", "tran")

// ownPronoun, folded, after a place make it the writer's own: "xã em".
var ownPronoun = setOf("em", "e", "minh", "toi", "ta", "nha", "tui") // "tui": the South's "tôi" (round nine)

// rest reports whether the words left unmarked allow a reading, and marks
// doubt when one is unknown (rule 2).
func (s *sentence) rest() bool {
	naming, placeHead := false, false
	for i := 0; i < len(s.ts); i++ {
		t := s.ts[i]
		if s.used[i] || t.Fold == "" {
			naming = false
			continue
		}
		w := t.Skel
		if n := s.phraseAt(i); n > 0 {
			i += n - 1
			naming = nameHeads[s.ts[i].Fold]
			if s.ts[i].Fold == "gui" {
				s.addressee(i)
			}
			continue
		}
		if s.blocks(i) {
			return false
		}
		fam := familyOf(w)
		if i == s.at-1 && approxBeforeFolded[w] {
			return false // "chuwng 2.300": an estimate, whatever the keys left
		}
		if i == s.at-1 && !(leadPolite[w] || numberLead[w] || naming && isNameWord(t.Typed) || s.rule.asked.has(w) ||
			s.rule.own[w] || fam == s.rule.family && fam != "" || nameHeads[w] || ownPronoun[w] || lineWords[w] || len(w) >= 2 && s.rule.asked.initials(w) ||
			s.verbBefore(i) || s.rule.percent && shareLeads[w] || t.Lower == "với" && i > 0 && s.used[i-1]) { // sentence_bound.go: "chiếm 93,2%", "… hộ với 24.310 khẩu"
			return false // "gần 300", "aam 5": a word right before the figure says what it is
		}
		if t.Lower == "chứ" && i == len(s.ts)-1 {
			s.doubt = true // "7 chứ": the figure insisted on, or set right (round eight)
			continue
		}
		if i == s.after && !endsClause(s.ts[i-1].Typed) && !(tailPolite[w] || politeAfter[w] || numberTail[w] || regionalParticles[t.Lower] || s.rule.asked.has(w) || s.rule.own[w] ||
			s.bound && (s.periodOpener(i) || s.wholePeriod(i)) || s.bound && t.Lower == "với" && i+1 < len(s.ts) && s.used[i+1] || // sentence_bound.go
			len(w) >= 3 && s.rule.asked.initials(w)) {
			return false // "5 sào", "4 con": a word right after the figure is its unit
		}
		switch {
		case i > 0 && wholeBefore[s.ts[i-1].Skel] && familyOf(w) == "thon" && fam != s.rule.family:
			// "báo cáo của các thôn": all the villages, the whole commune (figure_reason_names.go)
		case ownVillage(s.ts, i) && fam != s.rule.family && !s.used[i+1]:
			s.place(t) // "thôn em 320 hộ", "ấp tui 320 hộ": the writer's village (number_r9.go)
		case placeNouns[w] && fam != s.rule.family && i+1 < len(s.ts) && !s.used[i+1] && isNameWord(s.ts[i+1].Typed):
			// "Bản Mường: 320 hộ", "Ấp Tân Lợi 320 hộ": one place's
			// figure; "Tổ VH" (initials) may be an office's team.
			if isInitials(s.ts[i+1].Typed) && !s.allCaps() { // sentence_bound.go: "ẤP TÂN LỢI" is a name in capitals
				s.doubt = true
			} else {
				s.place(t)
				placeHead = true
			}
		case s.villageNamedLower(i): // sentence_bound.go: "ấp tân lợi 320 hộ"
			s.place(t)
		case fam != "" && fam == s.rule.family && !s.rule.qualifiedAsAsked([]string{w}):
			s.doubt = true // "Số hộ GĐVH" where all households are asked
		case naming && isNameWord(t.Typed):
		case w == "gui":
			s.addressee(i)
		case fam != "" && fam != s.rule.family && !weakLabelWords[w]:
			// "Số xã: 12" counts communes, "Thôn Đông: 320" is one
			// village's; "Xã Thành Công", "xã em", "Xã có 12 thôn" is
			// the commune that answers.
			if !(fam == "xa" && !(i > 0 && countLead[s.ts[i-1].Skel] && !populationOf(s.ts, i-1))) {
				s.doubt = true
			}
		case s.rule.asked.has(w) || len(w) >= 2 && s.rule.asked.initials(w) || s.rule.own[w]:
		case leadPolite[w] || tailPolite[w] || lineWords[w] || numberLead[w] || politeAfter[w] || numberTail[w] || regionalParticles[t.Lower]:
		case fam != "":
		case nameHeads[w]:
		case spelledDigits[w] && !markedWord(t) || strings.ContainsFunc(t.Lower, isDigit):
			return false // "Hải", "làm" typed with their marks are none (round eight)
		default:
			s.doubt = true
		}
		naming = nameHeads[w] || placeHead || naming && isNameWord(t.Typed)
		placeHead = false
		if strings.ContainsAny(t.Typed[len(t.Typed)-1:], ".,:;!") {
			naming = nameHeads[w] && t.Typed[len(t.Typed)-1] != '.'
		}
	}
	return true
}

// endsClause reports a word typed with a stop or a comma after it.
func endsClause(typed string) bool {
	return strings.ContainsAny(typed[len(typed)-1:], ".,;:!")
}

// phraseAt is the length of a polite phrase at i, 0 when none.
func (s *sentence) phraseAt(i int) int {
	for _, p := range sentencePhrases {
		if i+len(p) > len(s.ts) {
			continue
		}
		ok := true
		for k, w := range p {
			ok = ok && !s.used[i+k] && s.ts[i+k].Fold == w
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// addressee marks who a message is sent to: "Kính gửi Ban chỉ đạo." up to
// the stop, comma or colon that ends it, when no figure comes first.
func (s *sentence) addressee(i int) {
	for k := i + 1; k < len(s.ts) && k <= i+8; k++ {
		t := s.ts[k]
		if s.used[k] || strings.ContainsFunc(t.Lower, isDigit) || sentenceBlocks[t.Fold] {
			return
		}
		if last := t.Typed[len(t.Typed)-1]; last == '.' || last == ',' || last == ':' {
			for j := i + 1; j <= k; j++ {
				s.used[j] = true
			}
			return
		}
	}
}

// isNameWord reports a word typed as a name: capitalised ("Hà", "Thành")
// or an office's initials ("VH", "UBND").
func isNameWord(typed string) bool {
	w := strings.Trim(typed, edgePunct)
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r)
}

// noFigure reports a sentence without digits.
func (s *sentence) noFigure() bool {
	for i, t := range s.ts {
		if !s.used[i] && strings.ContainsFunc(t.Lower, isDigit) { // a label's figure is none (round ten)
			return false
		}
	}
	return true
}

// saysNone reports zero said as a sentence (rule 5): a negation, "có",
// then only the question's unit or words, a classifier, politeness, and
// "nào": "chưa có cái nào", "không có chương trình nào ạ".
// southNone, skeletons, are the South's and chats' "không" before "có …
// nào": "hổng có thủ tục nào hết", "hông có", "hok có", "kg có".
var southNone = setOf("hong", "hok", "kg", "khg")

func (s *sentence) saysNone() bool {
	i := s.afterReason() // sentence_r8.go
	for i < len(s.ts) {
		if leadPolite[s.ts[i].Skel] && s.ts[i].Skel != "k" {
			i++
		} else if i+1 < len(s.ts) && periodWords[s.ts[i].Skel+" "+s.ts[i+1].Skel] {
			i += 2 // "năm nay chưa có giải nào"
		} else if s.used[i] {
			i++ // "Quý IV/2026 chưa tổ chức giải nào": a label (round ten)
		} else {
			break
		}
	}
	if i >= len(s.ts) || !(s.ts[i].Skel == "khong" || s.ts[i].Skel == "chua" || s.ts[i].Skel == "ko" || s.ts[i].Skel == "k" || southNone[s.ts[i].Skel]) {
		return false
	}
	none := false
	rest := s.ts[i+1:]
	for k := 0; k < len(rest); k++ {
		w := rest[k].Skel
		switch {
		case k+1 < len(rest) && periodWords[w+" "+rest[k+1].Skel]:
			k++ // "… giải nào năm nay"
		case w == "nao" || rest[k].Lower == "mô":
			none = true // central "mô" is "nào": "không có mô" (round eight)
		case noneWords[w]: // "không tổ chức được hoạt động nào" (round eight)
		case w == "co" || w == "het" || w == "ca" || w == "luon" || tailPolite[w] || classifiers[w] || s.rule.own[w] || s.rule.asked.has(w):
		case familyOf(w) != "" && familyOf(w) == s.rule.family:
		default:
			return false
		}
	}
	return none
}

// breakdownLeads, folded, open a breakdown of a figure in brackets.
var breakdownLeads = [][]string{{"gom"}, {"bao", "gom"}, {"trong", "do"}}

// readBreakdown reads "12 (gồm 10 thôn và 2 tổ dân phố)" (rule 4).
func readBreakdown(q *Question, ans, note, in string) (float64, *Unsure, bool) {
	nts := Tokenize(note).Tokens
	folded := Folds(nts)
	var lead []string
	for _, l := range breakdownLeads {
		if hasWordsAt(folded, 0, l) {
			lead = l
			break
		}
	}
	if lead == nil || Approximate(nts) || hedged(nts) {
		return 0, nil, false
	}
	f, u, p := readNumberAnswer(q, ans)
	if p != nil {
		return 0, nil, false
	}
	sum, parts := 0.0, 0
	for _, t := range nts[len(lead):] {
		if !strings.ContainsFunc(t.Lower, isDigit) {
			if spelledDigits[t.Skel] && t.Skel != "to" {
				return 0, nil, false
			}
			continue
		}
		n, ok := parseFigure(figureText(t.Lower))
		if !ok || figureText(t.Lower) == "" {
			return 0, nil, false
		}
		if lead[0] == "trong" && n.value() > f {
			return 0, nil, false
		}
		sum += n.value()
		parts++
	}
	if parts == 0 || lead[0] != "trong" && sum != f {
		return 0, nil, false
	}
	if u == nil {
		u = &Unsure{Key: "reading.breakdown", Input: in}
	}
	return f, u, true
}
