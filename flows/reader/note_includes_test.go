package reader

import "testing"

// Rule: a note that says what the total includes, of the thing asked
// ("tính cả hộ tạm trú", "gồm cả tin đăng fanpage"), is stored with the
// figure; with a figure, a negation, a doubt or another unit it is read
// as before.
func TestANoteOfWhatTheFigureIncludes(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "2.318 hộ (tính cả hộ tạm trú)", "= 2318"},
		{qHouseholds, "8432 hộ (gồm cả hộ tạm trú)", "= 8432"},
		{qHouseholds, "1.520 hộ (kể cả hộ tạm vắng)", "= 1520"},
		{qItems, "46 tin bài (tính cả tin đăng fanpage xã)", "= 46"},
		{qActs, "Dạ 18 hoạt động (tính cả các hoạt động ở thôn)", "= 18"},
		{qFiles, "412 hồ sơ (bao gồm cả hồ sơ trực tuyến)", "= 412"},
		{qClubs, "12 CLB (tính luôn CLB người cao tuổi)", "= 12"},
		// read as before
		{qHouseholds, "1.520 hộ (tính cả 12 hộ tạm trú)", "!"},
		{qHouseholds, "1.520 hộ (chưa tính hộ tạm trú)", "!"},
		{qHouseholds, "1.520 hộ (tính cả số cũ)", "!"},
	})
}

// Round fourteen: more ways to open a note of what is included ("đã
// gồm", "cả", "có cả", "gồm"); a doubt or a figure inside still asks.
func TestANoteOfWhatIsIncludedOpenedOtherwise(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "Tổng 14.310 hộ (đã gồm hộ tạm trú dài hạn)", "= 14310"},
		{qHouseholds, "1.245 hộ (gồm hộ tạm trú)", "= 1245"},
		{qHouseholds, "1.245 hộ (cả hộ tạm trú)", "= 1245"},
		{qClubs, "12 CLB (cả CLB bóng đá)", "= 12"},
		{qClubs, "12 CLB (có cả CLB của thôn)", "= 12"},
		{qClubs, "12 CLB (đã gồm CLB cũ)", "!"},
		{qClubs, "12 CLB (cả 2 CLB mới)", "!"},
	})
}
