package reader

import (
	"regexp"
	"strings"
)

// A decimal typed without its leading zero (",5", ".85 ha", ",25%") is
// that fraction, as a calculator shows it: read with the zero put back
// and offered, never stored, since the person may have lost a digit. A
// count is never a fraction, so there it stays refused.
var bareFraction = regexp.MustCompile(`^[.,]\d+\b`)

// withLeadingZero is s with "0" before a bare fraction; ok when s starts
// with one.
func withLeadingZero(q *Question, s string) (string, bool) {
	t := strings.TrimSpace(Normalize(s))
	if q.Type == TypeInt || !bareFraction.MatchString(t) {
		return "", false
	}
	return "0" + t, true
}
