package reader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/baocao/baocao/locales"
)

// More rules a clerk states about choices (choice_remark_test.go), after
// those of choice_rules.go, choice_named.go and choice_r9.go:
//
//  22. The office of a unit before its name ("UBND phường An Bình", "Ủy
//     ban nhân dân xã Thành Tâm") names the unit, when the rest names an
//     option whole. Another body ("Trạm y tế xã …") is not the unit.
//  23. The unit said to be the new one ("Thành Tâm mới", "Thành Công (mới
//     sáp nhập)", "(sau sáp nhập)") is the option as it stands now: the
//     options are today's units. A kind said with it must be the
//     option's. The old one ("… cũ") may have become another: not read.
//  24. A figure in a circle or brackets, as some keyboards offer them
//     ("③", "❸", "⑶"), is that figure.
//  25. A name a letter off is a slip only when the letter is one a
//     finger or an ear mistakes: a key beside it, a sound alike ("c" and
//     "k", "l" and "n", "s" and "x", "d" and "z", "i" and "y"), two
//     letters swapped, one dropped or doubled. A syllable with another
//     letter in its place is another name: "Thành Long" is not "Thành
//     Công". (Rule 3 of choice_rules.go, tightened.)
//  26. "Cả năm hoạt động" says every option ("all five activities") as
//     often as "active the whole year": offered, as "cả năm" alone is.
//  27. An option's label, then words that say which event it was
//     ("văn nghệ mừng Đảng mừng xuân", "thể thao giải bóng chuyền"), is
//     that option, offered, when the words open as a description does
//     and name no other option, deny or put off nothing.
//  28. Options added after the list ("1,3 à thêm 5", "1, 2 thêm 4 nữa")
//     are added: all of them, offered.
//  29. An option copied with its number and a slash ("2/ Xã Thành Công")
//     is read as with a dot (choice.go).

// officeLead is rule 22's office before the unit, folded.
var officeLead = regexp.MustCompile(`^(?:ubnd|ub|uy ban nhan dan|uy ban|u ban nhan dan|u ban|hdnd va ubnd|hdnd - ubnd)\.? `)

// newUnit is rule 23's mark of the new unit, folded, after the name or in
// brackets: the kind said is group 1.
var newUnit = regexp.MustCompile(`^(?:(xa|phuong|thi tran|don vi) )?(?:moi(?: (?:sap nhap|thanh lap|sau sap nhap|sau sap xep))?|sau (?:sap nhap|sap xep|hop nhat))$`)

// asItIsNow applies rules 22 and 23 to s, a choice no rule read: the
// words that name an option, ok when s had an office or a new mark.
func asItIsNow(s string) (string, bool) {
	c := cleanAnswer(s, nil).text
	f := Fold(strings.ToLower(c))
	if loc := officeLead.FindStringIndex(f); loc != nil {
		n := len(strings.Fields(f[:loc[1]]))
		return strings.Join(strings.Fields(c)[n:], " "), true
	}
	if ans, note, ok := CutNote(c); ok {
		if m := newUnit.FindStringSubmatch(strings.Trim(Fold(strings.ToLower(note)), " .")); m != nil {
			if m[1] != "" && m[1] != "don vi" {
				if k, _ := unitKind(Fold(strings.ToLower(ans)) + " "); k == "" {
					ans = m[1] + " " + ans // "Thành Tâm (phường mới)": the kind said must be the option's
				}
			}
			return ans, true
		}
		return "", false
	}
	ws := strings.Fields(c)
	for k := min(4, len(ws)-1); k >= 1; k-- {
		if m := newUnit.FindStringSubmatch(Fold(strings.ToLower(strings.Join(ws[len(ws)-k:], " ")))); m != nil && m[1] == "" {
			return strings.Join(ws[:len(ws)-k], " "), true // "Xã Thành Tâm mới"
		}
	}
	return "", false
}

// circledFigures are rule 24's, each as its figure.
func circledFigure(r rune) (int, bool) {
	switch {
	case r >= '①' && r <= '⑳':
		return int(r-'①') + 1, true
	case r >= '⑴' && r <= '⒇':
		return int(r-'⑴') + 1, true
	case r >= '⒈' && r <= '⒛':
		return int(r-'⒈') + 1, true
	case r >= '❶' && r <= '❿':
		return int(r-'❶') + 1, true
	case r >= '➀' && r <= '➉':
		return int(r-'➀') + 1, true
	case r >= '➊' && r <= '➓':
		return int(r-'➊') + 1, true
	case r >= '⓵' && r <= '⓾':
		return int(r-'⓵') + 1, true
	case r >= '⓫' && r <= '⓴':
		return int(r-'⓫') + 11, true
	}
	return 0, false
}

