package reader

import "testing"

// Then and now with the words of every region (yesno_then_now.go).
func TestThenAndNowInEveryRegion(t *testing.T) {
	for _, c := range [][2]string{
		// 1: the centre's "chừ" is now
		{"trước có, chừ chưa", "? không reading.yes_no_now"}, {"trước chưa, chừ có rồi", "? có reading.yes_no_now"},
		{"hồi trước không có, bây chừ có", "? có reading.yes_no_now"}, {"truoc co, chuwf chua", "? không reading.yes_no_now"},
		// 2: broken or gone now is a no now
		{"Trước có, chừ hư rồi", "? không reading.yes_no_now"}, {"trước có, giờ hỏng rồi", "? không reading.yes_no_now"},
		{"hồi trước có, hiện nay hư hỏng", "? không reading.yes_no_now"}, {"xã cũ có, giờ ngừng hoạt động", "? không reading.yes_no_now"},
		{"trước có, giờ thanh lý rồi", "? không reading.yes_no_now"},
		// not: no clause of before, or a now clause that says something else
		{"có, chừ chưa", "! answer.yes_no_ambiguous"}, {"trước có, chú chưa", "! answer.yes_no_ambiguous"}, {"trước có, giờ sao", "! answer.not_yes_no"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
