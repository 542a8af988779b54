package reader

import (
	"regexp"
	"slices"
	"time"

	"github.com/baocao/baocao/locales"
	"strconv"
	"strings"
	"unicode"
)

// Round nine's rules for figures (number_r9_test.go).

// placeNumberNouns, skeletons, name a place of the commune by its number:
// "thôn 18", "Bản 5", "tổ 3", "ấp 7", "khu 2", "xóm 12", "TDP 4".
var placeNumberNouns = setOf("thon", "xom", "to", "khu", "ap", "ban", "doi", "tdp", "lang", "buon", "khoi",
	"plei", "soc", "kdc", "kp")

// placeFamily reports a question that counts the commune's places
// (villages, hamlets, streets): only there can "thôn 18" be stored as a
// count; elsewhere a place noun is no unit of the question and is asked
// or refused already.
func placeFamily(rule unitRule) bool {
	return rule.family != "" && rule.family == familyOf("thon")
}

// placeNumberAlone reports an answer that is a place noun and a figure
// and nothing else but politeness: "thôn 18", "Dạ bản 5 ạ". A clerk reads
// it as the village numbered 18 as readily as 18 villages, and asks; the
// noun after the figure ("18 thôn"), a count's lead ("số thôn 18", "có
// thôn 12") or a label's colon ("Thôn: 18") make it the count.
func placeNumberAlone(s string) bool {
	if t := strings.TrimSpace(s); t == "" || isDigit(rune(t[0])) {
		return false // the cheap path: a figure first is no place's name
	}
	var ts []Token
	for _, t := range Tokenize(s).Tokens {
		if strings.ContainsFunc(t.Fold, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			ts = append(ts, t) // an emoji, a mark: no word
		}
	}
	for len(ts) > 0 && leadPolite[ts[0].Skel] && !placeNumberNouns[ts[0].Skel] {
		ts = ts[1:]
	}
	for len(ts) > 0 && tailPolite[ts[len(ts)-1].Skel] {
		ts = ts[:len(ts)-1]
	}
	return len(ts) == 2 && placeNumberNouns[ts[0].Skel] && !endsClause(ts[0].Typed) &&
		isDigits(ts[1].Lower) && len(ts[1].Lower) <= 3
}

// periodPlaceMarked are the period and place nouns as typed with their
// marks.
var periodPlaceMarked = setOf("tháng", "năm", "quý", "kỳ", "kì", "đợt", "tuần", "ngày", "thôn", "xóm", "tổ", "khu",
	"ấp", "bản", "đội", "làng", "buôn", "khối")

// otherMarks reports a word typed with marks that the period or place
// noun it folds to does not have: "Tuấn" is a name, not "tuần" (week);
// "Tô" not "tổ". Typed bare ("tuan", "to") it may be either.
func otherMarks(t Token) bool {
	return t.Lower != t.Fold && !periodPlaceMarked[t.Lower]
}

// formerNames marks "cũ" after a place's name as part of it: since
// communes were merged, officers name theirs by the old commune ("xã Trực
// Hùng cũ", "Em là Hòa, cán bộ VH xã Trực Đại cũ"); the figure is not
// taken back. The name is capitalised words after a unit's kind ("xã",
// "phường", "thôn"); "cũ" after any other word ("số cũ") still takes the
// figure back.
func (s *sentence) formerNames() {
	for i := 2; i < len(s.ts); i++ {
		if t := s.ts[i]; (t.Lower == "cũ" || t.Lower == "củ") && !s.used[i] && s.placeNameEndsAt(i-1) {
			s.used[i] = true
		}
	}
}

// formerHeads, skeletons, are the kinds of unit a former name follows.
var formerHeads = setOf("xa", "phuong", "tran", "thon", "ap", "ban", "xom", "huyen", "tinh", "lang", "buon")

// placeNameEndsAt reports capitalised words ending at i, without a stop
// or a figure, after a unit's kind: "xã Trực Hùng".
func (s *sentence) placeNameEndsAt(i int) bool {
	k := i
	for ; k >= 0 && k > i-4; k-- {
		t := s.ts[k]
		if k < i && formerHeads[t.Skel] || s.used[k] || !isNameWord(t.Typed) || endsClause(t.Typed) && k != i || strings.ContainsFunc(t.Lower, isDigit) {
			break
		}
	}
	return k < i && k >= 0 && formerHeads[s.ts[k].Skel] && !endsClause(s.ts[k].Typed) && !formerHeads[s.ts[i].Skel]
}

