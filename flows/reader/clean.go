package reader

import (
	"slices"
	"strings"
	"unicode"
)

// The reader's pipeline, one stage per function, each tested on its own
// (answer_pipeline_test.go) and all of them together on a table of answers
// typed the way officers type (testdata/answers.tsv):
//
//  1. Normalize (normalize.go): invisible marks out, control characters
//     separate, NFC, one space between words.
//  2. clean (this file): what decorates an answer is taken off, the same
//     way for every question type: emoji, quotes, an Excel apostrophe,
//     stars, brackets, a label before ":" or "=", politeness and fillers
//     at either end ("dạ", "ạ", "nhé", "nha", "ak"), and the lead words of
//     the question type ("đạt", "hiện có", "tỉ lệ" before a figure; "chọn",
//     "đáp án" before an option; "ngày", "vào" before a date).
//  3. find: the figure (answer_number.go), the yes or no (answer_yesno.go),
//     the date (answer_date.go) or the option (answer_choice.go).
//  4. units (answer_unit.go): the words after a figure, checked against
//     the question's unit; Telex/VNI leftovers and abbreviations are read.
//  5. decide (answer_read.go): a value, a probable value to confirm with
//     the person ("Ghi 32.657 hộ?"), or a problem that says what to type.

// cleaned is an answer after the clean stage.
type cleaned struct {
	// text is what is left, normalised, with its diacritics (the multiplier
	// check needs "trăm" apart from "trạm").
	text string
	// label holds the folded words of a label taken off before ":" or "="
	// ("Số hộ: 4.120" → "so", "ho"), so the unit stage can see a label that
	// names something other than what the question asks ("Số thôn: 12").
	label []string
}

// leadPolite and tailPolite are politeness and fillers, folded, that carry
// no meaning for any question: "dạ 300", "300 ạ", "có nhé", "2 nha anh".
// "dạ" alone is a polite yes, so clean never takes the last word away.
var (
	leadPolite = setOf("da", "thua", "xin", "gui", "em", "e", "minh", "toi", "anh", "chi", "oi", "ad", "admin",
		"a", "ak", "kinh", "chao", "bao", "cao", "tra", "loi")
	tailPolite = setOf("a", "ak", "ah", "nhe", "nha", "nhen", "nhaa", "nhee", "ne", "nhi",
		"day", "em", "anh", "chi", "ad", "admin", "oi", "vay", "thoi", "nhaaa",
		"cam", "on", "camon", "thanks", "thank", "tks", "you", "please")
)

// cleanAnswer runs the clean stage on s. lead lists the words, folded, that
// may come before the answer for this question type; "" separates nothing.
func cleanAnswer(s string, lead map[string]bool) cleaned {
	n := Normalize(s)
	t := strings.Map(decoration, keepItemBrackets(n))
	var c cleaned
	tok := strings.Fields(t)
	for i, w := range tok {
		tok[i] = strings.Trim(w, quotes)
	}
	tok = slices.DeleteFunc(tok, func(w string) bool { return w == "" })
	if len(tok) == 0 {
		// Nothing but decoration ("😀", "***"): kept, so the problem
		// message says what was sent rather than "nothing".
		c.text = n
		return c
	}
	t, c.label = cutLabel(strings.Join(tok, " "))
	tok = strings.Fields(t)
	fold := make([]string, len(tok))
	for i, w := range tok {
		fold[i] = untelex(strings.Trim(Fold(w), ".,;!…"))
	}
	// Politeness after, then politeness and lead words before; never the
	// last word ("có ạ" at a count leaves "có", to be told a figure is asked).
	i, j := 0, len(tok)
	for j-1 > i && (tailPolite[fold[j-1]] || fold[j-1] == "") {
		j--
	}
	for i < j-1 && (leadPolite[fold[i]] || lead[fold[i]] && !tensWord(fold, tok, i) || fold[i] == "") {
		i++
	}
	c.text = strings.Join(tok[i:j], " ")
	c.text = strings.TrimRight(c.text, ",;!…:=")
	c.text = strings.TrimLeft(c.text, ";:=")
	c.text = strings.TrimSpace(strings.TrimSuffix(c.text, "."))
	if strings.HasSuffix(c.text, "..") {
		c.text = strings.TrimRight(c.text, ".")
	}
	return c
}

// quotes are taken off either end of a word: "“2.345”", an Excel
// apostrophe ("'4120"), the VIQR acute of "co'". Inside a word they stay,
// for VIQR ("ngu+o+`i").
const quotes = "\"“”„«»‘’'`´"

// decoration maps the signs that decorate an answer to a space: emoji and
// other pictographs, their variation selectors and the keycap mark ("2️⃣"
// is 2), stars and underscores of chat formatting, brackets ("4.120 (hộ)").
func decoration(r rune) rune {
	switch r {
	case '*', '_', '(', ')', '[', ']', '{', '}', '\uFE0E', '\uFE0F', '\u20E3':
		return ' '
	case '%', '#', '~', '≈', '+', '²', '³':
		return r
	}
	if unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) && r > 0x2000 {
		return ' '
	}
	return r
}

// cutLabel takes off a label before the first ":" or "=" when the label
// holds no digit ("Số hộ: 4.120", "tỉ lệ = 61%"), and returns its folded
// words. A colon after a digit is left alone: it is a time ("08:00").
func cutLabel(t string) (string, []string) {
	i := strings.IndexAny(t, ":=")
	if i < 0 || strings.ContainsFunc(t[:i], isASCIIDigit) {
		return t, nil
	}
	label := words(Fold(t[:i]))
	return strings.TrimSpace(t[i+1:]), label
}

// keepItemBrackets marks a closing bracket between two figures ("3) 186",
// "(2) 45", "1] 300") so decoration keeps it: the first is an item's
// number, and digits on either side of a bracket are never one figure
// grouped by thousands (3186). Other brackets are left to decoration.
func keepItemBrackets(s string) string {
	if !strings.ContainsAny(s, ")]") {
		return s
	}
	rs := []rune(s)
	changed := false
	for i, r := range rs {
		if r != ')' && r != ']' {
			continue
		}
		j := i - 1
		for j >= 0 && rs[j] == ' ' {
			j--
		}
		k := i + 1
		for k < len(rs) && rs[k] == ' ' {
			k++
		}
		if j >= 0 && k < len(rs) && isASCIIDigit(rs[j]) && isASCIIDigit(rs[k]) {
			rs[i] = itemMark[r]
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}

// itemMark stands for a bracket kept between two figures: a sign that
// decoration leaves and that no figure holds.
var itemMark = map[rune]rune{')': '〕', ']': '〕'}
