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

// Lengths in centimetres and millimetres are measures like metres: at a
// decimal question without a unit they fit, glued or not; elsewhere they
// are another measure. "ok" said other ways before a figure is a lead-in.
func TestCentimetresAndOkLeadIns(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"dec", "12,5cm", "= 12.5", ""},
		{"dec", "12,5 cm", "= 12.5", ""},
		{"dec", "3mm", "= 3", ""},
		{"dec", "12,5 xentimet", "= 12.5", ""},
		{"ha", "12,5cm", "!", "answer.other_measure"},
		{"ho", "12cm", "!", ""},
		{"clb", "oki 23 nhé", "= 23", ""},
		{"clb", "okay 23", "= 23", ""},
		{"clb", "uh 23 CLB", "= 23", ""},
		{"clb", "oki", "!", ""},
	})
}

// Rule 3 of a sentence at a count: where those reaching a standard are
// counted, the count with the share it makes beside it is the count,
// confirmed; not where all are counted, nor without the count's unit.
func TestACountBesideItsShare(t *testing.T) {
	checkReads(t, []readCase{
		{qCultured, "2615 hộ, đạt 91,9%", "? 2615"},
		{qCultured, "2615 hộ đạt 91,9 phần trăm", "? 2615"},
		{qCultured, "2615 hộ, 91,9%", "? 2615"},
		{qHouseholds, "2615 hộ, đạt 91,9%", "!"},
		{qCultured, "2615, đạt 91,9%", "!"},
		{qCultured, "91,9%, 2615 hộ", "!"},
		{qCultured, "2615 thôn, 91,9%", "!"},
		{qCultured, "2615 hộ, đạt 91,9% và 300 hộ", "!"},
		{qShare, "2615 hộ, đạt 91,9%", "? 91.9"},
	})
}

// A note that only names the figure's source leaves it as typed: stored.
// One with a doubt, a period, a place, a guess is a note: confirmed or
// refused as before. Where those recognised as reaching a standard are
// counted, "được công nhận" after the unit says the question's words.
func TestASourceNoteAndRecognitionWords(t *testing.T) {
	checkReads(t, []readCase{
		{qPeople, "- Dân số: 31.742 người (số liệu Công an xã cung cấp)", "= 31742"},
		{qPeople, "31.742 người (theo số liệu của Công an xã)", "= 31742"},
		{qPeople, "31.742 người (nguồn: Công an xã)", "= 31742"},
		{qPeople, "31.742 người (số liệu cũ)", "? 31742"},
		{qPeople, "31.742 người (theo số liệu năm 2025)", "? 31742"},
		{qPeople, "31.742 người (theo em nghĩ)", "? 31742"},
		{qPeople, "31.742 người (cộng cả tạm trú)", "!"},
		{qPeople, "31.742 người (công an xã)", "= 31742"},
		{qCultured, "4.187 hộ được công nhận", "= 4187"},
		{qCultured, "4187 hộ được công nhận danh hiệu", "= 4187"},
		{qUnits, "17 đơn vị đạt chuẩn", "= 17"},
		{qHouseholds, "4.187 hộ được công nhận", "!"},
		{qCultured, "4.187 hộ chưa được công nhận", "!"},
	})
}

// The figure said again in words in brackets between it and its unit is
// the figure when the two agree, refused when they do not.
func TestTheFigureInWordsBeforeItsUnit(t *testing.T) {
	checkReads(t, []readCase{
		{qUnits, "17 (mười bảy) đơn vị", "= 17"},
		{qUnits, "17 (mười bảy) đơn vị ạ", "= 17"},
		{qUnits, "Dạ vâng ạ. Số đơn vị đạt chuẩn văn hóa là 17 (mười bảy) đơn vị.", "= 17"},
		{qHouseholds, "2.345 (hai nghìn ba trăm bốn mươi lăm) hộ ạ", "= 2345"},
		{qUnits, "17 (mười tám) đơn vị", "!"},
		{qHouseholds, "2.345 (hai nghìn) hộ", "!"},
		{qHouseholds, "2345 (mười) 3", "!"},
	})
}

// A sum of money in a clause after the figure, where no money is
// counted, is an aside: the figure, confirmed.
func TestMoneyInAClauseAfterTheFigure(t *testing.T) {
	checkReads(t, []readCase{
		{qContests, "2 giải, tổng giải thưởng 10 triệu", "? 2"},
		{qClubs, "15 CLB, kinh phí 20 triệu đồng", "? 15"},
		{qClubs, "15 CLB, kinh phí 20.000.000đ", "? 15"},
		{qClubs, "15 CLB, 500k", "? 15"},
		{qClubs, "15 CLB, 300 người", "? 15"}, // each figure with its unit (round twelve)
		{qClubs, "20 triệu, 15 CLB", "!"},
	})
}
