package reader

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Asking only with a reason. A clerk reading "865 lượt, chủ yếu học
// sinh", "15 thôn (sau sáp nhập)", "H'Hen báo cáo: 7 CLB" or "Tháng 12:
// 312 hồ sơ" writes the figure down: the words around it say who sends
// it, where it came from or what it is made of, and none of them changes
// it. The earlier stages ask ("Ghi 865 lượt?") whenever words they do not
// know stand beside a figure (reading.sentence, reading.note_aside,
// reading.label_unknown). Here that question is dropped unless the words
// give a reason to ask — the one list of what counts as a reason:
//   - another figure (in digits or in words), other than the report's own
//     month or year named as a label ("Tháng 12:", "năm 2026");
//   - a sign that a figure is worked out or compared ("/", "=", "+", "~",
//     "<", ">", "?");
//   - a word of an estimate, a doubt, a part of the commune, another
//     period, a plan or target, a negation or something left out, a
//     correction, an increase or a decrease, or a message passed on
//     (askReasons; and "số mới", "gì đó");
//   - another unit than the question's ("xã" aside: it names the commune).
// A label before the figure that names a source ("theo số liệu công an
// xã cung cấp:") is asked about as another unit's (reading.unit_other);
// it too is dropped when nothing else gives a reason.
// Everything else a reader refused or asked for a reason of its own stays
// as it was: this only turns "asked because of unknown words" into stored.

// askedForWords are the reasons the earlier stages give when all they saw
// was words they do not know beside the figure.
var askedForWords = setOf("reading.sentence", "reading.note_aside", "reading.label_unknown")

// askReasons are the words that give a reason to ask, lowercased with
// their marks. A word typed with marks is a reason only as listed ("hỏi
// lại" is; "hơi muộn", "bóng bàn", "chủ yếu" are not); typed bare, it is
// one when its skeleton is a listed word's ("hoi", "ban", "chu"): a
// reason read too often only costs a question.
var askReasons = setOf(
	// an estimate or a doubt
	"khoảng", "tầm", "tạm", "chừng", "ước", "áng", "ngót", "gần", "hơn", "trên", "dưới",
	"tròn", "chắc", "chẳng", "chăng", "biết", "hỏi", "kiểm", "xem", "tính", "nghĩ",
	// a part of the commune, or of what is counted
	"gđvh", "gdvh", "gđtt", "gdtt", "nghèo", "dtts",
	"thôn", "bản", "buôn", "ấp", "làng", "xóm", "tổ", "khu", "đội", "plei", "bon",
	"sóc", "khóm", "khối", "riêng", "ngoài", "trừ", "một",
	// another period
	"trước", "cũ", "kỳ", "kì", "lũy", "luỹ", "đầu", "quý", "quí", "năm", "tháng", "ngoái",
	// a plan or a target
	"hoạch", "tiêu", "kiến", "sẽ", "sắp", "đang", "phần", "phấn",
	// a negation, something left out
	"không", "ko", "k", "kh", "chưa", "hông", "hổng", "hok", "thiếu", "đủ", "còn", "cả", "đâu",
	// a correction
	"nhầm", "sai", "sửa", "lại", "chứ", "đúng", "chính", "nhật",
	// an increase or a decrease
	"tăng", "giảm", "thêm", "bớt", "chênh",
	// passed on, or one of two
	"forwarded", "fwd", "hoặc", "hay", "nếu",
)

// askReasonsBare are askReasons' skeletons, for words typed without marks.
var askReasonsBare = map[string]bool{}

func init() {
	for w := range askReasons {
		askReasonsBare[Skeleton(Fold(w))] = true
	}
}

// unitsMarked are unit words as typed with their marks: a word typed with
// other marks is no unit ("đổi" is not "đội", "bàn" not "bản").
var unitsMarked = setOf("hộ", "khẩu", "người", "nhân", "thôn", "bản", "buôn", "ấp", "làng",
	"xóm", "tổ", "đội", "nhóm", "lượt", "giải", "đơn", "vị", "tin", "bài", "trình", "tục",
	"hồ", "sơ", "héc", "mét", "cái", "chiếc", "lần", "buổi", "cuộc", "câu", "lạc", "bộ")

// isReason reports a word of askReasons in t, as typed or bare.
func isReason(t Token) bool {
	if t.Lower != t.Fold {
		return askReasons[t.Lower]
	}
	return askReasonsBare[t.Skel] || askReasonsBare[t.Fold]
}

// askOnlyWithReason drops u, a question asked only for unknown words,
// when s gives no reason to ask (see above).
// A speaker before a colon (figure_speaker_lead.go) is dropped as a source is.
func askOnlyWithReason(q *Question, s string, u *Unsure, now time.Time) *Unsure {
	if u == nil || !askedForWords[u.Key] && !(u.Key == "reading.unit_other" && (sourceLead(s) || speakerLead(s))) || reasonToAsk(q, s, now) {
		return u
	}
	return nil
}

// wordsSaidInFull reports the figure f said in full in words in s, a
// sentence ("Dân số xã em là mười tám nghìn hai trăm ba mươi người ạ"):
// stored alone, it is stored in a sentence that gives no reason to ask.
func wordsSaidInFull(s string, f float64) bool {
	if strings.ContainsFunc(s, isASCIIDigit) {
		return false
	}
	ts := Tokenize(s).Tokens
	start := -1
	for i, t := range ts {
		if t.Lower == "chấm" || t.Lower == "phẩy" || t.Lower == "dòng" || letterNames[t.Lower] != "" {
			return false // dictation said aloud (spelled_r9.go): offered
		}
		if start < 0 && properNumberWords[t.Lower] {
			start = i
		}
	}
	if start < 0 {
		return false
	}
	end := start
	for end < len(ts) && properNumberWords[ts[end].Lower] {
		if end+1 < len(ts) && properNumberWords[ts[end+1].Lower] && strings.ContainsAny(ts[end].Typed, ",.;:") {
			return false // "ba trăm, tám mươi sáu": said in pieces
		}
		end++
	}
	return saidInFull(Join(ts[start:end]), f)
}

