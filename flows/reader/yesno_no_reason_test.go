package reader

import "testing"

// A plain no, then why or what is planned, is stored; a yes, a part, a
// thing shared, a correction or a question in the remark leaves it to the
// other rules (yesno_no_reason.go).
func TestANoWithItsReasonIsStored(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"Chưa (chưa bố trí được kinh phí)", "= không"}, {"Không (do thiếu kinh phí)", "= không"},
		{"Chưa có (đã đề xuất UBND huyện hỗ trợ)", "= không"}, {"chưa - đang chờ tỉnh cấp thiết bị", "= không"},
		{"Chưa (sẽ đầu tư năm 2028)", "= không"}, {"không, xã vẫn họp qua điện thoại", "= không"},
		{"chưa, mới có loa với máy tính thôi", "= không"}, {"Ko (chưa có kinh phí)", "= không"},
		// left to the other rules
		{"Không, có rồi", "?!"}, {"chưa, à nhầm, có rồi", "?!"}, {"chưa (đã lắp một phần)", "!"},
		{"không, chỉ có phòng họp của Đảng ủy", "?!"}, {"Chưa, dùng chung với UBND phường bên cạnh", "!"},
		{"Không, nhưng xã có phòng họp trực tuyến", "?!"}, {"chưa (dự kiến khi nào?)", "?!"},
		{"có đâu, xã nghèo lắm", "? không"}, {"Không, xã dùng điểm cầu của huyện", "?!"},
		{"Chưa (chờ kinh phí của tỉnh)", "?!"}, {"chưa, thôn 3 có rồi", "?!"},
	})
}
