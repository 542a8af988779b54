package reader

import (
	"regexp"
	"strings"
)

// What chats add around an answer, and how a clerk reads past it:
//
//   - a mention of the bot ("@baocao_bot 2.345") is not part of the answer;
//   - a question line quoted or forwarded with the answer ("[1/14] Tổng số
//     hộ…?" then "2.345", or "> Tổng số hộ?" then "2.345") is the
//     question, not the answer: the answer is what follows it;
//   - a correction inside the message ("32.567 à nhầm 32.657", "có, à
//     nhầm, không") means the figure after it: that one is offered for
//     confirmation, never the first, never both glued together.
//
// Politeness and lead-ins ("Dạ em báo cáo ạ …") are the clean stage's, in
// flows; a figure sent twice ("115 115") is the number reader's (Repeated).

// Unwrapped is an answer with what the chat added taken off.
type Unwrapped struct {
	Answer string // the answer itself, as typed; lines kept apart by "\n"
	// Corrected is set when the message corrects itself: the answer is the
	// part after the correction, and is to be confirmed.
	Corrected bool
	// Repeated is set when the message is one answer typed twice: the
	// answer is it once, and is to be confirmed.
	Repeated bool
	// Said is the message without what the chat added, the first try
	// included: what a confirmation quotes back.
	Said string
}

// Unwrap takes off mentions, quoted question lines and a correction's
// first try. It never invents text: the answer is a part of raw.
func Unwrap(raw string) Unwrapped {
	lines := splitLines(raw)
	if len(lines) > 1 {
		var kept []string
		quoteMarked := false
		for _, l := range lines {
			if !isQuestionLine(l, true) && !politeLine(l) {
				kept = append(kept, l)
			} else if strings.HasPrefix(l, ">") {
				quoteMarked = true
			}
		}
		if len(kept) > 0 {
			lines = kept
		}
		if quoteMarked {
			// "> [1/14] Tổng số hộ…?" then "> 4518": the reply quoted with
			// its question; the mark on the answer's line is the quote's,
			// not "more than".
			for i, l := range lines {
				lines[i] = strings.TrimSpace(strings.TrimLeft(l, "> "))
			}
		}
	}
	for i, l := range lines {
		lines[i] = stripQuoted(stripMentions(l))
	}
	lines = dropEmpty(lines)
	if once, ok := sentTwice(lines); ok {
		// "4518\n4518", "4518 hộ, 4518 hộ": the answer sent twice.
		return Unwrapped{Answer: once, Repeated: true, Said: strings.Join(lines, " ")}
	}
	u := Unwrapped{Answer: strings.Join(lines, "\n")}
	if len(lines) == 1 {
		if after, ok := rightAtEnd(lines[0]); ok { // correct_r9.go
			return Unwrapped{Answer: after, Corrected: true, Said: lines[0]}
		}
		if after, ok := cutCorrection(lines[0]); ok {
			return Unwrapped{Answer: cutCorrectionAgain(after), Corrected: true, Said: lines[0]} // correct_total.go
		}
		if after, ok := cutCorrectionR9(lines[0]); ok { // correct_r9.go
			return Unwrapped{Answer: after, Corrected: true, Said: lines[0]}
		}
	}
	if len(lines) == 2 {
		// "4512\n4521 mới đúng ạ": a correction on a line of its own.
		if after, ok := correctionOverLines(lines); ok { // correct_r9.go
			return Unwrapped{Answer: after, Corrected: true, Said: strings.Join(lines, " ")}
		}
		if once, ok := confirmedOnNextLine(lines); ok { // correct_r9.go
			return Unwrapped{Answer: once, Repeated: true, Said: strings.Join(lines, " ")}
		}
	}
	if strings.Join(lines, " ") == Normalize(raw) {
		u.Answer = raw // nothing taken off: the readers see every character
	}
	return u
}

// splitLines splits at line breaks, keeping the lines normalised.
func splitLines(raw string) []string {
	return dropEmpty(strings.FieldsFunc(raw, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029'
	}))
}

