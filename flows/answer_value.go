package flows

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// Echoing a stored answer back the Vietnamese way (32.657 hộ; 93,1%;
// 20/12/2026), and handing it to expressions.

// Any is the value for expressions: float64 for numbers, bool, the date as
// "2006-01-02", []string of choice ids, the text; nil when skipped or empty.
func (v Value) Any() any {
	switch {
	case v.Skipped:
		return nil
	case v.Num != nil:
		return *v.Num
	case v.Bool != nil:
		return *v.Bool
	case v.Date != "":
		return v.Date
	case v.Picks != nil:
		return v.Picks
	case v.Text != "":
		return v.Text
	}
	return nil
}

// Format echoes the answer back the way the person reads it: "32.657 hộ",
// "93,1%", "Có", "20/12/2026", choice labels joined by ", ", the text in
// full. Numbers show every stored digit, so that what is confirmed is
// exactly what is kept.
func (v Value) Format(q *Question, lang locales.Lang) string {
	if v.Skipped {
		return locales.Render(lang, locales.M("answer.skipped"))
	}
	t := guessType(v)
	if q != nil {
		t = q.Type
	}
	switch t {
	case TypeInt, TypeDecimal, TypePercent:
		return formatNum(v, q, t, lang)
	case TypeYesNo:
		return formatBool(v, lang)
	case TypeDate:
		return formatDate(v.Date)
	case TypeChoice, TypeMulti:
		return formatPicks(v.Picks, q, lang)
	case TypePhoto:
		return locales.Render(lang, locales.M("answer.photo_received"))
	}
	return v.Text
}

// guessType infers how to print a value whose question is unknown.
func guessType(v Value) QuestionType {
	switch {
	case v.Num != nil:
		return TypeDecimal
	case v.Bool != nil:
		return TypeYesNo
	case v.Date != "":
		return TypeDate
	case v.Picks != nil:
		return TypeMulti
	}
	return TypeText
}

func formatNum(v Value, q *Question, t QuestionType, lang locales.Lang) string {
	if v.Num == nil {
		return ""
	}
	f := *v.Num
	var s string
	switch {
	case t == TypePercent:
		return formatNumber(lang, f) + "%"
	case t == TypeInt && f == math.Trunc(f) && math.Abs(f) < numberLimit:
		s = locales.Int(lang, int64(f))
	case t == TypeDecimal && f == math.Trunc(f) && math.Abs(f) >= 1000 && math.Abs(f) < 1e6:
		// "1.250 ha" would read as 1,25 to a phone set to English, and the
		// reader refuses it naming both readings (answer.dot_two_readings):
		// a whole measure of four to six digits is echoed without the
		// thousands mark.
		s = strconv.FormatInt(int64(f), 10)
	default:
		s = formatNumber(lang, f)
	}
	if q != nil {
		if unit := q.Unit.In(lang); unit != "" {
			s += " " + unit
		}
	}
	return s
}

// formatNumber prints f with the language's grouping and decimal mark and
// every digit it has (locales.Decimal stops at two, which would echo a
// typed 1,125 ha as 1,13).
func formatNumber(lang locales.Lang, f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "—"
	}
	if f == math.Trunc(f) && math.Abs(f) < numberLimit {
		return locales.Int(lang, int64(f))
	}
	plain := strconv.FormatFloat(f, 'f', -1, 64)
	if short := locales.Decimal(lang, f); sameDigits(short, plain) {
		return short
	}
	whole, frac, _ := strings.Cut(strings.TrimPrefix(plain, "-"), ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return plain
	}
	s := locales.Int(lang, w) + decimalMark(lang) + frac
	if f < 0 {
		s = "-" + s
	}
	return s
}

// sameDigits reports whether a formatted number keeps every digit of plain.
func sameDigits(formatted, plain string) bool {
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if isASCIIDigit(r) {
				return r
			}
			return -1
		}, s)
	}
	return digits(formatted) == digits(plain)
}

// decimalMark is "," in Vietnamese and "." in English, as locales prints it.
func decimalMark(lang locales.Lang) string {
	s := locales.Decimal(lang, 1.5)
	return strings.Trim(s, "0123456789")
}

func formatBool(v Value, lang locales.Lang) string {
	switch {
	case v.Bool == nil:
		return ""
	case *v.Bool:
		return locales.Render(lang, locales.M("answer.yes"))
	}
	return locales.Render(lang, locales.M("answer.no"))
}

// formatDate prints a stored 2006-01-02 as dd/mm/yyyy. It does not go
// through a time zone: a stored day is the same day everywhere.
func formatDate(d string) string {
	t, err := time.Parse(dateLayout, d)
	if err != nil {
		return d
	}
	return t.Format("02/01/2006")
}

func formatPicks(ids []string, q *Question, lang locales.Lang) string {
	labels := make([]string, len(ids))
	for i, id := range ids {
		labels[i] = id
		if q == nil {
			continue
		}
		for _, o := range q.Options {
			if o.ID == id {
				labels[i] = optionLabel(o, lang)
				break
			}
		}
	}
	return strings.Join(labels, ", ")
}
