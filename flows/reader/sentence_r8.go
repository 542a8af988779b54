package reader

import (
	"strconv"
	"strings"
	"time"
)

// figureOfOwnUnit is a rule a clerk states about a sentence with several
// figures at a count (round eight): "Xã có 14 thôn bản, 1.245 hộ" answers
// the households question with 1.245 and the villages question with 14.
// The figure is the one followed by a unit of the question's family; it is
// taken only when it is the only such figure and every other figure has a
// unit of another family after it, so that each figure says what it
// counts. It is offered, never stored. Two figures of the same family
// ("1.245 hộ, 300 hộ nghèo"), or one without a unit, stay refused. Since
// round twelve a bare list ("1.245 hộ, 5.320 khẩu") is read the same way:
// each figure names what it counts, so the one asked is clearly named
// (the lead's policy), and it is offered.
func (s *sentence) figureOfOwnUnit(at []int, q *Question) (int, bool) {
	if s.rule.family == "" {
		return -1, false
	}
	pick := -1
	for _, i := range at {
		if !s.whole(i, q) || s.part != "" || figureText(s.ts[i].Lower) != s.ts[i].Lower {
			return -1, false
		}
		fam := s.unitFamilyAfter(i + 1)
		switch {
		case fam == "":
			return -1, false
		case fam == s.rule.family:
			if pick >= 0 {
				return -1, false
			}
			pick = i
		}
	}
	if pick < 0 {
		return -1, false
	}
	for _, i := range at {
		if i != pick {
			s.used[i] = true
			s.takeUnit(i + 1)
		}
	}
	s.doubt = true
	return pick, true
}

// unitFamilyAfter is the family of the longest unit phrase at i, "" when
// none.
func (s *sentence) unitFamilyAfter(i int) string {
	for n := min(4, len(s.ts)-i); n >= 1; n-- {
		if f := familyOfAll(Folds(s.ts[i : i+n])); f != "" {
			return f
		}
	}
	return ""
}

// saidInSentence reports a word before the figure at first that makes the
// figures a statement: "có", "gồm", or a word of the question's label
// other than its unit.
func (s *sentence) saidInSentence(first int) bool {
	for i := 0; i < first; i++ {
		w := s.ts[i].Skel
		if w == "co" || w == "gom" || w == "voi" && s.ts[i].Lower == "với" || s.rule.asked.has(w) && familyOf(w) == "" && !leadPolite[w] {
			return true
		}
	}
	return false
}

// wholeCommuneBefore reports the whole commune named right before the
// figure at i ("Em ở bản Nà Sự, tổng xã 2.104 hộ", "… toàn xã có 2.104"):
// a place named earlier is where the writer is, and the figure is the
// commune's, offered (round eight). "có", "là", "được", "số hộ" may come
// between.
func (s *sentence) wholeCommuneBefore(i int) bool {
	k := i - 1
	for k >= 0 && (s.ts[k].Skel == "co" || s.ts[k].Skel == "la" || s.ts[k].Skel == "duoc" || s.ts[k].Skel == "so" ||
		s.rule.own[s.ts[k].Skel] || familyOf(s.ts[k].Skel) != "" && familyOf(s.ts[k].Skel) == s.rule.family) {
		k--
	}
	if k < 1 || s.ts[k].Skel != "xa" && s.ts[k].Skel != "phuong" || endsClause(s.ts[k-1].Typed) {
		return false
	}
	switch s.ts[k-1].Skel {
	case "tong", "toan", "ca":
		return s.ts[k-1].Lower != "cá" // "cả xã", not "cá"
	}
	return false
}

// monthsOfYear marks a report's period of months: "6 tháng đầu năm",
// "6 tháng cuối năm", "9 tháng đầu năm 2026" name the period a figure is
// for (round eight), as "tháng 12" does: a label, the figure beside it
// offered. A year after it must be this year or last.
func (s *sentence) monthsOfYear(now time.Time) {
	for i := 0; i+3 < len(s.ts); i++ {
		t := s.ts[i].Lower
		if !isDigits(t) || len(t) > 2 || s.used[i] || s.ts[i+1].Skel != "thang" ||
			s.ts[i+2].Skel != "dau" && s.ts[i+2].Skel != "cuoi" || s.ts[i+3].Skel != "nam" {
			continue
		}
		if n, _ := strconv.Atoi(t); n < 1 || n > 11 {
			continue
		}
		n := 4
		if i+4 < len(s.ts) {
			if y, err := strconv.Atoi(s.ts[i+4].Lower); err == nil && (y == now.Year() || y == now.Year()-1) {
				n = 5
			}
		}
		for k := i; k < i+n; k++ {
			s.used[k] = true
		}
		s.doubt = true
	}
}

