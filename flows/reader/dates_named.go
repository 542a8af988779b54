package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// Rules a clerk states about dates said other ways than in figures
// (dates_named_test.go). They are tried only when a date does not read
// as typed.
//
//  10. A day of the year that the solar calendar fixes, named ("hôm
//     Noel", "mùng 1 Tết Dương lịch", "ngày Quốc khánh", "Ngày hội Đại
//     đoàn kết"), is that day, in the year of its last coming, as "25/12"
//     would be, and offered ("đêm giao thừa" is the 31st or, past
//     midnight, the 1st); "Noel năm 2025", "Quốc khánh năm ngoái" say
//     the year.
//     "Đêm Noel" may be the 24th or the 25th, and the lunar feasts
//     ("Tết", "rằm tháng Giêng") move with the moon: neither is read.
//     A holiday written beside a date ("25/12 (Giáng sinh)", "Quốc khánh
//     2/9") must agree with it.
//  11. A date in words, as voice typing writes it ("hai mươi tám tháng
//     mười hai năm hai không hai sáu", "ngày mười lăm tháng mười hai"),
//     is read part by part, the year digit by digit or as a number; it
//     is offered, never stored, since a word misheard changes the day.
//     Not after "mùng": "mùng mười tháng ba" is how the lunar calendar
//     is said.
//  12. A date with a note in brackets after it ("28/12 (tại nhà văn hóa
//     ấp)") is the date; it is offered, since a note may say the day
//     did not hold ("(hoãn)"). A note that qualifies it, holds a figure
//     or says a plan ("(dự kiến)") is no aside: refused as before. A
//     day named with its date in brackets ("CN vừa rồi (3/1)", "Giáng
//     sinh (25/12)") is that date when both agree, refused when not.
//  13. The solar calendar is the one read, so saying it ("3/1 dương
//     lịch", "3/1 DL") changes nothing; the South's words around a day
//     are read: "28/12 rồi", "28/12 đó", "28/12 năm rồi" (last year),
//     "bữa hôm qua", "bữa thứ bảy" (dates.go). A time with "g" for
//     "giờ" ("9g30 28/12") or after a dash ("28/12 - 9h") is a time.
//  14. A day of the month said alone after "hôm" ("hôm mùng 2") is
//     read as "mùng 2"; "ngày 2 tháng này" is this month's, "ngày 28
//     tháng trước" last month's (not "28 tháng trước", 28 months).
//  15. A date first and words after it with no figure ("28/12 tại nhà
//     văn hóa ấp") is the date, when the words say a place ("tại", "ở");
//     other words ("28/12 tổ chức văn nghệ") are offered. Words before a
//     date after "ngày", "hôm", "vào" ("bên em tổ chức ngày 28/12") are
//     offered. Neither when the words hedge, deny or name another time.
//     Day, month and year apart by spaces ("28 12 2026") are offered.

