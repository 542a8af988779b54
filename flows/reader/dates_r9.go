package reader

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// Round nine's rules for dates, as a clerk states them (the Mekong-delta and
// mountain officers' batches), each with its table test (dates_r9_test.go):
//
//  1. The south's "bữa kia" is "the other day" as often as "hôm kia": the
//     day before yesterday is offered, never stored. "Bữa hôm kia", "hôm
//     kia" are the day before yesterday.
//  2. A date broken over two lines inside it ("20/12\n/2026", "20\n/12/2026")
//     may be two messages run together: offered. A line break before or
//     after the whole date changes nothing.
//  3. The words of a date glued to its figures ("ngay20thang12nam2026",
//     "ngày20tháng12", "20thang12") are the date.
//  4. A date with an English month ("Dec 24, 2026", "24 Dec 2026",
//     "December 24") from a phone set to English is that date.
//  5. "vừa r" is "vừa rồi": "thứ 7 vừa r" is last Saturday.
//  7. A date's figures run together, day first ("20122026", "201226"), an
//     O for a zero ("20/12/2O26"), spaces between its figures ("2 0 / 1
//     2"): offered. Month first ("12/20/2026"), a year far ahead, weeks
//     back stay refused (date.go, dates.go).
//  6. Two days, then which one to write ("19/12 tới 21/12, ghi ngày khai
//     mạc 19/12", "20-22/12 lấy ngày 20/12"): the day named to write, if it
//     is one of the two; offered.

// vagueBuaKia is the south's "bữa kia" alone, a part of the day before it
// allowed (rule 1).
var vagueBuaKia = regexp.MustCompile(`^(?:(?:sang|trua|chieu|toi|dem) )?bua kia(?: (?:a|ha|do|nha|nhe))?$`)

// brokenDate is a line break inside a date: between its figures and a
// mark (rule 2).
var brokenDate = regexp.MustCompile(`\d[ \t]*\n\s*[/.-]\s*\d|\d\s*[/.-][ \t]*\n\s*\d`)

// dateDoubtR9 is the doubt of rules 1 and 2 about a date read.
func dateDoubtR9(s string) *Unsure {
	if strings.Contains(s, "\n") && brokenDate.MatchString(s) {
		return &Unsure{Key: "reading.date_line_break", Input: string(quoted(s))}
	}
	if !strings.Contains(strings.ToLower(s), "kia") {
		return nil // the cheap path
	}
	if f := untelexPhrase(strings.Trim(foldNumber(cleanAnswer(s, dateLead).text), " .!,?")); vagueBuaKia.MatchString(f) {
		return &Unsure{Key: "reading.date_vague_day", Input: string(quoted(s))}
	}
	return nil
}

// englishMonths are the months of a phone set to English, folded.
var englishMonths = map[string]string{"jan": "1", "january": "1", "feb": "2", "february": "2", "mar": "3", "march": "3",
	"apr": "4", "april": "4", "may": "5", "jun": "6", "june": "6", "jul": "7", "july": "7", "aug": "8", "august": "8",
	"sep": "9", "sept": "9", "september": "9", "oct": "10", "october": "10", "nov": "11", "november": "11",
	"dec": "12", "december": "12"}

var (
	monthFirst = regexp.MustCompile(`^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$`)
	dayFirst   = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?(?:,? (\d{4}))?$`)
	// spacedDigits are figures with spaces between (rule 7).
	spacedDigits = regexp.MustCompile(`(\d) +(\d|/)`)
	// letterDigit is a boundary of letters and figures (rule 3).
	letterDigit = regexp.MustCompile(`([a-z])(\d)|(\d)([a-z])`)
	// pickDay is "ghi", "lấy", "tính" and the day to write, after two
	// days (rule 6).
	pickDay = regexp.MustCompile(`^(.*\d.*?)[ ,.;…-]+(?:ghi|lay|tinh|chon|nhap|bao cao)(?: la)?(?: (?:ngay|hom))?((?: [a-z]+){0,3}) (\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)$`)
)

// dateRetryR9 reads by rules 3 to 6 what the other rules could not; ok is
// false when none applies.
func dateRetryR9(s string, now time.Time) (time.Time, *Unsure, *locales.Msg, bool) {
	f := strings.Trim(strings.Join(strings.Fields(FoldNumber(strings.ToLower(Normalize(s)))), " "), " .!")
	again := func(g, key string) (time.Time, *Unsure, *locales.Msg, bool) {
		t, u, p := readDateBody(g, now)
		if p != nil {
			return t, u, p, false
		}
		if u != nil || key != "" {
			if u != nil && key == "" {
				key = u.Key
			}
			u = &Unsure{Key: key, Input: string(quoted(s))}
		}
		return t, u, nil, true
	}
	if m := monthFirst.FindStringSubmatch(f); m != nil && englishMonths[m[1]] != "" {
		return again(m[2]+"/"+englishMonths[m[1]]+yearPart(m[3]), "") // rule 4
	}
	if m := dayFirst.FindStringSubmatch(f); m != nil && englishMonths[m[2]] != "" {
		return again(m[1]+"/"+englishMonths[m[2]]+yearPart(m[3]), "")
	}
	if _, _, vni := vniDateWords(s); vni {
		return time.Time{}, nil, nil, false // "thang1 12": VNI keys, read by vniDateWords
	}
	if g := letterDigit.ReplaceAllString(letterDigit.ReplaceAllString(f, "$1$3 $2$4"), "$1$3 $2$4"); g != f {
		if t, u, p, ok := again(g, ""); ok { // rule 3
			return t, u, p, ok
		}
	}
	if g, ok := strings.CutSuffix(f, " vua r"); ok {
		return again(g+" vua roi", "") // rule 5
	}
	if isDigits(f) && (len(f) == 8 || len(f) == 6) {
		g := f[:2] + "/" + f[2:4] + "/" + f[4:]
		return again(g, "reading.date_typed_oddly") // rule 7: "20122026"
	}
	if g := zeroForO(f); g != f {
		return again(g, "reading.date_typed_oddly") // rule 7: "20/12/2O26"
	}
	if g := spacedDigits.ReplaceAllString(f, "$1$2"); g != f && strings.Count(f, " ") >= 2 {
		return again(strings.ReplaceAll(g, " ", ""), "reading.date_typed_oddly") // rule 7: "2 0 / 1 2"
	}
	if m := pickDay.FindStringSubmatch(f); m != nil {
		day := m[3]
		parts := strings.FieldsFunc(day, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
		before := strings.FieldsFunc(m[1], func(r rune) bool { return !isDigit(r) })
		has := func(n string) bool {
			return slices.ContainsFunc(before, func(b string) bool { return strings.TrimLeft(b, "0") == strings.TrimLeft(n, "0") })
		}
		if len(parts) >= 2 && has(parts[0]) && has(parts[1]) {
			return again(day, "reading.date_sentence") // rule 6: one of the days written before
		}
	}
	return time.Time{}, nil, nil, false
}

// zeroForO puts a zero for each o with a figure beside it (rule 7):
// "2o26" is 2026.
func zeroForO(f string) string {
	b := []byte(f)
	for i, c := range b {
		if c == 'o' && (i > 0 && isDigit(rune(b[i-1])) || i+1 < len(b) && isDigit(rune(b[i+1]))) {
			b[i] = '0'
		}
	}
	return string(b)
}

func yearPart(y string) string {
	if y == "" {
		return ""
	}
	return "/" + y
}
