package reader

import "testing"

// A date with the event named in brackets is stored; a date inside the
// note is the occasion's and makes it offered; a hedge in the note leaves
// it to the other rules. A form's item number before the date's label is
// taken off (dates_event_note.go).
func TestADateWithItsEventOrItsFormItem(t *testing.T) {
	checkDates(t, []dateCase{
		{"ngày 20 tháng 12 năm 2026 (Giải bóng chuyền hơi nữ)", "= 2026-12-20"},
		{"20/12/2026 (Giải bóng đá các đội thôn)", "= 2026-12-20"},
		{"thứ 2, 23/11/2026 (khai mạc Tuần lễ văn hóa)", "= 2026-11-23"},
		{"23/11/2026 (Lễ hội đua ghe ngo)", "= 2026-11-23"}, {"15/12 (Hội diễn văn nghệ quần chúng)", "= 2026-12-15"},
		{"20/12 (Hội thi văn nghệ chào mừng 22/12)", "? 2026-12-20"},
		{"20/12/2026 (giải dự kiến)", "!"}, {"20/12/2026 (giai du kien)", "!"}, {"20/12/2026 (giai duw kieen)", "!"}, {"20/12/2026 (Hội diễn, dời từ 13/12)", "!"},
		{"1.5. Ngày tổ chức: 20/12/2026.", "= 2026-12-20"}, {"2) Thời gian: 20/12/2026", "= 2026-12-20"},
		{"II. Ngày tổ chức: 20/12", "= 2026-12-20"}, {"1.5", "= 2026-05-01"},
	})
}
