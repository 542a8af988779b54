package reader

import "testing"

// One date among words (dates_one_in_words.go), a day of this year still
// to come and a day in words said with its tens (dates_this_year.go);
// today is Tuesday 05/01/2027.
func TestOneDateAmongWords(t *testing.T) {
	checkDates(t, []dateCase{
		// the event before or after it
		{"22/11 hội diễn văn nghệ ở thôn Đắk Ră", "= 2026-11-22"}, {"Ngày hội đọc sách tổ chức 21/4", "= 2026-04-21"},
		{"30/11/2026 (Lễ mừng nhà rông mới)", "= 2026-11-30"}, {"dạ làm hôm 14/12 á", "= 2026-12-14"},
		{"2/9/2026 (kỷ niệm 81 năm Quốc khánh)", "= 2026-09-02"},
		// a spreadsheet's time
		{"14/12/2026 00:00:00", "= 2026-12-14"}, {"2026-12-14 00:00", "= 2026-12-14"},
		// the year in words
		{"năm ngoái 1/6", "= 2026-06-01"}, {"1/6 năm trước", "= 2026-06-01"}, {"năm nay 3/1", "= 2027-01-03"},
		{"lăm ngoái 1/6", "= 2026-06-01"}, {"20/2 năm nay", "? 2027-02-20"}, {"20/11 năm nay", "!"},
		// the keys
		{"14//12/2026", "? 2026-12-14"},
		// not one date with a remark
		{"14/12 hoặc 15/12", "!"}, {"khoảng 14/12", "!"}, {"14/12 âm lịch", "!"}, {"dự kiến 20/1 tổ chức", "!"},
		{"14/12 có 200 người dự", "!"},
		// in words with the tens
		{"hai mươi mốt tháng mười", "= 2026-10-21"}, {"ngày hai mươi tháng năm", "? 2026-05-20"},
	})
}
