package reader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/baocao/baocao/locales"
)

// Round nine's rules for choices, as a clerk states them (the Mekong-delta,
// mountain, ward and voice-typing officers' batches), each with its table
// test (choice_r9_test.go):
//
//  1. Figures and commas typed full-width by a Chinese or Japanese input
//     method ("１，２", "1、2") are the plain ones.
//  2. Options each marked done or not ("Văn nghệ ✅ Thể thao ✅ Đọc sách
//     ❌", "✅ Văn nghệ ❌ Đọc sách", "Văn nghệ: có, Đọc sách: không"): the
//     ones marked done, offered. A mark of not done never picks its option.
//  3. Every option said with "hết": "hết luôn 5 cái", "cả 5 luôn", "hết cả
//     5 hoạt động" is rule 4's every option (the count must fit).
//  4. What the unit was before the merger, in a note or a last clause
//     ("phường An Bình (xã An Phú cũ)", ", trước là xã An Hòa", "(giải
//     bóng chuyền xã Hải Lý cũ)"), is history: the option outside it,
//     when the note names no option.
//  5. The option's id copied after its label ("Xã Thành Công
//     (thanh_cong)") is the same option.
//  6. Who answers before the options ("xã em có văn nghệ, thể thao", "bên
//     em tổ chức …", "em ở xã Thành Công") is no part of them.
//  7. An option's label, then a proper name saying which one ("lễ hội Gầu
//     Tào", "văn nghệ Tết"): the option, offered.
//  8. "Trừ" and what is left out, then "(ra) thì có hết" ("trừ lễ hội ra
//     thì có hết", "ngoài trừ 3 thì có tất cả"): every other option,
//     offered, as "tất cả trừ …" is. "Trừ 3" alone says no "all": refused
//     (rule 9 of choice_rules.go).
//  9. At a several-choice question, a number past the last option whose
//     figures are each an option, once ("13", "124" of five): the options
//     typed without their commas, offered.
// 10. An ordinal ("thứ ba", "cái thứ 2", "phương án thứ nhất") is the
//     option of that number, offered ("thứ ba" is also Tuesday).

// fullWidth are the marks of rule 1 that width.Narrow leaves.
var fullWidth = strings.NewReplacer("、", ",", "，", ",", "；", ";")

// narrowChoice applies rule 1.
func narrowChoice(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x3000 && r <= 0xFFEF }) {
		return s // the cheap path
	}
	return width.Narrow.String(fullWidth.Replace(s))
}

// Marks of done and not done beside options (rule 2).
const (
	doneMarks    = "✅✔✓☑"
	notDoneMarks = "❌✗✘✖❎🚫"
)

