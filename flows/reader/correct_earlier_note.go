package reader

import "strings"

// A figure with a note that corrects an earlier message: "6 (sửa 5 đã
// gửi lúc nãy)", "6, không phải 5 như lúc nãy", "14 (thay cho số 12 hôm
// qua)". The note names the figure sent before as the wrong one, by a
// word of correcting and a time or a message before this one; the clerk's
// rule is that the figure outside the note is the one meant, never the
// one the note names. It is asked, since the person changed their mind
// once already (Unwrap marks it corrected).

// fixLeads, folded, open a note that names the figure it replaces.
var fixLeads = [][]string{{"sua", "lai"}, {"sua"}, {"dinh", "chinh"}, {"khong", "phai"}, {"chu", "khong", "phai"},
	{"thay", "cho"}, {"thay", "vi"}, {"chinh", "lai"}}

// earlierMessage, folded, say the figure was sent before this message.
var earlierMessage = [][]string{{"da", "gui"}, {"da", "bao"}, {"gui", "truoc"}, {"bao", "truoc"}, {"o", "tren"},
	{"tren", "kia"}, {"lan", "truoc"}, {"tin", "truoc"}, {"hom", "qua"}}

// noteCorrectsEarlier returns the answer before a note (in brackets or
// after a comma) that corrects an earlier message's figure.
func noteCorrectsEarlier(l string) (string, bool) {
	if !strings.ContainsAny(l, "(,;") {
		return "", false
	}
	ans, note, ok := CutNote(l)
	if !ok {
		ws := strings.Fields(l)
		c := clauseEnd(ws)
		if c < 0 {
			return "", false
		}
		ans, note = strings.TrimRight(strings.Join(ws[:c+1], " "), ",;"), strings.Join(ws[c+1:], " ")
	}
	if !strings.ContainsFunc(ans, isDigit) || !strings.ContainsFunc(note, isDigit) {
		return "", false
	}
	f := foldedWords(note)
	for i := range f {
		if southNo[f[i]] {
			f[i] = "khong"
		}
	}
	i := 0
	for i < len(f) && (f[i] == "em" || f[i] == "e" || f[i] == "minh" || f[i] == "da") {
		i++
	}
	lead := false
	for _, p := range fixLeads {
		if hasWordsAt(f, i, p) {
			i += len(p)
			lead = true
			break
		}
	}
	if !lead {
		return "", false
	}
	for i < len(f) && (f[i] == "so" || f[i] == "la" || f[i] == "con") {
		i++
	}
	if i >= len(f) || !startsWithDigit(f[i]) {
		return "", false
	}
	rest := f[i+1:]
	if strings.ContainsFunc(strings.Join(rest, " "), isDigit) {
		return "", false // another figure in the note: not this rule
	}
	for _, w := range rest {
		if w == "vi" || wrongWords[w] {
			return "", false // "(sửa lại 6 vì hôm qua ghi nhầm)": which figure is wrong is not plain
		}
	}
	for k := range rest {
		for _, p := range append(earlierTimes, earlierMessage...) {
			if hasWordsAt(rest, k, p) {
				return ans, true
			}
		}
	}
	return "", false
}
