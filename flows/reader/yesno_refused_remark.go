package reader

import (
	"slices"
	"strings"

	"github.com/baocao/baocao/locales"
)

// Replies the word reader refuses for their remark, though a clerk reads
// the answer in them (yesno_refused_remark_test.go):
//
//  1. A clause saying the districts are gone ("huyện giải thể rồi", "giờ
//     không còn huyện", "Huyện đã giải thể nên xã kết nối trực tiếp với
//     tỉnh") explains why only the province is named: the rest is read
//     without it.
//  2. A yes, then "nhưng" and how it works ("có nhưng thiết bị cũ", "có
//     thì có nhưng ít dùng", "có, nhưng hay mất tín hiệu"): the thing is
//     there; offered as có. Broken, unused, a part or a plan after "nhưng"
//     ("có nhưng hỏng rồi", "có nhưng chưa dùng") stay refused: the
//     lead's policy calls those hedged.
//  3. How many of the thing asked ("01 điểm cầu", "2 điểm cầu"): one or
//     more is a yes, offered; "0 điểm cầu" a no, offered.
//  4. A plain no, then what was asked for ("Chưa, đã đề xuất UBND tỉnh",
//     "không, đã xin kinh phí", "chưa có, xã kiến nghị tỉnh hỗ trợ"): a no, as "Chưa có, đề nghị tỉnh hỗ trợ"
//     is; the request does not make a yes.
//  5. A reference, then the answer ("Theo KH số 45/KH-UBND, đã triển
//     khai"): the answer after it, as it reads alone.
//  6. The rhetorical no refused by the word reader ("làm gì đã có"): a no.
//  7. The commune's answer, then a village's other answer ("xã có rồi,
//     buôn chưa", "có, riêng thôn 5 chưa"): the commune's, offered (the
//     question asks of the commune).
func refusedRemark(s string, echo *lazyWords, b bool, u *Unsure, p *locales.Msg) (bool, *Unsure, *locales.Msg) {
	if p != nil && (p.Key == "answer.yes_no_question_back" || p.Key == "answer.empty") {
		return b, u, p
	}
	in := string(quoted(s))
	// Rules 3 and 4 read the reply whatever the word reader made of it:
	// "1 điểm cầu" is no option number, "chưa, đã đề nghị" no plan.
	if yes, ok := countOfThing(s, echo); ok {
		return yes, &Unsure{Key: "reading.yes_no_count", Input: in}, nil
	}
	if (p != nil || u != nil) && noThenAskedFor(s) {
		return false, nil, nil
	}
	if p == nil {
		return b, u, p
	}
	if rest, ok := withoutDistrictsGone(s); ok {
		if rb, ru, rp := readYesNo(rest, echo); rp == nil {
			return rb, ru, rp
		}
	}
	if rhetoricAlone(s, false) {
		return false, nil, nil
	}
	if yesButWorks(s) {
		return true, &Unsure{Key: "reading.yes_no_but", Input: in}, nil
	}
	if commune, ok := communeBesideVillage(s); ok {
		if rb, _, rp := readYesNo(commune, echo); rp == nil {
			return rb, &Unsure{Key: "reading.yes_no_extra", Input: in}, nil
		}
	}
	if p.Key == "answer.yes_no_reference" {
		if i := strings.LastIndexAny(s, ",;:"); i > 0 {
			if rb, ru, rp := readYesNo(s[i+1:], echo); rp == nil && ru == nil {
				return rb, nil, nil
			}
		}
	}
	return b, u, p
}

// withoutDistrictsGone is s without its clauses that say the districts
// are gone (rule 1); ok when one was taken off and something is left.
func withoutDistrictsGone(s string) (string, bool) {
	l := Fold(strings.ToLower(s))
	if !strings.Contains(l, "huyen") && !strings.Contains(l, "quan") {
		return "", false // the cheap path
	}
	var kept []string
	cut := false
	for _, piece := range strings.FieldsFunc(Normalize(s), func(r rune) bool { return strings.ContainsRune(",;().\n", r) }) {
		_, fs := clauseWords(Tokenize(strings.Map(decoration, piece)).Tokens)
		if districtsGone(fs) {
			cut = true
			continue
		}
		kept = append(kept, strings.TrimSpace(piece))
	}
	rest := strings.Join(kept, ", ")
	return rest, cut && strings.TrimSpace(rest) != ""
}

