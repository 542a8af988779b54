package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// Signals of doubt at a yes/no question, as a clerk states them, each with
// its table test (yesno_doubt_test.go). Each refuses or asks; none stores.
//
//  1. A question particle closing the reply, before the name of the one
//     asked and politeness ("có rồi hả anh?", "chưa hở chị", "có rồi ư",
//     "có rồi sao?", "có chăng", "có rồi nhỉ?", central "có rồi hỉ?",
//     southern "có rồi hen?") turns it into a question back: the person
//     asks, they do not answer. Refused, as rule 2 of yesno_remark.go
//     refuses "có … không?". The particles are read with their marks
//     (typed in any keyboard), since "ha", "a", "u" bare may be "hạ",
//     "ạ", "ừ"; bare, they count only before a question mark. "Có ạ?"
//     (ạ is politeness) and a yes put as a question that leans to yes
//     ("chẳng phải có rồi à", rule 4 of yesno_r9.go) are not this rule's.
//  2. A word that asks why or how ("răng", "sao", "tại sao", "vì sao",
//     "mần răng", "làm sao", "why") beside a yes or a no the other rules
//     read only with words they do not know ("Răng lại chưa") may be a
//     real question (why not yet?) or a rhetorical yes: nothing can be
//     offered, refused. The rhetorical forms the other rules know ("sao
//     lại không", "có chứ sao không") keep their readings.
//  3. A reference to a document ("theo KH", "theo Kế hoạch số 45/KH-UBND",
//     "căn cứ QĐ 123") tells where the answer is written, not what it is:
//     alone it is refused (asking for có or không; "KH" there is kế
//     hoạch, not the chats' "kh" for không), and after a yes it is a
//     source beside the yes: the yes is read as if the reference were not
//     there ("Đã có, theo QĐ 123/QĐ-UBND ngày 20/10/2025" is "Đã có").

// askingParticles close a question (rule 1), as typed with their marks.
var askingParticles = []string{"hả", "hở", "hử", "à", "ư", "chăng"}

// bareAsking are particles that close a question only before a question
// mark (rule 1), folded: typed bare, or softening words that close a
// statement too ("có rồi hỉ", "có rồi nhỉ" stay a yes).
var bareAsking = setOf("ha", "ho", "hu", "nhi", "hi", "he", "hen", "nghen", "sao", "rang", "ta", "chang", "hon")

// askedOne are the words that name the one asked, or politeness, after a
// question particle (rule 1), folded.
var askedOne = setOf("anh", "chi", "em", "e", "ad", "admin", "ban", "bac", "chu", "co", "ong", "ba", "sep", "oi", "a", "ak", "ah",
	"vay", "the", "day", "do")

// closingParticle applies rule 1 to s.
func closingParticle(s string) bool {
	ts := Tokenize(strings.Map(decoration, Normalize(s))).Tokens
	asked := strings.ContainsAny(s, "?？")
	for i := len(ts) - 1; i > 0; i-- {
		t := ts[i]
		f := strings.Trim(t.Skel, edgePunct)
		if f == "" {
			continue
		}
		typed := Token{Lower: strings.Trim(t.Lower, edgePunct+"?？")}
		if f == "co" {
			if SameWord(typed, "cô") && i > 1 {
				continue // "… hả cô?": the one asked
			}
			return false // "có" is the answer
		}
		for _, p := range askingParticles {
			if SameWord(typed, p) {
				return true
			}
		}
		if asked && bareAsking[f] {
			return true
		}
		if askedOne[f] && i > 1 {
			continue // "… hả anh?": the one asked, then the particle
		}
		return false
	}
	return false
}

// whyWords ask why or how (rule 2), folded phrases.
var whyWords = setOfPhrases("rang", "sao", "tai sao", "vi sao", "lam sao", "man rang", "why", "the nao", "ra sao")

// asksWhy applies rule 2's words to s: a word asking why or how, "răng"
// typed with its mark or before a question mark ("rằng", that, is none).
func asksWhy(s string) bool {
	ts := Tokenize(strings.Map(decoration, Normalize(s))).Tokens
	for _, t := range ts {
		f := strings.Trim(t.Skel, edgePunct)
		switch f {
		case "rang":
			if SameWord(Token{Lower: strings.Trim(t.Lower, edgePunct+"?？")}, "răng") || strings.ContainsAny(s, "?？") {
				return true
			}
		case "sao", "why":
			if IsASCII(t.Lower) && f == "sao" && !strings.ContainsAny(s, "?？") {
				continue // "sao" bare may be "sáo", "sạo"
			}
			if f == "why" || SameWord(Token{Lower: strings.Trim(t.Lower, edgePunct+"?？")}, "sao") {
				return true
			}
		}
	}
	return false
}

