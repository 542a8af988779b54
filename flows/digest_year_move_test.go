package flows

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// A rise or fall line reads as the subtraction of its two figures as they
// are shown: the figures take one or two more decimals when rounding each
// alone would show a difference that is not the move.
func TestAMoveReadsAsTheDifferenceOfItsShownFigures(t *testing.T) {
	pct := &Question{ID: "ty_le", Type: TypePercent}
	cases := []struct {
		then, now float64
		want      string
	}{
		{88.46, 90.04, "• Xã A: 88,46% → 90,04% (+1,58 điểm phần trăm)"}, // 88,5 → 90,0 would read +1,5 beside +1,6
		{88.4, 90.1, "• Xã A: 88,4% → 90,1% (+1,7 điểm phần trăm)"},
		{91.99, 92.0, "• Xã A: 91,99% → 92,00% (+0,01 điểm phần trăm)"},
		{93.14, 92.01, "• Xã A: 93,1% → 92% (−1,1 điểm phần trăm)"},
		// Two more when one more still reads off (98,92 − 89,55 = 9,37).
		{98.915, 89.552, "• Xã A: 98,915% → 89,552% (−9,363 điểm phần trăm)"},
		// Where no length agrees (repeating decimals), the usual one: the
		// move is the exact one, rounded, never 88,5 − 19,4.
		{100.0 * 7 / 36, 100.0 * 1327 / 1500, "• Xã A: 19,4% → 88,5% (+69 điểm phần trăm)"},
	}
	for _, c := range cases {
		m := Move{Unit: &Unit{Name: "Xã A"}, Compare: Compare{Then: c.then, Now: c.now, Units: 1, Of: 1}}
		got := locales.Render(locales.VI, moveLines(pct, []Move{m})[0])
		if got != c.want {
			t.Errorf("%v → %v: got %q, want %q", c.then, c.now, got, c.want)
		}
	}
}
