package reader

import "testing"

// Round fourteen: a line break in a yes/no answer is a comma, tried when
// the whole is refused (read.go); English "not yet" is "chưa", offered as
// "no" alone is (yesno_r8.go).
func TestALineBreakIsACommaAndNotYetIsNo(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"chưa\nđang chờ kinh phí ạ", "= không"}, {"Chưa\nđang chờ tỉnh đầu tư", "= không"},
		{"có\nlắp năm 2024", "= có"}, {"có\nkhông", "!"}, {"chưa\nđã xin kinh phí rồi", "= không"},
		{"not yet", "? không reading.no_english"}, {"Not yet ạ", "? không reading.no_english"},
	})
}
