package reader

import "testing"

// Rule: a share worked out in the answer is read when its parts give it.
func TestSharesWorkedOut(t *testing.T) {
	q := &Question{Type: TypePercent}
	for _, c := range []struct {
		typed string
		want  float64 // 0: refused
	}{
		{"1650/1772 hộ = 93,1%", 93.1},
		{"1.650/1.772 = 93,1%", 93.1},
		{"1650 / 1772 x 100 = 93,12%", 93.12},
		{"1650/1772 = 93%", 93},
		{"1650/1772 hộ = 95,2%", 0}, // the parts give 93,1
		{"1650/1772 = 93,2 %", 0},   // a decimal off
		{"1650/0 = 93,1%", 0},       // no share of nothing
		{"93,1%%", 93.1},            // the sign typed twice is one
	} {
		r := Read(q, c.typed, tuesday, "vi")
		switch {
		case c.want == 0 && r.Problem == nil:
			t.Errorf("Read(%q) = %v, want refused", c.typed, *r.Num)
		case c.want != 0 && (r.Problem != nil || *r.Num != c.want):
			t.Errorf("Read(%q) = %v %v, want %v", c.typed, r.Num, r.Problem, c.want)
		}
	}
}
