package reader

import "testing"

// Rule: a figure taken back in the same message, or promised after a
// check, is no answer: refused, never offered.
func TestAFigureTakenBackIsRefused(t *testing.T) {
	checkReads(t, []readCase{
		{qUnits, "38 à mà thôi để em đếm lại", "!"},
		{qClubs, "45, thôi để em xem lại đã", "!"},
		{qClubs, "12 nhưng để em kiểm tra lại rồi báo sau", "!"},
		{qFiles, "Dạ 412 hồ sơ, để em rà soát lại sổ đã", "!"},
		{qPeople, "12.406 người, để mình coi lại", "!"},
		{qHouseholds, "1.245 hộ, để e check lại r gửi sau", "!"},
		{qItems, "45 tin bài, em sẽ báo lại sau ạ", "!"},
		{qContests, "3 giải, số chính xác em gửi sau", "!"},
		// checked already, or a time: stored or asked as before
		{qItems, "em check lại trên trang rồi: 45 tin bài", "= 45"},
		{qClubs, "12 CLB (đã kiểm tra lại)", "= 12"},
		{qClubs, "12 CLB", "= 12"},
	})
}

// Rule: a figure named as an identifier (mã, mã số, số hiệu, MST,
// CCCD, số tài khoản, số văn bản) is a code, not a count.
func TestAFigureNamedAsAnIdentifierIsRefused(t *testing.T) {
	checkReads(t, []readCase{
		{qPeople, "Mã đơn vị hành chính xã: 25432", "!"},
		{qHouseholds, "Mã ĐVHC 25432", "!"},
		{qHouseholds, "mã xã 25432", "!"},
		{qClubs, "mã số 12", "!"},
		{qUnits, "mã đơn vị 1234", "!"},
		{qHouseholds, "mã định danh 4512", "!"},
		{qHouseholds, "số hiệu 1245", "!"},
		{qFiles, "số hiệu văn bản 412", "!"},
		{qFiles, "số văn bản 412", "!"},
		{qPeople, "số tài khoản 123456789", "!"},
		{qPeople, "số CCCD 0791890012", "!"},
		{qUnits, "MST 0312345678", "!"},
		// the identifier after the figure does not name it
		{qHouseholds, "1.245 hộ", "= 1245"},
	})
}

// Rule: "một năm" is a year, never 15; "mười năm" and "hai mươi năm" stay
// asked (said for 15 and 25 with an n), figures with hundreds read.
func TestADurationInWordsIsNoCount(t *testing.T) {
	checkReads(t, []readCase{
		{qActs, "một năm", "!"},
		{qClubs, "một năm rồi", "!"},
		{qActs, "hai tháng", "!"},
		{qActs, "ba tuần", "!"},
		{qActs, "mười năm", "? 15"},
		{qClubs, "hai mươi năm", "? 25"},
		{qActs, "một trăm năm mươi", "= 150"},
		{qFiles, "Hai trăm mười năm", "? 215"},
	})
}

// Rule: a zero of households, people or villages, which every commune
// has, is asked however it was typed; other counts' zero unchanged.
func TestAZeroOfWhatEveryCommuneHasIsAsked(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "0", "? 0"},
		{qHouseholds, "0 hộ", "? 0"},
		{qPeople, "0", "? 0"},
		{qPeople, "không người", "? 0"},
		{qVillages, "0", "? 0"},
		{qVillages, "không", "? 0"},
		{qVillages, "16 thôn, 0 TDP", "? 16"},
		{qClubs, "0", "= 0"},
		{qContests, "0 giải", "= 0"},
	})
}

// Typed decomposed (a combining mark after its letter), the rules hold.
func TestAFigureTakenBackIsRefusedDecomposed(t *testing.T) {
	checkReads(t, []readCase{
		{qClubs, "45, thôi đe\u0302\u0309 em xem lại đã", "!"},
	})
}

// Retyped without marks, with Telex keys, in capitals, with polite words
// or a mention around it, the safety rules hold.
func TestTheSafetyRulesHoldRetyped(t *testing.T) {
	checkReads(t, []readCase{
		{qUnits, "38 a ma thoi de em dem lai", "!"},
		{qClubs, "45, thooi ddeer em xem laij ddax", "!"},
		{qClubs, "45, THÔI ĐỂ EM XEM LẠI ĐÃ", "!"},
		{qPeople, "Ma ddown vi hanh chinh xa: 25432", "!"},
		{qClubs, "Dạ max soos 12 ạ", "!"},
		{qUnits, "ma don vi 1234", "!"},
		{qActs, "Dạ một năm ạ", "!"},
		{qActs, "@baocao_bot một năm", "!"},
		{qActs, "mot nam", "!"},
		// "năm" with another number word is a figure
		{qActs, "một trăm năm mươi", "= 150"},
	})
}
