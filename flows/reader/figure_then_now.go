package reader

import (
	"strconv"
	"strings"
	"time"
)

// Two figures, one named as the old one and the other as now: "xã cũ
// 1.245 hộ, xã mới 3.412 hộ", "24 (cũ) 42 (mới)", "trước sáp nhập 9 thôn,
// chừ 18 thôn", "năm 2025 là 13, năm 2026 là 15", "1.245 hộ (năm 2025 là
// 1.230 hộ)". The report asks for the figure as it is now, for the year
// reported: the clerk takes the figure not named as old, and confirms it,
// since the message carries two. Only when exactly one of the two is
// marked old (cũ, trước, năm ngoái, an earlier year) and the other is not.

// thenNowSums, as skeletons, make the two figures parts of a sum or a
// figure left out, never one replacing the other.
var thenNowSums = setOf("cong", "them", "quen", "gop", "tong", "chua", "tru", "va", "voi")

// thenNowPiece is one figure of the message and the words said with it.
type thenNowPiece struct {
	figure   string
	old, now bool
}

// currentOfTwo returns the figure of s that is not named as old, when the
// other is. The message is cut into clauses (at a comma, a semicolon, a
// bracket); a bracket without a figure is the note of the figure before
// it, other words without a figure wait for the next figure.
func currentOfTwo(q *Question, s string, now time.Time) (string, bool) {
	if q.Type != TypeInt || !strings.ContainsAny(s, ",;(") {
		return "", false
	}
	ts := Tokenize(s).Tokens
	rule := q.unitRule()
	report := now.AddDate(0, 0, -now.Day()).Year()
	var pieces []thenNowPiece
	var wait thenNowPiece // marks of words before their figure
	seg := thenNowPiece{}
	figures, bracket := 0, false
	flush := func() bool {
		switch {
		case figures > 1:
			return false // two figures in one clause
		case figures == 1:
			seg.old, seg.now = seg.old || wait.old, seg.now || wait.now
			pieces = append(pieces, seg)
			wait = thenNowPiece{}
		case bracket && len(pieces) > 0:
			last := &pieces[len(pieces)-1]
			last.old, last.now = last.old || seg.old, last.now || seg.now
		default:
			wait.old, wait.now = wait.old || seg.old, wait.now || seg.now
		}
		seg, figures, bracket = thenNowPiece{}, 0, false
		return true
	}
	for i, t := range ts {
		if strings.HasPrefix(t.Typed, "(") {
			if !flush() {
				return "", false
			}
			bracket = true
		}
		switch {
		case t.Lower != "" && isDigit(rune(t.Lower[0])) && i > 0 && ts[i-1].Skel == "nam":
			y, err := strconv.Atoi(strings.TrimRight(t.Lower, ":,.;)"))
			if err != nil {
				return "", false
			}
			seg.old, seg.now = seg.old || y < report, seg.now || y == report
		case t.Lower != "" && isDigit(rune(t.Lower[0])):
			if i+1 < len(ts) {
				if f := familyOf(ts[i+1].Skel); f != "" && f != rule.family && !rule.own[ts[i+1].Skel] {
					return "", false // another unit
				}
			}
			figures++
			seg.figure = t.Lower
		case thenNowSums[t.Skel]:
			return "", false // "à quên cộng xã cũ 1.000", "tổng 5.930": a sum, not a figure replaced
		default:
			o, n := thenNowWord(ts, i)
			seg.old, seg.now = seg.old || o, seg.now || n
		}
		if strings.ContainsAny(t.Typed[len(t.Typed)-1:], ",;)") {
			if !flush() {
				return "", false
			}
		}
	}
	if !flush() || len(pieces) != 2 || wait.old || wait.now {
		return "", false
	}
	a, b := pieces[0], pieces[1]
	switch {
	case a.old && !a.now && !b.old:
		return b.figure, true
	case b.old && !b.now && !a.old:
		return a.figure, true
	}
	return "", false
}

// thenNowWord reads ts[i] as a word naming the old figure or the one now.
func thenNowWord(ts []Token, i int) (old, now bool) {
	t := ts[i]
	switch {
	case t.Lower == "cũ" || t.Lower == "cu" && t.Fold == t.Lower:
		return true, false
	case t.Skel == "truoc" || t.Skel == "ngoai" && i > 0 && ts[i-1].Skel == "nam":
		return true, false
	case t.Lower == "mới" || t.Lower == "chừ" || t.Lower == "giờ" || t.Lower == "hiện" ||
		t.Skel == "sau" && i+1 < len(ts) && ts[i+1].Skel == "sap" || t.Skel == "nay" && i > 0 && ts[i-1].Skel == "nam":
		return false, true
	}
	return false, false
}
