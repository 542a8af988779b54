package reader

import "testing"

// Asking only with a reason (yesno_reason.go): a yes or a no with a remark
// that only describes it is stored; a remark with a reason in it (a hedge,
// a plan, a condition, a part, a "but", the thing broken, another's, a
// lack, a question) is still asked or refused.
func TestAYesOrNoWithARemarkIsStored(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		// the office's yes: "đã" and the question's verb, or a verb of work
		{"Đã kết nối rồi", "= có"}, {"đã kết nối xong", "= có"}, {"Dạ đã kết nối ạ", "= có"},
		{"Đã lắp đặt điểm cầu", "= có"}, {"Có rồi, lâu rồi", "= có"}, {"có từ lâu rồi anh", "= có"},
		// where it is, how it connects, since when
		{"Có, đặt tại phòng họp UBND xã", "= có"}, {"Dạ có ạ, ở hội trường xã", "= có"},
		{"Có (kết nối với tỉnh qua đường truyền chuyên dùng)", "= có"}, {"có, kết nối tỉnh từ năm 2025", "= có"},
		{"Đã có (đặt tại hội trường UBND xã)", "= có"},
		// since 07/2025 the province is the level above: "với tỉnh" is all
		{"có, kết nối với tỉnh", "= có"}, {"Đã kết nối với tỉnh", "= có"},
		{"có, kết nối tỉnh (huyện đã giải thể)", "= có"},
		// a no, then why or what is asked for
		{"Chưa (chưa thực hiện)", "= không"}, {"Chưa có, xã đề nghị tỉnh hỗ trợ", "= không"},
		{"Kính gửi anh, xã em chưa có ạ", "= không"}, {"không, do xã chưa có kinh phí", "= không"},
		{"giờ thì chưa", "= không"},
	})
}

func TestARemarkWithAReasonIsStillAsked(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"Có, nhưng chưa dùng", "?!"}, {"có, đang chạy thử", "?!"}, {"Có, kết nối với huyện", "?!"},
		{"đã có, thiết bị hỏng rồi", "?!"}, {"có, chỉ nghe được", "?!"}, {"có, nếu tính cả loa", "?!"},
		{"có, một số thôn thôi", "?!"}, {"có ở thôn 3", "?!"}, {"Đã đề xuất, chờ phê duyệt", "?!"},
		{"đã xin chủ trương", "?!"}, {"có, thiếu màn hình", "?!"}, {"có 2", "?!"},
		{"chưa sử dụng", "?!"}, {"chưa có phòng riêng", "?!"}, {"Không đủ thiết bị", "?!"},
		{"chưa có người vận hành", "?!"}, {"có con mèo", "?!"}, {"Hoàn thành 80%", "?!"},
		{"đã kết nối?", "?!"}, {"có thì có", "?!"},
	})
}

// Another body's equipment is neither yes nor no; the commune's own hall
// is its own.
func TestBorrowedEquipmentIsRefused(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"Chưa, dùng chung với UBND phường bên cạnh", "! answer.yes_no_hedged"},
		{"có, dùng chung của trường THCS", "! answer.yes_no_hedged"},
		{"Đã có, sử dụng chung với xã bên", "! answer.yes_no_hedged"},
		{"Không có riêng, mượn của trung tâm văn hóa", "! answer.yes_no_hedged"},
		{"Có, dùng chung phòng họp của UBND xã", "= có"},
		{"Đã có - dùng chung hội trường xã", "= có"},
	})
}
