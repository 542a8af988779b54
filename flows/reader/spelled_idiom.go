package reader

import (
	"strconv"
	"strings"
)

// "Năm bảy cái", "dăm bảy", "ba bốn", "bảy tám": two consecutive digits
// said alone, and "năm bảy" / "dăm bảy", are the idiom "five or seven",
// "three or four" — an estimate, not the figure 57 or 34. A clerk asks
// for the exact figure: refused as not exact. Two digits further apart
// ("bốn sáu", "sáu hai") or a tens said short with a form only a tens
// has ("hai mốt", "bốn lăm") are not the idiom; they stay offered.

// idiomDigit are the digit words of the idiom, with "dăm" (a few, about
// five).
var idiomDigit = map[string]int{"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "dăm": 5,
	"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mươi": 10, "mười": 10}

// digitsIdiom reports s, with no digits, as two neighbouring digit words
// (one or two apart) said alone, with politeness or a unit after them.
func digitsIdiom(s string) bool {
	var ds []int
	for _, t := range Tokenize(s).Tokens {
		d, ok := idiomDigit[t.Lower]
		switch {
		case ok && len(ds) < 2:
			ds = append(ds, d)
		case ok || properNumberWords[t.Lower] || isDigits(t.Lower):
			return false // a third number word: a figure said some other way
		case len(ds) == 0 && !(leadPolite[t.Skel] || t.Skel == ""):
			return false // words before the figure: a sentence
		case len(ds) == 1:
			return false // "năm nay", "ba tháng": not two digits
		}
	}
	return len(ds) == 2 && (ds[1]-ds[0] == 1 || ds[0] == 5 && ds[1] == 7)
}

// negativeSaidInFull reports s as "âm" and a figure said in full, r's
// value: "âm hai phẩy năm" is -2,5, as "âm 2,5" is. The sign said as a
// word is no reason to ask when the figure after it would be stored.
func negativeSaidInFull(s string, r Reading) bool {
	ts := Tokenize(s).Tokens
	if r.Num == nil || *r.Num >= 0 || len(ts) < 2 || ts[0].Lower != "âm" {
		return false
	}
	n, ok := parseFigure(strings.Replace(strconv.FormatFloat(-*r.Num, 'f', -1, 64), ".", ",", 1))
	return ok && saidInFullNumber(Join(ts[1:]), n)
}
