package reader

import "testing"

// Rule: a figure said of one village, hamlet or group of the commune is
// that place's, not the commune's: refused, never offered. A place
// counted ("4 ấp, 1 khu phố", "Xã có 12 thôn") names none, and an
// office's initials after "tổ" ("Tổ VH") are no place's name.
func TestOnePlacesFigureIsNotTheCommunes(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "Ấp Tân Lợi 320 hộ", "!"},
		{qHouseholds, "ấp 3 có 120 hộ", "!"},
		{qHouseholds, "Thôn 5: 320 hộ", "!"},
		{qHouseholds, "thôn 3 210 hộ", "!"},
		{qPeople, "buôn Ea Sup 1.200 người", "!"},
		{qClubs, "Xóm Đồng có 3 CLB", "!"},
		{qCultured, "Khu phố 2: 450 hộ", "!"},
		// two figures, each with its unit: the question's is offered
		// (round eight, sentence_r8.go); a bare list too (round twelve)
		{qHouseholds, "Xã có 12 thôn, 2.345 hộ", "? 2345"},
		{qHouseholds, "12 thôn, 2.345 hộ", "? 2345"},
		{qVillages, "4 ấp, 1 khu phố", "!"},       // two figures, not ấp 1
		{qVillages, "Thôn 5: 12", "? 12"},         // at a count of places, a doubt
		{qClubs, "Ban Văn hóa xã 12 CLB", "? 12"}, // an office, not a bản
		{qHouseholds, "Bản Mường: 320 hộ", "!"},
		{qHouseholds, "Tổ 3: 210 hộ", "!"},
		{qHouseholds, "xã Thành Tâm 2.345 hộ", "= 2345"},
		{qHouseholds, "toàn xã có 2.345 hộ", "= 2345"},
	})
}
