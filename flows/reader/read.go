package reader

// Reading an answer typed on a phone, the Vietnamese way.
//
// The officers who answer are commune culture staff typing on whatever
// phone they have, with or without a Vietnamese input method. The readers
// here accept everything that has one sensible meaning and, when a reply
// could mean two things, ask rather than guess: a wrong figure in a report
// costs far more than one more message.
//
// Numbers follow the Vietnamese convention: the dot groups thousands and
// the comma marks decimals (32.657 hộ; 93,1%). Phones set to English
// produce the opposite, so:
//
//   - "32.657" is 32657: a dot followed by exactly three digits is a
//     thousands group, as every Vietnamese form and newspaper writes it.
//   - "93.1" is 93,1: a dot followed by anything but three digits cannot be
//     a thousands group, so it is a decimal mark from an English keyboard.
//   - "32,657" in a count is probable, not certain: in Vietnamese it reads
//     "32 phẩy 657", which is no count, so it is an English phone's 32.657;
//     the officer is asked "Ghi 32.657 hộ?" before it is kept. In a decimal
//     question it is 32,657 (the Vietnamese reading), since there a
//     fraction is expected. "1.00" in a count (1 from a spreadsheet, or 100
//     with a slip) is refused, naming both.
//   - When both marks appear ("1.234,5" or "1,234.5") the last one is the
//     decimal mark: that is true in both conventions.
//
// Read returns a Reading: a value; or a value with an Unsure reason, which
// the conversation confirms with the person (session_confirm.go); or a
// problem, a *locales.Msg (a key under "answer." and its arguments) that
// says politely what is wrong and how to type it. The stages that get there
// are described in answer_clean.go.

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/baocao/baocao/locales"
)

// Kind is the type of answer a question asks for; its values are package
// flows' question types.
type Kind string

const (
	TypeInt     Kind = "integer"
	TypeDecimal Kind = "decimal"
	TypePercent Kind = "percent"
	TypeYesNo   Kind = "yesno"
	TypeChoice  Kind = "choice"
	TypeMulti   Kind = "multi"
	TypeDate    Kind = "date"
	TypeText    Kind = "text"
	TypePhoto   Kind = "photo"
)

// Question is what the reader needs of a question: its kind, its words
// (an answer may repeat them), its unit, bounds and options. Make it once
// per question and share it: what is derived from it (the unit's words,
// the label's words) is made on first use, safely for concurrent readers.
type Question struct {
	Type    Kind
	Label   locales.Text
	Unit    locales.Text
	Min     *float64
	Max     *float64
	Options []Option

	ruleOnce sync.Once
	rule     unitRule
}

// Option is one option of a choice question.
type Option struct {
	ID    string
	Label locales.Text
}

// Unsure is why a reading is probable but not certain: the person is
// asked to confirm the value ("Ghi 32.657 hộ?") instead of having it
// refused or guessed. It is plain data, kept in a session while it waits.
type Unsure struct {
	Key   string `json:"k"`  // the reason, a catalog key under "reading."
	Input string `json:"in"` // what was typed, as the reason quotes it
}

// Msg is the reason as a sentence, with value the reading it offers.
func (u Unsure) Msg(value locales.Plain) locales.Msg {
	return locales.M(u.Key, "input", locales.Plain(u.Input), "value", value)
}

// Reading is what the reader made of an answer: a value (certain when
// Unsure is nil, to be confirmed when not), or a Problem that says why it
// was refused and what to type. Of the value, the field of the question's
// kind is set.
type Reading struct {
	Num   *float64 // integer, decimal, percent
	Bool  *bool
	Date  string // 2006-01-02
	Picks []string
	Text  string

	Unsure  *Unsure
	Problem *locales.Msg
}

// DateLayout is how a date is given: sortable and zone-free.
const DateLayout = "2006-01-02"

// Limits on what is read.
const (
	// maxDigits keeps every accepted number exact in a float64 (below 2^53)
	// and catches a figure pasted twice.
	maxDigits = 15
	// MaxText is the longest free-text answer, in runes.
	MaxText = 2000
	// MaxAnswer is the longest answer of any other kind, in runes: the
	// longest seen in the blind batches (an office's sentence around a
	// figure or a yes) is under 200.
	MaxAnswer = 1000
	// QuoteLen is how much of the input a problem message repeats.
	QuoteLen = 40
)

