package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// A figure bound to the question's own unit in a sentence
// (sentence_bound_test.go). A clerk reads a whole sentence for the one
// figure that carries what the question counts, and reads past the other
// numbers when they only say when, where or who. Rules a clerk states:
//
//   - A date in the sentence is the day the figure is counted to, with
//     the words that bring it in: "Tính đến ngày 31/12/2026, toàn phường
//     có 8.562 hộ", "Dân số tính đến 30/11/2026 là 45.231 người". The
//     figure is offered, never stored (the date may not be the report's);
//     a date in a year before last is another period's, and refuses it.
//   - A quarter written as the offices write it, "quý IV/2026", "quý
//     4/2026", "quý III", names the period as "tháng 12" does: offered.
//   - A period glued to the unit, "48 chương trình/năm", "1.108 lượt/năm",
//     says the figure is a year's (or a month's): offered.
//   - After the figure and its own unit, a phrase that says when ("trong
//     năm 2026", "trong tháng") or that the counted things are working
//     ("hoạt động thường xuyên", "đang hoạt động") is read past: the unit
//     already says what is counted. Any other word right after the unit
//     may narrow it ("300 hộ nghèo", "12 CLB cho người cao tuổi") and
//     still refuses it.
//   - Right before a figure bound to its own unit, the verb a report does
//     its work with ("phục vụ 3.256 lượt", "sản xuất 48 chương trình",
//     "đăng tải 32 tin") is read past, offered; any other word there (a
//     plan, a target, "gần", "thêm", "giải thể") refuses it as before.
//   - A part of the count said to be none in a clause of its own ("Đơn vị
//     có 18 TDP, không có thôn") adds nothing: the figure, offered.
//   - The period said in words, "năm nay", "tháng này", "trong năm", "cả
//     năm", is
//     the report's, or may not be (in January "năm nay" is the new year):
//     read past, the figure offered.
//   - "2 xã cũ" counts the communes merged into this one: a figure said of
//     them together ("2 xã cũ cộng lại là 5.412") is this commune's,
//     offered.
//   - Particles of central and southern speech after a figure are
//     politeness, as "ạ" and "nhé" are: "Dạ 4 giải anh nờ", "7 CLB hỉ",
//     "4.518 hộ đó anh", "4.518 hộ luôn á", "32 bài rồi anh", typed with
//     their marks ("nờ", "hỉ", "hè", "tề", "nì", "hà", "đó", "luôn",
//     "rồi").
//   - Where the figure came from, said after it and its unit ("4.518 hộ
//     theo số liệu công an"), is read past as the same words in brackets
//     are (note.go): the figure as it reads without them.

//   - A count with the names of as many things in brackets ("8 (thôn
//     Đông, Tây, Nam, Bắc, Trung, Thượng, Hạ, Mới)") says the figure
//     again: offered.
//   - A sentence that says things were dissolved, stopped or closed
//     ("giải thể 2 CLB", "3 CLB ngừng hoạt động") counts those, not what
//     there is: refused.

// stoppedPhrases, skeletons, say what is counted was dissolved or stopped.
var stoppedPhrases = [][]string{{"giai", "the"}, {"ngung"}, {"ngung", "hoat", "dong"}, {"dung", "hoat", "dong"},
	{"tam", "dung"}, {"dong", "cua"}, {"bi", "huy"}}

// stoppedMarks are the typed pieces those phrases cannot be without, in
// the cases people type them: the cheap check before any word is made.
var stoppedMarks = []string{"thể", "THỂ", "gừng", "GỪNG", "ừng", "ỪNG", "đóng", "Đóng", "ĐÓNG", "hủy", "huỷ", "HỦY",
	"ngung", "NGUNG", "dung", "DUNG", "giai the", "GIAI THE", "dong cua", "DONG CUA", "huy", "HUY", "Ngung", "Dung"}

