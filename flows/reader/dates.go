package reader

import (
	"regexp"
	"strings"
	"time"
)

// Rules a clerk states about dates (the day first, as Vietnam writes it,
// is package flows' reader), each with its table test (dates_test.go):
//
//  1. Relative days are read against today, with the part of the day
//     ("sáng nay", "chiều qua", "tối hôm kia") and in their short forms
//     ("hnay", "hqua", "hkia", "hum qua", "bữa qua").
//  2. A time with the date ("8h ngày 15/12/2026", "15/12 lúc 8:30") is
//     not part of the day: it is taken off.
//  3. A year may be written as "năm 2024": "15/1 năm 2024" is 15/1/2024.
//  4. "Hôm qua (19/12)": both are read, and must agree.
//  5. A count of days back is a day: "2 hôm trước", "ba ngày trước",
//     "cách đây 3 ngày" (up to a month back; "2 ngày qua" is a span).
//  6. A day of the week in this week or last: "thứ 2 tuần này", "thứ hai
//     tuần trước", "chủ nhật vừa rồi" (weeks start on Monday).
//  7. "Hôm kìa", with its grave accent, is three days back, not "hôm
//     kia" (two): confirmed, since the accent is often typed loosely.
//  9. Telex keys left in the words of a date ("hoom qua", "thuws 7
//     tuaanf truwowcs") are read as the words, when the date reads
//     no other way.
//  8. A span or a vague time ("tuần trước", "tháng này", "mấy hôm
//     trước", "hôm trước") or two days joined ("20/12 - 22/12", "từ 20
//     đến 22/12") names no one day: refused, saying so.

// relativeDays maps a folded relative day to how many days before today.
var relativeDays = map[string]int{
	"hom nay": 0, "nay": 0, "ngay hom nay": 0, "today": 0, "hnay": 0, "hum nay": 0, "bua nay": 0, "ngay nay": 0,
	"hom qua": 1, "qua": 1, "ngay hom qua": 1, "yesterday": 1, "hqua": 1, "hum qua": 1, "hom wa": 1,
	"hum wa": 1, "hwa": 1, "bua qua": 1, "ngay qua": 1, "hqa": 1,
	"hom kia": 2, "hkia": 2, "hum kia": 2, "bua kia": 2, "ngay kia": -2,
	"homnay": 0, "homqua": 1, "homkia": 2, // glued
	"bua hom nay": 0, "bua hom qua": 1, "bua hom kia": 2, // southern: "bữa hôm qua"
}

// dayParts come before a relative day: "sáng nay", "chiều hôm qua".
var dayParts = map[string]bool{"sang": true, "trua": true, "chieu": true, "toi": true, "dem": true, "khuya": true}

// RelativeDay reads a folded relative day: how many days before today;
// ok is false when f is none, or a day still to come ("ngày kia").
func RelativeDay(f string) (back int, ok bool) {
	f = strings.Trim(f, " .!,")
	if i := strings.IndexByte(f, ' '); i > 0 && dayParts[f[:i]] {
		f = f[i+1:]
	}
	back, ok = relativeDays[f]
	return back, ok && back >= 0
}

// clockAtStart is a time before the date: "8h ngày 15/12", "lúc 8:30, 15/12".
var clockAtStart = regexp.MustCompile(`^(?:luc |vao luc |vao )?\d{1,2}(?:[:hg]\d{2}|[hg]| ?gio)(?: ?\d{2}(?: ?phut)?)?(?: (?:sang|trua|chieu|toi|dem))?[ ,]+(?:(?:ngay|hom) )?`)

// partOfDay before a date or a day of the week: "sáng thứ 7 (2/1)",
// "chiều 20/12".
var (
	partOfDay    = regexp.MustCompile(`^(?:buoi )?(?:sang|trua|chieu|toi|dem) `)
	dayAfterPart = regexp.MustCompile(`^(?:ngay |hom )?(?:thu|t[2-7]\b|cn\b|chu nhat|\d)`)
)

// yearWord is a date whose year is written "năm 2024": "15/1 năm 2024".
var yearWord = regexp.MustCompile(`^(\d{1,2}\s*[/.-]\s*\d{1,2}),? (?:nam|n) (\d{4})$`)

