package reader

import "testing"

// The centre's and the south's words around a yes or a no are read
// through (yesno_regional.go); a question back is still asked.
func TestRegionalWordsAroundAYesOrANo(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"có hà", "= có"}, {"có rồi nghe eng", "= có"}, {"có rồi nghen", "= có"}, {"đã có rồi tề", "= có"},
		{"rứa là có rồi", "= có"}, {"vậy là chưa", "= không"}, {"thế là có rồi nhé", "= có"},
		{"chưa có mô eng ơi", "= không"}, {"không có mô", "= không"}, {"chưa nghe", "= không"},
		{"nỏ có", "= không"}, {"nỏ có mô", "= không"}, {"Nỏ có eng", "= không"},
		{"roài", "= có"}, {"có roài", "= có"}, {"có mô eng", "= không"},
		// the commune's public service centre is its own place
		{"Đã có 01 điểm cầu tại Trung tâm PVHCC xã", "= có"},
		{"Đã có điểm cầu tại Trung tâm phục vụ hành chính công xã", "= có"},
		// unchanged: a question back, a word without its marks
		{"có hà?", "?!"}, {"có rồi nghe?", "?!"},
	})
}
