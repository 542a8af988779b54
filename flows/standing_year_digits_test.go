package flows

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/baocao/baocao/locales"
)

// A printed change is the difference of the printed figures: a reader who
// subtracts what is on the screen finds the change the screen prints.
func TestAPrintedChangeIsTheDifferenceOfThePrintedFigures(t *testing.T) {
	pct := &Question{ID: "p", Type: TypePercent}
	now, then := 4300.0/5420*100, 4165.0/5309*100 // Ngọc Trạo 2025 against its old units' 2024
	d := CompareDigits(pct, now, then)
	got := []string{
		locales.Render(locales.VI, FigureDigits(pct, now, d)),
		locales.Render(locales.VI, FigureDigits(pct, then, d)),
		locales.Render(locales.VI, ChangeDigits(pct, now-then, d)),
	}
	want := []string{"79,336%", "78,452%", "▲ 0,884 điểm phần trăm"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("printed %q, want %q", got[i], want[i])
		}
	}

	// Over many pairs of shares the printed difference agrees, or, where
	// no decimal or two more can make it agree (repeating decimals), the
	// figures keep their usual decimals and are off by one in the last
	// place at most: never more decimals that still disagree.
	agreed := 0
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		a, b := float64(rng.IntN(6000)), float64(1+rng.IntN(6000))
		c, e := float64(rng.IntN(6000)), float64(1+rng.IntN(6000))
		now, then := min(a, b)/b*100, min(c, e)/e*100
		d := CompareDigits(pct, now, then)
		n := parseShown(t, locales.Render(locales.VI, FigureDigits(pct, now, d)))
		th := parseShown(t, locales.Render(locales.VI, FigureDigits(pct, then, d)))
		ch := locales.Render(locales.VI, ChangeDigits(pct, now-then, d))
		var moved float64
		switch {
		case strings.HasPrefix(ch, "▲"):
			moved = parseShown(t, ch)
		case strings.HasPrefix(ch, "▼"):
			moved = -parseShown(t, ch)
		}
		switch off := math.Abs((n - th) - moved); {
		case off < 1e-9:
			agreed++
		case d != DigitsApart(pct, now, []float64{then}) || off > math.Pow(10, -float64(d))+1e-9:
			t.Fatalf("%v against %v: printed %v and %v (%d decimals) but a change of %q", now, then, n, th, d, ch)
		}
	}
	if agreed < 4500 {
		t.Errorf("only %d of 5000 printed changes are the difference of their printed figures", agreed)
	}
}

// parseShown reads the first figure of a Vietnamese rendering ("79,336%",
// "▲ 0,884 điểm phần trăm").
func parseShown(t *testing.T, s string) float64 {
	t.Helper()
	f := strings.FieldsFunc(s, func(r rune) bool { return !(r >= '0' && r <= '9' || r == ',' || r == '.') })
	if len(f) == 0 {
		t.Fatalf("no figure in %q", s)
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(f[0], ".", ""), ",", "."), 64)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	return v
}
