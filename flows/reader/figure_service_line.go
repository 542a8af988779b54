package reader

import "strings"

// A number named as a telephone line by the words beside it ("1022 (tổng
// đài)", "hotline 1022", "đường dây nóng 113", "số máy lẻ 205") is the
// line to call, not a count: the clerk refuses it as any phone number is
// refused, whatever its length. Only a figure right next to those words
// is the line: "86 TT, hotline 1022" still has its count (86), read by
// the other rules. A question about the lines themselves (its label
// names them) is left alone.

// serviceLine are the words naming a telephone line, folded, as word runs.
var serviceLine = [][]string{
	{"tong", "dai"}, {"hotline"}, {"hot", "line"}, {"duong", "day", "nong"},
	{"may", "le"}, {"so", "may", "le"}, {"ext"}, {"call", "center"}, {"callcenter"},
	{"so", "noi", "bo"}, {"sdt"},
}

// serviceLineAt reports the length of a service-line phrase starting at
// ts[i], or 0.
func serviceLineAt(ts []Token, i int) int {
	best := 0
	for _, p := range serviceLine {
		if i+len(p) > len(ts) || len(p) <= best {
			continue
		}
		ok := true
		for k, w := range p {
			if ts[i+k].Fold != w && ts[i+k].Skel != w { // "toongr ddaif": Telex keys left in
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	return best
}

// onlyServiceLine reports that every figure of s stands right next to
// words naming a telephone line, at a question that does not ask about
// such lines.
func onlyServiceLine(q *Question, s string) bool {
	if !mayNameALine(s) {
		return false // the cheap check first: most answers
	}
	ts := Tokenize(s).Tokens
	label := labelWords(q)
	figures, tied := 0, 0
	for i, t := range ts {
		if t.Lower == "" || !isDigit(rune(t.Lower[0])) {
			continue
		}
		figures++
		// the words before it ("hotline 1022", "tổng đài: 1022")
		before := false
		for j := 0; j < i; j++ {
			if n := serviceLineAt(ts, j); n > 0 && j+n == i && !labelHas(label, ts[j:j+n]) {
				before = true
			}
		}
		// or right after it ("1022 (tổng đài)")
		after := i+1 < len(ts) && serviceLineAt(ts, i+1) > 0 && !labelHas(label, ts[i+1:i+1+serviceLineAt(ts, i+1)])
		if before || after {
			tied++
		}
	}
	return figures > 0 && tied == figures
}

// labelHas reports that the question's label has every word of ts.
func labelHas(label map[string]bool, ts []Token) bool {
	for _, t := range ts {
		if !label[Skeleton(t.Fold)] {
			return false
		}
	}
	return true
}

// lineMarked and lineBare are pieces of the words naming a line, with
// their marks and as bare letters or Telex keys ("ddaif", "ler").
var (
	lineMarked = []string{"đài", "Đài", "ĐÀI", "dây", "DÂY", "lẻ", "LẺ", "nội", "NỘI"}
	lineBare   = []string{"dai", "line", "day", "le", "ext", "center", "noi", "sdt", "d9a", "no6"} // and VNI keys ("d9ai2")
)

// mayNameALine reports s holding a piece of a word that names a line,
// without allocating.
func mayNameALine(s string) bool {
	for _, m := range lineMarked {
		if strings.Contains(s, m) {
			return true
		}
	}
	for _, b := range lineBare {
		for i := 0; i+len(b) <= len(s); i++ {
			if strings.EqualFold(s[i:i+len(b)], b) {
				return true
			}
		}
	}
	return false
}
