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

// Rule: none said the South's way ("hổng có … nào hết") is 0, confirmed,
// as "không có … nào" is.
func TestNoneSaidTheSouthsWay(t *testing.T) {
	procs := countQ("Số thủ tục dịch vụ công trực tuyến cấp xã?", "thủ tục")
	checkReads(t, []readCase{
		{procs, "hổng có thủ tục nào hết", "? 0"},
		{procs, "hông có thủ tục nào", "? 0"},
		{procs, "hong co thu tuc nao het", "? 0"},
		{procs, "hok có cái nào", "? 0"},
		{procs, "hổng có thủ tục nào, 3 thủ tục", "!"},
	})
}
