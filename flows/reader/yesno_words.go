package reader

import (
	"slices"
	"strings"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// Reading yes and no, with or without diacritics, with leftovers of Telex
// or VNI typing ("khoong", "co1") and the polite words around them.

// Yes and no the ways they are typed, folded and without Telex leftovers:
// teen-code and chat shorthands ("cs", "uk", "okela", "kg", "khg", "hk",
// "hok"), VIQR ("co'" is có), English. "Dạ" alone is a polite yes; before
// another word it is only politeness.
var (
	yesWords = untelexSet("co", "c", "cs", "ok", "oke", "okay", "okie", "oki", "okela", "oce", "okla", "ok la",
		"dong y", "dung", "roi", "r", "yes", "y", "yeah", "yep", "yup", "1", "vang", "uh", "u", "uhm", "um", "uk",
		"ukm", "ukie", "da", "duoc", "dc", "dk", "true", "chuan", "phai", "co roi", "dung roi", "dung vay",
		"dung the", "chinh xac", "co a", "da co", "vang a")
	noWords = untelexSet("chx", "khog", "khong", "ko", "k", "kh", "kg", "khg", "hk", "hok", "hog", "hong", "hem", "khum", "hum", "0", "no", "n", "nope",
		"chua", "false", "sai", "khong co", "kco", "kc")
	// politeWords carry no meaning for yes/no: "có ạ", "dạ không", "thưa có".
	politeWords = untelexSet("a", "ak", "ah", "thua", "nhe", "nha", "nhen", "nghen", "hen", "em", "e", "minh", "toi", "anh", "chi",
		"ad", "admin", "oi", "ne", "nhi", "vay", "day", "do")
	// particles stress a yes or a no without changing it: "có chứ",
	// "không đâu", "có luôn", "xã có", "chắc chắn có".
	particles = untelexSet("chu", "dau", "ma", "luon", "that", "xa", "ben", "chac chan", "han", "lam", "nua", "ca", "va", "voi")
	// hedges make a yes or a no uncertain: "có thể", "có lẽ", "không biết"
	// (and its chat spellings "bít", "bik"), "chưa rõ", "đang làm", "sắp có",
	// "sẽ có", "dự kiến", "hình như có". Such a reply is neither.
	hedges = untelexSet("the", "le", "biet", "bit", "bik", "bjk", "bjet", "nho", "ro", "chac", "hay", "sao", "gi",
		"neu", "dang", "sap", "se", "kien", "hinh", "kiem", "tra", "hoi", "xem", "tam", "quen")
	// negations turn the yes after them into a no: "không có", "chưa đồng
	// ý", "hok có", "kg có".
	negations = untelexSet("khog", "khomg", "khng", "khong", "ko", "k", "kh", "kg", "khg", "hk", "hok", "hog", "hong", "hem", "chua", "cha", "chang")
)

// yesNoEmoji are the emoji that mean yes or no, read before the clean
// stage takes every other emoji away.
var yesNoEmoji = strings.NewReplacer("👍", " ok ", "✅", " ok ", "✔", " ok ", "✓", " ok ", "👌", " ok ", "🆗", " ok ", "☑", " ok ",
	"👎", " khong ", "❌", " khong ", "✗", " khong ", "✘", " khong ", "🚫", " khong ", "⛔", " khong ", "❎", " khong ", "✖", " khong ")

// noMarks are the marks of not done or refused: alone at a question they
// are offered as không (rule 4 of yesno_plain.go).
const noMarks = "👎❌✗✘🚫⛔❎✖"

// ackEmoji are the emoji a chat uses to acknowledge a message as much as
// to agree: alone at a yes/no question they are asked back.
const ackEmoji = "👍👌🆗"

func untelexSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[untelexPhrase(w)] = true
	}
	return m
}

// untelexPhrase applies untelex to every word of a folded phrase.
func untelexPhrase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = untelex(w)
	}
	return strings.Join(ws, " ")
}

