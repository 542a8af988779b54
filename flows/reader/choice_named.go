package reader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/baocao/baocao/locales"
)

// More rules a clerk states about choices named (choice_named_test.go):
//
//  10. A name typed with its marks names an option only with the
//     option's own marks, or fewer: "Thanh Công" and "Đăk Mil" are
//     typed without some, but "Thành Cộng" has a mark the name lacks,
//     another word: confirmed, never stored.
//  11. One side of a label that joins two with "và" ("Văn hóa" of "Văn
//     hóa và du lịch") names only part of it: confirmed. The whole label
//     with its "và" left out ("văn hóa du lịch") is the option.
//  12. An option with a note in brackets after it ("Đọc sách (tủ sách
//     ấp)") is the option, when the note is an aside (rule of note.go),
//     names no option and says no time of the unit ("(cũ)", "(trước
//     sáp nhập)": the former unit may be another).
//  13. Words that end with a whole label ("thể dục thể thao", "hoạt
//     động văn nghệ") name that option, confirmed, when the words before
//     name no other and hold no negation or exception. The sector's usual
//     abbreviations are read as their words ("TDTT" is "thể dục thể
//     thao"), and a label's initials in capitals ("VHDL", "LHTT") name
//     it, confirmed.
//  14. A list's mark before a label ("- Văn nghệ", "• Đọc sách") is no
//     part of it; at a several-choice question, whole labels joined by a
//     dash or a slash ("văn nghệ - thể thao", "văn nghệ/thể thao") are
//     those options, confirmed, since a label may hold a dash. Options
//     copied with their numbers on one line ("1. Văn nghệ 3. Đọc sách",
//     "(1) văn nghệ (3) đọc sách") are those options when each number
//     is its label's.

// marksDiffer applies rule 10: whether a word of s typed with marks has,
// in every label of o that holds the word, other marks than typed.
func marksDiffer(s string, o Option) bool {
	if IsASCII(s) {
		return false
	}
	words := labelWordsByFold(o)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notLetter) {
		if IsASCII(w) {
			continue
		}
		w = Normalize(w)
		lws := words[Fold(w)]
		if len(lws) == 0 || slices.Contains(lws, w) {
			continue // not the label's word, or typed as the label has it
		}
		fits := false
		for _, lw := range lws {
			fits = fits || marksFit(w, lw)
		}
		if !fits {
			return true
		}
	}
	return false
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// labelWordsByFold are the words of o's labels, lowercased, by their
// folded form; made once per option.
func labelWordsByFold(o Option) map[string][]string {
	key := o.ID
	for _, lang := range locales.Langs {
		key += "\x00" + o.Label[lang]
	}
	if m, ok := labelWordsCache.Load(key); ok {
		return m.(map[string][]string)
	}
	m := map[string][]string{}
	for _, l := range o.Label {
		for _, lw := range strings.FieldsFunc(strings.ToLower(Normalize(l)), notLetter) {
			f := Fold(lw)
			if !slices.Contains(m[f], lw) {
				m[f] = append(m[f], lw)
			}
		}
	}
	labelWordsCache.Store(key, m)
	return m
}

// labelWordsCache keeps labelWordsByFold's maps, as optionNamesCache.
var labelWordsCache sync.Map

// marksFit reports whether word typed, lowercased, has the marks of word
// name or fewer: each letter the name's or its plain letter, and the
// name's tone or none.
func marksFit(typed, name string) bool {
	t, ok1 := Marked(typed)
	n, ok2 := Marked(name)
	if !ok1 || !ok2 || t == "" || n == "" {
		return typed == name
	}
	tt, nt := t[len(t)-1], n[len(n)-1]
	if tt != ' ' && tt != nt {
		return false
	}
	tr, nr := []rune(t[:len(t)-1]), []rune(n[:len(n)-1])
	if len(tr) != len(nr) {
		return false
	}
	for i := range tr {
		if tr[i] != nr[i] && (tr[i] >= 0x80 || Fold(string(nr[i])) != string(tr[i])) {
			return false
		}
	}
	return true
}

// joined reports whether a label of o joins two with "và".
func joined(o Option) bool {
	for k, name := range optionNames(o) {
		if k > 0 && strings.Contains(name, " va ") {
			return true
		}
	}
	return false
}

// joinedPart applies rule 11's first half: whether folded answer f is one
// side of a label of o joined by "và".
func joinedPart(f string, o Option) bool {
	for k, name := range optionNames(o) {
		if k == 0 || !strings.Contains(name, " va ") {
			continue
		}
		for _, side := range strings.Split(name, " va ") {
			if side == f {
				return true
			}
		}
	}
	return false
}

// sameNameWithoutAnd is rule 11's second half: the label with its "và"
// left out.
func sameNameWithoutAnd(name, f string) bool {
	return strings.Contains(name, " va ") && strings.ReplaceAll(name, " va ", " ") == f
}