// holidays are the days the solar calendar fixes, by their folded names
// (without "ngày", "lễ" or "dịp" before them), as day/month.
var holidays = map[string]string{
	"tet duong lich": "1/1", "tet duong": "1/1", "tet tay": "1/1", "tet duong lich nam moi": "1/1",
	"mung 1 tet duong lich": "1/1", "mung mot tet duong lich": "1/1", "mung 1 tet tay": "1/1",
	"mung mot tet tay": "1/1", "mung 1 tet duong": "1/1", "dau nam moi duong lich": "1/1", "nam moi duong lich": "1/1",
	"giao thua duong lich": "31/12", "giao thua tet duong lich": "31/12", "giao thua tay": "31/12",
	"thanh lap dang": "3/2", "thanh lap dang cong san viet nam": "3/2", "thanh lap dang cong san": "3/2",
	"valentine": "14/2", "tinh nhan": "14/2", "le tinh nhan": "14/2",
	"thay thuoc viet nam": "27/2", "thay thuoc": "27/2",
	"quoc te phu nu": "8/3", "phu nu quoc te": "8/3",
	"thanh lap doan": "26/3", "thanh lap doan thanh nien": "26/3", "thanh lap doan tncs ho chi minh": "26/3",
	"thanh lap doan thanh nien cong san ho chi minh": "26/3",
	"the thao viet nam": "27/3", "van hoa cac dan toc viet nam": "19/4",
	"sach viet nam": "21/4", "sach va van hoa doc viet nam": "21/4", "sach va van hoa doc": "21/4",
	"giai phong mien nam": "30/4", "thong nhat dat nuoc": "30/4", "giai phong mien nam thong nhat dat nuoc": "30/4",
	"quoc te lao dong": "1/5", "lao dong quoc te": "1/5",
	"sinh nhat bac": "19/5", "sinh nhat bac ho": "19/5", "sinh nhat chu tich ho chi minh": "19/5",
	"quoc te thieu nhi": "1/6", "thieu nhi quoc te": "1/6", "tet thieu nhi": "1/6",
	"gia dinh viet nam": "28/6", "thuong binh liet si": "27/7", "cach mang thang tam": "19/8", "cach mang thang 8": "19/8",
	"quoc khanh": "2/9", "tet doc lap": "2/9", "chuyen doi so quoc gia": "10/10", "giai phong thu do": "10/10",
	"doanh nhan viet nam": "13/10", "phu nu viet nam": "20/10",
	"dai doan ket": "18/11", "dai doan ket toan dan toc": "18/11", "hoi dai doan ket": "18/11", "hoi dai doan ket toan dan toc": "18/11",
	"nha giao viet nam": "20/11", "nha giao": "20/11", "di san van hoa viet nam": "23/11", "di san van hoa": "23/11",
	"thanh lap quan doi nhan dan viet nam": "22/12", "thanh lap quan doi": "22/12", "quan doi nhan dan viet nam": "22/12",
	"thanh lap quan doi nhan dan": "22/12", "hoi quoc phong toan dan": "22/12", "quoc phong toan dan": "22/12",
	"noel": "25/12", "giang sinh": "25/12", "christmas": "25/12", "thien chua giang sinh": "25/12",
}

// eveAmbiguous are the holidays whose night ("đêm Noel") is the eve as
// often as the day.
var eveAmbiguous = setOf("25/12")

// holidayPhrase is a holiday named, folded: the words before it (a part
// of the day among them), the name, and maybe its year.
var holidayPhrase = regexp.MustCompile(`^((?:(?:vao|hom|bua|ngay|le|dip|ky niem|chao mung|nhan|dem|toi|sang|chieu|trua|buoi|dung|chinh|hoi|tet|mung 1|mung mot) )*)(.+?)(?: (?:nam )?(\d{4})| (nam (?:nay|ngoai|roi|truoc|vua roi|vua qua))| vua roi| vua qua| vua xong| roi)?$`)

// holidayIn reads folded f as a holiday named alone: "d/m" or "d/m/yyyy".
func holidayIn(f string, now time.Time) (string, bool) {
	m := holidayPhrase.FindStringSubmatch(f)
	if m == nil {
		return "", false
	}
	name := m[2]
	dm, ok := holidays[name]
	if !ok && strings.HasSuffix(m[1], "tet ") {
		dm, ok = holidays["tet "+name] // "tết dương lịch", the lead taken for "tết"
	}
	if !ok && strings.HasSuffix(m[1], "mung 1 ") {
		dm, ok = holidays["mung 1 "+name]
	}
	if !ok {
		return "", false
	}
	if eveAmbiguous[dm] && eveSaid(f) {
		return "", false // "đêm Noel": the 24th or the 25th
	}
	switch {
	case m[3] != "":
		return dm + "/" + m[3], true
	case m[4] == "nam nay":
		return dm + "/" + strconv.Itoa(now.Year()), true
	case m[4] != "":
		return dm + "/" + strconv.Itoa(now.Year()-1), true
	}
	return dm, true
}

// dayMonth is "d/m" of "d/m" or "d/m/y".
func dayMonth(dm string) string {
	if i := strings.LastIndexByte(dm, '/'); strings.Count(dm, "/") == 2 {
		return dm[:i]
	}
	return dm
}

// eveSaid reports whether folded f says the night ("đêm", "tối").
func eveSaid(f string) bool {
	return strings.Contains(" "+f+" ", " dem ") || strings.Contains(" "+f+" ", " toi ")
}

