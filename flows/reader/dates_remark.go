package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// More rules a clerk states about dates (dates_remark_test.go), after
// rules 10 to 15 of dates_named.go:
//
//  16. A figure that numbers a place ("thôn 3", "tổ dân phố 5", "khu 2",
//     "xóm 4", "số 4") is part of the place's name, not a second date or
//     a time: a date with such a place after it, after a comma or in
//     brackets, reads as with a place named without a figure (rules 12
//     and 15). "Tổ chức tại" (held at) names the place as "tại" does.
//  17. A month written in English between figures, as a phone or a
//     spreadsheet set to English writes it ("28-Dec-2026", "28/Dec/26"),
//     is that month: the name leaves no doubt of the order.
//  18. A day of the month alone after "hôm", "bữa" or "vào" ("hôm 28") is
//     the last 28th, offered, as "ngày 28" is (rule 14).
//  19. The week said before its day ("tuần trước, thứ tư") is that day, as
//     "thứ tư tuần trước" is: offered.
//  20. A date said fully in words, the year as a whole number ("… năm hai
//     nghìn không trăm hai mươi sáu"), is stored: a word misheard there
//     breaks the number rather than changing it. A year said digit by
//     digit, or none, stays offered (rule 11).
//  21. A date still to come, its year written, whose day and month came
//     within the last four months ("28/12/2027" typed on 05/01/2027) is
//     most likely last year's, the new year typed by habit: refused,
//     naming last year's date. Neither that date nor the one typed is
//     offered, since either may be wrong. A day weeks ahead
//     ("20/01/2027") stays offered as typed (date.go).

// placeNumbered are the words, folded, that a figure after them numbers
// as part of a place's name (rule 16).
var placeNumbered = setOf("thon", "to", "khu", "xom", "ap", "ban", "doi", "so", "phong", "tang", "pho", "buon", "lang",
	"cum", "khoi", "lo")

// placeFigure reports ws[i], folded, a figure of up to three digits that
// numbers the place named before it: "thôn 3", "tổ dân phố 5".
func placeFigure(ws []string, i int) bool {
	return i > 0 && placeNumbered[ws[i-1]] && len(ws[i]) <= 3 && isDigits(ws[i])
}

// figureOutsidePlace reports a figure in note, folded as rule 12 reads
// it, that numbers no place.
func figureOutsidePlace(note string) bool {
	ws := strings.Fields(wordsOnly(Fold(note)))
	for i, w := range ws {
		if strings.ContainsFunc(w, isDigit) && !placeFigure(ws, i) {
			return true
		}
	}
	return false
}

// heldAt are the words, folded, that say where a day was held before the
// place: "tổ chức tại", "diễn ra ở".
var heldAt = []string{"duoc to chuc ", "da to chuc ", "to chuc ", "dien ra "}

// placeLead reports folded words ws that open with a place: "tại", "ở",
// or "tổ chức" before one (rule 16).
func placeLead(ws []string) bool {
	f := strings.Join(ws, " ") + " "
	for _, h := range heldAt {
		if rest, ok := strings.CutPrefix(f, h); ok {
			f = rest
			break
		}
	}
	w, _, _ := strings.Cut(f, " ")
	return placeWords[w]
}

var (
	// englishBetween is rule 17's date, folded: "28-dec-2026".
	englishBetween = regexp.MustCompile(`^(\d{1,2})\s*[-/.]\s*([a-z]{3,9})\.?\s*[-/.]\s*(\d{2}|\d{4})$`)
	// homDay is rule 18's day, folded: "hôm 28", "vào bữa 30".
	homDay = regexp.MustCompile(`^(?:vao )?(?:hom|bua) (\d{1,2})$`)
	// weekThenDay is rule 19's, folded: "tuần trước, thứ tư".
	weekThenDay = regexp.MustCompile(`^(tuan truoc|tuan trc|tuan roi|tuan qua|tuan vua roi|tuan vua qua|tuan nay)[ ,.;-]+(?:vao |hom |ngay )?(thu ?(?:2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|t[2-7]|chu nhat|cn)$`)
)

// dateOtherWays reads by rules 17 to 19 what the other rules could not;
// ok is false when none applies.
func dateOtherWays(s string, now time.Time) (time.Time, *Unsure, *locales.Msg, bool) {
	f := strings.Trim(strings.Join(strings.Fields(FoldNumber(strings.ToLower(cleanAnswer(s, nil).text))), " "), " .!")
	again := func(g string, offer bool) (time.Time, *Unsure, *locales.Msg, bool) {
		t, u, p := readDateBody(g, now)
		if p != nil {
			return t, nil, nil, false
		}
		if u == nil && offer {
			u = &Unsure{Key: "reading.month_missing"}
		}
		if u != nil {
			u.Input = string(quoted(s))
		}
		return t, u, nil, true
	}
	if m := englishBetween.FindStringSubmatch(f); m != nil && englishMonths[m[2]] != "" {
		return again(m[1]+"/"+englishMonths[m[2]]+"/"+m[3], false) // rule 17
	}
	if m := homDay.FindStringSubmatch(f); m != nil {
		return again("ngay "+m[1], true) // rule 18
	}
	if m := weekThenDay.FindStringSubmatch(f); m != nil {
		return again(m[2]+" "+m[1], true) // rule 19
	}
	return time.Time{}, nil, nil, false
}

// wholeYearInWords reports folded f, a date in words, whose year is said
// as a whole number: "… nam hai nghin khong tram hai muoi sau" (rule 20).
func wholeYearInWords(f string) bool {
	i := strings.LastIndex(" "+f+" ", " nam ")
	if i < 0 {
		return false
	}
	year := " " + f[i:] + " "
	return strings.Contains(year, " nghin ") || strings.Contains(year, " ngan ")
}

// yearTypedByHabit applies rule 21 to t, a day read as still to come.
func yearTypedByHabit(t time.Time, now time.Time, s string) *locales.Msg {
	last := t.AddDate(-1, 0, 0)
	if last.Day() != t.Day() || afterToday(last, now) || now.Sub(last) > yearlessSure {
		return nil
	}
	named := pad2(last.Day()) + "/" + pad2(int(last.Month())) + "/" + strconv.Itoa(last.Year())
	return problem("answer.date_year_ahead", "input", quoted(s), "date", locales.Plain(named))
}
