package reader

import (
	"strings"
	"unicode"
)

// A unit said in place of the decimal mark. "1ha2" and "1 ha 2" are said
// "một héc ta hai", that is 1,2 ha, as "1m7" is 1,7 m: never 1 ha, and
// never 12. Where a measure with a fraction is asked, the figure is read
// so and offered for confirmation (reading.unit_as_mark).

// unitAsMark reads f, a folded answer, as whole digits, the question's
// own unit of measure and one or two digits after it.
func unitAsMark(f string, rule unitRule) (number, bool) {
	if !measures[rule.family] {
		return number{}, false
	}
	var parts []string
	for _, w := range strings.Fields(f) {
		parts = append(parts, splitRuns(w)...)
	}
	if len(parts) < 3 || !isDigits(parts[0]) || !isDigits(parts[len(parts)-1]) {
		return number{}, false
	}
	whole, frac, unit := parts[0], parts[len(parts)-1], parts[1:len(parts)-1]
	if len(whole) > 3 || len(frac) > 2 || anyWord(unit, hasDigit) || rule.fit(unit) != unitFits {
		return number{}, false
	}
	return number{whole: trimZeros(whole), frac: frac}, true
}

// splitRuns splits w into runs of digits and runs of other characters:
// "1ha2" is "1", "ha", "2".
func splitRuns(w string) []string {
	var out []string
	start := 0
	for i, r := range w {
		if i > start && unicode.IsDigit(r) != isASCIIDigit(rune(w[start])) {
			out = append(out, w[start:i])
			start = i
		}
	}
	return append(out, w[start:])
}

func anyWord(ws []string, f func(string) bool) bool {
	for _, w := range ws {
		if f(w) {
			return true
		}
	}
	return false
}
