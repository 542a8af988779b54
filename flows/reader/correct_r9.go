package reader

import "strings"

// Corrections of round nine (correct_r9_test.go), more ways a figure is
// set right in one message; the figure meant is confirmed, never stored:
//
//   - "A, B mới đúng", "A ấy chết sai, B mới đúng", "21 tin, e gõ nhầm 12
//     thì 21 mới đúng": the figure right before "mới đúng" (or "mới
//     chuẩn", "mới chính xác") is meant;
//   - "1.250 => 1.520", "1.408 → 1.480": an arrow from the old figure to
//     the new;
//   - "1.063 hồ sơ - sai - 1.036 hồ sơ": "sai" after a figure, then one;
//   - "30 đv, ko 31 đv": a bare no after a comma, then a figure;
//   - "6 giải, update lại 7 giải", "cập nhật 7": an update, then a figure;
//   - "14 hay 15 nhỉ, 15 ạ": a doubt between two figures, then one of
//     them;
//   - the same on two lines: "4512\n4521 mới đúng ạ".

// correctionArrows lead from a figure to the one that replaces it.
var correctionArrows = []string{"==>", "-->", "=>", "->", "→", "⇒", "➡", "➔", "—>"}

// rightNow, folded, say after "mới" that this figure is the right one.
var rightNow = setOf("dung", "chuan", "chinh")

// updateWords, folded, announce a figure updated.
var updateWords = [][]string{{"update", "lai"}, {"update"}, {"updated"}, {"cap", "nhat", "lai"}, {"cap", "nhat"},
	{"edit"}, {"chinh", "lai"}}

// doubtEnds, folded, end a question a person asks themself: "nhỉ", "ta".
var doubtEnds = setOf("nhi", "nho", "ta", "ha", "ta?")

// cutCorrectionR9 finds one of round nine's corrections in l and returns
// the figure meant with what follows it.
func cutCorrectionR9(l string) (string, bool) {
	if figureRuns(l) < 2 || !strings.ContainsAny(l, ",)>→⇒➡➔") && !hasCorrectionWord(l) {
		return "", false // the cheap path: one figure corrects nothing
	}
	if ans, ok := noteNamesEarlier(l); ok {
		return ans, true
	}
	for _, a := range correctionArrows {
		l = strings.ReplaceAll(l, a, " → ")
	}
	ws := strings.Fields(l)
	if len(ws) < 3 {
		return "", false
	}
	folded := make([]string, len(ws))
	figs := 0
	for i, w := range ws {
		folded[i] = Fold(cleanWord(w))
		if figAt(ws, i) {
			figs++
		}
	}
	if figs < 2 {
		return "", false
	}
	digitsBefore := func(i int) bool { return strings.ContainsFunc(strings.Join(ws[:i], " "), isDigit) }
	after := func(i int) (string, bool) {
		k := i
		for k < len(ws) && (cleanWord(ws[k]) == "" || correctionFiller[folded[k]] && !figAt(ws, k)) {
			k++
		}
		if k >= len(ws) || !figAt(ws, k) {
			return "", false
		}
		return strings.Join(trimConfirmTail(ws[k:]), " "), true
	}
	for i := 1; i < len(ws)-1; i++ {
		switch f := folded[i]; {
		case ws[i] == "→" && digitsBefore(i):
			return after(i + 1)
		case f == "sai" && figureShortlyBefore(ws, i) && (endsClause(ws[i]) || cleanWord(ws[i+1]) == ""):
			// "1.063 - sai - 1.036", "9.604 sai, 9.640": a break after
			// "sai"; "2345 hộ sai 5 hộ" may say by how much, never read.
			if a, ok := after(i + 1); ok {
				return a, true
			}
		case f == "sai" && figureShortlyBefore(ws, i) && folded[i+1] == "roi" && endsClause(ws[i+1]):
			// "14 sai rồi, 15" (round ten, correct_total.go)
			if a, ok := after(i + 2); ok {
				return a, true
			}
		case (negations[f] || f == "khong") && f != "chua" && (strings.HasSuffix(ws[i-1], ",") || strings.HasSuffix(ws[i], ",")) && digitsBefore(i) && figAt(ws, i+1):
			return after(i + 1)
		case f == "hay" || f == "hoac":
			if a, ok := doubtSettled(ws, folded, i); ok {
				return a, true
			}
		}
		for _, u := range updateWords {
			if hasWordsAt(folded, i, u) && digitsBefore(i) {
				if a, ok := after(i + len(u)); ok {
					return a, true
				}
			}
		}
	}
	return "", false
}

