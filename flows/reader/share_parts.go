package reader

import (
	"regexp"
	"strings"
)

// A share with its parts in brackets: "93,1% (1.158/1.245 hộ)", "Tỷ lệ:
// 93,1% (2.907/3.126 hộ)". A clerk divides the two: when they give the
// share to the decimals it was written with, the share is stored, its
// parts only showing the work; when they do not, one of the three is
// wrong and the share is asked (the note stage's question, note.go).

// shareParts is "part/whole" with words after it, folded.
var shareParts = regexp.MustCompile(`^\s*(\d[\d.]*)\s*/\s*(\d[\d.]*)\s*([\p{L} ]*)$`)

// partsAgree reports note, the brackets after a share n, as its parts
// that give n.
func partsAgree(note string, n number) bool {
	m := shareParts.FindStringSubmatch(foldNumber(Normalize(note)))
	if m == nil || strings.ContainsFunc(m[3], isASCIIDigit) {
		return false
	}
	a, okA := parseFigure(m[1])
	b, okB := parseFigure(m[2])
	if !okA || !okB || !a.isWhole() || !b.isWhole() || b.value() == 0 || a.value() > b.value() {
		return false
	}
	return shareAgrees(a, b, n.value(), len(n.frac))
}