// bracketed is a relative day with its date: "hom qua 19/12".
var withDate = regexp.MustCompile(`^((?:(?:sang|trua|chieu|toi|dem) )?(?:hom nay|hom qua|hom kia|hnay|hqua|hkia|hum qua|hum nay|nay|qua|(?:\d{1,2}|hai|ba|bon|nam) (?:hom|ngay) truoc)),? (?:tuc |tuc la |la )?(.*\d.*)$`)

// dateWith is a date with a relative day after it: "5/1 hôm nay".
var dateWith = regexp.MustCompile(`^(.*\d),? (?:tuc |tuc la |la )?((?:hom nay|hom qua|hom kia|hnay|hqua|hkia|(?:\d{1,2}|hai|ba|bon|nam) (?:hom|ngay) truoc))$`)

// TrimDate applies the rules to a folded date: the time taken off, "năm
// 2024" made a year. rel is a relative day written beside the date ("hôm
// qua 19/12"), "" when none.
func TrimDate(f string) (date, rel string) {
	f = clockAtStart.ReplaceAllString(f, "")
	if m := partOfDay.FindString(f); m != "" && dayAfterPart.MatchString(f[len(m):]) {
		f = f[len(m):]
		for _, lead := range []string{"ngay ", "hom "} {
			if rest, ok := strings.CutPrefix(f, lead); ok && rest != "" && isDigit(rune(rest[0])) {
				f = rest // "chiều ngày 28/12/2026"
			}
		}
	}
	if m := withDate.FindStringSubmatch(f); m != nil {
		rel, f = m[1], m[2]
	} else if m := dateWith.FindStringSubmatch(f); m != nil {
		f, rel = m[1], m[2] // "5/1/2027 (hôm nay)"
	}
	if strings.Contains(f, "/") || strings.Contains(f, "thang") {
		f = clockAfter.ReplaceAllString(f, "") // "20/12/2026 từ 8h đến 11h"
	}
	f = strings.TrimSpace(f)
	for _, last := range []string{" nam roi", " nam truoc", " nam trc"} {
		if g, ok := strings.CutSuffix(f, last); ok {
			f = g + " nam ngoai" // "28/12 năm rồi": last year, as the South says it
		}
	}
	for cut := true; cut; {
		// "28/12 vừa rồi đó", "3/1 dương lịch": the solar calendar is the one read.
		cut = false
		for _, tail := range dateTails {
			if g, ok := strings.CutSuffix(f, tail); ok {
				f, cut = g, true
				break
			}
		}
	}
	if m := yearWord.FindStringSubmatch(f); m != nil {
		f = m[1] + "/" + m[2]
	}
	return f, rel
}

// dateTails are the words after a date that say nothing of the day: that
// it is past, this year's, solar; the South's "rồi", "đó". Longer first.
var dateTails = []string{" vua roi", " vua qua", " vua xong", " theo duong lich", " duong lich", " dl", " do", " roi"}

// weekdayBack is a day of the week counted back from today: "thứ 7 tuần
// trước", "chủ nhật vừa rồi", "thứ sáu" (the last Friday).
var weekdayBack = regexp.MustCompile(`^(?:(?:sang|trua|chieu|toi) )?(?:ngay |hom |bua |hum )?(?:thu ?(2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|t([2-7])|(chu nhat|cn))(?: (tuan truoc|tuan trc|tuan roi|tuan qua|vua roi|vua qua|tuan vua roi|tuan vua qua|tuan nay|dau tuan|dau tuan nay|tuan truoc nua|tuan trc nua))?$`)

var weekdayNames = map[string]time.Weekday{
	"2": time.Monday, "hai": time.Monday, "3": time.Tuesday, "ba": time.Tuesday, "4": time.Wednesday,
	"tu": time.Wednesday, "5": time.Thursday, "nam": time.Thursday, "6": time.Friday, "sau": time.Friday,
	"7": time.Saturday, "bay": time.Saturday, "chu nhat": time.Sunday, "cn": time.Sunday,
}

