package reader

import (
	"slices"
	"strings"
)

// Rules a clerk states about a figure corrected or sent twice inside one
// message (correct_test.go). chat.go finds the plain corrections ("32.567
// à nhầm 32.657"); these are the other ways people write them:
//
//   - "không phải A mà (là) B": B is meant;
//   - "(sửa) A thành B", "sửa 356 thành 365": B is meant;
//   - "A xin sửa B", "A sửa B": B is meant;
//   - "nhầm, 12 thôn" (the first try was in another message): the figure
//     after the correction;
//   - "3 (sửa: 4)", "3 (đính chính 4)": the figure in the brackets;
//   - "…, 4581 mới đúng": the corrected figure, its "this one is right"
//     left off;
//   - "24, lúc nãy gửi 42 là sai", "Em báo lại là 4, hôm qua báo 3": the
//     figure first, then the one sent before named as such (a time before
//     and a verb of reporting, or "là sai"): the first is meant;
//   - "8 ấp, em ghi lộn, 9 ấp", "2.301 chứ hông phải 2.310": the South's
//     "lộn" (nhầm) and "hông" (không);
//   - "24 (em gõ lộn 42)", "1.130 (lúc nãy gõ nhầm 1.310)", "24 (không
//     phải 42)": a note that tells of a figure typed wrong names the
//     mistaken one; the figure before it is meant.
//
// Every one is confirmed, never stored: the person changed their mind
// once already. One answer typed twice ("4518\n4518", "4518 hộ, 4518 hộ")
// is that answer once, also confirmed.

// correctedFigure finds a figure corrected by "không phải … mà", by
// "thành", or by a correction that opens the message. ws are the words of
// a line, folded their folded forms.
func correctedFigure(ws, folded []string) (string, bool) {
	start := 0
	for start < len(ws)-1 && leadPolite[folded[start]] && folded[start] != "a" {
		start++
	}
	startsFigure := func(k int) bool {
		c := cleanWord(ws[k])
		return k < len(ws) && c != "" && isDigit(rune(c[0]))
	}
	// "Không phải 4518 mà là 4581".
	if start+3 < len(ws) && (folded[start] == "khong" || folded[start] == "ko" || folded[start] == "k") &&
		folded[start+1] == "phai" && startsFigure(start+2) {
		for m := start + 3; m < len(ws)-1; m++ {
			if folded[m] != "ma" {
				continue
			}
			k := m + 1
			for k < len(ws)-1 && (folded[k] == "la" || folded[k] == "phai") {
				k++
			}
			if startsFigure(k) {
				return strings.Join(trimConfirmTail(ws[k:]), " "), true
			}
			break
		}
	}
	// "sửa 356 thành 365", "4.518 hộ thành 4.581 hộ".
	for j := 1; j < len(ws)-1; j++ {
		if folded[j] != "thanh" || !startsFigure(j+1) {
			continue
		}
		if startsFigure(j-1) || j >= 2 && startsFigure(j-2) && familyOf(folded[j-1]) != "" {
			return strings.Join(trimConfirmTail(ws[j+1:]), " "), true
		}
	}
	// "nhầm, 12 thôn": the first try was in the message before.
	k := start
	if k < len(ws) && (folded[k] == "go" || folded[k] == "ghi" || folded[k] == "danh" || folded[k] == "bam") {
		k++
	}
	if k < len(ws)-1 && folded[k] == "nham" && !fiveNotMistake(ws[k:k+1]) {
		j := k + 1
		for j < len(ws)-1 && tailPolite[folded[j]] { // "Nhầm ạ, 12 CLB" (round ten)
			j++
		}
		if startsFigure(j) {
			return strings.Join(trimConfirmTail(ws[j:]), " "), true
		}
	}
	return "", false
}

