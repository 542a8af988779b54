package reader

import "strings"

// A unit typed on to its figure and words after it: "2,5ha sân bóng",
// "15CLB bóng chuyền". A figure with its unit glued on alone ("2345hộ")
// is read already; with words after, the clerk reads it as if the space
// were typed, the words then read as any words after a unit are.

// unglued returns s with a space between its first figure and the
// question's unit glued to it.
func (r unitRule) unglued(s string) (string, bool) {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return "", false
	}
	w := ws[0]
	i := strings.IndexFunc(w, func(c rune) bool { return !isDigit(c) && c != '.' && c != ',' })
	if i <= 0 || !isDigit(rune(w[i-1])) {
		return "", false
	}
	unit := strings.Trim(w[i:], edgePunct)
	if unit == "" || !r.own[Skeleton(Fold(unit))] {
		return "", false
	}
	return w[:i] + " " + w[i:] + " " + strings.Join(ws[1:], " "), true
}
