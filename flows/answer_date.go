package flows

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// Reading dates the Vietnamese way: the day first, "hôm nay", "ngày 5 tháng 3".

var (
	// dmyDate is day, month and maybe year with / - . between: "5/3/2026",
	// "05-03-26", "5.3". Never month first: Vietnam writes the day first.
	dmyDate = regexp.MustCompile(`^(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*[/.-]\s*(\d+))?$`)
	// isoDate is 2026-03-05, unambiguous because the year comes first.
	isoDate = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	// wordDate is "ngày 5 tháng 3 năm 2026", "mùng 5 tháng 3", folded.
	wordDate = regexp.MustCompile(`^(?:(?:ngay|mung|hom) )*(\d{1,2}) thang (\d{1,2})(?:,? nam (\d+))?$`)
)

// Relative days, folded: how many days before today.
var relativeDays = map[string]int{
	"hom nay": 0, "nay": 0, "ngay hom nay": 0, "today": 0,
	"hom qua": 1, "qua": 1, "ngay hom qua": 1, "yesterday": 1,
	"hom kia": 2,
}

// ReadDate reads a day: "20/12/2026", "5/3" (this year), "5/3/26",
// "hôm nay", "hôm qua", "ngày 5 tháng 3 năm 2026". The day always comes
// before the month. The result is at 00:00 in now's location.
func ReadDate(s string, now time.Time) (time.Time, *locales.Msg) {
	f := strings.Trim(foldNumber(s), " .!")
	for _, lead := range []string{"ngay ", "mung "} {
		f = strings.TrimPrefix(f, lead)
	}
	if f == "" {
		return time.Time{}, problem("answer.empty")
	}
	loc := now.Location()
	if back, ok := relativeDays[f]; ok {
		y, m, d := now.Date()
		return time.Date(y, m, d-back, 0, 0, 0, 0, loc), nil
	}
	day, month, year, ok := splitDate(f)
	if !ok {
		return time.Time{}, problem("answer.not_a_date", "input", quoted(s))
	}
	if year == "" {
		year = strconv.Itoa(now.Year())
	}
	return makeDate(day, month, year, loc, s)
}

// splitDate finds the day, month and year (maybe "") in a folded date.
func splitDate(f string) (day, month, year string, ok bool) {
	if m := dmyDate.FindStringSubmatch(f); m != nil {
		return m[1], m[3], m[4], true
	}
	if m := isoDate.FindStringSubmatch(f); m != nil {
		return m[3], m[2], m[1], true
	}
	if m := wordDate.FindStringSubmatch(f); m != nil {
		return m[1], m[2], m[3], true
	}
	return "", "", "", false
}

// makeDate checks that the day exists and builds it. A two-digit year is in
// this century ("26" → 2026); a report date is never a century away.
func makeDate(day, month, year string, loc *time.Location, s string) (time.Time, *locales.Msg) {
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	y, _ := strconv.Atoi(year)
	switch len(year) {
	case 2:
		y += 2000
	case 4:
	default:
		return time.Time{}, problem("answer.not_a_date", "input", quoted(s))
	}
	named := locales.Plain(pad2(d) + "/" + pad2(m) + "/" + strconv.Itoa(y))
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
	if m < 1 || m > 12 || d < 1 || t.Day() != d || y < 1900 || y > 2200 {
		return time.Time{}, problem("answer.invalid_date", "date", named)
	}
	return t, nil
}

func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