// notDoneWord reports a word of not done in s, for rule 2's cheap path.
func notDoneWord(s string) bool {
	l := " " + strings.ToLower(s)
	for _, m := range []string{"không", "khong", " ko", " k", "chưa", "chua", " no"} {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// wordMark is an option with "có" or "không" after a colon or a dash.
var wordMark = regexp.MustCompile(`^(.+?)\s*[:\-–=]\s*(co|khong|ko|k|chua|x|yes|no)[.!]?$`)

// markedChoices applies rule 2; ok is false when no option is marked not
// done.
func markedChoices(s string, options []Option, lang locales.Lang) (ids []string, u *Unsure, p *locales.Msg, ok bool) {
	type seg struct {
		text string
		done bool
	}
	var segs []seg
	switch {
	case strings.ContainsAny(s, notDoneMarks):
		n := strings.TrimSpace(Normalize(s))
		lead := strings.ContainsRune(doneMarks+notDoneMarks, []rune(n)[0])
		var cur strings.Builder
		var mark *bool
		flush := func(done bool) {
			segs = append(segs, seg{cur.String(), done})
			cur.Reset()
		}
		for _, r := range n {
			isDone, isNot := strings.ContainsRune(doneMarks, r), strings.ContainsRune(notDoneMarks, r)
			switch {
			case (isDone || isNot) && lead:
				if mark != nil {
					flush(*mark)
				}
				d := isDone
				mark = &d
			case isDone || isNot:
				flush(isDone)
			case r == '\uFE0F':
			default:
				cur.WriteRune(r)
			}
		}
		if lead && mark != nil {
			flush(*mark)
		} else if strings.TrimFunc(cur.String(), func(r rune) bool { return !isLetter(r) && !isDigit(r) && r < 0x80 }) != "" {
			return nil, nil, problem("answer.choice_unknown", "input", quoted(s), "options", listOptions(options, nil, lang)), true // an option without a mark
		}
	case strings.ContainsAny(s, ",;\n") && strings.ContainsAny(s, ":-–=") && notDoneWord(s):
		any := false
		for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",;\n", r) }) {
			m := wordMark.FindStringSubmatch(strings.TrimSpace(Fold(strings.ToLower(Normalize(part)))))
			if m == nil {
				return nil, nil, nil, false
			}
			done := m[2] == "co" || m[2] == "x" || m[2] == "yes"
			any = any || !done
			segs = append(segs, seg{m[1], done})
		}
		if !any {
			return nil, nil, nil, false // every one marked done: the other rules read it
		}
	default:
		return nil, nil, nil, false
	}
	picked := make([]bool, len(options))
	for _, sg := range segs {
		if strings.TrimSpace(sg.text) == "" {
			continue
		}
		got, _, gp := readChoices(sg.text, options, lang)
		if gp != nil {
			return nil, nil, problem("answer.choice_unknown", "input", quoted(s), "options", listOptions(options, nil, lang)), true
		}
		if !sg.done {
			continue
		}
		for _, id := range got {
			picked[slices.IndexFunc(options, func(o Option) bool { return o.ID == id })] = true
		}
	}
	for i, on := range picked {
		if on {
			ids = append(ids, options[i].ID)
		}
	}
	if len(ids) == 0 {
		return nil, nil, problem("answer.choice_unknown", "input", quoted(s), "options", listOptions(options, nil, lang)), true
	}
	return ids, &Unsure{Key: "reading.choices_marked", Input: string(quoted(s))}, nil, true
}

// everyHet is rule 3's answer, folded, as rule 4's words: "hết luôn 5 cái".
var everyHet = regexp.MustCompile(`^(?:(?:co|chon|to chuc|da to chuc) )?(?:het ca|het luon|ca het|het|ca|tat ca|du ca)(?: (?:luon|het|ca))?(?: (\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi))?(?: (cai|hoat dong|hd|muc|loai|noi dung))?(?: (?:luon|het|deu co|deu|a|nha|nhe))*$`)

// everyR9 applies rule 3 to folded f.
func everyR9(f, s string, options []Option, lang locales.Lang) (ids []string, u *Unsure, p *locales.Msg, ok bool) {
	if !strings.Contains(f, "het") && !strings.Contains(f, "luon") {
		return nil, nil, nil, false
	}
	m := everyHet.FindStringSubmatch(f)
	if m == nil || m[1] == "" && !strings.Contains(f, "het") || f == "het" {
		return nil, nil, nil, false // "hết" alone may be "none left"
	}
	g := "tat ca"
	if m[1] != "" {
		g = "ca " + m[1]
		if m[2] != "" {
			g += " " + m[2]
		}
	}
	return everyOption(g, s, options, lang)
}

// formerNote is a note that says what the unit was before the merger
// (rule 4): "xã An Phú cũ", "cũ là xã An Phú", "trước là xã An Hòa",
// "giải bóng chuyền xã Hải Lý cũ".
var formerNote = regexp.MustCompile(`^(?:(?:[a-z]+ ){0,5}(?:xa|phuong|thi tran|tt|huyen|thon|ap) [a-z]+(?: [a-z]+){0,3} cu|(?:cu|truoc|truoc day|truoc kia|nguyen|truoc sap nhap|truoc khi sap nhap)(?: la)? (?:xa|phuong|thi tran|tt) [a-z]+(?: [a-z]+){0,3})$`)

