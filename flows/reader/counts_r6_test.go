package reader

import "testing"

// Rule: a count typed alone as a recent year (the last five) or next year
// is asked (it may be the report's year typed in the figure's place); any
// other figure, or the year with a unit or grouped, is a count. Today is
// 05/01/2027. (Round eight widened it from this year and last year: a
// blind batch's "2025" alone was stored.)
func TestAYearAloneIsAsked(t *testing.T) {
	checkReads(t, []readCase{
		{qUnits, "2026", "? 2026"},
		{qUnits, "2027", "? 2027"},
		{qHouseholds, "2026.", "? 2026"},
		{qHouseholds, "2025", "? 2025"},
		{qHouseholds, "2022", "? 2022"},
		{qHouseholds, "2028", "? 2028"},
		{qHouseholds, "2021", "= 2021"},
		{qHouseholds, "2029", "= 2029"},
		{qHouseholds, "2026 hộ", "= 2026"},
		{qHouseholds, "2.026", "= 2026"},
		{qHouseholds, "12026", "= 12026"},
		{countQ("Năm thành lập câu lạc bộ?", ""), "2026", "= 2026"}, // a year asked
		{countQ("Số năm hoạt động?", "năm"), "2026", "= 2026"},
	})
}

// Rule: none said the South's way ("hổng có … nào hết") is 0, stored since
// round twelve (zero_said.go),
// as "không có … nào" is.
func TestNoneSaidTheSouthsWay(t *testing.T) {
	procs := countQ("Số thủ tục dịch vụ công trực tuyến cấp xã?", "thủ tục")
	checkReads(t, []readCase{
		{procs, "hổng có thủ tục nào hết", "= 0"},
		{procs, "hông có thủ tục nào", "= 0"},
		{procs, "hong co thu tuc nao het", "= 0"},
		{procs, "hok có cái nào", "= 0"},
		{procs, "hổng có thủ tục nào, 3 thủ tục", "!"},
	})
}

// Rule: a note that something else is under way ("thư viện đang sửa")
// tells why the figure is what it is: read past, the figure confirmed. A
// note that the figure itself is being counted ("đang cập nhật", "số liệu
// đang tổng hợp") says it is not final: refused as before.
func TestANoteOfSomethingElseUnderWay(t *testing.T) {
	visits := countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt")
	checkReads(t, []readCase{
		{visits, "0 lượt (thư viện đang sửa)", "? 0"},
		{visits, "0 (thư viện đang sửa chữa)", "= 0"},
		{visits, "0 lượt (nhà văn hóa sắp xây xong)", "? 0"},
		{visits, "120 lượt (đang cập nhật)", "!"},
		{visits, "120 lượt (số liệu đang tổng hợp)", "!"},
		{visits, "120 (thư viện đang tổng hợp)", "!"},
		{visits, "120 (thư viện đang sửa, chưa tính tháng 12)", "!"},
	})
	if !NoteAside("thư viện đang sửa", false) || NoteAside("thiết bị đang lắp", true) {
		t.Error("a thing under way is aside only beside a figure, not beside a yes or a no")
	}
}

// Rule: hundreds of thousands said with nghìn and nothing counted after
// it is money, except where people are counted (a town may have them).
func TestHundredsOfThousandsAlone(t *testing.T) {
	checkReads(t, []readCase{
		{qContests, "500 nghìn", "!"},
		{qContests, "500 ngàn ạ", "!"},
		{qItems, "200 nghìn", "!"},
		{qPeople, "100 nghìn", "= 100000"},
		{qPeople, "15 nghìn", "= 15000"},
		{qHouseholds, "2 nghìn", "= 2000"},
		{qPeople, "100k", "!"},
	})
}