// ReadYesNo reads có or không, typed any of the ways people type them: with
// or without diacritics, abbreviated ("k", "ko", "c", "kg", "hok", "cs"),
// politely ("dạ có", "không ạ"), in English, or with Telex/VNI leftovers
// ("khoongf", "co1"). A reply that says both ("có không", "co k") is a
// problem, not a guess; so is a hedge ("có thể"). A clear answer with a word
// the reader does not know is probable: only Read offers to confirm it.
func ReadYesNo(s string) (bool, *locales.Msg) { return sureOnly(readYesNo(s, nil)) }

// readYesNo is ReadYesNo for a question whose words, folded, are echo: an
// answer that repeats the question's verb ("Có tổ chức" to "Xã có tổ chức
// hoạt động … không?") is as clear as "có".
func readYesNo(s string, echo *lazyWords) (bool, *Unsure, *locales.Msg) {
	s = dialectL(s) // "nàm" is "làm" (yesno_rhetoric.go)
	if echo != nil {
		if r, ok := afterGreeting(s); ok {
			// "Kính gửi Sở VHTTDL, UBND xã đã có …" (yesno_greeting.go); a "vâng"
			// after a greeting may only say the message was read
			if b, u, p := readYesNo(r, echo); p == nil && (u == nil || u.Key != "reading.yes_ack") {
				if u != nil {
					u.Input = string(quoted(s))
				}
				return b, u, p
			}
		}
		if b, u, p, ok := notButAnswer(s, echo); ok {
			return b, u, p // "không phải chưa mà là có rồi" (yesno_not_but.go)
		}
		if b, u, p, ok := moreAccurateAnswer(s, echo); ok {
			return b, u, p // "chưa có thì đúng hơn" (yesno_not_but.go)
		}
		if r, ok := withoutProvider(s); ok {
			if b, u, p := readYesNo(r, echo); p == nil {
				if u != nil {
					u.Input = string(quoted(s))
				}
				return b, u, p // "Xã đã được Sở Khoa học và Công nghệ đầu tư điểm cầu" (yesno_provider.go)
			}
		}
		if r, ok := withoutCommittee(s); ok {
			if b, u, p := readYesNo(r, echo); p == nil {
				if u != nil {
					u.Input = string(quoted(s))
				}
				return b, u, p // "UBND xã đã có điểm cầu trực tuyến" (yesno_greeting.go)
			}
		}
		if r := regionalWords(s); r != s {
			b, u, p := readYesNo(r, echo) // "có hà", "nỏ có", "chưa có mô eng ơi" (yesno_regional.go)
			if u != nil {
				u.Input = string(quoted(s))
			}
			return b, u, p
		}
		s = withoutFaces(s) // "có ạ :)", "có /-strong" (yesno_keys.go)
		if b, u, p, ok := keyedReply(s); ok {
			return b, u, p // "kg", "ckưa", "không phải" (yesno_keys.go)
		}
		if b, u, p, ok := boxesAfter(s, echo); ok {
			return b, u, p // "Có [x] Không [ ]": the box after its label (yesno_boxes_after.go)
		}
		if w, ok := checkedBox(s); ok && w != s {
			return readYesNo(w, echo) // "[x] Có  [ ] Không" (yesno_keys.go)
		}
	}
	b, u, p := readYesNoWords(s, echo)
	if p != nil && echo != nil {
		if rb, ru, rp, ok := yesNoRetryR9(s, echo); ok {
			b, u, p = rb, ru, rp // "hoàn thành 100%", "chưa kết nối được" (yesno_r9.go)
		}
	}
	if echo != nil {
		b, u, p = afterWords(s, echo, b, u, p) // a remark, a question back, a correction (yesno_remark.go)
		b, u, p = yesNoDoubt(s, echo, b, u, p) // a question particle, "răng", "theo KH" (yesno_doubt.go)
	}
	if p == nil && u == nil && echo != nil && guessed(s) {
		u = &Unsure{Key: "reading.yes_no_leaning", Input: string(quoted(s))} // "chắc là có" (yesno_r8.go)
	}
	if p == nil && u == nil && slipped(yesNoTokens(s)) {
		u = &Unsure{Key: "reading.yes_no_slip", Input: string(quoted(s))} // "cơ", "chứa" (yesno_plain.go)
	}
	if p == nil && u == nil && echo != nil && asksBack(s) {
		u = &Unsure{Key: "reading.yes_no_asked", Input: string(quoted(s))} // "có?" (rule 27)
	}
	if p == nil && u == nil && echo != nil && figureJoined(s) {
		u = &Unsure{Key: "reading.yes_no_figure_joined", Input: string(quoted(s))} // "có5", "kho6ng" (yesno_r9.go)
	}
	if p == nil && u == nil && echo != nil && halfKeyed(s) {
		u = &Unsure{Key: "reading.yes_no_slip", Input: string(quoted(s))} // "da4 co1" (yesno_remark.go)
	}
	if echo != nil {
		if p == nil && u != nil && u.Key == "reading.yes_no_turned" && rhetoricAlone(s, b) {
			u = nil // "có đâu", "không sai ạ": stored (yesno_rhetoric.go)
		}
		b, u, p = refusedRemark(s, echo, b, u, p)  // "có nhưng thiết bị cũ", "01 điểm cầu" (yesno_refused_remark.go)
		b, u, p = settleByReason(s, echo, b, u, p) // asked only with a reason (yesno_reason.go)
		b, u, p = noThenReason(s, echo, b, u, p)   // "Chưa (chưa bố trí được kinh phí)" (yesno_no_reason.go)
		b, u, p = reasonSoNo(s, echo, b, u, p)     // "Không có kinh phí nên chưa thực hiện" (yesno_no_reason.go)
		b, u, p = safeYesNo(s, b, u, p)            // a lone key, a shared yes, "lấy đâu ra" (yesno_safety.go)
	}
	return b, u, p
}