// belowZero reports a figure with a minus at a decimal question: "-2,5
// độ" is a measure below zero, read in a sentence as any figure is. At a
// count a minus stays the figure reader's, which refuses it.
func belowZero(q *Question, w string) bool {
	return q.Type == TypeDecimal && len(w) > 1 && w[0] == '-' && isDigit(rune(w[1]))
}

// oneBesideNone reads "16 thôn, 0 tổ dân phố" where villages and streets
// are counted together: a part said to be none adds nothing, and the
// other part is the figure, confirmed. Each figure must have a unit of
// the question's own kind; parts that both count ("4 ấp, 1 khu phố") are
// left to the person to add.
func (s *sentence) oneBesideNone(at []int, q *Question) (int, bool) {
	if s.rule.family == "" || len(at) < 2 || !slices.ContainsFunc(at, func(i int) bool { return s.ts[i].Lower == "0" }) {
		return -1, false
	}
	one := -1
	for _, i := range at {
		if s.takeUnitOwn(i+1) == 0 {
			return -1, false
		}
		if s.ts[i].Lower == "0" {
			continue
		}
		if one >= 0 {
			return -1, false
		}
		one = i
	}
	if one < 0 {
		return -1, false
	}
	for _, i := range at {
		if i != one {
			s.used[i] = true
			for k := i + 1; k < i+1+s.takeUnitOwn(i+1); k++ {
				s.used[k] = true
			}
		}
	}
	s.doubt = true
	return one, s.whole(one, q)
}

// unitsJoined takes "và" (and) out from between two unit words: "14 thôn
// và tổ dân phố" is the unit "thôn, tổ dân phố" said with "and". Only
// between words without digits; the unit reader judges what is left.
func unitsJoined(ws []string) []string {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] == "va" && !hasDigit(ws[i-1]) && !hasDigit(ws[i+1]) {
			return append(append([]string{}, ws[:i]...), ws[i+1:]...)
		}
	}
	return ws
}

// spacedGroups joins a figure grouped by a space in a sentence: "tổng số
// hộ xã em 1 436 hộ" has 1.436 households, as "1 436" alone has. One to
// three digits typed bare, then exactly three digits: one figure. A
// figure after a label's noun ("Thôn 5 320 hộ") is the label's, never
// joined.
func spacedGroups(ts []Token) []Token {
	for i := 0; i+1 < len(ts); i++ {
		a, b := ts[i], ts[i+1]
		if !isDigits(a.Typed) || len(a.Typed) > 3 || len(figureText(b.Lower)) != 3 || figureText(b.Lower) != b.Lower && !isDigits(figureText(b.Lower)) ||
			strings.ContainsAny(b.Lower, ".,") || i > 0 && (placeNouns[ts[i-1].Skel] || periodNouns[ts[i-1].Skel] || lineLabel(ts[i-1].Skel)) {
			continue
		}
		j := Token{Typed: a.Typed + b.Typed, Lower: a.Lower + b.Lower, Fold: a.Fold + b.Fold, Skel: a.Skel + b.Skel}
		out := append(append(append([]Token{}, ts[:i]...), j), ts[i+2:]...)
		return spacedGroups(out)
	}
	return ts
}

// lineLabel reports a word that numbers a line: "Câu 3", "STT 2", "Mục 6".
func lineLabel(w string) bool {
	return w == "cau" || w == "c" || w == "muc" || w == "stt" || w == "tt" || w == "so"
}

// gluedPeriod matches a period written short and glued to its number:
// "T12", "Th12", "Thg12", "Q4", "T12/2026".
var gluedPeriod = regexp.MustCompile(`^(t|th|thg|q)(\d{1,2})(/\d{4})?$`)

// docNumber matches an official document's number: "1520/QĐ-UBND",
// "15/KH-UBND", "03/BC-VHXH".
var docNumber = regexp.MustCompile(`^\d+/\p{Lu}{2,}(-\p{Lu}+)*$`)

