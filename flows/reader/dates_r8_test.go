package reader

import "testing"

// Policy 3 of round eight (dates_r8.go): a year said in words sets the
// year; this year's day still to come is refused; "mùng" in early January
// may be lunar and is offered.
func TestAYearInWordsAndTheFirstDaysOfTet(t *testing.T) {
	for _, c := range [][2]string{
		{"20/12 năm nay", "!"}, {"ngày 20 tháng 12 năm nay", "!"}, {"28/12 năm nay ạ", "!"},
		{"3/1 năm nay", "= 2027-01-03"}, {"5/1 năm nay", "= 2027-01-05"},
		{"20/12 năm ngoái", "= 2026-12-20"}, {"20/12 năm trước", "= 2026-12-20"}, {"20/12 năm kia", "= 2025-12-20"},
		{"mùng 2/1", "? 2027-01-02"}, {"mồng 3/1", "? 2027-01-03"}, {"mùng 2 tháng 1", "? 2027-01-02"},
		{"ngày 2/1", "= 2027-01-02"}, {"mùng 2/1 dương lịch", "= 2027-01-02"}, {"mùng 5 tháng 12", "= 2026-12-05"},
	} {
		r := Read(&Question{Type: TypeDate}, c[0], tuesday, "vi")
		got := "!"
		switch {
		case r.Problem != nil:
		case r.Unsure != nil:
			got = "? " + r.Date
		default:
			got = "= " + r.Date
		}
		if got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}

// The central "ni" is "nay"; a date pasted twice is one date; "lễ hội"
// before a date in a sentence is the event, not a holiday.
func TestCentralNiATwiceSaidDateAndAFestival(t *testing.T) {
	for _, c := range [][2]string{
		{"sáng ni", "= 2027-01-05"}, {"hôm ni", "= 2027-01-05"}, {"bữa ni", "= 2027-01-05"}, {"chiều ni", "= 2027-01-05"},
		{"thứ 2 tuần ni", "= 2027-01-04"}, {"ni", "!"},
		{"15/12/2026 15/12/2026", "= 2026-12-15"}, {"15/12 15/12", "= 2026-12-15"}, {"15/12 16/12", "!"},
		{"Lễ hội Gầu Tào tổ chức ngày 29/12", "= 2026-12-29"}, {"lễ hội tổ chức ngày 29/12", "= 2026-12-29"},
		{"Lễ hội Lồng Tồng diễn ra ngày 2/1", "= 2027-01-02"},
	} {
		r := Read(&Question{Type: TypeDate}, c[0], tuesday, "vi")
		got := "!"
		switch {
		case r.Problem != nil:
		case r.Unsure != nil:
			got = "? " + r.Date
		default:
			got = "= " + r.Date
		}
		if got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
