package reader

import (
	"strconv"
	"strings"

	"github.com/baocao/baocao/locales"
)

// dotTwoReadings is the refusal of "1.250" at a decimal question: it names
// both readings, 1,25 and 1.250 (một nghìn hai trăm năm mươi), and asks for
// a comma before the decimals.
func dotTwoReadings(s string, n number) *locales.Msg {
	head, tail := n.whole, n.frac
	if tail == "" && len(head) > 3 {
		head, tail = head[:len(head)-3], head[len(head)-3:] // grouped whole: "1250"
	}
	if head == "" {
		head = "0"
	}
	whole, _ := strconv.ParseInt(head+tail, 10, 64)
	sign := ""
	if n.neg {
		sign = "-"
	}
	dec := sign + head
	if f := strings.TrimRight(tail, "0"); f != "" {
		dec += "," + f // "1.250" is 1,25 read as a decimal; "1.000" is 1
	}
	return problem("answer.dot_two_readings", "input", quoted(s),
		"dec", locales.Plain(dec),
		"whole", locales.Plain(sign+head+"."+tail),
		"words", locales.Plain(spellVi(whole)))
}

var viDigits = [...]string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}

// spellVi says n (0 ≤ n < 10¹²) in Vietnamese words, as a clerk reads a
// figure aloud: 1250 "một nghìn hai trăm năm mươi", 1005 "một nghìn không
// trăm linh năm", 21 "hai mươi mốt", 15 "mười lăm", 24 "hai mươi tư".
func spellVi(n int64) string {
	if n == 0 {
		return viDigits[0]
	}
	scales := [...]string{"", "nghìn", "triệu", "tỷ"}
	var groups []int64
	for m := n; m > 0; m /= 1000 {
		groups = append(groups, m%1000)
	}
	var out []string
	for i := len(groups) - 1; i >= 0; i-- {
		g := groups[i]
		if g == 0 {
			continue
		}
		out = append(out, spellHundreds(g, i < len(groups)-1)...)
		if scales[i] != "" {
			out = append(out, scales[i])
		}
	}
	return strings.Join(out, " ")
}

// spellHundreds says g (1–999); full says the hundreds even when they are
// none ("không trăm linh năm"), as inside a larger figure.
func spellHundreds(g int64, full bool) []string {
	h, t, u := g/100, g/10%10, g%10
	var out []string
	if h > 0 || full {
		out = append(out, viDigits[h], "trăm")
	}
	switch {
	case t == 0 && u == 0:
	case t == 0:
		if len(out) > 0 {
			out = append(out, "linh")
		}
		out = append(out, viDigits[u])
	case t == 1:
		out = append(out, "mười")
		if u == 5 {
			out = append(out, "lăm")
		} else if u > 0 {
			out = append(out, viDigits[u])
		}
	default:
		out = append(out, viDigits[t], "mươi")
		switch u {
		case 0:
		case 1:
			out = append(out, "mốt")
		case 4:
			out = append(out, "tư")
		case 5:
			out = append(out, "lăm")
		default:
			out = append(out, viDigits[u])
		}
	}
	return out
}
