package reader

// Zero said in clauses, round nine (zero_r9_test.go). A clerk reads as
// "none" (0, asked) an answer whose last clause says none of what is
// asked exists, after a reason ("đài hỏng cả năm, không có chương trình
// nào"), a bare no ("Không ạ. Xã sáp nhập chưa tổ chức được") or the
// commune named as the subject ("năm nay xã em không tổ chức giải nào").
// A clause with a figure, a yes, a hedge, or a none said of something else
// ("chưa có số liệu") is no such answer.

// noneSubject, skeletons, may open a none clause before its negation: the
// commune and who speaks for it, and that it was merged.
var noneSubject = setOf("xa", "phuong", "thi", "tran", "ben", "em", "e", "minh", "toi", "tui", "chung", "ta",
	"sap", "nhap", "moi", "dai", "nam", "nay", "ni", "trong", "thang", "quy", "ky", "dot", "da", "thua", "anh", "chi")

// noneTail, skeletons, may end a none clause after "nào" or "hết": the
// South's "hết trơn", "hết sạch".
var noneTail = setOf("tron", "sach", "nua")

// noneByClauses reports an answer of clauses, without a figure, whose last
// says none.
func (s *sentence) noneByClauses() bool {
	var clauses [][]Token
	start := 0
	for i, t := range s.ts {
		if endsClause(t.Typed) || i == len(s.ts)-1 {
			clauses = append(clauses, s.ts[start:i+1])
			start = i + 1
		}
	}
	if len(clauses) == 0 || hedged(s.ts) {
		return false
	}
	bareNo := false
	for _, c := range clauses[:len(clauses)-1] {
		switch {
		case bareNone(c):
			bareNo = true
		case sayYes(c):
			return false
		}
	}
	return s.noneClause(clauses[len(clauses)-1], bareNo)
}

// bareNone reports a clause that is only a no and politeness: "Không ạ.".
func bareNone(c []Token) bool {
	no := false
	for _, t := range c {
		switch {
		case negations[t.Skel] && !no:
			no = true
		case leadPolite[t.Skel] || tailPolite[t.Skel]:
		default:
			return false
		}
	}
	return no
}

// sayYes reports a clause with a word of yes or of having: "Có ạ", "xã có
// giải".
func sayYes(c []Token) bool {
	for i, t := range c {
		if yesWords[t.Skel] && t.Skel != "da" && !(i > 0 && negations[c[i-1].Skel]) {
			return true
		}
	}
	return false
}

// noneClause reports a clause saying none: a subject, a negation, then
// only what is asked, "có", "tổ chức", "được", "nào", "hết". Without
// "nào" or "hết" only after a bare no ("Không ạ. Xã chưa tổ chức được").
func (s *sentence) noneClause(c []Token, bareNo bool) bool {
	i := 0
	for i < len(c) && noneSubject[c[i].Skel] && !negations[c[i].Skel] || i < len(c) && i > 0 && isNameWord(c[i].Typed) && !negations[c[i].Skel] {
		i++
	}
	if i >= len(c) || !negations[c[i].Skel] || c[i].Skel == "da" {
		return false
	}
	none := bareNo
	for _, t := range c[i+1:] {
		w := t.Skel
		switch {
		case w == "nao" || w == "het" || t.Lower == "mô":
			none = true
		case noneTail[w] || noneWords[w] || tailPolite[w] || classifiers[w] || s.rule.own[w] || s.rule.asked.has(w):
		case familyOf(w) != "" && familyOf(w) == s.rule.family:
		default:
			return false
		}
	}
	return none
}