// stoppedIn reports such a phrase in s, tokenising it only when one may
// be there.
func stoppedIn(s string) bool {
	for _, m := range stoppedMarks {
		if strings.Contains(s, m) {
			return saysStopped(Tokenize(s).Tokens)
		}
	}
	return false
}

// saysStopped reports such a phrase in ts.
func saysStopped(ts []Token) bool {
	for i := range ts {
		for _, p := range stoppedPhrases {
			if i+len(p) > len(ts) {
				continue
			}
			ok := true
			for k, w := range p {
				ok = ok && ts[i+k].Skel == w
			}
			if ok && p[0] == "giai" && i+2 < len(ts) && ts[i+2].Skel == "thao" {
				continue // "giải thể thao": a sports tournament
			}
			if ok && !(p[0] == "dong" && ts[i].Lower != "đóng") && !(p[0] == "dung" && ts[i].Lower != "dừng") {
				return true
			}
		}
	}
	return false
}

// regionalParticles are those particles, lowercased as typed.
var regionalParticles = setOf("nờ", "hỉ", "hè", "tề", "nì", "hà", "há", "đó", "luôn", "rồi")

// asOfWords, skeletons, bring in the day a figure is counted to: "tính
// đến ngày", "đến hết ngày", "vào thời điểm", "tại ngày".
var asOfWords = setOf("tinh", "den", "toi", "ngay", "vao", "tai", "thoi", "diem", "het", "luc", "hom")

// labelsOfDates marks the dates of a sentence as labels (the first rule)
// with the words that bring them in. It reports false for a date in a
// year before last or after this one.
func (s *sentence) labelsOfDates(now time.Time) bool {
	for i, t := range s.ts {
		if s.used[i] || !slashDate(t.Lower) {
			continue
		}
		if parts := strings.Split(t.Lower, "/"); len(parts) == 3 {
			y, _ := strconv.Atoi(parts[2])
			if y < 100 {
				y += 2000
			}
			if y < now.Year()-1 || y > now.Year() {
				return false
			}
		}
		s.used[i], s.doubt = true, true
		s.asOfBefore(i)
	}
	for i, t := range s.ts {
		if i > 0 && !s.used[i] && t.Skel == "nay" && (s.ts[i-1].Skel == "den" || s.ts[i-1].Skel == "toi") {
			s.used[i] = true // "tính đến nay": up to now
			s.asOfBefore(i)
		}
		if !s.used[i] && isDigits(t.Lower) && len(t.Lower) == 4 && (i+1 == len(s.ts) || endsClause(t.Typed) || familyOf(s.ts[i+1].Fold) == "" && !startsWithDigit(s.ts[i+1].Lower)) {
			if y, _ := strconv.Atoi(t.Lower); y >= now.Year()-1 && y <= now.Year() {
				s.used[i], s.doubt = true, true // "Theo thống kê 2026, …": the year counted in
			}
		}
	}
	for i, t := range s.ts {
		if s.used[i] && periodNouns[t.Skel] && i+1 < len(s.ts) && s.used[i+1] {
			s.asOfBefore(i) // "tính đến tháng 12/2026": a period labelled by labels
		}
	}
	return true
}

// asOfBefore marks the words that bring in the date or period at i:
// "tính đến (hết) ngày", "đến", "vào thời điểm".
func (s *sentence) asOfBefore(i int) {
	for k := i - 1; k >= 0 && !s.used[k] && asOfWords[s.ts[k].Skel] && !endsClause(s.ts[k].Typed); k-- {
		s.used[k] = true
	}
}

// quarterMark matches what follows "quý": a quarter in Roman or Arabic
// figures, with its year or without: "IV/2026", "4/2026", "iii".
var quarterRoman = setOf("i", "ii", "iii", "iv")

