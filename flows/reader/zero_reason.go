package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// None said with its reason, at a count or a measure: "năm nay không tổ
// chức được giải nào do mưa lũ", "Không có chương trình nào tự sản xuất,
// chỉ tiếp sóng", "chưa có thư viện nên không có", "đài xã hư rồi nên
// hông có", "có chi mô". A clerk reads one clause that says there are none
// of what is asked, and another that says why (do, vì, nên, chỉ, toàn,
// after a comma), and offers 0: "Ghi 0?". The reason does not change the
// zero, but a none said in a sentence is confirmed, never stored: "chưa
// có" may still mean "not known yet". Never 0:
//   - not reported ("chưa báo cáo", "chưa có số liệu", "chưa tổng hợp")
//     anywhere in the message;
//   - an estimate or a doubt, any figure in digits;
//   - a plan or something under way ("đang chuẩn bị", "sắp tổ chức");
//   - a count every commune has (households, people, villages).
// "0 giải (do không có kinh phí)": a zero with its unit and a note is read
// as a zero with a note (zeroWithNone in zero_said.go).

// noneClauseOpeners open a clause of reason or contrast: the none is said
// before or after them, never across. Typed with marks, only as listed
// ("đo" is no "do"); typed bare, by their skeletons.
var (
	noneClauseOpeners     = setOf("do", "vì", "nên", "tại", "bởi", "chỉ", "toàn", "nhưng", "mà")
	noneClauseOpenersBare = setOf("do", "vi", "nen", "tai", "boi", "chi", "toan", "nhung", "ma")
)

// opensClause reports t opening a clause of reason or contrast.
func opensClause(t Token) bool {
	if t.Lower != t.Fold {
		return noneClauseOpeners[t.Lower]
	}
	return noneClauseOpenersBare[t.Skel]
}

// noneUnsettled say the none may not last: a plan or something under way
// ("đang chuẩn bị", "sắp", "sẽ", "dự kiến"); typed with marks only as
// listed ("sáp nhập" is no "sắp"), typed bare by their skeletons.
var (
	noneUnsettledMarked = setOf("đang", "sắp", "sẽ", "chuẩn", "kiến", "hoạch")
	noneUnsettled       = setOf("dang", "sap", "se", "chuan", "kien", "hoach")
)

// noneParticles, as skeletons, end a none said in the South or Centre:
// "chưa có à nghen", "hông có hen".
var noneParticles = setOf("nghen", "nghe", "hen", "ha", "a", "nha", "ne", "day", "roi")

// noneWithReason reports s, at q, saying in one clause that there are
// none of what is asked.
func noneWithReason(q *Question, s string) bool {
	if q.Type != TypeInt && !(q.Type == TypeDecimal && q.Unit[locales.VI] != "") || strings.ContainsFunc(s, isASCIIDigit) {
		return false
	}
	rule := q.unitRule()
	if alwaysSome[rule.family] {
		return false
	}
	ts := Tokenize(s).Tokens
	if len(ts) == 0 || hedged(ts) || Approximate(ts) {
		return false
	}
	for k := range ts {
		if t := ts[k]; t.Lower != t.Fold && noneUnsettledMarked[t.Lower] || t.Lower == t.Fold && noneUnsettled[t.Skel] {
			return false // "chưa có giải nào, đang chuẩn bị": not settled yet
		}
		if notReported(ts, k) || ts[k].Lower == "số" && k > 0 && negations[ts[k-1].Skel] {
			return false
		}
	}
	if clauseSaysNone(q, rule, ts) {
		return true // "có chi mô": one clause ("chi" there is no "chỉ")
	}
	start := 0
	for k := 0; k <= len(ts); k++ {
		end := k == len(ts) || k > start && opensClause(ts[k])
		if !end && !strings.ContainsAny(ts[k].Typed[len(ts[k].Typed)-1:], ",;.") {
			continue
		}
		stop := k
		if !end {
			stop = k + 1 // the clause ends with this word's comma
		}
		if stop > start && clauseSaysNone(q, rule, ts[start:stop]) {
			return true
		}
		start = stop
		if end && k < len(ts) && opensClause(ts[k]) {
			start = k + 1 // "nên hông có": the clause after the opener
		}
	}
	return false
}

