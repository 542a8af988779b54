package reader

import "strings"

// Rule 39, as a clerk states it (round seven): what was done, then only
// how fully ("đầy đủ", "thông suốt", "3 cấp"), by whom ("được UBND huyện
// đầu tư") and when ("năm 2024") is the same yes as the verb alone: "Đã
// được trang bị đầy đủ", "Đã được UBND huyện đầu tư năm 2024". The
// question's own verb done fully ("Đã kết nối thông suốt 3 cấp") is a yes
// too, stored: the verb alone ("đã kết nối") stays offered, since it may
// be a part. An object (what was done to what) stays rule 21's.

// fullyWords say a thing was done wholly, folded.
var fullyWords = setOfPhrases("day du", "thong suot", "dong bo", "hoan chinh", "hoan toan", "toan bo", "on dinh",
	"xong", "roi", "tot", "100%", "3 cap", "ba cap", "4 cap", "bon cap", "cac cap", "ca 3 cap", "ca ba cap",
	"du 3 cap", "du ba cap", "het", "tat ca")

// agentWords name who did it, after "được": "được UBND huyện đầu tư".
var agentWords = setOfPhrases("huyen", "tinh", "xa", "cap tren", "nha nuoc", "trung uong", "ubnd huyen", "ubnd tinh",
	"ubnd xa", "uy ban huyen", "uy ban tinh", "uy ban nhan dan huyen", "uy ban nhan dan tinh", "so", "bo")

// whenLead open a time after what was done: "năm 2024", "vào tháng 6/2025".
var whenLead = setOf("nam", "thang", "quy", "ngay", "tu")

// cutHowWhoWhen is fs, the words after "đã", without who did it (after
// "được"), how fully and when (rule 39); n is how many words it took off.
func cutHowWhoWhen(fs []string) ([]string, int) {
	out := fs
	if len(out) > 2 && out[0] == "duoc" {
		for k := min(5, len(out)-2); k >= 1; k-- {
			if agentWords[strings.Join(out[1:1+k], " ")] {
				out = append([]string{"duoc"}, out[1+k:]...)
				break
			}
		}
	}
	for cut := true; cut && len(out) > 1; {
		cut = false
		for k := min(3, len(out)-1); k >= 1; k-- {
			if fullyWords[strings.Join(out[len(out)-k:], " ")] {
				out, cut = out[:len(out)-k], true
				break
			}
		}
		if cut || len(out) < 3 {
			continue
		}
		// a time: "năm 2024", "vào năm 2024", "tháng 6/2025", "từ năm 2023"
		last, lead := out[len(out)-1], out[len(out)-2]
		if (isDateFigure(last) || isRoman(last)) && whenLead[lead] {
			out, cut = out[:len(out)-2], true
			for len(out) > 1 && (out[len(out)-1] == "vao" || out[len(out)-1] == "trong" ||
				out[len(out)-1] == "tu" && out[len(out)-2] != "dau") {
				out = out[:len(out)-1] // "từ tháng", "vào năm"; not the "tư" of "đầu tư"
			}
		}
	}
	return out, len(fs) - len(out)
}

// isRoman reports a quarter written in Roman figures, with its year or
// not: "ii", "iv/2024".
func isRoman(w string) bool {
	r, _, _ := strings.Cut(w, "/")
	return r != "" && strings.Trim(r, "iv") == ""
}

// doneFully reads rule 39 for the question's own verb: "đã" (typed so),
// then only the question's words and at least one word of how fully.
func doneFully(s string, echo *lazyWords) bool {
	if echo == nil {
		return false
	}
	tk, fs := clauseWords(yesNoTokens(s))
	if len(fs) < 3 || fs[0] != "da" || !SameWord(tk[0], "đã") {
		return false
	}
	rest, cut := cutHowWhoWhen(fs[1:])
	if cut == 0 {
		return false
	}
	for _, f := range rest {
		if !echo.has(f) {
			return false
		}
	}
	// the verb alone: "kết nối với huyện đầy đủ" names a part
	return len(rest) == 2 && rest[0] != "co" && fullyCut(fs[1+len(rest):])
}

// fullyCut reports whether the words cut by cutHowWhoWhen said how fully,
// not only when: "thông suốt 3 cấp", "đầy đủ năm 2024".
func fullyCut(fs []string) bool {
	for i := range fs {
		for k := 1; k <= 3 && i+k <= len(fs); k++ {
			if w := strings.Join(fs[i:i+k], " "); fullyWords[w] && w != "roi" {
				return true
			}
		}
	}
	return false
}
