package reader

import "strings"

// A label that names another question's subject (label_other_test.go).
// Rule a clerk states: a figure labelled with what another question
// counts is that question's figure, never this one's, even when the
// person answers here: "Dân số: 24.310" where households are asked is the
// population; "Tổng số hộ: 6.105" where people are asked is the
// households; "Tổng số hộ: 6.105" where the households recognised as
// cultured families are asked is all the households. It is refused,
// naming what is asked. A label of the question's own kind qualified
// otherwise ("Số hộ GĐVH" where all households are asked) may be a slip
// and stays offered, as before; a label that names no count ("Xã Thành
// Tâm:", "Tổng:") says nothing of it.

// keyLabelOther is the problem said of such a figure.
const keyLabelOther = "answer.label_other"

// refusedInSentence reports a reading of a sentence that is a refusal
// carried back as a reason (sentence_place.go, this file): readAs refuses
// it with that key.
func refusedInSentence(u *Unsure) bool {
	return u != nil && (u.Key == keyPlaceOnly || u.Key == keyLabelOther)
}

// countedFamily is the family a label counts, its words folded: the unit
// phrase after "số" ("số hộ", "tổng số thôn", "SL CLB"), "dân số" and
// "số dân" for people, or a label that is a unit phrase alone ("Hộ:").
// A unit word that alone names nothing ("tổ", "bạn") counts none.
func countedFamily(label []string) string {
	ws := make([]string, len(label))
	for i, w := range label {
		ws[i] = untelex(w)
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "dan" && ws[i+1] == "so" || ws[i] == "so" && ws[i+1] == "dan" && (i+2 == len(ws) || familyOf(ws[i+1]+" "+ws[i+2]) == "") {
			return "nguoi"
		}
	}
	start := -1
	for i, w := range ws {
		if (w == "so" || w == "sl" || w == "ts") && !(w == "so" && i > 0 && ws[i-1] == "ho") { // "hồ sơ" is no "số"
			start = i + 1
			break
		}
	}
	if start < 0 {
		k := 0
		for k < len(ws) && (ws[k] == "tong" || leadPolite[ws[k]]) {
			k++
		}
		start = k
		if f := familyOfAll(ws[k:]); f == "" || actorFamilies[f] || len(ws)-k == 1 && weakLabelWords[ws[k]] {
			return "" // "Thư viện: 3.256 lượt" names who did it, not what is counted
		}
	}
	for n := min(4, len(ws)-start); n >= 1; n-- {
		phrase := ws[start : start+n]
		if n == 1 && weakLabelWords[phrase[0]] {
			break
		}
		if f := familyOfAll(phrase); f != "" {
			return f
		}
	}
	return ""
}

// actorFamilies name who does what is counted (an office, a library, the
// commune) as often as what is counted: alone before ":" they are no
// count's name.
var actorFamilies = setOf("xa", "nha van hoa", "don vi")

// labelNamesOther reports a label that names another question's subject
// (the rule above). all are the answer's words, folded: a word of the
// standard after the figure ("Tổng số hộ 5.820 hộ đạt") names it too.
func (r unitRule) labelNamesOther(label, all []string) bool {
	if r.family == "" || len(label) == 0 {
		return false
	}
	f := countedFamily(label)
	switch {
	case f == "" || f == "xa":
		return false // "Xã Thành Tâm:" names the commune that answers
	case f != r.family:
		return true
	}
	// The question's own kind: where those reaching a standard are
	// counted, "Tổng số hộ" without a word of the standard is the total.
	if !r.asked.has("dat") || r.asked.has("tong") {
		return false
	}
	total := false
	for _, w := range label {
		if w = untelex(w); w == "tong" || w == "ts" {
			total = true
		}
	}
	for _, w := range all {
		if w = untelex(w); recognitionWords[w] || qualifiers[w] != nil {
			return false
		}
	}
	return total
}

// leadWords are the folded words of s before its first digit: the label
// as typed, with the lead words the clean stage takes off ("tổng số hộ
// 6105" keeps its "tổng").
func leadWords(s string) []string {
	i := strings.IndexFunc(s, isASCIIDigit)
	if i < 0 {
		return nil
	}
	return words(Fold(s[:i]))
}

// labelOfOtherClause reports the words of the figure's clause, before it,
// naming another question's subject: "Tổng số hộ của xã là 6.105" where
// people are asked (the rule above, in a sentence).
func (s *sentence) labelOfOtherClause() bool {
	k := s.at - 1
	for k >= 0 && !s.used[k] && !(k < s.at-1 && endsClause(s.ts[k].Typed)) {
		k--
	}
	all := Folds(s.ts)
	return s.rule.labelNamesOther(Folds(s.ts[k+1:s.at]), all)
}
