package flows

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

func TestRanksAreOnExactFiguresAndTiesAreListedTogether(t *testing.T) {
	q := &Question{ID: "r", Type: TypePercent}
	us := map[string]*Unit{}
	var rk []Ranked
	for i, v := range []float64{90, 90, 85.24, 2011.0 / 2361 * 100, 83.3, 80, 80} {
		u := &Unit{Code: string(rune('a' + i)), Name: string(rune('A' + i))}
		us[u.Code] = u
		rk = append(rk, Ranked{Unit: u, Value: v})
	}
	sortRanked(rk, false)
	for i := range rk {
		if i > 0 && sameFigure(rk[i].Value, rk[i-1].Value) {
			rk[i].Rank = rk[i-1].Rank
		} else {
			rk[i].Rank = i + 1
		}
	}
	want := []int{1, 1, 3, 4, 5, 6, 6}
	for i, r := range rk {
		if r.Rank != want[i] {
			t.Errorf("%s: rank %d, want %d", r.Unit.Name, r.Rank, want[i])
		}
	}
	vals := make([]float64, len(rk))
	for i, r := range rk {
		vals[i] = r.Value
	}
	if d := Digits(q, vals); d != 2 {
		t.Errorf("digits %d, want 2 (85,24 and 85,18 both show 85,2)", d)
	}
	if d := Digits(q, []float64{90, 90, 85.2, 80}); d != 1 {
		t.Errorf("digits %d, want 1 when the shown figures differ", d)
	}
	top, bottom := topBottom(rk, 3)
	if len(top) != 3 || top[2].Unit.Name != "C" {
		t.Errorf("top %v", top)
	}
	if len(bottom) != 3 || bottom[0].Unit.Name != "F" || bottom[1].Unit.Name != "G" || bottom[2].Unit.Name != "E" {
		t.Errorf("bottom %v: want F, G (tied 6th, in order) then E", bottom)
	}
	allTied := []Ranked{{Unit: us["a"], Value: 5, Rank: 1}, {Unit: us["b"], Value: 5, Rank: 1}, {Unit: us["c"], Value: 5, Rank: 1}, {Unit: us["d"], Value: 5, Rank: 1}}
	if top, bottom := topBottom(allTied, 3); len(top) != 4 || bottom != nil {
		t.Errorf("all tied: top %d, bottom %v; want all four on top and no bottom list", len(top), bottom)
	}
	lines := rankedLines(q, allTied, 1)
	if got := locales.Render(locales.VI, lines[0]); got != "1. A, B, C, D: 5% (đồng hạng)" {
		t.Errorf("tied line %q", got)
	}
}
