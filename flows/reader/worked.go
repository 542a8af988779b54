package reader

import (
	"math"
	"regexp"
	"strings"
)

// Rule a clerk states about a share worked out in the answer (worked_test.go):
// "1650/1772 hộ = 93,1%" shows the parts, then the share. The share after
// "=" is the answer when the parts give it, to the decimals written; when
// they do not, the two disagree and the person is asked to type one.

// workedShare is a share written after its parts: "1.650/1.772 hộ = 93,1%",
// "1650 / 1772 x 100 = 93,1 %". Folded.
var workedShare = regexp.MustCompile(`^(\d[\d.,]*)\s*/\s*(\d[\d.,]*)(?:\s+\pL+){0,3}\s*(?:[x*]\s*100\s*)?=\s*(\S.*)$`)

// cutWorkedShare splits a folded answer into its parts and what follows
// "="; ok is false when s shows no such working.
func cutWorkedShare(f string) (part, whole number, answer string, ok bool) {
	m := workedShare.FindStringSubmatch(f)
	if m == nil {
		return number{}, number{}, "", false
	}
	a, okA := parseFigure(m[1])
	b, okB := parseFigure(m[2])
	if !okA || !okB || !a.isWhole() || !b.isWhole() || b.value() == 0 {
		return number{}, number{}, "", false
	}
	return a, b, strings.TrimSpace(m[3]), true
}

// shareAgrees reports whether part/whole, as a percentage rounded to the
// decimals of share (frac digits), is share.
func shareAgrees(part, whole number, share float64, frac int) bool {
	p := math.Pow10(frac)
	return math.Round(part.value()/whole.value()*100*p) == math.Round(share*p)
}