// documentWords name a document an office answers by (rule 3), folded
// phrases: the abbreviations typed in capitals and the names in full.
var documentWords = setOfPhrases("kh", "ke hoach", "qd", "quyet dinh", "cv", "cong van", "tb", "thong bao", "nq",
	"nghi quyet", "hd", "huong dan", "bc", "bao cao", "van ban", "ct", "ttr", "to trinh", "nd",
	"nghi dinh", "tt", "thong tu", "de an", "chuong trinh", "ke hoach so", "qd so", "cv so", "kh so")

// referenceLead open a reference to a document (rule 3), folded phrases.
var referenceLead = []string{"theo", "can cu", "thuc hien theo", "can cu theo"}

// cutReference applies rule 3 to s: what comes before a reference to a
// document, and whether there was one.
func cutReference(s string) (before string, ok bool) {
	n := Normalize(s)
	ws := strings.Fields(n)
	for i := range ws {
		for _, lead := range referenceLead {
			lw := strings.Fields(lead)
			if i+len(lw) >= len(ws) {
				continue
			}
			if untelexPhrase(Fold(strings.Trim(strings.Join(ws[i:i+len(lw)], " "), edgePunct+"(,;"))) != lead {
				continue
			}
			j := i + len(lw)
			doc := false
			for k := 2; k >= 1; k-- {
				if j+k <= len(ws) && documentWords[untelexPhrase(Fold(strings.Trim(strings.Join(ws[j:j+k], " "), edgePunct+"()")))] {
					doc = true
					break
				}
			}
			if !doc {
				continue
			}
			return strings.TrimRight(strings.Join(ws[:i], " "), " ,;(-–:"), true
		}
	}
	return "", false
}

// yesNoDoubt applies rules 1 to 3 to the reading (b, u, p) of s at a
// question.
func yesNoDoubt(s string, echo *lazyWords, b bool, u *Unsure, p *locales.Msg) (bool, *Unsure, *locales.Msg) {
	turned := u != nil && (u.Key == "reading.yes_no_turned" || u.Key == "reading.yes_no_now")
	if p == nil && !turned && mayCloseAsking(s) && closingParticle(s) {
		return false, nil, problem("answer.yes_no_question_back", "input", quoted(s)) // rule 1
	}
	if p == nil && u != nil && u.Key == "reading.yes_no_extra" {
		if tb, ok := thenAndNow(s, echo); ok {
			// "Trước có, chừ hư rồi": then and now, read by the clause of
			// now (yesno_then_now.go), not by the first yes
			return tb, &Unsure{Key: "reading.yes_no_now", Input: string(quoted(s))}, nil
		}
	}
	if p == nil && u != nil && u.Key == "reading.yes_no_extra" && asksWhy(s) {
		return false, nil, problem("answer.not_yes_no", "input", quoted(s)) // rule 2
	}
	if b && u == nil && p == nil {
		return b, u, p // a yes stored: none of rule 3's business
	}
	if !mayReference(s) {
		return b, u, p // the cheap path: no "theo", no "căn cứ"
	}
	if before, ok := cutReference(s); ok {
		if strings.TrimSpace(strings.Map(decoration, before)) == "" || notPolite(before) == "" {
			return false, nil, problem("answer.yes_no_reference", "input", quoted(s)) // rule 3: "theo KH"
		}
		if rb, ru, rp := readYesNo(before, echo); rp == nil && rb && ru == nil {
			return true, nil, nil // rule 3: "Đã có, theo QĐ 123/QĐ-UBND"
		}
	}
	return b, u, p
}

// mayReference reports whether s may hold rule 3's lead words, in either
// case and any keyboard.
func mayReference(s string) bool {
	for _, h := range []string{"heo", "HEO", "Heo", "ăn", "ĂN", "an c", "AN C", "aw", "a8"} {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// mayCloseAsking reports whether s may hold rule 1's particles: a question
// mark, their marked letters, or their Telex and VNI keys.
func mayCloseAsking(s string) bool {
	if strings.ContainsAny(s, "?？ảởửàưăẢỞỬÀƯĂ") {
		return true
	}
	for _, h := range []string{"ar", "or", "uwr", "af", "uw", "aw", "a3", "o73", "u73", "a2", "u7", "a8", "AR", "OR", "AF", "UW", "AW"} {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}