// holidayCut splits folded f into a holiday named at either end and the
// rest: "quoc khanh 2/9", "25/12 ngay giang sinh".
func holidayCut(f string, now time.Time) (dm, rest string, ok bool) {
	ws := strings.Fields(f)
	for n := len(ws) - 1; n >= 1; n-- {
		if dm, ok := holidayIn(strings.Join(ws[:n], " "), now); ok {
			return dm, strings.Join(ws[n:], " "), true
		}
		if dm, ok := holidayIn(strings.Join(ws[len(ws)-n:], " "), now); ok {
			return dm, strings.Join(ws[:len(ws)-n], " "), true
		}
	}
	return "", "", false
}

// namedOrNoted applies rules 10 to 12 to s, which did not read as a date
// as typed; ok is false when none applies, and the first refusal stands.
func namedOrNoted(s string, now time.Time) (t time.Time, u *Unsure, p *locales.Msg, ok bool) {
	in := quoted(s)
	if ans, note, cut := CutNote(s); cut {
		// Rule 12, and rule 10 in brackets: "25/12 (Giáng sinh)".
		nf := untelexWords(dateWords(note))
		if _, hf, named := holidayNamed(note, now); named {
			nf = hf
			t, u, p = readDateAsTyped(ans, now)
			if p != nil {
				return t, u, p, true
			}
			if !agreesWithHoliday(t, nf, now) {
				return time.Time{}, nil, problem("answer.dates_disagree", "input", in), true
			}
			return t, u, nil, true
		}
		if t, u, p, ok := dayThenDate(ans, note, now); ok {
			if p != nil {
				p = problem("answer.dates_disagree", "input", in)
			} else if u != nil {
				u.Input = string(in)
			}
			return t, u, p, true
		}
		if !NoteAside(note, false) || figureOutsidePlace(note) || dateHedge(nf) || dateHedge(Fold(note)) { // "(thôn 3)" (dates_remark.go)
			return time.Time{}, nil, nil, false
		}
		t, u, p = readDateAsTyped(ans, now)
		if p != nil {
			return time.Time{}, nil, nil, false
		}
		if nw := strings.Fields(wordsOnly(Fold(note))); u == nil && len(nw) > 1 && placeLead(nw) && plainWords(nw) {
			return t, nil, nil, true // "(tại nhà văn hóa ấp)": where, as rule 15 reads it
		}
		if u == nil {
			u = &Unsure{Key: "reading.date_note"}
		}
		u.Input = string(in)
		return t, u, nil, true
	}
	f := dateWords(s)
	if f == "" {
		return time.Time{}, nil, nil, false
	}
	if dm, _, named := holidayNamed(s, now); named && !(eveAmbiguous[dayMonth(dm)] && eveSaid(Fold(Normalize(s)))) {
		// Rule 10: read as the day and month written in figures would be,
		// and offered: the name stands for the date.
		t, u, p = offeredAs(dm, "reading.holiday", in, now)
		return t, u, p, true
	}
	if dm, rest, cut := holidayCut(f, now); cut && strings.ContainsFunc(rest, isDigit) && strings.Count(dm, "/") == 1 {
		// "Quốc khánh 2/9", "25/12 Giáng sinh": both must agree.
		t, u, p = readDateAsTyped(rest, now)
		if p != nil {
			return time.Time{}, nil, nil, false
		}
		if hd, _ := strconv.Atoi(dm[:strings.IndexByte(dm, '/')]); hd != t.Day() || dm[strings.IndexByte(dm, '/')+1:] != strconv.Itoa(int(t.Month())) {
			return time.Time{}, nil, problem("answer.dates_disagree", "input", in), true
		}
		return t, u, nil, true
	}
	if m := spacedDate.FindStringSubmatch(f); m != nil {
		// Rule 15's last: offered.
		d := m[1] + "/" + m[2]
		if m[3] != "" {
			d += "/" + m[3]
		}
		t, u, p = offeredAs(d, "reading.date_spaces", in, now)
		return t, u, p, true
	}
	if t, u, ok := dateInASentence(f, now); ok {
		if u != nil {
			u.Input = string(in)
		}
		return t, u, nil, true
	}
	if d, ok := spelledDate(f, s); ok {
		// Rule 11: offered, whatever the figures would be.
		t, u, p = readDateAsTyped(d, now)
		if p != nil {
			return t, u, p, true
		}
		if u == nil && wholeYearInWords(f) {
			return t, nil, nil, true // the year as a whole number (rule 20 of dates_remark.go)
		}
		if u == nil && tensDayInWords(f) {
			return t, nil, nil, true // "hai mươi tháng mười hai" (dates_this_year.go)
		}
		if u == nil {
			u = &Unsure{Key: "reading.number_words"}
		}
		u.Input = string(in)
		return t, u, nil, true
	}
	return time.Time{}, nil, nil, false
}

