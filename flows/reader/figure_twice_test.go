package reader

import (
	"testing"
	"time"

	"github.com/baocao/baocao/locales"
)

// Rule: digits that are one group of two or more repeated exactly,
// ungrouped, with a unit or none, are one figure sent twice: refused,
// saying so and how to type the number if it is meant. Grouped, it is a
// figure; a single digit repeated, two figures, a date are not this.
func TestAFigureTypedTwiceIsRefused(t *testing.T) {
	checkReads(t, []readCase{
		{qClubs, "1212", "!"},
		{qFiles, "356356", "!"},
		{qProgs, "2424", "!"},
		{qHouseholds, "12451245", "!"},
		{qHouseholds, "1212 hộ", "!"},
		{qHouseholds, "1212hộ", "!"},
		{qPeople, "Dạ 45804580 người ạ", "!"},
		{qVillages, "1818 thôn", "!"},
		{qHouseholds, "38123812 ho65", "!"}, // VNI keys left in the unit
		{qProgs, "3636 chu7o7ng trinh2", "!"},
		{qUnits, "3535 đơn vị", "!"},
		{qActs, "100100", "!"},
		{qShare, "9393", "!"},
		// not a figure twice
		{qHouseholds, "1.212", "= 1212"},
		{qHouseholds, "1.212 hộ", "= 1212"},
		{qFiles, "356.356", "= 356356"},
		{qClubs, "11", "= 11"},
		{qClubs, "333", "= 333"},
		{qHouseholds, "1213", "= 1213"},
		{qHouseholds, "12345", "= 12345"},
		{qHouseholds, "1245 1245", "? 1245"}, // may be one figure grouped by a space
		{qCultured, "3030\n3030", "= 3030"},
	})
}

// The message names the figure once and the grouped way to type it.
func TestAFigureTypedTwiceSaysHowToTypeIt(t *testing.T) {
	r := Read(qHouseholds, "12451245", time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone), locales.VI)
	if r.Problem == nil || r.Problem.Key != "answer.figure_twice" {
		t.Fatalf("got %+v, want answer.figure_twice", r)
	}
	w, h, ok := figureTwice("12451245")
	if !ok || h != "1245" || groupedWithDots(w) != "12.451.245" {
		t.Errorf("got %q %q %v", w, h, ok)
	}
	if g := groupedWithDots("1212"); g != "1.212" {
		t.Errorf("grouped 1212: %q", g)
	}
}

// A spreadsheet's cell holds the figure as the spreadsheet has it: "3333"
// imported is 3333, never a figure typed twice.
func TestACellIsNeverAFigureTypedTwice(t *testing.T) {
	now := time.Date(2027, 1, 5, 9, 0, 0, 0, locales.Zone)
	if r := ReadCell(qHouseholds, "3333", now, locales.VI); r.Problem != nil || r.Num == nil || *r.Num != 3333 {
		t.Errorf("cell 3333: got %+v", r)
	}
	if r := Read(qHouseholds, "3333", now, locales.VI); r.Problem == nil {
		t.Errorf("typed 3333: got %+v, want refused", r)
	}
}
