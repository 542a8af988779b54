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

// Rules 4 and 5 of yesno_retried.go: "tuy nhiên" is "nhưng"; an office's
// frame before the answer is passed over, a frame alone stays refused.
func TestAnOfficesButAndFrame(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"Đã có, tuy nhiên thiết bị đã xuống cấp", "? có"}, {"Đã có, nhưng thiết bị đã xuống cấp", "? có"},
		{"có, song chưa dùng", "?!"},
		{"Thực hiện Công văn số 123/SVHTTDL-QLVH, UBND xã đã lắp đặt hoàn thành điểm cầu", "= có"},
		{"Căn cứ Kế hoạch số 45, xã đã có", "= có"}, {"Theo báo cáo số 12, chưa", "= không"},
		{"theo KH số 45", "!"}, {"Thực hiện Kế hoạch số 45, xã đang triển khai", "?!"},
	})
}
