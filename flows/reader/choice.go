package reader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/baocao/baocao/locales"
)

// Reading choices: by number, by label with or without diacritics, by a
// unique prefix; several at once for multi-choice questions.

// choiceLead are words before a choice number: "số 2", "phương án 2", "#2".
var choiceLead = []string{"phuong an so ", "phuong an ", "lua chon so ", "lua chon ", "dap an so ", "dap an ",
	"chon so ", "chon ", "so ", "cau ", "muc ", "y ", "#", "no.", "option ", "choice "}

// numberedOption is an option copied with its number, folded: "1 - thuong
// xuyen", "1. xa thanh tam", "2) the thao", "so 1 xa thanh tam".
var numberedOption = regexp.MustCompile(`^(?:so |phuong an |lua chon |dap an )?(\d{1,2})\s*(?:[.):/\-–—]\s*|\s)(\pL.*)$`)

// minPrefix is the shortest prefix that selects an option by its label:
// shorter ones match too much ("x" is every commune, "xa").
const minPrefix = 3

// ReadChoice reads one option: by its number ("2", "2.", "số 2"), by its
// label in any case, with or without diacritics ("xa thanh tam"), or by a
// unique beginning of the label or id of at least three letters.
func ReadChoice(s string, options []Option, lang locales.Lang) (string, *locales.Msg) {
	return sureOnly(readChoice(s, options, lang))
}

// readChoice is ReadChoice with a probable reading (a name misspelt, a
// kind of unit alone) kept apart, to be confirmed.
func readChoice(s string, options []Option, lang locales.Lang) (string, *Unsure, *locales.Msg) {
	id, u, p := readChoiceWords(s, options, lang)
	if p != nil && p.Key == "answer.choice_unknown" || u != nil {
		// asked or refused for the words around the option (choice_aside.go)
		if ids, u2, p2, ok := choiceAside(s, options, lang, false); ok && len(ids) == 1 && (p != nil || u2 == nil) {
			id, u, p = ids[0], u2, p2
		}
	}
	if p != nil && p.Key == "answer.choice_unknown" || u != nil {
		if fid, ok := framedChoice(s, options, lang); ok {
			id, u, p = fid, nil, nil // "Kính gửi anh, đơn vị em là xã Thành Tâm ạ" (choice_frame.go)
		}
	}
	if p == nil && u == nil && otherPlaceNamed(s, id, options) {
		u = &Unsure{Key: "reading.choice_place_other", Input: string(quoted(s))} // "Xã Thành Tâm, huyện Đắk Mil"
	}
	if p != nil && p.Key == "answer.choice_unknown" {
		if oid, ok := oldNameNoted(s, options, lang); ok {
			// "Xã Thành Công (mới, sáp nhập từ xã Thành Tâm cũ)" (choice_old_name.go)
			id, u, p = oid, &Unsure{Key: "reading.choice_old_name", Input: string(quoted(s))}, nil
		}
	}
	if p != nil && p.Key == "answer.choice_unknown" {
		if bid, ok := beforeLevel(s, options, lang); ok {
			id, p = bid, nil // "Xa Thanh Cong tinh Tuyen Quang": offered below (choice_level_beside.go)
		}
	}
	if p == nil && u == nil && levelBeside(s, id, options) {
		u = &Unsure{Key: "reading.choice_level_beside", Input: string(quoted(s))} // "Thị trấn Đắk Mil, tỉnh Lạng Sơn"
	}
	return id, u, p
}

// readChoiceWords is readChoice before the words around the option are
// weighed (choice_aside.go).
func readChoiceWords(s string, options []Option, lang locales.Lang) (string, *Unsure, *locales.Msg) {
	s = plainCircled(narrowChoice(s)) // "１" (choice_r9.go), "③" (choice_remark.go)
	id, u, p := readOneChoice(s, options, lang)
	if p != nil && p.Key == "answer.choice_unknown" {
		if ids, ru, ok := choiceRetryR9(s, options, lang, false); ok {
			return ids[0], ru, nil // "phường An Bình (xã An Phú cũ)" (choice_r9.go)
		}
	}
	if p != nil && p.Key == "answer.choice_unknown" || u != nil && u.Key == "reading.choice_part" {
		if g, ok := asItIsNow(s); ok && g != "" {
			if gid, gu, gp := readChoiceWords(g, options, lang); gp == nil {
				return gid, gu, nil // "UBND phường An Bình", "Xã Thành Tâm mới" (choice_remark.go)
			}
		}
	}
	if p != nil && p.Key == "answer.choice_unknown" && namesSeveral(s, options, lang) {
		return "", nil, problem("answer.one_choice_only", "input", quoted(s))
	}
	return id, u, p
}

