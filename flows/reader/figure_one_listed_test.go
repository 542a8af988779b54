package reader

import "testing"

// Rule: a label that sums two things ("thư viện, tủ sách") is answered
// by their sum; an answer naming one of them alone as its subject is
// asked. Labels whose listed things are the unit itself are not read so.
func TestOneOfTheThingsALabelSumsIsAsked(t *testing.T) {
	qVisits := countQ("Số lượt bạn đọc thư viện, tủ sách?", "lượt")
	qShelves := countQ("Số đầu sách của thư viện và tủ sách?", "đầu sách")
	checkReads(t, []readCase{
		{qVisits, "Thư viện xã 2.150 lượt", "? 2150"},
		{qVisits, "Dạ thư viện phường phục vụ 3.256 lượt", "? 3256"},
		{qVisits, "tủ sách thôn được 380 lượt", "? 380"},
		{qShelves, "thư viện 1.200 đầu sách", "? 1200"},
		// both named, a total, the label itself, or no subject: stored
		{qVisits, "thư viện và tủ sách 2.150 lượt", "= 2150"},
		{qVisits, "Số lượt bạn đọc thư viện, tủ sách: 3.450 lượt", "= 3450"},
		{qVisits, "2.150 lượt", "= 2150"},
		{qShelves, "1.200 đầu sách", "= 1200"},
		// the villages and the units questions list their own unit
		{qVillages, "thôn 18", "? 18"},
		{qVillages, "Có 18 thôn", "= 18"},
	})
}
