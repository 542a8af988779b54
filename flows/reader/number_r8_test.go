package reader

import "testing"

// Policy 4 (round eight): a figure mixing the two conventions, commas
// for thousands and a dot before the fraction, is offered, never stored;
// at a decimal question a comma before exactly three digits is offered as
// the decimal. The Vietnamese forms stay stored.
func TestMixedMarksAndACommaBeforeThreeDigitsAreOffered(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"dec", "1,234.5", "? 1234.5", "reading.english_marks"},
		{"dec", "12,345.67", "? 12345.67", "reading.english_marks"},
		{"dec", "1,234,567.5", "? 1234567.5", "reading.english_marks"},
		{"ha", "1,234.5 ha", "? 1234.5", "reading.english_marks"},
		{"dec", "12,345", "? 12.345", "reading.comma_three_decimal"},
		{"ha", "1,250 ha", "? 1.25", "reading.comma_three_decimal"},
		{"ha", "dạ 2,500 ha", "? 2.5", "reading.comma_three_decimal"},
		{"dec", "1.234,5", "= 1234.5", ""},
		{"dec", "12,34", "= 12.34", ""},
		{"dec", "12,3456", "= 12.3456", ""},
		{"ha", "2,5 ha", "= 2.5", ""},
		{"dec", "0,125", "= 0.125", ""}, // no thousands begin with 0
		{"pct", "93,5%", "= 93.5", ""},
		{"ho", "1,234.5", "!", ""}, // a fraction is no count either way
	})
}

// Policy 5: at a count of households or people, a figure in the millions
// ending in 000 is refused as looking like money. Other counts, and
// figures not ending in 000, are read as before.
func TestAMillionRoundFigureIsNoHouseholdCount(t *testing.T) {
	const money = "answer.count_looks_like_money"
	checkRuleCases(t, []ruleCase{
		{"ho", "1.840.000", "!", money},
		{"ho", "2.000.000 hộ", "!", money},
		{"ho", "1 000 000", "!", money},
		{"ho", "dạ 3.500.000", "!", money},
		{"ho", "một triệu hai trăm nghìn", "!", money},
		// Not money, but more households than one commune has: asked
		// (round ten, figure_bounds.go).
		{"ho", "1.840.001", "? 1840001", "reading.beyond_commune"},
		{"ho", "840.000", "? 840000", "reading.beyond_commune"},
		{"hs", "1.840.000", "= 1840000", ""},
		{"dec", "1.840.000", "= 1840000", ""},
	})
}

// Policy 6: a count said in words that reads as a year (no digit, number
// words only, 1900 to next year) is offered like "2026" typed alone; with
// a unit, or outside those years, it is a count.
func TestAYearInWordsAtACountIsOffered(t *testing.T) {
	const year = "reading.maybe_year"
	checkRuleCases(t, []ruleCase{
		{"ho", "hai nghìn không trăm mười lăm", "? 2015", year},
		{"ho", "hai ngàn không trăm hai mươi sáu", "? 2026", year},
		{"clb", "một nghìn chín trăm chín mươi", "? 1990", year},
		{"hs", "hai nghìn linh năm ạ", "? 2005", year},
		{"ho", "hai nghìn không trăm mười lăm hộ", "= 2015", ""},
		{"ho", "hai nghìn ba trăm", "= 2300", ""},
		{"ho", "một nghìn tám trăm", "= 1800", ""},
	})
}

// A unit per a period ("lượt/năm") is the period's figure, offered; a
// comma between a unit's words ("tin,bài") is a space.
func TestAUnitPerPeriodAndCommaJoinedUnits(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"ho", "2.345 hộ/năm", "? 2345", "reading.per_period"},
		{"hs", "236 hồ sơ/tháng", "? 236", "reading.per_period"},
		{"hs", "236/tháng", "!", ""},
		{"hs", "236 hồ sơ/ngày", "!", ""},
		{"ho", "2.345 hộ,gia đình", "= 2345", ""},
		{"ho", "2.345 hộ,12 thôn", "!", ""},
	})
}