// NumberLimit is the first value with more than maxDigits whole digits.
var NumberLimit = math.Pow10(maxDigits)

// problem builds a problem message.
func problem(key string, kv ...any) *locales.Msg {
	m := locales.M(key, kv...)
	return &m
}

// quoted is the input as a problem message repeats it: normalised and short.
func quoted(s string) locales.Plain { return locales.Plain(Shorten(Normalize(s), QuoteLen)) }

// Read reads s as the answer to q: what the chat added is taken off
// (chat.go), then the reader of q's kind reads the rest, and numbers are
// checked against q.Min and q.Max (both inclusive). Photos cannot be typed.
func Read(q *Question, s string, now time.Time, lang locales.Lang) Reading {
	return read(q, s, now, lang, true)
}

// ReadCell reads s, a cell of a spreadsheet being imported, as the answer
// to q. It is Read without the rules for slips of typing in a chat: a
// cell holds the figure as the spreadsheet has it, so "3333" there is a
// figure, never one typed twice (figure_twice.go).
func ReadCell(q *Question, s string, now time.Time, lang locales.Lang) Reading {
	return read(q, s, now, lang, false)
}

// read is Read; typed is false for a spreadsheet's cell.
func read(q *Question, s string, now time.Time, lang locales.Lang, typed bool) Reading {
	if q == nil {
		return Reading{Problem: problem("answer.cannot_read", "input", quoted(s))}
	}
	// "[Hình ảnh]", "[Sticker] 2": what a chat app writes for a photo or
	// a sticker is not the person's words (chat_placeholder.go).
	if rest, only, had := onlyPlaceholder(s); only {
		return Reading{Problem: problem("answer.chat_placeholder", "input", quoted(s))}
	} else if had {
		s = rest
	}
	if q.Type == TypeText || q.Type == TypePhoto {
		// A text is kept as typed, but a mention of the bot at its start
		// is addressed to the bot, not part of it.
		// It is decided on the text as it would be kept (Normalize), so
		// that what is stored reads back as itself: "\x00@A 0" keeps
		// "@A 0" only if "@A 0" typed again would keep it too.
		if n := Normalize(s); strings.HasPrefix(n, "@") {
			if t := Unwrap(n).Answer; t != "" {
				s = t
			}
		}
		return readAs(q, s, now, lang)
	}
	if q.Type == TypeInt || q.Type == TypeDecimal || q.Type == TypePercent {
		if t, ok := standardForms(s); ok && !strings.Contains(s, "\n") { // figure_dialect.go: "nà 18", "18 ủa 19"
			s = t
		}
		// "1212", "356356": one figure typed twice with no space
		// (figure_twice.go), judged on the whole message, so that
		// "3030\n3030" is 3030 sent twice, not 3030 typed twice, twice.
		if p := refuseFigureTwice(s); p != nil && typed {
			return Reading{Problem: p}
		}
		// figure_safety.go: a figure taken back, an identifier, a duration
		// in words are never offered.
		if takenBack(s) {
			return Reading{Problem: problem("answer.taken_back", "input", quoted(s))}
		}
		if namedIdentifier(s) {
			return Reading{Problem: problem(KeyCode, "input", quoted(s))}
		}
		if durationInWords(s) {
			return Reading{Problem: problem("answer.type_digits", "input", quoted(s))}
		}
	}
	// A figure, a yes or no, a date or a choice is never a page long:
	// ten times the longest answer officers were seen to type is refused
	// before any reader looks at it, so a pasted document costs the bot
	// nothing (some readers try each date or figure among the words).
	if n := utf8.RuneCountInString(s); n > MaxAnswer {
		return Reading{Problem: problem("answer.too_long", "max", MaxAnswer, "length", n)}
	}
	// What the chat added (a mention, the question quoted, a first try
	// taken back) is off before the answer is read; a corrected answer is
	// confirmed, since the person changed their mind once already.
	w := Unwrap(s)
	if hasControl(s) {
		// A broken keyboard or file ("2\x1b345"): nothing is taken off
		// it, so the readers see every break as it came.
		w = Unwrapped{Answer: s}
	}
	if w.Answer == "" {
		w.Answer = s
	}
	r := readAs(q, w.Answer, now, lang)
	if q.Type == TypeYesNo && r.Problem == nil && w.Answer != s && otherDeed(skelWords(s)) {
		// "em dda bao cao anh rooi a": the deed taken off as a lead-in was
		// the whole message's (yesno_governed.go)
		return Reading{Problem: problem("answer.yes_no_other_deed", "input", quoted(s))}
	}
	if r.Problem != nil && (q.Type == TypeInt || q.Type == TypeDecimal) {
		// "35, không phải 35 mà 36", "3450 không phải 3540" (correct_not_that.go)
		if d, back, ok := notThat(s); ok {
			if t := read(q, d, now, lang, typed); t.Problem == nil && t.Num != nil {
				if back && t.Unsure == nil {
					t.Unsure = &Unsure{Key: "reading.corrected", Input: string(quoted(s))}
				}
				return t
			}
		}
	}
	if r.Problem != nil && w.Answer != s && sentenceRetry[r.Problem.Key] && (q.Type == TypeInt || q.Type == TypeDecimal) {
		// "45, xin lỗi em gõ nhầm trên kia": the correction Unwrap took
		// off was the whole message's (correct_marked.go).
		if f, u, ok := markedRight(q, s); ok {
			return Reading{Num: &f, Unsure: u}
		}
	}
	if r.Problem == nil && r.Unsure == nil && w.Corrected {
		r.Unsure = &Unsure{Key: "reading.corrected", Input: string(quoted(w.Said))}
	}
	// One answer sent twice with a break between ("4518 hộ, 4518 hộ",
	// "4518\n4518") is that answer, stored (said_twice.go); the number
	// reader still confirms "115 115", which may be one figure grouped.
	// A figure in words that is also a year says so rather than only that
	// it was in words ("hai nghìn linh năm").
	if r.Problem == nil && (r.Unsure == nil || r.Unsure.Key == "reading.number_words") && q.Type == TypeInt && r.Num != nil && (yearAlone(*r.Num, w.Answer, now) || yearInWords(*r.Num, w.Answer, now)) && !asksYear(q) {
		r.Unsure = &Unsure{Key: "reading.maybe_year", Input: string(quoted(s))}
	}
	if r.Unsure == nil && typed && zeroAlwaysSome(q, r) { // figure_safety.go: "0" households
		r.Unsure = &Unsure{Key: "reading.zero_always_some", Input: string(quoted(s))}
	}
	return r
}