// labelsOfQuarters marks "quý IV/2026", "quý 4/2026", "quý III" as the
// period a figure is for. It reports false for a year before last.
func (s *sentence) labelsOfQuarters(now time.Time) bool {
	for i := 1; i < len(s.ts); i++ {
		if s.used[i] || s.ts[i-1].Skel != "quy" {
			continue
		}
		q, y, hasYear := strings.Cut(s.ts[i].Lower, "/")
		if !quarterRoman[q] && !(len(q) == 1 && q >= "1" && q <= "4" && hasYear) {
			continue
		}
		if hasYear {
			n, err := strconv.Atoi(y)
			if err != nil || len(y) != 4 || n < now.Year()-1 || n > now.Year() {
				return false
			}
		}
		s.used[i-1], s.used[i], s.doubt = true, true, true
	}
	return true
}

// splitPerPeriod cuts a unit glued to its period ("trình/năm") into the
// unit and the period ("trình", "/năm"), so the unit is read as one.
func splitPerPeriod(ts []Token) []Token {
	for i, t := range ts {
		before, after, ok := strings.Cut(t.Typed, "/")
		if ok && before != "" && !strings.ContainsFunc(before, isDigit) && familyOf(MakeToken(before).Fold) != "" && startsWithDigit(after) &&
			i+1 < len(ts) && familyOf(ts[i+1].Fold) != "" && familyOf(ts[i+1].Fold) != familyOf(MakeToken(before).Fold) {
			// "6.105 hộ/24.310 khẩu": two figures, each with a unit of its
			// own kind ("2345 hộ/2345 hộ" is a part over its whole).
			out := make([]Token, 0, len(ts)+1)
			out = append(out, ts[:i]...)
			out = append(out, MakeToken(before+","), MakeToken(after))
			return splitPerPeriod(append(out, ts[i+1:]...))
		}
		if !ok || before == "" || !HasLetter(before) || strings.ContainsFunc(before, isDigit) || !perPeriodWords[MakeToken(after).Fold] {
			continue
		}
		out := make([]Token, 0, len(ts)+1)
		out = append(out, ts[:i]...)
		out = append(out, MakeToken(before), Token{Typed: "/" + after, Lower: "/" + MakeToken(after).Lower, Fold: "/" + MakeToken(after).Fold, Skel: "/" + MakeToken(after).Skel})
		return append(out, ts[i+1:]...)
	}
	return ts
}

// labelsPerPeriod marks "/năm" after a unit as the period the figure is
// counted in.
func (s *sentence) labelsPerPeriod() {
	for i, t := range s.ts {
		if !s.used[i] && strings.HasPrefix(t.Fold, "/") && perPeriodWords[t.Fold[1:]] {
			s.used[i], s.doubt = true, true
		}
	}
}

// periodOpeners, skeletons, open a period or the commune after a figure
// and its own unit: "trong năm 2026", "trong tháng", "trong địa bàn".
// Other words there ("cho người cao tuổi", "thuộc diện nghèo", "ở vùng
// sâu") may narrow what is counted, and refuse it as before.
func (s *sentence) periodOpener(i int) bool {
	if s.ts[i].Skel != "trong" || i+1 >= len(s.ts) {
		return false
	}
	next := s.ts[i+1].Skel
	return periodNouns[next] || next == "dia" || next == "toan" || s.used[i+1] && periodNouns[next]
}

// wholePeriod reports "cả năm", "cả tháng", "cả quý" at i: the whole
// period, after a figure and its unit ("3.256 lượt cả năm").
func (s *sentence) wholePeriod(i int) bool {
	return s.ts[i].Skel == "ca" && s.ts[i].Lower != "cá" && i+1 < len(s.ts) && periodNouns[s.ts[i+1].Skel]
}