// plainCircled writes each figure of rule 24 as its figure, with spaces
// around it: "①③" is " 1  3 ".
func plainCircled(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { _, ok := circledFigure(r); return ok }) {
		return s // the cheap path
	}
	var b strings.Builder
	for _, r := range s {
		if n, ok := circledFigure(r); ok {
			b.WriteString(" " + strconv.Itoa(n) + " ")
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// keyboardRows are the letter keys, with each row's offset: keys beside one
// another, or one row apart and at most half a key aside, are neighbours.
var keyboardRows = []struct {
	keys  string
	shift float64
}{{"qwertyuiop", 0}, {"asdfghjkl", 0.5}, {"zxcvbnm", 1}}

// keyAt is where letter r is on the keyboard; ok is false for no letter.
func keyAt(r rune) (row int, x float64, ok bool) {
	for i, kr := range keyboardRows {
		if k := strings.IndexRune(kr.keys, r); k >= 0 {
			return i, float64(k) + kr.shift, true
		}
	}
	return 0, 0, false
}

// soundAlike are letters that sound the same, or that a region says
// alike, in a syllable: rule 25.
var soundAlike = setOf("ck", "kc", "cq", "qc", "kq", "qk", "ln", "nl", "sx", "xs", "dz", "zd", "iy", "yi", "dr", "rd",
	"rz", "zr", "dg", "gd", "vd", "dv")

// slipPair reports a letter typed for another by a slip of the finger
// or the ear (rule 25).
func slipPair(a, b rune) bool {
	if soundAlike[string(a)+string(b)] {
		return true
	}
	ra, xa, ok1 := keyAt(a)
	rb, xb, ok2 := keyAt(b)
	if !ok1 || !ok2 {
		return false
	}
	dx := xa - xb
	if dx < 0 {
		dx = -dx
	}
	return ra == rb && dx == 1 || (ra-rb == 1 || rb-ra == 1) && dx <= 0.5
}

// anotherName applies rule 25 to folded f and a name it is near: whether
// some word of f has another letter in place of one of the name's that no
// slip explains.
func anotherName(f, name string) bool {
	fw, nw := strings.Fields(f), strings.Fields(name)
	if len(fw) != len(nw) {
		return false // a space dropped or added: "thanhcong"
	}
	for i := range fw {
		a, b := []rune(fw[i]), []rune(nw[i])
		if len(a) != len(b) || fw[i] == nw[i] {
			continue // a letter dropped or doubled
		}
		var diff []int
		for k := range a {
			if a[k] != b[k] {
				diff = append(diff, k)
			}
		}
		if len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]] {
			continue // two letters swapped: "tahnh"
		}
		for _, k := range diff {
			if !slipPair(a[k], b[k]) {
				return true
			}
		}
	}
	return false
}

// activeAllYear reports rule 26's "cả năm hoạt động", folded: "năm" and
// "hoạt động" (a verb as well as a noun) with no word that makes it a
// noun ("các", "những" before it, "trên" after it).
func activeAllYear(f string) bool {
	ws := strings.Fields(f)
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "nam" && ws[i+1] == "hoat" && ws[i+2] == "dong" {
			return i+3 == len(ws) || !(ws[i+3] == "tren" || ws[i+3] == "ke" || ws[i+3] == "do" || ws[i+3] == "nay" || ws[i+3] == "da")
		}
	}
	return false
}

// eventOpeners open rule 27's words of which event, folded.
var eventOpeners = setOfPhrases("mung", "chao mung", "ky niem", "giai", "tai", "o", "dip", "nhan dip", "don", "don mung",
	"huong ung", "phuc vu", "chuong trinh", "hoi thi", "hoi dien", "lien hoan", "dem", "tet", "le", "ngay")

// eventDenies are words that deny or put off an event, by their folded
// form, as typed with their marks: "Đảng" is no "đang", "bóng chuyền" no
// "chuyển". Typed bare, the word may be either: it denies.
var eventDenies = map[string][]string{"hoan": {"hoãn"}, "huy": {"hủy", "huỷ"}, "doi": {"đổi"}, "lui": {"lùi"},
	"chuyen": {"chuyển"}, "du": {"dự"}, "kien": {"kiến"}, "se": {"sẽ"}, "sap": {"sắp"}, "dang": {"đang"}, "chua": {"chưa"},
	"nhung": {"nhưng"}, "tru": {"trừ"}}

