package reader

import "testing"

// Rule: the short forms clerks type for a unit are that unit: "dv" is
// đơn vị, "hđ" hoạt động; "h" alone is hộ where households are asked,
// confirmed, and a time only after a figure that can be an hour.
func TestShortUnits(t *testing.T) {
	checkReads(t, []readCase{
		{qUnits, "10 dv", "= 10"},
		{qUnits, "10 đv", "= 10"},
		{qUnits, "10 DV ạ", "= 10"},
		{qActs, "8 hđ", "= 8"},
		{qActs, "8 hd", "= 8"},
		{qActs, "8 HĐ nhé", "= 8"},
		{qHouseholds, "4518h", "? 4518"},
		{qHouseholds, "4.518 h", "? 4518"},
		{qPeople, "12 ng", "= 12"},
		// The initials of the question's own unit of several words.
		{countQ("Số thủ tục dịch vụ công trực tuyến cấp xã?", "thủ tục"), "76 tt", "= 76"},
		{countQ("Số thủ tục dịch vụ công trực tuyến cấp xã?", "thủ tục"), "76 TT ạ", "= 76"},
		{qProgs, "24 ct", "= 24"},
		{qProgs, "tự sx 24 ct", "= 24"},
		{qFiles, "12 hs", "= 12"},
		{qItems, "18 tb", "= 18"},
		{qHouseholds, "12 tt", "!"}, // not the initials of hộ
		{qProgs, "24 tt", "!"},
		// Not the unit asked, or not a unit.
		{qHouseholds, "8 h", "!"},   // eight o'clock
		{qHouseholds, "8h30", "!"},  // a time
		{qClubs, "7 h", "!"},        // h is no short form of CLB
		{qHouseholds, "10 dv", "!"}, // another unit: refused (policy, round seven)
		{qHouseholds, "45 x", "!"},
	})
}
