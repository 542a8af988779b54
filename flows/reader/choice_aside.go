package reader

import (
	"regexp"
	"slices"
	"strings"

	"github.com/baocao/baocao/locales"
)

// Asking at a choice only with a reason (round twelve, the lead's policy:
// an option "with polite words or a remark: = id"), each rule with its
// table test (choice_aside_test.go):
//
//  1. Asides in brackets ("xã Thành Tâm (sáp nhập từ xã Ia Rsươm, Ia
//     Mrơn)", "Đọc sách (Ngày Sách VN 21/4)", "Văn nghệ (10 buổi), thể thao
//     (3 giải)") are taken off when they name no option: the rest is read,
//     and stored as it would be alone.
//  2. Who answers and of what, before the option ("Dạ đơn vị em là xã
//     Thành Công", "dạ có văn nghệ với thể thao", "bên em tổ chức văn
//     nghệ"): the option, stored.
//  3. The option, then an address that names another option ("Xã Thành
//     Tâm, huyện Đắk Mil", Đắk Mil being another unit): which is meant is
//     in doubt; offered, never stored.
//  4. A festival by its own name ("Lễ hội cồng chiêng", "lễ hội đâm trâu")
//     is a kind of the traditional festival: offered as it. An option's
//     name inside a longer name ("Hội thi văn nghệ quần chúng") is offered.
//  5. A form's ticks copied ("[x] Văn nghệ [ ] Thể thao [x] Đọc sách"):
//     the ticked options.
//  6. A closing particle ("2, 4 hen", "1 và 3 nha") is politeness.
//  7. Names typed with the Telex keys left in ("Thanhf Taam", "vawn
//     ngheej, theer thao"): the names the keys spell, offered as a name
//     misspelt.
//
// "Hết" alone stays refused (round nine): all of them, or none left.

// choiceLeadWords may stand before the option in a sentence saying who
// answers, folded (rule 2).
// A kind ("xã") is no lead: "Xã An Bình" names a kind the option has not.
var choiceLeadWords = setOf("da", "thua", "don", "vi", "em", "la", "ben", "minh", "toi", "chung", "co", "to", "chuc",
	"gom", "cua", "thuoc", "a", "anh", "chi", "dv", "nam", "nay", "thang", "trong", "duoc")

// choiceTail are closing particles after the picks (rule 6), folded.
var choiceTail = setOf("hen", "nha", "nhe", "nghen", "nhen", "ha", "a", "ak", "nhaa", "ne", "do", "day", "luon")

// tickedBox is a form's box before a label: "[x]", "[X]", "☑", "☒", "✅".
var tickedBox = regexp.MustCompile(`(\[[xX✓✔]\]|☑|☒)\s*([^\[☐☑☒]+)`)

// choiceAside applies the rules to a reading (id of one, or ids of
// several) of s that was asked or refused.
func choiceAside(s string, options []Option, lang locales.Lang, several bool) ([]string, *Unsure, *locales.Msg, bool) {
	// Each rule reads what is left with the word readers, not again with
	// this layer: one pass, so a long reply costs no more than its words.
	read := func(g string) ([]string, *Unsure, *locales.Msg) {
		if several {
			return readChoicesWords(g, options, lang)
		}
		id, u, p := readChoiceWords(g, options, lang)
		if p != nil {
			return nil, u, p
		}
		return []string{id}, u, nil
	}
	in := string(quoted(s))
	// rule 5
	if several && strings.ContainsAny(s, "[☐") && !strings.ContainsAny(s, "❌✅") {
		var picks []string
		for _, m := range tickedBox.FindAllStringSubmatch(s, -1) {
			picks = append(picks, strings.TrimSpace(m[2]))
		}
		if len(picks) > 0 {
			if ids, u, p := read(strings.Join(picks, ", ")); p == nil {
				return ids, u, nil, true
			}
		}
	}
	// rule 1
	if strings.Contains(s, "(") {
		if rest, asides, ok := withoutAsides(s, several); ok {
			if ids, u, p := read(rest); p == nil && !namesAnOption(asides, others(options, ids)) {
				return ids, u, nil, true // "Đọc sách (Ngày hội đọc sách 21/4)": its own name again
			}
		}
	}
	// rule 6
	if ws := strings.Fields(s); len(ws) > 1 && choiceTail[Fold(strings.ToLower(strings.Trim(ws[len(ws)-1], ".!")))] {
		if ids, u, p := read(strings.Join(ws[:len(ws)-1], " ")); p == nil {
			return ids, u, nil, true
		}
	}
	f := strings.Trim(Fold(cleanAnswer(s, nil).text), " .!")
	// rule 2
	if ids, ok := afterLeadWords(f, options, read); ok {
		return ids, nil, nil, true
	}
	// rule 4
	if i, ok := nameInside(f, options); ok && several {
		return []string{options[i].ID}, &Unsure{Key: "reading.choice_kind", Input: in}, nil, true
	}
	// rule 7
	if g, ok := keysLeftIn(s); ok {
		if ids, u, p := read(g); p == nil && u == nil {
			return ids, &Unsure{Key: "reading.name_misspelt", Input: in}, nil, true
		}
	}
	return nil, nil, nil, false
}