// choiceDoubt is why an option read by the sure rules is to be confirmed
// (rules 10 and 11), nil when it is not.
func choiceDoubt(s, id string, options []Option) *Unsure {
	if !strings.ContainsFunc(s, unicode.IsLetter) {
		return nil // "2", "2.": a number
	}
	for _, o := range options {
		if o.ID != id {
			continue
		}
		if marksDiffer(s, o) || cutLabelWord(s, o) { // "An Bìn" (choice_cut_name.go)
			return &Unsure{Key: "reading.name_misspelt", Input: string(quoted(s))}
		}
		if !joined(o) {
			return nil
		}
		f := Fold(cleanAnswer(s, nil).text)
		if g, ok := cutChoiceLead(f); ok {
			f = g
		}
		if joinedPart(cutPlaceLead(f), o) {
			return &Unsure{Key: "reading.choice_part", Input: string(quoted(s))}
		}
	}
	return nil
}

// cutChoiceNote takes off s a note in brackets that is an aside and names
// no option (rule 12); ok is false when there is none.
func cutChoiceNote(s string, options []Option, lang locales.Lang) (string, bool) {
	ans, note, ok := CutNote(s)
	if !ok || !NoteAside(note, false) || strings.ContainsFunc(note, isDigit) || onlyKind(Fold(note)) {
		return "", false // "An Bình (xã)": the kind is rule 7's
	}
	for _, w := range strings.Fields(Fold(note)) {
		if unitEraWords[w] {
			return "", false // "An Bình (cũ)": the unit before a merger may be another
		}
	}
	if _, p := readOneChoiceSure(note, options, lang); p == nil || namesAnyLabel(strings.Fields(Fold(note)), options) {
		return "", false // the note names an option too: "(Thành Tâm cũ)"
	}
	return ans, true
}

// unitEraWords, folded, in a note say which time's unit is meant: the
// former one, before or after a merger, may not be the option.
var unitEraWords = setOf("cu", "truoc", "sau", "sap", "sat", "nhap", "gop", "tach", "doi", "ten", "nay", "xua")

// optionWithNote applies rule 12 to one option.
func optionWithNote(s string, options []Option, lang locales.Lang) (string, bool) {
	ans, ok := cutChoiceNote(s, options, lang)
	if !ok {
		return "", false
	}
	id, p := readOneChoiceSure(ans, options, lang)
	if p != nil || choiceDoubt(ans, id, options) != nil {
		return "", false
	}
	return id, true
}

// sectorShort are the sector's usual abbreviations, folded, with their
// words (rule 13).
var sectorShort = map[string]string{
	"tdtt": "the duc the thao", "vhvn": "van hoa van nghe", "vhtt": "van hoa thong tin", "vhdl": "van hoa du lich",
	"vh-tt": "van hoa thong tin", "td-tt": "the duc the thao", "vh-dl": "van hoa du lich",
}

// exceptWords, folded, before a label say it is left out.
var exceptWords = setOf("tru", "ngoai", "bo", "thieu", "it")

// labelAtEnd applies rule 13 to folded f: the one option whose label (its
// kind left out) ends f, with words before it.
func labelAtEnd(f string, options []Option, lang locales.Lang) (int, bool) {
	ws := strings.Fields(f)
	if len(ws) < 2 || len(ws) > 12 || strings.ContainsFunc(f, isDigit) {
		return 0, false // a number before a label is rule 1's, or a count
	}
	for _, w := range ws {
		if nearNegations[w] || exceptWords[w] {
			return 0, false
		}
	}
	found := -1
	for i, o := range options {
		for k, name := range optionNames(o) {
			if k == 0 {
				continue
			}
			if name == "" || !strings.HasSuffix(f, " "+name) {
				continue
			}
			nw := strings.Fields(name)
			if len(nw) >= len(ws) || strings.Join(ws[len(ws)-len(nw):], " ") != name {
				continue
			}
			before := strings.Join(ws[:len(ws)-len(nw)], " ")
			if kind, _ := unitKind(before + " "); kind != "" || namesAnyLabel(ws[:len(ws)-len(nw)], options) {
				return 0, false // "xã An Bình", "văn nghệ thể thao": rules 3 and 8
			}
			if _, p := readOneChoiceSure(before, options, lang); p == nil {
				return 0, false
			}
			if found >= 0 && found != i {
				return 0, false
			}
			found = i
			break
		}
	}
	return found, found >= 0
}

// namesAnyLabel reports whether folded words ws hold a whole label, or
// the name of a unit without its kind.
func namesAnyLabel(ws []string, options []Option) bool {
	f := " " + strings.Join(ws, " ") + " "
	for _, o := range options {
		for k, name := range optionNames(o) {
			_, proper := unitKind(name)
			if k > 0 && (strings.Contains(f, " "+name+" ") || proper != "" && strings.Contains(f, " "+proper+" ")) {
				return true
			}
		}
	}
	return false
}

