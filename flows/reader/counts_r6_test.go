package reader

import "testing"

// Rule: a count typed as this year or last year alone is asked (it may be
// the report's year typed in the figure's place); any other figure, or
// the year with a unit or grouped, is a count. Today is 05/01/2027.
func TestAYearAloneIsAsked(t *testing.T) {
	checkReads(t, []readCase{
		{qUnits, "2026", "? 2026"},
		{qUnits, "2027", "? 2027"},
		{qHouseholds, "2026.", "? 2026"},
		{qHouseholds, "2025", "= 2025"},
		{qHouseholds, "2028", "= 2028"},
		{qHouseholds, "2026 hộ", "= 2026"},
		{qHouseholds, "2.026", "= 2026"},
		{qHouseholds, "12026", "= 12026"},
	})
}
