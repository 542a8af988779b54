package reader

import "testing"

// Rules: how offices say yes and no; negation and hedging turned around.
func TestYesAndNoTheWayOfficesSayThem(t *testing.T) {
	for _, c := range []struct {
		typed string
		want  Verdict
	}{
		{"đã thực hiện", Yes}, {"đã triển khai", Yes}, {"đã tổ chức", Yes}, {"đã có", Yes},
		{"đã thực hiện xong", Yes}, {"đã tổ chức rồi", Yes}, {"đã hoàn thành", Yes}, {"có tổ chức", Yes},
		{"thực hiện rồi", Yes}, {"triển khai xong", Yes}, {"có, đã triển khai", Yes}, {"hiện đã có", Yes},
		{"rồi", Yes}, {"có rồi", Yes},
		{"chưa thực hiện", No}, {"chưa triển khai", No}, {"không tổ chức", No}, {"chưa có", No},
		{"chưa thực hiện được", No}, {"hiện chưa có", No}, {"xã chưa có", No}, {"không, chưa có", No},
		{"khônggg", No},
		{"xong", Yes}, {"xong rồi", Yes}, {"không sai", YesAsk}, {"cóa", Yes}, {"khôg", No}, {"khôg ạ", No},
		{"có đâu", NoAsk}, {"đâu có", NoAsk}, {"làm gì có", NoAsk}, {"có gì đâu", NoAsk}, {"khog co", No},
		{"không hẳn", Hedged}, {"chưa hẳn", Hedged}, {"có nhưng chưa hoàn thành", Hedged},
		{"đang triển khai", Hedged}, {"sắp có", Hedged}, {"có một phần", Hedged}, {"có lẽ", Hedged},
		{"không phải không có", YesAsk}, {"không phải không muốn", Hedged}, {"dự kiến tháng sau", Hedged},
		{"1. Có", Yes}, {"2. Không", No}, {"1 - Có", Yes}, {"2. Có", Both}, {"1. Không", Both},
		{"đã đăng", NoRule}, {"có, à không", NoAsk}, {"có, không", NoRule}, {"đã nộp", NoRule}, {"hoành tráng", NoRule},
		// rule 4: a no, then what is under way
		{"chưa, đang xin kinh phí", No}, {"chưa có, dự kiến quý 3", No}, {"không, sẽ lắp năm sau", No},
		{"có, đang chạy thử", Hedged}, {"đang xin kinh phí, chưa có", Hedged}, {"chưa, có một phần", Hedged},
		// rule 3: a half is neither; "nữa" (more) is not "nửa" (half)
		{"có 1 nửa", Hedged}, {"có một nửa thôn", Hedged}, {"có nữa", NoRule}, // left to the word reader, which reads có
		// rule 8: a yes, then that it works
		{"đã có, đang hoạt động tốt", Yes}, {"có, vẫn đang sử dụng", Yes}, {"có, đang sửa", Hedged},
		{"chưa, xã đang đề xuất", No}, {"có, đang dừng", Hedged},
		// rule 5: equipment and works
		{"đã lắp đặt", Yes}, {"đã lắp đặt xong ạ", Yes}, {"đã đưa vào sử dụng", Yes}, {"đã trang bị", Yes},
		{"chưa lắp đặt", No}, {"đã hoàn thành lắp đặt", Yes}, {"đã tổ chức thực hiện", Yes}, {"chưa đưa vào sử dụng", No}, {"đang lắp đặt", Hedged},
		// rule 6: stress and reporting words
		{"tất nhiên là có", Yes}, {"đương nhiên có", Yes}, {"em báo cáo là xã đã có", Yes},
		{"báo cáo là chưa có", No}, {"chắc chắn là không", No},
	} {
		if got := YesNo(toks(c.typed)); got != c.want {
			t.Errorf("YesNo(%q) = %v, want %v", c.typed, got, c.want)
		}
	}
}

// Rule: an emoji alone is at most asked back, never stored: in a chat "👍"
// may mean "seen". Beside a word it only stresses it.
func TestAnEmojiAloneIsAskedBack(t *testing.T) {
	q := &Question{Type: TypeYesNo}
	for _, c := range []struct {
		typed string
		yes   bool
		asked bool
	}{
		{"👍", true, true}, {"👍🏻", true, true}, {"👌", true, true}, {"👍👍", true, true},
		{"✅", true, true}, {"👎", false, true}, {"❌", false, true}, // a mark alone (policy of round seven)
		{"có 👍", true, false}, {"👍 có ạ", true, false}, {"không ❌", false, false},
	} {
		r := Read(q, c.typed, tuesday, "vi")
		switch {
		case r.Problem != nil || r.Bool == nil:
			t.Errorf("Read(%q) refused: %v", c.typed, r.Problem)
		case *r.Bool != c.yes || (r.Unsure != nil) != c.asked:
			t.Errorf("Read(%q) = %v, asked %v; want %v, asked %v", c.typed, *r.Bool, r.Unsure != nil, c.yes, c.asked)
		}
	}
}
