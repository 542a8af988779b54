package reader

import "testing"

func TestAnEnglishWeekdayBeforeTheDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Monday, December 28, 2026", "= 2026-12-28"}, {"sunday, Jan 3, 2027", "= 2027-01-03"},
		{"Friday, January 2, 2027", "!"}, // the 2nd was a Saturday
	})
}
