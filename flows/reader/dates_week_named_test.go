package reader

import "testing"

// A weekday with its week named (dates_week_named.go), today Tuesday
// 05/01/2027.
func TestAWeekdayWithItsWeekIsExact(t *testing.T) {
	for _, c := range [][2]string{
		{"thứ hai tuần này", "= 2027-01-04"}, {"T2 tuần này", "= 2027-01-04"}, {"thứ 3 tuần này", "= 2027-01-05"},
		{"thứ 6 vừa qua", "= 2027-01-01"}, {"CN vừa rồi", "= 2027-01-03"}, {"thứ năm vừa rồi", "= 2026-12-31"},
		{"thứ 2 tuần trước", "= 2026-12-28"}, {"thứ 4 tuần trước nữa", "= 2026-12-23"},
		// still asked: to come, alone, or last week's that is also the last
		{"thứ 6 tuần này", "? 2027-01-08"}, {"thứ 6", "? 2027-01-01"}, {"thứ 4 tuần trước", "? 2026-12-30"},
	} {
		d, u, p := readDate(c[0], tuesday)
		got := "!"
		if p == nil {
			got = "= " + d.Format(DateLayout)
			if u != nil {
				got = "? " + d.Format(DateLayout)
			}
		}
		if got != c[1] {
			t.Errorf("%q: got %s, want %s", c[0], got, c[1])
		}
	}
}
