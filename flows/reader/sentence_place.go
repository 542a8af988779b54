package reader

import (
	"strings"
	"unicode"
)

// A figure said of one place of the commune. The questions count the
// whole commune; "Thôn 5: 320 hộ", "ấp 3 có 120 hộ", "Ấp Tân Lợi 320 hộ"
// give one village's or hamlet's figure. A clerk does not write it down
// as the commune's, nor ask "Ghi 320 hộ?" (the officer, who meant the
// hamlet, would say yes): the answer is refused with a word that the
// whole commune's figure is asked. At a question that counts places
// ("Tổng số thôn"), a place named is no part: it stays a doubt.

// keyPlaceOnly is the problem said of one place's figure.
const keyPlaceOnly = "answer.place_only"

// place marks the sentence's figure as one place's, t the place's noun
// as placeNouns holds it. Only the nouns that name nothing but a place
// of the commune make it so: "Ban Văn hóa" is an office, not a "bản";
// "Đội văn nghệ", "Khối VHXH" are no places. With those it stays a doubt.
func (s *sentence) place(t Token) {
	p := t.Skel
	if familyOf(p) != "" && familyOf(p) == s.rule.family || !placeOnlyNoun(t) {
		s.doubt = true
		return
	}
	s.placeOnly = true
}

// placeOnlyNoun reports a noun that names a place of the commune and
// nothing else: thôn, xóm, ấp, buôn, làng, khu, tdp; bản and tổ typed
// with their marks ("ban" is also a board, "to" big).
func placeOnlyNoun(t Token) bool {
	switch t.Skel {
	case "thon", "xom", "ap", "buon", "lang", "khu", "tdp":
		return true
	case "ban":
		return t.Lower == "bản"
	case "to":
		return t.Lower == "tổ"
	}
	return false
}

// isInitials reports a word typed as an office's initials ("VH",
// "UBND", "VH-TT"), not a place's name: two capitals or more, no small
// letter.
func isInitials(typed string) bool {
	w := strings.Trim(typed, edgePunct)
	upper := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 2
}