// initialsOf applies rule 13's last part to s as typed: one word in
// capitals, two letters or more, that is the initials of one label.
func initialsOf(s string, options []Option) (int, bool) {
	if strings.ToUpper(s) == strings.ToLower(s) || !strings.ContainsFunc(s, unicode.IsUpper) {
		return 0, false // no capitals: most answers, at no cost
	}
	w := strings.TrimSpace(cleanAnswer(s, nil).text)
	if len([]rune(w)) < 2 || len([]rune(w)) > 8 || strings.ToUpper(w) != w || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return 0, false
	}
	fw := Fold(w)
	found := -1
	for i, o := range options {
		for k, name := range optionNames(o) {
			if k == 0 {
				continue
			}
			ini := "" // of the whole name: "TT" is a kind of unit, no name
			for _, nw := range strings.Fields(name) {
				ini += nw[:1]
			}
			if ini == fw {
				if found >= 0 && found != i {
					return 0, false
				}
				found = i
				break
			}
		}
	}
	return found, found >= 0
}

// listMarks are the marks a list's lines begin with.
const listMarks = "-–—•·*+>●○▪■◦ "

// namedOtherWays applies rules 12 to 14 to s, which no sure rule read;
// f is s cleaned and folded.
func namedOtherWays(s, f string, options []Option, lang locales.Lang) (string, *Unsure, bool) {
	if b := strings.TrimLeft(strings.TrimSpace(s), listMarks); b != "" && len(b) < len(strings.TrimSpace(s)) {
		// Rule 14: "- Văn nghệ", "• Đọc sách": a list's mark is no part of the name.
		if id, p := readOneChoiceSure(b, options, lang); p == nil {
			return id, choiceDoubt(b, id, options), true
		}
	}
	if id, ok := optionWithNote(s, options, lang); ok {
		return id, nil, true
	}
	if long, ok := sectorShort[f]; ok {
		if id, p := readOneChoiceSure(long, options, lang); p == nil {
			return id, &Unsure{Key: "reading.choice_short", Input: string(quoted(s))}, true
		}
		if i, ok := labelAtEnd(long, options, lang); ok {
			return options[i].ID, &Unsure{Key: "reading.choice_short", Input: string(quoted(s))}, true
		}
	}
	if i, ok := initialsOf(s, options); ok {
		return options[i].ID, &Unsure{Key: "reading.choice_short", Input: string(quoted(s))}, true
	}
	if i, ok := labelAtEnd(f, options, lang); ok {
		return options[i].ID, &Unsure{Key: "reading.choice_part", Input: string(quoted(s))}, true
	}
	return "", nil, false
}

// labelsJoinedByDash applies rule 14's second half to one part of a
// several-choice answer: the options it names, ok when every piece is a
// whole option, each once.
var dashOrSlash = regexp.MustCompile(`\s+[-–—]\s+|\s*/\s*`)

func labelsJoinedByDash(part string, options []Option, lang locales.Lang) ([]int, bool) {
	if !strings.ContainsAny(part, "-–—/") {
		return nil, false
	}
	pieces := dashOrSlash.Split(part, -1)
	if len(pieces) < 2 || len(pieces) > len(options) {
		return nil, false
	}
	var idx []int
	for _, piece := range pieces {
		id, p := readOneChoiceSure(piece, options, lang)
		if p != nil || !strings.ContainsFunc(piece, unicode.IsLetter) {
			return nil, false // "1/3", "1 - 3": numbers are rules 5 and 6's
		}
		i := slices.IndexFunc(options, func(o Option) bool { return o.ID == id })
		if i < 0 || slices.Contains(idx, i) {
			return nil, false
		}
		idx = append(idx, i)
	}
	return idx, true
}

// numberMark is an option's number as a list writes it, inside a line:
// "1.", "2)", "(3)".
var numberMark = regexp.MustCompile(`(?:^|\s)(?:\(\d{1,2}\)|\d{1,2}[.)])\s*\pL`)

// numberedOnOneLine applies rule 14's last part to one part of a
// several-choice answer.
func numberedOnOneLine(part string, options []Option, lang locales.Lang) ([]int, bool) {
	if strings.ContainsAny(part, "\n,;") || !strings.ContainsAny(part, ".)") {
		return nil, false // lines and commas are the usual split's
	}
	part = Normalize(part)
	locs := numberMark.FindAllStringIndex(part, -1)
	if len(locs) < 2 || locs[0][0] != 0 && strings.TrimSpace(part[:locs[0][0]]) != "" {
		return nil, false
	}
	var idx []int
	for k, l := range locs {
		end := len(part)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		piece := strings.Trim(strings.TrimSpace(part[l[0]:end]), "()")
		if strings.HasPrefix(strings.TrimSpace(part[l[0]:end]), "(") {
			piece = strings.Replace(strings.TrimSpace(part[l[0]:end]), ")", ".", 1)[1:] // "(1) văn nghệ" as "1. văn nghệ"
		}
		m := numberedOption.FindStringSubmatch(Fold(piece))
		if m == nil {
			return nil, false
		}
		id, p := readOneChoiceSure(piece, options, lang)
		i := slices.IndexFunc(options, func(o Option) bool { return o.ID == id })
		if n, _ := strconv.Atoi(m[1]); p != nil || i != n-1 || slices.Contains(idx, i) {
			return nil, false // each number its own label's, each once
		}
		idx = append(idx, i)
	}
	return idx, true
}
