package reader

import (
	"strconv"
	"strings"
)

// A figure said in full. "Bảy", "mười lăm CLB", "hai mươi mốt", "một trăm
// linh năm", "ba trăm năm mươi sáu bộ hồ sơ", "hai nghìn không trăm linh
// năm", "năm ngàn hộ", "5 nghìn", "32 nghìn 657": every place is named the
// way the grammar names it, each word typed with its marks. A clerk writes
// such a figure down at once, so the reader stores it.
//
// What is said short stays offered for confirmation: a tens without its
// "mươi" ("hai lăm", "tám sáu"), a lone digit after a multiplier standing
// for the next place ("một nghìn hai", "hai nghìn ba"), "rưỡi", "chục",
// the shorthands ("2k", "3tr"), a multiplier after digits other than
// nghìn ("3 trăm"), a decimal ("2,5 nghìn"), and words typed without their
// marks ("bon nghin", "tam" may be "tám" or "tầm").

// digitSaid are the ways each digit is said on its own, with its marks.
var digitSaid = [10][]string{{"không"}, {"một"}, {"hai"}, {"ba"}, {"bốn"}, {"năm"}, {"sáu"}, {"bảy", "bẩy"}, {"tám"}, {"chín"}}

// groupScale are the words of the thousands groups, largest first.
var groupScale = []struct {
	size  int64
	words []string
}{{1e6, []string{"triệu"}}, {1e3, []string{"nghìn", "ngàn"}}}

// saidInFull reports whether the figure at the start of text (the answer
// cleaned, lowercased words as typed) is v said in full, in words or as
// digits before "nghìn". The words after the figure are not looked at:
// the caller has read them as the unit.
func saidInFull(text string, v float64) bool {
	if v < 0 || v >= 1e9 || v != float64(int64(v)) {
		return false
	}
	var ws []string
	for _, t := range Tokenize(text).Tokens {
		if !properNumberWords[t.Lower] && !isDigits(t.Lower) {
			break
		}
		ws = append(ws, t.Lower)
	}
	if len(ws) == 0 || isDigits(ws[len(ws)-1]) && len(ws) == 1 {
		return false
	}
	n := int64(v)
	if n == 0 {
		return len(ws) == 1 && ws[0] == "không"
	}
	i, leading := 0, true
	for _, g := range groupScale {
		part := n / g.size % 1000
		if part == 0 {
			continue
		}
		if i = matchGroup(ws, i, part, leading, true); i < 0 || i >= len(ws) || !inWords(ws[i], g.words) {
			return false
		}
		i++
		leading = false
	}
	if last := n % 1000; last != 0 {
		if i = matchGroup(ws, i, last, leading, false); i < 0 {
			return false
		}
	}
	return i == len(ws)
}

// matchGroup matches one group of three places, part, at ws[i:] and
// returns the index after it, or -1. A group before a scale word may be
// its digits ("5 nghìn", "32 nghìn"); the last group after one, its three
// digits ("32 nghìn 657").
func matchGroup(ws []string, i int, part int64, leading, scaled bool) int {
	if i >= len(ws) {
		return -1
	}
	if isDigits(ws[i]) {
		switch {
		case scaled && leading && ws[i] == strconv.FormatInt(part, 10):
			return i + 1
		case !scaled && !leading && len(ws[i]) == 3 && ws[i] == pad3(part):
			return i + 1
		}
		return -1
	}
	h, t, u := part/100, part/10%10, part%10
	if h > 0 || !leading {
		if i = matchSeq(ws, i, digitSaid[h], []string{"trăm"}); i < 0 {
			return -1
		}
	}
	switch {
	case t == 0 && u == 0:
		return i
	case t == 0 && (h > 0 || !leading):
		return matchSeq(ws, i, []string{"linh", "lẻ"}, linhUnit(u))
	case t == 0:
		return matchSeq(ws, i, digitSaid[u])
	case t == 1:
		if u == 0 {
			return matchSeq(ws, i, []string{"mười"})
		}
		return matchSeq(ws, i, []string{"mười"}, unitAfterTen(u))
	}
	if u == 0 {
		return matchSeq(ws, i, digitSaid[t], []string{"mươi"})
	}
	return matchSeq(ws, i, digitSaid[t], []string{"mươi"}, unitAfterTens(u))
}

// linhUnit is how a unit digit is said after "linh": "một trăm linh tư".
func linhUnit(u int64) []string {
	if u == 4 {
		return []string{"bốn", "tư"}
	}
	return digitSaid[u]
}

// unitAfterTen is how a unit digit is said after "mười": "mười lăm".
func unitAfterTen(u int64) []string {
	switch u {
	case 4:
		return []string{"bốn", "tư"} // "mười tư" (spelled_decimal.go)
	case 5:
		return []string{"lăm", "nhăm"}
	}
	return digitSaid[u]
}

// unitAfterTens is how a unit digit is said after "mươi": "hai mươi mốt",
// "hai mươi tư", "hai mươi lăm".
func unitAfterTens(u int64) []string {
	switch u {
	case 1:
		return []string{"mốt", "một"}
	case 4:
		return []string{"tư", "bốn"}
	case 5:
		return []string{"lăm", "nhăm"}
	}
	return digitSaid[u]
}

// matchSeq matches one word of each set at ws[i:], in order.
func matchSeq(ws []string, i int, sets ...[]string) int {
	for _, set := range sets {
		if i >= len(ws) || !inWords(ws[i], set) {
			return -1
		}
		i++
	}
	return i
}

func inWords(w string, set []string) bool {
	for _, s := range set {
		if w == s {
			return true
		}
	}
	return false
}

func pad3(n int64) string {
	s := strconv.FormatInt(n, 10)
	return strings.Repeat("0", 3-len(s)) + s
}
