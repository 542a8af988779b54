package reader

import "testing"

// Rule: a number beside the words naming a telephone line (tổng đài,
// hotline, đường dây nóng, máy lẻ) is that line, not a count: refused.
// A count beside it is still read; a question about the lines keeps them.
var qProcs = countQ("Số thủ tục dịch vụ công trực tuyến cấp xã?", "thủ tục")

func TestAServiceLineIsNotACount(t *testing.T) {
	checkReads(t, []readCase{
		{qUnits, "1022 (tổng đài)", "!"},
		{qProcs, "tổng đài 1022", "!"},
		{qFiles, "Hotline: 1900", "!"},
		{qActs, "đường dây nóng 113", "!"},
		{qActs, "số máy lẻ 205", "!"},
		{qClubs, "máy lẻ 12", "!"},
		{qProcs, "hot line 1022", "!"},
		{qFiles, "1080 tong dai", "!"},
		{qUnits, "1080 (toongr ddaif)", "!"}, // Telex keys left in
		{qActs, "soos mays ler 118", "!"},
		{qUnits, "1080 (to6ng3 d9ai2)", "!"}, // VNI keys left in
		// a count beside a line is still read
		{qProcs, "86 thủ tục", "= 86"},
		{qUnits, "Dạ 23 đơn vị ạ", "= 23"},
	})
	q := countQ("Số cuộc gọi đến tổng đài?", "cuộc")
	checkReads(t, []readCase{{q, "1022 (tổng đài)", "= 1022"}})
}
