package reader

import (
	"slices"
	"strings"
)

// Several figures of the question's own kind in one sentence
// (sentence_several_test.go). Rules a clerk states:
//
//   - Where the question counts a whole (not those reaching a standard),
//     the figure stated as the total ("tổng", "tổng cộng", "cả thảy") is
//     the answer among several of its kind: "Năm 2026 xã thành lập mới 2
//     CLB, tổng cộng 9 CLB" answers 9. Offered.
//   - Each figure in a clause of its own with its period: the one of this
//     period ("năm nay", "tháng này") beside those of earlier ones ("năm
//     ngoái", "tháng trước") is the answer: "Năm nay 32 tin, năm ngoái 28
//     tin" answers 32. Offered.
//   - Each figure in a clause of its own with the place it is counted in:
//     the whole commune's ("cả xã", "toàn xã", "tổng xã", "toàn phường")
//     beside one village's or the writer's ("bản em 120 hộ, cả xã 1.620
//     hộ") is the answer. Offered.
//   - Each figure in a clause of its own with its own verb: the one whose
//     verb is the question's ("tiếp nhận 312 hồ sơ, trả kết quả 300 hồ sơ"
//     where received applications are asked) is the answer, offered, when
//     every other figure's verb is one the question does not use. Two
//     figures with the question's words, or one without a verb, stay
//     refused.

// totalAmongOwn picks the figure stated as the total among figures that
// each carry the question's own unit or none.
func (s *sentence) totalAmongOwn(at []int, q *Question) (int, bool) {
	if s.rule.family == "" || s.rule.asked.has("dat") && !s.rule.asked.has("tong") {
		return -1, false // "Tổng số hộ …, đạt …": the total is another question's
	}
	if s.breakdownSaid() || !slices.ContainsFunc(at, s.totalBefore) {
		return -1, false // the cheap path: no total stated
	}
	pick := -1
	for _, i := range at {
		if !s.whole(i, q) || s.part != "" || figureText(s.ts[i].Lower) != s.ts[i].Lower || !s.ownOrNoUnit(i) {
			return -1, false
		}
		if s.totalBefore(i) {
			if pick >= 0 {
				return -1, false
			}
			pick = i
		}
	}
	if pick < 0 {
		return -1, false
	}
	s.markOthers(at, pick)
	return pick, true
}

// totalBefore reports "tổng", "tổng cộng", "tổng số", "cả thảy", "tất
// cả" right before the figure at i, "là" or a colon aside.
func (s *sentence) totalBefore(i int) bool {
	k := i - 1
	for k >= 0 && (s.ts[k].Skel == "la" || s.ts[k].Skel == "co") {
		k--
	}
	if k < 0 {
		return false
	}
	w := s.ts[k].Skel
	prev := ""
	if k > 0 {
		prev = s.ts[k-1].Skel
	}
	return w == "tong" || w == "cong" && prev == "tong" || w == "so" && prev == "tong" || w == "thay" && prev == "ca" || w == "ca" && prev == "tat"
}

// figureOfOwnVerb picks, among figures each in its own clause, the one
// whose verb is a word of the question's (the second rule).
func (s *sentence) figureOfOwnVerb(at []int, q *Question) (int, bool) {
	if s.rule.family == "" {
		return -1, false
	}
	if s.breakdownSaid() {
		return -1, false
	}
	pick := -1
	for n, i := range at {
		if !s.whole(i, q) || s.part != "" || figureText(s.ts[i].Lower) != s.ts[i].Lower || !s.ownOrNoUnit(i) {
			return -1, false
		}
		if n > 0 && !s.clauseBetween(at[n-1], i) {
			return -1, false
		}
		v := s.verbOf(i)
		if v < 0 {
			return -1, false
		}
		t := s.ts[v]
		switch {
		case leadPolite[t.Skel] || leadNotVerb[t.Skel] || tailPolite[t.Skel] || t.Skel != t.Fold || familyOf(t.Skel) != "":
			return -1, false // politeness, a lead word, keys left in, a unit: no verb
		case s.rule.asked.has(t.Skel):
			if pick >= 0 {
				return -1, false
			}
			pick = i
		case t.Lower == t.Fold && !s.marked():
			return -1, false // typed bare: "tra" may be any word
		}
	}
	if pick < 0 {
		return -1, false
	}
	s.markOthers(at, pick)
	return pick, true
}

