package reader

import "testing"

// Rule: who speaks, before a colon (a name or office, " - " and a title,
// or "… báo cáo:"), gives no reason to ask; a label naming something
// else, or a reason in the words, still does.
func TestASpeakerBeforeAColonIsNoReasonToAsk(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "Nguyễn Thị Hoa - VHXH xã Tân Minh: 1245", "= 1245"},
		{qPeople, "Trần Văn Bình - PCT UBND xã: 12.406 người", "= 12406"},
		{qFiles, "UBND xã báo cáo: trong tháng tiếp nhận 412 hồ sơ TTHC", "= 412"},
		{qItems, "Văn phòng UBND xã báo cáo: 45 tin bài", "= 45"},
		// a reason, or another subject, asks or refuses as before
		{qHouseholds, "Nguyễn Thị Hoa - VHXH xã Tân Minh: khoảng 1245", "? 1245"},
		{qHouseholds, "Dân số: 24.310", "!"},
		{qHouseholds, "Thôn 3 - trưởng thôn báo cáo: 245", "!"},
	})
}