// readOneChoice is readChoice without the check for several options, so
// that ReadChoices can use it on each part.
func readOneChoice(s string, options []Option, lang locales.Lang) (string, *Unsure, *locales.Msg) {
	id, p := readOneChoiceSure(s, options, lang)
	if p == nil {
		u := choiceDoubt(s, id, options) // choice_named.go
		if u == nil && oneWordOfName(s, id, options) {
			u = &Unsure{Key: "reading.choice_one_word", Input: string(quoted(s))} // choice_r8.go
		}
		return id, u, nil
	}
	if p.Key != "answer.choice_unknown" {
		return id, nil, p
	}
	// The rules of choice_rules.go, in order: an option copied with its
	// number after it, a kind of unit alone, a name misspelt.
	f := Fold(cleanAnswer(s, nil).text)
	if i, ok, agree := labelThenNumber(f, options); ok {
		if !agree {
			return "", nil, problem("answer.choice_number_label", "input", quoted(s), "options", listOptions(options, nil, lang))
		}
		return options[i].ID, nil, nil
	}
	if g, ok := choiceInWords(s); ok {
		// "một", "số hai": the number in words (choice_r8.go)
		if id, p := readOneChoiceSure(g, options, lang); p == nil {
			return id, nil, nil
		} else if p.Key == "answer.choice_out_of_range" {
			return "", nil, problem(p.Key, "input", quoted(s), "count", len(options))
		}
	}
	if g, ok := kindFirst(f); ok {
		// "Thành Công (xã)": the kind after the name.
		if id, p := readOneChoiceSure(g, options, lang); p == nil {
			return id, nil, nil
		}
	}
	if g, ok := withoutAddress(f); ok {
		// "xã Thành Công, huyện Yên Thành": the district after the unit.
		if id, p := readOneChoiceSure(g, options, lang); p == nil {
			return id, nil, nil
		}
	}
	if id, u, ok := namedOtherWays(s, f, options, lang); ok {
		// A note in brackets, a label at the end, a short form (choice_named.go).
		return id, u, nil
	}
	if i, ok := labelThenEvent(s, options, lang); ok {
		// "văn nghệ mừng Đảng mừng xuân": which event (choice_remark.go)
		return options[i].ID, &Unsure{Key: "reading.choice_named_one", Input: string(quoted(s))}, nil
	}
	if i, ok := theOneOfKind(f, options); ok {
		return options[i].ID, &Unsure{Key: "reading.kind_alone", Input: string(quoted(s))}, nil
	}
	if i, ok := nearestName(f, options); ok {
		return options[i].ID, &Unsure{Key: "reading.name_misspelt", Input: string(quoted(s))}, nil
	}
	return "", nil, p
}

// readOneChoiceSure reads one option by the sure rules only.
func readOneChoiceSure(s string, options []Option, lang locales.Lang) (string, *locales.Msg) {
	in := quoted(s)
	f := Fold(cleanAnswer(s, nil).text)
	if f == "" {
		return "", problem("answer.empty")
	}
	if rest, ok := cutChoiceLead(f); ok && len(matchOptions(f, options, sameName)) == 0 {
		// "chọn Xã Thành Tâm", "đáp án 2": the lead words are not the label.
		if _, isNum := choiceNumber(rest); !isNum {
			f = rest
		}
	}
	if len(matchOptions(f, options, sameName)) == 0 {
		f = cutPlaceLead(f) // "ở xã Thành Công", "bên em là xã Thành Công"
	}
	found := matchOptions(f, options, sameName)
	if len(found) == 0 {
		found = matchOptions(f, options, sameUnitName)
	}
	if len(found) == 0 && strings.Contains(f, " ") {
		found = matchOptions(f, options, sameNameWithoutAnd) // "văn hóa du lịch"
	}
	if m := numberedOption.FindStringSubmatch(f); m != nil && len(found) == 0 {
		// "1 - Thường xuyên", "1. Xã Thành Tâm": the option copied as it is
		// shown, with its number. Number and label must name the same one.
		n, _ := strconv.Atoi(m[1])
		named := matchOptions(m[2], options, sameName)
		if len(named) == 0 {
			named = matchOptions(m[2], options, sameUnitName)
		}
		if len(named) == 0 {
			named = matchOptions(m[2], options, startsName)
		}
		if len(named) == 0 {
			named = matchOptions(m[2], options, startsWordInName)
		}
		switch {
		case len(named) == 1 && named[0] == n-1:
			return options[n-1].ID, nil
		case len(named) == 1 || n >= 1 && n <= len(options) && len(named) > 1:
			return "", problem("answer.choice_number_label", "input", in, "options", listOptions(options, nil, lang))
		}
	}
	if i, isNum := choiceNumber(f); isNum && len(found) == 0 {
		if i < 1 || i > len(options) {
			return "", problem("answer.choice_out_of_range", "input", in, "count", len(options))
		}
		return options[i-1].ID, nil
	}
	if len(found) == 0 {
		found = matchOptions(f, options, startsName)
	}
	if len(found) == 0 {
		found = matchOptions(f, options, startsWordInName)
	}
	switch {
	case len(found) == 1:
		return options[found[0]].ID, nil
	case len(found) > 1:
		return "", problem("answer.choice_ambiguous", "input", in, "candidates", listOptions(options, found, lang))
	}
	return "", problem("answer.choice_unknown", "input", in, "options", listOptions(options, nil, lang))
}