// reasonToAsk reports a reason to ask in s, a figure with words.
func reasonToAsk(q *Question, s string, now time.Time) bool {
	if strings.ContainsAny(s, "/=+~≈<>≤≥?*|\n") {
		return true
	}
	ts := Tokenize(s).Tokens
	if hedged(ts) || Approximate(ts) {
		return true
	}
	rule := q.unitRule()
	label := labelMarked(q)
	digits := strings.ContainsFunc(s, isASCIIDigit)
	figures, inWords := 0, false
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.Skel == "" {
			continue
		}
		if strings.ContainsFunc(t.Lower, isASCIIDigit) { // "Q4" too
			if !ownPeriod(ts, i, now) {
				figures++
			}
			continue
		}
		if (t.Skel == "thang" || t.Skel == "nam") && i+1 < len(ts) && ownPeriod(ts, i+1, now) {
			i++ // "Tháng 12:", "năm 2026": the report's own period, a label
			continue
		}
		if noReasonBeside(ts, i) || checkDone(ts, i) { // figure_checked.go: "đã kiểm tra lại"
			continue // figure_reason_names.go: "Bot ơi", "một cửa", "năm nay"
		}
		if numberWord(t) && !(i > 0 && unicode.IsUpper([]rune(t.Typed)[0])) { // "tiếng Ba Na"
			if digits || inWords && !numberWord(ts[i-1]) {
				return true // a second figure, in words
			}
			inWords = true
			continue
		}
		if rule.own[t.Skel] || label[t.Lower] && !(t.Lower == t.Fold && askReasonsBare[t.Skel]) {
			continue // the question's own unit and words
		}
		if isReason(t) || t.Skel == "moi" && i > 0 && ts[i-1].Skel == "so" || t.Skel == "do" && i > 0 && ts[i-1].Skel == "gi" { // "số mới", "gì đó"
			return true
		}
		if f := familyOf(t.Skel); f != "" && f != rule.family && f != "xa" && (t.Lower == t.Fold || unitsMarked[t.Lower]) && !nameWord(ts, i) {
			return true // another unit
		}
	}
	return figures > 1
}

// numberWord reports a number word: typed with its marks ("sáu", not
// "sau"), or a word that is only a number word.
func numberWord(t Token) bool {
	if numberWordsMarked[t.Lower] && t.Lower != "năm" {
		return true
	}
	switch t.Lower {
	case "hai", "muoi", "tram", "nghin", "ngan", "chin", "bon", "bay":
		return true
	}
	return false
}

// ownPeriod reports a figure that names the report's own period as a
// label: the month just ended after "tháng" ("Tháng 12: 312 hồ sơ" in
// January), or its year after "năm" ("năm 2026" in January 2027).
func ownPeriod(ts []Token, i int, now time.Time) bool {
	if i == 0 || i+1 >= len(ts) {
		return false // the figure itself, or a period with nothing after it
	}
	n, err := strconv.Atoi(strings.TrimRight(ts[i].Lower, ":"))
	if err != nil {
		return false
	}
	last := now.AddDate(0, 0, -now.Day()) // the last day of the month just ended
	switch ts[i-1].Skel {
	case "thang":
		return n == int(last.Month())
	case "nam":
		return n == last.Year()
	}
	return false
}

// labelMarked are the words of q's label lowercased with their marks,
// and folded: a word typed with marks is the label's only if typed as the
// label has it ("bàn" of "địa bàn" is not "bản", a village); and the
// initials of its words ("GĐVH" where the label says "Gia đình văn hóa").
// A word typed bare that is both the label's and a reason ("ban": "bàn"
// or "bản") counts as a reason.
func labelMarked(q *Question) map[string]bool {
	m := map[string]bool{}
	for _, l := range q.Label {
		ts := Tokenize(l).Tokens
		for i, w := range ts {
			m[w.Lower] = true
			m[w.Fold] = true
			// The label's initials: "GĐVH" of "Gia đình văn hóa".
			lower, fold := "", ""
			for k := i; k < len(ts) && k < i+5; k++ {
				r, f := []rune(ts[k].Lower), []rune(ts[k].Fold)
				if len(r) == 0 || len(f) == 0 {
					break
				}
				lower += string(r[0])
				fold += string(f[0])
				if k > i {
					m[lower], m[fold] = true, true
				}
			}
		}
	}
	return m
}

// nameWord reports ts[i] as part of a name: capitalised, not all capitals,
// not the first word ("Siu Lan", not "Lần" opening the answer).
func nameWord(ts []Token, i int) bool {
	r := []rune(ts[i].Typed)
	return i > 0 && len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1])
}

// sourceLead reports a lead that names where the figure came from:
// "theo số liệu công an xã cung cấp: 2.137 hộ". The label it makes is
// no other figure's (reading.unit_other), and is no reason to ask.
func sourceLead(s string) bool {
	for _, t := range Tokenize(s).Tokens {
		switch {
		case t.Skel == "" || leadPolite[t.Skel]:
		case t.Skel == "theo":
			return true
		default:
			return false
		}
	}
	return false
}
