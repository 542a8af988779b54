package reader

import "strings"

// "không phải" after a figure that names that same figure: "35, không
// phải 35 mà 36", "12 ko phải 12 mà 13". The lead figure is taken back by
// the words after it: the rest is read alone, as a correction, and
// confirmed. When "không phải" names another figure ("3450 không phải
// 3540", "7 ko phải 6") the batches read it both ways ("not 3540" and
// "no, it must be 6"): left to the other rules.

// notThat returns the text to read instead of s: what follows the lead
// figure, which its words take back.
func notThat(s string) (string, bool, bool) {
	ws := strings.Fields(Normalize(s))
	if len(ws) < 4 {
		return "", false, false
	}
	lead := strings.TrimRight(ws[0], ",;")
	if !startsWithDigit(lead) || strings.ContainsFunc(lead, func(r rune) bool { return !isDigit(r) && r != '.' }) {
		return "", false, false
	}
	n := Fold(strings.Trim(ws[1], edgePunct))
	if southNo[n] {
		n = "khong"
	}
	if n != "khong" || Fold(strings.Trim(ws[2], edgePunct)) != "phai" {
		return "", false, false
	}
	named := strings.Trim(ws[3], edgePunct)
	if !startsWithDigit(named) {
		return "", false, false
	}
	if named != lead || len(ws) < 5 {
		return "", false, false
	}
	return strings.Join(ws[1:], " "), true, true
}
