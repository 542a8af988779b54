package reader

import "testing"

// Rule: a tens figure said short with "tư" ("ba tư") is certain and
// stored; with "lăm" or "mốt", or two plain digit words, it is offered.
func TestATensFigureSaidShortWithTuIsStored(t *testing.T) {
	checkReads(t, []readCase{
		{qActs, "ba tư", "= 34"},
		{qProgs, "hai tư chương trình", "= 24"},
		{qClubs, "bảy tư CLB", "= 74"},
		{qItems, "sáu tư tin bài", "= 64"},
		// offered as before
		{qActs, "hai lăm", "? 25"},
		{qActs, "hai mốt", "? 21"},
		{qActs, "bốn sáu", "? 46"},
		{qActs, "tư", "? 4"},
		{qActs, "hai tư nghìn", "? 24000"},
	})
}

func TestATensFigureSaidShortAtHouseholdsIsAsked(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "ba tư", "? 34"},
		{qPeople, "hai tư", "? 24"},
		{qVillages, "hai tư thôn", "? 24"},
	})
}
