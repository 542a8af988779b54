package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// Words that take options away, at a several-choice question, as a clerk
// reads them, with their table test (choice_except_test.go): a word that
// takes options away — "trừ", "ngoại trừ", "ngoài" (besides, or except),
// "không có", "không", "chưa", "bỏ", English "except" — anywhere in a
// reply that the rules of every option but some ("tất cả trừ 4", rule 9
// of choice_rules.go; "trừ 4 ra thì có hết", rule 8 of choice_r9.go) did
// not read, makes it name what was not done beside or instead of what was
// ("trừ 4", "không có lễ hội", "văn nghệ, thể thao, trừ đọc sách"): the
// options it names are never stored. Refused, asking for the numbers of
// what was done. "Ngoài trời" (outdoors) takes nothing away; "bỏ" is read
// with its mark ("bổ sung" adds).

// takeAway are the words that take away, folded; "ngoai" not before
// "troi", "bo" typed "bỏ" or bare.
var takeAway = setOf("tru", "ngoai", "bo", "except", "chua")

// exceptOrRefuse applies the rule to folded f (typed s); ok is false
// when f has none of its words.
func exceptOrRefuse(f, s string, options []Option, lang locales.Lang) ([]string, *Unsure, *locales.Msg, bool) {
	ws := strings.Fields(strings.NewReplacer(",", " ", ";", " ", "(", " ", ")", " ").Replace(f))
	typed := strings.Fields(strings.NewReplacer(",", " ", ";", " ", "(", " ", ")", " ").Replace(strings.ToLower(Normalize(s))))
	away := false
	for i, w := range ws {
		w = untelex(w)
		switch {
		case w == "bo" && len(typed) == len(ws) && !(typed[i] == "bo" || SameWord(Token{Lower: typed[i]}, "bỏ")):
		case w == "ngoai" && i+1 < len(ws) && untelex(ws[i+1]) == "troi":
		case w == "bo" && i+1 < len(ws) && untelex(ws[i+1]) == "sung": // "bổ sung" adds
		case takeAway[w]:
			away = true
		case w == "khong" || w == "ko" || w == "k" || w == "kg" || w == "hong":
			away = true
		}
	}
	if !away {
		return nil, nil, nil, false
	}
	return nil, nil, problem("answer.choices_taken_away", "input", quoted(s), "options", listOptions(options, nil, lang)), true // rule 2
}
