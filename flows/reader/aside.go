package reader

import "strings"

// Rule a clerk states about a clause after the answer (aside_test.go): a
// phone number to call back or the hours a place opens, said after the
// figure and a comma ("7 CLB, có gì gọi em 0918234567", "1540 lượt, mở
// cửa 7h-17h"), or a sum of money ("2 giải, tổng giải thưởng 10 triệu")
// where no money is counted, is no part of the figure and no second
// figure: a phone number, a time and money are never a count (kinds.go).
// The figure before the comma is read alone, and confirmed, since the
// person said more.

// asideClause splits s at its last comma, semicolon, stop or dash set
// apart ("7 CLB. Có gì gọi em 09…", "7 CLB - zalo 09…") when every figure
// after it is a phone number, a code or a time, and the part before it
// holds a figure. ok is false otherwise.
func asideClause(s string, money bool) (answer string, ok bool) {
	i := -1
	for _, sep := range []string{", ", "; ", ". ", " - ", " – "} {
		i = max(i, strings.LastIndex(s, sep)) // "1,5": a decimal comma, no clause
	}
	if i <= 0 || s[i] == '.' && isDigit(rune(s[i-1])) {
		return "", false // "2. 0918…": a figure's stop is no clause's end
	}
	head, tail := strings.TrimSpace(s[:i]), s[i+1:]
	if !strings.ContainsFunc(head, isDigit) || !strings.ContainsFunc(tail, isDigit) {
		return "", false
	}
	ts := Tokenize(tail).Tokens
	for k := 0; k < len(ts); k++ {
		w := ts[k].Lower
		if !strings.ContainsFunc(w, isDigit) {
			continue
		}
		if codeAt(ts, k) == KeyCode {
			for k+1 < len(ts) && isCodeWord(ts[k+1].Lower) {
				k++ // "0918 234 567": the rest of the number
			}
			continue
		}
		if timeSpan(w) {
			continue
		}
		if !money && (moneyShorthand(ts, k) || NotACount(ts[k:], false) == KeyMoney) {
			// "2 giải, tổng giải thưởng 10 triệu": the prize money, never
			// a count, where the question counts no money.
			continue
		}
		return "", false
	}
	return head, true
}

// timeSpan reports a time or a span of times: "7h", "7h30", "7:30",
// "7h-17h", "7h–17h".
func timeSpan(w string) bool {
	for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' || r == '/' }) {
		if !isClock(p) {
			return false
		}
	}
	return w != ""
}