// deniesEvent reports a token of eventDenies typed so, or typed bare.
func deniesEvent(t Token) bool {
	forms, ok := eventDenies[t.Skel]
	if !ok {
		return false
	}
	if IsASCII(t.Lower) {
		return true
	}
	return slices.ContainsFunc(forms, func(f string) bool { return SameWord(t, f) })
}

// labelThenEvent applies rule 27 to s: the option named first, ok when
// the words after say which event it was.
func labelThenEvent(s string, options []Option, lang locales.Lang) (int, bool) {
	if !mayDescribeEvent(strings.ToLower(s)) {
		return 0, false // the cheap path
	}
	tk := Tokenize(cleanAnswer(s, nil).text).Tokens
	if len(tk) < 3 || len(tk) > 16 || strings.ContainsAny(s, "()[]") {
		return 0, false // a note in brackets is rule 12's (choice_named.go)
	}
	if strings.ContainsFunc(s, isDigit) {
		return 0, false
	}
	ws := make([]string, len(tk))
	for i, t := range tk {
		ws[i] = t.Fold
	}
	for at := len(ws) - 1; at >= 1; at-- {
		rest := ws[at:]
		if !eventOpeners[rest[0]] && !(len(rest) > 1 && eventOpeners[rest[0]+" "+rest[1]]) {
			continue
		}
		head := strings.Join(ws[:at], " ")
		id, p := readOneChoiceSure(head, options, lang)
		if p != nil || oneWordOfName(head, id, options) {
			continue
		}
		for i, w := range rest {
			if negations[w] || nearNegations[w] || deniesEvent(tk[at+i]) || butWords[w] {
				return 0, false
			}
			if w == "cu" || w == "truoc" || w == "nguyen" {
				return 0, false // the unit before the merger: round nine's rule 4
			}
		}
		if namesAnyLabel(rest, options) {
			return 0, false
		}
		return slices.IndexFunc(options, func(o Option) bool { return o.ID == id }), true
	}
	return 0, false
}

// addedLast is rule 28's list, then what is added to it.
var addedLast = regexp.MustCompile(`(?i)^(.+?)[\s,;]*(?:(?:à|ờ|a|và|va)\s+)?(?:thêm cả|thêm|bổ sung|cộng thêm|them ca|them|bo sung|cong them)\s+(.+?)(?:\s+(?:nữa|nua))?[\s.!]*$`)

// addedAfter applies rule 28 to s at a several-choice question.
func addedAfter(s string, options []Option, lang locales.Lang) ([]string, bool) {
	m := addedLast.FindStringSubmatch(Normalize(s))
	if m == nil {
		return nil, false
	}
	head, _, p1 := readChoices(m[1], options, lang)
	tail, _, p2 := readChoices(m[2], options, lang)
	if p1 != nil || p2 != nil {
		return nil, false
	}
	var ids []string
	for _, o := range options {
		if slices.Contains(head, o.ID) || slices.Contains(tail, o.ID) {
			ids = append(ids, o.ID)
		}
	}
	return ids, true
}

// unitNamedInPart reports option id a unit: a proper name after its name
// or a part of it ("Phường Bình Tây", "An Bình Tây") makes another unit's
// name, not a note on this one (rule 25).
func unitNamedInPart(head, id string, options []Option) bool {
	i := slices.IndexFunc(options, func(o Option) bool { return o.ID == id })
	if i < 0 {
		return false
	}
	for k, name := range optionNames(options[i]) {
		if kind, _ := unitKind(name); k > 0 && kind != "" {
			return true
		}
	}
	return false
}

// eventPieces are pieces of eventOpeners as typed, with and without their
// marks: the cheap path of rule 27.
var eventPieces = []string{"mừng", "mung", "niệm", "niem", "giải", "giai", "tại", "tai", "ở", " o ", "dịp", "dip", "đón",
	"don", "hưởng", "huong", "phục", "phuc", "chương", "chuong", "hội", "hoi", "liên", "lien", "đêm", "dem", "tết", "tet",
	"lễ", "le ", "ngày", "ngay"}

func mayDescribeEvent(l string) bool {
	for _, p := range eventPieces {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}
