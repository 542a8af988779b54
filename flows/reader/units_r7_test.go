package reader

import "testing"

// A figure with a unit of another kind than the question's is another
// figure: refused naming what is asked, never offered (the lead's policy,
// round seven). A unit cut to its first letter may be the question's own
// and is offered; a unit of the question's kind is stored.
func TestAUnitOfAnotherKindIsRefused(t *testing.T) {
	checkReads(t, []readCase{
		{qPeople, "3.126 hộ", "!"},
		{qPeople, "3126 hộ gia đình", "!"},
		{qPeople, "3.126 hộ ạ", "!"},
		{qClubs, "23 thôn", "!"},
		{qClubs, "23 thôn nhé", "!"},
		{qHouseholds, "2847 người", "!"},
		{qHouseholds, "2.847 nhân khẩu", "!"},
		{qVillages, "12 hộ", "!"},
		{qContests, "8 CLB", "!"},
		{qFiles, "45 hộ", "!"},
		{qHouseholds, "4518 h", "? 4518"},
		{qPeople, "3.126 người", "= 3126"},
		{qClubs, "23 CLB", "= 23"},
		{qVillages, "12 thôn", "= 12"},
	})
}

// Digits on either side of a closing bracket are two figures, never one
// grouped by thousands: "3) 186" is an item's number and a figure, refused
// rather than read 3186. A label with its number ("Câu 3) 186") is read.
func TestABracketBetweenFiguresSeparatesThem(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "3) 186 hộ", "!"},
		{qHouseholds, "3) 186", "!"},
		{qHouseholds, "(3) 186", "!"},
		{qHouseholds, "2 ) 4.120", "!"},
		{qHouseholds, "1] 300 hộ", "!"},
		{qHouseholds, "a) 186 hộ", "= 186"},
		{qHouseholds, "Câu 3) 186 hộ", "= 186"},
		{qHouseholds, "4.120 (hộ)", "= 4120"},
		{qHouseholds, "(4.120)", "= 4120"},
		{qHouseholds, "4.120 (4120)", "? 4120"},
	})
}
