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