// labelsOfRoundNine marks more figures that belong to a label (rule 1):
// a month or quarter written short ("tiếp nhận T12: 1.507"), the period
// may not be the report's, so the figure is asked; and a document's
// number ("theo QĐ số 1520/QĐ-UBND thì xã có 132 thủ tục").
func (s *sentence) labelsOfRoundNine() {
	for i, t := range s.ts {
		if s.used[i] {
			continue
		}
		if t.Fold == "" || !strings.ContainsFunc(t.Fold, isDigit) || t.Fold[0] != 't' && t.Fold[0] != 'q' && !strings.Contains(t.Lower, "/") {
			continue
		}
		if m := gluedPeriod.FindStringSubmatch(t.Fold); m != nil {
			n, _ := strconv.Atoi(m[2])
			if m[1] == "q" && n >= 1 && n <= 4 || m[1] != "q" && n >= 1 && n <= 12 {
				s.used[i], s.doubt = true, true
			}
			continue
		}
		if docNumber.MatchString(strings.Trim(t.Typed, edgePunct)) {
			s.used[i], s.doubt = true, true
		}
	}
}

// readRow reads a row pasted from a table, its cells between "|": "STT 1
// | Tổng số hộ | 4.877". The row is read as its cells said in a line, and
// the figure is asked: a sheet's row may hold another column's figure.
func readRow(q *Question, s string, now time.Time, lang locales.Lang) (Reading, bool) {
	var cells []string
	for _, c := range strings.Split(s, "|") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 {
		return Reading{}, false
	}
	r := readAs(q, strings.Join(cells, ", "), now, lang)
	if r.Problem != nil {
		return Reading{}, false
	}
	if r.Unsure == nil {
		r.Unsure = &Unsure{Key: "reading.sentence", Input: string(quoted(s))}
	}
	return r, true
}

// formerInBrackets matches a bracket that names the commune before the
// merger: "(cũ là xã An Phú)", "(trước là xã An Hòa)", "(xã An Phú cũ)".
var formerInBrackets = regexp.MustCompile(`(?i)\s*\((?:(?:cũ|trước đây|trước kia|trước)\s+là\s+|nguyên là\s+)?(?:xã|phường|thị trấn|tt\.?)\s+[^()0-9]*?(?:\s+cũ)?\)`)

// dropFormerName takes out a bracket naming the commune before the
// merger: "Phường An Bình (cũ là xã An Phú) tổng 5.930 hộ". The bracket
// must say it is the old one ("cũ", "trước", "nguyên"), and hold no figure.
func dropFormerName(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	s = strings.NewReplacer("(cũ)", " cũ", "(củ)", " cũ").Replace(s) // "xã Trực Hùng (cũ)": formerNames reads it
	return formerInBrackets.ReplaceAllStringFunc(s, func(m string) string {
		f := Fold(m)
		if strings.Contains(f, "cu") || strings.Contains(f, "truoc") || strings.Contains(f, "nguyen") {
			return ""
		}
		return m
	})
}

// breakdownOfSentence reads "Báo cáo anh: đài xã tự sản xuất 9 chương
// trình (tiếng Mông 5, tiếng Việt 4)": a sentence around one figure, then
// in brackets its parts, each named, that add up to it exactly. The figure
// is confirmed (rule 4 without "gồm", where the sum says it).
func breakdownOfSentence(q *Question, ans, note, in string, now time.Time) (float64, *Unsure, bool) {
	if q.Type != TypeInt || figureRuns(note) < 2 {
		return 0, nil, false
	}
	nts := Tokenize(note).Tokens
	if Approximate(nts) || hedged(nts) {
		return 0, nil, false
	}
	f, u, p := readNumberAnswer(q, ans)
	if p != nil {
		var ok bool
		if f, u, ok = readSentence(q, ans, now); !ok || refusedInSentence(u) {
			return 0, nil, false
		}
	}
	sum, parts := 0.0, 0
	for k, t := range nts {
		if !strings.ContainsFunc(t.Lower, isDigit) {
			if k+1 < len(nts) && startsWithDigit(nts[k+1].Lower) && !numberWordsMarked[t.Lower] {
				continue // "nam 10.500": a word naming the part, not five (round ten)
			}
			if spelledDigits[t.Skel] && !markedName(t) && t.Skel != "to" {
				return 0, nil, false
			}
			continue
		}
		n, ok := parseFigure(figureText(t.Lower))
		if !ok || figureText(t.Lower) != strings.TrimRight(t.Lower, "%") || strings.HasSuffix(t.Lower, "%") {
			return 0, nil, false
		}
		sum += n.value()
		parts++
	}
	if parts < 2 || sum != f {
		return 0, nil, false
	}
	if u == nil {
		u = &Unsure{Key: "reading.breakdown", Input: in}
	}
	return f, u, true
}