// keysLeftIn is s, typed without marks, with each word's Telex keys read
// (Skeleton): "Thanhf Taam" is "thanh tam". ok when a word changed.
func keysLeftIn(s string) (string, bool) {
	if !IsASCII(s) || strings.ContainsAny(s, "()[]") { // an aside typed so is weighed by rule 1 alone
		return "", false
	}
	ws := strings.Fields(strings.ToLower(s))
	changed := false
	for i, w := range ws {
		core := strings.Trim(w, ",.;()[]")
		if k := Skeleton(core); k != core && k != "" {
			ws[i] = strings.Replace(w, core, k, 1)
			changed = true
		}
	}
	return strings.Join(ws, " "), changed
}

// withoutAsides is s with its bracketed asides taken off (rule 1), and
// the asides; ok when none puts the pick in doubt and something is left.
func withoutAsides(s string, several bool) (string, string, bool) {
	var b, all strings.Builder
	depth, cut := 0, false
	var aside strings.Builder
	for _, r := range s {
		switch {
		case r == '(':
			depth++
			cut = true
		case r == ')' && depth > 0:
			depth--
			if depth == 0 {
				if asideTakes(aside.String(), several) {
					return "", "", false
				}
				all.WriteString(aside.String() + "; ")
				aside.Reset()
			}
		case depth > 0:
			aside.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	rest := strings.TrimSpace(b.String())
	return rest, all.String(), cut && depth == 0 && strings.ContainsFunc(rest, func(r rune) bool { return r > '9' })
}

// others are the options whose ids are not among ids.
func others(options []Option, ids []string) []Option {
	var out []Option
	for _, o := range options {
		if !slices.Contains(ids, o.ID) {
			out = append(out, o)
		}
	}
	return out
}

// asideTakesOne are the words of an aside, folded, that put in doubt
// which unit is meant (at one choice): "(cũ)", "(tên mới)", "(trước sáp
// nhập)". asideTakesAny put an activity in doubt: "(hoãn)", "(chưa)".
var (
	asideTakesOne = setOf("cu", "moi", "truoc", "sau", "ten", "thuoc")
	asideTakesAny = setOf("hoan", "huy", "chua", "khong", "ko", "nhung", "se", "sap", "du", "kien", "dinh", "tru")
)

// asideTakes reports an aside that is an option's id, a kind alone, or
// holds a word that puts the pick in doubt.
func asideTakes(aside string, several bool) bool {
	if strings.Contains(aside, "_") {
		return true // "(an_binh)": an option's id
	}
	ws := skelWords(aside)
	if k, name := unitKind(strings.Join(ws, " ") + " "); k != "" && strings.TrimSpace(name) == "" {
		return true // "(xã)": the kind alone
	}
	for i, w := range ws {
		if doubtWord(ws, i) || !several && asideTakesOne[w] {
			return true
		}
	}
	return false
}

// doubtWord reports ws[i] a word of asideTakesAny that is not part of
// another word pair: "sáp nhập" (merged), "liên hoan" (a festival).
func doubtWord(ws []string, i int) bool {
	switch {
	case !asideTakesAny[ws[i]]:
		return false
	case ws[i] == "sap" && i+1 < len(ws) && ws[i+1] == "nhap":
		return false
	case ws[i] == "hoan" && i > 0 && ws[i-1] == "lien":
		return false
	}
	return true
}

// namesAnOption reports an option's name (without its kind) in s, folded.
func namesAnOption(s string, options []Option) bool {
	f := " " + strings.Join(skelWords(s), " ") + " "
	for _, o := range options {
		for j, name := range optionNames(o) {
			if j == 0 {
				continue
			}
			_, proper := unitKind(name)
			if strings.Contains(f, " "+proper+" ") {
				return true
			}
		}
	}
	return false
}

// afterLeadWords applies rule 2: the words before the first option named
// are only who answers; the rest reads as options, stored.
func afterLeadWords(f string, options []Option, read func(string) ([]string, *Unsure, *locales.Msg)) ([]string, bool) {
	ws := strings.Fields(wordsOnly(f))
	for i := 1; i < len(ws); i++ {
		if !choiceLeadWords[ws[i-1]] {
			return nil, false
		}
		rest := strings.Join(ws[i:], " ")
		if !startsWithOption(rest, options) {
			continue
		}
		if ids, u, p := read(strings.ReplaceAll(rest, " voi ", ", ")); p == nil && u == nil {
			return ids, true
		}
	}
	return nil, false
}

// startsWithOption reports folded f beginning with an option's label or
// its name without the kind.
func startsWithOption(f string, options []Option) bool {
	for _, o := range options {
		for j, name := range optionNames(o) {
			if j == 0 {
				continue
			}
			_, proper := unitKind(name)
			if strings.HasPrefix(f+" ", name+" ") || proper != "" && strings.HasPrefix(f+" ", proper+" ") {
				return true
			}
		}
	}
	return false
}

// nameInside applies rule 4: one option whose first two words open f
// ("lễ hội …") or whose whole name stands inside it.
func nameInside(f string, options []Option) (int, bool) {
	ws := strings.Fields(wordsOnly(f))
	if len(ws) < 3 || strings.ContainsAny(f, "-,.0123456789") {
		return -1, false
	}
	for i, w := range ws {
		if negations[w] || w == "va" || w == "voi" || doubtWord(ws, i) {
			return -1, false // "văn nghệ và giải bóng đá": another item beside it, unnamed
		}
	}
	found, seen := -1, 0
	for k, o := range options {
		for j, name := range optionNames(o) {
			nw := strings.Fields(name)
			if j == 0 || len(nw) < 2 {
				continue
			}
			head := len(nw) > 2 && slices.Equal(ws[:2], nw[:2]) // "lễ hội …" of "lễ hội truyền thống"
			inside := false
			for i := 0; i+len(nw) <= len(ws); i++ {
				if slices.Equal(ws[i:i+len(nw)], nw) {
					seen++
					inside = inside || i > 0 // after a word of its own: "hội thi văn nghệ"
				}
			}
			if head || inside {
				if found >= 0 && found != k {
					return -1, false
				}
				found = k
			}
		}
	}
	return found, found >= 0 && seen <= 1 // "văn nghệ mừng thể thao": two names
}

// otherPlaceNamed applies rule 3: s names, after its first comma, another
// option's name than id.
func otherPlaceNamed(s, id string, options []Option) bool {
	_, after, ok := strings.Cut(s, ",")
	if !ok {
		return false
	}
	return namesAnOption(after, others(options, []string{id}))
}

// skelWords are the words of s folded, with Telex or VNI keys left in
// read ("Taam cux" is "tam cu"), so that an aside typed so is weighed as
// its words.
func skelWords(s string) []string {
	var ws []string
	for _, w := range strings.Fields(Fold(strings.ToLower(s))) {
		if k := Skeleton(strings.Trim(w, ",.;:()[]")); k != "" {
			ws = append(ws, strings.Fields(wordsOnly(k))...)
		}
	}
	return ws
}