// workVerbs, skeletons, are the verbs a report says it did what is
// counted with: "phục vụ 3.256 lượt", "sản xuất 48 chương trình", "đăng
// tải 32 tin", "khai mạc 3 giải". Two syllables are matched as a pair.
var workVerbs = [][]string{{"phuc", "vu"}, {"san", "xuat"}, {"dang", "tai"}, {"thuc", "hien"}, {"to", "chuc"},
	{"tiep", "nhan"}, {"giai", "quyet"}, {"xay", "dung"}, {"cong", "nhan"}, {"duy", "tri"}, {"ghi", "nhan"},
	{"thu", "hut"}, {"phat", "song"}, {"bien", "tap"}, {"quan", "ly"}, {"tiep", "don"}, {"don", "tiep"},
	{"trien", "khai"}, {"cung", "cap"}, {"phat", "hanh"}, {"van", "hanh"}, {"khai", "mac"}, {"dang", "cai"},
	{"xu", "ly"}, {"dang", "tin"}, {"cap", "nhat"}, {"huong", "dan"}, {"phat"}, {"dang"}, {"viet"}, {"lam"}, {"don"}}

// verbBefore reports a verb of reporting (workVerbs) ending at i, right
// before a figure bound to its own unit: the sentence's verb, read past.
// Any other word there (a plan, a target, what was dissolved: "phấn đấu
// 5 CLB", "giải thể 2 CLB") may make the figure another, and refuses it.
func (s *sentence) verbBefore(i int) bool {
	if !s.bound || endsClause(s.ts[i].Typed) {
		return false
	}
	for _, v := range workVerbs {
		k := i - len(v) + 1
		if k < 0 {
			continue
		}
		ok := true
		for j, w := range v {
			ok = ok && !s.used[k+j] && s.ts[k+j].Skel == w
		}
		if ok {
			return true
		}
	}
	return false
}

// partsNone marks a clause that says a part of the count is none: ",
// không có thôn", ", chưa có TDP nào". The clause must follow a comma and
// end the sentence or its clause, and name the question's own unit.
func (s *sentence) partsNone() {
	for i := 1; i < len(s.ts); i++ {
		if s.used[i] || !endsClause(s.ts[i-1].Typed) || !noneLeads[s.ts[i].Skel] {
			continue
		}
		k := i + 1
		if k < len(s.ts) && s.ts[k].Skel == "co" {
			k++
		}
		n := 0
		for m := min(4, len(s.ts)-k); m >= 1 && n == 0; m-- {
			if ws := Folds(s.ts[k : k+m]); s.rule.family != "" && familyOfAll(ws) == s.rule.family {
				n = m
			}
		}
		if n == 0 {
			continue
		}
		end := k + n
		if end < len(s.ts) && s.ts[end].Skel == "nao" {
			end++
		}
		if end < len(s.ts) && !endsClause(s.ts[end-1].Typed) && !tailPolite[s.ts[end].Skel] {
			continue
		}
		for j := i; j < end; j++ {
			s.used[j] = true
		}
		s.doubt = true
	}
}

// periodPhrases marks "năm nay", "tháng này", "trong năm", "năm qua":
// the period the report is for, said in words. They add nothing.
func (s *sentence) periodPhrases() {
	for i := 0; i+1 < len(s.ts); i++ {
		if !s.used[i] && !s.used[i+1] && (periodWords[s.ts[i].Skel+" "+s.ts[i+1].Skel] || s.wholePeriod(i)) {
			s.used[i], s.used[i+1], s.doubt = true, true, true // "năm nay", "cả năm"
		}
	}
}

// noneLeads, skeletons, open a clause that says none.
var noneLeads = setOf("khong", "ko", "k", "kh", "chua", "hong", "hok")

// formerCommunes marks "2 xã cũ", "hai xã cũ", "3 phường cũ": the
// communes merged into this one, counted. The figure said of them
// together is this commune's, offered.
func (s *sentence) formerCommunes() {
	for i := 0; i+2 < len(s.ts); i++ {
		t := s.ts[i]
		n, err := strconv.Atoi(t.Lower)
		if s.used[i] || (err != nil || n < 2 || n > 9) && !(spelledWord[t.Skel] >= 2 && (numberWordsMarked[t.Lower] || t.Lower == t.Fold)) {
			continue
		}
		if s.ts[i+1].Skel != "xa" && s.ts[i+1].Skel != "phuong" || s.ts[i+2].Lower != "cũ" && s.ts[i+2].Lower != "cu" {
			continue
		}
		s.used[i], s.used[i+1], s.used[i+2], s.doubt = true, true, true, true
	}
}

