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
// no beside a note that holds neither is read. One note says nothing of
// the figure and is stored with it: its source alone ("(số liệu Công an
// xã cung cấp)", "(theo số liệu của trạm y tế)"), round seven.

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
		if correctingWords[w] && strings.ContainsFunc(note, isDigit) && !(w == "la" && i > 0 && i+1 < len(ts) && !startsWithDigit(ts[i+1].Lower) && ts[i+1].Skel != "so") {
			// "(là 2.354)" is a second answer; "(92% là đồng bào DTTS)"
			// says what a share is of (round nine).
			return false
		}
		if !yesNo && somethingElseUnderWay(ts, i) {
			return true // "0 lượt (thư viện đang sửa chữa)": why there were none
		}
		if noteQualifiers[w] && !(w == "cong" && t.Lower == "công") || approxWord(t, approxBefore, false) || hedgeWords[w] && typedAs(ts, w) {
			return false
		}
		if yesNo && (yesWords[w] || noWords[w] || negations[w] || butWords[w] ||
			i+1 < len(ts) && hedgeWords[w+" "+ts[i+1].Skel]) {
			return false
		}
	}
	return true
}

// underWay, skeletons, say that something is under way or to come.
var goingOn = setOf("dang", "sap", "se")

// figureWork, skeletons, is what is done to a figure: a note that it is
// being counted ("(đang cập nhật)", "(số liệu đang tổng hợp)") says the
// figure is not final.
var figureWork = setOf("cap", "tong", "thong", "ra", "kiem", "xac", "dem", "bao", "tinh", "nhap", "doi", "chot",
	"thu", "lam", "hoan")

// figureNouns, skeletons, name the figure itself before "đang".
var figureNouns = setOf("so", "lieu", "ket", "qua", "bao", "cao", "du", "con", "chua")

// somethingElseUnderWay reports "đang", "sắp" or "sẽ" at ts[i] said of a
// thing named before it that is not the figure, doing something that is
// not counting it: "(thư viện đang sửa)", "(nhà văn hóa sắp xây)". Such a
// note tells why the figure is what it is; "(đang cập nhật)" and "(số
// liệu đang tổng hợp)" tell that it is not final. The note must be that
// one clause: what follows "đang" is the thing's, and read no further.
func somethingElseUnderWay(ts []Token, i int) bool {
	if !goingOn[ts[i].Skel] || i == 0 || i+1 >= len(ts) || figureWork[ts[i+1].Skel] {
		return false
	}
	for _, t := range ts[i:] {
		if strings.ContainsAny(t.Typed, ",;") || strings.ContainsFunc(t.Lower, isDigit) {
			return false // one clause, of the thing alone
		}
	}
	for _, t := range ts[:i] {
		if figureNouns[t.Skel] || leadPolite[t.Skel] || strings.ContainsFunc(t.Lower, isDigit) {
			return false
		}
	}
	return true
}

// sourceNote reports a note that only names where the figure came from:
// "(số liệu Công an xã cung cấp)", "(theo số liệu của trạm y tế)",
// "(nguồn: Công an xã)", "(do thôn báo cáo)". It changes nothing in the
// figure, which is stored as typed. A note with a figure, a time or a
// word of doubt ("số liệu cũ", "tạm", "chưa") is no mere source.
func sourceNote(note string) bool {
	if strings.ContainsFunc(note, isDigit) || !NoteAside(note, false) {
		return false
	}
	ts := Tokenize(note).Tokens
	ws := make([]string, 0, len(ts))
	for _, t := range ts {
		if t.Skel != "" {
			ws = append(ws, t.Skel)
		}
	}
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if sourceDoubts[w] {
			return false
		}
	}
	f := " " + strings.Join(ws, " ") + " "
	switch {
	case ws[0] == "theo" || ws[0] == "nguon":
		return true
	case strings.Contains(f, " cung cap "):
		return true
	case ws[0] == "do" && (strings.Contains(f, " bao cao ") || strings.HasSuffix(f, " cap ")):
		return true
	}
	return false
}

// sourceDoubts, folded, make a note about the figure's source more than a
// source: an old or provisional figure, one period, one part.
var sourceDoubts = setOf("cu", "tam", "uoc", "chua", "thang", "nam", "quy", "ky", "thon", "xom", "ap", "to",
	"rieng", "mot", "phan", "du", "kien", "sai", "nham", "khac", "nhung", "con",
	// "theo em nghĩ", "theo mình đoán": a guess, never a source.
	"em", "e", "minh", "toi", "nghi", "doan", "thay", "biet", "chac", "khoang", "hieu")
