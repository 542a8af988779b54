package reader

import (
	"regexp"
	"strings"
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

// relativeDays maps a folded relative day to how many days before today.
var relativeDays = map[string]int{
	"hom nay": 0, "nay": 0, "ngay hom nay": 0, "today": 0, "hnay": 0, "hum nay": 0, "bua nay": 0, "ngay nay": 0,
	"hom qua": 1, "qua": 1, "ngay hom qua": 1, "yesterday": 1, "hqua": 1, "hum qua": 1, "hom wa": 1,
	"hum wa": 1, "hwa": 1, "bua qua": 1, "ngay qua": 1, "hqa": 1,
	"hom kia": 2, "hkia": 2, "hum kia": 2, "bua kia": 2, "ngay kia": -2,
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
var clockAtStart = regexp.MustCompile(`^(?:luc |vao luc |vao )?\d{1,2}(?:[:h]\d{2}|h| ?gio)(?: ?\d{2}(?: ?phut)?)?(?: (?:sang|trua|chieu|toi|dem))?[ ,]+(?:(?:ngay|hom) )?`)

// yearWord is a date whose year is written "năm 2024": "15/1 năm 2024".
var yearWord = regexp.MustCompile(`^(\d{1,2}\s*[/.-]\s*\d{1,2}),? (?:nam|n) (\d{4})$`)

// bracketed is a relative day with its date: "hom qua 19/12".
var withDate = regexp.MustCompile(`^((?:(?:sang|trua|chieu|toi|dem) )?(?:hom nay|hom qua|hom kia|hnay|hqua|hkia|hum qua|hum nay|nay|qua)),? (.*\d.*)$`)

// TrimDate applies the rules to a folded date: the time taken off, "năm
// 2024" made a year. rel is a relative day written beside the date ("hôm
// qua 19/12"), "" when none.
func TrimDate(f string) (date, rel string) {
	f = clockAtStart.ReplaceAllString(f, "")
	if m := withDate.FindStringSubmatch(f); m != nil {
		rel, f = m[1], m[2]
	}
	f = strings.TrimSpace(f)
	for _, tail := range []string{" vua roi", " vua qua", " nam nay", " vua xong"} {
		f = strings.TrimSuffix(f, tail)
	}
	if m := yearWord.FindStringSubmatch(f); m != nil {
		f = m[1] + "/" + m[2]
	}
	return f, rel
}
