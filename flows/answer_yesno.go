package flows

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// Reading yes and no, with or without diacritics, with leftovers of Telex
// or VNI typing ("khoong", "co1") and the polite words around them.

// Yes and no the ways they are typed, folded and without Telex leftovers.
// "Dạ" alone is a polite yes; before another word it is only politeness.
var (
	yesWords = untelexSet("co", "c", "ok", "oke", "okay", "okie", "dong y", "dung", "roi", "yes", "y",
		"yeah", "yep", "1", "vang", "uh", "u", "uhm", "um", "da", "duoc", "dc", "true", "chuan",
		"👍", "✓", "✔", "✅", "co roi", "dung roi", "dung vay")
	noWords = untelexSet("khong", "ko", "k", "kh", "hong", "hok", "hem", "0", "no", "n", "nope",
		"chua", "false", "sai", "👎", "✗", "✘", "❌")
	// politeWords carry no meaning for yes/no: "có ạ", "dạ không", "thưa có".
	politeWords = untelexSet("a", "thua", "nhe", "nha", "em", "minh", "toi")
	// negations turn the yes after them into a no: "không có", "chưa đồng ý".
	negations = untelexSet("khong", "ko", "k", "kh", "chua", "hong")
)

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
// or without diacritics, abbreviated ("k", "ko", "c"), politely ("dạ có",
// "không ạ"), in English, or with Telex/VNI leftovers ("khoongf", "co1").
// A reply that says both ("có không", "co k") is a problem, not a guess.
func ReadYesNo(s string) (bool, *locales.Msg) {
	in := quoted(s)
	f := Fold(s)
	if f == "" {
		return false, problem("answer.empty")
	}
	var answers []bool
	for _, clause := range strings.FieldsFunc(f, func(r rune) bool { return strings.ContainsRune(",;/", r) }) {
		got, ok := yesNoClause(clause)
		if !ok {
			return false, problem("answer.not_yes_no", "input", in)
		}
		answers = append(answers, got...)
	}
	if len(answers) == 0 {
		return false, problem("answer.not_yes_no", "input", in)
	}
	for _, a := range answers[1:] {
		if a != answers[0] {
			return false, problem("answer.yes_no_ambiguous", "input", in)
		}
	}
	return answers[0], nil
}

// yesNoClause reads the yes and no words of one clause, in order. A
// negation followed by a yes word is one no ("không có", "chưa đồng ý").
func yesNoClause(clause string) ([]bool, bool) {
	var ws []string
	for _, w := range strings.Fields(strings.Trim(clause, " .!?…")) {
		w = untelex(strings.Trim(w, ".!?…:"))
		if w != "" && !politeWords[w] {
			ws = append(ws, w)
		}
	}
	if len(ws) > 1 && ws[0] == "da" { // "dạ có": dạ is politeness here
		ws = ws[1:]
	}
	var out []bool
	for i := 0; i < len(ws); i++ {
		if n := yesAt(ws, i); n > 0 {
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
		default:
			return nil, false
		}
	}
	return out, len(out) > 0
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
