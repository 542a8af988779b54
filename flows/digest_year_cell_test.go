package flows

import (
	"math"
	"strings"
	"testing"

	"github.com/baocao/baocao/locales"
)

// The web table prints the total's figure and, under it, the same period a
// year earlier with the change ("80,3%, ▲ 2,4 điểm %"): a reader who
// subtracts the two printed figures finds the printed change. 82,66% against
// 80,34% was printed 82,7% and 80,3%, ▲ 2,3.
func TestTheYearCellsChangeIsTheDifferenceOfThePrintedFigures(t *testing.T) {
	pct := &Question{ID: "p", Type: TypePercent}
	for _, c := range [][2]float64{{82.66, 80.34}, {4300.0 / 5420 * 100, 4165.0 / 5309 * 100}, {90.04, 88.46}} {
		now, then := c[0], c[1]
		d := Digest{
			Lines: []DigestLine{{Question: pct, Agg: Aggregate{Value: now, Units: 3}}},
			Year:  &YearView{Lines: []YearLine{{Compare: Compare{Now: now, Then: then, Units: 3, Of: 3}, Has: true}}},
		}
		digits := d.YearDigits(0, DigitsApart(pct, now, nil))
		shownNow := parseShown(t, locales.Render(locales.VI, FigureDigits(pct, now, digits)))
		m, ok := d.YearCell(0, digits)
		if !ok {
			t.Fatal("no year cell")
		}
		cell := locales.Render(locales.VI, m)
		then_, change, _ := strings.Cut(cell, ", ")
		shownThen := parseShown(t, then_)
		moved := parseShown(t, change)
		if strings.HasPrefix(change, "▼") {
			moved = -moved
		}
		if math.Abs((shownNow-shownThen)-moved) > 1e-9 {
			t.Errorf("%v against %v: printed %v above %q", now, then, shownNow, cell)
		}
	}
}