// verbOf is the index of the word that says what the figure at i did:
// the word right before it, past "được", "là", "có"; -1 when none or
// when a clause ends first.
func (s *sentence) verbOf(i int) int {
	k := i - 1
	for k >= 0 && (s.ts[k].Skel == "duoc" || s.ts[k].Skel == "la" || s.ts[k].Skel == "co") && !endsClause(s.ts[k].Typed) {
		k--
	}
	if k < 0 || endsClause(s.ts[k].Typed) && !strings.HasSuffix(s.ts[k].Typed, ":") || s.used[k] || strings.ContainsFunc(s.ts[k].Lower, isDigit) ||
		approxWord(s.ts[k], approxBefore, true) || s.blocks(k) {
		return -1
	}
	return k
}

// clauseBetween reports a comma or a semicolon between the figures at i
// and j.
func (s *sentence) clauseBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if endsClause(s.ts[k].Typed) {
			return true
		}
	}
	return false
}

// markOthers marks every figure but pick, with the unit after it, as
// read: they are other figures the sentence names.
func (s *sentence) markOthers(at []int, pick int) {
	for _, i := range at {
		if i != pick {
			s.used[i] = true
			s.takeUnit(i + 1)
		}
	}
	s.doubt = true
}

// ownOrNoUnit reports a figure at i followed by no unit, or by one that
// fits the question as asked: "2.100 hộ GĐVH" where all households are
// counted is a part of another kind.
func (s *sentence) ownOrNoUnit(i int) bool {
	if endsClause(s.ts[i].Typed) {
		return true // "xã A 3.120, xã B …": the clause ends with the figure
	}
	n := 0
	for m := min(4, len(s.ts)-i-1); m >= 1 && n == 0; m-- {
		if familyOfAll(Folds(s.ts[i+1:i+1+m])) != "" {
			n = m
		}
	}
	if n == 0 {
		return true
	}
	ws := Folds(s.ts[i+1 : i+1+n])
	if i+1+n < len(s.ts) && !endsClause(s.ts[i+n].Typed) {
		ws = append(ws, s.ts[i+1+n].Fold) // a qualifier after the unit: "hộ GĐVH"
		if s.rule.fit(ws) != unitFits && s.rule.fit(ws[:n]) == unitFits && qualifiers[untelex(ws[n])] != nil {
			return false
		}
		ws = ws[:n]
	}
	return s.rule.fit(ws) == unitFits
}

// breakdownSaid reports "trong đó" (of which): the figures after it are
// parts of the one before, which the breakdown rules read.
func (s *sentence) breakdownSaid() bool {
	for i := 0; i+1 < len(s.ts); i++ {
		if s.ts[i].Skel == "trong" && s.ts[i+1].Fold == "do" {
			return true
		}
	}
	return false
}

// marked reports a sentence typed with its marks: a word in it without
// any is one that has none ("tham gia"), not one typed bare.
func (s *sentence) marked() bool {
	for _, t := range s.ts {
		if t.Lower != t.Fold {
			return true
		}
	}
	return false
}

// leadNotVerb, skeletons, are lead words before a figure that say no
// action: "đã", "đang", "là", "số", "tổng", "hiện", "còn".
var leadNotVerb = setOf("da", "dang", "la", "co", "duoc", "so", "tong", "cong", "con", "hien", "nay", "bang", "dat", "ca", "tat")

// thisPeriod and earlierPeriod, skeletons, after a period's noun say which
// period: "năm nay", "tháng này", "kỳ ni"; "năm ngoái", "tháng trước",
// "quý rồi" (earlierPeriod, correct_r9.go).
var thisPeriod = setOf("nay", "ni")

