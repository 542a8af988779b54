package reader

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
	// isoDate is 2026-03-05 or 2026/03/05, unambiguous because the year
	// comes first.
	isoDate = regexp.MustCompile(`^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$`)
	// wordDate is "ngày 5 tháng 3 năm 2026", "mùng 5 tháng 3", "15 thg 1",
	// folded.
	wordDate = regexp.MustCompile(`^(?:(?:ngay|mung|mong|hom) )*(\d{1,2}) ?(?:thang|thg|th|t) ?(\d{1,2})(?:,? ?(?:nam|n)? ?(\d{2,4}))?$`)
	// weekday is a day of the week before the date: "thứ 2, 15/1/2024".
	weekday = regexp.MustCompile(`^(?:thu ?(2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|t([2-7])|(chu nhat|cn))[ ,.-]+`)
	// weekdayAfter is a day of the week after the date: "15/1/2024 thứ 2".
	weekdayAfter = regexp.MustCompile(`^(.*\d)[ ,.-]+(?:thu ?(2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|t([2-7])|(chu nhat|cn))$`)
	// clockTime is a time after the date: "15/01/2024 08:00", "lúc 8h30".
	clockTime = regexp.MustCompile(`(?:[ ,]+|\s*[-–]\s*)(?:luc )?\d{1,2}(?:[:hg]\d{2}|[hg]| ?gio)(?: ?\d{2}(?: ?phut)?)?(?: (?:sang|trua|chieu|toi))?$`)
)

// dateLead are words before a date, folded: "vào ngày 15/1", "hôm 5/3".
var dateLead = setOf("vao", "luc", "la", "tu", "ngay", "dien", "ra", "to", "chuc", "dat", "tai")

// dayNames maps the folded day names to Go's weekdays (thứ 2 is Monday).
var dayNames = map[string]time.Weekday{
	"2": time.Monday, "hai": time.Monday, "3": time.Tuesday, "ba": time.Tuesday, "4": time.Wednesday,
	"tu": time.Wednesday, "5": time.Thursday, "nam": time.Thursday, "6": time.Friday, "sau": time.Friday,
	"7": time.Saturday, "bay": time.Saturday, "chu nhat": time.Sunday, "cn": time.Sunday,
}

// How far from today a date may be before the reader asks: a yearless date
// is put in the year of its last coming (or of the coming one, up to a month
// ahead), and asked when that is still to come or more than four months
// past; a two-digit year is put in the century
// that brings it nearest, and asked when that is more than twenty years
// away ("1/6/85" is 1985, asked).
//
// A yearless day already past is stored while its next coming is more than
// two months off (yearlessStored, ten months back): a report tells of what
// was held, and officers across every batch (A, F to T) write "15/3",
// "30/4", "2/9" for this year's days and expect them kept. Nearer its next
// coming ("10/2" in January) the person may mean the day to come: asked.
// A day counted with "mùng" or "mồng" may be a lunar one: it keeps the
// nearer bound, yearlessSure.
// yearlessSure still bounds rule 21 of dates_remark.go.
const (
	yearlessStored = 304 * 24 * time.Hour
	yearlessSure   = 122 * 24 * time.Hour
	centurySure    = 20
)

// ReadDate reads a day: "20/12/2026", "5/3" (the nearest 5 March), "5/3/26",
// "hôm nay", "hôm qua", "ngày 5 tháng 3 năm 2026", "15 thg 1", "thứ 2,
// 15/1/2024", "15/01/2024 08:00", "2024/01/15". The day always comes
// before the month. The result is at 00:00 in now's location. A probable
// reading (a year guessed far from today, a weekday that does not fit) is a
// problem here: only Read offers to confirm it.
func ReadDate(s string, now time.Time) (time.Time, *locales.Msg) { return sureOnly(readDate(s, now)) }

