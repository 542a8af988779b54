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
		{"xong", YesAsk}, {"xong rồi", YesAsk}, {"không sai", YesAsk}, {"cóa", YesAsk},
		{"có đâu", NoAsk}, {"đâu có", NoAsk}, {"làm gì có", NoAsk}, {"có gì đâu", NoAsk}, {"khôg", NoAsk},
		{"không hẳn", Hedged}, {"chưa hẳn", Hedged}, {"có nhưng chưa hoàn thành", Hedged},
		{"đang triển khai", Hedged}, {"sắp có", Hedged}, {"có một phần", Hedged}, {"có lẽ", Hedged},
		{"không phải không có", Hedged}, {"dự kiến tháng sau", Hedged},
		{"1. Có", Yes}, {"2. Không", No}, {"1 - Có", Yes}, {"2. Có", Both}, {"1. Không", Both},
		{"đã đăng", NoRule}, {"có, à không", NoRule}, {"đã lắp", NoRule}, {"hoành tráng", NoRule},
	} {
		if got := YesNo(toks(c.typed)); got != c.want {
			t.Errorf("YesNo(%q) = %v, want %v", c.typed, got, c.want)
		}
	}
}
