package reader

import "testing"

// Round seven's corrections: an apology or a second go between two
// figures ("sorry", "xin lỗi", "ghi lại", "gửi lại"), "à" between two
// figures, a note that names the figure changed from ("đã sửa từ 463"),
// and a clause saying the message before was wrong ("tin trước em gõ
// nhầm"). Every one is confirmed, never stored.
func TestCorrectionsRoundSeven(t *testing.T) {
	checkReads(t, []readCase{
		{qCultured, "2615, sorry 2651", "? 2651"},
		{qHouseholds, "2615 sr 2651", "? 2651"},
		{qHouseholds, "2615, xin lỗi, 2651", "? 2651"},
		{qContests, "3 giải, ghi lại: 4 giải", "? 4"},
		{qHouseholds, "2615, em gửi lại 2651", "? 2651"},
		{qHouseholds, "2615 hộ, gõ lại 2651 hộ", "? 2651"},
		{qClubs, "23... à 25 mới đúng", "? 25"},
		{qHouseholds, "1250 hộ, à 1520", "? 1520"},
		{qHouseholds, "Dạ 2615 ạ, à 2651 ạ", "? 2651"},
		{qHouseholds, "2874 ạ 2875", "!"}, // politeness, not "à": two figures
		{qFiles, "436 hồ sơ (đã sửa từ 463)", "? 436"},
		{qHouseholds, "2615 hộ (sửa từ 2651)", "? 2615"},
		{qHouseholds, "2615 hộ (chỉnh lại từ 2651 hộ)", "? 2615"},
		{qHouseholds, "2615 (đổi từ 2651)", "? 2615"},
		{qHouseholds, "2874 nhé, tin trước em gõ nhầm", "? 2874"},
		{qHouseholds, "2874, lúc nãy gửi nhầm", "? 2874"},
		{qHouseholds, "2615, hôm qua báo sai", "? 2615"},
		{qHouseholds, "2615 hộ, tin trước nhầm", "? 2615"},
		{qHouseholds, "2874, gõ nhầm", "!"}, // may be about this figure
	})
}