func readDateBody(s string, now time.Time) (time.Time, *Unsure, *locales.Msg) {
	t, u, p := readDateAsTyped(s, now)
	if p != nil && p.Key == "answer.not_a_date" {
		// "hoom qua", "thuws 7 tuaanf truwowcs": Telex keys left in the
		// words of a date (rule 9 of dates.go).
		if k, ok := TelexDateWords(s); ok {
			if t2, u2, p2 := readDateAsTyped(k, now); p2 == nil {
				if u2 != nil {
					u2.Input = string(quoted(s))
				}
				return t2, u2, nil
			}
		}
		// A holiday named, a date in words, a note in brackets (rules 10
		// to 12 of dates_named.go).
		if t2, u2, p2, ok := namedOrNoted(s, now); ok {
			return t2, u2, p2
		}
	}
	return t, u, p
}

func readDateAsTyped(s string, now time.Time) (time.Time, *Unsure, *locales.Msg) {
	if asNumber, asKey, ok := vniDateWords(s); ok {
		// "thang1 12": "tháng" typed with VNI before month 12, or
		// January, glued, before the year '12. Each reading is tried; when
		// both make a date and they differ, the person is asked to write it.
		tA, uA, pA := readDate(asNumber, now)
		tB, uB, pB := readDate(asKey, now)
		switch {
		case pA != nil && pB == nil:
			return tB, uB, nil
		case pB != nil && pA == nil:
			return tA, uA, nil
		case pA == nil && !tA.Equal(tB):
			return time.Time{}, nil, problem("answer.not_a_date", "input", quoted(s))
		case pA == nil && uA == nil:
			return tA, uB, nil
		}
		return tA, uA, pA
	}
	in := quoted(s)
	f := strings.Trim(foldNumber(cleanAnswer(s, dateLead).text), " .!,")
	for _, lead := range []string{"dip le ", "dip ", "bua ", "ngay ", "mung ", "mong ", "hom "} {
		if rest, ok := strings.CutPrefix(f, lead); ok && strings.ContainsFunc(rest, isASCIIDigit) {
			f = rest // "hôm 15/1", "bữa 28/12", "dịp 2/9", not "hôm kia"
		}
	}
	if f == "" {
		return time.Time{}, nil, problem("answer.empty")
	}
	loc := now.Location()
	if r := RelativeOnly(f); r != f {
		// "hôm qua lúc 8h", "mới hôm qua": the time and the small words go.
		if _, ok := DaysBack(r); ok {
			f = r
		}
	}
	if back, ok := RelativeDay(f); ok {
		y, m, d := now.Date()
		if back == 2 && ThreeDaysBack(strings.ToLower(Normalize(s))) {
			// "hôm kìa": three days back, not "hôm kia"'s two.
			return time.Date(y, m, d-3, 0, 0, 0, 0, loc), &Unsure{Key: "reading.three_days_back", Input: string(in)}, nil
		}
		return time.Date(y, m, d-back, 0, 0, 0, 0, loc), nil, nil
	}
	if back, ok := DaysAgo(f); ok {
		// "2 hôm trước": counted back from today.
		y, m, d := now.Date()
		return time.Date(y, m, d-back, 0, 0, 0, 0, loc), nil, nil
	}
	if NotOneDay(f) {
		if _, _, ok := dayOfMonth(s); !ok { // "ngày 2 tháng này" is a day (dates_named.go)
			return time.Time{}, nil, problem("answer.date_not_one_day", "input", in)
		}
	}
	untrimmed := f
	f, rel := TrimDate(f)
	t, ok := LastWeekday(untrimmed, now) // "thứ 7 tuần vừa rồi", before " vừa rồi" goes
	if !ok {
		t, ok = LastWeekday(f, now)
	}
	if ok {
		// "thứ 7 tuần trước", "chủ nhật vừa rồi": counted back from today;
		// "thứ 5 tuần này" may be a day still to come.
		if afterToday(t, now) {
			return t, &Unsure{Key: "reading.date_future", Input: string(in)}, nil
		}
		if weekNamed(untrimmed, t, now) || weekNamed(f, t, now) {
			return t, nil, nil // the week named: exact (dates_week_named.go)
		}
		return t, &Unsure{Key: "reading.weekday_back", Input: string(in)}, nil
	}
	if d, lastMonth, ok := dayOfMonth(s); ok {
		// "ngày 15": the last 15th, this month or the one before; "ngày 28
		// tháng trước": last month's.
		t := time.Date(now.Year(), now.Month(), d, 0, 0, 0, 0, loc)
		if lastMonth {
			if t = time.Date(now.Year(), now.Month()-1, d, 0, 0, 0, 0, loc); t.Day() != d {
				return time.Time{}, nil, problem("answer.not_a_date", "input", in)
			}
			return t, nil, nil
		}
		if t.After(now) || t.Day() != d {
			t = time.Date(now.Year(), now.Month()-1, d, 0, 0, 0, 0, loc)
		}
		if t.Day() != d {
			return time.Time{}, nil, problem("answer.not_a_date", "input", in)
		}
		return t, &Unsure{Key: "reading.month_missing", Input: string(in)}, nil
	}
	f, notYet := yearNamed(f, now) // "20/12 năm ngoái", "20/12 năm nay" (dates_r8.go)
	if notYet {
		if t, ok := soonThisYear(f, now); ok {
			// "15/3 năm nay" in January: a day weeks ahead, offered as
			// typed, as rule 21 of dates_remark.go offers "20/01/2027"
			return t, &Unsure{Key: "reading.date_future", Input: string(in)}, nil
		}
		return time.Time{}, nil, problem("answer.date_this_year_not_yet", "input", in)
	}
	wd, named := time.Sunday, false
	if m := weekday.FindStringSubmatch(f); m != nil {
		wd, named = dayNames[m[1]+m[2]+m[3]], true
		f = f[len(m[0]):]
		f = strings.TrimPrefix(strings.TrimPrefix(f, "ngay "), "mung ")
	} else if m := weekdayAfter.FindStringSubmatch(f); m != nil {
		wd, named = dayNames[m[2]+m[3]+m[4]], true
		f = m[1]
	}
	if rel != "" {
		// "hôm qua (19/12)": the day named and the date written must agree.
		back, _ := DaysBack(rel)
		y, m, d := now.Date()
		want := time.Date(y, m, d-back, 0, 0, 0, 0, loc)
		day, month, year, ok := splitDate(f)
		if !ok {
			return time.Time{}, nil, problem("answer.not_a_date", "input", in)
		}
		t, _, p := makeDate(day, month, year, now, s)
		if p != nil || !t.Equal(want) {
			return time.Time{}, nil, problem("answer.dates_disagree", "input", in)
		}
		return t, nil, nil
	}
	f = clockTime.ReplaceAllString(f, "")
	day, month, year, ok := splitDate(f)
	if !ok {
		if DateRange(f) {
			return time.Time{}, nil, problem("answer.date_not_one_day", "input", in)
		}
		return time.Time{}, nil, problem("answer.not_a_date", "input", in)
	}
	t, reason, p := makeDate(day, month, year, now, s)
	if p != nil {
		return time.Time{}, nil, p
	}
	if reason == "" && named && t.Weekday() != wd {
		reason = "reading.weekday_mismatch"
	}
	if t.After(now.AddDate(1, 0, 0)) {
		// A report tells of what happened: a day more than a year ahead
		// ("15/12/2062") is a year typed wrong, never a day to confirm.
		return time.Time{}, nil, problem("answer.date_far_future", "input", in)
	}
	if reason == "" && afterToday(t, now) {
		// A report tells of what happened: a day to come, even tomorrow,
		// is asked about ("15/12/2029" for 15/12/2026 is a slip of one
		// key; "06/01" typed on 05/01 a slip of one day).
		reason = "reading.date_future"
	}
	if reason != "" {
		return t, &Unsure{Key: reason, Input: string(in)}, nil
	}
	return t, nil, nil
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

// makeDate checks that the day exists and builds it, putting a missing or
// two-digit year where it makes sense (see yearlessSure), and says why when
// that is a guess to confirm.
func makeDate(day, month, year string, now time.Time, s string) (time.Time, string, *locales.Msg) {
	loc := now.Location()
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	y, _ := strconv.Atoi(year)
	reason := ""
	switch len(year) {
	case 0:
		y = now.Year()
		if m >= 1 && m <= 12 && d >= 1 {
			y = nearestYear(d, m, now)
			gap := time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc).Sub(now)
			stored := yearlessStored
			if lunarLead(s) {
				stored = yearlessSure // "mùng 2/9": "mùng" counts lunar days as often
			}
			if gap > 24*time.Hour || -gap > stored {
				// Days to come, or long past: the year is a guess to confirm.
				reason = "reading.year_missing"
			}
		}
	case 2:
		y = nearestCentury(y, now.Year())
		if diff := y - now.Year(); diff > centurySure || diff < -centurySure {
			reason = "reading.year_two_digits"
		}
	case 4:
	default:
		return time.Time{}, "", problem("answer.not_a_date", "input", quoted(s))
	}
	named := locales.Plain(pad2(d) + "/" + pad2(m) + "/" + strconv.Itoa(y))
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
	if m < 1 || m > 12 || d < 1 || t.Day() != d || y < 1900 || y > 2200 {
		return time.Time{}, "", problem("answer.invalid_date", "date", named)
	}
	return t, reason, nil
}