// readAs reads s by the question's kind: one reader per kind.
func readAs(q *Question, s string, now time.Time, lang locales.Lang) Reading {
	fail := func(p *locales.Msg) Reading { return Reading{Problem: p} }
	switch q.Type {
	case TypeInt, TypeDecimal, TypePercent:
		if !strings.ContainsFunc(s, isASCIIDigit) && digitsIdiom(s) { // spelled_idiom.go: "năm bảy cái"
			return fail(problem("answer.not_exact", "input", quoted(s)))
		}
		if fixed, ok := tensWithoutDigit(s); ok { // spelled_unknown.go: "chính mươi lăm"
			if fixed == "" {
				return fail(problem("answer.type_digits", "input", quoted(s)))
			}
			r := readAs(q, fixed, now, lang)
			if r.Problem != nil {
				return fail(problem("answer.type_digits", "input", quoted(s)))
			}
			r.Unsure = &Unsure{Key: "reading.number_words", Input: string(quoted(s))}
			return r
		}
		f, u, p := readNumberAnswer(q, s)
		if p != nil && sentenceRetry[p.Key] {
			if g, v, sp, ok := readShownSum(q, s); ok { // figure_sums.go
				f, u, p = g, v, sp
			}
		}
		if p != nil && (sentenceRetry[p.Key] || p.Key == "answer.date_not_count" && (periodOfMonths(s) || dateBesideFigure(s))) || u != nil && (u.Key == "reading.label_unknown" || u.Key == "reading.unit_other") {
			if g, v, ok := readSentence(q, s, now); ok && refusedInSentence(v) {
				return fail(problem(v.Key, "input", quoted(s), "unit", q.Unit)) // sentence_place.go, label_other.go
			} else if ok && (p != nil || v == nil && g == f) { // sentence.go
				if v == nil && p != nil && strings.ToUpper(s) == s && reasonToAsk(q, s, now) {
					// "9 CLB, EM HỎI LẠI ĐÃ": a sentence in capitals the
					// sentence stage stores gives its reason all the same.
					v = &Unsure{Key: "reading.sentence", Input: string(quoted(s))}
				}
				f, u, p = g, v, nil
			}
		}
		if p != nil && (sentenceRetry[p.Key] || p.Key == "answer.not_a_count_unit") {
			if d, ok := withoutSourceAfter(s); ok { // figure_source_after.go: "…, số liệu của công an xã"
				if r := readAs(q, d, now, lang); r.Problem == nil {
					return r
				}
			}
		}
		if p != nil && (sentenceRetry[p.Key] || p.Key == "answer.type_digits") {
			if g, v, ok := readSaidTwice(q, s); ok { // said_twice.go
				f, u, p = g, v, nil
			}
		}
		if p != nil && sentenceRetry[p.Key] {
			if g, v, ok := markedRight(q, s); ok { // correct_marked.go: "sai rồi, 1254 mới đúng"
				f, u, p = g, v, nil
			}
		}
		if p != nil && (p.Key == "answer.not_a_number" || p.Key == "answer.not_a_percent") {
			if d, ok := withLeadingZero(q, s); ok { // figure_leading_zero.go: ",5"
				if r := readAs(q, d, now, lang); r.Problem == nil {
					r.Unsure = &Unsure{Key: "reading.leading_zero", Input: string(quoted(s))}
					return r
				}
			}
		}
		if p != nil && (sentenceRetry[p.Key] || p.Key == "answer.letters_in_number") {
			if d, ok := q.unitRule().unglued(s); ok { // figure_glued_unit.go: "2,5ha sân bóng"
				if r := readAs(q, d, now, lang); r.Problem == nil {
					return r
				}
			}
		}
		if p != nil {
			if d, ok := saidMinus(q, s); ok { // figure_said_minus.go: "trừ 1,5"
				if r := readAs(q, d, now, lang); r.Problem == nil {
					r.Unsure = &Unsure{Key: "reading.sentence", Input: string(quoted(s))}
					return r
				}
			}
		}
		if p != nil && sentenceRetry[p.Key] {
			if d, ok := currentOfTwo(q, s, now); ok { // figure_then_now.go: "xã cũ 1.245 hộ, xã mới 3.412 hộ"
				if r := readAs(q, d, now, lang); r.Problem == nil {
					r.Unsure = &Unsure{Key: "reading.sentence", Input: string(quoted(s))}
					return r
				}
			}
			if d, ok := figureBeforeEach(q, s); ok { // figure_each.go: "52 chương trình, mỗi chương trình 15 phút"
				if r := readAs(q, d, now, lang); r.Problem == nil {
					r.Unsure = &Unsure{Key: "reading.sentence", Input: string(quoted(s))}
					return r
				}
			}
		}
		if p != nil && sentenceRetry[p.Key] {
			if d, ok := leadWrittenOut(s); ok { // lead_separator.go: "Xã Bát Tràng - 17 tin bài"
				if r := readAs(q, d, now, lang); r.Problem == nil {
					return r
				}
			}
		}
		if p != nil && sentenceRetry[p.Key] {
			if d, ok := withoutExactWords(s); ok { // figure_exact.go: "tròn 300", "340 chẵn"
				if r := readAs(q, d, now, lang); r.Problem == nil {
					return r
				}
			}
		}
		if p != nil && sentenceRetry[p.Key] && strings.Contains(s, "|") {
			if r, ok := readRow(q, s, now, lang); ok { // number_r9.go
				return r
			}
		}
		if p != nil && (p.Key == "answer.type_digits" || sentenceRetry[p.Key]) && !strings.ContainsFunc(s, isASCIIDigit) {
			if d, ok := saidShort(s); ok { // spelled_short.go: "chục rưỡi", "một phẩy hai nghìn"
				if r := readAs(q, d, now, lang); r.Problem == nil {
					r.Unsure = &Unsure{Key: "reading.number_words", Input: string(quoted(s))}
					return r
				}
			}
			if d, ok := dictated(s); ok { // spelled_r9.go
				if r := readAs(q, d, now, lang); r.Problem == nil {
					if r.Unsure == nil && !negativeSaidInFull(s, r) && !(wordsSaidInFull(s, *r.Num) && !reasonToAsk(q, s, now)) { // spelled_idiom.go, figure_reason.go
						r.Unsure = &Unsure{Key: "reading.number_words", Input: string(quoted(s))}
					}
					return r
				}
			}
		}
		if (p != nil || f == 0) && (noneSaidPlainly(q, s) || zeroWithNone(q, s)) {
			// zero_said.go: "không có", "0 (chưa có thư viện)"; a zero
			// below the question's minimum is refused as any 0 is.
			if bp := checkBounds(q, 0); bp != nil {
				return fail(bp)
			}
			return Reading{Num: new(float64)}
		}
		if stored, ok := zeroUnitWithNote(q, s); ok && (p != nil || f == 0) { // zero_reason.go: "0 giải (do không có kinh phí)"
			if bp := checkBounds(q, 0); bp != nil {
				return fail(bp)
			}
			if stored {
				return Reading{Num: new(float64)}
			}
			return Reading{Num: new(float64), Unsure: &Unsure{Key: "reading.none_is_zero", Input: string(quoted(s))}}
		}
		if p != nil && noneWithReason(q, s) { // zero_reason.go: "không tổ chức được giải nào do mưa lũ"
			if bp := checkBounds(q, 0); bp != nil {
				return fail(bp)
			}
			return Reading{Num: new(float64), Unsure: &Unsure{Key: "reading.none_is_zero", Input: string(quoted(s))}}
		}
		if isRate(q, s) { // figure_rate.go: "2 chương trình/tuần", read or refused, says why
			return fail(problem("answer.rate_not_count", "input", quoted(s)))
		}
		if p != nil {
			return fail(p)
		}
		if q.Type == TypeInt && stoppedIn(s) { // sentence_bound.go: "giải thể 2 CLB"
			return fail(notACount(s, q.unitRule(), quoted(s)))
		}
		if g, v, ok := partAsked(q, s); ok { // figure_part.go: the part "trong đó" asked for
			f, u = g, v
		}
		u, p = doubtFigure(q, s, u) // figure_doubt.go: signs that change a figure
		if p != nil {
			return fail(p)
		}
		if strings.Contains(s, " ") && onlyServiceLine(q, s) { // figure_service_line.go: "1022 (tổng đài)"
			return fail(problem(KeyCode, "input", quoted(s)))
		}
		u = askOnlyWithReason(q, s, u, now) // figure_reason.go: words that change nothing
		if u == nil && oneOfListed(q, s) {  // figure_one_listed.go: "Thư viện xã 2.150 lượt"
			u = &Unsure{Key: "reading.one_of_listed", Input: string(quoted(s))}
		}
		if u == nil && decimalsMayBeCut(q, s) { // decimal_cut.go: "5," at a decimal
			u = &Unsure{Key: "reading.decimals_cut", Input: string(quoted(s))}
		}
		if bp := checkBounds(q, f); bp != nil {
			// whichever stage read it, a figure outside the question's
			// bounds is refused ("Chả nào" at a percentage of at least 10:
			// a zero in words; FuzzReadAnswer, round thirteen)
			return fail(bp)
		}
		return Reading{Num: &f, Unsure: u}
	case TypeYesNo:
		echo := &lazyWords{q: q}
		b, u, p := readYesNo(s, echo)
		b, u, p = governedYesNo(s, echo, b, u, p)            // what a negation, a "đã", a degree governs (yesno_governed.go)
		if p != nil && p.Key != "answer.yes_no_other_deed" { // a safety refusal is not retried
			if rb, ru, rp, ok := yesNoRetried(s, echo); ok {
				b, u, p = rb, ru, rp // a remark, a relay, a line break, a frame (yesno_retried.go)
			}
		}
		u = englishNo(u, lang) // yesno_r8.go
		if p != nil {
			return fail(p)
		}
		return Reading{Bool: &b, Unsure: u}
	case TypeChoice:
		id, u, p := readChoice(s, q.Options, lang)
		if head, ok := speakerTail(s); ok && p != nil && !namesOption(s[len(head):], q.Options) {
			if hid, hu, hp := readChoice(head, q.Options, lang); hp == nil {
				id, u, p = hid, hu, hp // "Dạ Thành Công ạ, em gửi giúp chị Thảo" (remark_speaker.go)
			}
		}
		if p != nil {
			return fail(p)
		}
		return Reading{Picks: []string{id}, Unsure: u}
	case TypeMulti:
		ids, u, p := readChoices(s, q.Options, lang)
		if head, ok := speakerTail(s); ok && p != nil && !namesOption(s[len(head):], q.Options) {
			if hids, hu, hp := readChoices(head, q.Options, lang); hp == nil {
				ids, u, p = hids, hu, hp // "1 và 3 ạ, em hỏi chị Hương rồi" (remark_speaker.go)
			}
		}
		if p != nil {
			return fail(p)
		}
		return Reading{Picks: ids, Unsure: u}
	case TypeDate:
		d, u, p := readDate(s, now)
		d, u, p = dateCountedRemark(s, now, d, u, p) // "20/12/2026, có khoảng 500 người tham gia" (dates_counted_remark.go)
		d, u, p = dateDoubt(s, now, d, u, p)         // "em nghĩ là 20/12" asked (dates_doubt.go)
		if p != nil {
			return fail(p)
		}
		return Reading{Date: d.Format(DateLayout), Unsure: u}
	case TypeText:
		t, p := ReadText(s)
		if p != nil {
			return fail(p)
		}
		return Reading{Text: t}
	case TypePhoto:
		return fail(problem("answer.photo_expected"))
	}
	return fail(problem("answer.cannot_read", "input", quoted(s)))
}