// namesSeveral reports whether s names several options at once ("1, 3"),
// to tell the person that the question takes one.
func namesSeveral(s string, options []Option, lang locales.Lang) bool {
	ids, _, p := readChoices(s, options, lang)
	return p == nil && len(ids) > 1
}

// cutChoiceLead takes the lead words off a folded choice: "chọn 2",
// "đáp án Xã Thành Tâm".
func cutChoiceLead(f string) (string, bool) {
	for _, lead := range choiceLead {
		if strings.HasPrefix(f, lead) {
			return strings.TrimSpace(f[len(lead):]), true
		}
	}
	return f, false
}

// choiceNumber reads "2", "2.", "2)", "(2)", "số 2", "#2", "chọn 2",
// "đáp án 2" as 2.
func choiceNumber(f string) (int, bool) {
	f = strings.Trim(foldNumber(f), " .)(:")
	f, _ = cutChoiceLead(f)
	f = strings.Trim(f, " .)(:")
	if !isDigits(f) {
		return 0, false
	}
	if len(f) > 6 {
		return -1, true // out of range, whatever it is
	}
	n, _ := strconv.Atoi(f)
	return n, true
}

// matchOptions finds the options with a name that matches f. The label
// (or id) itself is tried first, even before a number, so that an option
// called "2026" is not read as option number 2026; then a beginning of at
// least minPrefix letters; then the start of a word inside the label
// ("thanh tam" for "Xã Thành Tâm").
func matchOptions(f string, options []Option, matches func(name, f string) bool) []int {
	var found []int
	for i, o := range options {
		for _, name := range optionNames(o) {
			if matches(name, f) {
				found = append(found, i)
				break
			}
		}
	}
	return found
}

func sameName(name, f string) bool { return name == f }

// Rule a clerk states about units named as options (choice_test.go): the
// kind of unit may be written short ("P. An Bình", "TT Đắk Mil", "X.
// Thành Tâm") or left out; the name decides, and a kind written must be the
// option's own ("Xã An Bình" is not "Phường An Bình").

// unitKinds are the kinds of administrative unit, folded, each with the
// ways it is written short; longer forms first.
var unitKinds = []struct{ kind, form string }{
	{"thi tran", "thi tran "}, {"thi tran", "t.tran "}, {"thi tran", "t.t. "}, {"thi tran", "t.t "},
	{"thi tran", "tt. "}, {"thi tran", "tt."}, {"thi tran", "tt "},
	{"thi xa", "thi xa "}, {"thi xa", "tx. "}, {"thi xa", "tx."}, {"thi xa", "tx "},
	{"thanh pho", "thanh pho "}, {"thanh pho", "tp. "}, {"thanh pho", "tp."}, {"thanh pho", "tp "},
	{"phuong", "phuong "}, {"phuong", "p. "}, {"phuong", "p."}, {"phuong", "p "},
	{"xa", "xa "}, {"xa", "x. "}, {"xa", "x."},
	{"huyen", "huyen "}, {"huyen", "h. "}, {"huyen", "h."},
}