// figAt reports a word of ws that starts with a digit.
func figAt(ws []string, k int) bool {
	if k < 0 || k >= len(ws) {
		return false
	}
	c := cleanWord(ws[k])
	return c != "" && isDigit(rune(c[0]))
}

// doubtSettled reads "14 hay 15 nhỉ, 15 ạ": "hay" at i between two
// figures, a question's end, then one of the two alone.
func doubtSettled(ws, folded []string, i int) (string, bool) {
	if i < 1 || i+2 >= len(ws) || !figAt(ws, i-1) || !figAt(ws, i+1) {
		return "", false
	}
	k := i + 2
	if !endsClause(ws[i+1]) && !strings.HasSuffix(ws[i+1], "?") {
		if !doubtEnds[folded[k]] || !(endsClause(ws[k]) || strings.HasSuffix(ws[k], "?")) {
			return "", false
		}
		k++
	}
	if k >= len(ws) || !figAt(ws, k) {
		return "", false
	}
	c := cleanWord(ws[k])
	if c != cleanWord(ws[i-1]) && c != cleanWord(ws[i+1]) {
		return "", false
	}
	for _, f := range folded[k+1:] {
		if !tailPolite[f] && familyOf(f) == "" && f != "" {
			return "", false
		}
	}
	return strings.Join(ws[k:], " "), true
}

// correctionOverLines reads two lines, each with a figure, as one line
// where the second corrects or confirms the first: "4512\n4521 mới đúng
// ạ", "4512\nxl 4521 ạ", "5.720\ndạ đúng 5.720 ạ".
func correctionOverLines(lines []string) (string, bool) {
	if !strings.ContainsFunc(lines[0], isDigit) || !strings.ContainsFunc(lines[1], isDigit) {
		return "", false
	}
	first := strings.TrimRight(lines[0], ".,;: ")
	if strings.HasPrefix(lines[1], "(") && strings.HasSuffix(lines[1], ")") {
		if after, ok := cutCorrection(first + " " + lines[1]); ok {
			return after, true
		}
		return noteNamesEarlier(first + " " + lines[1])
	}
	joined := first + ", " + lines[1]
	if after, ok := rightAtEnd(joined); ok {
		return after, true
	}
	if after, ok := cutCorrection(joined); ok {
		return after, true
	}
	return cutCorrectionR9(joined)
}

// figureShortlyBefore reports a figure at most three words before i, in
// the same clause: "9.604 ấy chết sai", "1.063 hồ sơ - sai".
func figureShortlyBefore(ws []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if figAt(ws, k) {
			return true
		}
		if endsClause(ws[k]) || strings.ContainsFunc(ws[k], isDigit) {
			return false
		}
	}
	return false
}

// earlierPeriod, folded, after a period noun name one before the report's:
// "tháng trước", "năm ngoái", "kỳ trước", "quý rồi".
var earlierPeriod = setOf("truoc", "ngoai", "qua", "roi", "cu")