// formerSumNote reports a note that says the figure is the merged
// communes' added together: "(2 xã cũ cộng lại)", "(cộng cả 2 xã cũ)",
// "(gộp 3 xã cũ)", "(tổng của 2 xã cũ)".
func formerSumNote(note string) bool {
	ts := Tokenize(note).Tokens
	if hedged(ts) || Approximate(ts) {
		return false
	}
	former, sum := false, false
	for i, t := range ts {
		switch {
		case (t.Skel == "xa" || t.Skel == "phuong") && i+1 < len(ts) && (ts[i+1].Lower == "cũ" || ts[i+1].Lower == "cu"):
			former = true
		case t.Skel == "cong" || t.Skel == "gop" || t.Skel == "tong" || t.Skel == "sap":
			sum = true
		case noneLeads[t.Skel] || sentenceBlocks[t.Skel] && t.Skel != "tru":
			return false // "(chưa cộng xã cũ)": not added yet
		case strings.ContainsFunc(t.Lower, isDigit) && (len(t.Lower) > 1 || i+1 >= len(ts) || ts[i+1].Skel != "xa" && ts[i+1].Skel != "phuong"):
			return false // a figure that is not the number of communes
		}
	}
	return former && sum
}

// shareBesideCount reads, at a percentage question, a count with its
// share in a note: "7.980 hộ (đạt 93,2%)", "Số hộ GĐVH: 7.980 hộ (93,2%)".
// The share is the answer, offered (rule 3 in brackets): the note holds
// it alone, with "đạt", "chiếm", "tỷ lệ" or "bằng" before it.
func shareBesideCount(q *Question, ans, note, in string) (float64, *Unsure, bool) {
	if q.Type != TypePercent || figureRuns(note) != 1 {
		return 0, nil, false
	}
	ts := Tokenize(note).Tokens
	k := 0
	for k < len(ts) && shareLeads[ts[k].Skel] {
		k++
	}
	if k >= len(ts) || !startsWithDigit(ts[k].Lower) {
		return 0, nil, false
	}
	f, u, p := readNumberAnswer(q, Join(ts[k:]))
	if p != nil || !strings.ContainsAny(note, "%") && !strings.Contains(Fold(note), "phan tram") {
		return 0, nil, false
	}
	head := Tokenize(ans).Tokens
	counted := 0
	for i, t := range head {
		switch {
		case !startsWithDigit(t.Lower):
		case i+1 < len(head) && familyOf(head[i+1].Fold) != "":
			counted++
		case i > 0 && periodNouns[head[i-1].Skel] || slashDate(t.Lower):
			// "năm 2026", "31/12/2026": the period, a label
		default:
			return 0, nil, false
		}
	}
	if counted != 1 {
		return 0, nil, false
	}
	if u == nil {
		u = &Unsure{Key: "reading.sentence", Input: in}
	}
	return f, u, true
}

// shareLeads, skeletons, come before a share in a note: "(đạt 93,2%)",
// "(chiếm 93,2%)", "(tỷ lệ 93,2%)", "(bằng 93,2%)".
var shareLeads = setOf("dat", "chiem", "ty", "ti", "le", "bang", "la")

// withoutDates is ts without its dates and the words that bring them in,
// for the estimate check: "tính tới 31/12" is no "about 31/12".
func withoutDates(ts []Token) []Token {
	dated := false
	for _, t := range ts {
		dated = dated || slashDate(t.Lower)
	}
	if !dated {
		return ts // most sentences: no date, nothing to copy
	}
	var out []Token
	for _, t := range ts {
		if slashDate(t.Lower) {
			for len(out) > 0 && asOfWords[out[len(out)-1].Skel] {
				out = out[:len(out)-1]
			}
			continue
		}
		out = append(out, t)
	}
	return out
}