// dayThenDate reads a day named (a holiday, a day of the week) with its
// date in brackets after it: "CN vừa rồi (3/1)", "Giáng sinh (25/12)".
// ok is false when ans names no such day or the note is no date; p is
// set when the two disagree.
func dayThenDate(ans, note string, now time.Time) (t time.Time, u *Unsure, p *locales.Msg, ok bool) {
	if !strings.ContainsFunc(note, isDigit) {
		return t, nil, nil, false
	}
	t, u, p = readDateAsTyped(note, now)
	if p != nil {
		return t, nil, nil, false
	}
	af := dateWords(ans)
	disagree := problem("answer.dates_disagree")
	if _, hf, named := holidayNamed(ans, now); named {
		af = hf
		if !agreesWithHoliday(t, af, now) {
			return t, nil, disagree, true
		}
		return t, u, nil, true
	}
	if w, named := LastWeekday(af, now); named {
		if w.Weekday() != t.Weekday() {
			return t, nil, disagree, true
		}
		return t, u, nil, true
	}
	return t, nil, nil, false
}

// dateWords is s folded for rules 10 and 11: politeness off, commas and
// dashes between words made spaces.
func dateWords(s string) string { return wordsOnly(Fold(cleanAnswer(s, nil).text)) }

// wordsOnly makes the punctuation between folded words spaces.
func wordsOnly(f string) string {
	f = strings.Map(func(r rune) rune {
		if r == ',' || r == ';' || r == '!' || r == '(' || r == ')' || r == '"' {
			return ' '
		}
		return r
	}, f)
	return strings.Join(strings.Fields(strings.Trim(f, " .")), " ")
}

// untelexWords takes the Telex keys off each word of folded f ("Giangs
// sinh", "hoanx").
func untelexWords(f string) string {
	ws := strings.Fields(f)
	for i, w := range ws {
		if k := untelex(w); k != "" && !strings.ContainsFunc(w, isDigit) {
			ws[i] = k
		}
	}
	return strings.Join(ws, " ")
}

// holidayNamed reads s as a holiday named alone (rule 10), folded as
// typed, without its politeness ("tết thiếu nhi" ends as "nhỉ" does), or
// with Telex keys taken off; f is the form that named it.
func holidayNamed(s string, now time.Time) (dm, f string, ok bool) {
	raw := wordsOnly(Fold(Normalize(s)))
	if !holidayWordIn(raw) {
		return "", "", false // most answers: no word of any holiday
	}
	clean := dateWords(s)
	for _, f := range []string{raw, clean, untelexWords(clean)} {
		if dm, ok := holidayIn(f, now); ok {
			return dm, f, true
		}
	}
	return "", "", false
}

// holidayWords are the words of the holidays' names, and their Telex
// forms' skeletons: a text with none names no holiday.
var holidayWords = func() map[string]bool {
	m := map[string]bool{}
	for name := range holidays {
		for _, w := range strings.Fields(name) {
			m[w] = true
		}
	}
	return m
}()

// holidayWordIn reports whether folded f has a word of a holiday's name,
// typed or with a Telex key left on it.
func holidayWordIn(f string) bool {
	for _, w := range strings.Fields(f) {
		if holidayWords[w] || len(w) > 1 && holidayWords[untelex(w)] {
			return true
		}
	}
	return false
}

// agreesWithHoliday reports whether day t is the holiday named in folded f.
func agreesWithHoliday(t time.Time, f string, now time.Time) bool {
	dm, _ := holidayIn(f, now)
	parts := strings.Split(dm, "/")
	return len(parts) >= 2 && parts[0] == strconv.Itoa(t.Day()) && parts[1] == strconv.Itoa(int(t.Month())) &&
		(len(parts) == 2 || parts[2] == strconv.Itoa(t.Year()))
}

