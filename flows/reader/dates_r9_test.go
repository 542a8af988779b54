package reader

import "testing"

// Round nine's rules for dates (dates_r9.go).
func TestRoundNineDates(t *testing.T) {
	checkDates(t, []dateCase{
		// 1: the south's "bữa kia" is offered; "hôm kia", "bữa hôm kia" are sure
		{"bữa kia", "? 2027-01-03"}, {"bua kia", "? 2027-01-03"}, {"chiều bữa kia", "? 2027-01-03"}, {"bữa kia á", "? 2027-01-03"},
		{"bữa hôm kia", "= 2027-01-03"}, {"hôm kia", "= 2027-01-03"}, {"hkia", "= 2027-01-03"}, {"bữa hổm", "!"},
		// 2: a line break inside a date is offered; around it, nothing
		{"20/12\n/2026", "? 2026-12-20"}, {"20/12/\n2026", "? 2026-12-20"}, {"20\n/12/2026", "? 2026-12-20"},
		{"20/12/2026\n", "= 2026-12-20"}, {"\n20/12/2026", "= 2026-12-20"},
		// 3: the words glued to the figures
		{"ngay20thang12nam2026", "= 2026-12-20"}, {"ngày20tháng12năm2026", "= 2026-12-20"}, {"ngày20/12", "= 2026-12-20"},
		{"20thang12", "= 2026-12-20"}, {"ngay 20thang12 nam2026", "= 2026-12-20"},
		// 4: an English month
		{"Dec 24, 2026", "= 2026-12-24"}, {"24 Dec 2026", "= 2026-12-24"}, {"December 24, 2026", "= 2026-12-24"},
		{"dec 24", "= 2026-12-24"}, {"Dec. 24th, 2026", "= 2026-12-24"}, {"Jan 3", "= 2027-01-03"}, {"Decem 24", "!"},
		// 5: "vừa r" is "vừa rồi"
		{"thứ 7 vừa r", "= 2027-01-02"}, {"t7 vua r", "= 2027-01-02"}, {"chủ nhật vừa r", "= 2027-01-03"},
		// 6: two days, then the one to write
		{"19/12/2026 tới 21/12/2026 ... ghi ngày khai mạc 19/12", "? 2026-12-19"},
		{"20-22/12 lấy ngày 20/12", "? 2026-12-20"}, {"từ 20 đến 22/12, ghi ngày bắt đầu 20/12", "? 2026-12-20"},
		{"20/12 - 22/12, ghi 25/12", "!"},
		// 7: figures run together, an O for a zero, spaces between figures
		{"20122026", "? 2026-12-20"}, {"201226", "? 2026-12-20"}, {"12345678", "!"}, {"20/12/2O26", "? 2026-12-20"},
		{"2o/12", "? 2026-12-20"}, {"2 0 / 1 2", "? 2026-12-20"}, {"2 0 / 1 2 / 2 0 2 6", "? 2026-12-20"},
		{"12/20/2026", "!"}, {"15/12/2062", "!"}, {"2 tuần trước", "!"},
	})
}
