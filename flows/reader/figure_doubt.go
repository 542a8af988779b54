package reader

import (
	"regexp"
	"strings"

	"github.com/baocao/baocao/locales"
)

// Doubts about a figure the earlier stages read. A careful clerk does not
// file a figure when the person wrote a sign that changes it:
//   - an approximation word right before the figure makes it an estimate
//     to confirm ("lối 15", "sơ sơ 1500", "ngót 300");
//   - a per-cent sign or word on the figure, at a question that is not a
//     percentage, makes it another kind of figure ("2,5%" at hectares);
//   - a figure alone in brackets is the accountant's negative ("(3.5)")
//     where a negative can be meant (a decimal or a percentage); a count
//     cannot be negative, so there the brackets only wrap it ("(4.120)");
//   - "nghìn/ngàn/k" after a figure already grouped in thousands
//     ("3.450 ngàn") multiplies twice: not what anyone means;
//   - a unit its family covers only loosely ("18 đội" at clubs) is
//     offered, not stored;
//   - a grouped figure followed by another group of digits ("32.000 657")
//     is two pieces that do not make one number.

// approxLead are approximation phrases (one or two words) as typed with
// their marks, as said in every region. The two-word ones are also read
// typed bare, since together they mean nothing else.
var approxLead = []string{
	"khoảng", "tầm", "cỡ", "chừng", "độ", "lối", "ước", "áng", "ngót", "xấp xỉ",
	"sơ sơ", "trên dưới", "ước chừng", "ước tính", "ước lượng", "áng chừng",
	"khoảng chừng", "độ chừng", "cỡ chừng", "lối chừng", "chừng độ", "phỏng chừng",
	"phỏng", "quãng", "tròm trèm", "ngót nghét", "non", "gần", "hơn", "xêm xêm",
	"tầm tầm", "đâu chừng", "đâu khoảng", "vào khoảng", "cỡ khoảng", "tầm khoảng",
}

// approxBare are the two-word phrases folded, read without marks.
var approxBare = map[string]bool{}

// approxFolds are approxLead's words, folded, computed once.
var approxFolds [][]string

func init() {
	for _, p := range approxLead {
		approxFolds = append(approxFolds, strings.Fields(Fold(p)))
		if strings.Contains(p, " ") {
			approxBare[Fold(p)] = true
		}
	}
}

var (
	groupedFigure = regexp.MustCompile(`^\d{1,3}([.,]\d{3})+$`)
	digitGroup    = regexp.MustCompile(`^\d{3}$`)
	bracketFigure = regexp.MustCompile(`^\(\s*\d[\d.,]*\s*\)$`)
)

// looseUnits, as skeletons, are words a unit family covers only loosely:
// a team or a group ("18 đội", "5 nhóm") may or may not be the clubs
// asked for, so the figure is offered, not stored, unless the question's
// own unit is that word.
var looseUnits = setOf("doi", "nhom", "team", "teams", "group", "groups")

// thousandAfter, as skeletons, say "thousand" after a figure.
var thousandAfter = setOf("nghin", "ngan", "ngin", "k")

// doubtFigure revisits a figure read from s: it may turn a plain reading
// into one to confirm, or refuse it.
func doubtFigure(q *Question, s string, u *Unsure) (*Unsure, *locales.Msg) {
	if !strings.ContainsAny(s, " \t\n(%") {
		return u, nil // one word, no sign, no bracket: nothing to doubt
	}
	t := Tokenize(s)
	ts := t.Tokens
	in := quoted(s)
	if q.Type != TypeInt && bracketFigure.MatchString(strings.TrimSpace(t.Norm)) {
		return nil, problem("answer.not_a_number", "input", in)
	}
	fig := -1
	for i, tok := range ts {
		if tok.Lower != "" && isDigit(rune(tok.Lower[0])) {
			fig = i
			break
		}
	}
	if fig < 0 {
		return u, nil
	}
	if q.Type != TypePercent && percentOn(ts, fig) {
		return nil, problem("answer.unknown_unit", "input", in)
	}
	if groupedFigure.MatchString(ts[fig].Lower) && fig+1 < len(ts) {
		next := ts[fig+1]
		if thousandAfter[next.Skel] || thousandAfter[next.Fold] || digitGroup.MatchString(next.Lower) {
			return nil, problem("answer.not_a_number", "input", in)
		}
	}
	if u == nil && fig+1 < len(ts) && looseUnits[ts[fig+1].Skel] && !q.unitRule().own[ts[fig+1].Skel] {
		u = &Unsure{Key: "reading.unit_other", Input: string(in)}
	}
	if u == nil && approxLeads(ts, fig) {
		u = &Unsure{Key: "reading.estimate", Input: string(in)}
	}
	return u, nil
}

// percentOn reports a per-cent sign or word on the figure ts[fig]:
// "2,5%", "2,5 %", "2,5 phần trăm", "2.5 percent".
func percentOn(ts []Token, fig int) bool {
	if strings.Contains(ts[fig].Typed, "%") {
		return true
	}
	if fig+1 >= len(ts) {
		return false
	}
	n := ts[fig+1]
	return strings.HasPrefix(n.Typed, "%") || n.Fold == "percent" || n.Fold == "pct" ||
		n.Fold == "phan" && fig+2 < len(ts) && ts[fig+2].Fold == "tram"
}

// approxLeads reports an approximation phrase ending right before ts[fig].
func approxLeads(ts []Token, fig int) bool {
	for j, p := range approxLead {
		ws := strings.Fields(p)
		start := fig - len(ws)
		if start < 0 {
			continue
		}
		all := true
		for k, w := range ws {
			// The folds first: SameWord (marks compared) only on a match.
			if ts[start+k].Fold != approxFolds[j][k] || !SameWord(ts[start+k], w) {
				all = false
				break
			}
		}
		if all {
			return true
		}
		if len(ws) == 2 && approxBare[ts[start].Fold+" "+ts[start+1].Fold] {
			return true
		}
	}
	return false
}