// clauseSaysNone reports a clause that says there are none of what q
// asks: a negation ("không", "chưa", "hông"), maybe "có", and then only
// words of none, of the question or its unit; or a rhetorical "có chi
// mô", "có đâu".
func clauseSaysNone(q *Question, rule unitRule, ts []Token) bool {
	i := 0
	for i < len(ts) && (leadPolite[ts[i].Skel] && ts[i].Skel != "k" || ts[i].Skel == "" || noneLead[ts[i].Lower] ||
		ts[i].Skel == "nam" && i+1 < len(ts) && ts[i+1].Skel == "nay" || ts[i].Skel == "xa" ||
		(rule.asked.has(ts[i].Skel) || rule.own[ts[i].Skel]) && !negations[ts[i].Skel]) {
		i++
	}
	if i >= len(ts) {
		return false
	}
	if rhetoricalNo(ts[i:]) || rhetoricalHas(ts[i:]) {
		return true
	}
	if !negations[ts[i].Skel] || ts[i].Skel == "k" && i+1 < len(ts) && ts[i+1].Skel != "co" {
		return false
	}
	says := false
	for _, t := range ts[i+1:] {
		w := t.Skel
		says = says || w == "co" || plainNoneSays[w] || rule.own[w] || rule.asked.has(w) && !noneParticles[w]
		switch {
		case w == "":
		case t.Lower == "số":
			return false // "chưa có số": no figure yet
		case plainNoneTail[w] || tailPolite[w] || noneParticles[w] || classifiers[w] || rule.own[w] || rule.asked.has(w) || w == "tu":
		case familyOf(w) != "" && familyOf(w) == rule.family:
		case len(w) >= 3 && rule.asked.initials(w):
		default:
			return false
		}
	}
	return says // "chưa" alone is no none: "chưa đo đạc" is not yet measured
}

// rhetoricalHas reports "có chi mô", "có gì đâu", "có mô", "có đâu": a
// question that answers itself, there are none.
func rhetoricalHas(ts []Token) bool {
	n := 0
	switch {
	case len(ts) >= 3 && ts[0].Skel == "co" && (ts[1].Skel == "chi" || ts[1].Skel == "gi") && (ts[2].Lower == "mô" || ts[2].Lower == "đâu"):
		n = 3
	case len(ts) >= 2 && ts[0].Skel == "co" && (ts[1].Lower == "mô" || ts[1].Lower == "đâu"):
		n = 2
	default:
		return false
	}
	for _, t := range ts[n:] {
		if !tailPolite[t.Skel] && !noneParticles[t.Skel] && t.Skel != "" {
			return false
		}
	}
	return true
}

// zeroUnitWithNote reads "0 giải (do không có kinh phí)", "0 CLB (các CLB
// đã giải thể sau sáp nhập)": a zero with the question's unit and a note
// in brackets that adds no figure. A note that says there are none (a
// negation) makes it the officer's zero said twice: stored, as a bare "0"
// with such a note is (zeroWithNone). Any other note is offered. A note
// that the figure is not reported, an estimate, a plan: not read here.
func zeroUnitWithNote(q *Question, s string) (stored, ok bool) {
	if q.Type != TypeInt || !strings.Contains(s, ")") {
		return false, false
	}
	ans, note, cut := CutNote(s)
	if !cut || strings.ContainsFunc(note, isASCIIDigit) {
		return false, false
	}
	rule := q.unitRule()
	at := Tokenize(ans).Tokens
	if len(at) < 2 || at[0].Lower != "0" {
		return false, false
	}
	for _, t := range at[1:] {
		if !rule.own[t.Skel] && !(familyOf(t.Skel) != "" && familyOf(t.Skel) == rule.family) && !rule.ownInitials(t.Skel) {
			return false, false // "0 đội": another unit
		}
	}
	ts := Tokenize(note).Tokens
	if hedged(ts) || Approximate(ts) {
		return false, false
	}
	negated := false
	for k, t := range ts {
		if notReported(ts, k) || t.Lower != t.Fold && noneUnsettledMarked[t.Lower] || t.Lower == t.Fold && noneUnsettled[t.Skel] {
			return false, false
		}
		negated = negated || negations[t.Skel]
	}
	return negated, true
}
