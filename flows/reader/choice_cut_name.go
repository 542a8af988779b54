package reader

import (
	"strings"
	"unicode"
)

// A name cut short, as a clerk reads it at a choice question, with its
// table test (choice_cut_name_test.go): a word of the reply that is not a
// word of the option's proper name but its beginning ("An Bìn" for An
// Bình, "Thành Cô" for Thành Công, "Thanh Tâ") was cut off by a slip of
// Enter or a voice typer, and a place's name cut short may be another
// place (An Biên, Thành Cổ) that the list does not hold; the option it
// points to is the nearest, not what was said, so it is offered, never
// stored. Ordinary words have one ending ("Chưa tổ chứ" is "Chưa tổ
// chức", rule 8 of choice_rules.go): only a proper name's words, written
// with a capital after the first word of the label, are this rule's. Words of one letter ("P. An Bình",
// "TT Đắk Mil") are a kind's abbreviation, and words of the kind of unit
// are not names: neither is a cut.

// cutLabelWord reports whether a word of s of two letters or more is the
// beginning of a word of o's name and no word of it (the rule above).
func cutLabelWord(s string, o Option) bool {
	words := properWords(o)
	if len(words) == 0 {
		return false
	}
	all := allLabelWords(o)
	for _, w := range strings.FieldsFunc(strings.ToLower(Normalize(s)), notLetter) {
		f := untelex(Fold(w))
		if len(f) < 2 || all[f] || all[Fold(w)] || unitKindWords[f] {
			continue
		}
		for _, lw := range words {
			if len(lw) > len(f) && strings.HasPrefix(lw, f) && !unitKindWords[lw] {
				return true
			}
		}
	}
	return false
}

// unitKindWords are the words of a kind of unit, folded: not names.
var unitKindWords = setOf("xa", "phuong", "thi", "tran", "tt", "huyen", "tinh", "thon", "ap", "ban", "buon", "to")

// properWords are the folded words of o's labels written with a capital
// after the label's first word: a proper name's.
func properWords(o Option) []string {
	var out []string
	for _, l := range o.Label {
		for i, w := range strings.FieldsFunc(Normalize(l), notLetter) {
			if r := []rune(w); i > 0 && len(r) > 0 && unicode.IsUpper(r[0]) {
				out = append(out, Fold(w))
			}
		}
	}
	return out
}

// allLabelWords are the folded words of o's labels.
func allLabelWords(o Option) map[string]bool {
	m := map[string]bool{}
	for _, l := range o.Label {
		for _, w := range strings.FieldsFunc(Normalize(l), notLetter) {
			m[Fold(w)] = true
		}
	}
	return m
}