// unitKind splits a folded name into its kind of unit and the name proper;
// kind is "" when none is written.
func unitKind(f string) (kind, name string) {
	for _, k := range unitKinds {
		if strings.HasPrefix(f, k.form) {
			return k.kind, strings.TrimSpace(f[len(k.form):])
		}
	}
	return "", f
}

// sameUnitName reports whether f names the unit called name, its kind
// written short or not at all (rule above).
func sameUnitName(name, f string) bool {
	fk, fn := unitKind(f)
	nk, nn := unitKind(name)
	return fn != "" && fn == nn && nk != "" && (fk == "" || fk == nk)
}

// placeLeads, folded, say where the person is before naming their unit:
// "ở xã Thành Công", "bên em là xã Thành Công", "thuộc phường An Bình".
var placeLeads = []string{"ben em la ", "ben em o ", "em o ", "o ", "tai ", "thuoc ", "ben em ", "la ", "don vi "}

// cutPlaceLead takes the place words off a folded choice.
func cutPlaceLead(f string) string {
	for _, l := range placeLeads {
		if strings.HasPrefix(f, l) {
			return strings.TrimSpace(f[len(l):])
		}
	}
	return f
}

// A beginning of a name counts when it names something: "phường" alone is
// a kind of unit, not a unit, even when one option alone is a ward.
func startsName(name, f string) bool {
	return utf8.RuneCountInString(f) >= minPrefix && !onlyKind(f) && strings.HasPrefix(name, f)
}

func startsWordInName(name, f string) bool {
	return utf8.RuneCountInString(f) >= minPrefix && !onlyKind(f) && strings.Contains(" "+name, " "+f)
}

// onlyKind reports a folded answer that is a kind of unit and nothing
// else ("phuong", "thi tran", "xa").
func onlyKind(f string) bool {
	kind, name := unitKind(f + " ")
	return kind != "" && name == ""
}

// optionNames are the folded names an option answers to: its id and its
// label in every language.
func optionNames(o Option) []string {
	key := o.ID
	for _, lang := range locales.Langs {
		key += "\x00" + o.Label[lang]
	}
	if names, ok := optionNamesCache.Load(key); ok {
		return names.([]string)
	}
	names := []string{Fold(o.ID)}
	for _, lang := range locales.Langs {
		if l, ok := o.Label[lang]; ok && l != "" {
			names = append(names, Fold(l))
		}
	}
	optionNamesCache.Store(key, names)
	return names
}

// optionNamesCache keeps each option's folded names, read-only once made:
// the options come from the forms' configuration, so it stays small, and
// an answer no longer folds every label of its question on every try.
var optionNamesCache sync.Map

// listOptions prints the options at idx (all when nil) as "1. A; 2. B".
func listOptions(options []Option, idx []int, lang locales.Lang) locales.Plain {
	if idx == nil {
		for i := range options {
			idx = append(idx, i)
		}
	}
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = strconv.Itoa(i+1) + ". " + optionLabel(options[i], lang)
	}
	return locales.Plain(strings.Join(parts, "; "))
}

// optionLabel is the option's label in lang, or its id when it has none.
func optionLabel(o Option, lang locales.Lang) string {
	if l := o.Label.In(lang); l != "" {
		return l
	}
	return o.ID
}

// Words that choose every option, whatever their number ("cả hai", "cả
// 5" say a number: see everyOption).
var allWords = setOf("tat ca", "all", "toan bo")

// ReadChoices reads several options: numbers separated by commas or spaces
// ("1, 3", "1 3"), labels separated by commas, semicolons, new lines or
// "và" ("Hát, Múa và Văn nghệ"), or "tất cả". Each is read as ReadChoice
// reads one. Repeats count once; ids come back in the options' order.
func ReadChoices(s string, options []Option, lang locales.Lang) ([]string, *locales.Msg) {
	return sureOnly(readChoices(s, options, lang))
}