// readYesNoWords is readYesNo before a slip of the keys is looked for.
func readYesNoWords(s string, echo *lazyWords) (bool, *Unsure, *locales.Msg) {
	in := quoted(s)
	c := cleanAnswer(yesNoEmoji.Replace(Normalize(s)), nil).text
	f := Fold(c)
	if mayBeSouth(f) {
		c = southText(c) // "có hôn" (rule 28)
		f = Fold(c)
	}
	if f == "" {
		return false, nil, problem("answer.empty")
	}
	if politeEmoji(s) {
		return false, nil, problem("answer.not_yes_no", "input", in)
	}
	if echo != nil {
		if b, u, p, ok := yesNoPolicyR8(s, in); ok {
			return b, u, p // round eight: "1", "no", "không áp dụng", "có khi" (yesno_r8.go)
		}
		if b, u, p, ok := yesNoPolicyR9(s, in, echo); ok {
			return b, u, p // round nine: "r", "sao lại không có", "hoàn thành 100%" (yesno_r9.go)
		}
	}
	if key := bareReply(s); key != "" && echo != nil {
		// "dạ", "vâng", "c" at a question: heard, or a letter of two
		// words; to the bot's own "Ghi có?" (echo nil) a plain yes.
		if strings.HasPrefix(key, "answer.") {
			return false, nil, problem(key, "input", in)
		}
		return true, &Unsure{Key: key, Input: string(in)}, nil
	}
	if ans, note, ok := CutNote(s); ok && (NoteAside(note, true) || echo != nil && negatesOther(skelWords(note), echo)) {
		// "có (lắp năm 2024)": a note beside the yes (note.go); "Đã kết nối
		// với tỉnh (không còn cấp huyện)": a note whose negation governs
		// another thing (yesno_governed.go)
		return readYesNo(ans, echo)
	} else if ok && notYetPlanned(ans, note) {
		// "Chưa (dự kiến quý II/2027)": not yet, and when (rule 32)
		return false, &Unsure{Key: "reading.not_yet_planned", Input: string(in)}, nil
	}
	if word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }; !strings.ContainsFunc(notPolite(s), word) &&
		strings.ContainsFunc(c, word) && (strings.ContainsAny(s, ackEmoji) || echo != nil && strings.ContainsAny(s, noMarks)) {
		// "👍" alone: in a chat it may mean "seen" as well as "yes". Never
		// stored before the person confirms it with a word or a button.
		// At a question a mark of not done ("❌", "👎") is offered too; to
		// the bot's own "Ghi có?" it says no.
		b, u, p := readYesNo(c, echo)
		if p == nil {
			u = &Unsure{Key: "reading.emoji_only", Input: string(in)}
			if !strings.ContainsAny(s, ackEmoji) {
				u.Key = "reading.mark_only"
			}
		}
		return b, u, p
	}
	v, why := yesNoWhy(yesNoTokens(s))
	switch {
	case why == "":
		why = "reading.yes_no_turned"
	case why == "reading.yes_no_right" && echo == nil:
		v = No // "không đúng" to the bot's own "Ghi 12?": right or wrong is what was asked
	}
	switch v {
	case Yes:
		return true, nil, nil
	case No:
		return false, nil, nil
	case YesAsk:
		return true, &Unsure{Key: why, Input: string(in)}, nil
	case NoAsk:
		return false, &Unsure{Key: why, Input: string(in)}, nil
	case Hedged:
		return false, nil, problem("answer.yes_no_hedged", "input", in)
	case Both:
		return false, nil, problem("answer.yes_no_ambiguous", "input", in)
	}
	if strings.ContainsAny(s, ",;") && strings.Contains(f, "chi") {
		for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
			if tk, fs := clauseWords(yesNoTokens(part)); len(fs) > 1 && onlyPart(tk, fs) {
				// "có điểm cầu, chỉ kết nối với huyện": "chỉ" in any clause
				// makes a part (rule 17), though "chị" folds the same
				return false, nil, problem("answer.yes_no_hedged", "input", in)
			}
		}
	}
	if echo != nil && strings.Contains(f, " ") && (doneFully(s, echo) || namesTheThing(s, echo)) {
		return true, nil, nil // "Đã kết nối thông suốt 3 cấp" (rule 39), "Có 1 điểm cầu tại UBND xã" (rule 40)
	}
	var answers []bool
	unknown := 0
	clauses := strings.FieldsFunc(f, func(r rune) bool { return strings.ContainsRune(",;/", r) })
	if len(clauses) > 1 && (bareReply(clauses[0]) == "reading.yes_ack" || bareReply(clauses[0]) == "reading.yes_okay") {
		clauses = clauses[1:] // "vâng, chưa ạ", "ok, chưa có": heard, then the answer
	}
	// What was done, or what is missing, said without có or không
	// (yesno_office.go); its own words tell a hedge from "hội", "hỏi".
	byVerb := func() (bool, *Unsure, *locales.Msg) {
		switch doneOrNot(s, echo) {
		case YesAsk: // "Đã lắp đặt điểm cầu"
			return true, &Unsure{Key: "reading.yes_by_verb", Input: string(in)}, nil
		case NoAsk: // "Chưa có kinh phí đầu tư"
			return false, &Unsure{Key: "reading.yes_no_extra", Input: string(in)}, nil
		}
		return false, nil, problem("answer.not_yes_no", "input", in)
	}
	if first, rest, ok := strings.Cut(s, ","); ok && strings.TrimSpace(rest) != "" && slices.ContainsFunc(yesNoTokens(first), func(t Token) bool { return t.Skel == "dau" }) {
		// "có đâu anh, xã nghèo lắm": a turned no, then why. The "có" of
		// "có đâu" is no yes; the no is asked, as a remark after it is.
		if b, u, p := readYesNoWords(first, echo); !b && u != nil && u.Key == "reading.yes_no_turned" && p == nil {
			if _, _, rp := readYesNoWords(rest, echo); rp != nil {
				return false, &Unsure{Key: "reading.yes_no_turned", Input: string(in)}, nil
			}
		}
	}
	plain := slipsInSentence(s, notHedges(s))
	part := false
	for _, clause := range clauses {
		got, n, ok := yesNoClauseIn(clause, echo, plain)
		if !ok {
			return byVerb()
		}
		if len(got) == 0 && len(clauses) > 1 && partDone(clause, echo) {
			part = true
		}
		answers = append(answers, got...)
		unknown += n
	}
	if part && slices.Contains(answers, false) {
		// "mới kết nối với huyện, chưa với tỉnh": a part of what was
		// asked done, a part not (rule 5 of yesno_plain.go)
		return false, nil, problem("answer.yes_no_hedged", "input", in)
	}
	if len(answers) == 0 && unknown == 0 && saysDone(s, echo) {
		// "đã kết nối" to "Xã đã có điểm cầu … kết nối … chưa?": the
		// question's verb, done. A yes, though no "có" is written: asked.
		return true, &Unsure{Key: "reading.yes_by_verb", Input: string(in)}, nil
	}
	// One or two words the reader does not know beside a clear answer ("có,
	// hoành tráng lắm") make it probable; more make it a sentence to read.
	// (Since round twelve a probable answer with no reason in its words is
	// stored at the end: yesno_reason.go.)
	if len(answers) == 0 || unknown > 2 {
		if yes, ok := answerThenRemark(s); ok && doneOrNot(s, echo) == NoRule {
			// "Có - dùng chung phòng họp của UBND xã": the answer, then
			// a remark that takes nothing from it (rule 31)
			return yes, &Unsure{Key: "reading.yes_no_extra", Input: string(in)}, nil
		}
		return byVerb()
	}
	for _, a := range answers[1:] {
		if a != answers[0] {
			return false, nil, problem("answer.yes_no_ambiguous", "input", in)
		}
	}
	if unknown > 0 {
		return answers[0], &Unsure{Key: "reading.yes_no_extra", Input: string(in)}, nil
	}
	return answers[0], nil, nil
}

