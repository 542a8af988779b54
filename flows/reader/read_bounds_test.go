package reader

import "testing"

// A figure outside the question's bounds is refused whichever stage read
// it: a zero in words at a percentage of at least 10 (FuzzReadAnswer,
// round thirteen: "Chả nào").
func TestBoundsHoldForEveryStage(t *testing.T) {
	ten := 10.0
	q := &Question{Type: TypePercent, Min: &ten}
	for _, s := range []string{"Chả nào", "chả có", "0", "không có"} {
		if r := Read(q, s, tuesday, "vi"); r.Problem == nil {
			t.Errorf("%q at a percentage of at least 10: read %+v, want refused", s, r)
		}
	}
}
