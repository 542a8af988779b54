package reader

import "testing"

// Round eight's policies at a yes/no question (yesno_r8.go).
func TestRoundEightYesNoPolicies(t *testing.T) {
	for _, c := range [][2]string{
		// 1: a figure or "no" alone is offered; "yes" stays có
		{"1", "? có reading.yes_no_digit"}, {"01", "? có reading.yes_no_digit"}, {"dạ 1", "? có reading.yes_no_digit"},
		{"1 ạ", "? có reading.yes_no_digit"}, {"0", "? không reading.yes_no_digit"}, {"0 ạ", "? không reading.yes_no_digit"},
		{"no", "? không reading.no_english"}, {"No", "? không reading.no_english"}, {"NO", "? không reading.no_english"},
		{"yes", "= có"}, {"1. Có", "= có"}, {"2. Không", "= không"}, {"không", "= không"},
		// 2: not applicable is neither
		{"Không áp dụng", "! answer.not_applicable"}, {"N/A", "! answer.not_applicable"}, {"n/a", "! answer.not_applicable"},
		{"k áp dụng", "! answer.not_applicable"}, {"ko áp dụng ạ", "! answer.not_applicable"},
		{"khong ap dung", "! answer.not_applicable"}, {"Không thuộc đối tượng", "! answer.not_applicable"},
		{"dạ không áp dụng với xã ạ", "! answer.not_applicable"},
		// 8: a guess is never stored
		{"chắc là có", "? có reading.yes_no_leaning"}, {"có lẽ chưa", "? không reading.yes_no_leaning"},
		{"có khi có", "! answer.yes_no_hedged"}, {"có khi chưa", "! answer.yes_no_hedged"}, {"co khi chua", "! answer.yes_no_hedged"},
		{"chắc chắn có", "= có"}, {"có khỉ khô", "? không reading.yes_no_turned"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
	// In an English chat "no" is no.
	if r := Read(&Question{Type: TypeYesNo}, "no", tuesday, "en"); r.Unsure != nil || r.Bool == nil || *r.Bool {
		t.Errorf("no in English: %+v", r)
	}
}

// Central "chi" (gì) in a turned no and in "không có chi"; "coá", the
// tone on the wrong letter; a thing borrowed from another unit.
func TestCentralChiASlipAndABorrowedThing(t *testing.T) {
	for _, c := range [][2]string{
		{"làm chi có", "= không"}, {"lam chi co", "= không"},
		{"làm chi mà có", "= không"}, {"làm chi có ạ", "= không"},
		{"mô có", "= không"}, {"có mô", "= không"},
		{"không có chi", "? không reading.no_or_welcome"}, {"ko có chi", "? không reading.no_or_welcome"},
		{"không có chi ạ", "? không reading.no_or_welcome"}, {"chưa có chi", "= không"}, {"dạ có chị", "= có"},
		{"khônh", "? không reading.yes_no_typo"}, {"khobg", "? không reading.yes_no_typo"}, {"khonh ạ", "? không reading.yes_no_typo"},
		{"coá", "? có reading.yes_no_typo"}, {"coà", "? có reading.yes_no_typo"}, {"cóa", "= có"}, {"coa", "? có reading.yes_no_typo"},
		{"Sử dụng chung điểm cầu của huyện", "! answer.yes_no_borrowed"}, {"dùng chung của huyện", "! answer.yes_no_borrowed"},
		{"nhờ hội trường của xã bạn", "! answer.yes_no_borrowed"}, {"mượn máy chiếu của trường", "! answer.yes_no_borrowed"},
		{"Có, sử dụng chung hội trường của UBND xã", "= có"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
