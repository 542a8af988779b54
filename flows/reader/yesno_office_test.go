package reader

import "testing"

// Rule 21 (yesno_office.go): "đã", a verb of work done, and its object is
// a yes to offer; "chưa"/"không", "có" or a verb, and what is missing is a
// no to offer. The question here is "Xã đã tổ chức hội nghị trực tuyến
// chưa?" (its own verb: "tổ chức").
func TestWhatWasDoneAndWhatIsMissing(t *testing.T) {
	for _, c := range [][2]string{
		{"Đã lắp đặt điểm cầu", "? có reading.yes_by_verb"}, {"đã triển khai tại hội trường xã", "= có"}, // a remark of where: stored (rule 1 of yesno_remark.go)
		{"Đã đầu tư xây dựng năm 2022", "= có"}, {"đã ban hành kế hoạch số 12", "! answer.yes_no_hedged"},
		{"Đã thành lập tổ công nghệ số", "? có reading.yes_by_verb"}, {"ddax lawsp ddawtj ddieemr caauf", "? có reading.yes_by_verb"},
		{"Đã nâng cấp đường truyền", "? có reading.yes_by_verb"}, {"Đã tổ chức 3 hội nghị", "= có"}, // how many of the thing asked: stored (yesno_remark.go)
		{"Đã đi vào hoạt động", "= có"}, {"Đã bàn giao", "= có"}, {"đã nghiệm thu đưa vào sử dụng", "= có"}, {"đã đưa vào sử dụng từ năm 2023", "= có"},
		{"Chưa có kinh phí đầu tư", "= không"}, {"Không triển khai do thiếu vốn", "? không reading.yes_no_extra"},
		{"chưa được đầu tư trang thiết bị", "= không"}, {"chưa có cán bộ phụ trách", "? không reading.yes_no_extra"}, // "chưa" and the means: stored (rule 6 of yesno_remark.go)
		{"Đã triển khai đến thôn, tổ dân phố", "? có reading.yes_by_verb"}, {"Đã kết nối đến huyện, tỉnh", "! answer.not_yes_no"}, // not this question's verb, {"Đã tổ chức tại xã, thôn", "? có reading.yes_by_verb"},
		// not this rule: politeness is no "đã", a plan is no work, a part or a but
		{"Dạ lắp đặt điểm cầu", "! answer.not_yes_no"}, {"da lap dat diem cau", "! answer.not_yes_no"},
		{"đã phê duyệt dự án", "! answer.not_yes_no"}, {"Đã lắp đặt điểm cầu nhưng chưa dùng", "! answer.yes_no_hedged"},
		{"đã lắp đặt ở một số thôn", "! answer.yes_no_hedged"}, {"đã lắp đặt, đang chạy thử", "! answer.yes_no_hedged"},
		{"chưa có kinh phí nhưng đã làm", "! answer.yes_no_hedged"}, {"đã lắp đặt chỉ ở xã", "! answer.yes_no_hedged"},
		{"không có kinh phí nên đã dừng", "! answer.yes_no_hedged"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
