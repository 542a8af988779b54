package reader

import (
	"testing"

	"github.com/baocao/baocao/locales"
)

// A count far beyond what one commune or ward has is asked, never
// stored; below the bound, and at a question with its own maximum, it is
// read as before (figure_bounds.go).
func TestACountBeyondOneCommuneIsAsked(t *testing.T) {
	checkReads(t, []readCase{
		{qPeople, "1.245.300", "? 1245300"},
		{qPeople, "1.245.300 người", "? 1245300"},
		{qPeople, "Dân số: 987.654", "? 987654"},
		{qPeople, "105.320", "= 105320"},
		{qPeople, "450.000 người", "= 450000"},
		{qHouseholds, "312.456 hộ", "? 312456"},
		{qHouseholds, "32.657 hộ", "= 32657"},
		{qVillages, "2.345 thôn", "? 2345"},
		{qVillages, "120 thôn", "= 120"},
		{qClubs, "12.000 CLB", "? 12000"},
		{qContests, "4.200 giải", "? 4200"},
		{qFiles, "12.500 hồ sơ", "= 12500"}, // applications have no bound here
		{qActs, "5.000", "= 5000"},          // no unit, no bound
	})
	limit := 2_000_000.0
	q := &Question{Type: TypeInt, Label: locales.T("Dân số?", ""), Unit: locales.T("người", ""), Max: &limit}
	checkReads(t, []readCase{{q, "1.245.300", "= 1245300"}})
}

// Rule: a figure typed twice without a break is refused, saying so
// (round thirteen, figure_twice.go: "1212" at a count is as likely the
// same figure twice as "23142314" is, and offering the half guesses).
func TestAFigurePastedTwiceWithoutABreak(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "23142314", "!"},
		{qCultured, "30503050", "!"},
		{qHouseholds, "2314", "= 2314"},
		{qHouseholds, "12341235", "? 12341235"}, // beyond a commune, not one figure twice
	})
}