// periodOfMonths reports "N tháng đầu/cuối năm" in s, so that an answer
// the figure reader took for a date is read as a sentence with a period.
func periodOfMonths(s string) bool {
	ts := Tokenize(s).Tokens
	for i := 0; i+3 < len(ts); i++ {
		if isDigits(ts[i].Lower) && ts[i+1].Skel == "thang" && (ts[i+2].Skel == "dau" || ts[i+2].Skel == "cuoi") && ts[i+3].Skel == "nam" {
			return true
		}
	}
	return false
}

// cutChange cuts a change said after the figure: "89,4% tăng 2,1% so với
// năm trước", "93% (giảm 1% so với kỳ trước)" without brackets, "1.245
// hộ, tăng 12 hộ": the figure is the one before "tăng"/"giảm", and what
// follows compares it with another period (round eight). The head comes
// back when the change holds a figure of its own and the head one.
func cutChange(s string) (head string, ok bool) {
	l := strings.ToLower(s)
	if !strings.Contains(l, "tăng") && !strings.Contains(l, "giảm") && !strings.Contains(l, "tang") && !strings.Contains(l, "giam") {
		return "", false // most sentences: no change named
	}
	ws := strings.Fields(Normalize(s))
	for i := 1; i+1 < len(ws); i++ {
		w := untelex(Fold(strings.Trim(ws[i], edgePunct)))
		if w != "tang" && w != "giam" || ws[i] != "tăng" && ws[i] != "giảm" && ws[i] != "tang" && ws[i] != "giam" {
			continue
		}
		if !strings.ContainsFunc(ws[i+1], isASCIIDigit) || !strings.ContainsFunc(strings.Join(ws[:i], " "), isASCIIDigit) {
			return "", false
		}
		return strings.TrimRight(strings.Join(ws[:i], " "), ",;"), true
	}
	return "", false
}

// noteUpdates, folded, in a note say the figure before it replaces one
// reported before: "1.102 (đã báo hôm trước là 1.098, nay cập nhật)",
// "1.102 hộ (số mới)". The figure is as given; it is offered (round
// eight). An update under way ("đang cập nhật") is no figure yet, and a
// note that leaves a part out ("chưa tính TDP") no total: both stay
// refused.
var noteUpdates = [][]string{{"nay", "cap", "nhat"}, {"da", "cap", "nhat"}, {"cap", "nhat", "lai"}, {"so", "moi"},
	{"so", "da", "sua"}, {"nay", "sua", "lai"}}

// noteUpdatesFigure reports such a note.
func noteUpdatesFigure(note string) bool {
	ws := words(Fold(note))
	for i := range ws {
		ws[i] = untelex(ws[i])
	}
	for i := range ws {
		for _, l := range noteUpdates {
			if hasWordsAt(ws, i, l) {
				return true
			}
		}
	}
	return false
}

// levelWord reports "độ" at k as the end of "mức độ" (a level, as of the
// online public services, "mức độ 4"), never "độ" (about).
func levelWord(ts []Token, k int) bool {
	return k > 0 && ts[k].Fold == "do" && ts[k-1].Skel == "muc"
}

// afterReason is where a "none" said after its reason starts: "xã chưa có
// đài truyền thanh nên chưa có ct nào" says none after "nên" (so); the
// reason before it is no part of the figure (round eight). 0 when no
// "nên" or "vì vậy" is typed.
func (s *sentence) afterReason() int {
	for i := len(s.ts) - 1; i > 0; i-- {
		switch {
		case s.ts[i].Lower == "nên" || s.ts[i].Lower == "nen":
			return i + 1
		case s.ts[i].Fold == "vay" && s.ts[i-1].Fold == "vi":
			return i + 1
		}
	}
	return 0
}