// formerMark reports a piece of rule 4's words, or of an id, in s.
func formerMark(s string) bool {
	l := strings.ToLower(s)
	for _, m := range []string{"cũ", "cu", "trước", "truoc", "nguyên", "nguyen", "_"} {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// cutFormer takes rule 4's note or clause off s, or rule 5's id; ok is
// false when there is none.
func cutFormer(s string, options []Option, lang locales.Lang) (string, bool) {
	ans, note, ok := CutNote(s)
	if !ok {
		i := strings.LastIndexAny(s, ",;")
		if i <= 0 {
			return "", false
		}
		ans, note = s[:i], s[i+1:]
	}
	if slices.ContainsFunc(options, func(o Option) bool { return o.ID == strings.TrimSpace(note) }) {
		return ans, true // rule 5; the answer must read as it, see choiceRetryR9
	}
	f := strings.Trim(Fold(cleanAnswer(note, nil).text), " .!")
	if !formerNote.MatchString(f) {
		return "", false
	}
	ws := strings.Fields(f)
	if namesAnyLabel(ws, options) {
		return "", false // "(Thành Tâm cũ)": the note names an option
	}
	for i := range ws[:len(ws)-1] { // a word alone may be a kind written short ("phu")
		if _, p := readOneChoiceSure(strings.Join(ws[i:], " "), options, lang); p == nil && !unitEraWords[ws[i]] && !onlyKind(ws[i]) {
			return "", false
		}
	}
	return ans, true
}

// whoLead is who answers, folded, before the options (rule 6).
var whoLead = regexp.MustCompile(`^(?:(?:xa|phuong|ben|don vi|thon|ap) (?:em|minh|toi|chung em|chung toi|ta)|em o|em la|minh o|toi o|o)(?: (?:nam nay|thang nay|dot nay|ky nay|hien nay|hien tai))? `)

// choiceRetryR9 reads by rules 4 to 7 what the other rules refused as no
// option; multi reads several.
func choiceRetryR9(s string, options []Option, lang locales.Lang, multi bool) (ids []string, u *Unsure, ok bool) {
	read := func(g string) ([]string, *Unsure, bool) {
		if multi {
			ids, u, p := readChoices(g, options, lang)
			return ids, u, p == nil
		}
		id, u, p := readChoiceWords(g, options, lang)
		return []string{id}, u, p == nil
	}
	if !strings.ContainsAny(s, "),;") || !formerMark(s) {
		// no note, no clause, no word of a former unit nor an id: rules 4
		// and 5 have nothing to cut
	} else if ans, ok := cutFormer(s, options, lang); ok {
		if ids, u, ok := read(ans); ok {
			if _, note, _ := CutNote(s); slices.ContainsFunc(options, func(o Option) bool { return o.ID == strings.TrimSpace(note) }) &&
				(len(ids) != 1 || ids[0] != strings.TrimSpace(note)) {
				return nil, nil, false // the id copied is another option's
			}
			return ids, u, true
		}
	}
	c := cleanAnswer(s, nil).text
	fc := Fold(strings.ToLower(c))
	if loc := whoLead.FindStringIndex(fc); loc != nil {
		if rest := strings.TrimSpace(fc[loc[1]:]); rest != "" {
			// the fold keeps byte lengths apart: cut by words
			n := len(strings.Fields(fc[:loc[1]]))
			rest = strings.Join(strings.Fields(c)[n:], " ")
			if ids, u, ok := read(rest); ok {
				return ids, u, true
			}
			if ids, u, ok := choiceRetryR9(rest, options, lang, multi); ok {
				return ids, u, true
			}
		}
	}
	if i, ok := ordinalOption(fc, options); strings.Contains(fc, "thu ") && ok {
		return []string{options[i].ID}, &Unsure{Key: "reading.choice_ordinal", Input: string(quoted(s))}, true // rule 10
	}
	if i, ok := labelThenName(c, options, lang); strings.ContainsFunc(c, unicode.IsUpper) && ok {
		return []string{options[i].ID}, &Unsure{Key: "reading.choice_named_one", Input: string(quoted(s))}, true
	}
	return nil, nil, false
}

// labelThenName applies rule 7 to cleaned c: words that read as one
// option (its label, or the beginning that is its own), then words that
// each start with a capital, naming no other option.
func labelThenName(c string, options []Option, lang locales.Lang) (int, bool) {
	ws := strings.Fields(c)
	if strings.ContainsFunc(c, isDigit) || strings.ContainsAny(c, "()[],;:") {
		return 0, false // a number is rules 1 and 2's; a note rule 12's
	}
	for at := len(ws) - 1; at >= 1 && len(ws)-at <= 5; at-- {
		for _, w := range ws[at:] {
			// A name: a capital, then small letters ("Gầu", "Tào"), not
			// words in capitals ("CHƯA TỔ CHỨC"), nor what qualifies.
			r := []rune(strings.Trim(w, edgePunct))
			if len(r) == 0 || !unicode.IsUpper(r[0]) || slices.ContainsFunc(r[1:], unicode.IsUpper) ||
				noteQualifiers[Fold(strings.ToLower(w))] || negations[Fold(strings.ToLower(w))] {
				return 0, false
			}
		}
		head := strings.Join(ws[:at], " ")
		id, p := readOneChoiceSure(head, options, lang)
		if p != nil || choiceDoubt(head, id, options) != nil || oneWordOfName(head, id, options) || unitNamedInPart(head, id, options) {
			continue // "Phường Bình Tây" is another ward than "Phường Bình Tân" (choice_remark.go)
		}
		if namesAnyLabel(strings.Fields(Fold(strings.ToLower(strings.Join(ws[at:], " ")))), options) {
			return 0, false
		}
		return slices.IndexFunc(options, func(o Option) bool { return o.ID == id }), true
	}
	return 0, false
}

// exceptOnly is rule 8's answer, folded: what is left out is group 1.
var exceptOnly = regexp.MustCompile(`^(?:tru|ngoai tru|tru ra|chi tru) (.+?)(?: ra)?(?:,? (?:thi|la|con lai))?(?: (?:co|to chuc|lam|deu co|da to chuc))? (?:het|tat ca|du ca|ca)(?: (?:luon|roi|nha|a))?$`)

// exceptR9 applies rule 8 to folded f.
func exceptR9(f string, options []Option, lang locales.Lang) ([]string, bool) {
	if !strings.HasPrefix(f, "tru ") && !strings.HasPrefix(f, "ngoai tru ") && !strings.HasPrefix(f, "chi tru ") {
		return nil, false // the cheap path
	}
	m := exceptOnly.FindStringSubmatch(f)
	if m == nil {
		return nil, false
	}
	return everyOptionBut("tat ca tru "+m[1], options, lang)
}

// digitsRun applies rule 9 to folded f.
func digitsRun(f string, options []Option) ([]string, bool) {
	f = strings.TrimSpace(f)
	if len(f) < 2 || !isDigits(f) || len(options) >= 10 {
		return nil, false
	}
	seen := make([]bool, len(options))
	for _, r := range f {
		i := int(r - '1')
		if i < 0 || i >= len(options) || seen[i] {
			return nil, false
		}
		seen[i] = true
	}
	var ids []string
	for i, on := range seen {
		if on {
			ids = append(ids, options[i].ID)
		}
	}
	return ids, true
}

// ordinalWords are the ordinals after "thứ", folded; "nhất" is first.
var ordinalWords = map[string]int{"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}

// ordinalOption applies rule 10 to folded f: the option's index.
var ordinalLead = regexp.MustCompile(`^(?:(?:chon|la|lay) )?(?:(?:cai|so|phuong an|lua chon|muc|o|dong|xa|phuong|don vi|y) )?thu (\d{1,2}|[a-z]+)$`)

func ordinalOption(f string, options []Option) (int, bool) {
	m := ordinalLead.FindStringSubmatch(strings.TrimSpace(f))
	if m == nil {
		return 0, false
	}
	n, ok := ordinalWords[m[1]]
	if !ok {
		if !isDigits(m[1]) {
			return 0, false
		}
		n = int(m[1][0] - '0')
		if len(m[1]) == 2 {
			n = n*10 + int(m[1][1]-'0')
		}
	}
	if n < 1 || n > len(options) {
		return 0, false
	}
	return n - 1, true
}
