package reader

import (
	"strings"

	"github.com/baocao/baocao/locales"
)

// Round fourteen's safety rules for a yes/no answer: what a negation, a
// "đã" or a word of degree governs. Each is a clerk's rule that keeps a
// value the person did not mean from being written down; they run last,
// after round thirteen's (safeYesNo), over whatever the other rules read.
//
//  1. A negation governs the thing named after it. "không", "chưa" with
//     "có", "còn", "đủ", "được" and then a thing other than the thing
//     asked (kinh phí, người vận hành, cán bộ, đường truyền, cấp huyện …;
//     a word of the question's own label is the thing asked) is about
//     that thing:
//     - in a note beside the answer it says nothing of the answer: "Đã
//     kết nối với tỉnh (không còn cấp huyện)" is the yes before it
//     (readYesNoWords, with CutNote);
//     - as the whole answer ("Chưa có kinh phí", "không có người vận
//     hành ạ") it is no answer about the thing asked: a no, asked
//     (reading.yes_no_other_thing), never stored.
//  2. "đã" and a deed that is not doing the thing asked ("Đã báo cáo",
//     "đã gửi", "đã đề nghị", "đã xin kinh phí", "đã trình huyện") says
//     what was done about it, not whether it is there: refused
//     (answer.yes_no_other_deed) unless another word of the answer says
//     yes or no ("Chưa có, đã đề xuất" is a no).
//  3. A word of degree ("chưa hoàn toàn", "chưa đầy đủ", "chưa hoàn
//     chỉnh", "một phần", "cơ bản đã có", "gần như có") is never stored:
//     the value is asked (reading.yes_no_degree).
func governedYesNo(s string, echo *lazyWords, b bool, u *Unsure, p *locales.Msg) (bool, *Unsure, *locales.Msg) {
	if p != nil && p.Key != "answer.not_yes_no" {
		return b, u, p
	}
	fw := skelWords(s)
	in := "" // quoted only when a rule speaks
	if otherDeed(fw) {
		// "Đã báo cáo UBND huyện": refused, with the message that says why
		return false, nil, problem("answer.yes_no_other_deed", "input", quoted(s))
	}
	if p != nil {
		return b, u, p
	}
	if u == nil && !b && aboutOtherThing(afterColonWords(s, fw), echo) {
		in = string(quoted(s))
		return false, &Unsure{Key: "reading.yes_no_other_thing", Input: in}, nil
	}
	if u == nil && hasPhrase(fw, degreeWords) {
		in = string(quoted(s))
		return b, &Unsure{Key: "reading.yes_no_degree", Input: in}, nil
	}
	return b, u, p
}

// negWords are the negations, folded, as officers type them.
var negWords = setOf("khong", "chua", "ko", "k", "kh", "khg", "kg", "hong", "hok", "chx", "kp")

// negLinks stand between a negation and the thing it governs: "không có",
// "không còn", "chưa đủ", "chưa được bố trí".
var negLinks = setOf("co", "con", "du", "duoc", "bo", "tri")

// otherThings are the first words, folded, of things a yes/no question
// about equipment is often answered beside: money, people, the line, a
// level of government, a machine, a place.
var otherThings = setOf("kinh", "tien", "ngan", "von", "nguoi", "can", "nhan", "ky", "duong", "mang",
	"internet", "wifi", "cap", "may", "dien", "dia", "mat", "tru", "bien", "ke", "quyet", "chu", "huong", "nguon")

// negatesOther reports whether the words fw begin with a negation that
// governs a thing other than the thing asked (rule 1).
func negatesOther(fw []string, echo *lazyWords) bool {
	if len(fw) < 2 || !negWords[fw[0]] {
		return false
	}
	i, link := 1, ""
	for i < len(fw)-1 && negLinks[fw[i]] {
		link += fw[i]
		i++
	}
	if link == "" {
		return false // "không kinh phí" is a noun phrase, "chưa kết nối" a verb
	}
	w := fw[i]
	if link == "con" && (w == "huyen" || w == "tinh") {
		return true // "không còn huyện": the level is gone
	}
	return otherThings[w] && !echo.has(w)
}

// aboutOtherThing reports whether the whole answer is a negation of
// another thing (rule 1), with no other word of yes or no after it.
func aboutOtherThing(fw []string, echo *lazyWords) bool {
	// the subject and polite words before the negation: "xã chưa có kinh
	// phí", "dạ bên em không có người vận hành"
	for i, w := range fw {
		if negWords[w] {
			if i > 3 {
				return false
			}
			fw = fw[i:]
			break
		}
		if answerWords[w] {
			return false
		}
	}
	if !negatesOther(fw, echo) {
		return false
	}
	for _, w := range fw[2:] {
		if answerWords[w] {
			return false
		}
	}
	return true
}

// answerWords, folded, say yes or no or name doing the thing asked.
var answerWords = setOf("co", "khong", "chua", "ko", "k", "kg", "xong", "lap", "ket", "trang", "dau", "xay",
	"trien", "thuc", "hoan", "roi", "nen")

// otherDeeds are deeds about the thing asked that are not doing it (rule 2).
var otherDeeds = []string{"bao cao", "gui", "de nghi", "xin", "de xuat", "trinh", "kien nghi", "nop",
	"hoi", "lien he", "dang ky", "tra loi", "lap du toan", "khao sat", "to trinh"}

// otherDeed reports whether fw say "đã" and a deed of otherDeeds with no
// word of yes or no elsewhere (rule 2).
func otherDeed(fw []string) bool {
	at := -1
	for i := 0; i+1 < len(fw); i++ {
		if fw[i] == "da" && hasPhraseAt(fw, i+1, otherDeeds) {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for i, w := range fw {
		if i != at+1 && answerWords[w] && w != "roi" && w != "nen" {
			return false
		}
	}
	return true
}

// degreeWords are words of degree (rule 3), folded.
var degreeWords = []string{"chua hoan toan", "khong hoan toan", "chua day du", "khong day du", "chua hoan chinh",
	"chua hoan thien", "mot phan", "co ban", "gan nhu", "phan nao", "tuong doi", "chua tron ven", "chua dong bo"}

// hasPhrase reports whether one of ps, words folded and joined by spaces,
// runs in fw.
func hasPhrase(fw []string, ps []string) bool {
	for i := range fw {
		if hasPhraseAt(fw, i, ps) {
			return true
		}
	}
	return false
}

// hasPhraseAt reports whether one of ps begins at fw[i].
func hasPhraseAt(fw []string, i int, ps []string) bool {
	for _, p := range ps {
		if phraseAt(fw, i, p) {
			return true
		}
	}
	return false
}

// phraseAt reports whether the words of p, separated by single spaces,
// run in fw from i (no allocation: every answer passes here).
func phraseAt(fw []string, i int, p string) bool {
	for {
		if i >= len(fw) {
			return false
		}
		w, rest, more := strings.Cut(p, " ")
		if fw[i] != w {
			return false
		}
		if !more {
			return true
		}
		p, i = rest, i+1
	}
}

// afterColon is what follows a lead-in and its colon ("Dạ em xin báo cáo
// ạ: xã chưa có kinh phí"), or s.
func afterColon(s string) string {
	if i := strings.LastIndexByte(s, ':'); i >= 0 && strings.TrimSpace(s[i+1:]) != "" {
		return s[i+1:]
	}
	return s
}

// afterColonWords are the words after a lead-in's colon, fw (s's words)
// when there is none.
func afterColonWords(s string, fw []string) []string {
	if a := afterColon(s); a != s {
		return skelWords(a)
	}
	return fw
}
