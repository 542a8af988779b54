package reader

import "time"

// A weekday with its week named is a day, exact (the lead's policy of
// round twelve): "thứ 2 tuần này", "chủ nhật vừa rồi", "thứ 6 vừa qua",
// "thứ 2 tuần trước nữa" are counted from today and stored, as "hôm qua"
// is (dates_week_named_test.go). Still asked:
//   - a weekday of this week still to come, for an event held
//     (reading.date_future);
//   - a weekday alone ("thứ 6"): which Friday is a guess;
//   - "tuần trước" (last week) when that day of last week is also the
//     last such day: on a Tuesday "thứ 7 tuần trước" is the Saturday three
//     days back to some writers and the one ten days back to others who
//     say "thứ 7 vừa rồi" for the nearer one (batches J and V disagree).
//     "Thứ 2 tuần trước" on that Tuesday is only one day: stored.
func weekNamed(f string, t, now time.Time) bool {
	m := weekdayBack.FindStringSubmatch(f)
	if m == nil || m[4] == "" {
		return false
	}
	switch m[4] {
	case "tuan truoc", "tuan trc", "tuan roi", "tuan qua", "tuan vua roi", "tuan vua qua":
		last, _ := LastWeekday(f[:len(f)-len(m[4])-1], now) // the same day, no week named
		return !last.Equal(t)
	}
	return true
}