// noteNamesEarlier reads "1480 (1408 là số tháng trước)", "24 (42 là số
// cũ)": a figure, then a note naming another figure as an earlier
// period's or the old one. The answer is the figure before the note.
func noteNamesEarlier(l string) (string, bool) {
	if !strings.Contains(l, ")") {
		return "", false
	}
	ans, note, ok := CutNote(strings.Map(noEmoji, l))
	if !ok || !strings.ContainsFunc(ans, isDigit) {
		return "", false
	}
	f := foldedWords(note)
	if len(f) < 3 || !startsWithDigit(f[0]) || f[1] != "la" {
		return "", false
	}
	k := 2
	if f[k] == "so" {
		k++
	}
	switch {
	case k < len(f) && f[k] == "cu" && k == len(f)-1:
		return ans, true
	case k+1 < len(f) && periodNouns[f[k]] && earlierPeriod[f[k+1]] && k+2 == len(f):
		return ans, true
	}
	return "", false
}

// confirmedOnNextLine reads "5.720\ndạ đúng 5.720 ạ": a figure, then a
// line that says it is right and repeats it. The figure once, confirmed.
func confirmedOnNextLine(lines []string) (string, bool) {
	a, b := Tokenize(lines[0]).Tokens, Tokenize(lines[1]).Tokens
	fig := func(ts []Token) (string, bool) {
		f, n := "", 0
		for _, t := range ts {
			if strings.ContainsFunc(t.Lower, isDigit) {
				f, n = t.Lower, n+1
			}
		}
		return f, n == 1
	}
	fa, okA := fig(a)
	fb, okB := fig(b)
	if !okA || !okB || fa != fb {
		return "", false
	}
	says := false
	for _, t := range b {
		switch w := t.Fold; {
		case w == "dung" || w == "chinh" || w == "xac":
			says = true
		case t.Lower == fb || confirmTail[w] || leadPolite[w] || tailPolite[w] || familyOf(w) != "":
		default:
			return "", false
		}
	}
	return lines[0], says
}

// rightAtEnd reads "A, B mới đúng", "21 tin, e gõ nhầm 12 thì 21 mới
// đúng": the figure right before "mới đúng" at the end is meant, when
// another figure comes before it. It is the person's last word, so it is
// looked for before any other correction.
func rightAtEnd(l string) (string, bool) {
	if !strings.Contains(l, "mới") && !strings.Contains(l, "moi") && !strings.Contains(l, "Mới") || figureRuns(l) < 2 {
		return "", false
	}
	ws := strings.Fields(l)
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = Fold(cleanWord(w))
	}
	digitsBefore := func(i int) bool { return strings.ContainsFunc(strings.Join(ws[:i], " "), isDigit) }
	for j := len(ws) - 2; j >= 2; j-- {
		if folded[j] != "moi" || !rightNow[folded[j+1]] || folded[j+1] == "chinh" && (j+2 >= len(ws) || folded[j+2] != "xac") {
			continue // "mới chính thức" is newly official, not "this one is right"
		}
		tail := true
		for _, f := range folded[j+2:] {
			tail = tail && (confirmTail[f] || tailPolite[f] || f == "xac" || f == "")
		}
		for k := j - 1; tail && k >= 1 && k >= j-3; k-- {
			if figAt(ws, k) {
				if digitsBefore(k) {
					return strings.Join(ws[k:j], " "), true
				}
				break
			}
			if strings.ContainsFunc(ws[k], isDigit) || endsClause(ws[k]) {
				break
			}
		}
		break
	}
	return "", false
}

// figureRuns counts the figures in l without allocating: runs of digits,
// with the dots and commas inside them.
func figureRuns(l string) int {
	n, in := 0, false
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case c >= '0' && c <= '9':
			if !in {
				n++
			}
			in = true
		case (c == '.' || c == ',') && in && i+1 < len(l) && l[i+1] >= '0' && l[i+1] <= '9':
		default:
			in = false
		}
	}
	return n
}

// hasCorrectionWord reports, without allocating, one of the words the
// corrections of round nine turn on, typed in any case: "sai", "hay",
// "hoặc", "update", "cập nhật", "edit", "chỉnh".
func hasCorrectionWord(l string) bool {
	for _, w := range []string{"sai", "hay", "hoặc", "hoac", "update", "cập", "cap", "edit", "chỉnh", "chinh",
		"Sai", "Hay", "Update", "Cập", "Edit", "SAI"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