// bracketLeads, folded, open a note in brackets that corrects the figure
// before it: "3 (sửa: 4)", "3 (đính chính 4)".
// "(đúng ra 2.354)" may tell of another figure and is left to be refused.
var bracketLeads = [][]string{{"sua", "lai", "la"}, {"sua", "lai"}, {"sua", "thanh"}, {"sua"}, {"dinh", "chinh"}}

// bracketCorrection reads "3 (sửa: 4)": a figure, then in brackets a
// correction and the figure meant: "(sửa: 4)", "(sửa lại 4)". "(em gõ nhầm 1.310 lúc nãy)" names
// the mistaken one and is no correction of this kind.
func bracketCorrection(l string) (string, bool) {
	ans, note, ok := CutNote(l)
	if !ok || !strings.ContainsFunc(ans, isDigit) {
		return "", false
	}
	ws := strings.Fields(note)
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = Fold(cleanWord(w))
	}
	for _, lead := range bracketLeads {
		if !hasWordsAt(folded, 0, lead) || len(ws) <= len(lead) {
			continue
		}
		rest := ws[len(lead):]
		if c := cleanWord(rest[0]); c == "" || !isDigit(rune(c[0])) {
			return "", false
		}
		return strings.Join(rest, " "), true
	}
	return "", false
}

// confirmTail, folded, says the figure before it is the right one: "4581
// mới đúng", "4581 là chính xác", "4581 đúng rồi".
var confirmTail = setOf("moi", "dung", "chinh", "xac", "roi", "la", "nhe", "nha", "a", "ak", "ah")

// trimConfirmTail takes "mới đúng" and the like off the end of a
// corrected figure. It keeps everything unless the tail says "đúng" or
// "chính xác".
func trimConfirmTail(ws []string) []string {
	i := len(ws)
	says := false
	for i > 1 && confirmTail[Fold(cleanWord(ws[i-1]))] {
		f := Fold(cleanWord(ws[i-1]))
		says = says || f == "dung" || f == "xac"
		i--
	}
	if !says {
		return ws
	}
	return ws[:i]
}

// sentTwice reports one answer typed two times or more: on lines of their
// own ("4518\n4518", "Dạ 4518\nDạ 4518"), or on one line ("4518 hộ, 4518
// hộ"), each copy then starting with its figure. Words are compared
// folded, without their punctuation.
func sentTwice(lines []string) (string, bool) {
	if len(lines) >= 2 {
		first := foldedWords(lines[0])
		if !slices.ContainsFunc(first, startsWithDigit) && !allNumberWords(first) { // number_r8.go
			return "", false
		}
		for _, l := range lines[1:] {
			if !slicesEqual(foldedWords(l), first) {
				return "", false
			}
		}
		return lines[0], true
	}
	if len(lines) != 1 || strings.Count(lines[0], " ") < 3 || !strings.ContainsFunc(lines[0], isDigit) && !allNumberWords(foldedWords(lines[0])) {
		return "", false // most answers: fewer than two copies of two words
	}
	ws := foldedWords(lines[0])
	for n := 2; n <= len(ws) && n <= 4; n++ { // copies
		if len(ws)%n != 0 || len(ws)/n < 2 {
			continue // one word twice ("115 115") is Repeated's
		}
		size := len(ws) / n
		if !startsWithDigit(ws[0]) && !allNumberWords(ws) {
			return "", false
		}
		same := true
		for c := 1; c < n && same; c++ {
			same = slicesEqual(ws[c*size:(c+1)*size], ws[:size])
		}
		if same {
			return strings.Join(strings.Fields(lines[0])[:size], " "), true
		}
	}
	return "", false
}

