package reader

import "testing"

// Rules 11 to 20 of yesno_turns.go, and rule 4's "but" and a plan, read
// at a yes/no question; cases the rules must not fire on are with them.
func TestTurnsOfYesAndNo(t *testing.T) {
	for _, c := range [][2]string{
		// 11: a hedge before a plain answer leans to it
		{"hình như có", "? có reading.yes_no_leaning"}, {"hinh nhu co", "? có reading.yes_no_leaning"},
		{"Chắc có ạ", "? có reading.yes_no_leaning"}, {"chắc là chưa", "? không reading.yes_no_leaning"},
		{"có lẽ không", "? không reading.yes_no_leaning"}, {"hình như rồi", "? có reading.yes_no_leaning"},
		{"chawcs laf chuwa", "? không reading.yes_no_leaning"}, {"em nghĩ là có rồi", "? có reading.yes_no_leaning"},
		{"hình như đã triển khai", "? có reading.yes_no_leaning"},
		{"có lẽ", "! answer.yes_no_hedged"}, {"chưa chắc", "! answer.yes_no_hedged"}, {"hình như", "! answer.yes_no_hedged"},
		{"không chắc", "! answer.yes_no_hedged"}, {"chắc chắn là có", "= có"}, {"chắc chắn không", "= không"},
		{"có lẽ đang làm", "! answer.yes_no_hedged"}, {"nghe nói có", "? có reading.yes_no_leaning"},
		{"có vẻ chưa", "? không reading.yes_no_leaning"}, {"quên rồi", "! answer.not_yes_no"}, {"dĩ nhiên là có", "= có"},
		// 12: "có … đâu" is a no
		{"có cái gì đâu", "? không reading.yes_no_turned"}, {"có ai đâu", "? không reading.yes_no_turned"},
		{"có đâu mà báo", "= không"} /* stored since round thirteen: nothing to report (yesno_rhetoric.go) */, {"co gi dau a", "? không reading.yes_no_turned"},
		{"làm gì có cái nào đâu", "? không reading.yes_no_turned"}, {"có được đâu anh", "? không reading.yes_no_turned"},
		{"có chút nào đâu", "? không reading.yes_no_turned"},
		{"có đầu tư", "= có"}, {"có đầu tư rồi", "= có"},
		// 13: a correction: the later answer, offered
		{"chưa, à có rồi", "? có reading.corrected"}, {"có, ờ chưa", "? không reading.corrected"},
		{"Chưa ạ, à nhầm, có rồi", "? có reading.corrected"}, {"có, à có", "= có"},
		// 14: after a plain có, what was done is detail
		{"Có - đã kết nối huyện và tỉnh", "= có"}, {"có, đã lắp đặt xong", "= có"},
		{"Có - đã lắp nhưng chưa dùng", "! answer.yes_no_hedged"}, {"có - chưa kết nối", "! answer.not_yes_no"},
		// 15: two negations make a yes
		{"không phải là không có", "? có reading.yes_no_turned"}, {"không phải không có ạ", "? có reading.yes_no_turned"},
		{"không phải là không muốn", "! answer.yes_no_hedged"},
		// 16: right or wrong is not yes or no
		{"không đúng", "? không reading.yes_no_right"}, {"chưa chính xác", "? không reading.yes_no_right"},
		{"đúng rồi", "= có"}, {"da khong dung a", "? không reading.yes_no_right"},
		// 17: only a part
		{"Chỉ kết nối được với huyện", "! answer.yes_no_hedged"}, {"chỉ mới lắp ở 2 thôn", "! answer.yes_no_hedged"},
		{"đã xong 80%", "! answer.yes_no_hedged"}, {"đạt 50 %", "! answer.yes_no_hedged"},
		{"đã thực hiện đạt 100%", "? có reading.yes_by_verb"},
		{"có, chỉ có 1 điểm cầu", "? có reading.yes_no_extra"}, {"chị ơi có", "= có"},
		{"Chi ket noi duoc voi huyen", "! answer.yes_no_hedged"}, {"chi co a", "= có"}, {"chị, chưa ạ", "= không"},
		{"da Khong co thong tin a", "! answer.yes_no_hedged"},
		// 18: đạt
		{"Đạt", "? có reading.yes_by_verb"}, {"đã đạt", "? có reading.yes_by_verb"}, {"ddatj", "? có reading.yes_by_verb"},
		{"Chưa đạt", "? không reading.not_met"}, {"không đạt", "? không reading.not_met"}, {"đã đặt", "! answer.not_yes_no"},
		// 19: how long, or why not, after a yes
		{"có lâu rồi", "= có"}, {"có từ lâu lắm rồi", "= có"}, {"đã có lâu rồi ạ", "= có"},
		{"có chứ sao không", "= có"}, {"sao lại không có", "? có reading.yes_no_turned"}, {"có chứ", "= có"},
		{"chưa có lâu rồi", "! answer.yes_no_ambiguous"}, {"sao lại không", "? có reading.yes_no_turned"},
		{"răng lại không", "? có reading.yes_no_turned"}, {"sao không?", "! answer.not_yes_no"},
		// 20: letters swapped
		{"khôgn", "? không reading.yes_no_typo"}, {"khnog", "? không reading.yes_no_typo"}, {"cuha", "? không reading.yes_no_typo"},
		{"cháu", "! answer.not_yes_no"}, {"khôgn có", "? không reading.yes_no_typo"}, {"khnog co a", "? không reading.yes_no_typo"},
		{"cuha có", "? không reading.yes_no_typo"},
		// a key held down, and "rùi" as chats spell rồi
		{"rồii", "= có"}, {"có rồiii", "= có"}, {"rùi ạ", "= có"}, {"có rùi", "= có"},
		// nothing at all is a no; "thì phải" leans; not knowing is neither
		{"chưa có gì", "= không"}, {"không có ai cả", "= không"}, {"chẳng có cái nào", "= không"},
		{"không hề có", "= không"}, {"chưa từng có ạ", "= không"}, {"chưa có gì cả nhưng sắp có", "= không"},
		{"có thì phải", "? có reading.yes_no_leaning"}, {"chưa có thì phải", "? không reading.yes_no_leaning"},
		{"em không nắm", "! answer.yes_no_hedged"}, {"Không có thông tin", "! answer.yes_no_hedged"},
		{"chưa có số liệu ạ", "! answer.yes_no_hedged"}, {"chưa nhận được thông tin", "! answer.yes_no_hedged"},
		{"không có kinh phí", "? không reading.yes_no_extra"}, {"chưa nắm được ạ", "! answer.yes_no_hedged"},
		// heard, then the answer
		{"ừ chưa", "= không"}, {"vâng, không có", "= không"}, {"uh có", "= có"},
		// 8 alone: what is in service is there; a trial, a repair or a stop is not yet
		{"Đang hoạt động", "? có reading.yes_by_verb"}, {"Đang vận hành", "? có reading.yes_by_verb"},
		{"vẫn đang sử dụng tốt", "? có reading.yes_by_verb"}, {"Có, hoạt động tốt", "= có"},
		{"đang chạy thử", "! answer.yes_no_hedged"}, {"đang vận hành thử", "! answer.yes_no_hedged"},
		{"có, đang dừng", "! answer.yes_no_hedged"}, {"đang hoạt động không tốt", "! answer.yes_no_hedged"},
		{"Đang triển khai", "! answer.yes_no_hedged"}, {"đang lắp đặt", "! answer.yes_no_hedged"},
		// 14 without the comma
		{"Có (đã lắp đặt năm 2023)", "= có"}, {"có đã kết nối", "= có"},
		// "hội" is not the hedge "hỏi"
		{"có, em hỏi lại", "! answer.not_yes_no"},
		{"có, tại hội trường", "= có"}, // where: stored (yesno_remark.go)
		// 23: broken or given up is neither; "hong" bare is the chat không
		{"hỏng rồi", "! answer.yes_no_hedged"}, {"bỏ rồi ạ", "! answer.yes_no_hedged"}, {"đã dừng", "! answer.yes_no_hedged"},
		{"hong co", "= không"}, {"hông có", "= không"}, {"dda duwng", "! answer.yes_no_hedged"},
		// 24: central speech: mô is đâu, răng is sao
		{"có mô", "= không"}, {"Có mô anh", "= không"},
		{"mô có", "= không"}, {"có chi mô", "? không reading.yes_no_turned"},
		{"răng mà có", "? không reading.yes_no_turned"}, {"chưa mô", "= không"}, {"không có mô", "= không"},
		{"co mo", "= không"}, {"mo co", "= không"},
		{"rang ma co", "? không reading.yes_no_turned"}, {"rang lai khong", "? có reading.yes_no_turned"},
		{"da co ai dau a", "? không reading.yes_no_turned"}, {"mở", "! answer.not_yes_no"}, {"lấy đâu ra", "= không"}, /* stored since round thirteen (yesno_safety.go) */
		{"làm sao mà có được", "? không reading.yes_no_turned"}, {"đã mở", "! answer.not_yes_no"},
		// 4: a no, then but and a plan or approval
		{"chưa có, nhưng huyện đã phê duyệt", "= không"}, {"chưa, tuy nhiên đã có kế hoạch", "= không"},
		{"không, nhưng sắp có", "= không"}, {"chưa có, nhưng đã lắp rồi", "! answer.yes_no_ambiguous"},
	} {
		if got := readYN(c[0]); got != c[1] {
			t.Errorf("%q read %s, want %s", c[0], got, c[1])
		}
	}
}
