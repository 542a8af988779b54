package reader

import (
	"strings"
	"testing"
)

// readAt reads typed at q as the tables write it: "= v", "? v" or "!".
func readAt(q *Question, typed string) string {
	r := Read(q, typed, tuesday, "vi")
	v := strings.Join(r.Picks, ",")
	if r.Bool != nil {
		v = map[bool]string{true: "có", false: "không"}[*r.Bool]
	}
	switch {
	case r.Problem != nil:
		return "!"
	case r.Unsure != nil:
		return "? " + v
	}
	return "= " + v
}

// Rule 1 of remark_speaker.go: the answer, then a clause about the
// sender, is the answer; a clause that doubts it or names another option
// is no remark.
func TestTheAnswerThenTheSender(t *testing.T) {
	units := &Question{Type: TypeChoice, Options: r9Communes}
	acts := &Question{Type: TypeMulti, Options: r9Activities}
	for _, c := range []struct {
		q           *Question
		typed, want string
	}{
		{units, "xã Thành Tâm ạ, e là cán bộ VH", "= thanh_tam"},
		{units, "Em ở xã Thành Tâm ạ, em mới vào làm hợp đồng", "= thanh_tam"},
		{units, "Dạ Thành Công ạ, em gửi giúp chị Thảo", "= thanh_cong"},
		{units, "Phường An Bình, em nhận báo cáo thay anh Tú", "= an_binh"},
		{units, "An Bình, em là cán bộ Thành Công", "!"}, {units, "An Bình, em ở Thành Công", "!"},
		{units, "Thành Tâm, để em xem lại", "!"},
		{acts, "1 và 3 ạ, em hỏi chị Hương rồi", "= van_nghe,doc_sach"},
		{acts, "văn nghệ, thể thao ạ, em gửi thay chị Hà", "= van_nghe,the_thao"},
		{acts, "2 và 4, em là văn thư", "= the_thao,le_hoi"},
		{qPointLevels, "có nha anh, em hỏi chị Phó Chủ tịch rồi", "= có"},
		{qPointLevels, "chưa ạ, em hỏi anh Tuấn rồi", "= không"}, {qPointLevels, "có, em là văn thư", "= có"},
		{qPointLevels, "có, em hỏi lại", "!"},
	} {
		if got := readAt(c.q, c.typed); got != c.want {
			t.Errorf("%q: got %s, want %s", c.typed, got, c.want)
		}
	}
}

// Rule 2: an answer relayed is what was said after the word of saying;
// the sender's own "đã báo cáo" is no relay.
func TestAnAnswerRelayed(t *testing.T) {
	checkYNAt(t, qPointLevels, [][2]string{
		{"Đ/c Hùng xác nhận đã có", "= có"}, {"Đ/c Phó Chủ tịch chỉ đạo trả lời là chưa có", "= không"},
		{"Dạ em mới làm nên em hỏi anh văn phòng, anh bảo có rồi ạ", "= có"}, {"anh trưởng thôn nói là có rồi", "= có"},
		{"anh ấy bảo chắc là có", "? có"}, {"Đ/c Hùng bảo là để hỏi lại", "!"},
		{"em đã báo cáo anh rồi ạ", "! answer.yes_no_other_deed"},
	})
}
