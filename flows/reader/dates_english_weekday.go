package reader

import (
	"strings"
	"time"

	"github.com/baocao/baocao/locales"
)

// A date a phone set to English writes in full: the weekday, then the
// date ("Saturday, January 2, 2027"). The weekday is taken off and the
// date read as "January 2, 2027" is; when the two disagree the reply is
// refused, as "thứ 2, 15/1/2024" on another day is (dates_english_weekday_test.go).
var englishWeekdays = map[string]time.Weekday{"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday}

func englishWeekdayFirst(s string, now time.Time) (time.Time, *Unsure, *locales.Msg, bool) {
	head, rest, ok := strings.Cut(strings.TrimSpace(s), ",")
	wd, named := englishWeekdays[strings.ToLower(strings.TrimSpace(head))]
	if !ok || !named {
		return time.Time{}, nil, nil, false
	}
	t, u, p := readDate(strings.TrimSpace(rest), now)
	if p != nil {
		return time.Time{}, nil, nil, false
	}
	if t.Weekday() != wd {
		return time.Time{}, nil, problem("answer.dates_disagree", "input", quoted(s)), true
	}
	if u != nil {
		u.Input = string(quoted(s))
	}
	return t, u, nil, true
}