// nearestYear is the year for day d of month m typed without one: the last
// time that day came, today included (a report tells of what happened). In
// January, "20/12" is last December; "6/1" on 5 January is last January,
// asked about since it is far.
func nearestYear(d, month int, now time.Time) int {
	m := time.Month(month)
	horizon := now                                    // an event reported has happened: its last occurrence, today at the latest
	for y := now.Year() + 1; y >= now.Year()-4; y-- { // back to the last 29 February
		t := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
		if t.Day() == d && !t.After(horizon) {
			return y
		}
	}
	return now.Year()
}

// nearestCentury puts a two-digit year yy in the century nearest year now.
func nearestCentury(yy, now int) int {
	y := now - now%100 + yy
	switch {
	case y-now >= 50: // halfway: the past, as birth years and old events are
		y -= 100
	case now-y > 50:
		y += 100
	}
	return y
}

// afterToday reports whether day t (at 00:00) comes after now's day, in
// now's location: tomorrow is after today, whatever the hour now.
func afterToday(t, now time.Time) bool {
	y, m, d := now.Date()
	return t.After(time.Date(y, m, d, 0, 0, 0, 0, now.Location()))
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// vniDateWords finds the words of a date typed with VNI keys left on them
// ("ngay2", "thang1", "mu2ng") and writes s two ways: with the digits at
// the end of such words apart, as figures ("thang 1"), and without them,
// as keys ("thang"). ok is false when s holds no such word.
func vniDateWords(s string) (asNumber, asKey string, ok bool) {
	ws := strings.Fields(Normalize(s))
	a := make([]string, len(ws))
	b := make([]string, len(ws))
	for i, w := range ws {
		a[i], b[i] = w, w
		low := strings.ToLower(strings.Trim(w, edgePunct))
		if !IsASCII(low) || !strings.ContainsFunc(low, isDigit) || !HasLetter(low[:1]) {
			continue
		}
		if _, marked := Marked(low); !marked || !vniDateWord[Skeleton(low)] {
			continue
		}
		ok = true
		b[i] = Skeleton(low)
		if end := strings.TrimRight(low, "0123456789"); !strings.ContainsFunc(end, isDigit) {
			a[i] = end + " " + low[len(end):]
		} else {
			a[i] = b[i] // "mu2ng": the digit is inside, a key only
		}
	}
	return strings.Join(a, " "), strings.Join(b, " "), ok
}

// vniDateWord are the words of a date, as skeletons, that VNI typing
// leaves a digit on. Not "thu": "thu2" is Monday glued.
var vniDateWord = setOf("ngay", "thang", "mung", "nam", "hom", "luc", "vao", "qua", "nay", "sang", "chieu", "toi", "trua")
