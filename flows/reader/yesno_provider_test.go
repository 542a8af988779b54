package reader

import "testing"

// Who provided the thing is read through; "mà báo" after a rhetorical no
// and a reason before "nên" leave the no as it is (yesno_provider.go,
// yesno_rhetoric.go, yesno_no_reason.go).
func TestProviderReasonAndNothingToReport(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"Xã đã được Sở Khoa học và Công nghệ đầu tư điểm cầu", "= có"},
		{"Xã đã được Viettel hỗ trợ lắp đặt", "= có"}, {"chưa được tỉnh cấp", "= không"},
		{"có đâu mà báo", "= không"}, {"có đâu mà báo cáo anh", "= không"}, {"làm gì có mà báo", "= không"},
		{"Không có kinh phí nên chưa thực hiện", "= không"}, {"thiếu kinh phí nên chưa lắp", "= không"},
		{"huyện chưa cấp nên chưa có", "= không"},
		{"có thiết bị nên chưa lắp", "!"}, {"thôn em chưa có sóng 4G nên chưa", "? không"},
	})
}
