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
	if p != nil && p.Key == "answer.not_a_date" {
		if g, ok := centralNi(s); ok {
			// "sáng ni", "thứ 2 tuần ni", "hôm ni": the central "ni" is "nay"
			if t2, u2, p2 := readDateBody(g, now); p2 == nil {
				if u2 != nil {
					u2.Input = string(quoted(s))
				}
				t, u, p = t2, u2, nil
			}
		} else if half, ok := saidTwice(s); ok {
			// "15/12/2026 15/12/2026": the date pasted twice
			if t2, u2, p2 := readDateBody(half, now); p2 == nil {
				if u2 != nil {
					u2.Input = string(quoted(s))
				}
				t, u, p = t2, u2, nil
			}
		}
	}
	if p != nil && (p.Key == "answer.not_a_date" || p.Key == "answer.date_not_one_day") {
		if t2, u2, p2, ok := dateRetryR9(s, now); ok {
			t, u, p = t2, u2, p2 // "ngay20thang12nam2026", "Dec 24, 2026" (dates_r9.go)
		}
	}
	if p != nil && (p.Key == "answer.not_a_date" || p.Key == "answer.date_not_one_day") {
		if t2, u2, p2, ok := dateOtherWays(s, now); ok {
			t, u, p = t2, u2, p2 // "28-Dec-2026", "hôm 28", "tuần trước, thứ tư" (dates_remark.go)
		}
	}
	if p != nil && p.Key == "answer.not_a_date" {
		if t2, u2, p2, ok := englishWeekdayFirst(s, now); ok {
			t, u, p = t2, u2, p2 // "Saturday, January 2, 2027" (dates_english_weekday.go)
		}
	}
	if p != nil && p.Key == "answer.not_a_date" || u != nil && (u.Key == "reading.date_sentence" || u.Key == "reading.date_note") {
		if t2, u2, p2, ok := oneDateInWords(s, now); ok {
			t, u, p = t2, u2, p2 // "18/11 ngày hội …", "20/12/2026 00:00:00" (dates_one_in_words.go)
		}
	}
	if p != nil && p.Key == "answer.not_a_date" || u != nil && u.Key == "reading.date_note" {
		if t2, u2, p2, ok := eventNoted(s, now); ok {
			t, u, p = t2, u2, p2 // "20/12/2026 (Giải bóng chuyền hơi nữ)" (dates_event_note.go)
		}
	}
	if p != nil && p.Key == "answer.not_a_date" {
		if g, ok := withoutFormItem(s); ok {
			if t2, u2, p2 := readDate(g, now); p2 == nil {
				t, u, p = t2, u2, nil // "1.5. Ngày tổ chức: 20/12/2026." (dates_event_note.go)
			}
		}
	}
	if p == nil && u == nil {
		u = dateDoubtR9(s) // "bữa kia", "20/12\n/2026" (dates_r9.go)
	}
	if p == nil && u == nil && t.Month() == time.January && t.Day() <= 10 && lunarLead(s) {
		u = &Unsure{Key: "reading.date_maybe_lunar", Input: string(quoted(s))}
	}
	if p == nil && afterToday(t, now) {
		if yp := yearTypedByHabit(t, now, s); yp != nil {
			return time.Time{}, nil, yp // "28/12/2027" on 05/01/2027 (dates_remark.go)
		}
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

// centralNi puts the central "ni" (this) in the northern "nay" after the
// words it follows in a date: "sáng ni", "hôm ni", "bữa ni", "tuần ni",
// "tháng ni", "năm ni". ok is false when there is none.
func centralNi(s string) (string, bool) {
	ws := strings.Fields(Normalize(s))
	found := false
	for i, w := range ws {
		if i > 0 && strings.EqualFold(strings.Trim(w, ".,!?"), "ni") && niBefore[Fold(strings.ToLower(ws[i-1]))] {
			ws[i] = strings.Replace(strings.ToLower(w), "ni", "nay", 1)
			found = true
		}
	}
	return strings.Join(ws, " "), found
}

// niBefore are the words, folded, that "ni" follows when it means "nay".
var niBefore = setOf("sang", "trua", "chieu", "toi", "dem", "hom", "bua", "hum", "tuan", "thang", "nam", "ngay", "sm", "buoi")

// saidTwice reports a reply that is the same words twice, and the words.
func saidTwice(s string) (string, bool) {
	ws := strings.Fields(Normalize(s))
	if len(ws)%2 != 0 || len(ws) == 0 {
		return "", false
	}
	a, b := strings.Join(ws[:len(ws)/2], " "), strings.Join(ws[len(ws)/2:], " ")
	return a, strings.TrimRight(a, ".,;") == strings.TrimRight(b, ".,;")
}
