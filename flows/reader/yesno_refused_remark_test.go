package reader

import "testing"

// Replies refused for their remark that a clerk reads
// (yesno_refused_remark.go).
func TestRefusedRemarksAClerkReads(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		// rule 1: the districts gone
		{"Đã có, kết nối với tỉnh (không còn cấp huyện)", "= có"},
		{"Có rồi. Huyện giải thể rồi nên kết nối thẳng lên tỉnh", "= có"},
		{"chưa, huyện giải thể rồi", "= không"},
		// rule 2: a yes, but how it works
		{"có nhưng đường truyền yếu", "? có reading.yes_no_but"},
		{"Có thì có nhưng ít khi họp", "? có reading.yes_no_but"},
		{"đã có nhưng màn hình nhỏ", "? có reading.yes_no_but"},
		{"có nhưng hỏng rồi", "!"}, {"có nhưng chưa dùng", "!"}, {"có nhưng mới ở thôn 1", "!"},
		// rule 3: how many of the thing
		{"02 điểm cầu", "? có reading.yes_no_count"}, {"1 điểm cầu truyền hình", "? có reading.yes_no_count"},
		{"0 điểm cầu", "? không reading.yes_no_count"}, {"2. Có", "!"},
		// rule 4: a no, then what was asked for
		{"Không, đã xin kinh phí", "= không"}, {"chưa, đã đề nghị tỉnh", "= không"},
		{"chưa, đã đề xuất, tỉnh đang xem", "= không"}, // a no and its plan, stored since round thirteen (yesno_no_reason.go)
		// rule 5: a reference, then the answer
		{"Căn cứ KH 12/KH-UBND, đã kết nối", "= có"}, {"Theo QĐ số 7, chưa có", "= không"},
		// rule 6: the rhetorical no refused by the words
		{"làm gì đã có", "= không"},
		// rule 7: the commune's answer beside a village's
		{"xã có rồi, thôn 4 chưa", "? có"}, {"buôn Đôn chưa, xã thì có", "? có"}, {"có, chưa", "!"},
	})
}