// readChoices is ReadChoices with a probable reading kept apart, to be
// confirmed: "cả năm" (also "the whole year"), "1.2.3", a name misspelt.
func readChoices(s string, options []Option, lang locales.Lang) ([]string, *Unsure, *locales.Msg) {
	ids, u, p := readChoicesWords(s, options, lang)
	if p != nil && p.Key == "answer.choice_unknown" || u != nil {
		// asked or refused for the words around the options (choice_aside.go)
		if ids2, u2, p2, ok := choiceAside(s, options, lang, true); ok && (p != nil || u2 == nil) {
			ids, u, p = ids2, u2, p2
		}
	}
	if p != nil && (p.Key == "answer.choice_unknown" || p.Key == "answer.choice_number_label") || u != nil {
		if fids, ok := framedChoices(s, options, lang); ok {
			return fids, nil, nil // "Dạ xã em tổ chức văn nghệ, thể thao ạ", "1 3 (văn nghệ với đọc sách)" (choice_frame.go)
		}
	}
	if u != nil && u.Key == joinedWhole {
		u = nil // "van nghe the thao doc sach" (choice_joined_whole.go)
	}
	if p == nil && noteNamesOther(s, ids, options) {
		// "1 3 (vawn ngheej, theer thao)": the names in brackets, Telex keys
		// and all, pick another option than the numbers (choice_frame.go)
		return nil, nil, problem("answer.choice_number_label", "input", quoted(s), "options", listOptions(options, nil, lang))
	}
	return ids, u, p
}

// readChoicesWords is readChoices before the words around the options are
// weighed (choice_aside.go).
func readChoicesWords(s string, options []Option, lang locales.Lang) ([]string, *Unsure, *locales.Msg) {
	if Fold(s) == "" {
		return nil, nil, problem("answer.empty")
	}
	s = plainCircled(narrowChoice(s)) // "１，２" (choice_r9.go), "①③" (choice_remark.go)
	f := strings.Trim(Fold(cleanAnswer(s, nil).text), " .!")
	if allWords[f] && len(options) > 0 {
		return allIDs(options), nil, nil
	}
	if ids, u, p, ok := markedChoices(s, options, lang); ok {
		return ids, u, p // "Văn nghệ ✅ Đọc sách ❌" (choice_r9.go)
	}
	if ids, u, p, ok := everyR9(f, s, options, lang); ok {
		return ids, u, p // "hết luôn 5 cái" (choice_r9.go)
	}
	if ids, ok := exceptR9(f, options, lang); ok {
		return ids, &Unsure{Key: "reading.choices_except", Input: string(quoted(s))}, nil // "trừ lễ hội" (choice_r9.go)
	}
	if ids, ok := everyOptionBut(f, options, lang); ok {
		return ids, &Unsure{Key: "reading.choices_except", Input: string(quoted(s))}, nil
	}
	if ids, u, p, ok := everyOption(f, s, options, lang); ok {
		return ids, u, p
	}
	if ids, u, p, ok := exceptOrRefuse(f, s, options, lang); ok {
		return ids, u, p // "trừ 4", "không có lễ hội" (choice_except.go)
	}
	if ids, ok := numbersRun(f, options); ok {
		return ids, &Unsure{Key: "reading.choices_run", Input: string(quoted(s))}, nil
	}
	if ids, sure, ok := numbersRange(f, options); ok {
		if sure {
			return ids, nil, nil
		}
		return ids, &Unsure{Key: "reading.choices_range", Input: string(quoted(s))}, nil
	}
	if idx, ok := numberedOnOneLine(s, options, lang); ok {
		// "1. Văn nghệ 3. Đọc sách": numbers and labels agree (choice_named.go).
		slices.Sort(idx)
		ids := make([]string, len(idx))
		for k, i := range idx {
			ids[k] = options[i].ID
		}
		return ids, nil, nil
	}
	if ans, ok := cutChoiceNote(s, options, lang); ok {
		s = ans // "đọc sách (tủ sách ấp)": an aside (choice_named.go)
	}
	picked := make([]bool, len(options))
	var unsure *Unsure
	for _, part := range splitChoices(strings.Map(decoration, s)) {
		u, p := pickPart(part, options, lang, picked)
		if p != nil {
			if p.Key == "answer.choice_unknown" {
				if ids, ru, ok := choiceRetryR9(s, options, lang, true); ok {
					return ids, ru, nil // "xã em có văn nghệ, thể thao" (choice_r9.go)
				}
			}
			if ids, ok := digitsRun(f, options); ok && p.Key == "answer.choice_out_of_range" {
				return ids, &Unsure{Key: "reading.choices_run", Input: string(quoted(s))}, nil // "13" of five (choice_r9.go)
			}
			if ids, ok := addedAfter(s, options, lang); ok {
				return ids, &Unsure{Key: "reading.choices_added", Input: string(quoted(s))}, nil // "1,3 à thêm 5" (choice_remark.go)
			}
			return nil, nil, p
		}
		if unsure == nil {
			unsure = u
		}
	}
	var ids []string
	for i, on := range picked {
		if on {
			ids = append(ids, options[i].ID)
		}
	}
	if len(ids) == 0 {
		return nil, nil, problem("answer.empty")
	}
	if unsure != nil {
		unsure.Input = string(quoted(s))
	}
	return ids, unsure, nil
}