// ReadText reads free text: anything with a letter or a digit after
// Normalize, up to MaxText runes.
func ReadText(s string) (string, *locales.Msg) {
	t := Normalize(s)
	if t == "" {
		return "", problem("answer.empty")
	}
	if !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		// ".", "...", "?", "-": a key pressed to get past, no text. A
		// clerk asks for the text, or "Không" when there is none.
		return "", problem("answer.text_no_words", "input", quoted(s))
	}
	if n := utf8.RuneCountInString(t); n > MaxText {
		return "", problem("answer.too_long", "max", MaxText, "length", n)
	}
	return t, nil
}

// labelWords are the words of a question's label, folded, as skeletons:
// an answer may repeat them.
func labelWords(q *Question) map[string]bool {
	m := map[string]bool{}
	for _, l := range q.Label {
		for _, w := range Words(Fold(l)) {
			m[Skeleton(w)] = true
		}
	}
	return m
}

// Lowercase names the stages use for the text functions.
func foldNumber(s string) string { return FoldNumber(s) }
func untelex(w string) string    { return Skeleton(w) }
func words(s string) []string    { return Words(s) }

// hasControl reports a control character other than whitespace in s.
func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && !unicode.IsSpace(r) })
}

// yearAlone reports a count typed as four bare digits, politeness aside,
// that are a recent year or next year ("2026" or "2025" in January 2027):
// the year of the report, or of the figure asked, typed in the figure's
// place as often as a figure. It is asked, never stored; with a unit
// ("2026 hộ") or grouped ("2.026") it is a count.
func yearAlone(v float64, s string, now time.Time) bool {
	y := float64(now.Year())
	if v < y-5 || v > y+1 {
		return false
	}
	return cleanAnswer(s, numberLead).text == strconv.Itoa(int(v))
}

// asksYear reports a question whose answer is a year: its label opens
// with "Năm" ("Năm thành lập CLB?") or its unit is "năm".
func asksYear(q *Question) bool {
	l := strings.ToLower(strings.TrimSpace(q.Label[locales.VI]))
	return strings.HasPrefix(l, "năm ") || strings.ToLower(strings.TrimSpace(q.Unit[locales.VI])) == "năm"
}
