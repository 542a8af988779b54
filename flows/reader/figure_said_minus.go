package reader

import "strings"

// "trừ 1,5" at a measure that may be below zero: "trừ" (minus, as the
// sign is read out) before a figure alone is its sign, as "âm" is. It
// also means "except", so the figure is offered, not stored; where the
// question cannot be below zero it stays refused.

// saidMinus returns "âm <figure>" for "trừ <figure>" alone.
func saidMinus(q *Question, s string) (string, bool) {
	if q.Type != TypeDecimal || q.Min != nil && *q.Min >= 0 {
		return "", false
	}
	ws := strings.Fields(Normalize(s))
	if len(ws) != 2 || Fold(ws[0]) != "tru" || !startsWithDigit(ws[1]) {
		return "", false
	}
	return "âm " + ws[1], true
}
