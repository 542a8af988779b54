package reader

import "strings"

// Rule a clerk states about notes (note_test.go): a note in brackets after
// the answer ("2,5 ha (sân vận động xã)", "có (lắp năm 2024)", "3 giải
// (bóng đá, cầu lông, kéo co) ạ") is a note: the answer is read without
// it. A note that qualifies the answer is no aside and is left in, so the
// answer is refused as before: a hedge or an estimate ("(tạm tính)",
// "(khoảng)"), a negation or an exception ("(chưa tính thôn 5)", "(trừ
// TDP)"), or, at a yes/no question, a yes, a no or a "but". A figure in
// the note ("(tăng 12 hộ so với 2025)", "(1.650/1.772)") might be the
// answer too, and a note may say what makes the figure doubtful ("(số
// cũ)"), so a figure read beside a note is always confirmed; a yes or a
// no beside a note that holds neither is read.

// CutNote splits s into the answer and the note in brackets at its end;
// politeness after the bracket ("… ạ") goes with the note. ok is false when
// there is no such note or nothing before it.
func CutNote(s string) (answer, note string, ok bool) {
	if !strings.Contains(s, ")") {
		return "", "", false // most answers: no note, nothing to normalise
	}
	n := Normalize(s)
	end := strings.LastIndexByte(n, ')')
	if end < 0 {
		return "", "", false
	}
	for _, t := range Tokenize(n[end+1:]).Tokens {
		if t.Fold != "" && !tailPolite[t.Fold] {
			return "", "", false
		}
	}
	open := strings.LastIndexByte(n[:end], '(')
	if open <= 0 {
		return "", "", false
	}
	answer, note = strings.TrimSpace(n[:open]), strings.TrimSpace(n[open+1:end])
	if note == "" || !strings.ContainsFunc(answer, func(r rune) bool { return r > ' ' && !strings.ContainsRune(edgePunct, r) }) {
		return "", "", false
	}
	return answer, note, true
}

// noteQualifiers, folded, make a note part of the answer: what is left
// out, added or not yet counted.
var noteQualifiers = setOf("khong", "ko", "k", "chua", "chang", "tru", "ngoai", "tinh", "cong", "them", "thieu",
	"gom", "ca", "rieng", "chi", "moi", "hoac", "hay", "nhung", "sai", "nham")

// correctingWords, folded, in a note with a figure make that figure a
// second answer: "(đúng ra 2.354)", "(sửa thành 2.354)", "(nếu 2.354)".
var correctingWords = setOf("dung", "sua", "chinh", "thuc", "neu", "phai", "la")

// NoteAside reports whether note, the words in brackets after an answer,
// only tells about it. yesNo is set at a yes/no question, where a yes or
// a no in the note would be a second answer.
func NoteAside(note string, yesNo bool) bool {
	ts := Tokenize(note).Tokens
	if hedged(ts) || Approximate(ts) || strings.ContainsAny(note, "~≈?<>") {
		return false
	}
	for i, t := range ts {
		w := t.Skel
		if correctingWords[w] && strings.ContainsFunc(note, isDigit) {
			return false
		}
		if noteQualifiers[w] || approxWord(t, approxBefore, false) || hedgeWords[w] && typedAs(ts, w) {
			return false
		}
		if yesNo && (yesWords[w] || noWords[w] || negations[w] || butWords[w] ||
			i+1 < len(ts) && hedgeWords[w+" "+ts[i+1].Skel]) {
			return false
		}
	}
	return true
}
