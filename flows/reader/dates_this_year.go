package reader

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// soonThisYear reads f, a date with its year ("15/3/2027"), when it is
// less than four months ahead (yearlessSure): a day this year still to
// come that may be the one meant. Further ahead ("20/12 năm nay" in
// January) it is last year's day, the report's year said "năm nay".
func soonThisYear(f string, now time.Time) (time.Time, bool) {
	day, month, year, ok := splitDate(f)
	if !ok || year == "" {
		return time.Time{}, false
	}
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	y, _ := strconv.Atoi(year)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, now.Location())
	if t.Day() != d || t.Sub(now) > yearlessSure {
		return time.Time{}, false
	}
	return t, true
}

// tensDayInWords reports a date in words (folded f) whose day is said with
// its tens ("hai mươi", "mười lăm", "ba mươi mốt") and whose month is no
// "năm": "hai mươi tháng mười hai" leaves no doubt, and a clerk writes it
// down as the figures would be (the lead's policy: a date in words fully
// said is stored). "Ngày hai tháng năm" (May, or "month, year"?) and a day
// of one word stay offered (rule 11 of dates_named.go).
func tensDayInWords(f string) bool {
	ws := strings.Fields(f)
	for len(ws) > 0 && (ws[0] == "ngay" || ws[0] == "hom" || ws[0] == "vao") {
		ws = ws[1:]
	}
	at := slices.Index(ws, "thang")
	if at < 2 || at+1 >= len(ws) || !slices.Contains(ws[:at], "muoi") || slices.Contains(ws[at+1:], "nam") {
		// no "tháng năm"; a year said digit by digit stays offered (rule 20)
		return false
	}
	for _, w := range ws[:at] {
		if _, ok := smallNumbers[w]; !ok && w != "muoi" && w != "lam" && w != "mot" {
			return false
		}
	}
	return true
}
