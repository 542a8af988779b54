package reader

import "strings"

// Rules a clerk states about yes and no as the south types them (round
// six), each with its table test (yesno_south_test.go):
//
// 25. Every chat spelling of "không" is "không" in the turns and hedges it
//     opens: "hông sai", "ko sai", "k sai" are "không sai" (a yes, offered);
//     "hông hẳn vậy", "ko chắc" are "không hẳn", "không chắc" (neither).
//     "Hỏng" typed with its mark is broken, not "hổng" (rule 23).
// 26. "Ai nói …" (who said …) asks who said the answer after it, and means
//     its opposite: "ai nói là chưa", "ai bảo không có", "ai biểu chưa",
//     "ai mà nói vậy là không có" are a yes; "ai nói có" a no. Offered,
//     as every turned answer is (rule 2).
// 27. An answer that ends in a question mark asks as much as it answers:
//     "có?", "chưa ạ?", "không?" may ask back "có (là sao)?". Offered,
//     never stored, at a question; to the bot's own "Ghi có?" it is read.

// negSpellings are the chat and regional spellings of "không", by
// skeleton: "ko", "k", "kg", "hk", "hok", "hông", "hổng", "hem", "khum".
// Not "kh" (also "kế hoạch" in "12/KH-UBND").
var negSpellings = setOf("khog", "khomg", "khng", "ko", "k", "kg", "khg", "hk", "hok", "hong", "hem", "khum")

// negSkel is t's skeleton with a chat spelling of "không" made "khong".
func negSkel(t Token, f string) string {
	if negSpellings[f] && !(f == "hong" && (SameWord(t, "hỏng") || shapedAs(t, "hỏng"))) {
		return "khong"
	}
	return f
}

// saidWords say "said", the south's too: "nói", "bảo", "biểu", "kêu".
var saidWords = setOf("noi", "bao", "bieu", "keu")

// whoSaid reads rule 26: "ai nói (là) X" is the opposite of X, offered;
// NoRule when the clause is no such question, Hedged when X is no plain
// answer.
func whoSaid(tk []Token, fs []string) Verdict {
	i := 1
	if len(fs) < 3 || fs[0] != "ai" {
		return NoRule
	}
	if fs[i] == "ma" {
		i++ // "ai mà nói"
	}
	if i >= len(fs) || !saidWords[fs[i]] {
		return NoRule
	}
	i++
	if i+1 < len(fs) && fs[i] == "voi" && (politeWords[fs[i+1]] || fs[i+1] == "ban" || fs[i+1] == "ong" || fs[i+1] == "ba") {
		i += 2 // "ai nói với anh"
	}
	if i < len(fs) && (fs[i] == "vay" || fs[i] == "the") && i+1 < len(fs) && fs[i+1] == "la" {
		i++ // "ai nói vậy là"
	}
	if i < len(fs) && fs[i] == "la" {
		i++
	}
	if i >= len(fs) {
		return NoRule // "ai nói": a question, not an answer
	}
	switch v, _ := clauseVerdict(tk[i:]); v {
	case Yes, YesAsk:
		return NoAsk
	case No, NoAsk:
		return YesAsk
	}
	return Hedged
}

// asksBack reports an answer that ends in a question mark, politeness and
// emoji after it aside: "chưa? ạ", "có ạ?", "có? 🙏" (rule 27).
func asksBack(s string) bool {
	if !strings.ContainsAny(s, "?？") {
		return false
	}
	ts := Tokenize(strings.Map(decoration, Normalize(s))).Tokens
	for i := len(ts) - 1; i >= 0; i-- {
		switch t := ts[i]; {
		case strings.ContainsAny(t.Typed, "?？"):
			return true
		case t.Skel != "" && !tailPolite[t.Skel]:
			return false
		}
	}
	return false
}