// allIDs are every option's id, in order.
func allIDs(options []Option) []string {
	ids := make([]string, len(options))
	for i, o := range options {
		ids[i] = o.ID
	}
	return ids
}

// splitChoices splits on new lines, commas, semicolons, "+" and "&" (which
// never occur inside a sensible label) but not yet on "và", which may.
func splitChoices(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("\n,;+&", r) })
	var out []string
	for _, p := range parts {
		if p = Normalize(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// pickPart marks the options named by one part of a several-choice answer.
// A part is a run of numbers ("1 3"), one label, or labels joined by "và".
func pickPart(part string, options []Option, lang locales.Lang, picked []bool) (*Unsure, *locales.Msg) {
	u, p := pickPartPlain(part, options, lang, picked)
	if p == nil || p.Key != "answer.choice_unknown" {
		return u, p
	}
	if idx, ok := labelsRunTogether(Fold(cleanAnswer(part, nil).text), options); ok {
		// "văn nghệ thể thao": two labels with nothing between.
		for _, i := range idx {
			if picked != nil {
				picked[i] = true
			}
		}
		if wholeLabelsJoined(part, idx, options) {
			// each label whole: stored, once the boxes and asides are weighed (choice_joined_whole.go)
			return &Unsure{Key: joinedWhole, Input: string(quoted(part))}, nil
		}
		return &Unsure{Key: "reading.choices_joined", Input: string(quoted(part))}, nil
	}
	if idx, ok := labelsJoinedByDash(part, options, lang); ok {
		// "văn nghệ - thể thao", "văn nghệ/thể thao" (choice_named.go).
		for _, i := range idx {
			if picked != nil {
				picked[i] = true
			}
		}
		return &Unsure{Key: "reading.choices_joined", Input: string(quoted(part))}, nil
	}
	return u, p
}

// pickPartPlain is pickPart without the labels run together.
func pickPartPlain(part string, options []Option, lang locales.Lang, picked []bool) (*Unsure, *locales.Msg) {
	// "2 4 5 ạ", "dạ 1 3": numbers with politeness around them.
	if nums := strings.Fields(cleanAnswer(part, nil).text); len(nums) > 1 && allNumbers(nums) {
		for _, n := range nums {
			if _, p := pickOne(n, options, lang, picked); p != nil {
				return nil, p
			}
		}
		return nil, nil
	}
	firstU, first := pickOne(part, options, lang, nil)
	if first == nil && firstU == nil {
		return pickOne(part, options, lang, picked)
	}
	pieces := splitAnd(part)
	if len(pieces) < 2 {
		if first == nil {
			return pickOne(part, options, lang, picked)
		}
		return nil, first
	}
	var unsure *Unsure
	for _, piece := range pieces {
		if nums := strings.Fields(piece); len(nums) > 1 && allNumbers(nums) {
			if _, p := pickPart(piece, options, lang, nil); p != nil {
				return nil, first
			}
			continue // "1 2 và 3"
		}
		u, p := pickOne(piece, options, lang, nil)
		if p != nil {
			if first == nil {
				return pickOne(part, options, lang, picked)
			}
			return nil, first
		}
		if unsure == nil {
			unsure = u
		}
	}
	for _, piece := range pieces {
		pickPart(piece, options, lang, picked)
	}
	return unsure, nil
}

// pickOne reads one option and marks it in picked (when not nil).
func pickOne(s string, options []Option, lang locales.Lang, picked []bool) (*Unsure, *locales.Msg) {
	id, u, p := readOneChoice(s, options, lang)
	if p != nil || picked == nil {
		return u, p
	}
	for i, o := range options {
		if o.ID == id {
			picked[i] = true
			break
		}
	}
	return u, nil
}

func allNumbers(ws []string) bool {
	for _, w := range ws {
		if !isDigits(strings.Trim(foldNumber(w), ".")) {
			return false
		}
	}
	return true
}

// andWord joins two labels: "và", typed with or without its accent, or
// "and"; "với", and "vs" as chats write it.
var andWord = regexp.MustCompile(`(?i)\s+(?:và|va|and|với|voi|vs)\s+`)

func splitAnd(s string) []string { return andWord.Split(Normalize(s), -1) }
