package reader

import "testing"

// A correction inside a correction, "ý lộn", and a total stated after a
// correction (correct_total.go); the figure meant is offered.
func TestATotalOrACorrectionAfterACorrection(t *testing.T) {
	checkReads(t, []readCase{
		{qClubs, "Nhầm, 12 chứ không phải 14", "? 12"},
		{qHouseholds, "gõ nhầm, 4.518 chứ không phải 4.581 hộ", "? 4518"},
		{qHouseholds, "6105 ý lộn 6150", "? 6150"},
		{qHouseholds, "6.105 hộ ý nhầm 6.150 hộ", "? 6150"},
		{qHouseholds, "6105 y lon 6150", "? 6150"},
		{qHouseholds, "6105 lộn 6150", "? 6150"},
		{qHouseholds, "4518 à ko 4581", "? 4581"},
		{qHouseholds, "4518 à hông 4581 hộ", "? 4581"},
		{qClubs, "14 ấy chết 15", "? 15"},
		{qClubs, "14 sai rồi, 15", "? 15"},
		{qClubs, "15 (lúc nãy em ghi 14 là nhầm)", "? 15"},
		{qClubs, "15 (14 là nhầm hả anh)", "!"},
		{qClubs, "14 ấy chết", "!"},
		{qClubs, "Nhầm ạ, 12 CLB chứ không phải 14", "? 12"},
		{qFiles, "1.284\nà quên, cộng cả xã cũ là 2.310", "? 2310"},
		{qFiles, "1.284 hs\nquên cộng xã cũ, tổng 2.310", "? 2310"},
		{qFiles, "1.284 hs\nà quên cộng xã cũ, tổng 2.310", "? 2310"},
		{qFiles, "1.284 hồ sơ, à quên thôn 5, tổng cộng là 1.320 hồ sơ ạ", "? 1320"},
		{qHouseholds, "2.345 hộ, xin lỗi chưa cộng TDP, tổng số 2.510 hộ", "? 2510"},
		// traps: no first try, a total with another figure after it, no total
		{qFiles, "à quên cộng xã cũ, tổng 2.310", "!"},
		{qFiles, "1.284 hs, à quên cộng xã cũ, tổng 2.310 hoặc 2.315", "!"},
		{qFiles, "1.284 hs, à quên cộng xã cũ", "!"},
		{qFiles, "1.284 hs, à quên cộng xã cũ 1.000", "!"},        // what is added, not the total
		{qFiles, "1.284 hs, à quên cộng xã cũ khoảng 1.000", "!"}, // an estimate
		{qHouseholds, "6105 ý 6150", "!"},
	})
}

// A reason after the figure is read past; a reason that leaves a part
// out keeps the answer refused (sentence_reason.go).
func TestAReasonAfterTheFigure(t *testing.T) {
	checkReads(t, []readCase{
		{qVillages, "27 thôn, à không 28 vì có thêm 1 TDP mới", "? 28"},
		{qVillages, "28 thôn vì có thêm 1 TDP mới", "? 28"},
		{qHouseholds, "4.520 hộ do tách hộ nhiều", "= 4520"},
		{qHouseholds, "4.520 hộ, tăng là do tách hộ", "!"}, // "tăng": a change, not the figure
		{qClubs, "9 CLB bởi vì thành lập thêm 2 CLB mới", "? 9"},
		{qClubs, "Xã có 9 CLB tại vì mới thành lập thêm 2", "? 9"},
		{qVillages, "28 thôn vì chưa cộng thôn 5", "!"},
		{qVillages, "28 vì chưa chắc", "!"},
		{qVillages, "28 thôn vì khoảng 3 thôn mới", "!"},
	})
}

// A total shown with its parts: stored when they add up, refused when
// they do not (figure_sums.go).
func TestATotalShownWithItsParts(t *testing.T) {
	checkReads(t, []readCase{
		{qHouseholds, "xã cũ Nghĩa Thuận 3.120 + Nghĩa Hà 2.985 = 6.105 hộ", "= 6105"},
		{qHouseholds, "3.120 + 2.985 = 6.105", "= 6105"},
		{qPeople, "Xã A cũ 12.000 người + xã B cũ 9.310 người = 21.310 người", "= 21310"},
		{qClubs, "4 + 3 + 2 = 9 CLB", "= 9"},
		{qHouseholds, "3.120 + 2.985 = 6.150", "!"},
		{qHouseholds, "3.120 + khoảng 2.900 = 6.020", "!"},
		{qHouseholds, "12 thôn + 3 TDP = 15", "!"},
		{qHouseholds, "3.120 + 2.985", "!"},
		{qVillages, "27 thôn, 3 TDP (tổng 30)", "? 30"},
		{qVillages, "27 thôn, 3 TDP (tổng 31)", "!"},
		{qHouseholds, "27 thôn, 3 TDP (tổng 30)", "!"},
		{numberQuestions["ha"], "0,1 + 0,2 = 0,3 ha", "= 0.3"},
		{numberQuestions["ha"], "1,2 ha + 1,3 ha = 2,5 ha", "= 2.5"},
	})
}