// slashDate is isSlashDate for a word with a slash in it: most have none.
func slashDate(w string) bool { return strings.IndexByte(w, '/') > 0 && isSlashDate(w) }

// dateBesideFigure reports a sentence with a date and another figure in
// it, or a word that says none, so that an answer the figure reader took
// for a date is read as a sentence (the first rule): "Tính đến
// 31/12/2026, xã có 4.518 hộ", "Tính đến 31/12/2026 chưa có CLB nào".
func dateBesideFigure(s string) bool {
	date, other := false, false
	for _, t := range Tokenize(s).Tokens {
		switch {
		case slashDate(t.Lower):
			date = true
		case startsWithDigit(t.Lower) || noneLeads[t.Skel]:
			other = true
		}
	}
	return date && other
}

// namesAsMany reads a count with, in brackets, the names of as many
// things as it counts: "8 (thôn Đông, Tây, Nam, Bắc, Trung, Thượng, Hạ,
// Mới)", "3 giải (bóng đá, cầu lông, kéo co)". The names say the figure
// again: it is offered (rule 4 with names instead of figures). Names
// separated by commas or "và", each of one to four words and no figure;
// a list that trails off ("…", "v.v.") counts nothing.
func namesAsMany(q *Question, ans, note, in string) (float64, *Unsure, bool) {
	if q.Type != TypeInt || strings.ContainsFunc(note, isDigit) || strings.Contains(note, "...") || strings.Contains(note, "…") ||
		strings.Contains(Fold(note), "v.v") || strings.Contains(Fold(note), "vv") {
		return 0, nil, false
	}
	rule := q.unitRule()
	if ts := Tokenize(note).Tokens; len(ts) == 0 || rule.placesIn(note) || familyOf(ts[0].Fold) != "" && familyOf(ts[0].Fold) != rule.family && !measures[familyOf(ts[0].Fold)] {
		return 0, nil, false // "5 (thôn Đông, …)" where households are counted names villages
	}
	f, u, p := readNumberAnswer(q, ans)
	if p != nil || f < 2 || f > 30 {
		return 0, nil, false
	}
	items := 0
	for _, part := range strings.Split(note, ",") {
		for _, name := range strings.Split(" "+strings.TrimSpace(part)+" ", " và ") {
			n := len(strings.Fields(name))
			if n == 0 {
				continue
			}
			if n > 4 {
				return 0, nil, false
			}
			items++
		}
	}
	if float64(items) != f || hedged(Tokenize(note).Tokens) {
		return 0, nil, false
	}
	if u == nil {
		u = &Unsure{Key: "reading.breakdown", Input: in}
	}
	return f, u, true
}

// placesIn reports a note that names places of the commune, where the
// question counts something else: "5 (thôn Đông, Tây)" where clubs are
// counted counts villages, and "320 hộ (thôn Đông)" is one village's.
// Such a note is no aside: the answer is read as a sentence, or refused.
func (r unitRule) placesIn(note string) bool {
	ts := Tokenize(note).Tokens
	if r.family == "" || placeFamily(r) || len(ts) < 2 || !placeNumberNouns[ts[0].Skel] || ts[0].Skel == "ban" && ts[0].Lower != "bản" || ts[0].Skel == "doi" {
		return false
	}
	// The place named: a name or a number after the noun ("thôn Đông",
	// "tổ 5"), or the noun's own longer name ("tổ dân phố"). "khu thể
	// thao", "tổ chức" name no place.
	next := ts[1]
	return isNameWord(next.Typed) || isDigits(next.Lower) || familyOf(ts[0].Fold+" "+next.Fold) == "thon"
}

