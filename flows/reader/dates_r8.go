package reader

import (
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// yearsNamed are the years said in words after a day and month, as years
// back from this one (policy 3 of round eight): "20/12 năm nay" is this
// year's 20/12, even when that is still to come; "năm ngoái", "năm trước"
// last year's; "năm kia" the year before.
var yearsNamed = []struct {
	tail string
	back int
}{{" nam nay", 0}, {" nam ngoai", 1}, {" nam kia", 2}}

// yearNamed writes the year said in words after the folded date f in
// figures; a date that is not a day and month alone loses only the words.
// notYet is this year's day and month still to come ("20/12 năm nay" on
// 05/01): the words and the figures disagree, and neither is stored.
func yearNamed(f string, now time.Time) (date string, notYet bool) {
	for _, y := range yearsNamed {
		rest, ok := strings.CutSuffix(f, y.tail)
		if !ok {
			continue
		}
		rest = strings.TrimSuffix(rest, ",")
		if day, month, year, ok := splitDate(rest); ok && year == "" {
			d, _ := strconv.Atoi(day)
			m, _ := strconv.Atoi(month)
			t := time.Date(now.Year()-y.back, time.Month(m), d, 0, 0, 0, 0, now.Location())
			return day + "/" + month + "/" + strconv.Itoa(now.Year()-y.back), afterToday(t, now)
		}
		if y.back == 0 {
			return rest, false // "tháng này năm nay": this year's is what is read anyway
		}
	}
	return f, false
}

// readDate is readDateBody with policy 3's second half: the first days of
// January said with "mùng" ("mùng 2/1", "mồng 3 tháng 1") may be counted
// in the lunar calendar, the days of Tết; they are offered, never stored.
func readDate(s string, now time.Time) (time.Time, *Unsure, *locales.Msg) {
	t, u, p := readDateBody(s, now)
	if p == nil && u == nil && t.Month() == time.January && t.Day() <= 10 && lunarLead(s) {
		u = &Unsure{Key: "reading.date_maybe_lunar", Input: string(quoted(s))}
	}
	return t, u, p
}

// lunarLead reports whether s counts its day with "mùng" or "mồng", and
// does not name the solar calendar ("dương lịch", "DL").
func lunarLead(s string) bool {
	mung := false
	for _, t := range Tokenize(Normalize(s)).Tokens {
		switch w := strings.Trim(t.Skel, edgePunct); w {
		case "mung", "mong":
			mung = true
		case "duong", "dl", "tay":
			return false
		}
	}
	return mung
}
