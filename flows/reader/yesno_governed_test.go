package reader

import "testing"

// Rule 1 of yesno_governed.go: a negation governs the thing named after
// it. In a note beside the answer it says nothing of the answer; as the
// whole answer it is no answer about the thing asked: asked, never stored.
func TestANegationGovernsTheThingAfterIt(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		// a note whose negation is about another thing: the answer before it
		{"Đã kết nối với tỉnh (không còn cấp huyện)", "= có"}, {"Đã lắp đặt (không có người vận hành riêng)", "= có"},
		{"có rồi (chưa có kinh phí duy trì)", "= có"}, {"Đã có điểm cầu (không còn huyện nữa)", "= có"},
		{"đã có ạ (không có kỹ thuật viên)", "= có"}, {"Chưa (không còn cấp huyện)", "= không"},
		// the whole answer about another thing: a no, asked
		{"Chưa có kinh phí", "? không"}, {"xã chưa có kinh phí", "? không"}, {"Chưa có nguồn vốn", "? không"},
		{"Không còn cấp huyện", "? không"}, {"Không có người vận hành", "? không"}, {"chưa có đường truyền ạ", "? không"},
		{"không có cán bộ vận hành anh ạ", "? không"}, {"chưa có máy tính", "? không"},
		// the thing asked named, or a no beside: stored as before
		{"Chưa có kinh phí đầu tư", "= không"}, {"Không có, chưa có kinh phí", "= không"}, {"chưa có điểm cầu ạ", "= không"},
		{"Không có kinh phí nên chưa thực hiện", "= không"}, {"chưa có", "= không"}, {"không có ai cả", "= không"},
	})
}

// Rule 2: "đã" and a deed that is not doing the thing asked is refused,
// unless another word says yes or no.
func TestADeedAboutTheThingIsNoYes(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"Đã báo cáo", "! answer.yes_no_other_deed"}, {"Đã báo cáo UBND huyện", "! answer.yes_no_other_deed"},
		{"đã gửi công văn lên tỉnh", "! answer.yes_no_other_deed"}, {"Dạ đã đề nghị tỉnh hỗ trợ", "! answer.yes_no_other_deed"},
		{"Xã đã xin kinh phí", "! answer.yes_no_other_deed"}, {"đã trình huyện phê duyệt", "! answer.yes_no_other_deed"},
		{"em đã báo cáo anh rồi ạ", "! answer.yes_no_other_deed"}, {"Đã gửi", "! answer.yes_no_other_deed"},
		{"Đã báo cáo, đã có điểm cầu", "= có"}, {"Chưa có, đã đề xuất", "= không"},
		{"đã xây dựng", "= có"}, {"Đã trang bị", "= có"}, {"đã đưa vào sử dụng", "= có"}, {"Đã lắp đặt", "= có"},
	})
}

// Rule 3: a word of degree is never stored.
func TestAWordOfDegreeIsAsked(t *testing.T) {
	for _, typed := range []string{"chưa hoàn toàn", "chưa hoàn chỉnh", "chưa hoàn thiện", "chưa đầy đủ", "cơ bản đã có",
		"cơ bản có rồi", "gần như có", "một phần", "có một phần", "Đã kết nối nhưng chưa hoàn toàn", "có nhưng chưa đồng bộ"} {
		if got := readYNAt(qPointLevels, typed); got[0] == '=' {
			t.Errorf("%q read %s, want it asked or refused", typed, got)
		}
	}
	checkYNAt(t, qPointLevels, [][2]string{
		{"chưa hoàn toàn", "? không"}, {"Đã trang bị đầy đủ", "= có"}, {"Đã lắp đặt hoàn chỉnh", "= có"},
		{"hoàn toàn chưa có", "= không"},
	})
}
