package reader

import "strings"

// The words of the centre and the south around a yes or a no (the clerk's
// rule of round thirteen): they are how the answer is said, not part of
// it, and a clerk reads through them.
//   - particles closing the answer, typed with their marks: "có hà", "có
//     rồi nghe", "có rồi nghen", "Thành Tâm eng nờ", "có hỉ", "chưa tề";
//     and the central "eng" (anh) with its "ơi";
//   - "rứa là", "vậy là", "thế là" (so) opening it: "rứa là có rồi";
//   - "mô" (at all) closing a no: "chưa có mô", "không có mô" ("có mô"
//     alone is the rhetorical no, left to yesno_rhetoric.go);
//   - the central "nỏ" (not), typed with its mark: "nỏ có" is "không có";
//   - "roài", the drawn-out "rồi" of a chat.
//
// Only forms typed with their marks are taken: "no", "ha", "nghe" without
// them may be other words.
func regionalWords(s string) string {
	if strings.ContainsAny(s, "?？") || !hasRegionalWord(strings.ToLower(s)) {
		return s // the cheap path; a question back is left to asksBack
	}
	ws := strings.Fields(s)
	low := make([]string, len(ws))
	for i, w := range ws {
		low[i] = strings.Trim(strings.ToLower(w), ".,!?…")
	}
	changed := false
	if len(ws) > 2 && (low[0] == "rứa" || low[0] == "vậy" || low[0] == "thế") && low[1] == "là" {
		ws, low, changed = ws[2:], low[2:], true
	}
	for len(ws) > 1 && regionalTail[low[len(low)-1]] {
		ws, low, changed = ws[:len(ws)-1], low[:len(low)-1], true
	}
	if len(ws) > 2 && low[len(low)-1] == "mô" && regionalNo[low[0]] {
		ws, low, changed = ws[:len(ws)-1], low[:len(low)-1], true
	}
	for i, w := range low {
		switch w {
		case "nỏ":
			ws[i], changed = "không", true
		case "roài":
			ws[i], changed = "rồi", true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(ws, " ")
}

// regionalTail are the particles and forms of address of the centre and
// the south that close an answer.
var regionalTail = setOf("hà", "nờ", "nghe", "nghen", "eng", "ơi", "hỉ", "hè", "tề", "nì", "nha", "nhé")

// regionalNo are the words that open a no which "mô" may close.
var regionalNo = setOf("chưa", "không", "nỏ", "ko", "hông", "chẳng", "chả")

// regionalHints are pieces of every form regionalWords changes.
var regionalHints = []string{"hà", "nờ", "nghe", "eng", "ơi", "hỉ", "hè", "tề", "nì", "nha", "nhé", "mô", "nỏ", "roài",
	"rứa", "vậy", "thế"}

// hasRegionalWord reports whether lowered s may hold one of them.
func hasRegionalWord(l string) bool {
	for _, h := range regionalHints {
		if strings.Contains(l, h) {
			return true
		}
	}
	return false
}