// foldedWords are the words of l, folded, without their punctuation.
func foldedWords(l string) []string {
	var out []string
	for _, w := range strings.Fields(l) {
		if f := Fold(cleanWord(w)); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func startsWithDigit(w string) bool { return w != "" && isDigit(rune(w[0])) }

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// southNo, folded, are ways of typing "không" before "phải": "hông phải"
// (the South), "ko phải", "k phải".
var southNo = setOf("hong", "ko", "k", "kh", "hok", "khg")

// Words that name the figure sent before, folded: a time before now
// ("lúc nãy", "hôm qua") and a verb of reporting it ("gửi", "báo");
// or a verdict after it ("42 là sai").
var (
	earlierTimes = [][]string{{"luc", "nay"}, {"hoi", "nay"}, {"khi", "nay"}, {"ban", "nay"}, {"hom", "qua"},
		{"hom", "truoc"}, {"vua", "roi"}, {"vua"}, {"truoc", "do"}, {"truoc"}, {"ban", "dau"}, {"luc", "dau"}}
	reportVerbs  = setOf("bao", "gui", "ghi", "nhap", "go", "danh", "bam", "dien", "nop")
	wrongVerdict = [][]string{{"la", "sai"}, {"bi", "sai"}, {"sai"}, {"la", "nham"}, {"bi", "nham"}, {"nham"},
		{"la", "lon"}, {"bi", "lon"}, {"lon"}, {"khong", "dung"}, {"ko", "dung"}, {"chua", "dung"}}
)

// earlierNamed reads "24, lúc nãy gửi 42 là sai": a figure, a comma, and
// a clause that names another figure as the one sent before, by a time
// before now with a verb of reporting ("hôm qua báo 3"), or by a verdict
// that it was wrong ("42 là sai"). The part before the comma is the
// answer. ws are a line's words, folded their folded forms.
func earlierNamed(ws, folded []string) (string, bool) {
	c := clauseEnd(ws)
	if c < 0 || c+2 >= len(ws) || !strings.ContainsFunc(strings.Join(ws[:c+1], " "), isDigit) {
		return "", false
	}
	i := c + 1
	for i < len(ws) && (folded[i] == "em" || folded[i] == "e" || folded[i] == "minh" || folded[i] == "con") {
		i++
	}
	timed := false
	for _, p := range earlierTimes {
		if hasWordsAt(folded, i, p) {
			i += len(p)
			timed = true
			break
		}
	}
	for i < len(ws) && (folded[i] == "em" || folded[i] == "e" || folded[i] == "minh" || folded[i] == "da") {
		i++
	}
	verb := i < len(ws) && reportVerbs[folded[i]]
	if verb {
		i++
	}
	for i < len(ws) && (folded[i] == "la" || folded[i] == "so") {
		i++
	}
	if i >= len(ws) || !startsWithDigit(cleanWord(ws[i])) || strings.ContainsFunc(strings.Join(ws[i+1:], " "), isDigit) {
		return "", false
	}
	i++
	for i < len(ws) && familyOf(folded[i]) != "" {
		i++ // "hôm qua báo 3 giải"
	}
	wrong := false
	for _, p := range wrongVerdict {
		if hasWordsAt(folded, i, p) {
			i += len(p)
			wrong = true
			break
		}
	}
	for i < len(ws) && (confirmTail[folded[i]] || tailPolite[folded[i]]) {
		i++
	}
	if i < len(ws) || !(timed && verb || wrong) {
		return "", false
	}
	return strings.TrimRight(strings.Join(ws[:c+1], " "), ",;"), true
}

// mistakeInNote reads "24 (em gõ lộn 42)": a figure, then in brackets a
// note that a figure was typed wrong (a verb of typing with nhầm, lộn or
// sai, or "không phải" first) and that figure. The note names the
// mistake; the answer is what comes before it.
func mistakeInNote(l string) (string, bool) {
	if !strings.Contains(l, ")") {
		return "", false
	}
	ans, note, ok := CutNote(strings.Map(noEmoji, l))
	if !ok || !strings.ContainsFunc(ans, isDigit) || !strings.ContainsFunc(note, isDigit) {
		return "", false
	}
	f := foldedWords(note)
	for i := 0; i+1 < len(f); i++ {
		if southNo[f[i]] {
			f[i] = "khong"
		}
	}
	if hasWordsAt(f, 0, []string{"khong", "phai"}) {
		return ans, true
	}
	for i := 0; i+1 < len(f); i++ {
		if reportVerbs[f[i]] && (f[i+1] == "nham" || f[i+1] == "lon" || f[i+1] == "sai") {
			return ans, true
		}
		if startsWithDigit(f[i]) && i+2 < len(f) && f[i+1] == "la" && wrongWords[f[i+2]] && i+3 == len(f) {
			return ans, true // "15 (lúc nãy em ghi 14 là nhầm)" (round ten, correct_total.go)
		}
		// "436 hồ sơ (đã sửa từ 463)", "(chỉnh lại từ 463)": the note
		// names the figure it was changed from; the answer is the new one.
		if changeVerbs[f[i]] {
			k := i + 1
			if k < len(f) && f[k] == "lai" {
				k++
			}
			if k+1 < len(f) && f[k] == "tu" && startsWithDigit(f[k+1]) {
				return ans, true
			}
		}
	}
	return "", false
}

// changeVerbs, folded, say a figure was changed: "sửa từ 463", "chỉnh từ
// 463", "điều chỉnh từ 463", "đổi từ 463", "thay từ 463".
var changeVerbs = setOf("sua", "chinh", "doi", "thay")

// earlierWrong reads "2874 nhé, tin trước em gõ nhầm": a figure, a comma,
// then a clause that says the message sent before was wrong (a time or a
// message before now, a verb of typing or reporting and nhầm, sai or
// lộn), with no figure in it. The figure before the comma is the answer,
// sent again to put the earlier one right. Without the time before
// ("2874, gõ nhầm") the clause may be about this figure: not read.
func earlierWrong(ws, folded []string) (string, bool) {
	c := clauseEnd(ws)
	if c < 0 || c+2 >= len(ws) || !strings.ContainsFunc(strings.Join(ws[:c+1], " "), isDigit) ||
		strings.ContainsFunc(strings.Join(ws[c+1:], " "), isDigit) {
		return "", false
	}
	i := c + 1
	skip := func(set map[string]bool) {
		for i < len(ws) && set[folded[i]] {
			i++
		}
	}
	skip(earlierSubjects)
	timed := false
	for _, p := range earlierTimes {
		if hasWordsAt(folded, i, p) {
			i += len(p)
			timed = true
			break
		}
	}
	skip(earlierSubjects)
	if !timed || i >= len(ws) || !reportVerbs[folded[i]] && !wrongWords[folded[i]] {
		return "", false
	}
	if reportVerbs[folded[i]] {
		i++
	}
	if i >= len(ws) || !wrongWords[folded[i]] {
		return "", false
	}
	i++
	for i < len(ws) && (confirmTail[folded[i]] || tailPolite[folded[i]] || folded[i] == "so" || folded[i] == "roi") {
		i++
	}
	if i < len(ws) {
		return "", false
	}
	return strings.TrimRight(strings.Join(ws[:c+1], " "), ",;"), true
}

// earlierSubjects may stand around the time of an earlier message: "tin
// trước em gõ nhầm", "tin nhắn lúc nãy mình gửi sai", "số hôm qua bị nhầm".
var earlierSubjects = setOf("tin", "nhan", "so", "con", "cai", "em", "e", "minh", "da", "bi", "la")

// wrongWords, folded, say a figure was wrong: nhầm, sai, lộn.
var wrongWords = setOf("nham", "sai", "lon")

// noEmoji maps emoji and other pictographs to a space, brackets kept.
func noEmoji(r rune) rune {
	if r == '(' || r == ')' {
		return r
	}
	if d := decoration(r); d == ' ' && r != ' ' && !strings.ContainsRune("*_[]{}", r) {
		return ' '
	}
	return r
}

// clauseEnd is the index of the word that ends a line's first clause (a
// comma or semicolon after it), or -1.
func clauseEnd(ws []string) int {
	for k, w := range ws {
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			return k
		}
	}
	return -1
}