// dateHedges, folded, in a note make the date a plan or a change of day,
// not the day it happened.
var dateHedges = regexp.MustCompile(`(?:^| )(?:du kien|du dinh|ke hoach|hoan|tam hoan|doi|doi lai|doi ngay|lui|lui lai|chuyen|chuyen sang|sap|se|chua|khong|huy|bu|thay)(?: |$)`)

func dateHedge(f string) bool { return dateHedges.MatchString(f) }

// spelledDate reads folded f as a date in words (rule 11): "d/m" or
// "d/m/y" in figures; raw is the answer as typed, for the words whose
// marks decide ("mốt", "tư").
func spelledDate(f, raw string) (string, bool) {
	ws := strings.Fields(f)
	if len(ws) > 0 && (ws[0] == "mung" || ws[0] == "mong") {
		return "", false // "mùng mười tháng ba": the lunar calendar is said so
	}
	for len(ws) > 0 && (ws[0] == "ngay" || ws[0] == "hom" || ws[0] == "vao") {
		ws = ws[1:]
	}
	at := -1
	for i, w := range ws {
		if w == "thang" {
			if at >= 0 {
				return "", false
			}
			at = i
		}
	}
	if at < 1 || at == len(ws)-1 || len(ws) > 24 {
		return "", false
	}
	typed := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(Normalize(raw))) {
		typed[w] = true
	}
	spoken := false
	for _, w := range ws {
		if _, word := spelledWord[w]; word || w == "muoi" || w == "linh" || w == "le" {
			spoken = true
		}
	}
	if !spoken {
		return "", false
	}
	day, ok := wordsNumber(ws[:at], typed)
	if !ok || day < 1 || day > 31 {
		return "", false
	}
	rest := ws[at+1:]
	found := ""
	if month, ok := wordsNumber(rest, typed); ok && month >= 1 && month <= 12 {
		found = strconv.Itoa(day) + "/" + strconv.Itoa(month)
	}
	for k := 1; k < len(rest)-1; k++ {
		if rest[k] != "nam" {
			continue
		}
		month, ok := wordsNumber(rest[:k], typed)
		year, yok := yearWords(rest[k+1:], typed)
		if !ok || !yok || month < 1 || month > 12 {
			continue
		}
		if found != "" {
			return "", false // "tháng năm năm …": two readings
		}
		found = strconv.Itoa(day) + "/" + strconv.Itoa(month) + "/" + year
	}
	return found, found != ""
}

// wordsNumber reads folded words, all of them, as one number: a figure,
// or a number in words.
func wordsNumber(ws []string, typed map[string]bool) (int, bool) {
	if len(ws) == 1 && isDigits(ws[0]) && len(ws[0]) <= 4 {
		n, err := strconv.Atoi(ws[0])
		return n, err == nil
	}
	if len(ws) == 0 || len(ws) > 8 {
		return 0, false
	}
	for _, w := range ws {
		if isDigits(w) {
			return 0, false // "hai 8": no date says that
		}
	}
	v, used, ok := readSpelled(ws, typed)
	if !ok || used != len(ws) || v != float64(int(v)) {
		return 0, false
	}
	return int(v), true
}

// yearWords reads a year said digit by digit ("hai không hai sáu"), as a
// number ("hai nghìn không trăm hai mươi sáu") or written in figures.
func yearWords(ws []string, typed map[string]bool) (string, bool) {
	if len(ws) == 4 || len(ws) == 2 {
		digits := ""
		for _, w := range ws {
			d, ok := spelledWord[w]
			if w == "linh" {
				d, ok = 0, true
			}
			if !ok || w == "lam" || w == "nham" {
				digits = ""
				break
			}
			digits += strconv.Itoa(int(d))
		}
		if digits != "" {
			return digits, true
		}
	}
	n, ok := wordsNumber(ws, typed)
	if !ok || n < 1900 || n > 2200 {
		return "", false
	}
	return strconv.Itoa(n), true
}

// lastMonthDay is a day of last month: "ngày 28 tháng trước".
var lastMonthDay = regexp.MustCompile(`^(?:ngay|mung|mong) (\d{1,2}) thang (?:truoc|trc|roi|vua roi|vua qua)$`)

