package reader

import "testing"

func TestASourceAfterTheFigureIsNoOtherUnit(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "2.318 hộ, số liệu của cơ quan thống kê", "= 2318"},
		{qHouseholds, "2.318 hộ, số liệu của trưởng thôn", "= 2318"},
		{qHouseholds, "2.318 hộ, nguồn: công an xã", "= 2318"},
		{qHouseholds, "2.318 ho, so lieu cua truong thon", "= 2318"},
		{qHouseholds, "2.318 hộ; theo cơ quan thống kê", "= 2318"},
		// The clause set aside leaves every other rule in force.
		{qHouseholds, "khoảng 2.318 hộ, số liệu của trưởng thôn", "!"},
		{qHouseholds, "2.318 khẩu, số liệu công an xã", "!"},
	})
}