// notPolite is s without its polite words ("Dạ 👍 ạ" is "👍"), to see
// whether anything but emoji and politeness was sent.
func notPolite(s string) string {
	ws := strings.Fields(Normalize(s))
	out := ws[:0]
	for _, w := range ws {
		if f := untelex(Fold(strings.Trim(w, edgePunct))); f != "" && (leadPolite[f] || tailPolite[f] || politeWords[f]) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// politeEmoji reports a reply of politeness and emoji only, none of which
// says yes or no ("Dạ 🙂 ạ"): a greeting, not an answer.
func politeEmoji(s string) bool {
	n := Normalize(s)
	if !strings.ContainsFunc(n, func(r rune) bool { return unicode.Is(unicode.So, r) }) || yesNoEmoji.Replace(n) != n {
		return false
	}
	rest := strings.Map(decoration, notPolite(n))
	return !strings.ContainsFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// saysDone reports whether s is "đã" (typed with its diacritics, so not the
// polite "dạ") followed only by words of the question: "đã kết nối".
func saysDone(s string, echo *lazyWords) bool {
	ws := strings.Fields(strings.ToLower(strings.Map(decoration, Normalize(s))))
	if len(ws) < 2 || ws[0] != "đã" {
		return false
	}
	for _, w := range ws[1:] {
		if w = untelex(Fold(strings.Trim(w, ".,!"))); w != "" && !echo.has(w) {
			return false
		}
	}
	return true
}

// yesNoClause reads the yes and no words of one clause, in order. A
// negation followed by a yes word is one no ("không có", "chưa đồng ý").
// Particles and words of the question (echo) are skipped; a hedge makes the
// clause unreadable; other words are counted as unknown.
func yesNoClause(clause string, echo *lazyWords) ([]bool, int, bool) {
	return yesNoClauseIn(clause, echo, nil)
}

// yesNoClauseIn is yesNoClause where the words of plain, folded, were
// typed with marks that make them other words than a hedge ("hội" is not
// "hỏi", "năm" not "nắm"): unknown words, not hedges.
func yesNoClauseIn(clause string, echo *lazyWords, plain map[string]bool) ([]bool, int, bool) {
	var ws, typed []string
	for _, w := range strings.Fields(strings.Trim(clause, " .!?…")) {
		t := strings.Trim(w, ".!?…:'`^~")
		w = untelex(t)
		if w != "" && !politeWords[w] {
			ws = append(ws, w)
			typed = append(typed, t)
		}
	}
	if len(ws) > 1 && ackWords[ws[0]] { // "dạ có", "ừ chưa": heard, then the answer
		ws, typed = ws[1:], typed[1:]
	}
	var out []bool
	unknown := 0
	for i := 0; i < len(ws); i++ {
		ws[i] = heldNo(ws[i]) // "hônggg", "hokk" (rule 37)
		if n := yesAt(ws, i); n > 0 && !(n == 1 && (plain[ws[i]] || useDung(ws, i))) {
			out = append(out, true)
			i += n - 1
			continue
		}
		switch w := ws[i]; {
		case negations[w] && yesAt(ws, i+1) > 0:
			out = append(out, false)
			i += yesAt(ws, i+1)
		case noWords[w]:
			out = append(out, false)
		case i+1 < len(ws) && particles[w+" "+ws[i+1]]:
			i++
		case particles[w]:
		case hedges[w] && !keyedOther(typed[i], w) && !plain[w] && !nounHalf(ws, i):
			return nil, 0, false
		case echo.has(w):
		default:
			unknown++
		}
	}
	return out, unknown, true
}

// notHedges are the words of s, folded, that fold as a hedge does but
// were typed, every time, with marks that make another word: "hội" (hỏi),
// "tháng" (thế)… nil when there are none.
func notHedges(s string) map[string]bool {
	if IsASCII(s) {
		return nil // no marks: nothing tells a hedge from another word
	}
	var m map[string]bool
	var hedged map[string]bool
	for _, t := range Tokenize(s).Tokens {
		form, ok := hedgeForms[t.Fold]
		if !ok || !hedges[t.Fold] || IsASCII(t.Lower) {
			continue
		}
		if SameWord(t, form) {
			if hedged == nil {
				hedged = map[string]bool{}
			}
			hedged[t.Fold] = true
			continue
		}
		if m == nil {
			m = map[string]bool{}
		}
		m[t.Fold] = true
	}
	for w := range hedged {
		delete(m, w)
	}
	return m
}

// yesAt is how many words of ws, from i, make a yes: 2 for "đồng ý", 1
// for "có", 0 when ws[i] does not start one.
func yesAt(ws []string, i int) int {
	switch {
	case i+1 < len(ws) && yesWords[ws[i]+" "+ws[i+1]]:
		return 2
	case i < len(ws) && yesWords[ws[i]]:
		return 1
	}
	return 0
}

// yesNoTokens are the words of s for the yes/no rules: politeness off
// either end as the clean stage takes it, but "đã" kept (the clean stage
// takes it for the polite "dạ"; here it says what was done), and "da"
// typed bare, which may be either.
func yesNoTokens(s string) []Token {
	ts := Tokenize(strings.Map(decoration, yesNoEmoji.Replace(Normalize(s)))).Tokens
	i, j := 0, len(ts)
	for j-1 > i && tailPolite[ts[j-1].Skel] {
		j--
	}
	for i < j-1 && leadPolite[ts[i].Skel] && (ts[i].Skel != "da" || ts[i].Lower == "dạ" || ts[i+1].Skel == "da") &&
		!onlyWord(ts[:j], i) { // "chỉ" (only) is no "chị"
		i++
	}
	return ts[i:j]
}

// hedgeForms are hedge words as written with their marks: a word typed
// with Telex or VNI keys that make another word ("roof" is "rồ", the
// "rồi" of "có rồi" with its i dropped; "rõ" is "rox") is not the hedge.
var hedgeForms = map[string]string{"ro": "rõ", "le": "lẽ", "the": "thể", "biet": "biết", "nho": "nhớ",
	"chac": "chắc", "kien": "kiến", "hinh": "hình", "dang": "đang", "sap": "sắp", "se": "sẽ", "tam": "tạm",
	"hoi": "hỏi", "neu": "nếu", "gi": "gì", "quen": "quên"}

// keyedOther reports a word typed with keys left in (t, folded) whose
// keys make another word than the hedge w.
func keyedOther(t, w string) bool {
	form, ok := hedgeForms[w]
	if !ok || t == w || !IsASCII(t) {
		return false
	}
	a, ok := Marked(t)
	b, _ := Marked(form)
	// Letters only: a tone left off ("bieet", "sawp") is still the hedge.
	return ok && a[:len(a)-1] != b[:len(b)-1]
}
