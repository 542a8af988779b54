package reader

import "strings"

// A figure followed by a clause about each of the things counted: "52
// chương trình, mỗi chương trình 15 phút", "7 giải, giải thưởng 2
// triệu/giải", "12 CLB, mỗi CLB khoảng 20 người". The figure in that
// clause is per item (its length, its prize, its members), not a second
// count of what is asked: the clerk reads the figure before the comma and
// confirms it, since the message carries another figure.

// perItem reports a clause that speaks of each item counted: it has
// "mỗi" before the question's unit or no unit, or "/" before the unit
// ("2 triệu/giải").
func (r unitRule) perItem(ts []Token) bool {
	for i, t := range ts {
		if (t.Lower == "mỗi" || t.Lower == "moi" && i+1 < len(ts) && r.own[ts[i+1].Skel]) && i+1 < len(ts) {
			return true
		}
		if k := strings.LastIndex(t.Lower, "/"); k >= 0 && k+1 < len(t.Lower) {
			if r.own[Skeleton(Fold(t.Lower[k+1:]))] {
				return true
			}
		}
	}
	return false
}

// figureBeforeEach returns the part of s before a clause of each item.
func figureBeforeEach(q *Question, s string) (string, bool) {
	if q.Type != TypeInt || !strings.Contains(s, ",") {
		return "", false
	}
	ws := strings.Fields(Normalize(s))
	c := clauseEnd(ws)
	if c < 0 || c+1 >= len(ws) {
		return "", false
	}
	first := strings.TrimRight(strings.Join(ws[:c+1], " "), ",;")
	rest := Tokenize(strings.Join(ws[c+1:], " ")).Tokens
	if !strings.ContainsFunc(first, isASCIIDigit) || !q.unitRule().perItem(rest) || clauseEnd(ws[c+1:]) >= 0 {
		return "", false
	}
	return first, true
}