// dateBracket matches a bracket that holds only the day or period a
// figure is counted to: "(đến 31/12/2026)", "(tính đến ngày 30/11/2026)",
// "(năm 2026)", "(tháng 12/2026)".
var dateBracket = regexp.MustCompile(`(?i)\(\s*((?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:cả\s+|trong\s+)?(?:năm|tháng|quý)\s+[\dIV]{1,4}(?:/\d{4})?)\s*\)`)

// unwrapDateBracket takes the brackets off such a period, so that it is
// read as a label, as it is without them: "Dân số (đến 31/12/2026):
// 21.093 người".
func unwrapDateBracket(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	return dateBracket.ReplaceAllString(s, " $1 ")
}

// breakdownUnbracketed splits "Có 9 CLB, trong đó 2 CLB mới" into the
// figure and its breakdown, as if the breakdown were in brackets (rule 4
// of sentence.go).
func breakdownUnbracketed(s string) (head, note string, ok bool) {
	f := strings.ToLower(s)
	i, skip := -1, 0
	for _, lead := range []string{", trong đó ", ", trong do ", " bao gồm ", ", gồm ", " gồm ", " gom "} {
		if i = strings.Index(f, lead); i >= 0 {
			skip = len(lead)
			if strings.HasPrefix(lead, ", trong") {
				skip = 2 // the note keeps its "trong đó"
			} else {
				skip -= len("gồm ")
				if strings.HasSuffix(lead, "gom ") {
					skip = len(lead) - len("gom ")
				}
			}
			break
		}
	}
	if i <= 0 || strings.ContainsAny(s, "()") || !strings.ContainsFunc(s[:i], isDigit) {
		return "", "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+skip:]), true
}

// readBreakdownOfSentence is readBreakdown for a head that is a sentence
// itself: "Trên địa bàn xã có 9 CLB, trong đó 2 CLB mới thành lập".
func readBreakdownOfSentence(q *Question, head, note, in string, now time.Time) (float64, *Unsure, bool) {
	f, u, ok := readSentence(q, head, now)
	if !ok || refusedInSentence(u) {
		return 0, nil, false
	}
	nts := Tokenize(note).Tokens
	if Approximate(nts) || hedged(nts) {
		return 0, nil, false
	}
	parts := 0
	for _, t := range nts[2:] {
		if !strings.ContainsFunc(t.Lower, isDigit) {
			continue
		}
		n, ok := parseFigure(figureText(t.Lower))
		if !ok || figureText(t.Lower) == "" || n.value() > f {
			return 0, nil, false
		}
		parts++
	}
	if parts == 0 {
		return 0, nil, false
	}
	if u == nil {
		u = &Unsure{Key: "reading.breakdown", Input: in}
	}
	return f, u, true
}

// allCaps reports a sentence typed in capitals, where every word looks
// like a name or initials.
func (s *sentence) allCaps() bool {
	for _, t := range s.ts {
		if strings.IndexFunc(t.Typed, unicode.IsLower) >= 0 {
			return false
		}
	}
	return true
}

// villageNamedLower reports a village's noun at i followed by its name
// typed in small letters ("ấp tân lợi 320 hộ", "xóm trên 120 hộ"), where
// something other than places is counted: one place's figure, as with
// the name capitalised. The word after the noun must be none a sentence
// uses otherwise (politeness, a lead word, a count's unit, the
// question's, a pronoun, a number); "tân" folds like "tấn", a measure.
func (s *sentence) villageNamedLower(i int) bool {
	t := s.ts[i]
	if !villageNouns[t.Skel] && t.Lower != "bản" || placeFamily(s.rule) || s.rule.family == "" || i+1 >= len(s.ts) || s.used[i+1] || endsClause(t.Typed) {
		return false
	}
	n := s.ts[i+1]
	w := n.Skel
	fam := familyOf(w)
	return n.Lower != n.Fold && !isNameWord(n.Typed) && !leadPolite[w] && !numberLead[w] && !tailPolite[w] && (fam == "" || measures[fam]) &&
		!s.rule.asked.has(w) && !ownPronoun[w] && !spelledDigits[w] && !strings.ContainsFunc(n.Lower, isDigit)
}

// sentenceBesideNote reads a sentence with, in a note after it, what a
// clerk reads past or checks (rule 3 and 4 of sentence.go for a head that
// is a sentence): at a count, a share ("… 5.820 hộ (đạt 95,3%)"); at a
// percentage, the parts it is worked from ("Tỷ lệ …: 95,3%
// (5.820/6.105)"), which must give it. Offered. One part alone ("(tiếng
// Mông 5)") may be the figure meant, and is left refused.
func sentenceBesideNote(q *Question, ans, note, in string, now time.Time) (float64, *Unsure, bool) {
	nts := Tokenize(note).Tokens
	figs := 0
	for _, t := range nts {
		if strings.ContainsFunc(t.Lower, isDigit) {
			figs++
		}
	}
	if len(nts) == 0 || len(nts) > 6 || hedged(nts) || Approximate(nts) || figs != 1 {
		return 0, nil, false
	}
	for _, t := range nts {
		if noteQualifiers[t.Skel] || correctingWords[t.Skel] && t.Skel != "la" || noneLeads[t.Skel] {
			return 0, nil, false // "(chưa tính TDP)", "(đúng ra 2.354)"
		}
	}
	f, u, p := readNumberAnswer(q, ans)
	if p != nil {
		var ok bool
		if f, u, ok = readSentence(q, ans, now); !ok || refusedInSentence(u) {
			return 0, nil, false
		}
	}
	fig := ""
	for _, t := range nts {
		if startsWithDigit(t.Lower) {
			fig = t.Lower
		}
	}
	share := strings.ContainsAny(note, "%") || strings.Contains(Fold(note), "phan tram")
	switch {
	case q.Type == TypePercent:
		a, b, ok := strings.Cut(fig, "/")
		x, okA := parseFigure(a)
		y, okB := parseFigure(b)
		if !ok || !okA || !okB || y.value() == 0 || len(nts) != 1 || !shareAgrees(x, y, f, len(fracDigits(f))) {
			return 0, nil, false
		}
	case q.Type == TypeInt && share:
	default:
		return 0, nil, false
	}
	if u == nil {
		u = &Unsure{Key: "reading.sentence", Input: in}
	}
	return f, u, true
}

// fracDigits are the digits of f after its decimal mark, as typed short.
func fracDigits(f float64) string {
	_, frac, _ := strings.Cut(strconv.FormatFloat(f, 'f', -1, 64), ".")
	return frac
}

// joinedWith reports "với" (with) between the first figure and the last:
// "6.105 hộ với 24.310 nhân khẩu" is a statement of both, as "Xã có …" is.
func (s *sentence) joinedWith(at []int) bool {
	for k := at[0] + 1; k < at[len(at)-1]; k++ {
		if s.ts[k].Lower == "với" {
			return true
		}
	}
	return false
}

// cutSource returns the part of s before where its figure came from, said
// after the figure and its unit: "4.518 hộ theo số liệu công an", "4.518
// hộ, nguồn Công an xã". The source must be one a note may be (sourceNote)
// and come after a figure.
func cutSource(s string) (string, bool) {
	if !strings.Contains(s, "theo") && !strings.Contains(s, "nguồn") && !strings.Contains(s, "Theo") {
		return "", false // the cheap path
	}
	ts := Tokenize(s).Tokens
	for k := 2; k+1 < len(ts); k++ {
		if ts[k].Skel != "theo" && ts[k].Skel != "nguon" || !strings.ContainsFunc(Join(ts[:k]), isDigit) || strings.ContainsFunc(Join(ts[k:]), isDigit) {
			continue
		}
		if !sourceNote(Join(ts[k:])) {
			return "", false
		}
		return strings.TrimRight(Join(ts[:k]), ",;: "), true
	}
	return "", false
}
