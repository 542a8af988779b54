package reader

import "testing"

// A date said with a doubt is asked, never stored (dates_doubt.go).
func TestADateWithADoubtIsAsked(t *testing.T) {
	q := &Question{Type: TypeDate}
	for _, c := range []dateCase{
		{"em nghĩ là 20/12", "? 2026-12-20"}, {"hình như là 15/12", "? 2026-12-15"}, {"chắc là ngày 20/12 anh ạ", "? 2026-12-20"},
		{"20/12/2026 em không nhớ rõ lắm", "? 2026-12-20"}, {"có lẽ 18/12", "? 2026-12-18"},
		{"em nghĩ là thứ 6 tuần trước", "? 2027-01-01"}, {"20/12, để em kiểm tra lại", "? 2026-12-20"},
		{"20/12 chưa chắc", "? 2026-12-20"}, {"hình như ngày 20 tháng 12", "? 2026-12-20"},
		{"dạ em nghĩ là 20/12 ạ, để em hỏi lại anh trưởng thôn", "? 2026-12-20"},
		{"20/12 hay 21/12 em không nhớ", "!"}, {"không nhớ", "!"}, {"20/12/2026", "= 2026-12-20"},
	} {
		r := Read(q, c.typed, tuesday, "vi")
		got := "= " + r.Date
		switch {
		case r.Problem != nil:
			got = "!"
		case r.Unsure != nil:
			got = "? " + r.Date
		}
		if got != c.want {
			t.Errorf("Read(%q) = %s, want %s", c.typed, got, c.want)
		}
	}
}

// A date, then a remark counting who took part, is the date
// (dates_counted_remark.go); two dates, or a count alone, stay refused.
func TestADateWithTheEventsCount(t *testing.T) {
	q := &Question{Type: TypeDate}
	for _, c := range []dateCase{
		{"20/12/2026, có 500 người tham gia", "= 2026-12-20"}, {"20/12/2026 có khoảng 500 người tham gia", "= 2026-12-20"},
		{"15/12 với 12 đội bóng", "= 2026-12-15"}, {"ngày 20 tháng 12, thu hút hơn 300 lượt người xem", "= 2026-12-20"},
		{"20/12 hoặc 21/12, 500 người", "!"}, {"20/12, 21/12 có 500 người", "!"}, {"500 người", "!"},
		{"em nghĩ là 20/12, có 500 người", "? 2026-12-20"},
	} {
		r := Read(q, c.typed, tuesday, "vi")
		got := "= " + r.Date
		switch {
		case r.Problem != nil:
			got = "!"
		case r.Unsure != nil:
			got = "? " + r.Date
		}
		if got != c.want {
			t.Errorf("Read(%q) = %s, want %s", c.typed, got, c.want)
		}
	}
}
