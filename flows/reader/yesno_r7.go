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

// Rule 40, as a clerk states it (round seven): a yes that names the thing
// asked is that yes: "Có 1 điểm cầu tại hội trường UBND xã", "Đã có điểm
// cầu truyền hình trực tuyến", and after it the question's own words
// ("…, kết nối với huyện và tỉnh"). The thing is two words that stand
// together in the question, right after "có" or "đã có" (a count of one
// or more between); after it may come the question's words, one or two
// words that describe it, and where it is in the commune ("tại UBND
// xã"). Words that make it another's or elsewhere ("của huyện", "ở
// thôn"), a part ("chỉ", "mới"), a negation, a hedge or a "but" leave the
// reply to the other rules.

// thingStop are words after the thing that make it another thing, or a
// part of it, or say no: what the reader must not read past.
var thingStop = setOf("cua", "thon", "ap", "ban", "to", "chi", "moi", "mot", "so", "phan", "nua", "khong", "chua",
	"ko", "k", "tam", "hong", "hu", "dung", "ngung", "cu", "nhung", "ma", "nhu", "con", "van", "dang", "se", "sap",
	"thieu", "du", "rieng", "nho", "muon", "thue", "nho", "dau", "gi", "ai", "nao")

// communePlaces name a place of the commune's own, after "tại" or "ở".
var communePlaces = setOf("ubnd", "uy", "nhan", "dan", "xa", "hoi", "truong", "tru", "so", "phong", "hop", "nha",
	"van", "hoa", "trung", "tam", "bo", "phan", "mot", "cua", "hanh", "chinh", "cong", "dang", "uy", "ban", "lam",
	"viec", "tang", "lau", "khu",
	"phuc", "vu", "pvhcc", "hcc") // round thirteen: the commune's public service centre, "Trung tâm PVHCC xã"

// namesTheThing reads rule 40 on s at the question whose words are echo.
func namesTheThing(s string, echo *lazyWords) bool {
	if echo == nil || echo.q == nil {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) == 0 || !thingClause(parts[0], echo) {
		return false
	}
	for _, p := range parts[1:] {
		// "kết nối với huyện và tỉnh": the question's words, all of them
		_, fs := clauseWords(yesNoTokens(p))
		if len(fs) == 0 {
			return false
		}
		for _, f := range fs {
			if thingStop[f] || !echo.has(f) && f != "va" && f != "ca" && f != "deu" && f != "voi" {
				return false
			}
		}
	}
	return true
}

// thingClause reads the clause of rule 40 that names the thing.
func thingClause(c string, echo *lazyWords) bool {
	tk, fs := clauseWords(yesNoTokens(c))
	fs = cutSince(fs) // "có điểm cầu từ năm 2023"
	i := 0
	switch {
	case len(fs) > 3 && fs[0] == "da" && fs[1] == "co":
		i = 2 // "đã có", and "dạ có" or "da co" typed bare: a yes either way
	case len(fs) > 2 && fs[0] == "co" && (SameWord(tk[0], "có") || tk[0].Lower == "co"):
		i = 1
	default:
		return false
	}
	if n := fs[i]; strings.Trim(n, "0123456789") == "" && strings.TrimLeft(n, "0") != "" {
		i++ // "có 1 điểm cầu", "có 2 điểm cầu"
	}
	if i+1 >= len(fs) || !labelPair(echo.q, fs[i], fs[i+1]) {
		return false
	}
	i += 2
	described := 0
	for ; i < len(fs); i++ {
		f := fs[i]
		switch {
		case f == "tai" || f == "o":
			// where: only a place of the commune's own, to the end
			for _, w := range fs[i+1:] {
				if !communePlaces[w] {
					return false
				}
			}
			return i+1 < len(fs)
		case thingStop[f] || negations[f] || noWords[f] || butWords[f] || isDigits(f):
			return false
		case echo.has(f):
		case hedgeWords[f] || i+1 < len(fs) && hedgeWords[f+" "+fs[i+1]]:
			return false
		default:
			if described++; described > 2 {
				return false // a sentence about something else
			}
		}
	}
	return true
}

// labelPair reports whether a and b, folded, stand together in the
// question's label: "điểm cầu".
func labelPair(q *Question, a, b string) bool {
	for _, l := range q.Label {
		ws := Words(Fold(l))
		for i := 0; i+1 < len(ws); i++ {
			if Skeleton(ws[i]) == a && Skeleton(ws[i+1]) == b {
				return true
			}
		}
	}
	return false
}

// Rule 41 (round seven): a yes, then how often it is used, is a yes: "có
// ạ, họp trực tuyến hằng tháng", "có, dùng thường xuyên". Rule 8 says the
// same of "đang hoạt động".

// oftenWords are the periods of "hằng tháng", "mỗi tuần", folded.
var oftenWords = setOf("ngay", "tuan", "thang", "quy", "nam", "ky", "buoi", "dot")

// usedOften reports a clause that ends with how often ("hằng tháng",
// "mỗi tuần", "thường xuyên", "định kỳ") and says nothing against it.
func usedOften(c []Token) bool {
	tk, fs := clauseWords(c)
	n := len(fs)
	switch {
	case n >= 2 && (fs[n-2] == "hang" || fs[n-2] == "moi") && oftenWords[fs[n-1]],
		n >= 2 && (fs[n-2] == "thuong" && fs[n-1] == "xuyen" || fs[n-2] == "dinh" && fs[n-1] == "ky" || fs[n-2] == "lien" && fs[n-1] == "tuc"):
	default:
		return false
	}
	if n > 6 {
		return false
	}
	for i, f := range fs[:n-2] {
		if negations[f] || noWords[f] || butWords[f] || trialWords[f] || f == "chi" || f == "moi" ||
			hedgeWords[f] && typedAs(tk[i:i+1], f) || i+1 < len(fs) && hedgeWords[f+" "+fs[i+1]] {
			return false
		}
	}
	return true
}