// villageNouns, skeletons, name a village or hamlet and nothing else
// when a pronoun follows: "thôn em", "ấp tui", "bản mình". "tổ em", "đội
// em", "khu em" may be an office's team, and "ban" a board.
var villageNouns = setOf("thon", "xom", "ap", "lang", "buon", "plei", "soc")

// ownVillage reports a village noun at i with the writer's pronoun after
// it: "thôn em 320 hộ" is one village's figure, not the commune's.
func ownVillage(ts []Token, i int) bool {
	village := villageNouns[ts[i].Skel] || ts[i].Lower == "bản"
	return village && i+1 < len(ts) && ownPronoun[ts[i+1].Skel]
}

// estimateWordsAsTyped is text with the words that only fold like an
// approximation blanked: "trên" of "trên địa bàn" (on the commune's
// land, not "over"), and a word typed with marks the approximation lacks
// ("quần chúng" is not "chừng", "Tả Van" not "vạn"). What is left is
// judged an estimate or not as before.
func estimateWordsAsTyped(text string) string {
	ts := Tokenize(text).Tokens
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Typed
		_, before := approxBefore[t.Fold]
		_, after := approxAfter[t.Fold]
		switch {
		case t.Fold == "tren" && i+2 < len(ts) && ts[i+1].Fold == "dia" && ts[i+2].Fold == "ban":
			out[i] = "_"
		case (before || after) && t.Lower != t.Fold && !approxWord(t, approxBefore, false) && !approxWord(t, approxAfter, false):
			out[i] = "_"
		}
	}
	return strings.Join(out, " ")
}

// changeReasons, folded: "mới" (newly), "do" or "vì" (because) and a verb
// that says why a count of places changed: "mới tách bản Huổi Lếch", "do sáp
// nhập thôn Đông".
var changeReasons = [][]string{{"moi", "tach"}, {"moi", "thanh", "lap"}, {"moi", "lap"}, {"moi", "chia"},
	{"moi", "sap", "nhap"}, {"moi", "nhap"}, {"moi", "cong", "nhan"}, {"do", "sap", "nhap"}, {"vi", "sap", "nhap"},
	{"do", "tach"}, {"vi", "tach"}, {"do", "chia"}, {"vi", "chia"}}

// cutChangeReason reads "15 bản mới tách bản Huổi Lếch", "15 bản (mới
// tách bản Huổi Lếch)": a figure with its unit, then why it changed. The
// figure is the answer, asked: a clerk reads the reason and checks. Only
// at a count of places, and only when the place split or merged is named.
func cutChangeReason(s string) (string, bool) {
	if !strings.Contains(s, "mới") && !strings.Contains(s, "do ") && !strings.Contains(s, "vì ") && !strings.Contains(s, "moi ") {
		return "", false
	}
	ws := strings.Fields(s)
	for i := 1; i < len(ws); i++ {
		for _, r := range changeReasons {
			if i+len(r) > len(ws) {
				continue
			}
			ok := true
			for k, w := range r {
				ok = ok && Fold(strings.Trim(ws[i+k], edgePunct)) == w
			}
			if !ok {
				continue
			}
			head := strings.TrimRight(strings.Join(ws[:i], " "), " ,;(")
			if figureRuns(head) != 1 || figureRuns(strings.Join(ws[i:], " ")) != 0 || i+len(r) >= len(ws) {
				return "", false // "6 CLB mới thành lập": only the new ones, maybe
			}
			if next := MakeToken(ws[i+len(r)]); !placeNouns[next.Skel] && !isNameWord(next.Typed) {
				return "", false // what was split or merged is named
			}
			return head, true
		}
	}
	return "", false
}