// dayOfMonth applies rule 14 to s: a day of the month said alone, and
// whether it is last month's.
func dayOfMonth(s string) (d int, lastMonth, ok bool) {
	f := strings.Trim(Fold(Normalize(s)), " .!,")
	for _, lead := range []string{"hom ", "bua ", "vao "} {
		f = strings.TrimPrefix(f, lead)
	}
	if d, ok := DayOnly(f); ok {
		return d, false, true
	}
	if m := lastMonthDay.FindStringSubmatch(f); m != nil {
		d, _ = strconv.Atoi(m[1])
		return d, true, d >= 1 && d <= 31
	}
	return 0, false, false
}

// otherTimeWords, folded, name a time of their own: words after or
// before a date with one of them are no aside (rule 15).
var otherTimeWords = setOf("thu", "cn", "chu", "nhat", "hom", "ngay", "thang", "nam", "tuan", "qua", "nay", "kia",
	"am", "al", "mai", "sau", "truoc", "trc", "toi", "den", "tu", "hoac", "hay", "luc", "gio", "bua", "mung", "dem",
	"tet", "ram", "le", "giao", "thua")

// dayAndMonth reports whether folded f writes a day and its month:
// "28/12", "28-12-2026", "28 thang 12"; not a day alone ("mùng 1").
func dayAndMonth(f string) bool {
	return strings.ContainsAny(f, "/.-") || strings.Contains(f, "thang") || strings.Contains(f, "thg")
}

// plainWords reports whether folded words ws hold no figure, no time of
// their own, no hedge and nothing that qualifies a date.
func plainWords(ws []string) bool {
	for i, w := range ws {
		if w == "le" && i+1 < len(ws) && ws[i+1] == "hoi" {
			continue // "lễ hội Gầu Tào": a festival, an event, not a holiday's time (round eight)
		}
		if strings.ContainsFunc(w, isDigit) && !placeFigure(ws, i) || otherTimeWords[w] || nearNegations[w] {
			return false
		}
	}
	j := strings.Join(ws, " ")
	return !dateHedge(j) && NoteAside(j, false)
}

// placeWords begin a place: "tại", "ở".
var placeWords = setOf("tai", "o")

// dateInASentence applies rule 15 to folded f.
func dateInASentence(f string, now time.Time) (t time.Time, u *Unsure, ok bool) {
	ws := strings.Fields(f)
	if len(ws) < 2 || len(ws) > 30 {
		return t, nil, false
	}
	// The date first: the longest start that reads as one.
	for n := min(len(ws)-1, 6); n >= 1; n-- {
		if !strings.ContainsFunc(ws[n-1], isDigit) || !dayAndMonth(strings.Join(ws[:n], " ")) || !plainWords(ws[n:]) {
			continue
		}
		t, u, p := readDateAsTyped(strings.Join(ws[:n], " "), now)
		if p != nil {
			continue
		}
		if u == nil && !placeLead(ws[n:]) {
			u = &Unsure{Key: "reading.date_sentence"}
		}
		return t, u, true
	}
	// The date last, after "ngày", "hôm", "vào".
	for i := len(ws) - 2; i >= 1; i-- {
		if ws[i] != "ngay" && ws[i] != "hom" && ws[i] != "vao" {
			continue
		}
		if !strings.ContainsFunc(ws[i+1], isDigit) || !dayAndMonth(strings.Join(ws[i:], " ")) || !plainWords(ws[:i]) {
			return t, nil, false
		}
		t, u, p := readDateAsTyped(strings.Join(ws[i:], " "), now)
		if p != nil {
			return t, nil, false
		}
		if u == nil {
			u = &Unsure{Key: "reading.date_sentence"}
		}
		return t, u, true
	}
	return t, nil, false
}

// spacedDate is day, month and maybe year apart by spaces: "28 12 2026".
var spacedDate = regexp.MustCompile(`^(\d{1,2}) (\d{1,2})(?: (\d{4}))?$`)

// offeredAs reads d as typed and, when it reads, offers it: the key names
// why when the date itself raised no doubt, and the input is the person's.
func offeredAs(d, key string, in locales.Plain, now time.Time) (time.Time, *Unsure, *locales.Msg) {
	t, u, p := readDateAsTyped(d, now)
	if p != nil {
		return t, u, p
	}
	if u == nil {
		u = &Unsure{Key: key}
	}
	u.Input = string(in)
	return t, u, nil
}