func dropEmpty(ls []string) []string {
	out := ls[:0]
	for _, l := range ls {
		if l = Normalize(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// isQuestionLine reports whether a line is a question quoted with the
// answer: a quote mark (">"), a question number ("[1/14]", "Câu 1:"), or,
// in a message of several lines, a sentence of three words or more ending
// with "?".
func isQuestionLine(l string, several bool) bool {
	l = strings.TrimRight(Normalize(l), quotes+" ") // "“Số câu lạc bộ…?”": a question in quotes
	switch {
	case strings.HasPrefix(l, ">") && letterWords(l) >= 2:
		return true
	case questionNumber(l) > 0 && strings.HasSuffix(l, "?"):
		return true
	}
	if !several || !strings.HasSuffix(l, "?") {
		return false
	}
	return letterWords(l) >= 3
}

// questionNumber is the length of a question's number at the start of l:
// "[1/14] ", "(3/14) ", "1/14. "; 0 when none.
func questionNumber(l string) int {
	i := 0
	if i < len(l) && (l[i] == '[' || l[i] == '(') {
		i++
	}
	start := i
	for i < len(l) && isDigit(rune(l[i])) {
		i++
	}
	if i == start || i >= len(l) || l[i] != '/' {
		return 0
	}
	i++
	d := i
	for i < len(l) && isDigit(rune(l[i])) {
		i++
	}
	if i == d {
		return 0
	}
	if i < len(l) && (l[i] == ']' || l[i] == ')') {
		i++
	}
	if i < len(l) && (l[i] == '.' || l[i] == ':') {
		i++
	}
	if i < len(l) && l[i] != ' ' {
		return 0
	}
	return i
}

// letterWords counts the words of l that hold a letter.
func letterWords(l string) int {
	n := 0
	for _, w := range strings.Fields(l) {
		if HasLetter(w) {
			n++
		}
	}
	return n
}

// stripMentions takes off "@name" words: a mention of the bot or a person
// is addressed to them, not part of the answer.
func stripMentions(l string) string {
	if !strings.Contains(l, "@") {
		return l
	}
	ws := strings.Fields(l)
	if n := mentionName(ws); n > 0 {
		ws = ws[n:] // mention.go
	}
	out := ws[:0]
	for _, w := range ws {
		if len(w) > 1 && w[0] == '@' && HasLetter(w) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// stripQuoted takes off a question quoted on the same line as its answer:
// "> Tổng số hộ? 2.345", "[1/14] Tổng số hộ gia đình của xã? 2.345". A
// "?" after a figure ("300?") is a doubt, not a question line, and stays.
func stripQuoted(l string) string {
	if rest, ok := strings.CutPrefix(l, ">"); ok && strings.Contains(rest, "?") && letterWords(rest) >= 3 {
		l = strings.TrimSpace(strings.TrimLeft(rest, "> ")) // "> Tổng số hộ? 2.345"; ">300" stays
	}
	if n := questionNumber(l); n > 0 {
		if i := strings.LastIndex(l, "?"); i > n && strings.TrimSpace(l[i+1:]) != "" {
			return strings.TrimSpace(l[i+1:])
		}
	}
	if rest, ok := cutQuestionRef(l); ok {
		return rest
	}
	if rest, ok := cutItemNumber(l); ok {
		l = rest
	}
	i := strings.LastIndex(l, "?")
	if i < 0 || strings.TrimSpace(l[i+1:]) == "" || letterWords(l[:i]) < 3 {
		return l
	}
	return cutArrow(strings.TrimSpace(l[i+1:]))
}

// cutArrow takes off an arrow that points from a question to its answer:
// "Tổng số hộ…? -> 4518", "… => 4518", "… → 4518", or a dash or colon
// set apart: "Tổng số hộ…? - 4518".
func cutArrow(s string) string {
	for _, a := range []string{"-->", "->", "=>", "→", "⇒", "➡"} {
		if rest, ok := strings.CutPrefix(s, a); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
	}
	for _, a := range []string{"- ", "– ", "— ", ": "} {
		// "Số lượt bạn đọc…? - 1.540 lượt": a dash set apart after the
		// question is a separator, not a minus ("? -5" keeps its sign).
		if rest, ok := strings.CutPrefix(s, a); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// questionRef is a reference to the question before its answer, folded:
// "Trả lời câu 1: 4518", "Câu 1 - 4518", "câu 3) có".
var questionRef = regexp.MustCompile(`^(?:tra loi |tl |dap an )?(?:cau|c) ?\d{1,2} ?[:.)\-–=>]+ ?`)

// cutQuestionRef takes off "(Trả lời) câu N:" before an answer. The
// reference must end where a word ends ("câu 1: 4518").
func cutQuestionRef(l string) (string, bool) {
	f := Fold(l)
	m := questionRef.FindStringIndex(f)
	if m == nil || m[1] >= len(f) || f[m[1]-1] != ' ' {
		return "", false
	}
	n := len(strings.Fields(f[:m[1]]))
	ws := strings.Fields(l)
	if n >= len(ws) {
		return "", false
	}
	return strings.Join(ws[n:], " "), true
}

// itemNumber is a form's line number before a label: "1. Tổng số hộ:
// 3456", "2) Dân số: 15.320", "a. Số CLB: 7".
var itemNumber = regexp.MustCompile(`^(?:\d{1,2}|[a-zđ])[.)] +\pL[^:?]*[:?] *\S`)

// cutItemNumber takes off the line number of a form copied with its
// label, so the label and its answer are read as typed without it. Only
// before a label that ends with ":" or "?" and an answer after it: "1.
// Xã Thành Tâm" is an option chosen by its number, "2. 345" a figure.
func cutItemNumber(l string) (string, bool) {
	if len(l) < 4 || !strings.ContainsAny(l[:min(4, len(l))], ".)") || !itemNumber.MatchString(l) {
		return "", false
	}
	_, rest, _ := strings.Cut(l, " ")
	return strings.TrimSpace(rest), true
}

// corrections are the words, folded, with which a person takes back what
// they just typed. Those marked digits correct only a figure with a
// figure ("32.567 à không 32.657"), since elsewhere they are a no.
var corrections = []struct {
	words  []string
	digits bool
}{
	{[]string{"a", "nham"}, false}, {[]string{"go", "nham"}, false}, {[]string{"ghi", "nham"}, false},
	{[]string{"danh", "nham"}, false}, {[]string{"bam", "nham"}, false}, {[]string{"nham"}, false},
	{[]string{"sua", "lai", "la"}, false}, {[]string{"sua", "lai"}, false}, {[]string{"sua", "thanh"}, false},
	{[]string{"dinh", "chinh"}, false}, {[]string{"y", "em", "la"}, false}, {[]string{"y", "minh", "la"}, false},
	{[]string{"a", "khong"}, true}, {[]string{"khong", "phai"}, true}, {[]string{"xin", "loi"}, true},
	{[]string{"a", "quen"}, true}, {[]string{"xin", "sua"}, true}, {[]string{"sua"}, true},
	// "lộn" is the South's "nhầm"; "sai" after the verb of typing says it too.
	{[]string{"a", "lon"}, false}, {[]string{"go", "lon"}, false}, {[]string{"ghi", "lon"}, false},
	{[]string{"danh", "lon"}, false}, {[]string{"bam", "lon"}, false}, {[]string{"nhap", "lon"}, false},
	{[]string{"nhap", "nham"}, false}, {[]string{"go", "sai"}, false}, {[]string{"ghi", "sai"}, false},
	{[]string{"danh", "sai"}, false}, {[]string{"bam", "sai"}, false}, {[]string{"nhap", "sai"}, false},
	// "ý lộn", "ý nhầm": "I mean" with the mistake said (correct_total.go).
	{[]string{"y", "lon"}, false}, {[]string{"y", "nham"}, false},
	// "lộn" alone, "quên" (forgot) between two figures: "6105 lộn 6150",
	// "1.284 hs, quên cộng xã cũ, tổng 2.310" (correct_total.go).
	{[]string{"lon"}, true}, {[]string{"quen"}, true},
	// "à ko", "à hông": "à không" typed short or the South's way; "ấy
	// chết" (oops) between two figures.
	{[]string{"a", "ko"}, true}, {[]string{"a", "k"}, true}, {[]string{"a", "hong"}, true}, {[]string{"a", "hok"}, true},
	{[]string{"ay", "chet"}, true},
	// An apology or a second go between two figures: "2615, sorry 2651",
	// "3 giải, ghi lại: 4 giải", "23, gửi lại 25".
	{[]string{"sorry"}, true}, {[]string{"sr"}, true}, {[]string{"xl"}, true},
	{[]string{"ghi", "lai"}, true}, {[]string{"go", "lai"}, true}, {[]string{"nhap", "lai"}, true},
	{[]string{"bao", "lai"}, true}, {[]string{"gui", "lai"}, true}, {[]string{"dien", "lai"}, true},
	{[]string{"danh", "lai"}, true}, {[]string{"bam", "lai"}, true},
}

// cutCorrection finds a correction inside l and returns what follows it.
// There must be a first try before the correction and an answer after.
func cutCorrection(l string) (string, bool) {
	if ans, ok := noteCorrectsEarlier(l); ok {
		return ans, true // correct_earlier_note.go: "6 (sửa 5 đã gửi lúc nãy)"
	}
	if fig, ok := bracketCorrection(l); ok {
		return fig, true
	}
	if ans, ok := mistakeInNote(l); ok {
		return ans, true // correct.go
	}
	ws := strings.Fields(l)
	if len(ws) < 2 {
		return "", false
	}
	if after, ok := ahCorrection(ws); ok {
		return after, true
	}
	if f := Fold(l); !mayCorrect(f) && !(strings.ContainsAny(l, ",;") && mayBeEarlier(f)) {
		return "", false
	}
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = Fold(strings.Trim(w, edgePunct+"-–—"))
	}
	for i := 0; i+1 < len(folded); i++ {
		if southNo[folded[i]] && folded[i+1] == "phai" {
			folded[i] = "khong" // "chứ hông phải", "ko phải": không phải
		}
	}
	if first, ok := earlierNamed(ws, folded); ok {
		return first, true // correct.go
	}
	if first, ok := earlierWrong(ws, folded); ok {
		return first, true // correct.go
	}
	if after, ok := correctedFigure(ws, folded); ok {
		return after, true
	}
	if len(ws) < 3 {
		return "", false
	}
	for i := len(ws) - 2; i >= 1; i-- { // the last correction counts
		for _, c := range corrections {
			if !hasWordsAt(folded, i, c.words) || fiveNotMistake(ws[i:i+len(c.words)]) {
				continue
			}
			before, after := ws[:i], ws[i+len(c.words):]
			for len(after) > 0 && (cleanWord(after[0]) == "" || correctionFiller[Fold(cleanWord(after[0]))]) {
				after = after[1:]
			}
			after = trimConfirmTail(after)
			if len(after) == 0 {
				continue
			}
			if c.digits && strings.ContainsFunc(strings.Join(before, " "), isDigit) && !isDigit(rune(cleanWord(after[0])[0])) {
				if total, ok := statedTotal(after); ok {
					return total, true // correct_total.go: "à quên cộng xã cũ, tổng 2.310"
				}
			}
			if c.digits && !(strings.ContainsFunc(strings.Join(before, " "), isDigit) && isDigit(rune(cleanWord(after[0])[0]))) {
				continue
			}
			if c.words[0] == "khong" && c.words[1] == "phai" {
				if folded[i-1] == "chu" {
					// "2.345 chứ không phải 2.354": the first is the answer.
					return strings.Join(ws[:i-1], " "), true
				}
				if !strings.HasSuffix(ws[i+1], ",") && !strings.HasSuffix(ws[i+1], ".") {
					continue // "2.345 không phải 2.354" says neither plainly
				}
			}
			return strings.Join(after, " "), true
		}
	}
	return "", false
}

// fiveNotMistake reports a "nhăm" (five, after a ten: "hai mươi nhăm")
// where a correction's "nhầm" (mistaken) folds the same: typed with its
// breve it is a figure, never a correction.
func fiveNotMistake(ws []string) bool {
	for _, w := range ws {
		if strings.ToLower(cleanWord(w)) == "nhăm" {
			return true
		}
	}
	return false
}

// correctionFiller may come right after a correction: "à nhầm, là 32.657".
var correctionFiller = map[string]bool{"la": true, "thanh": true, "lai": true, "a": true, "em": true, "nhe": true, "so": true, "dung": true}

func cleanWord(w string) string { return strings.Trim(w, edgePunct+"-–—") }

func hasWordsAt(ws []string, i int, want []string) bool {
	if i+len(want) > len(ws) {
		return false
	}
	for k, w := range want {
		if ws[i+k] != w {
			return false
		}
	}
	return true
}

// Repeated reports whether ts begin with the same figure typed two or
// more times ("115 115", "115, 115 hộ"): sent twice, not 115115. It
// returns the figure and how many tokens the repeats took.
func Repeated(ts []Token) (figure string, used int, ok bool) {
	if len(ts) < 2 || !IsFigure(ts[0].Lower) {
		return "", 0, false
	}
	first := ts[0].Lower
	used = 1
	for used < len(ts) && ts[used].Lower == first {
		used++
	}
	if used < 2 || used < len(ts) && IsFigure(ts[used].Lower) {
		return "", 0, false
	}
	return first, used, true
}

// mayCorrect reports whether a folded line holds a word that starts a
// correction, before the line is cut into words.
func mayCorrect(f string) bool {
	for _, w := range []string{"nham", "sua", "dinh chinh", "y em", "y minh", "khong", "xin loi", "quen", "thanh", "phai", "lon", "sai",
		"sorry", "sr", "xl", " lai", "a ko", "a k ", "a hong", "a hok", "chet"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// mayBeEarlier reports whether a folded line may name a figure sent
// before ("lúc nãy", "hôm qua", "trước đó", "vừa rồi", "ban đầu").
func mayBeEarlier(f string) bool {
	for _, w := range []string{"nay", "qua", "truoc", "vua", "dau"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// lineWords make a line of their own that carries no answer: "Dạ", "(em
// gửi ạ)", "Em báo cáo số liệu:", "Cảm ơn anh".
var lineWords = map[string]bool{"da": true, "vang": true, "em": true, "e": true, "gui": true, "bao": true,
	"cao": true, "a": true, "anh": true, "chi": true, "xin": true, "kinh": true, "thua": true, "so": true,
	"lieu": true, "ad": true, "admin": true, "oi": true, "chao": true, "nhe": true, "nha": true, "cam": true,
	"on": true, "ak": true, "minh": true, "toi": true, "thanks": true, "tks": true}

// politeLine reports a line of politeness alone, in a message of several.
func politeLine(l string) bool {
	ws := Words(Fold(l))
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !lineWords[w] {
			return false
		}
	}
	return true
}

// ahCorrection reads "1250 lượt, à 1520", "23... à 25 mới đúng": a figure,
// then "à" (typed so, with its grave: "ạ" is politeness) and another
// figure. The interjection takes the first back: the second is meant,
// and confirmed.
func ahCorrection(ws []string) (string, bool) {
	for i := 1; i+1 < len(ws); i++ {
		if strings.ToLower(cleanWord(ws[i])) != "à" {
			continue
		}
		before := strings.Join(ws[:i], " ")
		next := cleanWord(ws[i+1])
		if !strings.ContainsFunc(before, isDigit) || next == "" || !isDigit(rune(next[0])) {
			continue
		}
		return strings.Join(trimConfirmTail(ws[i+1:]), " "), true
	}
	return "", false
}
