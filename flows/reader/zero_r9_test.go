package reader

import "testing"

// Zero said in clauses: the last clause says none, after a reason, a bare
// no or the commune named. A yes, a hedge, a figure or none of something
// else refuses.
func TestNoneSaidInClausesIsZeroAsked(t *testing.T) {
	const none = "reading.none_is_zero"
	checkR9(t, []ruleCase{
		{"giai", "hổng có tổ chức giải nào hết trơn", "= 0", ""},
		{"giai", "không tổ chức giải nào hết trơn", "= 0", ""},
		{"ct", "đài hỏng cả năm, không có chương trình nào", "? 0", none},
		{"giai", "Dạ năm nay xã em không tổ chức giải nào ạ", "? 0", none},
		{"giai", "xã Tân Hòa không tổ chức giải nào", "? 0", none},
		{"giai", "Không ạ. Xã sáp nhập chưa tổ chức được", "? 0", none},
		{"giai", "không ạ, xã chưa tổ chức", "? 0", none},
		{"giai", "Không ạ. Em chưa có số liệu", "!", ""},
		{"giai", "Có ạ, không có giải nào cấp tỉnh", "!", ""},
		{"giai", "chưa rõ, chưa có giải nào", "!", ""},
		{"ct", "đài hỏng, có 3 chương trình", "= 3", ""},
	})
}
