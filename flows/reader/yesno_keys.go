package reader

import (
	"strings"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// Short replies a clerk reads as a slip of the keys rather than the word
// (yesno_keys_test.go):
//
//   - "kg", "kc" alone may be "không" shortened, or a unit ("kg") or two
//     keys side by side: offered as không, never stored.
//   - "k0", "ko0": the letter o typed as a zero beside "k": offered as không.
//   - One letter off "chưa" or "không", the wrong key beside the right one
//     ("ckưa", "chưz", "khonh"): offered as that word.
//   - "không phải" (it is not right) answers whether something is right,
//     not whether the commune has the thing: offered as không.
//   - "done" (English, "xong"): a yes, stored, as "xong" is.
func keyedReply(s string) (bool, *Unsure, *locales.Msg, bool) {
	if len(s) > 64 || strings.Count(strings.TrimSpace(s), " ") > 9 {
		return false, nil, nil, false // the cheap path: these are short, a lead-in at most
	}
	var fs []string
	for _, t := range yesNoTokens(s) {
		if f := strings.Trim(t.Skel, edgePunct); f != "" { // "khoong phair" is "không phải"
			fs = append(fs, f)
		}
	}
	for len(fs) > 1 && (fs[0] == "da" || fs[0] == "thua") {
		fs = fs[1:] // "da kg a": the polite "dạ" typed bare
	}
	for len(fs) > 1 && (fs[len(fs)-1] == "a" || fs[len(fs)-1] == "nhe" || fs[len(fs)-1] == "nha") {
		fs = fs[:len(fs)-1]
	}
	in := string(quoted(s))
	typo := func(yes bool) (bool, *Unsure, *locales.Msg, bool) {
		return yes, &Unsure{Key: "reading.yes_no_typo", Input: in}, nil, true
	}
	switch strings.Join(fs, " ") {
	case "kg", "kc", "k0", "ko0", "kh0", "kh0ng":
		return typo(false)
	case "khong phai", "ko phai", "k phai", "khong phai a":
		return false, &Unsure{Key: "reading.yes_no_right", Input: in}, nil, true
	case "done", "done a", "da done":
		return true, nil, nil, true
	}
	if len(fs) == 1 && !noWords[fs[0]] && !yesWords[fs[0]] && !negations[fs[0]] {
		for _, w := range [...]string{"chua", "khong"} {
			if oneKeyOff(fs[0], w) {
				return typo(false)
			}
		}
	}
	return false, nil, nil, false
}

// oneKeyOff reports a word of w's length with one letter other than w's,
// not the first: "ckua", "chuz" of "chua".
func oneKeyOff(f, w string) bool {
	if len(f) != len(w) || f == w || f[0] != w[0] {
		return false
	}
	diff := 0
	for i := range f {
		if f[i] != w[i] {
			diff++
		}
	}
	return diff == 1
}

// checkedBox reads a form's boxes copied into the chat: "[x] Có", "☑
// Không", "Có: x", "[x] Có  [ ] Không", "☐ Có ☑ Không". The ticked answer
// is the answer; an empty box beside the other changes nothing. Two ticks,
// or none, leave the reply to the other rules.
func checkedBox(s string) (string, bool) {
	if !strings.ContainsAny(s, "[☐☑☒✅✔✓xX") {
		return "", false // the cheap path: no box, no tick
	}
	n := boxes.Replace(Normalize(s))
	if strings.Count(n, "[x]") == 1 {
		_, after, _ := strings.Cut(n, "[x]")
		if i := strings.Index(after, "☐"); i >= 0 {
			after = after[:i]
		}
		after = strings.TrimSpace(after)
		return after, strings.ContainsFunc(after, unicode.IsLetter)
	}
	// "Có: x", "Có (x)", "Có - x": the word, then the form's tick.
	l := strings.ToLower(strings.TrimSpace(n))
	for _, tail := range [...]string{": x", ":x", " (x)", " [x]", " - x", " x"} {
		if w, ok := strings.CutSuffix(l, tail); ok && !strings.ContainsAny(w, "☐:") {
			if _, fs := clauseWords(yesNoTokens(w)); len(fs) == 1 && (fs[0] == "co" || fs[0] == "khong") {
				return w, true
			}
		}
	}
	return "", false
}

// boxes writes a form's boxes one way: "[x]" ticked, "☐" empty.
var boxes = strings.NewReplacer("[X]", "[x]", "[ x ]", "[x]", "[ ]", "☐", "[]", "☐", "☑", "[x]", "☒", "[x]", "✅", "[x]", "✔", "[x]",
	"✓", "[x]", "[v]", "[x]", "[V]", "[x]") // round thirteen: the other ticks (yesno_boxes_after.go)

// chatFaces are the faces typed with keys at the end of a chat message
// (":)", "=))", ":v", "^^") and the codes Zalo leaves for its stickers
// ("/-strong", "/-heart"): a mood, not a word of the answer.
var chatFaces = setOf(":)", ":))", ":)))", ":(", ":d", ":p", "=)", "=))", "=)))", ":v", "^^", "^_^", "<3", ";)", ":-)", "/-strong",
	"/-heart", "/-ok", "/-thanks", "/-rose", ":>", "=]]", ":3", "-_-", "xd")

// withoutFaces is s without the faces at its end; s when there are none.
func withoutFaces(s string) string {
	if !strings.ContainsAny(s, ":;=^<-/3xX") {
		return s // the cheap path: no face
	}
	ws := strings.Fields(s)
	n := len(ws)
	for n > 1 && chatFaces[strings.ToLower(ws[n-1])] {
		n--
	}
	if n == len(ws) {
		return s
	}
	return strings.Join(ws[:n], " ")
}