// LastWeekday reads a folded day of the week said without a date: in
// "tuần trước" it is that day of last week, in "tuần này" of this week
// (weeks start on Monday; it may be after today); otherwise the last such
// day before today.
func LastWeekday(f string, now time.Time) (time.Time, bool) {
	m := weekdayBack.FindStringSubmatch(f)
	if m == nil {
		return time.Time{}, false
	}
	wd := weekdayNames[m[1]+m[2]+m[3]]
	y, mo, d := now.Date()
	today := time.Date(y, mo, d, 0, 0, 0, 0, now.Location())
	monday := today.AddDate(0, 0, -((int(today.Weekday()) + 6) % 7)) // this week's
	switch m[4] {
	case "tuan truoc", "tuan trc", "tuan roi", "tuan qua", "tuan vua roi", "tuan vua qua":
		return monday.AddDate(0, 0, (int(wd)+6)%7-7), true
	case "tuan truoc nua", "tuan trc nua":
		return monday.AddDate(0, 0, (int(wd)+6)%7-14), true
	case "tuan nay", "dau tuan", "dau tuan nay":
		// This week's, which may be still to come: the caller asks then.
		return monday.AddDate(0, 0, (int(wd)+6)%7), true
	}
	back := (int(today.Weekday()) - int(wd) + 7) % 7
	if back == 0 {
		back = 7
	}
	return today.AddDate(0, 0, -back), true
}

// dayOnly is a day of the month said alone: "ngày 15", "mùng 5".
var dayOnly = regexp.MustCompile(`^(?:ngay|mung|mong) (\d{1,2})(?: vua roi| vua qua| thang nay)?$`)

// DayOnly reads "ngày 15" as the day 15 of a month to be found.
func DayOnly(f string) (int, bool) {
	m := dayOnly.FindStringSubmatch(f)
	if m == nil {
		return 0, false
	}
	d := 0
	for _, r := range m[1] {
		d = d*10 + int(r-'0')
	}
	return d, d >= 1 && d <= 31
}

// daysAgo is a count of days back: "2 hôm trước", "ba ngày trước đây",
// "cách đây 3 ngày", folded. Not "2 ngày qua", the span of the last two.
var (
	daysAgo      = regexp.MustCompile(`^(?:(?:sang|trua|chieu|toi) )?(\d{1,2}|[a-z]+) (?:hom|ngay|bua|hum) (?:truoc|trc)(?: day)?$`)
	daysAgoAhead = regexp.MustCompile(`^cach day (\d{1,2}|[a-z]+) (?:hom|ngay|bua|hum)$`)
)

// smallNumbers are the numbers of days said in words, folded.
var smallNumbers = map[string]int{
	"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
}

// maxDaysAgo is how far back a count of days is read: a month.
const maxDaysAgo = 31

// DaysAgo reads a folded count of days back ("2 hôm trước"): how many.
// ok is false when f is none, or counts more than a month back.
func DaysAgo(f string) (back int, ok bool) {
	m := daysAgo.FindStringSubmatch(f)
	if m == nil {
		m = daysAgoAhead.FindStringSubmatch(f)
	}
	if m == nil {
		return 0, false
	}
	n, word := smallNumbers[m[1]]
	if !word {
		for _, r := range m[1] {
			if r < '0' || r > '9' {
				return 0, false
			}
			n = n*10 + int(r-'0')
		}
	}
	return n, n >= 1 && n <= maxDaysAgo
}

// notOneDay are folded times that name a span or no day in particular:
// a week, a month, "a few days ago", "the other day".
var notOneDay = regexp.MustCompile(`^(?:(?:\d{1,2}|mot|hai|ba|vai|may|mot vai|nhung) )?(?:(?:tuan|thang|nam) (?:truoc|roi|qua|nay|vua roi|vua qua|ngoai)|nam ngoai|(?:hom|ngay|bua|hum) (?:truoc|trc)(?: day)?|(?:dau|giua|cuoi) (?:tuan|thang|nam)(?: (?:truoc|nay|roi|qua))?|(?:may|vai|mot vai) (?:hom|ngay|bua|hum)(?: (?:truoc|trc|nay|qua|roi))?|dao (?:nay|truoc|gan day)|gan day|moi day|hom bua|hom no|bua no|bua kia nua|tuan nay|thang nay|(?:tuan|thang) (?:truoc|trc) nua|(?:tuan|thang|nam) (?:sau|toi)|cach day (?:\d{1,2}|mot|hai|ba|vai|may) (?:tuan|thang|nam))$|^(?:\d{1,2}|hai|ba|bon|nam|muoi) (?:hom|ngay|bua) (?:qua|nay|gan day)$`)