// notWorking after "nhưng" make a yes a hedge: broken, not used, a part,
// a plan (rule 2).
var notWorking = setOf("chua", "khong", "ko", "k", "hong", "hu", "chi", "moi", "dang", "sap", "se", "thu", "tam",
	"huyen", "thon", "buon", "mot", "phan", "nua", "ngung", "bo")

// yesButWorks applies rule 2.
func yesButWorks(s string) bool {
	_, fs := clauseWords(yesNoTokens(s))
	i := 0
	for i < len(fs) && (fs[i] == "da" || fs[i] == "xa") {
		i++
	}
	switch {
	case i+2 < len(fs) && fs[i] == "co" && fs[i+1] == "thi" && fs[i+2] == "co":
		i += 3
	case i+1 < len(fs) && fs[i] == "co" && fs[i+1] == "roi":
		i += 2
	case i < len(fs) && fs[i] == "co":
		i++
	default:
		return false
	}
	if i >= len(fs) || fs[i] != "nhung" {
		return false
	}
	i++
	if i < len(fs) && fs[i] == "ma" {
		i++
	}
	if i >= len(fs) {
		return false
	}
	for _, f := range fs[i:] {
		if notWorking[f] || hedgeWords[f] || noWords[f] || negations[f] {
			return false
		}
	}
	return true
}

// countOfThing applies rule 3: a count, then only the question's words.
func countOfThing(s string, echo *lazyWords) (bool, bool) {
	if t := strings.TrimSpace(s); t == "" || t[0] < '0' || t[0] > '9' {
		return false, false // the cheap path: no count first
	}
	_, fs := clauseWords(yesNoTokens(s))
	if len(fs) < 2 || !isASCIIDigitWord(fs[0]) || len(fs[0]) > 3 {
		return false, false
	}
	for _, f := range fs[1:] {
		if !echo.has(f) || yesWords[f] || noWords[f] || negations[f] {
			return false, false
		}
	}
	return strings.Trim(fs[0], "0") != "", true
}

// noThenAskedFor applies rule 4: the first clause a plain no, every other
// a verb of asking ("đã" or "xã" before it).
func noThenAskedFor(s string) bool {
	if !strings.ContainsAny(s, ",;") {
		return false
	}
	clauses := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	if len(clauses) < 2 {
		return false
	}
	_, first := clauseWords(yesNoTokens(clauses[0]))
	switch strings.Join(first, " ") {
	case "chua", "khong", "chua co", "khong co", "ko", "k":
	default:
		return false
	}
	for _, c := range clauses[1:] {
		_, fs := clauseWords(Tokenize(strings.Map(decoration, c)).Tokens)
		for len(fs) > 0 && (fs[0] == "da" || fs[0] == "xa") {
			fs = fs[1:] // "đã đề xuất", "xã kiến nghị"
		}
		if len(fs) == 0 || !(askedForVerbs[fs[0]] || len(fs) > 1 && askedForVerbs[fs[0]+" "+fs[1]]) {
			return false
		}
	}
	return true
}

// communeBesideVillage applies rule 7: of two clauses, the one that names
// no village when the other does.
func communeBesideVillage(s string) (string, bool) {
	clauses := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	if len(clauses) != 2 {
		return "", false
	}
	village := func(c string) bool {
		ts := Tokenize(strings.Map(decoration, c)).Tokens
		_, fs := clauseWords(ts)
		if !holdsAnswer(slices.DeleteFunc(fs, isASCIIDigitWord)) { // "1 số" is no option "1"
			return false // "có, 1 số thôn": a part, no answer of its own
		}
		for _, t := range ts {
			if partPlaces[t.Lower] {
				return true
			}
		}
		return false
	}
	a, b := village(clauses[0]), village(clauses[1])
	switch {
	case a && !b:
		return clauses[1], true
	case b && !a:
		return clauses[0], true
	}
	return "", false
}