// periodOfClause says which period the clause of the figure at i names
// before it: 1 this one, -1 an earlier one, 0 none or both.
func (s *sentence) periodOfClause(i int) int {
	said := 0
	for k := i - 1; k >= 1 && !(k < i-1 && endsClause(s.ts[k].Typed)) && !(k < i-1 && startsWithDigit(s.ts[k].Lower)); k-- {
		if !periodNouns[s.ts[k-1].Skel] {
			continue
		}
		w := s.ts[k].Skel
		switch {
		case thisPeriod[w] && said == 0:
			said = 1
		case earlierPeriod[w] && said == 0:
			said = -1
		case thisPeriod[w] || earlierPeriod[w]:
			return 0
		}
	}
	return said
}

// figureOfThisPeriod picks the figure of this period among figures of
// earlier ones, each with the question's unit or none (the rule above).
func (s *sentence) figureOfThisPeriod(at []int, q *Question) (int, bool) {
	if !slices.ContainsFunc(at, func(i int) bool { return s.periodOfClause(i) == 1 }) {
		return -1, false // the cheap path: no figure of this period
	}
	pick, ok := s.pickOne(at, q, s.periodOfClause)
	if !ok {
		return -1, false
	}
	for k := range s.ts {
		if k > 0 && periodNouns[s.ts[k-1].Skel] && earlierPeriod[s.ts[k].Skel] {
			s.used[k-1], s.used[k] = true, true // "năm ngoái": the earlier period's label
		}
	}
	s.markOthers(at, pick)
	return pick, true
}

// placeOfClause says what place the clause of the figure at i names
// before it: 1 the whole commune, -1 one village (or the writer's), 0
// none or both.
func (s *sentence) placeOfClause(i int) int {
	said := 0
	for k := i - 1; k >= 0 && !(k < i-1 && endsClause(s.ts[k].Typed)) && !(k < i-1 && startsWithDigit(s.ts[k].Lower)); k-- {
		w := s.ts[k].Skel
		place := 0
		switch {
		case (w == "xa" || w == "phuong") && k > 0 && (s.ts[k-1].Skel == "toan" || s.ts[k-1].Skel == "tong" || s.ts[k-1].Skel == "ca" && s.ts[k-1].Lower != "cá"):
			place = 1
		case villageNouns[w] || s.ts[k].Lower == "bản" || placeNumberNouns[w] && k+1 < i && isDigits(s.ts[k+1].Lower):
			place = -1
		}
		if place == 0 {
			continue
		}
		if said != 0 && said != place {
			return 0
		}
		said = place
	}
	return said
}

// figureOfWholeCommune picks the whole commune's figure among places'
// (the rule above).
func (s *sentence) figureOfWholeCommune(at []int, q *Question) (int, bool) {
	if placeFamily(s.rule) || !slices.ContainsFunc(at, func(i int) bool { return s.placeOfClause(i) == 1 }) {
		return -1, false // where villages are counted, "thôn" is the unit; no whole commune named
	}
	pick, ok := s.pickOne(at, q, s.placeOfClause)
	if !ok {
		return -1, false
	}
	for k, t := range s.ts {
		if !s.used[k] && (villageNouns[t.Skel] || t.Lower == "bản") && k+1 < len(s.ts) {
			s.used[k], s.used[k+1] = true, true // the village named, with its name or pronoun
		}
	}
	s.markOthers(at, pick)
	return pick, true
}

// pickOne is the figure that class marks 1 among figures each in its own
// clause, whole, with the question's unit or none, where every other is
// marked -1 (an earlier period, one village): one such figure and no
// figure left unclassed, or none.
func (s *sentence) pickOne(at []int, q *Question, class func(int) int) (int, bool) {
	pick := -1
	for n, i := range at {
		if !s.whole(i, q) || s.part != "" || figureText(s.ts[i].Lower) != s.ts[i].Lower || !s.ownOrNoUnit(i) {
			return -1, false
		}
		if n > 0 && !s.clauseBetween(at[n-1], i) {
			return -1, false
		}
		switch class(i) {
		case 1:
			if pick >= 0 {
				return -1, false
			}
			pick = i
		case 0:
			return -1, false
		}
	}
	return pick, pick >= 0
}
