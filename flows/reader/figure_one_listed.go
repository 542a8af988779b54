package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// One of the places a question sums (round fourteen). "Số lượt bạn đọc
// thư viện, tủ sách?" asks for the library's and the village bookcases'
// readers together; "Thư viện xã 2.150 lượt" names the library alone as
// the subject of its figure, which may be only its part: asked, never
// stored. The rule reads the label: the things it lists joined by a comma
// or "và" (the last item, and as many words before the comma), none of
// them the question's unit (the villages question's "thôn, tổ dân phố",
// the units question's "cơ quan, đơn vị, doanh nghiệp" count the unit
// itself); the answer's words before its first figure name one of them
// and not another. Naming both ("thư viện xã và các tủ sách thôn"), or a
// total ("tổng", "cả"), is the sum.

// listedItems returns the two things q's label lists, folded words each;
// nil when it lists none or one of them is the unit.
func listedItems(q *Question) [][]string {
	l := strings.ToLower(q.Label[locales.VI])
	if i := strings.IndexAny(l, "?("); i >= 0 {
		l = l[:i]
	}
	var pieces []string
	for _, p := range strings.Split(l, ",") {
		pieces = append(pieces, strings.Split(p, " và ")...)
	}
	if len(pieces) != 2 {
		return nil
	}
	last := wordSkeletons(pieces[1])
	before := wordSkeletons(pieces[0])
	if len(last) == 0 || len(before) <= len(last) {
		return nil
	}
	first := before[len(before)-len(last):]
	unit := wordSkeletons(strings.ToLower(q.Unit[locales.VI]))
	for _, item := range [][]string{first, last} {
		for _, w := range item {
			if len(unit) > 0 && w == strings.Trim(unit[0], ",") {
				return nil // "thôn, tổ dân phố" at villages: the unit itself
			}
		}
	}
	return [][]string{first, last}
}

// oneOfListed reports s naming, before its first figure, one of the things
// q's label sums and not the other.
func oneOfListed(q *Question, s string) bool {
	if l := q.Label[locales.VI]; q.Type != TypeInt || !strings.Contains(l, ",") && !strings.Contains(l, " và ") {
		return false // the cheap check first: a label that lists nothing
	}
	items := listedItems(q)
	if items == nil {
		return false
	}
	var lead []string
	for _, t := range Tokenize(s).Tokens {
		if startsWithDigit(t.Lower) {
			break
		}
		if t.Skel == "tong" || t.Skel == "ca" {
			return false // "tổng cả xã", "cả tủ sách"
		}
		lead = append(lead, t.Skel)
	}
	named := 0
	for _, item := range items {
		if containsRun(lead, item) {
			named++
		}
	}
	return named == 1
}

// containsRun reports ws holding run's words in a row.
func containsRun(ws, run []string) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		ok := true
		for k, w := range run {
			if ws[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// wordSkeletons returns the skeletons of s's words: "Thuw vieenj" and
// "Thư viện" alike.
func wordSkeletons(s string) []string {
	var ws []string
	for _, t := range Tokenize(s).Tokens {
		if t.Skel != "" {
			ws = append(ws, t.Skel)
		}
	}
	return ws
}
