package reader

import (
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// Round eight's rules on figures (the lead's policies 4, 5 and 6).

// marksUnsure is the question back for a decimal whose marks a clerk
// would not take on trust:
//   - "1,234.5", "12,345.6": commas grouping thousands and a dot before
//     the fraction, the English way, mixed into a Vietnamese form. The
//     reading is plain (1.234,5) but the convention is not the form's:
//     offered, never stored;
//   - "12,345" (one comma, exactly three digits after it, nothing else)
//     at a decimal question: Vietnamese reads 12,345 (a decimal), an
//     English phone twelve thousand three hundred forty-five. Offered as
//     the decimal, the message saying the comma was read as the decimal
//     mark, never stored.
func marksUnsure(s string, n number) *Unsure {
	switch {
	case n.englishMarks:
		return &Unsure{Key: "reading.english_marks", Input: string(quoted(s))}
	case n.commaThousands && !n.percent:
		return &Unsure{Key: "reading.comma_three_decimal", Input: string(quoted(s))}
	}
	return nil
}

// moneyLikeCount refuses, at a count of households or people, a figure in
// the millions whose last three digits are 000 ("1.840.000"): no commune
// counts so many, and it is how an amount of money is written (the lead's
// policy 5).
func moneyLikeCount(q *Question, rule unitRule, s string, f float64) *locales.Msg {
	if q.Type != TypeInt || f < 1e6 || int64(f)%1000 != 0 || rule.family != "ho" && rule.family != "nguoi" {
		return nil
	}
	return problem("answer.count_looks_like_money", "input", quoted(s))
}

// yearInWords reports a count said in words that reads as a year ("hai
// nghìn không trăm mười lăm", "một nghìn chín trăm chín mươi"): typed with
// no digit, nothing but number words (politeness aside), between 1900 and
// next year. Like "2026" typed alone it is asked, never stored (the lead's
// policy 6); with a unit ("hai nghìn lẻ năm hộ") it is a count.
func yearInWords(v float64, s string, now time.Time) bool {
	if v < 1900 || v > float64(now.Year()+1) || strings.ContainsFunc(s, isASCIIDigit) {
		return false
	}
	thousands := false
	for _, w := range words(Fold(cleanAnswer(s, numberLead).text)) {
		w = untelex(w)
		_, digit := spelledWord[w]
		switch {
		case w == "nghin" || w == "ngan":
			thousands = true
		case digit || w == "tram" || w == "muoi" || w == "linh" || w == "le":
		default:
			return false
		}
	}
	return thousands
}

// numberWordsMarked are the number words as typed with their marks.
var numberWordsMarked = setOf("không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "nhăm", "sáu", "bảy", "bẩy", "tám", "chín",
	"mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "linh", "lẻ", "rưỡi", "chục", "vạn")

// markedWord reports a word typed with marks that no number word has:
// "làm" is not "lăm", "Hải" not "hai", "bà" not "ba". A word typed
// without marks ("hai", "lam") may still be a number.
func markedWord(t Token) bool {
	return t.Lower != t.Fold && !numberWordsMarked[t.Lower]
}

// markedName reports a word typed with a capital and with marks that no
// number word has: "Hải", "Bá", "Tám" stays a number. A display name's
// words ("@Nguyễn Văn Hải") are names, not digits.
func markedName(t Token) bool {
	return isNameWord(t.Typed) && markedWord(t)
}

// allNumberWords reports folded words that are all number words, two or
// more: a figure said in words, as voice typing sends it twice ("Hai trăm
// ba mươi sáu. Hai trăm ba mươi sáu."), is the answer sent twice.
func allNumberWords(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if !spelledDigits[untelex(w)] {
			return false
		}
	}
	return true
}

// perPeriodWords, folded, after a unit and "/" say the figure is per a
// period: "1.108 lượt/năm", "52 chương trình/tháng". The figure is the
// period's; it is offered, as the period may not be the report's.
var perPeriodWords = setOf("nam", "thang", "quy", "ky", "tuan")
