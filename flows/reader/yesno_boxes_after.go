package reader

import (
	"strings"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// A form's tick boxes copied into the chat are read by where the boxes
// sit (the clerk's rule of round thirteen): a reply that starts with a box
// puts each box before its label ("[x] Có [ ] Không", read by checkedBox
// in yesno_keys.go); a reply that ends with a box puts each box after its
// label ("Có [x] Không [ ]", "Có ☐ Không ☑"), and the ticked box belongs
// to the label before it. Reading the label after the tick there stored
// the other answer. With a second box beside it the reading is asked, for
// a copied form may have lost its layout; one label and its tick ("Có ☑")
// is plain. Ticks: x, X, v, ✓, ✔, ☑, ☒, ✅; empty boxes: [ ], [], ☐, □.
func boxesAfter(s string, echo *lazyWords) (bool, *Unsure, *locales.Msg, bool) {
	if !strings.ContainsAny(s, "[☐□☑☒✓✔✅") {
		return false, nil, nil, false // the cheap path: no box
	}
	n := strings.TrimSpace(formTicks.Replace(strings.ReplaceAll(Normalize(s), "\ufe0f", "")))
	n = withoutPoliteEnds(n) // "Dạ Có ✓ Không ☐ ạ 🙏"
	if strings.Count(n, "[x]") != 1 || strings.HasPrefix(n, "[x]") || strings.HasPrefix(n, "☐") ||
		!strings.HasSuffix(n, "[x]") && !strings.HasSuffix(n, "☐") {
		return false, nil, nil, false
	}
	before, _, _ := strings.Cut(n, "[x]")
	if i := strings.LastIndex(before, "☐"); i >= 0 {
		before = before[i+len("☐"):]
	}
	label := strings.Trim(before, " :-–")
	if !strings.ContainsFunc(label, unicode.IsLetter) {
		return false, nil, nil, false
	}
	b, u, p := readYesNo(label, echo)
	if p == nil && strings.Contains(n, "☐") {
		u = &Unsure{Key: "reading.yes_no_box_after", Input: string(quoted(s))}
	}
	return b, u, p, true
}

// formTicks writes a form's boxes one way: "[x]" ticked, "☐" empty.
var formTicks = strings.NewReplacer("[X]", "[x]", "[ x ]", "[x]", "[ X ]", "[x]", "[v]", "[x]", "[V]", "[x]", "[ v ]", "[x]",
	"[✓]", "[x]", "[✔]", "[x]", "[☑]", "[x]", "[☒]", "[x]", "☑", "[x]", "☒", "[x]", "✅", "[x]", "✔", "[x]", "✓", "[x]",
	"[ ]", "☐", "[  ]", "☐", "[]", "☐", "□", "☐")

// withoutPoliteEnds is n without the polite words and the marks that are
// no letter and no box at its start and end: "Dạ", "ạ", "nhé", "🙏".
func withoutPoliteEnds(n string) string {
	ws := strings.Fields(n)
	drop := func(w string) bool {
		if strings.Contains(w, "[x]") || strings.Contains(w, "☐") {
			return false
		}
		f := strings.Join(foldWords(w), "")
		return f == "" || boxPolite[f]
	}
	for len(ws) > 1 && drop(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 1 && drop(ws[0]) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// boxPolite are the polite words, folded, that may open or close a form
// copied into the chat.
var boxPolite = setOf("da", "a", "ak", "nhe", "nha", "vang", "thua", "em", "gui", "anh", "chi", "oi")
