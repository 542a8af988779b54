package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// One date among words (the lead's policy: "a date with a remark — what
// the event was, where — is the date"). When the other readers refuse or
// ask a reply for the words around its date, a clerk finds the one date
// in it and writes that down (dates_one_in_words_test.go):
//
//   - the event named before or after it: "18/11 ngày hội đại đoàn kết ở
//     buôn Trấp", "Lễ mừng lúa mới tổ chức 28/11", "28/11/2026 (Lễ cúng
//     cơm mới làng Kon Klor)", "Dạ tổ chức hôm 26/3 rứa đó";
//   - a spreadsheet's time of day after it: "20/12/2026 00:00:00";
//   - the year said in words: "năm nay 2/1", "năm ngoái 15/3", "20/12
//     năm ngoái" (and "lăm" for "năm", the l/n of the north); "15/3 năm
//     nay" for a past event is a day to come: asked, as the date typed
//     with its year would be;
//   - a slash doubled ("20//11/2026"): the keys, offered.
//
// The date alone decides: what it would be typed alone, stored or asked.
// Not read so: two dates or a range, any other figure (but a count of
// years, "kỷ niệm 79 năm"), a hedge or a plan ("dự kiến", "hoãn", "chưa",
// "khoảng", "trước", "sau"), a question.
var (
	oneDateToken = regexp.MustCompile(`^\(?(\d{1,2}/{1,2}\d{1,2}(?:/\d{2,4})?|\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})[),.;:]?$`)
	clockToken   = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?[),.]?$`)
)

// dateWordReasons make the words around a date more than a remark, folded.
var dateWordReasons = setOf("khoang", "tam", "co", "gan", "hoac", "hay", "den", "toi", "tu", "truoc", "sau", "du", "kien",
	"dinh", "se", "sap", "chua", "khong", "ko", "hoan", "doi", "lui", "chuyen", "huy", "nho", "chac", "hinh", "nhu",
	"ngay", "thang", "tuan", "mai", "qua", "kia", "nay", "nua", "hom", "bu", "thay", "ke", "hoach", "dau", "cuoi", "giua",
	// the lunar calendar: "28/12 âm lịch" is another day
	"am", "lich", "al")

// dateLeadWords may stand around the date in the event's sentence though
// they are date words elsewhere: "ngày hội", "tổ chức hôm 26/3".
var dateLeadWords = setOf("hom", "ngay", "vao", "dip")

func oneDateInWords(s string, now time.Time) (time.Time, *Unsure, *locales.Msg, bool) {
	if strings.ContainsAny(s, "?？~") {
		return time.Time{}, nil, nil, false
	}
	fields := strings.Fields(Normalize(s))
	date, at := "", -1
	year := 0
	var rest []string
	for i := 0; i < len(fields); i++ {
		w := fields[i]
		lw := Skeleton(Fold(strings.ToLower(strings.Trim(w, "(),.;:")))) // "truwowcs" is "trước"
		switch {
		case oneDateToken.MatchString(w):
			if date != "" {
				return time.Time{}, nil, nil, false // two dates
			}
			date, at = oneDateToken.FindStringSubmatch(w)[1], i
		case clockToken.MatchString(w) && date != "" && at == i-1:
			// a spreadsheet's time after the date
		case (lw == "nam" || lw == "lam") && i+1 < len(fields):
			switch n := Fold(strings.ToLower(strings.Trim(fields[i+1], "(),.;:"))); n {
			case "nay", "ni":
				year = now.Year()
				i++
			case "ngoai", "truoc", "roi", "qua":
				year = now.Year() - 1
				i++
			default:
				rest = append(rest, lw)
			}
		case strings.ContainsFunc(w, isASCIIDigit):
			if i+1 < len(fields) && Fold(strings.ToLower(fields[i+1])) == "nam" && !strings.ContainsAny(w, "/-.:") {
				i++ // "kỷ niệm 79 năm": a count of years, no date
				continue
			}
			return time.Time{}, nil, nil, false // another figure
		default:
			rest = append(rest, lw)
		}
	}
	if date == "" || len(rest) == 0 && year == 0 && !strings.Contains(date, "//") && len(fields) == 1 {
		return time.Time{}, nil, nil, false
	}
	if j := " " + strings.Join(rest, " ") + " "; strings.Contains(j, " am lich ") || strings.Contains(j, " al ") {
		// "28/12 âm lịch": a day of the lunar calendar, another day
		return time.Time{}, nil, problem("answer.not_a_date", "input", quoted(s)), true
	}
	for _, w := range strings.Fields(strings.Join(rest, " ")) {
		if w = strings.Trim(w, edgePunct+"()"); dateWordReasons[w] && !dateLeadWords[w] {
			return time.Time{}, nil, nil, false
		}
	}
	if dateHedge(strings.Join(rest, " ")) {
		return time.Time{}, nil, nil, false
	}
	typed := strings.ReplaceAll(date, "//", "/")
	if year != 0 {
		if strings.Count(typed, "/") != 1 {
			return time.Time{}, nil, nil, false // "năm nay" beside a year written
		}
		typed += "/" + strconv.Itoa(year)
	}
	t, u, p := readDateAsTyped(typed, now)
	if p != nil {
		return t, u, p, p.Key == "answer.date_this_year_not_yet"
	}
	in := string(quoted(s))
	if u != nil {
		u.Input = in
	} else if strings.Contains(date, "//") {
		u = &Unsure{Key: "reading.date_typed_oddly", Input: in}
	} else if year != 0 && afterToday(t, now) {
		u = &Unsure{Key: "reading.date_future", Input: in}
	}
	return t, u, nil, true
}