// NotOneDay reports whether folded f names a span of time or a vague one
// ("tuần trước", "mấy hôm trước", "2 ngày qua") rather than a day.
func NotOneDay(f string) bool {
	if _, ok := DaysAgo(f); ok {
		return false
	}
	return notOneDay.MatchString(strings.Trim(f, " .!,"))
}

// DaysBack reads a folded relative day or count of days back: "hôm qua",
// "2 hôm trước".
func DaysBack(f string) (int, bool) {
	if back, ok := RelativeDay(f); ok {
		return back, true
	}
	return DaysAgo(f)
}

// kiaGrave is "kìa" as a word, lowercased: "hôm kìa" is three days back.
var kiaGrave = regexp.MustCompile(`(?:^|\s)(?:hôm |hum |bữa )?kìa(?:$|[\s.,!])`)

// ThreeDaysBack reports whether lowercased, normalised s says "hôm kìa"
// (rule 7), which folds to "hôm kia".
func ThreeDaysBack(s string) bool { return kiaGrave.MatchString(s) }

// TelexDateWords writes s folded with the Telex keys taken off each word
// of letters ("hoom" is "hom"); ok is false when no word had any.
func TelexDateWords(s string) (string, bool) {
	ws := strings.Fields(Fold(Normalize(s)))
	changed := false
	for i, w := range ws {
		if w == "" || plainWord(w) || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			continue
		}
		if k := Skeleton(w); k != w && k != "" {
			ws[i], changed = k, true
		}
	}
	return strings.Join(ws, " "), changed
}

// rangeJoin joins the two ends of a span of days, folded.
var rangeJoin = regexp.MustCompile(`\s+(?:-|–|den|toi|~|va|,)\s+|\s*(?:–|~|,)\s*`)

// DateRange reports whether folded f is two days joined: a date at the
// end, a date or a day of the month at the start.
func DateRange(f string) bool {
	f = strings.TrimPrefix(f, "tu ")
	parts := rangeJoin.Split(f, -1)
	if len(parts) != 2 {
		if i := strings.Index(f, "-"); i > 0 && strings.Count(f, "-") == 1 && strings.Count(f, "/") >= 2 {
			parts = []string{f[:i], f[i+1:]} // "20/12-22/12"
		} else {
			return false
		}
	}
	a, b := strings.TrimSpace(strings.TrimPrefix(parts[0], "ngay ")), strings.TrimSpace(strings.TrimPrefix(parts[1], "ngay "))
	if _, _, _, ok := splitDate(b); !ok {
		return false
	}
	if _, _, _, ok := splitDate(a); ok {
		return true
	}
	return len(a) <= 2 && a != "" && strings.Trim(a, "0123456789") == ""
}

// relativeTrim are the words and times around a relative day: "mới hôm
// qua", "hôm qua lúc 8h", "8h sáng hôm qua", "hôm qua ấy".
var (
	relativeLead = regexp.MustCompile(`^(?:moi |vua |moi vua |dung |chinh )+`)
	relativeTail = regexp.MustCompile(`(?: (?:ay|do|day|nhe|nha|roi))+$`)
)

// RelativeOnly takes off a folded answer the time and the small words
// that may surround a relative day; the caller keeps the result only when
// it is one.
func RelativeOnly(f string) string {
	f = clockAtStart.ReplaceAllString(f, "")
	f = clockAfter.ReplaceAllString(f, "")
	if g := relativeLead.ReplaceAllString(f, ""); g != f {
		if !strings.Contains(strings.TrimSpace(g), " ") && !strings.HasPrefix(g, "h") {
			return "" // "vừa qua" (lately) is not "qua"
		}
		f = g
	}
	return strings.TrimSpace(relativeTail.ReplaceAllString(f, ""))
}

// clockAfter is a time, or a span of hours, after the day: "lúc 8h",
// "từ 8h đến 11h".
var clockAfter = regexp.MustCompile(`(?:[ ,]+|\s*[-–]\s*)(?:luc |vao |tu )?\d{1,2}(?:[:hg]\d{2}|[hg]| ?gio)(?: ?\d{2})?(?: (?:sang|trua|chieu|toi))?(?:\s*(?:-|den|toi)\s*\d{1,2}(?:[:hg]\d{2}|[hg]| ?gio)(?: ?\d{2})?(?: (?:sang|trua|chieu|toi))?)?$`)
