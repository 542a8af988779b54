package reader

import (
	"math"
	"strings"

	"github.com/baocao/baocao/locales"
)

// A total shown with its parts (figure_sums_test.go). Rule a clerk
// states: "xã cũ Nghĩa Thuận 3.120 + Nghĩa Hà 2.985 = 6.105 hộ", "3.120 +
// 2.985 = 6.105": the figure after "=" is the answer, and the clerk adds
// the parts to check it. When they add up, the total is written down; when
// they do not, the answer is refused, saying so. Each part is one figure
// with what names it ("xã cũ Nghĩa Thuận 3.120", "1.200 hộ"); a part with
// two figures or a hedge is no part, and the answer is read as before.

// readShownSum reads s as parts joined by "+" and their total after "=".
// ok is false when s is not such a sum.
func readShownSum(q *Question, s string) (float64, *Unsure, *locales.Msg, bool) {
	if !strings.Contains(s, "+") {
		return 0, nil, nil, false // the cheap path
	}
	eq := strings.LastIndexByte(s, '=')
	if q.Type == TypePercent || eq < 0 || !strings.Contains(s[:eq], "+") || strings.Count(s, "=") != 1 {
		return 0, nil, nil, false
	}
	left, right := s[:eq], strings.TrimSpace(s[eq+1:])
	total, u, p := readNumberAnswer(q, right)
	if p != nil || u != nil && u.Key != "reading.unit_other" {
		return 0, nil, nil, false
	}
	sum := 0.0
	parts := strings.Split(left, "+")
	for _, part := range parts {
		ts := Tokenize(part).Tokens
		if len(ts) == 0 || figureRuns(part) != 1 || hedged(ts) || Approximate(ts) {
			return 0, nil, nil, false
		}
		for i, t := range ts {
			if !startsWithDigit(t.Lower) {
				continue
			}
			n, ok := parseFigure(figureText(t.Lower))
			if !ok || figureText(t.Lower) != t.Lower || i+1 < len(ts) && familyOf(ts[i+1].Fold) != "" && familyOf(ts[i+1].Fold) != q.unitRule().family {
				return 0, nil, nil, false // "12 thôn + 3 TDP" at households: parts of another count
			}
			sum += n.value()
		}
	}
	if math.Abs(sum-total) > 1e-9*math.Max(1, math.Abs(total)) { // "0,1 + 0,2 = 0,3": no float's slip
		return 0, nil, problem("answer.sum_disagrees", "input", quoted(s), "sum", numberArg(q.Type, sum), "total", numberArg(q.Type, total)), true
	}
	return total, u, nil, true
}

// totalInNote reads "27 thôn, 3 TDP (tổng 30)": figures of the question's
// kind, then in brackets their total, which is the answer when they add
// up to it. Offered, as a breakdown is.
func totalInNote(q *Question, ans, note, in string) (float64, *Unsure, bool) {
	if q.Type != TypeInt || figureRuns(note) != 1 || figureRuns(ans) < 2 {
		return 0, nil, false
	}
	nts := Tokenize(note).Tokens
	k := 0
	for k < len(nts) && (nts[k].Skel == "tong" || nts[k].Skel == "cong" || nts[k].Skel == "la" || nts[k].Skel == "so") {
		k++
	}
	if k == 0 || k >= len(nts) || nts[0].Skel != "tong" {
		return 0, nil, false
	}
	total, u, p := readNumberAnswer(q, Join(nts[k:]))
	if p != nil {
		return 0, nil, false
	}
	rule := q.unitRule()
	sum := 0.0
	ts := Tokenize(ans).Tokens
	for i, t := range ts {
		if !startsWithDigit(t.Lower) {
			continue
		}
		n, ok := parseFigure(figureText(t.Lower))
		if !ok || figureText(t.Lower) != t.Lower || i+1 < len(ts) && familyOf(ts[i+1].Fold) != "" && familyOf(ts[i+1].Fold) != rule.family {
			return 0, nil, false
		}
		sum += n.value()
	}
	if ts := Tokenize(ans).Tokens; hedged(ts) || Approximate(ts) || sum != total {
		return 0, nil, false
	}
	if u == nil {
		u = &Unsure{Key: "reading.breakdown", Input: in}
	}
	return total, u, true
}
