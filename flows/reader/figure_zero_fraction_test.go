package reader

import "testing"

// Rule: a count of four digits or more, not grouped, with ",0" after it
// may be 12450 with a slip of the comma: asked. Grouped ("1.245,0") it is
// a spreadsheet's, read.
func TestAZeroFractionAtACount(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "2310,0", "? 2310"},
		{qHouseholds, "2310,0 hộ", "? 2310"},
		{qHouseholds, "2.310,0", "= 2310"},
		{qClubs, "12,0", "= 12"},
	})
}
